"""Vietnamese word segmentation: a linear-chain CRF over syllables with lexicon features, decoded in pure Python."""

# The weights are trained offline with python-crfsuite on UD Vietnamese-VTB train (``benchmarks/train_wordseg.py``)
# and ship as ``data/wordseg.tsv``; decoding needs only the standard library. Each syllable is labelled ``B`` (it
# begins a word) or ``I`` (it continues the word of the syllable before it). ``data/wordseg_pairs.tsv`` holds, for
# syllable pairs of the news lexicon, the share of their occurrences that fall inside one word.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from dvcli import lexicon
from dvcli.vntokens import shape

# Words longer than this are rare enough (and the lexicon thin enough) that longer keys only cost time.
MAX_WORD = 4


# Lexicon n-grams looked up around each token: (name, syllables before it, syllables after it). The ones that
# reach back (`L`, `M`, `N`) ask whether the token continues a word; `R` whether it starts one; `P2` whether the
# two tokens before it form a word of their own.
_NGRAMS = (
    ("L2", 1, 0),
    ("L3", 2, 0),
    ("M3", 1, 1),
    ("L4", 3, 0),
    ("M4", 2, 1),
    ("N4", 1, 2),
    ("R2", 0, 1),
    ("R3", 0, 2),
    ("P2", 2, -1),
)


@lru_cache(maxsize=131072)
def _key(token: str) -> str:
    return lexicon.fold(token)


def _bucket(df: int) -> str:
    # Document frequency in coarse decades: the CRF learns how much a rare lexicon entry is worth.
    if df >= 1000:
        return "d"
    if df >= 100:
        return "c"
    if df >= 20:
        return "b"
    return "a"


def _max_match(keys: Sequence[str], vocab: dict[str, int], reverse: bool) -> list[str]:
    """Greedy longest-match labels over ``keys`` (left to right, or right to left)."""
    n = len(keys)
    labels = ["B"] * n
    if not reverse:
        i = 0
        while i < n:
            for size in range(min(MAX_WORD, n - i), 1, -1):
                if " ".join(keys[i : i + size]) in vocab:
                    for j in range(i + 1, i + size):
                        labels[j] = "I"
                    i += size
                    break
            else:
                i += 1
    else:
        j = n
        while j > 0:
            for size in range(min(MAX_WORD, j), 1, -1):
                if " ".join(keys[j - size : j]) in vocab:
                    for k in range(j - size + 1, j):
                        labels[k] = "I"
                    j -= size
                    break
            else:
                j -= 1
    return labels


def features(tokens: Sequence[str], vocab: dict[str, int]) -> list[list[str]]:
    """Return the CRF attributes of each token of one run of tokens with only white space between them."""
    keys = [_key(t) for t in tokens]
    shapes = [shape(t) for t in tokens]
    n = len(keys)
    fmm = _max_match(keys, vocab, reverse=False)
    bmm = _max_match(keys, vocab, reverse=True)
    padded = ["<s>", "<s>", "<s>", *keys, "</s>", "</s>", "</s>"]
    pshapes = ["S", "S", "S", *shapes, "S", "S", "S"]
    get = vocab.get
    pair = pairs().get
    # Each lexicon n-gram serves several templates (an L2 here is the R2 of the token before): look each up once.
    grams: dict[tuple[int, int], str] = {}
    for size in range(2, MAX_WORD + 1):
        for a in range(n - size + 1):
            df = get(" ".join(keys[a : a + size]))
            if df is not None:
                grams[a, size] = _bucket(df)
    joined = [pair(padded[k] + " " + padded[k + 1]) for k in range(len(padded) - 1)]
    shares = ["-" if r is None else str(int(r * 10 + 0.5)) for r in joined]
    out: list[list[str]] = []
    for i in range(n):
        p = i + 3
        w0, wm1, wp1 = padded[p], padded[p - 1], padded[p + 1]
        s0, sm1, sp1 = pshapes[p], pshapes[p - 1], pshapes[p + 1]
        single = get(w0)
        attrs = [
            "b",
            "w0=" + w0,
            "w-1=" + wm1,
            "w+1=" + wp1,
            "w-1w0=" + wm1 + "|" + w0,
            "w0w+1=" + w0 + "|" + wp1,
            "s0=" + s0,
            "s-1s0=" + sm1 + s0,
            "s0s+1=" + s0 + sp1,
            "fb=" + fmm[i] + bmm[i],
            "w-2w-1=" + padded[p - 2] + "|" + wm1,
            "w+1w+2=" + wp1 + "|" + padded[p + 2],
            "s-2s-1s0=" + pshapes[p - 2] + sm1 + s0,
        ]
        for name, lo, hi in _NGRAMS:
            bucket = grams.get((i - lo, lo + hi + 1))
            if bucket is not None:
                attrs.append(name + "=" + bucket)
        attrs.append("J=" + shares[p - 1])
        attrs.append("JR=" + shares[p])
        attrs.append("U0=" + (_bucket(single) if single is not None else "-"))
        out.append(attrs)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """CRF weights: per attribute the weight of ``B`` and of ``I``; transition weights ``[prev][next]``."""

    weights: dict[str, tuple[float, float]]
    transitions: tuple[tuple[float, float], tuple[float, float]]

    def tag(self, attributes: list[list[str]]) -> list[int]:
        """Return the best label sequence (0 = ``B``, 1 = ``I``); the first token always begins a word."""
        if not attributes:
            return []
        get = self.weights.get
        (tbb, tbi), (tib, tii) = self.transitions
        scores = []
        for attrs in attributes:
            b = i = 0.0
            for a in attrs:
                w = get(a)
                if w is not None:
                    b += w[0]
                    i += w[1]
            scores.append((b, i))
        # Viterbi over two labels; a word never starts with an I.
        best_b, best_i = scores[0][0], float("-inf")
        back: list[tuple[int, int]] = []
        for b, i in scores[1:]:
            from_b_to_b, from_i_to_b = best_b + tbb, best_i + tib
            from_b_to_i, from_i_to_i = best_b + tbi, best_i + tii
            prev_b = 0 if from_b_to_b >= from_i_to_b else 1
            prev_i = 0 if from_b_to_i >= from_i_to_i else 1
            back.append((prev_b, prev_i))
            best_b = max(from_b_to_b, from_i_to_b) + b
            best_i = max(from_b_to_i, from_i_to_i) + i
        label = 0 if best_b >= best_i else 1
        labels = [label]
        for prev_b, prev_i in reversed(back):
            label = prev_b if label == 0 else prev_i
            labels.append(label)
        labels.reverse()
        return labels


def read_model(text: str) -> Model:
    """Parse a model file: ``#transitions`` line with four weights, then ``attribute<TAB>B<TAB>I`` lines."""
    lines = text.splitlines()
    bb, bi, ib, ii = (float(x) for x in lines[0].split("\t")[1:5])
    weights: dict[str, tuple[float, float]] = {}
    for line in lines[1:]:
        attr, wb, wi = line.rsplit("\t", 2)
        weights[attr] = (float(wb), float(wi))
    return Model(weights, ((bb, bi), (ib, ii)))


@cache
def model() -> Model:
    """The shipped word segmentation model, loaded once per process."""
    return read_model(resources.files("dvcli.data").joinpath("wordseg.tsv").read_text(encoding="utf-8"))


@cache
def pairs() -> dict[str, float]:
    """Syllable pairs with the share of their occurrences in the news corpus that fall inside one word."""
    text = resources.files("dvcli.data").joinpath("wordseg_pairs.tsv").read_text(encoding="utf-8")
    return {pair: float(ratio) for pair, ratio in (line.split("\t") for line in text.splitlines())}


@cache
def vocabulary() -> dict[str, int]:
    """Lexicon words (folded keys, syllables joined by one space) with their document frequency."""
    return lexicon.words().frequency


MERGE_DF = 200


def _merge_compounds(keys: Sequence[str], labels: list[int], vocab: dict[str, int]) -> list[int]:
    """Join adjacent words whose union is a common lexicon word of three or four syllables (`Ủy ban nhân dân`)."""
    n = len(keys)
    starts = [i for i in range(n) if labels[i] == 0] + [n]
    out = list(labels)
    w = 0
    while w < len(starts) - 2:
        for last in range(min(w + 3, len(starts) - 1), w + 1, -1):
            a, b = starts[w], starts[last]
            if 3 <= b - a <= MAX_WORD and vocab.get(" ".join(keys[a:b]), 0) >= MERGE_DF:
                for j in range(a + 1, b):
                    out[j] = 1
                w = last
                break
        else:
            w += 1
    return out


def segment(tokens: Sequence[str]) -> list[int]:
    """Return the labels (0 = begins a word, 1 = continues one) of a run of tokens with only spaces between."""
    if len(tokens) < 2:
        return [0] * len(tokens)
    vocab = vocabulary()
    labels = model().tag(features(tokens, vocab))
    return _merge_compounds([_key(t) for t in tokens], labels, vocab) if MERGE_DF else labels
