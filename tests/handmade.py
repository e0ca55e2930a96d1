"""Build small Articles by hand for ranker and keyword tests, independent of the parser and segmenter.

Sentences are written with ``_`` joining the syllables of a multi-syllable word (``công_tác``); the
article text has spaces there, and each such token becomes one ``Word``.
"""

from __future__ import annotations

from dvcli.model import Article, Paragraph, Sentence, Span, Word
from dvcli.text.tokens import LineRole, build_token_table

_PUNCTUATION = '.,;:!?"“”()'


class _Writer:
    def __init__(self) -> None:
        self.text = ""
        self.words: list[Word] = []

    def write(self, raw: str, sentence: int | None) -> tuple[int, int]:
        start = len(self.text)
        for n, token in enumerate(raw.split()):
            if n:
                self.text += " "
            core = token.strip(_PUNCTUATION)
            lead = token.index(core) if core else len(token)
            shown = token.replace("_", " ")
            if core:
                begin = len(self.text) + lead
                surface = core.replace("_", " ")
                self.words.append(Word(Span(surface, begin, begin + len(surface)), sentence))
            self.text += shown
        return start, len(self.text)


def make_article(title: str | None, paragraphs: list[list[str]]) -> Article:
    """Return an Article with the given title and paragraphs (each a list of sentences)."""
    writer = _Writer()
    title_span = None
    if title is not None:
        start, end = writer.write(title, None)
        title_span = Span(writer.text[start:end], start, end)
    paras: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p, paragraph in enumerate(paragraphs):
        if writer.text:
            writer.text += "\n\n"
        para_start = len(writer.text)
        for k, raw in enumerate(paragraph):
            if k:
                writer.text += " "
            start, end = writer.write(raw, len(sentences))
            sentences.append(Sentence(len(sentences), Span(writer.text[start:end], start, end), p))
        paras.append(Paragraph(p, Span(writer.text[para_start:], para_start, len(writer.text))))
    lead = paras[0] if paras else None
    lines = [(s.start, s.end, LineRole.TITLE) for s in [title_span] if s is not None]
    lines += [(p.start, p.end, LineRole.PARAGRAPH) for p in paras]
    tokens = build_token_table(
        writer.text, lines, [(s.start, s.end) for s in sentences], [(w.start, w.end) for w in writer.words]
    )
    return Article(
        writer.text, title_span, None, None, lead, None, tuple(paras), tuple(sentences), tuple(writer.words), (), tokens
    )
