"""Assembles the `brink` command from the command modules.

Each module in `COMMAND_MODULES` exposes ``register(app)``; add a module there to add commands.
"""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES = (
    "brink.cli.extract",
    "brink.cli.evaluate",
    "brink.cli.actors",
    "brink.cli.store",
    "brink.cli.codebook",
)

app = typer.Typer(
    name="brink",
    help=(
        "Read the news and keep an attributed, coded record of nuclear and escalation rhetoric: "
        "who said what, through which channel, aimed at whom, how hot.\n\n"
        "Start with `brink extract samples/` to see statements from the bundled articles."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def run() -> None:
    app()
