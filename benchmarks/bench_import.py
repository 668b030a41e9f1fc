"""Importing a 50,000-row Strong export: time and memory of a dry run, the import, and the same file again,
in the request's code and through the job path.

Run: `.venv/bin/python -m benchmarks.bench_import [--rows 50000] [--cloud]`.
The file is made here (5,000 workouts of 10 sets, one every day back from now, 12 exercise names of
which two are not in the catalog), then read by `shared.importing.service.import_file` on the embedded
store: the code the route runs for a small file, without HTTP. Then, in a fresh process (`--job`), the
file is staged from disk into the directory blob store and imported by the `import` job from the
import queue (`create_job` + `run_job_message`, as the local host runs it), streamed. Peak memory is
the process's resident set (ru_maxrss) after each step. Writes the `import` section of docs/benchmarks.md.
`--cloud` runs only the job path with Azure's adapters: the Cosmos DB protocol server for the store, Azurite
for the import queue and the staged blob (both started here on 127.0.0.1), and writes the `import-cloud` section.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
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


async def run_job_path(rows: int) -> str:
    """Stage the file from disk and run the import job on it (a fresh process: its own peak RSS)."""
    from shared.bootstrap import build_services
    from shared.config import get_settings
    from shared.importing import staging
    from shared.importing.jobs import KIND
    from shared.jobs.service import create_job, run_job_message
    from shared.queue import names

    with tempfile.TemporaryDirectory(prefix="vigor-bench-import-job-") as tmp:
        os.environ["VIGOR_DATA_DIR"] = tmp
        path = Path(tmp) / "export.csv"
        path.write_text("".join(make_file(rows)))
        get_settings.cache_clear()
        services = await build_services(get_settings())
        base = rss_mib()

        async def chunks() -> AsyncIterator[bytes]:
            with path.open("rb") as handle:
                while chunk := handle.read(256 * 1024):
                    yield chunk

        started = time.perf_counter()
        staged = await staging.stage(services, "bench-user", chunks(), services.clock())
        staged_s = time.perf_counter() - started
        job = await create_job(services, "bench-user", KIND, {"staged_id": staged.id, "dry_run": False,
                                                               "units": "kg"}, queue=names.IMPORT_JOBS)  # fmt: skip
        [message] = await services.queue.receive(names.IMPORT_JOBS, 1, visibility_timeout=600)
        await run_job_message(services, message.body, names.IMPORT_JOBS, message.id)
        elapsed = time.perf_counter() - started
        done = await services.store.read("ai", "bench-user", job["id"])
        await services.close()
    result = done["result"]
    return (f"| job path: stage + import job | {elapsed:.1f} (staging {staged_s:.2f}) | {rows / elapsed:,.0f} | "
            f"{rss_mib():.0f} MiB (process at start {base:.0f} MiB) | {result['sessions_new']:,} / "
            f"{result['duplicates_skipped']:,} | {result['sets_imported']:,} |")  # fmt: skip


def rss_mib() -> float:
    """The process's peak resident set: VmHWM (reset by exec, unlike ru_maxrss, which a child started with
    subprocess inherits from its parent), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
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
    job = subprocess.run([sys.executable, "-m", "benchmarks.bench_import", "--rows", str(rows), "--job"],
                         capture_output=True, text=True, check=True, timeout=1200)  # fmt: skip
    table.append(job.stdout.strip().splitlines()[-1])
    return (
        "## Import: a 50,000-row Strong export (`python -m benchmarks.bench_import`)\n\n"
        f"Machine: {machine()}.\n"
        f"File: {rows:,} rows ({size / 2**20:.1f} MiB), {rows // SETS:,} workouts of {SETS} sets, 12 exercise "
        "names (2 become custom exercises); embedded store (WAL, synchronous=NORMAL); `import_file` in-process.\n\n"
        + "\n".join(table)
        + "\n\nIn the request's code the whole file is held as text lines (files over 1 MiB or 5,000 rows go to the "
        "job instead). The job path streams the staged file (256 KiB chunks) and holds the parsed sets and the "
        "new session documents, not the text. Sessions are created in batches of 25, then each touched week is "
        "rebuilt once from its sessions and the summary once (`shared/workouts/bulk.py`); before that change "
        "every workout was its own write of the session with its week and the summary."
    )


def run_cloud(rows: int) -> str:
    """The job path on the Cosmos DB protocol server and Azurite (queues and blobs): the adapters Azure runs."""
    from tests.support.azurite import azurite_blob, azurite_queue
    from tests.support.cosmos_server import KEY, cosmos_server

    with cosmos_server() as endpoint, azurite_queue() as queues, azurite_blob() as blobs:
        env = {**os.environ, "COSMOS_ENDPOINT": endpoint, "COSMOS_KEY": KEY, "COSMOS_VERIFY_TLS": "false",
               "COSMOS_DATABASE": "bench-import",
               "AzureWebJobsStorage": f"{queues}BlobEndpoint={blobs.split('BlobEndpoint=')[1]}"}  # fmt: skip
        job = subprocess.run([sys.executable, "-m", "benchmarks.bench_import", "--rows", str(rows), "--job"],
                             capture_output=True, text=True, check=True, timeout=3600, env=env)  # fmt: skip
    table = ["| step | seconds | rows/s | peak RSS | sessions new / duplicate | sets written |", "| --- " * 6 + "|"]
    table.append(job.stdout.strip().splitlines()[-1])
    return (
        "## Import on Azure's adapters (`python -m benchmarks.bench_import --cloud`)\n\n"
        f"Machine: {machine()}.\n"
        f"The same {rows:,}-row file through the job path, with the store on the Cosmos DB protocol server "
        "(`@vercel/cosmosdb-server`, one partition, in-memory, over HTTPS) and the import queue and staged blob on "
        "Azurite, all on 127.0.0.1. The protocol server is a JavaScript model of Cosmos DB, not its engine: the "
        "time shows the number of round trips the job makes, not Azure's latency or RU charges; it answers each "
        "query by scanning the container's documents in JavaScript, so its time per row grows with what is stored "
        "(on this machine, shared with other work: 8,000 rows at 273 rows/s, 50,000 at 74 rows/s), where Cosmos DB "
        "answers from its index.\n\n" + "\n".join(table)
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--job", action="store_true", help="only the job path (the main run starts this itself)")
    parser.add_argument("--cloud", action="store_true", help="the job path on the Cosmos server and Azurite")
    args = parser.parse_args()
    if args.cloud:
        section = run_cloud(args.rows)
        print(section)
        write_section("import-cloud", section)
        return
    if args.job:
        print(asyncio.run(run_job_path(args.rows)))
        return
    section = asyncio.run(run(args.rows))
    print(section)
    write_section("import", section)


if __name__ == "__main__":
    main()
