"""Swapping one exercise of a plan (POST /api/workouts/{plan_id}/swap, GET .../swap-options) and the
substitutions offered to a signed-in user, through the app; candidates as a property over profiles."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

from shared.bootstrap import get_services
from shared.exercises.catalog import all_exercises, get_exercise
from shared.plans.engine import generate_plan
from shared.plans.rules import REHAB_BASICS, PlanOverrides, resolve
from shared.plans.schema import Plan
from shared.plans.substitutes import candidates, fits, replaced
from shared.plans.validator import validate_plan
from shared.plans.volume import eligible_pool
from shared.profile.model import FitnessProfile
from shared.store import containers
from shared.workouts import plans
from tests.support.identity import PROFILE, User, sign_up
from tests.support.workout_fixtures import plan_body
from tests.unit.plan_strategies import profiles

KNEE_SEVERE = {**PROFILE, "injuries": [{"area": "knee", "severity": "severe", "notes": ""}]}
KNEE_MODERATE = {**PROFILE, "injuries": [{"area": "knee", "severity": "moderate", "notes": ""}]}


async def onboarded(app: FastAPI, profile: dict[str, Any] = PROFILE, ip: str = "198.51.100.7") -> User:
    user = await sign_up(app, ip=ip)
    response = await user.client.put("/api/users/profile", json=profile, headers=user.auth)
    assert response.status_code == 200, response.text
    return user


async def engine_plan(user: User, profile: dict[str, Any]) -> Plan:
    """The engine's plan for this profile, stored for the user as a generated plan is."""
    plan = generate_plan(FitnessProfile.model_validate(profile))
    await plans.save_plan((await get_services()).store, user.user_id, plan)
    return plan


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    if field:
        assert field in [e["field"] for e in body["errors"]], body
    return body


def as_plan(body: dict[str, Any]) -> Plan:
    """A plan as the API answers it, without the stored-plan and swap extras."""
    extras = {"active", "warnings", "updated_at", "swapped", "repairs"}
    return Plan.model_validate({k: v for k, v in body.items() if k not in extras})


def items_of(plan: dict[str, Any], day_index: int) -> list[dict[str, Any]]:
    return next(d["exercises"] for d in plan["days"] if d["day_index"] == day_index)


async def options(user: User, plan_id: str, day_index: int, exercise_id: str) -> Any:
    params: dict[str, int | str] = {"day_index": day_index, "exercise_id": exercise_id}
    return await user.client.get(f"/api/workouts/{plan_id}/swap-options", params=params, headers=user.auth)


async def swap(user: User, plan_id: str, body: dict[str, Any], if_match: str | None = None) -> Any:
    headers = {**user.auth, **({"If-Match": if_match} if if_match else {})}
    return await user.client.post(f"/api/workouts/{plan_id}/swap", json=body, headers=headers)


async def test_swap_picks_a_fitting_replacement_and_the_plan_passes_the_validator(app: FastAPI) -> None:
    user = await onboarded(app)
    plan = await engine_plan(user, PROFILE)
    profile = FitnessProfile.model_validate(PROFILE)
    day = plan.days[0]
    old = day.exercises[0]
    offered = await options(user, plan.id, day.day_index, old.exercise_id)
    assert offered.status_code == 200, offered.text
    assert offered.headers["Cache-Control"] == "no-store"
    listed = offered.json()
    assert listed["exercise_id"] == old.exercise_id and listed["items"], listed
    for option in listed["items"]:
        exercise = get_exercise(option["id"])
        assert set(exercise.equipment) <= {"bodyweight", "dumbbells", "bench"}
        assert exercise.pattern == get_exercise(old.exercise_id).pattern and option["why"]
        assert option["id"] not in {i.exercise_id for i in day.exercises}

    got = await user.client.get(f"/api/workouts/{plan.id}", headers=user.auth)
    done = await swap(user, plan.id, {"day_index": day.day_index, "exercise_id": old.exercise_id}, got.headers["ETag"])
    assert done.status_code == 200, done.text
    body = done.json()
    new_id = listed["items"][0]["id"]
    assert body["swapped"] == {
        "day_index": day.day_index,
        "from": {"exercise_id": old.exercise_id, "name": old.name},
        "to": {"exercise_id": new_id, "name": get_exercise(new_id).name},
    }
    assert isinstance(body["repairs"], list) and done.headers["ETag"] != got.headers["ETag"]
    slot = items_of(body, day.day_index)[0]
    new = get_exercise(new_id)
    assert slot["exercise_id"] == new_id and slot["name"] == new.name
    assert (slot["sets"], slot["role"], slot["warmup_sets"]) == (old.sets, old.role, old.warmup_sets)
    assert new.dose_min <= slot["reps_min"] <= slot["reps_max"] <= new.dose_max
    assert slot["progression"] is not None
    stored = as_plan((await user.client.get(f"/api/workouts/{plan.id}", headers=user.auth)).json())
    assert stored.days == as_plan(body).days
    report = validate_plan(stored, profile)
    assert report.ok, report.violations


async def test_an_explicit_replacement_must_fit_the_user(app: FastAPI) -> None:
    user = await onboarded(app, KNEE_SEVERE)  # dumbbells and a bench, a severe knee injury
    body = plan_body()
    body["days"][0]["exercises"][0] = {**body["days"][0]["exercises"][0], "exercise_id": "goblet-squat-dumbbell"}
    made = await user.client.post("/api/workouts", json=body, headers=user.auth)
    assert made.status_code == 201, made.text
    plan = made.json()
    base = {"day_index": 0, "exercise_id": "goblet-squat-dumbbell"}
    needs_kit = assert_problem(
        await swap(user, plan["id"], {**base, "replacement_id": "barbell-front-squat"}), 422, "replacement_id"
    )
    assert "barbell" in needs_kit["detail"], needs_kit
    assert get_exercise("dumbbell-front-squat").contraindicated_for({"knee": "severe"})
    injured = assert_problem(
        await swap(user, plan["id"], {**base, "replacement_id": "dumbbell-front-squat"}), 422, "replacement_id"
    )
    assert "knee" in injured["detail"], injured
    push = assert_problem(await swap(user, plan["id"], {**base, "replacement_id": "push-up"}), 422, "replacement_id")
    assert "squat" in push["detail"], push
    assert_problem(await swap(user, plan["id"], {**base, "replacement_id": "no-such-lift"}), 422, "replacement_id")
    assert_problem(
        await swap(user, plan["id"], {**base, "replacement_id": "goblet-squat-dumbbell"}), 422, "replacement_id"
    )
    unchanged = (await user.client.get(f"/api/workouts/{plan['id']}", headers=user.auth)).json()
    assert unchanged["days"] == plan["days"] and unchanged["updated_at"] == plan["updated_at"]

    # A severe knee waits for a physiotherapist's go-ahead: no squat-pattern option loads it (the seventh review);
    # only its rehab basics are offered, with the note that says so (review 20: substituted, not only banned).
    offered = (await options(user, plan["id"], 0, "goblet-squat-dumbbell")).json()["items"]
    assert {o["id"] for o in offered} <= REHAB_BASICS["knee"], offered
    # Once the knee is moderate, the knee-friendly options are offered and a chosen one is swapped in.
    response = await user.client.put("/api/users/profile", json=KNEE_MODERATE, headers=user.auth)
    assert response.status_code == 200, response.text
    offered = (await options(user, plan["id"], 0, "goblet-squat-dumbbell")).json()["items"]
    assert offered, "a moderate knee still has some squat-pattern option"
    chosen = offered[-1]["id"]
    done = await swap(user, plan["id"], {**base, "replacement_id": chosen})
    assert done.status_code == 200, done.text
    assert items_of(done.json(), 0)[0]["exercise_id"] == chosen


async def test_a_severe_knee_never_gets_a_knee_contraindicated_replacement(app: FastAPI) -> None:
    user = await onboarded(app, KNEE_SEVERE)
    plan = await engine_plan(user, KNEE_SEVERE)
    swapped = 0
    for day in plan.days:
        for item in day.exercises:
            offered = (await options(user, plan.id, day.day_index, item.exercise_id)).json()
            for option in offered["items"]:
                assert not get_exercise(option["id"]).contraindicated_for({"knee": "severe"}), option
            if offered["items"] and swapped < 3:
                done = await swap(user, plan.id, {"day_index": day.day_index, "exercise_id": item.exercise_id})
                assert done.status_code == 200, done.text
                to = done.json()["swapped"]["to"]["exercise_id"]
                assert not get_exercise(to).contraindicated_for({"knee": "severe"})
                swapped += 1
    assert swapped


async def test_another_users_plan_is_404_and_a_stale_if_match_412(app: FastAPI) -> None:
    alice, bob = await onboarded(app), await onboarded(app, ip="198.51.100.9")
    plan = await engine_plan(alice, PROFILE)
    item = plan.days[0].exercises[0]
    body: dict[str, Any] = {"day_index": plan.days[0].day_index, "exercise_id": item.exercise_id}
    assert_problem(await swap(bob, plan.id, body), 404)
    assert_problem(await options(bob, plan.id, body["day_index"], item.exercise_id), 404)
    assert_problem(await swap(alice, "0123456789abcdef0123456789abcdef", body), 404)
    assert_problem(await swap(alice, plan.id, body, if_match='"stale"'), 412)
    unchanged = (await alice.client.get(f"/api/workouts/{plan.id}", headers=alice.auth)).json()
    assert items_of(unchanged, body["day_index"])[0]["exercise_id"] == item.exercise_id


async def test_unknown_day_or_exercise_is_422_naming_the_field(app: FastAPI) -> None:
    user = await onboarded(app)
    plan = await engine_plan(user, PROFILE)
    free_day = next(i for i in range(7) if i not in {d.day_index for d in plan.days})
    day = plan.days[0]
    on_day = {i.exercise_id for i in day.exercises}
    elsewhere = next(e.id for e in all_exercises() if e.id not in on_day)
    assert_problem(await swap(user, plan.id, {"day_index": free_day, "exercise_id": elsewhere}), 422, "day_index")
    assert_problem(await swap(user, plan.id, {"day_index": 9, "exercise_id": elsewhere}), 422, "day_index")
    assert_problem(
        await swap(user, plan.id, {"day_index": day.day_index, "exercise_id": elsewhere}), 422, "exercise_id"
    )
    assert_problem(await swap(user, plan.id, {"day_index": day.day_index}), 422, "exercise_id")
    assert_problem(await options(user, plan.id, free_day, elsewhere), 422, "query.day_index")
    assert_problem(await options(user, plan.id, day.day_index, elsewhere), 422, "query.exercise_id")


async def test_a_hand_made_plan_changes_only_in_the_swapped_slot(app: FastAPI) -> None:
    user = await onboarded(app)  # dumbbells and a bench: the hand-made plan's barbell lifts do not fit
    body = plan_body()
    body["days"][0]["exercises"].append({**body["days"][0]["exercises"][0], "exercise_id": "custom:sled-push"})
    made = await user.client.post("/api/workouts", json=body, headers=user.auth)
    assert made.status_code == 201, made.text
    plan = made.json()
    done = await swap(user, plan["id"], {"day_index": 0, "exercise_id": "barbell-back-squat"})
    assert done.status_code == 200, done.text
    after = done.json()
    new = get_exercise(after["swapped"]["to"]["exercise_id"])
    assert new.pattern == "squat" and new.needs_only(frozenset({"dumbbells", "bench"})), new
    assert after["repairs"] == [] and after["source"] == plan["source"]
    assert [i["exercise_id"] for i in items_of(after, 0)] == [new.id, "barbell-bench-press", "custom:sled-push"]
    assert items_of(after, 2) == items_of(plan, 2)  # other days as written
    assert all(w.get("exercise_id") != new.id or w["day_index"] != 0 for w in after["warnings"])
    custom = await swap(user, plan["id"], {"day_index": 0, "exercise_id": "custom:sled-push"})
    assert_problem(custom, 422, "exercise_id")


async def test_without_a_profile_a_swap_is_409(app: FastAPI) -> None:
    user = await sign_up(app)
    made = await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)
    plan_id = made.json()["id"]
    assert_problem(await swap(user, plan_id, {"day_index": 0, "exercise_id": "barbell-back-squat"}), 409)


async def test_substitutions_served_to_a_signed_in_user_fit_them(app: FastAPI) -> None:
    user = await onboarded(app, KNEE_SEVERE)
    pool = {e.id for e in eligible_pool(resolve(FitnessProfile.model_validate(KNEE_SEVERE)))}
    one = (await user.client.get("/api/exercises/barbell-back-squat", headers=user.auth)).json()
    assert set(one["substitutions"]) <= pool and set(one["substitutions"]) < set(
        get_exercise("barbell-back-squat").substitutions
    )
    listed = (await user.client.get("/api/exercises", headers=user.auth)).json()["items"]
    assert all(set(e["substitutions"]) <= pool for e in listed)
    newcomer = await sign_up(app, ip="198.51.100.10")  # no profile: nothing to fit, the catalog's own list
    raw = (await newcomer.client.get("/api/exercises/barbell-back-squat", headers=newcomer.auth)).json()
    assert raw["substitutions"] == get_exercise("barbell-back-squat").substitutions


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles)
def test_every_candidate_fits_the_user_and_keeps_the_pattern(profile: FitnessProfile) -> None:
    request = resolve(profile)
    pool = eligible_pool(request)
    injuries = dict(request.injuries)
    for day in generate_plan(profile).days:
        taken = {item.exercise_id for item in day.exercises}
        for item in day.exercises:
            exercise = get_exercise(item.exercise_id)
            found = candidates(exercise, request, pool, taken)
            assert len({e.id for e in found}) == len(found)
            for other in found:
                assert other.needs_only(request.equipment) and not other.contraindicated_for(injuries)
                assert fits(other, request) and other in pool
                assert other.pattern == exercise.pattern
                # Another kind (an isometric for a push-up) only when nothing of the same kind fits,
                # and then for the same lead muscle.
                if other.isolation != exercise.isolation:
                    assert not any(e.isolation == exercise.isolation for e in found), found
                    assert exercise.primary_muscles[0] in other.primary_muscles
                assert other.id not in taken and other.id != exercise.id
            if found:
                slot = replaced(item, found[0], request)
                assert (slot.sets, slot.role, slot.warmup_sets) == (item.sets, item.role, item.warmup_sets)
                assert slot.target_rpe <= request.rpe_cap
                if found[0].load_type in ("time", "distance"):
                    assert slot.duration_seconds is not None
                else:
                    assert found[0].dose_min <= slot.reps_min <= slot.reps_max <= found[0].dose_max


@pytest.mark.parametrize("job_kept", [True, False])
async def test_a_plan_generated_with_overrides_is_validated_against_them(app: FastAPI, job_kept: bool) -> None:
    """Longer sessions and more days than the profile's: the swap keeps them (the generating job's
    request while it is kept, else the plan's own days and longest session), nothing is trimmed."""
    user = await onboarded(app)
    overrides = PlanOverrides(days_per_week=4, session_minutes=90)
    plan = generate_plan(FitnessProfile.model_validate(PROFILE), overrides)
    store = (await get_services()).store
    await plans.save_plan(store, user.user_id, plan)
    if job_kept:
        job = {"id": plan.id, "userId": user.user_id, "type": "job", "kind": "plan", "request": overrides.model_dump()}
        await store.create(containers.AI.name, job)
    day = plan.days[0]
    done = await swap(user, plan.id, {"day_index": day.day_index, "exercise_id": day.exercises[0].exercise_id})
    assert done.status_code == 200, done.text
    body = done.json()
    assert len(body["days"]) == 4 and not [r for r in body["repairs"] if r["code"] == "minutes"], body["repairs"]
    assert [len(d["exercises"]) for d in body["days"]] == [len(d.exercises) for d in plan.days]
    assert [sum(i["sets"] for i in d["exercises"]) for d in body["days"]] == [
        sum(i.sets for i in d.exercises) for d in plan.days
    ]


async def test_a_swap_inside_a_superset_keeps_the_pair_and_renames_the_partner(app: FastAPI) -> None:
    short = {**PROFILE, "session_minutes": 20}
    user = await onboarded(app, short)
    plan = await engine_plan(user, short)
    day = next(d for d in plan.days if sum(1 for i in d.exercises if i.superset) >= 2)
    first, partner = [i for i in day.exercises if i.superset == "A"][:2]
    assert first.name in partner.notes
    done = await swap(user, plan.id, {"day_index": day.day_index, "exercise_id": first.exercise_id})
    assert done.status_code == 200, done.text
    items = items_of(done.json(), day.day_index)
    new = next(i for i in items if i["exercise_id"] == done.json()["swapped"]["to"]["exercise_id"])
    mate = next(i for i in items if i["exercise_id"] == partner.exercise_id)
    assert new["superset"] == mate["superset"] == "A"
    assert new["name"] in mate["notes"] and first.name not in mate["notes"], mate["notes"]
    assert new["notes"].startswith("Superset A1: alternate with " + partner.name), new["notes"]
    assert new["notes"].count("Superset") == 1
