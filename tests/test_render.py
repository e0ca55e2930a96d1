"""Plain-text renderers: JSON, JSON Lines, CSV and Markdown of analyses and failures, and each view's parts."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dvcli
from dvcli.errors import BinaryInputError, Failure
from dvcli.model import Analysis, Source
from dvcli.render.csv import COLUMNS, csv_header, csv_row
from dvcli.render.formats import OutputFormat, StreamWriter, TextFormat
from dvcli.render.json import nested, to_json, to_json_line, write_json
from dvcli.render.markdown import markdown_section
from dvcli.render.records import View, record

FAILURE = Failure.from_error(
    Source("bad.bin"), BinaryInputError("bad.bin: binary data", source="bad.bin", hint="give a text file")
)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    text = (
        "Ủy ban | nhân dân *họp*\n\nThứ Hai, 05/12/2016 08:15 (GMT+7)\n\n"
        "Ngày 4/12, ông Nguyễn Văn An chủ trì cuộc họp tại TP. Hà Nội. Cuộc họp bàn về kế hoạch năm 2017.\n\n"
        "Các đại biểu thống nhất nhiều nội dung quan trọng.\n\nTheo VnExpress"
    )
    return dvcli.analyze(text)


def written(format: OutputFormat, results: list, view: View = View.EXPORT, several: bool = True) -> str:
    out = io.StringIO()
    text_format = TextFormat(format, view, several)
    writer = StreamWriter(out, text_format)
    writer.begin()
    for result in results:
        # Rendered apart, as a worker renders it, then written in order.
        writer.write(text_format.piece(result))
    writer.end()
    return out.getvalue()


def test_json_is_plain_utf8_text_with_a_trailing_newline(analysis: Analysis) -> None:
    text = to_json(record(analysis))
    assert text.endswith("}\n") and "Ủy ban" in text
    assert json.loads(text) == record(analysis)


def test_streamed_json_of_several_inputs_equals_one_document_dumped_at_once(analysis: Analysis) -> None:
    streamed = written(OutputFormat.JSON, [FAILURE, analysis])
    whole = {"schema_version": dvcli.SCHEMA_VERSION, "documents": [record(FAILURE), record(analysis)]}
    assert streamed == to_json(whole)
    assert written(OutputFormat.JSON, []) == to_json({"schema_version": dvcli.SCHEMA_VERSION, "documents": []})


def test_one_input_gets_its_record_alone(analysis: Analysis) -> None:
    assert json.loads(written(OutputFormat.JSON, [analysis], several=False)) == record(analysis)


def test_jsonl_is_one_compact_line_per_input(analysis: Analysis) -> None:
    lines = written(OutputFormat.JSONL, [analysis, FAILURE, analysis]).splitlines()
    assert len(lines) == 3
    assert lines[0] == to_json_line(record(analysis)).rstrip("\n")
    assert [json.loads(line).get("error", {}).get("type") for line in lines] == [None, "binary", None]


def test_csv_has_one_row_per_input_and_quotes_safely(analysis: Analysis) -> None:
    text = written(OutputFormat.CSV, [analysis, FAILURE])
    assert text == csv_header() + csv_row(analysis) + csv_row(FAILURE)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["title"] == "Ủy ban | nhân dân *họp*"
    assert rows[0]["published"] == "2016-12-05T08:15:00+07:00"
    assert rows[0]["source"] == "VnExpress"
    assert rows[1]["error"].startswith("binary: ")
    assert rows[1]["title"] == ""


def test_markdown_escapes_table_breakers(analysis: Analysis) -> None:
    markdown = written(OutputFormat.MARKDOWN, [analysis, FAILURE])
    assert markdown.startswith("# dvcli analysis\n\n")
    assert "## Ủy ban \\| nhân dân \\*họp\\*" in markdown
    assert "> Error: bad.bin: binary data" in markdown
    assert markdown_section(FAILURE) in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_views_carry_only_their_parts_at_the_export_paths(analysis: Analysis) -> None:
    full = record(analysis, View.EXPORT)
    parse = record(analysis, View.PARSE)
    assert set(parse) == {"schema_version", "source", "article", "index", "entities", "stats", "typos", "warnings"}
    for view, part in ((View.SUMMARIZE, "summary"), (View.STATS, "stats")):
        kept = record(analysis, view)
        assert set(kept) == {"schema_version", "source", "article", part, "warnings"}
        assert kept["article"] == {"title": full["article"]["title"], "published": full["article"]["published"]}
        assert kept[part] == full[part]
    assert parse["entities"] == full["entities"] and parse["stats"] == full["stats"]
    assert parse["index"] == full["index"]


def test_a_failure_has_the_same_record_in_every_view() -> None:
    records = {json.dumps(record(FAILURE, view)) for view in View}
    assert len(records) == 1
    assert record(FAILURE)["error"] == {"type": "binary", "message": "bad.bin: binary data", "hint": "give a text file"}


_FINITE = st.floats(allow_nan=False, allow_infinity=False)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | _FINITE | st.text(),
    lambda inner: (
        st.lists(inner)
        | st.tuples(inner, inner)
        | st.lists(st.fixed_dictionaries({"text": st.text(), "start": st.integers(), "end": st.none() | st.integers()}))
        | st.dictionaries(st.text() | st.integers() | st.booleans() | st.none() | _FINITE, inner)
    ),
    max_leaves=40,
)


@settings(max_examples=400)
@given(_JSON_VALUES, st.integers(0, 3))
def test_the_indented_writer_writes_what_json_dumps_would(value: object, depth: int) -> None:
    dumped = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    placed = "\n".join("  " * depth + line for line in dumped.split("\n"))
    out = io.StringIO()
    write_json(out, value, depth)
    assert out.getvalue() == placed + ("" if depth else "\n")
    assert nested(value, depth) == placed
    assert to_json(value) == dumped + "\n"


def test_the_indented_writer_refuses_what_json_refuses() -> None:
    with pytest.raises(ValueError):
        to_json({"score": float("nan")})
    with pytest.raises(TypeError):
        to_json({"when": object()})


def test_words_made_on_demand_are_written_as_the_list_would_be(analysis: Analysis) -> None:
    lazy = record(analysis, View.EXPORT, lazy_words=True)
    assert not isinstance(lazy["article"]["words"], list)
    assert list(lazy["article"]["words"]) == record(analysis)["article"]["words"]
    out = io.StringIO()
    write_json(out, lazy)
    assert out.getvalue() == json.dumps(record(analysis), ensure_ascii=False, indent=2) + "\n"
