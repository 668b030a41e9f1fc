"""Feedback on one logged session: records it set, volume against the last comparable session, what next.

The figures are computed here (deterministic); the words come from the gateway for tiers with the
`workout_analysis` feature and from the built-in coach otherwise (or when the quota is spent), so
every user gets an analysis and the numbers never depend on a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.bootstrap import Services
from shared.coach import flags, offline, recent_safety, safety
from shared.coach.context import (
    RECENT_DAYS,
    SCHEMA,
    TARGET_LOOK_BACK,
    exercise_name,
    person,
    session_volume,
    target_load,
    weight,
)
from shared.errors import LimitExceeded
from shared.exercises.catalog import find_exercise
from shared.feedback import latest as exercise_feedback
from shared.identity.principal import Principal
from shared.identity.profiles import load_profile
from shared.llm import gateway
from shared.plans.progression import estimated_1rm, is_assisted
from shared.plans.recommendations import (
    NextTarget,
    Recommendations,
    RecoveryAdvice,
    describe_sets,
    plan_item,
    recommend,
    rep_range,
)
from shared.plans.schema import Plan
from shared.profile.model import FitnessProfile
from shared.quota.tiers import get_limits
from shared.safety import eating_hold, parq_signs
from shared.safety import events as safety_events
from shared.safety.content_safety import second_opinion
from shared.safety.inputs import urgent_kind
from shared.workouts.keys import utc_key
from shared.workouts.local_time import in_zone, zone
from shared.workouts.model import LoggedSession
from shared.workouts.plans import load_active_plan
from shared.workouts.sessions import StoredSession, for_plan, get_session, list_sessions, session_records

FEATURE = "workout_analysis"


@dataclass
class Analysis:
    session_id: str
    summary: str
    provider: str
    model: str
    volume_kg: float
    previous_session_id: str | None
    previous_volume_kg: float | None
    volume_change_pct: float | None
    personal_records: list[dict[str, Any]] = field(default_factory=list)
    next_targets: list[NextTarget] = field(default_factory=list)


HEAVY_DAY_REPS = 3  # a session whose loaded working sets are mostly singles, doubles and triples is a heavy day


def _loaded_sets(session: LoggedSession) -> list[tuple[str, float, int, float | None]]:
    """(exercise id, kg, reps, RPE) of the completed loaded working sets (no warm-ups, no 0-rep or missed sets)."""
    return [
        (e.exercise_id, float(s.weight_kg), s.reps, s.rpe) for e in session.exercises for s in e.sets
        if s.completed and s.reps >= 1 and s.weight_kg and s.set_type != "warmup" and s.role != "warmup"
        and not is_assisted(find_exercise(e.exercise_id), e.exercise_id)
    ]  # fmt: skip


def _last_loads(before: Sequence[LoggedSession]) -> dict[str, float]:
    """Each lift's heaviest working load (kg) in the latest of `before` (latest first) that has it."""
    loads: dict[str, float] = {}
    for earlier in before:
        mine: dict[str, float] = {}
        for exercise_id, kg, _, _ in _loaded_sets(earlier):
            mine[exercise_id] = max(mine.get(exercise_id, 0.0), kg)
        loads = {**mine, **loads}
    return loads


def heavy_day(session: LoggedSession, before: Sequence[LoggedSession] = ()) -> bool:
    """A heavy day: most of its loaded working sets are of 3 reps or fewer (singles, doubles, triples). Its volume is
    low by design, so it is compared with heavy days on its top sets, never with volume days on volume (review 21,
    D17: a day of heavy singles read as "-60% vs last time"). With the sessions `before` it (latest first), a set of
    3 or fewer at no more than the lift's last load is a miss, not a heavy set (review 24: 105 kg x 4, 3, 3 after
    105 kg x 5, 5, 5 was called "a heavy day" and compared with nothing)."""
    last = _last_loads(before)
    reps = sorted(r if r > HEAVY_DAY_REPS or kg > last.get(e, 0.0) + 0.01 else HEAVY_DAY_REPS + 1
                  for e, kg, r, _ in _loaded_sets(session))  # fmt: skip
    return bool(reps) and reps[len(reps) // 2] <= HEAVY_DAY_REPS


MAX_ATTEMPT_RPE = 9.0  # a single at RPE 9+ is a max attempt (Helms/Zourdos: RPE 9 = one rep left at most)
MAX_ATTEMPT_CAUTION = (
    "A one-rep max attempt ({lifts}) is a risk while you are new to lifting: form breaks down near the limit. It is "
    "logged, and your targets come from your work sets; test a max only after a few months of steady training, with "
    "a spotter or safety pins, and estimate it from sets of 3-5 reps until then."
)


def max_attempts(session: LoggedSession, profile: FitnessProfile) -> list[str]:
    """A beginner's loaded singles at RPE 9 or more, by lift name: the analysis cautions (review 24: a beginner's
    1-rep max at RPE 9.5 in week 2 was logged as a record with no word). The NSCA advises estimating a novice's 1RM
    from multiple-rep sets rather than testing it (Haff & Triplett 2016); the record stands, the advice is a caution."""
    if profile.fitness_level != "beginner":
        return []
    lifts = {e for e, _, reps, rpe in _loaded_sets(session) if reps == 1 and rpe is not None and rpe >= MAX_ATTEMPT_RPE}
    return [exercise_name(e) for e in sorted(lifts)]


def missed_reps(session: LoggedSession, plan: Plan | None, units: str) -> list[str]:
    """The lifts whose working sets fell short of the plan's reps at their load, as "Barbell back squat at 105 kg
    (4, 3, 3; the plan asks 4-6)"."""
    out: list[str] = []
    for logged in session.exercises:
        item = plan_item(plan, logged.exercise_id, session.day_index)
        sets = [s for s in logged.sets if s.completed and s.reps >= 1 and s.weight_kg and s.role != "warmup"
                and s.set_type != "warmup"]  # fmt: skip
        if item is None or item.reps_min <= HEAVY_DAY_REPS or not sets:
            continue
        top = max(float(s.weight_kg or 0) for s in sets)
        reps = [s.reps for s in sets if float(s.weight_kg or 0) == top]
        if min(reps) < item.reps_min:
            done = ", ".join(map(str, reps))
            out.append(f"{exercise_name(logged.exercise_id)} at {weight(top, units)} ({done}; the plan asks "
                       f"{rep_range(item.reps_min, item.reps_max)})")  # fmt: skip
    return out


def top_sets(session: LoggedSession) -> dict[str, float]:
    """The best estimated 1RM of each loaded lift in the session (`progression.estimated_1rm`), kg."""
    best: dict[str, float] = {}
    for exercise_id, kg, reps, rpe in _loaded_sets(session):
        best[exercise_id] = max(best.get(exercise_id, 0.0), estimated_1rm(kg, reps, rpe))
    return best


def _comparable(session: LoggedSession, earlier: list[StoredSession]) -> StoredSession | None:
    """The latest earlier session of the same kind (heavy day or volume day, `heavy_day`) and the same plan day, else
    the latest of that kind sharing an exercise: like is compared with like."""
    done = [s.session for s in earlier]
    heavy = heavy_day(session, done)
    earlier = [s for i, s in enumerate(earlier) if heavy_day(s.session, done[i + 1 :]) == heavy]
    mine = {e.exercise_id for e in session.exercises}
    if session.day_index is not None:
        for s in earlier:
            if s.session.day_index == session.day_index and mine & {e.exercise_id for e in s.session.exercises}:
                return s
    return next((s for s in earlier if mine & {e.exercise_id for e in s.session.exercises}), None)


def _record_text(record: dict[str, Any], units: str) -> str:
    name = exercise_name(str(record["exercise_id"]))
    if record["kind"] == "e1rm":
        return f"{name}: estimated 1RM {weight(float(record['value']), units)}"
    if record["kind"] == "heaviest_weight":
        kg, reps = record["value"]
        return f"{name}: heaviest set {weight(float(kg), units)} x {reps}"
    return f"{name}: {record['value']} reps at {weight(float(record['weight_kg']), units)}"


async def analyse(services: Services, principal: Principal, session_id: str) -> Analysis:
    """The analysis of one of the caller's sessions (NotFound for anyone else's)."""
    store, user_id = services.store, principal.user_id
    stored = await get_session(store, user_id, session_id)
    session = stored.session
    earlier, _ = await list_sessions(store, user_id, None, utc_key(session.started_at), TARGET_LOOK_BACK, None)
    earlier = [s for s in earlier if s.id != session_id]
    previous = _comparable(session, earlier)
    volume = round(session_volume(session), 1)
    before = round(session_volume(previous.session), 1) if previous else None
    change = round(100 * (volume - before) / before, 1) if before else None
    heavy = heavy_day(session, [s.session for s in earlier])
    compared: list[dict[str, Any]] = []
    if heavy and previous is not None:
        # A heavy day against the last heavy day on its top sets (the estimated 1RM), not on volume.
        change = None
        now_best, then_best = top_sets(session), top_sets(previous.session)
        compared = [{"name": exercise_name(k), "e1rm_kg": round(v, 1), "previous_e1rm_kg": round(then_best[k], 1)}
                    for k, v in now_best.items() if k in then_best]  # fmt: skip
    records = await session_records(store, user_id, session_id)
    profile_doc = await load_profile(store, user_id)
    profile = profile_doc.profile if profile_doc else FitnessProfile()
    plan = await load_active_plan(store, user_id)
    mine = {e.exercise_id for e in session.exercises}
    recs = recommend(
        for_plan([stored, *earlier], plan.id if plan else None, plan.created_at if plan else None),
        plan,
        profile.days_per_week,
        session.started_at,
        profile.units,
        profile.weight_kg,
        feedback=await exercise_feedback.felt(store, user_id),
    )
    targets = [t for t in recs.targets if t.exercise_id in mine]
    units = profile.units
    day = in_zone(session.started_at, zone(profile.timezone)).date().isoformat()  # the user's date
    figures: dict[str, Any] = {
        "schema": SCHEMA, "name": profile.display_name, "tone": profile.coach_tone, "units": units,
        "session_date": day, "volume_kg": volume, "previous_volume_kg": before,
        "volume_change_pct": change, "heavy_day": heavy, "top_sets_vs_last_heavy_day": compared[:4],
        "session_rpe": session.session_rpe, "energy": session.energy,
        "missed_reps": [] if heavy else missed_reps(session, plan, profile.units),
        "session_records": [_record_text(r, units) for r in records],
        "targets": [{"name": t.name, "action": t.action, "reps": rep_range(t.reps_min, t.reps_max), "sets": t.sets,
                     "sets_detail": describe_sets(t), "load": target_load(t), "reason": t.reason}
                    for t in targets[:6]],
        "recovery": [r.message for r in recs.recovery if r.kind in ("high_effort", "low_energy")],
        **person(profile, int(day[:4])),
    }  # fmt: skip
    maxed = max_attempts(session, profile)
    caution = MAX_ATTEMPT_CAUTION.format(lifts=", ".join(maxed)) if maxed else ""
    if caution:
        figures["max_attempt_caution"] = caution
    # Who the user is (PAR-Q, age, what they told the coach in chat) shapes the model's words and their review.
    # And what the user's recent chats declined or a crisis there (the model gets a topic, never their words).
    state = await recent_safety.recent(store, user_id)
    flagged = await flags.active(store, user_id)
    limited = state.apply(figures) | flags.apply(figures, flagged)
    figures["effort_limited"] = limited
    # What the user wrote in the session's notes is screened like a chat message (the fourteenth red team: "crushing
    # feeling in my chest on set 3" got "Great grit! Add 5 kg"). A risk gets Vigor's fixed reply, no model and no
    # targets; pain gets the advice first and no loads pushed.
    notes = " ".join([session.notes, *(e.notes for e in session.exercises)]).strip()
    concern = safety.screen(notes) if notes else None
    if profile.par_q_flagged and parq_signs.warning(notes):
        # rr12 kind 5 (hAL): "felt a bit dizzy near the end" with a PAR-Q yes opened with the pain template and listed
        # a record and harder targets: the medical answer first, no targets, and the flag for every later answer
        await safety_events.record(services.store, "input", "urgent")
        said = next((n for n in (session.notes, *(e.notes for e in session.exercises)) if parq_signs.warning(n)), notes)
        await flags.remember(services.store, user_id, "urgent", words=said, source="workout_notes")
        return Analysis(
            session_id=session_id, summary=parq_signs.ANALYSIS, provider="safety", model="rules",
            volume_kg=volume, previous_session_id=previous.id if previous else None, previous_volume_kg=before,
            volume_change_pct=change, personal_records=records, next_targets=[],
        )  # fmt: skip
    if safety.answered_by_rules(concern):
        assert concern is not None
        await safety_events.record(services.store, "input", concern)
        kind = urgent_kind(notes) if concern == "urgent" else None
        # The note that says it (one note cleared by the user is then never screened into the flag again).
        parts = (session.notes, *(e.notes for e in session.exercises))
        said = next((n for n in parts if n and safety.screen(n) == concern), notes)
        await flags.remember(services.store, user_id, concern, words=said, source="workout_notes", kind=kind)
        return Analysis(
            session_id=session_id, summary=safety.fixed_reply(concern, notes), provider="safety", model="rules",
            volume_kg=volume, previous_session_id=previous.id if previous else None, previous_volume_kg=before,
            volume_change_pct=change, personal_records=records, next_targets=[],
        )  # fmt: skip
    if concern == "pain":
        figures["targets"] = []
        figures["pain"] = True  # the built-in coach says no loads until it is checked (`offline.analysis`)
    if figures.get("symptoms_reported"):
        figures["targets"] = []  # urgent symptoms told recently (chat or a note): no load pushed until checked
    text, provider, model = offline.analysis(figures), "engine", "vigor-engine"
    if FEATURE in (await get_limits(services, principal.tier)).features:
        try:
            result = await gateway.complete_text(services, principal, task="analysis", figures=figures, waiting=True)
            text, provider, model = result.text, result.provider, result.model
            text = safety.as_shown(text, provider, profile.display_name, principal.email)
        except LimitExceeded:
            pass  # the figures stand on their own; the built-in coach words them
    context = flags.review_context(figures) | safety.message_context(notes, concern) | state.context
    context |= eating_hold.context(flagged)  # R11 K12: no calories, deficits or fasts after a disclosure (hAB)
    summary, broken = safety.review(text, concern, par_q=limited, fallback=offline.analysis(figures),
                                    context=context)  # fmt: skip
    opinion = await second_opinion(services) if broken is None and provider != "engine" else None
    if opinion is not None and await opinion.judge(summary) is not None:
        summary, broken = offline.analysis(figures), "harmful"
    if broken is not None:  # the model's text broke the policy: the built-in coach's words instead
        provider, model = "engine", "vigor-engine"
        await safety_events.record(services.store, "output", broken)
    if caution and caution not in summary and concern is None:  # said whoever wrote the words
        summary = f"{summary} {caution}"
    note = offline.screening(figures)  # rr11 K5: Vigor's PAR-Q note, whoever wrote the words
    if note and note not in summary:
        summary = f"{summary} {note}"
    summary = state.lead + summary
    return Analysis(
        session_id=session_id, summary=summary, provider=provider, model=model,
        volume_kg=volume, previous_session_id=previous.id if previous else None, previous_volume_kg=before,
        volume_change_pct=change, personal_records=records,
        next_targets=[] if concern == "pain" or figures.get("symptoms_reported") else targets,
    )  # fmt: skip


async def current_recommendations(services: Services, user_id: str) -> Recommendations:
    """Next-session targets and recovery advice from the caller's recent logs (the engine's rules, no model)."""
    store = services.store
    found, _ = await list_sessions(store, user_id, None, None, TARGET_LOOK_BACK, None)
    profile_doc = await load_profile(store, user_id)
    profile = profile_doc.profile if profile_doc else FitnessProfile()
    plan = await load_active_plan(store, user_id)
    recs = recommend(
        for_plan(found, plan.id if plan else None, plan.created_at if plan else None),
        plan,
        profile.days_per_week,
        units=profile.units,
        body_weight_kg=profile.weight_kg,
        feedback=await exercise_feedback.felt(store, user_id),
    )
    recent = [s.session for s in found if s.session.started_at >= datetime.now(UTC) - timedelta(days=RECENT_DAYS)]
    told = [n for x in recent for n in (x.notes, *(e.notes for e in x.exercises))]
    if profile.par_q_flagged and any(parq_signs.warning(n) for n in told):
        # rr12 kind 5 (hAL): stop, see a doctor before increasing; no targets until then
        held = RecoveryAdvice(kind="warning_signs", message=parq_signs.TARGETS_HELD)
        return Recommendations(targets=[], recovery=[held, *recs.recovery])
    return recs
