"""`brink extract` and `brink info`."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from brink.model import Document
from brink.output import CsvWriter, analysis_records, print_table, write_jsonl
from brink.pipeline import Pipeline, Settings
from brink.read import ReadFailure, read_sources


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


EXIT_OK = 0
EXIT_INPUT_FAILED = 1


def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (read recursively); `-` reads standard input.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help=(
                "jsonl (default when stdout is not a terminal), table (default on a terminal) "
                "or csv."
            ),
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(help="Language of every input (nl, en); a `lang` field in the input wins."),
    ] = None,
    entities: Annotated[
        bool, typer.Option("--entities", help="Add every linked actor mention to each record.")
    ] = False,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Folder of extra actor files merged over the built-in ones."),
    ] = None,
    codebook: Annotated[
        Path | None, typer.Option(help="Use this codebook file instead of the built-in one.")
    ] = None,
    link_actors: Annotated[
        bool,
        typer.Option(
            "--link-actors/--no-link-actors",
            help="Link speakers, channels and mentions to the actor knowledge base.",
        ),
    ] = True,
    code: Annotated[
        bool,
        typer.Option(
            "--code/--no-code",
            help="Code statements (codebook, modality, intensity) and find events.",
        ),
    ] = True,
    events_path: Annotated[
        Path | None,
        typer.Option(
            "--events",
            help=(
                "Also write every event (an act reported without its content: a threat, an "
                "accusation, a refusal ...) to this file, one JSON object per line."
            ),
            dir_okay=False,
        ),
    ] = None,
    mixed_path: Annotated[
        Path | None,
        typer.Option(
            "--mixed-signals",
            help=(
                "Also write, per document, every speaker who both escalates and de-escalates "
                "(with the statements that make it so) to this file, one JSON object per line."
            ),
            dir_okay=False,
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary on stderr.")] = False,
) -> None:
    """Extract attributed statements from news articles.

    Reads `date YYYY-MM` text files (the seed format), plain `.txt`, `.html` pages, and
    `.jsonl`/`.csv` corpora with `id` and `text` columns. Each statement is written as one
    JSON object (see README, "Statement records").

    Exit status: 0 when every input was read, 1 when any input failed (the others are still
    processed), 2 for a usage error.

    Examples:

        brink extract samples/

        brink extract article.html --format jsonl > statements.jsonl

        cat article.txt | brink extract - --lang nl

        brink extract corpus.jsonl --no-link-actors --no-code  (statements, speakers: fastest)

        brink extract samples/ --events events.jsonl  (events: see README, "Event records")
    """
    # soft_wrap: one message per line, however long, so logs and tests can grep them.
    err = Console(stderr=True, soft_wrap=True)
    for path, option in ((events_path, "--events"), (mixed_path, "--mixed-signals")):
        if path is not None and not code:
            raise typer.BadParameter(f"{option[2:]} come from the coding stage; drop --no-code",
                                     param_hint=option)
    fmt = output_format or (OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl)
    settings = Settings(
        entities=entities,
        link_actors=link_actors,
        actor_dirs=tuple(actors or ()),
        code_statements=code,
        codebook=codebook,
    )
    with ExitStack() as files:
        # (the output files first: a path that cannot be written is a usage error, reported
        # before the pipeline loads its models and data)
        events_out = _open_for_writing(files, events_path, "--events")
        mixed_out = _open_for_writing(files, mixed_path, "--mixed-signals")
        counts = _run(Pipeline(settings), paths, lang, entities, fmt, events_out, mixed_out,
                      quiet, err)
    if not quiet:
        found = f"; {counts.events} events" if events_out is not None else ""
        if mixed_out is not None:
            found += f"; {counts.mixed} mixed signals"
        err.print(
            f"{counts.processed} processed, {counts.skipped} skipped, {counts.failed} failed; "
            f"{counts.statements} statements{found}",
            highlight=False,
        )
    raise typer.Exit(EXIT_INPUT_FAILED if counts.failed else EXIT_OK)


def _open_for_writing(files: ExitStack, path: Path | None, option: str) -> TextIO | None:
    if path is None:
        return None
    try:
        return files.enter_context(path.open("w", encoding="utf-8"))
    except OSError as exc:
        raise typer.BadParameter(f"cannot write {path}: {exc.strerror}",
                                 param_hint=option) from None


@dataclass(slots=True)
class _Counts:
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    statements: int = 0
    events: int = 0
    mixed: int = 0


def _run(pipeline: Pipeline, paths: list[str], lang: str | None, entities: bool,
         fmt: OutputFormat, events_out: TextIO | None, mixed_out: TextIO | None, quiet: bool,
         err: Console) -> _Counts:
    """Analyse every input and write its records; what was done, counted."""
    # A table piped to a file or pager gets a readable width rather than rich's 80 columns.
    out = (
        Console(width=None if sys.stdout.isatty() else 140) if fmt is OutputFormat.table else None
    )
    csv_writer = CsvWriter(sys.stdout) if fmt is OutputFormat.csv else None
    counts = _Counts()
    for item in read_sources(paths):
        if isinstance(item, ReadFailure):
            if item.skipped:
                counts.skipped += 1
                if not quiet:
                    err.print(f"[yellow]skipped[/yellow] {item}", highlight=False)
            else:
                counts.failed += 1
                err.print(f"[red]error[/red] {item}", highlight=False)
            continue
        doc: Document = item
        if lang and not doc.lang:
            doc.lang = lang
        try:
            analysis = pipeline.analyse(doc)
        except Exception as exc:  # one article must never stop the batch
            counts.failed += 1
            err.print(
                f"[red]error[/red] {doc.source or doc.id}: analysis failed "
                f"({type(exc).__name__}: {exc}); please report this as a bug",
                highlight=False,
                soft_wrap=True,
            )
            continue
        records = analysis_records(analysis, entities=entities)
        counts.statements += len(records)
        counts.processed += 1
        if out is not None:
            print_table(records, out, title=doc.title or doc.id)
        elif csv_writer is not None:
            csv_writer.write(records)
        else:
            write_jsonl(records, sys.stdout)
        if events_out is not None:
            write_jsonl([ev.to_record() for ev in analysis.events], events_out)
            counts.events += len(analysis.events)
        if mixed_out is not None:
            write_jsonl(analysis.mixed_signals, mixed_out)
            counts.mixed += len(analysis.mixed_signals)
    sys.stdout.flush()
    return counts


def info() -> None:
    """Show the version, supported languages and where brink keeps its data."""
    from brink import __version__
    from brink.languages import SUPPORTED_LANGUAGES, load_language

    console = Console()
    console.print(f"brink {__version__}")
    for code in SUPPORTED_LANGUAGES:
        res = load_language(code)
        console.print(
            f"  {code}: {len(res.cue_forms)} speech-verb forms, {len(res.role_nouns)} role nouns, "
            f"{len(res.quote_pairs)} quote conventions"
        )


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(info)
