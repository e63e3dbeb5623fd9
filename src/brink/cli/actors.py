"""`brink actors check` and `brink actors find`: inspect and validate actor data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

actors_app = typer.Typer(
    name="actors",
    help="Check actor data files and see what a name or role resolves to.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_OK = 0
EXIT_INVALID = 1


@actors_app.command("check")
def check(
    folder: Annotated[
        Path,
        typer.Argument(
            help="Folder (or file) of actor YAML files to validate.", show_default=False
        ),
    ],
) -> None:
    """Validate actor files against the schema, merged over the built-in data.

    Prints every error as `file:line: message` and exits with 1 when there is any; conflicts
    with the built-in data (a name or country that differs) are printed as warnings.

    Example: brink actors check my-actors/
    """
    from brink.actors.kb import check_folder, data_files

    out = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    if not folder.exists():
        err.print(f"[red]error[/red] {escape(str(folder))}: no such file or folder")
        raise typer.Exit(EXIT_INVALID)
    errors, warnings = check_folder(folder)
    for warning in warnings:
        err.print(f"[yellow]warning[/yellow] {escape(warning)}")
    for issue in errors:
        err.print(f"[red]error[/red] {escape(str(issue))}")
    files = len(data_files(folder))
    if errors:
        err.print(f"{len(errors)} error(s) in {files} file(s)")
        raise typer.Exit(EXIT_INVALID)
    out.print(f"{files} file(s) OK, {len(warnings)} warning(s)")
    raise typer.Exit(EXIT_OK)


@actors_app.command("find")
def find(
    name: Annotated[str, typer.Argument(help="A name, alias or role phrase.", show_default=False)],
    date: Annotated[
        str | None,
        typer.Option(help="Date for roles (YYYY, YYYY-MM or YYYY-MM-DD); default: today."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language of the name (nl, en, de, fr, ru, uk).")
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Folder of extra actor files merged over the built-in ones."),
    ] = None,
) -> None:
    """Show what a name or role phrase resolves to, with the roles held on a date.

    Examples:

        brink actors find Medwedew

        brink actors find "de Russische president" --date 2010-06-01 --lang nl
    """
    from datetime import date as _date

    from brink.actors import ActorDataError, Linker, load_knowledge_base

    out = Console(highlight=False, soft_wrap=True)
    try:
        kb = load_knowledge_base(tuple(actors or ()))
    except ActorDataError as exc:
        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"[red]error[/red] {escape(str(exc))}"
        )
        raise typer.Exit(EXIT_INVALID) from exc
    when = date or _date.today().isoformat()
    candidates = kb.find(name, lang=lang, date=when)
    actors_found = [c.actor for c in candidates]
    via = "name"
    if not actors_found:
        ref = Linker(kb).link_name(name, lang, when)
        if ref.actor_id is None:
            out.print(f"{escape(name)!s}: not resolved ({escape(ref.reason or 'unknown')})")
            raise typer.Exit(EXIT_INVALID)
        actors_found = [kb.actors[ref.actor_id]]
        via = "role or phrase"
    for actor in actors_found:
        country = f", {actor.country}" if actor.country and actor.country != actor.id else ""
        qid = f", wikidata {actor.wikidata}" if actor.wikidata else ""
        head = f"[bold]{escape(actor.name)}[/bold]  id {actor.id}"
        out.print(f"{head} ({actor.type}{country}{qid}) via {via}")
        roles = actor.roles_at(when)
        if roles:
            for span in roles:
                label = (kb.role_labels(span.role, lang or "en") or [span.role])[0]
                of = kb.actors[span.of].name if span.of in kb.actors else span.of
                since = f" since {span.start}" if span.start else ""
                out.print(f"  on {when}: {escape(label)} of {escape(str(of))}{since}")
        elif actor.roles:
            out.print(f"  on {when}: no role (held {len(actor.roles)} role(s) at other dates)")
        names = ", ".join(f"{lg}: {'; '.join(v[:4])}" for lg, v in sorted(actor.aliases.items()))
        if names:
            out.print(f"  names: {escape(names)}")
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.add_typer(actors_app, name="actors")
