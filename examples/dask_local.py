"""Analyse the example articles on a two-worker Dask cluster, from Python, and fold them into a corpus summary.

    pip install -e '.[dask]'
    python examples/dask_local.py

The same from the command line (a LocalCluster on this machine, or a running cluster's scheduler):

    dvcli export examples/ --format jsonl --dask-local 2 -o analysis.jsonl
    dvcli stats examples/ --summary --scheduler tcp://scheduler-host:8786
"""

from __future__ import annotations

from pathlib import Path

from dvcli.batch import DaskCluster, map_many
from dvcli.stats.corpus import merge_all, summary_of

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    articles = sorted(str(path) for path in HERE.glob("*.txt"))
    # summary_of runs on the Dask workers: only each article's small partial summary comes back.
    parts = map_many(articles, summary_of, dask=DaskCluster(local_workers=2))
    corpus = merge_all(parts).to_dict()["corpus"]
    print(f"{corpus['articles']} articles, {corpus['words']} words")
    for row in corpus["rows"]:
        print(f"  {row['published'] or '-':25}  {row['words']:5} words  {row['title']}")
