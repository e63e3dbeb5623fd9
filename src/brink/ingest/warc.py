"""WARC / WARC.gz files (e.g. Common Crawl News): HTML response records become `Document`s."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from brink.ingest.pages import html_document
from brink.model import Document
from brink.read import ReadFailure

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_warc(path: str) -> Iterator[Document | ReadFailure]:
    """One item per HTML response record with status 200; other records are passed over."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally; a generator holds it open
    except OSError as exc:
        yield ReadFailure(path, f"cannot read: {exc.strerror or exc}")
        return
    records = 0
    try:
        for record in ArchiveIterator(fh):
            if not record.format.startswith("warc"):
                continue  # warcio reads anything as an ARC record; only WARC counts here
            records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not content_type.startswith(HTML_TYPES):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode()
            if status != "200":
                continue
            try:
                payload = record.content_stream().read()
            except Exception as exc:  # a damaged record: report it, read on
                yield ReadFailure(f"{path}#{uri}", f"cannot decode record: {exc}")
                continue
            date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            page = html_document(payload, uri, doc_id=uri, date=date, source=path)
            yield page if isinstance(page, Document) else ReadFailure(f"{path}#{uri}", page)
        if not records:
            yield ReadFailure(path, "no WARC records found")
    except ArchiveLoadFailed as exc:
        yield ReadFailure(path, f"not a WARC file: {exc}")
    except (OSError, EOFError, ValueError) as exc:
        yield ReadFailure(path, f"damaged WARC file: {exc.__class__.__name__}: {exc}")
    finally:
        fh.close()
