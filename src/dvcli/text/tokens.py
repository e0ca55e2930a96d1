"""The token table: every word piece and punctuation mark of an article's readable lines, built once by parsing.

Later stages (entities, typos, keywords, summaries) read their tokens, folded keys and line, sentence and word ids
from this table instead of tokenizing the text again. A token is a run of letters and digits (``Hưởng``, ``29``,
``10h30``) or one punctuation mark; the underscore and white space are never part of one. The word segmenter has
its own syllable units (``segment.syllables``), which keep numbers and abbreviations whole; the table records, for
each of its tokens, the word (from the segmenter) that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from dvcli.text.fold import fold

TOKEN = re.compile(r"[^\W_]+|[^\w\s]")

# Shape flags of a token, OR-ed together.
CAPITALISED = 1  # starts with a capital letter (Hưởng, MTTQ, H)
LETTERS = 2  # letters only: no digit, no punctuation (a syllable a spelling check can read)
PUNCTUATION = 4  # a single punctuation mark


class LineRole(str, Enum):
    """What a readable line of the article is."""

    TITLE = "title"
    PARAGRAPH = "paragraph"
    BYLINE = "byline"
    SAPO = "sapo"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class TokenLine:
    """A readable line: its span in the text, its tokens ``first`` to ``stop`` (exclusive), and its role."""

    start: int
    end: int
    first: int
    stop: int
    role: LineRole


@dataclass(frozen=True, slots=True)
class TokenTable:
    """The tokens of the article's readable lines (title, paragraphs, byline, sapo, photo captions), in text order,
    column by column: ``starts[i]``/``ends[i]`` slice token ``i`` out of the text; ``keys[i]`` is its folded
    look-up key; ``flags[i]`` its shape flags; ``sentences[i]`` and ``words[i]`` the index of the sentence and of
    the article word holding it (``-1``: none). ``word_keys[w]`` is the folded key of article word ``w``.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]
    keys: tuple[str, ...]
    flags: tuple[int, ...]
    sentences: tuple[int, ...]
    words: tuple[int, ...]
    lines: tuple[TokenLine, ...]
    word_keys: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def lines_of(self, *roles: LineRole) -> tuple[TokenLine, ...]:
        """The readable lines with one of ``roles``, in text order."""
        return tuple(line for line in self.lines if line.role in roles)


@lru_cache(maxsize=1 << 16)
def _flags(token: str) -> int:
    first = token[0]
    flags = CAPITALISED if first.isupper() and first.isalpha() else 0
    if not first.isalnum():
        return flags | PUNCTUATION
    # Letters as a regex sees them ([^\W\d_]): alphanumeric but not a decimal digit.
    if all(ch.isalnum() and not ch.isdecimal() for ch in token):
        flags |= LETTERS
    return flags


def _owners(starts: Sequence[int], spans: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """For each token start, the index of the span (sorted, not overlapping) holding it, or -1: one linear walk."""
    owners = []
    k = 0
    for start in starts:
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        owners.append(k if k < len(spans) and spans[k][0] <= start else -1)
    return tuple(owners)


def build_token_table(
    text: str,
    lines: Sequence[tuple[int, int, LineRole]],
    sentences: Sequence[tuple[int, int]],
    words: Sequence[tuple[int, int]],
) -> TokenTable:
    """Return the token table of ``text``'s readable ``lines`` ((start, end, role), in text order), given the spans
    of the article's sentences and words (each in text order). Linear in the length of the lines."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    table_lines: list[TokenLine] = []
    # Tokens repeat: one string object per distinct token (and ``fold`` returns one per distinct key).
    seen: dict[str, str] = {}
    shared = seen.setdefault
    for start, end, role in lines:
        first = len(starts)
        for match in TOKEN.finditer(text, start, end):
            starts.append(match.start())
            ends.append(match.end())
            texts.append(shared(token := match.group(), token))
        table_lines.append(TokenLine(start, end, first, len(starts), role))
    return TokenTable(
        starts=tuple(starts),
        ends=tuple(ends),
        texts=tuple(texts),
        keys=tuple(map(fold, texts)),
        flags=tuple(map(_flags, texts)),
        sentences=_owners(starts, sentences),
        words=_owners(starts, words),
        lines=tuple(table_lines),
        word_keys=tuple(fold(text[s:e]) for s, e in words),
    )
