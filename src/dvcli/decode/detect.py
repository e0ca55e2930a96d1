"""Decide how a file's bytes are encoded and decode them: byte-order marks, UTF-16 without one, UTF-8 (also with a
few bad bytes, or double-encoded), then the legacy Vietnamese encodings chosen by how plausible each reading is."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from dvcli.decode.legacy import LABELS, LEGACY, TCVN3, VISCII, VNI, WINDOWS_1258, decode_legacy
from dvcli.decode.plausible import PLAUSIBLE, plausibility, telling_sample
from dvcli.decode.unicode import decode_utf8_replacing, undo_double_encoding, utf16_order
from dvcli.decode.viqr import decode_viqr
from dvcli.errors import BinaryInputError, DecodeError, UsageError

UTF8 = "utf-8"
DOUBLE_ENCODED = "utf-8-double-encoded"
VIQR = "viqr"
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, UTF8),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALIASES = {
    "tcvn": TCVN3,
    "tcvn3": TCVN3,
    "tcvn5712": TCVN3,
    "tcvn-5712": TCVN3,
    "tcvn5712-1": TCVN3,
    "vn3": TCVN3,
    "abc": TCVN3,
    "vni": VNI,
    "vni-windows": VNI,
    "viscii": VISCII,
    "cp1258": WINDOWS_1258,
    "windows-1258": WINDOWS_1258,
    "viqr": VIQR,
}
# A UTF-8 file with this many valid multi-byte letters per bad sequence is UTF-8 with damage, not another encoding.
_LETTERS_PER_BAD_BYTE = 20
_SHOWN_OFFSETS = 5


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding it was read in (a codec name, ``tcvn3``, ``vni-windows``, …) and what to warn."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def encoding_name(name: str) -> str:
    """Return the canonical name of the encoding a user named (``TCVN3``, ``vni``, ``cp1258``, ``UTF-16LE``…).

    Raises UsageError for a name that is neither a Vietnamese legacy encoding, VIQR nor a Python codec.
    """
    key = name.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise UsageError(
            f"unknown encoding {name!r}",
            hint="use utf-8, utf-16-le, utf-16-be, windows-1258, tcvn3, vni, viscii, viqr or a Python codec name",
        ) from None


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Return ``data`` (the bytes of the input ``name``) decoded, in the encoding given or else the one detected.

    Raises DecodeError when the bytes are not valid in the given encoding or no encoding reads them plausibly (the
    hint names the likeliest one and ``--encoding``), BinaryInputError for NUL bytes that are not UTF-16, and
    UsageError for an unknown encoding name.
    """
    if encoding is not None:
        return _decode_as_given(data, name, encoding_name(encoding))
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, name, len(bom))
            return Decoded(text, codec, () if codec == UTF8 else (f"decoded as {_label(codec)} (byte-order mark)",))
    if b"\x00" in data:
        order = utf16_order(data)
        if order is None:
            raise BinaryInputError(
                f"{name}: looks like a binary file (it contains NUL bytes), not text",
                source=name,
                hint="pass a plain-text article; for UTF-16 or UTF-32 text without a byte-order mark, name it "
                "with --encoding utf-16-le (or utf-16-be, utf-32-le, utf-32-be)",
            )
        text = _strict(data, order, name, 0)
        return Decoded(text, order, (f"decoded as {_label(order)} (no byte-order mark; told by its NUL bytes)",))
    text = data.decode("utf-8", errors="replace")
    # Each bad sequence became one U+FFFD, and an encoded U+FFFD (EF BF BD) is always valid: counted in C, so a
    # legacy file's millions of bad bytes are not recorded one by one only to be told it is not UTF-8.
    bad_count = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if not bad_count:
        repaired = undo_double_encoding(text)
        if repaired is not None and _reads_better_repaired(data, repaired):
            return Decoded(
                repaired,
                DOUBLE_ENCODED,
                ("the text was UTF-8 encoded twice (UTF-8 read as Windows-1252 and saved as UTF-8 again); repaired",),
            )
        return Decoded(text, UTF8)
    # Counted over the whole text, as the bad sequences are: a long ASCII stretch must not make damage look dense.
    letters = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if letters >= _LETTERS_PER_BAD_BYTE * bad_count:
        text, bad = decode_utf8_replacing(data)
        shown = ", ".join(str(offset) for offset in bad[:_SHOWN_OFFSETS]) + (", …" if len(bad) > _SHOWN_OFFSETS else "")
        warning = (
            f"{len(bad)} invalid UTF-8 byte sequence{'s' if len(bad) > 1 else ''} replaced with U+FFFD "
            f"(byte offset{'s' if len(bad) > 1 else ''} {shown})"
        )
        return Decoded(text, UTF8, (warning,))
    return _guess_legacy(data, name, _first_bad_byte(data))


def _first_bad_byte(data: bytes) -> int:
    """The offset of the first invalid UTF-8 sequence in ``data``, which the caller has counted at least one of."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    raise ValueError("the data is valid UTF-8")


def _reads_better_repaired(data: bytes, repaired: str) -> bool:
    # Each reading is judged on its own sample. A window that found no space to end at may cut a character in
    # two; ignoring the broken bytes drops only that character, and the rest of the sample is valid UTF-8.
    as_read = telling_sample(data).decode("utf-8", "ignore")
    as_repaired = telling_sample(repaired.encode("utf-8")).decode("utf-8", "ignore")
    return plausibility(as_repaired) > plausibility(as_read)


def _guess_legacy(data: bytes, name: str, first_bad: int) -> Decoded:
    sample = telling_sample(data)
    scored = [
        (plausibility(decode_legacy(sample, candidate)), -LEGACY.index(candidate), candidate) for candidate in LEGACY
    ]
    score, _, best = max(scored)
    label = LABELS[best]
    if score < PLAUSIBLE:
        line = data.count(b"\n", 0, first_bad) + 1
        raise DecodeError(
            f"{name}: not valid UTF-8 (byte 0x{data[first_bad]:02X} at byte offset {first_bad}, line {line}), and "
            f"no Vietnamese encoding reads it plausibly (the likeliest, {label}, reads {score:.0%} of its words "
            "as Vietnamese syllables)",
            source=name,
            hint=f"if you know its encoding, name it, e.g. --encoding {best}; or convert the file to UTF-8",
        )
    warning = f"decoded as {label}, detected from its content ({score:.0%} of the words read as Vietnamese)"
    return Decoded(decode_legacy(data, best), best, (warning,))


def _decode_as_given(data: bytes, name: str, encoding: str) -> Decoded:
    if encoding in LEGACY:
        text = decode_legacy(data, encoding)
        return Decoded(text, encoding, (f"decoded as {LABELS[encoding]} (as requested)",))
    if encoding == VIQR:
        text = decode_viqr(_strict(data, UTF8, name, 0))
        return Decoded(text, VIQR, ("decoded from VIQR (as requested)",))
    bom = next((len(b) for b, codec in _BOMS if data.startswith(b) and codecs.lookup(codec).name == encoding), 0)
    text = _strict(data[bom:], encoding, name, bom)
    return Decoded(text, encoding, () if encoding == UTF8 else (f"decoded as {_label(encoding)} (as requested)",))


def _strict(data: bytes, codec: str, name: str, skipped: int) -> str:
    try:
        return unicodedata.normalize("NFC", data.decode(codec))
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.start + 1].hex().upper()
        raise DecodeError(
            f"{name}: not valid {_label(codec)}: byte 0x{bad} at byte offset {offset} (line {line})",
            source=name,
            hint="check the encoding given to --encoding, or convert the file to UTF-8",
        ) from None


def _label(codec: str) -> str:
    return codec.upper().replace("-LE", " LE").replace("-BE", " BE")
