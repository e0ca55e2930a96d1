"""Progress on stderr: a Rich progress bar while a batch runs (only on a terminal), and a closing line."""

from __future__ import annotations

import sys
import time
from typing import Any

from dvcli.batch import BatchObserver
from dvcli.errors import Failure


class ProgressReporter(BatchObserver):
    """Counts results; draws a bar on stderr when ``show_bar``; ``closing_line`` sums the run up."""

    def __init__(self, show_bar: bool) -> None:
        self.show_bar = show_bar
        self.analysed = 0
        self.failed = 0
        self._started = time.perf_counter()
        self._progress: Any = None
        self._task: Any = None

    def started(self, total: int | None) -> None:
        self._started = time.perf_counter()
        if not self.show_bar:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns: list[Any] = [SpinnerColumn(), TextColumn("analysing")]
        if total is not None:
            columns += [BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn()]
        else:
            columns += [TextColumn("{task.completed} done"), TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
        self._progress = Progress(*columns, console=Console(file=sys.stderr), transient=False)
        self._progress.start()
        self._task = self._progress.add_task("analysing", total=total, rate="")

    def advanced(self, item: Any) -> None:
        if _failed(item):
            self.failed += 1
        else:
            self.analysed += 1
        if self._progress is not None:
            done = self.analysed + self.failed
            elapsed = time.perf_counter() - self._started
            rate = f"{done / elapsed:.1f}/s" if elapsed > 0 else ""
            self._progress.update(self._task, advance=1, rate=rate)

    def finished(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def closing_line(self) -> str:
        """``250 analysed, 0 failed in 4.1 s``."""
        elapsed = time.perf_counter() - self._started
        return f"{self.analysed} analysed, {self.failed} failed in {elapsed:.1f} s"


def _failed(item: Any) -> bool:
    """Whether what the batch yielded stands for a failed input: a Failure, a rendered piece of one, or a corpus
    summary whose row is an error."""
    if isinstance(item, Failure):
        return True
    if hasattr(item, "failure"):
        return item.failure is not None
    return bool(getattr(item, "failed", 0))
