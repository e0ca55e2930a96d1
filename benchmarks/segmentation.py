"""Word segmentation and sentence splitting benchmarks: dvcli beside underthesea and pyvi, in one run.

Usage: python benchmarks/segmentation.py CONLLU [--limit N] [--articles DIR] [--group 5]

Word spans are compared over the non-space characters of each gold sentence (so a tool that splits `5/10/2000`
differently is still aligned); punctuation-only tokens are left out for every system, gold included. Each tool
gets the gold sentence text, tokens separated by single spaces (LBKT/RBKT written as brackets). Sentence boundaries:
groups of --group consecutive gold sentences, detokenised and joined with single spaces, are split again; a
boundary is the position (in non-space characters) where a sentence ends, the group's own end not counted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from udvtb import GoldSentence, Tally, align, detokenize, read_conllu, squeeze

from dvcli.segment import segment_words, split_sentences


def _pyvi() -> Callable[[str], list[str]]:
    from pyvi import ViTokenizer

    return lambda text: [w.replace("_", " ") for w in ViTokenizer.tokenize(text).split()]


def _underthesea() -> Callable[[str], list[str]]:
    from underthesea import word_tokenize

    return word_tokenize


def _dvcli(text: str) -> list[str]:
    return [text[s:e] for s, e in segment_words(text)]


def words_table(sentences: list[GoldSentence]) -> list[str]:
    """Return markdown rows: precision, recall, F1 and syllables per second of each segmenter."""
    systems: dict[str, Callable[[str], list[str]]] = {
        "dvcli": _dvcli,
        "underthesea word_tokenize": _underthesea(),
        "pyvi ViTokenizer": _pyvi(),
        "one syllable = one word": str.split,
    }
    syllables = sum(len(s.text.split()) for s in sentences)
    rows = []
    for name, tokenize in systems.items():
        tokenize(sentences[0].text)  # load models before the clock starts
        begin = time.perf_counter()
        outputs = [tokenize(s.text) for s in sentences]
        elapsed = time.perf_counter() - begin
        tally = Tally()
        for sent, words in zip(sentences, outputs, strict=True):
            tally.add(squeeze(sent.text, sent.words), align(sent.text, words))
        p, r, f = tally.prf()
        rows.append(f"| {name} | {p:.4f} | {r:.4f} | **{f:.4f}** | {syllables / elapsed:,.0f} |")
    return rows


def _squeezed_ends(text: str, sentences: list[str]) -> set[int]:
    """Locate sentence strings in ``text`` in order; return their ends counted in non-space characters."""
    ends, pos = set(), 0
    stripped = "".join(text.split())
    for sentence in sentences:
        compact = "".join(sentence.split())
        at = stripped.find(compact, pos) if compact else -1
        if at >= 0:
            pos = at + len(compact)
            ends.add(pos)
    ends.discard(len(stripped))
    return ends


def sentences_table(sentences: list[GoldSentence], group: int) -> list[str]:
    """Return markdown rows: sentence boundary precision, recall and F1 of each splitter."""
    from underthesea import sent_tokenize

    splitters: dict[str, Callable[[str], list[str]]] = {
        "dvcli split_sentences": lambda t: [t[s:e] for s, e in split_sentences(t)],
        "underthesea sent_tokenize": sent_tokenize,
    }
    paragraphs = []
    for i in range(0, len(sentences), group):
        parts = [detokenize(s) for s in sentences[i : i + group]]
        text = " ".join(parts)
        paragraphs.append((text, _squeezed_ends(text, parts)))
    rows = []
    for name, split in splitters.items():
        tally = Tally()
        for text, gold in paragraphs:
            predicted = _squeezed_ends(text, split(text))
            tally.add({(g, g) for g in gold}, {(p, p) for p in predicted})
        p, r, f = tally.prf()
        rows.append(f"| {name} | {p:.4f} | {r:.4f} | **{f:.4f}** |")
    return rows


def _cold(code: str, path: Path) -> float:
    """Median wall time of a fresh interpreter importing a tool and running it once on one article."""
    times = []
    for _ in range(3):
        begin = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, capture_output=True)
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def articles_table(directory: Path) -> list[str]:
    """Return markdown rows: time per article of dvcli's parse and segmenter and of underthesea's word_tokenize."""
    from dvcli.parse import parse_article

    paths = sorted(directory.rglob("*.txt"))
    texts = [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in paths]
    word_tokenize = _underthesea()
    runners: dict[str, Callable[[str], object]] = {
        "dvcli parse_article (whole parse)": parse_article,
        "dvcli split_sentences + segment_words": lambda t: [segment_words(t, s, e) for s, e in split_sentences(t)],
        "underthesea word_tokenize": word_tokenize,
    }
    syllables = sum(len(t.split()) for t in texts)
    timings = {}
    for name, run in runners.items():
        run(texts[0])
        begin = time.perf_counter()
        for text in texts:
            run(text)
        timings[name] = time.perf_counter() - begin
    base = timings["underthesea word_tokenize"]
    rows = [
        f"| {name} | {1000 * t / len(texts):.2f} | {syllables / t:,.0f} | {base / t:.2f}x |"
        for name, t in timings.items()
    ]
    cold_dvcli = _cold(
        "import sys; from dvcli.load import load; from dvcli.parse import parse_article; "
        "parse_article(load(sys.argv[1]).text)",
        paths[0],
    )
    cold_uts = _cold(
        "import sys; from underthesea import word_tokenize; word_tokenize(open(sys.argv[1]).read())", paths[0]
    )
    rows.append(
        f"| cold start, one article: dvcli load + parse_article | {1000 * cold_dvcli:.0f} | | "
        f"{cold_uts / cold_dvcli:.2f}x |"
    )
    rows.append(f"| cold start, one article: underthesea import + word_tokenize | {1000 * cold_uts:.0f} | | 1.00x |")
    return [f"{len(texts)} articles, {syllables:,} syllables", "", *rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N sentences")
    parser.add_argument("--group", type=int, default=5, help="gold sentences per paragraph for sentence splitting")
    parser.add_argument("--articles", type=Path, default=None, help="directory of article .txt files to time")
    args = parser.parse_args()
    sentences = read_conllu(args.conllu, args.limit)
    print(f"## Word segmentation: {args.conllu.name}, {len(sentences)} sentences\n")
    print("| system | precision | recall | F1 | syllables/s |\n| --- | ---: | ---: | ---: | ---: |")
    print("\n".join(words_table(sentences)))
    print(f"\n## Sentence boundaries: {args.conllu.name}, groups of {args.group} sentences\n")
    print("| splitter | precision | recall | F1 |\n| --- | ---: | ---: | ---: |")
    print("\n".join(sentences_table(sentences, args.group)))
    if args.articles:
        rows = articles_table(args.articles)
        print(f"\n## Time per article: {args.articles}, {rows[0]}\n")
        print("| run | ms/article | syllables/s | speed vs underthesea word_tokenize |")
        print("| --- | ---: | ---: | ---: |")
        print("\n".join(rows[2:]))


if __name__ == "__main__":
    main()
