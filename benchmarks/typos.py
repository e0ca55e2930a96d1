"""Run find_typos over articles: every flag with its context, a count of the hygiene findings, then the timings.

Usage: python benchmarks/typos.py ARTICLES_DIR [ARTICLE.txt | RECORDS.jsonl ...] [--records N]
   (e.g. ../shared/corpus/raw/baomoi ../shared/corpus/summarization/vnds_val.jsonl --records 500)

A ``.jsonl`` file holds records with ``title`` and ``text`` (the summarization sets); the first N records are read
(all without ``--records``). Flags are printed one a line, numbered, so a reader can judge them one by one.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from dvcli import resources
from dvcli.load import load, load_text
from dvcli.model import Article
from dvcli.parse import parse_article
from dvcli.stats import typos as spelling
from dvcli.stats.hygiene import check_hygiene


def _articles(folder: Path, extra: list[Path], records: int | None) -> list[tuple[str, Article]]:
    named = [(p.name, parse_article(load(p).text)) for p in sorted(folder.glob("*.txt"))]
    for path in extra:
        if path.suffix != ".jsonl":
            named.append((path.name, parse_article(load(path).text)))
            continue
        with path.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                if records is not None and n >= records:
                    break
                record = json.loads(line)
                text = load_text(f"{record['title']}\n\n{record['text']}\n").text
                named.append((record.get("id", f"{path.name}:{n}"), parse_article(text)))
    return named


def main(folder: Path, extra: list[Path], records: int | None) -> None:
    named = _articles(folder, extra, records)
    articles = [article for _, article in named]
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
    for name, article in named:
        for typo in spelling.find_typos(article):
            flags += 1
            assert article.text[typo.start : typo.end] == typo.text
            context = article.text[max(0, typo.start - 40) : typo.end + 40].replace("\n", " ")
            print(f"{flags}\t{name}\t{typo.text!r} -> {typo.suggestion!r}\t…{context}…")
    print(f"\n{len(articles)} articles, {flags} flags")
    findings: Counter[str] = Counter()
    with_finding: Counter[str] = Counter()
    for article in articles:
        for kind, found in check_hygiene(article).to_dict().items():
            findings[kind] += len(found)
            with_finding[kind] += bool(found)
    for kind in findings:
        print(f"hygiene {kind}: {findings[kind]} findings in {with_finding[kind]} articles")
    print(f"load (pair table + word and syllable tables): {load_seconds * 1000:.0f} ms")
    for label, times in (("first pass", passes[0]), ("third pass", passes[2])):
        print(
            f"{label}: mean {statistics.mean(times) * 1000:.3f} ms, median {statistics.median(times) * 1000:.3f} ms,"
            f" max {max(times) * 1000:.3f} ms per article"
        )


if __name__ == "__main__":
    args = sys.argv[1:]
    limit = None
    if "--records" in args:
        at = args.index("--records")
        limit = int(args[at + 1])
        del args[at : at + 2]
    if not args:
        sys.exit(__doc__.splitlines()[2])
    main(Path(args[0]), [Path(p) for p in args[1:]], limit)
