"""The Typer app: the commands with their help and examples, ``--version``, and the entry point."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from dvcli import __version__
from dvcli.cli import commands
from dvcli.errors import ExitStatus

app = typer.Typer(
    name="dvcli",
    help="Analyse Vietnamese news articles: structure, entities, summaries, statistics.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    # A bug's traceback must stay readable and must not dump article text held in local variables.
    pretty_exceptions_show_locals=False,
)


class _Command(TyperCommand):
    """Typer's command with the usage line written the usual way: ``INPUT...``, not ``{INPUT...}...``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [piece.replace("{INPUT...}...", "INPUT...").replace("[INPUT...]...", "[INPUT...]") for piece in pieces]


def _examples(*lines: str) -> str:
    # "\b" keeps Click from re-wrapping the lines into one paragraph.
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


app.command(
    cls=_Command,
    epilog=_examples(
        "dvcli parse article.txt",
        "dvcli parse article.txt --json | jq .article.byline",
        "cat article.txt | dvcli parse - --highlight",
    ),
)(commands.parse)
app.command(
    cls=_Command,
    epilog=_examples(
        "dvcli summarize article.txt",
        "dvcli summarize article.txt -n 5 --method textrank",
        "dvcli summarize folder/ --words 80 --json -o summaries.json",
    ),
)(commands.summarize)
app.command(
    cls=_Command,
    epilog=_examples(
        "dvcli stats article.txt",
        "dvcli stats folder/ --json -k 20",
        "dvcli stats article.txt --reading-speed 250",
    ),
)(commands.stats)
app.command(
    cls=_Command,
    epilog=_examples(
        "dvcli export folder/ --format jsonl -o analysis.jsonl",
        "dvcli export a.txt b.txt --format csv",
        "dvcli export article.txt --format markdown",
    ),
)(commands.export)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dvcli {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Analyse Vietnamese news articles: structure, entities, summaries, statistics."""


def main() -> None:
    """Entry point of the ``dvcli`` console script: Ctrl-C anywhere exits 130 without a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(ExitStatus.INTERRUPTED)
