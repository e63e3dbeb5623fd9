"""Mixed signals: one speaker both escalating and de-escalating ("hot and cold").

Per document (`mixed_signals`, on every analysis) and, over a store, per speaker and period
(`brink.store.Store.mixed_signals`); both use `direction` for what counts as which.
"""

from __future__ import annotations

from typing import Any

from brink.coding.codebook import Codebook
from brink.model import Statement

UP = "escalating"
DOWN = "deescalating"


def speaker_key(st: Statement) -> str | None:
    sp = st.speaker
    return sp.actor_id or sp.name or None


def direction(code: str | None, intensity: float | None, book: Codebook) -> str | None:
    """`UP` for an escalating code said with positive intensity (a threat not negated away);
    `DOWN` for a de-escalating code or a negative intensity (reassurance, arms control); else
    None."""
    cat = book.categories.get(code) if code else None
    if cat is None:
        return None
    if cat.direction == "escalating" and (intensity or 0) > 0:
        return UP
    if cat.direction == "deescalating" or (intensity or 0) < 0:
        return DOWN
    return None


def mixed_signals(statements: list[Statement], book: Codebook) -> list[dict[str, Any]]:
    """Per speaker of one document: its escalating statements next to its de-escalating ones.
    Each statement is named by its record id (``<doc_id>#<n>``) and its index here."""
    by_speaker: dict[str, dict[str, list[int]]] = {}
    for i, st in enumerate(statements):
        key = speaker_key(st)
        if key is None or not st.codes:
            continue
        way = direction(st.codes[0].code, st.intensity, book)
        if way is not None:
            by_speaker.setdefault(key, {UP: [], DOWN: []})[way].append(i)
    out = []
    for key, slot in by_speaker.items():
        if slot[UP] and slot[DOWN]:
            first = statements[slot[UP][0]]
            out.append({
                "doc_id": first.doc_id,
                "speaker": first.speaker.name or key,
                "actor_id": first.speaker.actor_id,
                UP: [_item(statements, i) for i in slot[UP]],
                DOWN: [_item(statements, i) for i in slot[DOWN]],
            })
    return out


def _item(statements: list[Statement], i: int) -> dict[str, Any]:
    st = statements[i]
    return {"id": f"{st.doc_id}#{i + 1}", "index": i, "code": st.codes[0].code,
            "intensity": st.intensity, "content": st.content}
