"""python -m dvcli."""

from dvcli.cli import main

main()
