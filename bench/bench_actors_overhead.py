"""How much actor linking adds to extraction: the pipeline with and without the actor stage.

    .venv/bin/python bench/bench_actors_overhead.py [GOLD_DIR]

Runs both pipelines in alternation on the gold articles and reports the best CPU time per
article of each (process time, so other load on the machine counts less).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from brink.model import Document
from brink.pipeline import Pipeline, Settings

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def main(argv: list[str]) -> None:
    gold = Path(argv[0]) if argv else GOLD
    rows = [
        json.loads(line)
        for path in sorted(gold.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    words = sum(len(r["text"].split()) for r in rows) / len(rows)
    pipelines = {
        "without actors": Pipeline(Settings(link_actors=False, code_statements=False)),
        "with actors": Pipeline(Settings(link_actors=True, code_statements=False)),
    }
    best = dict.fromkeys(pipelines, float("inf"))
    for _ in range(7):
        for name, pipeline in pipelines.items():
            t = time.process_time()
            for r in rows:
                doc = Document(id=r["id"], text=r["text"], lang=r.get("lang"), date=r.get("date"))
                pipeline.analyse(doc)
            best[name] = min(best[name], (time.process_time() - t) / len(rows))
    base, linked = best["without actors"], best["with actors"]
    print(f"{len(rows)} articles, {words:.0f} words on average")
    for name, value in best.items():
        print(f"{name}: {value * 1000:.2f} ms per article ({1 / value:.0f} articles/s)")
    print(f"actor linking adds {100 * (linked - base) / base:.1f}% to extraction time")


if __name__ == "__main__":
    main(sys.argv[1:])
