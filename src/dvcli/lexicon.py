"""Word and syllable document frequencies from 105k Vietnamese news articles, and the lookup key.

The counts ship in ``dvcli/data`` (derived from the VNDS/VietNews train split; see the README). They are
loaded lazily, once per process, so commands that do not need them do not pay for them.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

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


@dataclass(frozen=True, slots=True)
class FrequencyTable:
    """Document frequencies keyed by ``fold``-ed text (syllables joined by one space)."""

    documents: int
    frequency: dict[str, int]

    def df(self, key: str) -> int:
        return self.frequency.get(key, 0)

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency; an unseen key gets the largest value."""
        return math.log((self.documents + 1) / (self.frequency.get(key, 0) + 1)) + 1.0


def _read_table(name: str) -> FrequencyTable:
    # The shipped tables hold keys folded already (tools/build_lexicon.py), so loading is a plain read.
    text = resources.files("dvcli.data").joinpath(name).read_text(encoding="utf-8")
    header, _, body = text.partition("\n")
    documents = int(header.rsplit("documents:", 1)[1].strip(" )\t"))
    frequency = {key: int(df) for key, df in (line.split("\t") for line in body.splitlines())}
    return FrequencyTable(documents, frequency)


@cache
def words() -> FrequencyTable:
    """Document frequency of words (one or more syllables) in the news corpus."""
    return _read_table("words.tsv")


@cache
def syllables() -> FrequencyTable:
    """Document frequency of single syllables in the news corpus."""
    return _read_table("syllables.tsv")
