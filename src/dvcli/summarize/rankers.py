"""The rankers (lead, TextRank, the default blend) and ``summarize``: rank the sentences, then fill the budget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dvcli.errors import UsageError
from dvcli.model import Article, ScoredSentence, Summary
from dvcli.options import SummaryOptions
from dvcli.summarize.features import Vector, compute_features, pagerank, places, tfidf_vector
from dvcli.summarize.select import budget, select

METHODS: tuple[str, ...] = ("default", "lead", "textrank")


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


def sentence_words(article: Article) -> tuple[list[list[str]], list[str]]:
    """Return the folded words of each sentence and of the title, from the token table."""
    per_sentence: list[list[str]] = [[] for _ in article.sentences]
    title: list[str] = []
    for word, key in zip(article.words, article.tokens.word_keys, strict=True):
        if word.sentence is None:
            title.append(key)
        elif 0 <= word.sentence < len(per_sentence):
            per_sentence[word.sentence].append(key)
    return per_sentence, title


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
    max_sentences, max_words = budget(options, len(scores))
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
        tuple(ScoredSentence(i, sentences[i].span, scores[i]) for i in chosen),
        tuple(scores),
    )
