"""The segmenter's units: syllables, numbers and abbreviations with their dot, as spans of the text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# One token is a syllable-like unit. Numbers keep their group and decimal separators and a trailing percent sign
# (`1.000`, `3,2`, `6,5%`), dates and times stay whole (`29/11`, `30/11/2016`, `23-3`, `11:06`), and letters joined
# by a hyphen, apostrophe, slash or dot without spaces stay one token (`knock-out`, `km/h`, `TP.HCM`, `H.Vân`):
# that is how the UD Vietnamese-VTB treebank writes them, and splitting them would make up words.
_NUMBER = r"\d+(?:[.,:/\-]\d+)*%?"
_WORD = r"\w+(?:[\-'’/.]\w+)*"
TOKEN = re.compile(rf"{_NUMBER}(?![\w])|{_WORD}", re.UNICODE)

_VOWELS = set("aeiouy")

# Abbreviations that carry their dot: titles, units of administration and the short forms news writing puts
# before a name or a number (`TP. Hà Nội`, `PGS.TS Lê`, `Q. 1`). A combination (`PGS.TS`, `Th.S`) is one token.
_TITLE_LIST = "tp tx tt ts gs pgs ths th s bs ks cn ls ncs ck ckii cki q p h x đ/c st nxb mr mrs ms dr vol"
TITLES = frozenset(_TITLE_LIST.split() + ["ltd", "inc", "jr", "vd", "tr", "v.v", "v", "etc"])
# Abbreviations that may also close a sentence (`... v.v. Ngoài ra`).
ENDERS = frozenset({"v.v", "etc"})


@lru_cache(maxsize=65536)
def is_abbreviation(token: str) -> bool:
    """Return whether ``token`` followed by a dot is a title (``TP``, ``PGS.TS``) or an initial (``H``, ``Th``)."""
    if not token or not token[0].isalpha():
        return False
    lower = token.lower()
    if lower in TITLES or all(part in TITLES for part in lower.split(".")):
        return True
    return is_initial(token)


def is_initial(token: str) -> bool:
    """Return whether ``token`` is a capitalised initial of a name (``H``, ``Th``, ``Tr``), not a title or acronym.

    Every Vietnamese syllable has a vowel, so a short capitalised token without one can only be an initial.
    """
    if not (1 <= len(token) <= 3 and token[0].isupper() and (len(token) == 1 or token[1:].islower())):
        return False
    bare = "".join(ch for ch in unicodedata.normalize("NFD", token.lower()) if not unicodedata.combining(ch))
    return bare.isalpha() and not (_VOWELS & set(bare))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of the tokens of ``text[start:end]``: syllables, numbers, abbreviations with their dot.

    Punctuation and white space are never part of a token, except the dot closing an abbreviation or initial.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    spans: list[tuple[int, int]] = []
    for match in TOKEN.finditer(text, start, end):
        s, e = match.span()
        if e < end and text[e] == "." and is_abbreviation(match.group()):
            e += 1
        spans.append((s, e))
    return spans


def shape(token: str) -> str:
    """Return a coarse shape class of ``token``: digits, upper, capitalised, lower or other."""
    if token[0].isdigit():
        return "D"
    if token.isupper():
        return "A" if len(token) > 1 else "U"
    if token[0].isupper():
        return "U"
    if token.islower():
        return "L"
    return "O"
