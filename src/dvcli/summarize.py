"""Extractive summaries: rank sentences (lead, TextRank or the default blend), then fill a budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dvcli.errors import UsageError
from dvcli.model import Article, ScoredSentence, Summary
from dvcli.options import SummaryOptions
from dvcli.rank import Vector, compute_features, pagerank, places, tfidf_vector
from dvcli.terms import sentence_words

METHODS: tuple[str, ...] = ("default", "lead", "textrank")
# With redundancy removal on, a sentence this similar (cosine) to a chosen one is a repeat, never chosen: the
# redundancy penalty alone is kept mild because topic words recur in every good sentence.
DUPLICATE_SIMILARITY = 0.8


@dataclass(frozen=True, slots=True)
class Blend:
    """Weights of the default ranker's signals and of its redundancy penalty (see benchmarks/README.md)."""

    position: float = 1.0
    position_decay: float = 0.2
    title: float = 0.8
    centrality: float = 0.6
    length: float = 0.2
    ideal_length: float = 25.0
    redundancy: float = 0.3
    paragraph_penalty: float = 0.2


DEFAULT_BLEND = Blend()


@dataclass(frozen=True, slots=True)
class _Prepared:
    words: list[list[str]]
    vectors: list[Vector]
    title: Vector
    paragraphs: list[int]


def _prepare(article: Article) -> _Prepared:
    words, title = sentence_words(article)
    paragraphs = [s.paragraph for s in article.sentences]
    return _Prepared(words, [tfidf_vector(w) for w in words], tfidf_vector(title), paragraphs)


def _lead_scores(prepared: _Prepared) -> list[float]:
    n = len(prepared.words)
    return [1.0 - i / n for i in range(n)]


def _textrank_scores(prepared: _Prepared) -> list[float]:
    return pagerank(prepared.vectors)


def blend_scores(prepared: _Prepared, blend: Blend) -> list[float]:
    """Return the default ranker's score of every sentence: a weighted sum of its scaled features."""
    centrality = pagerank(prepared.vectors)
    f = compute_features(
        prepared.words,
        places(prepared.paragraphs),
        prepared.vectors,
        prepared.title,
        centrality,
        blend.ideal_length,
        blend.position_decay,
    )
    total = blend.position + blend.title + blend.centrality + blend.length
    return [
        (
            blend.position * f.position[i]
            + blend.title * f.title[i]
            + blend.centrality * f.centrality[i]
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
    max_sentences, max_words = _budget(options, len(scores))
    lengths = [len(words) for words in prepared.words]
    if options.method == "default":
        picked = select(
            scores,
            prepared.vectors,
            lengths,
            max_sentences,
            max_words,
            DEFAULT_BLEND.redundancy,
            prepared.paragraphs,
            DEFAULT_BLEND.paragraph_penalty,
        )
    else:
        picked = select(scores, prepared.vectors, lengths, max_sentences, max_words, 0.0)
    chosen = sorted(picked)
    sentences = article.sentences
    return Summary(
        options.method,
        tuple(ScoredSentence(i, sentences[i].text, sentences[i].start, sentences[i].end, scores[i]) for i in chosen),
        tuple(scores),
    )
