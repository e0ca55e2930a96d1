"""Entity benchmark: exact and overlap precision/recall/F1 per type for dvcli and underthesea ``ner``, per gold set.

Usage: python benchmarks/entities.py GOLD.json [GOLD.json ...] ARTICLES_DIR [--errors] [--no-underthesea]

Each gold file gets its own tables (e.g. the dev set used for tuning and the held-out test sets): exact spans
(start and end both right) and overlap (a predicted span of the right type that shares a character with a gold
span; precision counts predictions that overlap some gold span, recall gold spans that some prediction overlaps).

GOLD.json is ``{"articles": [{"file": "baomoi-….txt", "entities": [{"type", "text", "start", "end"}, …]}]}``
with offsets into ``dvcli.load.load(ARTICLES_DIR / file).text``. underthesea is called once per sentence
(dvcli's sentence splitter over every line dvcli reads) and its B-/I- tags are mapped back to character
spans of the original text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from dvcli import segment
from dvcli.entities import extract_entities
from dvcli.load import load
from dvcli.model import Article
from dvcli.parse import parse_article

TYPES = ("person", "organization", "location", "date")
_UNDERTHESEA_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
Span = tuple[str, int, int]


def _regions(article: Article) -> list[tuple[int, int]]:
    """The lines dvcli reads (not the dateline, not the noise lines but captions), as in ``dvcli.entities``."""
    skipped = [(n.start, n.end) for n in article.noise_lines if n.kind != "photo_credit"]
    if article.dateline:
        skipped.append((article.dateline.start, article.dateline.end))
    spans = []
    for m in re.finditer(r"[^\n]+", article.text):
        if m.group().strip() and not any(s <= m.start() < e for s, e in skipped):
            spans.append((m.start(), m.end()))
    return spans


def _locate(text: str, token: str, cursor: int, limit: int) -> tuple[int, int] | None:
    at = text.find(token, cursor, limit)
    if at >= 0:
        return at, at + len(token)
    # underthesea joins syllables with one space; the source may have more, or none before punctuation.
    pattern = r"\s*".join(re.escape(part) for part in token.split())
    m = re.compile(pattern).search(text, cursor, limit)
    return (m.start(), m.end()) if m else None


def underthesea_spans(article: Article) -> set[Span]:
    """Run underthesea's ``ner`` on every sentence and return its entities as (type, start, end)."""
    from underthesea import ner

    text = article.text
    found: set[Span] = set()
    for region_start, region_end in _regions(article):
        for s, e in segment.split_sentences(text, region_start, region_end):
            cursor = s
            current: list[object] | None = None
            for token, _pos, _chunk, tag in ner(text[s:e]):
                where = _locate(text, token, cursor, e)
                if where is None:
                    continue
                cursor = where[1]
                kind = _UNDERTHESEA_TYPES.get(tag[2:]) if tag != "O" else None
                if kind and tag.startswith("I-") and current and current[0] == kind:
                    current[2] = where[1]
                    continue
                if current:
                    found.add((str(current[0]), int(current[1]), int(current[2])))  # type: ignore[call-overload]
                current = [kind, where[0], where[1]] if kind else None
            if current:
                found.add((str(current[0]), int(current[1]), int(current[2])))  # type: ignore[call-overload]
    return found


def annotated_end(text: str) -> int:
    """The gold annotates the title, body, captions and byline: everything before the sapo (first 4 newlines)."""
    at = text.find("\n\n\n\n")
    return len(text) if at < 0 else at


def dvcli_spans(article: Article) -> set[Span]:
    """Return dvcli's entities of the benchmarked types as (type, start, end)."""
    return {(e.type, e.start, e.end) for e in extract_entities(article) if e.type in TYPES}


def _scores(counts: Counter[str], kind: str) -> tuple[float, float, float]:
    tp, fp, fn = counts[f"{kind}:tp"], counts[f"{kind}:fp"], counts[f"{kind}:fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _overlapping(span: Span, others: list[Span]) -> bool:
    return any(o[1] < span[2] and span[1] < o[2] for o in others)


def _count(counts: Counter[str], gold: set[Span], predicted: set[Span]) -> None:
    for kind in TYPES:
        g = {s for s in gold if s[0] == kind}
        p = {s for s in predicted if s[0] == kind}
        counts[f"{kind}:tp"] += len(g & p)
        counts[f"{kind}:fp"] += len(p - g)
        counts[f"{kind}:fn"] += len(g - p)
        counts[f"{kind}:gold"] += len(g)
        # Overlap scores: precision and recall each count their own side, so one long prediction over two gold
        # spans is one good prediction and two found spans.
        g_sorted, p_sorted = sorted(g), sorted(p)
        hit_p = sum(1 for s in p_sorted if _overlapping(s, g_sorted))
        hit_g = sum(1 for s in g_sorted if _overlapping(s, p_sorted))
        counts[f"{kind}:otp_p"] += hit_p
        counts[f"{kind}:opred"] += len(p)
        counts[f"{kind}:otp_g"] += hit_g


def _overlap_scores(counts: Counter[str], kind: str) -> tuple[float, float, float]:
    precision = counts[f"{kind}:otp_p"] / counts[f"{kind}:opred"] if counts[f"{kind}:opred"] else 0.0
    recall = counts[f"{kind}:otp_g"] / counts[f"{kind}:gold"] if counts[f"{kind}:gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _run(gold_path: Path, articles: Path, errors: bool, with_underthesea: bool) -> None:
    """Score one gold file and print its markdown table (and dvcli's errors with ``errors``)."""
    gold_data = json.loads(gold_path.read_text(encoding="utf-8"))
    counts = {"dvcli": Counter[str](), "underthesea": Counter[str]()}
    seconds = {"dvcli": 0.0, "underthesea": 0.0}
    n = 0
    for item in gold_data["articles"]:
        text = load(articles / item["file"]).text
        article = parse_article(text)
        gold = {(g["type"], g["start"], g["end"]) for g in item["entities"] if g["type"] in TYPES}
        for g in item["entities"]:
            if text[g["start"] : g["end"]] != g["text"]:
                print(f"warning: {item['file']}: gold span {g} does not match the text", file=sys.stderr)
        started = time.perf_counter()
        mine = dvcli_spans(article)
        seconds["dvcli"] += time.perf_counter() - started
        if with_underthesea:
            started = time.perf_counter()
            theirs = {span for span in underthesea_spans(article) if span[1] < annotated_end(text)}
            seconds["underthesea"] += time.perf_counter() - started
            _count(counts["underthesea"], gold, theirs)
        # Spans after the sapo are outside the annotated region: neither system is scored there.
        limit = annotated_end(text)
        mine = {span for span in mine if span[1] < limit}
        _count(counts["dvcli"], gold, mine)
        n += 1
        if errors:
            for kind, s, e in sorted(gold - mine, key=lambda x: x[1]):
                print(f"{item['file']}\tmissed\t{kind}\t{s}\t{text[s:e]!r}")
            for kind, s, e in sorted(mine - gold, key=lambda x: x[1]):
                print(f"{item['file']}\tfalse\t{kind}\t{s}\t{text[s:e]!r}")

    for title, score in (("exact spans", _scores), ("overlap", _overlap_scores)):
        print(f"\nEntities, {title}, {n} articles ({gold_path.name})\n")
        print("| type | gold | dvcli P | dvcli R | dvcli F1 | underthesea P | underthesea R | underthesea F1 |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for kind in TYPES:
            mine_p, mine_r, mine_f = score(counts["dvcli"], kind)
            if kind == "date":
                theirs_cells = "n/a (no date type) | n/a | 0.000"
            elif not with_underthesea:
                theirs_cells = "not run | not run | not run"
            else:
                p, r, f = score(counts["underthesea"], kind)
                theirs_cells = f"{p:.3f} | {r:.3f} | {f:.3f}"
            print(
                f"| {kind} | {counts['dvcli'][kind + ':gold']} | {mine_p:.3f} | {mine_r:.3f} | {mine_f:.3f} | "
                f"{theirs_cells} |"
            )
    per = {name: 1000 * seconds[name] / max(n, 1) for name in seconds}
    timing = f"Time per article: dvcli extract_entities {per['dvcli']:.1f} ms"
    if with_underthesea:
        timing += f", underthesea ner (per sentence) {per['underthesea']:.1f} ms"
    print("\n" + timing)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark on each gold file and print one markdown table per file; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="one or more gold JSON files")
    parser.add_argument("articles", type=Path, help="the folder holding the articles the gold files name")
    parser.add_argument("--errors", action="store_true", help="print dvcli's misses and false alarms")
    parser.add_argument("--no-underthesea", action="store_true", help="score dvcli only (faster)")
    args = parser.parse_args(argv)
    for gold_path in args.gold:
        _run(gold_path, args.articles, args.errors, not args.no_underthesea)
    return 0


if __name__ == "__main__":
    sys.exit(main())
