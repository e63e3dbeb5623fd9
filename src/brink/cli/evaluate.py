"""`brink eval`: measure extraction against gold annotations."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from brink.evaluate import ArticleScore, GoldFileError, Tally, read_gold, score_article
from brink.model import Analysis, Document, Statement
from brink.pipeline import Pipeline, Settings


class Scorer(Protocol):
    def add(
        self,
        article: dict[str, Any],
        analysis: Analysis,
        pairs: list[tuple[dict[str, Any], Statement]],
    ) -> None: ...

    def rows(self) -> list[tuple[str, str]]: ...

    def tables(self) -> list[tuple[str, str]]:
        """Titled blocks of text printed after the rows (the coding's confusion matrix)."""
        ...

    def misses(self) -> list[str]: ...


# Scorers of the later stages (actor linking, coding): "module:Class".
STAGE_SCORERS = ("brink.actors.evaluation:ActorScore", "brink.coding.evaluation:CodingScore")


def _stage_scorers() -> list[Scorer]:
    scorers = []
    for spec in STAGE_SCORERS:
        module_name, _, class_name = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        scorers.append(getattr(module, class_name)())
    return scorers


def _figures(t: Tally) -> str:
    counts = f"{t.tp}/{t.predicted}/{t.gold}"
    if t.tp_predicted != t.tp:  # a kind slice: predictions of the kind matched, then gold
        counts = f"{t.tp_predicted}/{t.predicted}, {t.tp}/{t.gold}"
    return f"{t.precision:.3f}  {t.recall:.3f}  {t.f1:.3f}  ({counts})"


def evaluate(
    gold_files: Annotated[
        list[Path],
        typer.Argument(help="Gold JSON-lines files (see GUIDELINES.md).", show_default=False),
    ],
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="List every miss, false alarm and wrong speaker."),
    ] = False,
) -> None:
    """Score statement extraction on gold articles.

    Prints content and attributed precision, recall and F1 (P R F1 (matched/predicted/gold)),
    per language and per kind, then the figures of the actor and coding stages (with the
    confusion matrix of the codes of matched statements: gold in rows). A kind's
    precision counts predictions of that kind, its recall gold statements of that kind; when
    a quote is matched across kinds the counts read (matched/predicted, matched/gold).
    A prediction matches a gold statement when the token F1 of their contents is at least 0.5;
    it is attributed when a `speaker_accept` string occurs in the predicted speaker's name or
    mention.

    Example: brink eval ../shared/gold/*.jsonl -v
    """
    console = Console()
    pipeline = Pipeline(Settings())
    scorers = _stage_scorers()
    scores: list[ArticleScore] = []
    try:
        articles = list(read_gold(gold_files))
    except GoldFileError as exc:
        console.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    for article in articles:
        doc = Document(
            id=str(article.get("id", "?")),
            text=article["text"],
            lang=article.get("lang"),
            date=article.get("date"),
            title=article.get("title"),
            outlet=article.get("outlet"),
        )
        analysis = pipeline.analyse(doc)
        score = score_article(article, analysis.statements)
        scores.append(score)
        pairs = score_pairs(article, analysis)
        for scorer in scorers:
            scorer.add(article, analysis, pairs)
        if verbose:
            _print_article(console, score)

    table = Table(title="Statement extraction: P  R  F1  (matched/predicted/gold)")
    table.add_column("slice")
    table.add_column("content")
    table.add_column("attributed")
    groups: dict[str, list[ArticleScore]] = {"all": scores}
    for s in scores:
        groups.setdefault(f"lang={s.lang}", []).append(s)
    for name, group in groups.items():
        content, attributed = Tally(), Tally()
        for s in group:
            content.add(s.content)
            attributed.add(s.attributed)
        table.add_row(name, _figures(content), _figures(attributed))
    kinds: dict[str, tuple[Tally, Tally]] = {}
    for s in scores:
        for kind, (kc, ka) in s.by_kind.items():
            c, a = kinds.setdefault(kind, (Tally(), Tally()))
            c.add(kc)
            a.add(ka)
    for kind, (c, a) in sorted(kinds.items()):
        table.add_row(f"kind={kind}", _figures(c), _figures(a))
    console.print(table)
    for scorer in scorers:
        for label, value in scorer.rows():
            console.print(f"{label}: {value}", highlight=False)
        for title, block in scorer.tables():
            console.print(f"{title}:", highlight=False)
            console.print(escape(block), highlight=False, soft_wrap=True)
        if verbose:
            for line in scorer.misses():
                console.print(f"  {escape(line)}", highlight=False)


def score_pairs(
    article: dict[str, Any], analysis: Analysis
) -> list[tuple[dict[str, Any], Statement]]:
    from brink.evaluate import match_statements

    return match_statements(article.get("statements") or [], analysis.statements).matched_pairs()


def _print_article(console: Console, score: ArticleScore) -> None:
    console.rule(f"{score.article_id} ({score.lang})")
    for line in score.misses:
        console.print(f"[red]miss[/red] {escape(line)}", highlight=False)
    for line in score.false_alarms:
        console.print(f"[yellow]false alarm[/yellow] {escape(line)}", highlight=False)
    for line in score.wrong_speakers:
        console.print(f"[magenta]wrong speaker[/magenta] {escape(line)}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
