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


def _measures(stats: dict[str, Any]) -> list[str]:
    """The distributions and scores of a stats record, one bullet each with its scale."""
    lines = [f"- **Reading time:** {stats['reading_time']['seconds']} s ({_escape(stats['reading_time']['basis'])})"]
    if stats["sentence_length"]:
        length = stats["sentence_length"]
        figures = f"mean {length['mean']}, median {length['median']:g}, max {length['max']}"
        lines.append(f"- **Sentence length (syllables):** {figures}")
    if stats["readability"]:
        score = stats["readability"]
        scale = _escape(score["label"]) if score["label"] else "no published bands"
        lines.append(f"- **Readability (Luong, Nguyen & Dinh 2018):** {score['score']:.3f}, higher is harder; {scale}")
    if stats["lexical_diversity"] and stats["lexical_diversity"]["mtld"] is not None:
        lines.append(
            f"- **MTLD (McCarthy & Jarvis 2010):** {stats['lexical_diversity']['mtld']}, higher is more varied"
        )
    return lines + [""]


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
        keys = ("characters", "syllables", "words", "sentences", "paragraphs")
        cells = [str(stats[k]) for k in keys] + [str(stats["reading_time"]["seconds"])]
        lines += ["### Statistics", "", "| " + " | ".join(keys) + " | reading time (s) |", "|" + "---|" * len(cells)]
        lines += ["| " + " | ".join(cells) + " |", ""]
        lines += _measures(stats)
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
