"""A naive plan writer that knows only what a provider received: the fake provider's "model" for plans.

It reads the request body as the fake server got it (OpenAI chat completions, Responses or Gemini),
takes the profile from <user_data> and everything else from <vigor_brief> (the week's days, the
volume band, the session limits, the candidates with their doses), and writes a plan greedily:
each lifting day takes the first candidate for each muscle it trains, sets go where a floor muscle
is furthest below its floor, then up to the middle of the band while the minutes allow. Nothing
comes from Vigor's code: if the brief leaves something out, the plan it writes fails the checks.

    fake.responder = answer_from_prompt
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

Item = dict[str, Any]
SETUP = 10  # seconds a timed set takes beyond its duration and rest (the brief's set_s says so too)


def request_parts(body: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(the first user message holding the brief, the JSON schema sent) from any of the three wire formats."""
    if "messages" in body:
        texts = [m["content"] for m in body["messages"] if m["role"] == "user"]
        schema = body["response_format"]["json_schema"]["schema"]
    elif "input" in body:
        texts = [m["content"] for m in body["input"] if m["role"] == "user"]
        schema = body["text"]["format"]["schema"]
    else:
        texts = [p["text"] for c in body["contents"] if c["role"] == "user" for p in c["parts"]]
        schema = body["generationConfig"]["responseJsonSchema"]
    return next(t for t in texts if "<vigor_brief>" in t), schema


def block(text: str, tag: str) -> Any:
    found = re.search(rf"<{tag}>\n(.*?)\n</{tag}>", text, re.S)
    assert found is not None, f"no <{tag}> in the prompt"
    return json.loads(found.group(1))


def answer_from_prompt(body: dict[str, Any]) -> str:
    """The fake provider's answer: a plan written from the request body alone."""
    text, _ = request_parts(body)
    return json.dumps(write_plan(text))


class _Week:
    def __init__(self, brief: dict[str, Any]) -> None:
        self.volume, self.session = brief["volume"], brief["session"]
        self.floor, self.top = self.volume["floor"], self.volume["top"]
        self.limit = self.session["minutes"] * 60
        self.routine = self.session["warmup_s"] + self.session["cooldown_s"]
        self.credit: dict[str, float] = defaultdict(float)
        self.days: dict[int, list[tuple[dict[str, Any], list[int]]]] = {}

    @staticmethod
    def loads(c: dict[str, Any]) -> list[tuple[str, float]]:
        return [(m, 1.0) for m in c["primary"]] + [(m, 0.5) for m in c.get("secondary", [])]

    def seconds(self, day: int) -> int:
        return int(self.routine + sum(c["set_s"] * n[0] for c, n in self.days[day]))

    def can_add(self, day: int, c: dict[str, Any], sets: list[int], ceiling: float) -> bool:
        return (
            sets[0] < c["sets_max"]
            and self.seconds(day) + c["set_s"] <= self.limit
            and all(self.credit[m] + w <= ceiling for m, w in self.loads(c))
        )

    def add(self, c: dict[str, Any], sets: list[int]) -> None:
        sets[0] += 1
        for m, w in self.loads(c):
            self.credit[m] += w

    def need(self, c: dict[str, Any]) -> float:
        return float(
            sum(max(0.0, self.floor - self.credit[m]) for m in c["primary"] if m in self.volume["floor_muscles"])
        )

    def grow(self, ceiling: float, needy: bool) -> bool:
        """Add one set: where a floor muscle needs it most (needy), else on the day with most time left."""
        options = [
            (self.need(c) if needy else self.limit - self.seconds(day), day, c, sets)
            for day, items in self.days.items()
            for c, sets in items
            if self.can_add(day, c, sets, ceiling)
        ]
        options = [o for o in options if o[0] > 0]
        if not options:
            return False
        _, _, c, sets = max(options, key=lambda o: (o[0], -o[1]))
        self.add(c, sets)
        return True


def _item(c: dict[str, Any], sets: int, role: str, rpe_cap: float, duration: int | None = None) -> Item:
    timed = c.get("duration_s")
    if isinstance(timed, list):
        timed = duration or timed[1]
    return {
        "exercise_id": c["id"], "name": c["name"], "sets": sets, "reps_min": c["reps"][0], "reps_max": c["reps"][1],
        "target_rpe": min(c["rpe"], rpe_cap), "rest_seconds": c["rest_s"], "duration_seconds": timed, "notes": "",
        "role": role, "progression": None, "warmup_sets": 0, "distance_m": None, "superset": None,
    }  # fmt: skip


def _lifting(week: _Week, days: list[dict[str, Any]], lifts: list[dict[str, Any]]) -> None:
    for day in days:
        picked: list[dict[str, Any]] = []
        for muscle in day["trains"]:
            if len(picked) >= week.session["max_exercises"] or any(muscle in c["primary"] for c in picked):
                continue
            options = [c for c in lifts if c not in picked and muscle in c["primary"]]
            options.sort(key=lambda c: c["primary"][0] != muscle)  # stable: the brief's ranking within
            if options:
                picked.append(options[0])
        picked.sort(key=lambda c: c["type"] != "compound")  # compound lifts first
        week.days[day["day_index"]] = [(c, [0]) for c in picked]
    while week.grow(week.top, needy=True):
        pass
    for muscle in week.volume["floor_muscles"]:  # a floor one exercise a day cannot reach: a second one
        for day in days:
            items = week.days[day["day_index"]]
            if week.credit[muscle] >= week.floor or muscle not in day["trains"]:
                continue
            taken = [c for c, _ in items]
            extra = next((c for c in lifts if c not in taken and muscle in c["primary"]), None)
            if extra is not None:
                items.append((extra, [0]))
                items.sort(key=lambda entry: entry[0]["type"] != "compound")
                while week.grow(week.top, needy=True):
                    pass
    for items in week.days.values():
        items[:] = [(c, n) for c, n in items if n[0]]
    while week.grow((week.floor + week.top) / 2, needy=False):
        pass


def _extras(week: _Week, day: dict[str, Any], extras: list[dict[str, Any]], rpe_cap: float) -> list[Item]:
    """An aerobic day's block, a recovery day's easy block and drills, a mobility or gentle day's drills."""
    left = week.limit - week.routine
    items: list[Item] = []
    conditioning = [c for c in extras if c["type"] == "conditioning"]
    if conditioning and day["kind"] in ("aerobic", "recovery"):
        c = conditioning[0]
        low, high = c["duration_s"]
        share = left if day["kind"] == "aerobic" else left // 2
        seconds = max(low, min(high, share - SETUP - c["rest_s"]))
        if seconds + SETUP + c["rest_s"] <= left:
            items.append(_item(c, 1, "conditioning", rpe_cap, seconds))
            left -= seconds + SETUP + c["rest_s"]
    for c in (c for c in extras if c["type"] == "mobility"):
        sets = min(c["sets_max"], left // c["set_s"])
        if sets >= 1:
            items.append(_item(c, sets, "mobility", rpe_cap))
            left -= sets * c["set_s"]
    return items


def write_plan(text: str) -> dict[str, Any]:
    """A PlanDraft (as JSON data) from the prompt's <user_data> and <vigor_brief>."""
    profile, brief = block(text, "user_data")["profile"], block(text, "vigor_brief")
    week = _Week(brief)
    cap = week.session["rpe_cap"]
    lifts = [c for c in brief["candidates"] if c["type"] in ("compound", "isolation")]
    extras = [c for c in brief["candidates"] if c["type"] in ("conditioning", "mobility")]
    lifting = [d for d in brief["week"] if d["kind"] == "lifting"]
    _lifting(week, lifting, lifts)
    days = []
    for day in brief["week"]:
        if day["kind"] == "lifting":
            chosen = [(c, n[0]) for c, n in week.days[day["day_index"]] if n[0]]
            items = [
                _item(c, n, "main" if i == 0 else "accessory" if c["type"] == "isolation" else "secondary", cap)
                for i, (c, n) in enumerate(chosen)
            ]
        else:
            items = _extras(week, day, extras, cap)
        seconds = week.routine + sum(
            n["sets"] * ((n["duration_seconds"] + SETUP + n["rest_seconds"]) if n["duration_seconds"] else c["set_s"])
            for n, c in ((n, next(c for c in brief["candidates"] if c["id"] == n["exercise_id"])) for n in items)
        )
        short = abs(round(seconds / 60) - week.session["minutes"]) > week.session["minutes"] * 0.1
        days.append({
            "day_index": day["day_index"], "name": day["name"], "focus": ", ".join(day["trains"][:3]) or day["kind"],
            "estimated_minutes": round(seconds / 60), "exercises": items, "warmup": [],
            "time_note": "Shorter than asked: the week's sets are in the band without padding." if short else "",
        })  # fmt: skip
    below = [m for m in week.volume["floor_muscles"] if week.credit[m] < week.floor] if lifting else []
    par_q = bool(profile["screening"]["conservative"])  # rr13 (hAP): the flag, not the PAR-Q answers
    warm, cool = week.session["warmup_s"], week.session["cooldown_s"]
    return {
        "name": "Plan from the brief", "goal": week.volume["goal"], "split": brief["week"][0]["split"], "days": days,
        "warmup": [{"name": "Easy cardio", "duration_seconds": warm // 2, "notes": ""},
                   {"name": "Activate and mobilise", "duration_seconds": warm - warm // 2, "notes": ""}],
        "cooldown": [{"name": "Easy walk", "duration_seconds": cool // 2, "notes": ""},
                     {"name": "Gentle stretches", "duration_seconds": cool - cool // 2, "notes": ""}],
        "progression": {"method": "double_progression", "summary": "Climb the rep range, then add load.",
                        "load_step_pct_min": 2.5, "load_step_pct_max": 5, "deload_every_weeks": 5,
                        "deload_guidance": "Every fifth week, halve the sets."},
        "rationale": f"{len(lifting)} lifting days from the candidates offered.",
        "safety_notes": (["Follow your physician's advice; stop and seek care for chest pain, dizziness or unusual "
                          "breathlessness."] if par_q else [])
        + [f"Your {i['area'].replace('_', ' ')}: stop any movement that hurts." for i in profile.get("injuries", [])],
        "volume_note": (f"Below the weekly floor: {', '.join(m.replace('_', ' ') for m in below)} (time)."
                        if below else "No strength training yet: gentle movement only." if week.session["hold"]
                        else ""),
        "template": "",
    }  # fmt: skip
