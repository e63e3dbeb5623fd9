"""Scoring the coding stage against gold articles (called by `brink eval`).

Statements: nuclear-flag accuracy and code accuracy over matched (gold, predicted) pairs,
optional gold statements left out. Events: precision/recall/F1 where a predicted event matches
a gold event when the action is equal and actor and target both *agree*, counting the largest
one-to-one matching:

- two names agree when either, lower-cased, contains the other, or when the last word of the
  gold name (a surname, "Kremlin", "NATO") occurs as a word in the predicted name or surface
  text (so gold "Dmitry Medvedev" matches a predicted "Medvedev");
- a gold target of null agrees only with a predicted target of null;
- a gold name with its acronym in brackets ("Socialist Party (SP)") also agrees with the
  acronym alone, when its letters are the initials of the name's words.

Mode is reported separately (share of matched events whose mode is right).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from brink.coding.sentences import sentence_spans
from brink.model import ActorRef, Analysis, Document, Event, Speaker, Statement


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip()


_ACRONYM = re.compile(r"^(.*\S)\s*\(([A-Z]{2,})\)$")


def _acronym(gold: str) -> str | None:
    """The acronym in brackets after a gold name, when its letters are the initials of the
    name's words in order ("Socialist Party (SP)"; not "Ministry of Defence (UK)")."""
    m = _ACRONYM.match(gold.strip())
    if m is None:
        return None
    initials = iter(w[0].upper() for w in re.split(r"[\s-]+", m.group(1)) if w)
    return m.group(2) if all(letter in initials for letter in m.group(2)) else None


def names_agree(gold: str | None, ref: ActorRef | None) -> bool:
    if gold is None or ref is None:
        return gold is None and ref is None
    short = _acronym(gold)
    if short is not None and any(c and _norm(c) == short.lower()
                                 for c in (ref.name, ref.text, ref.actor_id)):
        return True
    g = _norm(gold)
    for cand in (ref.name, ref.text, ref.actor_id):
        if not cand:
            continue
        c = _norm(cand)
        if g in c or (len(c) > 2 and c in g):
            return True
        last = g.split()[-1] if g.split() else ""
        if last and re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", c):
            return True
    return False


def event_matches(gold: dict[str, Any], ev: Event) -> bool:
    return (gold.get("action") == ev.action and names_agree(gold.get("actor"), ev.actor)
            and names_agree(gold.get("target"), ev.target))


def match_events(gold: list[dict[str, Any]], predicted: list[Event]) -> dict[int, int]:
    """The largest one-to-one matching of gold to predicted events (gold index -> predicted
    index): a greedy pass would let a gold event take the prediction another one needs
    (gold "Pakistan" agrees with "Pakistan's foreign ministry" as well)."""
    fits = [[i for i, ev in enumerate(predicted) if event_matches(g, ev)] for g in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def place(g: int, tried: set[int]) -> bool:
        for i in fits[g]:
            if i in tried:
                continue
            tried.add(i)
            if i not in owner or place(owner[i], tried):
                owner[i] = g
                return True
        return False

    for g in range(len(gold)):
        place(g, set())
    return {g: i for i, g in owner.items()}


class CodingScore:
    """Accumulates coding figures over articles; `rows()` gives the summary lines."""

    def __init__(self) -> None:
        self.pairs = 0
        self.nuclear_right = 0
        self.code_right = 0
        self.confusions: Counter[tuple[str, str]] = Counter()
        self.events_gold = 0
        self.events_pred = 0
        self.events_hit = 0
        self.mode_right = 0
        self._misses: list[str] = []

    def add(self, article: dict[str, Any], analysis: Analysis,
            pairs: list[tuple[dict[str, Any], Statement]]) -> None:
        doc_id = article.get("id", analysis.document.id)
        for gold, pred in pairs:
            if gold.get("optional"):
                continue
            self.pairs += 1
            gold_code = gold.get("code", "other")
            pred_code = pred.codes[0].code if pred.codes else "other"
            self.confusions[(gold_code, pred_code)] += 1
            if bool(gold.get("nuclear")) == bool(pred.nuclear):
                self.nuclear_right += 1
            if gold_code == pred_code:
                self.code_right += 1
            else:
                why = ", ".join(pred.codes[0].evidence) if pred.codes else ""
                self._misses.append(
                    f"{doc_id}: code {pred_code} (gold {gold_code}) [{why}] "
                    f"{gold.get('content', '')[:90]!r}")
        gold_events = list(article.get("events") or [])
        predicted = list(analysis.events)
        self.events_gold += len(gold_events)
        self.events_pred += len(predicted)
        matched = match_events(gold_events, predicted)
        used = set(matched.values())
        for g, gold in enumerate(gold_events):
            if g in matched:
                self.events_hit += 1
                self.mode_right += gold.get("mode") == predicted[matched[g]].mode
            else:
                self._misses.append(
                    f"{doc_id}: event missed {gold.get('actor')} {gold.get('action')} "
                    f"{gold.get('target')} ({gold.get('mode')})")
        for i, ev in enumerate(predicted):
            if i not in used:
                self._misses.append(
                    f"{doc_id}: event extra {ev.actor.name or ev.actor.text} {ev.action} "
                    f"{(ev.target.name or ev.target.text) if ev.target else None} "
                    f"({ev.mode}) {ev.evidence[:70]!r}")

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def figures(self) -> dict[str, float]:
        p = self._ratio(self.events_hit, self.events_pred)
        r = self._ratio(self.events_hit, self.events_gold)
        return {
            "nuclear_accuracy": self._ratio(self.nuclear_right, self.pairs),
            "code_accuracy": self._ratio(self.code_right, self.pairs),
            "event_precision": p,
            "event_recall": r,
            "event_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "event_mode_accuracy": self._ratio(self.mode_right, self.events_hit),
        }

    def rows(self) -> list[tuple[str, str]]:
        f = self.figures()
        hit = self.events_hit
        return [
            ("nuclear-flag accuracy",
             f"{f['nuclear_accuracy']:.3f} ({self.nuclear_right}/{self.pairs})"),
            ("code accuracy", f"{f['code_accuracy']:.3f} ({self.code_right}/{self.pairs})"),
            ("event precision", f"{f['event_precision']:.3f} ({hit}/{self.events_pred})"),
            ("event recall", f"{f['event_recall']:.3f} ({hit}/{self.events_gold})"),
            ("event F1", f"{f['event_f1']:.3f}"),
            ("event mode accuracy", f"{f['event_mode_accuracy']:.3f} (of matched events)"),
        ]

    def tables(self) -> list[tuple[str, str]]:
        return [("codes of matched statements (gold in rows, predicted in columns)",
                 self.confusion())]

    def confusion(self) -> str:
        codes = sorted({c for pair in self.confusions for c in pair})
        if not codes:
            return "(no matched statements)"
        short = {c: c[:7] for c in codes}
        width = max(len(c) for c in codes) + 2
        lines = ["gold \\ predicted".ljust(width) + " ".join(short[c].rjust(7) for c in codes)]
        for g in codes:
            cells = " ".join(str(self.confusions.get((g, p), 0) or ".").rjust(7) for p in codes)
            lines.append(g.ljust(width) + cells)
        return "\n".join(lines)

    def misses(self) -> list[str]:
        return list(self._misses)


GoldPairs = list[tuple[dict[str, Any], Statement]]


def analysis_from_gold(article: dict[str, Any]) -> tuple[Analysis, GoldPairs]:
    """An `Analysis` whose statements are the gold statements (spans found by text search),
    paired with their gold records: for developing and testing coding without the extractor."""
    text = article["text"]
    doc = Document(id=article.get("id", "gold"), text=text, lang=article.get("lang"),
                   date=article.get("date"))
    analysis = Analysis(document=doc)
    pairs: GoldPairs = []
    cursor = 0
    for gold in article.get("statements", []):
        content = gold["content"]
        first = content.split(" ")[0:6]
        probe = " ".join(first)
        at = text.find(probe, cursor)
        if at < 0:
            at = text.find(probe)
        start = max(at, 0)
        end = min(len(text), start + len(content))
        if at >= 0:
            cursor = start
        s_lo, s_hi = next(((a, b) for a, b in sentence_spans(text, doc.lang or "en")
                           if a <= start < b), (start, end))
        s_hi = max(s_hi, end)
        mention = gold.get("speaker_mention")
        m_at = text.rfind(mention, 0, start + 400) if mention else -1
        cue = gold.get("cue")
        c_at = text.find(cue, max(0, start - 300)) if cue else -1
        st = Statement(
            doc_id=doc.id, lang=doc.lang or "en", kind=gold.get("kind", "indirect"),
            content=content, spans=[(start, end)], cue=cue,
            cue_span=(c_at, c_at + len(cue)) if cue and c_at >= 0 else None,
            speaker=Speaker(
                text=mention,
                span=(m_at, m_at + len(mention)) if mention and m_at >= 0 else None,
                name=gold.get("speaker"), type=gold.get("speaker_type", "unknown"),
                confidence=1.0),
            channel=gold.get("channel"), channel_span=None,
            sentence=text[s_lo:s_hi], sentence_span=(s_lo, s_hi),
        )
        analysis.statements.append(st)
        pairs.append((gold, st))
    return analysis, pairs
