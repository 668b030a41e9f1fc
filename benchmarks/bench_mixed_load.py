"""Mixed API load on the real local host (embedded store and queue), a new connection per request.

Run: `.venv/bin/python -m benchmarks.bench_mixed_load [--seconds 12] [--clients 16] [--users 8]`.
Starts `python -m shared.cli serve` on a free port with a temporary data dir, seeds users (profile,
a plan, 30 logged sessions each) over HTTP, then runs the clients in separate load processes:
40% GET /api/users/profile, 30% GET /api/workouts, 15% GET /api/workouts/progress,
15% POST /api/workouts/{id}/log. Writes the `mixed-load` section of docs/benchmarks.md.
Target: p99 < 25 ms, 0 errors (wger serves ~90 req/s, p99 ~220 ms on this shape).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from benchmarks.report import machine, percentiles, write_section
from benchmarks.users import register_with_profile
from tests.support.local_host import start_local_host
from tests.support.workout_fixtures import plan_body, session_body

MIX = (("profile", 40), ("plans", 30), ("progress", 15), ("log", 15))
LIFTS = ("barbell-back-squat", "barbell-bench-press")


def _log_body(rng: random.Random) -> dict[str, Any]:
    started = datetime.now(UTC) - timedelta(hours=rng.uniform(1, 24 * 60))
    sets = [(LIFTS[i % 2], rng.randint(3, 10), float(rng.randrange(40, 140, 5)), 8.0) for i in range(6)]
    return session_body(started.isoformat(), sorted(sets), day_index=None)


async def _seed_user(base: str, n: int) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        auth = await register_with_profile(client, f"load-{n}@example.com")
        plan = (await client.post("/api/workouts", json=plan_body(), headers=auth)).json()
        rng = random.Random(n)
        for _ in range(30):
            r = await client.post(f"/api/workouts/{plan['id']}/log", json=_log_body(rng), headers=auth)
            assert r.status_code == 201, r.text
        return {"token": auth["Authorization"], "plan_id": plan["id"]}


def _pick(rng: random.Random) -> str:
    roll, total = rng.uniform(0, 100), 0
    for name, weight in MIX:
        total += weight
        if roll < total:
            return name
    return MIX[-1][0]


async def _request(host: str, port: int, method: str, path: str, token: str, body: bytes = b"") -> int:
    """One HTTP/1.1 request on a new TCP connection (`Connection: close`); returns the status (0 on failure).

    Raw asyncio streams rather than an HTTP client library: the load processes share the two cores
    with the server, and a client library's per-request cost would be measured as server latency.
    """
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: {token}\r\n"
        f"Connection: close\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    try:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(head.encode() + body)
        await writer.drain()
        response = await asyncio.wait_for(reader.read(), timeout=10)
        writer.close()
        return int(response.split(b" ", 2)[1])
    except (OSError, TimeoutError, ValueError, IndexError):
        return 0


async def _client(
    base: str, users: list[dict[str, str]], start: float, deadline: float, seed: int
) -> list[tuple[str, float, int]]:
    rng = random.Random(seed)
    host, port = base.removeprefix("http://").split(":")
    await asyncio.sleep(max(0.0, start - time.time()))  # every client starts together
    results: list[tuple[str, float, int]] = []
    paths = {"profile": "/api/users/profile", "plans": "/api/workouts", "progress": "/api/workouts/progress"}
    while time.time() < deadline:
        user, op = rng.choice(users), _pick(rng)
        t0 = time.perf_counter()
        if op == "log":
            body = json.dumps(_log_body(rng)).encode()
            path = f"/api/workouts/{user['plan_id']}/log"
            status = await _request(host, int(port), "POST", path, user["token"], body)
        else:
            status = await _request(host, int(port), "GET", paths[op], user["token"])
        results.append((op, (time.perf_counter() - t0) * 1000, status))
    return results


def _load_process(
    base: str, users: list[dict[str, str]], seconds: float, clients: int, seed: int, ready: Any, go: Any, out: Any
) -> None:
    ready.put(seed)  # imports are done; the parent starts everyone at once when all are ready
    start = float(go.get())
    deadline = start + seconds

    async def run() -> list[tuple[str, float, int]]:
        parts = await asyncio.gather(*(_client(base, users, start, deadline, seed * 100 + i) for i in range(clients)))
        return [r for part in parts for r in part]

    out.put(asyncio.run(run()))


def run_load(base: str, users: list[dict[str, str]], seconds: float, clients: int, processes: int) -> list[Any]:
    ctx = multiprocessing.get_context("spawn")
    queue, ready, go = ctx.Queue(), ctx.Queue(), ctx.Queue()
    per = [clients // processes + (1 if i < clients % processes else 0) for i in range(processes)]
    procs = [
        ctx.Process(target=_load_process, args=(base, users, seconds, n, i, ready, go, queue))
        for i, n in enumerate(per)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        ready.get(timeout=120)
    start = time.time() + 0.3
    for _ in procs:
        go.put(start)
    results = [r for _ in procs for r in queue.get()]
    for p in procs:
        p.join()
    return results


def summarise(results: list[Any], seconds: float) -> tuple[str, dict[str, float], int]:
    latencies = [ms for _, ms, _ in results]
    errors = sum(1 for _, _, status in results if not 200 <= status < 300)
    overall = percentiles(latencies)
    lines = [
        "| request | share | count | p50 ms | p95 ms | p99 ms | errors |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, weight in MIX:
        mine = [r for r in results if r[0] == name]
        p = percentiles([ms for _, ms, _ in mine])
        bad = sum(1 for _, _, s in mine if not 200 <= s < 300)
        lines.append(f"| {name} | {weight}% | {len(mine)} | {p['p50']:.1f} | {p['p95']:.1f} | {p['p99']:.1f} | {bad} |")
    figures = f"{overall['p50']:.1f} | {overall['p95']:.1f} | {overall['p99']:.1f}"
    lines.append(f"| **all** | | {len(results)} | {figures} | {errors} |")
    return "\n".join(lines), overall, errors


def main(seconds: float, clients: int, users: int, processes: int) -> None:
    with tempfile.TemporaryDirectory(prefix="vigor-bench-mixed-") as tmp:
        host = start_local_host(Path(tmp), env={"VIGOR_LOG_LEVEL": "WARNING"})
        try:
            seeded = [asyncio.run(_seed_user(host.base_url, n)) for n in range(users)]
            load_before = os.getloadavg()[0]
            results = run_load(host.base_url, seeded, seconds, clients, processes)
        finally:
            host.stop()
    table, overall, errors = summarise(results, seconds)
    rps = len(results) / seconds
    verdict = "meets" if overall["p99"] < 25 and errors == 0 else "misses"
    body = (
        "## Mixed API load on the local host\n\n"
        f"Machine: {machine()}; load average before the run {load_before:.1f} (the machine is shared).\n"
        f"{clients} concurrent clients in {processes} load processes (separate from the server) for {seconds:g} s, "
        f"{users} seeded users with a profile, a plan and 30 sessions; a new TCP connection per request.\n\n"
        f"Throughput **{rps:.0f} req/s**, p50 {overall['p50']:.1f} ms, p95 {overall['p95']:.1f} ms, "
        f"**p99 {overall['p99']:.1f} ms**, {errors} errors: {verdict} the target (p99 < 25 ms, 0 errors). "
        "For scale: wger serves about 90 req/s with p99 about 220 ms on this shape.\n\n"
        f"{table}\n"
    )
    write_section("mixed-load", body)
    print(body)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=12)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--processes", type=int, default=4)
    args = parser.parse_args()
    main(args.seconds, args.clients, args.users, args.processes)
