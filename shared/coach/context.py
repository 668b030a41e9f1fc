"""What the coach knows when it answers: the user's real figures, within a token budget.

Profile (goals, level, tone, injuries, PAR-Q flag), the active plan and the next workout in the
user's time zone, the last two weeks of sessions, this week's and last week's sessions and volume
and the streak (the user's local weeks), the latest personal records and next-session targets.
Everything is plain data (no free text the user typed except exercise names, no internal ids),
serialised as delimited JSON by the gateway. When the figures exceed the budget, the oldest
sessions go first, then the long lists are shortened.

Given the chat message (`question`), a data question about the user's own logs ("what's my heaviest
squat?", "how many sessions this week?") adds its own figures as `asked` (`shared.coach.asked`),
and only that question's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from shared.coach import weeks
from shared.coach.asked import Facts, asked_figures
from shared.coach.questions import classify
from shared.coach.session_facts import session_volume
from shared.coach.units import KG_PER_LB, weight
from shared.exercises.catalog import find_exercise
from shared.feedback import latest as exercise_feedback
from shared.identity.profiles import load_profile
from shared.plans.recommendations import NextTarget, describe_sets, recommend, rep_range
from shared.plans.schema import DAY_NAMES, Plan
from shared.profile.model import FitnessProfile
from shared.safety import hr_caps, parq_signs
from shared.store.port import DocumentStore
from shared.workouts.model import LoggedSession, LoggedSet
from shared.workouts.plans import load_active_plan
from shared.workouts.progress import get_progress
from shared.workouts.sessions import for_plan, list_sessions

SCHEMA = "coach/1"  # marks figures the built-in coach knows how to read
BUDGET_TOKENS = 1200
CHARS_PER_TOKEN = 4
RECENT_DAYS = 14
# Sessions the targets read (GET /api/ai/recommendations, the coach, the analysis): enough for the RPE
# scheme's last three exposures, a linear lift's earlier resets and a training-max wave's weeks since it began.
TARGET_LOOK_BACK = 120
__all__ = ["KG_PER_LB", "CoachContext", "build_context", "exercise_name", "session_volume", "target_load", "weight"]


@dataclass
class CoachContext:
    profile: FitnessProfile
    has_profile: bool
    plan: Plan | None
    sessions: list[tuple[str, LoggedSession]]  # (session id, session), newest first
    figures: dict[str, Any] = field(default_factory=dict)


def exercise_name(exercise_id: str, fallback: str | None = None) -> str:
    found = find_exercise(exercise_id)
    return found.name if found else (fallback or exercise_id)


def target_load(target: NextTarget) -> str:
    """A next-session target's load as the user loads it ("102.5 kg", "225 lb", "20 kg assistance")."""
    if not target.weight:
        return "bodyweight"
    text = f"{target.weight:.2f}".rstrip("0").rstrip(".") + f" {target.unit}"
    return f"{text} assistance" if target.assisted else text


def local_now(profile: FitnessProfile, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(ZoneInfo(profile.timezone))


def next_workout(plan: Plan | None, local: datetime, trained_on: set[date]) -> dict[str, Any] | None:
    """The plan's next day from the user's local now: today's unless already trained today."""
    if plan is None or not plan.days:
        return None
    today = local.weekday()
    candidates = []
    for day in plan.days:
        offset = (day.day_index - today) % 7
        if offset == 0 and local.date() in trained_on:
            offset = 7  # today's session is done: the same weekday next week
        candidates.append((offset, day.day_index, day))
    offset, _, day = min(candidates, key=lambda c: (c[0], c[1]))
    when = {0: "today", 1: "tomorrow", 7: f"next {DAY_NAMES[day.day_index]}"}.get(offset, DAY_NAMES[day.day_index])
    items = [f"{e.name} {e.sets}x{rep_range(e.reps_min, e.reps_max)}" for e in day.exercises[:6]]
    return {"when": when, "weekday": DAY_NAMES[day.day_index], "name": day.name, "focus": day.focus,
            "minutes": day.estimated_minutes, "exercises": items}  # fmt: skip


def _top_set(top: LoggedSet, units: str) -> str:
    # No weight given: a bodyweight set (or a blank one), never "0 kg".
    return f"{weight(top.weight_kg, units)} x {top.reps}" if top.weight_kg else f"{top.reps} reps"


def _session_figure(s: LoggedSession, units: str, tz: ZoneInfo) -> dict[str, Any]:
    exercises = []
    for ex in s.exercises[:8]:
        done = [x for x in ex.sets if x.completed and x.reps > 0 and x.set_type != "warmup"]
        top = max(done, key=lambda x: (x.weight_kg or 0.0, x.reps), default=None)
        exercises.append({"name": exercise_name(ex.exercise_id, ex.name), "sets": len(done),
                          "top_set": _top_set(top, units) if top else None})  # fmt: skip
    return {"date": s.started_at.astimezone(tz).date().isoformat(),
            "volume_kg": round(session_volume(s)), "session_rpe": s.session_rpe, "exercises": exercises}  # fmt: skip


def _record_text(pr: Any, units: str) -> str:
    if pr.kind == "e1rm":
        return f"{pr.name}: estimated 1RM {weight(pr.e1rm_kg, units)}"
    if pr.kind == "heaviest_weight":
        return f"{pr.name}: heaviest set {weight(pr.weight_kg, units)} x {pr.reps}"
    return f"{pr.name}: {pr.reps} reps at {weight(pr.weight_kg, units)}"


def fit_budget(figures: dict[str, Any], budget_tokens: int = BUDGET_TOKENS) -> dict[str, Any]:
    """Shrink the figures until their JSON fits the budget: oldest sessions first, then long lists."""

    def size() -> int:
        return len(json.dumps(figures, default=str)) // CHARS_PER_TOKEN

    while size() > budget_tokens and figures.get("recent_sessions"):
        figures["recent_sessions"].pop()
    for name in ("targets", "personal_records", "recovery", "plan_days"):
        while size() > budget_tokens and len(figures.get(name) or []) > 1:
            figures[name].pop()
    return figures


def person(profile: FitnessProfile, year: int) -> dict[str, Any]:
    """Who the coach is talking to, for the model and for the review of its answer: `par_q_flagged` (awaiting
    clearance), `effort_limited` (no maximal efforts: a PAR-Q yes, cleared or not, a possible minor, a moderate or
    severe injury), `minor` (possibly under 18: the sixth red team found nothing told the model) and, when the
    injury notes tell of a clinician's heart-rate cap, `held_limits` ["hr_cap", "hr_cap=<bpm>"] (the provider is told
    the limit, the review holds answers to it, the built-in coach states it: rr14 kind 2)."""
    minor = profile.may_be_minor(year)
    capped = hr_caps.of_profile(profile)  # rr14 kind 2 (hAW): a cap in the injury notes holds in every answer
    return {
        **({"held_limits": sorted(capped)} if capped else {}),
        "par_q_flagged": profile.awaiting_clearance,
        "effort_limited": profile.par_q_flagged or minor or any(i.severity != "mild" for i in profile.injuries),
        "minor": minor,
        # The birth year says 18 or over: a "minor" flag from one chat message shapes only that conversation
        # (`flags.apply`; a fact for Vigor, never sent: `shared.safety.limits.FACTS`).
        "adult_profile": profile.birth_year is not None and not minor,
    }


def _notes(session: LoggedSession) -> list[str]:
    return [session.notes, *(e.notes for e in session.exercises)]


async def build_context(
    store: DocumentStore,
    user_id: str,
    now: datetime | None = None,
    budget_tokens: int = BUDGET_TOKENS,
    question: str | None = None,
) -> CoachContext:
    """The caller's figures for the coach (works before onboarding: defaults and no history); with the
    chat message as `question`, a data question about their logs adds its answer's figures as `asked`."""
    now = now or datetime.now(UTC)
    stored = await load_profile(store, user_id)
    profile = stored.profile if stored else FitnessProfile()
    tz = ZoneInfo(profile.timezone)
    local = local_now(profile, now)
    plan = await load_active_plan(store, user_id)
    history, _ = await list_sessions(store, user_id, None, None, TARGET_LOOK_BACK, None)
    found = [s for s in history if s.session.started_at >= now - timedelta(days=RECENT_DAYS)][:50]
    sessions = [(s.id, s.session) for s in found]
    progress = await get_progress(store, user_id, weeks=2, today=local.date())
    today, target = local.date(), progress.weeks[-1].target_sessions
    last_week, this_week = await weeks.local_weeks(store, user_id, tz, today - timedelta(weeks=1), today)
    known = weeks.known_weeks([s.session.started_at for s in history], tz, len(history) < TARGET_LOOK_BACK)
    streak = await weeks.local_streak(store, user_id, tz, today, target, progress.streak_weeks, known)
    records = sorted(
        (pr for pr in progress.personal_records if pr.kind != "most_reps"), key=lambda pr: pr.date, reverse=True
    )
    logged = for_plan(history, plan.id if plan else None, plan.created_at if plan else None)
    recs = recommend(logged, plan, profile.days_per_week, now, profile.units, profile.weight_kg,
                     feedback=await exercise_feedback.felt(store, user_id))  # fmt: skip
    units = profile.units
    figures: dict[str, Any] = {
        "schema": SCHEMA, "name": profile.display_name, "tone": profile.coach_tone, "units": units,
        "goals": list(profile.goals), "level": profile.fitness_level, "days_per_week": profile.days_per_week,
        "injuries": [f"{i.area} ({i.severity})" for i in profile.injuries], **person(profile, local.year),
        # for Vigor's own review only (a target weight's BMI, a pregnancy flag for a male profile): never sent
        "height_cm": profile.height_cm, "sex": profile.sex,
        "has_profile": stored is not None, "local_date": local.date().isoformat(),
        "local_weekday": DAY_NAMES[local.weekday()],
        "streak_weeks": streak, "sessions_this_week": this_week.sessions,
        "target_sessions": target, "volume_this_week_kg": round(this_week.volume_kg),
        "volume_last_week_kg": round(last_week.volume_kg), "sessions_last_14_days": len(sessions),
        "plan_name": plan.name if plan else None,
        "plan_days": [f"{DAY_NAMES[d.day_index]}: {d.name} ({d.focus})" for d in plan.days] if plan else [],
        "next_workout": next_workout(plan, local, {s.started_at.astimezone(tz).date() for _, s in sessions}),
        "last_pr": ({"text": _record_text(records[0], units), "date": records[0].date} if records else None),
        "personal_records": [_record_text(pr, units) for pr in records[:5]],
        "targets": [
            {"name": t.name, "action": t.action, "load": target_load(t),
             "reps": rep_range(t.reps_min, t.reps_max), "sets": t.sets, "sets_detail": describe_sets(t),
             "reason": t.reason}
            for t in recs.targets[:6]
        ],
        "recovery": [r.message for r in recs.recovery],
        "recent_sessions": [_session_figure(s, units, tz) for _, s in sessions[:10]],
    }  # fmt: skip
    if profile.par_q_flagged and any(parq_signs.warning(n) for _, x in sessions for n in _notes(x)):
        # rr12 kind 5 (hAL): dizziness or chest tightness in a PAR-Q-flagged user's recent note: no progression until a
        # doctor has checked it (the coach set "hold 80 kg for 8-12 reps" after "felt a bit dizzy near the end")
        figures.update(targets=[], warning_note=True, symptoms_reported=True)
    asked = classify(question, today) if question else None
    if asked is not None:
        facts = Facts(store, user_id, tz, today, units, history, len(history) < TARGET_LOOK_BACK, plan, target,
                      streak, this_week.sessions)  # fmt: skip
        figures["asked"] = await asked_figures(asked, facts)
        if figures["asked"] is None:
            del figures["asked"]
    return CoachContext(profile, stored is not None, plan, sessions, fit_budget(figures, budget_tokens))
