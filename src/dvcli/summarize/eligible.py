"""Sentences that are never summary sentences: photo captions, subheadings and datelines left in the body."""

from __future__ import annotations

import re

from dvcli.model import Article, Sentence
from dvcli.parse.dateline import parse_dateline

# A photo credit inside a sentence: "… sáng nay - Ảnh: AFP", "(Ảnh: TTXVN)", "Ảnh minh họa". Scraped bodies run a
# caption into the next sentence, so the credit marks the sentence wherever it sits.
_CAPTION = re.compile(
    r"(?:^|[\-–(.]\s*)(?:ảnh|nguồn\s+ảnh|hình|photo)\s*:\s*\S|\(\s*ảnh\s+minh\s+họa\s*\)|^\s*ảnh\s+minh\s+họa",
    re.IGNORECASE,
)
# A subheading is a short paragraph of its own with no sentence-final mark.
_SUBHEADING_SYLLABLES = 20
_FINAL = frozenset('.!?…"”)')


def exclusion(article: Article, sentence: Sentence, alone: bool) -> str | None:
    """Return why ``sentence`` may not be a summary sentence (``"caption"``, ``"dateline"``, ``"subheading"``),
    or ``None``. ``alone``: the sentence is its paragraph's only one."""
    text = sentence.text
    if _CAPTION.search(text):
        return "caption"
    if parse_dateline(text) is not None:
        return "dateline"
    stripped = text.rstrip()
    if (
        alone
        and len(article.paragraphs) > 1
        and stripped
        and stripped[-1] not in _FINAL
        and len(stripped.split()) <= _SUBHEADING_SYLLABLES
    ):
        return "subheading"
    return None


def exclusions(article: Article) -> tuple[str | None, ...]:
    """Return, for each sentence of ``article``, why it may not be chosen (see :func:`exclusion`) or ``None``."""
    per_paragraph: dict[int, int] = {}
    for sentence in article.sentences:
        per_paragraph[sentence.paragraph] = per_paragraph.get(sentence.paragraph, 0) + 1
    return tuple(exclusion(article, s, per_paragraph[s.paragraph] == 1) for s in article.sentences)
