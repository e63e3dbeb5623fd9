"""Store commands: `brink ingest`, `timeline`, `speakers`, `search`, `show`, `export`.

Every command takes ``--db PATH|URL``; without it ``$BRINK_DB``, then a file in the user's data
directory (see `brink info`).
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from brink.read import ReadFailure

if TYPE_CHECKING:
    from brink.store import Filters, Store

# The store and ingest packages (database drivers, MinHash) load only when a store command runs,
# so that `brink extract` starts fast.

EXIT_OK = 0
EXIT_FAILED = 1

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite file or postgresql:// URL (default: $BRINK_DB, then a file in the user "
        "data directory).",
        show_default=False,
    ),
]


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Unit(StrEnum):
    reports = "reports"
    utterances = "utterances"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportTable(StrEnum):
    statements = "statements"
    articles = "articles"
    events = "events"
    utterances = "utterances"


def _open(db: str | None) -> Store:
    from brink.store import open_store

    try:
        return open_store(db)
    except Exception as exc:
        Console(stderr=True).print(
            f"[red]error[/red] cannot open the store: {exc}", highlight=False
        )
        raise typer.Exit(EXIT_FAILED) from exc


def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders, JSONL/CSV corpora, WARC(.gz) files, feed URLs or page URLs.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    lang: Annotated[
        str | None, typer.Option(help="Language of inputs that do not say (nl, en).")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes analysing documents (storing stays in order).")
    ] = 1,
    user_agent: Annotated[str | None, typer.Option(help="User agent for feeds and pages.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a server.")] = 20.0,
    retries: Annotated[int, typer.Option(help="Retries on timeouts, 429 and 5xx.")] = 2,
    rate: Annotated[
        float, typer.Option(help="Minimum seconds between two requests to one host.")
    ] = 1.0,
    ignore_robots: Annotated[
        bool, typer.Option("--ignore-robots", help="Do not consult robots.txt.")
    ] = False,
    silent: Annotated[
        bool, typer.Option("--silent", "-s", help="No progress bar and no summary; errors only.")
    ] = False,
) -> None:
    """Read sources, extract statements and keep everything in the store.

    Articles already in the store (same text, same URL) are skipped, so running the same ingest
    twice adds nothing, and a run that was killed can simply be started again.

    Exit status: 0 when every input was stored, 1 when any failed (the others are still stored).

    Examples:

        brink ingest samples/ --db news.db

        brink ingest https://example.org/feed.xml crawl.warc.gz
    """
    from brink.ingest import IngestCounts, Ingester, IngestSettings

    err = Console(stderr=True)
    from brink.ingest.http import HttpSettings

    http = HttpSettings(
        timeout=timeout, retries=retries, per_host_interval=rate, robots=not ignore_robots
    )
    if user_agent:
        http.user_agent = user_agent
    settings = IngestSettings(http=http, lang=lang, workers=workers)
    store = _open(db)

    def failed(item: ReadFailure) -> None:
        if item.skipped:
            if not silent:
                err.print(f"[yellow]skipped[/yellow] {item}", highlight=False)
        else:
            err.print(f"[red]error[/red] {item}", highlight=False)

    def describe(c: IngestCounts) -> str:
        return (
            f"{c.read} read · {c.stored} stored · {c.duplicates} already there · "
            f"{c.failed} failed · {c.statements} statements"
        )

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        disable=silent,
        transient=False,
    )
    with store, progress:
        task = progress.add_task("starting", total=None)
        ingester = Ingester(
            store,
            settings,
            on_failure=failed,
            on_progress=lambda c: progress.update(task, description=describe(c)),
        )
        counts = ingester.run(sources)
        progress.update(task, description=describe(counts))
    if not silent:
        err.print(f"store: {store.location}", highlight=False)
    raise typer.Exit(EXIT_FAILED if counts.failed else EXIT_OK)


# The options that narrow the statements of `timeline`, `speakers` and `export`, in this order;
# `_with_filters` puts them in a command's signature.
FILTER_OPTIONS: dict[str, Any] = {
    "speaker": Annotated[
        str | None, typer.Option(help="Speaker name or mention contains this (any case).")
    ],
    "country": Annotated[str | None, typer.Option(help="Speaker's country (linked actors only).")],
    "target": Annotated[str | None, typer.Option(help="A target of the statement contains this.")],
    "code": Annotated[str | None, typer.Option(help="Codebook category, e.g. threat.")],
    "lang": Annotated[str | None, typer.Option("--lang", help="Language of the statement.")],
    "outlet": Annotated[str | None, typer.Option(help="Outlet contains this (any case).")],
    "since": Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")],
    "until": Annotated[str | None, typer.Option(help="Up to this date, inclusive.")],
}


def _with_filters(command: Callable[..., None]) -> Callable[..., None]:
    """`command` with the `FILTER_OPTIONS` where its ``filters`` parameter stands, called with
    the `Filters` they make. Typer reads the options from the rewritten signature."""
    # `Filters` is imported for type checking only; that parameter is replaced anyway.
    signature = inspect.signature(command, eval_str=True, locals={"Filters": Any})
    params = list(signature.parameters.values())
    at = [p.name for p in params].index("filters")
    options = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=option)
        for name, option in FILTER_OPTIONS.items()
    ]
    params[at : at + 1] = options

    @functools.wraps(command)
    def run(**kwargs: Any) -> None:
        from brink.store import Filters

        filters = Filters(**{name: kwargs.pop(name) for name in FILTER_OPTIONS})
        command(filters=filters, **kwargs)

    run.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in params}
    return run


JsonOpt = Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")]


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _print_rows(rows: list[dict[str, Any]], columns: list[str], as_json: bool, title: str) -> None:
    if as_json or not sys.stdout.isatty():
        for row in rows:
            sys.stdout.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False))
            sys.stdout.write("\n")
        return
    table = Table(title=title)
    for c in columns:
        table.add_column(
            c, justify="right" if c not in ("period", "speaker", "content") else "left"
        )
    for row in rows:
        table.add_row(*(_number(row.get(c)) for c in columns))
    Console().print(table)


@_with_filters
def timeline(
    db: DbOption = None,
    by: Annotated[Period, typer.Option(help="Period.")] = Period.month,
    unit: Annotated[
        Unit,
        typer.Option(
            help="reports: every printed statement counts; utterances: each utterance once, "
            "when first seen."
        ),
    ] = Unit.reports,
    *,
    filters: Filters,
    as_json: JsonOpt = False,
) -> None:
    """Statements, utterances and intensity (mean and sum) per day, week, month or year.

    Example: brink timeline --speaker Medvedev --by month
    """
    with _open(db) as store:
        rows = store.timeline(by=by.value, unit=unit.value, filters=filters)
    columns = ["period", "statements", "utterances", "mean_intensity", "sum_intensity"]
    _print_rows(rows, columns, as_json, f"statements per {by.value}")


@_with_filters
def mixed_signals(
    db: DbOption = None,
    by: Annotated[Period, typer.Option(help="Period.")] = Period.month,
    *,
    filters: Filters,
    as_json: JsonOpt = False,
) -> None:
    """Speakers who both escalate and de-escalate in one period ("hot and cold").

    Per period and speaker: how many statements escalate (an escalating code, positive
    intensity: threats, deterrence claims) and how many de-escalate (arms control,
    reassurance, negative intensity), with the ids of the first few of each (`brink show ID`).

    Example: brink mixed-signals --speaker Medvedev --by year
    """
    with _open(db) as store:
        rows = store.mixed_signals(by=by.value, filters=filters)
    columns = [
        "period", "speaker", "actor_id", "escalating", "deescalating", "escalating_ids",
        "deescalating_ids",
    ]  # fmt: skip
    _print_rows(rows, columns, as_json, f"mixed signals per {by.value}")


@_with_filters
def speakers(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many speakers (0: all).")] = 50,
    *,
    filters: Filters,
    as_json: JsonOpt = False,
) -> None:
    """Speakers with their number of statements and utterances, most quoted first."""
    with _open(db) as store:
        rows = store.speakers(filters=filters, limit=limit or None)
    columns = [
        "speaker", "actor_id", "statements", "utterances", "mean_intensity", "first_day",
        "last_day",
    ]  # fmt: skip
    _print_rows(rows, columns, as_json, "speakers")


def search(
    text: Annotated[str, typer.Argument(help="Words that must all occur.", show_default=False)],
    db: DbOption = None,
    articles: Annotated[
        bool, typer.Option("--articles", help="Search article text instead of statements.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over statements (content, sentence, speaker) or articles."""
    with _open(db) as store:
        rows = store.search(text, limit=limit, articles=articles)
    if articles:
        columns = ["id", "day", "outlet", "title", "snippet"]
    else:
        columns = ["id", "day", "outlet", "speaker", "content"]
    _print_rows(rows, columns, as_json, f"search: {text}")


def show(
    statement_id: Annotated[str, typer.Argument(metavar="ID", help="A statement id.")],
    db: DbOption = None,
    as_json: JsonOpt = False,
) -> None:
    """A statement with its sentence, article, codes and the other reports of its utterance."""
    with _open(db) as store:
        row = store.statement(statement_id)
    if row is None:
        Console(stderr=True).print(f"[red]error[/red] no statement {statement_id!r}")
        raise typer.Exit(EXIT_FAILED)
    if as_json or not sys.stdout.isatty():
        record = row["record"]
        record.update(
            article={k: row[k] for k in ("article_id", "title", "outlet", "url", "article_date")},
            utterance_id=row["utterance_id"],
            reports=row["reports"],
        )
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console()
    who = row["speaker_name"] or row["speaker_text"] or "?"
    out.print(f"[bold]{who}[/bold] ({row['kind']}, cue: {row['cue'] or '-'})", highlight=False)
    out.print(f"“{row['content']}”", highlight=False)
    out.print(f"[dim]sentence:[/dim] {row['sentence']}", highlight=False)
    codes = ", ".join(f"{c['code']} ({c['score']:.2f})" for c in row["codes"]) or "-"
    out.print(
        f"[dim]codes:[/dim] {codes}  [dim]nuclear:[/dim] {row['nuclear']}  "
        f"[dim]intensity:[/dim] {row['intensity']}",
        highlight=False,
    )
    out.print(
        f"[dim]article:[/dim] {row['title'] or row['article_doc']} · {row['outlet'] or '-'} · "
        f"{row['article_date'] or '-'} · {row['url'] or row['article_id']}",
        highlight=False,
    )
    out.print(f"[dim]utterance {row['utterance_id']}: {len(row['reports'])} report(s)[/dim]")
    for r in row["reports"]:
        out.print(f"  {r['id']}  {r['day'] or '-'}  {r['outlet'] or '-'}", highlight=False)


@_with_filters
def export(
    db: DbOption = None,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or parquet.")
    ] = ExportFormat.jsonl,
    table: Annotated[ExportTable, typer.Option(help="What to export.")] = ExportTable.statements,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output."),
    ] = None,
    *,
    filters: Filters,
) -> None:
    """Export statements (the records of `brink extract`, plus article_id and utterance_id),
    articles, events or utterances, streamed a batch at a time. Filters apply to statements.

    Example: brink export --format parquet -o statements.parquet
    """
    from brink.store.export import export as run_export

    binary = output_format is ExportFormat.parquet
    if binary and output is None and sys.stdout.isatty():
        Console(stderr=True).print("[red]error[/red] parquet needs --output or a redirect")
        raise typer.Exit(2)
    with _open(db) as store:
        if output is not None and binary:
            with open(output, "wb") as bfh:
                n = run_export(store, table.value, output_format.value, bfh, filters)
        elif output is not None:
            with open(output, "w", encoding="utf-8", newline="") as tfh:
                n = run_export(store, table.value, output_format.value, tfh, filters)
        else:
            stream = sys.stdout.buffer if binary else sys.stdout
            n = run_export(store, table.value, output_format.value, stream, filters)
            stream.flush()
    Console(stderr=True).print(f"{n} {table.value} exported", highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(timeline)
    app.command()(speakers)
    app.command("mixed-signals")(mixed_signals)
    app.command()(search)
    app.command()(show)
    app.command()(export)
