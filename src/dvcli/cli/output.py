"""Where a command writes: stdout, or an -o FILE written to a temporary file and renamed into place at the end."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import TextIO

import typer


def check_destination(output: Path, inputs: list[str]) -> None:
    """Refuse (a usage error, exit 2, before any work) an ``-o`` that names an input, or resolves to one through a
    link, or is not a regular file, or whose folder is missing or not writable."""
    if output.exists():
        mode = output.stat().st_mode
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file (a device, a FIFO or a socket)"
            raise typer.BadParameter(f"{str(output)!r} is {kind}; name a new or a regular file", param_hint="-o")
        for name in inputs:
            if name != "-" and Path(name).exists() and _same_or_inside(output, Path(name)):
                raise typer.BadParameter(
                    f"{str(output)!r} is one of the inputs; write the output to another file", param_hint="-o"
                )
    folder = output.resolve().parent
    if not folder.is_dir():
        raise typer.BadParameter(f"the folder of {str(output)!r} does not exist", param_hint="-o")
    if not os.access(folder, os.W_OK):
        raise typer.BadParameter(f"the folder of {str(output)!r} is not writable", param_hint="-o")


def _same_or_inside(output: Path, given: Path) -> bool:
    if given.is_dir():
        return given.resolve() in output.resolve().parents
    return os.path.samefile(output, given)


class Destination:
    """Stdout, or a temporary file beside ``path`` that :meth:`commit` renames into place and :meth:`discard`
    removes, so the file at ``path`` is never half-written and is replaced only by a finished output."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._temporary: str | None = None
        self.stream: TextIO
        if path is None:
            self.stream = sys.stdout
            return
        directory = path.resolve().parent
        fd, self._temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        """Put the finished output in place (an existing file keeps its permission bits)."""
        if self._temporary is None:
            self.stream.flush()
            return
        assert self.path is not None
        self.stream.close()
        if self.path.exists():
            mode = stat.S_IMODE(self.path.stat().st_mode)
        else:  # mkstemp makes the file private (0600); a new output gets the usual permissions for new files
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self._temporary, mode)
        os.replace(self._temporary, self.path)
        self._temporary = None

    def discard(self) -> None:
        """Drop an unfinished output: the temporary file goes, an existing file at ``path`` stays as it was."""
        if self._temporary is None:
            return
        self.stream.close()
        Path(self._temporary).unlink(missing_ok=True)
        self._temporary = None
