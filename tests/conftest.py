"""Fixtures shared by several test modules."""

from __future__ import annotations

import pytest


@pytest.fixture
def private_actor_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled actor data goes to this run's temporary folder, not the user's cache."""
    monkeypatch.setenv("BRINK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "actor-cache"))
