"""What a reader yields when it cannot give a document, and the limits readers keep."""

from __future__ import annotations

import os
from dataclasses import dataclass

# Single-article files (text, HTML) larger than this are refused without being read.
# Corpora (JSON lines, CSV) are streamed and have no limit. `BRINK_MAX_FILE_BYTES` overrides it.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_FILE_BYTES_ENV = "BRINK_MAX_FILE_BYTES"


def max_file_bytes() -> int:
    """The size limit for single-article files now in force (module constant or environment)."""
    value = os.environ.get(MAX_FILE_BYTES_ENV, "").strip()
    if value.isdigit():
        return int(value)
    return MAX_FILE_BYTES


@dataclass(slots=True)
class ReadFailure:
    source: str
    reason: str
    line: int | None = None
    # True: not an error, just nothing to read (e.g. an unsupported file type).
    skipped: bool = False

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover
