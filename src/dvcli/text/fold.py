"""The lookup key of Vietnamese text: lowercased, NFC, tone marks placed one way, so look-ups ignore spelling style."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Old-style tone placement puts the mark on the second vowel of a final "oa", "oe", "uy" (hoà, khoẻ, thuỷ);
# the new style on the first (hòa, khỏe, thủy). Both occur in real text and in the lexicon, so lookups fold
# every syllable to the new style.
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_GLIDE_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


@lru_cache(maxsize=65536)
def _fold_syllable(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = next((ch for ch in decomposed if ch in _TONE_MARKS), None)
    if tone is None:
        return syllable
    bare = decomposed.replace(tone, "")
    lower = bare.lower()
    # The pair must end the syllable ("hoàn" keeps its mark on "a" in both styles) and must not be the
    # "qu" onset, where "u" is a consonant ("quý").
    glide_final = len(lower) >= 2 and (lower[-2], lower[-1]) in _GLIDE_PAIRS
    qu_onset = lower.endswith("uy") and len(lower) >= 3 and lower[-3] == "q"
    if glide_final and not qu_onset:
        return unicodedata.normalize("NFC", bare[:-1] + tone + bare[-1])
    return syllable


def fold(text: str) -> str:
    """Return the lookup key of ``text``: lowercased, NFC, tone marks placed in the new style (hòa, thủy)."""
    # Words and syllables repeat endlessly across a text, so short keys are folded once per process.
    return _fold_short(text) if len(text) <= _CACHED_LENGTH else _fold(text)


_CACHED_LENGTH = 64


def _fold(text: str) -> str:
    return " ".join(_fold_syllable(s) for s in unicodedata.normalize("NFC", text).lower().split())


_fold_short = lru_cache(maxsize=1 << 17)(_fold)
