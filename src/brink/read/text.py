"""Plain text articles, with or without the seed format's `date YYYY-MM[-DD]` header."""

from __future__ import annotations

import re
from datetime import date

from brink.model import Document
from brink.normalise import normalise_text, shift_map
from brink.read.base import ReadFailure

# The header: optional white space, the word `date`, blanks, one token; the body follows on
# the same line or the next ones.
_HEADER = re.compile(r"[\s\ufeff]*date[ \t]+(?P<value>\S+)[ \t]*(?:\r\n|\r|\n)?")
_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?")


def parse_header_date(value: str) -> str | None:
    """`value` as YYYY-MM or YYYY-MM-DD when it is a real date, else None."""
    m = _DATE.fullmatch(value)
    if m is None:
        return None
    year, month = int(m["y"]), int(m["m"])
    try:
        date(year, month, int(m["d"]) if m["d"] else 1)
    except ValueError:
        return None
    return value


def text_document(raw: str, doc_id: str, source: str) -> Document | ReadFailure:
    """One article from decoded text: seed format when it opens with `date`, else plain text."""
    doc_date: str | None = None
    body_start = 0
    header = _HEADER.match(raw)
    if header is not None:
        doc_date = parse_header_date(header["value"])
        if doc_date is None:
            return ReadFailure(
                source,
                f"malformed date header {'date ' + header['value']!r}: "
                "expected `date YYYY-MM` or `date YYYY-MM-DD`",
            )
        body_start = header.end()
    # Leading white space of the body is not part of the article; trailing white space neither.
    body = raw[body_start:]
    stripped = body.lstrip()
    body_start += len(body) - len(stripped)
    body = stripped.rstrip()
    if not body:
        reason = "empty file" if header is None else "no article text after the date header"
        return ReadFailure(source, reason)
    text, offsets = normalise_text(body)
    return Document(
        id=doc_id,
        text=text,
        date=doc_date,
        source=source,
        offsets=shift_map(offsets, body_start),
    )
