"""Determinism: the same input gives byte-identical output across runs, hash seeds and worker counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import example_files

import dvcli
from dvcli.batch import analyze_many

SRC = str(Path(dvcli.__file__).resolve().parent.parent)


def _export(seed: str, *paths: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": SRC}
    command = [sys.executable, "-m", "dvcli", "export", "--format", "jsonl", *map(str, paths)]
    return subprocess.run(command, env=env, capture_output=True, check=True).stdout


def test_output_is_the_same_under_two_hash_seeds() -> None:
    files = example_files()
    first, second = _export("1", *files), _export("4242", *files)
    assert first == second
    assert len(first.splitlines()) == len(files) and all(json.loads(line) for line in first.splitlines())


def test_output_is_the_same_with_any_number_of_workers() -> None:
    files = [str(p) for p in example_files()]
    alone = [r.to_dict() for r in analyze_many(files)]
    pooled = [r.to_dict() for r in analyze_many(files, workers=2)]
    assert json.dumps(alone, ensure_ascii=False) == json.dumps(pooled, ensure_ascii=False)
