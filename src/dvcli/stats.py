"""Counts, reading time, Vietnamese readability and keywords of an article."""

from __future__ import annotations

import math
from functools import cache

from dvcli import lexicon
from dvcli.model import Article, Stats
from dvcli.options import StatsOptions

# The "common syllables" of the rare-syllable ratio: the 3,000 most widespread syllables of the news corpus,
# which cover the bulk of running news text, so a syllable outside them is one a reader meets seldom.
COMMON_SYLLABLES = 3000


@cache
def _common_syllable_threshold() -> int:
    frequencies = sorted(lexicon.syllables().frequency.values(), reverse=True)
    return frequencies[min(COMMON_SYLLABLES, len(frequencies)) - 1]


def _readability(article: Article) -> dict[str, float]:
    body = [w for w in article.words if w.sentence is not None]
    syllables = [s for w in body for s in w.text.split()]
    lettered = [s for s in syllables if any(ch.isalpha() for ch in s)]
    if not article.sentences or not lettered:
        return {}
    sentence_length = len(syllables) / len(article.sentences)
    syllable_length = sum(len(s) for s in lettered) / len(lettered)
    threshold = _common_syllable_threshold()
    table = lexicon.syllables()
    rare = sum(1 for s in lettered if table.df(lexicon.fold(s)) < threshold)
    return {
        # Nguyễn & Henkin (1982), "A readability formula for Vietnamese": a school-grade level from the mean
        # syllable length in letters and the mean sentence length in syllables (their "words").
        "nguyen_henkin_grade": round(2 * syllable_length + 0.2 * sentence_length - 6, 2),
        "average_sentence_syllables": round(sentence_length, 2),
        "average_sentence_words": round(len(body) / len(article.sentences), 2),
        "average_word_syllables": round(len(syllables) / len(body), 3),
        "rare_syllable_ratio": round(rare / len(lettered), 4),
    }


def compute_stats(article: Article, options: StatsOptions | None = None) -> Stats:
    """Return the counts of the article's title and body paragraphs (noise, byline and sapo excluded).

    ``syllables`` is the sum of the words' syllables, so the two counts always agree.
    """
    from dvcli.keywords import extract_keywords

    options = options or StatsOptions()
    content = [article.title.text] if article.title else []
    content += [p.text for p in article.paragraphs]
    characters = sum(len(t) for t in content)
    no_spaces = sum(len(t) - sum(ch.isspace() for ch in t) for t in content)
    syllables = sum(w.syllables for w in article.words)
    minutes = syllables / options.syllables_per_minute
    return Stats(
        characters=characters,
        characters_no_spaces=no_spaces,
        syllables=syllables,
        words=len(article.words),
        sentences=len(article.sentences),
        paragraphs=len(article.paragraphs),
        noise_lines=len(article.noise_lines),
        reading_time_seconds=math.ceil(minutes * 60),
        readability=_readability(article),
        keywords=extract_keywords(article, options.keywords) if options.keywords > 0 else (),
    )
