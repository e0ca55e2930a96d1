"""Readability measures of an article: sentence and syllable lengths, the share of rare syllables."""

from __future__ import annotations

from functools import cache

from dvcli import resources
from dvcli.model import Article
from dvcli.text.fold import fold

# The "common syllables" of the rare-syllable ratio: the 3,000 most widespread syllables of the news corpus,
# which cover the bulk of running news text, so a syllable outside them is one a reader meets seldom.
COMMON_SYLLABLES = 3000


@cache
def _common_syllable_threshold() -> int:
    frequencies = sorted(resources.syllables().frequency.values(), reverse=True)
    return frequencies[min(COMMON_SYLLABLES, len(frequencies)) - 1]


def readability(article: Article) -> tuple[tuple[str, float], ...]:
    """Return the readability measures of the article's body as ``(name, value)`` pairs; none without a sentence."""
    body = [w for w in article.words if w.sentence is not None]
    syllables = [s for w in body for s in w.text.split()]
    lettered = [s for s in syllables if any(ch.isalpha() for ch in s)]
    if not article.sentences or not lettered:
        return ()
    sentence_length = len(syllables) / len(article.sentences)
    syllable_length = sum(len(s) for s in lettered) / len(lettered)
    threshold = _common_syllable_threshold()
    rare = sum(1 for s in lettered if resources.syllable_documents(fold(s)) < threshold)
    return (
        # Nguyễn & Henkin (1982), "A readability formula for Vietnamese": a school-grade level from the mean
        # syllable length in letters and the mean sentence length in syllables (their "words").
        ("nguyen_henkin_grade", round(2 * syllable_length + 0.2 * sentence_length - 6, 2)),
        ("average_sentence_syllables", round(sentence_length, 2)),
        ("average_sentence_words", round(len(body) / len(article.sentences), 2)),
        ("average_word_syllables", round(len(syllables) / len(body), 3)),
        ("rare_syllable_ratio", round(rare / len(lettered), 4)),
    )
