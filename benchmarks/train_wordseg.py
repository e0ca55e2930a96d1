"""Train dvcli's word segmentation CRF on a UD Vietnamese-VTB train file and write src/dvcli/data/wordseg.tsv.

Usage: python benchmarks/train_wordseg.py TRAIN.conllu [--out PATH] [--holdout N | --folds K] [--c1 X] [--c2 Y]
       python benchmarks/train_wordseg.py --pairs LEXICON_DIR   (rebuilds src/dvcli/data/wordseg_pairs.tsv first)
With --holdout N the last N sentences are kept out of training and scored; --folds K reports K-fold
cross-validation on train. Settings were chosen that way, never on the dev file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite
from udvtb import GoldSentence, Tally, read_conllu, squeeze

from dvcli.segment import crf as wordseg
from dvcli.segment import runs, segment_words
from dvcli.segment.syllables import tokens
from dvcli.text.fold import fold


def examples(sentences: list[GoldSentence]):
    """Yield (attributes, labels) for every run of tokens of every sentence."""
    vocab = wordseg.vocabulary()
    for sent in sentences:
        starts = {s for s, _ in sent.words}
        for run in runs(sent.text, tokens(sent.text)):
            if len(run) < 2:
                continue
            labels = ["B" if i == 0 or s in starts else "I" for i, (s, _) in enumerate(run)]
            yield wordseg.features([sent.text[s:e] for s, e in run], vocab), labels


def train(sentences: list[GoldSentence], c1: float, c2: float) -> str:
    """Train a CRF and return it in dvcli's model file format."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in examples(sentences):
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 300, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
    weights: dict[str, list[float]] = {}
    for (attr, label), weight in info.state_features.items():
        weights.setdefault(attr, [0.0, 0.0])[0 if label == "B" else 1] = weight
    t = info.transitions
    head = "#transitions\t" + "\t".join(
        f"{t.get((a, b), 0.0):.4f}" for a, b in (("B", "B"), ("B", "I"), ("I", "B"), ("I", "I"))
    )
    lines = [f"{a}\t{wb:.4f}\t{wi:.4f}" for a, (wb, wi) in sorted(weights.items()) if abs(wb) + abs(wi) >= 1e-4]
    return "\n".join([head, *lines]) + "\n"


def score(model: wordseg.Model, sentences: list[GoldSentence], tally: Tally) -> None:
    """Add the word spans ``model`` finds in ``sentences`` to ``tally``."""
    original = wordseg.model
    wordseg.model = lambda: model  # type: ignore[assignment]
    try:
        for sent in sentences:
            tally.add(squeeze(sent.text, sent.words), squeeze(sent.text, segment_words(sent.text)))
    finally:
        wordseg.model = original


def build_pairs(lexicon_dir: Path, out: Path) -> int:
    """Write, for each syllable pair of the news lexicon, the share of its occurrences inside one word."""
    joined: Counter[str] = Counter()
    words = (lexicon_dir / "words.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in words:
        word, _df, count = line.split("\t")
        syllables = fold(word.replace("_", " ")).split()
        for a, b in zip(syllables, syllables[1:], strict=False):
            joined[f"{a} {b}"] += int(count)
    shares: dict[str, float] = {}
    for line in (lexicon_dir / "syllable_bigrams.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        pair, count = line.rsplit("\t", 1)
        key = fold(pair)
        if joined.get(key):
            shares[key] = max(shares.get(key, 0.0), min(1.0, joined[key] / int(count)))
    out.write_text("".join(f"{k}\t{v:.2f}\n" for k, v in sorted(shares.items())), encoding="utf-8")
    return len(shares)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, nargs="?")
    parser.add_argument("--pairs", type=Path, default=None, help="lexicon directory to rebuild the pair shares from")
    parser.add_argument("--out", type=Path, default=Path("src/dvcli/data/wordseg.tsv"))
    parser.add_argument("--holdout", type=int, default=0)
    parser.add_argument("--folds", type=int, default=0, help="report K-fold cross-validation F1 on train instead")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    args = parser.parse_args()
    if args.pairs:
        target = args.out.with_name("wordseg_pairs.tsv")
        print(f"wrote {target} ({build_pairs(args.pairs, target)} pairs)", file=sys.stderr)
        wordseg.pairs.cache_clear()
    if args.train is None:
        return
    sentences = read_conllu(args.train)
    if args.folds:
        tally = Tally()
        for k in range(args.folds):
            test = sentences[k :: args.folds]
            rest = [s for i, s in enumerate(sentences) if i % args.folds != k]
            score(wordseg.read_model(train(rest, args.c1, args.c2)), test, tally)
        print("cross-validation P={:.4f} R={:.4f} F1={:.4f}".format(*tally.prf()), file=sys.stderr)
        return
    held = sentences[len(sentences) - args.holdout :] if args.holdout else []
    text = train(sentences[: len(sentences) - args.holdout] if args.holdout else sentences, args.c1, args.c2)
    if held:
        tally = Tally()
        score(wordseg.read_model(text), held, tally)
        print("holdout P={:.4f} R={:.4f} F1={:.4f}".format(*tally.prf()), file=sys.stderr)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(text.splitlines()) - 1} attributes)", file=sys.stderr)


if __name__ == "__main__":
    main()
