"""Statistics: counts over title and body only, distributions, reading time, readability, MTLD, keywords."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import dvcli
from dvcli.load import load_text
from dvcli.options import AnalyzeOptions, StatsOptions
from dvcli.pipeline import analyze_loaded
from dvcli.stats import compute_stats
from dvcli.stats.diversity import mtld
from dvcli.stats.readability import label, luong_nguyen_dinh, percentile

REFERENCE = Path(__file__).resolve().parent.parent / "examples" / "dan-van-tien-yen.txt"

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


def test_per_paragraph_counts_add_up_to_the_body() -> None:
    stats = dvcli.analyze(ARTICLE).stats
    assert [(p.sentences, p.syllables) for p in stats.per_paragraph] == [(2, 18), (1, 10)]
    assert [p.characters for p in stats.per_paragraph] == [81, 43]


def test_sentence_lengths_in_syllables() -> None:
    lengths = dvcli.analyze(ARTICLE).stats.sentence_length
    # 11, 7 and 10 syllables
    assert lengths.mean == pytest.approx(28 / 3) and lengths.median == 10 and lengths.max == 11
    assert lengths.histogram[0] == (1, 10, 2) and lengths.histogram[1] == (11, 20, 1)
    assert lengths.histogram[-1][1] is None and sum(n for _, _, n in lengths.histogram) == 3


def test_reading_time_follows_the_reading_speed_and_states_it() -> None:
    article = dvcli.analyze(ARTICLE).article
    slow = compute_stats(article, StatsOptions(keywords=0, syllables_per_minute=60))
    assert slow.reading_time.seconds == math.ceil(slow.syllables)  # one syllable a second
    assert slow.reading_time.syllables_per_minute == 60
    assert "60 syllables a minute" in slow.reading_time.basis and "--reading-speed" in slow.reading_time.basis
    assert slow.keywords == ()


def test_luong_nguyen_dinh_formula_on_the_hand_computed_case() -> None:
    # Wordless's test case: 46 letters and digits, 3 sentences, 12 words, 12 of 12 syllables outside the list.
    expected = 0.004 * 46 / 3 + 0.1905 * 46 / 12 + 2.7147 * 12 / 12 - 0.7295
    score = luong_nguyen_dinh(characters=46, words=12, syllables=12, rare_syllables=12, sentences=3)
    assert score == pytest.approx(expected, rel=1e-12)
    # 0.0613 + 0.7303 + 2.7147 - 0.7295
    assert score == pytest.approx(2.7768, abs=1e-4)


def test_readability_counts_letters_and_digits_of_body_words() -> None:
    analysis = dvcli.analyze(ARTICLE)
    score = analysis.stats.readability
    # Counted by hand over the three body sentences (the title is not a sentence): 36 + 24 + 33 letters and
    # digits, 11 + 7 + 10 syllables; "29/11" counts its 4 digits, not its slash.
    assert (score.characters, score.syllables, score.sentences) == (93, 28, 3)
    body_words = [w for w in analysis.article.words if w.sentence is not None]
    assert score.words == len(body_words)
    # The two numbers are never in the common-syllable list.
    assert score.rare_syllables >= 2
    inputs = (score.characters, score.words, score.syllables, score.rare_syllables, score.sentences)
    assert score.score == luong_nguyen_dinh(*inputs)
    assert score.chars_per_sentence == 31 and score.rare_syllable_share == score.rare_syllables / 28
    assert 0 <= score.percentile <= 100 and "250 baomoi.com" in score.label and "Luong" in score.basis


def test_percentile_counts_ties_half_and_the_label_names_the_band() -> None:
    assert percentile(1.0, (0.5, 1.0, 1.5, 2.0)) == 37.5
    assert percentile(3.0, (0.5, 1.0)) == 100 and percentile(0.1, (0.5, 1.0)) == 0
    assert percentile(1.0, ()) is None and label(None) == ""
    assert label(10).startswith("easier than most") and label(50).startswith("typical")
    assert label(90).startswith("harder than most")


def test_mtld_on_hand_computed_cases() -> None:
    # Forward a a | b c: a factor at the second "a" (TTR 1/2 <= 0.72), then a stretch at TTR 1: 1 factor, 4/1.
    # Backward c b a a: TTR ends at 3/4, a partial factor of (1 - 0.75) / (1 - 0.72) = 0.8929: 4 / 0.8929 = 4.48.
    assert mtld(["a", "a", "b", "c"]) == pytest.approx((4 + 4.48) / 2)
    # a b a | c a b forward, b a c a b | a backward: one whole factor each way, no partial: 6 both ways.
    assert mtld(["a", "b", "a", "c", "a", "b"]) == pytest.approx(6)
    assert mtld(["a", "b", "c"]) is None  # no word repeats: undefined


def test_lexical_diversity_is_over_the_folded_words() -> None:
    diversity = dvcli.analyze(ARTICLE).stats.lexical_diversity
    assert diversity.tokens == len(dvcli.analyze(ARTICLE).article.words)
    assert diversity.type_token_ratio == diversity.types / diversity.tokens
    assert diversity.mtld is not None and diversity.mtld > 0


def test_keywords_are_limited_and_scored() -> None:
    options = AnalyzeOptions(stats=StatsOptions(keywords=3), stages=frozenset({"stats"}))
    stats = analyze_loaded(load_text(ARTICLE), options).stats
    assert 0 < len(stats.keywords) <= 3
    scores = [k.score for k in stats.keywords]
    assert scores == sorted(scores, reverse=True)


def test_an_article_without_sentences_has_no_readability() -> None:
    stats = dvcli.analyze("Chỉ có tiêu đề").stats
    assert stats.sentences == 0 and stats.paragraphs == 0
    assert stats.readability is None and stats.sentence_length is None
    assert stats.to_dict()["readability"] is None


def test_reference_article_stats() -> None:
    stats = dvcli.analyze(REFERENCE).stats
    assert (stats.sentences, stats.paragraphs) == (13, 5)
    # Counted by hand: 11 syllables in the title, 570 in the body; 1,962 letters and digits in the body.
    assert stats.syllables == 581 and stats.readability.syllables == 570
    assert stats.readability.characters == 1962
    assert stats.words == 368
    assert stats.sentence_length.max == 86
    assert [(t.text, t.suggestion) for t in stats.hygiene.typos] == [("xâu dựng", "xây dựng")]
    record = stats.to_dict()
    assert set(record["readability"]) >= {"score", "chars_per_sentence", "chars_per_word", "rare_syllable_share"}
    assert set(record["reading_time"]) == {"seconds", "syllables_per_minute", "basis"}


def test_the_rich_view_says_what_each_figure_means() -> None:
    import io

    from rich.console import Console

    from dvcli.render.rich import stats_view

    out = io.StringIO()
    Console(file=out, width=100, no_color=True, force_terminal=False).print(stats_view(dvcli.analyze(REFERENCE)))
    view = out.getvalue()
    for words in (
        "2 min 55 s",
        "at 200 syllables a minute",
        "Luong-Nguyen-Dinh score",
        "higher is harder",
        "250 baomoi.com",
        "mean 43.8 · median 39 · longest 86",
        "51+ syllables",
        "MTLD",
        "McCarthy & Jarvis 2010",
        "possible typo 'xâu dựng'",
    ):
        assert words in view, words
