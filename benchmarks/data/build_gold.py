"""Build entities_gold.json (or entities_dev.json, entities_test2.json with --set) from hand-written annotations."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"per": "person", "org": "organization", "loc": "location", "date": "date"}
# The corpus separates the body from the sapo by three blank lines; only the body is annotated.
SAPO_SEPARATOR = "\n\n\n\n"
# Selection rule: in sorted order, the first usable file of every block of 9.
BLOCK = 9
# Dev (tuning) set: the first usable file of every block of 13 that is not in the gold set (20 files).
DEV_BLOCK = 13
# Test set 2 (frozen before the rule changes of issue 11): among the files in neither set above, the first of
# every block of 6 whose body has 600-2,200 characters (33 files).
TEST2_BLOCK = 6
TEST2_MIN_CHARS = 600
TEST2_MAX_CHARS = 2200
# Dev set 2 (tuning, annotated after test set 2 was frozen): among the files in none of the sets above, the first of
# every block of 7 with the same length window; its even positions are dev2a, its odd positions dev2b, annotated
# by two people in parallel.
DEV2_BLOCK = 7
MAX_BODY_CHARS = 3500
MAX_LIST_SHARE = 0.25
LIST_LINE = re.compile(r"^\s*(\d+[.)]|[-+•*])")

DESCRIPTION = (
    "Hand-annotated person/organization/location/date mentions in 28 baomoi.com articles "
    "(../shared/corpus/raw/baomoi), title, body and byline, sapo excluded. Offsets are character offsets "
    "into the file text after UTF-8 decoding, BOM removal, CRLF/CR -> LF and NFC normalisation."
)
CONVENTIONS = (
    "See benchmarks/data/README.md. Flat exact spans, no nesting; person: the name without honorific or title; "
    "organization: full name with its head noun and any place in it; location: with its type word (tỉnh, huyện, "
    "TP., xã, sông ...); date: with a leading ngày/tháng/năm, a part-of-day word and a clock time directly before."
)
DEV_DESCRIPTION = DESCRIPTION.replace(
    "in 28 baomoi.com articles", "in 20 other baomoi.com articles (dev set, for tuning)"
)
DEV2_DESCRIPTION = DESCRIPTION.replace(
    "in 28 baomoi.com articles", "in further baomoi.com articles (dev set 2, half {half}, for tuning)"
)
TEST2_DESCRIPTION = DESCRIPTION.replace(
    "in 28 baomoi.com articles", "in 33 further baomoi.com articles (test set 2, frozen before the issue-11 rules)"
)


def load_text(path: Path) -> str:
    """Return the file text decoded and normalised exactly as dvcli's loader does."""
    text = path.read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def body_of(text: str) -> str:
    """Return the title, body and byline: the text before the sapo separator."""
    limit = text.find(SAPO_SEPARATOR)
    return text if limit == -1 else text[:limit]


def select_files(
    corpus: Path,
    block: int = BLOCK,
    exclude: frozenset[str] = frozenset(),
    min_chars: int = 0,
    max_chars: int = MAX_BODY_CHARS,
) -> list[str]:
    """Return the deterministic selection: per block of sorted files, the first short, non-list one not excluded."""
    names = sorted(p.name for p in corpus.glob("baomoi-*.txt"))
    if min_chars:
        # Test set 2 blocks the files that remain once both earlier sets are taken out.
        names = [name for name in names if name not in exclude]
    chosen = []
    for first in range(0, len(names), block):
        for name in names[first : first + block]:
            if name in exclude:
                continue
            body = body_of(load_text(corpus / name))
            lines = [line for line in body.split("\n") if line.strip()]
            list_share = sum(1 for line in lines if LIST_LINE.match(line)) / max(len(lines), 1)
            if min_chars <= len(body) <= max_chars and list_share < MAX_LIST_SHARE:
                chosen.append(name)
                break
    return chosen


def parse_source(path: Path) -> list[tuple[str, list[tuple[str, str, set[int] | None]]]]:
    """Return [(file, [(type, text, occurrences or None for all)])] from the annotation source."""
    articles: list[tuple[str, list[tuple[str, str, set[int] | None]]]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = unicodedata.normalize("NFC", raw.rstrip())
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("# "):
            articles.append((line[2:].strip(), []))
            continue
        kind, _, rest = line.partition(" ")
        if kind not in TYPES or not articles:
            raise SystemExit(f"{path}:{lineno}: bad line {line!r}")
        occurrences: set[int] | None = None
        if " @" in rest:
            rest, _, occ = rest.rpartition(" @")
            occurrences = {int(n) for n in occ.split(",")}
        articles[-1][1].append((TYPES[kind], rest, occurrences))
    return articles


def find_all(text: str, needle: str, limit: int) -> list[int]:
    """Return the starts of needle in text[:limit] that are not glued to a letter or digit."""
    starts = []
    pos = text.find(needle, 0, limit)
    while pos != -1:
        end = pos + len(needle)
        before_ok = pos == 0 or not text[pos - 1].isalnum()
        after_ok = end >= len(text) or not text[end].isalnum() or not needle[-1].isalnum()
        if before_ok and after_ok and end <= limit:
            starts.append(pos)
        pos = text.find(needle, pos + 1, limit)
    return starts


def annotate(text: str, entries: list[tuple[str, str, set[int] | None]], name: str) -> list[dict]:
    """Place every entry on the text, longest first, skipping occurrences inside a longer span."""
    limit = len(body_of(text))
    taken: list[dict] = []
    for etype, needle, occurrences in sorted(entries, key=lambda e: -len(e[1])):
        starts = find_all(text, needle, limit)
        if not starts:
            raise SystemExit(f"{name}: {needle!r} not found")
        if occurrences is not None:
            if max(occurrences) > len(starts):
                raise SystemExit(f"{name}: {needle!r} has only {len(starts)} occurrences")
            starts = [s for i, s in enumerate(starts, 1) if i in occurrences]
        placed = 0
        for start in starts:
            end = start + len(needle)
            if any(start < t["end"] and t["start"] < end for t in taken):
                continue
            taken.append({"type": etype, "text": needle, "start": start, "end": end})
            placed += 1
        if placed == 0:
            raise SystemExit(f"{name}: {needle!r} only occurs inside longer spans")
    return sorted(taken, key=lambda e: e["start"])


def verify(text: str, entities: list[dict], name: str) -> None:
    """Raise SystemExit unless every span matches its text, lies before the sapo and no two overlap."""
    limit = len(body_of(text))
    for ent in entities:
        if not 0 <= ent["start"] < ent["end"] <= limit:
            raise SystemExit(f"{name}: span outside the body {ent}")
        if text[ent["start"] : ent["end"]] != ent["text"]:
            raise SystemExit(f"{name}: offset mismatch for {ent}")
    for left, right in zip(entities, entities[1:], strict=False):
        if right["start"] < left["end"]:
            raise SystemExit(f"{name}: overlap {left} / {right}")


def markup(text: str, entities: list[dict]) -> str:
    """Return the annotated body with [text|type] brackets, for proofreading."""
    out, pos = [], 0
    for ent in entities:
        out.append(text[pos : ent["start"]])
        out.append(f"[{ent['text']}|{ent['type'][:3]}]")
        pos = ent["end"]
    out.append(body_of(text)[pos:])
    return "".join(out)


def main() -> None:
    """Build the gold JSON, or print the marked-up articles with --show."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="directory holding baomoi-*.txt")
    parser.add_argument(
        "--set",
        choices=("gold", "dev", "test2", "dev2a", "dev2b"),
        default="gold",
        help="held-out gold set or tuning dev set",
    )
    parser.add_argument("--source", type=Path, help="default: entities_<set>_src.txt beside this script")
    parser.add_argument("--output", type=Path, help="default: entities_<set>.json beside this script")
    parser.add_argument("--show", nargs="*", help="print the marked-up text of these files (all if none)")
    args = parser.parse_args()
    source = parse_source(args.source or HERE / f"entities_{args.set}_src.txt")
    output = args.output or HERE / f"entities_{args.set}.json"
    expected = select_files(args.corpus)
    if args.set != "gold":
        dev = select_files(args.corpus, DEV_BLOCK, exclude=frozenset(expected))
        if args.set == "dev":
            expected = dev
        else:
            used = frozenset(expected) | frozenset(dev)
            test2 = select_files(args.corpus, TEST2_BLOCK, used, TEST2_MIN_CHARS, TEST2_MAX_CHARS)
            expected = test2
            if args.set.startswith("dev2"):
                dev2 = select_files(args.corpus, DEV2_BLOCK, used | frozenset(test2), TEST2_MIN_CHARS, TEST2_MAX_CHARS)
                expected = dev2[0::2] if args.set == "dev2a" else dev2[1::2]
    if [name for name, _ in source] != expected:
        raise SystemExit(f"annotated files differ from the selection rule: {expected}")
    articles = []
    for name, entries in source:
        text = load_text(args.corpus / name)
        entities = annotate(text, entries, name)
        verify(text, entities, name)
        articles.append({"file": name, "entities": entities})
        if args.show is not None and (not args.show or any(s in name for s in args.show)):
            print(f"=== {name}\n{markup(text, entities)}\n")
    if args.show is None:
        description = {
            "dev": DEV_DESCRIPTION,
            "test2": TEST2_DESCRIPTION,
            "dev2a": DEV2_DESCRIPTION.format(half="a"),
            "dev2b": DEV2_DESCRIPTION.format(half="b"),
        }.get(args.set, DESCRIPTION)
        gold = {"description": description, "conventions": CONVENTIONS, "articles": articles}
        output.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts: dict[str, int] = {}
        for art in articles:
            for ent in art["entities"]:
                counts[ent["type"]] = counts.get(ent["type"], 0) + 1
        print(f"{len(articles)} articles, {sum(counts.values())} entities: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
