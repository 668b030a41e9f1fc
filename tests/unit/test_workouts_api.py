"""Plans, sessions, progress and body metrics through the app, with two users."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from shared.workouts.progress_models import ProgressPublic
from tests.support.identity import PROFILE, User, sign_up
from tests.support.workout_fixtures import plan_body, session_body

SQUAT, BENCH = "barbell-back-squat", "barbell-bench-press"


def monday(weeks_ago: int) -> datetime:
    today = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)
    return today - timedelta(days=today.weekday(), weeks=weeks_ago)


async def make_plan(user: User, **kwargs: Any) -> dict[str, Any]:
    response = await user.client.post("/api/workouts", json=plan_body(**kwargs), headers=user.auth)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def log(user: User, plan_id: str, started: datetime, sets: list[Any], day: int | None = 0) -> dict[str, Any]:
    body = session_body(started.isoformat(), sets, day_index=day)
    response = await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)
    assert response.status_code == 201, response.text
    return dict(response.json())


def assert_problem(response: Any, status: int, field: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    if field:
        assert field in [e["field"] for e in response.json()["errors"]], response.json()


async def test_plan_crud_with_etags_and_one_active_plan(app: FastAPI) -> None:
    user = await sign_up(app)
    first = await make_plan(user, name="First")
    assert first["active"] is True and first["source"] == {"provider": "user", "model": "hand-made", "experiment": ""}
    second = await make_plan(user, name="Second")
    assert second["active"] is False
    listed = (await user.client.get("/api/workouts", headers=user.auth)).json()
    assert [p["name"] for p in listed["items"]] == ["Second", "First"] and listed["next_cursor"] is None
    activated = await user.client.post(f"/api/workouts/{second['id']}/activate", headers=user.auth)
    assert activated.status_code == 200 and activated.json()["active"] is True
    listed = (await user.client.get("/api/workouts", headers=user.auth)).json()
    assert [p["active"] for p in listed["items"]] == [True, False]

    got = await user.client.get(f"/api/workouts/{first['id']}", headers=user.auth)
    etag = got.headers["ETag"]
    renamed = {**plan_body(), "name": "Renamed"}
    ok = await user.client.put(f"/api/workouts/{first['id']}", json=renamed, headers={**user.auth, "If-Match": etag})
    assert ok.status_code == 200 and ok.json()["name"] == "Renamed" and ok.headers["ETag"] != etag
    assert ok.json()["id"] == first["id"] and ok.json()["created_at"] == first["created_at"]
    stale = await user.client.put(
        f"/api/workouts/{first['id']}", json=plan_body(), headers={**user.auth, "If-Match": etag}
    )
    assert_problem(stale, 412)
    stale_delete = await user.client.delete(f"/api/workouts/{first['id']}", headers={**user.auth, "If-Match": etag})
    assert_problem(stale_delete, 412)

    assert (await user.client.delete(f"/api/workouts/{second['id']}", headers=user.auth)).status_code == 204
    assert_problem(await user.client.get(f"/api/workouts/{second['id']}", headers=user.auth), 404)
    listed = (await user.client.get("/api/workouts", headers=user.auth)).json()
    assert [p["active"] for p in listed["items"]] == [False]


async def test_hand_made_plan_rejects_unusable_fields_and_warns_about_the_rest(app: FastAPI) -> None:
    user = await sign_up(app)
    bad = plan_body()
    bad["days"][1]["exercises"][0]["exercise_id"] = "no-such-lift"
    bad["days"][0]["exercises"][1]["reps_min"] = 12
    response = await user.client.post("/api/workouts", json=bad, headers=user.auth)
    assert_problem(response, 422, "days.1.exercises.0.exercise_id")
    assert "days.0.exercises.1.reps_max" in [e["field"] for e in response.json()["errors"]]
    assert (await user.client.get("/api/workouts", headers=user.auth)).json()["items"] == []

    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)  # dumbbells and a bench, no barbell
    custom = plan_body()
    custom["days"][0]["exercises"].append({**custom["days"][0]["exercises"][0], "exercise_id": "custom:sled-push"})
    plan = await make_plan_from(user, custom)
    codes = {w["code"] for w in plan["warnings"]}
    assert "equipment" in codes, plan["warnings"]
    assert all(w.get("exercise_id") != "custom:sled-push" for w in plan["warnings"])
    assert plan["days"][0]["exercises"][0]["exercise_id"] == SQUAT  # stored as written, not swapped


async def make_plan_from(user: User, body: dict[str, Any]) -> dict[str, Any]:
    response = await user.client.post("/api/workouts", json=body, headers=user.auth)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_another_users_plan_session_and_metric_are_404(app: FastAPI) -> None:
    alice, bob = await sign_up(app), await sign_up(app, ip="198.51.100.8")
    plan = await make_plan(alice)
    session = await log(alice, plan["id"], monday(1), [(SQUAT, 5, 100.0, 8.0)])
    metric = await alice.client.post(
        "/api/progress/metrics", json={"measured_at": monday(1).isoformat(), "weight_kg": 70}, headers=alice.auth
    )
    assert metric.status_code == 201
    body = session_body(monday(1).isoformat(), [(SQUAT, 5, 100.0, 8.0)])
    attempts = [
        ("GET", f"/api/workouts/{plan['id']}", None), ("PUT", f"/api/workouts/{plan['id']}", plan_body()),
        ("DELETE", f"/api/workouts/{plan['id']}", None), ("POST", f"/api/workouts/{plan['id']}/activate", None),
        ("POST", f"/api/workouts/{plan['id']}/log", body), ("GET", f"/api/workouts/sessions/{session['id']}", None),
        ("PUT", f"/api/workouts/sessions/{session['id']}", body),
        ("DELETE", f"/api/workouts/sessions/{session['id']}", None),
        ("GET", f"/api/progress/metrics/{metric.json()['id']}", None),
        ("DELETE", f"/api/progress/metrics/{metric.json()['id']}", None),
    ]  # fmt: skip
    for method, path, json in attempts:
        assert_problem(await bob.client.request(method, path, json=json, headers=bob.auth), 404)
    assert (await bob.client.get("/api/workouts/sessions", headers=bob.auth)).json()["items"] == []
    assert (await bob.client.get("/api/progress/metrics", headers=bob.auth)).json()["items"] == []
    empty = (await bob.client.get("/api/workouts/progress", headers=bob.auth)).json()
    assert empty["personal_records"] == [] and empty == ProgressPublic.model_validate(empty).model_dump(mode="json")
    assert (await alice.client.get(f"/api/workouts/sessions/{session['id']}", headers=alice.auth)).status_code == 200
    assert (await alice.client.get("/api/workouts/progress")).status_code == 401


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda b: b["exercises"][0]["sets"][0].update(rpe=7.3), "exercises.0.sets.0.rpe"),
        (lambda b: b["exercises"][0]["sets"][0].update(reps=500), "exercises.0.sets.0.reps"),
        (lambda b: b["exercises"][0]["sets"][0].update(weight_kg=900), "exercises.0.sets.0.weight_kg"),
        (lambda b: b["exercises"][0]["sets"][0].update(weight_kg=-5), "exercises.0.sets.0.weight_kg"),
        (lambda b: b["exercises"][0].update(exercise_id="no-such-lift"), "exercises.0.exercise_id"),
        (lambda b: b["exercises"][0].update(exercise_id="custom:sled-push"), "exercises.0.name"),
        (lambda b: b.update(day_index=3), "day_index"),
        (lambda b: b.update(started_at="2026-01-05T10:00:00"), "started_at"),
        (lambda b: b.update(started_at="2999-01-05T10:00:00Z"), "started_at"),
        (lambda b: b.update(energy=9), "energy"),
        (lambda b: b.update(exercises=[]), "exercises"),
        (lambda b: b.update(duration_minutes=0), "duration_minutes"),
    ],
)
async def test_invalid_sessions_are_422_naming_the_field_and_store_nothing(
    app: FastAPI, change: Any, field: str
) -> None:
    user = await sign_up(app)
    plan = await make_plan(user)
    body = session_body(monday(1).isoformat(), [(SQUAT, 5, 100.0, 8.0)])
    change(body)
    response = await user.client.post(f"/api/workouts/{plan['id']}/log", json=body, headers=user.auth)
    assert_problem(response, 422, field)
    assert (await user.client.get("/api/workouts/sessions", headers=user.auth)).json()["items"] == []
    weeks = (await user.client.get("/api/workouts/progress", headers=user.auth)).json()["weeks"]
    assert sum(w["sessions"] for w in weeks) == 0


async def test_history_pages_have_no_duplicates_or_gaps_and_filter_by_date(app: FastAPI) -> None:
    user = await sign_up(app)
    plan = await make_plan(user)
    starts = [monday(4) + timedelta(hours=13 * i) for i in range(23)]
    for started in starts:
        await log(user, plan["id"], started, [(SQUAT, 5, 100.0, None)], day=None)
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 5, **({"cursor": cursor} if cursor else {})}
        page = (await user.client.get("/api/workouts/sessions", params=params, headers=user.auth)).json()
        seen += [s["started_at"] for s in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    expected = [s.isoformat().replace("+00:00", "Z") for s in sorted(starts, reverse=True)]
    assert [datetime.fromisoformat(s) for s in seen] == [datetime.fromisoformat(s) for s in expected]
    day = starts[4].date()
    window = await user.client.get("/api/workouts/sessions", params={"from": day.isoformat(), "to": day.isoformat()},
                                   headers=user.auth)  # fmt: skip
    assert {datetime.fromisoformat(s["started_at"]).date() for s in window.json()["items"]} == {day}
    bad = await user.client.get("/api/workouts/sessions", params={"cursor": "garbage"}, headers=user.auth)
    assert_problem(bad, 422, "query.cursor")


async def test_progress_figures_for_known_sessions(app: FastAPI) -> None:
    user = await sign_up(app)
    plan = await make_plan(user)  # three days a week, strength; no profile: beginner band 4-10
    pid = plan["id"]
    bench_only = [(BENCH, 5, 60.0, 5.0)] * 3  # not hard (RPE 5, five or more reps left): volume 900
    full = [(SQUAT, 5, 100.0, 8.0)] * 3 + [(BENCH, 5, 60.0, 5.0)] * 3  # volume 2400
    for day in (0, 2):
        await log(user, pid, monday(3) + timedelta(days=day), bench_only, day=day)
    for day in (0, 2, 4):
        await log(user, pid, monday(2) + timedelta(days=day), full, day=day)
    best = await log(user, pid, monday(1) + timedelta(days=1), [(SQUAT, 3, 110.0, 9.0), (SQUAT, 8, 100.0, None)])
    await log(user, pid, monday(1) + timedelta(days=3), [(SQUAT, 5, 100.0, 8.0)] * 3, day=2)
    await log(user, pid, monday(1) + timedelta(days=5), bench_only, day=4)
    kinds = {(r["exercise_id"], r["kind"]) for r in best["new_records"]}
    assert {(SQUAT, "e1rm"), (SQUAT, "heaviest_weight")} <= kinds

    progress = (await user.client.get("/api/workouts/progress", params={"weeks": 4}, headers=user.auth)).json()
    weeks = progress["weeks"]
    assert [w["sessions"] for w in weeks] == [2, 3, 3, 0]
    assert [w["volume_kg"] for w in weeks] == [1800, 7200, 1130 + 1500 + 900, 0]
    assert weeks[1]["target_sessions"] == 3
    last = weeks[2]["hard_sets_by_muscle"]
    assert last["quads"] == {"hard_sets": 5.0, "band_min": 4, "band_max": 12, "status": "within"}
    assert last["adductors"]["hard_sets"] == 2.5 and last["chest"]["status"] == "below"
    assert "chest" not in weeks[1]["hard_sets_by_muscle"] or weeks[1]["hard_sets_by_muscle"]["chest"]["hard_sets"] == 0
    assert weeks[1]["hard_sets_by_muscle"]["quads"]["hard_sets"] == 9.0
    # 100 x 5 @ 8 is 123.3 kg on the RPE table; 100 x 8 with no RPE is Epley's 126.7 (review 21: one e1RM everywhere).
    assert [p["e1rm_kg"] for p in progress["e1rm"][SQUAT]] == [123.3, 126.7]
    # 60 x 5 @ 5: at most 4 reps in reserve are credited (RPE 6), 78.7 kg on the RPE table (review 21).
    assert [p["e1rm_kg"] for p in progress["e1rm"][BENCH]] == [78.7, 78.7, 78.7]
    records = {(r["exercise_id"], r["kind"], r.get("weight_kg")): r for r in progress["personal_records"]}
    assert records[(SQUAT, "e1rm", None)]["e1rm_kg"] == 126.7
    assert records[(SQUAT, "heaviest_weight", 110.0)]["reps"] == 3
    assert records[(SQUAT, "most_reps", 100.0)]["reps"] == 8
    assert records[(BENCH, "most_reps", 60.0)]["date"] == (monday(3)).date().isoformat()
    assert progress["streak_weeks"] == 2
    assert progress["adherence"] == {"days_per_week": 3, "weeks": 3, "planned": 9, "done": 8, "pct": 88.9}
    # Serialised without the response model (for speed), yet exactly what the model would answer: every field.
    assert progress == ProgressPublic.model_validate(progress).model_dump(mode="json")

    # Deleting the record session brings the next best back; moving a session moves its week.
    assert (await user.client.delete(f"/api/workouts/sessions/{best['id']}", headers=user.auth)).status_code == 204
    progress = (await user.client.get("/api/workouts/progress", params={"weeks": 4}, headers=user.auth)).json()
    records = {(r["exercise_id"], r["kind"], r.get("weight_kg")): r for r in progress["personal_records"]}
    assert records[(SQUAT, "e1rm", None)]["e1rm_kg"] == 123.3  # 100 x 5 @ 8 on the RPE table
    assert records[(SQUAT, "e1rm", None)]["date"] == monday(2).date().isoformat()
    assert (SQUAT, "most_reps", 110.0) not in records
    assert progress["streak_weeks"] == 0 and progress["weeks"][2]["volume_kg"] == 2400


async def test_a_first_time_is_a_baseline_and_a_record_names_the_best_it_beat(app: FastAPI) -> None:
    """A new user's review: a first workout claimed 9 records. Records with nothing before them say so
    (`previous` null: a baseline), and a record beaten names the old best."""
    user = await sign_up(app)
    pid = (await make_plan(user))["id"]
    first = await log(user, pid, monday(2), [(SQUAT, 5, 100.0, 8.0)] * 3 + [(BENCH, 5, 60.0, 8.0)] * 3)
    assert first["new_records"], "a first session holds every record"
    assert all(r["previous"] is None for r in first["new_records"])
    better = await log(user, pid, monday(1), [(SQUAT, 5, 105.0, 8.0), (SQUAT, 5, 100.0, 8.0), (BENCH, 5, 60.0, 8.0)])
    held = {(r["exercise_id"], r["kind"], r.get("weight_kg")): r for r in better["new_records"]}
    assert held[(SQUAT, "heaviest_weight", None)]["previous"] == [100.0, 5]
    assert held[(SQUAT, "e1rm", None)]["previous"] < held[(SQUAT, "e1rm", None)]["value"]
    # Never lifted 105 before: no reps to beat there, so no most-reps record (review 26); the heaviest set says it.
    assert (SQUAT, "most_reps", 105.0) not in held
    assert not any(ex == BENCH for ex, _kind, _w in held)  # the same bench is no record


async def test_editing_a_session_moves_it_between_weeks(app: FastAPI) -> None:
    user = await sign_up(app)
    plan = await make_plan(user)
    session = await log(user, plan["id"], monday(2), [(SQUAT, 5, 100.0, 8.0)])
    got = await user.client.get(f"/api/workouts/sessions/{session['id']}", headers=user.auth)
    moved = session_body(monday(1).isoformat(), [(SQUAT, 5, 120.0, 8.0)])
    headers = {**user.auth, "If-Match": got.headers["ETag"]}
    edited = await user.client.put(f"/api/workouts/sessions/{session['id']}", json=moved, headers=headers)
    assert edited.status_code == 200, edited.text
    assert_problem(await user.client.put(f"/api/workouts/sessions/{session['id']}", json=moved, headers=headers), 412)
    weeks = (await user.client.get("/api/workouts/progress", params={"weeks": 3}, headers=user.auth)).json()["weeks"]
    assert [(w["sessions"], w["volume_kg"]) for w in weeks] == [(0, 0), (1, 600), (0, 0)]


async def test_body_metrics_series(app: FastAPI) -> None:
    user = await sign_up(app)
    for days_ago, weight in ((20, 80.0), (10, 79.0), (1, 78.5)):
        at = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat()
        body = {"measured_at": at, "weight_kg": weight, "waist_cm": 90}
        response = await user.client.post("/api/progress/metrics", json=body, headers=user.auth)
        assert response.status_code == 201, response.text
    series = (await user.client.get("/api/progress/metrics", headers=user.auth)).json()["items"]
    assert [m["weight_kg"] for m in series] == [80.0, 79.0, 78.5]
    since = (datetime.now(UTC) - timedelta(days=15)).date().isoformat()
    recent = (await user.client.get("/api/progress/metrics", params={"from": since}, headers=user.auth)).json()
    assert [m["weight_kg"] for m in recent["items"]] == [79.0, 78.5]
    now = datetime.now(UTC).isoformat()
    assert_problem(await user.client.post("/api/progress/metrics", json={"measured_at": now, "weight_kg": 5},
                                          headers=user.auth), 422, "weight_kg")  # fmt: skip
    assert_problem(await user.client.post("/api/progress/metrics", json={"measured_at": now}, headers=user.auth), 422)
    assert len((await user.client.get("/api/progress/metrics", headers=user.auth)).json()["items"]) == 3


async def test_change_the_progression_scheme_of_a_plan_or_one_exercise(app: FastAPI) -> None:
    alice, bob = await sign_up(app), await sign_up(app, ip="198.51.100.9")
    plan = await make_plan(alice)
    url = f"/api/workouts/{plan['id']}/progression"
    whole = await alice.client.patch(url, json={"method": "linear"}, headers=alice.auth)
    assert whole.status_code == 200, whole.text
    assert whole.json()["progression"]["method"] == "linear" and whole.headers["ETag"]
    etag = whole.headers["ETag"]
    one = await alice.client.patch(
        url, json={"method": "rpe", "exercise_id": BENCH}, headers={**alice.auth, "If-Match": etag}
    )
    assert one.status_code == 200, one.text
    items = [e for d in one.json()["days"] for e in d["exercises"]]
    assert {e["progression"] for e in items if e["exercise_id"] == BENCH} == {"rpe"}
    assert {e["progression"] for e in items if e["exercise_id"] == SQUAT} == {None}
    assert one.json()["progression"]["method"] == "linear"
    got = (await alice.client.get(f"/api/workouts/{plan['id']}", headers=alice.auth)).json()
    assert got["days"] == one.json()["days"]

    assert_problem(await alice.client.patch(url, json={"method": "rpe"}, headers={**alice.auth, "If-Match": etag}), 412)
    assert_problem(await alice.client.patch(url, json={"method": "random"}, headers=alice.auth), 422, "method")
    missing = await alice.client.patch(url, json={"method": "rpe", "exercise_id": "dumbbell-curl"}, headers=alice.auth)
    assert_problem(missing, 422, "exercise_id")
    assert_problem(await bob.client.patch(url, json={"method": "rpe"}, headers=bob.auth), 404)
    unknown = "/api/workouts/0123456789abcdef0123456789abcdef/progression"
    assert_problem(await alice.client.patch(unknown, json={"method": "rpe"}, headers=alice.auth), 404)
