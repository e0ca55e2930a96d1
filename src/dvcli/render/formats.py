"""Output formats, chosen by one enum. A text format turns each result (``Analysis`` or ``Failure``) into a piece
of text on its own, so workers can render in parallel; a ``StreamWriter`` frames the pieces and writes them in
input order as they come."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Piece:
    """One input's rendered text, and its failure if it could not be analysed (to report it where it is written)."""

    text: str
    failure: Failure | None


@dataclass(frozen=True, slots=True)
class TextFormat:
    """A text format for one view: the text before, between and after the pieces, and each input's piece.

    A single input's JSON is its record alone; several inputs' JSON is ``{"schema_version", "documents": [...]}``.
    """

    format: OutputFormat
    view: View
    several: bool

    def header(self) -> str:
        if self.format is OutputFormat.JSON and self.several:
            return '{\n  "schema_version": ' + f'"{SCHEMA_VERSION}",\n  "documents": ['
        if self.format is OutputFormat.CSV:
            from dvcli.render.csv import csv_header

            return csv_header()
        if self.format is OutputFormat.MARKDOWN:
            from dvcli.render.markdown import HEADING

            return HEADING
        return ""

    def separator(self, first: bool) -> str:
        if self.format is OutputFormat.JSON and self.several:
            return "\n" if first else ",\n"
        return "\n\n" if self.format is OutputFormat.MARKDOWN else ""

    def piece(self, result: Analysis | Failure) -> Piece:
        """Render one result; runs wherever the result was made (a worker), so it must stay a pure function."""
        return Piece(self._text(result), result if isinstance(result, Failure) else None)

    def _text(self, result: Analysis | Failure) -> str:
        if self.format is OutputFormat.JSON:
            from dvcli.render.json import nested, to_json

            return nested(record(result, self.view), 2) if self.several else to_json(record(result, self.view))
        if self.format is OutputFormat.JSONL:
            from dvcli.render.json import to_json_line

            return to_json_line(record(result, self.view))
        if self.format is OutputFormat.CSV:
            from dvcli.render.csv import csv_row

            return csv_row(result)
        if self.format is OutputFormat.MARKDOWN:
            from dvcli.render.markdown import markdown_section

            return markdown_section(result)
        raise ValueError(f"{self.format.value} is not a text format")

    def footer(self, pieces: int) -> str:
        if self.format is OutputFormat.JSON and self.several:
            return "\n  ]\n}\n" if pieces else "]\n}\n"
        return "\n" if self.format is OutputFormat.MARKDOWN else ""


class StreamWriter:
    """Writes a text format's pieces to ``out`` in order: the header, each piece as it comes, the footer."""

    def __init__(self, out: TextIO, format: TextFormat) -> None:
        self.out = out
        self.format = format
        self.pieces = 0

    def begin(self) -> None:
        self.out.write(self.format.header())

    def write(self, piece: Piece) -> None:
        self.out.write(self.format.separator(self.pieces == 0) + piece.text)
        self.pieces += 1

    def write_result(self, result: Analysis | Failure) -> None:
        """Render and write ``result`` here (in this process): JSON goes out piece by piece, so a huge record is
        never one string in memory."""
        if self.format.format is not OutputFormat.JSON:
            self.write(self.format.piece(result))
            return
        from dvcli.render.json import write_json

        self.out.write(self.format.separator(self.pieces == 0))
        write_json(self.out, record(result, self.format.view, lazy_words=True), 2 if self.format.several else 0)
        self.pieces += 1

    def end(self) -> None:
        self.out.write(self.format.footer(self.pieces))
