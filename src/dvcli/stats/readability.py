"""Readability: the formula of Luong, Nguyen & Dinh (KSE 2018) as the Wordless toolkit computes it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from dvcli import resources
from dvcli.model import Article, Readability
from dvcli.text.fold import fold

# Luong, A.-V., Nguyen, D., & Dinh, D. (2018). A new formula for Vietnamese text readability assessment.
# KSE 2018, pp. 198-202, doi 10.1109/KSE.2018.8573379; coefficients as in Wordless
# (wordless/wl_measures/wl_measures_readability.py, luong_nguyen_dinhs_readability_formula).
CHARS_PER_SENTENCE = 0.004
CHARS_PER_WORD = 0.1905
RARE_SYLLABLE_SHARE = 2.7147
INTERCEPT = -0.7295

# What the corpus percentile is measured against (tools/build_readability_scores.py).
REFERENCE = "250 baomoi.com news articles of 2017"
BASIS = (
    "Luong, Nguyen & Dinh (KSE 2018) as implemented in Wordless; higher is harder. Body sentences only. "
    "Common syllables: the 1,000 most frequent of 105,418 VNDS/VietNews news articles, standing in for the "
    "paper's list from easy literature, which is not public. The formula has no published bands: the "
    f"percentile places the score among {REFERENCE}."
)


def luong_nguyen_dinh(characters: int, words: int, syllables: int, rare_syllables: int, sentences: int) -> float:
    """Return the Luong-Nguyen-Dinh score of a text with these counts.

    ``characters`` are letters and digits, ``rare_syllables`` the syllables outside the common list. Raises
    ZeroDivisionError when ``words``, ``syllables`` or ``sentences`` is 0.
    """
    return (
        CHARS_PER_SENTENCE * (characters / sentences)
        + CHARS_PER_WORD * (characters / words)
        + RARE_SYLLABLE_SHARE * rare_syllables / syllables
        + INTERCEPT
    )


def percentile(score: float, scores: tuple[float, ...]) -> float | None:
    """Return the share (0-100) of ``scores`` (sorted) below ``score``, ties counted half; ``None`` if empty."""
    if not scores:
        return None
    below, up_to = bisect_left(scores, score), bisect_right(scores, score)
    return round(100 * (below + (up_to - below) / 2) / len(scores), 1)


def label(share: float | None) -> str:
    """Say in words where a corpus percentile puts an article: the bands are the corpus quartiles."""
    if share is None:
        return ""
    if share < 25:
        band = "easier than most news"
    elif share <= 75:
        band = "typical for news"
    else:
        band = "harder than most news"
    return f"{band}: harder than {share:g}% of {REFERENCE}"


def readability(article: Article) -> Readability | None:
    """Return the Luong-Nguyen-Dinh readability of the article's body, or ``None`` without a body sentence.

    As in Wordless, a word is a segmented word with at least one letter or digit; characters are the letters and
    digits of those words; their syllables are their space-separated parts (a number such as ``29/11`` is one,
    outside the common list); sentences are the body's sentences. Syllables are compared folded (lowercase, one
    tone placement) with the common list.
    """
    body = [w.text for w in article.words if w.sentence is not None and any(ch.isalnum() for ch in w.text)]
    if not article.sentences or not body:
        return None
    common = resources.common_syllables()
    characters = sum(ch.isalnum() for word in body for ch in word)
    syllables = [s for word in body for s in word.split()]
    rare = sum(1 for s in syllables if fold(s) not in common)
    sentences = len(article.sentences)
    score = luong_nguyen_dinh(characters, len(body), len(syllables), rare, sentences)
    share = percentile(score, resources.readability_scores())
    return Readability(
        score=score,
        chars_per_sentence=characters / sentences,
        chars_per_word=characters / len(body),
        rare_syllable_share=rare / len(syllables),
        characters=characters,
        words=len(body),
        syllables=len(syllables),
        rare_syllables=rare,
        sentences=sentences,
        percentile=share,
        label=label(share),
        basis=BASIS,
    )
