"""Readers: turn files, folders, stdin and corpora into normalised `Document`s.

`read_sources` yields a `Document` per article or a `ReadFailure` naming the input (and line)
and the reason; it never raises for bad input, so a batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from brink.model import Document


@dataclass(slots=True)
class ReadFailure:
    source: str
    reason: str
    line: int | None = None
    skipped: bool = False  # True: not an error, just nothing to read (e.g. an unsupported file type)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def read_sources(sources: Iterable[str]) -> Iterator[Document | ReadFailure]:
    raise NotImplementedError
