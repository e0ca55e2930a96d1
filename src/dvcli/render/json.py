"""JSON and JSON Lines as plain text: UTF-8 characters kept, no NaN, a trailing newline.

Indented JSON is written by :class:`_IndentedWriter` rather than ``json.dumps(indent=2)``: with an indent, the
standard library encodes in pure Python through a chain of generators, which made writing an export's JSON
slower than analysing it. The writer produces the same bytes (a test holds it to ``json.dumps`` on arbitrary
values) with the C string escaper, and hands the text out in chunks, so a record of millions of words is never
one string in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from itertools import islice
from operator import itemgetter
from typing import Any, TextIO

# The C escaper when the interpreter has it, as ``json.dumps(ensure_ascii=False)`` itself uses.
_quote = json.encoder.encode_basestring  # type: ignore[attr-defined]

# Text gathered before each write: few writes, and a bounded amount of text held at once.
_CHARS_PER_WRITE = 1 << 20
_INDENT = "  "
# The types that :func:`_scalar` writes.
_SCALAR_TYPES = {str, int, float, bool, type(None)}
# Rows of a list of records joined into one piece.
_RECORDS_PER_PIECE = 2048


def to_json(value: Any) -> str:
    """Return ``value`` as indented JSON text ending in a newline."""
    return nested(value, 0) + "\n"


def to_json_line(value: Any) -> str:
    """Return ``value`` as one compact line of JSON, newline included."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def nested(value: Any, depth: int) -> str:
    """Return ``value`` as indented JSON placed ``depth`` levels deep in an outer document (no newline after)."""
    pieces: list[str] = []
    _IndentedWriter(pieces.append, None).document(value, depth)
    return "".join(pieces)


def write_json(out: TextIO, value: Any, depth: int = 0) -> None:
    """Write ``value`` to ``out`` as :func:`to_json` (``depth`` 0, newline included) or :func:`nested` would
    return it, about a megabyte at a time."""
    buffer = _Buffer(out)
    _IndentedWriter(buffer.emit, buffer.flush_when_full).document(value, depth)
    buffer.emit("" if depth else "\n")
    buffer.flush()


class _Buffer:
    """Pieces of text on their way to ``out``, written once they add up to _CHARS_PER_WRITE."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.pieces: list[str] = []
        self.size = 0

    def emit(self, text: str) -> None:
        self.pieces.append(text)
        self.size += len(text)

    def flush_when_full(self) -> None:
        if self.size >= _CHARS_PER_WRITE:
            self.flush()

    def flush(self) -> None:
        self.out.write("".join(self.pieces))
        self.pieces.clear()
        self.size = 0


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dictionary key as ``json.dumps`` turns it into a string (it accepts str, numbers, booleans and None)."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


class _IndentedWriter:
    """Emits the text of ``json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)`` as pieces."""

    def __init__(self, emit: Callable[[str], None], flush: Callable[[], None] | None) -> None:
        self.emit = emit
        self.flush = flush

    def document(self, value: Any, depth: int) -> None:
        margin = _INDENT * depth
        self.emit(margin)
        self.value(value, margin)

    def value(self, value: Any, indent: str) -> None:
        scalar = _scalar(value)
        if scalar is not None:
            self.emit(scalar)
        elif isinstance(value, dict):
            self._object(value, indent)
        elif isinstance(value, list | tuple):
            self._array(value, indent)
        elif isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):  # WordDicts: made on demand
            self._batches(value, indent)
        else:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    def _object(self, value: dict[Any, Any], indent: str) -> None:
        if not value:
            self.emit("{}")
            return
        inner = indent + _INDENT
        opening, between = "{\n" + inner, ",\n" + inner
        leads = [_quote(_key(key)) + ": " for key in value]
        scalars = [_scalar(item) for item in value.values()]
        if None not in scalars:  # a word, a span, a count table: one piece
            members = map(str.__add__, leads, scalars)  # type: ignore[arg-type]
            self.emit(opening + between.join(members) + "\n" + indent + "}")
            return
        for n, (lead, scalar, item) in enumerate(zip(leads, scalars, value.values(), strict=True)):
            self._member((between if n else opening) + lead, scalar, item, inner)
        self.emit("\n" + indent + "}")
        if self.flush is not None:
            self.flush()

    def _array(self, value: list[Any] | tuple[Any, ...], indent: str) -> None:
        if not value:
            self.emit("[]")
            return
        inner = indent + _INDENT
        opening, between = "[\n" + inner, ",\n" + inner
        if self._records(value, inner, opening, between):
            self.emit("\n" + indent + "]")
            return
        for n, item in enumerate(value):
            self._member(between if n else opening, _scalar(item), item, inner)
        self.emit("\n" + indent + "]")

    def _member(self, lead: str, scalar: str | None, item: Any, indent: str) -> None:
        """Write ``lead`` and then an object's or an array's item (``scalar``, its text if it is a scalar)."""
        if scalar is not None:
            self.emit(lead + scalar)
        else:
            self.emit(lead)
            self.value(item, indent)

    def _batches(self, value: Sequence[Any], indent: str) -> None:
        """Write a sequence whose items are made as it is read as :meth:`_array` writes a list, holding one batch
        of items at a time."""
        if not value:
            self.emit("[]")
            return
        inner = indent + _INDENT
        items = iter(value)
        lead = "[\n" + inner
        while batch := list(islice(items, _RECORDS_PER_PIECE)):
            if not self._records(batch, inner, lead, ",\n" + inner):
                for n, item in enumerate(batch):
                    self._member(lead if n == 0 else ",\n" + inner, _scalar(item), item, inner)
            lead = ",\n" + inner
            if self.flush is not None:
                self.flush()
        self.emit("\n" + indent + "]")

    def _records(self, value: list[Any] | tuple[Any, ...], indent: str, opening: str, between: str) -> bool:
        """Write a list of flat dictionaries with the same keys (words, sentences, spans) a batch of rows at a
        time, each column of a batch encoded by one ``map``, and return True; return False, having written
        nothing, for any other list. An export's millions of words go through here, so Python's work is per
        column and per batch, not per value."""
        if len(value) < 2 or set(map(type, value)) != {dict}:
            return False
        keys = tuple(value[0])
        if not keys or set(map(tuple, value)) != {keys}:
            return False
        kinds = [set(map(type, map(itemgetter(key), value))) for key in keys]
        if not all(kind <= _SCALAR_TYPES for kind in kinds):
            return False
        encoders = [_quote if kind == {str} else int.__repr__ if kind == {int} else _scalar for kind in kinds]
        inner = indent + _INDENT
        template = (
            "{\n"
            + ",\n".join(inner + _quote(_key(key)).replace("%", "%%") + ": %s" for key in keys)
            + "\n"
            + indent
            + "}"
        )
        lead = opening
        for start in range(0, len(value), _RECORDS_PER_PIECE):
            batch = value[start : start + _RECORDS_PER_PIECE]
            columns = [map(encode, map(itemgetter(key), batch)) for key, encode in zip(keys, encoders, strict=True)]
            self.emit(lead + between.join(map(template.__mod__, zip(*columns, strict=True))))
            lead = between
            if self.flush is not None:
                self.flush()
        return True


def _scalar(value: Any) -> str | None:
    """The JSON text of a string, number, boolean or null (checked in ``json``'s own order); None otherwise."""
    if isinstance(value, str):
        return _quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    return None
