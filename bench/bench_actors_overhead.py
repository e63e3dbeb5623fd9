"""How much actor linking adds to extraction: the pipeline with and without the actor stage.

    .venv/bin/python bench/bench_actors_overhead.py [GOLD_DIR] [--rounds N] [--coding]

By default both pipelines stop after the speakers (statements + speakers, the extraction
proper); `--coding` codes the statements in both, as `brink extract` does by default.

Runs both pipelines on each article in turn, back to back (which goes first alternates from
round to round), after one warm-up round, and reports for each the sum over the articles of the
best CPU time of each article (process time, so other load on the machine counts less; taking
the best per article rather than per round keeps a burst of load from deciding the figure, and
timing the two on the same article one after the other keeps slow drifts of a shared machine
out of the comparison). The median of the round-by-round overheads is printed as a check.
Loading the knowledge base is a one-off cost per process, reported apart.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from brink.model import Document
from brink.pipeline import Pipeline, Settings

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--rounds", type=int, default=20, help="timed rounds (default 20)")
    parser.add_argument(
        "--coding", action="store_true", help="code the statements in both pipelines"
    )
    args = parser.parse_args(argv)
    rows = [
        json.loads(line)
        for path in sorted(args.gold.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    words = sum(len(r["text"].split()) for r in rows) / len(rows)
    without = Pipeline(Settings(link_actors=False, code_statements=args.coding))
    t = time.perf_counter()
    with_actors = Pipeline(Settings(link_actors=True, code_statements=args.coding))
    load = time.perf_counter() - t
    pipelines = {"without actors": without, "with actors": with_actors}

    docs = [(r["id"], r["text"], r.get("lang"), r.get("date")) for r in rows]

    def cpu_time(pipeline: Pipeline, k: int) -> float:
        """CPU seconds to analyse article k."""
        doc = Document(id=docs[k][0], text=docs[k][1], lang=docs[k][2], date=docs[k][3])
        t = time.process_time()
        pipeline.analyse(doc)
        return time.process_time() - t

    names = list(pipelines)
    for name in names:  # warm-up: lazily loaded language data, caches
        for k in range(len(docs)):
            cpu_time(pipelines[name], k)
    best = {name: [float("inf")] * len(docs) for name in names}
    ratios: list[float] = []
    for round_no in range(args.rounds):
        order = names if round_no % 2 == 0 else names[::-1]
        totals = dict.fromkeys(names, 0.0)
        for k in range(len(docs)):
            for name in order:
                spent = cpu_time(pipelines[name], k)
                best[name][k] = min(best[name][k], spent)
                totals[name] += spent
        ratios.append(totals["with actors"] / totals["without actors"])
    per_article = {name: sum(values) / len(rows) for name, values in best.items()}
    base, linked = per_article["without actors"], per_article["with actors"]
    what = "with coding" if args.coding else "statements and speakers"
    print(f"{len(rows)} articles, {words:.0f} words on average, {args.rounds} rounds, {what}")
    print(f"loading the knowledge base and the linker (once per process): {load * 1000:.0f} ms")
    for name, value in per_article.items():
        print(f"{name}: {value * 1000:.2f} ms per article ({1 / value:.0f} articles/s)")
    print(f"actor linking adds {100 * (linked - base) / base:.1f}% to extraction time")
    median = 100 * (statistics.median(ratios) - 1)
    print(f"(median of the rounds: {median:.1f}%)")


if __name__ == "__main__":
    main()
