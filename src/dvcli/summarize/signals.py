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
from dvcli.summarize.features import Vector, dot, pagerank, places, tfidf_vector
from dvcli.text.terms import is_content, word_idf
from dvcli.text.tokens import CAPITALISED, LETTERS, PUNCTUATION

# Position bins: news puts its point in the first sentences; bins let a linear model bend the position curve.
_POSITION_BINS = ((0, 1), (1, 2), (2, 3), (3, 5), (5, 10))
# Syllable counts below and above which a sentence reads as a fragment (a caption, a label) or a run-on.
_SHORT = 10
_LONG = 50
# The length (syllables) news abstracts' sentences cluster around.
_IDEAL_LENGTH = 25.0
_QUOTES = frozenset('"“”«»')
_FINAL = frozenset('.!?…"”)')
# A comma within this many words of the start closes an opening phrase (a time, a place, a purpose: "Năm 2016,").
_OPENING = 12

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
    "opening_clause",
    "opening_number",
    "year",
    "later_year",
)


@dataclass(frozen=True, slots=True)
class Prepared:
    """What every ranker reads: each sentence's folded words, TF-IDF vector and paragraph; the title's vector;
    whether each word is a name (capitalised, not the sentence's first word)."""

    words: list[list[str]]
    vectors: list[Vector]
    title: Vector
    paragraphs: list[int]
    names: list[list[bool]]


def sentence_words(article: Article) -> tuple[list[list[str]], list[str], list[list[bool]]]:
    """Return the folded words of each sentence and of the title, from the token table, and which of each
    sentence's words are names (capitalised after the sentence's first word)."""
    per_sentence: list[list[str]] = [[] for _ in article.sentences]
    names: list[list[bool]] = [[] for _ in article.sentences]
    title: list[str] = []
    for word, key in zip(article.words, article.tokens.word_keys, strict=True):
        if word.sentence is None:
            title.append(key)
        elif 0 <= word.sentence < len(per_sentence):
            keys = per_sentence[word.sentence]
            names[word.sentence].append(bool(keys) and word.span.text[:1].isupper())
            keys.append(key)
    return per_sentence, title, names


def prepare(article: Article) -> Prepared:
    """Return the words, vectors and paragraphs of ``article``'s sentences (see :class:`Prepared`)."""
    words, title, names = sentence_words(article)
    paragraphs = [s.paragraph for s in article.sentences]
    return Prepared(words, [tfidf_vector(w) for w in words], tfidf_vector(title), paragraphs, names)


@dataclass(slots=True)
class _Counts:
    """Per sentence, from one pass over the token table (see :func:`_token_counts`)."""

    tokens: list[int]
    names: list[int]
    numbers: list[int]
    quotes: list[bool]
    last: list[str]
    opening: list[int]  # words before the first comma, -1 if none
    opening_number: list[bool]  # a number among them
    latest_year: list[int]  # the latest year (1900-2099) the sentence names, 0 if none


def _year(text: str) -> int:
    return int(text) if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099 else 0


def _token_counts(article: Article) -> tuple[_Counts, int]:
    """Return the per-sentence counts and the first year the article names (in its title or body, 0 if none)."""
    n = len(article.sentences)
    c = _Counts([0] * n, [0] * n, [0] * n, [False] * n, [""] * n, [-1] * n, [False] * n, [0] * n)
    first_year = 0
    table = article.tokens
    for text, flags, sentence in zip(table.texts, table.flags, table.sentences, strict=True):
        year = 0 if flags & LETTERS else _year(text)
        if year and not first_year:
            first_year = year
        if not 0 <= sentence < n:
            continue
        if flags & PUNCTUATION:
            c.quotes[sentence] = c.quotes[sentence] or text in _QUOTES
            if text == "," and c.opening[sentence] < 0:
                c.opening[sentence] = c.tokens[sentence]
        else:
            if flags & CAPITALISED and c.tokens[sentence]:
                c.names[sentence] += 1
            # A token of letters only (most tokens) holds no digit; skip the character scan for it.
            if not flags & LETTERS and any(ch.isdigit() for ch in text):
                c.numbers[sentence] += 1
                if c.opening[sentence] < 0 and c.tokens[sentence] < _OPENING:
                    c.opening_number[sentence] = True
                c.latest_year[sentence] = max(c.latest_year[sentence], year)
            c.tokens[sentence] += 1
        c.last[sentence] = text
    return c, first_year


def _scaled(values: Sequence[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top if top > 0 else 0.0 for v in values]


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
    counts, first_year = _token_counts(article)
    tokens, names, numbers, quotes, last = counts.tokens, counts.names, counts.numbers, counts.quotes, counts.last
    title_scaled, central_scaled = _scaled(title), _scaled(central)
    by_title = sorted(range(n), key=lambda i: (-title[i], i))
    title_rank = [0] * n
    for rank, i in enumerate(by_title):
        title_rank[i] = rank
    title_terms = set(prepared.title)
    fit = [math.exp(-(math.log(s / _IDEAL_LENGTH) ** 2)) for s in syllables]
    # The pre-learning hand-weighted blend (position, title, centrality, length), as one more signal; the same
    # numbers as ``rankers.blend_scores`` (``compute_features``), from the signals already computed here.
    blend = [
        (1.0 / ((p + 1) * (j + 1)) ** 0.2 + 0.8 * title_scaled[i] + 0.6 * central_scaled[i] + 0.2 * fit[i]) / 2.6
        for i, (p, j) in enumerate(places(prepared.paragraphs))
    ]
    # Each distinct word's content test and IDF, once per article.
    idf: dict[str, float | None] = {}
    rows = []
    for i in range(n):
        content: list[float] = []
        for w in prepared.words[i]:
            value = idf.get(w, 0.0)
            if value == 0.0:
                value = idf[w] = word_idf(w) if is_content(w) else None
            if value is not None:
                content.append(value)
        idf_mean = sum(content) / len(content) if content else 0.0
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
            fit[i],
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
            float(0 < counts.opening[i] <= _OPENING),
            float(counts.opening_number[i] and 0 < counts.opening[i] <= _OPENING),
            float(counts.latest_year[i] > 0),
            float(counts.latest_year[i] > first_year > 0),
        ]
        rows.append(row)
    return rows
