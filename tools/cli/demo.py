"""`tools demo kbang`: a synthetic district, for demonstrations and benchmarks."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from tools.cli.app import ToolError, main, say
from tools.workflow.demo.names import KBANG


@main.group()
def demo() -> None:
    """Write synthetic records trees, for demonstrations and benchmarks."""


@demo.command("kbang")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--cells", type=click.IntRange(5, 100_000), default=KBANG["cells"],
              show_default=True, metavar="N")
@click.option("--years", type=click.IntRange(1, 50), default=1, show_default=True, metavar="N")
@click.option("--year", type=click.IntRange(1990, 2100), default=2024, show_default=True,
              metavar="YEAR")
@click.option("--seed", type=int, default=1, show_default=True, metavar="N")
def demo_kbang(directory: Path, cells: int, years: int, year: int, seed: int) -> None:
    """Write a district shaped like Kbang's report into DIRECTORY/records: with the defaults,
    17 grassroots committees holding 199 cells, 37 grassroots cells, 3,814 members, 110 village
    cells (86 secretaries are village heads) and a year of minutes with real-life gaps."""
    from tools.workflow.demo.kbang import kbang

    if (directory / "records").exists():
        raise ToolError(say("demo-exists", path=directory / "records"))
    with click.progressbar(length=cells, label="demo", file=sys.stderr,
                           hidden=not sys.stderr.isatty()) as bar:
        written = kbang(directory, cells, years, year, seed, progress=bar.update)
    click.echo(say("demo-written", count=written, path=directory / "records"), err=True)
