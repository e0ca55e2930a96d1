"""Vietnamese word segmentation: a linear-chain CRF over syllables with lexicon features, decoded in pure Python."""

# The weights are trained offline with python-crfsuite on UD Vietnamese-VTB train (``benchmarks/train_wordseg.py``)
# and ship as ``data/wordseg.tsv``; decoding needs only the standard library. Each syllable is labelled ``B`` (it
# begins a word) or ``I`` (it continues the word of the syllable before it). ``data/wordseg_pairs.tsv`` holds, for
# syllable pairs of the news lexicon, the share of their occurrences that fall inside one word.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import product

from dvcli import resources
from dvcli.segment.syllables import shape
from dvcli.text.fold import fold

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
    keys = [fold(t) for t in tokens]
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
    # Holds the one Scorer of this model, built on first use (the dataclass is frozen, the list is not).
    _scorer: list[Scorer] = field(default_factory=list, init=False, repr=False, compare=False)

    def scorer(self) -> Scorer:
        """The fast emission scorer of this model over the shipped lexicon."""
        if not self._scorer:
            self._scorer.append(Scorer(self, vocabulary(), pairs()))
        return self._scorer[0]

    def decode(self, scores: Sequence[tuple[float, float]]) -> list[int]:
        """Return the best label sequence for per-token ``(B, I)`` emission scores; a word never starts with an I."""
        if not scores:
            return []
        (tbb, tbi), (tib, tii) = self.transitions
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


# The classes of `shape()`, and `S` for the padding around a run.
_SHAPES = "DAULOS"
_ZERO = (0.0, 0.0)
_PAIR_TEMPLATES = ("w-1w0=", "w0w+1=", "w-2w-1=", "w+1w+2=")
# Distinct tokens whose per-token weights are kept; past this the cache starts over (a bound on memory).
_TOKEN_CACHE = 200_000


class Scorer:
    """The emission scores of :func:`features` summed straight from the tokens, without building attribute strings.

    Building and looking up ~20 attribute strings per token was most of the time of word segmentation. Every
    template reads one token, two neighbouring tokens, the shapes around a token, or a lexicon n-gram: the scorer
    looks each of those up once per run, in tables that already add up every template it feeds, and adds the
    weights to the tokens they reach. The weights of one token's own templates are cached by its text.
    """

    def __init__(self, model: Model, vocab: dict[str, int], shares: dict[str, float]) -> None:
        def weight(attribute: str) -> tuple[float, float]:
            return model.weights.get(attribute, _ZERO)

        self._weight = weight
        self._vocab = vocab
        self._shares = shares
        self._bias = weight("b")
        self._unigram = {bucket: weight("U0=" + bucket) for bucket in "abcd-"}
        self._pads = weight("w-1=<s>"), weight("w+1=</s>")
        # Every shape template of a token, summed, by its window of shapes (s-2, s-1, s0, s+1).
        self._shape_window: dict[str, tuple[float, float]] = {}
        for a, b, c, d in product(_SHAPES, repeat=4):
            parts = (
                weight("s0=" + c),
                weight("s-1s0=" + b + c),
                weight("s0s+1=" + c + d),
                weight("s-2s-1s0=" + a + b + c),
            )
            self._shape_window[a + b + c + d] = (sum(w[0] for w in parts), sum(w[1] for w in parts))
        # `fb` by 2 * forward label + backward label of the two greedy matches (0 = B, 1 = I).
        self._fb = [weight("fb=" + forward + backward) for forward in "BI" for backward in "BI"]
        # `J` (reaching the second token of a pair) and `JR` (the first) by the pair's share; None: not a pair.
        self._share_weights: dict[float | None, tuple[float, ...]] = {None: weight("J=-") + weight("JR=-")}
        for ratio in set(shares.values()):
            share = str(int(ratio * 10 + 0.5))
            self._share_weights[ratio] = weight("J=" + share) + weight("JR=" + share)
        # The word pair templates of a pair "a b", as B, I weights reaching: the second token (`w-1w0`), the first
        # (`w0w+1`), the token after the pair (`w-2w-1`) and the token before it (`w+1w+2`).
        self._word_pairs: dict[str, tuple[float, ...]] = {}
        for attribute in model.weights:
            name, _, value = attribute.partition("=")
            if name + "=" in _PAIR_TEMPLATES:
                # Keys never hold a space or a `|`, so "a|b" and "a b" name the same pair.
                self._word_pairs[value.replace("|", " ")] = sum((weight(t + value) for t in _PAIR_TEMPLATES), ())
        # The n-gram templates of a lexicon n-gram by (length, bucket): (token offset from its start, weights).
        self._gram_weights = {
            (size, bucket): tuple((lo, weight(name + "=" + bucket)) for name, lo, hi in _NGRAMS if lo + hi + 1 == size)
            for size in range(2, MAX_WORD + 1)
            for bucket in "abcd"
        }
        # The first two and three syllables of lexicon words of three and four syllables: a longer n-gram is
        # looked up only when its start is one of these.
        self._prefixes: set[str] = set()
        for word in vocab:
            head, spaces = word, word.count(" ")
            while 2 <= spaces < MAX_WORD:
                head = head[: head.rindex(" ")]
                spaces -= 1
                self._prefixes.add(head)
        self._tokens: dict[str, tuple[str, str, float, float, float, float, float, float]] = {}

    def _token(self, token: str) -> tuple[str, str, float, float, float, float, float, float]:
        """Key, shape, and the B, I weights of: the token's own templates (`b`, `w0`, `U0`), its `w-1` (reaching
        the next token) and its `w+1` (reaching the token before)."""
        key = fold(token)
        df = self._vocab.get(key)
        bias, word, unigram = self._bias, self._weight("w0=" + key), self._unigram["-" if df is None else _bucket(df)]
        info = (
            key,
            shape(token),
            bias[0] + word[0] + unigram[0],
            bias[1] + word[1] + unigram[1],
            *self._weight("w-1=" + key),
            *self._weight("w+1=" + key),
        )
        if len(self._tokens) >= _TOKEN_CACHE:
            self._tokens.clear()
        self._tokens[token] = info
        return info

    def emissions(self, tokens: Sequence[str]) -> tuple[list[tuple[float, float]], dict[tuple[int, int], int]]:
        """Return the ``(B, I)`` emission scores of a run of tokens, and its lexicon n-grams: (start, length) -> df."""
        n = len(tokens)
        cached = self._tokens.get
        info = [cached(t) or self._token(t) for t in tokens]
        keys = [x[0] for x in info]
        # Scores by position in the padded run of features(): three pads each side, token i at i + 3.
        b_scores = [0.0] * (n + 6)
        i_scores = [0.0] * (n + 6)
        for p, (_, _, own_b, own_i, next_b, next_i, prev_b, prev_i) in enumerate(info, 3):
            b_scores[p] += own_b
            i_scores[p] += own_i
            b_scores[p + 1] += next_b
            i_scores[p + 1] += next_i
            b_scores[p - 1] += prev_b
            i_scores[p - 1] += prev_i
        (bos_b, bos_i), (eos_b, eos_i) = self._pads
        b_scores[3] += bos_b
        i_scores[3] += bos_i
        b_scores[n + 2] += eos_b
        i_scores[n + 2] += eos_i

        # Pairs of neighbours, the pads included: pair q (positions q, q + 1) reaches positions q - 1 to q + 2.
        padded = ["<s>", "<s>", "<s>", *keys, "</s>", "</s>", "</s>"]
        bigrams = [padded[q] + " " + padded[q + 1] for q in range(1, n + 4)]
        share, share_weights, word_pair = self._shares.get, self._share_weights, self._word_pairs.get
        for q, pair in enumerate(bigrams, 1):
            second_b, second_i, first_b, first_i = share_weights[share(pair)]
            b_scores[q + 1] += second_b
            i_scores[q + 1] += second_i
            b_scores[q] += first_b
            i_scores[q] += first_i
            weights = word_pair(pair)
            if weights is not None:
                b_scores[q + 1] += weights[0]
                i_scores[q + 1] += weights[1]
                b_scores[q] += weights[2]
                i_scores[q] += weights[3]
                b_scores[q + 2] += weights[4]
                i_scores[q + 2] += weights[5]
                b_scores[q - 1] += weights[6]
                i_scores[q - 1] += weights[7]

        # Lexicon n-grams, each looked up once; the bigram of tokens a, a + 1 is bigrams[a + 2].
        vocab, prefixes = self._vocab.get, self._prefixes
        grams: dict[tuple[int, int], int] = {}
        for a in range(n - 1):
            gram = bigrams[a + 2]
            for size in range(2, min(MAX_WORD, n - a) + 1):
                if size > 2:
                    if gram not in prefixes:
                        break
                    gram = gram + " " + keys[a + size - 1]
                df = vocab(gram)
                if df is not None:
                    grams[a, size] = df
        longest_from = [1] * n
        longest_to = [1] * n
        for (a, size), df in grams.items():
            for offset, (weight_b, weight_i) in self._gram_weights[size, _bucket(df)]:
                b_scores[a + offset + 3] += weight_b
                i_scores[a + offset + 3] += weight_i
            longest_from[a] = max(longest_from[a], size)
            longest_to[a + size - 1] = max(longest_to[a + size - 1], size)

        # The greedy longest matches of features(), left to right and right to left.
        forward = [0] * n
        a = 0
        while a < n:
            size = longest_from[a]
            forward[a + 1 : a + size] = [1] * (size - 1)
            a += size
        backward = [0] * n
        a = n
        while a > 0:
            size = longest_to[a - 1]
            backward[a - size + 1 : a] = [1] * (size - 1)
            a -= size

        shapes = "SS" + "".join(x[1] for x in info) + "S"
        shape_window, fb = self._shape_window, self._fb
        scores = []
        for k in range(n):
            shape_b, shape_i = shape_window[shapes[k : k + 4]]
            fb_b, fb_i = fb[2 * forward[k] + backward[k]]
            scores.append((b_scores[k + 3] + shape_b + fb_b, i_scores[k + 3] + shape_i + fb_i))
        return scores, grams


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
    return read_model(resources.segmenter_weights())


def pairs() -> dict[str, float]:
    """Syllable pairs with the share of their occurrences in the news corpus that fall inside one word."""
    return resources.word_pair_shares()


def vocabulary() -> dict[str, int]:
    """Lexicon words (folded keys, syllables joined by one space) with their document frequency."""
    return resources.words().frequency


# Adjacent words whose union is a lexicon word of three or four syllables seen in this many articles are one word.
MERGE_DF = resources.COMMON


def _merge_compounds(labels: list[int], grams: dict[tuple[int, int], int]) -> list[int]:
    """Join adjacent words whose union is a common lexicon word of three or four syllables (`Ủy ban nhân dân`).

    ``grams`` maps (first token, length) to the document frequency of each lexicon n-gram of the run.
    """
    if not any(size > 2 and df >= MERGE_DF for (_, size), df in grams.items()):
        return labels  # the common case, and cheaper to see than to walk the words
    n = len(labels)
    starts = [i for i in range(n) if labels[i] == 0] + [n]
    out = list(labels)
    w = 0
    while w < len(starts) - 2:
        for last in range(min(w + 3, len(starts) - 1), w + 1, -1):
            a, b = starts[w], starts[last]
            if 3 <= b - a <= MAX_WORD and grams.get((a, b - a), 0) >= MERGE_DF:
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
    crf = model()
    scores, grams = crf.scorer().emissions(tokens)
    labels = crf.decode(scores)
    return _merge_compounds(labels, grams)
