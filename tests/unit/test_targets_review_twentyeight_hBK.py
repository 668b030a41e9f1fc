"""Targets after logging, from review 28's defect 3 (issue 13, hBK): a heavy single (or any set outside the working
reps) never raises a target that the last work sets cut, for every scheme, and two failed sessions then a max effort
get a word in the recovery field. The review's pounds user B (q20: intermediate strength, imperial, 4 x 60, full gym),
squat and bench alike, in-process and over the route."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.plans import progression as prog
from shared.plans.engine import generate_plan
from shared.plans.recommendations import NextTarget, Recommendations, recommend
from shared.plans.schema import Plan
from shared.profile.model import FitnessProfile
from shared.workouts.model import LoggedSession
from tests.support.identity import PROFILE, sign_up
from tests.support.workout_fixtures import plan_body

SQUAT, BENCH = "barbell-back-squat", "barbell-bench-press"
GYM = ["barbell", "bench", "dumbbells", "pull_up_bar", "cable_machine", "machines", "cardio_machine", "kettlebells"]
START = datetime(2026, 10, 5, 17, tzinfo=UTC)  # in the past: a session cannot be logged ahead
LEVELS = {"rpe": ("intermediate", "strength"), "linear": ("beginner", "strength"),
          "double_progression": ("beginner", "hypertrophy")}  # fmt: skip


def _body(level: str = "intermediate", goal: str = "strength", units: str = "imperial") -> dict[str, Any]:
    return {**PROFILE, "injuries": [], "par_q": {}, "height_cm": 178, "weight_kg": 80, "goals": [goal],
            "fitness_level": level, "equipment": GYM, "days_per_week": 4, "session_minutes": 60, "birth_year": 1990,
            "sex": "male", "units": units}  # fmt: skip


@cache
def _plan(method: str = "rpe") -> Plan:
    level, goal = LEVELS[method]
    plan = generate_plan(FitnessProfile.model_validate(_body(level, goal)))
    assert plan.progression.method == method, plan.progression.method
    return plan.model_copy(update={"created_at": START - timedelta(days=1)})


def _lb(x: float) -> float:
    return round(x * prog.KG_PER_LB, 4)


def _sets(rows: list[tuple[float, int, float | None, bool]]) -> list[dict[str, Any]]:
    return [{"reps": r, "weight_kg": _lb(w), "rpe": rpe, "completed": done} for w, r, rpe, done in rows]


def _session(day: float, exercises: dict[str, list[dict[str, Any]]]) -> LoggedSession:
    return LoggedSession.model_validate(
        {"started_at": START + timedelta(days=day), "duration_minutes": 55, "day_index": 0, "session_rpe": 8,
         "exercises": [{"exercise_id": e, "sets": s} for e, s in exercises.items()]}
    )  # fmt: skip


def _user_b(n: int = 6) -> list[dict[str, Any]]:
    """The review's user B (sessions.py): squat 225 -> 235 -> 245 x 5 @ 8 with back-offs at 90%, 255 x 4 @ 9.5, 255 x 3
    @ 10 with a set missed, then 295 x 1 @ 9.5 on its own (bench 155 -> 170 alike, then 195 x 1 @ 10), days 0-11."""
    out = []
    for i, (top, bench) in enumerate(zip((225, 235, 245, 255, 255), (155, 160, 165, 170, 170), strict=True)):
        back, bback = round(top * 0.9 / 5) * 5, round(bench * 0.9 / 5) * 5
        if i < 3:
            squat = [(top, 5, 8, True), (back, 5, 7.5, True), (back, 5, 7.5, True)]
        elif i == 3:
            squat = [(top, 4, 9.5, True), (back, 5, 8.5, True), (back, 5, 9, True)]
        else:
            squat = [(top, 3, 10, False), (back, 5, 9, True), (back, 4, 9.5, True)]
        press = ([(bench, 5, 8, True), (bback, 5, 7.5, True), (bback, 5, 7.5, True)] if i < 3
                 else [(bench, 4, 9.5, True), (bback, 5, 9, True), (bback, 4, 9.5, True)])  # fmt: skip
        out.append({"day": 2 * i, SQUAT: squat, BENCH: press})
    out.append({"day": 11, SQUAT: [(295, 1, 9.5, True)], BENCH: [(195, 1, 10, True)]})
    return out[:n]


def _sessions(rows: list[dict[str, Any]]) -> list[LoggedSession]:
    return [_session(r["day"], {k: _sets(v) for k, v in r.items() if k != "day"}) for r in rows]


def _recommend(sessions: list[LoggedSession], plan: Plan | None = None) -> Recommendations:
    now = max(s.started_at for s in sessions) + timedelta(hours=20)
    return recommend(sessions, plan=plan or _plan(), now=now, units="imperial")


def _targets(result: Recommendations) -> dict[str, NextTarget]:
    return {t.exercise_id: t for t in result.targets}


def test_user_bs_single_leaves_the_squat_cut_at_240_lb_and_the_recovery_says_why() -> None:
    """Review 28 D3: after the two short sessions the squat is cut to 240 lb; the 295 lb single took it back to 250 lb
    under "reduce_load" ("fatigue, not lost strength ... down from 255 lb") with an empty recovery field. Now the cut
    stays at 240 lb, the single is named as left out (records yes, target no), as on the bench (160 lb), and the
    recovery field names the all-out single after two failed sessions."""
    before = _targets(_recommend(_sessions(_user_b(5))))
    after_result = _recommend(_sessions(_user_b(6)))
    after = _targets(after_result)
    for lift, load in ((SQUAT, 240.0), (BENCH, 160.0)):
        assert (before[lift].action, before[lift].weight) == ("reduce_load", load), before[lift].reason
        target = after[lift]
        assert (target.action, target.weight) == ("reduce_load", load), target.reason
        assert "not lost strength" not in target.reason and "comes down less" not in target.reason, target.reason
        assert any("not used for this target" in n for n in target.notes), target.notes
    advice = [a for a in after_result.recovery if a.kind == "max_after_misses"]
    assert advice, after_result.recovery
    assert "Barbell back squat 295 lb at RPE 9.5" in advice[0].message, advice[0].message
    assert "Barbell bench press 195 lb at RPE 10" in advice[0].message, advice[0].message
    assert "not in your target" in advice[0].message, advice[0].message


def test_a_single_among_the_short_work_sets_leaves_the_cut_too() -> None:
    """The same single logged first in the second short session, not on its own day: the target is still the cut."""
    rows = _user_b(5)
    rows[4] = {**rows[4], SQUAT: [(295, 1, 9.5, True), *rows[4][SQUAT]]}
    result = _recommend(_sessions(rows))
    squat = _targets(result)[SQUAT]
    assert (squat.action, squat.weight) == ("reduce_load", 240.0), squat.reason
    assert "max_after_misses" in {a.kind for a in result.recovery}, result.recovery


def test_no_max_after_misses_advice_without_the_misses_or_without_an_all_out_effort() -> None:
    """One short session then a single, or two short sessions then an easy single (RPE 8): no such advice."""
    one_miss = [*_user_b(4), {"day": 11, SQUAT: [(295, 1, 9.5, True)]}]
    easy = [*_user_b(5), {"day": 11, SQUAT: [(275, 1, 8, True)]}]
    for rows in (one_miss, easy):
        result = _recommend(_sessions(rows))
        assert "max_after_misses" not in {a.kind for a in result.recovery}, result.recovery


async def test_user_bs_log_over_the_route(app: FastAPI) -> None:
    """The review's path in pounds: PUT the profile, a plan on the RPE method (4-6 @ 8), POST /api/workouts/{id}/log
    for user B's sessions, GET /api/ai/recommendations after the fifth and the sixth (the single): the same cut."""
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=_body(), headers=user.auth)).is_success
    body = plan_body()
    for day in body["days"]:
        day["exercises"] = [{**e, "reps_min": 4, "reps_max": 6, "target_rpe": 8} for e in day["exercises"]]
    plan = (await user.client.post("/api/workouts", json=body, headers=user.auth)).json()
    rpe = await user.client.patch(f"/api/workouts/{plan['id']}/progression", json={"method": "rpe"},
                                  headers=user.auth)  # fmt: skip
    assert rpe.status_code == 200, rpe.text
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=12)
    seen: list[dict[str, Any]] = []
    for row in _user_b(6):
        log = {"day_index": 0, "started_at": (start + timedelta(days=row["day"])).isoformat(), "duration_minutes": 55,
               "exercises": [{"exercise_id": k, "sets": _sets(v)} for k, v in row.items() if k != "day"]}  # fmt: skip
        response = await user.client.post(f"/api/workouts/{plan['id']}/log", json=log, headers=user.auth)
        assert response.status_code == 201, response.text
        if row["day"] >= 8:
            seen.append((await user.client.get("/api/ai/recommendations", headers=user.auth)).json())
    before, after = ({t["exercise_id"]: t for t in r["targets"]} for r in seen)
    for lift in (SQUAT, BENCH):
        assert before[lift]["action"] == "reduce_load", before[lift]["reason"]
        assert before[lift]["unit"] == "lb", before[lift]
        got = (after[lift]["action"], after[lift]["weight"])
        assert got == ("reduce_load", before[lift]["weight"]), after[lift]["reason"]
    assert "max_after_misses" in {a["kind"] for a in seen[1]["recovery"]}, seen[1]["recovery"]


# --- the invariant: after short work sets, heavy singles never move the target ------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    method=st.sampled_from(sorted(LEVELS)),
    start=st.integers(min_value=95, max_value=250).map(lambda x: x - x % 5),
    rises=st.integers(min_value=1, max_value=3),
    misses=st.integers(min_value=1, max_value=2),
    short=st.lists(st.integers(min_value=1, max_value=3), min_size=2, max_size=2),
    heavy=st.lists(
        st.tuples(
            st.floats(min_value=1.0, max_value=1.35),
            st.integers(min_value=1, max_value=3),
            st.sampled_from([8.0, 9.0, 9.5, 10.0, None]),
            st.booleans(),
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_property_after_short_work_sets_heavy_sets_never_raise_the_target(
    method: str, start: int, rises: int, misses: int, short: list[int], heavy: list[Any]
) -> None:
    """Loads rising by 5 lb for `rises` sessions, then `misses` sessions short of the reps at the next load (RPE 10),
    then heavy sets of 1-3 reps above it, each on its own day or first in the last short session (there a single, or
    a double or triple far above the work sets): the target is the one the work sets alone give (never above the last
    work load, the same cut), for every scheme."""
    plan = _plan(method)
    item = next(i for d in plan.days for i in d.exercises if i.exercise_id == SQUAT)
    reps, rpe = max(item.reps_min, 5), 8.0
    rows: list[dict[str, Any]] = []
    for i in range(rises):
        rows.append({"day": 2 * i, SQUAT: [(start + 5 * i, reps, rpe, True)] * 3})
    load = start + 5 * rises
    for j in range(misses):
        fell = [(load, reps, 9.5, True), (load, max(1, reps - short[j]), 10, True),
                (load, max(1, reps - short[j] - 1), 10, True)]  # fmt: skip
        rows.append({"day": 2 * (rises + j), SQUAT: fell})
    base = _targets(_recommend(_sessions(rows), plan))[SQUAT]
    with_heavy = [dict(r) for r in rows]
    day = with_heavy[-1]["day"]
    for n, (factor, count, effort, alone) in enumerate(heavy):
        lifted = (float(load) * factor // 5) * 5 + 5
        count = min(count, item.reps_min - 1)  # outside the working reps: a set inside them is a work set
        if alone:
            # On a day of its own, a test is above any step a target asks for (10%); within it, it is a work
            # session at the next load that went badly (review 3's "one bad day").
            lifted = max(lifted, (float(load) * 1.1 // 5) * 5 + 5)
            with_heavy.append({"day": day + 1 + n, SQUAT: [(lifted, count, effort, True)]})
        else:
            # Among the work sets, a double or triple within the top-set band of them (80%+) is read as a top set
            # that fell short (review 26), so there it is a single or far above them.
            count = count if lifted * 0.8 > load else 1
            with_heavy[len(rows) - 1][SQUAT] = [(lifted, count, effort, True), *with_heavy[len(rows) - 1][SQUAT]]
    target = _targets(_recommend(_sessions(with_heavy), plan))[SQUAT]
    assert target.weight <= load + 1e-9, target.reason
    if base.action in ("reduce_load", "reset"):
        assert (target.action, target.weight) == (base.action, base.weight), (base.reason, target.reason)
