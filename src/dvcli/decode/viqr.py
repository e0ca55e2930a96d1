"""VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese written in ASCII, each mark a character after its vowel.

``a(`` ă, ``a^ e^ o^`` â ê ô, ``o+ u+`` ơ ư, ``dd`` đ; then the tone: ``'`` sắc, `````` huyền, ``?`` hỏi, ``~`` ngã,
``.`` nặng (``Vie^.t Nam``). A backslash keeps the next mark literal (``ra\\.``). VIQR looks like plain ASCII, so it
is decoded only on request (``encoding="viqr"``). Two readings RFC 1456 leaves to the reader are made here: a
syllable takes one tone, so a second mark is punctuation (``No^.i?`` is ``Nội?``), and a mark after a vowel is
a tone unless escaped (``ra.`` is ``rạ``; write ``ra\\.`` for the sentence end).
"""

from __future__ import annotations

import unicodedata

_HATS = {"(": "\u0306", "^": "\u0302", "+": "\u031b"}
_HATTED = {"(": "aA", "^": "aeoAEO", "+": "ouOU"}
_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VOWELS = frozenset("aeiouyAEIOUY")
_MARKS = frozenset(_HATS) | frozenset(_TONES) | {"\\"}


def decode_viqr(text: str) -> str:
    """Return the Vietnamese (NFC) that the VIQR ``text`` spells; characters that are not VIQR pass unchanged."""
    out: list[str] = []
    toned = False  # the current word has its tone already
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in _MARKS:
            out.append(text[i + 1])
            i += 2
            continue
        if char in "dD" and i + 1 < n and text[i + 1] in "dD":
            out.append("đ" if char == "d" else "Đ")
            i += 2
            continue
        if not char.isalpha():
            toned = False
        out.append(char)
        i += 1
        if char not in _VOWELS:
            continue
        if i < n and text[i] in _HATS and char in _HATTED[text[i]]:
            out.append(_HATS[text[i]])
            i += 1
        if i < n and text[i] in _TONES and not toned:
            out.append(_TONES[text[i]])
            toned = True
            i += 1
    return unicodedata.normalize("NFC", "".join(out))


_WRITE = {mark: sign for sign, mark in (*_HATS.items(), *_TONES.items())}


def encode_viqr(text: str) -> str:
    """Return ``text`` spelt in VIQR (the inverse of :func:`decode_viqr` for Vietnamese letters)."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in "đĐ":
            out.append("dd" if char == "đ" else "DD")
            continue
        decomposed = unicodedata.normalize("NFD", char)
        # NFD orders the hat (above) after the dot below; VIQR writes the hat first, then the tone.
        hats = "".join(_WRITE[m] for m in decomposed[1:] if m in _WRITE and _WRITE[m] in _HATS)
        tones = "".join(_WRITE[m] for m in decomposed[1:] if m in _WRITE and _WRITE[m] in _TONES)
        out.append(decomposed[0] + hats + tones if hats or tones else char)
    return "".join(out)
