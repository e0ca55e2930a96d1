"""Build src/dvcli/data/{words,syllables}.tsv from the lexicon counts, with keys already folded.

Usage: python tools/build_lexicon.py LEXICON_DIR   (e.g. ../shared/lexicon)

Folding 68k entries (lowercase, NFC, one tone placement) at every start-up cost a quarter of a second, so the
shipped tables hold folded keys (syllables joined by one space), old and new tone styles merged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dvcli.text.fold import fold

DATA = Path(__file__).resolve().parent.parent / "src" / "dvcli" / "data"


def build(source: Path, target: Path) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    documents = lines[0].rsplit("documents:", 1)[1].strip(" )\t")
    merged: dict[str, int] = {}
    for line in lines[1:]:
        entry, df, _count = line.split("\t")
        key = fold(entry.replace("_", " "))
        # The same word in both tone styles: the larger count is the better estimate of its spread.
        merged[key] = max(merged.get(key, 0), int(df))
    rows = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))
    header = f"# folded key\tdocument_frequency\t(documents: {documents})"
    target.write_text("\n".join([header] + [f"{k}\t{v}" for k, v in rows]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    lexicon_dir = Path(sys.argv[1])
    for name in ("words.tsv", "syllables.tsv"):
        build(lexicon_dir / name, DATA / name)
        print(f"wrote {DATA / name}")
