"""Raw article text -> Article: title, dateline, byline, lead, sapo, paragraphs, noise, sentences, words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvcli import segment
from dvcli.byline import BylineParts, is_compiled, read_byline, read_source
from dvcli.dateline import parse_dateline
from dvcli.model import Article, Byline, Dateline, NoiseLine, Paragraph, Sentence, Span, Word
from dvcli.options import ParseOptions

# How many lines after the title may hold the publication line.
_DATELINE_WINDOW = 3
# The baomoi layout puts the sapo after three blank lines; two is the least we read as that break.
_SAPO_MIN_GAP = 2
_SAPO_MIN_WORDS = 8

_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*ảnh(?:\s+(?:mang\s+tính\s+chất\s+)?minh\s+họa)?\s*(?::.*|\.?\s*\(?nguồn\s*:.*|\)?\.?)$"
    r"|^\(?\s*(?:ảnh|hình)\s+(?:cắt|chụp)\s+(?:từ|màn\s+hình)\s+(?:clip|video)\s*\)?\.?$",
    re.IGNORECASE,
)
# A picture caption is a sentence or two; a longer line ending in a credit is a paragraph that cites its photo.
_MAX_CAPTION_CHARS = 220
# A caption ending in its credit: "Bà bầu cũng đứng xếp hàng. Ảnh: Dân Việt." or "… - Ảnh: TNO".
_CAPTION_CREDIT = re.compile(
    r"(?:[.\-–]\s*|\(\s*)(?:ảnh|nguồn\s+ảnh)\s*:\s*(?:[^.!?]|\.(?=\w)){1,40}\)?\.?$", re.IGNORECASE
)
_MEDIA_LABEL = re.compile(r"^\(?\s*(?:video|clip)\b", re.IGNORECASE)
# What a scraped video player leaves behind as a line of its own.
_PLAYER_LABEL = re.compile(r"^(?:play|replay|xem\s+video|xem\s+clip)$", re.IGNORECASE)
# Scraping cuts a byline at its links: "Theo" / "Trí thức trẻ", "(theo" / "Chinadaily" / ")".
_DANGLING_THEO = re.compile(r"(?:^|[\s(])theo$", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^\(\s*[^()]+?\s*\)?$")

_DEFAULTS = ParseOptions()


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    gap: int  # blank lines between this line and the previous non-blank line


def parse_article(text: str, options: ParseOptions = _DEFAULTS) -> Article:
    """Return the Article that ``text`` holds; every span's offsets slice its text out of ``text``.

    Never raises: an empty or white-space-only text gives an Article with no title and empty tuples.
    """
    lines = _split_lines(text)
    # The first line with a letter or digit is the title even if it reads like a label ("Clip: …").
    first = next((line for line in lines if any(ch.isalnum() for ch in _slice(text, line))), None)
    noise = tuple(n for n in (_noise(text, line) for line in lines if line is not first) if n is not None)
    noisy = {n.start for n in noise}
    content = [line for line in lines if line.start not in noisy]
    title = None
    dateline, warnings, content = _take_dateline(text, content, 0, 1, options)
    if dateline is not None and not content:  # a lone date line is the title, not a dateline
        dateline, warnings, content = None, (), [line for line in lines if line.start not in noisy]
    if content:
        title, content = Span(_slice(text, content[0]), content[0].start, content[0].end), content[1:]
    if dateline is None:
        dateline, warnings, content = _take_dateline(text, content, 0, _DATELINE_WINDOW, options)

    sapo, content = _take_sapo(text, lines, content)
    byline, content = _take_byline(text, content)

    paragraphs = tuple(Paragraph(index, _slice(text, line), line.start, line.end) for index, line in enumerate(content))
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for start, end in segment.split_sentences(text, paragraph.start, paragraph.end):
            sentences.append(Sentence(len(sentences), text[start:end], start, end, paragraph.index))
    words: list[Word] = []
    if title is not None:
        words.extend(_words(text, title.start, title.end, None))
    for sentence in sentences:
        words.extend(_words(text, sentence.start, sentence.end, sentence.index))

    return Article(
        text=text,
        title=title,
        dateline=dateline,
        byline=byline,
        lead=paragraphs[0] if paragraphs else None,
        sapo=sapo,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        words=tuple(words),
        noise_lines=noise,
        warnings=warnings,
    )


def _split_lines(text: str) -> list[_Line]:
    """Non-blank lines with surrounding white space trimmed, each with the count of blank lines before it."""
    lines: list[_Line] = []
    gap = 0
    position = 0
    for match in [*_LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        raw = text[position:end]
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            lines.append(_Line(start, start + len(stripped), gap if lines else 0))
            gap = 0
        else:
            gap += 1
        if match is None:
            break
        position = match.end()
    return lines


def _slice(text: str, line: _Line) -> str:
    return text[line.start : line.end]


def _noise(text: str, line: _Line) -> NoiseLine | None:
    content = _slice(text, line)
    kind = None
    if not any(ch.isalnum() for ch in content):
        kind = "punctuation"
    elif _PHOTO_CREDIT.match(content) or (len(content) <= _MAX_CAPTION_CHARS and _CAPTION_CREDIT.search(content)):
        kind = "photo_credit"
    elif (_MEDIA_LABEL.match(content) and _is_label(content)) or _PLAYER_LABEL.match(content):
        kind = "media_label"
    return NoiseLine(content, line.start, line.end, kind) if kind else None


def _is_label(content: str) -> bool:
    """``Video: …`` / ``Clip: …``, or a short video title with no sentence-final punctuation."""
    head = content.lstrip("( ").split(None, 1)[0]
    if head.endswith(":") or content.lstrip("( ")[len(head) :].lstrip().startswith(":"):
        return True
    return len(content.split()) <= 20 and content.rstrip()[-1] not in '.!?…"”'


def _take_dateline(
    text: str, content: list[_Line], begin: int, end: int, options: ParseOptions
) -> tuple[Dateline | None, tuple[str, ...], list[_Line]]:
    """Find the publication line among ``content[begin:end]``; return it, its warnings and the rest."""
    for position in range(begin, min(end, len(content))):
        line = content[position]
        parsed = parse_dateline(_slice(text, line), options.tz)
        if parsed is not None:
            dateline = Dateline(_slice(text, line), line.start, line.end, parsed.published, parsed.weekday)
            return dateline, parsed.warnings, content[:position] + content[position + 1 :]
    return None, (), content


def _take_sapo(text: str, lines: list[_Line], content: list[_Line]) -> tuple[Span | None, list[_Line]]:
    """Split off a trailing lead summary set apart by more blank lines than any paragraph break."""
    if len(content) < 2:
        return None, content
    last = content[-1]
    if last is not lines[-1] or last.gap < _SAPO_MIN_GAP:
        return None, content
    body_gaps = [line.gap for line in content[1:-1]]
    if body_gaps and max(body_gaps) >= last.gap:
        return None, content
    sapo_text = _slice(text, last)
    if len(sapo_text.split()) < _SAPO_MIN_WORDS or read_byline(sapo_text) is not None:
        return None, content
    return Span(sapo_text, last.start, last.end), content[:-1]


def _take_byline(text: str, content: list[_Line]) -> tuple[Byline | None, list[_Line]]:
    """Split off a byline from the last one or two body lines; an article with one paragraph has none."""
    if len(content) < 2:
        return None, content
    last = _tail_unit(text, content, len(content))
    last_parts = _unit_byline(last[1])
    if last[0] >= 2 and content[last[0]].gap <= 1:
        before = _tail_unit(text, content, last[0])
        before_parts = _unit_byline(before[1]) if before[0] >= 1 else None
        combined = _combine(before_parts, last_parts)
        if combined is not None:
            return _byline(text, content[before[0]], content[-1], combined), content[: before[0]]
    if last_parts is None or last[0] < 1:
        return None, content
    return _byline(text, content[last[0]], content[-1], last_parts), content[: last[0]]


def _tail_unit(text: str, content: list[_Line], stop: int) -> tuple[int, str]:
    """The line before ``stop`` as (first index, text), joined to a dangling ``Theo`` line above it."""
    first = stop - 1
    joined = _slice(text, content[first])
    if first >= 1 and content[first].gap <= 1 and _DANGLING_THEO.search(_slice(text, content[first - 1])):
        first -= 1
        joined = f"{_slice(text, content[first])} {joined}"
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
        return BylineParts(first.author, second.source)
    if first.author is None and first.source and second.author and second.source is None:
        return BylineParts(second.author, first.source)
    return None


def _byline(text: str, first: _Line, last: _Line, parts: BylineParts) -> Byline:
    return Byline(text[first.start : last.end], first.start, last.end, parts.author, parts.source)


def _words(text: str, start: int, end: int, sentence: int | None) -> list[Word]:
    return [Word(text[s:e], s, e, sentence) for s, e in segment.segment_words(text, start, end)]
