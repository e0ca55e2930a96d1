"""analyze_many(): many inputs analysed in input order, in this process or a pool of workers, with an observer.

Progress is reported to an observer (pip-audit's ``AuditState`` is the model): :class:`BatchObserver` does
nothing, and the CLI passes one that draws a progress bar. Results come back in input order whatever the number of
workers, and only a bounded number of inputs is in flight at once, so memory does not grow with the batch.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from dvcli.errors import DvcliError, Failure, InputNotFoundError
from dvcli.model import Analysis, Source
from dvcli.options import AnalyzeOptions

# Inputs in flight per worker: enough to keep every worker busy while results are written in order.
_IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class TextInput:
    """An article given as text rather than as a file (a line of a JSON Lines file, a string)."""

    text: str
    source: Source


Input = str | os.PathLike[str] | TextInput
Result = Analysis | Failure


class BatchObserver:
    """Told how a batch goes. Every method does nothing; subclass it to show progress."""

    def started(self, total: int | None) -> None:
        """The batch begins; ``total`` is the number of inputs, or ``None`` when they arrive as a stream."""

    def advanced(self, result: Result) -> None:
        """One more input is done (in input order)."""

    def finished(self) -> None:
        """Every input is done (also called when the batch is interrupted)."""


def _source_name(item: Input) -> str:
    return item.source.path if isinstance(item, TextInput) else os.fspath(item)


def expand_inputs(inputs: Iterable[Input], pattern: str = "*.txt") -> Iterator[Input | Failure]:
    """Yield each input, a directory replaced by the files under it that match ``pattern`` (sorted by path); a
    directory with no such file yields a Failure. Nothing is read here."""
    for item in inputs:
        if isinstance(item, TextInput):
            yield item
            continue
        name = os.fspath(item)
        path = Path(name)
        if name == "-" or not path.is_dir():
            yield item
            continue
        files = sorted(p for p in path.rglob(pattern) if p.is_file())
        if not files:
            error = InputNotFoundError(
                f"{name}: the directory holds no {pattern} files",
                source=name,
                hint=f"name the article files directly, or a directory that holds {pattern} files",
            )
            yield Failure.from_error(Source(name), error)
        yield from (str(file) for file in files)


def analyze_one(item: Input | Failure, options: AnalyzeOptions) -> Result:
    """Analyse one expanded input; a DvcliError becomes a Failure (any other exception is a bug and propagates)."""
    from dvcli.load import load, load_text
    from dvcli.pipeline import analyze_loaded

    if isinstance(item, Failure):
        return item
    try:
        loaded = load_text(item.text, item.source) if isinstance(item, TextInput) else load(os.fspath(item))
        return analyze_loaded(loaded, options)
    except DvcliError as error:
        return Failure.from_error(Source(_source_name(item)), error)


def analyze_many(
    inputs: Iterable[Input],
    options: AnalyzeOptions | None = None,
    *,
    workers: int = 1,
    on_progress: BatchObserver | None = None,
    pattern: str = "*.txt",
) -> Iterator[Result]:
    """Yield an ``Analysis`` or a ``Failure`` for every input, in input order; never stops early.

    ``inputs`` are paths, ``"-"`` (standard input), directories (expanded to their ``pattern`` files) or
    :class:`TextInput` values. A list or tuple is expanded first, so the observer learns the total; any other
    iterable is read as a stream. ``workers`` above 1 analyses in that many processes, each loading the tables once.
    """
    options = options or AnalyzeOptions()
    observer = on_progress or BatchObserver()
    items: Iterable[Input | Failure]
    if isinstance(inputs, Sequence):
        items = list(expand_inputs(inputs, pattern))
        observer.started(len(items))
    else:
        items = expand_inputs(inputs, pattern)
        observer.started(None)
    try:
        results = _in_process(items, options) if workers <= 1 else _in_pool(items, options, workers)
        for result in results:
            observer.advanced(result)
            yield result
    finally:
        observer.finished()


def _in_process(items: Iterable[Input | Failure], options: AnalyzeOptions) -> Iterator[Result]:
    for item in items:
        yield analyze_one(item, options)


def _in_pool(items: Iterable[Input | Failure], options: AnalyzeOptions, workers: int) -> Iterator[Result]:
    pending: deque[Future[Result]] = deque()
    limit = workers * _IN_FLIGHT_PER_WORKER
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for item in items:
            # Standard input can only be read here: a worker process has none of its own.
            if not isinstance(item, (Failure, TextInput)) and os.fspath(item) == "-":
                item = _read_stdin_here(item)
            pending.append(pool.submit(analyze_one, item, options))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_stdin_here(item: str | os.PathLike[str]) -> Input | Failure:
    from dvcli.load import load

    try:
        loaded = load(os.fspath(item))
    except DvcliError as error:
        return Failure.from_error(Source(_source_name(item)), error)
    return TextInput(loaded.text, loaded.source)
