"""GET /api/workouts/progress latency with 100 and with 10,000 logged sessions for one user.

Run: `.venv/bin/python -m benchmarks.bench_progress [--requests 300]`.
Sessions are seeded through the workouts services (the same code the API runs), about one a day,
into the embedded store; the requests then go through the whole app (auth included) in-process.
Writes the `progress` section of docs/benchmarks.md. Target: the two medians within 2x.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from benchmarks.report import machine, percentiles, write_section
from shared.plans.schema import PlanDraft
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession

EXERCISES = ("barbell-back-squat", "barbell-bench-press", "barbell-deadlift", "pull-up", "dumbbell-bench-press")


def _plan() -> PlanDraft:
    from tests.support.workout_fixtures import plan_body

    return PlanDraft.model_validate(plan_body())


def _session(i: int, started: datetime) -> LoggedSession:
    picks = [EXERCISES[(i + k) % len(EXERCISES)] for k in range(3)]
    exercises = [
        {"exercise_id": ex, "sets": [{"reps": 5 + (i + s) % 4, "weight_kg": 60 + (i * 7 + s * 5) % 60, "rpe": 8,
                                       "completed": True} for s in range(4)]}
        for ex in picks
    ]  # fmt: skip
    return LoggedSession.model_validate(
        {"started_at": started.isoformat(), "duration_minutes": 55, "exercises": exercises, "session_rpe": 8}
    )


async def seed(data_dir: Path, user_id: str, count: int) -> None:
    """`count` sessions, one every 0.9 days back from now."""
    store = SqliteDocumentStore(data_dir / "store.sqlite3", containers.ALL, synchronous="NORMAL")
    plan = (await plans.create_plan(store, user_id, _plan())).plan
    now = datetime.now(UTC) - timedelta(hours=1)
    for i in range(count):
        await sessions.log_session(store, user_id, plan.id, _session(i, now - timedelta(hours=21.6 * i)))
    await store.close()


async def measure(count: int, requests: int) -> tuple[dict[str, float], float]:
    with tempfile.TemporaryDirectory(prefix="vigor-bench-progress-") as tmp:
        os.environ["VIGOR_DATA_DIR"] = tmp
        from shared.bootstrap import close_services
        from shared.config import get_settings

        get_settings.cache_clear()
        from functions.http.app import create_app

        app = create_app()
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="https://bench") as client:
            email = f"bench-{count}@example.com"
            response = await client.post(
                "/api/auth/register",
                json={"email": email, "password": "violet-tractor-91-lantern", "consent_health_data": True},
            )
            body = response.json()
            user_id, auth = body["user"]["id"], {"Authorization": f"Bearer {body['access_token']}"}
            started = time.perf_counter()
            await seed(Path(tmp), user_id, count)
            seeding = time.perf_counter() - started
            samples: list[float] = []
            for i in range(requests + 30):
                t0 = time.perf_counter()
                response = await client.get("/api/workouts/progress", params={"weeks": 12}, headers=auth)
                if i >= 30:
                    samples.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, response.text
            assert sum(w["sessions"] for w in response.json()["weeks"]) > 0
        await close_services()
        return percentiles(samples), seeding


async def main(requests: int) -> None:
    small, _ = await measure(100, requests)
    large, seeding = await measure(10_000, requests)
    ratio = large["p50"] / small["p50"]
    load = os.getloadavg()
    body = (
        "## Progress analytics: GET /api/workouts/progress, 100 vs 10,000 sessions\n\n"
        f"Machine: {machine()}; load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}.\n"
        f"One user, one session about every 0.9 days, 3 exercises x 4 sets each; weeks=12; {requests} sequential "
        "requests through the app in-process (auth included), after 30 warm-up requests. "
        f"Seeding 10,000 sessions through the services took {seeding:.0f} s.\n\n"
        "| sessions | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |\n"
        f"| 100 | {small['p50']:.2f} | {small['p95']:.2f} | {small['p99']:.2f} | {small['max']:.2f} |\n"
        f"| 10,000 | {large['p50']:.2f} | {large['p95']:.2f} | {large['p99']:.2f} | {large['max']:.2f} |\n\n"
        f"Median ratio 10,000 / 100: **{ratio:.2f}x** (target: within 2x). The endpoint reads the summary, the "
        "active plan and one aggregate per week, never the sessions.\n"
    )
    write_section("progress", body)
    print(body)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    asyncio.run(main(parser.parse_args().requests))
