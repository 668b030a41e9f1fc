"""Thread CPU time of `generate_plan` over the `bench_engine` profiles, robust to a shared machine's load.

`PYTHONPATH=TREE python benchmarks/engine_cpu.py [--rounds N]` (TREE: a checkout, e.g. a temporary worktree of the
revision to compare): each profile is generated N times (default 2) after 20 warm-up plans and its least thread
CPU time is kept (other processes add to wall time and, through the caches, to CPU time: the least is the closest
to a quiet machine). Prints one JSON line: mean, p50, p95, p99 and max in ms. Run it for two trees in turn,
several times each, to compare them (docs/benchmarks.md, "Plan engine").
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    """Print the percentiles of each profile's least thread CPU time."""
    from benchmarks.bench_engine import _profiles
    from benchmarks.report import percentiles
    from shared.exercises.catalog import all_exercises
    from shared.plans.engine import generate_plan

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    all_exercises()
    profiles = _profiles(400)
    for profile in profiles[:20]:
        generate_plan(profile)
    least = [float("inf")] * len(profiles)
    for _ in range(args.rounds):
        for n, profile in enumerate(profiles):
            start = time.thread_time()
            generate_plan(profile)
            least[n] = min(least[n], (time.thread_time() - start) * 1000)
    p = percentiles(least)
    out = {"mean": sum(least) / len(least), **{k: p[k] for k in ("p50", "p95", "p99", "max")}}
    print(json.dumps({k: round(v, 2) for k, v in out.items()}))


if __name__ == "__main__":
    main()
