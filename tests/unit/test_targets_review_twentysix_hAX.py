"""Targets after logged sessions, from review 26's defects 1, 2 and 9 (issue 13, hAX): a missed top set (logged as
not completed) is a failed attempt at its load, never a reason to make a back-off set the next top set, and the
target's load and its words tell one story (a); a session logged with a plan day is judged against that day's
prescription, and repeated reps read as "3 sets of 5" (b); a record is labelled as what it is (c). For every scheme
(linear, double progression, RPE, 5/3/1 waves), in kg and lb."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from shared.exercises.catalog import find_exercise
from shared.plans import progression as prog
from shared.plans.engine import generate_plan
from shared.plans.recommendations import NextTarget, _near, recommend, sets_of
from shared.plans.schema import Plan
from shared.profile.model import FitnessProfile
from shared.workouts.contributions import contribution
from shared.workouts.model import LoggedSession
from shared.workouts.records import fold
from shared.workouts.sessions import StoredSession, for_plan, records_held
from tests.support.identity import PROFILE

SQUAT = "barbell-back-squat"
START = datetime(2026, 9, 7, 8, tzinfo=UTC)
BASIC = ["barbell", "bench", "dumbbells", "pull_up_bar"]
LEVELS = {"rpe": ("intermediate", "strength"), "linear": ("beginner", "strength"),
          "training_max_wave": ("advanced", "strength"), "double_progression": ("beginner", "hypertrophy")}  # fmt: skip
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _plan(method: str, units: str = "metric") -> Plan:
    level, goal = LEVELS[method]
    body = {**PROFILE, "injuries": [], "par_q": {}, "goals": [goal], "fitness_level": level, "units": units,
            "equipment": BASIC, "days_per_week": 3, "session_minutes": 75, "birth_year": 1990,
            "sex": "male"}  # fmt: skip
    plan = generate_plan(FitnessProfile.model_validate(body))
    assert plan.progression.method == method, plan.progression.method
    return plan.model_copy(update={"created_at": START - timedelta(days=1)})


def _set(reps: int, load: float, unit: str, rpe: float | None = None, done: bool = True) -> dict[str, Any]:
    return {"reps": reps, "weight_kg": prog.to_kg(load, unit), "rpe": rpe, "completed": done}  # type: ignore[arg-type]


def _session(
    day: float, sets: list[dict[str, Any]], exercise: str = SQUAT, day_index: int | None = None
) -> LoggedSession:
    return LoggedSession.model_validate(
        {"started_at": START + timedelta(days=day), "duration_minutes": 60, "day_index": day_index,
         "exercises": [{"exercise_id": exercise, "sets": sets}]}
    )  # fmt: skip


def _target(sessions: list[LoggedSession], plan: Plan | None, units: str = "metric", lift: str = SQUAT) -> NextTarget:
    now = max(s.started_at for s in sessions) + timedelta(hours=20)
    result = recommend(sessions, plan=plan, now=now, units=units)  # type: ignore[arg-type]
    return next(t for t in result.targets if t.exercise_id == lift)


# --- (a) a missed top set ------------------------------------------------------------------------------------------

# Instructions that name the load to take next: each must be the target's (top) load.
_INSTRUCTION = re.compile(r"(?:[Gg]o(?: down)? to|[Ss]tay at|come back at|reset(?: about \d+%)? to|take the next step,|"
                          r"take the smallest step you can load,|Take) (\d+(?:\.\d+)?) (kg|lb)\b")  # fmt: skip
# Words that keep the load of the last work sets.
_KEEP = ("keep the load", "same load", "repeat the load")


def _story(target: NextTarget, last_top: float) -> None:
    """The load the words name is the load the target gives; "keep the load" keeps the last top set's load."""
    for load, unit in _INSTRUCTION.findall(target.reason):
        assert unit == target.unit and float(load) == target.weight, (target.weight, target.reason)
    if any(k in target.reason for k in _KEEP):
        assert target.weight == last_top, (last_top, target.weight, target.reason)


def test_the_reviews_missed_top_set_keeps_245_lb_in_the_target_as_in_the_words() -> None:
    """Review 26, defect 1: squat 245 x 5 @ 8.5 + 220 x 5 x 2, then 245 x 3 @ 10 not completed + 220 x 5 + 220 x 4.
    The target was 220 x 4 (back-offs 195) under "about 245 lb ... keep the load"; it holds 245 (back-offs 220), the
    same as when the 245 x 3 is logged as completed at RPE 10."""
    plan = _plan("rpe", "imperial")
    first = _session(0, [_set(5, 245, "lb", 8.5), _set(5, 220, "lb"), _set(5, 220, "lb")])
    for done in (False, True):
        missed = _session(3, [_set(3, 245, "lb", 10, done), _set(5, 220, "lb", 9), _set(4, 220, "lb", 9.5)])
        target = _target([first, missed], plan, "imperial")
        assert (target.action, target.weight, target.unit) == ("hold", 245.0, "lb"), target.reason
        assert [s.weight for s in target.sets_detail] == [245.0, 220.0, 220.0], target.sets_detail
        assert "keep the load" in target.reason and "at 245 lb" in target.reason, target.reason
        _story(target, 245.0)


@st.composite
def _logs(draw: st.DrawFn, method: str, unit: str) -> tuple[list[LoggedSession], float]:
    """1-4 sessions of a top set and 0-3 back-off sets at about 85-90% of it (loadable in `unit`), reps near the
    prescribed range, the top set sometimes missed (not completed); returns them and the last top set's load."""
    plan = _plan(method, "imperial" if unit == "lb" else "metric")
    item = next(i for d in plan.days for i in d.exercises if i.exercise_id == SQUAT)
    which = prog.kit(find_exercise(SQUAT))
    step = 5.0 if unit == "lb" else 2.5
    top = draw(st.integers(int((135 if unit == "lb" else 60) / step), int((315 if unit == "lb" else 140) / step)))
    top_load = top * step
    sessions, day = [], 0.0
    for _ in range(draw(st.integers(1, 4))):
        top_load = max(step * 10, top_load + draw(st.sampled_from([-2, -1, 0, 0, 1, 2])) * step)
        done = draw(st.booleans())
        # A missed top set may fall far short (1 of 5); a done one stays near the range (a done triple in a 5-rep
        # plan may be a chosen heavy set, left out of the target).
        reps = draw(st.integers(max(2, item.reps_min - 1) if done else 1, item.reps_max + 1))
        rpe = draw(st.sampled_from([None, 7.0, 8.0, 8.5, 9.0, 9.5, 10.0]))
        sets = [_set(reps, top_load, unit, rpe if done else draw(st.sampled_from([None, 10.0])), done)]
        back = prog.floor_loadable(top_load * draw(st.sampled_from([0.85, 0.9])), which, unit)  # type: ignore[arg-type]
        for _ in range(draw(st.integers(0 if done else 1, 3))):
            sets.append(_set(draw(st.integers(max(2, item.reps_min - 1), item.reps_max + 1)), back, unit,
                             draw(st.sampled_from([None, 7.0, 8.0, 9.0, 9.5]))))  # fmt: skip
        day += draw(st.sampled_from([2.0, 3.0, 7.0]))
        sessions.append(_session(day, sets))
    return sessions, top_load


def _as_done(session: LoggedSession) -> LoggedSession:
    """The same session with every missed set logged as done at RPE 10 (a failure set)."""
    exercises = [e.model_copy(update={"sets": [s if s.completed else s.model_copy(update={"completed": True,
                 "rpe": 10.0}) for s in e.sets]}) for e in session.exercises]  # fmt: skip
    return session.model_copy(update={"exercises": exercises})


@SETTINGS
@given(st.data())
def test_a_missed_top_set_keeps_its_load_and_the_words_name_the_target_load(data: st.DataObject) -> None:
    """For random logs of every scheme, in kg and lb: every load an instruction names is the target's, "keep the
    load" keeps the last top set's load (missed or not: never the back-off load), and a missed set never gives a
    more ambitious target than the same set done at RPE 10 (a miss tells less than a set done)."""
    method = data.draw(st.sampled_from(sorted(LEVELS)))
    unit = data.draw(st.sampled_from(["kg", "lb"]))
    units = "imperial" if unit == "lb" else "metric"
    sessions, last_top = data.draw(_logs(method, unit))
    plan = _plan(method, units)
    target = _target(sessions, plan, units)
    _story(target, last_top)
    if target.action == "hold" and "The load to keep is your target" in target.reason:
        assert target.weight < last_top, (last_top, target.reason)  # an overshoot holds at its target (review 27)
    elif target.action == "hold" and "on the way back" not in target.reason:
        assert target.weight == last_top, (last_top, target.reason)
    item = next(i for d in plan.days for i in d.exercises if i.exercise_id == SQUAT)
    low = _near(*((1, 12) if method == "training_max_wave" else (item.reps_min, item.reps_max)))[0]
    if all(s.completed or s.reps >= max(2, low) for x in sessions for e in x.exercises for s in e.sets):
        done = _target([_as_done(s) for s in sessions], plan, units)
        assert target.weight <= done.weight + 1e-9, (target.reason, done.reason)


def test_a_missed_top_set_in_kg_for_every_scheme_is_not_replaced_by_its_back_off() -> None:
    """The review's kind in kg, each scheme: 110 x 5 then a missed 110 x 3 over 100 x 5 back-offs. No scheme reads
    the 100 kg back-off as the session's top set: the target's load is 110 kg or above, or a cut the words explain."""
    for method in sorted(LEVELS):
        plan = _plan(method)
        first = _session(0, [_set(5, 110, "kg", 8), _set(5, 100, "kg"), _set(5, 100, "kg")])
        missed = _session(3, [_set(3, 110, "kg", 10, False), _set(5, 100, "kg", 9), _set(5, 100, "kg", 9)])
        target = _target([first, missed], plan)
        if target.action == "wave":
            continue  # the wave's loads come from its training max (its own rules for a missed top set)
        assert target.weight >= 110 or target.action in ("reduce_load", "reset"), (method, target.reason)
        _story(target, 110.0)


# --- (b) the logged day's prescription, and reps as a coach says them --------------------------------------------


def _plan_less(session: LoggedSession, created: datetime) -> StoredSession:
    return StoredSession("s", None, session, "e", created.isoformat(timespec="seconds"), "u")


def test_a_plan_less_session_with_a_day_keeps_it_when_logged_since_the_plan() -> None:
    """POST /sessions with `day_index` and no `plan_id`, logged after the plan was made: that day is the plan's.
    Logged before the plan (another plan's day, or none), it loses its day; a session of another plan does too."""
    session = _session(0, [_set(5, 20, "kg")] * 2, "dumbbell-bench-press", day_index=4)
    made = START - timedelta(days=1)
    after, before = _plan_less(session, made + timedelta(hours=1)), _plan_less(session, made - timedelta(hours=1))
    other = StoredSession("o", "plan-0", session, "e", (made + timedelta(hours=1)).isoformat(), "u")
    assert [s.day_index for s in for_plan([after, before, other], "plan-1", made)] == [4, None, None]
    assert [s.day_index for s in for_plan([after], "plan-1")] == [None]  # no plan date known: as before


def test_the_logged_days_prescription_judges_the_session() -> None:
    """Review 26, defect 2: a beginner's plan gives a lift different set counts on different days (DB bench 3 x 5 on
    one day, 2 x 5 on another). Doing a day exactly as written never reads "2 of 3 sets done: hold", and the next
    target keeps that day's sets, whatever the day."""
    body = {**PROFILE, "injuries": [], "par_q": {}, "goals": ["strength"], "fitness_level": "beginner",
            "equipment": ["dumbbells", "bench"], "days_per_week": 3, "session_minutes": 45,
            "birth_year": 2005}  # fmt: skip
    plan = generate_plan(FitnessProfile.model_validate(body)).model_copy(update={"created_at": START})
    checked = 0
    for day in plan.days:
        for item in day.exercises:
            exercise = find_exercise(item.exercise_id)
            if exercise is None or exercise.load_type != "weight" or item.duration_seconds:
                continue
            session = _session(1, [_set(item.reps_min, 20, "kg", 7)] * item.sets, item.exercise_id, day.day_index)
            target = _target([session], plan, lift=item.exercise_id)
            assert "working sets were done" not in target.reason, (day.day_index, item.exercise_id, target.reason)
            assert target.action != "hold" and target.sets == item.sets, (day.day_index, target)
            checked += 1
    assert checked >= 4


def test_repeated_reps_read_as_sets_of() -> None:
    assert [sets_of([5, 5, 5]), sets_of([5]), sets_of([5, 5, 3]), sets_of([5, 4, 3])] == [
        "3 sets of 5", "1 set of 5", "sets of 5, 5 and 3", "sets of 5, 4 and 3"]  # fmt: skip


def test_the_beginners_reset_names_the_short_sets() -> None:
    """Review 26: "Two sessions in a row short of 5 reps at 110 lb (5, 5, then 5)" listed only the done sets. The
    short sets logged as missed are named: "(sets of 5, 5 and 3, then sets of 5, 4 and 3)"."""
    plan = _plan("linear", "imperial")
    rows = [(95, [5, 5, 5], [True] * 3), (100, [5, 5, 5], [True] * 3), (105, [5, 5, 5], [True] * 3),
            (110, [5, 5, 3], [True, True, False]), (110, [5, 4, 3], [True, False, False])]  # fmt: skip
    sessions = [_session(2 * i, [_set(r, w, "lb", 9.5, d) for r, d in zip(reps, done, strict=True)])
                for i, (w, reps, done) in enumerate(rows)]  # fmt: skip
    target = _target(sessions, plan, "imperial")
    assert target.action == "reset" and target.weight < 110, target.reason
    assert "(sets of 5, 5 and 3, then sets of 5, 4 and 3)" in target.reason, target.reason
    three = _target(sessions[:3], plan, "imperial")
    assert "5, 5, 5" not in three.reason


# --- (c) records labelled as what they are --------------------------------------------------------------------------


def _held(sessions: list[LoggedSession]) -> list[list[dict[str, Any]]]:
    """The records each session holds right after it is logged (the log response's `new_records`)."""
    out, contributions = [], []
    for i, session in enumerate(sessions):
        contributions.append((f"s{i:02d}", contribution(session.model_dump(mode="json"))))
        out.append(records_held({"records": fold(contributions)}, f"s{i:02d}"))
    return out


def test_a_heavy_single_is_the_heaviest_set_not_a_most_reps_record() -> None:
    """Review 26: 135 kg x 1 after 3 x 5 at 100-110 kg was announced as "most_reps: 1". It is the heaviest set (and
    an e1RM record when it is one), never a most-reps record: there were no reps at 135 kg to beat."""
    sessions = [_session(0, [_set(5, 100, "kg", 8)] * 3), _session(2, [_set(5, 110, "kg", 8.5)] * 3),
                _session(4, [_set(1, 135, "kg", 9.5)])]  # fmt: skip
    held = _held(sessions)[-1]
    assert {r["kind"] for r in held} <= {"heaviest_weight", "e1rm"} and held, held
    assert next(r for r in held if r["kind"] == "heaviest_weight")["value"] == [135.0, 1]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.tuples(st.sampled_from([60.0, 80.0, 100.0, 120.0, 140.0]), st.integers(1, 12)),
                         min_size=1, max_size=4), min_size=1, max_size=5))  # fmt: skip
@example([[(100.0, 5), (100.0, 5)], [(140.0, 1)]])
def test_records_are_labelled_as_what_they_are(rows: list[list[tuple[float, int]]]) -> None:
    """Random sessions of a loaded lift: a most-reps record beats the reps done at its weight before (so a first set
    at a weight, a heavy single among them, is never one); a heaviest-weight record is the heaviest set so far
    (heavier, or more reps at the same load); an e1RM record beats the best e1RM before."""
    sessions = [_session(2 * i, [_set(r, w, "kg", 8) for w, r in sets]) for i, sets in enumerate(rows)]
    for i, held in enumerate(_held(sessions)):
        before = [(w, r) for sets in rows[:i] for w, r in sets]
        for record in held:
            if record["kind"] == "most_reps":
                weight = record["weight_kg"]
                earlier = [r for w, r in before if w == weight]
                assert earlier and record["value"] > max(earlier) == record["previous"], (rows, record)
                assert record["value"] == max(r for w, r in rows[i] if w == weight)
            elif record["kind"] == "heaviest_weight":
                assert record["value"] == list(max(rows[i])) and all(list(b) < record["value"] for b in before)
            else:
                assert record["previous"] is None or record["value"] > record["previous"], record
