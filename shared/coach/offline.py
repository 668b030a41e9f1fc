"""The built-in coach's texts: templates filled with the user's real figures, in their coach tone.

Used by the engine provider (the last in every chain, and the only one when no paid provider is
configured or affordable), so chat, daily messages and analyses stay useful offline. Every text
starts with LABEL, so the user can tell it from a model's answer. A chat message that asks about the
user's own data carries that question's figures (`asked`, see shared.coach.asked) and is answered
from them (shared.coach.answers); anything else gets the topic's summary.
"""

from __future__ import annotations

import re
from typing import Any

from shared.coach.answers import answer
from shared.coach.units import volume, weight
from shared.safety import interactions, parq_signs
from shared.safety.conversation import HELD_REPLIES

# "no AI model", not "offline": the user is online; what is missing is an AI provider (browser review D11).
LABEL = "Vigor's built-in coach (no AI model): "
# Said whenever the built-in coach cannot tell what a message is about: it may be something it should not miss.
SAFETY_NET = (
    "If you feel unwell (chest pain, fainting, trouble breathing) or are thinking about harming yourself, please "
    "stop and call your local emergency number or a crisis line (988 in the US, 116 123 in the UK and Ireland)."
)
# What the built-in coach says about training when the user has pain or an injury: no targets, no next session.
HURT = (
    "I won't set loads while something hurts. Leave out anything that loads the painful area, and don't add weight "
    "or push other lifts hard until a doctor or physiotherapist has checked it; your targets will wait."
)
# What it says while urgent symptoms told recently (in chat or a session's notes) have not been checked.
CARE = (
    "You told the coach about symptoms recently: until a doctor has checked them, keep sessions easy, add no load, "
    "and stop and get help if they come back."
)
_TONES: dict[str, tuple[str, str]] = {
    "encouraging": ("Good to see you, {name}!", "You've got this."),
    "direct": ("{name}, here's the plan.", "Do the work, then log it."),
    "playful": ("Hey {name}!", "Go make those weights jealous."),
    "calm": ("Hello {name}.", "Steady effort, one session at a time."),
}
_ACTIONS = {
    "increase_load": "go up to", "add_reps": "stay at", "hold": "hold", "reduce_load": "back off to",
    "harder_variation": "try a harder variation than", "easier_variation": "build up with an easier variation of",
    "reduce_assistance": "use less assistance:",
    "add_time": "hold longer at", "add_distance": "go further with", "reset": "reset to",
    "change_rep_scheme": "change reps at", "wave": "wave up to",
}  # fmt: skip
_TOPICS: list[tuple[str, re.Pattern[str]]] = [
    ("recovery", re.compile(r"\b(tired|sore|rest|recover\w*|deload|sleep|fatigue\w*|exhausted|energy)\b", re.I)),
    ("load", re.compile(r"\b(heav\w*|weight|load|kg|lbs?|lift|increase|how much|progress(ion)? on)\b", re.I)),
    ("progress", re.compile(r"\b(progress|pr|prs|record\w*|streak|volume|improv\w*|stronger)\b", re.I)),
    ("next", re.compile(r"\b(today|tomorrow|next|workout|session|plan|train\w*)\b", re.I)),
    # R10 (hQ): ordinary exercise talk the summaries don't answer ("What's a good warm-up before squats?"): 34 of 62
    # such questions ended with the emergency and crisis lines, which belong to messages the coach can't place.
    (
        "exercise",
        re.compile(
            r"\b(sets?|reps?|rpe|squats?|deadlifts?|bench|press|rows?|pull-?ups?|push-?ups?|lunges?|curls?|face\s+pulls?"
            r"|cardio|run\w*|marathon|warm[- ]?ups?|cool-?down|stretch\w*|mobility|split|routine|program\w*|exercis\w*"
            r"|muscles?|glutes?|core|abs|arms|hypertroph\w*|bulk\w*|macros?|calorie\w*|protein|supersets?|finisher|belt"
            r"|workouts|form|overload|resistance\s+bands?|motivat\w*|wiederholung\w*|übung\w*|ejercicios?|glúteos|entrenar"
            r"|exercices?|renforcer|musculation)\b",
            re.I,
        ),
    ),
]
# Words that are no exercise talk: a message with one keeps the safety net even when it names an exercise.
_UNWELL = re.compile(
    r"\b(pain\w*|hurt\w*|dizz\w*|faint\w*|breath\w*|chest\s+(feels\s+)?tight\w*|numb\w*|sick|unwell|die|dying|dead"
    r"|kill\w*|hopeless|sad|depress\w*|anxi\w*|panic\w*|suicid\w*|harm\w*|cry\w*|blood|vomit\w*|purg\w*|pills?"
    r"|drugs?|alone|nobody|no\s+one|anymore|worthless|disappear\w*|give\s+up|hate\s+(myself|my\s+body)|punish\w*)\b",
    re.I,
)


def topic_of(text: str) -> str:
    """What a chat question is about, deterministically: next, load, progress, recovery, exercise or general."""
    for name, pattern in _TOPICS:
        if pattern.search(text) and not (name == "exercise" and _UNWELL.search(text)):
            return name
    return "general"


def _tone(figures: dict[str, Any]) -> tuple[str, str]:
    hello, close = _TONES.get(str(figures.get("tone")), _TONES["encouraging"])
    return hello.format(name=str(figures.get("name") or "there")), close


def _units(figures: dict[str, Any]) -> str:
    return str(figures.get("units") or "metric")


def _streak(f: dict[str, Any]) -> str:
    weeks, done, target = f.get("streak_weeks") or 0, f.get("sessions_this_week") or 0, f.get("target_sessions")
    of = f" of {target}" if target else ""
    if weeks:
        return f"Your streak is {weeks} week{'s' * (weeks != 1)} in a row; {done}{of} session(s) done this week."
    if done:
        return f"{done}{of} session(s) done this week."
    return "No session logged this week yet."


def streak(f: dict[str, Any]) -> str:
    """This week's count (and streak) as the daily message says it: kept true after a session is logged (hBM)."""
    return _streak(f)


def _volume(f: dict[str, Any]) -> str:
    this, last = f.get("volume_this_week_kg") or 0, f.get("volume_last_week_kg") or 0
    if not this and not last:
        return ""
    text = f"This week's volume: {volume(this, _units(f))}"
    return text + (f" (last week {volume(last, _units(f))})." if last else ".")


def _next(f: dict[str, Any]) -> str:
    nxt = f.get("next_workout")
    if not nxt:
        return "You have no active plan: generate one and I'll line up your sessions."
    items = ", ".join(nxt.get("exercises", [])[:4])
    return f"Next up {nxt['when']}: {nxt['name']} ({nxt['focus']}), about {nxt['minutes']} min" + (
        f": {items}." if items else "."
    )


def _load_limit(f: dict[str, Any]) -> float | None:
    kgs = [float(str(k).split("=", 1)[1]) for k in (f.get("held_limits") or ()) if str(k).startswith("load_limit_kg=")]
    return min(kgs) if kgs else None


def _over(load: str, limit_kg: float | None) -> bool:
    """A target's load ("60 kg", "135 lb") above a clinician's lifting limit (rr11 K3: offline targets ignored it)."""
    parts = load.split()
    if limit_kg is None or len(parts) < 2 or "assistance" in load:
        return False
    try:
        amount = float(parts[0])
    except ValueError:
        return False
    return amount * (0.4536 if parts[1].startswith("lb") else 1.0) > limit_kg + 0.01


def _targets(f: dict[str, Any], count: int) -> str:
    limit_kg = _load_limit(f)
    shown = [t for t in (f.get("targets") or []) if not _over(str(t["load"]), limit_kg)]
    parts = [f"{t['name']}: {_ACTIONS.get(t['action'], 'stay at')} {t['load']} for {t['reps']} reps"
             for t in shown[:count]]  # fmt: skip
    left = len(shown) < len(f.get("targets") or [])
    note = f" Targets above your {limit_kg:g} kg limit are left out until your clinician raises it." if left else ""
    return (("Next-session targets: " + "; ".join(parts) + ".") if parts else "") + note


def _record(f: dict[str, Any]) -> str:
    last = f.get("last_pr")
    return f"Latest record: {last['text']} ({last['date']})." if last else ""


def _screening(f: dict[str, Any]) -> str:
    return (
        "Your health screening flagged something: check with your doctor before training hard."
        if (f.get("par_q_flagged"))
        else ""
    )


def screening(f: dict[str, Any]) -> str:
    """Vigor's own PAR-Q note ("" when no PAR-Q yes awaits clearance): every daily message and analysis keeps it,
    whoever wrote the rest (rr11 K5)."""
    return _screening(f)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _care(f: dict[str, Any]) -> str:
    """Urgent symptoms told recently (chat or a session's notes, `flags.apply`): easy sessions until checked."""
    if f.get("warning_note"):  # rr12 kind 5 (hAL): a PAR-Q-flagged user's note told dizziness or chest tightness
        return parq_signs.TARGETS_HELD
    return CARE if f.get("symptoms_reported") else ""


def daily(f: dict[str, Any]) -> str:
    hello, close = _tone(f)
    baseline = "" if f.get("sessions_last_14_days") else "Your first logged session sets the baseline."
    if f.get("effort_limited"):
        close = ""  # no "do the work" or "make those weights jealous" for someone told to take it easy
    return LABEL + _join(hello, _hr_cap(f), _streak(f), _record(f), _next(f), baseline, _care(f), _screening(f), close)


_ACUTE = ("no_weight_bearing", "no_spinal_load")
# R9: a health limit told in chat ("I have epilepsy.", "I'm on beta blockers.") got the greeting and small talk with the
# crisis lines; it gets what the coach will keep to (the limits a provider is given, `shared.safety.limits.HELD`).
_HELD = {
    "no_contact": "Noted: no contact training, sparring or heading until a doctor has cleared a graded return to "
    "sport.",
    "post_surgery": "Noted: no heavy lifting, straining or adding load until your surgeon or doctor clears it.",
    "no_impact": "Noted: no jumping, sprints or heavy leg work until your surgeon or physiotherapist clears it.",
    "postpartum_early": "Noted: walking, breathing and gentle strength work only, no crunches, running or jumping, "
    "until a pelvic-floor check by your clinician.",
    "no_solo_water": "Noted: swim or climb only where a lifeguard or a companion who knows what to do is with you.",
    "no_hr_formula": "Noted: heart-rate formulas (220 minus age) don't hold on that medicine, so set your effort by "
    "feel (RPE) and the talk test: you should be able to speak in short sentences.",
}
_HELD["no_overhead"] = "Noted: no overhead pressing or lifting until your doctor or physiotherapist clears it."
_HELD["no_running"] = "Noted: no running or sprints until your doctor or physiotherapist clears it."
_HELD["swollen_joint"] = (
    "Noted: no jumping, running or heavy leg work until the swelling has settled and it has been checked."
)
# hW's timed limits ("no heavy lifting for 3 weeks", "for now": rr11 K3) are noted like the others.
_HELD["no_heavy_lifting"] = "Noted: no heavy lifting, straining or adding load until your doctor clears it."
_HELD["no_leg_load"] = "Noted: no loading the injured leg until your doctor or physiotherapist clears it."
_HELD["no_arm_load"] = "Noted: no loading the injured arm or shoulder until your doctor or physiotherapist clears it."
_HELD["no_back_load"] = "Noted: no loading your back until your doctor or physiotherapist clears it."
_HELD["no_jumping"] = "Noted: no jumping, plyometrics or sprints until your doctor or physiotherapist clears it."
_HELD["bleeding_contact"] = (
    "Noted: on a blood thinner, no sparring or contact sports until your prescriber says it is safe; non-contact "
    "training is fine."
)  # rr11 K3 (hZ)
_LOAD_LIMIT = "Noted: keep every load at or under {kg:g} kg."
_HR_CAP = (
    "Noted: keep your heart rate at or under {bpm} bpm, the limit your doctor set: steady, moderate sessions you can "
    "talk through, no all-out intervals until they raise it."
)  # hAL (rr12 kind 4)
_HR_CAP_ANY = (
    "Noted: keep within the heart-rate limit your doctor set: steady, moderate sessions you can talk through, no "
    "all-out intervals until they raise it."
)
# R11 (hX): what the conversation learned of a medicine is noted on each later answer, like the limits (kidney
# disease is not: its protein question gets the renal answer, and the built-in coach names no protein amount).
_HELD["prescribed_trt"] = (
    "Noted: on your prescribed testosterone, train as usual; keep the dose as prescribed, keep your prescriber's "
    'blood tests, and no DHEA, "test boosters" or other hormones unless they agree.'
)
_INTERACTION = "Noted: check with your prescriber or pharmacist before adding {added}."


def _hr_cap(f: dict[str, Any]) -> str:
    """The clinician's heart-rate cap in words ("" when none): chat, daily messages and analyses state it (rr14)."""
    keys = [str(key) for key in (f.get("held_limits") or ())]
    bpms = [int(key.split("=", 1)[1]) for key in keys if key.startswith("hr_cap=")]
    if bpms or "hr_cap" in keys:
        return _HR_CAP.format(bpm=min(bpms)) if bpms else _HR_CAP_ANY
    return ""


def _held(f: dict[str, Any]) -> str:
    keys = [str(key) for key in (f.get("held_limits") or ())]
    kgs = [float(key.split("=", 1)[1]) for key in keys if key.startswith("load_limit_kg=")]
    found = [_LOAD_LIMIT.format(kg=min(kgs))] if kgs else []
    found += [_hr_cap(f)] if _hr_cap(f) else []
    found += [
        _HELD[key] for key in sorted(keys) if key in _HELD and not (key == "prescribed_trt" and "trt_noted" in keys)
    ]
    found += [_INTERACTION.format(added=r.added) for r in interactions.TABLE if f"interaction={r.key}" in keys]
    return _join(*found)


def chat(f: dict[str, Any]) -> str:
    hello, close = _tone(f)
    topic = f.get("topic", "general")
    held = _held(f)
    if f.get("asked"):  # a question about the user's own logs: its figures answer it
        return LABEL + _join(hello, answer(f["asked"]), _screening(f), close)
    acute = [HELD_REPLIES[k] for k in _ACUTE if k in (f.get("held_limits") or ())]
    if acute:  # R9: a back in spasm or an ankle that can't take weight: what to do today, not the next session
        return LABEL + _join(hello, *acute)
    if f.get("pain"):  # pain or an injury: no loads pushed on it (a swollen knee once got "squat 100 kg")
        return LABEL + _join(hello, HURT, _screening(f))
    care = _care(f)  # R7: a flagged account's ordinary question gets its answer with the flag's caution, once
    if care:
        close = ""  # no "you've got this" after "keep sessions easy"
    if topic == "load":
        body = _targets(f, 4) or "Log a session with loads and reps and I'll set your next targets from it."
    elif topic == "progress":
        body = _join(_streak(f), _volume(f), _record(f))
    elif topic == "recovery":
        advice = " ".join(f.get("recovery") or [])
        logged = bool(f.get("sessions_last_14_days"))  # "fine from your logs" needs logs (the sixth red team)
        body = advice or (
            ("Recovery looks fine from your logs. " if logged else "There are no recent sessions in your logs to "
             "judge recovery from yet. ")
            + "Sleep 7-9 hours, eat enough protein, and on a sore day keep the session but stop further from failure."
        )  # fmt: skip
    elif topic == "next":
        body = _join(_next(f), _targets(f, 2))
    else:  # a question the built-in coach does not understand: no training pushed on it, and a safety net
        body = _streak(f)
    hint = ""
    if (
        topic == "exercise"
    ):  # understood as training talk the summaries don't cover: what it can answer, no crisis lines
        body = _streak(f)
        hint = "I can answer about your next session, loads, progress, records and recovery."
    if topic == "general":  # a limit told is understood: no crisis lines after "I have epilepsy"
        hint = "I can answer about your next session, loads, progress, records and recovery." + (
            "" if held else " " + SAFETY_NET
        )
    return LABEL + _join(hello, held, body, care, _screening(f), hint, close)


def analysis(f: dict[str, Any]) -> str:
    units = _units(f)
    vol, before = f.get("volume_kg") or 0, f.get("previous_volume_kg")
    change = ""
    if f.get("heavy_day"):
        # A heavy day is compared with the last heavy day on its top sets, never on volume (review 21, D17).
        tops = [f"{t['name']} {weight(t['e1rm_kg'], units)} (was {weight(t['previous_e1rm_kg'], units)})"
                for t in (f.get("top_sets_vs_last_heavy_day") or [])[:3]]  # fmt: skip
        change = f"; a heavy day: top sets as estimated 1RM, {', '.join(tops)}" if tops else "; a heavy day"
    elif before and f.get("volume_change_pct") is not None:
        change = f", {f.get('volume_change_pct', 0):+.0f}% vs last time ({volume(before, units)})"
    records = f.get("session_records") or []
    prs = ("New records: " + "; ".join(records[:4]) + ".") if records else "No new records this time."
    missed = f.get("missed_reps") or []
    if missed and not f.get("pain") and not f.get("symptoms_reported"):
        # What to change, not only what happened (review 24): a miss is one hard day; the target below says the load.
        prs += (f" Reps fell short on {'; '.join(missed[:3])}: one hard day is not lost strength. Before the next "
                "session, sleep well, eat enough and take a rest day; the targets below say the load.")  # fmt: skip
    if f.get("max_attempt_caution"):  # a beginner's max single: logged, with a caution (review 24)
        prs += f" {f['max_attempt_caution']}"
    if f.get("pain"):  # pain or an injury in the session's notes: no progression (fifteenth red team)
        nxt = HURT
    elif f.get("symptoms_reported"):
        nxt = CARE
    else:
        nxt = _targets(f, 4) or "Next time: keep the loads and add a rep where every set felt comfortable."
    return LABEL + _join(
        f"Session on {f.get('session_date', 'that day')}: {volume(vol, units)} of volume{change}.", prs, nxt,
        _hr_cap(f), " ".join((f.get("recovery") or [])[:1]),
    )  # fmt: skip


def render(task: str, figures: dict[str, Any]) -> str:
    """The built-in coach's text for a task from coach figures (see shared.coach.context)."""
    if task == "daily_message":
        return daily(figures)
    if task == "analysis":
        return analysis(figures)
    return chat(figures)
