"""Embedded document store (SqliteDocumentStore) latency and throughput.

Run: `.venv/bin/python -m benchmarks.bench_store [--docs 10000] [--iterations 5000] [--dir PATH]`.
Writes the `store` section of docs/benchmarks.md. Target: point read p99 < 2 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Literal

from benchmarks.report import machine, percentiles, write_section
from shared.store.containers import ALL
from shared.store.port import PatchOp, Query
from shared.store.sqlite import SqliteDocumentStore

PER_PARTITION = 20
Sync = Literal["NORMAL", "FULL"]


def workout(i: int) -> dict[str, object]:
    return {
        "id": f"s{i:06d}",
        "userId": f"u{i // PER_PARTITION:05d}",
        "type": "session",
        "n": i % 97,
        "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "exercises": [{"name": "squat", "sets": [{"reps": 5, "kg": 100}] * 3}],
    }


async def seed(store: SqliteDocumentStore, docs: int) -> None:
    for start in range(0, docs, 200):
        await asyncio.gather(*(store.upsert("workouts", workout(i)) for i in range(start, min(start + 200, docs))))


async def timed(
    op: Callable[[int], Awaitable[object]], iterations: int, warmup: int = 200
) -> tuple[list[float], float]:
    """Sequential calls; per-call milliseconds and calls per second."""
    for i in range(warmup):
        await op(i)
    samples: list[float] = []
    began = time.perf_counter()
    for i in range(iterations):
        started = time.perf_counter()
        await op(i)
        samples.append((time.perf_counter() - started) * 1000)
    return samples, iterations / (time.perf_counter() - began)


async def concurrent_reads(store: SqliteDocumentStore, docs: int, tasks: int, per_task: int) -> float:
    async def reader(seed_: int) -> None:
        rng = random.Random(seed_)
        for _ in range(per_task):
            i = rng.randrange(docs)
            await store.read("workouts", f"u{i // PER_PARTITION:05d}", f"s{i:06d}")

    began = time.perf_counter()
    await asyncio.gather(*(reader(t) for t in range(tasks)))
    return tasks * per_task / (time.perf_counter() - began)


def row(name: str, samples: list[float], rate: float) -> str:
    p = percentiles(samples)
    return f"| {name} | {rate:,.0f} | {p['p50']:.3f} | {p['p95']:.3f} | {p['p99']:.3f} | {p['max']:.2f} |"


async def inline_vs_pool(path: Path, docs: int, rounds: int = 10, per_round: int = 500) -> str:
    """Point reads through the inline path and through the thread pool, interleaved on one file."""
    stores = {
        "inline (default)": SqliteDocumentStore(path, ALL),
        "thread pool": SqliteDocumentStore(path, ALL, inline_reads=False),
    }
    samples: dict[str, list[float]] = {name: [] for name in stores}
    rng = random.Random(11)
    for _ in range(rounds):
        for name, store in stores.items():
            for _ in range(per_round):
                i = rng.randrange(docs)
                started = time.perf_counter()
                await store.read("workouts", f"u{i // PER_PARTITION:05d}", f"s{i:06d}")
                samples[name].append((time.perf_counter() - started) * 1000)
    for store in stores.values():
        await store.close()
    rows = [row(name, ms, 1000 * len(ms) / sum(ms)) for name, ms in samples.items()]
    inline, pool = (percentiles(ms) for ms in samples.values())
    return (
        f"Point read paths, interleaved ({rounds} rounds of {per_round} each, same file):\n\n"
        "| path | ops/s | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + f"\n\nInline vs pool: p50 {pool['p50'] / inline['p50']:.1f}x, p99 {pool['p99'] / inline['p99']:.1f}x faster."
    )


async def run(directory: Path, docs: int, iterations: int, synchronous: Sync) -> tuple[str, float]:
    store = SqliteDocumentStore(directory / f"bench-{synchronous.lower()}.sqlite3", ALL, synchronous=synchronous)
    began = time.perf_counter()
    await seed(store, docs)
    seed_rate = docs / (time.perf_counter() - began)
    rng = random.Random(7)
    partitions = docs // PER_PARTITION

    def doc_key() -> tuple[str, str]:
        i = rng.randrange(docs)
        return f"u{i // PER_PARTITION:05d}", f"s{i:06d}"

    async def read(_: int) -> object:
        return await store.read("workouts", *doc_key())

    async def upsert(_: int) -> object:
        return await store.upsert("workouts", workout(rng.randrange(docs)))

    async def patch(_: int) -> object:
        pk, doc_id = doc_key()
        return await store.patch("workouts", pk, doc_id, [PatchOp("incr", "n", 1)])

    async def partition_query(_: int) -> object:
        pk = f"u{rng.randrange(partitions):05d}"
        page = await store.query("workouts", Query(partition_key=pk, order_by=(("date", True),), limit=PER_PARTITION))
        assert len(page.items) == PER_PARTITION
        return page

    rows = []
    reads, read_rate = await timed(read, iterations)
    rows.append(row("point read", reads, read_rate))
    for name, op, n in (("upsert", upsert, iterations // 2), ("patch (incr)", patch, iterations // 2)):
        samples, rate = await timed(op, n)
        rows.append(row(name, samples, rate))
    samples, rate = await timed(partition_query, iterations // 2)
    rows.append(row(f"partition query ({PER_PARTITION} of {docs:,}, ordered)", samples, rate))
    parallel = await concurrent_reads(store, docs, tasks=16, per_task=iterations // 8)
    await store.close()
    table = "\n".join(
        ["| operation | ops/s | p50 ms | p95 ms | p99 ms | max ms |", "| --- | --- | --- | --- | --- | --- |", *rows]
    )
    text = (
        f"**synchronous={synchronous}**\n\n{table}\n\n"
        f"Seeding (batches of 200 concurrent upserts): {seed_rate:,.0f} docs/s. "
        f"16 concurrent readers: {parallel:,.0f} point reads/s."
    )
    return text, percentiles(reads)["p99"]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--iterations", type=int, default=5000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-store-", dir=args.dir) as tmp:
        sections, read_p99 = [], {}
        for synchronous in ("NORMAL", "FULL"):
            text, read_p99[synchronous] = await run(Path(tmp), args.docs, args.iterations, synchronous)
            sections.append(text)
            print(text, "\n")
        sections.append(await inline_vs_pool(Path(tmp) / "bench-full.sqlite3", args.docs))
        print(sections[-1])
    verdict = ", ".join(f"{mode}: {p99:.3f} ms" for mode, p99 in read_p99.items())
    met = "meets" if read_p99["NORMAL"] < 2 else "misses"
    body = (
        "## Document store (embedded SqliteDocumentStore)\n\n"
        f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end (other work shares the cores).\n\n"
        f"One file in a temp dir (WAL), {args.docs:,} workout documents in partitions of {PER_PARTITION}; "
        "sequential calls from one event loop after 200 warm-up calls, random keys.\n\n"
        + "\n\n".join(sections)
        + f"\n\nPoint read p99 ({verdict}); the default (NORMAL) {met} the < 2 ms target. A point read takes "
        "~0.03-0.05 ms of CPU; when other processes keep both cores busy, the p99 tail is time spent descheduled "
        "(compare the interleaved table, measured under the same load).\n"
    )
    write_section("store", body)


if __name__ == "__main__":
    asyncio.run(main())
