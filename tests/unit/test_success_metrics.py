"""Admins' success metrics from counters kept as events happen: exact under concurrent events for one user and
day, retention by sign-up cohort from a seeded history (window edges included), and the endpoint's access,
validation, JSON and CSV, fed by real sign-ups, sessions and requests through the API."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from fastapi import FastAPI

from shared.bootstrap import Services, close_services, get_services
from shared.metrics import counters, events, report
from shared.store.port import Filter, Query
from tests.support import store_backends
from tests.support.identity import PROFILE, make_admin, sign_up
from tests.support.workout_fixtures import plan_body, session_body

MONDAY = date(2026, 11, 2)

# The tests through HTTP run on the embedded store and on the Cosmos DB protocol server (the adapter Azure runs).
cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), UTC)


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    built = await get_services()
    yield built
    await close_services()


async def test_concurrent_events_count_each_user_once_a_day_and_a_week(services: Services) -> None:
    store, tuesday = services.store, MONDAY + timedelta(days=1)
    await asyncio.gather(
        *(events.active(store, "ann", at(MONDAY, h % 24), None) for h in range(40)),  # one user, one day, 40 times
        *(events.active(store, f"u{i}", at(MONDAY), None) for i in range(25) for _ in range(3)),
        *(events.session_logged(store, "ann", at(MONDAY)) for _ in range(12)),
        *(events.session_logged(store, "bob", at(tuesday)) for _ in range(2)),  # two: not 3+
        *(events.coach_used(store, "ann", at(tuesday)) for _ in range(15)),
    )
    await asyncio.gather(*(events.active(store, "ann", at(tuesday), None) for _ in range(10)))
    built = await report.build(store, MONDAY, MONDAY + timedelta(days=6), MONDAY + timedelta(days=30))
    monday, tue = built.days[0], built.days[1]
    assert (monday.active_users, monday.sessions) == (26, 12)
    assert (tue.active_users, tue.sessions) == (1, 2)
    [week] = built.weeks
    assert (week.week, week.active_users, week.three_plus_users, week.coach_users) == ("2026-W45", 26, 1, 1)
    assert week.three_plus_share == round(1 / 26, 4) and week.coach_share == round(1 / 26, 4)
    # Many users' writes are spread over shards, not one hot document.
    rows = await counters.read_range(store, MONDAY, MONDAY)
    assert len({r["shard"] for r in rows if r["scope"] == "day"}) > 1


async def test_the_third_session_of_a_week_counts_once_and_a_new_week_starts_over(services: Services) -> None:
    store = services.store
    for day in (MONDAY, MONDAY + timedelta(days=3), MONDAY + timedelta(days=7), MONDAY + timedelta(days=8)):
        await events.session_logged(store, "cy", at(day))
    await asyncio.gather(*(events.session_logged(store, "cy", at(MONDAY + timedelta(days=6))) for _ in range(5)))
    built = await report.build(store, MONDAY, MONDAY + timedelta(days=13), MONDAY + timedelta(days=30))
    assert [w.three_plus_users for w in built.weeks] == [1, 0]
    assert sum(d.sessions for d in built.days) == 9


async def test_retention_by_sign_up_week_from_a_seeded_history(services: Services) -> None:
    store = services.store
    cohort = {f"c{i}": MONDAY + timedelta(days=i % 3) for i in range(10)}  # Mon-Wed of week 45
    for user, day in cohort.items():
        await events.signed_up(store, user, at(day))
    active_after = {  # days after the user's own sign-up day on which they came back
        "c0": [6, 14, 29, 37],  # just outside both windows: retained at neither
        "c1": [7],  # first day of the D7 window
        "c2": [13, 30],  # last day of D7, first of D30
        "c3": [8, 9, 10, 36],  # several days: counted once; last day of D30
        "c4": [31, 32],
    }
    for user, offsets in active_after.items():
        for offset in offsets:
            day = cohort[user] + timedelta(days=offset)
            signup = cohort[user].isoformat() + "T09:00:00+00:00"  # as `created_at` reads
            await asyncio.gather(*(events.active(store, user, at(day), signup) for _ in range(3)))
    late = MONDAY + timedelta(days=7)
    await events.signed_up(store, "next-week", at(late))

    week = MONDAY + timedelta(days=6)
    built = await report.build(store, MONDAY, late, today=MONDAY + timedelta(days=60))
    [first, second] = built.cohorts
    assert (first.week, first.signups, first.d7_retained, first.d30_retained) == ("2026-W45", 10, 3, 3)
    assert (first.d7_rate, first.d30_rate, first.d7_final, first.d30_final) == (0.3, 0.3, True, True)
    assert (second.week, second.signups, second.d7_retained) == ("2026-W46", 1, 0)
    # Sign-ups are active on their day; the cohort is not final while its window is still open.
    assert built.days[0].signups == 4 and built.days[0].active_users == 4
    early = await report.build(store, MONDAY, week, today=week + timedelta(days=20))
    assert early.cohorts[0].d7_final and not early.cohorts[0].d30_final


async def test_ratings_are_summed_by_kind_and_source(services: Services) -> None:
    store = services.store
    await asyncio.gather(
        *(events.count_rating(store, "plan", "openai/gpt-4o", r, at(MONDAY)) for r in (5, 4, 4, 2)),
        events.count_rating(store, "plan", "engine", 3, at(MONDAY)),
        *(events.count_rating(store, "coach", "gemini/flash", v, at(MONDAY)) for v in ("up", "up", "down", "report")),
    )
    built = await report.build(store, MONDAY, MONDAY, MONDAY)
    by = {(r.kind, r.source): r for r in built.ratings}
    assert by[("plan", "openai/gpt-4o")].count == 4 and by[("plan", "openai/gpt-4o")].average == 3.75
    assert by[("plan", "openai/gpt-4o")].counts == {"2": 1, "4": 2, "5": 1}
    assert by[("coach", "gemini/flash")].counts == {"down": 1, "report": 1, "up": 2}
    assert by[("coach", "gemini/flash")].average is None and by[("plan", "engine")].average == 3.0


async def test_markers_live_in_the_users_partition_and_name_nobody_else(services: Services) -> None:
    await events.active(services.store, "dee", at(MONDAY), None)
    page = await services.store.query(counters.USERS, Query((Filter("type", "eq", counters.MARKER),), "dee"))
    assert {d["id"] for d in page.items} == {"mm-day-2026-11-02", "mm-week-2026-W45"}
    counted = await counters.read_range(services.store, MONDAY, MONDAY)
    assert all("dee" not in str(v) for row in counted for v in row.values())


async def test_admins_read_metrics_fed_by_real_requests_and_users_are_refused(app: FastAPI) -> None:
    admin, user = await sign_up(app), await sign_up(app)
    plan = (await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)).json()
    for hours in (1, 2, 3):
        body = session_body(
            (datetime.now(UTC) - timedelta(hours=hours)).isoformat(), [("barbell-back-squat", 5, 100.0, None)]
        )
        assert (await user.client.post(f"/api/workouts/{plan['id']}/log", json=body, headers=user.auth)).is_success
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    for question in ("How heavy should I squat next?", "And next week?"):  # two exchanges: one coach user
        assert (await user.client.post("/api/ai/chat", json={"message": question}, headers=user.auth)).is_success
    assert (await user.client.get("/api/admin/metrics", headers=user.auth)).status_code == 403
    await make_admin(admin)

    today = datetime.now(UTC).date()
    response = await admin.client.get("/api/admin/metrics", params={"from": today.isoformat()}, headers=admin.auth)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["from"] == body["to"] == today.isoformat()
    assert body["days"] == [{"date": today.isoformat(), "active_users": 2, "sessions": 3, "signups": 2}]
    assert body["weeks"][0]["active_users"] == 2 and body["weeks"][0]["three_plus_users"] == 1
    assert body["weeks"][0]["three_plus_share"] == 0.5 and body["weeks"][0]["coach_users"] == 1
    assert body["cohorts"][0]["signups"] == 2

    as_csv = await admin.client.get("/api/admin/metrics", params={"from": today.isoformat(), "format": "csv"},
                                    headers=admin.auth)  # fmt: skip
    assert (
        as_csv.headers["content-type"].startswith("text/csv") and "attachment" in as_csv.headers["content-disposition"]
    )
    rows = list(csv.reader(io.StringIO(as_csv.text)))
    assert rows[0] == ["section", "period", "metric", "value"]
    assert ["daily", today.isoformat(), "sessions", "3"] in rows and [
        "weekly",
        body["weeks"][0]["week"],
        "three_plus_users",
        "1",
    ] in rows
    accepted = await admin.client.get("/api/admin/metrics", headers={**admin.auth, "Accept": "text/csv"})
    assert accepted.headers["content-type"].startswith("text/csv")


@pytest.mark.parametrize(("params", "field"), [
    ({"from": "2026-13-01"}, "query.from"),
    ({"from": "2026-11-05", "to": "2026-11-01"}, "query.from"),
    ({"from": "2025-01-01", "to": "2026-01-02"}, "query.to"),  # 367 days
    ({"format": "xml"}, "query.format"),
    ({"to": "0001-01-01T00:00:00+14:00"}, "query.to"),  # the fuzz's 500: 12 weeks before year 1 overflowed
    ({"to": "0001-01-01"}, "query.to"),
    ({"from": "9999-12-31", "to": "9999-12-31"}, "query.from"),
])  # fmt: skip
async def test_bad_windows_are_problems_naming_the_field(app: FastAPI, params: dict[str, str], field: str) -> None:
    admin = await sign_up(app)
    await make_admin(admin)
    response = await admin.client.get("/api/admin/metrics", params=params, headers=admin.auth)
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == [field], response.text
    ok = await admin.client.get(
        "/api/admin/metrics", params={"from": "2025-01-01", "to": "2026-01-01"}, headers=admin.auth
    )
    assert ok.status_code == 200 and len(ok.json()["days"]) == 366
