"""Importing a 50,000-row Strong export: time and memory of a dry run, the import, and the same file again.

Run: `.venv/bin/python -m benchmarks.bench_import [--rows 50000]`.
The file is made here (5,000 workouts of 10 sets, one every day back from now, 12 exercise names of
which two are not in the catalog), then read by `shared.importing.service.import_file` on the embedded
store: the code the route runs, without HTTP. Peak memory is the process's resident set (ru_maxrss)
after each step. Writes the `import` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.report import machine, write_section
from shared.importing.service import import_file
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore

NAMES = ("Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)", "Overhead Press (Barbell)",
         "Pull Up", "Bent Over Row (Barbell)", "Lat Pulldown (Cable)", "Bicep Curl (Dumbbell)", "Leg Press",
         "Plank", "Sled Push", "Zottman Curl")  # fmt: skip
HEADER = ("Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (kg),Reps,RPE,"
          "Distance (meters),Seconds,Notes,Workout Notes\n")  # fmt: skip
SETS = 10


def make_file(rows: int) -> list[str]:
    lines = [HEADER]
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=rows // SETS + 1)
    for w in range(rows // SETS):
        when = (start + timedelta(days=w)).strftime("%Y-%m-%d 18:%M:%S")
        for s in range(SETS):
            name = NAMES[(w + s // 3) % len(NAMES)]
            order = "W" if s == 0 else str(s)
            lines.append(f"{w + 1},{when},Day {w % 3},3600,{name},{order},{40 + (w + s) % 60},{5 + s % 5},8,,,,\n")
    return lines


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run(rows: int) -> str:
    lines = make_file(rows)
    size = sum(len(line) for line in lines)
    results = []
    with tempfile.TemporaryDirectory(prefix="vigor-bench-import-") as tmp:
        store = SqliteDocumentStore(Path(tmp) / "store.sqlite3", containers.ALL, synchronous="NORMAL")
        await store.initialize()
        for label, dry_run in (("dry run", True), ("import", False), ("same file again", False)):
            started = time.perf_counter()
            summary = await import_file(store, "bench-user", lines, dry_run=dry_run, units="kg")
            elapsed = time.perf_counter() - started
            results.append((label, elapsed, rss_mib(), summary))
        await store.close()
    table = ["| step | seconds | rows/s | peak RSS | sessions new / duplicate | sets written |", "| --- " * 6 + "|"]
    for label, elapsed, rss, s in results:
        table.append(f"| {label} | {elapsed:.1f} | {rows / elapsed:,.0f} | {rss:.0f} MiB | "
                     f"{s.sessions_new:,} / {s.duplicates_skipped:,} | {s.sets_imported:,} |")  # fmt: skip
    return (
        "## Import: a 50,000-row Strong export (`python -m benchmarks.bench_import`)\n\n"
        f"Machine: {machine()}.\n"
        f"File: {rows:,} rows ({size / 2**20:.1f} MiB), {rows // SETS:,} workouts of {SETS} sets, 12 exercise "
        "names (2 become custom exercises); embedded store (WAL, synchronous=NORMAL); `import_file` in-process.\n\n"
        + "\n".join(table)
        + "\n\nThe whole file is held as text lines while it is read (the request body is in memory too); "
        "each workout is one transactional write of the session with its week and summary."
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    section = asyncio.run(run(args.rows))
    print(section)
    write_section("import", section)


if __name__ == "__main__":
    main()
