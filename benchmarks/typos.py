"""Run find_typos over a folder of articles: every flag with its context, then load and per-article times.

Usage: python benchmarks/typos.py ARTICLES_DIR [ARTICLE ...]   (e.g. ../shared/corpus/raw/baomoi)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from dvcli import resources
from dvcli.load import load
from dvcli.parse import parse_article
from dvcli.stats import typos as spelling


def main(folder: Path, extra: list[Path]) -> None:
    paths = sorted(folder.glob("*.txt")) + extra
    articles = [parse_article(load(path).text) for path in paths]
    started = time.perf_counter()
    spelling._pairs(), resources.words(), resources.syllables()  # what the first call loads
    load_seconds = time.perf_counter() - started
    passes = []
    for _ in range(3):  # the first pass also fills the per-syllable caches
        times = []
        for article in articles:
            started = time.perf_counter()
            spelling.find_typos(article)
            times.append(time.perf_counter() - started)
        passes.append(times)
    flags = 0
    for path, article in zip(paths, articles, strict=True):
        for typo in spelling.find_typos(article):
            flags += 1
            assert article.text[typo.start : typo.end] == typo.text
            context = article.text[max(0, typo.start - 40) : typo.end + 40].replace("\n", " ")
            print(f"{path.name}\t{typo.text!r} -> {typo.suggestion!r}\t…{context}…")
    print(f"\n{len(articles)} articles, {flags} flags")
    print(f"load (pair table + word and syllable tables): {load_seconds * 1000:.0f} ms")
    for label, times in (("first pass", passes[0]), ("third pass", passes[2])):
        print(
            f"{label}: mean {statistics.mean(times) * 1000:.3f} ms, median {statistics.median(times) * 1000:.3f} ms,"
            f" max {max(times) * 1000:.3f} ms per article"
        )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__.splitlines()[2])
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
