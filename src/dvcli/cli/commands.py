"""The four commands. Each builds its options, then hands its inputs to the one loop in ``cli.run``."""

from __future__ import annotations

from typing import Annotated

import typer

from dvcli.cli.options import (
    ExportFormat,
    Inputs,
    JsonFlag,
    KeywordsOption,
    Method,
    MethodOption,
    OutputOption,
    QuietFlag,
    RatioOption,
    ReadingSpeedOption,
    SentencesOption,
    TzOption,
    WordsOption,
    WorkersOption,
    parse_options,
    stats_options,
    summary_options,
)
from dvcli.cli.run import run_command
from dvcli.options import COMMAND_STAGES, AnalyzeOptions
from dvcli.render.formats import OutputFormat
from dvcli.render.records import View


def _format(as_json: bool) -> OutputFormat:
    return OutputFormat.JSON if as_json else OutputFormat.RICH


def parse(
    inputs: Inputs,
    as_json: JsonFlag = False,
    output: OutputOption = None,
    highlight: Annotated[
        bool, typer.Option("--highlight", metavar="", help="Show the text with the entities highlighted.")
    ] = False,
    tz: TzOption = None,
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
) -> None:
    """Parse articles: title, dateline, byline, lead, paragraphs, sentences, words, entities, keywords, typos.

    INPUT... are article files, '-' for standard input, or directories (read for their *.txt files).
    """
    from dvcli.render.rich import parse_view

    options = AnalyzeOptions(parse=parse_options(tz), stages=COMMAND_STAGES["parse"])
    run_command(
        inputs,
        options,
        view=View.PARSE,
        format=_format(as_json),
        output=output,
        workers=workers,
        quiet=quiet,
        make_view=lambda a: parse_view(a, highlight=highlight),
    )


def summarize(
    inputs: Inputs,
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
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
) -> None:
    """Summarize articles with extracted sentences, each with its score and position.

    INPUT... are article files, '-' for standard input, or directories (read for their *.txt files).
    """
    from dvcli.render.rich import summary_view

    options = AnalyzeOptions(
        parse=parse_options(tz),
        summary=summary_options(sentences, ratio, words, method),
        stages=COMMAND_STAGES["summarize"],
    )
    run_command(
        inputs,
        options,
        view=View.SUMMARIZE,
        format=_format(as_json),
        output=output,
        workers=workers,
        quiet=quiet,
        make_view=lambda a: summary_view(a, context=context),
    )


def stats(
    inputs: Inputs,
    keywords: KeywordsOption = 10,
    reading_speed: ReadingSpeedOption = 200,
    as_json: JsonFlag = False,
    output: OutputOption = None,
    tz: TzOption = None,
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
) -> None:
    """Count characters, syllables, words, sentences, paragraphs; reading time, readability, keywords.

    INPUT... are article files, '-' for standard input, or directories (read for their *.txt files).
    """
    from dvcli.render.rich import stats_view

    options = AnalyzeOptions(
        parse=parse_options(tz), stats=stats_options(keywords, reading_speed), stages=COMMAND_STAGES["stats"]
    )
    run_command(
        inputs,
        options,
        view=View.STATS,
        format=_format(as_json),
        output=output,
        workers=workers,
        quiet=quiet,
        make_view=stats_view,
    )


def export(
    inputs: Inputs,
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
    workers: WorkersOption = None,
    quiet: QuietFlag = False,
) -> None:
    """Export the full analysis of each input as JSON, JSON Lines, CSV or Markdown.

    INPUT... are article files, '-' for standard input, or directories (read for their *.txt files).
    """
    options = AnalyzeOptions(
        parse=parse_options(tz),
        summary=summary_options(sentences, ratio, words, method),
        stats=stats_options(keywords, reading_speed),
        stages=COMMAND_STAGES["export"],
    )
    chosen = OutputFormat.JSON if as_json else OutputFormat(format.value)
    run_command(inputs, options, view=View.EXPORT, format=chosen, output=output, workers=workers, quiet=quiet)
