"""Raw article text -> Article: title, dateline, byline, lead, sapo, paragraphs, noise, sentences, words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvcli import segment
from dvcli.byline import BylineParts, read_byline, read_source
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
# A caption ending in its credit: "Bà bầu cũng đứng xếp hàng. Ảnh: Dân Việt." or "… - Ảnh: TNO".
_CAPTION_CREDIT = re.compile(r"(?:[.\-–]\s*|\(\s*)(?:ảnh|nguồn\s+ảnh)\s*:\s*[^.!?]{1,40}\)?\.?$", re.IGNORECASE)
_MEDIA_LABEL = re.compile(r"^\(?\s*(?:video|clip)\b", re.IGNORECASE)
# What a scraped video player leaves behind as a line of its own.
_PLAYER_LABEL = re.compile(r"^(?:play|replay|xem\s+video|xem\s+clip)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    gap: int  # blank lines between this line and the previous non-blank line


def parse_article(text: str, options: ParseOptions = ParseOptions()) -> Article:
    """Return the Article that ``text`` holds; every span's offsets slice its text out of ``text``.

    Never raises: an empty or white-space-only text gives an Article with no title and empty tuples.
    """
    lines = _split_lines(text)
    # The first line with a letter or digit is the title even if it reads like a label ("Clip: …").
    first = next((line for line in lines if any(ch.isalnum() for ch in _slice(text, line))), None)
    noise = tuple(n for n in (_noise(text, line) for line in lines if line is not first) if n is not None)
    noisy = {n.start for n in noise}
    content = [line for line in lines if line.start not in noisy]
    warnings: list[str] = []

    title = dateline = None
    if content:
        dateline = _dateline(text, content[0], options)
        if dateline is not None and len(content) > 1:  # the publication line printed above the title
            content = content[1:]
        else:
            dateline = None
        title, content = Span(_slice(text, content[0]), content[0].start, content[0].end), content[1:]
    if dateline is None:
        for position, line in enumerate(content[:_DATELINE_WINDOW]):
            dateline = _dateline(text, line, options)
            if dateline is not None:
                content = content[:position] + content[position + 1 :]
                break
    if dateline is not None:
        warnings.extend(_dateline_warnings(dateline.text, options))

    sapo, content = _take_sapo(text, lines, content, noisy)
    byline, content = _take_byline(text, content)

    paragraphs = tuple(
        Paragraph(index, _slice(text, line), line.start, line.end) for index, line in enumerate(content)
    )
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
        warnings=tuple(warnings),
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
    elif _PHOTO_CREDIT.match(content) or (len(content) <= 300 and _CAPTION_CREDIT.search(content)):
        kind = "photo_credit"
    elif (_MEDIA_LABEL.match(content) and _is_label(content)) or _PLAYER_LABEL.match(content):
        kind = "media_label"
    return NoiseLine(content, line.start, line.end, kind) if kind else None


def _is_label(content: str) -> bool:
    """``Video: …`` / ``Clip: …``, or a short video title with no sentence-final punctuation."""
    head = content.lstrip("( ").split(None, 1)[0]
    if head.endswith(":") or content.lstrip("( ")[len(head) :].lstrip().startswith(":"):
        return True
    return len(content.split()) <= 20 and content.rstrip()[-1] not in ".!?…\"”"


def _dateline(text: str, line: _Line, options: ParseOptions) -> Dateline | None:
    parsed = parse_dateline(_slice(text, line), options.tz)
    if parsed is None:
        return None
    return Dateline(_slice(text, line), line.start, line.end, parsed.published, parsed.weekday)


def _dateline_warnings(line: str, options: ParseOptions) -> tuple[str, ...]:
    parsed = parse_dateline(line, options.tz)
    return parsed.warnings if parsed else ()


def _take_sapo(text: str, lines: list[_Line], content: list[_Line], noisy: set[int]) -> tuple[Span | None, list[_Line]]:
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
    last = content[-1]
    last_text = _slice(text, last)
    if len(content) >= 3 and last.gap <= 1:
        # "Kim Thanh" + "(T/h)", "Nguyễn Minh" + "(theo Reuters)", "Minh Anh" + "Theo VnExpress"
        first = content[-2]
        name = read_byline(_slice(text, first))
        source = read_source(last_text) if last_text.lstrip().startswith("(") else None
        tail = read_byline(last_text)
        if source is None and tail is not None and tail.author is None:
            source = tail.source
        if name is not None and name.author is not None and name.source is None and source is not None:
            return _byline(text, first, last, BylineParts(name.author, source)), content[:-2]
    parts = read_byline(last_text)
    if parts is None:
        return None, content
    return _byline(text, last, last, parts), content[:-1]


def _byline(text: str, first: _Line, last: _Line, parts: BylineParts) -> Byline:
    return Byline(text[first.start : last.end], first.start, last.end, parts.author, parts.source)


def _words(text: str, start: int, end: int, sentence: int | None) -> list[Word]:
    return [Word(text[s:e], s, e, sentence) for s, e in segment.segment_words(text, start, end)]
