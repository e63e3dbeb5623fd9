"""Streaming exports: JSON lines, CSV and Parquet, a batch at a time."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from brink.output import CsvWriter
from brink.store.core import Filters, Store

FORMATS = ("jsonl", "csv", "parquet")
EXPORT_TABLES = ("statements", "articles", "events", "utterances")
BATCH = 5000


def rows_for(store: Store, table: str, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    if table == "statements":
        return store.stream_statement_records(filters)
    return store.stream_table(table)


def export(store: Store, table: str, fmt: str, out: IO[Any], filters: Filters | None = None) -> int:
    """Write `table` to `out` (text for jsonl/csv, binary for parquet); returns the row count."""
    rows = rows_for(store, table, filters)
    if fmt == "jsonl":
        return _jsonl(rows, out)
    if fmt == "csv":
        return _csv(rows, out, statements=table == "statements")
    if fmt == "parquet":
        return _parquet(rows, out, table)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _jsonl(rows: Iterable[dict[str, Any]], out: IO[Any]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def _csv(rows: Iterable[dict[str, Any]], out: IO[Any], statements: bool) -> int:
    n = 0
    if statements:
        # The same columns as `brink extract --format csv`, then the store's keys.
        writer = CsvWriter(out)  # type: ignore[arg-type]
        for row in rows:
            writer.write([row])
            n += 1
        return n
    dict_writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {k: ";".join(v) if isinstance(v, list) else v for k, v in row.items()}
        if dict_writer is None:
            dict_writer = csv.DictWriter(out, fieldnames=list(flat))
            dict_writer.writeheader()
        dict_writer.writerow(flat)
        n += 1
    return n


def _statement_columns(record: dict[str, Any]) -> dict[str, Any]:
    span = record["span"]
    spans = [span] if span and isinstance(span[0], int) else span
    sp = record["speaker"]
    return {
        "id": record["id"],
        "doc_id": record["doc_id"],
        "article_id": record.get("article_id"),
        "utterance_id": record.get("utterance_id"),
        "lang": record["lang"],
        "date": record["date"],
        "kind": record["kind"],
        "content": record["content"],
        "spans": spans,
        "cue": record["cue"],
        "speaker_text": sp["text"],
        "speaker_name": sp["name"],
        "speaker_type": sp["type"],
        "speaker_confidence": sp["confidence"],
        "speaker_actor_id": sp["actor_id"],
        "channel": record["channel"],
        "sentence": record["sentence"],
        "nuclear": record["nuclear"],
        "codes": [c["code"] for c in record["codes"]],
        "modality": record["modality"],
        "intensity": record["intensity"],
        "targets": [t.get("name") or t["text"] for t in record["targets"]],
        "record": json.dumps(record, ensure_ascii=False),
    }


def _schema(table: str) -> Any:
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    columns: dict[str, dict[str, Any]] = {
        "statements": {
            "id": s, "doc_id": s, "article_id": s, "utterance_id": s, "lang": s, "date": s,
            "kind": s, "content": s, "spans": pa.list_(pa.list_(i)), "cue": s,
            "speaker_text": s, "speaker_name": s, "speaker_type": s, "speaker_confidence": f,
            "speaker_actor_id": s, "channel": s, "sentence": s, "nuclear": b,
            "codes": pa.list_(s), "modality": s, "intensity": f, "targets": pa.list_(s),
            "record": s,
        },
        "articles": {
            "id": s, "doc_id": s, "url": s, "lang": s, "date": s, "day": s, "outlet": s,
            "title": s, "source": s, "cluster_id": s, "n_statements": i, "n_events": i,
            "text": s,
        },
        "events": {
            "id": s, "article_id": s, "day": s, "outlet": s, "actor_text": s, "actor_id": s,
            "actor_name": s, "action": s, "mode": s, "target_text": s, "target_id": s,
            "target_name": s, "evidence": s, "span_start": i, "span_end": i, "modality": s,
            "intensity": f, "plover": s, "cameo": s, "target_implied": b,
        },
        "utterances": {
            "id": s, "speaker_name": s, "actor_id": s, "lang": s, "content": s,
            "first_seen": s, "first_article_id": s, "reports": i, "n_outlets": i,
            "n_languages": i, "outlets": pa.list_(s),
        },
    }  # fmt: skip
    return pa.schema(list(columns[table].items()))


def _parquet(rows: Iterable[dict[str, Any]], out: IO[Any], table: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(table)
    it = iter(rows)
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(it, BATCH)):
            if table == "statements":
                batch = [_statement_columns(r) for r in batch]
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
