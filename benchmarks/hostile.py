"""Big and odd input, measured: wall time and peak memory of whole ``dvcli`` processes on generated files.

Usage: python benchmarks/hostile.py ARTICLES_DIR [--mb 16] [--command export] [--only NAME ...]

The inputs are built from the ``*.txt`` articles in ARTICLES_DIR (e.g. ``examples/`` or the baomoi corpus): a
16 MB article (their bodies repeated under one title), 100,000 short sentences, 20,000 ``.`` lines, a 1 MB line
without punctuation, and a 50 MB file that the default ``--max-bytes`` must refuse at once. Each runs as
``python -m dvcli COMMAND FILE`` (``export --format json -o`` for export) under ``/usr/bin/time -v``.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000


def article_bodies(articles: Path) -> str:
    """The bodies (all but the title line) of the ``*.txt`` articles in ``articles``, joined by blank lines."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt"))]
    return "\n\n".join(text.split("\n", 1)[1].strip() for text in texts if "\n" in text)


def long_article(body: str, size: int) -> str:
    """One article: a title, then ``body`` repeated until it holds at least ``size`` bytes of UTF-8."""
    chunks, total = [], 0
    while total < size:
        chunks.append(body)
        total += len(body.encode()) + 2
    return "Một bài báo rất dài\n\n" + "\n\n".join(chunks) + "\n"


def _syllables(body: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", body.lower())]


INPUTS: dict[str, Callable[[str, float], str]] = {
    "article": lambda body, mb: long_article(body, int(mb * MB)),
    "sentences-100k": lambda body, mb: "Tiêu đề\n\n" + " ".join(f"Ông {i % 97} đến." for i in range(100_000)),
    "dots-20k": lambda body, mb: "Tiêu đề\n\n" + ".\n" * 20_000 + "Nội dung bài viết.\n",
    "line-1mb": lambda body, mb: " ".join(random.Random(0).choices(_syllables(body), k=MB // 5)),
    "too-large-50mb": lambda body, mb: long_article(body, 50 * MB),
}


def _measure(path: Path, command: str) -> tuple[float, int, int]:
    out = path.with_suffix(".out")
    args = [command, str(path)] + (["--format", "json", "-o", str(out)] if command == "export" else ["--json"])
    run = subprocess.run(
        ["/usr/bin/time", "-v", sys.executable, "-m", "dvcli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    report = run.stderr
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    assert wall is not None, report
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    assert rss is not None, report
    out.unlink(missing_ok=True)
    return seconds, int(rss.group(1)) // 1024, run.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--mb", type=float, default=16.0, help="size of the long article, in MB (default 16)")
    parser.add_argument("--command", default="export", choices=["parse", "summarize", "stats", "export"])
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="run only these inputs")
    options = parser.parse_args()
    body = article_bodies(options.articles)
    print(f"{'input':<16} {'bytes':>11} {'seconds':>8} {'peak MB':>8} {'exit':>4}")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in INPUTS.items():
            if options.only and name not in options.only:
                continue
            path = Path(folder) / f"{name}.txt"
            path.write_text(make(body, options.mb), encoding="utf-8")
            seconds, peak, status = _measure(path, options.command)
            print(f"{name:<16} {path.stat().st_size:>11,} {seconds:>8.1f} {peak:>8,} {status:>4}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
