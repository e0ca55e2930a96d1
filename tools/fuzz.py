"""Fuzz dvcli's whole path from bytes to JSON with atheris (libFuzzer), seeded from ``examples/``.

Usage: python tools/fuzz.py [CORPUS_DIR] [libFuzzer options, e.g. -max_total_time=600]

Each input is raw file bytes: decoded (encoding detection included), loaded, analysed by every stage and written
as JSON. A ``DvcliError`` is a clean refusal; anything else is a crash, as are spans whose offsets do not slice
their text and JSON that does not read back to the same record. The corpus directory (``fuzz-corpus/`` by default)
is seeded with the examples in UTF-8 and in each legacy encoding, so mutations start from real articles.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from dvcli.decode import decode_bytes
    from dvcli.decode.legacy import LEGACY, encode_legacy
    from dvcli.errors import DvcliError
    from dvcli.load import load_text
    from dvcli.pipeline import analyze_loaded
    from dvcli.render.json import to_json

ROOT = Path(__file__).resolve().parent.parent


def _spans(record: dict) -> list[dict]:
    article = record["article"]
    spans = article["paragraphs"] + article["sentences"] + article["words"] + article["noise_lines"]
    spans += record["entities"] + record["summary"]["sentences"] + record["typos"]
    spans += [article[key] for key in ("title_span", "lead_span", "sapo_span", "dateline") if article[key]]
    return spans


def test_one_input(data: bytes) -> None:
    """Analyse ``data`` as a file's bytes; raise on anything but a clean refusal or a consistent record."""
    try:
        decoded = decode_bytes(data, "fuzz.txt")
        loaded = load_text(decoded.text)
    except DvcliError:
        return
    record = analyze_loaded(loaded).to_dict()
    text = record["article"]["text"]
    for span in _spans(record):
        if not (0 <= span["start"] <= span["end"] <= len(text)) or text[span["start"] : span["end"]] != span["text"]:
            raise AssertionError(f"bad span {span!r}")
    if json.loads(to_json(record)) != record:
        raise AssertionError("JSON does not round-trip")


def seed(corpus: Path) -> None:
    """Write the examples into ``corpus``: as they are, and in every legacy encoding that can write them."""
    corpus.mkdir(exist_ok=True)
    for path in sorted((ROOT / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (corpus / path.name).write_bytes(text.encode())
        # The legacy encodings have no curly quotes, dashes or no-break space: write their ASCII stand-ins.
        plain = text.translate(str.maketrans({"“": '"', "”": '"', "’": "'", "–": "-", "…": "...", "\xa0": " "}))
        for encoding in LEGACY:
            try:
                (corpus / f"{path.stem}.{encoding}").write_bytes(encode_legacy(plain, encoding))
            except UnicodeEncodeError:
                continue


def main() -> None:
    args = sys.argv[1:]
    corpus = Path(args[0]) if args and not args[0].startswith("-") else ROOT / "fuzz-corpus"
    seed(corpus)
    options = [a for a in args if a.startswith("-")]
    atheris.Setup([sys.argv[0], *options, str(corpus)], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
