"""The Unicode encodings without a byte-order mark: UTF-16 told by its NUL bytes, UTF-8 with a few bad bytes,
and UTF-8 that was decoded as Windows-1252 and encoded again (double-encoded)."""

from __future__ import annotations

import codecs
import threading
import unicodedata

# In UTF-16 text that is mostly ASCII (Vietnamese is about 80%), every other byte is NUL. A binary file has NULs
# too, but not so many on one side only.
_MIN_NUL_SHARE = 0.3
_MAX_OTHER_SHARE = 0.02
_state = threading.local()


def utf16_order(data: bytes) -> str | None:
    """Return ``"utf-16-le"`` or ``"utf-16-be"`` if the NUL bytes of ``data`` fall on one side of its 16-bit
    units as UTF-16 text's do, else None."""
    sample = data[: 1 << 16]
    pairs = len(sample) // 2
    if pairs == 0 or len(data) % 2:
        return None
    odd = sample[1::2].count(0) / pairs  # the high byte of little-endian units
    even = sample[0::2].count(0) / pairs
    if odd >= _MIN_NUL_SHARE and even <= _MAX_OTHER_SHARE:
        return "utf-16-le"
    if even >= _MIN_NUL_SHARE and odd <= _MAX_OTHER_SHARE:
        return "utf-16-be"
    return None


def _record(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    _state.offsets.append(error.start)
    return "\ufffd", error.end


codecs.register_error("dvcli-record", _record)


def decode_utf8_replacing(data: bytes) -> tuple[str, list[int]]:
    """Return ``data`` decoded as UTF-8 with each invalid sequence replaced by U+FFFD, and the byte offsets of
    those sequences."""
    _state.offsets = []
    try:
        return data.decode("utf-8", errors="dvcli-record"), _state.offsets
    finally:
        del _state.offsets


# Windows-1252 leaves five bytes undefined; software that double-encodes writes them as their Latin-1 code point.
_CP1252_HIGH = {ch: bytes([b]) for b in range(0x80, 0xA0) for ch in [bytes([b]).decode("cp1252", "ignore")] if ch}


def _mojibake_bytes(text: str) -> bytes | None:
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x80 or 0xA0 <= code < 0x100 or 0x80 <= code < 0xA0:
            out.append(code)
        elif (written := _CP1252_HIGH.get(char)) is not None:
            out += written
        else:
            return None
    return bytes(out)


def undo_double_encoding(text: str) -> str | None:
    """Return the text that ``text`` is a double encoding of (UTF-8 bytes read as Windows-1252 and written as
    UTF-8 again: ``cÃ´ng`` for ``công``), or None if it is not one."""
    if text.isascii() or not any(0xC2 <= ord(ch) <= 0xF4 for ch in text):
        return None
    raw = _mojibake_bytes(text)
    if raw is None:
        return None
    try:
        repaired = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return unicodedata.normalize("NFC", repaired) if repaired != text else None
