"""analyze_many(): many inputs analysed in input order, in this process or a pool of workers, with an observer.

Progress is reported to an observer (pip-audit's ``AuditState`` is the model): :class:`BatchObserver` does
nothing, and the CLI passes one that draws a progress bar. Results come back in input order whatever the number of
workers, and only a bounded number of inputs is in flight at once, so memory does not grow with the batch.
:func:`map_many` runs a further pure function on each result where it was made (a worker renders its own output
or folds its own summary), so only small values travel back.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

from dvcli.errors import DvcliError, ExitStatus, Failure
from dvcli.inputs import Input, Selection, TextInput, expand_inputs, source_name
from dvcli.model import Analysis, Source
from dvcli.options import AnalyzeOptions, LoadOptions

# Inputs in flight per worker: enough to keep every worker busy while results are written in order.
_IN_FLIGHT_PER_WORKER = 4

T = TypeVar("T")


Result = Analysis | Failure


class BatchObserver:
    """Told how a batch goes. Every method does nothing; subclass it to show progress."""

    def started(self, total: int | None) -> None:
        """The batch begins; ``total`` is the number of inputs, or ``None`` when they arrive as a stream."""

    def advanced(self, item: Any) -> None:
        """One more input is done, in input order; ``item`` is what the batch yields for it."""

    def finished(self) -> None:
        """Every input is done (also called when the batch is interrupted)."""


def analyze_one(item: Input | Failure, options: AnalyzeOptions) -> Result:
    """Analyse one expanded input; a DvcliError becomes a Failure (any other exception is a bug and propagates)."""
    from dvcli.load import load, load_text
    from dvcli.pipeline import analyze_loaded

    if isinstance(item, Failure):
        return item
    try:
        if isinstance(item, TextInput):
            loaded = load_text(item.text, item.source, item.warnings)
        else:
            loaded = load(os.fspath(item), options.load)
        return analyze_loaded(loaded, options)
    except DvcliError as error:
        return Failure.from_error(Source(source_name(item)), error)


def _identity(result: Result) -> Result:
    return result


def analyze_and(item: Input | Failure, options: AnalyzeOptions, then: Callable[[Result], T]) -> T:
    """Analyse one input and pass the result to ``then``, in the same process."""
    return then(analyze_one(item, options))


def analyze_many(
    inputs: Iterable[Input],
    options: AnalyzeOptions | None = None,
    *,
    workers: int = 1,
    on_progress: BatchObserver | None = None,
    selection: Selection | None = None,
) -> Iterator[Result]:
    """Yield an ``Analysis`` or a ``Failure`` for every input, in input order; never stops early.

    ``inputs`` are paths, ``"-"`` (standard input), directories (expanded to their ``*.txt`` files, or what
    ``selection`` chooses) or :class:`TextInput` values. A list or tuple is expanded first, so the observer learns
    the total; any other iterable is read as a stream. ``workers`` above 1 analyses in that many processes.
    """
    return map_many(inputs, _identity, options, workers=workers, on_progress=on_progress, selection=selection)


def map_many(
    inputs: Iterable[Input | Failure],
    then: Callable[[Result], T],
    options: AnalyzeOptions | None = None,
    *,
    workers: int = 1,
    on_progress: BatchObserver | None = None,
    selection: Selection | None = None,
    total: int | None = None,
    dask: DaskCluster | None = None,
) -> Iterator[T]:
    """Like :func:`analyze_many`, yielding ``then(result)`` for every input; ``then`` runs in the worker, so it
    must be a picklable pure function (a module-level function or a ``functools.partial`` of one).

    ``total`` tells the observer how many inputs a stream holds, when the caller knows. With ``dask``, the inputs
    are analysed on a Dask cluster instead (``workers`` is then the cluster's business).
    """
    options = options or AnalyzeOptions()
    observer = on_progress or BatchObserver()
    items: Iterable[Input | Failure]
    if isinstance(inputs, Sequence):
        items = list(expand_inputs(inputs, selection))
        observer.started(len(items))
    else:
        items = expand_inputs(inputs, selection)
        observer.started(total)
    try:
        if dask is not None:
            results: Iterator[T] = _on_dask(items, options, then, dask)
        elif workers <= 1:
            results = (analyze_and(item, options, then) for item in items)
        else:
            results = _in_pool(items, options, then, workers)
        for value in results:
            observer.advanced(value)
            yield value
    finally:
        observer.finished()


def _in_pool(
    items: Iterable[Input | Failure], options: AnalyzeOptions, then: Callable[[Result], T], workers: int
) -> Iterator[T]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pending: deque[Future[T]] = deque()
    limit = workers * _IN_FLIGHT_PER_WORKER
    # Workers start from a clean server process, not a fork of this one: a fork copies whatever locks the progress
    # bar's thread holds at that moment. Each worker loads the tables once, on its first input.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        for item in items:
            # Standard input can only be read here: a worker process has none of its own.
            if not isinstance(item, (Failure, TextInput)) and os.fspath(item) == "-":
                item = read_stdin_input(options.load)
            pending.append(pool.submit(analyze_and, item, options, then))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def read_stdin_input(options: LoadOptions | None = None) -> TextInput | Failure:
    """Standard input read here, as a TextInput (or the Failure of reading it), with what decoding it warned."""
    from dvcli.load import STDIN, load

    try:
        loaded = load("-", options or LoadOptions())
    except DvcliError as error:
        return Failure.from_error(Source(STDIN), error)
    return TextInput(loaded.text, loaded.source, loaded.warnings)


@dataclass(frozen=True, slots=True)
class DaskCluster:
    """Where to run on Dask: a new LocalCluster of ``local_workers`` processes, or the scheduler at ``address``."""

    local_workers: int | None = None
    address: str | None = None


# Inputs per Dask computation: results are written chunk by chunk, so memory stays bounded on long runs.
_DASK_CHUNK = 256


def _on_dask(
    items: Iterable[Input | Failure], options: AnalyzeOptions, then: Callable[[Result], T], cluster: DaskCluster
) -> Iterator[T]:
    """Map :func:`analyze_and` over a Dask bag of the inputs, chunk by chunk, yielding results in input order."""
    try:
        import dask.bag as bag
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskMissingError("Dask is not installed", hint="install the extra: pip install 'dvcli[dask]'") from None
    local = None
    if cluster.address is not None:
        client = Client(cluster.address)
    else:
        local = LocalCluster(
            n_workers=cluster.local_workers or 1, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(local)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        chunk: list[Input | Failure] = []
        for item in chain(items, [None]):
            if item is not None:
                # Standard input can only be read here: a worker has none of its own.
                if not isinstance(item, (Failure, TextInput)) and os.fspath(item) == "-":
                    item = read_stdin_input(options.load)
                chunk.append(item)
            if chunk and (item is None or len(chunk) >= _DASK_CHUNK):
                inputs = bag.from_sequence(chunk, npartitions=min(len(chunk), 4 * workers))
                yield from inputs.map(analyze_and, options, then).compute(scheduler=client)
                chunk = []
    finally:
        client.close()
        if local is not None:
            local.close()


class DaskMissingError(DvcliError):
    """``--dask-local`` or ``--scheduler`` without the Dask extra installed."""

    exit_status = ExitStatus.USAGE
    kind = "usage"
