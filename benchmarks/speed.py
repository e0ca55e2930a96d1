"""Throughput and start-up: dvcli's commands beside the word segmenters a user would otherwise run.

Usage: python benchmarks/speed.py ARTICLES_DIR [--limit N] [--repeat R]

Per article, in one process and on the same texts: the work of `dvcli parse` (load, parse with sentences and
words, entities), of `dvcli export` (everything), underthesea's `word_tokenize` and pyvi's `ViTokenizer`.
Then start-up: wall time of whole processes, median of R runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import dvcli
from dvcli.load import load
from dvcli.options import COMMAND_STAGES, AnalyzeOptions, Stage
from dvcli.pipeline import analyze_loaded

PARSE_COMMAND = AnalyzeOptions(stages=COMMAND_STAGES["parse"])
# What issue 3 calls "the whole parse": structure, sentences, words and entities, before keywords and typos joined.
STRUCTURE_AND_ENTITIES = AnalyzeOptions(stages=frozenset({Stage.ENTITIES}))
EVERYTHING = AnalyzeOptions(stages=COMMAND_STAGES["export"])


def _per_article(label: str, work: Callable[[str], object], texts: list[str], repeat: int) -> tuple[str, float, float]:
    started = time.perf_counter()
    work(texts[0])  # the first call pays for lazy loading: reported apart
    first = time.perf_counter() - started
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, (time.perf_counter() - started) / len(texts))
    return label, first, best


def _process_time(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="a folder of *.txt articles, e.g. shared/corpus/raw/baomoi")
    parser.add_argument("--limit", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    files = sorted(args.articles.glob("*.txt"))[: args.limit]
    texts = [load(f).text for f in files]
    syllables = sum(len(t.split()) for t in texts)

    from pyvi import ViTokenizer
    from underthesea import word_tokenize

    from dvcli.load import load_text

    rows = [
        _per_article(
            "dvcli structure, sentences, words, entities",
            lambda t: analyze_loaded(load_text(t), STRUCTURE_AND_ENTITIES),
            texts,
            args.repeat,
        ),
        _per_article(
            "dvcli parse (load, structure, sentences, words, entities, keywords, typos)",
            lambda t: analyze_loaded(load_text(t), PARSE_COMMAND),
            texts,
            args.repeat,
        ),
        _per_article(
            "dvcli export (all stages)", lambda t: analyze_loaded(load_text(t), EVERYTHING), texts, args.repeat
        ),
        _per_article("underthesea word_tokenize", word_tokenize, texts, args.repeat),
        _per_article("pyvi ViTokenizer.tokenize", ViTokenizer.tokenize, texts, args.repeat),
    ]
    reference = rows[3][2]
    print(
        f"{len(texts)} articles, {syllables / len(texts):.0f} white-space tokens each on average, "
        f"dvcli {dvcli.__version__}, best of {args.repeat} passes\n"
    )
    print("| per article | first call (s) | ms per article | articles/s | time vs underthesea word_tokenize |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, first, per in rows:
        print(f"| {label} | {first:.2f} | {per * 1000:.1f} | {1 / per:.0f} | {per / reference:.2f}x |")

    sample = str(files[0])
    python = sys.executable
    processes = [
        ("`dvcli --version`", [python, "-m", "dvcli", "--version"]),
        ("`dvcli parse FILE --json`", [python, "-m", "dvcli", "parse", sample, "--json"]),
        ("`dvcli export FILE`", [python, "-m", "dvcli", "export", sample]),
        ("`import dvcli` + `dvcli.analyze(FILE)`", [python, "-c", f"import dvcli; dvcli.analyze({sample!r})"]),
        (
            "`import underthesea` + `word_tokenize(text)`",
            [
                python,
                "-c",
                f"import underthesea, pathlib; underthesea.word_tokenize(pathlib.Path({sample!r}).read_text())",
            ],
        ),
        (
            "`import pyvi` + `ViTokenizer.tokenize(text)`",
            [
                python,
                "-c",
                f"from pyvi import ViTokenizer; import pathlib; "
                f"ViTokenizer.tokenize(pathlib.Path({sample!r}).read_text())",
            ],
        ),
        ("`python -c pass` (interpreter alone)", [python, "-c", "pass"]),
    ]
    print("\n| whole process | median wall time (s) |")
    print("| --- | ---: |")
    for label, command in processes:
        print(f"| {label} | {_process_time(command, max(args.repeat, 5)):.3f} |")


if __name__ == "__main__":
    main()
