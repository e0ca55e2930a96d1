"""Golden outputs: `export --format json` of every example, compared exactly (refresh with --update-golden)."""

from __future__ import annotations

import json

import pytest
from conftest import GOLDEN, ROOT, example_files
from typer.testing import CliRunner

from dvcli.cli import app


@pytest.mark.parametrize("example", example_files(), ids=lambda p: p.name)
def test_export_matches_golden(example, runner: CliRunner, update_golden: bool, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)  # source paths in the records are relative, as a user in the repo types them
    result = runner.invoke(app, ["export", "--format", "json", f"examples/{example.name}"])
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{example.stem}.json"
    if update_golden or not golden.exists():
        golden.write_text(result.stdout, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden.name} was missing and has been written; check it and run again")
    assert json.loads(result.stdout) == json.loads(golden.read_text(encoding="utf-8"))
    assert result.stdout == golden.read_text(encoding="utf-8")
