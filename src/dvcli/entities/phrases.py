"""One readable line as the entity rules see it (a view of the token table), and phrase tables matched on it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, KeysView
from dataclasses import dataclass, field
from typing import Any

# A token's lookup key is its folded key; re-exported under the short name the entity rules use.
from dvcli.text.fold import fold as key
from dvcli.text.tokens import CAPITALISED, TOKEN, TokenLine, TokenTable


def is_cap(token: str) -> bool:
    """True for a word that starts with a capital letter (``Hưởng``, ``MTTQ``, ``H``)."""
    return token[0].isupper()


def is_upper(token: str) -> bool:
    """True for an all-capitals word of two or more letters (``MTTQ``, ``TP``)."""
    return len(token) > 1 and token.isupper()


@dataclass(slots=True)
class Candidate:
    """An entity found by a detector, before the final ``Entity`` is built."""

    type: str
    start: int
    end: int
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Line:
    """One line of the article: its tokens (words and single punctuation marks) with offsets into ``text``."""

    text: str
    start: int
    end: int
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    caps: list[bool] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, table: TokenTable, line: TokenLine) -> Line:
        """The tokens of ``line``, read from the article's token table."""
        a, b = line.first, line.stop
        return cls(
            text,
            line.start,
            line.end,
            starts=list(table.starts[a:b]),
            ends=list(table.ends[a:b]),
            words=list(table.texts[a:b]),
            keys=list(table.keys[a:b]),
            caps=[bool(flags & CAPITALISED) for flags in table.flags[a:b]],
        )

    def __len__(self) -> int:
        return len(self.words)

    def joined(self, i: int) -> bool:
        """True if token ``i`` follows token ``i - 1`` after exactly one space (one name, not two)."""
        if not 0 < i < len(self.starts):
            return False
        return self.starts[i] - self.ends[i - 1] == 1 and self.text[self.ends[i - 1]] == " "

    def touching(self, i: int) -> bool:
        """True if token ``i`` follows token ``i - 1`` with nothing between them."""
        return 0 < i < len(self.starts) and self.starts[i] == self.ends[i - 1]

    def index_at(self, offset: int) -> int:
        """Return the index of the first token starting at or after ``offset`` (``len(self)`` if none)."""
        return bisect_left(self.starts, offset)

    def cap(self, i: int) -> bool:
        """True if token ``i`` exists and starts with a capital letter."""
        return 0 <= i < len(self.caps) and self.caps[i]


class PhraseTable:
    """Phrases (sequences of tokens) looked up by their first token, longest match first."""

    def __init__(self, phrases: Iterable[str], value: Any = None) -> None:
        # Each entry: the keys of the phrase's tokens, the gaps between them ("" or " "), the phrase, its value,
        # and which tokens are capitalised when they must match with their case.
        self._by_first: dict[str, list[tuple[list[str], tuple[str, ...], str, Any, list[bool] | None]]] = {}
        for phrase in phrases:
            self.add(phrase, value)

    @property
    def first_keys(self) -> KeysView[str]:
        """The keys of the tokens that start a phrase: a token with another key matches nothing here."""
        return self._by_first.keys()

    def add(self, phrase: str, value: Any, as_written: bool = False) -> None:
        """Add ``phrase``; with ``as_written`` it matches only tokens capitalised as it is (a learned ``Miền
        Đông`` is no match for the lowercase ``miền Đông`` of an organisation's name; ``Hoá`` still matches
        ``Hóa``, since keys fold the placement of the tone)."""
        keys, gaps, caps = _phrase_key(phrase)
        entries = self._by_first.setdefault(keys[0], [])
        entries.append((keys, gaps, phrase, value, caps if as_written else None))
        entries.sort(key=lambda e: -len(e[0]))

    def discard(self, phrase: str) -> None:
        """Remove ``phrase`` if present."""
        first = _phrase_key(phrase)[0][0]
        entries = self._by_first.get(first, [])
        entries[:] = [entry for entry in entries if entry[2] != phrase]
        if not entries:
            self._by_first.pop(first, None)

    def match(self, line: Line, i: int) -> tuple[int, str, Any] | None:
        """Return ``(end_index, phrase, value)`` of the longest phrase starting at token ``i``, or None."""
        keys = line.keys
        if i >= len(keys) or (entries := self._by_first.get(keys[i])) is None:
            return None
        for phrase_keys, gaps, phrase, value, written in entries:
            # Compare the tokens in one slice first; the gaps between them only for a phrase whose tokens match.
            end = i + len(phrase_keys)
            if (
                end <= len(keys)
                and keys[i:end] == phrase_keys
                and (written is None or line.caps[i:end] == written)
                and all(_gap(line, i + k) == gap for k, gap in enumerate(gaps))
            ):
                return end, phrase, value
        return None


def _gap(line: Line, i: int) -> str:
    # The gap after token ``i``: "" (touching), " " (spaces) or "\x00" (anything else).
    gap = line.text[line.ends[i] : line.starts[i + 1]]
    return "" if not gap else (" " if gap.isspace() and "\n" not in gap else "\x00")


def _phrase_key(phrase: str) -> tuple[list[str], tuple[str, ...], list[bool]]:
    """Return the keys of the tokens of ``phrase``, the gaps between them ("" touching, " " spaced) and whether
    each token is capitalised."""
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(phrase)]
    keys = [key(phrase[s:e]) for s, e in spans]
    gaps = tuple("" if s == spans[n - 1][1] else " " for n, (s, e) in enumerate(spans) if n)
    return keys, gaps, [phrase[s].isupper() for s, _ in spans]
