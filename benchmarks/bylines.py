"""Byline benchmark: author and source accuracy per byline shape, and how often a byline is invented.

Usage: python benchmarks/bylines.py benchmarks/data/bylines_gold.tsv ARTICLES_DIR [--errors]

The gold file (read by hand, see benchmarks/data/README.md) gives per article its shape, author and source
("-" for none, "|" between accepted alternatives). An author or source counts as right when dvcli gives exactly
one of the accepted values, or none where the gold has none. "Invented" counts articles with no byline where dvcli
reports an author or a source.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from dvcli.load import load
from dvcli.parse import parse_article


def _accepted(cell: str) -> set[str | None]:
    return {None} if cell == "-" else set(cell.split("|"))


def main(argv: list[str] | None = None) -> int:
    """Print the per-shape table and the totals; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--errors", action="store_true", help="print every wrong author or source")
    args = parser.parse_args(argv)
    rows = [
        line.split("\t")
        for line in args.gold.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "file\t"))
    ]
    shapes: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    totals = [0, 0, 0]
    invented = without = 0
    for name, shape, author, source in rows:
        byline = parse_article(load(args.articles / name).text).byline
        got_author = byline.author.name if byline and byline.author else None
        got_source = byline.source.name if byline and byline.source else None
        author_ok = got_author in _accepted(author)
        source_ok = got_source in _accepted(source)
        for counts in (shapes[shape], totals):
            counts[0] += 1
            counts[1] += author_ok
            counts[2] += source_ok
        if author == "-" and source == "-":
            without += 1
            invented += got_author is not None or got_source is not None
        if args.errors and not (author_ok and source_ok):
            print(f"{name}\t{shape}\tgold {author!r} / {source!r}\tdvcli {got_author!r} / {got_source!r}")
    print(f"\nBylines, {totals[0]} articles ({args.gold.name})\n")
    print("| shape | articles | author right | source right |")
    print("| --- | ---: | ---: | ---: |")
    for shape, (n, a, s) in sorted(shapes.items(), key=lambda item: (-item[1][0], item[0])):
        print(f"| {shape} | {n} | {a} | {s} |")
    n, a, s = totals
    print(f"| **all** | {n} | {a} ({a / n:.0%}) | {s} ({s / n:.0%}) |")
    print(f"\nInvented bylines: {invented} of {without} articles without one ({invented / max(without, 1):.0%}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
