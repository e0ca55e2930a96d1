"""Per-sentence signals the learned ranker reads: position, length, similarity, centrality, IDF, numbers, names.

One row of floats per sentence, named by :data:`FEATURES`. The training script (``benchmarks/train_ranker.py``)
calls the same :func:`feature_rows` as the runtime, so what the model learned and what it scores are the same
numbers. Every signal costs time linear in the article's words (centrality is the linear PageRank of
:mod:`dvcli.summarize.features`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from dvcli.model import Article
from dvcli.summarize.features import Vector, compute_features, dot, pagerank, places, tfidf_vector
from dvcli.text.terms import is_content, word_idf
from dvcli.text.tokens import CAPITALISED, PUNCTUATION

# Position bins: news puts its point in the first sentences; bins let a linear model bend the position curve.
_POSITION_BINS = ((0, 1), (1, 2), (2, 3), (3, 5), (5, 10))
# Syllable counts below and above which a sentence reads as a fragment (a caption, a label) or a run-on.
_SHORT = 10
_LONG = 50
# The length (syllables) news abstracts' sentences cluster around.
_IDEAL_LENGTH = 25.0
_QUOTES = frozenset('"“”«»')
_FINAL = frozenset('.!?…"”)')

FEATURES: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "fourth_fifth",
    "sixth_to_tenth",
    "inverse_position",
    "relative_position",
    "log_sentences",
    "log_syllables",
    "short",
    "long",
    "first_and_short",
    "relative_length",
    "length_fit",
    "title_similarity",
    "title_similarity_scaled",
    "title_rank",
    "title_coverage",
    "lead_title",
    "centroid_similarity",
    "centrality",
    "centrality_scaled",
    "idf_mean",
    "content_share",
    "numbers",
    "names",
    "quote",
    "question",
    "no_final_punctuation",
    "colon",
    "blend",
)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What every ranker reads: each sentence's folded words, TF-IDF vector and paragraph; the title's vector."""

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


def prepare(article: Article) -> Prepared:
    """Return the words, vectors and paragraphs of ``article``'s sentences (see :class:`Prepared`)."""
    words, title = sentence_words(article)
    paragraphs = [s.paragraph for s in article.sentences]
    return Prepared(words, [tfidf_vector(w) for w in words], tfidf_vector(title), paragraphs)


def _token_counts(article: Article) -> tuple[list[int], list[int], list[int], list[bool], list[str]]:
    """Per sentence: tokens, capitalised tokens after its first, tokens with a digit, a quote mark, last token."""
    n = len(article.sentences)
    tokens, names, numbers = [0] * n, [0] * n, [0] * n
    quotes = [False] * n
    last = [""] * n
    table = article.tokens
    for text, flags, sentence in zip(table.texts, table.flags, table.sentences, strict=True):
        if not 0 <= sentence < n:
            continue
        if flags & PUNCTUATION:
            quotes[sentence] = quotes[sentence] or text in _QUOTES
        else:
            if flags & CAPITALISED and tokens[sentence]:
                names[sentence] += 1
            if any(ch.isdigit() for ch in text):
                numbers[sentence] += 1
            tokens[sentence] += 1
        last[sentence] = text
    return tokens, names, numbers, quotes, last


def _scaled(values: Sequence[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top if top > 0 else 0.0 for v in values]


def _blend(prepared: Prepared, central: Sequence[float]) -> list[float]:
    """The pre-learning hand-weighted blend (position, title, centrality, length), as one more signal."""
    f = compute_features(
        prepared.words, places(prepared.paragraphs), prepared.vectors, prepared.title, central, _IDEAL_LENGTH, 0.2
    )
    return [
        (f.position[i] + 0.8 * f.title[i] + 0.6 * f.centrality[i] + 0.2 * f.length[i]) / 2.6
        for i in range(len(prepared.words))
    ]


def feature_rows(article: Article, prepared: Prepared) -> list[list[float]]:
    """Return one row of :data:`FEATURES` values per sentence of ``article`` (``prepared`` from :func:`prepare`)."""
    n = len(prepared.words)
    if n == 0:
        return []
    syllables = [sum(len(w.split()) for w in words) or 1 for words in prepared.words]
    mean_length = sum(syllables) / n
    title = [dot(v, prepared.title) for v in prepared.vectors]
    centroid: Vector = {}
    for vector in prepared.vectors:
        for k, v in vector.items():
            centroid[k] = centroid.get(k, 0.0) + v
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    central = pagerank(prepared.vectors)
    tokens, names, numbers, quotes, last = _token_counts(article)
    title_scaled, central_scaled = _scaled(title), _scaled(central)
    by_title = sorted(range(n), key=lambda i: (-title[i], i))
    title_rank = [0] * n
    for rank, i in enumerate(by_title):
        title_rank[i] = rank
    title_terms = set(prepared.title)
    blend = _blend(prepared, central)
    rows = []
    for i in range(n):
        content = [w for w in prepared.words[i] if is_content(w)]
        idf_mean = sum(word_idf(w) for w in content) / len(content) if content else 0.0
        short = syllables[i] < _SHORT
        row = [float(low <= i < high) for low, high in _POSITION_BINS]
        row += [
            1.0 / (i + 1),
            i / (n - 1) if n > 1 else 0.0,
            math.log(n),
            math.log(syllables[i]),
            float(short),
            float(syllables[i] > _LONG),
            float(short and i == 0),
            syllables[i] / mean_length,
            math.exp(-(math.log(syllables[i] / _IDEAL_LENGTH) ** 2)),
            title[i],
            title_scaled[i],
            1.0 / (title_rank[i] + 1),
            len(title_terms & prepared.vectors[i].keys()) / len(title_terms) if title_terms else 0.0,
            title[i] / (i + 1),
            dot(prepared.vectors[i], centroid) / norm,
            central[i] * n,
            central_scaled[i],
            idf_mean,
            len(content) / len(prepared.words[i]) if prepared.words[i] else 0.0,
            math.log1p(numbers[i]),
            names[i] / tokens[i] if tokens[i] else 0.0,
            float(quotes[i]),
            float(last[i] == "?"),
            float(last[i] not in _FINAL),
            float(last[i] == ":"),
            blend[i],
        ]
        rows.append(row)
    return rows
