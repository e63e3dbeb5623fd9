"""The figures `brink eval` reports, computed in-process for the floor tests."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from brink.coding.evaluation import CodingScore
from brink.evaluate import Tally, match_statements, read_gold, score_article
from brink.model import Document
from brink.pipeline import Pipeline, Settings


def figures_of(files: Iterable[Path]) -> dict[tuple[str, str], float]:
    """(slice, figure) -> value over the articles of `files`: content and attributed F1 for
    "all" and per language, and the coding figures for "all"."""
    pipeline = Pipeline(Settings())
    tallies: dict[str, tuple[Tally, Tally]] = {}
    coding = CodingScore()
    for article in read_gold(files):
        doc = Document(
            id=article["id"],
            text=article["text"],
            lang=article.get("lang"),
            date=article.get("date"),
        )
        analysis = pipeline.analyse(doc)
        score = score_article(article, analysis.statements)
        pairs = match_statements(article["statements"], analysis.statements).matched_pairs()
        coding.add(article, analysis, pairs)
        for key in ("all", score.lang):
            content, attributed = tallies.setdefault(key, (Tally(), Tally()))
            content.add(score.content)
            attributed.add(score.attributed)
    out = {}
    for key, (content, attributed) in tallies.items():
        out[(key, "content_f1")] = content.f1
        out[(key, "attributed_f1")] = attributed.f1
    for name, value in coding.figures().items():
        out[("all", name)] = value
    return out
