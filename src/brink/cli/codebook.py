"""`brink codebook check` and `brink codebook show`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from brink.coding.codebook import load_codebook
from brink.datafile import DataFileError

EXIT_OK = 0
EXIT_INVALID = 1

codebook_app = typer.Typer(
    name="codebook",
    help="Validate or show a codebook (categories, intensity scale, cue lexicons).",
    no_args_is_help=True,
)


@codebook_app.command()
def check(
    file: Annotated[
        Path | None,
        typer.Argument(help="Codebook YAML to validate; the built-in one when omitted.",
                       show_default=False),
    ] = None,
) -> None:
    """Validate a codebook and the cue files it uses; each problem is printed as `file:line`.

    Exit status: 0 when valid, 1 when not.

    Example:

        brink codebook check my-codebook.yaml
    """
    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        book = load_codebook(file)
    except DataFileError as exc:
        for problem in exc.problems:
            err.print(f"[red]error[/red] {problem}")
        err.print(f"{len(exc.problems)} problem(s)")
        raise typer.Exit(EXIT_INVALID) from None
    cues = sum(len(g.lexicon.terms) + len(g.lexicon.patterns)
               for cat in book.categories.values() for gs in cat.cues.values() for g in gs)
    out.print(f"ok {book.path}: {book.name} {book.version}, {len(book.categories)} categories, "
              f"{cues} cue terms, languages {', '.join(book.languages) or '-'}")
    raise typer.Exit(EXIT_OK)


@codebook_app.command()
def show(
    file: Annotated[
        Path | None, typer.Argument(help="Codebook YAML; the built-in one when omitted.",
                                    show_default=False)
    ] = None,
) -> None:
    """List the categories with their intensity and definition."""
    out = Console(highlight=False)
    try:
        book = load_codebook(file)
    except DataFileError as exc:
        Console(stderr=True).print("\n".join(exc.problems))
        raise typer.Exit(EXIT_INVALID) from None
    out.print(f"{book.name} {book.version} (scale {book.scale[0]:g} … {book.scale[1]:g})")
    for cat in book.categories.values():
        out.print(f"  {cat.id:<16} {cat.intensity:+g}  {cat.direction:<12} {cat.definition}")


def register(app: typer.Typer) -> None:
    app.add_typer(codebook_app)
