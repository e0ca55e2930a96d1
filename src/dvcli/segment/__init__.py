"""Text spans -> sentence spans and word spans (a CRF over syllables); the parser calls both."""

from __future__ import annotations

from dvcli.segment import crf
from dvcli.segment.sentences import split_sentences
from dvcli.segment.syllables import tokens

__all__ = ["runs", "segment_words", "split_sentences"]


def runs(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group syllable spans into runs separated only by spaces or tabs: a word never crosses punctuation or a line."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for span in spans:
        if current:
            gap = text[current[-1][1] : span[0]]
            if gap.strip(" \t\u00a0") or not gap:
                groups.append(current)
                current = []
        current.append(span)
    if current:
        groups.append(current)
    return groups


def segment_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of the words of ``text[start:end]``, in order, punctuation excluded.

    A multi-syllable word's span runs from its first to its last syllable and keeps the spaces between
    (``công tác``). Lexicon look-ups ignore case and tone-mark placement (``uỷ ban`` = ``ủy ban``).
    """
    words: list[tuple[int, int]] = []
    for run in runs(text, tokens(text, start, end)):
        labels = crf.segment([text[s:e] for s, e in run])
        for (s, e), label in zip(run, labels, strict=True):
            if label and words:
                words[-1] = (words[-1][0], e)
            else:
                words.append((s, e))
    return words
