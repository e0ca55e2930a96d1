"""The one loop every command runs: inputs -> the batch engine -> a writer, with errors, progress and exit status."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import typer

from dvcli.batch import DaskCluster, map_many
from dvcli.cli.output import Destination, check_destination
from dvcli.cli.progress import ProgressReporter
from dvcli.errors import DvcliError, ExitStatus, Failure
from dvcli.inputs import Input, Selection, read_file_list, read_json_lines
from dvcli.model import Analysis
from dvcli.options import AnalyzeOptions
from dvcli.render.formats import OutputFormat, Piece, StreamWriter, TextFormat
from dvcli.render.records import View

# What a shell reports for a process ended by a closed pipe (128 + SIGPIPE): `dvcli … | head` stops quietly.
BROKEN_PIPE = 141


@dataclass(frozen=True, slots=True)
class InputSpec:
    """The inputs as the command line gives them."""

    names: list[str]
    files_from: str | None = None
    json_lines: bool = False
    selection: Selection = Selection()


@dataclass(frozen=True, slots=True)
class RunSpec:
    """How to run a batch: worker processes (None: one per core), Dask, and whether stderr stays quiet."""

    workers: int | None = None
    quiet: bool = False
    dask: DaskCluster | None = None


def error_line(message: str, hint: str | None) -> str:
    """``Error: <message>. Hint: <hint>``, the one shape every error takes on stderr."""
    stop = "" if message.endswith((".", "!", "?")) else "."
    return f"Error: {message}{stop}" + (f" Hint: {hint}" if hint else "") + "\n"


def report_failure(failure: Failure) -> None:
    """Write the ``Error: …`` line of an input that could not be analysed to stderr: the one place they print."""
    sys.stderr.write(error_line(failure.message, failure.hint))


def _fail(error: DvcliError) -> typer.Exit:
    sys.stderr.write(error_line(error.message, error.hint))
    return typer.Exit(error.exit_status)


def gather(spec: InputSpec) -> tuple[Iterable[Input | Failure], bool, int | None]:
    """The inputs to analyse, whether they are several, and their number when a stream's number is known."""
    names = list(spec.names)
    if spec.files_from is not None:
        try:
            names += read_file_list(spec.files_from)
        except DvcliError as error:
            raise _fail(error) from None
    if spec.json_lines:
        total = None
        if "-" not in names:  # files can be counted first, so the progress bar knows the total
            total = sum(_count_lines(name) for name in names)
        return (record for name in names for record in read_json_lines(name)), True, total
    several = len(names) != 1 or spec.files_from is not None or any(n != "-" and Path(n).is_dir() for n in names)
    return names, several, None


def _count_lines(name: str) -> int:
    try:
        with open(name, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # the reader reports the error as one failed input


def run_command(
    inputs: InputSpec,
    options: AnalyzeOptions,
    *,
    view: View,
    format: OutputFormat,
    output: Path | None,
    run: RunSpec,
    make_view: Callable[[Analysis], Any] | None = None,
) -> None:
    """Analyse the inputs and write each result in ``format`` as it is done; exit 1 if any input failed."""
    items, several, total, workers, reporter, destination = _prepare(inputs, output, run)
    if format is OutputFormat.RICH:
        from dvcli.render.rich import RichWriter

        assert make_view is not None, "the Rich format needs a view"
        # No file given: Rich looks sys.stdout up at each write, so a progress bar on the terminal stays intact.
        rich = RichWriter(destination.stream if output else None, make_view, **({"width": 100} if output else {}))

        def write_view(result: Any) -> None:
            if isinstance(result, Failure):
                report_failure(result)
            rich.write(result)

        then: Callable[[Any], Any] = _keep
        write: Callable[[Any], None] = write_view
        begin = end = _nothing
    else:
        writer = StreamWriter(destination.stream, TextFormat(format, view, several))
        begin, end = writer.begin, writer.end
        if workers > 1 or run.dask is not None:
            # Workers render their own pieces: only text travels back.
            then = partial(_render, writer.format)

            def write_piece(piece: Any) -> None:
                if piece.failure is not None:
                    report_failure(piece.failure)
                writer.write(piece)

            write = write_piece
        else:
            then = _keep

            def write_here(result: Any) -> None:
                if isinstance(result, Failure):
                    report_failure(result)
                writer.write_result(result)

            write = write_here

    _stream(items, options, then, write, begin, end, workers, run, reporter, destination, total, inputs.selection)
    _finish(reporter, destination, several, run)


def run_corpus_summary(
    inputs: InputSpec,
    options: AnalyzeOptions,
    *,
    as_json: bool,
    output: Path | None,
    run: RunSpec,
    top: int,
) -> None:
    """``stats --summary``: fold every input into one corpus summary (in the workers), then write its view."""
    from dvcli.stats.corpus import CorpusSummary, merge_all, summary_of

    items, several, total, workers, reporter, destination = _prepare(inputs, output, run)
    parts: list[CorpusSummary] = []

    def keep(part: CorpusSummary) -> None:
        for row in part.rows:
            if row.error is not None:
                sys.stderr.write(error_line(row.error, row.hint))
        parts.append(part)
        if len(parts) >= _FOLD_EVERY:
            # Folded as they come: only the rows and one set of counts are kept, not a summary per article.
            parts[:] = [merge_all(parts)]

    def write_summary() -> None:
        summary = merge_all(parts)
        if as_json:
            from dvcli.render.json import to_json

            destination.stream.write(to_json(summary.to_dict(top)))
        else:
            from dvcli.render.rich import print_corpus

            print_corpus(destination.stream if output else None, summary, top, **({"width": 100} if output else {}))

    _stream(
        items,
        options,
        summary_of,
        keep,
        _nothing,
        write_summary,
        workers,
        run,
        reporter,
        destination,
        total,
        inputs.selection,
    )
    _finish(reporter, destination, several, run)


# How many one-article summaries wait before they are folded into the running summary.
_FOLD_EVERY = 256


def _prepare(
    inputs: InputSpec, output: Path | None, run: RunSpec
) -> tuple[Iterable[Input | Failure], bool, int | None, int, ProgressReporter, Destination]:
    """Check the destination, gather the inputs, choose the worker count, set up progress and the destination."""
    if output is not None:
        check_destination(output, inputs.names + ([inputs.files_from] if inputs.files_from else []))
    items, several, total = gather(inputs)
    # One input runs in this process; a batch uses every core unless told otherwise.
    workers = (run.workers or os.cpu_count() or 1) if several else 1
    reporter = ProgressReporter(show_bar=several and not run.quiet and sys.stderr.isatty())
    return items, several, total, workers, reporter, _open(output)


def _finish(reporter: ProgressReporter, destination: Destination, several: bool, run: RunSpec) -> None:
    """Put the output in place, sum the batch up on stderr, and exit 1 if any input failed."""
    # An output file is replaced only by a run that analysed something; stdout has been written as it went.
    if reporter.analysed or destination.path is None:
        destination.commit()
    else:
        destination.discard()
    if several and not run.quiet:
        sys.stderr.write(reporter.closing_line() + "\n")
    if reporter.failed:
        raise typer.Exit(ExitStatus.INPUT_FAILED)


def _keep(result: Any) -> Any:
    return result


def _nothing() -> None:
    pass


def _render(format: TextFormat, result: Analysis | Failure) -> Piece:
    return format.piece(result)


def _stream(
    items: Iterable[Input | Failure],
    options: AnalyzeOptions,
    then: Callable[[Any], Any],
    write: Callable[[Any], None],
    begin: Callable[[], None],
    end: Callable[[], None],
    workers: int,
    run: RunSpec,
    reporter: ProgressReporter,
    destination: Destination,
    total: int | None,
    selection: Selection,
) -> None:
    """Run the batch and write every result; on any interruption leave no partial output file behind."""
    previous = signal.signal(signal.SIGTERM, _terminate) if _main_thread() else None
    try:
        begin()
        results = map_many(
            items,
            then,
            options,
            workers=workers,
            on_progress=reporter,
            selection=selection,
            total=total,
            dask=run.dask,
        )
        for value in results:
            write(value)
        end()
        destination.stream.flush()
    except KeyboardInterrupt as interruption:
        destination.discard()
        terminated = isinstance(interruption, _Terminated)
        raise typer.Exit(ExitStatus.TERMINATED if terminated else ExitStatus.INTERRUPTED) from None
    except BrokenPipeError:
        destination.discard()
        _silence_stdout()
        raise typer.Exit(BROKEN_PIPE) from None
    except DvcliError as error:
        destination.discard()
        raise _fail(error) from None
    except OSError as error:
        destination.discard()
        where = str(destination.path) if destination.path is not None else "standard output"
        hint = "check the free space and the permissions of the destination"
        sys.stderr.write(error_line(f"cannot write {where}: {error.strerror or error}", hint))
        raise typer.Exit(ExitStatus.INPUT_FAILED) from None
    except BaseException:
        destination.discard()
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C so the temporary output is removed."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _open(output: Path | None) -> Destination:
    try:
        return Destination(output)
    except OSError as error:
        hint = "check the folder's permissions"
        sys.stderr.write(error_line(f"cannot write {output}: {error.strerror or error}", hint))
        raise typer.Exit(ExitStatus.INPUT_FAILED) from None


def _silence_stdout() -> None:
    # Python would report the closed pipe again when it flushes stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
