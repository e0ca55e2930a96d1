"""Markdown export: a readable report per input, built from the same records as the JSON."""

from __future__ import annotations

from typing import Any

from dvcli.errors import Failure
from dvcli.model import Analysis
from dvcli.render.records import entity_details, record

HEADING = "# dvcli analysis"


def _escape(text: str) -> str:
    # Table cells must not break the table; inline text must not turn into markup by accident.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _document(doc: dict[str, Any]) -> list[str]:
    path = doc["source"]["path"]
    if "error" in doc:
        error = doc["error"]
        return [f"## {_escape(path)}", "", f"> Error: {_escape(error['message'])}", ""]
    article = doc["article"]
    byline = article["byline"]
    lines = [f"## {_escape(article['title'] or path)}", ""]
    lines.append(f"- **File:** `{path}`")
    if article["published"]:
        lines.append(f"- **Published:** {article['published']}")
    if byline["author"] or byline["source"]:
        who = " · ".join(_escape(x) for x in (byline["author"], byline["source"]) if x)
        lines.append(f"- **Byline:** {who}")
    lines.append("")
    if article.get("lead"):
        lines += [f"> {_escape(article['lead'])}", ""]
    summary = doc.get("summary")
    if summary and summary["sentences"]:
        lines += [f"### Summary ({summary['method']})", ""]
        lines += [
            f"{i}. {_escape(s['text'])} *(sentence {s['index'] + 1}, score {s['score']:.3f})*"
            for i, s in enumerate(summary["sentences"], 1)
        ]
        lines.append("")
    stats = doc.get("stats")
    if stats:
        keys = ("characters", "syllables", "words", "sentences", "paragraphs", "reading_time_seconds")
        lines += ["### Statistics", "", "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
        lines += ["| " + " | ".join(str(stats[k]) for k in keys) + " |", ""]
        if stats["keywords"]:
            lines += ["**Keywords:** " + ", ".join(_escape(k["text"]) for k in stats["keywords"]), ""]
    entities = doc.get("entities")
    if entities:
        lines += ["### Entities", "", "| type | text | details |", "|---|---|---|"]
        lines += [f"| {e['type']} | {_escape(e['text'])} | {_escape(entity_details(e))} |" for e in entities]
        lines.append("")
    if doc.get("typos"):
        lines += ["### Possible typos", ""]
        lines += [f"- {_escape(t['text'])} → {_escape(t['suggestion'])} (offset {t['start']})" for t in doc["typos"]]
        lines.append("")
    if doc["warnings"]:
        lines += ["### Warnings", ""] + [f"- {_escape(w)}" for w in doc["warnings"]] + [""]
    return lines


def markdown_section(result: Analysis | Failure) -> str:
    """The Markdown section of one input, without the blank lines around it."""
    return "\n".join(_document(record(result))).rstrip("\n")
