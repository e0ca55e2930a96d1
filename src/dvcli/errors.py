"""Errors and exit statuses: DvcliError and its subclasses (each with a hint), Failure, ExitStatus."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from dvcli.model import SCHEMA_VERSION, Source


class ExitStatus(IntEnum):
    """The exit statuses of the ``dvcli`` command."""

    OK = 0
    INPUT_FAILED = 1  # an input could not be analysed; in a batch, some inputs failed
    USAGE = 2  # a bad option or argument (Typer's own usage errors exit 2 as well)
    INTERRUPTED = 130  # Ctrl-C, as shells report a process ended by SIGINT
    TERMINATED = 143  # SIGTERM, likewise


class DvcliError(Exception):
    """An input could not be analysed. ``message`` says what failed; ``hint`` says what to try."""

    exit_status = ExitStatus.INPUT_FAILED
    kind = "error"

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.hint = hint


class InputNotFoundError(DvcliError):
    kind = "not_found"


class InputUnreadableError(DvcliError):
    kind = "unreadable"


class EmptyInputError(DvcliError):
    kind = "empty"


class BinaryInputError(DvcliError):
    kind = "binary"


class DecodeError(DvcliError):
    kind = "undecodable"


class InputTooLargeError(DvcliError):
    kind = "too_large"


class UsageError(DvcliError):
    """A bad option value given through the library (the CLI checks its options before reading any input)."""

    exit_status = ExitStatus.USAGE
    kind = "usage"


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analysed: where it came from, the error's type, message and hint."""

    source: Source
    type: str
    message: str
    hint: str | None
    exit_status: ExitStatus = ExitStatus.INPUT_FAILED

    @classmethod
    def from_error(cls, source: Source, error: DvcliError) -> Failure:
        return cls(source, error.kind, error.message, error.hint, error.exit_status)

    def to_dict(self) -> dict[str, Any]:
        """The error record that stands for this input wherever its analysis would be written."""
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "error": {"type": self.type, "message": self.message, "hint": self.hint},
        }
