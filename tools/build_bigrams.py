"""Build src/dvcli/data/bigrams.tsv (syllable-pair counts for typo spotting) from the lexicon counts.

Usage: python tools/build_bigrams.py LEXICON_DIR   (e.g. ../shared/lexicon)

The source has 202k pairs with count >= 20 (3 MB). The typo finder only asks whether a pair is common
(count >= MIN_COUNT; anything rarer counts as rare), so pairs below MIN_COUNT are dropped, keys are folded
(both tone styles merged) and grouped by first syllable: one line per first syllable,
``first<TAB>second:count second:count ...``, which halves the size again (about 1.4 MB).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from dvcli.text.fold import fold

DATA = Path(__file__).resolve().parent.parent / "src" / "dvcli" / "data"
MIN_COUNT = 30


def build(source: Path, target: Path, min_count: int = MIN_COUNT) -> int:
    """Write the grouped, folded pair table to ``target``; return the number of pairs written."""
    merged: dict[tuple[str, str], int] = {}
    for line in source.read_text(encoding="utf-8").splitlines()[1:]:
        pair, count = line.split("\t")
        parts = fold(pair).split()
        if len(parts) != 2:
            continue
        key = (parts[0], parts[1])
        # Old and new tone placement of the same pair: they are one pair, so their counts add up.
        merged[key] = merged.get(key, 0) + int(count)
    grouped: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (first, second), count in merged.items():
        if count >= min_count:
            grouped[first].append((second, count))
    lines = [f"# folded syllable pairs with count >= {min_count}: first<TAB>second:count ..."]
    for first in sorted(grouped):
        seconds = " ".join(f"{s}:{c}" for s, c in sorted(grouped[first]))
        lines.append(f"{first}\t{seconds}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(v) for v in grouped.values())


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[2])
    written = build(Path(sys.argv[1]) / "syllable_bigrams.tsv", DATA / "bigrams.tsv")
    print(f"wrote {DATA / 'bigrams.tsv'} ({written} pairs)")
