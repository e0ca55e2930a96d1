"""A Vietnamese-aware sentence splitter: abbreviations, initials, numbers, ellipses and quotes stay in place."""

from __future__ import annotations

import re
from bisect import bisect_right

from dvcli import resources
from dvcli.segment.syllables import ENDERS, is_initial, tokens
from dvcli.text.fold import fold

_TERMINATOR = re.compile(r"[.!?…]+|\n")
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_DASHES = "-–—"
_SPACE = " \t\u00a0\r\f\v"


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPENERS or char in _DASHES


def _next_char(text: str, pos: int, end: int) -> tuple[str, bool]:
    """Return the first character at or after ``pos`` that is not white space ('' at the end), and whether the
    white space skipped held a line break."""
    newline = False
    while pos < end and text[pos].isspace():
        newline = newline or text[pos] == "\n"
        pos += 1
    return (text[pos] if pos < end else ""), newline


def _common_word(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether the token at ``index`` is a frequent word (`Khi`, `Theo`), not a given name (`Vân`) after an initial."""
    if index >= len(spans):
        return False
    s, e = spans[index]
    # A capitalised word this frequent after an initial starts a new sentence (`anh C. Khi đó`).
    return resources.is_word(fold(text[s:e]), resources.EVERYDAY)


def _list_number(text: str, spans: list[tuple[int, int]], index: int, cuts: list[int], start: int) -> bool:
    """Whether the token at ``index`` is a short number opening its sentence or following a colon, as in a
    numbered list (`2. Giá`, `gồm: 1. Honda`)."""
    s, e = spans[index]
    if not (text[s:e].isdigit() and e - s <= 3):
        return False
    opening = cuts[-1] if cuts else start
    before = text[opening:s].strip(" \t\n\"'“”()")
    return not before or before.endswith(":")


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Return the offsets where a sentence ends (just after its last character, closers included)."""
    spans = tokens(text, start, end)
    starts = [s for s, _ in spans]
    ends_with_dot = {e: i for i, (s, e) in enumerate(spans) if text[e - 1] == "."}
    cuts: list[int] = []
    for match in _TERMINATOR.finditer(text, start, end):
        ms, me = match.span()
        if match.group() == "\n":
            cuts.append(ms)
            continue
        index = bisect_right(starts, ms) - 1
        inside = index >= 0 and spans[index][1] > ms
        pos = me
        while pos < end and text[pos] in _CLOSERS:
            pos += 1
        following, newline = _next_char(text, pos, end)
        if newline or not following:
            cuts.append(pos)
            continue
        if pos < end and text[pos] not in _SPACE:
            continue  # `H.Vân`, `1.000`, `đồng.Ông`: no space, no new sentence.
        if inside:
            # The dot closes an abbreviation token: only an initial that ends a name, or `v.v.`, ends a sentence.
            token_index = ends_with_dot.get(me)
            if token_index is None or not following.isupper():
                continue
            word = text[spans[token_index][0] : me - 1]
            before = text[spans[token_index - 1][0]] if token_index > 0 else ""
            if word.lower() in ENDERS or (
                is_initial(word) and (before.isupper() or _common_word(text, spans, token_index + 1))
            ):
                cuts.append(pos)
            continue
        if index >= 0 and spans[index][1] == ms and _list_number(text, spans, index, cuts, start):
            continue
        ellipsis = "…" in match.group() or ".." in match.group()
        if ellipsis and not following.isupper():
            continue
        if _starts_sentence(following):
            cuts.append(pos)
    return cuts


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of the sentences of ``text[start:end]``, in order, without surrounding white space.

    A sentence ends at ``.``, ``?``, ``!`` or an ellipsis (with any closing quotes or brackets after it) when the
    next sentence starts with a capital, a digit, an opening quote or a dash, and at every line break. The dots of
    abbreviations (``TP.``, ``PGS.TS``), initials (``Bảo Th. đưa``) and numbers (``1.000``) do not end one; an
    ellipsis ends one only before a capital. Never raises on any string.
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    out: list[tuple[int, int]] = []
    begin = start
    for cut in [*_boundaries(text, start, end), end]:
        s, e = begin, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        begin = max(begin, cut)
    return out
