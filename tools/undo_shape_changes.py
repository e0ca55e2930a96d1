"""Rewrite JSON Lines records of schema 2.0 in the 1.0 shape, so `cmp` can show nothing else changed.

The 2.0 changes: `schema_version` "2.0"; `article.byline` gains `author_span` and `source_span`; `summarize` and
`stats` views keep `article.title`/`article.published` where 1.0 had a top-level `title`; `parse` keeps `stats`
where 1.0 had a top-level `keywords`. Only the export record's changes apply to `export --format jsonl`.

    python tools/undo_shape_changes.py < after.jsonl > after-as-1.0.jsonl && cmp before.jsonl after-as-1.0.jsonl
"""

from __future__ import annotations

import json
import sys


def as_version_1(record: dict) -> dict:
    record["schema_version"] = "1.0"
    byline = record.get("article", {}).get("byline")
    if byline is not None:
        byline.pop("author_span", None)
        byline.pop("source_span", None)
    return record


def main() -> None:
    for line in sys.stdin:
        record = as_version_1(json.loads(line))
        sys.stdout.write(json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n")


if __name__ == "__main__":
    main()
