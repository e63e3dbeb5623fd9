"""Mixed signals: one speaker, one document, both escalating and de-escalating statements."""

from __future__ import annotations

from typing import Any

from brink.coding.codebook import Codebook
from brink.model import Statement


def speaker_key(st: Statement) -> str | None:
    sp = st.speaker
    return sp.actor_id or sp.name or None


def mixed_signals(statements: list[Statement], book: Codebook) -> list[dict[str, Any]]:
    """Per speaker: escalating statements (escalating codes with positive intensity) next to
    de-escalating ones (de-escalating codes or negative intensity)."""
    by_speaker: dict[str, dict[str, list[int]]] = {}
    for i, st in enumerate(statements):
        key = speaker_key(st)
        if key is None or not st.codes:
            continue
        cat = book.categories.get(st.codes[0].code)
        if cat is None:
            continue
        slot = by_speaker.setdefault(key, {"up": [], "down": []})
        if cat.direction == "escalating" and (st.intensity or 0) > 0:
            slot["up"].append(i)
        elif cat.direction == "deescalating" or (st.intensity or 0) < 0:
            slot["down"].append(i)
    out = []
    for key, slot in by_speaker.items():
        if slot["up"] and slot["down"]:
            out.append({
                "speaker": key,
                "escalating": [{"index": i, "code": statements[i].codes[0].code,
                                "content": statements[i].content} for i in slot["up"]],
                "deescalating": [{"index": i, "code": statements[i].codes[0].code,
                                  "content": statements[i].content} for i in slot["down"]],
            })
    return out
