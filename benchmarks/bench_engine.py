"""Plan generation and validation latency over varied profiles: `python -m benchmarks.bench_engine`.

Targets: generation p99 < 20 ms, validation p99 < 5 ms (one core, warm catalog).
"""

from __future__ import annotations

import os
import random
import time

from benchmarks.report import machine, percentiles, write_section
from shared.exercises.catalog import all_exercises
from shared.plans.engine import generate_plan
from shared.plans.validator import validate_plan
from shared.profile import EQUIPMENT, GOALS, INJURY_AREAS, LEVELS, SEVERITIES, FitnessProfile, ParQ

PROFILES = 400
ROUNDS = 3


def _profiles(count: int, seed: int = 7) -> list[FitnessProfile]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        areas = rng.sample(INJURY_AREAS, rng.choice([0, 0, 1, 2, 3]))
        out.append(
            FitnessProfile(
                fitness_level=rng.choice(LEVELS),
                goals=rng.sample(GOALS, rng.randint(1, 3)),
                equipment=rng.sample(EQUIPMENT, rng.randint(0, len(EQUIPMENT))),
                injuries=[{"area": a, "severity": rng.choice(SEVERITIES)} for a in areas],
                days_per_week=rng.randint(1, 7),
                session_minutes=rng.randint(15, 180),
                par_q=ParQ(dizziness=rng.random() < 0.1),
            )
        )
    return out


def main() -> None:
    """Time generation and validation, print and record the percentiles."""
    all_exercises()  # load the catalog once, as a warm instance would have
    profiles = _profiles(PROFILES)
    for profile in profiles[:20]:
        validate_plan(generate_plan(profile), profile)
    gen_ms: list[float] = []
    val_ms: list[float] = []
    gen_cpu: list[float] = []
    val_cpu: list[float] = []
    violations = 0
    for _ in range(ROUNDS):
        for profile in profiles:
            start, cpu0 = time.perf_counter(), time.thread_time()
            plan = generate_plan(profile)
            middle, cpu1 = time.perf_counter(), time.thread_time()
            report = validate_plan(plan, profile)
            end, cpu2 = time.perf_counter(), time.thread_time()
            gen_ms.append((middle - start) * 1000)
            val_ms.append((end - middle) * 1000)
            gen_cpu.append((cpu1 - cpu0) * 1000)
            val_cpu.append((cpu2 - cpu1) * 1000)
            violations += len(report.violations)

    def row(name: str, samples: list[float], target: float) -> str:
        p = percentiles(samples)
        verdict = "meets" if p["p99"] < target else "MISSES"
        return (
            f"| {name} | {p['p50']:.2f} | {p['p95']:.2f} | {p['p99']:.2f} | {p['max']:.2f} | "
            f"< {target:g} ms ({verdict}) |"
        )

    load = os.getloadavg()[0]
    body = "\n".join(
        [
            "## Plan engine",
            "",
            f"`python -m benchmarks.bench_engine`: {PROFILES} random valid profiles x {ROUNDS} rounds "
            f"({len(gen_ms)} plans), one process, catalog loaded. Violations found in engine plans: {violations}.",
            f"Machine: {machine()}; 1-minute load average at the end: {load:.1f} "
            f"(wall-clock tails grow when other processes share the cores; thread CPU time does not).",
            "",
            "| step | p50 ms | p95 ms | p99 ms | max ms | target p99 |",
            "| --- | --- | --- | --- | --- | --- |",
            row("generate_plan (wall)", gen_ms, 20),
            row("generate_plan (thread CPU)", gen_cpu, 20),
            row("validate_plan (wall)", val_ms, 5),
            row("validate_plan (thread CPU)", val_cpu, 5),
        ]
    )
    print(body)
    write_section("engine", body)


if __name__ == "__main__":
    main()
