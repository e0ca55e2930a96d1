"""The byline at the end of an article body: which of the last lines it spans, and its credits with their spans."""

from __future__ import annotations

import re

from dvcli.model import Byline, Credit, Span
from dvcli.parse.byline import WORKPLACE, BylineParts, is_compiled, read_byline, read_source
from dvcli.parse.lines import TextLine

# Scraping cuts a byline at its links: "Theo" / "Trí thức trẻ", "(theo" / "Chinadaily" / ")".
_DANGLING_THEO = re.compile(
    r"(?:(?:^|[\s(])theo|^\s*(?:bài|ảnh|tin|thực\s+hiện|bài\s+và\s+ảnh)\s*:)\s*$", re.IGNORECASE
)
# "Ảnh: Instagram, Zimbio", "(Ảnh: Getty)": who took the pictures, not where the story came from.
_PHOTO_LABEL = re.compile(r"(?:^|\n)\s*\(?\s*(?:ảnh|nguồn\s+ảnh)\s*:\s*\n\s*$", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"^\s*\(?\s*(?:ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|video|clip)\s*:", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^\(\s*[^()]+?\s*\)?$")


def take_byline(text: str, content: list[TextLine]) -> tuple[Byline | None, list[TextLine]]:
    """Split off a byline from the last one or two body lines. The only body line is a byline only when it names a
    source (``Theo VnExpress``, ``(TTXVN)``): a lone name (``Quang Hưng``) may as well be the body.

    A photo credit after the byline (``Bài: Tuấn Anh`` / ``Ảnh: Instagram``) belongs to the byline's lines but
    names no source.
    """
    if not content:
        return None, content
    if len(content) == 1:
        parts = _unit_byline(content[0].of(text))
        if parts is None or parts.source is None:
            return None, content
        return _byline(text, content[0], content[0], parts), []
    stop = len(content)
    last = _tail_unit(text, content, stop)
    # The photo label may stand on its own line, already set aside as a noise line ("Ảnh:" / "Instagram").
    label_above = _PHOTO_LABEL.search(text, content[last[0] - 1].end, content[last[0]].start) if last[0] else None
    if (_PHOTO_CREDIT.match(last[1]) or label_above) and last[0] >= 2:
        stop = last[0]  # the credit block's photo line: read the byline above it
    found = _take(text, content, stop)
    if found is None:
        return None, content
    first, parts = found
    return _byline(text, content[first], content[-1], parts), content[:first]


def _take(text: str, content: list[TextLine], stop: int) -> tuple[int, BylineParts] | None:
    """The byline made of the last one or two units before ``stop``: (index of its first line, parts)."""
    last = _tail_unit(text, content, stop)
    last_parts = _unit_byline(last[1])
    if last[0] >= 2 and content[last[0]].gap <= 1:
        before = _tail_unit(text, content, last[0])
        before_parts = _unit_byline(before[1]) if before[0] >= 1 else None
        combined = _combine(before_parts, last_parts)
        if combined is None and before_parts and before_parts.titled and WORKPLACE.match(last[1]):
            combined = BylineParts(before_parts.author, None, True)  # "ThS.BS Nguyễn Lan" + "Bệnh viện Bạch Mai"
        if combined is not None:
            return before[0], combined
    if last_parts is None or last[0] < 1:
        return None
    return last[0], last_parts


def _tail_unit(text: str, content: list[TextLine], stop: int) -> tuple[int, str]:
    """The line before ``stop`` as (first index, text), joined to a dangling ``Theo`` or ``Bài:`` line above it."""
    first = stop - 1
    joined = content[first].of(text)
    if first >= 1 and content[first].gap <= 1 and _DANGLING_THEO.search(content[first - 1].of(text)):
        first -= 1
        joined = f"{content[first].of(text)} {joined}"
    return first, joined


def _unit_byline(line: str) -> BylineParts | None:
    if _PARENTHESISED.match(line):  # "(T/h)", "(TTXVN)", "(Trithucthoidai)"
        source = read_source(line)
        return BylineParts(None, source) if source else None
    return read_byline(line)


def _combine(first: BylineParts | None, second: BylineParts | None) -> BylineParts | None:
    """A two-line byline: a name, then its outlet ("Kim Thanh" + "(T/h)"), or the outlet, then the name."""
    if first is None or second is None:
        return None
    compiled_or_none = first.source is None or is_compiled(first.source)
    if first.author and second.author is None and second.source and compiled_or_none:
        return BylineParts(first.author, None if first.titled else second.source, first.titled)
    if first.author and first.source and second.author is None and is_compiled(second.source):
        return first  # "Trường Giang/VOV.VN" + "Tổng hợp": the outlet named says more
    if first.author is None and first.source and second.author and second.source is None:
        # "(Hội Đông y Việt Nam)" + "Lương y Vũ Quốc Trung": an expert's workplace, not an outlet.
        return BylineParts(second.author, None if second.titled else first.source, second.titled)
    return None


def _byline(text: str, first: TextLine, last: TextLine, parts: BylineParts) -> Byline:
    start, end = first.start, last.end
    return Byline(
        Span(text[start:end], start, end),
        _credit(text, parts.author, start, end),
        _credit(text, parts.source, start, end),
    )


def _credit(text: str, name: str | None, start: int, end: int) -> Credit | None:
    """The credit ``name`` with the span where the byline writes it: as given, else ignoring case (``tổng hợp``)."""
    if name is None:
        return None
    at = text.find(name, start, end)
    if at < 0:
        lowered = text[start:end].lower()
        if len(lowered) == end - start:  # lowercasing kept every offset
            found = lowered.find(name.lower())
            at = start + found if found >= 0 else -1
    return Credit(name, Span(text[at : at + len(name)], at, at + len(name)) if at >= 0 else None)
