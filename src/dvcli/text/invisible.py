"""Invisible characters (zero-width, soft hyphens, byte-order marks inside the text, bidi marks): found, removed
for the analysis, and every offset of the analysis mapped back to the text that holds them."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Any

from dvcli.model import Analysis, Article, Entity, Span
from dvcli.text.tokens import TokenTable

# Character -> the name a warning gives it.
INVISIBLE = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    **{ch: "bidi mark" for ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"},
}
_PATTERN = re.compile("[" + "".join(INVISIBLE) + "]")
# Entity attributes that hold an offset into the text (the start of another mention).
_OFFSET_ATTRIBUTES = frozenset({"speaker_start", "refers_to"})


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where characters were removed from a text: ``positions`` (sorted) in the original; maps offsets in the
    text without them back to the original."""

    positions: tuple[int, ...]
    # For removed character i: the offset in the cleaned text of the character that followed it.
    _keys: tuple[int, ...] = ()

    @classmethod
    def of(cls, positions: tuple[int, ...]) -> OffsetMap:
        return cls(positions, tuple(p - i for i, p in enumerate(positions)))

    def start(self, offset: int) -> int:
        """The original offset of a span starting at ``offset`` (after any removed characters before it)."""
        return offset + bisect_right(self._keys, offset)

    def end(self, offset: int) -> int:
        """The original offset of a span ending at ``offset`` (before any removed characters after it)."""
        return offset + bisect_left(self._keys, offset)


def strip_invisible(text: str) -> tuple[str, OffsetMap, Counter[str]]:
    """Return ``text`` without its invisible characters, the map back to ``text``, and how many of each kind."""
    positions = tuple(m.start() for m in _PATTERN.finditer(text))
    if not positions:
        return text, OffsetMap.of(()), Counter()
    kinds = Counter(INVISIBLE[text[p]] for p in positions)
    return _PATTERN.sub("", text), OffsetMap.of(positions), kinds


def invisible_warning(kinds: Counter[str]) -> str:
    """The warning that says which invisible characters were found and that the analysis ignored them."""
    total = sum(kinds.values())
    listed = ", ".join(f"{count} {kind}{'s' if count > 1 else ''}" for kind, count in sorted(kinds.items()))
    return f"{total} invisible character{'s' if total > 1 else ''} ignored ({listed}); offsets include them"


def map_analysis(analysis: Analysis, original: str, offsets: OffsetMap) -> Analysis:
    """Return ``analysis`` (of the text without invisible characters) with every span's offsets moved into
    ``original`` and its text sliced from there."""
    return _map(analysis, original, offsets)  # type: ignore[no-any-return]


def _map(value: Any, original: str, offsets: OffsetMap) -> Any:
    if isinstance(value, Span):
        start = offsets.start(value.start)
        end = max(start, offsets.end(value.end))
        return Span(original[start:end], start, end)
    if isinstance(value, tuple):
        return tuple(_map(item, original, offsets) for item in value)
    if isinstance(value, TokenTable):
        return _map_tokens(value, original, offsets)
    if isinstance(value, Entity):
        attributes = tuple(
            (k, offsets.start(v) if k in _OFFSET_ATTRIBUTES and isinstance(v, int) else v) for k, v in value.attributes
        )
        return dataclasses.replace(value, span=_map(value.span, original, offsets), attributes=attributes)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            mapped = _map(item, original, offsets)
            if mapped is not item:
                changes[field.name] = mapped
        if isinstance(value, Article):
            changes["text"] = original
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _map_tokens(table: TokenTable, original: str, offsets: OffsetMap) -> TokenTable:
    starts = tuple(map(offsets.start, table.starts))
    ends = tuple(max(s, offsets.end(e)) for s, e in zip(starts, table.ends, strict=True))
    lines = tuple(
        dataclasses.replace(line, start=offsets.start(line.start), end=offsets.end(line.end)) for line in table.lines
    )
    texts = tuple(original[s:e] for s, e in zip(starts, ends, strict=True))
    return dataclasses.replace(table, starts=starts, ends=ends, texts=texts, lines=lines)
