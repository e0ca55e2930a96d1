"""Keywords and keyphrases: multi-syllable words and runs of whole words, scored against the corpus IDF."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dvcli.model import Article, Keyword, Word
from dvcli.text.terms import is_content, word_idf

# Longest keyphrase, in words: longer runs are clauses rather than names of a topic.
MAX_PHRASE_WORDS = 3
# A run of several words is a keyphrase only if it recurs; once, it is just a stretch of text.
MIN_PHRASE_COUNT = 2
# An occurrence in the title counts as much as this many in the body: editors name the topic there. (Measured
# on the dev sets: 1 < 2 < 3 < 5 in keyword hits; an extra weight for the lead sentence lowered them.)
TITLE_WEIGHT = 5.0


@dataclass(slots=True)
class _Candidate:
    parts: tuple[str, ...]
    weight: float = 0.0
    count: int = 0
    forms: Counter[str] = field(default_factory=Counter)
    first: int = 0


def _runs(article: Article) -> list[list[tuple[Word, str]]]:
    """Return the runs of content words (with their folded keys) with only white space between them, title and
    sentences apart.

    A punctuation mark, a stop word or a sentence boundary ends a run, so no keyphrase crosses one.
    """
    runs: list[list[tuple[Word, str]]] = []
    current: list[tuple[Word, str]] = []
    previous: Word | None = None
    for word, key in zip(article.words, article.tokens.word_keys, strict=True):
        joined = (
            previous is not None
            and previous.sentence == word.sentence
            and article.text[previous.end : word.start].isspace()
        )
        if not joined and current:
            runs.append(current)
            current = []
        if is_content(key) and not any(ch.isdigit() for ch in key):
            current.append((word, key))
        elif current:
            runs.append(current)
            current = []
        previous = word
    if current:
        runs.append(current)
    return runs


def _surface(article: Article, words: list[tuple[Word, str]]) -> str:
    return article.text[words[0][0].start : words[-1][0].end]


def _repeats(candidates: dict[str, _Candidate], key: str, better: str) -> bool:
    """Whether ``key`` only repeats the better-ranked keyword ``better``.

    It does if it contains it, if the two overlap at their ends ("khối đại đoàn kết toàn" after "đại đoàn
    kết toàn dân tộc"), or if it lies inside it and occurs no more often on its own.
    """
    mine, theirs = candidates[key].parts, candidates[better].parts
    if _inside(theirs, mine):
        return True
    if _inside(mine, theirs):
        return candidates[key].count <= candidates[better].count
    shorter = min(len(mine), len(theirs))
    return any(mine[-k:] == theirs[:k] or theirs[-k:] == mine[:k] for k in range(1, shorter))


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def extract_keywords(article: Article, limit: int = 10) -> tuple[Keyword, ...]:
    """Return up to ``limit`` keywords of ``article``, best first; never raises.

    A keyword is a word of two or more syllables, or a recurring run of up to :data:`MAX_PHRASE_WORDS`
    whole content words. Its score is its weighted count times its rarity in the news corpus (IDF); a
    candidate that repeats a better one (see :func:`_repeats`) is dropped.
    """
    if limit <= 0:
        return ()
    candidates: dict[str, _Candidate] = {}
    order = 0
    for run in _runs(article):
        for size in range(1, MAX_PHRASE_WORDS + 1):
            for i in range(len(run) - size + 1):
                words = run[i : i + size]
                if size == 1 and " " not in words[0][1]:
                    continue  # a word of one syllable is no keyword on its own
                surface = _surface(article, words)
                # Words in a run are apart by white space only, so the phrase folds to its words' keys.
                key = " ".join(k for _, k in words)
                sentence = words[0][0].sentence
                weight = TITLE_WEIGHT if sentence is None else 1.0
                candidate = candidates.get(key)
                if candidate is None:
                    parts = tuple(k for _, k in words)
                    candidate = candidates[key] = _Candidate(parts, first=order)
                candidate.weight += weight
                candidate.count += 1
                candidate.forms[surface] += 1
                order += 1
    scored: list[tuple[float, int, str]] = []
    for key, candidate in candidates.items():
        size = len(candidate.parts)
        if size > 1 and candidate.count < MIN_PHRASE_COUNT:
            continue
        # A phrase is as rare as its words on average, grown with its length (log-scaled) so that a
        # recurring phrase outranks its own parts.
        idf = sum(word_idf(p) for p in candidate.parts) / size * (1 + math.log(size))
        scored.append((candidate.weight * idf, candidate.first, key))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[tuple[float, str]] = []
    for score, _first, key in scored:
        if not any(_repeats(candidates, key, other) for _s, other in chosen):
            chosen.append((score, key))
            if len(chosen) == limit:
                break
    result = []
    for score, key in chosen:
        forms = candidates[key].forms
        # The most frequent surface form; among equals, the one seen first (Counter keeps insertion order).
        text = max(forms.items(), key=lambda item: item[1])[0]
        result.append(Keyword(text, score, candidates[key].count))
    return tuple(result)
