"""Writers for statement records: JSON lines, CSV and a terminal table."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

import orjson
from rich.console import Console
from rich.table import Table

from brink.model import Analysis

CSV_COLUMNS = (
    "id",
    "doc_id",
    "lang",
    "date",
    "kind",
    "speaker_text",
    "speaker_name",
    "speaker_type",
    "speaker_confidence",
    "cue",
    "channel",
    "content",
    "start",
    "end",
    "nuclear",
    "codes",
    "modality",
    "intensity",
)


def analysis_records(analysis: Analysis, entities: bool = False) -> list[dict[str, Any]]:
    """The statement records of one analysis, in the README's contract."""
    doc = analysis.document
    records = [
        st.to_record(index=i, date=doc.date) for i, st in enumerate(analysis.statements, start=1)
    ]
    if entities:
        mentions = [m.to_record() for m in analysis.mentions]
        for record in records:
            record["entities"] = mentions
    return records


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One JSON object per line, UTF-8 (orjson: the output of a large run is mostly this)."""
    buffer = getattr(out, "buffer", None)
    for record in records:
        line = orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
        if buffer is not None:
            buffer.write(line)
        else:
            out.write(line.decode("utf-8"))


class CsvWriter:
    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out)
        self._writer.writerow(CSV_COLUMNS)

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        for r in records:
            span = r["span"]
            start, end = (
                (span[0], span[1]) if isinstance(span[0], int) else (span[0][0], span[-1][1])
            )
            sp = r["speaker"]
            self._writer.writerow(
                [
                    r["id"],
                    r["doc_id"],
                    r["lang"],
                    r["date"],
                    r["kind"],
                    sp["text"],
                    sp["name"],
                    sp["type"],
                    sp["confidence"],
                    r["cue"],
                    r["channel"],
                    r["content"],
                    start,
                    end,
                    r["nuclear"],
                    ";".join(c["code"] for c in r["codes"]),
                    r["modality"],
                    r["intensity"],
                ]
            )


def statements_table(records: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("kind", no_wrap=True, max_width=12)
    table.add_column("speaker", style="bold", max_width=30)
    table.add_column("cue / channel", style="cyan", max_width=24)
    table.add_column("content", ratio=1)
    table.add_column("code", style="magenta", max_width=16)
    for r in records:
        sp = r["speaker"]
        who = sp["name"] or sp["text"] or "?"
        if sp["text"] and sp["name"] and sp["text"] != sp["name"]:
            who = f"{sp['name']}\n[dim]“{sp['text']}”[/dim]"
        cue = r["cue"] or ""
        if r["channel"]:
            cue = f"{cue}\n→ {r['channel']}"
        codes = ", ".join(c["code"] for c in r["codes"])
        if r.get("intensity") is not None:
            codes = f"{codes}\n{r['intensity']:+.1f}"
        table.add_row(r["kind"], who, cue, r["content"], codes)
    return table


def print_table(records: list[dict[str, Any]], console: Console, title: str | None = None) -> None:
    if records:
        console.print(statements_table(records, title))
