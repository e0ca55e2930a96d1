"""Time each stage of the analysis one by one, on real articles or on one long article built from them.

Usage: python benchmarks/stages.py ARTICLES_DIR [--mb 1 4 ...] [--repeat 3]

Without ``--mb`` every ``*.txt`` of ARTICLES_DIR is analysed and the seconds per stage are summed over them;
with ``--mb N`` their bodies are repeated under one title up to N megabytes (as ``hostile.py`` builds its 16 MB
article) and that one article is analysed. Each stage runs as ``dvcli.pipeline`` runs it, on the output of the
one before: decoding and loading, parsing (lines, sentences, words: the token table), entities and their index,
the summary, typos, the stats, and the export record written as JSON (``export --format json``). The best of
``--repeat`` runs is kept per stage, after a warm-up that loads the tables. A stage whose seconds grow faster
than the size of the text is the one to look at.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile import MB, article_bodies, long_article  # noqa: E402

from dvcli.entities import build_index, extract_entities  # noqa: E402
from dvcli.load import load  # noqa: E402
from dvcli.model import Analysis  # noqa: E402
from dvcli.parse import parse_article  # noqa: E402
from dvcli.render.json import write_json  # noqa: E402
from dvcli.render.records import record  # noqa: E402
from dvcli.stats import compute_stats, find_typos  # noqa: E402
from dvcli.summarize import summarize  # noqa: E402
from dvcli.text.invisible import strip_invisible  # noqa: E402

STAGES = ("load", "parse", "entities", "summary", "typos", "stats", "json")


def _timed(seconds: dict[str, float], stage: str, run: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = run()
    seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
    return result


def analyse(path: Path, seconds: dict[str, float]) -> None:
    """Run every stage on the article at ``path``, adding each stage's seconds to ``seconds``."""
    loaded = _timed(seconds, "load", lambda: load(path))
    text = strip_invisible(loaded.text)[0]
    article = _timed(seconds, "parse", lambda: parse_article(text))
    entities = _timed(seconds, "entities", lambda: extract_entities(article))
    index = _timed(seconds, "entities", lambda: build_index(article.text, entities))
    summary = _timed(seconds, "summary", lambda: summarize(article))
    typos = _timed(seconds, "typos", lambda: find_typos(article))
    stats = _timed(seconds, "stats", lambda: compute_stats(article, typos=typos))
    analysis = Analysis(loaded.source, article, entities, summary, stats, typos, index)
    _timed(seconds, "json", lambda: write_json(io.StringIO(), record(analysis, lazy_words=True)))


def best_of(paths: list[Path], repeat: int) -> dict[str, float]:
    """The fewest seconds each stage took over ``repeat`` runs over all of ``paths``."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        seconds: dict[str, float] = {}
        for path in paths:
            analyse(path, seconds)
        best = {stage: min(best.get(stage, seconds[stage]), seconds[stage]) for stage in STAGES}
    return best


def _table(rows: list[tuple[str, int, dict[str, float]]]) -> str:
    lines = ["| input | bytes | " + " | ".join(STAGES) + " | total | s per MB |"]
    lines.append("| --- | ---: | " + " | ".join("---:" for _ in STAGES) + " | ---: | ---: |")
    for name, size, seconds in rows:
        total = sum(seconds.values())
        cells = " | ".join(f"{seconds[stage]:.2f}" for stage in STAGES)
        lines.append(f"| {name} | {size:,} | {cells} | {total:.2f} | {total / (size / MB):.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="a folder of *.txt articles (examples/, the baomoi corpus)")
    parser.add_argument("--mb", type=float, nargs="*", default=[], help="also one article of N megabytes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per input; the best is kept")
    args = parser.parse_args(argv)
    paths = sorted(args.articles.glob("*.txt"))
    if not paths:
        parser.error(f"no *.txt article in {args.articles}")
    best_of(paths[:3], 1)  # warm-up: the tables load on first use
    rows = [(f"{len(paths)} articles", sum(p.stat().st_size for p in paths), best_of(paths, args.repeat))]
    with tempfile.TemporaryDirectory() as folder:
        for size in args.mb:
            path = Path(folder) / f"article-{size:g}mb.txt"
            path.write_text(long_article(article_bodies(args.articles), int(size * MB)), encoding="utf-8")
            rows.append((f"{size:g} MB article", path.stat().st_size, best_of([path], args.repeat)))
    print(_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
