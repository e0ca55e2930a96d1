"""ROUGE of dvcli's summarizers beside Lead, sumy's LexRank/TextRank and a greedy oracle; keyword hits vs YAKE.

Usage: python benchmarks/rouge.py DATA.jsonl [DATA2.jsonl ...] [--limit N]

Systems: every dvcli method (the learned default, lead = Lead-k, textrank, the old hand-weighted blend), sumy's
LexRank and TextRank, and the greedy oracle; ms/article is the ranking time alone (parsing is shown apart).

Each JSON line needs ``title``, ``text`` (the body) and ``summary`` (the human reference). Every system
picks from the same sentences (dvcli's splitter), so the comparison is about ranking only. Prints markdown.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rouge_metrics import greedy_oracle, rouge_all, tokenize  # noqa: E402

from dvcli.model import Article  # noqa: E402
from dvcli.options import SummaryOptions  # noqa: E402
from dvcli.parse import parse_article  # noqa: E402
from dvcli.stats.keywords import extract_keywords  # noqa: E402
from dvcli.summarize import METHODS, summarize  # noqa: E402
from dvcli.text.fold import fold  # noqa: E402

Ranker = Callable[[Article, int], list[int]]
BUDGETS = (1, 2, 3)


class _SyllableTokenizer:
    """The tokenizer sumy needs: dvcli has already split sentences, so only ``to_words`` is used."""

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]

    def to_words(self, sentence: str) -> list[str]:
        return tokenize(sentence)


def _sumy(name: str) -> Ranker:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = LexRankSummarizer() if name == "lexrank" else TextRankSummarizer()
    tokenizer = _SyllableTokenizer()

    def rank(article: Article, k: int) -> list[int]:
        sentences = [Sentence(s.text, tokenizer) for s in article.sentences]
        document = ObjectDocumentModel([Paragraph(sentences)])
        position = {id(s): i for i, s in enumerate(sentences)}
        return sorted(position[id(s)] for s in summarizer(document, k))

    return rank


def _dvcli(method: str) -> Ranker:
    def rank(article: Article, k: int) -> list[int]:
        return [s.index for s in summarize(article, SummaryOptions(method=method, sentences=k)).sentences]

    return rank


def oracle(article: Article, reference: str, k: int = 3) -> list[int]:
    """Return the greedy oracle's sentences (:func:`rouge_metrics.greedy_oracle`) for ``reference``."""
    return greedy_oracle([tokenize(s.text) for s in article.sentences], tokenize(reference), k)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def keyword_hits(keywords: list[str], reference: str, title: str) -> float:
    """Return the share of 5 keyword slots whose keyword occurs (as whole syllables) in the reference or title."""
    targets = [tokenize(fold(reference)), tokenize(fold(title))]
    hits = sum(1 for k in keywords[:5] if any(_contains(t, tokenize(fold(k))) for t in targets))
    return hits / 5


def evaluate(path: Path, limit: int | None) -> None:
    """Print the ROUGE and keyword tables of one data set."""
    import yake

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    systems: list[tuple[str, Ranker, tuple[int, ...]]] = [(f"dvcli {m}", _dvcli(m), BUDGETS) for m in METHODS]
    systems += [("sumy LexRank", _sumy("lexrank"), BUDGETS), ("sumy TextRank", _sumy("textrank"), BUDGETS)]
    totals: dict[tuple[str, int], list[float]] = {}
    kw = {"dvcli": 0.0, "YAKE": 0.0}
    kw_time = {"dvcli": 0.0, "YAKE": 0.0}
    parse_time = 0.0
    extractor = yake.KeywordExtractor(lan="vi", n=3, top=5)
    # Warm up (lexicon tables, models) so that one-time loading is not charged to the first article.
    warm = parse_article(rows[0]["title"] + "\n\n" + rows[0]["text"])
    for _name, rank, _budgets in systems:
        rank(warm, 3)
    extract_keywords(warm)
    for row in rows:
        raw = row["title"] + "\n\n" + row["text"]
        started = time.perf_counter()
        article = parse_article(raw)
        parse_time += time.perf_counter() - started
        runs = [(name, rank, k) for name, rank, budgets in systems for k in budgets]
        runs.append(("greedy oracle (≤3)", lambda a, _k, r=row["summary"]: oracle(a, r), 3))
        for name, rank, k in runs:
            started = time.perf_counter()
            chosen = rank(article, k)
            elapsed = time.perf_counter() - started
            candidate = " ".join(article.sentences[i].text for i in chosen)
            scores = rouge_all(candidate, row["summary"])
            total = totals.setdefault((name, k), [0.0, 0.0, 0.0, 0.0])
            for j, key in enumerate(("rouge1", "rouge2", "rougeL")):
                total[j] += scores[key].f1
            total[3] += elapsed
        started = time.perf_counter()
        ours = [k.text for k in extract_keywords(article, 5)]
        kw_time["dvcli"] += time.perf_counter() - started
        started = time.perf_counter()
        theirs = [k for k, _score in extractor.extract_keywords(raw)]
        kw_time["YAKE"] += time.perf_counter() - started
        kw["dvcli"] += keyword_hits(ours, row["summary"], row["title"])
        kw["YAKE"] += keyword_hits(theirs, row["summary"], row["title"])
    n = len(rows)
    print(f"\n### {path.name} ({n} articles; parse_article {1000 * parse_time / n:.1f} ms/article)\n")
    print("| system | sentences | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 | ms/article |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for (name, k), (r1, r2, rl, secs) in totals.items():
        label = f"Lead-{k} (dvcli lead)" if name == "dvcli lead" else name
        cells = " | ".join(f"{100 * x / n:.2f}" for x in (r1, r2, rl))
        print(f"| {label} | {k} | {cells} | {1000 * secs / n:.2f} |")
    print("\n| default minus | sentences | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for other in ("dvcli lead", "sumy LexRank", "dvcli blend"):
        for k in BUDGETS:
            if (other, k) in totals:
                ours, theirs = totals[("dvcli default", k)], totals[(other, k)]
                cells = " | ".join(f"{100 * (a - b) / n:+.2f}" for a, b in zip(ours[:3], theirs[:3], strict=True))
                print(f"| {other} | {k} | {cells} |")
    print("\n| keywords | top-5 hits in summary or title | ms/article |")
    print("| --- | ---: | ---: |")
    for name in kw:
        print(f"| {name} | {100 * kw[name] / n:.1f}% | {1000 * kw_time[name] / n:.2f} |")


def synthetic(paths: list[Path], sentences: int = 2000) -> None:
    """Time parsing and each method on one article made of the first ``sentences`` sentences of the data."""
    bodies: list[str] = []
    count = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            body = json.loads(line)["text"]
            bodies.append(body)
            count += len(parse_article("T\n\n" + body).sentences)
            if count >= sentences:
                break
        if count >= sentences:
            break
    article = parse_article("Synthetic\n\n" + "\n\n".join(bodies))
    print(f"\n### Synthetic article: {len(article.sentences)} sentences, {len(article.words)} words\n")
    print("| method | seconds |")
    print("| --- | ---: |")
    for method in METHODS:
        started = time.perf_counter()
        summarize(article, SummaryOptions(method=method, sentences=3))
        print(f"| {method} | {time.perf_counter() - started:.2f} |")
    started = time.perf_counter()
    extract_keywords(article)
    print(f"| keywords | {time.perf_counter() - started:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", type=Path, help="JSON lines with title, text and summary")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles of each file")
    args = parser.parse_args()
    for path in args.data:
        evaluate(path, args.limit)
    synthetic(args.data)


if __name__ == "__main__":
    main()
