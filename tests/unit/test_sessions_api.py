"""Logging without a plan, editing that keeps every field, and a log stored as sent (issue 19), through the app."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI

from tests.support.identity import User, sign_up
from tests.support.workout_fixtures import plan_body

SQUAT, BENCH, ROW, PUSH_UP = "barbell-back-squat", "barbell-bench-press", "barbell-row", "push-up"
LAST_WEEK = (datetime.now(UTC) - timedelta(days=8)).replace(microsecond=0).isoformat()


def body(**extra: Any) -> dict[str, Any]:
    return {
        "started_at": LAST_WEEK, "duration_minutes": 50,
        "exercises": [{"exercise_id": SQUAT, "sets": [{"reps": 5, "weight_kg": 100.0, "rpe": 8.0}]}], **extra,
    }  # fmt: skip


async def post(user: User, json: dict[str, Any], **headers: str) -> Any:
    return await user.client.post("/api/workouts/sessions", json=json, headers={**user.auth, **headers})


def fields(response: Any) -> list[str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    return [e["field"] for e in response.json()["errors"]]


async def history(user: User) -> list[dict[str, Any]]:
    return list((await user.client.get("/api/workouts/sessions", headers=user.auth)).json()["items"])


async def test_a_past_workout_without_a_plan_is_logged_and_counts_in_progress(app: FastAPI) -> None:
    user = await sign_up(app)
    logged = await post(user, body(day_index=None))
    assert logged.status_code == 201, logged.text
    session = logged.json()
    assert session["plan_id"] is None and session["day_index"] is None
    assert logged.headers["Location"] == f"/api/workouts/sessions/{session['id']}"
    assert {(r["exercise_id"], r["kind"]) for r in session["new_records"]} >= {(SQUAT, "e1rm")}
    assert [s["id"] for s in await history(user)] == [session["id"]]
    got = await user.client.get(f"/api/workouts/sessions/{session['id']}", headers=user.auth)
    assert got.status_code == 200 and got.json()["plan_id"] is None
    weeks = (await user.client.get("/api/workouts/progress", headers=user.auth)).json()["weeks"]
    assert sum(w["sessions"] for w in weeks) == 1 and sum(w["volume_kg"] for w in weeks) == 500


async def test_a_session_names_its_plan_and_day_or_is_422(app: FastAPI) -> None:
    user, other = await sign_up(app), await sign_up(app, ip="198.51.100.9")
    plan = (await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)).json()
    done = await post(user, body(plan_id=plan["id"], day_index=0))
    assert done.status_code == 201 and done.json()["plan_id"] == plan["id"], done.text
    assert fields(await post(user, body(plan_id=plan["id"], day_index=5))) == ["day_index"]
    assert fields(await post(other, body(plan_id=plan["id"]))) == ["plan_id"]  # another user's plan
    assert fields(await post(user, body(plan_id="no-such-plan"))) == ["plan_id"]
    assert len(await history(other)) == 0 and len(await history(user)) == 1


async def test_a_retry_with_the_same_idempotency_key_logs_once(app: FastAPI) -> None:
    user = await sign_up(app)
    first = await post(user, body(), **{"Idempotency-Key": "past-workout-1"})
    again = await post(user, body(), **{"Idempotency-Key": "past-workout-1"})
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert len(await history(user)) == 1
    changed = await post(user, body(duration_minutes=20), **{"Idempotency-Key": "past-workout-1"})
    assert changed.status_code == 409, changed.text  # the key names another request
    assert len(await history(user)) == 1


async def test_the_api_stores_the_sets_sent_no_more_no_fewer_and_a_blank_weight_as_none(app: FastAPI) -> None:
    """The issue: ticking one set of one exercise stored 16 extra sets. The API never adds a set; a missed set
    sent honestly (completed false) is kept and counts toward nothing; a blank weight is not 0 kg."""
    user = await sign_up(app)
    sent = body(exercises=[
        {"exercise_id": SQUAT, "sets": [{"reps": 5, "weight_kg": 100.0},
                                        {"reps": 0, "weight_kg": 100.0, "completed": False}]},
        {"exercise_id": PUSH_UP, "sets": [{"reps": 15}]},
    ])  # fmt: skip
    logged = (await post(user, sent)).json()
    assert [len(e["sets"]) for e in logged["exercises"]] == [2, 1]
    assert logged["exercises"][1]["sets"][0]["weight_kg"] is None
    assert logged["exercises"][0]["sets"][1]["completed"] is False
    weeks = (await user.client.get("/api/workouts/progress", headers=user.auth)).json()["weeks"]
    assert sum(w["volume_kg"] for w in weeks) == 500  # the missed set adds nothing


async def test_set_types_and_supersets_round_trip_and_warmups_are_not_hard_sets(app: FastAPI) -> None:
    user = await sign_up(app)
    sent = body(exercises=[
        {"exercise_id": SQUAT, "sets": [{"reps": 5, "weight_kg": 60.0, "set_type": "warmup"},
                                        {"reps": 5, "weight_kg": 60.0, "role": "warmup"},
                                        {"reps": 5, "weight_kg": 100.0, "set_type": "failure"},
                                        {"reps": 10, "weight_kg": 80.0, "set_type": "drop"}]},
        {"exercise_id": BENCH, "superset": "A", "sets": [{"reps": 8, "weight_kg": 60.0}]},
        {"exercise_id": ROW, "superset": "A", "sets": [{"reps": 8, "weight_kg": 60.0}]},
    ])  # fmt: skip
    logged = await post(user, sent)
    assert logged.status_code == 201, logged.text
    squat = logged.json()["exercises"][0]["sets"]
    assert [s["set_type"] for s in squat] == ["warmup", "warmup", "failure", "drop"]
    assert [s["role"] for s in squat] == ["warmup", "warmup", None, None]
    assert [e["superset"] for e in logged.json()["exercises"]] == [None, "A", "A"]
    weeks = (await user.client.get("/api/workouts/progress", headers=user.auth)).json()["weeks"]
    quads = [w["hard_sets_by_muscle"]["quads"]["hard_sets"] for w in weeks if "quads" in w["hard_sets_by_muscle"]]
    assert quads == [2]  # failure + drop, not the warm-ups
    assert sum(w["volume_kg"] for w in weeks) == 500 + 800 + 480 + 480

    alone = body(exercises=[{**sent["exercises"][1], "superset": "B"}, sent["exercises"][2]])
    assert fields(await post(user, alone)) == ["exercises.0.superset", "exercises.1.superset"]
    clash = body(exercises=[{"exercise_id": SQUAT, "sets": [{"reps": 5, "role": "warmup", "set_type": "drop"}]}])
    assert fields(await post(user, clash)) == ["exercises.0.sets.0.role"]


async def test_editing_keeps_every_field_the_client_leaves_out(app: FastAPI) -> None:
    """The issue: editing a session erased its notes, session RPE and energy."""
    user = await sign_up(app)
    logged = (await post(user, body(notes="Felt strong", session_rpe=8.5, energy=4))).json()
    url = f"/api/workouts/sessions/{logged['id']}"
    etag = (await user.client.get(url, headers=user.auth)).headers["ETag"]
    older_client = {k: v for k, v in body().items() if k != "notes"}
    older_client["exercises"][0]["sets"][0]["reps"] = 6
    edited = await user.client.put(url, json=older_client, headers={**user.auth, "If-Match": etag})
    assert edited.status_code == 200, edited.text
    kept = edited.json()
    assert (kept["notes"], kept["session_rpe"], kept["energy"]) == ("Felt strong", 8.5, 4)
    assert kept["exercises"][0]["sets"][0]["reps"] == 6 and kept["created_at"] == logged["created_at"]

    stale = await user.client.put(url, json={"energy": 2}, headers={**user.auth, "If-Match": etag})
    assert stale.status_code == 412
    just_energy = await user.client.put(url, json={"energy": 2}, headers=user.auth)
    assert just_energy.json()["energy"] == 2 and just_energy.json()["exercises"] == kept["exercises"]
    cleared = (await user.client.put(url, json={"notes": None, "session_rpe": None}, headers=user.auth)).json()
    assert (cleared["notes"], cleared["session_rpe"], cleared["energy"]) == ("", None, 2)

    assert fields(await user.client.put(url, json={"started_at": None}, headers=user.auth)) == ["started_at"]
    assert fields(await user.client.put(url, json={"exercises": None}, headers=user.auth)) == ["exercises"]
    future = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    assert fields(await user.client.put(url, json={"started_at": future}, headers=user.auth)) == ["started_at"]
    assert (await user.client.get(url, headers=user.auth)).json()["energy"] == 2  # nothing changed by the 422s


async def test_a_worry_written_in_a_logged_note_shapes_the_coach_from_then_on(app: FastAPI) -> None:
    """The seventeenth red team: "felt chest tightness on the last set" in a session's notes reached no other
    answer of the coach; logged or edited, the note's worry is remembered like one said in chat."""
    from shared.bootstrap import get_services
    from shared.coach import flags

    user = await sign_up(app)
    logged = await post(user, body(notes="great session"))
    assert logged.status_code == 201, logged.text
    services = await get_services()
    assert await flags.active(services.store, user.user_id) == set()
    session = logged.json()
    edited = await user.client.put(
        f"/api/workouts/sessions/{session['id']}", json={"notes": "felt chest tightness on the last set"},
        headers={**user.auth, "If-Match": logged.headers["ETag"]},
    )  # fmt: skip
    assert edited.status_code == 200, edited.text
    assert "urgent" in await flags.active(services.store, user.user_id)


async def test_a_workout_keeps_its_name_through_edits_and_a_blank_or_long_name_is_handled(app: FastAPI) -> None:
    user = await sign_up(app)
    logged = await post(user, body(name="  Upper A "))
    assert logged.status_code == 201 and logged.json()["name"] == "Upper A", logged.text
    url = f"/api/workouts/sessions/{logged.json()['id']}"
    kept = await user.client.put(url, json={"duration_minutes": 55}, headers=user.auth)
    assert kept.status_code == 200 and kept.json()["name"] == "Upper A", kept.text
    renamed = await user.client.put(url, json={"name": "Push day"}, headers=user.auth)
    assert renamed.json()["name"] == "Push day"
    cleared = await user.client.put(url, json={"name": None}, headers=user.auth)
    assert cleared.json()["name"] is None
    assert (await post(user, body(name="   "))).json()["name"] is None
    assert fields(await post(user, body(name="x" * 101))) == ["name"]
    assert [s["name"] for s in await history(user)] == [None, None]


async def test_the_history_names_each_sessions_version_for_an_offline_edit(app: FastAPI) -> None:
    """The web app edits offline from the history it kept: each item's `etag` is the If-Match a PUT needs (issue 21)."""
    user = await sign_up(app)
    logged = await post(user, body())
    assert logged.json()["etag"] == logged.headers["ETag"]
    [listed] = await history(user)
    got = await user.client.get(f"/api/workouts/sessions/{listed['id']}", headers=user.auth)
    assert listed["etag"] == got.headers["ETag"] == got.json()["etag"]
    edit = {"notes": "felt strong"}
    url = f"/api/workouts/sessions/{listed['id']}"
    saved = await user.client.put(url, json=edit, headers={**user.auth, "If-Match": listed["etag"]})
    assert saved.status_code == 200 and saved.json()["etag"] == saved.headers["ETag"] != listed["etag"]
    stale = await user.client.put(url, json={"notes": "older copy"}, headers={**user.auth, "If-Match": listed["etag"]})
    assert stale.status_code == 412
    assert (await history(user))[0]["notes"] == "felt strong"
