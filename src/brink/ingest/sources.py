"""Where documents come from: feeds and pages by URL, WARC files, feed files, and everything the
core readers handle (files, folders, JSONL/CSV corpora)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from brink.ingest.feeds import FEED_SUFFIXES, read_feed
from brink.ingest.http import PoliteClient
from brink.ingest.warc import is_warc, read_warc
from brink.model import Document
from brink.read import ReadFailure, read_sources


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def iter_documents(
    sources: Iterable[str], client: PoliteClient
) -> Iterator[Document | ReadFailure]:
    for source in sources:
        if is_url(source) or source.lower().endswith(FEED_SUFFIXES):
            yield from read_feed(source, client)
        elif is_warc(source):
            yield from read_warc(source)
        elif Path(source).is_dir():
            warcs = sorted(str(p) for p in Path(source).rglob("*") if is_warc(p.name))
            for item in read_sources([source]):
                # The core readers skip WARC files; they are read below.
                if isinstance(item, ReadFailure) and item.skipped and is_warc(item.source):
                    continue
                yield item
            for path in warcs:
                yield from read_warc(path)
        else:
            yield from read_sources([source])
