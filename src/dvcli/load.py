"""Read an article from a path or ``-`` (stdin): decoding, byte-order marks, newlines, NFC normalisation."""

from __future__ import annotations

import codecs
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from dvcli.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputNotFoundError,
    InputUnreadableError,
)
from dvcli.model import Source

STDIN = "<stdin>"

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# White space controls are ordinary in text; any other C0/C1 control in bulk means the file is not text.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_RATIO = 0.05


@dataclass(frozen=True, slots=True)
class LoadedText:
    """Decoded, normalised article text and where it came from."""

    text: str
    source: Source


def load(source: str | Path) -> LoadedText:
    """Read ``source`` (a path, or ``"-"`` for stdin) and return its normalised text.

    The text is decoded (UTF-8 with or without BOM, UTF-16/32 with BOM), CRLF and CR become LF, and it is
    normalised to NFC; offsets everywhere else refer to this text. The file is never modified.

    Raises InputNotFoundError, InputUnreadableError, EmptyInputError, BinaryInputError or DecodeError,
    each naming the input and carrying a hint.
    """
    if str(source) == "-":
        name = STDIN
        data = _read_stdin()
    else:
        name = str(source)
        data = _read_file(Path(source), name)
    text = _decode(data, name)
    return load_text(text, name)


def load_text(text: str, source: str | Source = "<text>") -> LoadedText:
    """Apply the normalisation of :func:`load` to an in-memory string and return it as a LoadedText.

    Raises EmptyInputError for empty or white-space-only text and BinaryInputError for text that is
    mostly control characters.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    source = source if isinstance(source, Source) else Source(source)
    _check_text(text, source.path)
    return LoadedText(text=text, source=source)


def _read_stdin() -> bytes | str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer.read()
    # A replaced sys.stdin (an embedding application, a test) may be a text stream without a buffer.
    return sys.stdin.read() if sys.stdin is not None else ""


def _read_file(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputNotFoundError(
            f"{name}: no such file",
            source=name,
            hint="check the path; use - to read the article from standard input",
        ) from None
    except IsADirectoryError:
        raise InputUnreadableError(
            f"{name}: is a directory, not a file",
            source=name,
            hint="pass the article files inside it (the commands read a directory's *.txt files)",
        ) from None
    except PermissionError:
        raise InputUnreadableError(
            f"{name}: permission denied",
            source=name,
            hint=f"make the file readable, e.g. chmod u+r {name}",
        ) from None
    except OSError as error:
        raise InputUnreadableError(
            f"{name}: cannot be read ({error.strerror or error})",
            source=name,
            hint="check that the path names a regular, readable file",
        ) from None


def _decode(data: bytes | str, name: str) -> str:
    if isinstance(data, str):
        return data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], encoding, name, len(bom))
    if b"\x00" in data:
        raise BinaryInputError(
            f"{name}: looks like a binary file (it contains NUL bytes), not text",
            source=name,
            hint="pass a plain-text article; if it is UTF-16 without a byte-order mark, convert it with "
            f"iconv -f UTF-16LE -t UTF-8 {'FILE' if name == STDIN else name}",
        )
    return _decode_as(data, "utf-8", name, 0)


def _decode_as(data: bytes, encoding: str, name: str, skipped: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        offset = skipped + error.start
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.start + 1].hex().upper()
        label = encoding.upper().replace("-LE", " LE").replace("-BE", " BE")
        path = "FILE" if name == STDIN else name
        raise DecodeError(
            f"{name}: not valid {label}: byte 0x{bad} at byte offset {offset} (line {line})",
            source=name,
            hint="save the file as UTF-8; a legacy Vietnamese file can be converted with "
            f"iconv -f WINDOWS-1258 -t UTF-8 {path} > article-utf8.txt",
        ) from None


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise EmptyInputError(
            f"{name}: is empty" if not text else f"{name}: holds only white space",
            source=name,
            hint="pass a file that holds an article: a title line, then the body",
        )
    controls = sum(1 for ch in text if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc")
    if "\x00" in text or controls > _MAX_CONTROL_RATIO * len(text):
        raise BinaryInputError(
            f"{name}: looks like a binary file (mostly control characters), not text",
            source=name,
            hint="pass a plain-text article (UTF-8 or UTF-16 with a byte-order mark)",
        )
