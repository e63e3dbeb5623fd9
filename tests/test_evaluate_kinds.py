"""Scoring by kind: precision over the predictions of a kind, recall over its gold items."""

from __future__ import annotations

from brink.evaluate import score_article
from brink.model import Speaker, Statement


def _statement(kind: str, content: str, text: str) -> Statement:
    at = text.index(content)
    return Statement(
        doc_id="t",
        lang="en",
        kind=kind,
        content=content,
        spans=[(at, at + len(content))],
        speaker=Speaker(text="Lund", span=(0, 4), name="Lund", type="person"),
        cue="said",
        cue_span=None,
        channel=None,
        channel_span=None,
        sentence=text,
        sentence_span=(0, len(text)),
    )


def test_a_quote_matched_across_kinds_counts_for_each_side_once() -> None:
    text = "Lund said the border would stay closed until spring."
    gold = {
        "statements": [
            {
                "kind": "direct",
                "content": "the border would stay closed until spring",
                "speaker": "Lund",
                "speaker_accept": ["Lund"],
            }
        ]
    }
    predicted = [_statement("indirect", "the border would stay closed until spring", text)]
    score = score_article(gold, predicted)
    direct_content, _ = score.by_kind["direct"]
    indirect_content, indirect_attributed = score.by_kind["indirect"]
    assert (direct_content.recall, direct_content.predicted) == (1.0, 0)
    assert (indirect_content.precision, indirect_content.gold) == (1.0, 0)
    assert indirect_attributed.precision == 1.0
    assert score.content.precision == score.content.recall == 1.0
