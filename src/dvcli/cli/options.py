"""The options the commands share, declared once: inputs, the output bundle, the batch and the stage options."""

from __future__ import annotations

import re
from datetime import tzinfo
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dvcli.options import DEFAULT_MAX_BYTES, LoadOptions, ParseOptions, StatsOptions, SummaryOptions

if TYPE_CHECKING:
    from dvcli.cli.run import InputSpec, RunSpec

# The widest offsets in use anywhere: UTC-12:00 to UTC+14:00.
_MAX_OFFSET_MINUTES = {"+": 14 * 60, "-": 12 * 60}


class Method(str, Enum):
    """The summary rankers."""

    default = "default"
    lead = "lead"
    textrank = "textrank"


class ExportFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


def parse_zone(value: str | None) -> tzinfo | None:
    """The ``--tz`` value as a zone: a name (``Asia/Ho_Chi_Minh``) or an offset (``+07:00``, ``UTC+7``).

    Raises ``typer.BadParameter`` (a usage error, exit 2) for anything else, before any input is read.
    """
    if value is None:
        return None
    from dateutil import tz as dateutil_tz

    offset = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", value.strip(), re.IGNORECASE)
    if offset:
        hours, minutes = int(offset[2]), int(offset[3] or 0)
        total = hours * 60 + minutes
        if minutes >= 60 or total > _MAX_OFFSET_MINUTES[offset[1]]:
            raise typer.BadParameter(
                f"{value!r} is not a UTC offset (offsets run from -12:00 to +14:00)", param_hint="--tz"
            )
        sign = 1 if offset[1] == "+" else -1
        return dateutil_tz.tzoffset(None, sign * total * 60)
    zone = dateutil_tz.gettz(value)
    if zone is None:
        raise typer.BadParameter(
            f"unknown time zone {value!r}; try a name like Asia/Ho_Chi_Minh or an offset like +07:00", param_hint="--tz"
        )
    return zone


def _check_ratio(value: float | None) -> float | None:
    if value is not None and not 0 < value <= 1:
        raise typer.BadParameter("the ratio must be above 0 and at most 1, e.g. 0.2", param_hint="--ratio")
    return value


def _at_least(lowest: int):  # noqa: ANN202 - a Typer callback
    def check(ctx: typer.Context, param: typer.CallbackParam, value: int | None) -> int | None:
        if value is not None and value < lowest:
            raise typer.BadParameter(f"must be {lowest} or more, not {value}")
        return value

    return check


Inputs = Annotated[
    list[str] | None,
    # Described in each command's help (Typer would print the argument's Python type beside it).
    typer.Argument(show_default=False, metavar="INPUT...", hidden=True),
]
JsonFlag = Annotated[
    bool, typer.Option("--json", metavar="", help="Write JSON to stdout (or to -o) instead of the view.")
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE instead of stdout: atomically, and only once something was analysed.",
        show_default=False,
    ),
]
TzOption = Annotated[
    str | None,
    typer.Option(
        "--tz",
        metavar="ZONE",
        help="Time zone for a dateline without an offset, e.g. Asia/Ho_Chi_Minh or +07:00.",
        show_default=False,
    ),
]
SentencesOption = Annotated[
    int, typer.Option("-n", "--sentences", callback=_at_least(1), metavar="N", help="Sentences in the summary.")
]
RatioOption = Annotated[
    float | None,
    typer.Option(
        "--ratio",
        metavar="SHARE",
        callback=_check_ratio,
        help="Summary length as a share of the sentences, above 0 and at most 1.",
        show_default=False,
    ),
]
WordsOption = Annotated[
    int | None,
    typer.Option(
        "--words", callback=_at_least(1), metavar="N", help="Summary length: at most N words.", show_default=False
    ),
]
MethodOption = Annotated[Method, typer.Option("--method", help="How sentences are ranked.")]
KeywordsOption = Annotated[
    int, typer.Option("--keywords", "-k", callback=_at_least(0), metavar="N", help="How many keywords to list.")
]
ReadingSpeedOption = Annotated[
    int,
    typer.Option("--reading-speed", callback=_at_least(1), metavar="N", help="Reading speed in syllables per minute."),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-j",
        callback=_at_least(1),
        metavar="N",
        help="Analyse with N worker processes (default: one per core; 1 runs in this process).",
        show_default=False,
    ),
]
QuietFlag = Annotated[
    bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar and no closing line on stderr.")
]


def parse_options(tz: str | None) -> ParseOptions:
    return ParseOptions(tz=parse_zone(tz))


def summary_options(sentences: int, ratio: float | None, words: int | None, method: Method) -> SummaryOptions:
    return SummaryOptions(method=method.value, sentences=sentences, ratio=ratio, words=words)


def stats_options(keywords: int, reading_speed: int) -> StatsOptions:
    return StatsOptions(keywords=keywords, syllables_per_minute=reading_speed)


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


FilesFromOption = Annotated[
    str | None,
    typer.Option(
        "--files-from",
        metavar="LIST",
        help="Also read the files listed in LIST, one path a line ('-': the list comes on standard input).",
        show_default=False,
    ),
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option(
        "--input-format",
        help="text: each input is an article; jsonl: each line of each input is "
        'an object with "text" and optional "id", "title", "url".',
    ),
]
GlobOption = Annotated[
    str, typer.Option("--glob", metavar="PATTERN", help="Files read from a directory (case-insensitive).")
]
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        metavar="PATTERN",
        help="Leave out files of a directory whose name or path matches PATTERN (repeatable).",
        show_default=False,
    ),
]
DaskLocalOption = Annotated[
    int | None,
    typer.Option(
        "--dask-local",
        metavar="N",
        callback=_at_least(1),
        help="Analyse on a Dask LocalCluster of N worker processes (needs the dask extra).",
        show_default=False,
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Analyse on the running Dask cluster whose scheduler is at ADDRESS, e.g. tcp://10.0.0.5:8786.",
        show_default=False,
    ),
]


def input_spec(
    inputs: list[str] | None, files_from: str | None, input_format: InputFormat, glob: str, exclude: list[str] | None
) -> InputSpec:
    """The inputs as given; at least one input or a file list is needed (a usage error otherwise)."""
    from dvcli.cli.run import InputSpec
    from dvcli.inputs import Selection

    if not inputs and files_from is None:
        raise typer.BadParameter("name at least one input (a file, '-' or a directory), or give --files-from")
    return InputSpec(
        list(inputs or []), files_from, input_format is InputFormat.jsonl, Selection(glob, tuple(exclude or ()))
    )


def run_spec(workers: int | None, quiet: bool, dask_local: int | None, scheduler: str | None) -> RunSpec:
    """How to run: worker processes, or Dask (``--dask-local`` and ``--scheduler`` exclude each other)."""
    from dvcli.batch import DaskCluster
    from dvcli.cli.run import RunSpec

    if dask_local is not None and scheduler is not None:
        raise typer.BadParameter("give either --dask-local or --scheduler, not both", param_hint="--scheduler")
    dask = DaskCluster(dask_local, scheduler) if dask_local is not None or scheduler is not None else None
    return RunSpec(workers, quiet, dask)


EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="The inputs' encoding instead of detecting it: utf-8, utf-16-le, utf-16-be, windows-1258, tcvn3, vni, "
        "viscii, viqr (read only when named), or any Python codec.",
        show_default=False,
    ),
]
MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        metavar="N",
        callback=_at_least(1),
        help=f"Refuse an input larger than N bytes before reading it (default {DEFAULT_MAX_BYTES:,}).",
        show_default=False,
    ),
]


def load_options(encoding: str | None, max_bytes: int) -> LoadOptions:
    """How inputs are read; an unknown encoding is a usage error (exit 2) before any input is read."""
    if encoding is not None:
        from dvcli.decode import encoding_name
        from dvcli.errors import UsageError

        try:
            encoding = encoding_name(encoding)
        except UsageError as error:
            hint = f"; {error.hint}" if error.hint else ""
            raise typer.BadParameter(error.message + hint, param_hint="--encoding") from None
    return LoadOptions(encoding=encoding, max_bytes=max_bytes)
