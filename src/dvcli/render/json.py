"""JSON and JSON Lines as plain text: UTF-8 characters kept, no NaN, a trailing newline."""

from __future__ import annotations

import json
from typing import Any, TextIO

# Chunks of encoded JSON joined before each write: few writes, and never the whole document in memory at once.
_CHUNKS_PER_WRITE = 4096


def to_json(value: Any) -> str:
    """Return ``value`` as indented JSON text ending in a newline."""
    return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def to_json_line(value: Any) -> str:
    """Return ``value`` as one compact line of JSON, newline included."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def nested(value: Any, depth: int) -> str:
    """Return ``value`` as indented JSON placed ``depth`` levels deep in an outer document (no newline after)."""
    return "\n".join(
        "  " * depth + line for line in json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False).split("\n")
    )


def write_json(out: TextIO, value: Any, depth: int = 0) -> None:
    """Write ``value`` to ``out`` as :func:`to_json` (``depth`` 0, newline included) or :func:`nested` would
    return it, piece by piece, so that a record of millions of words is never one string in memory."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, allow_nan=False)
    margin = "  " * depth
    buffer = [margin]
    for chunk in encoder.iterencode(value):
        # A JSON string never holds a raw newline, so every newline in a chunk is the encoder's own.
        buffer.append(chunk.replace("\n", "\n" + margin) if margin and "\n" in chunk else chunk)
        if len(buffer) >= _CHUNKS_PER_WRITE:
            out.write("".join(buffer))
            buffer.clear()
    buffer.append("" if depth else "\n")
    out.write("".join(buffer))
