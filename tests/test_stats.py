"""Statistics: counts over title and body only, reading time, readability, keywords."""

from __future__ import annotations

import math

import dvcli
from dvcli.load import load_text
from dvcli.options import AnalyzeOptions, StatsOptions
from dvcli.pipeline import analyze_loaded
from dvcli.stats import compute_stats

ARTICLE = (
    "Hội nghị về công tác dân vận\n\n"
    "Thứ Tư, 30/11/2016, 11:06 [GMT+7]\n.\n\n"
    "Ngày 29/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị. Các đại biểu thảo luận sôi nổi.\n\n"
    "Công tác dân vận năm 2017 sẽ được đẩy mạnh.\n\n"
    "Ảnh: Quang Hưng\n\n"
    "Quang Hưng (Đài Tiên Yên)\n"
)


def test_counts_cover_title_and_body_but_not_noise_or_byline() -> None:
    analysis = dvcli.analyze(ARTICLE)
    stats = analysis.stats
    article = analysis.article
    assert stats.paragraphs == 2
    assert stats.sentences == 3
    assert stats.noise_lines == 2
    title_and_body = [article.title.text] + [p.text for p in article.paragraphs]
    assert stats.characters == sum(len(t) for t in title_and_body)
    assert stats.characters_no_spaces == sum(len(t.replace(" ", "")) for t in title_and_body)
    assert "Quang Hưng (Đài Tiên Yên)" not in " ".join(title_and_body)
    assert stats.syllables == sum(len(w.text.split()) for w in article.words)
    # 7 + 11 + 7 + 10 syllables in the title and the three sentences (a date such as 29/11 is one token)
    assert stats.syllables == 35


def test_reading_time_follows_the_reading_speed() -> None:
    article = dvcli.analyze(ARTICLE).article
    slow = compute_stats(article, StatsOptions(keywords=0, syllables_per_minute=60))
    assert slow.reading_time_seconds == math.ceil(slow.syllables)  # one syllable a second
    assert slow.keywords == ()


def test_readability_uses_nguyen_henkin_1982() -> None:
    stats = dvcli.analyze(ARTICLE).stats
    body = [w for w in dvcli.analyze(ARTICLE).article.words if w.sentence is not None]
    syllables = [s for w in body for s in w.text.split()]
    letters = sum(len(s) for s in syllables if any(c.isalpha() for c in s))
    lettered = sum(1 for s in syllables if any(c.isalpha() for c in s))
    expected = 2 * letters / lettered + 0.2 * len(syllables) / 3 - 6
    assert dict(stats.readability)["nguyen_henkin_grade"] == round(expected, 2)
    assert 0 <= dict(stats.readability)["rare_syllable_ratio"] <= 1


def test_keywords_are_limited_and_scored() -> None:
    options = AnalyzeOptions(stats=StatsOptions(keywords=3), stages=frozenset({"stats"}))
    stats = analyze_loaded(load_text(ARTICLE), options).stats
    assert 0 < len(stats.keywords) <= 3
    scores = [k.score for k in stats.keywords]
    assert scores == sorted(scores, reverse=True)


def test_an_article_without_sentences_has_no_readability() -> None:
    stats = dvcli.analyze("Chỉ có tiêu đề").stats
    assert stats.sentences == 0 and stats.paragraphs == 0
    assert stats.readability == ()
