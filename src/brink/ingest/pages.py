"""HTML pages (fetched, or from WARC records) to `Document`s through the core's HTML reader,
with what the crawl knows (URL, feed title, date) filled in."""

from __future__ import annotations

from urllib.parse import urlsplit

from brink.model import Document
from brink.normalise import normalise_text
from brink.read.base import ReadFailure
from brink.read.decode import NotText, decode_bytes
from brink.read.html import html_document as read_html


def normalise(text: str) -> str:
    return normalise_text(text)[0].strip()


def outlet_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def html_document(
    html: str | bytes,
    url: str | None,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
    source: str | None = None,
) -> Document | str:
    """The article in `html`, or the reason why there is none."""
    if isinstance(html, bytes):
        try:
            html = decode_bytes(html).text
        except NotText as exc:
            return str(exc)
    found = read_html(html, doc_id or url or "page", source or url or "page")
    if isinstance(found, ReadFailure):
        return found.reason
    found.url = url or found.url
    found.title = title or found.title
    found.date = date or found.date
    found.outlet = outlet or found.outlet or outlet_of(url)
    return found
