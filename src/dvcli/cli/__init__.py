"""Command line -> the library: the Typer app, its shared options, the run loop; the only package importing Typer."""

from dvcli.cli.app import app, main

__all__ = ["app", "main"]
