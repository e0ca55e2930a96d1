"""The CLI end to end: help, exit codes, stdout versus stderr, JSON shapes, stdin, batches, atomic output."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REFERENCE, ROOT
from typer.testing import CliRunner

from dvcli.cli import app
from dvcli.errors import ExitStatus

COMMANDS = ("parse", "summarize", "stats", "export")


def run(runner: CliRunner, *args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "undecodable": tmp_path / "latin1.txt",
    }
    files["empty"].write_text("  \n\n", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    files["undecodable"].write_bytes("Tiêu đề\n\nNội dung bài báo.".encode()[:5] + b"\xff\xfe\xfa bad")
    return files


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("dvcli ")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_short_and_long_help(runner: CliRunner, command: str) -> None:
    for flag in ("-h", "--help"):
        result = run(runner, command, flag)
        assert result.exit_code == 0
        assert "Usage" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_path_argument_is_a_usage_error(runner: CliRunner, command: str) -> None:
    result = run(runner, command)
    assert result.exit_code == 2
    assert "name at least one input" in result.stderr


def test_parse_json_is_clean_json_on_stdout(runner: CliRunner) -> None:
    result = run(runner, "parse", str(REFERENCE), "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["schema_version"]
    assert record["article"]["title"] == "Giao ban công tác Dân vận Cụm miền Đông năm 2016"
    assert record["article"]["published"] == "2016-11-30T11:06:00+07:00"
    assert "summary" not in record
    assert isinstance(record["entities"], list)
    assert any(k["text"] in ("dân vận", "công tác dân vận") for k in record["stats"]["keywords"][:3])


def test_stdin_gives_the_same_record_as_the_file(runner: CliRunner) -> None:
    from_file = json.loads(run(runner, "parse", str(REFERENCE), "--json").stdout)
    piped = run(runner, "parse", "-", "--json", input=REFERENCE.read_bytes())
    assert piped.exit_code == 0, piped.stderr
    from_stdin = json.loads(piped.stdout)
    assert from_stdin["source"]["path"] == "<stdin>"
    from_file.pop("source")
    from_stdin.pop("source")
    assert from_stdin == from_file


def test_summarize_json_gives_ordered_scored_sentences(runner: CliRunner) -> None:
    result = run(runner, "summarize", str(REFERENCE), "--json", "-n", "2")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)["summary"]
    indexes = [s["index"] for s in summary["sentences"]]
    assert len(indexes) == 2 and indexes == sorted(indexes)
    text = REFERENCE.read_text(encoding="utf-8")
    for sentence in summary["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert isinstance(sentence["score"], float)


def test_stats_json_counts(runner: CliRunner) -> None:
    result = run(runner, "stats", str(REFERENCE), "--json")
    assert result.exit_code == 0, result.stderr
    stats = json.loads(result.stdout)["stats"]
    assert stats["paragraphs"] == 5
    assert stats["sentences"] == 13
    assert stats["noise_lines"] == 10
    assert stats["syllables"] >= stats["words"] > 0
    assert stats["reading_time"]["seconds"] > 0 and stats["reading_time"]["basis"]
    assert len(stats["keywords"]) == 10


@pytest.mark.parametrize("kind", ["empty", "binary", "undecodable"])
def test_bad_input_is_one_error_line_naming_the_file(runner: CliRunner, bad_files, kind: str) -> None:
    path = bad_files[kind]
    result = run(runner, "parse", str(path), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == kind  # the error record, as in a batch
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: ") and str(path) in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_file_is_exit_1_with_a_hint(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run(runner, "summarize", str(missing))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and str(missing) in result.stderr
    assert "Hint:" in result.stderr


def test_batch_goes_on_past_a_bad_file(runner: CliRunner, bad_files, tmp_path: Path) -> None:
    result = run(runner, "export", "--format", "jsonl", str(REFERENCE), str(bad_files["binary"]), str(REFERENCE))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert "error" not in lines[0] and "error" not in lines[2]
    assert lines[1]["error"]["type"] == "binary"
    assert lines[1]["source"]["path"] == str(bad_files["binary"])
    assert set(lines[1]) == {"schema_version", "source", "error"}
    assert result.stderr.count("Error: ") == 1


def test_json_batch_wraps_documents(runner: CliRunner, bad_files) -> None:
    result = run(runner, "stats", "--json", str(REFERENCE), str(bad_files["empty"]))
    assert result.exit_code == 1
    documents = json.loads(result.stdout)["documents"]
    assert [("error" in d) for d in documents] == [False, True]


def test_directory_input_reads_its_txt_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(REFERENCE.read_bytes())
    (tmp_path / "a.txt").write_bytes(REFERENCE.read_bytes())
    (tmp_path / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    result = run(runner, "export", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]


def test_export_to_file_matches_stdout_and_leaves_no_temporary(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    to_file = run(runner, "export", str(REFERENCE), "-o", str(out))
    assert to_file.exit_code == 0, to_file.stderr
    assert to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == run(runner, "export", str(REFERENCE)).stdout
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_export_into_missing_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "export", str(REFERENCE), "-o", str(tmp_path / "no" / "out.json"))
    assert result.exit_code == 2


def test_export_csv_and_markdown(runner: CliRunner) -> None:
    csv_out = run(runner, "export", "--format", "csv", str(REFERENCE))
    assert csv_out.exit_code == 0
    header, row = csv_out.stdout.splitlines()[:2]
    assert header.startswith("path,title,published,author,source")
    assert "Quang Hưng" in row
    assert "xâu dựng -> xây dựng" in row
    markdown = run(runner, "export", "--format", "markdown", str(REFERENCE)).stdout
    assert markdown.startswith("# dvcli analysis")
    assert "- xâu dựng → xây dựng (offset 1239)" in markdown
    assert "## Giao ban công tác Dân vận Cụm miền Đông năm 2016" in markdown


def test_inputs_are_never_modified(runner: CliRunner, tmp_path: Path) -> None:
    copy = tmp_path / "a.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + REFERENCE.read_bytes().replace(b"\n", b"\r\n"))
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    for command in COMMANDS:
        run(runner, command, str(copy))
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("args", [["--tz", "Mars/Olympus"], ["--method", "magic"], ["--ratio", "1.5"]])
def test_bad_option_values_are_usage_errors(runner: CliRunner, args: list[str]) -> None:
    command = "parse" if args[0] == "--tz" else "summarize"
    result = run(runner, command, str(REFERENCE), *args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_tz_option_attaches_a_zone_to_a_naive_dateline(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Tiêu đề bài báo\n\n30/11/2016 11:06\n\nNội dung bài báo ở đây. Câu thứ hai.\n", "utf-8")
    naive = json.loads(run(runner, "parse", str(article), "--json").stdout)
    assert naive["article"]["published"] == "2016-11-30T11:06:00"
    aware = json.loads(run(runner, "parse", str(article), "--json", "--tz", "+07:00").stdout)
    assert aware["article"]["published"] == "2016-11-30T11:06:00+07:00"


def test_rich_views_show_the_article(runner: CliRunner) -> None:
    parsed = run(runner, "parse", str(REFERENCE), "--highlight")
    assert parsed.exit_code == 0
    assert "Giao ban công tác Dân vận" in parsed.stdout
    assert "Nguyễn Văn Hưởng" in parsed.stdout
    summary = run(runner, "summarize", str(REFERENCE), "--context")
    assert summary.exit_code == 0
    assert "3 of 13 sentences" in summary.stdout
    stats = run(runner, "stats", str(REFERENCE))
    assert "reading time" in stats.stdout and "Top keywords" in stats.stdout


def test_rich_view_does_not_read_article_text_as_markup(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Tiêu đề [bold]đậm[/bold]\n\nNội dung [red]đỏ[/red] ở đây.\n", encoding="utf-8")
    result = run(runner, "parse", str(article))
    assert result.exit_code == 0
    assert "[bold]đậm[/bold]" in result.stdout


def test_library_analyze_equals_export_record(runner: CliRunner) -> None:
    import dvcli

    exported = json.loads(run(runner, "export", str(REFERENCE)).stdout)
    assert dvcli.analyze(str(REFERENCE)).to_dict() == exported
    assert dvcli.analyze(REFERENCE).to_dict() == exported
    from_text = dvcli.analyze(REFERENCE.read_text(encoding="utf-8")).to_dict()
    assert from_text["article"] == exported["article"]


def test_core_import_does_not_load_typer_or_rich() -> None:
    code = (
        "import sys, dvcli; dvcli.analyze('Tiêu đề\\n\\nMột câu. Hai câu.');"
        "print(sorted(m for m in ('typer', 'rich', 'click') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_console_script_and_module_entry_points() -> None:
    out = subprocess.run([sys.executable, "-m", "dvcli", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("dvcli ")


# The output bundle, the consistent JSON and the defects of the architecture review ---------------------------
@pytest.mark.parametrize("command", COMMANDS)
def test_json_to_a_file_writes_the_file_and_nothing_to_stdout(runner: CliRunner, tmp_path: Path, command: str) -> None:
    out = tmp_path / f"{command}.json"
    result = run(runner, command, str(REFERENCE), "--json", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        run(runner, command, str(REFERENCE), "--json").stdout
    )


@pytest.mark.parametrize("command,part", [("summarize", "summary"), ("stats", "stats"), ("parse", "entities")])
def test_command_json_is_the_export_record_restricted(runner: CliRunner, command: str, part: str) -> None:
    exported = json.loads(run(runner, "export", str(REFERENCE)).stdout)
    own = json.loads(run(runner, command, str(REFERENCE), "--json").stdout)
    assert own["schema_version"] == exported["schema_version"] == "2.0"
    assert own["source"] == exported["source"]
    assert own["article"]["title"] == exported["article"]["title"]
    assert own["article"]["published"] == exported["article"]["published"]
    assert own[part] == exported[part]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_failed_single_input_writes_its_error_record_from_every_command(runner: CliRunner, command: str) -> None:
    args = [command, "missing.txt"] + (["--json"] if command != "export" else [])
    record = json.loads(run(runner, *args).stdout)
    assert record == {
        "schema_version": "2.0",
        "source": {"path": "missing.txt", "encoding": None},
        "error": {
            "type": "not_found",
            "message": "missing.txt: no such file",
            "hint": "check the path; use - to read the article from standard input",
        },
    }


def test_error_message_keeps_a_relative_path_as_given(runner: CliRunner) -> None:
    result = run(runner, "parse", "../nope.txt")
    assert result.exit_code == ExitStatus.INPUT_FAILED
    assert result.stderr.startswith("Error: ../nope.txt: no such file. Hint: ")


@pytest.mark.parametrize("zone", ["+25:00", "-13:00", "+07:75", "UTC+99"])
def test_an_impossible_offset_is_a_usage_error_before_any_file_is_read(runner: CliRunner, zone: str) -> None:
    # The reference article's dateline has its own offset: the bad --tz must be refused all the same.
    for inputs in ([str(REFERENCE)], ["missing.txt"]):
        result = run(runner, "parse", *inputs, "--tz", zone, "--json")
        assert result.exit_code == ExitStatus.USAGE
        assert "--tz" in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""


def test_output_onto_an_input_is_refused_and_the_input_kept(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(REFERENCE.read_bytes())
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for target in (article, link):
        result = run(runner, "export", str(article), "-o", str(target))
        assert result.exit_code == ExitStatus.USAGE
        assert article.read_bytes() == REFERENCE.read_bytes()


def test_output_is_not_replaced_when_nothing_was_analysed(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = run(runner, "export", "--format", "jsonl", "missing.txt", "-o", str(out))
    assert result.exit_code == ExitStatus.INPUT_FAILED
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_reads_like_a_person_wrote_it(runner: CliRunner, command: str) -> None:
    text = run(runner, command, "--help").stdout
    for machine in ("<list[str]>", "<bool>", "<str>", "<int range>", "<float>", "[required]"):
        assert machine not in text
    assert "INPUT..." in text
    assert "Examples" in text and text.count(f"dvcli {command}") >= 2


def test_summary_method_choices_are_shown(runner: CliRunner) -> None:
    text = run(runner, "summarize", "--help").stdout
    assert "default" in text and "textrank" in text and "lead" in text


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    import signal
    import time

    # Standard input that never ends keeps the command reading until the signal comes.
    process = subprocess.Popen(
        [sys.executable, "-m", "dvcli", "parse", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == ExitStatus.INTERRUPTED
    assert b"Traceback" not in stderr


def test_analyze_many_yields_an_analysis_and_a_failure_in_order() -> None:
    import dvcli

    results = list(dvcli.analyze_many([str(REFERENCE), "missing.txt"]))
    assert [type(r).__name__ for r in results] == ["Analysis", "Failure"]
    assert results[1].source.path == "missing.txt" and results[1].type == "not_found" and results[1].hint
    assert hash(results[0]) == hash(dvcli.analyze(str(REFERENCE)))


def test_models_are_frozen() -> None:
    import dataclasses

    import dvcli

    analysis = dvcli.analyze(str(REFERENCE))
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.article.title = None  # type: ignore[misc]
    person = next(e for e in analysis.entities or () if e.get("roles"))
    assert isinstance(person.get("roles"), tuple)
    assert isinstance(analysis.stats.per_paragraph, tuple)  # type: ignore[union-attr]
