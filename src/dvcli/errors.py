"""DvcliError and its subclasses: each failure names its input, carries a hint and an exit code."""

from __future__ import annotations


class DvcliError(Exception):
    """An input could not be analysed. ``str(error)`` says what failed; ``hint`` says what to try."""

    exit_code = 1
    kind = "error"

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.hint = hint

    def to_dict(self) -> dict[str, str | None]:
        return {"type": self.kind, "message": self.message, "hint": self.hint}


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


class UsageError(DvcliError):
    """A bad option value that the CLI framework could not catch itself."""

    exit_code = 2
    kind = "usage"
