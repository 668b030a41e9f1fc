"""Whether the working tree's plan engine writes the same plans as another revision's: a speed change's proof.

`python -m benchmarks.engine_equivalence BASE_REV [--count N]` checks BASE_REV out into a temporary git worktree,
generates plans for the same seeded profiles with each tree's code (a subprocess per tree, `PYTHONPATH` set to the
tree, `PYTHONHASHSEED=0`, plan id and time fixed) and compares the plans' JSON. Exit status 0 when every plan is
byte-identical; otherwise the differing profiles and the first plan's diff are printed and the status is 1.

Profiles: the `bench_engine` set (seed 7, 400 profiles: where the slow tail is) and `--count` broad profiles
(seed 13): every level, goal, equipment set, 0-9 injuries of any severity, 1-7 days, 15-180 minutes, birth years
1935-2008 or none, PAR-Q answers with and without clearance, preferred days and overrides (focus, days, minutes,
exercises to avoid). Not a committed golden test: other sessions change plan contents, this compares two trees.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench_profiles() -> list[tuple[dict, dict | None]]:
    """`bench_engine._profiles(400)`, rebuilt here so the base tree needs no copy of this script's helpers."""
    import random

    from shared.profile import EQUIPMENT, GOALS, INJURY_AREAS, LEVELS, SEVERITIES

    rng = random.Random(7)
    out = []
    for _ in range(400):
        areas = rng.sample(INJURY_AREAS, rng.choice([0, 0, 1, 2, 3]))
        out.append(
            (
                {
                    "fitness_level": rng.choice(LEVELS),
                    "goals": rng.sample(GOALS, rng.randint(1, 3)),
                    "equipment": rng.sample(EQUIPMENT, rng.randint(0, len(EQUIPMENT))),
                    "injuries": [{"area": a, "severity": rng.choice(SEVERITIES)} for a in areas],
                    "days_per_week": rng.randint(1, 7),
                    "session_minutes": rng.randint(15, 180),
                    "par_q": {"dizziness": rng.random() < 0.1},
                },
                None,
            )
        )
    return out


WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _broad_profiles(count: int, ids: list[str]) -> list[tuple[dict, dict | None]]:
    """`count` seeded profiles over every field the engine reads, a third with overrides."""
    import random

    from shared.profile import EQUIPMENT, GOALS, INJURY_AREAS, LEVELS, SEVERITIES
    from shared.profile.model import PAR_Q_QUESTIONS

    rng = random.Random(13)
    out: list[tuple[dict, dict | None]] = []
    for _ in range(count):
        areas = rng.sample(INJURY_AREAS, rng.choice([0, 0, 0, 1, 1, 2, 3, 4, len(INJURY_AREAS)]))
        par_q = {q: rng.random() < 0.08 for q in PAR_Q_QUESTIONS}
        par_q["medical_clearance"] = any(par_q.values()) and rng.random() < 0.5
        profile = {
            "fitness_level": rng.choice(LEVELS),
            "goals": rng.sample(GOALS, rng.randint(1, 3)),
            "equipment": rng.sample(EQUIPMENT, rng.randint(0, len(EQUIPMENT))),
            "injuries": [{"area": a, "severity": rng.choice(SEVERITIES)} for a in areas],
            "days_per_week": rng.randint(1, 7),
            "session_minutes": rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120, 180, rng.randint(15, 180)]),
            "birth_year": rng.choice([None, None, rng.randint(1935, 2008)]),
            "preferred_days": rng.sample(WEEKDAYS, rng.randint(0, 7)) if rng.random() < 0.3 else [],
            "par_q": par_q,
        }
        overrides = None
        if rng.random() < 0.3:
            overrides = {
                "focus": rng.choice([None, *GOALS]),
                "days_per_week": rng.choice([None, rng.randint(1, 7)]),
                "session_minutes": rng.choice([None, rng.randint(15, 180)]),
                "avoid": tuple(sorted(rng.sample(ids, rng.randint(0, 4)))),
            }
        out.append((profile, overrides))
    return out


def dump(count: int, out: Path) -> None:
    """Generate every profile's plan with the code on `sys.path` and write one JSON plan (or error) per line."""
    from datetime import UTC, datetime

    from shared.exercises.catalog import all_exercises
    from shared.plans.engine import generate_plan
    from shared.plans.rules import PlanOverrides
    from shared.profile import FitnessProfile

    ids = sorted(e.id for e in all_exercises())
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    with out.open("w") as handle:
        for number, (fields, overrides) in enumerate(_bench_profiles() + _broad_profiles(count, ids)):
            try:
                profile = FitnessProfile(**fields)
                wanted = PlanOverrides(**overrides) if overrides else None
                plan = generate_plan(profile, wanted, plan_id=f"p{number}", now=now)
                line = plan.model_dump_json()
            except Exception as error:
                line = json.dumps({"error": f"{type(error).__name__}: {error}"})
            handle.write(json.dumps({"profile": fields, "overrides": overrides}, default=list) + "\t" + line + "\n")


def _run_dump(tree: Path, count: int, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0", "CI": "true"}
    code = f"import runpy, sys; sys.argv = ['x', '--dump', {str(out)!r}, '--count', '{count}']; "
    code += f"runpy.run_path({str(Path(__file__).resolve())!r}, run_name='__main__')"
    subprocess.run([sys.executable, "-c", code], cwd=tree, env=env, check=True)


def main() -> int:
    """Compare BASE_REV's plans with the working tree's; print the verdict."""
    parser = argparse.ArgumentParser()
    parser.add_argument("base", nargs="?", help="the git revision to compare with")
    parser.add_argument("--count", type=int, default=400, help="broad profiles beside the bench's 400")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(args.count, args.dump)
        return 0
    if not args.base:
        parser.error("BASE_REV is required")
    with tempfile.TemporaryDirectory(prefix="engine-equivalence-") as temp:
        base_tree = Path(temp) / "base"
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(base_tree), args.base], cwd=ROOT, check=True)
        try:
            _run_dump(base_tree, args.count, Path(temp) / "base.jsonl")
            _run_dump(ROOT, args.count, Path(temp) / "work.jsonl")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base_tree)], cwd=ROOT, check=True)
        base = (Path(temp) / "base.jsonl").read_text().splitlines()
        work = (Path(temp) / "work.jsonl").read_text().splitlines()
    differ = [n for n, (a, b) in enumerate(zip(base, work, strict=True)) if a != b]
    errors = sum('\t{"error"' in line for line in work)
    digest = hashlib.sha256("\n".join(work).encode()).hexdigest()[:12]
    print(f"{len(work)} plans ({errors} raised an error in the working tree), sha256 {digest}")
    if not differ:
        print(f"identical: every plan's JSON is byte-identical to {args.base}'s")
        return 0
    print(f"DIFFERENT: {len(differ)} of {len(work)} plans, profiles #{differ[:20]}")
    first = differ[0]
    print(base[first].split("\t")[0])
    a = json.dumps(json.loads(base[first].split("\t")[1]), indent=1).splitlines()
    b = json.dumps(json.loads(work[first].split("\t")[1]), indent=1).splitlines()
    print("\n".join(list(difflib.unified_diff(a, b, "base", "work", lineterm=""))[:80]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
