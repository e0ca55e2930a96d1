"""Train the learned summary ranker on VNDS train, choose its settings on VNDS val, write src/dvcli/data/ranker.json.

Usage: python benchmarks/train_ranker.py TRAIN.jsonl[.gz] VAL.jsonl [--out PATH] [--limit N] [--cache DIR]
       [--selection FIELD=VALUE,...]  (pin the selection instead of searching it)

Each sentence of a training article gets the features of ``dvcli.summarize.signals`` (the code the runtime
scores with) and the label 1 if the greedy extractive oracle (ROUGE-1 + ROUGE-2 F1 against the human abstract,
at most 3 sentences) picks it. A logistic regression (scikit-learn, the ``train`` extra) is fitted for each
regularisation strength and the best on the validation articles (mean ROUGE-1 + ROUGE-2 F1 over 1, 2 and 3
sentences) kept; then the selection is searched on them in stages (MMR redundancy × near-duplicate cut × trigram
blocking, then the coverage reward on top of the best) and the best written, unless ``--selection`` pins one.
Deterministic: lbfgs, a fixed seed for ``--limit`` sampling, sorted grids.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import itertools
import json
import pickle
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rouge_metrics import greedy_oracle, rouge_n, tokenize  # noqa: E402

from dvcli.parse import parse_article  # noqa: E402
from dvcli.summarize.eligible import exclusions  # noqa: E402
from dvcli.summarize.learned import LinearModel  # noqa: E402
from dvcli.summarize.select import Selection, select  # noqa: E402
from dvcli.summarize.signals import FEATURES, feature_rows, prepare  # noqa: E402

SEED = 20161130
REGULARISATION = (0.01, 0.1, 1.0, 10.0)  # scikit-learn's C: inverse L2 strength on standardised features
REDUNDANCY = (0.0, 0.1, 0.2, 0.3, 0.5)
DUPLICATE = (0.6, 0.8)
# Trigram blocking: off, on, on but ignoring trigrams made only of names.
BLOCKING = ((False, False), (True, False), (True, True))
# The coverage reward (weight, saturation), searched on top of the best redundancy setting.
COVERAGE = ((0.0, 0.0), (0.125, 0.2), (0.25, 0.2), (0.5, 0.2), (0.125, 0.5), (0.25, 0.5), (0.5, 0.5), (1.0, 0.5))
BUDGETS = (1, 2, 3)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "dvcli" / "data" / "ranker.json"


def records(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Return the JSON lines of ``path`` (gzipped if it ends in .gz), a seeded sample of ``limit`` if given."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    if limit is not None and limit < len(rows):
        rows = random.Random(SEED).sample(rows, limit)
    return rows


def article_data(row: dict[str, Any]) -> dict[str, Any]:
    """Return what training and validation need of one record: features, oracle labels, selection inputs."""
    # The same construction as benchmarks/rouge.py, so train, val and the dev reports see the same articles.
    article = parse_article(row["title"] + "\n\n" + row["text"])
    prepared = prepare(article)
    tokens = [tokenize(s.text) for s in article.sentences]
    reference = tokenize(row["summary"])
    picked = set(greedy_oracle(tokens, reference))
    return {
        "rows": feature_rows(article, prepared),
        "labels": [int(i in picked) for i in range(len(tokens))],
        "vectors": prepared.vectors,
        "lengths": [len(w) for w in prepared.words],
        "paragraphs": prepared.paragraphs,
        "eligible": [reason is None for reason in exclusions(article)],
        "words": prepared.words,
        "names": prepared.names,
        "tokens": tokens,
        "reference": reference,
    }


def load_split(path: Path, limit: int | None, cache: Path | None) -> list[dict[str, Any]]:
    """Return :func:`article_data` of every record of ``path``, from ``cache`` when it was built before."""
    cached = cache / f"{path.name}.{limit or 'all'}.{len(FEATURES)}.pkl" if cache else None
    if cached is not None and cached.exists():
        with cached.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301  (our own cache file)
    started = time.perf_counter()
    data = [article_data(row) for row in records(path, limit)]
    print(f"{path.name}: {len(data)} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with cached.open("wb") as handle:
            pickle.dump(data, handle)
    return data


def fit(train: list[dict[str, Any]], c: float) -> LinearModel:
    """Return the logistic regression fitted on every sentence of ``train`` with strength ``c``."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([row for item in train for row in item["rows"]], dtype=float)
    y = np.array([label for item in train for label in item["labels"]])
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit((x - means) / scales, y)
    return LinearModel(
        FEATURES,
        tuple(round(float(v), 6) for v in means),
        tuple(round(float(v), 6) for v in scales),
        tuple(round(float(v), 6) for v in model.coef_[0]),
        round(float(model.intercept_[0]), 6),
        Selection(),
    )


def evaluate(model: LinearModel, data: list[dict[str, Any]], selection: Selection) -> dict[int, tuple[float, float]]:
    """Return ``{k: (mean ROUGE-1 F1, mean ROUGE-2 F1)}`` of the model's k-sentence summaries of ``data``."""
    totals = {k: [0.0, 0.0] for k in BUDGETS}
    for item in data:
        scores = model.probabilities(item["rows"])
        for k in BUDGETS:
            chosen = select(
                scores,
                item["vectors"],
                item["lengths"],
                min(k, len(scores)),
                None,
                selection,
                item["paragraphs"],
                item["eligible"],
                item["words"],
                item["names"],
            )
            candidate = [t for i in sorted(chosen.indices) for t in item["tokens"][i]]
            totals[k][0] += rouge_n(candidate, item["reference"], 1).f1
            totals[k][1] += rouge_n(candidate, item["reference"], 2).f1
    n = len(data) or 1
    return {k: (100 * r1 / n, 100 * r2 / n) for k, (r1, r2) in totals.items()}


def _selections() -> Iterator[Selection]:
    for redundancy, duplicate, (blocking, names) in itertools.product(REDUNDANCY, DUPLICATE, BLOCKING):
        if redundancy == 0 and duplicate != DUPLICATE[-1]:
            continue  # the near-duplicate cut applies only with redundancy on
        yield Selection(redundancy=redundancy, duplicate=duplicate, trigram_blocking=blocking, block_names=names)


def objective(scores: dict[int, tuple[float, float]]) -> float:
    """Return the validation criterion: ROUGE-1 + ROUGE-2 F1 averaged over the budgets."""
    return sum(r1 + r2 for r1, r2 in scores.values()) / len(scores)


def _report(label: str, scores: dict[int, tuple[float, float]]) -> None:
    cells = "  ".join(f"{k}: {r1:.2f} / {r2:.2f}" for k, (r1, r2) in scores.items())
    print(f"{label} -> {objective(scores):.3f}  (ROUGE-1 / ROUGE-2 at {cells})", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, help="training JSON lines (title, text, summary), .gz allowed")
    parser.add_argument("val", type=Path, help="validation JSON lines for choosing every setting")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the weights")
    parser.add_argument("--limit", type=int, default=None, help="a seeded sample of N training articles")
    parser.add_argument("--cache", type=Path, default=None, help="a directory to keep parsed features in")
    parser.add_argument(
        "--selection",
        type=_selection,
        default=None,
        help="pin the selection instead of searching it, e.g. 'redundancy=0.3,coverage=1,block_names=1'",
    )
    args = parser.parse_args()
    train = load_split(args.train, args.limit, args.cache)
    val = load_split(args.val, None, args.cache)
    # Two stages keep the search small: the strength with plain selection, then the selection for that model.
    fitted = []
    for c in REGULARISATION:
        model = fit(train, c)
        scores = evaluate(model, val, Selection())
        _report(f"C={c:g}", scores)
        fitted.append((objective(scores), c, model))
    _, c, model = max(fitted, key=lambda item: item[0])
    if args.selection is not None:
        scores = evaluate(model, val, args.selection)
        _report(f"C={c:g} {args.selection} (pinned)", scores)
        _write(args, model, c, args.selection, scores, train, val, pinned=True)
        return
    tried = []
    for selection in _selections():
        scores = evaluate(model, val, selection)
        _report(f"C={c:g} {selection}", scores)
        tried.append((objective(scores), selection, scores))
    _, best, _ = max(tried, key=lambda item: item[0])
    # Third stage: the coverage reward on top of the chosen redundancy and blocking.
    covered = []
    for weight, saturation in COVERAGE:
        selection = dataclasses.replace(best, coverage=weight, saturation=saturation)
        scores = evaluate(model, val, selection)
        _report(f"C={c:g} {selection}", scores)
        covered.append((objective(scores), selection, scores))
    value, selection, scores = max(covered, key=lambda item: item[0])
    _write(args, model, c, selection, scores, train, val, pinned=False)
    print(f"best C={c:g} {selection}: {value:.3f}", file=sys.stderr)


def _selection(text: str) -> Selection:
    """Parse ``--selection``: comma-separated ``field=value`` pairs of :class:`Selection`."""
    fields = {f.name: f.type for f in dataclasses.fields(Selection)}
    values: dict[str, Any] = {}
    for pair in filter(None, text.split(",")):
        key, _, raw = pair.partition("=")
        if key not in fields:
            raise argparse.ArgumentTypeError(f"unknown selection field {key!r}")
        values[key] = bool(int(raw)) if fields[key] in (bool, "bool") else float(raw)
    return Selection(**values)


def _write(
    args: argparse.Namespace,
    model: LinearModel,
    c: float,
    selection: Selection,
    scores: dict[int, tuple[float, float]],
    train: list[dict[str, Any]],
    val: list[dict[str, Any]],
    pinned: bool,
) -> None:
    data = {
        **model.to_dict(),
        "selection": selection.to_dict(),
        "notes": {
            "label": "sentence in the greedy ROUGE-1+2 oracle (<=3 sentences) of the human abstract",
            "train": f"{args.train.name}: {len(train)} articles, {sum(len(t['labels']) for t in train)} sentences",
            "val": f"{args.val.name}: {len(val)} articles",
            "C": c,
            "seed": SEED,
            "selection": "pinned with --selection" if pinned else "the best on val",
            "val_rouge1_rouge2": {str(k): [round(a, 2), round(b, 2)] for k, (a, b) in scores.items()},
        },
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
