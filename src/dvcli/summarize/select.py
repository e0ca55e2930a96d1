"""Choosing sentences: the budget in sentences or words, and Maximal Marginal Relevance with a duplicate guard."""

from __future__ import annotations

from collections.abc import Sequence

from dvcli.options import SummaryOptions
from dvcli.summarize.features import Vector

# With redundancy removal on, a sentence this similar (cosine) to a chosen one is a repeat, never chosen: the
# redundancy penalty alone is kept mild because topic words recur in every good sentence.
DUPLICATE_SIMILARITY = 0.8


def budget(options: SummaryOptions, n: int) -> tuple[int, int | None]:
    """Return (the most sentences, the most words) the summary may hold."""
    if options.words is not None:
        return n, max(options.words, 0)
    if options.ratio is not None:
        return min(n, max(1, round(options.ratio * n))), None
    return min(n, max(options.sentences, 0)), None


def select(
    scores: Sequence[float],
    vectors: Sequence[Vector],
    lengths: Sequence[int],
    max_sentences: int,
    max_words: int | None,
    redundancy: float,
    paragraphs: Sequence[int] | None = None,
    paragraph_penalty: float = 0.0,
) -> list[int]:
    """Return the indices of the chosen sentences, in the order chosen (Maximal Marginal Relevance).

    Each step takes the sentence whose score minus ``redundancy`` × its highest similarity to a chosen
    sentence is largest (ties go to the earlier sentence); a sentence whose paragraph (``paragraphs[i]``)
    already gave a sentence also loses ``paragraph_penalty``. When ``redundancy`` is on, a near-duplicate
    of a chosen sentence (:data:`DUPLICATE_SIMILARITY`) comes only after every other sentence. With a word
    budget, sentences that no longer fit are skipped; the first choice is always kept so a tiny budget still
    yields a sentence.
    """
    n = len(scores)
    overlap = [0.0] * n
    # An inverted index makes each step's similarity update cost the postings of one sentence, not n dots.
    postings: dict[str, list[int]] = {}
    if redundancy > 0:
        for i, vector in enumerate(vectors):
            for term in vector:
                postings.setdefault(term, []).append(i)
    chosen: list[int] = []
    taken = [False] * n
    covered: set[int] = set()
    words_left = max_words
    while len(chosen) < max_sentences:
        # Ranked by (not a repeat, value): a repeat is taken only when nothing else is left.
        best, best_rank = -1, (False, float("-inf"))
        for i in range(n):
            if taken[i] or (words_left is not None and chosen and lengths[i] > words_left):
                continue
            value = scores[i] - redundancy * overlap[i]
            if paragraphs is not None and paragraphs[i] in covered:
                value -= paragraph_penalty
            rank = (redundancy <= 0 or overlap[i] < DUPLICATE_SIMILARITY, value)
            if rank > best_rank:
                best, best_rank = i, rank
        if best < 0:
            break
        chosen.append(best)
        taken[best] = True
        if paragraphs is not None:
            covered.add(paragraphs[best])
        if words_left is not None:
            words_left -= lengths[best]
            if words_left <= 0:
                break
        if redundancy > 0:
            sims: dict[int, float] = {}
            for term, weight in vectors[best].items():
                for j in postings[term]:
                    sims[j] = sims.get(j, 0.0) + weight * vectors[j][term]
            for j, sim in sims.items():
                overlap[j] = max(overlap[j], sim)
    return chosen
