"""The rankers (the learned default, lead, TextRank, the old blend) and ``summarize``: rank, then fill the budget.

Each method's score scale: ``default`` the model's probability (0-1) that the human summary draws on the
sentence; ``lead`` ``1 - i/n`` for the i-th of n sentences (1 = first); ``textrank`` the sentence's share of the
PageRank centrality (the scores sum to 1); ``blend`` a weighted mean of signals scaled to 0-1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dvcli.errors import UsageError
from dvcli.model import Article, ScoredSentence, Summary
from dvcli.options import SummaryOptions
from dvcli.summarize.eligible import exclusions
from dvcli.summarize.features import compute_features, pagerank, places
from dvcli.summarize.learned import LinearModel, shipped_model
from dvcli.summarize.select import PLAIN, Selection, budget, select
from dvcli.summarize.signals import Prepared, feature_rows, prepare

METHODS: tuple[str, ...] = ("default", "lead", "textrank", "blend")
# What each method's score means, for the views and the README.
SCORE_SCALES: dict[str, str] = {
    "default": "probability (0-1) that a human summary draws on the sentence",
    "lead": "1 - i/n for the i-th of n sentences (1 = the first)",
    "textrank": "share of the article's PageRank centrality (all sentences sum to 1)",
    "blend": "weighted mean of position, title, centrality and length signals (0-1)",
}


@dataclass(frozen=True, slots=True)
class Blend:
    """Weights of the pre-learning hand-tuned ranker's signals (kept as ``blend`` for comparison)."""

    position: float = 1.0
    position_decay: float = 0.2
    title: float = 0.8
    centrality: float = 0.6
    length: float = 0.2
    ideal_length: float = 25.0


DEFAULT_BLEND = Blend()
BLEND_SELECTION = Selection(redundancy=0.3, paragraph_penalty=0.2)


def _lead_scores(prepared: Prepared) -> list[float]:
    n = len(prepared.words)
    return [1.0 - i / n for i in range(n)]


def blend_scores(prepared: Prepared, blend: Blend = DEFAULT_BLEND) -> list[float]:
    """Return the blend ranker's score of every sentence: a weighted mean of its scaled features (0-1)."""
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


def summarize(article: Article, options: SummaryOptions | None = None, model: LinearModel | None = None) -> Summary:
    """Return an extractive summary of ``article``: the chosen sentences in document order, every score.

    ``options.method`` is one of :data:`METHODS`; raises :class:`UsageError` for another name. ``model``
    replaces the shipped learned model (for training and tests). An article without sentences gives an empty
    summary. Captions, subheadings and datelines (:mod:`dvcli.summarize.eligible`) are never chosen.
    """
    options = options or SummaryOptions()
    if options.method not in METHODS:
        raise UsageError(f"unknown summary method {options.method!r}", hint=f"choose one of: {', '.join(METHODS)}")
    if not article.sentences:
        return Summary(options.method, (), ())
    prepared = prepare(article)
    learned = model or shipped_model()
    rankers: dict[str, tuple[Callable[[Prepared], list[float]], Selection]] = {
        "default": (lambda p: learned.probabilities(feature_rows(article, p)), learned.selection),
        "lead": (_lead_scores, PLAIN),
        "textrank": (lambda p: pagerank(p.vectors), PLAIN),
        "blend": (blend_scores, BLEND_SELECTION),
    }
    score, selection = rankers[options.method]
    scores = score(prepared)
    max_sentences, max_words = budget(options, len(scores))
    chosen = select(
        scores,
        prepared.vectors,
        [len(words) for words in prepared.words],
        max_sentences,
        max_words,
        selection,
        prepared.paragraphs,
        [reason is None for reason in exclusions(article)],
        prepared.words,
        prepared.names,
    )
    sentences = article.sentences
    return Summary(
        options.method,
        tuple(ScoredSentence(i, sentences[i].span, scores[i]) for i in sorted(chosen.indices)),
        tuple(scores),
        chosen.warnings,
    )
