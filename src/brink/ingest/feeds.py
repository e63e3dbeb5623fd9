"""RSS/Atom feeds: every entry's linked page, fetched politely, becomes a `Document`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser

from brink.ingest.http import FetchError, PoliteClient
from brink.ingest.pages import html_document, normalise, outlet_of
from brink.model import Document
from brink.read import ReadFailure

FEED_SUFFIXES = (".rss", ".atom")


def read_feed(location: str, client: PoliteClient) -> Iterator[Document | ReadFailure]:
    """A feed at a URL (or a local feed file): one item per entry. A URL that serves an HTML page
    instead of a feed is read as that one page."""
    if location.startswith(("http://", "https://")):
        try:
            resp = client.get(location)
        except FetchError as exc:
            yield ReadFailure(location, f"feed fetch failed: {exc}")
            return
        content_type = resp.headers.get("content-type", "")
        parsed = feedparser.parse(
            resp.content,
            response_headers={"content-location": str(resp.url), "content-type": content_type},
        )
        if not parsed.entries and "html" in content_type and not parsed.feed.get("title"):
            page = html_document(resp.content, str(resp.url), source=location)
            yield page if isinstance(page, Document) else ReadFailure(location, page)
            return
    else:
        try:
            data = Path(location).read_bytes()
        except OSError as exc:
            yield ReadFailure(location, f"cannot read: {exc.strerror or exc}")
            return
        parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        yield ReadFailure(location, f"not a feed, or an empty one: {reason}")
        return
    outlet = parsed.feed.get("title") or outlet_of(location)
    for n, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, n, location, outlet, client)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _entry_document(
    entry: Any, n: int, feed: str, outlet: str | None, client: PoliteClient
) -> Document | ReadFailure:
    title = entry.get("title")
    date = _entry_date(entry)
    link = entry.get("link")
    if link:
        url = urljoin(feed, link) if feed.startswith("http") else link
        try:
            resp = client.get(url)
        except FetchError as exc:
            return ReadFailure(url, f"page fetch failed: {exc}")
        page = html_document(
            resp.content,
            str(resp.url),
            doc_id=url,
            title=title,
            date=date,
            outlet=outlet,
            source=feed,
        )
        return page if isinstance(page, Document) else ReadFailure(url, page)
    # No link: what the feed itself carries is all there is.
    body = entry.get("content", [{}])[0].get("value") or entry.get("summary")
    if not body:
        return ReadFailure(feed, f"entry {n} has neither a link nor text")
    page = html_document(f"<html><body><article>{body}</article></body></html>", None)
    text = page.text if isinstance(page, Document) else normalise(body)
    return Document(
        id=entry.get("id") or f"{feed}#{n}",
        text=text,
        date=date,
        title=title,
        outlet=outlet,
        source=feed,
    )
