"""ROUGE-1, ROUGE-2 and ROUGE-L F1 on lowercased Unicode syllables, for evaluating Vietnamese summaries.

Written here rather than taken from ``rouge-score`` because that package's default tokenizer keeps only ASCII
letters and silently drops most Vietnamese syllables. Kept out of the ``dvcli`` package: it measures the
product, it is not part of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one ROUGE variant (each between 0 and 1)."""

    precision: float
    recall: float
    f1: float


def tokenize(text: str) -> list[str]:
    """Return the lowercased ``\\w+`` tokens (syllables, numbers) of ``text`` after NFC normalisation."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text).lower())


def _score(overlap: int, candidate_total: int, reference_total: int) -> Score:
    precision = overlap / candidate_total if candidate_total else 0.0
    recall = overlap / reference_total if reference_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Return the multiset of the ``n``-grams of ``tokens``."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> Score:
    """Return ROUGE-N of two token sequences: clipped n-gram overlap over each side's n-gram count."""
    cand, ref = ngrams(candidate, n), ngrams(reference, n)
    overlap = sum((cand & ref).values())
    return _score(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Return the length of the longest common subsequence of ``a`` and ``b`` (O(len(a)·len(b)))."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> Score:
    """Return ROUGE-L (summary-level LCS over the whole token sequences, as ``rouge-score``'s ``rougeL``)."""
    return _score(lcs_length(candidate, reference), len(candidate), len(reference))


def rouge_all(candidate: str, reference: str) -> dict[str, Score]:
    """Return ``{"rouge1", "rouge2", "rougeL"}`` scores of two texts, tokenised with :func:`tokenize`."""
    cand, ref = tokenize(candidate), tokenize(reference)
    return {"rouge1": rouge_n(cand, ref, 1), "rouge2": rouge_n(cand, ref, 2), "rougeL": rouge_l(cand, ref)}


def greedy_oracle(sentences: Sequence[Sequence[str]], reference: Sequence[str], k: int = 3) -> list[int]:
    """Return the sentences (indices, sorted) a greedy extractive oracle picks for ``reference``.

    Each step adds the sentence that most raises ROUGE-1 + ROUGE-2 F1 of the chosen sentences joined in document
    order (ties: the earlier sentence), until nothing raises it or ``k`` sentences are chosen.
    """
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < k:
        gains = []
        for i in range(len(sentences)):
            if i in chosen:
                continue
            cand = [t for j in sorted([*chosen, i]) for t in sentences[j]]
            gains.append((rouge_n(cand, reference, 1).f1 + rouge_n(cand, reference, 2).f1, -i))
        if not gains or max(gains)[0] <= best:
            break
        best, neg = max(gains)
        chosen.append(-neg)
    return sorted(chosen)
