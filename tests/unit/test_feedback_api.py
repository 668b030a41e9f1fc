"""Feedback that acts (issue 22, item 1), through the HTTP app on the embedded store and queue: plan ratings,
per-exercise answers that move the next targets and keep exercises out of swaps and new plans, a painful
answer's substitute and injury question, votes and reports on coach answers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.coach import messages
from shared.exercises.catalog import get_exercise
from shared.jobs.service import run_job_message
from shared.plans.engine import generate_plan
from shared.plans.rules import PlanOverrides
from shared.plans.validator import validate_plan
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.workouts import plans
from tests.support.identity import PROFILE, User, sign_up
from tests.support.workout_fixtures import plan_body, session_body

SQUAT = "barbell-back-squat"


async def onboarded(app: FastAPI, ip: str = "198.51.100.7") -> User:
    user = await sign_up(app, ip=ip)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    return user


async def post(user: User, path: str, body: Any, **headers: str) -> Any:
    return await user.client.post(path, json=body, headers={**user.auth, **headers})


def assert_problem(response: Any, status: int, field: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    if field:
        assert field in [e["field"] for e in response.json()["errors"]], response.text


async def hand_made_plan(user: User) -> str:
    made = await post(user, "/api/workouts", plan_body())
    assert made.status_code == 201, made.text
    assert (await post(user, f"/api/workouts/{made.json()['id']}/activate", None)).status_code == 200
    return str(made.json()["id"])


async def log(user: User, plan_id: str, when: datetime, reps: int, kg: float, rpe: float) -> str:
    body = session_body(when.isoformat(), [(SQUAT, reps, kg, rpe)] * 3)
    logged = await post(user, f"/api/workouts/{plan_id}/log", body, **{"Idempotency-Key": when.isoformat()})
    assert logged.status_code == 201, logged.text
    return str(logged.json()["id"])


async def squat_target(user: User) -> dict[str, Any]:
    found = await user.client.get("/api/ai/recommendations", headers=user.auth)
    assert found.status_code == 200, found.text
    return next(t for t in found.json()["targets"] if t["exercise_id"] == SQUAT)


# --- plan ratings -------------------------------------------------------------------------------------------------


async def test_a_plan_is_rated_when_made_and_after_its_first_week_only_by_its_owner(app: FastAPI) -> None:
    user, other = await onboarded(app), await onboarded(app, ip="198.51.100.8")
    plan_id = await hand_made_plan(user)
    rated = await post(user, f"/api/feedback/plans/{plan_id}", {"rating": 4, "tags": ["fits_my_goal", "too_long"]})
    assert rated.status_code == 200, rated.text
    assert (rated.json()["rating"], rated.json()["stage"], rated.json()["tags"]) == (4, "made", ["fits_my_goal",
                                                                                              "too_long"])  # fmt: skip
    again = await post(user, f"/api/feedback/plans/{plan_id}", {"rating": 2})
    assert again.json()["rating"] == 2  # the stage's rating is replaced, not added to
    assert_problem(await post(other, f"/api/feedback/plans/{plan_id}", {"rating": 5}), 404)
    assert_problem(await post(user, "/api/feedback/plans/no-such-plan", {"rating": 5}), 404)
    assert_problem(await post(user, f"/api/feedback/plans/{plan_id}", {"rating": 6}), 422, "rating")
    assert_problem(await post(user, f"/api/feedback/plans/{plan_id}", {"rating": "5"}), 422, "rating")
    assert_problem(await post(user, f"/api/feedback/plans/{plan_id}", {"rating": 3, "tags": ["meh"]}), 422, "tags.0")
    assert_problem(await post(user, f"/api/feedback/plans/{plan_id}", {"rating": 3, "stage": "later"}), 422, "stage")
    # The first week's rating waits for the first week.
    early = await post(user, f"/api/feedback/plans/{plan_id}", {"rating": 3, "stage": "first_week"})
    assert_problem(early, 409)
    store = (await get_services()).store
    stored = await plans.get_plan(store, user.user_id, plan_id)
    old = stored.plan.model_copy(update={"created_at": datetime.now(UTC) - timedelta(days=8)})
    await plans.save_plan(store, user.user_id, old.model_copy(update={"id": "week-old"}))
    week = await post(user, "/api/feedback/plans/week-old", {"rating": 5, "stage": "first_week", "tags": ["too_easy"]})
    assert week.status_code == 200 and week.json()["stage"] == "first_week", week.text


# --- per-exercise feedback and the next targets -------------------------------------------------------------------


async def test_too_easy_steps_the_load_up_now_and_too_hard_holds_it(app: FastAPI) -> None:
    user = await onboarded(app)
    plan_id = await hand_made_plan(user)
    await log(user, plan_id, datetime.now(UTC) - timedelta(days=2), 6, 100.0, 7.0)
    before = await squat_target(user)
    assert before["action"] == "add_reps" and before["weight_kg"] == 100.0, before  # the logs alone: more reps

    easy = await post(user, "/api/feedback/exercises", {"exercise_id": SQUAT, "kind": "too_easy"})
    assert easy.status_code == 201, easy.text
    assert "goes up sooner" in easy.json()["effect"]
    after = await squat_target(user)
    assert after["action"] == "increase_load" and after["weight_kg"] > 100.0, after
    assert "too easy" in after["reason"]

    hard = await post(user, "/api/feedback/exercises", {"exercise_id": SQUAT, "kind": "too_hard"})
    assert hard.status_code == 201
    held = await squat_target(user)
    assert held["action"] == "hold" and held["weight_kg"] == 100.0 and held["reps_max"] == 8, held

    # A session logged after the answer is new evidence: the logs decide again.
    await log(user, plan_id, datetime.now(UTC) + timedelta(minutes=1), 6, 100.0, 7.0)
    assert (await squat_target(user))["action"] == "add_reps"


async def test_too_hard_on_a_held_load_steps_it_down(app: FastAPI) -> None:
    user = await onboarded(app)
    plan_id = await hand_made_plan(user)
    await log(user, plan_id, datetime.now(UTC) - timedelta(days=2), 4, 100.0, 9.5)  # short of 5-8: a hold
    assert (await squat_target(user))["action"] == "hold"
    await post(user, "/api/feedback/exercises", {"exercise_id": SQUAT, "kind": "too_hard"})
    down = await squat_target(user)
    assert down["action"] == "reduce_load" and 85.0 <= down["weight_kg"] < 100.0, down


async def test_exercise_feedback_refuses_unknown_exercises_foreign_sessions_and_bad_kinds(app: FastAPI) -> None:
    user, other = await onboarded(app), await onboarded(app, ip="198.51.100.8")
    plan_id = await hand_made_plan(other)
    theirs = await log(other, plan_id, datetime.now(UTC) - timedelta(days=1), 6, 100.0, 7.0)
    ok = {"exercise_id": SQUAT, "kind": "too_easy"}
    assert_problem(await post(user, "/api/feedback/exercises", {**ok, "exercise_id": "moon-squat"}), 422, "exercise_id")
    assert_problem(await post(user, "/api/feedback/exercises", {**ok, "kind": "boring"}), 422, "kind")
    assert_problem(await post(user, "/api/feedback/exercises", {**ok, "area": "knee"}), 422, "area")
    assert_problem(await post(user, "/api/feedback/exercises", {**ok, "session_id": theirs}), 404)
    mine = await post(other, "/api/feedback/exercises", {**ok, "session_id": theirs})
    assert mine.status_code == 201 and mine.json()["session_id"] == theirs


# --- avoided exercises: swaps and the next plan -------------------------------------------------------------------


async def test_disliked_and_unavailable_exercises_leave_swaps_and_the_next_plan(app: FastAPI) -> None:
    user = await onboarded(app)
    services = await get_services()
    first = generate_plan(FitnessProfile.model_validate(PROFILE))
    await plans.save_plan(services.store, user.user_id, first)
    day = first.days[0]
    disliked, swapped = day.exercises[0].exercise_id, day.exercises[1].exercise_id
    params: dict[str, int | str] = {"day_index": day.day_index, "exercise_id": swapped}
    offered = await user.client.get(f"/api/workouts/{first.id}/swap-options", params=params, headers=user.auth)
    options = [o["id"] for o in offered.json()["items"]]
    assert options, offered.text
    unavailable = options[0]

    for exercise_id, kind in ((disliked, "disliked"), (unavailable, "no_equipment")):
        answer = await post(user, "/api/feedback/exercises", {"exercise_id": exercise_id, "kind": kind})
        assert answer.status_code == 201 and "left out of swaps" in answer.json()["effect"], answer.text

    offered = await user.client.get(f"/api/workouts/{first.id}/swap-options", params=params, headers=user.auth)
    assert unavailable not in [o["id"] for o in offered.json()["items"]]
    refused = await post(user, f"/api/workouts/{first.id}/swap", {**params, "replacement_id": unavailable})
    assert_problem(refused, 422, "replacement_id")
    assert "dislike or cannot do" in refused.text

    asked = await post(user, "/api/ai/generate-workout", {}, **{"Idempotency-Key": "plan-after-feedback"})
    assert asked.status_code == 202, asked.text
    [message] = await services.queue.receive(names.AI_JOBS, visibility_timeout=60)
    await run_job_message(services, message.body)
    job_id = json.loads(message.body)["job_id"]
    made = (await plans.get_plan(services.store, user.user_id, job_id)).plan
    given = {i.exercise_id for d in made.days for i in d.exercises}
    assert given and disliked not in given and unavailable not in given, given

    # Saying something else about it brings it back.
    await post(user, "/api/feedback/exercises", {"exercise_id": unavailable, "kind": "too_easy"})
    offered = await user.client.get(f"/api/workouts/{first.id}/swap-options", params=params, headers=user.auth)
    assert unavailable in [o["id"] for o in offered.json()["items"]]


# --- painful ------------------------------------------------------------------------------------------------------


async def test_painful_suggests_a_substitute_sparing_the_area_and_asks_before_adding_an_injury(app: FastAPI) -> None:
    user = await onboarded(app)
    plan_id = await hand_made_plan(user)
    await log(user, plan_id, datetime.now(UTC) - timedelta(days=2), 8, 60.0, 7.0)  # top of the range: an increase
    body = {"exercise_id": "barbell-bench-press", "kind": "painful", "area": "shoulder"}
    answer = await post(user, "/api/feedback/exercises", body)
    assert answer.status_code == 201, answer.text
    out = answer.json()
    sub = get_exercise(out["substitute"]["exercise_id"])
    assert not sub.contraindicated_for({"shoulder": "moderate"}), sub.id
    assert sub.pattern == get_exercise("barbell-bench-press").pattern
    assert out["injury_question"]["areas"] == ["shoulder"] and "shoulder" in out["injury_question"]["question"]
    assert out["advice"]
    profile = (await user.client.get("/api/users/profile", headers=user.auth)).json()
    assert [i["area"] for i in profile["injuries"]] == ["knee"]  # asked, never changed behind the user's back

    # The knee is already on the profile: no question about it.
    knee = await post(user, "/api/feedback/exercises", {"exercise_id": SQUAT, "kind": "painful", "area": "knee"})
    assert knee.json()["injury_question"] is None
    target = await squat_target(user)
    assert target["action"] in ("hold", "reduce_load") and target["weight_kg"] <= 60.0, target


# --- coach answers ------------------------------------------------------------------------------------------------


async def test_thumbs_and_reports_on_the_callers_coach_answers_only(app: FastAPI) -> None:
    user, other = await onboarded(app), await onboarded(app, ip="198.51.100.8")
    store = (await get_services()).store
    conversation = await messages.open_conversation(store, user.user_id, None)
    question = await messages.add_message(store, user.user_id, conversation, "user", "How many sets?")
    answer = await messages.add_message(store, user.user_id, conversation, "assistant", "Three.", provider="engine",
                                        model="vigor-engine")  # fmt: skip
    up = await post(user, f"/api/feedback/coach/{answer.id}", {"rating": "up"})
    assert up.status_code == 200 and (up.json()["rating"], up.json()["reported"]) == ("up", False), up.text
    reported = await post(user, f"/api/feedback/coach/{answer.id}", {"rating": "down", "report": True,
                                                                       "reason": "wrong"})  # fmt: skip
    assert (reported.json()["rating"], reported.json()["reported"], reported.json()["reason"]) == ("down", True,
                                                                                                   "wrong")  # fmt: skip
    again = await post(user, f"/api/feedback/coach/{answer.id}", {"rating": "up"})
    assert again.json()["reported"] is True  # a vote does not withdraw a report
    assert_problem(await post(other, f"/api/feedback/coach/{answer.id}", {"rating": "up"}), 404)
    assert_problem(await post(user, "/api/feedback/coach/nope", {"rating": "up"}), 404)
    assert_problem(await post(user, f"/api/feedback/coach/{question.id}", {"rating": "up"}), 422, "message_id")
    assert_problem(await post(user, f"/api/feedback/coach/{answer.id}", {}), 422, "rating")
    assert_problem(await post(user, f"/api/feedback/coach/{answer.id}", {"rating": "sideways"}), 422, "rating")
    assert_problem(await post(user, f"/api/feedback/coach/{answer.id}", {"rating": "up", "reason": "wrong"}), 422,
                   "reason")  # fmt: skip


# --- the checks an AI plan passes -----------------------------------------------------------------------------------


def test_an_ai_plan_with_an_avoided_exercise_has_it_swapped_by_the_checks_and_the_engine_never_picks_it() -> None:
    profile = FitnessProfile.model_validate(PROFILE)
    plan = generate_plan(profile)  # stands in for a provider's plan that used the exercise anyway
    avoided = plan.days[0].exercises[0].exercise_id
    report = validate_plan(plan, profile, PlanOverrides(avoid=(avoided,)))
    assert avoided not in {i.exercise_id for d in report.plan.days for i in d.exercises}
    assert any(r.code == "avoided" and r.exercise_id == avoided for r in report.repairs), report.repairs
    assert all(r.code != "avoided" for r in validate_plan(plan, profile).repairs)
    again = generate_plan(profile, PlanOverrides(avoid=(avoided,)))
    assert avoided not in {i.exercise_id for d in again.days for i in d.exercises}
    assert generate_plan(profile, PlanOverrides()).days == plan.days  # no feedback: the same plan as before


async def test_ratings_reach_the_admins_success_metrics_once(app: FastAPI) -> None:
    """A plan's rating (first answer per stage) and a coach answer's first vote and report are counted by source
    for the admin's success metrics; answering again replaces the user's answer but counts nothing twice."""
    from datetime import UTC, datetime

    from shared.bootstrap import get_services
    from shared.metrics import counters

    user = await onboarded(app)
    plan = await hand_made_plan(user)
    for rating in (4, 2):
        response = await post(user, f"/api/feedback/plans/{plan}", {"stage": "made", "rating": rating})
        assert response.status_code in (200, 201), response.text
    services = await get_services()
    today = datetime.now(UTC).date()
    rows = [r for r in await counters.read_range(services.store, today, today) if r.get("kind") == "plan"]
    assert sum(int(r.get("count", 0)) for r in rows) == 1 and sum(int(r.get("sum", 0)) for r in rows) == 4, rows
