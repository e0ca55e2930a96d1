"""The batch engine and the CLI at scale: workers, order, streams, input lists, JSON Lines, the corpus view, Dask."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import EXAMPLES, REFERENCE
from typer.testing import CliRunner

import dvcli
from dvcli.batch import BatchObserver
from dvcli.cli import app
from dvcli.errors import ExitStatus


def run(runner: CliRunner, *args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """12 articles, every fourth one broken (empty, binary or undecodable), in name order."""
    broken = [b"", b"\x00\x01\x02binary", b"\xff\xfe\xfa not utf-8"]
    texts = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.txt"))]
    for n in range(12):
        data = broken[(n // 4) % 3] if n % 4 == 3 else texts[n % len(texts)]
        (tmp_path / f"a{n:02d}.txt").write_bytes(data)
    return tmp_path


def test_any_worker_count_gives_byte_identical_output(runner: CliRunner) -> None:
    one = run(runner, "export", "--format", "jsonl", "-j", "1", str(EXAMPLES))
    two = run(runner, "export", "--format", "jsonl", "-j", "2", str(EXAMPLES))
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == len(list(EXAMPLES.glob("*.txt")))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_broken_files_become_error_records_in_input_order(runner: CliRunner, mixed_folder: Path, workers: str) -> None:
    result = run(runner, "export", "--format", "jsonl", "-j", workers, str(mixed_folder))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]["path"]).name for r in records] == [f"a{n:02d}.txt" for n in range(12)]
    assert [("error" in r) for r in records] == [n % 4 == 3 for n in range(12)]
    assert result.stderr.count("Error: ") == 3
    assert result.stderr.strip().splitlines()[-1].startswith("9 analysed, 3 failed in ")


def test_piped_stderr_holds_only_the_closing_line_and_quiet_nothing(runner: CliRunner) -> None:
    piped = run(runner, "export", "--format", "jsonl", str(EXAMPLES))
    lines = piped.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("4 analysed, 0 failed in ") and lines[0].endswith(" s")
    assert run(runner, "export", "--format", "jsonl", "-q", str(EXAMPLES)).stderr == ""
    assert run(runner, "parse", "--json", str(REFERENCE)).stderr == ""  # one input: no batch report


def test_files_from_a_list_and_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(str(f) for f in files[:2]) + "\n\n", encoding="utf-8")
    from_file = run(runner, "export", "--format", "jsonl", "--files-from", str(listing))
    assert from_file.exit_code == 0, from_file.stderr
    assert [json.loads(x)["source"]["path"] for x in from_file.stdout.splitlines()] == [str(f) for f in files[:2]]
    from_stdin = run(runner, "export", "--format", "jsonl", "--files-from", "-", input=listing.read_text("utf-8"))
    assert from_stdin.stdout == from_file.stdout


def test_json_lines_input_carries_id_and_line(runner: CliRunner, tmp_path: Path) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    lines = [
        json.dumps({"id": "a1", "title": title, "text": body, "url": "https://example.org/a1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": 7, "text": text}, ensure_ascii=False),
    ]
    records_file = tmp_path / "articles.jsonl"
    records_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(runner, "export", "--format", "jsonl", "--input-format", "jsonl", str(records_file))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    first, bad, third = (json.loads(x) for x in result.stdout.splitlines())
    assert first["source"] == {
        "path": str(records_file),
        "encoding": "utf-8",
        "id": "a1",
        "line": 1,
        "url": "https://example.org/a1",
    }
    assert first["article"]["title"] == title
    assert bad["source"]["line"] == 2 and bad["error"]["type"] == "bad_record"
    assert third["source"] == {"path": str(records_file), "encoding": "utf-8", "id": "7", "line": 3}
    assert third["summary"] == json.loads(run(runner, "export", str(REFERENCE)).stdout)["summary"]
    assert "line 2" in result.stderr


def test_glob_is_case_insensitive_and_exclude_leaves_files_out(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("ARTICLE.TXT", "draft.txt", "notes.md"):
        (tmp_path / name).write_bytes(REFERENCE.read_bytes())
    found = run(runner, "export", "--format", "jsonl", "--exclude", "draft*", str(tmp_path))
    assert [Path(json.loads(x)["source"]["path"]).name for x in found.stdout.splitlines()] == ["ARTICLE.TXT"]
    markdown = run(runner, "export", "--format", "jsonl", "--glob", "*.md", str(tmp_path))
    assert [Path(json.loads(x)["source"]["path"]).name for x in markdown.stdout.splitlines()] == ["notes.md"]


def test_a_fifo_inside_a_directory_is_reported_not_read(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(REFERENCE.read_bytes())
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    result = run(runner, "export", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert "error" not in records[0] and records[1]["error"]["type"] == "unreadable"
    assert "not a regular file" in result.stderr


def test_a_directory_loop_through_links_is_read_once(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(REFERENCE.read_bytes())
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    result = run(runner, "export", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_corpus_summary_is_the_same_with_any_worker_count(runner: CliRunner) -> None:
    one = run(runner, "stats", "--summary", "--json", "-j", "1", str(EXAMPLES))
    two = run(runner, "stats", "--summary", "--json", "-j", "2", str(EXAMPLES))
    assert one.exit_code == 0 and one.stdout == two.stdout
    corpus = json.loads(one.stdout)["corpus"]
    assert corpus["articles"] == 4 and corpus["failed"] == 0
    assert [Path(r["path"]).name for r in corpus["rows"]] == sorted(p.name for p in EXAMPLES.glob("*.txt"))
    assert corpus["words"] == sum(r["words"] for r in corpus["rows"])
    assert corpus["distributions"]["words_per_article"]["median"] > 0
    assert any(p["name"] == "Nguyễn Văn Hưởng" for p in corpus["people"])
    assert {"month": "2016-11", "articles": 1} in corpus["months"]
    view = run(runner, "stats", "--summary", str(EXAMPLES))
    assert "Articles" in view.stdout and "Giao ban công tác" in view.stdout


def test_partial_summaries_merge_in_any_grouping() -> None:
    from dvcli.stats.corpus import merge_all, summary_of

    parts = [summary_of(r) for r in dvcli.analyze_many([str(p) for p in sorted(EXAMPLES.glob("*.txt"))] + ["x.txt"])]
    left = merge_all([merge_all(parts[:2]), merge_all(parts[2:])])
    right = parts[0].merge(parts[1].merge(parts[2].merge(parts[3].merge(parts[4]))))
    assert left == right == merge_all(parts)
    assert left.failed == 1 and len(left.rows) == 5


class _Recorder(BatchObserver):
    def __init__(self) -> None:
        self.events: list[object] = []

    def started(self, total: int | None) -> None:
        self.events.append(("started", total))

    def advanced(self, item: object) -> None:
        self.events.append(type(item).__name__)

    def finished(self) -> None:
        self.events.append("finished")


def test_library_batch_reports_to_its_observer_and_equals_in_any_process_count() -> None:
    names = [str(REFERENCE), "missing.txt", str(EXAMPLES)]
    recorder = _Recorder()
    in_process = list(dvcli.analyze_many(names, on_progress=recorder))
    assert recorder.events[0] == ("started", 6) and recorder.events[-1] == "finished"
    assert recorder.events[1:3] == ["Analysis", "Failure"]
    assert in_process == list(dvcli.analyze_many(names, workers=2))


def test_dask_local_cluster_gives_the_local_records_and_summary(runner: CliRunner) -> None:
    pytest.importorskip("dask.distributed")
    local = run(runner, "export", "--format", "jsonl", str(EXAMPLES))
    on_dask = run(runner, "export", "--format", "jsonl", "--dask-local", "2", str(EXAMPLES))
    assert on_dask.exit_code == 0, on_dask.stderr
    assert on_dask.stdout == local.stdout
    summary = run(runner, "stats", "--summary", "--json", "--dask-local", "2", str(EXAMPLES))
    assert summary.stdout == run(runner, "stats", "--summary", "--json", str(EXAMPLES)).stdout


def test_dask_options_exclude_each_other(runner: CliRunner) -> None:
    result = run(runner, "export", str(REFERENCE), "--dask-local", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == ExitStatus.USAGE
