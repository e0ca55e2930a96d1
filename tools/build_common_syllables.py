"""Build src/dvcli/data/common_syllables.txt: the 1,000 most frequent syllables of the news lexicon, folded.

Usage: python tools/build_common_syllables.py SYLLABLES_TSV   (e.g. ../shared/lexicon/syllables.tsv)

Luong, Nguyen & Dinh (KSE 2018) count the share of syllables outside the 1,000 most frequent syllables of their
"easy" literature texts. That list is not public, so ours is the 1,000 most frequent syllables (by running count)
of 105,418 VNDS/VietNews training articles: a list of what a news reader meets most, not of what a child reads.
Both tone styles (hoà, hòa) fold to one key, and their counts add up, since they are one syllable.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dvcli.text.fold import fold

DATA = Path(__file__).resolve().parent.parent / "src" / "dvcli" / "data"
# The size of the paper's list.
SIZE = 1000


def build(source: Path, target: Path) -> None:
    """Write the ``SIZE`` most frequent folded syllables of ``source`` (syllable, df, count rows) to ``target``."""
    lines = source.read_text(encoding="utf-8").splitlines()
    documents = lines[0].rsplit("documents:", 1)[1].strip(" )\t")
    counts: dict[str, int] = {}
    for line in lines[1:]:
        syllable, _df, count = line.split("\t")
        key = fold(syllable)
        counts[key] = counts.get(key, 0) + int(count)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:SIZE]
    header = (
        f"# the {SIZE} most frequent folded syllables of {documents} VNDS/VietNews news articles, by running count "
        "(tools/build_common_syllables.py)"
    )
    target.write_text("\n".join([header] + [k for k, _ in ranked]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[2])
    build(Path(sys.argv[1]), DATA / "common_syllables.txt")
    print(f"wrote {DATA / 'common_syllables.txt'}")
