"""Is every pass linear? Time per article as noise lines and article size grow, with the ratios.

Usage: python benchmarks/scaling.py ARTICLE [--noise 2000,20000,200000] [--sizes 1,4,16]

Builds articles from ARTICLE (e.g. examples/dan-van-tien-yen.txt): the article followed by N picture-placeholder
lines (`.`), and the article's body repeated up to S megabytes. Times the whole analysis (`export`'s stages) once
per article after a warm-up, and prints each time beside the smallest case's, with the ratio of sizes. Linear
passes give a time ratio close to the size ratio.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dvcli.load import load, load_text
from dvcli.options import AnalyzeOptions
from dvcli.pipeline import analyze_loaded


def _seconds(text: str) -> float:
    started = time.perf_counter()
    analyze_loaded(load_text(text), AnalyzeOptions())
    return time.perf_counter() - started


def _table(title: str, cases: list[tuple[str, int, str]]) -> None:
    print(f"\n| {title} | characters | seconds | time ratio | size ratio |")
    print("| --- | ---: | ---: | ---: | ---: |")
    base_time = base_size = 0.0
    for label, size, text in cases:
        seconds = _seconds(text)
        base_time, base_size = base_time or seconds, base_size or size
        print(f"| {label} | {size:,} | {seconds:.2f} | {seconds / base_time:.1f} | {size / base_size:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("--noise", default="2000,20000,200000", help="noise line counts, comma-separated")
    parser.add_argument("--sizes", default="1,4,16", help="article sizes in MB, comma-separated")
    args = parser.parse_args()

    text = load(args.article).text
    title, _, body = text.partition("\n")
    _seconds(text)  # the first analysis loads the tables

    noisy = []
    for count in (int(n) for n in args.noise.split(",")):
        article = text + "\n\n" + ".\n\n" * count
        noisy.append((f"{count:,} noise lines", len(article), article))
    _table("article + noise lines", noisy)

    large = []
    for megabytes in (int(n) for n in args.sizes.split(",")):
        # Paragraphs repeated until the article holds about that many bytes of UTF-8.
        target, parts, size = megabytes * 1_000_000, [title], len(title.encode())
        while size < target:
            parts.append(body)
            size += len(body.encode()) + 2
        article = "\n\n".join(parts)
        large.append((f"{megabytes} MB", len(article), article))
    _table("article size", large)


if __name__ == "__main__":
    main()
