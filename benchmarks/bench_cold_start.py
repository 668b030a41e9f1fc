"""Cold start: a fresh Python process imports `function_app` and serves its first request.

Each run is a new interpreter (as a new Functions instance is): time to import the
app, then time for the first request through the registered HTTP function
(`/api/health/ready`, which builds the embedded store and queue).
Run: .venv/bin/python -m benchmarks.bench_cold_start
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.report import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15
PROBE = """
import asyncio, json, time
t0 = time.perf_counter()
import function_app
from fastapi import Request
t1 = time.perf_counter()
fn = next(f for f in function_app.app.get_functions() if f.get_function_name() == "http_app_func").get_user_function()
scope = {"type": "http", "method": "GET", "path": "/api/health/ready", "raw_path": b"/api/health/ready",
         "query_string": b"", "headers": [], "scheme": "http", "server": ("localhost", 80), "client": None}
sent = []
async def receive():
    return {"type": "http.request", "body": b"", "more_body": False}
async def send(message):
    sent.append(message)
async def first_request():  # as the worker's HTTP server does with HTTP streams on
    response = await fn(Request(scope, receive))
    await response(scope, receive, send)
asyncio.run(first_request())
t2 = time.perf_counter()
assert sent[0]["status"] == 200, sent
print(json.dumps({"import_s": t1 - t0, "first_request_s": t2 - t1}))
"""


def one_run(data_dir: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "VIGOR_DATA_DIR": data_dir, "VIGOR_ENV": "test"},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        one_run(tmp + "/warm")  # warm the OS file cache (.pyc), as a deployed package would be
        runs = [one_run(f"{tmp}/run{i}") for i in range(RUNS)]
    imports = [r["import_s"] * 1000 for r in runs]
    firsts = [r["first_request_s"] * 1000 for r in runs]
    totals = [a + b for a, b in zip(imports, firsts, strict=True)]
    body = f"""## Cold start (`python -m benchmarks.bench_cold_start`)

Machine: {machine()}

A new interpreter per run ({RUNS} runs): import `function_app`, then the first request
(`GET /api/health/ready`, which creates the embedded SQLite store and queue) through the
registered HTTP function. Target: import + first request under 1000 ms.

| ms | median | max |
| --- | --- | --- |
| import function_app | {statistics.median(imports):.0f} | {max(imports):.0f} |
| first request | {statistics.median(firsts):.0f} | {max(firsts):.0f} |
| **total** | **{statistics.median(totals):.0f}** | **{max(totals):.0f}** |
"""
    write_section("cold-start", body)
    print(body)


if __name__ == "__main__":
    main()
