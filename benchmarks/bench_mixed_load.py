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
from tests.support.identity import PROFILE, STRONG_PASSWORD
from tests.support.local_host import start_local_host
from tests.support.workout_fixtures import plan_body, session_body

SECONDS_AHEAD = [12.0]  # the run length, set in each load process before the clients start
MIX = (("profile", 40), ("plans", 30), ("progress", 15), ("log", 15))
LIFTS = ("barbell-back-squat", "barbell-bench-press")


def _log_body(rng: random.Random) -> dict[str, Any]:
    started = datetime.now(UTC) - timedelta(hours=rng.uniform(1, 24 * 60))
    sets = [(LIFTS[i % 2], rng.randint(3, 10), float(rng.randrange(40, 140, 5)), 8.0) for i in range(6)]
    return session_body(started.isoformat(), sorted(sets), day_index=None)


async def _seed_user(base: str, n: int) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while True:
            r = await client.post(
                "/api/auth/register", json={"email": f"load-{n}@example.com", "password": STRONG_PASSWORD}
            )
            if r.status_code != 429:
                break
            await asyncio.sleep(float(r.headers.get("Retry-After", "1")))
        assert r.status_code == 201, r.text
        auth = {"Authorization": f"Bearer {r.json()['access_token']}"}
        assert (await client.put("/api/users/profile", json=PROFILE, headers=auth)).status_code == 200
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


async def _client(base: str, users: list[dict[str, str]], deadline: float, seed: int) -> list[tuple[str, float, int]]:
    rng = random.Random(seed)
    await asyncio.sleep(max(0.0, deadline - SECONDS_AHEAD[0] - time.time()))  # every client starts together
    results: list[tuple[str, float, int]] = []
    limits = httpx.Limits(max_keepalive_connections=0)  # a new connection for every request
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        while time.time() < deadline:
            user, op = rng.choice(users), _pick(rng)
            headers = {"Authorization": user["token"], "Connection": "close"}
            t0 = time.perf_counter()
            try:
                if op == "profile":
                    r = await client.get("/api/users/profile", headers=headers)
                elif op == "plans":
                    r = await client.get("/api/workouts", headers=headers)
                elif op == "progress":
                    r = await client.get("/api/workouts/progress", headers=headers)
                else:
                    r = await client.post(f"/api/workouts/{user['plan_id']}/log", json=_log_body(rng), headers=headers)
                status = r.status_code
            except httpx.HTTPError:
                status = 0
            results.append((op, (time.perf_counter() - t0) * 1000, status))
    return results


def _load_process(
    base: str, users: list[dict[str, str]], deadline: float, seconds: float, clients: int, seed: int, out: Any
) -> None:
    SECONDS_AHEAD[0] = seconds

    async def run() -> list[tuple[str, float, int]]:
        parts = await asyncio.gather(*(_client(base, users, deadline, seed * 100 + i) for i in range(clients)))
        return [r for part in parts for r in part]

    out.put(asyncio.run(run()))


def run_load(base: str, users: list[dict[str, str]], seconds: float, clients: int, processes: int) -> list[Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    deadline = time.time() + 2 + seconds  # processes start, then all begin together
    per = [clients // processes + (1 if i < clients % processes else 0) for i in range(processes)]
    procs = [
        ctx.Process(target=_load_process, args=(base, users, deadline, seconds, n, i, queue)) for i, n in enumerate(per)
    ]
    for p in procs:
        p.start()
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
