"""Build hook: compile the hot analysis modules with mypyc (pure Python stays the fallback).

Everything else about the package lives in pyproject.toml. Set BRINK_PURE_PYTHON=1 to skip
compilation (for instance while editing these modules: a compiled module shadows its source).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# Modules on the per-article hot path; all are fully typed (mypy --strict-ish config).
COMPILED = [
    "src/brink/analyse/segment.py",
    "src/brink/analyse/quotes.py",
    "src/brink/analyse/phrases.py",
    "src/brink/analyse/statements.py",
    "src/brink/analyse/speakers.py",
    "src/brink/actors/text.py",
    "src/brink/actors/linker.py",
    "src/brink/model.py",
    "src/brink/output.py",
    "src/brink/coding/lexicon.py",
    "src/brink/coding/events.py",
    "src/brink/coding/classify.py",
    "src/brink/coding/modality.py",
    "src/brink/coding/sentences.py",
    "src/brink/coding/targets.py",
]


def compiled_extensions() -> list:  # type: ignore[type-arg]
    if os.environ.get("BRINK_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # pragma: no cover - mypy is a build requirement
        print(f"brink: mypyc not available ({exc}); installing pure Python", file=sys.stderr)
        return []
    # Other modules' type errors must not break the build: only the compiled ones are checked.
    extensions = mypycify(
        ["--follow-imports=silent", "--no-warn-unused-ignores", *COMPILED], opt_level="3"
    )
    for extension in extensions:
        # A compiler that cannot build them (another gcc, no headers) leaves pure Python.
        extension.optional = True
    return extensions


setup(ext_modules=compiled_extensions())
