"""JSON and JSON Lines as plain text: UTF-8 characters kept, no NaN, a trailing newline."""

from __future__ import annotations

import json
from typing import Any


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
