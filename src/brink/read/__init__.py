"""Readers: turn files, folders, stdin and corpora into normalised `Document`s.

`read_sources` yields a `Document` per article or a `ReadFailure` naming the input (and line)
and the reason; it never raises for bad input, so a batch goes on.

Formats, by file extension (explicit files with another extension are read as text):

- ``.txt``/``.text``: one article; the seed format when it opens with ``date YYYY-MM[-DD]``;
- ``.html``/``.htm``/``.xhtml``: main text and metadata via trafilatura;
- ``.jsonl``/``.ndjson``: one JSON object per line, streamed;
- ``.csv``: one row per article with a header naming ``text``, streamed.

Standard input (``-``) is sniffed: JSON lines, HTML, or text.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from brink.model import Document
from brink.read.base import (
    MAX_FILE_BYTES,
    MAX_FILE_BYTES_ENV,
    ReadFailure,
    human_size,
    max_file_bytes,
)
from brink.read.corpus import ChainedStream, read_csv, read_jsonl
from brink.read.decode import NotText, decode_bytes
from brink.read.html import html_document, looks_like_html
from brink.read.text import text_document

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_FILE_BYTES_ENV",
    "ReadFailure",
    "read_sources",
]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

STDIN = "-"
STDIN_ID = "stdin"


def read_sources(sources: Iterable[str]) -> Iterator[Document | ReadFailure]:
    """Documents (or failures) from paths, folders (recursively, sorted) and ``-`` for stdin."""
    for source in sources:
        if source == STDIN:
            yield from _read_stdin()
            continue
        path = Path(source)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            yield ReadFailure(source, _os_reason(exc))
            continue
        if is_dir:
            yield from _read_folder(path)
        else:
            yield from read_file(path, explicit=True)


def read_file(path: Path, explicit: bool = False) -> Iterator[Document | ReadFailure]:
    """The documents in one file; `explicit` files with an unknown extension are read as text."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and not explicit:
        kind = f"file type {suffix}" if suffix else "file without an extension"
        yield ReadFailure(source, f"unsupported {kind}", skipped=True)
        return
    try:
        if suffix in JSONL_SUFFIXES or suffix in CSV_SUFFIXES:
            reader = read_jsonl if suffix in JSONL_SUFFIXES else read_csv
            with path.open("rb") as stream:
                yield from reader(stream, path.stem, source)
            return
        size = path.stat().st_size
        limit = max_file_bytes()
        if size > limit:
            yield ReadFailure(
                source,
                f"file too large: {human_size(size)} ({size} bytes), "
                f"the limit for one article is {human_size(limit)} "
                f"(set {MAX_FILE_BYTES_ENV} to change it)",
            )
            return
        with path.open("rb") as f:
            data = f.read(limit + 1)  # a pipe or device reports no size: read at most this
        if len(data) > limit:
            yield ReadFailure(source, f"file too large: over {human_size(limit)}")
            return
    except OSError as exc:
        yield ReadFailure(source, _os_reason(exc))
        return
    yield _single_article(data, path.stem, source, html=suffix in HTML_SUFFIXES)


def _single_article(data: bytes, doc_id: str, source: str, html: bool) -> Document | ReadFailure:
    if not data.strip():
        return ReadFailure(source, "empty file")
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        return ReadFailure(source, str(exc))
    if not decoded.text.strip():
        return ReadFailure(source, "empty file")
    if html or looks_like_html(decoded.text):
        return html_document(decoded.text, doc_id, source)
    return text_document(decoded.text, doc_id, source)


def _read_folder(folder: Path) -> Iterator[Document | ReadFailure]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield ReadFailure(str(folder), _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir() and not entry.is_symlink()
        except OSError as exc:
            yield ReadFailure(str(entry), _os_reason(exc))
            continue
        if is_dir:
            yield from _read_folder(entry)
        else:
            yield from read_file(entry)


def _read_stdin() -> Iterator[Document | ReadFailure]:
    """Standard input: JSON lines when it opens with `{`, else one article (HTML or text)."""
    if sys.stdin is None:
        yield ReadFailure(STDIN, "no standard input")
        return
    stream: IO[bytes] = sys.stdin.buffer
    limit = max_file_bytes()
    head = stream.read(min(limit, 1 << 16) + 1)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl(io.BufferedReader(ChainedStream(head, stream)), STDIN_ID, STDIN)
        return
    data = head + stream.read(limit + 1 - len(head)) if len(head) <= limit else head
    if len(data) > limit:
        yield ReadFailure(
            STDIN,
            f"input too large: more than {human_size(limit)}, the limit for one article "
            f"(set {MAX_FILE_BYTES_ENV} to change it, or send JSON lines)",
        )
        return
    yield _single_article(data, STDIN_ID, STDIN, html=False)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"
