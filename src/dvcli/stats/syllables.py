"""Vietnamese syllable structure: is a written token a Vietnamese syllable, and where does it put its tone mark."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_STOP_TONES = frozenset("\u0301\u0323")  # a syllable closed by c, ch, p or t takes sắc or nặng only

# Vowel groups by what may follow them: those that need a final consonant (ăn, tiên, muốn, người), those that
# end the syllable (tai, cười, khuya), those that take one or not (ta, tan, hoa, hoan). Written forms, tone
# removed; "qu" and "gi" are onsets, so "quê" is qu + ê and "giá" gi + a.
_NEED_CODA = ("uyê", "iê", "yê", "uô", "ươ", "oă", "uâ", "oo", "ă", "â")
# fmt: off
_NO_CODA = (
    "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu", "ai", "ao", "au", "ay", "âu",
    "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "uơ", "ưa", "ưi", "ưu", "ya",
)
# fmt: on
_OPEN = ("oa", "oe", "uê", "uy", "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnrstvx]"
_CODAS = "ch|nh|ng|[cmnpt]"


def _alternatives(groups: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(groups, key=len, reverse=True))


_SYLLABLE = re.compile(
    rf"(?:(?P<closed>{_alternatives(_NEED_CODA)})(?P<coda>{_CODAS})"
    rf"|(?P<final>{_alternatives(_NO_CODA)})"
    rf"|(?P<open>{_alternatives(_OPEN)})(?P<open_coda>{_CODAS})?)"
)
# Spelling rules of the onsets: k, gh, ngh before i, e, ê (and y for k); c, g, ng never there.
_FRONT = ("i", "e", "ê", "y")


def _bare(syllable: str) -> tuple[str, str | None]:
    """The syllable without its tone mark (NFC) and the tone mark (``None``: level tone)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) > 1:
        return "", None
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return bare, tones[0] if tones else None


def _spelled_right(onset: str, rime: str) -> bool:
    front = rime.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front and (onset == "k" or not rime.startswith("y"))
    if onset in ("c", "ng"):
        return not front
    if onset == "g":
        return not rime.startswith(("e", "ê"))
    return not (onset == "gi" and rime.startswith("i"))


@lru_cache(maxsize=65536)
def is_syllable(token: str) -> bool:
    """Whether the lowercase ``token`` is spelt as a Vietnamese syllable: onset, vowels and final consonant in
    an allowed combination, the onset's spelling rules (ke, ghi, nghe; ca, ga, nga) and a stop-final syllable
    (c, ch, p, t) with a sắc or nặng tone. Loanwords (video, online) and typos (đươc) are not syllables."""
    bare, tone = _bare(token)
    if not bare:
        return False
    for onset_length in _onset_lengths(bare):
        onset, rime = bare[:onset_length], bare[onset_length:]
        match = _SYLLABLE.fullmatch(rime)
        if match is None or (onset and not _spelled_right(onset, rime)):
            continue
        coda = match.group("coda") or match.group("open_coda") or ""
        vowels = match.group("closed") or match.group("final") or match.group("open") or ""
        if coda in ("ch", "nh") and not vowels.endswith(("a", "ê", "i", "y")):
            continue
        if coda in ("c", "ch", "p", "t") and tone not in _STOP_TONES:
            continue
        return True
    return False


def _onset_lengths(bare: str) -> list[int]:
    """The lengths of the onsets ``bare`` may start with (none, or each consonant cluster it begins with)."""
    lengths = [0]
    for onset in _ONSETS.replace("[bcdđghklmnrstvx]", "").split("|"):
        if onset and bare.startswith(onset):
            lengths.append(len(onset))
    if bare[:1] and bare[0] in "bcdđghklmnrstvx":
        lengths.append(1)
    return lengths


@lru_cache(maxsize=65536)
def tone_style(token: str) -> str | None:
    """Where the lowercase ``token`` puts its tone mark when Vietnamese spelling allows two places: an open
    syllable ending in oa, oe or uy (not after q) marked on the first vowel (``"first_vowel"``: hòa, khỏe, thủy)
    or on the second (``"second_vowel"``: hoà, khoẻ, thuỷ); ``None`` for every other token."""
    bare, tone = _bare(token)
    if tone is None or len(bare) < 2 or bare[-2:] not in ("oa", "oe", "uy"):
        return None
    if bare[-2:] == "uy" and bare[-3:-2] == "q":
        return None
    decomposed = unicodedata.normalize("NFD", token)
    letters = 0
    for ch in decomposed:
        if ch in TONE_MARKS:
            return "second_vowel" if letters == len(bare) else "first_vowel"
        if not unicodedata.combining(ch):
            letters += 1
    return None
