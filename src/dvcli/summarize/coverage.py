"""How much of an article a summary covers: the saturated coverage function of Lin & Bilmes (2011).

``L(S) = Σ_j min(C_j(S), α C_j(V))`` over the article's sentences j, where ``C_j(S) = Σ_{i∈S} sim(i, j)`` is how
well the summary S represents sentence j (cosines of TF-IDF vectors, a sentence representing itself with 1) and
``α C_j(V)`` caps it at a share α (the saturation) of what the whole article gives: once a part of the article is
represented, more sentences like it add nothing, so a summary gains most by reaching a part not yet covered.
Scaled by ``Σ_j α C_j(V)``, a gain is the share of the article's coverage a sentence adds (0 to 1).

``L`` is monotone submodular: a sentence's gain can only shrink as the summary grows, so its last computed gain
bounds the next one, and greedy selection evaluates only the few candidates whose bound can still win (the lazy
greedy of Minoux). Each gain costs the postings of one sentence's terms, never an n×n similarity matrix.
"""

from __future__ import annotations

from collections.abc import Sequence

from dvcli.summarize.features import Vector


class Coverage:
    """The coverage state of one selection: what the chosen sentences already represent, and gain bounds."""

    __slots__ = ("_caps", "_got", "_postings", "_rows", "_total", "_vectors", "bounds")

    def __init__(self, vectors: Sequence[Vector], postings: dict[str, list[int]], saturation: float) -> None:
        self._vectors = vectors
        self._postings = postings
        centroid: Vector = {}
        for vector in vectors:
            for term, weight in vector.items():
                centroid[term] = centroid.get(term, 0.0) + weight
        # C_j(V) = v_j · Σ_i v_i: the article's similarity mass around sentence j, itself included.
        mass = [sum(w * centroid[t] for t, w in v.items()) for v in vectors]
        self._caps = [saturation * m for m in mass]
        self._total = sum(self._caps) or 1.0
        self._got = [0.0] * len(vectors)
        self._rows: dict[int, dict[int, float]] = {}
        # Σ_j sim(i, j) = C_i(V) bounds sentence i's first gain; later its last exact gain bounds the next.
        self.bounds = [m / self._total for m in mass]

    def _row(self, i: int) -> dict[int, float]:
        row = self._rows.get(i)
        if row is None:
            row = {}
            vectors = self._vectors
            for term, weight in vectors[i].items():
                for j in self._postings[term]:
                    row[j] = row.get(j, 0.0) + weight * vectors[j][term]
            self._rows[i] = row
        return row

    def gain(self, i: int) -> float:
        """Return what adding sentence ``i`` adds to the coverage now (and keep it as its bound)."""
        got, caps = self._got, self._caps
        total = 0.0
        for j, sim in self._row(i).items():
            have, cap = got[j], caps[j]
            if have < cap:
                total += min(have + sim, cap) - have
        self.bounds[i] = total / self._total
        return self.bounds[i]

    def add(self, i: int) -> None:
        """Record that sentence ``i`` joined the summary."""
        got = self._got
        for j, sim in self._row(i).items():
            got[j] += sim
