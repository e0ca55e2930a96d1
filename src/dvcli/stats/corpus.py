"""The corpus view: one row per article and totals, built as a value that merges associatively.

Each worker turns its own results into one-article summaries (:func:`summary_of`) and partial summaries merge in
any grouping (:meth:`CorpusSummary.merge`), so one process, a pool or a Dask cluster give the same figures, and no
analysis is held after it is folded in. Parts merge in input order, so the table is in input order.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dvcli.errors import Failure
from dvcli.model import SCHEMA_VERSION, Analysis


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article of the corpus table (``error`` set, and the figures empty, for an input that failed)."""

    path: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    words: int = 0
    sentences: int = 0
    readability: float | None = None
    error: str | None = None
    error_type: str | None = None
    hint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "words": self.words,
            "sentences": self.sentences,
            "readability": self.readability,
            **({"error": {"type": self.error_type, "message": self.error, "hint": self.hint}} if self.error else {}),
        }


def _counts(counter: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items()))


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Rows and, for people, organisations, places, keywords and months, how many articles name each."""

    rows: tuple[ArticleRow, ...] = ()
    people: tuple[tuple[str, int], ...] = ()
    organizations: tuple[tuple[str, int], ...] = ()
    places: tuple[tuple[str, int], ...] = ()
    keywords: tuple[tuple[str, int], ...] = ()
    months: tuple[tuple[str, int], ...] = ()

    def merge(self, other: CorpusSummary) -> CorpusSummary:
        """The summary of this part followed by ``other`` (associative: any grouping gives the same summary)."""
        return merge_all((self, other))

    @property
    def analysed(self) -> tuple[ArticleRow, ...]:
        return tuple(row for row in self.rows if row.error is None)

    @property
    def failed(self) -> int:
        return sum(1 for row in self.rows if row.error is not None)

    def to_dict(self, top: int = 10) -> dict[str, Any]:
        """The JSON view: the rows, totals, distributions, and the ``top`` most named entities and keywords."""
        analysed = self.analysed
        return {
            "schema_version": SCHEMA_VERSION,
            "corpus": {
                "articles": len(analysed),
                "failed": self.failed,
                "words": sum(row.words for row in analysed),
                "sentences": sum(row.sentences for row in analysed),
                "distributions": {
                    "words_per_article": distribution(row.words for row in analysed),
                    "sentences_per_article": distribution(row.sentences for row in analysed),
                    "readability": distribution(row.readability for row in analysed if row.readability is not None),
                },
                "people": most_common(self.people, top),
                "organizations": most_common(self.organizations, top),
                "places": most_common(self.places, top),
                "keywords": most_common(self.keywords, top),
                "months": [{"month": month, "articles": count} for month, count in self.months],
                "rows": [row.to_dict() for row in self.rows],
            },
        }


def merge_all(parts: Iterable[CorpusSummary]) -> CorpusSummary:
    """The summary of ``parts`` taken in order, in one pass (rows in order, counts added)."""
    rows: list[ArticleRow] = []
    totals: dict[str, Counter[str]] = {name: Counter() for name in _COUNTED}
    for part in parts:
        rows.extend(part.rows)
        for name in _COUNTED:
            totals[name].update(dict(getattr(part, name)))
    return CorpusSummary(tuple(rows), **{name: _counts(totals[name]) for name in _COUNTED})


_COUNTED = ("people", "organizations", "places", "keywords", "months")


def most_common(counts: tuple[tuple[str, int], ...], top: int) -> list[dict[str, Any]]:
    """The ``top`` names by article count, ties by name."""
    ranked = sorted(counts, key=lambda item: (-item[1], item[0]))[:top]
    return [{"name": name, "articles": count} for name, count in ranked]


def distribution(values: Iterable[float]) -> dict[str, float] | None:
    """Median and spread (minimum, quartiles, maximum) of ``values``; None when there are none."""
    data = sorted(values)
    if not data:
        return None
    quartiles = statistics.quantiles(data, n=4, method="inclusive") if len(data) > 1 else [data[0]] * 3
    return {
        "min": data[0],
        "q1": round(quartiles[0], 2),
        "median": round(statistics.median(data), 2),
        "q3": round(quartiles[2], 2),
        "max": data[-1],
        "mean": round(statistics.fmean(data), 2),
    }


def _names(analysis: Analysis, kind: str) -> Counter[str]:
    if analysis.index is not None:
        # The entity index has merged the mentions of one person, body or place under its fullest name.
        entries = {"person": analysis.index.people, "organization": analysis.index.organizations}
        return Counter({entry.name for entry in entries.get(kind, analysis.index.places)})
    names = set()
    for entity in analysis.entities or ():
        if entity.type == kind:
            # Later mentions carry the full name they refer to; places their name without the type word.
            names.add(str(entity.get("name") or entity.text))
    return Counter(names)


def summary_of(result: Analysis | Failure) -> CorpusSummary:
    """The corpus summary of one result."""
    if isinstance(result, Failure):
        return CorpusSummary(
            rows=(ArticleRow(result.source.path, error=result.message, error_type=result.type, hint=result.hint),)
        )
    article, stats = result.article, result.stats
    byline = article.byline
    row = ArticleRow(
        path=result.source.path,
        title=article.title.text if article.title else None,
        published=article.published.isoformat() if article.published else None,
        author=byline.author.name if byline and byline.author else None,
        words=stats.words if stats else len(article.words),
        sentences=len(article.sentences),
        readability=round(stats.readability.score, 4) if stats and stats.readability else None,
    )
    keywords = Counter({keyword.text.lower(): 1 for keyword in (stats.keywords if stats else ())})
    months = Counter([article.published.strftime("%Y-%m")] if article.published else [])
    return CorpusSummary(
        rows=(row,),
        people=_counts(_names(result, "person")),
        organizations=_counts(_names(result, "organization")),
        places=_counts(_names(result, "location")),
        keywords=_counts(keywords),
        months=_counts(months),
    )
