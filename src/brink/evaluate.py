"""Scoring extraction against gold annotations (the rule of ``GUIDELINES.md``).

A predicted statement matches a gold one when the token-overlap F1 of their ``content``
(lower-cased word tokens) is at least 0.5; matching is one-to-one, best pairs first. Optional
gold statements neither count as misses nor make their matches false positives. A matched pair
is *attributed* when any ``speaker_accept`` string occurs in the predicted speaker's name or
mention (case-sensitive, as written in the gold).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brink.model import Statement

MATCH_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


class GoldFileError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


def content_tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = content_tokens(a), content_tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def speaker_accepted(gold: dict[str, Any], predicted: Statement) -> bool:
    accept = gold.get("speaker_accept") or [gold.get("speaker") or ""]
    haystacks = [h for h in (predicted.speaker.name, predicted.speaker.text) if h]
    return any(a and a in h for a in accept for h in haystacks)


@dataclass(slots=True)
class Matching:
    """The one-to-one pairing of gold and predicted statements for one article."""

    pairs: list[tuple[int, int, float]]  # (gold index, predicted index, F1)
    gold: list[dict[str, Any]]
    predicted: list[Statement]

    def matched_pairs(self) -> list[tuple[dict[str, Any], Statement]]:
        return [(self.gold[g], self.predicted[p]) for g, p, _ in self.pairs]


def match_statements(gold: list[dict[str, Any]], predicted: list[Statement]) -> Matching:
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            f1 = token_f1(g["content"], p.content)
            if f1 >= MATCH_THRESHOLD:
                candidates.append((f1, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for f1, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, f1))
    pairs.sort()
    return Matching(pairs=pairs, gold=gold, predicted=predicted)


@dataclass(slots=True)
class Tally:
    """Counts behind precision/recall: true positives, predictions and gold items that count.

    `tp` counts matched gold items (recall), `tp_predicted` matched predictions (precision).
    They differ only in a slice by kind, where a gold quote may be matched by a prediction of
    another kind: it is matched gold of its kind and a matched prediction of the other.
    """

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    tp_predicted: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        self.tp_predicted += other.tp_predicted

    @property
    def precision(self) -> float:
        return self.tp_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class ArticleScore:
    article_id: str
    lang: str
    content: Tally
    attributed: Tally
    by_kind: dict[str, tuple[Tally, Tally]]  # kind -> (content, attributed)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)


def score_article(article: dict[str, Any], predicted: list[Statement]) -> ArticleScore:
    gold = article.get("statements") or []
    matching = match_statements(gold, predicted)
    matched_gold = {g for g, _, _ in matching.pairs}
    pred_of = {g: p for g, p, _ in matching.pairs}
    optional_pred = {p for g, p, _ in matching.pairs if gold[g].get("optional")}
    content, attributed = Tally(), Tally()
    by_kind: dict[str, tuple[Tally, Tally]] = {}

    def kind_tallies(kind: str) -> tuple[Tally, Tally]:
        return by_kind.setdefault(kind, (Tally(), Tally()))

    score = ArticleScore(
        article.get("id", "?"), article.get("lang", "?"), content, attributed, by_kind
    )
    for gi, g in enumerate(gold):
        if g.get("optional"):
            continue
        kc, ka = kind_tallies(g["kind"])
        content.gold += 1
        attributed.gold += 1
        kc.gold += 1
        ka.gold += 1
        if gi not in matched_gold:
            score.misses.append(f"[{g['kind']}] {g['speaker']}: {g['content']}")
            continue
        p = predicted[pred_of[gi]]
        pc, pa = kind_tallies(p.kind)  # the prediction's own kind, for precision
        content.tp += 1
        content.tp_predicted += 1
        kc.tp += 1
        pc.tp_predicted += 1
        if speaker_accepted(g, p):
            attributed.tp += 1
            attributed.tp_predicted += 1
            ka.tp += 1
            pa.tp_predicted += 1
        else:
            score.wrong_speakers.append(
                f"[{g['kind']}] gold {g['speaker']!r} got {p.speaker.name!r} "
                f"(mention {p.speaker.text!r}): {g['content'][:80]}"
            )
    for pi, p in enumerate(predicted):
        if pi in optional_pred:
            continue
        kc, ka = kind_tallies(p.kind)
        content.predicted += 1
        attributed.predicted += 1
        kc.predicted += 1
        ka.predicted += 1
        if pi not in pred_of.values():
            who = p.speaker.name or p.speaker.text
            score.false_alarms.append(f"[{p.kind}] {who}: {p.content}")
    return score


def read_gold(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        try:
            handle = path.open(encoding="utf-8")
        except OSError as exc:
            raise GoldFileError(f"{path}: cannot open ({exc.strerror})") from exc
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    article = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFileError(f"{path}:{number}: not JSON ({exc.msg})") from exc
                if not isinstance(article, dict) or "text" not in article:
                    raise GoldFileError(f"{path}:{number}: an article needs at least `text`")
                yield article
