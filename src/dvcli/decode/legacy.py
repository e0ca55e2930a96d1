"""Decode and encode the legacy Vietnamese encodings: Windows-1258, TCVN3, VNI-Windows and VISCII.

Windows-1258 is Microsoft's code page 1258 (Python's ``cp1258`` codec): the vowels with a hat or horn are single
bytes and the five tones follow as combining marks, so the decoded text is composed to NFC. The other tables are in
:mod:`dvcli.decode.tables`, with their specifications. Every decoder returns NFC text and reads every byte (none
fails); the encoders exist so that the tests can round-trip every letter and the fuzz tests can write random
Vietnamese text in every encoding.

Code pages 1252 (under VNI-Windows) and 1258 leave some bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D; 1258 also
0x8A, 0x8E, 0x9A, 0x9E), which Python's codecs refuse. Windows itself (``MultiByteToWideChar``, its best-fit tables)
and the WHATWG Encoding Standard read each as the C1 control of the same number, U+0081 and so on, and so do these
decoders. VNI assigns none of them a letter or a mark: its letters are ASCII base letters with mark bytes from
0xC0-0xFF, and 0x80-0x9F keeps Windows' punctuation (VNI's own table, as UniKey's ``VNI-WIN`` reproduces it).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache

from dvcli.decode.tables import byte_table, vni_sequences

WINDOWS_1258 = "windows-1258"
TCVN3 = "tcvn3"
VNI = "vni-windows"
VISCII = "viscii"
# The order candidates are tried in, which is also the order ties are broken in: the most common first.
LEGACY = (WINDOWS_1258, TCVN3, VNI, VISCII)
LABELS = {WINDOWS_1258: "Windows-1258", TCVN3: "TCVN3", VNI: "VNI-Windows", VISCII: "VISCII"}
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


@cache
def _windows_table(codepage: str) -> str:
    """The character of each of the 256 bytes in a Windows code page, the undefined ones as their C1 control."""
    return "".join(bytes([byte]).decode(codepage, "ignore") or chr(byte) for byte in range(256))


def _decode_windows(data: bytes, codepage: str) -> str:
    return codecs.charmap_decode(data, "strict", _windows_table(codepage))[0]


def _encode_windows(text: str, codepage: str) -> bytes:
    return codecs.charmap_encode(text, "strict", _windows_encoding(codepage))[0]


@cache
def _windows_encoding(codepage: str) -> dict[int, int]:
    return {ord(char): byte for byte, char in enumerate(_windows_table(codepage))}


@cache
def _translation(name: str) -> dict[int, str]:
    return {byte: char for byte, char in enumerate(byte_table(name)) if char != chr(byte)}


@cache
def _vni_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    sequences = vni_sequences()
    # Longest first, so that "oâ" (ô) wins over "o" then "â".
    alternatives = sorted(sequences, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives))), sequences


def decode_legacy(data: bytes, name: str) -> str:
    """Return ``data`` decoded from the legacy encoding ``name`` as NFC text; every byte reads as some character."""
    if name == WINDOWS_1258:
        return unicodedata.normalize("NFC", _decode_windows(data, "cp1258"))
    if name == VNI:
        pattern, sequences = _vni_pattern()
        cp1252 = _decode_windows(data, "cp1252")
        return unicodedata.normalize("NFC", pattern.sub(lambda m: sequences[m.group()], cp1252))
    if name in (TCVN3, VISCII):
        return unicodedata.normalize("NFC", data.decode("latin-1").translate(_translation(name)))
    raise ValueError(f"not a legacy encoding: {name}")


@cache
def _encoder(name: str) -> dict[str, bytes]:
    if name == VNI:
        return {letter: _encode_windows(written, "cp1252") for written, letter in vni_sequences().items()}
    # A byte that a table leaves as its ISO 8859-1 character writes that character (ASCII, the no-break space).
    table = byte_table(name)
    return {char: bytes([byte]) for byte, char in enumerate(table) if char not in _TONES}


def encode_legacy(text: str, name: str) -> bytes:
    """Return ``text`` written in the legacy encoding ``name``; raises UnicodeEncodeError for a character that the
    encoding cannot write."""
    text = unicodedata.normalize("NFC", text)
    if name == WINDOWS_1258:
        # Code page 1258 has no precomposed toned letter beyond Latin-1's: write the letter without its tone, then
        # the tone as a combining mark (as Windows does).
        out = []
        for char in text:
            decomposed = unicodedata.normalize("NFD", char)
            tones = "".join(ch for ch in decomposed if ch in _TONES)
            bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
            out.append(bare + tones)
        return _encode_windows("".join(out), "cp1258")
    encoder = _encoder(name)
    parts = []
    for index, char in enumerate(text):
        written = encoder.get(char)
        if written is None and name == VNI and char in _windows_table("cp1252"):
            written = _encode_windows(char, "cp1252")
        if written is None:
            raise UnicodeEncodeError(name, text, index, index + 1, f"{LABELS[name]} cannot write this character")
        parts.append(written)
    return b"".join(parts)
