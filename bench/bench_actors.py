"""Actor linking on the gold articles: entity recall, speaker linking, load and link time.

    .venv/bin/python bench/bench_actors.py [GOLD_DIR] [-v]

Speaker linking is measured on statements rebuilt from the gold annotations (mention text and
its span nearest the content; pronoun mentions carry the gold name, as the extraction's
resolution would), so the figure isolates the linking stage from extraction errors.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from brink.actors import Linker, load_knowledge_base
from brink.actors.evaluation import ActorScore
from brink.model import Analysis, Document, Speaker, Statement

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
PRONOUNS = {
    "hij",
    "zij",
    "ze",
    "die",
    "he",
    "she",
    "they",
    "it",
    "hem",
    "haar",
    "him",
    "her",
    "zijn",
    "his",
}


def _statement(doc: Document, gold: dict[str, Any]) -> Statement:
    text = doc.text
    mention = gold.get("speaker_mention")
    at = text.find(gold.get("content", "")[:40])
    span = None
    if mention:
        spots = [i for i in range(len(text)) if text.startswith(mention, i)]
        if spots:
            best = min(spots, key=lambda i: abs(i - at))
            span = (best, best + len(mention))
    name = gold.get("speaker") if not mention or mention.casefold() in PRONOUNS else None
    speaker = Speaker(text=mention, span=span, name=name)
    return Statement(
        doc_id=doc.id,
        lang=doc.lang or "",
        kind=gold["kind"],
        content=gold.get("content", ""),
        spans=[(max(at, 0), max(at, 0) + 1)],
        cue=gold.get("cue"),
        cue_span=None,
        speaker=speaker,
        channel=gold.get("channel"),
        channel_span=None,
        sentence="",
        sentence_span=(0, 0),
    )


def main(argv: list[str]) -> None:
    gold_dir = Path(next((a for a in argv if not a.startswith("-")), GOLD))
    articles = [
        json.loads(line)
        for path in sorted(gold_dir.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    t0 = time.perf_counter()
    kb = load_knowledge_base()
    t_load = time.perf_counter() - t0
    linker = Linker(kb)
    score = ActorScore(kb)
    words = 0
    t_link = 0.0
    for art in articles:
        doc = Document(id=art["id"], text=art["text"], lang=art.get("lang"), date=art.get("date"))
        words += len(doc.text.split())
        statements = [_statement(doc, g) for g in art.get("statements") or []]
        analysis = Analysis(document=doc, statements=statements)
        t = time.perf_counter()
        linker.link(analysis)
        t_link += time.perf_counter() - t
        score.add(art, analysis, list(zip(art.get("statements") or [], statements, strict=True)))
    # Steady-state timing: mentions only, 20 rounds.
    docs = [
        Document(id=a["id"], text=a["text"], lang=a.get("lang"), date=a.get("date"))
        for a in articles
    ]
    t = time.perf_counter()
    for _ in range(20):
        for doc in docs:
            linker.link(Analysis(document=doc))
    per_doc = (time.perf_counter() - t) / (20 * len(docs))
    per_600 = per_doc * 600 / (words / len(docs))
    print(f"articles: {len(articles)}, actors: {len(kb)}")
    print(f"knowledge base load: {t_load * 1000:.1f} ms (cached compile; first build is slower)")
    print(f"linking: {per_doc * 1000:.2f} ms per article, {per_600 * 1000:.2f} ms per 600 words")
    for label, value in score.rows():
        print(f"{label}: {value}")
    if "-v" in argv:
        for line in score.misses():
            print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1:])
