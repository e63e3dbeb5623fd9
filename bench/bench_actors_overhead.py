"""How much actor linking adds to extraction: the pipeline with and without the actor stage.

    .venv/bin/python bench/bench_actors_overhead.py [GOLD_DIR] [--rounds N] [--coding]

By default both pipelines stop after the speakers (statements + speakers, the extraction
proper); `--coding` codes the statements in both, as `brink extract` does by default.

Runs both pipelines in alternation over the gold articles (after one warm-up round) and
reports, for each, the sum over the articles of the best CPU time of each article (process
time, so other load on the machine counts less; taking the best per article rather than per
round keeps a burst of load in one round from deciding the figure). The median of the
round-by-round overheads is printed as a check. Loading the knowledge base is a one-off cost
per process, reported apart.
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
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds (default 15)")
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

    def run(pipeline: Pipeline) -> list[float]:
        """CPU seconds per article."""
        times = []
        for r in rows:
            doc = Document(id=r["id"], text=r["text"], lang=r.get("lang"), date=r.get("date"))
            t = time.process_time()
            pipeline.analyse(doc)
            times.append(time.process_time() - t)
        return times

    for pipeline in pipelines.values():
        run(pipeline)  # warm-up: lazily loaded language data, caches
    best = {name: [float("inf")] * len(rows) for name in pipelines}
    ratios: list[float] = []
    for _ in range(args.rounds):
        totals = {}
        for name, pipeline in pipelines.items():
            times = run(pipeline)
            best[name] = list(map(min, best[name], times))
            totals[name] = sum(times)
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
