"""Output formats, chosen by one enum: each writer streams results (``Analysis`` or ``Failure``) as they come."""

from __future__ import annotations

from enum import Enum
from typing import TextIO

from dvcli.errors import Failure
from dvcli.model import SCHEMA_VERSION, Analysis
from dvcli.render.records import View, record


class OutputFormat(str, Enum):
    """How results are written: a view for a person, or text for other programs."""

    RICH = "rich"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"


class Writer:
    """Writes a stream of results to ``out``: ``begin`` once, ``write`` per result, in order, then ``end``."""

    def __init__(self, out: TextIO, view: View) -> None:
        self.out = out
        self.view = view

    def begin(self, several: bool) -> None:
        """Start the output; ``several`` says whether more than one input may follow."""

    def write(self, result: Analysis | Failure) -> None:
        raise NotImplementedError

    def end(self) -> None:
        """Finish the output."""


class JsonWriter(Writer):
    """One input: its record. Several: ``{"schema_version", "documents": [...]}``, written as each is done."""

    def begin(self, several: bool) -> None:
        self.several = several
        self.count = 0
        if several:
            self.out.write('{\n  "schema_version": ' + f'"{SCHEMA_VERSION}",\n  "documents": [')

    def write(self, result: Analysis | Failure) -> None:
        from dvcli.render.json import write_json

        if not self.several:
            write_json(self.out, record(result, self.view))
            return
        self.out.write("\n" if self.count == 0 else ",\n")
        write_json(self.out, record(result, self.view), 2)
        self.count += 1

    def end(self) -> None:
        if self.several:
            self.out.write("\n  ]\n}\n" if self.count else "]\n}\n")


class JsonLinesWriter(Writer):
    """One compact JSON object per line, one line per input."""

    def write(self, result: Analysis | Failure) -> None:
        from dvcli.render.json import to_json_line

        self.out.write(to_json_line(record(result, self.view)))


class CsvWriter(Writer):
    """A header row, then one row per input."""

    def begin(self, several: bool) -> None:
        from dvcli.render.csv import csv_header

        self.out.write(csv_header())

    def write(self, result: Analysis | Failure) -> None:
        from dvcli.render.csv import csv_row

        self.out.write(csv_row(result))


class MarkdownWriter(Writer):
    """A report: a heading, then one section per input."""

    def begin(self, several: bool) -> None:
        from dvcli.render.markdown import HEADING

        self.out.write(HEADING)

    def write(self, result: Analysis | Failure) -> None:
        from dvcli.render.markdown import markdown_section

        self.out.write("\n\n" + markdown_section(result))

    def end(self) -> None:
        self.out.write("\n")


_WRITERS: dict[OutputFormat, type[Writer]] = {
    OutputFormat.JSON: JsonWriter,
    OutputFormat.JSONL: JsonLinesWriter,
    OutputFormat.CSV: CsvWriter,
    OutputFormat.MARKDOWN: MarkdownWriter,
}


def text_writer(format: OutputFormat, out: TextIO, view: View) -> Writer:
    """The writer of a text format (every format but ``RICH``: see ``render.rich.RichWriter``)."""
    return _WRITERS[format](out, view)
