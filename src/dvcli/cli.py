"""The Typer app: parse, summarize, stats, export. The only module that imports typer."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from dvcli import __version__
from dvcli.errors import DvcliError, InputNotFoundError
from dvcli.model import Analysis
from dvcli.options import COMMAND_STAGES, AnalyzeOptions, ParseOptions, StatsOptions, SummaryOptions

app = typer.Typer(
    name="dvcli",
    help="Analyse Vietnamese news articles: structure, entities, summaries, statistics.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    # A bug's traceback must stay readable and must not dump article text held in local variables.
    pretty_exceptions_show_locals=False,
)

Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Article files, '-' for stdin, or directories (searched for *.txt).",
        show_default=False,
        metavar="INPUT",
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Write JSON to stdout instead of the terminal view.")]
TzOption = Annotated[
    str | None,
    typer.Option("--tz", help="Time zone for a dateline without an offset, e.g. Asia/Ho_Chi_Minh or +07:00."),
]


class ExportFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dvcli {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Analyse Vietnamese news articles: structure, entities, summaries, statistics."""


def _parse_options(tz: str | None) -> ParseOptions:
    if tz is None:
        return ParseOptions()
    from dateutil import tz as dateutil_tz

    offset = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", tz.strip(), re.IGNORECASE)
    if offset:
        sign = 1 if offset[1] == "+" else -1
        seconds = sign * (int(offset[2]) * 3600 + int(offset[3] or 0) * 60)
        zone = dateutil_tz.tzoffset(None, seconds)
    else:
        zone = dateutil_tz.gettz(tz)
    if zone is None:
        raise typer.BadParameter(
            f"unknown time zone {tz!r}; try a name like Asia/Ho_Chi_Minh or an offset like +07:00", param_hint="--tz"
        )
    return ParseOptions(tz=zone)


def _expand(inputs: list[str]) -> Iterator[tuple[str, DvcliError | None]]:
    """Yield each input to read, directories expanded to their *.txt files in sorted order."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield (
                    name,
                    InputNotFoundError(
                        f"{name}: the directory holds no .txt files",
                        source=name,
                        hint="name the article files directly, or a directory that holds *.txt files",
                    ),
                )
            for file in files:
                yield str(file), None
        else:
            yield name, None


def _analyses(inputs: list[str], options: AnalyzeOptions) -> Iterator[tuple[str, Analysis | DvcliError]]:
    """Yield (input, analysis or the error that stopped it) for every input, in order; never stops early."""
    from dvcli.load import load
    from dvcli.pipeline import analyze_loaded

    for name, problem in _expand(inputs):
        if problem is not None:
            yield name, problem
            continue
        try:
            yield name, analyze_loaded(load(name), options)
        except DvcliError as error:
            yield name, error


def _is_batch(inputs: list[str], records: list[dict[str, Any]]) -> bool:
    """Several inputs (or a directory) get one object holding a list; a single input gets its record."""
    return len(records) != 1 or any(n != "-" and Path(n).is_dir() for n in inputs)


def report_error(error: DvcliError) -> None:
    """Write the one-line ``Error: …`` message for a failed input to stderr: the one place errors print."""
    hint = f" Hint: {error.hint}" if error.hint else ""
    sys.stderr.write(f"Error: {error.message}.{hint}\n".replace("..", "."))


def _write_stdout(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _records(inputs: list[str], options: AnalyzeOptions, view: str) -> tuple[list[dict[str, Any]], bool]:
    """Return the record of every input (an error record for one that failed) and whether any failed."""
    from dvcli.render.records import analysis_record, error_record

    records: list[dict[str, Any]] = []
    failed = False
    for name, result in _analyses(inputs, options):
        if isinstance(result, DvcliError):
            failed = True
            report_error(result)
            records.append(error_record(name, result))
        else:
            records.append(analysis_record(result, view))
    return records, failed


def _json_or_view(
    inputs: list[str],
    options: AnalyzeOptions,
    as_json: bool,
    view_name: str,
    make_view: Callable[[Analysis], Any],
) -> None:
    """Run a command over its inputs, writing JSON or Rich views; exit 1 if any input failed."""
    if as_json:
        from dvcli.render.jsonfmt import to_json
        from dvcli.render.records import batch_record

        records, failed = _records(inputs, options, view_name)
        if _is_batch(inputs, records):
            _write_stdout(to_json(batch_record(records)))
        elif records and "error" not in records[0]:
            _write_stdout(to_json(records[0]))
    else:
        from rich.console import Console

        from dvcli.render.text import print_view

        failed = False
        console = Console()
        # Views stream as each input is done, so a long batch shows progress by itself.
        for _name, result in _analyses(inputs, options):
            if isinstance(result, DvcliError):
                failed = True
                report_error(result)
            else:
                print_view(console, make_view(result))
    if failed:
        raise typer.Exit(1)


@app.command()
def parse(
    inputs: Inputs,
    as_json: JsonFlag = False,
    tz: TzOption = None,
    highlight: Annotated[bool, typer.Option("--highlight", help="Show the text with entities highlighted.")] = False,
) -> None:
    """Parse articles: title, dateline, byline, lead, paragraphs, sentences, words, entities, keywords, typos."""
    from dvcli.render.text import parse_view

    options = AnalyzeOptions(parse=_parse_options(tz), stages=COMMAND_STAGES["parse"])
    _json_or_view(inputs, options, as_json, "parse", lambda a: parse_view(a, highlight=highlight))


def _summary_options(sentences: int, ratio: float | None, words: int | None, method: str) -> SummaryOptions:
    from dvcli.summarize import METHODS

    if method not in METHODS:
        raise typer.BadParameter(f"{method!r} is not one of {', '.join(METHODS)}", param_hint="--method")
    if ratio is not None and not 0 < ratio <= 1:
        raise typer.BadParameter("the ratio must be above 0 and at most 1", param_hint="--ratio")
    return SummaryOptions(method=method, sentences=sentences, ratio=ratio, words=words)


SentencesOption = Annotated[int, typer.Option("-n", "--sentences", min=1, help="Sentences in the summary.")]
RatioOption = Annotated[float | None, typer.Option("--ratio", help="Summary length as a share of the sentences (0-1).")]
WordsOption = Annotated[int | None, typer.Option("--words", min=1, help="Summary length in words at most.")]
MethodOption = Annotated[str, typer.Option("--method", help="Ranking method: default, textrank or lead.")]


@app.command()
def summarize(
    inputs: Inputs,
    sentences: SentencesOption = 3,
    ratio: RatioOption = None,
    words: WordsOption = None,
    method: MethodOption = "default",
    context: Annotated[
        bool, typer.Option("--context", help="Show the whole article with the chosen sentences marked.")
    ] = False,
    as_json: JsonFlag = False,
    tz: TzOption = None,
) -> None:
    """Summarize articles with extracted sentences, each with its score and position."""
    from dvcli.render.text import summary_view

    options = AnalyzeOptions(
        parse=_parse_options(tz),
        summary=_summary_options(sentences, ratio, words, method),
        stages=COMMAND_STAGES["summarize"],
    )
    _json_or_view(inputs, options, as_json, "summarize", lambda a: summary_view(a, context=context))


@app.command()
def stats(
    inputs: Inputs,
    keywords: Annotated[int, typer.Option("--keywords", "-k", min=0, help="How many keywords to list.")] = 10,
    reading_speed: Annotated[
        int, typer.Option("--reading-speed", min=1, help="Reading speed in syllables per minute.")
    ] = 200,
    as_json: JsonFlag = False,
    tz: TzOption = None,
) -> None:
    """Count characters, syllables, words, sentences, paragraphs; reading time, readability, keywords."""
    from dvcli.render.text import stats_view

    options = AnalyzeOptions(
        parse=_parse_options(tz), stats=StatsOptions(keywords, reading_speed), stages=COMMAND_STAGES["stats"]
    )
    _json_or_view(inputs, options, as_json, "stats", stats_view)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and rename it into place."""
    directory = path.resolve().parent
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file private (0600); the result should get the usual permissions for new files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@app.command()
def export(
    inputs: Inputs,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.json,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.", dir_okay=False),
    ] = None,
    sentences: SentencesOption = 3,
    method: MethodOption = "default",
    tz: TzOption = None,
) -> None:
    """Export the full analysis record of each input as JSON, JSON Lines, CSV or Markdown."""
    options = AnalyzeOptions(parse=_parse_options(tz), summary=_summary_options(sentences, None, None, method))
    if output is not None and not output.resolve().parent.is_dir():
        raise typer.BadParameter(f"the folder of {str(output)!r} does not exist", param_hint="--output")
    records, failed = _records(inputs, options, "export")
    text = _format_records(records, format, several=_is_batch(inputs, records))
    if output is None:
        _write_stdout(text)
    else:
        write_atomically(output, text)
    if failed:
        raise typer.Exit(1)


def _format_records(records: list[dict[str, Any]], format: ExportFormat, several: bool) -> str:
    from dvcli.render.csvfmt import to_csv
    from dvcli.render.jsonfmt import to_json, to_jsonl
    from dvcli.render.markdown import to_markdown
    from dvcli.render.records import batch_record

    if format is ExportFormat.jsonl:
        return to_jsonl(records)
    if format is ExportFormat.csv:
        return to_csv(records)
    if format is ExportFormat.markdown:
        return to_markdown(records)
    return to_json(batch_record(records) if several else records[0])


def main() -> None:
    """Entry point of the ``dvcli`` console script.

    Typer already turns Ctrl-C into exit 130 and a closed output pipe (``| head``) into a quiet exit 1.
    """
    app()
