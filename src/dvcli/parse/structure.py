"""Raw article text -> Article: title, dateline, byline, lead, sapo, paragraphs, noise, sentences, words, tokens."""

from __future__ import annotations

import re

from dvcli import segment
from dvcli.model import Article, NoiseLine, Paragraph, Sentence, Span, Word
from dvcli.options import ParseOptions
from dvcli.parse.byline import read_byline
from dvcli.parse.dateline import take_dateline
from dvcli.parse.lines import TextLine, split_lines
from dvcli.parse.noise import noise_line
from dvcli.parse.tail import take_byline
from dvcli.text.tokens import LineRole, build_token_table

# How many lines after the title may hold the publication line.
_DATELINE_WINDOW = 3
# The baomoi layout puts the sapo after three blank lines; two is the least we read as that break.
_SAPO_MIN_GAP = 2
_SAPO_MIN_WORDS = 8
# A first line longer than any headline (the longest in the news corpus is under 200 characters), or one that holds
# several sentences ending in a full stop, opens the body of an article that has no title.
_MAX_TITLE_CHARS = 300
_SENTENCE_END = re.compile(r"[.!?…](?=\s+\w)")

_DEFAULTS = ParseOptions()


def parse_article(text: str, options: ParseOptions = _DEFAULTS) -> Article:
    """Return the Article that ``text`` holds; every span's offsets slice its text out of ``text``.

    Never raises: an empty or white-space-only text gives an Article with no title and empty tuples.
    """
    lines = split_lines(text)
    # The first line with a letter or digit is the title even if it reads like a label ("Clip: …").
    first = next((line for line in lines if any(ch.isalnum() for ch in line.of(text))), None)
    noise_by_start: dict[int, NoiseLine] = {}
    for line in lines:
        if line is not first and (noise := noise_line(text, line)) is not None:
            noise_by_start[line.start] = noise
    content = [line for line in lines if line.start not in noise_by_start]
    title = None
    dateline, warnings, content = take_dateline(text, content, 0, 1, options.tz)
    if dateline is not None and not content:  # a lone date line is the title, not a dateline
        dateline, warnings, content = None, (), [line for line in lines if line.start not in noise_by_start]
    if content and _reads_as_title(content[0].of(text)):
        title, content = Span(content[0].of(text), content[0].start, content[0].end), content[1:]
    if dateline is None:
        dateline, warnings, content = take_dateline(text, content, 0, _DATELINE_WINDOW, options.tz)

    sapo, content = _take_sapo(text, lines, content)
    byline, content = take_byline(text, content)

    paragraphs = tuple(
        Paragraph(index, Span(line.of(text), line.start, line.end)) for index, line in enumerate(content)
    )
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for start, end in segment.split_sentences(text, paragraph.start, paragraph.end):
            sentences.append(Sentence(len(sentences), Span(text[start:end], start, end), paragraph.index))
    words: list[Word] = []
    # Words repeat (Zipf): one string object per distinct word keeps a long article's memory in bounds.
    seen: dict[str, str] = {}
    if title is not None:
        words.extend(_words(text, title.start, title.end, None, seen))
    for sentence in sentences:
        words.extend(_words(text, sentence.start, sentence.end, sentence.index, seen))

    roles = {line.start: LineRole.PARAGRAPH for line in content}
    if title is not None:
        roles[title.start] = LineRole.TITLE
    if sapo is not None:
        roles[sapo.start] = LineRole.SAPO
    for line in lines:
        noise = noise_by_start.get(line.start)
        if noise is not None and noise.kind == "photo_credit":
            roles[line.start] = LineRole.CAPTION
        elif byline is not None and byline.start <= line.start < byline.end:
            roles[line.start] = LineRole.BYLINE
    readable = [(line.start, line.end, roles[line.start]) for line in lines if line.start in roles]
    tokens = build_token_table(text, readable, [(s.start, s.end) for s in sentences], [(w.start, w.end) for w in words])
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
        noise_lines=tuple(noise_by_start.values()),
        tokens=tokens,
        warnings=warnings,
    )


def _reads_as_title(line: str) -> bool:
    """Whether the first line can be a headline rather than the first paragraph of an untitled article."""
    if len(line) > _MAX_TITLE_CHARS:
        return False
    return not (line.endswith(".") and _SENTENCE_END.search(line) is not None)


def _take_sapo(text: str, lines: list[TextLine], content: list[TextLine]) -> tuple[Span | None, list[TextLine]]:
    """Split off a trailing lead summary set apart by more blank lines than any paragraph break."""
    if len(content) < 2:
        return None, content
    last = content[-1]
    if last is not lines[-1] or last.gap < _SAPO_MIN_GAP:
        return None, content
    body_gaps = [line.gap for line in content[1:-1]]
    if body_gaps and max(body_gaps) >= last.gap:
        return None, content
    sapo_text = last.of(text)
    if len(sapo_text.split()) < _SAPO_MIN_WORDS or read_byline(sapo_text) is not None:
        return None, content
    return Span(sapo_text, last.start, last.end), content[:-1]


def _words(text: str, start: int, end: int, sentence: int | None, seen: dict[str, str]) -> list[Word]:
    shared = seen.setdefault
    return [
        Word(Span(shared(word := text[s:e], word), s, e), sentence) for s, e in segment.segment_words(text, start, end)
    ]
