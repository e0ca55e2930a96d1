"""Choosing sentences: the budget in sentences or words; Maximal Marginal Relevance, coverage and repeat guards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dvcli.options import SummaryOptions
from dvcli.summarize.coverage import Coverage
from dvcli.summarize.features import Vector


@dataclass(frozen=True, slots=True)
class Selection:
    """How sentences are picked from their scores.

    ``redundancy``: the weight of a candidate's highest cosine to a chosen sentence, subtracted from its score;
    ``duplicate``: with redundancy on, a candidate at least this similar is a repeat; ``trigram_blocking``: a
    candidate sharing a word trigram with a chosen sentence is a repeat; ``block_names``: with blocking on, a
    trigram made only of names (capitalised words after the first) is no repeat, since naming the same actor
    again is not saying the same thing again; ``paragraph_penalty``: subtracted when the candidate's paragraph
    already gave a sentence; ``coverage``: the weight of the candidate's coverage gain (the share of the
    article it newly represents, :mod:`dvcli.summarize.coverage`, ``saturation`` its α), added to its score.
    A repeat is taken only when nothing else is left.
    """

    redundancy: float = 0.0
    duplicate: float = 0.8
    trigram_blocking: bool = False
    paragraph_penalty: float = 0.0
    block_names: bool = False
    coverage: float = 0.0
    saturation: float = 0.2

    def to_dict(self) -> dict[str, float | bool]:
        """The JSON shape of the settings in the weights file."""
        return {
            "redundancy": self.redundancy,
            "duplicate": self.duplicate,
            "trigram_blocking": self.trigram_blocking,
            "paragraph_penalty": self.paragraph_penalty,
            "block_names": self.block_names,
            "coverage": self.coverage,
            "saturation": self.saturation,
        }


PLAIN = Selection()


@dataclass(frozen=True, slots=True)
class Chosen:
    """The chosen sentence indices (in the order chosen) and why the budget could not be kept, if so."""

    indices: list[int]
    warnings: tuple[str, ...] = ()


def budget(options: SummaryOptions, n: int) -> tuple[int, int | None]:
    """Return (the most sentences, the most words) the summary may hold.

    Precedence (documented on :class:`SummaryOptions`): ``words``, then ``ratio``, then ``sentences``.
    """
    if options.words is not None:
        return n, max(options.words, 0)
    if options.ratio is not None:
        return min(n, max(1, round(options.ratio * n))), None
    return min(n, max(options.sentences, 0)), None


def _trigrams(words: Sequence[str], names: Sequence[bool] | None = None) -> set[tuple[str, ...]]:
    """Return the word trigrams of a sentence, without those made only of names when ``names`` flags them."""
    if names is None:
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2) if not all(names[i : i + 3])}


def _best_covering(ranked: list[tuple[bool, float, int]], covering: Coverage, weight: float) -> int:
    """Return the candidate whose value plus ``weight`` times its coverage gain ranks first (lazy greedy)."""
    bounds = covering.bounds
    order = sorted(((ok, value + weight * bounds[-k], k, value) for ok, value, k in ranked), reverse=True)
    best_key: tuple[bool, float, int] | None = None
    for ok, bound, k, value in order:
        if best_key is not None and (ok, bound, k) <= best_key:
            break  # no later candidate's bound, hence no later gain, can beat the best exact value
        key = (ok, value + weight * covering.gain(-k), k)
        if best_key is None or key > best_key:
            best_key = key
    assert best_key is not None
    return -best_key[2]


def select(
    scores: Sequence[float],
    vectors: Sequence[Vector],
    lengths: Sequence[int],
    max_sentences: int,
    max_words: int | None,
    settings: Selection = PLAIN,
    paragraphs: Sequence[int] | None = None,
    eligible: Sequence[bool] | None = None,
    words: Sequence[Sequence[str]] | None = None,
    names: Sequence[Sequence[bool]] | None = None,
) -> Chosen:
    """Return the chosen sentences (Maximal Marginal Relevance under ``settings``), in the order chosen.

    Each step takes the eligible sentence (``eligible[i]``, all by default) whose score minus the redundancy
    and paragraph penalties, plus the coverage reward, is largest; ties go to the earlier sentence. With a word
    budget (``max_words``, counted in ``lengths``) a sentence that does not fit is skipped, so the summary never
    holds more words; only when no sentence fits at all is the shortest one taken (the best-scored among equally
    short), with a warning. ``words`` (each sentence's words) is needed for trigram blocking, ``names``
    (whether each of those words is a name) for ``block_names``.
    """
    n = len(scores)
    ok = list(eligible) if eligible is not None else [True] * n
    overlap = [0.0] * n
    redundancy, coverage = settings.redundancy, settings.coverage
    # An inverted index makes each step's similarity update cost the postings of one sentence, not n dots.
    postings: dict[str, list[int]] = {}
    if redundancy > 0 or coverage > 0:
        for i, vector in enumerate(vectors):
            for term in vector:
                postings.setdefault(term, []).append(i)
    covering = Coverage(vectors, postings, settings.saturation) if coverage > 0 else None
    blocking = settings.trigram_blocking and words is not None
    name_flags = names if settings.block_names else None
    trigrams = (
        [_trigrams(w, name_flags[i] if name_flags is not None else None) for i, w in enumerate(words)]
        if blocking and words is not None
        else []
    )
    seen: set[tuple[str, ...]] = set()
    chosen: list[int] = []
    covered: set[int] = set()
    words_left = max_words
    if words_left is not None and max_sentences > 0:
        candidates = [i for i in range(n) if ok[i]]
        if candidates and all(lengths[i] > words_left for i in candidates):
            shortest = min(candidates, key=lambda i: (lengths[i], -scores[i], i))
            warning = f"no sentence fits in {words_left} words; took the shortest ({lengths[shortest]} words) instead"
            return Chosen([shortest], (warning,))
    while len(chosen) < max_sentences:
        # Ranked by (not a repeat, value, earlier): a repeat is taken only when nothing else is left.
        ranked: list[tuple[bool, float, int]] = []
        for i in range(n):
            if not ok[i] or (words_left is not None and lengths[i] > words_left):
                continue
            value = scores[i] - redundancy * overlap[i]
            if paragraphs is not None and paragraphs[i] in covered:
                value -= settings.paragraph_penalty
            repeat = (redundancy > 0 and overlap[i] >= settings.duplicate) or (blocking and bool(trigrams[i] & seen))
            ranked.append((not repeat, value, -i))
        if not ranked:
            break
        best = -max(ranked)[2] if covering is None else _best_covering(ranked, covering, coverage)
        chosen.append(best)
        ok[best] = False
        if paragraphs is not None:
            covered.add(paragraphs[best])
        if blocking:
            seen |= trigrams[best]
        if words_left is not None:
            words_left -= lengths[best]
        if covering is not None:
            covering.add(best)
        if redundancy > 0:
            sims: dict[int, float] = {}
            for term, weight in vectors[best].items():
                for j in postings[term]:
                    sims[j] = sims.get(j, 0.0) + weight * vectors[j][term]
            for j, sim in sims.items():
                overlap[j] = max(overlap[j], sim)
    return Chosen(chosen)
