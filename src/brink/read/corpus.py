"""Corpora: one article per JSON line or CSV row, streamed so that size does not matter.

A record needs `text`; `id`, `date`, `lang`, `title`, `outlet` and `url` are used when present,
anything else (gold annotations, say) is ignored. A bad record is one `ReadFailure` with its line
number; the records around it are still read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from brink.model import Document
from brink.normalise import normalise_text
from brink.read.base import ReadFailure
from brink.read.decode import bom_encoding, detect_encoding

# Bytes looked at to settle a corpus's encoding before streaming it.
SNIFF_BYTES = 1 << 20
METADATA_FIELDS = ("date", "lang", "title", "outlet", "url")


def record_document(
    record: dict[str, Any], stem: str, source: str, line: int
) -> Document | ReadFailure:
    """One article from a JSON object or CSV row, or why it cannot be one."""
    where = f"{source}:{line}"
    text = record.get("text")
    if text is None:
        return ReadFailure(source, "no `text` field", line=line)
    if not isinstance(text, str):
        return ReadFailure(source, f"`text` is {type(text).__name__}, not a string", line=line)
    if not text.strip():
        return ReadFailure(source, "empty `text`", line=line)
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or str(raw_id).strip() == "":
        doc_id = f"{stem}-{line}"
    else:
        doc_id = str(raw_id).strip()
    meta = {key: _field(record.get(key)) for key in METADATA_FIELDS}
    normalised, offsets = normalise_text(text)
    return Document(
        id=doc_id,
        text=normalised,
        lang=language_code(meta["lang"]),
        date=meta["date"],
        title=meta["title"],
        outlet=meta["outlet"],
        url=meta["url"],
        source=where,
        offsets=offsets,
    )


def language_code(value: str | None) -> str | None:
    """`en-GB`, `EN`, `nl_NL` → `en`, `en`, `nl`."""
    if not value:
        return None
    return value.replace("_", "-").split("-")[0].strip().lower() or None


def _field(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


# -- JSON lines ------------------------------------------------------------------------------


def read_jsonl(stream: IO[bytes], stem: str, source: str) -> Iterator[Document | ReadFailure]:
    """Articles from a JSON-lines byte stream (UTF-8, a BOM allowed on the first line)."""
    any_line = False
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        any_line = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadFailure(source, f"invalid UTF-8 at byte {exc.start}", line=number)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(source, f"not JSON: {exc.msg} (column {exc.colno})", line=number)
            continue
        except RecursionError:
            yield ReadFailure(source, "not JSON: nested too deeply", line=number)
            continue
        if not isinstance(record, dict):
            kind = type(record).__name__
            yield ReadFailure(source, f"expected a JSON object, found {kind}", line=number)
            continue
        yield record_document(record, stem, source, number)
    if not any_line:
        yield ReadFailure(source, "empty file")


# -- CSV ------------------------------------------------------------------------------------


def read_csv(stream: IO[bytes], stem: str, source: str) -> Iterator[Document | ReadFailure]:
    """Articles from a CSV byte stream with a header row naming at least `text`."""
    head = stream.read(SNIFF_BYTES)
    if not head.strip():
        yield ReadFailure(source, "empty file")
        return
    encoding = _corpus_encoding(head)
    if encoding is None:
        yield ReadFailure(source, "binary file, not text")
        return
    rest = io.BufferedReader(ChainedStream(head, stream))
    text_stream = io.TextIOWrapper(rest, encoding=encoding, newline="")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(text_stream)
    try:
        fields = reader.fieldnames
    except (UnicodeDecodeError, csv.Error) as exc:
        yield ReadFailure(source, f"cannot read the CSV header: {exc}", line=1)
        return
    if not fields or "text" not in [f.strip() for f in fields]:
        yield ReadFailure(source, "CSV header has no `text` column", line=1)
        return
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield ReadFailure(source, f"not {encoding}: {exc.reason}; stopped reading", line=line)
            return
        except csv.Error as exc:
            yield ReadFailure(source, f"bad CSV: {exc}", line=line)
            line = reader.line_num + 1
            continue
        record = {(k or "").strip(): v for k, v in row.items() if isinstance(k, str)}
        if any(v is not None and v.strip() for v in record.values()):
            yield record_document(record, stem, source, line)
        line = reader.line_num + 1


def _corpus_encoding(head: bytes) -> str | None:
    if (bom := bom_encoding(head)) is not None:
        return bom
    if b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut at the end of the sniffed block
            return "utf-8"
    return detect_encoding(head)


class ChainedStream(io.RawIOBase):
    """A readable binary stream that yields `head` and then the rest of `stream`."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n
