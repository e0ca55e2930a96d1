"""The one loop every command runs: inputs -> analyze_many -> a writer, with errors, progress and exit status."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from dvcli.batch import analyze_many
from dvcli.cli.output import Destination, check_destination
from dvcli.cli.progress import ProgressReporter
from dvcli.errors import ExitStatus, Failure
from dvcli.model import Analysis
from dvcli.options import AnalyzeOptions
from dvcli.render.formats import OutputFormat, Writer, text_writer
from dvcli.render.records import View

# What a shell reports for a process ended by a closed pipe (128 + SIGPIPE): `dvcli … | head` stops quietly.
BROKEN_PIPE = 141


def error_line(message: str, hint: str | None) -> str:
    """``Error: <message>. Hint: <hint>``, the one shape every error takes on stderr."""
    stop = "" if message.endswith((".", "!", "?")) else "."
    return f"Error: {message}{stop}" + (f" Hint: {hint}" if hint else "") + "\n"


def report_failure(failure: Failure) -> None:
    """Write the ``Error: …`` line of an input that could not be analysed to stderr: the one place they print."""
    sys.stderr.write(error_line(failure.message, failure.hint))


def run_command(
    inputs: list[str],
    options: AnalyzeOptions,
    *,
    view: View,
    format: OutputFormat,
    output: Path | None,
    workers: int | None,
    quiet: bool,
    make_view: Callable[[Analysis], Any] | None = None,
) -> None:
    """Analyse ``inputs`` and write each result in ``format`` as it is done; exit 1 if any input failed."""
    if output is not None:
        check_destination(output, inputs)
    several = len(inputs) != 1 or any(name != "-" and Path(name).is_dir() for name in inputs)
    # One input runs in this process; a batch uses every core unless told otherwise.
    worker_count = (workers or os.cpu_count() or 1) if several else 1
    reporter = ProgressReporter(show_bar=several and not quiet and sys.stderr.isatty())
    destination = _open(output)
    writer = _writer(format, destination, view, make_view)
    try:
        writer.begin(several)
        for result in analyze_many(inputs, options, workers=worker_count, on_progress=reporter):
            if isinstance(result, Failure):
                report_failure(result)
            writer.write(result)
        writer.end()
    except KeyboardInterrupt:
        destination.discard()
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except BrokenPipeError:
        destination.discard()
        _silence_stdout()
        raise typer.Exit(BROKEN_PIPE) from None
    except OSError as error:
        destination.discard()
        where = str(output) if output is not None else "standard output"
        sys.stderr.write(
            error_line(f"cannot write {where}: {error.strerror or error}", "check the free space and permissions")
        )
        raise typer.Exit(ExitStatus.INPUT_FAILED) from None
    except BaseException:
        destination.discard()
        raise
    # An output file is replaced only by a run that analysed something; stdout has been written as it went.
    if reporter.analysed or output is None:
        destination.commit()
    else:
        destination.discard()
    if several and not quiet:
        sys.stderr.write(reporter.closing_line() + "\n")
    if reporter.failed:
        raise typer.Exit(ExitStatus.INPUT_FAILED)


def _open(output: Path | None) -> Destination:
    try:
        return Destination(output)
    except OSError as error:
        sys.stderr.write(
            error_line(f"cannot write {output}: {error.strerror or error}", "check the folder's permissions")
        )
        raise typer.Exit(ExitStatus.INPUT_FAILED) from None


def _writer(
    format: OutputFormat, destination: Destination, view: View, make_view: Callable[[Analysis], Any] | None
) -> Writer:
    if format is not OutputFormat.RICH:
        return text_writer(format, destination.stream, view)
    from dvcli.render.rich import RichWriter

    assert make_view is not None, "the Rich format needs a view"
    if destination.path is None:
        # No file given: Rich looks sys.stdout up at each write, so a progress bar on the terminal stays intact.
        return RichWriter(None, view, make_view)
    return RichWriter(destination.stream, view, make_view, width=100)


def _silence_stdout() -> None:
    # Python would report the closed pipe again when it flushes stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
