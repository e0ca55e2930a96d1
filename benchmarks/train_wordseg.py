"""Train dvcli's word segmentation CRF on a UD Vietnamese-VTB train file and write src/dvcli/data/wordseg.tsv.

Usage: python benchmarks/train_wordseg.py TRAIN.conllu [--out PATH] [--holdout N] [--c1 X] [--c2 Y]
With --holdout N the last N sentences are kept out of training and scored (for choosing settings without dev).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pycrfsuite
from udvtb import GoldSentence, Tally, read_conllu, squeeze

from dvcli import wordseg
from dvcli.segment import runs, segment_words
from dvcli.vntokens import tokens


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--out", type=Path, default=Path("src/dvcli/data/wordseg.tsv"))
    parser.add_argument("--holdout", type=int, default=0)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    args = parser.parse_args()
    sentences = read_conllu(args.train)
    held = sentences[len(sentences) - args.holdout :] if args.holdout else []
    text = train(sentences[: len(sentences) - args.holdout] if args.holdout else sentences, args.c1, args.c2)
    if held:
        wordseg.model.cache_clear()
        wordseg.model.__wrapped__  # noqa: B018 - the cache is refilled from the new weights below
        model = wordseg.read_model(text)
        original = wordseg.model
        wordseg.model = lambda: model  # type: ignore[assignment]
        tally = Tally()
        for sent in held:
            tally.add(squeeze(sent.text, sent.words), squeeze(sent.text, segment_words(sent.text)))
        wordseg.model = original
        print("holdout P=%.4f R=%.4f F1=%.4f" % tally.prf(), file=sys.stderr)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(text.splitlines()) - 1} attributes)", file=sys.stderr)


if __name__ == "__main__":
    main()
