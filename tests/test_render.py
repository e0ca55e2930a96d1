"""Plain-text renderers: JSON, JSON Lines, CSV and Markdown of full and error records."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dvcli.errors import BinaryInputError
from dvcli.render.csvfmt import COLUMNS, to_csv
from dvcli.render.jsonfmt import to_json, to_jsonl
from dvcli.render.markdown import to_markdown
from dvcli.render.records import analysis_record, batch_record, error_record

ERROR = error_record("bad.bin", BinaryInputError("bad.bin: binary data", source="bad.bin", hint="give a text file"))


@pytest.fixture(scope="module")
def record() -> dict:
    import dvcli

    text = (
        "Ủy ban | nhân dân *họp*\n\nThứ Hai, 05/12/2016 08:15 (GMT+7)\n\n"
        "Ngày 4/12, ông Nguyễn Văn An chủ trì cuộc họp tại TP. Hà Nội. Cuộc họp bàn về kế hoạch năm 2017.\n\n"
        "Các đại biểu thống nhất nhiều nội dung quan trọng.\n\nTheo VnExpress"
    )
    return analysis_record(dvcli.analyze(text))


def test_json_is_plain_utf8_text_with_a_trailing_newline(record: dict) -> None:
    text = to_json(record)
    assert text.endswith("}\n") and "Ủy ban" in text
    assert json.loads(text) == record


def test_jsonl_is_one_compact_line_per_record(record: dict) -> None:
    lines = to_jsonl([record, ERROR, record]).splitlines()
    assert len(lines) == 3
    assert [json.loads(line).get("error", {}).get("type") for line in lines] == [None, "binary", None]


def test_batch_record_keeps_order(record: dict) -> None:
    batch = batch_record([ERROR, record])
    assert batch["schema_version"] and batch["documents"][0] is ERROR


def test_csv_has_one_row_per_record_and_quotes_safely(record: dict) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([record, ERROR]))))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["title"] == "Ủy ban | nhân dân *họp*"
    assert rows[0]["published"] == "2016-12-05T08:15:00+07:00"
    assert rows[0]["source"] == "VnExpress"
    assert rows[1]["error"].startswith("binary: ")
    assert rows[1]["title"] == ""


def test_markdown_escapes_table_breakers(record: dict) -> None:
    markdown = to_markdown([record, ERROR])
    assert markdown.startswith("# dvcli analysis\n")
    assert "## Ủy ban \\| nhân dân \\*họp\\*" in markdown
    assert "> Error: bad.bin: binary data" in markdown
    assert markdown.endswith("\n")


def test_views_carry_only_their_parts(record: dict) -> None:
    import dvcli

    analysis = dvcli.analyze("Tiêu đề\n\nMột câu ở đây. Một câu nữa.")
    assert set(analysis_record(analysis, "parse")) == {
        "schema_version",
        "source",
        "article",
        "entities",
        "keywords",
        "typos",
        "warnings",
    }
    assert analysis_record(analysis, "parse")["keywords"] == analysis.to_dict()["stats"]["keywords"]
    assert set(analysis_record(analysis, "summarize")) == {"schema_version", "source", "title", "summary", "warnings"}
    assert set(analysis_record(analysis, "stats")) == {"schema_version", "source", "title", "stats", "warnings"}
