"""JSON and JSON Lines as plain text: UTF-8 characters kept, no NaN, a trailing newline."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def to_json(record: Any) -> str:
    """Return ``record`` as indented JSON text ending in a newline."""
    return json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def to_jsonl(records: Iterable[Any]) -> str:
    """Return one compact JSON object per line, in order."""
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n" for r in records)
