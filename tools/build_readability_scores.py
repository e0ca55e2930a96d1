"""Build src/dvcli/data/readability_scores.txt: the Luong-Nguyen-Dinh scores of a folder of reference articles.

Usage: python tools/build_readability_scores.py ARTICLES_DIR   (e.g. ../shared/corpus/raw/baomoi)

The formula has no published bands, so dvcli places a score among real news instead: the shipped file holds one
score per reference article (rounded to 4 places), and ``stats.readability.percentile`` is the share of them below
an article's score. Rebuild it after changing the common-syllable list (tools/build_common_syllables.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from dvcli.load import load
from dvcli.parse import parse_article
from dvcli.stats.readability import readability

DATA = Path(__file__).resolve().parent.parent / "src" / "dvcli" / "data"


def build(folder: Path, target: Path) -> list[float]:
    """Write the sorted scores of the ``*.txt`` articles in ``folder`` (those with a body sentence) to ``target``."""
    scores = []
    for path in sorted(folder.glob("*.txt")):
        measured = readability(parse_article(load(path).text))
        if measured is not None:
            scores.append(round(measured.score, 4))
    scores.sort()
    header = f"# Luong-Nguyen-Dinh (2018) scores of {len(scores)} articles of {folder.name}"
    header += " (tools/build_readability_scores.py)"
    target.write_text("\n".join([header] + [f"{s:.4f}" for s in scores]) + "\n", encoding="utf-8")
    return scores


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[2])
    built = build(Path(sys.argv[1]), DATA / "readability_scores.txt")
    quartiles = [built[len(built) * k // 4] for k in range(4)] + [built[-1]]
    print(f"wrote {DATA / 'readability_scores.txt'}: {len(built)} scores, min/quartiles/max {quartiles}")
