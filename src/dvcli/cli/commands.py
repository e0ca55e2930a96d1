"""The four commands. Each builds its options, then hands its inputs to the one loop in ``cli.run``."""

from __future__ import annotations

from typing import Annotated

import typer

from dvcli.cli.options import (
    DaskLocalOption,
    EncodingOption,
    ExcludeOption,
    ExportFormat,
    FilesFromOption,
    GlobOption,
    InputFormat,
    InputFormatOption,
    Inputs,
    JsonFlag,
    KeywordsOption,
    MaxBytesOption,
    Method,
    MethodOption,
    OutputOption,
    QuietFlag,
    RatioOption,
    ReadingSpeedOption,
    SchedulerOption,
    SentencesOption,
    TzOption,
    WordsOption,
    WorkersOption,
    input_spec,
    load_options,
    parse_options,
    run_spec,
    stats_options,
    summary_options,
)
from dvcli.options import COMMAND_STAGES, DEFAULT_MAX_BYTES, AnalyzeOptions, Stage
from dvcli.render.formats import OutputFormat
from dvcli.render.records import View

# The run loop (and the batch engine under it) is imported when a command runs, so `dvcli --version` and
# `--help` start fast.

_INPUTS = "\n\n    INPUT... are article files, '-' for standard input, or directories (read for their *.txt files)."


def _format(as_json: bool) -> OutputFormat:
    return OutputFormat.JSON if as_json else OutputFormat.RICH


def parse(
    inputs: Inputs = None,
    as_json: JsonFlag = False,
    output: OutputOption = None,
    highlight: Annotated[
        bool, typer.Option("--highlight", metavar="", help="Show the text with the entities highlighted.")
    ] = False,
    mentions: Annotated[
        bool, typer.Option("--mentions", metavar="", help="Also list every entity mention with its offsets.")
    ] = False,
    tz: TzOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    files_from: FilesFromOption = None,
    input_format: InputFormatOption = InputFormat.text,
    glob: GlobOption = "*.txt",
    exclude: ExcludeOption = None,
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
    dask_local: DaskLocalOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Parse articles: title, dateline, byline, lead, paragraphs, sentences, words, entities, keywords, typos."""
    from dvcli.cli.run import run_command
    from dvcli.render.rich import parse_view

    spec = input_spec(inputs, files_from, input_format, glob, exclude)
    options = AnalyzeOptions(
        load=load_options(encoding, max_bytes), parse=parse_options(tz), stages=COMMAND_STAGES["parse"]
    )
    run_command(
        spec,
        options,
        view=View.PARSE,
        format=_format(as_json),
        output=output,
        run=run_spec(workers, quiet, dask_local, scheduler),
        make_view=lambda a: parse_view(a, highlight=highlight, mentions=mentions),
    )


def summarize(
    inputs: Inputs = None,
    sentences: SentencesOption = 3,
    ratio: RatioOption = None,
    words: WordsOption = None,
    method: MethodOption = Method.default,
    context: Annotated[
        bool, typer.Option("--context", metavar="", help="Show the whole article, the chosen sentences marked.")
    ] = False,
    as_json: JsonFlag = False,
    output: OutputOption = None,
    tz: TzOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    files_from: FilesFromOption = None,
    input_format: InputFormatOption = InputFormat.text,
    glob: GlobOption = "*.txt",
    exclude: ExcludeOption = None,
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
    dask_local: DaskLocalOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Summarize articles with extracted sentences, each with its score and position."""
    from dvcli.cli.run import run_command
    from dvcli.render.rich import summary_view

    spec = input_spec(inputs, files_from, input_format, glob, exclude)
    options = AnalyzeOptions(
        load=load_options(encoding, max_bytes),
        parse=parse_options(tz),
        summary=summary_options(sentences, ratio, words, method),
        stages=COMMAND_STAGES["summarize"],
    )
    run_command(
        spec,
        options,
        view=View.SUMMARIZE,
        format=_format(as_json),
        output=output,
        run=run_spec(workers, quiet, dask_local, scheduler),
        make_view=lambda a: summary_view(a, context=context),
    )


def stats(
    inputs: Inputs = None,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary", metavar="", help="One view of all the inputs: a row per article, totals, distributions."
        ),
    ] = False,
    keywords: KeywordsOption = 10,
    reading_speed: ReadingSpeedOption = 200,
    as_json: JsonFlag = False,
    output: OutputOption = None,
    tz: TzOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    files_from: FilesFromOption = None,
    input_format: InputFormatOption = InputFormat.text,
    glob: GlobOption = "*.txt",
    exclude: ExcludeOption = None,
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
    dask_local: DaskLocalOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Count characters, syllables, words, sentences, paragraphs; reading time, readability, keywords."""
    from dvcli.cli.run import run_command, run_corpus_summary
    from dvcli.render.rich import stats_view

    spec = input_spec(inputs, files_from, input_format, glob, exclude)
    run = run_spec(workers, quiet, dask_local, scheduler)
    if summary:
        # The corpus view counts the people, organisations and places each article names.
        stages = COMMAND_STAGES["stats"] | {Stage.ENTITIES}
        options = AnalyzeOptions(
            load=load_options(encoding, max_bytes),
            parse=parse_options(tz),
            stats=stats_options(keywords, reading_speed),
            stages=stages,
        )
        run_corpus_summary(spec, options, as_json=as_json, output=output, run=run, top=max(keywords, 1))
        return
    options = AnalyzeOptions(
        load=load_options(encoding, max_bytes),
        parse=parse_options(tz),
        stats=stats_options(keywords, reading_speed),
        stages=COMMAND_STAGES["stats"],
    )
    run_command(spec, options, view=View.STATS, format=_format(as_json), output=output, run=run, make_view=stats_view)


def export(
    inputs: Inputs = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.json,
    as_json: Annotated[bool, typer.Option("--json", metavar="", help="The same as --format json.")] = False,
    output: OutputOption = None,
    sentences: SentencesOption = 3,
    ratio: RatioOption = None,
    words: WordsOption = None,
    method: MethodOption = Method.default,
    keywords: KeywordsOption = 10,
    reading_speed: ReadingSpeedOption = 200,
    tz: TzOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    files_from: FilesFromOption = None,
    input_format: InputFormatOption = InputFormat.text,
    glob: GlobOption = "*.txt",
    exclude: ExcludeOption = None,
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
    dask_local: DaskLocalOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """Export the full analysis of each input as JSON, JSON Lines, CSV or Markdown."""
    from dvcli.cli.run import run_command

    spec = input_spec(inputs, files_from, input_format, glob, exclude)
    options = AnalyzeOptions(
        load=load_options(encoding, max_bytes),
        parse=parse_options(tz),
        summary=summary_options(sentences, ratio, words, method),
        stats=stats_options(keywords, reading_speed),
        stages=COMMAND_STAGES["export"],
    )
    chosen = OutputFormat.JSON if as_json else OutputFormat(format.value)
    run_command(
        spec,
        options,
        view=View.EXPORT,
        format=chosen,
        output=output,
        run=run_spec(workers, quiet, dask_local, scheduler),
    )


for _command in (parse, summarize, stats, export):
    _command.__doc__ = (_command.__doc__ or "") + _INPUTS
