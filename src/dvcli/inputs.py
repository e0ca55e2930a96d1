"""Where inputs come from: paths, directories (with a glob and exclusions), file lists and JSON Lines records."""

from __future__ import annotations

import fnmatch
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dvcli.errors import DvcliError, Failure, InputNotFoundError, InputUnreadableError
from dvcli.model import Source


@dataclass(frozen=True, slots=True)
class TextInput:
    """An article given as text rather than as a file (a line of a JSON Lines file, a string); ``warnings``
    are what reading it said (standard input read ahead of the workers keeps its decoding warnings)."""

    text: str
    source: Source
    warnings: tuple[str, ...] = ()


Input = str | os.PathLike[str] | TextInput


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files a directory contributes: names matching ``pattern`` (case-insensitive), none matching any of
    ``exclude`` (matched against the name and the path below the directory)."""

    pattern: str = "*.txt"
    exclude: tuple[str, ...] = ()

    def wants(self, relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1].lower()
        if not fnmatch.fnmatchcase(name, self.pattern.lower()):
            return False
        return not any(fnmatch.fnmatchcase(p, x.lower()) for x in self.exclude for p in (name, relative.lower()))


def source_name(item: Input) -> str:
    return item.source.path if isinstance(item, TextInput) else os.fspath(item)


def _failure(name: str, error: DvcliError) -> Failure:
    return Failure.from_error(Source(name), error)


def _directory_files(root: str, selection: Selection) -> Iterator[str | Failure]:
    """The wanted files under ``root``, sorted by path; unreadable folders and special files become Failures.

    Symbolic links to folders are followed once each (a link back up the tree is not followed again).
    """
    seen: set[str] = set()
    stack = [root]
    found: list[str | Failure] = []
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            hint = "make the folder readable, or leave it out with --exclude"
            message = f"{folder}: cannot read the folder ({error.strerror or error})"
            found.append(_failure(folder, InputUnreadableError(message, source=folder, hint=hint)))
            continue
        for entry in entries:
            path = entry.path
            try:
                mode = os.stat(path).st_mode  # follows links: a link to a file is that file
            except OSError:
                continue  # a dangling link names nothing to read
            if stat.S_ISDIR(mode):
                stack.append(path)
            elif selection.wants(os.path.relpath(path, root).replace(os.sep, "/")):
                if stat.S_ISREG(mode):
                    found.append(path)
                else:
                    message = f"{path}: not a regular file (a FIFO, socket or device); skipped"
                    hint = "name it directly to read it, or leave it out with --exclude"
                    found.append(_failure(path, InputUnreadableError(message, source=path, hint=hint)))
    # Sorted as paths (by their parts, so `a/b.txt` comes before `a-c.txt`), failures in their place.
    yield from sorted(found, key=lambda f: Path(f.source.path if isinstance(f, Failure) else f).parts)


def expand_inputs(inputs: Iterable[Input | Failure], selection: Selection | None = None) -> Iterator[Input | Failure]:
    """Yield each input, a directory replaced by its wanted files (sorted by path); a directory with none yields a
    Failure. Nothing is read here."""
    selection = selection or Selection()
    for item in inputs:
        if isinstance(item, (TextInput, Failure)):
            yield item
            continue
        name = os.fspath(item)
        if name == "-" or not Path(name).is_dir():
            yield item
            continue
        files = list(_directory_files(name, selection))
        if not files:
            error = InputNotFoundError(
                f"{name}: the directory holds no {selection.pattern} files",
                source=name,
                hint=f"name the article files directly, or choose other files with --glob (now {selection.pattern!r})",
            )
            yield _failure(name, error)
        yield from files


# JSON Lines files are read as UTF-8 (a BOM is skipped), as JSON requires.
_JSON_LINES_ENCODING = "utf-8"


class BadRecordError(DvcliError):
    kind = "bad_record"


def _open_text(name: str) -> Iterator[str]:
    """The lines of a UTF-8 text file, or of standard input for ``-``."""
    import sys

    if name == "-":
        yield from sys.stdin
        return
    with open(name, encoding="utf-8-sig") as handle:
        yield from handle


def read_file_list(name: str) -> list[str]:
    """The paths listed in file ``name`` (``-``: standard input), one a line; blank lines are skipped.

    Raises InputNotFoundError or InputUnreadableError when the list itself cannot be read.
    """
    try:
        return [line.strip() for line in _open_text(name) if line.strip()]
    except FileNotFoundError:
        raise InputNotFoundError(
            f"{name}: no such file list", source=name, hint="check the path given to --files-from"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise InputUnreadableError(
            f"{name}: cannot read the file list ({reason})", source=name, hint="give a UTF-8 text file, one path a line"
        ) from None


def read_json_lines(name: str) -> Iterator[TextInput | Failure]:
    """Yield one TextInput per line of the JSON Lines file ``name`` (``-``: standard input), as the lines are read.

    Each line is an object with ``text`` and optionally ``id``, ``title`` and ``url``; the title, when given,
    becomes the article's first line. ``source`` names the file and line (and the ``id`` and ``url``). A line that
    is not such an object yields a Failure naming the line; the others go on.
    """
    path = "<stdin>" if name == "-" else name
    try:
        for number, line in enumerate(_open_text(name), 1):
            if not line.strip():
                continue
            where = Source(path, _JSON_LINES_ENCODING, line=number)
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield _bad(where, f"not JSON ({error.msg}, column {error.colno})")
                continue
            if not isinstance(value, dict) or not isinstance(value.get("text"), str):
                yield _bad(where, 'not an object with a "text" string')
                continue
            record_id, url, title = value.get("id"), value.get("url"), value.get("title")
            source = Source(
                path,
                _JSON_LINES_ENCODING,
                id=None if record_id is None else str(record_id),
                line=number,
                url=url if isinstance(url, str) else None,
            )
            text = f"{title}\n\n{value['text']}" if isinstance(title, str) and title.strip() else value["text"]
            yield TextInput(text, source)
    except FileNotFoundError:
        yield Failure.from_error(
            Source(path), InputNotFoundError(f"{path}: no such file", source=path, hint="check the path")
        )
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        failure = InputUnreadableError(
            f"{path}: cannot be read ({reason})", source=path, hint="give a UTF-8 JSON Lines file"
        )
        yield Failure.from_error(Source(path), failure)


def _bad(where: Source, why: str) -> Failure:
    message = f"{where.path}, line {where.line}: {why}"
    hint = 'each line must be a JSON object such as {"id": "1", "title": "…", "text": "…"}'
    return Failure.from_error(where, BadRecordError(message, source=where.path, hint=hint))
