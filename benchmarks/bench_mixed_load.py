"""Mixed API load on the real local host (embedded store and queue), a new connection per request.

Run: `.venv/bin/python -m benchmarks.bench_mixed_load [--seconds 12] [--clients 16] [--users 64] [--runs 3]`.
Starts `python -m shared.cli serve` (its default: one worker process per core) on a free port with a
temporary data dir, seeds users over HTTP (profile, a plan, 30 logged sessions each), then drives it
with wrk (Debian's package; installed here when missing and run as root): 16 connections, each sends
one request, waits for the answer and closes (`Connection: close`), then opens the next:
40% GET /api/users/profile, 30% GET /api/workouts, 15% GET /api/workouts/progress,
15% POST /api/workouts/{id}/log. Each request picks a random seeded user.

wrk rather than a Python client: the load shares the machine's two cores with the server, and a
Python client's CPU per request (~0.2 ms) would be taken from the server and counted as its latency.
Writes the `mixed-load` section of docs/benchmarks.md.
Target: p99 < 25 ms, 0 errors (wger serves ~90 req/s, p99 ~220 ms on this shape).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from benchmarks.report import machine, write_section
from benchmarks.users import register_with_profile
from tests.support.local_host import LocalHost, start_local_host
from tests.support.workout_fixtures import plan_body, session_body

MIX = (("profile", 40), ("plans", 30), ("progress", 15), ("log", 15))
LIFTS = ("barbell-back-squat", "barbell-bench-press")
SESSIONS_PER_USER = 30
LOG_BODIES = 400
TARGET_P99_MS = 25.0
WARM_UP_S = 3

# wrk's script: `request` picks a user and an operation for every request; `done` prints the
# figures as one JSON line. The users, bodies and mix are filled in by `_script`.
LUA = """
local users = {%(users)s}
local bodies = {%(bodies)s}
local mix = {%(mix)s}
local function header(user)
  return {["Authorization"] = user[1], ["Connection"] = "close", ["Content-Type"] = "application/json"}
end
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) %% 100000)
end
function request()
  local user = users[math.random(#users)]
  local roll, op = math.random() * 100, "log"
  for _, entry in ipairs(mix) do
    if roll < entry[2] then op = entry[1]; break end
  end
  if op == "health" then return wrk.format("GET", "/api/health", header(user)) end
  if op == "profile" then return wrk.format("GET", "/api/users/profile", header(user)) end
  if op == "plans" then return wrk.format("GET", "/api/workouts", header(user)) end
  if op == "progress" then return wrk.format("GET", "/api/workouts/progress", header(user)) end
  return wrk.format("POST", "/api/workouts/" .. user[2] .. "/log", header(user), bodies[math.random(#bodies)])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %%d, "seconds": %%f, "p50": %%f, "p95": %%f, "p99": %%f, "max": %%f, ' ..
    '"status_errors": %%d, "socket_errors": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def _log_body(rng: random.Random) -> dict[str, Any]:
    started = datetime.now(UTC) - timedelta(hours=rng.uniform(1, 24 * 60))
    sets = [(LIFTS[i % 2], rng.randint(3, 10), float(rng.randrange(40, 140, 5)), 8.0) for i in range(6)]
    return session_body(started.isoformat(), sorted(sets), day_index=None)


async def _seed_user(client: httpx.AsyncClient, n: int) -> dict[str, str]:
    auth = await register_with_profile(client, f"load-{n}@example.com")
    plan = (await client.post("/api/workouts", json=plan_body(), headers=auth)).json()
    rng = random.Random(n)
    for _ in range(SESSIONS_PER_USER):
        r = await client.post(f"/api/workouts/{plan['id']}/log", json=_log_body(rng), headers=auth)
        assert r.status_code == 201, r.text
    return {"token": auth["Authorization"], "plan_id": plan["id"]}


async def seed(base: str, users: int) -> list[dict[str, str]]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        gate = asyncio.Semaphore(4)

        async def one(n: int) -> dict[str, str]:
            async with gate:
                return await _seed_user(client, n)

        return list(await asyncio.gather(*(one(n) for n in range(users))))


def _lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def _script(users: list[dict[str, str]], mix: tuple[tuple[str, int], ...]) -> str:
    rng = random.Random(7)
    bodies = [json.dumps(_log_body(rng)) for _ in range(LOG_BODIES)]
    cumulative, total = [], 0
    for name, weight in mix:
        total += weight
        cumulative.append(f'{{"{name}", {total}}}')
    return LUA % {
        "users": ", ".join(f"{{{_lua_string(u['token'])}, {_lua_string(u['plan_id'])}}}" for u in users),
        "bodies": ", ".join(_lua_string(b) for b in bodies),
        "mix": ", ".join(cumulative),
    }


def wrk_binary() -> str:
    """wrk, from Debian's package (installed when missing if we are root)."""
    found = shutil.which("wrk")
    if found is None and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
        found = shutil.which("wrk")
    if found is None:
        sys.exit("bench_mixed_load needs wrk: sudo apt-get install wrk")
    return found


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the local host and its worker processes."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        pids += [int(p) for p in (task / "children").read_text().split()]
    total = 0.0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def run_wrk(host: LocalHost, script: Path, seconds: float, clients: int) -> dict[str, float]:
    """One wrk run; its figures plus the server's CPU milliseconds per request."""
    cpu_before = _cpu_seconds(host.process.pid)
    out = subprocess.run(
        [wrk_binary(), "-t2", f"-c{clients}", f"-d{seconds:g}s", "-s", str(script), host.base_url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    figures["rps"] = figures["requests"] / figures["seconds"]
    figures["cpu_ms"] = (_cpu_seconds(host.process.pid) - cpu_before) * 1000 / max(1, figures["requests"])
    return figures


def _row(label: str, f: dict[str, float]) -> str:
    errors = int(f["status_errors"] + f["socket_errors"])
    return (
        f"| {label} | {f['requests']:.0f} | {f['rps']:.0f} | {f['p50']:.1f} | {f['p95']:.1f} | **{f['p99']:.1f}** "
        f"| {f['max']:.1f} | {errors} | {f['cpu_ms']:.2f} |"
    )


def main(seconds: float, clients: int, users: int, runs: int, workers: int = 0) -> None:
    wrk_binary()
    with tempfile.TemporaryDirectory(prefix="vigor-bench-mixed-") as tmp:
        env = {"VIGOR_LOG_LEVEL": "WARNING", "AUTH_RATE_LIMIT_PER_IP": "100000"}  # seeding signs up many users
        env["VIGOR_WORKERS"] = str(workers)  # 0: the local host's default, one per core
        host = start_local_host(Path(tmp) / "data", env=env)
        try:
            seeded = asyncio.run(seed(host.base_url, users))
            scripts = {}
            alone_ops = [op for op, _ in MIX] + ["health"]  # health: the floor (no sign-in, no store)
            for name, mix in [("mixed", MIX), *((op, ((op, 100),)) for op in alone_ops)]:
                scripts[name] = Path(tmp) / f"{name}.lua"
                scripts[name].write_text(_script(seeded, mix))
            run_wrk(host, scripts["mixed"], WARM_UP_S, clients)  # not recorded: every code path once, caches filled
            load_before = os.getloadavg()[0]
            mixed = [run_wrk(host, scripts["mixed"], seconds, clients) for _ in range(runs)]
            alone = {op: run_wrk(host, scripts[op], seconds / 2, clients) for op in alone_ops}
        finally:
            host.stop()
    median = sorted(mixed, key=lambda f: f["p99"])[len(mixed) // 2]
    errors = sum(int(f["status_errors"] + f["socket_errors"]) for f in mixed)
    verdict = "meets" if median["p99"] < TARGET_P99_MS and errors == 0 else "misses"
    header = (
        "| run | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | server CPU ms/request |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    body = (
        "## Mixed API load on the local host\n\n"
        f"Machine: {machine()}; load average before the runs {load_before:.1f} (the machine is shared).\n"
        f"`python -m benchmarks.bench_mixed_load`: the local host with its default worker processes (one per core), "
        f"{users} seeded users (profile, plan, {SESSIONS_PER_USER} sessions each), then wrk with {clients} "
        f"connections for {seconds:g} s per run, after a {WARM_UP_S} s warm-up: each sends one request, waits for "
        "the answer and closes (a new connection per request). 40% profile reads, 30% plan lists, "
        "15% progress reads, 15% session logs, a random user each.\n\n"
        f"Median of {runs} runs by p99: **{median['rps']:.0f} req/s, p50 {median['p50']:.1f} ms, "
        f"p99 {median['p99']:.1f} ms**, {errors} errors in all runs: {verdict} the target (p99 < 25 ms, 0 errors). "
        "For scale: wger serves about 90 req/s with p99 about 220 ms on this shape.\n\n"
        f"{header}\n" + "\n".join(_row(f"mixed #{i + 1}", f) for i, f in enumerate(mixed)) + "\n\n"
        f"Each request type alone ({clients} connections, {seconds / 2:g} s, after the mixed runs; `health` is "
        "GET /api/health, the floor of uvicorn, FastAPI and the edge middleware on this machine at that time):\n\n"
        f"{header}\n" + "\n".join(_row(op, f) for op, f in alone.items()) + "\n"
    )
    write_section("mixed-load", body)
    print(body)
    print(f"p99 spread over runs: {statistics.pstdev([f['p99'] for f in mixed]):.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=12)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--users", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="local host worker processes (0: one per core)")
    args = parser.parse_args()
    main(args.seconds, args.clients, args.users, args.runs, args.workers)
