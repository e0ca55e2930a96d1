"""Lexical diversity: type/token ratio and MTLD (McCarthy & Jarvis 2010) over an article's folded words."""

from __future__ import annotations

from collections.abc import Sequence

from dvcli.model import LexicalDiversity

# McCarthy, P. M., & Jarvis, S. (2010). MTLD, vocd-D, and HD-D: A validation study of sophisticated approaches
# to lexical diversity assessment. Behavior Research Methods, 42(2), 381-392. Their default factor size.
THRESHOLD = 0.72


def _factors(tokens: Sequence[str], threshold: float) -> float:
    """Count MTLD factors in one direction: a factor ends when the running type/token ratio falls to the
    threshold; the unfinished last stretch counts as the fraction of a factor it has covered."""
    factors = 0.0
    types: set[str] = set()
    count = 0
    ratio = 1.0
    for token in tokens:
        types.add(token)
        count += 1
        ratio = len(types) / count
        if ratio <= threshold:
            factors += 1
            types, count, ratio = set(), 0, 1.0
    return factors + (1 - ratio) / (1 - threshold)


def mtld(tokens: Sequence[str], threshold: float = THRESHOLD) -> float | None:
    """Return the bidirectional MTLD of ``tokens``: the mean of the forward and backward token counts per
    factor; ``None`` when neither direction completes any part of a factor (no word repeats)."""
    forward, backward = _factors(tokens, threshold), _factors(tokens[::-1], threshold)
    if forward == 0 or backward == 0:
        return None
    return (len(tokens) / forward + len(tokens) / backward) / 2


def lexical_diversity(keys: Sequence[str]) -> LexicalDiversity | None:
    """Return the diversity of the folded word keys that hold a letter or digit, or ``None`` without one."""
    tokens = [k for k in keys if any(ch.isalnum() for ch in k)]
    if not tokens:
        return None
    types = len(set(tokens))
    return LexicalDiversity(types, len(tokens), types / len(tokens), mtld(tokens))
