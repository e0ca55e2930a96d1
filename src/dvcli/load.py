"""Read an article from a path or ``-`` (stdin): size limit, decoding (:mod:`dvcli.decode`), byte-order marks,
newlines, HTML saved as text, NFC normalisation."""

from __future__ import annotations

import os
import stat
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from dvcli.decode import decode_bytes
from dvcli.errors import (
    BinaryInputError,
    EmptyInputError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
)
from dvcli.model import Source
from dvcli.options import LoadOptions
from dvcli.text.invisible import strip_invisible
from dvcli.text.markup import html_to_text, looks_like_html

STDIN = "<stdin>"
# White space controls are ordinary in text; any other C0/C1 control in bulk means the file is not text.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_RATIO = 0.05
_DEFAULTS = LoadOptions()


@dataclass(frozen=True, slots=True)
class LoadedText:
    """Decoded, normalised article text, where it came from, and what loading it found worth a warning."""

    text: str
    source: Source
    warnings: tuple[str, ...] = ()


def load(source: str | Path, options: LoadOptions = _DEFAULTS) -> LoadedText:
    """Read ``source`` (a path, or ``"-"`` for stdin) and return its normalised text.

    The bytes are decoded (``options.encoding``, or the encoding detected: UTF-8 with or without BOM, UTF-16/32,
    the legacy Vietnamese encodings; see :func:`dvcli.decode.decode_bytes`), CRLF and CR become LF, an HTML page is
    reduced to its text, and the text is normalised to NFC; offsets everywhere else refer to this text. An input
    larger than ``options.max_bytes`` is refused before it is read whole. The file is never modified.

    Raises InputNotFoundError, InputUnreadableError, InputTooLargeError, EmptyInputError, BinaryInputError,
    DecodeError (each naming the input and carrying a hint) or UsageError for an unknown encoding.
    """
    if str(source) == "-":
        name = STDIN
        data = _read_stdin(options.max_bytes)
    else:
        name = str(source)
        data = _read_file(Path(source), name, options.max_bytes)
    if isinstance(data, str):
        return load_text(data, Source(name))
    decoded = decode_bytes(data, name, options.encoding)
    return load_text(decoded.text, Source(name, decoded.encoding), decoded.warnings)


def load_text(text: str, source: str | Source = "<text>", warnings: tuple[str, ...] = ()) -> LoadedText:
    """Apply the normalisation of :func:`load` to an in-memory string and return it as a LoadedText.

    Raises EmptyInputError for empty or white-space-only text and BinaryInputError for text that is
    mostly control characters.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source = source if isinstance(source, Source) else Source(source)
    if looks_like_html(text):
        text = html_to_text(text)
        warnings += (
            "the input is an HTML page: its markup was removed and the text analysed; offsets refer to that text",
        )
    text = unicodedata.normalize("NFC", text)
    _check_text(text, source.path)
    return LoadedText(text=text, source=source, warnings=warnings)


def _too_large(name: str, size: str, limit: int) -> InputTooLargeError:
    return InputTooLargeError(
        f"{name}: is {size} bytes, more than the limit of {limit} bytes",
        source=name,
        hint="raise the limit with --max-bytes if the input really is one article",
    )


def _read_stdin(limit: int) -> bytes | str:
    buffer = getattr(sys.stdin, "buffer", None)
    # A replaced sys.stdin (an embedding application, a test) may be a text stream without a buffer.
    data: bytes | str = (
        buffer.read(limit + 1) if buffer is not None else (sys.stdin.read(limit + 1) if sys.stdin else "")
    )
    if len(data) > limit:
        raise _too_large(STDIN, "more than", limit)
    return data


def _read_file(path: Path, name: str, limit: int) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            # A device or a socket: reading one may never end (/dev/zero) or wait for a person (a terminal).
            raise InputUnreadableError(
                f"{name}: is not a regular file (a device or a socket)",
                source=name,
                hint=f"pipe its content in instead: dvcli … - < {name}",
            )
        if info.st_size > limit:
            raise _too_large(name, str(info.st_size), limit)
        # A named pipe is read as it comes (as cat does); the limit bounds it, and a file that grows while read.
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
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
    if len(data) > limit:
        raise _too_large(name, "more than", limit)
    return data


def _check_text(text: str, name: str) -> None:
    if not text.strip() or not strip_invisible(text)[0].strip():
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
    if not any(ch.isalnum() for ch in text):
        # Lines of dots, dashes and stars (what a scraper leaves of pictures) are no article: fail as empty input.
        raise EmptyInputError(
            f"{name}: holds no letters or digits, only punctuation",
            source=name,
            hint="pass a file that holds an article: a title line, then the body",
        )
