"""Embedded queue (SqliteQueue) latency and throughput.

Run: `.venv/bin/python -m benchmarks.bench_queue [--iterations 2000] [--dir PATH]`.
Writes the `queue` section of docs/benchmarks.md. Target: round-trip p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from benchmarks.report import machine, percentiles, write_section
from shared.queue.sqlite import SqliteQueue

QUEUE = "bench"


async def round_trips(queue: SqliteQueue, iterations: int, warmup: int = 200) -> list[float]:
    """Sequential send → receive → delete; milliseconds per round trip."""
    samples: list[float] = []
    for i in range(warmup + iterations):
        started = time.perf_counter()
        await queue.send(QUEUE, f'{{"job": "bench", "n": {i}}}')
        [message] = await queue.receive(QUEUE, 1, visibility_timeout=30)
        await queue.delete(QUEUE, message.id, message.pop_receipt)
        if i >= warmup:
            samples.append((time.perf_counter() - started) * 1000)
    return samples


async def throughput(queue: SqliteQueue, messages: int, producers: int, consumers: int, batch: int) -> float:
    """Messages per second through concurrent producers and consumers (each message deleted)."""
    consumed = 0
    done = asyncio.Event()

    async def produce(share: int) -> None:
        for i in range(share):
            await queue.send(QUEUE, f'{{"n": {i}}}')

    async def consume() -> None:
        nonlocal consumed
        while not done.is_set():
            got = await queue.receive(QUEUE, batch, visibility_timeout=30)
            if not got:
                await asyncio.sleep(0.001)
            for message in got:
                await queue.delete(QUEUE, message.id, message.pop_receipt)
            consumed += len(got)
            if consumed >= messages:
                done.set()

    started = time.perf_counter()
    await asyncio.gather(
        *(produce(messages // producers) for _ in range(producers)), *(consume() for _ in range(consumers))
    )
    return messages / (time.perf_counter() - started)


async def run(iterations: int, directory: Path) -> str:
    load = os.getloadavg()[0]
    queue = SqliteQueue(directory / "bench-queue.sqlite3")
    try:
        stats = percentiles(await round_trips(queue, iterations))
        rates = [(p, c, b, await throughput(queue, 2000, p, c, b)) for p, c, b in [(1, 1, 1), (4, 4, 1), (4, 4, 16)]]
    finally:
        await queue.close()
    verdict = "meets" if stats["p99"] < 50 else "MISSES"
    lines = [
        "## Queue (embedded SqliteQueue)",
        "",
        f"Machine: {machine()}; 1-min load average {load:.1f} at start.",
        f"Queue file in `{directory}` (WAL, synchronous=NORMAL).",
        "",
        f"Round trip send → receive → delete, sequential, {iterations} iterations after 200 warm-up:",
        "",
        "| p50 | p95 | p99 | max |",
        "| --- | --- | --- | --- |",
        "| " + " | ".join(f"{stats[k]:.2f} ms" for k in ("p50", "p95", "p99", "max")) + " |",
        "",
        f"p99 {verdict} the < 50 ms target.",
        "",
        "Throughput, 2000 messages, one process (every message received and deleted):",
        "",
        "| producers | consumers | receive batch | messages/s |",
        "| --- | --- | --- | --- |",
        *(f"| {p} | {c} | {b} | {rate:,.0f} |" for p, c, b, rate in rates),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=None, help="where the queue file goes (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as tmp:
        markdown = asyncio.run(run(args.iterations, args.dir or Path(tmp)))
    write_section("queue", markdown)
    print(markdown)


if __name__ == "__main__":
    main()
