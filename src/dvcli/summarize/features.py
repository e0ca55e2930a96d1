"""Sentence features for extractive ranking: TF-IDF vectors, graph centrality, title similarity, position.

Everything here costs time linear in the number of (sentence, term) pairs: the similarity graph is never built
as an n×n matrix (see :func:`pagerank`), so a 2,000-sentence article ranks as fast as twenty short ones.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import mul

from dvcli.text.terms import is_content, word_idf

Vector = dict[str, float]


def tfidf_vector(words: Sequence[str]) -> Vector:
    """Return the L2-normalised TF-IDF vector of the content words in ``words`` (IDF from the corpus)."""
    counts = Counter(w for w in words if is_content(w))
    vector = {w: c * word_idf(w) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


def dot(a: Vector, b: Vector) -> float:
    """Return the dot product of two sparse vectors (their cosine when both are normalised)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def pagerank(vectors: Sequence[Vector], damping: float = 0.85, iterations: int = 60) -> list[float]:
    """Return continuous LexRank / TextRank scores (summing to 1) over the cosine-similarity graph.

    The edge weight between sentences i and j is ``v_i · v_j``, so the product of the weight matrix with a
    score vector x is ``v_i · (Σ_j x_j v_j) - x_i`` (minus the self-loop): one pass over the vectors instead
    of n² similarities. Sentences with no similar sentence spread their score evenly, as in PageRank.
    """
    n = len(vectors)
    if n == 0:
        return []
    # Terms become column numbers and every sum runs inside ``map``: a long article iterates 60 times over
    # every (sentence, term) pair, and this keeps the Python-level work per term and per sentence. Each sum
    # adds the same products in the same order as the dictionary arithmetic it replaces, so the floats agree.
    columns: dict[str, int] = {}
    rows = [([columns.setdefault(term, len(columns)) for term in v], list(v.values())) for v in vectors]
    postings: list[tuple[list[int], list[float]]] = [([], []) for _ in columns]
    for i, (terms, values) in enumerate(rows):
        for term, value in zip(terms, values, strict=True):
            sentences, weights = postings[term]
            sentences.append(i)
            weights.append(value)

    def spread_of(share: Sequence[float]) -> list[float]:
        """Σ_j share_j v_j, as a dense vector over the columns."""
        return [sum(map(mul, weights, map(share.__getitem__, sentences))) for sentences, weights in postings]

    def products(spread: list[float]) -> list[float]:
        """v_i · spread for every sentence i."""
        return [sum(map(mul, values, map(spread.__getitem__, terms))) for terms, values in rows]

    degree = [max(d - (1.0 if v else 0.0), 0.0) for d, v in zip(products(spread_of([1.0] * n)), vectors, strict=True)]
    linked = [deg > 1e-12 for deg in degree]
    scores = [1.0 / n] * n
    for _ in range(iterations):
        share = [score / deg if link else 0.0 for score, deg, link in zip(scores, degree, linked, strict=True)]
        dangling = sum(score for score, link in zip(scores, linked, strict=True) if not link)
        new = [
            (1 - damping) / n + damping * (dangling / n + (product - own))
            for product, own in zip(products(spread_of(share)), share, strict=True)
        ]
        total = sum(new)
        new = [x / total for x in new]
        delta = sum(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if delta < 1e-9:
            break
    return scores


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """Per-sentence signals, each scaled to 0..1 over the article (1 = the strongest sentence)."""

    position: tuple[float, ...]
    title: tuple[float, ...]
    centrality: tuple[float, ...]
    length: tuple[float, ...]


def _scaled(values: Sequence[float]) -> tuple[float, ...]:
    top = max(values, default=0.0)
    return tuple(v / top if top > 0 else 0.0 for v in values)


def places(paragraphs: Sequence[int]) -> list[tuple[int, int]]:
    """Return each sentence's (paragraph rank, rank within its paragraph), both from 0, given its paragraph."""
    result: list[tuple[int, int]] = []
    for i, paragraph in enumerate(paragraphs):
        if i and paragraphs[i - 1] == paragraph:
            rank, within = result[-1][0], result[-1][1] + 1
        else:
            rank, within = (result[-1][0] + 1 if result else 0), 0
        result.append((rank, within))
    return result


def compute_features(
    words: Sequence[Sequence[str]],
    where: Sequence[tuple[int, int]],
    vectors: Sequence[Vector],
    title_vector: Vector,
    centrality: Sequence[float],
    ideal_length: float,
    position_decay: float,
) -> SentenceFeatures:
    """Return the features of every sentence from its words, its vector and the title's vector.

    ``where`` holds each sentence's place from :func:`places`. Position scores
    ``1 / ((p + 1) * (j + 1)) ** position_decay`` for the j-th sentence of the p-th paragraph: news puts its
    key facts first and each paragraph opens with its point; in a one-paragraph text this is simply
    ``1 / (i + 1) ** position_decay``. The decay is gentle so a later sentence that matches the title competes.

    ``ideal_length`` is the sentence length (in syllables) that scores best: news abstracts are short, so a
    sentence far longer (or a fragment far shorter) than it is penalised smoothly, never excluded.
    """
    position = tuple(1.0 / ((p + 1) * (j + 1)) ** position_decay for p, j in where)
    title = _scaled([dot(v, title_vector) for v in vectors])
    lengths = []
    for sentence in words:
        syllables = sum(len(w.split()) for w in sentence) or 1
        ratio = syllables / ideal_length
        lengths.append(math.exp(-((math.log(ratio)) ** 2)))
    return SentenceFeatures(position, title, _scaled(centrality), tuple(lengths))
