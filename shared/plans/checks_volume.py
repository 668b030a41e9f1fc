"""The validator's volume, time, progression and safety checks (see validator.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans import explain
from shared.plans.hold_rehab import held_rehab
from shared.plans.rules import FLOOR_MUSCLES, RAMP_SET_SECONDS, SESSION_HARD_SETS_MAX, set_seconds
from shared.plans.volume import add_credit, days_at_ceiling, excused_below_floor, minutes_ok, top_blocked
from shared.profile.model import MUSCLES, Muscle

if TYPE_CHECKING:
    from shared.plans.validator import Context

_EPS = 1e-9


def _credit(data: dict[str, Any]) -> dict[Muscle, float]:
    credit: dict[Muscle, float] = dict.fromkeys(MUSCLES, 0.0)
    for day in data["days"]:
        for item in day["exercises"]:
            exercise = find_exercise(item["exercise_id"])
            if exercise is not None:
                add_credit(credit, exercise, item["sets"])
    return credit


def check_volume_top(ctx: Context, data: dict[str, Any]) -> None:
    """No muscle above the band's top: cut sets from the lifts that load it most."""
    _, top = ctx.request.band_for(data["goal"])
    credit = _credit(data)
    for muscle in sorted(credit, key=lambda m: -credit[m]):
        before = credit[muscle]
        while credit[muscle] > top + _EPS:
            best = None
            for day in data["days"]:
                for position, item in enumerate(day["exercises"]):
                    exercise = find_exercise(item["exercise_id"])
                    if exercise is None or not exercise.hard_sets:
                        continue
                    weight = (
                        1.0
                        if muscle in exercise.primary_muscles
                        else 0.5
                        if muscle in exercise.secondary_muscles
                        else 0
                    )
                    if weight:
                        key = (weight, item["sets"], day["day_index"], position)
                        if best is None or key > best[0]:
                            best = (key, day, position, exercise)
            if best is None:
                break
            _, day, position, exercise = best
            item = day["exercises"][position]
            item["sets"] -= 1
            if item["sets"] == 0:
                del day["exercises"][position]
            for m in exercise.primary_muscles:
                credit[m] -= 1
            for m in exercise.secondary_muscles:
                credit[m] -= 0.5
        if credit[muscle] < before:
            ctx.repair(
                "volume_top", f"Cut {muscle} from {before:g} to {credit[muscle]:g} weekly hard sets (top {top})."
            )


def check_session_ceiling(ctx: Context, data: dict[str, Any]) -> None:
    """No session above the level's hard sets (`rules.SESSION_HARD_SETS_MAX`): cut one set at a time
    from the lift with the most sets, isolation work before multi-joint lifts, the last lift first."""
    ceiling = SESSION_HARD_SETS_MAX[ctx.request.level]
    for day in data["days"]:
        hard: list[tuple[dict[str, Any], Exercise]] = []
        for item in day["exercises"]:
            exercise = find_exercise(item["exercise_id"])
            if exercise is not None and exercise.hard_sets:
                hard.append((item, exercise))
        before = total = sum(int(i["sets"]) for i, _ in hard)
        while total > ceiling:
            left = [n for n in range(len(hard)) if hard[n][0]["sets"] > 0]
            position = max(left, key=lambda n: (hard[n][1].isolation, hard[n][0]["sets"], n))
            hard[position][0]["sets"] -= 1
            total -= 1
        if total < before:
            day["exercises"] = [i for i in day["exercises"] if i["sets"] > 0]
            ctx.repair(
                "session_ceiling",
                f"Cut the session from {before} to {total} hard sets: more in one workout adds fatigue, not progress.",
                day["day_index"],
            )


def _item_seconds(item: dict[str, Any]) -> int:
    exercise = find_exercise(item["exercise_id"])
    unilateral = exercise.unilateral if exercise is not None else False
    each = set_seconds(item["reps_min"], item["reps_max"], item["rest_seconds"], item["duration_seconds"], unilateral)
    return int(item["sets"]) * each + int(item.get("warmup_sets") or 0) * RAMP_SET_SECONDS


def _day_seconds(day: dict[str, Any], routine: int) -> int:
    return routine + sum(_item_seconds(item) for item in day["exercises"])


def _trim(day: dict[str, Any], routine: int, limit: int) -> None:
    """Shorten the session to `limit` seconds: timed extras first, then sets from the end."""
    for item in reversed(day["exercises"]):
        exercise = find_exercise(item["exercise_id"])
        while _day_seconds(day, routine) > limit and item["sets"] > 0:
            over = _day_seconds(day, routine) - limit
            if exercise is not None and not exercise.hard_sets and (item["duration_seconds"] or 0) - over >= 30:
                item["duration_seconds"] -= over
                continue
            item["sets"] -= 1
    day["exercises"] = [item for item in day["exercises"] if item["sets"] > 0]


def check_minutes(ctx: Context, data: dict[str, Any]) -> None:
    """Each session's minutes (recomputed: sets x (work + rest) + warm-up + cool-down) at most 10% over
    the ask, and at least 10% under it only with a stated reason (`time_note`): a session is never padded."""
    asked = ctx.request.minutes
    routine = sum(i["duration_seconds"] for i in data["warmup"]) + sum(i["duration_seconds"] for i in data["cooldown"])
    for day in data["days"]:
        index, seconds = day["day_index"], _day_seconds(day, routine)
        if seconds / 60 > asked * 1.1:
            _trim(day, routine, asked * 60)
            ctx.repair("minutes", f"Session was about {seconds // 60} min; trimmed towards {asked} min.", index)
        minutes = round(_day_seconds(day, routine) / 60)
        if abs(day["estimated_minutes"] - minutes) > 1:
            ctx.repair("minutes", f"Estimated minutes corrected from {day['estimated_minutes']} to {minutes}.", index)
        day["estimated_minutes"] = minutes
        if minutes > asked * 1.1:
            ctx.violation("minutes", f"The session takes about {minutes} min; {asked} were asked for.", index)
        elif not minutes_ok(minutes, asked) and not day.get("time_note", "").strip():
            ctx.violation(
                "minutes",
                f"The session takes about {minutes} min of the {asked} asked for and does not say why.",
                index,
            )


def check_volume_floor(ctx: Context, data: dict[str, Any]) -> None:
    """Floor muscles below the band's floor only when time or the catalog makes it impossible, and stated."""
    floor, top = ctx.request.band_for(data["goal"])
    # A hold's rehab basics at RPE 3 are no hard sets: "no weekly sets" (`explain.HOLD_VOLUME_NOTE`) stays true.
    credit = dict.fromkeys(MUSCLES, 0.0) if ctx.request.hold else _credit(data)
    below = [m for m in FLOOR_MUSCLES if credit[m] + _EPS < floor]
    request = ctx.request if data["goal"] == ctx.request.goal else _with_goal(ctx, data["goal"])
    time_limited, untrainable = excused_below_floor(request, ctx.pool.exercises)
    pairs = [[(i["exercise_id"], int(i["sets"])) for i in d["exercises"]] for d in data["days"]]
    time_limited = time_limited or days_at_ceiling(request, pairs)
    topped = [
        m for m in below
        if m not in untrainable and not time_limited and top_blocked(ctx.pool.exercises, credit, m, top)
    ]  # fmt: skip
    for muscle in below:
        if muscle not in untrainable and not time_limited and not ctx.request.hold and muscle not in topped:
            ctx.violation("volume_floor", f"{muscle} gets {credit[muscle]:g} weekly hard sets; the floor is {floor}.")
    data["weekly_sets"] = [
        {"muscle": m, "hard_sets": round(credit[m], 1), "band_min": floor if m in FLOOR_MUSCLES else 0, "band_max": top}
        for m in MUSCLES
    ]
    data["below_floor_muscles"] = below
    note = data["volume_note"].lower()
    if ctx.request.hold:
        if not note:
            data["volume_note"] = explain.HOLD_VOLUME_NOTE
            ctx.repair("volume_note", "Stated that there is no strength training yet.")
        return
    if below and not all(m.replace("_", " ") in note or m in note for m in below):
        short = [m for m in below if m not in untrainable and m not in topped]
        lifts = ("main", "secondary", "accessory")
        block = next(
            (i["name"] for d in data["days"] if any(i["role"] in lifts for i in d["exercises"])
             for i in d["exercises"] if i["role"] == "conditioning"),
            "",
        )  # fmt: skip
        data["volume_note"] = explain.volume_note(
            request, short, [m for m in below if m in untrainable], topped, block=block,
            at_ceiling=days_at_ceiling(request, pairs),
        )  # fmt: skip
        ctx.repair("volume_note", "Stated which muscles fall below their weekly floor and why.")


def _with_goal(ctx: Context, goal: Any) -> Any:
    from dataclasses import replace

    return replace(ctx.request, goal=goal)


def check_hold(ctx: Context, data: dict[str, Any]) -> None:
    """A PAR-Q red flag without clearance, or several severe injuries: no hard sets, nothing above RPE 3.

    Any writer (an LLM included) that hands such a person a workout is refused, not repaired: the plan
    would need a physician's or physiotherapist's say first (plans/hold.py).
    """
    if not ctx.request.hold:
        return
    why = "a physician's clearance" if ctx.request.clearance_first else "a physiotherapist's assessment"
    # A physiotherapy hold's rehab basics (the pool's rehab drills, at RPE 3 or less) are not training
    # (`hold_rehab`, review 24 defect 13); a clearance hold has none.
    rehab = held_rehab(ctx.request, ctx.pool.exercises)
    for day in data["days"]:
        for item in day["exercises"]:
            exercise = find_exercise(item["exercise_id"])
            working = exercise is not None and exercise.hard_sets and item["exercise_id"] not in rehab
            conditioning = exercise is not None and exercise.pattern == "conditioning" and ctx.request.clearance_first
            if working or conditioning or item["target_rpe"] > 3:
                ctx.violation(
                    "hold",
                    f"{item['name']} is training; this person needs {why} before any workout.",
                    day["day_index"],
                    item["exercise_id"],
                )


def check_progression_and_safety(ctx: Context, data: dict[str, Any]) -> None:
    """2.5-5% load steps and a deload every 4-6 weeks."""
    progression = data["progression"]
    low, high = progression["load_step_pct_min"], progression["load_step_pct_max"]
    fixed_low, fixed_high = min(max(low, 2.5), 5.0), min(max(high, 2.5), 5.0)
    if (fixed_low, fixed_high) != (low, high) or fixed_low > fixed_high:
        progression["load_step_pct_min"], progression["load_step_pct_max"] = sorted((fixed_low, fixed_high))
        ctx.repair("progression", "Load steps set inside 2.5-5%.")
    weeks = progression["deload_every_weeks"]
    if not 4 <= weeks <= 6:
        progression["deload_every_weeks"] = min(max(weeks, 4), 6)
        ctx.repair("progression", f"Deload every {weeks} weeks changed to every {progression['deload_every_weeks']}.")
    # Vigor's own PAR-Q and injury notes are added by checks_text.check_free_text, whatever the writer wrote.
