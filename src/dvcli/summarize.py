"""Extractive summaries: rank sentences (lead, TextRank or the default blend), then fill a budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dvcli.errors import UsageError
from dvcli.model import Article, ScoredSentence, Summary
from dvcli.options import SummaryOptions
from dvcli.rank import Vector, compute_features, pagerank, tfidf_vector
from dvcli.terms import sentence_words

METHODS: tuple[str, ...] = ("default", "lead", "textrank")


@dataclass(frozen=True, slots=True)
class Blend:
    """Weights of the default ranker's signals and of its redundancy penalty (see benchmarks/README.md)."""

    position: float = 1.0
    title: float = 0.6
    centrality: float = 0.4
    informative: float = 0.2
    length: float = 0.4
    ideal_length: float = 30.0
    redundancy: float = 0.5


DEFAULT_BLEND = Blend()


@dataclass(frozen=True, slots=True)
class _Prepared:
    words: list[list[str]]
    vectors: list[Vector]
    title: Vector


def _prepare(article: Article) -> _Prepared:
    words, title = sentence_words(article)
    return _Prepared(words, [tfidf_vector(w) for w in words], tfidf_vector(title))


def _lead_scores(prepared: _Prepared) -> list[float]:
    n = len(prepared.words)
    return [1.0 - i / n for i in range(n)]


def _textrank_scores(prepared: _Prepared) -> list[float]:
    return pagerank(prepared.vectors)


def blend_scores(prepared: _Prepared, blend: Blend) -> list[float]:
    """Return the default ranker's score of every sentence: a weighted sum of its scaled features."""
    centrality = pagerank(prepared.vectors)
    f = compute_features(prepared.words, prepared.vectors, prepared.title, centrality, blend.ideal_length)
    total = blend.position + blend.title + blend.centrality + blend.informative + blend.length
    return [
        (
            blend.position * f.position[i]
            + blend.title * f.title[i]
            + blend.centrality * f.centrality[i]
            + blend.informative * f.informative[i]
            + blend.length * f.length[i]
        )
        / total
        for i in range(len(prepared.words))
    ]


def _budget(options: SummaryOptions, n: int) -> tuple[int, int | None]:
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
) -> list[int]:
    """Return the indices of the chosen sentences, in the order chosen (Maximal Marginal Relevance).

    Each step takes the sentence whose score minus ``redundancy`` × its highest similarity to a chosen
    sentence is largest (ties go to the earlier sentence). With a word budget, sentences that no longer fit
    are skipped; the first choice is always kept so a tiny budget still yields a sentence.
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
    words_left = max_words
    while len(chosen) < max_sentences:
        best, best_value = -1, float("-inf")
        for i in range(n):
            if taken[i] or (words_left is not None and chosen and lengths[i] > words_left):
                continue
            value = scores[i] - redundancy * overlap[i]
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        taken[best] = True
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


def summarize(article: Article, options: SummaryOptions | None = None) -> Summary:
    """Return an extractive summary of ``article``: the chosen sentences in document order, every score.

    ``options.method`` is one of :data:`METHODS`; raises :class:`UsageError` for another name. An article
    without sentences gives an empty summary.
    """
    options = options or SummaryOptions()
    if options.method not in METHODS:
        raise UsageError(f"unknown summary method {options.method!r}", hint=f"choose one of: {', '.join(METHODS)}")
    if not article.sentences:
        return Summary(options.method, (), ())
    prepared = _prepare(article)
    rankers: dict[str, Callable[[_Prepared], list[float]]] = {
        "lead": _lead_scores,
        "textrank": _textrank_scores,
        "default": lambda p: blend_scores(p, DEFAULT_BLEND),
    }
    scores = rankers[options.method](prepared)
    redundancy = DEFAULT_BLEND.redundancy if options.method == "default" else 0.0
    max_sentences, max_words = _budget(options, len(scores))
    lengths = [len(words) for words in prepared.words]
    chosen = sorted(select(scores, prepared.vectors, lengths, max_sentences, max_words, redundancy))
    sentences = article.sentences
    return Summary(
        options.method,
        tuple(ScoredSentence(i, sentences[i].text, sentences[i].start, sentences[i].end, scores[i]) for i in chosen),
        tuple(scores),
    )
