"""Speed at scale: start-up, throughput with 1 and all workers, peak memory, and the pipeline a user would build.

Usage: python benchmarks/speed.py ARTICLES_DIR [--copies 20] [--repeat 3] [--alternative-limit 50]

Prints medians of repeated runs, all in one run on this machine:
1. start-up of whole processes: `python -c pass`, cold `dvcli --version`, cold `dvcli summarize` on one article;
2. `dvcli export --format jsonl` over the folder repeated `--copies` times (250 files x 20 = 5,000 inputs, given
   with --files-from), with 1 worker and with one per core: articles per second and the parallel efficiency;
3. peak resident memory (GNU time's maximum RSS) of the same command over the folder once and over all copies;
4. in one process, per article: dvcli's full analysis beside what a user would otherwise assemble, underthesea
   `word_tokenize` + `ner` on every sentence + sumy's LexRank summary (on the first `--alternative-limit` articles,
   since underthesea's NER is slow), with the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable


def _median_seconds(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _export(listing: Path, workers: int, out: Path) -> list[str]:
    return [
        PYTHON,
        "-m",
        "dvcli",
        "export",
        "--format",
        "jsonl",
        "-q",
        "-j",
        str(workers),
        "--files-from",
        str(listing),
        "-o",
        str(out),
    ]


def _peak_rss_mb(command: list[str]) -> float:
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], check=True, capture_output=True, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def _alternative(texts: list[str]) -> float:
    """Seconds per article for underthesea word_tokenize + ner per sentence + sumy LexRank (3 sentences)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from underthesea import ner, sent_tokenize, word_tokenize

    class Words:
        def to_words(self, sentence: str) -> list[str]:
            return word_tokenize(sentence)

    lexrank, words = LexRankSummarizer(), Words()
    ner(texts[0][:200])  # loads the model: not counted
    started = time.perf_counter()
    for text in texts:
        sentences = [s for line in text.splitlines() if line.strip() for s in sent_tokenize(line)]
        for sentence in sentences:
            word_tokenize(sentence)
            ner(sentence)
        document = ObjectDocumentModel([Paragraph([Sentence(s, words) for s in sentences])])  # type: ignore[arg-type]
        lexrank(document, 3)
    return (time.perf_counter() - started) / len(texts)


def _dvcli_in_process(texts: list[str]) -> float:
    from dvcli.load import load_text
    from dvcli.options import AnalyzeOptions
    from dvcli.pipeline import analyze_loaded

    analyze_loaded(load_text(texts[0]), AnalyzeOptions())  # loads the tables: not counted
    started = time.perf_counter()
    for text in texts:
        analyze_loaded(load_text(text), AnalyzeOptions())
    return (time.perf_counter() - started) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path, help="a folder of *.txt articles, e.g. shared/corpus/raw/baomoi")
    parser.add_argument("--copies", type=int, default=20, help="how many times the folder is repeated for throughput")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--alternative-limit", type=int, default=50)
    args = parser.parse_args()

    files = sorted(args.articles.glob("*.txt"))
    sample = str(Path(__file__).resolve().parent.parent / "examples" / "dan-van-tien-yen.txt")
    cores = os.cpu_count() or 1
    print(f"{len(files)} articles in {args.articles}; {cores} cores; medians of {args.repeat} runs\n")

    print("| whole process, cold | median wall time (s) |\n| --- | ---: |")
    bare = _median_seconds([PYTHON, "-c", "pass"], max(args.repeat, 5))
    version = _median_seconds([PYTHON, "-m", "dvcli", "--version"], max(args.repeat, 5))
    summarize = _median_seconds([PYTHON, "-m", "dvcli", "summarize", sample], max(args.repeat, 5))
    print(
        f"| `python -c pass` | {bare:.3f} |\n| `dvcli --version` | {version:.3f} (+{(version - bare) * 1000:.0f} ms) |"
    )
    print(f"| `dvcli summarize examples/dan-van-tien-yen.txt` | {summarize:.3f} |")

    with tempfile.TemporaryDirectory() as scratch:
        once, many = Path(scratch, "once.txt"), Path(scratch, "many.txt")
        once.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
        many.write_text("\n".join(map(str, files * args.copies)) + "\n", encoding="utf-8")
        out = Path(scratch, "out.jsonl")
        total = len(files) * args.copies
        print(f"\n| `dvcli export --format jsonl` over {total:,} inputs | median s | articles/s | vs 1 worker |")
        print("| --- | ---: | ---: | ---: |")
        rates = {}
        for workers in sorted({1, cores}):
            seconds = _median_seconds(_export(many, workers, out), args.repeat)
            rates[workers] = total / seconds
            print(f"| -j {workers} | {seconds:.1f} | {rates[workers]:.1f} | {rates[workers] / rates[1]:.2f}x |")
        if cores > 1:
            print(f"\nparallel efficiency with {cores} workers: {rates[cores] / rates[1] / cores:.0%}")
        print(f"\n| peak RSS (MB) | -j 1 | -j {cores} (main process) |\n| --- | ---: | ---: |")
        for label, listing in ((f"{len(files)} inputs", once), (f"{total:,} inputs", many)):
            single = _peak_rss_mb(_export(listing, 1, out))
            pooled = _peak_rss_mb(_export(listing, cores, out))
            print(f"| {label} | {single:.0f} | {pooled:.0f} |")

    texts = [f.read_text(encoding="utf-8") for f in files[: args.alternative_limit]]
    ours = _dvcli_in_process(texts)
    theirs = _alternative(texts)
    print(f"\n| per article, one process, {len(texts)} articles | ms | articles/s |\n| --- | ---: | ---: |")
    print(f"| dvcli, every stage (structure to typos) | {ours * 1000:.1f} | {1 / ours:.1f} |")
    print(f"| underthesea word_tokenize + ner per sentence + sumy LexRank | {theirs * 1000:.1f} | {1 / theirs:.1f} |")
    print(f"\ndvcli, one worker, does {theirs / ours:.1f}x the articles per second of that pipeline")


if __name__ == "__main__":
    main()
