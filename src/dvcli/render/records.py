"""The JSON-safe records each command writes: the same sub-shape wherever the same model appears."""

from __future__ import annotations

from typing import Any

from dvcli.errors import DvcliError
from dvcli.model import SCHEMA_VERSION, Analysis

# Which top-level parts of the full record each command's --json view carries.
VIEW_PARTS: dict[str, tuple[str, ...]] = {
    "parse": ("article", "entities", "keywords", "typos"),
    "summarize": ("title", "summary"),
    "stats": ("title", "stats"),
    "export": ("article", "entities", "summary", "stats", "typos"),
}


def analysis_record(analysis: Analysis, view: str = "export") -> dict[str, Any]:
    """Return the record of ``analysis`` for a command's view (``export`` is the full record)."""
    full = analysis.to_dict()
    record: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "source": full["source"]}
    for part in VIEW_PARTS[view]:
        if part == "title":
            record["title"] = full["article"]["title"]
        elif part == "keywords":
            record["keywords"] = full["stats"]["keywords"] if "stats" in full else []
        elif part in full:
            record[part] = full[part]
    record["warnings"] = full["warnings"]
    return record


def error_record(source: str, error: DvcliError) -> dict[str, Any]:
    """Return the record standing in a batch for an input that could not be analysed."""
    return {"schema_version": SCHEMA_VERSION, "source": {"path": source}, "error": error.to_dict()}


def batch_record(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Wrap the records of several inputs in one top-level object, in input order."""
    return {"schema_version": SCHEMA_VERSION, "documents": records}


# The type-specific fields of an entity that views show, in this order.
ENTITY_DETAIL_FIELDS = (
    "title",
    "roles",
    "role",
    "name",
    "kind",
    "expansion",
    "value",
    "granularity",
    "unit",
    "speaker",
    "inferred",
    "refers_to",
)


def entity_details(entity: dict[str, Any]) -> str:
    """Return an entity record's type-specific fields as ``name: value; …`` (empty and false ones left out)."""
    parts = []
    for name in ENTITY_DETAIL_FIELDS:
        value = entity.get(name)
        # Compared one by one: `value in (False, …)` would also drop a number whose value is 0.
        if value is None or value is False or value == "" or value == []:
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{name}: {value}")
    return "; ".join(parts)
