"""The statement record (README, "Statement records") is a public contract: pin its shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RECORD_FIELDS = {
    "id", "doc_id", "lang", "date", "kind", "content", "span", "cue", "cue_span", "speaker",
    "channel", "channel_span", "sentence", "sentence_span", "nuclear", "codes", "modality",
    "intensity", "targets",
}
SPEAKER_TYPES = ("person", "organization", "group", "document", "media", "unknown")
SPEAKER_FIELDS = {"text", "name", "type", "confidence", "span", "resolved_by", "actor_id"}


def records(*args: str) -> list[dict]:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, "-m", "brink", "extract", *args, "--format", "jsonl", "--quiet"],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_every_record_has_the_documented_fields_and_valid_spans() -> None:
    sample = ROOT / "samples" / "nl-valdorie-dreigt.txt"
    found = records(str(sample))
    assert found
    text = sample.read_text(encoding="utf-8").split(" ", 2)[2]  # after `date YYYY-MM-DD`
    for r in found:
        assert set(r) >= RECORD_FIELDS, RECORD_FIELDS - set(r)
        assert set(r["speaker"]) == SPEAKER_FIELDS
        assert r["kind"] in ("direct", "indirect", "according_to")
        assert r["speaker"]["type"] in SPEAKER_TYPES
        assert 0 <= r["speaker"]["confidence"] < 1
        spans = [r["span"]] if isinstance(r["span"][0], int) else r["span"]
        assert " ".join(text[s:e] for s, e in spans) == r["content"]
        s, e = r["sentence_span"]
        assert text[s:e] == r["sentence"]
        assert r["id"].startswith(r["doc_id"] + "#")
