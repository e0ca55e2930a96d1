"""Markdown export: a readable report per input, built from the same records as the JSON."""

from __future__ import annotations

from typing import Any

from dvcli.render.records import entity_details


def _escape(text: str) -> str:
    # Table cells must not break the table; inline text must not turn into markup by accident.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _document(record: dict[str, Any]) -> list[str]:
    path = record["source"]["path"]
    if "error" in record:
        error = record["error"]
        return [f"## {_escape(path)}", "", f"> Error: {_escape(error['message'])}", ""]
    article = record["article"]
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
    summary = record.get("summary")
    if summary and summary["sentences"]:
        lines += [f"### Summary ({summary['method']})", ""]
        lines += [
            f"{i}. {_escape(s['text'])} *(sentence {s['index'] + 1}, score {s['score']:.3f})*"
            for i, s in enumerate(summary["sentences"], 1)
        ]
        lines.append("")
    stats = record.get("stats")
    if stats:
        keys = ("characters", "syllables", "words", "sentences", "paragraphs", "reading_time_seconds")
        lines += ["### Statistics", "", "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
        lines += ["| " + " | ".join(str(stats[k]) for k in keys) + " |", ""]
        if stats["keywords"]:
            lines += ["**Keywords:** " + ", ".join(_escape(k["text"]) for k in stats["keywords"]), ""]
    entities = record.get("entities")
    if entities:
        lines += ["### Entities", "", "| type | text | details |", "|---|---|---|"]
        lines += [f"| {e['type']} | {_escape(e['text'])} | {_escape(entity_details(e))} |" for e in entities]
        lines.append("")
    if record.get("typos"):
        lines += ["### Possible typos", ""]
        lines += [f"- {_escape(t['text'])} → {_escape(t['suggestion'])} (offset {t['start']})" for t in record["typos"]]
        lines.append("")
    if record["warnings"]:
        lines += ["### Warnings", ""] + [f"- {_escape(w)}" for w in record["warnings"]] + [""]
    return lines


def to_markdown(records: list[dict[str, Any]]) -> str:
    """Return one Markdown section per record (full or error records), in input order."""
    lines = ["# dvcli analysis", ""]
    for record in records:
        lines += _document(record)
    return "\n".join(lines).rstrip("\n") + "\n"
