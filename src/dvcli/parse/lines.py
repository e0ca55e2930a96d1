"""The text split into its non-blank lines, trimmed, each with the number of blank lines before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class TextLine:
    """A non-blank line: ``text[start:end]`` without surrounding white space; ``gap`` blank lines before it."""

    start: int
    end: int
    gap: int

    def of(self, text: str) -> str:
        """This line's text in ``text``."""
        return text[self.start : self.end]


def split_lines(text: str) -> list[TextLine]:
    """Return the non-blank lines of ``text`` in order, each trimmed, with the count of blank lines before it."""
    lines: list[TextLine] = []
    gap = 0
    position = 0
    for match in [*_LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        raw = text[position:end]
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            lines.append(TextLine(start, start + len(stripped), gap if lines else 0))
            gap = 0
        else:
            gap += 1
        if match is None:
            break
        position = match.end()
    return lines
