"""The JSON records each command writes: the export record, restricted to the command's parts, same paths."""

from __future__ import annotations

from enum import Enum
from typing import Any

from dvcli.errors import Failure
from dvcli.model import SCHEMA_VERSION, Analysis


class View(str, Enum):
    """Which command's record: ``export`` is the whole record, the others keep their parts of it."""

    PARSE = "parse"
    SUMMARIZE = "summarize"
    STATS = "stats"
    EXPORT = "export"


# The top-level parts of the full record each view keeps ("article" whole, or only its title and date).
_PARTS: dict[View, tuple[str, ...]] = {
    View.PARSE: ("article", "index", "entities", "stats", "typos"),
    View.SUMMARIZE: ("article.heading", "summary"),
    View.STATS: ("article.heading", "stats"),
    View.EXPORT: ("article", "index", "entities", "summary", "stats", "typos"),
}


def record(result: Analysis | Failure, view: View = View.EXPORT, lazy_words: bool = False) -> dict[str, Any]:
    """Return the record of ``result`` for ``view``: the analysis restricted to the view's parts, or the error
    record of a failed input (the same for every view). ``lazy_words`` makes the words a sequence whose
    dictionaries are made as they are read, for :func:`dvcli.render.json.write_json`."""
    if isinstance(result, Failure):
        return result.to_dict()
    # A view without the article's words never reads their dictionaries: they are not made.
    full = result.to_dict(lazy_words or "article" not in _PARTS[view])
    kept: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "source": full["source"]}
    for part in _PARTS[view]:
        if part == "article.heading":
            kept["article"] = {"title": full["article"]["title"], "published": full["article"]["published"]}
        elif part in full:
            kept[part] = full[part]
    kept["warnings"] = full["warnings"]
    return kept


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
        if value is None or value is False or value == "" or value == [] or value == ():
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{name}: {value}")
    return "; ".join(parts)
