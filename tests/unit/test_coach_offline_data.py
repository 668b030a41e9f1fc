"""The built-in coach answers questions about the user's own logs: exact figures, in pounds, in local weeks.

The user trains in Los Angeles and reads pounds. One session is logged late on a Sunday evening, which is
already Monday in UTC: the aggregates put it in the next UTC week, the coach in the user's own week.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from functions.http.app import create_app
from shared.bootstrap import close_services, get_services
from shared.coach.offline import LABEL
from shared.coach.questions import classify
from shared.coach.units import KG_PER_LB, weight
from shared.llm import configs
from shared.llm.types import ProviderConfig
from shared.plans.progression import estimated_1rm
from shared.quota import tiers
from shared.safety.replies import URGENT
from tests.support.fake_llm import FakeLLM, running_fake_llm
from tests.support.identity import PROFILE, User, fast_hashing, sign_up
from tests.support.workout_fixtures import plan_body

TZ = ZoneInfo("America/Los_Angeles")
KEY = "sk-test-coach-data-0123456789"
SQUAT, BENCH, DEADLIFT, ROW = "barbell-back-squat", "barbell-bench-press", "barbell-deadlift", "barbell-row"
Set = tuple[str, int, float, dict[str, Any]]  # (exercise id, reps, pounds, extra set fields)


def lb(pounds: float) -> float:
    return pounds * KG_PER_LB


def e1rm_lb(pounds: float, reps: int) -> str:
    """The best e1RM as the records keep it (kg, one decimal) and the coach shows it (pounds), from sets at RPE 8
    (`_sets`): the RPE table, the one e1RM everywhere (review 21)."""
    return weight(round(estimated_1rm(lb(pounds), reps, 8.0), 1), "imperial")


def _sets(exercise_id: str, count: int, reps: int, pounds: float, **extra: Any) -> list[Set]:
    return [(exercise_id, reps, pounds, {"rpe": 8.0, **extra})] * count


@dataclass
class Logged:
    at: datetime  # local
    day_index: int
    sets: list[Set]


@dataclass
class World:
    app: FastAPI
    user: User
    today: date
    monday: date
    logged: list[Logged]
    session_ids: list[str]
    plan_id: str


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def _history(monday: date) -> list[Logged]:
    """Four complete local weeks and this one (M0 = this local Monday)."""
    w = [monday - timedelta(weeks=i) for i in range(5)]
    return [
        Logged(_at(w[4], 18), 0, _sets(SQUAT, 3, 5, 185) + _sets(BENCH, 3, 5, 135)),
        Logged(_at(w[3], 18), 0, _sets(SQUAT, 3, 5, 195)),
        Logged(_at(w[3] + timedelta(days=2), 18), 2, _sets(BENCH, 3, 5, 140)),
        Logged(_at(w[2], 18), 0, _sets(SQUAT, 3, 5, 205)),
        Logged(_at(w[2] + timedelta(days=2), 18), 2, _sets(BENCH, 3, 5, 145)),
        Logged(  # warm-up, a missed rep and an unfinished set never count
            _at(w[1], 18),
            0,
            _sets(SQUAT, 1, 5, 135, role="warmup")
            + _sets(SQUAT, 3, 5, 215)
            + _sets(SQUAT, 1, 0, 255)
            + _sets(SQUAT, 1, 5, 275, completed=False)
            + _sets(BENCH, 2, 5, 150),
        ),
        # Sunday 22:00 in Los Angeles is Monday in UTC: last week for the user, this week for the aggregates.
        Logged(_at(w[1] + timedelta(days=6), 22), 2, _sets(SQUAT, 2, 3, 235, rpe=9.0) + _sets(DEADLIFT, 1, 5, 315)),
        Logged(_at(w[0], 0, 5), 0, _sets(SQUAT, 3, 5, 225) + _sets(ROW, 3, 8, 135)),
    ]


def session_json(entry: Logged) -> dict[str, Any]:
    exercises: list[dict[str, Any]] = []
    for exercise_id, reps, pounds, extra in entry.sets:
        if not exercises or exercises[-1]["exercise_id"] != exercise_id:
            exercises.append({"exercise_id": exercise_id, "sets": []})
        exercises[-1]["sets"].append({"reps": reps, "weight_kg": lb(pounds), "completed": True, **extra})
    return {"day_index": entry.day_index, "started_at": entry.at.isoformat(), "duration_minutes": 50,
            "exercises": exercises}  # fmt: skip


async def log_all(user: User, plan_id: str, entries: list[Logged]) -> list[str]:
    ids = []
    for entry in entries:
        response = await user.client.post(f"/api/workouts/{plan_id}/log", json=session_json(entry), headers=user.auth)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return ids


async def new_user(app: FastAPI, **profile: Any) -> tuple[User, str]:
    user = await sign_up(app)
    body = {**PROFILE, "units": "imperial", "timezone": "America/Los_Angeles", **profile}
    assert (await user.client.put("/api/users/profile", json=body, headers=user.auth)).status_code == 200
    plan = await user.client.post("/api/workouts", json=plan_body(days=(0, 2)), headers=user.auth)
    return user, plan.json()["id"]


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "0")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    app = create_app()
    many = {"requests_per_day": 1000, "requests_per_week": 1000, "requests_per_month": 1000}
    await tiers.put_limits(await get_services(), tiers.DEFAULTS["free"].model_copy(update=many))  # questions galore
    user, plan_id = await new_user(app)
    today = datetime.now(UTC).astimezone(TZ).date()
    monday = today - timedelta(days=today.weekday())
    logged = _history(monday)
    ids = await log_all(user, plan_id, logged)
    yield World(app, user, today, monday, logged, ids, plan_id)
    await user.client.aclose()
    await close_services()


async def ask(user: User, message: str) -> str:
    response = await user.client.post("/api/ai/chat", json={"message": message}, headers=user.auth)
    assert response.status_code == 200, response.text
    reply = response.json()
    assert reply["provider"] == "engine" and reply["reply"].startswith(LABEL), reply
    assert reply["reply"].endswith("Do the work, then log it."), reply  # the profile's direct tone
    return str(reply["reply"])


def day(world: World, weeks_back: int, weekday: int = 0) -> str:
    return (world.monday - timedelta(weeks=weeks_back) + timedelta(days=weekday)).isoformat()


def ago(world: World, on: str) -> str:
    days = (world.today - date.fromisoformat(on)).days
    return {0: "today", 1: "yesterday"}.get(days, f"{days} days ago")


def counted(world: World, first: date, last: date) -> list[Logged]:
    return [e for e in world.logged if first <= e.at.date() <= last]


def volume_lb(entries: list[Logged]) -> str:
    """Reps x pounds of the completed working sets with reps, as the coach rounds it."""
    kg = sum(reps * lb(pounds) for e in entries for _, reps, pounds, extra in e.sets
             if reps and extra.get("completed", True) and extra.get("role") != "warmup")  # fmt: skip
    return f"{round(kg / KG_PER_LB)} lb"


@pytest.mark.parametrize(
    "message",
    ["what's my heaviest squat?", "Heaviest SQUATS??", "my best back squat", "squat PR", "whats my sqaut max",
     "What's my 1RM on squat?"],
)  # fmt: skip
async def test_heaviest_squat_is_the_top_working_set_and_best_e1rm_in_pounds_on_local_dates(
    world: World, message: str
) -> None:
    reply = await ask(world.user, message)
    # 235 x 3 on Sunday evening (Monday in UTC) beats 225 x 5; the warm-up, the 0-rep and the unfinished
    # 255 and 275 lb sets never count; 225 x 5 @ 8 has the better e1RM (277.5 lb against 272.5 lb, to the half pound).
    sunday, monday = day(world, 1, 6), day(world, 0)
    assert (
        f"Barbell back squat: your heaviest working set is 235 lb x 3 ({sunday}) and your best estimated 1RM is "
        f"{e1rm_lb(225, 5)} ({monday})." in reply
    ), reply
    assert e1rm_lb(225, 5) == "277.5 lb" and "275" not in reply and "255" not in reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("best bench press", f"Barbell bench press: your heaviest working set is 150 lb x 5 ({{w1}}) and your best "
                             f"estimated 1RM is {e1rm_lb(150, 5)} ({{w1}})."),
        ("what's the heaviest I've benched?", "Barbell bench press: your heaviest working set is 150 lb x 5 ({w1})"),
        ("my deadlift PR", f"Barbell deadlift: your heaviest working set is 315 lb x 5 ({{sun}}) and your best "
                           f"estimated 1RM is {e1rm_lb(315, 5)} ({{sun}})."),
        ("DL max?", "Barbell deadlift: your heaviest working set is 315 lb x 5 ({sun})"),
        ("what's my best lift?", "Your heaviest sets: Barbell deadlift: heaviest set 315 lb x 5 ({sun}); Barbell "
                                 "back squat: heaviest set 235 lb x 3 ({sun}); Barbell bench press: heaviest set "
                                 "150 lb x 5 ({w1})."),
    ],
)  # fmt: skip
async def test_best_lifts_by_name_and_overall(world: World, message: str, expected: str) -> None:
    reply = await ask(world.user, message)
    assert expected.format(w1=day(world, 1), sun=day(world, 1, 6)) in reply, reply


@pytest.mark.parametrize(
    ("message", "named"),
    [("heaviest overhead press?", "overhead press"), ("what's my front squat PR", "front squat"),
     ("best OHP", "overhead press"), ("my max on barbell curls", "barbell curl")],
)  # fmt: skip
async def test_a_lift_never_logged_is_said_plainly_with_what_to_log(world: World, message: str, named: str) -> None:
    reply = await ask(world.user, message)
    assert f"You haven't logged any {named} yet, so there's no best to report." in reply, reply
    assert "Log a session with it" in reply and " lb" not in reply


async def test_session_counts_use_the_users_local_weeks_and_months(world: World) -> None:
    w1, sun, m0 = day(world, 1), day(world, 1, 6), day(world, 0)
    this_week = await ask(world.user, "how many sessions this week?")
    assert f"1 session this week (your plan has 2 a week): Mon {m0}. Volume: 6615 lb." in this_week, this_week
    # The Sunday-evening session is Monday in UTC: the aggregates hold it in this UTC week, the user in last week.
    for message in ("How many workouts did I do last week?", "how many times did I train last week"):
        reply = await ask(world.user, message)
        assert f"2 sessions last week (your plan has 2 a week): Mon {w1}, Sun {sun}. Volume: 7710 lb." in reply, reply
    month = world.today.replace(day=1)
    mine = counted(world, month, world.today)
    reply = await ask(world.user, "how many workouts did I do this month?")
    days = ", ".join(f"{e.at:%a} {e.at.date().isoformat()}" for e in mine)
    n = len(mine)
    if n:
        assert f"{n} session{'s' * (n != 1)} this month: {days}. Volume: {volume_lb(mine)}." in reply, reply
    else:  # the first days of a month, before this week's Monday session falls in it
        assert "0 sessions this month. Log each session when you finish it" in reply, reply
    total = await ask(world.user, "how many sessions have I logged in total?")
    assert "8 sessions in total." in total, total
    last_days = await ask(world.user, "How many sessions did I do in the last 10 days?")
    recent = counted(world, world.today - timedelta(days=9), world.today)
    assert f"{len(recent)} session{'s' * (len(recent) != 1)} in the last 10 days" in last_days, last_days


@pytest.mark.parametrize("message", ["is my volume going up?", "volume trend", "Am I doing more volume lately?"])
async def test_volume_trend_over_the_last_four_local_weeks(world: World, message: str) -> None:
    reply = await ask(world.user, message)
    weeks = [day(world, n) for n in (4, 3, 2, 1)]
    assert (
        f"Weekly volume: week of {weeks[0]}: 4800 lb, 6 hard sets; week of {weeks[1]}: 5025 lb, 6 hard sets; "
        f"week of {weeks[2]}: 5250 lb, 6 hard sets; week of {weeks[3]}: 7710 lb, 8 hard sets. It's going up: the "
        "last 2 weeks averaged +32% against the 2 before. This week so far: 6615 lb." in reply
    ), reply


@pytest.mark.parametrize("message", ["what records did I set?", "any PRs recently?", "Did I set any new records?"])
async def test_recent_records_newest_first(world: World, message: str) -> None:
    reply = await ask(world.user, message)
    m0, sun = day(world, 0), day(world, 1, 6)
    assert (
        f"Records you set in the last 30 days (8 in all): Barbell bent-over row: heaviest set 135 lb x 8 ({m0}); "
        f"Barbell bent-over row: estimated 1RM {e1rm_lb(135, 8)} ({m0}); Barbell back squat: estimated 1RM "
        f"{e1rm_lb(225, 5)} ({m0}); Barbell deadlift: heaviest set 315 lb x 5 ({sun}); Barbell deadlift: estimated 1RM "
        f"{e1rm_lb(315, 5)} ({sun})." in reply
    ), reply


@pytest.mark.parametrize(
    "message",
    ["how did my last workout compare?", "How was my last session?", "compare my latest workout with the one before"],
)
async def test_last_workout_against_the_previous_session_of_the_same_plan_day(world: World, message: str) -> None:
    reply = await ask(world.user, message)
    # The last session (plan day 0) is compared with last Monday's (day 0), not with Sunday's day-2 session.
    assert (
        f"Your last session, Monday {day(world, 0)} (Day 1, full body): 6615 lb, 6 working sets. Against the "
        f"previous session of the same plan day on {day(world, 1)}: 4725 lb, 5 sets (+40.0% volume). Barbell back "
        "squat: top set 225 lb x 5 (was 215 lb x 5), 3 sets (same); Barbell bent-over row: new this time, 3 sets, "
        "top set 135 lb x 8. Not done this time: Barbell bench press." in reply
    ), reply


async def test_when_a_muscle_group_or_a_lift_was_last_trained(world: World) -> None:
    m0, w1, sun = day(world, 0), day(world, 1), day(world, 1, 6)
    for message in ("when did I last train legs?", "When was my last leg day", "how long since I trained my quads?"):
        reply = await ask(world.user, message)
        assert (
            f"You last trained {'quads' if 'quads' in message else 'legs'} on Monday {m0}, {ago(world, m0)} " in reply
        )
    for message in ("when did I last bench?", "When did I last do bench press"):
        reply = await ask(world.user, message)
        assert f"You last did Barbell bench press on Monday {w1}, {ago(world, w1)}." in reply, reply
    reply = await ask(world.user, "when was my last deadlift?")
    assert f"You last did Barbell deadlift on Sunday {sun}, {ago(world, sun)}." in reply, reply
    reply = await ask(world.user, "when did I last train biceps?")
    assert "You haven't logged a session that trained biceps yet." in reply, reply
    reply = await ask(world.user, "when did I last work out?")
    assert f"Your last session was on Monday {m0}, {ago(world, m0)}." in reply, reply


@pytest.mark.parametrize("message", ["what's my streak?", "how many weeks in a row have I trained?"])
async def test_the_streak_counts_local_weeks(world: World, message: str) -> None:
    reply = await ask(world.user, message)
    # Local weeks W-3, W-2 and W-1 have two sessions each (W-1 only with the Sunday-evening one); in UTC weeks
    # W-1 has one and the streak would be broken.
    assert "Your streak: 3 weeks in a row with at least 2 sessions; 1 this week so far." in reply, reply


async def test_advice_questions_keep_the_usual_topics(world: World) -> None:
    reply = await ask(world.user, "How heavy should I squat next?")
    assert "Next-session targets: Barbell back squat" in reply and "heaviest working set" not in reply, reply
    reply = await ask(world.user, "how many days a week should I train?")
    assert "session this week" not in reply and "sessions this week" not in reply, reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("what's my heaviest squat?", "You haven't logged any squat yet, so there's no best to report."),
        ("how many sessions this week?", "0 sessions this week (your plan has 2 a week). Log each session"),
        ("is my volume going up?", "No volume logged in the last 4 weeks. Log your sets with weight and reps"),
        ("any PRs recently?", "You have no records yet: log your sets with weight and reps"),
        ("how did my last workout compare?", "You haven't logged a session yet. Log one and I'll compare"),
        ("when did I last train legs?", "You haven't logged a session that trained legs yet."),
        ("what's my streak?", "No streak right now: a streak counts weeks with at least 2 sessions. 0 this week"),
    ],
)
async def test_without_logs_every_answer_says_so_and_what_to_log(world: World, message: str, expected: str) -> None:
    user, _ = await new_user(world.app)
    reply = await ask(user, message)
    assert expected in reply and " lb" not in reply, reply
    await user.client.aclose()


async def test_kilograms_and_another_time_zone_for_a_metric_user(world: World) -> None:
    user, plan_id = await new_user(world.app, units="metric", timezone="Asia/Kolkata")
    started = datetime.now(UTC) - timedelta(days=3)
    body = {"day_index": 0, "started_at": started.isoformat(), "duration_minutes": 40, "exercises": [
        {"exercise_id": SQUAT, "sets": [{"reps": 5, "weight_kg": 102.5}, {"reps": 3, "weight_kg": 110}]}]}  # fmt: skip
    assert (await user.client.post(f"/api/workouts/{plan_id}/log", json=body, headers=user.auth)).status_code == 201
    pull_ups = {**body, "exercises": [{"exercise_id": "pull-up", "sets": [{"reps": 12}, {"reps": 9}]}]}
    assert (await user.client.post(f"/api/workouts/{plan_id}/log", json=pull_ups, headers=user.auth)).status_code == 201
    reply = await ask(user, "heaviest squat?")
    local = started.astimezone(ZoneInfo("Asia/Kolkata")).date().isoformat()
    best = weight(round(estimated_1rm(110, 3), 1), "metric")
    assert f"your heaviest working set is 110 kg x 3 ({local}) and your best estimated 1RM is {best}" in reply, reply
    reply = await ask(user, "what's my pullup PR?")  # bodyweight: no load to rank, so the most reps
    assert "Pull-up: your best is 12 reps at bodyweight." in reply, reply
    await user.client.aclose()


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    with running_fake_llm() as server:
        yield server


@pytest.mark.parametrize(
    ("message", "kind", "figure", "absent"),
    [
        (
            "what's my heaviest squat?",
            "best_lift",
            "235 lb x 3",
            ("week_of", "compared_with", 'sessions_this_week": 1,'),
        ),
        ("how many sessions last week?", "session_count", "7710 lb", ("best_e1rm", "week_of", "compared_with")),
        ("how did my last workout compare?", "compare_last", "215 lb x 5", ("best_e1rm", "week_of")),
    ],
)
async def test_a_model_gets_only_the_asked_questions_figures_and_no_internal_ids(
    world: World, fake: FakeLLM, message: str, kind: str, figure: str, absent: tuple[str, ...]
) -> None:
    services = await get_services()
    config = ProviderConfig.model_validate({"id": "paid", "kind": "openai", "model": "m-data", "priority": 1,
                                            "base_url": fake.url + "/v1", "api_key_ref": "FAKE_LLM_KEY",
                                            "timeout_s": 3})  # fmt: skip
    await configs.create_config(services, config)
    response = await world.user.client.post("/api/ai/chat", json={"message": message}, headers=world.user.auth)
    assert response.json()["provider"] == "paid", response.text
    sent = json.dumps(fake.calls_for("m-data")[0].body)
    asked = json.dumps(f'"kind": "{kind}"')[1:-1]  # as it reads inside the prompt's JSON string
    assert asked in sent and figure in sent, sent
    assert not [a for a in absent if a in sent], sent
    assert not [i for i in [*world.session_ids, world.plan_id, world.user.user_id] if i in sent]


# (exercise, reps, pounds, role, completed): warm-ups, 0-rep and unfinished sets mixed in with working sets.
LOGGED_SET = st.tuples(
    st.sampled_from([SQUAT, SQUAT, SQUAT, BENCH]), st.integers(0, 15), st.integers(18, 200).map(lambda n: n * 2.5),
    st.sampled_from([None, None, "work", "warmup"]), st.sampled_from([True, True, True, False]),
)  # fmt: skip
RANDOM_LOGS = st.lists(
    st.tuples(st.integers(0, 70), st.integers(0, 23), st.lists(LOGGED_SET, min_size=1, max_size=6)),
    min_size=1, max_size=4,
)  # fmt: skip
_ips = itertools.count(1)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(logs=RANDOM_LOGS, units=st.sampled_from(["imperial", "metric"]),
       zone=st.sampled_from(["America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "UTC"]))  # fmt: skip
def test_the_heaviest_answer_is_the_max_over_the_logged_working_sets(
    monkeypatch: pytest.MonkeyPatch, logs: list[tuple[int, int, list[tuple[str, int, float, str | None, bool]]]],
    units: str, zone: str,
) -> None:  # fmt: skip
    fast_hashing(monkeypatch)
    now = datetime.now(UTC)
    tz = ZoneInfo(zone)
    # Working sets: completed, at least one rep, not a warm-up, with a load. Heaviest first, then most reps.
    working = [
        (lb(pounds), reps, (now - timedelta(days=days, hours=hour)).astimezone(tz).date())
        for days, hour, sets in logs for exercise, reps, pounds, role, done in sets
        if exercise == SQUAT and done and reps >= 1 and role != "warmup"
    ]  # fmt: skip

    async def scenario() -> str:
        app = create_app()
        user = await sign_up(app, ip=f"203.0.113.{next(_ips) % 250 + 1}")
        body = {**PROFILE, "units": units, "timezone": zone}
        assert (await user.client.put("/api/users/profile", json=body, headers=user.auth)).status_code == 200
        plan_id = (await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)).json()["id"]
        for days, hour, sets in logs:
            exercises: list[dict[str, Any]] = []
            for exercise, reps, pounds, role, done in sets:
                if not exercises or exercises[-1]["exercise_id"] != exercise:
                    exercises.append({"exercise_id": exercise, "sets": []})
                exercises[-1]["sets"].append({"reps": reps, "weight_kg": lb(pounds), "role": role, "completed": done})
            started = (now - timedelta(days=days, hours=hour)).isoformat()
            logged = {"day_index": None, "started_at": started, "duration_minutes": 30, "exercises": exercises}
            response = await user.client.post(f"/api/workouts/{plan_id}/log", json=logged, headers=user.auth)
            assert response.status_code == 201, response.text
        try:
            return await ask(user, "what's my heaviest squat?")
        finally:
            await user.client.aclose()
            await close_services()

    reply = asyncio.run(scenario())
    if not working:
        logged_squat = any(exercise == SQUAT for _, _, sets in logs for exercise, *_ in sets)
        expected = "no completed sets with reps to rank" if logged_squat else "You haven't logged any squat yet"
        assert expected in reply, reply
        return
    kg, reps, _ = max(working, key=lambda w: (w[0], w[1]))
    # Ties on weight and reps go to the earliest session: its local date.
    on = min(d for w, r, d in working if (w, r) == (kg, reps))
    rated = [round(estimated_1rm(w, r), 1) for w, r, _ in working if r <= 12]  # no RPE logged: Epley
    e1rm = max(rated) if rated else None
    assert f"your heaviest working set is {weight(kg, units)} x {reps} ({on.isoformat()})" in reply, reply
    if e1rm is not None:
        assert f"your best estimated 1RM is {weight(e1rm, units)} (" in reply, reply
    else:
        assert "estimated 1RM" not in reply, reply


@pytest.mark.parametrize(
    "message",
    ["chest day", "cutting phase", "test my max", "my legs are killing me after squats", "hi",
     "how many days a week should I train?", "what's the best exercise for glutes?", "How heavy should I squat next?",
     "how much volume should I do for chest?", "should I max out this week?", "what is next?", "How is my progress?",
     "tips for a bigger bench", "is it safe to deadlift every day?"],
)  # fmt: skip
def test_ordinary_training_talk_is_not_taken_for_a_data_question(message: str) -> None:
    assert classify(message, date(2026, 6, 10)) is None


def test_recovery_is_not_judged_from_logs_that_are_not_there() -> None:
    """The sixth red team: "Recovery looks fine from your logs" to a user with no sessions."""
    from shared.coach import offline

    empty = offline.chat({"topic": "recovery", "sessions_last_14_days": 0, "tone": "direct"})
    assert "fine from your logs" not in empty and "no recent sessions" in empty
    logged = offline.chat({"topic": "recovery", "sessions_last_14_days": 3, "tone": "direct"})
    assert "Recovery looks fine from your logs." in logged


@pytest.mark.parametrize(
    "message",
    [
        "my knee went pop on squats and it's puffy now, how heavy should I squat next?",
        "rolled my ankle yesterday, what's my next workout?",
        "heard a crack in my foot when I landed, what should I lift tomorrow?",
    ],
)
async def test_an_injury_gets_no_loads_pushed_on_it(world: World, message: str) -> None:
    """The thirteenth red team: a swollen knee after a pop got "Back Squat: go up to 100 kg" from the built-in
    coach. With pain or an injury in the message, no targets and no next session: stop, get it checked."""
    response = await world.user.client.post("/api/ai/chat", json={"message": message}, headers=world.user.auth)
    assert response.status_code == 200, response.text
    reply = response.json()["reply"]
    assert "Next-session targets" not in reply and "Next up" not in reply, reply
    if "knee went pop" in message:  # rr12 kind 8 (hAF): a pop with swelling is seen today, before any coaching
        assert response.json()["safety"] == "urgent" and reply == URGENT["joint_injury"], reply
        return
    assert response.json()["provider"] == "engine" and LABEL in reply, reply
    assert "won't set loads while something hurts" in reply and "physiotherapist" in reply, reply
