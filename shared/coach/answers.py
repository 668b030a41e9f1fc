"""The built-in coach's answers to data questions, worded from the `asked` figures (`shared.coach.asked`).

The figures already carry every number in the user's units and local dates, so these functions only
put them in sentences: nothing here computes or rounds a figure. When there is no data, the answer
says so and says what to log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_LOG_SETS = "Log your sets with their weight and reps and I'll track it."


def _during(period: str) -> str:
    """A period label as it reads after a verb: "this week", "in the last 30 days", "in total"."""
    if period == "all time":
        return "in total"
    return f"in {period}" if period.startswith("the ") else period


def _best_lift(a: dict[str, Any]) -> str:
    if a.get("top_sets") is not None:
        if not a["top_sets"]:
            return "You have no loaded sets logged yet. " + _LOG_SETS
        listed = "; ".join(f"{t['text']} ({t['date']})" for t in a["top_sets"])
        return f"Your heaviest sets: {listed}."
    if not a.get("logged"):
        return (
            f"You haven't logged any {a['asked_for']} yet, so there's no best to report. "
            "Log a session with it (weight and reps per set) and I'll track your heaviest set and estimated 1RM."
        )
    name, parts = a["exercise"], []
    if a.get("heaviest_set"):
        parts.append(f"your heaviest working set is {a['heaviest_set']} ({a['heaviest_set_date']})")
    if a.get("least_assistance"):
        parts.append(f"your best set is {a['least_assistance']} of assistance ({a['heaviest_set_date']})")
    if a.get("best_e1rm"):
        parts.append(f"your best estimated 1RM is {a['best_e1rm']} ({a['best_e1rm_date']})")
    if a.get("most_reps"):
        parts.append(f"your best is {a['most_reps']}")
    if not parts:
        return f"You've logged {name}, but no completed sets with reps to rank yet. " + _LOG_SETS
    text = f"{name}: " + " and ".join(parts) + "."
    if a.get("also_logged"):
        text += f" You've also logged {', '.join(a['also_logged'])}; ask about it by name."
    return text


def _records(a: dict[str, Any]) -> str:
    if a["records"]:
        listed = "; ".join(f"{r['text']} ({r['date']})" for r in a["records"])
        more = f" ({a['count']} in all)" if a["count"] > len(a["records"]) else ""
        return f"Records you set {_during(a['period'])}{more}: {listed}."
    if a.get("latest"):
        return f"No new records {_during(a['period'])}. Your latest is {a['latest']['text']} ({a['latest']['date']})."
    return "You have no records yet: log your sets with weight and reps, and every best becomes one."


def _session_count(a: dict[str, Any]) -> str:
    n, period = a["sessions"], a["period"]
    text = f"{n} session{'s' * (n != 1)} {_during(period)}"
    if a.get("target_per_week"):
        text += f" (your plan has {a['target_per_week']} a week)"
    if n and a.get("days"):
        text += ": " + ", ".join(a["days"])
    text += "."
    if n and a.get("volume"):
        text += f" Volume: {a['volume']}."
    if not n:
        text += " Log each session when you finish it and I'll keep count."
    return text


def _volume_trend(a: dict[str, Any]) -> str:
    weeks = a["weeks"]
    if a["direction"] == "no data" and not any(w["sessions"] for w in weeks):
        return "No volume logged in the last 4 weeks. Log your sets with weight and reps and I'll show the trend."

    def week(w: dict[str, Any]) -> str:
        hard = f", {w['hard_sets']} hard sets" if w["hard_sets"] is not None else ""
        return f"week of {w['week_of']}: {w['volume']}{hard}"

    text = "Weekly volume: " + "; ".join(week(w) for w in weeks) + "."
    if a["direction"] in ("up", "down", "steady"):
        word = {"up": "going up", "down": "going down", "steady": "holding steady"}[a["direction"]]
        text += f" It's {word}: the last 2 weeks averaged {a['change_pct']:+.0f}% against the 2 before."
    elif a["direction"] == "starting":
        text += " You've only just started logging, so there's no trend yet."
    else:
        text += " Not enough recent weeks to call a trend."
    now = a["this_week_so_far"]
    if now["sessions"]:
        text += f" This week so far: {now['volume']}."
    return text


def _compare_last(a: dict[str, Any]) -> str:
    if not a.get("found"):
        return "You haven't logged a session yet. Log one and I'll compare each workout with the one before."
    last = a["last"]
    day = f" ({last['plan_day']})" if last.get("plan_day") else ""
    text = f"Your last session, {last['weekday']} {last['date']}{day}: {last['volume']}, "
    text += f"{last['working_sets']} working sets."
    prev = a.get("previous")
    if not prev:
        return text + " It's your first logged session, so there's nothing to compare yet."
    change = a.get("volume_change_pct")
    pct = f" ({change:+.1f}% volume)" if change is not None else ""
    text += f" Against {a['compared_with']} on {prev['date']}: {prev['volume']}, {prev['working_sets']} sets{pct}."
    if a.get("changes"):
        text += " " + "; ".join(a["changes"]) + "."
    if a.get("dropped"):
        text += f" Not done this time: {', '.join(a['dropped'])}."
    return text


def _last_trained(a: dict[str, Any]) -> str:
    target, kind = a["target"], a["target_kind"]
    if a.get("found"):
        ago = {0: "today", 1: "yesterday"}.get(a["days_ago"], f"{a['days_ago']} days ago")
        when = f"on {a['weekday']} {a['date']}, {ago}"
        if kind == "any":
            return f"Your last session was {when}."
        if kind == "muscle":
            return f"You last trained {target} {when} ({', '.join(a['exercises'])})."
        return f"You last did {', '.join(a['exercises'])} {when}."
    if kind == "any":
        return "You haven't logged a session yet. Log your first one and I'll keep track."
    what = f"a session that trained {target}" if kind == "muscle" else f"any {target}"
    if not a.get("searched_all"):
        return f"I don't see {what} in your last {a['searched_sessions']} sessions. Log it next time you train it."
    return f"You haven't logged {what} yet. Log it next time you train it and I'll keep track."


def _streak(a: dict[str, Any]) -> str:
    weeks, target, done = a["weeks"], a["target_per_week"], a["sessions_this_week"]
    goal = f"{target} session{'s' * (target != 1)}"
    week_text = f"{done} this week so far"
    if weeks:
        return f"Your streak: {weeks} week{'s' * (weeks != 1)} in a row with at least {goal}; {week_text}."
    return f"No streak right now: a streak counts weeks with at least {goal}. {week_text.capitalize()}."


_ANSWERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "best_lift": _best_lift, "records": _records, "session_count": _session_count, "volume_trend": _volume_trend,
    "compare_last": _compare_last, "last_trained": _last_trained, "streak": _streak,
}  # fmt: skip


def answer(asked: dict[str, Any]) -> str:
    """The sentence(s) answering a data question from its figures."""
    return _ANSWERS[str(asked["kind"])](asked)
