"""Read UD Vietnamese-VTB CoNLL-U files into texts with gold word spans (shared by the segmentation scripts)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# The treebank writes brackets as LBKT/RBKT tokens.
_BRACKETS = {"LBKT": "(", "RBKT": ")"}
_WORDLIKE = re.compile(r"\w")


@dataclass(frozen=True)
class GoldSentence:
    """A gold sentence: its forms joined by single spaces, and each form's (start, end) in that text."""

    text: str
    words: list[tuple[int, int]]


def read_conllu(path: Path, limit: int | None = None) -> list[GoldSentence]:
    """Return the sentences of a CoNLL-U file (multi-word token ranges skipped), at most ``limit`` of them."""
    sentences: list[GoldSentence] = []
    forms: list[str] = []

    def flush() -> None:
        if forms:
            spans, pos = [], 0
            for form in forms:
                spans.append((pos, pos + len(form)))
                pos += len(form) + 1
            sentences.append(GoldSentence(" ".join(forms), spans))
            forms.clear()

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    form = " ".join(cols[1].split())
                    forms.append(_BRACKETS.get(form, form))
    flush()
    return sentences[:limit] if limit else sentences


def is_word(text: str) -> bool:
    """Whether a token is a word (has a letter or digit) rather than punctuation."""
    return bool(_WORDLIKE.search(text))


def detokenize(sentence: GoldSentence) -> str:
    """Return the sentence as it would be printed: no space before closing punctuation or after opening ones."""
    out = ""
    quote_open = False
    for s, e in sentence.words:
        form = sentence.text[s:e]
        if form == '"':
            # Straight quotes alternate: an opening one takes a space before it, a closing one does not.
            out += form if quote_open or not out else " " + form
            quote_open = not quote_open
        elif not out or out.endswith(("(", "“")) or (out.endswith('"') and quote_open) or form in _NO_SPACE_BEFORE:
            out += form
        else:
            out += " " + form
    return out


_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "...", "”", "%"}


def squeeze(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Map character spans of ``text`` to spans over its non-space characters, keeping only word-like ones."""
    before = [0] * (len(text) + 1)
    count = 0
    for i, ch in enumerate(text):
        before[i] = count
        count += not ch.isspace()
    before[len(text)] = count
    return {(before[s], before[e]) for s, e in spans if is_word(text[s:e])}


def align(text: str, words: list[str]) -> set[tuple[int, int]]:
    """Locate a tool's output words in ``text`` by their non-space characters; return their squeezed spans."""
    stripped = "".join(text.split())
    pos = 0
    out: set[tuple[int, int]] = set()
    for word in words:
        compact = "".join(word.split())
        if not compact:
            continue
        at = pos if stripped.startswith(compact, pos) else stripped.find(compact, pos)
        if at < 0:
            continue  # the tool changed the text; the word counts as a miss
        if is_word(compact):
            out.add((at, at + len(compact)))
        pos = at + len(compact)
    return out


@dataclass
class Tally:
    """Running counts for precision, recall and F1."""

    hits: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, gold: set[tuple[int, int]], predicted: set[tuple[int, int]]) -> None:
        self.hits += len(gold & predicted)
        self.gold += len(gold)
        self.predicted += len(predicted)

    def prf(self) -> tuple[float, float, float]:
        p = self.hits / self.predicted if self.predicted else 0.0
        r = self.hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
