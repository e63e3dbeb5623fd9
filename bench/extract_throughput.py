"""Throughput of `brink extract`: articles/s, words/s and peak memory for corpora of N articles.

For each N a synthetic corpus (bench/corpus.py, ~600 words an article) is written to a
temporary folder, then

- end to end: `brink extract corpus.jsonl --format jsonl --quiet` runs as a subprocess, start-up
  included; peak RSS is the child's maximum resident set size;
- in process: `Pipeline.analyse` on every article, reading and start-up excluded.

    python bench/extract_throughput.py                   # N = 100, 1000, 3000
    python bench/extract_throughput.py --sizes 300 3000 --lang nl --seed 1

Not a test: the figures depend on the machine. The table goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import LANGUAGES, write_jsonl

DEFAULT_SIZES = (100, 1000, 3000)


@dataclass
class Run:
    n: int
    words: int
    seconds: float
    peak_rss_mb: float
    statements: int
    returncode: int

    @property
    def articles_per_s(self) -> float:
        return self.n / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def brink_command() -> list[str]:
    """The installed `brink` next to this interpreter, else `python -m brink`."""
    exe = Path(sys.executable).with_name("brink")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("brink")
    return [found] if found else [sys.executable, "-m", "brink"]


# `--stages statements`: extraction only (statements and speakers), the core of `brink extract`;
# `full`: with actor linking and coding, the default of `brink extract`.
# full: as shipped; statements: statements and speakers only; linked: statements, speakers and
# actor linking (with `statements`, what loading the actor data and linking add end to end).
STAGE_OPTIONS = {
    "full": [],
    "statements": ["--no-link-actors", "--no-code"],
    "linked": ["--no-code"],
}


def end_to_end(corpus: Path, n: int, words: int, stages: str = "full") -> Run:
    """One subprocess run over the corpus; RSS of this child alone (children are waited one by
    one and ru_maxrss of RUSAGE_CHILDREN is the largest so far, so runs go smallest first)."""
    command = [
        *brink_command(),
        "extract",
        str(corpus),
        "--format",
        "jsonl",
        "--quiet",
        *STAGE_OPTIONS[stages],
    ]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - start
        out.seek(0)
        statements = sum(1 for _ in out)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace")[-2000:])
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Run(n, words, seconds, peak_kb / 1024, statements, proc.returncode)


def in_process(corpus: Path, n: int, words: int, stages: str = "full") -> Run:
    """`Pipeline.analyse` per article: the pipeline is built and warmed up before timing."""
    from brink.model import Document
    from brink.pipeline import Pipeline, Settings
    from brink.read import read_sources

    docs = [d for d in read_sources([str(corpus)]) if isinstance(d, Document)]
    pipeline = Pipeline(
        Settings(link_actors=stages != "statements", code_statements=stages == "full")
    )
    if docs:
        pipeline.analyse(docs[0])  # load language data, detectors, caches
    statements = 0
    start = time.perf_counter()
    for doc in docs:
        statements += len(pipeline.analyse(doc).statements)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Run(n, words, seconds, peak_kb / 1024, statements, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="also print the runs as JSON lines")
    parser.add_argument(
        "--stages",
        choices=sorted(STAGE_OPTIONS),
        default="full",
        help="full pipeline (default), statements and speakers only, or those and actor linking",
    )
    parser.add_argument(
        "--narration",
        type=float,
        default=None,
        help="share of narration sentences in the corpus (default: news-like, see corpus.py)",
    )
    parser.add_argument(
        "--no-in-process", action="store_true", help="only the end-to-end subprocess runs"
    )
    args = parser.parse_args(argv)

    print(
        f"brink extract throughput ({args.stages}) — {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs"
    )
    header = (
        f"{'mode':<12}{'N':>7}{'words':>10}{'seconds':>10}{'articles/s':>12}"
        f"{'words/s':>11}{'peak MB':>9}{'statements':>12}"
    )
    print(header)
    print("-" * len(header))
    runs: list[tuple[str, Run]] = []
    with tempfile.TemporaryDirectory(prefix="brink-bench-") as tmp:
        for n in sorted(args.sizes):
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            words = write_jsonl(corpus, n, seed=args.seed, lang=args.lang, narration=args.narration)
            modes = [("end-to-end", end_to_end)]
            if not args.no_in_process:
                modes.append(("in-process", in_process))
            for mode, measure in modes:
                try:
                    run = measure(corpus, n, words, args.stages)
                except Exception as exc:  # a broken build should not hide the other figures
                    print(f"{mode:<12}{n:>7}  failed: {exc.__class__.__name__}: {exc}"[:300])
                    runs.append((mode, Run(n, words, 0.0, 0.0, 0, 1)))
                    continue
                runs.append((mode, run))
                failed = "" if run.returncode == 0 else f"  (exit {run.returncode})"
                print(
                    f"{mode:<12}{run.n:>7}{run.words:>10}{run.seconds:>10.2f}"
                    f"{run.articles_per_s:>12.1f}{run.words_per_s:>11.0f}"
                    f"{run.peak_rss_mb:>9.0f}{run.statements:>12}{failed}",
                    flush=True,
                )
    print(
        "end-to-end: subprocess incl. start-up, peak = child max RSS; "
        "in-process: Pipeline.analyse only, peak = this process's max RSS"
    )
    if args.json:
        for mode, run in runs:
            record = {"mode": mode, **run.__dict__, "articles_per_s": run.articles_per_s}
            print(json.dumps(record))
    return 0 if all(run.returncode == 0 for _, run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
