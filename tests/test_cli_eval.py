"""`brink eval` end to end on a small gold file written for the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from brink.coding.evaluation import match_events, names_agree
from brink.evaluate import match_statements, token_f1
from brink.model import ActorRef, Event, Speaker, Statement

DATA = Path(__file__).parent / "data"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brink", *args], capture_output=True, text=True, timeout=300
    )


def test_eval_prints_figures_per_language_and_kind() -> None:
    result = run("eval", str(DATA / "mini-gold.jsonl"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for label in ("all", "lang=nl", "lang=en", "kind=direct", "kind=indirect", "kind=according_to"):
        assert label in out
    # 5 of the 6 non-optional gold statements are findable; the sixth is a planted miss.
    assert "(5/5/6)" in out
    for label in ("nuclear-flag accuracy", "code accuracy", "event F1"):
        assert label in out
    # the confusion matrix of the codes: gold in rows, one row per code seen
    matrix = out[out.index("gold \\ predicted") :].splitlines()
    assert matrix[0].split()[:3] == ["gold", "\\", "predicted"]
    rows = {line.split()[0]: line.split()[1:] for line in matrix[1:] if line.strip()}
    assert "safety" in rows and "risk_assessment" in rows
    assert all(len(cells) == len(matrix[0].split()) - 3 for cells in rows.values())


def test_eval_verbose_lists_misses() -> None:
    result = run("eval", "-v", str(DATA / "mini-gold.jsonl"))
    assert result.returncode == 0, result.stderr
    assert "miss" in result.stdout
    assert "submarines" in result.stdout


def test_eval_reports_a_bad_gold_file_by_name_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\nnot json\n')
    result = run("eval", str(bad))
    assert result.returncode == 1
    assert "bad.jsonl:2" in result.stdout + result.stderr


def _statement(content: str, name: str) -> Statement:
    return Statement(
        doc_id="d",
        lang="en",
        kind="direct",
        content=content,
        spans=[(0, len(content))],
        cue=None,
        cue_span=None,
        speaker=Speaker(text=name, span=None, name=name),
        channel=None,
        channel_span=None,
        sentence=content,
        sentence_span=(0, len(content)),
    )


def test_matching_is_one_to_one_best_first() -> None:
    gold = [{"content": "the cat sat on the mat"}, {"content": "the cat sat"}]
    predicted = [_statement("the cat sat", "a"), _statement("the cat sat on the mat", "b")]
    matching = match_statements(gold, predicted)
    assert sorted((g, p) for g, p, _ in matching.pairs) == [(0, 1), (1, 0)]
    assert token_f1("A b", "a B") == 1.0
    assert token_f1("a", "") == 0.0


def test_event_matching_is_the_largest_one_to_one() -> None:
    # gold "Pakistan" agrees with both predictions; the ministry needs the second: a greedy
    # pass in gold order would give the ministry's prediction to "Pakistan" and count one hit
    gold = [{"actor": "Pakistan", "action": "reject", "target": None},
            {"actor": "Ministry of Foreign Affairs of Pakistan", "action": "reject",
             "target": None}]
    ministry = Event(doc_id="t", actor=ActorRef("Pakistan's foreign ministry", None, "Q1",
                                    "Ministry of Foreign Affairs of Pakistan", "organization"),
                     action="reject", mode=None, target=None, evidence="x", span=(0, 1))
    country = Event(doc_id="t", actor=ActorRef("Islamabad", None, "PK", "Pakistan", "country"),
                    action="reject", mode=None, target=None, evidence="y", span=(2, 3))
    assert match_events(gold, [ministry, country]) == {0: 1, 1: 0}
    assert match_events(gold, [ministry]) == {0: 0}


def test_a_gold_name_agrees_with_its_acronym_only_when_the_letters_are_its_initials() -> None:
    party = ActorRef("SP", None, None, "SP", None)
    assert names_agree("Socialist Party (SP)", party)
    assert names_agree("Comprehensive Nuclear-Test-Ban Treaty (CTBT)",
                       ActorRef("CTBT", None, None, "CTBT", "treaty"))
    # "(UK)" qualifies the ministry; it is not its short form
    assert not names_agree("Ministry of Defence (UK)",
                           ActorRef("UK", None, "GB", "UK", "country"))
