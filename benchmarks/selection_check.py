"""Compare summary selection settings on articles that keep their paragraphs, with the site's sapo as reference.

Usage: python benchmarks/selection_check.py ../shared/corpus/raw/baomoi_dev.jsonl

VNDS bodies (the train and val splits) have no paragraph breaks, so a selection setting that looks at paragraphs
(``paragraph_penalty``) cannot be judged there. The baomoi files keep them; their sapo, the lead summary the site
showed, is the reference. Prints ROUGE-1 / ROUGE-2 / ROUGE-L F1 at 1, 2 and 3 sentences for the shipped
selection and the variants named in ``variants``. No summary figure is reported on this set: it only chooses.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rouge_metrics import rouge_all  # noqa: E402

from dvcli.model import Article  # noqa: E402
from dvcli.options import SummaryOptions  # noqa: E402
from dvcli.parse import parse_article  # noqa: E402
from dvcli.summarize.learned import LinearModel, shipped_model  # noqa: E402
from dvcli.summarize.rankers import summarize  # noqa: E402
from dvcli.summarize.select import Selection  # noqa: E402

SAPO_SEPARATOR = "\n\n\n\n"
# The setting that gives the reference article's SPEC summary (see benchmarks/README.md, Selection).
SPEC_SETTING = {"redundancy": 0.3, "block_names": True, "coverage": 1.0, "saturation": 0.5, "paragraph_penalty": 0.2}


def variants(shipped: Selection) -> dict[str, Selection]:
    """Return the named selections to compare: the shipped one, with a paragraph penalty, and the SPEC setting."""
    spec = dataclasses.replace(shipped, **SPEC_SETTING)
    return {
        "shipped": shipped,
        "shipped + paragraph penalty 0.2": dataclasses.replace(shipped, paragraph_penalty=0.2),
        "SPEC setting": spec,
        "SPEC setting, penalty 0": dataclasses.replace(spec, paragraph_penalty=0.0),
    }


def scores(model: LinearModel, articles: list[tuple[Article, str]], k: int) -> tuple[float, float, float]:
    """Return mean ROUGE-1, ROUGE-2 and ROUGE-L F1 (×100) of ``k``-sentence summaries."""
    totals = [0.0, 0.0, 0.0]
    for article, reference in articles:
        chosen = summarize(article, SummaryOptions(sentences=k), model).sentences
        candidate = " ".join(article.sentences[s.index].text for s in chosen)
        result = rouge_all(candidate, reference)
        for j, key in enumerate(("rouge1", "rouge2", "rougeL")):
            totals[j] += result[key].f1
    n = len(articles)
    return (100 * totals[0] / n, 100 * totals[1] / n, 100 * totals[2] / n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="baomoi_dev.jsonl: id, title, raw (the file), sapo")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [(parse_article(r["raw"].split(SAPO_SEPARATOR)[0]), r["sapo"]) for r in rows if r.get("sapo")]
    shipped = shipped_model()
    print(f"{len(articles)} articles with a sapo; ROUGE-1 / ROUGE-2 / ROUGE-L F1\n")
    print("| selection | 1 sentence | 2 | 3 |\n| --- | --- | --- | --- |")
    for name, selection in variants(shipped.selection).items():
        model = dataclasses.replace(shipped, selection=selection)
        cells = [" / ".join(f"{x:.2f}" for x in scores(model, articles, k)) for k in (1, 2, 3)]
        print(f"| {name} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
