"""CSV export: one row per input, the facts a spreadsheet or dataframe wants."""

from __future__ import annotations

import csv
import io
from typing import Any

from dvcli.errors import Failure
from dvcli.model import Analysis
from dvcli.render.records import record

COLUMNS = (
    "path",
    "title",
    "published",
    "author",
    "source",
    "lead",
    "paragraphs",
    "sentences",
    "words",
    "syllables",
    "characters",
    "noise_lines",
    "reading_time_seconds",
    "readability",
    "readability_percentile",
    "mtld",
    "keywords",
    "summary",
    "entities",
    "typos",
    "warnings",
    "error",
)


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"path": record["source"]["path"]}
    if "error" in record:
        row["error"] = f"{record['error']['type']}: {record['error']['message']}"
        return row
    article, stats = record["article"], record.get("stats", {})
    row.update(
        title=article["title"],
        published=article["published"],
        author=article["byline"]["author"],
        source=article["byline"]["source"],
        lead=article["lead"],
        paragraphs=len(article["paragraphs"]),
        sentences=len(article["sentences"]),
        words=stats.get("words"),
        syllables=stats.get("syllables"),
        characters=stats.get("characters"),
        noise_lines=len(article["noise_lines"]),
        reading_time_seconds=(stats.get("reading_time") or {}).get("seconds"),
        readability=(stats.get("readability") or {}).get("score"),
        readability_percentile=(stats.get("readability") or {}).get("percentile"),
        mtld=(stats.get("lexical_diversity") or {}).get("mtld"),
        keywords="; ".join(k["text"] for k in stats.get("keywords", [])),
        summary=" ".join(s["text"] for s in record.get("summary", {}).get("sentences", [])),
        entities=len(record.get("entities", [])),
        typos="; ".join(f"{t['text']} -> {t['suggestion']}" for t in record.get("typos", [])),
        warnings="; ".join(record["warnings"]),
    )
    return row


def _line(row: dict[str, Any]) -> str:
    out = io.StringIO()
    csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n").writerow(row)
    return out.getvalue()


def csv_header() -> str:
    """The header row."""
    return _line(dict(zip(COLUMNS, COLUMNS, strict=True)))


def csv_row(result: Analysis | Failure) -> str:
    """The row of one input (the error column filled for a failed one)."""
    return _line(_row(record(result)))
