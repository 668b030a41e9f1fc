"""Concurrent writes to one user's sessions through the HTTP app, and the checks that progress still
equals a recount from the sessions (white-box: the stored aggregates; black-box: the API's answers)."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI

from shared.store.port import DocumentStore
from shared.workouts.aggregates import read_or_none, week_docs
from shared.workouts.contributions import contribution
from shared.workouts.keys import PROGRESS_ID
from shared.workouts.rebuild import all_sessions, expected_state
from tests.support.identity import User, client_for
from tests.support.workout_fixtures import session_body

ALLOWED = {200, 201, 204, 404}  # 404: deleted by a concurrent request (no request sends If-Match)


@dataclass
class Tally:
    """What the requests answered: ids created (201) and deleted (204), and every status seen."""

    created: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    statuses: dict[int, int] = field(default_factory=dict)

    def count(self, status: int) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1


def _body(rng: random.Random) -> dict[str, Any]:
    started = datetime.now(UTC).replace(microsecond=0) - timedelta(days=rng.randrange(0, 40), hours=rng.randrange(24))
    lift = rng.choice(["barbell-back-squat", "barbell-bench-press"])
    weights = [40, 60, 80, 100, 120]
    sets: list[tuple[str, int, float, float | None]] = [
        (lift, rng.randrange(1, 9), float(rng.choice(weights)), 8.0) for _ in range(rng.randrange(1, 4))
    ]
    return session_body(started.isoformat(), sets, day_index=None)


async def hammer(app: FastAPI, user: User, plan_id: str, rounds: int, clients: int = 12, seed: int = 7) -> Tally:
    """Each round logs one session, then `clients` clients of the user send PUTs, a DELETE and new logs
    at once (asyncio.gather)."""
    rng = random.Random(seed)
    tally = Tally()
    pool = [client_for(app) for _ in range(clients)]

    async def log(client_index: int) -> None:
        response = await pool[client_index].post(f"/api/workouts/{plan_id}/log", json=_body(rng), headers=user.auth)
        tally.count(response.status_code)
        if response.status_code == 201:
            tally.created.add(response.json()["id"])

    async def put(client_index: int, session_id: str) -> None:
        url = f"/api/workouts/sessions/{session_id}"
        response = await pool[client_index].put(url, json=_body(rng), headers=user.auth)
        tally.count(response.status_code)

    async def delete(client_index: int, session_id: str) -> None:
        response = await pool[client_index].delete(f"/api/workouts/sessions/{session_id}", headers=user.auth)
        tally.count(response.status_code)
        if response.status_code == 204:
            tally.deleted.add(session_id)

    try:
        for _ in range(rounds):
            before = set(tally.created)
            began = time.perf_counter()
            await log(0)
            window = 1.5 * (time.perf_counter() - began)  # spread the starts over about one write's time
            [target] = tally.created - before
            ops = [rng.choice(("put", "put", "put", "log")) for _ in range(clients)]
            ops[rng.randrange(clients)] = "delete"

            async def send(i: int, op: str, pause: float) -> None:
                await asyncio.sleep(pause)  # staggered starts: the DELETE lands anywhere among the PUTs
                await (put(i, target) if op == "put" else delete(i, target) if op == "delete" else log(i))

            await asyncio.gather(*(send(i, op, rng.random() * window) for i, op in enumerate(ops)))
    finally:
        for client in pool:
            await client.aclose()
    return tally


async def listed(user: User) -> list[dict[str, Any]]:
    """Every session the API lists for the user (all pages)."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100, **({"cursor": cursor} if cursor else {})}
        response = await user.client.get("/api/workouts/sessions", params=params, headers=user.auth)
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


async def assert_stored_aggregates_match(store: DocumentStore, user_id: str) -> None:
    """White-box: every week document and the summary equal a recount from the session documents."""
    weeks, summary = expected_state(await all_sessions(store, user_id))
    strip = ("id", "userId", "type", "week")
    stored = {doc["week"]: {k: v for k, v in doc.items() if not k.startswith("_") and k not in strip}
              for doc in await week_docs(store, user_id) if doc["sessions"]}  # fmt: skip
    counts = {w: (stored.get(w, {}).get("sessions"), weeks.get(w, {}).get("sessions")) for w in stored.keys() | weeks}
    assert stored == weeks, f"week documents differ from a recount: (stored, recount) sessions {counts}"
    found = await read_or_none(store, user_id, PROGRESS_ID) or {"weeks": {}, "records": {}, "streaks": {}}
    got = {k: found[k] for k in ("weeks", "records", "streaks")}
    assert got == summary, f"the summary differs from a recount: {got['weeks']} vs {summary['weeks']}"


async def assert_progress_matches_listed(user: User) -> None:
    """Black-box: the progress answer counts exactly the listed sessions (all inside its window), their
    volume, and records held only by listed sessions."""
    sessions = await listed(user)
    response = await user.client.get("/api/workouts/progress", params={"weeks": 12}, headers=user.auth)
    assert response.status_code == 200, response.text
    progress = response.json()
    assert sum(w["sessions"] for w in progress["weeks"]) == len(sessions)
    volume = sum(contribution(s)["vol_mg"] for s in sessions) / 1_000_000
    # Each week's volume is shown to 10 g, so the weeks' sum may differ from the exact total by 5 g a week.
    assert abs(sum(w["volume_kg"] for w in progress["weeks"]) - volume) <= 0.005 * len(progress["weeks"]) + 1e-6
    ids = {s["id"] for s in sessions}
    assert {r["session_id"] for r in progress["personal_records"]} <= ids
