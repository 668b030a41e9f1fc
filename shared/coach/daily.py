"""Daily coach messages: exactly one per user per local day, at the hour they chose.

The hourly timer finds the users due now by send slot (`shared/coach/daily_schedule.py`); for each
whose local time (profile time zone) has reached their `daily_message_hour`, `schedule_one` creates
a marker `daily:<local date>` in their partition; only the call that creates it enqueues the job (on
`daily-messages`), so a timer that fires twice, or on two instances, schedules one message. A marker
left `queued` for an hour whose job is gone or failed (its message was lost) is sent again by the
next hour's run, which reads the slot before its own; the job writes the message as
`msg:daily-<local date>`, create-if-absent, so even then there is one. The message comes from the
gateway (the user's quota; keyed by the job id) and falls back to the built-in coach when the quota
is used up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from shared.bootstrap import Services
from shared.coach import daily_fresh, daily_warning, flags, offline, recent_safety, safety
from shared.coach.context import build_context, local_now
from shared.coach.messages import AI, DAILY_CONVERSATION, CoachMessage, add_message, read_message
from shared.coach.plan_job import principal_for
from shared.errors import Conflict, LimitExceeded, NotFound, PreconditionFailed
from shared.identity.profiles import load_profile
from shared.jobs.service import create_job
from shared.llm import gateway
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.safety import eating_hold
from shared.safety import events as safety_events
from shared.safety.content_safety import second_opinion
from shared.safety.replies import CHECK_IN_UNASKED
from shared.store.port import Document, DocumentStore, PatchOp, etag_of

log = logging.getLogger("vigor.coach.daily")
KIND = "daily_message"
MARKER_TTL_S = 3 * 86400
RESEND_AFTER = timedelta(hours=1)


def message_id(day: date | str) -> str:
    return f"daily-{day}"


async def schedule_one(services: Services, user_id: str, day: date, now: datetime) -> bool:
    """Create the day's marker and enqueue the job; False when this day is already taken care of."""
    store = services.store
    marker = {"id": f"daily:{day}", "userId": user_id, "type": "daily_marker", "date": day.isoformat(),
              "status": "queued", "enqueued_at": now.isoformat(), "ttl": MARKER_TTL_S}  # fmt: skip
    try:
        await store.create(AI, marker)
    except Conflict:
        return await _resend_if_lost(services, user_id, day, now)
    await _enqueue(services, user_id, day)
    return True


async def _resend_if_lost(services: Services, user_id: str, day: date, now: datetime) -> bool:
    try:
        found = await services.store.read(AI, user_id, f"daily:{day}")
    except NotFound:
        return False
    if found.get("status") != "queued" or now - datetime.fromisoformat(found["enqueued_at"]) < RESEND_AFTER:
        return False
    if await _job_alive(services, user_id, found.get("job_id")):
        return False  # still waiting in a backlog: it will be written
    try:  # claim the resend under the ETag so two timer runs resend once
        await services.store.patch(AI, user_id, found["id"], [PatchOp("set", "enqueued_at", now.isoformat())],
                                   if_match=etag_of(found))  # fmt: skip
    except (PreconditionFailed, NotFound):
        return False
    await _enqueue(services, user_id, day)
    return True


async def _enqueue(services: Services, user_id: str, day: date) -> None:
    job = await create_job(services, user_id, KIND, {"date": day.isoformat()}, queue=names.DAILY_MESSAGES)
    try:
        await services.store.patch(AI, user_id, f"daily:{day}", [PatchOp("set", "job_id", job["id"])])
    except NotFound:
        pass


async def _job_alive(services: Services, user_id: str, job_id: Any) -> bool:
    """Whether the day's job is still queued or running (a lost or failed one is not)."""
    if not isinstance(job_id, str):
        return False
    try:
        job = await services.store.read(AI, user_id, job_id)
    except NotFound:
        return False
    return job.get("status") in ("queued", "running")


async def _mark_sent(store: DocumentStore, user_id: str, day: str) -> None:
    try:
        await store.patch(AI, user_id, f"daily:{day}", [PatchOp("set", "status", "sent")])
    except NotFound:
        pass


async def run_daily_job(services: Services, job: Document) -> dict[str, Any]:
    """Write the day's message (once: its id is the date), in the user's tone, from their figures."""
    store, user_id, day = services.store, str(job["userId"]), str(job["request"]["date"])
    existing = await read_message(store, user_id, message_id(day))
    if existing is None:
        principal = await principal_for(services, user_id)
        built = await build_context(store, user_id)
        figures = built.figures
        # What the user told the coach in chat or wrote in a session's notes (a pregnancy, being under 18, a crisis,
        # chest pain on a set) shapes this message too.
        await flags.remember_notes(store, user_id, flags.session_notes(built.sessions),
                                   par_q=bool(figures.get("warning_note")))  # fmt: skip
        # And what the user's recent chats declined or a crisis there (the model gets a topic, never their words).
        state = await recent_safety.recent(store, user_id)
        flagged = await flags.active(store, user_id)
        limited = state.apply(figures) | flags.apply(figures, flagged)
        figures["effort_limited"] = limited
        warned = await daily_warning.recent_note(store, user_id, built.profile.par_q_flagged)
        if warned is not None:  # rr14 kind 8 (hAW): a warning sign in a recent note: the medical answer, no training
            text = daily_warning.text(offline.screening(figures), warned) + (
                "\n\n" + state.lead.strip() if state.lead else ""
            )
            existing = await add_message(store, user_id, DAILY_CONVERSATION, "daily", text, provider="engine",
                                         model="vigor-engine", message_id=message_id(day), safety="urgent",
                                         shaped_by=sorted(flagged | {daily_warning.SHAPED, "urgent"}))  # fmt: skip
            await safety_events.record(store, "input", "urgent")
    if existing is None:
        try:
            result = await gateway.complete_text(
                services, principal, task="daily_message", figures=figures,
                display_name=str(figures.get("name") or ""), idempotency_key=str(job["id"]),
            )  # fmt: skip
            text, provider, model, arm = result.text, result.provider, result.model, result.experiment
            text = safety.as_shown(text, provider, str(figures.get("name") or ""), principal.email)
        except LimitExceeded:  # the user's AI quota is spent: the built-in coach still writes
            text, provider, model, arm = offline.daily(figures), "engine", "vigor-engine", ""
        text, broken = safety.review(text, None, safety.MAX_DAILY_CHARS, par_q=limited, fallback=offline.daily(figures),
                                     context=flags.review_context(figures) | state.context
                                     | eating_hold.context(flagged))  # fmt: skip  # R11 K12 (hAB)
        opinion = await second_opinion(services) if broken is None and provider != "engine" else None
        if opinion is not None and await opinion.judge(text) is not None:
            text, broken = offline.daily(figures), "harmful"
        if broken is not None:  # the model's text broke the policy: the built-in coach's words instead
            provider, model = "engine", "vigor-engine"
            await safety_events.record(store, "output", broken)
        text = _with_screening(text, figures)  # rr11 K5: Vigor's PAR-Q note, whoever wrote the message
        text = state.lead + text  # after a crisis in chat, the morning's message asks how they are first
        shaped_by = flagged | ({"self_harm"} if state.check_in else set())  # what clearing a flag must rewrite
        existing = await add_message(store, user_id, DAILY_CONVERSATION, "daily", text, provider=provider,
                                     model=model, message_id=message_id(day), shaped_by=sorted(shaped_by),
                                     experiment=arm)  # fmt: skip
    await _mark_sent(store, user_id, day)
    from shared.notifications.schedule import schedule_user  # the push follows the message (it imports this module)

    await schedule_user(services, user_id, services.clock())
    return {"message_id": existing.id, "date": day}


def _with_screening(text: str, figures: dict[str, Any], max_chars: int = safety.MAX_DAILY_CHARS) -> str:
    """`text` ending with Vigor's own PAR-Q note when a PAR-Q yes awaits clearance (a provider's message, even a safe
    one, may leave it out: rr11 K5)."""
    note = offline.screening(figures)
    if not note or note in text:
        return text
    return safety.limit(text, max_chars - len(note) - 1) + " " + note


async def rewrite_after_clearing(services: Services, user_id: str, category: str, now: datetime | None = None) -> bool:
    """Today's message written for a flag the user has just cleared is written again without it (R5: "You told the
    coach about symptoms recently" stayed on screen after the user cleared that flag). The stored message goes, the
    day's marker is queued again (so a lost job is resent by the hourly run) and a job writes the new one; until then
    `todays_message` says "pending". Whether a rewrite was queued."""
    store = services.store
    stored = await load_profile(store, user_id)
    day = local_now(stored.profile if stored else FitnessProfile(), now).date()
    try:
        doc = await store.read(AI, user_id, f"msg:{message_id(day)}")
    except NotFound:
        return False
    content = str(doc.get("content", ""))
    said = {"urgent": offline.CARE, "self_harm": CHECK_IN_UNASKED}.get(category)
    older = "shaped_by" not in doc and said is not None and said in content  # written before `shaped_by` was kept
    if category not in (doc.get("shaped_by") or []) and not older:
        return False
    try:
        await store.delete(AI, user_id, str(doc["id"]))
    except NotFound:
        return False  # another clearing took it first
    moment = (now or datetime.now(UTC)).isoformat()
    try:
        await store.patch(AI, user_id, f"daily:{day}", [PatchOp("set", "status", "queued"),
                                                        PatchOp("set", "enqueued_at", moment)])  # fmt: skip
    except NotFound:
        await store.create(AI, {"id": f"daily:{day}", "userId": user_id, "type": "daily_marker",
                                "date": day.isoformat(), "status": "queued", "enqueued_at": moment,
                                "ttl": MARKER_TTL_S})  # fmt: skip
    await _enqueue(services, user_id, day)
    return True


@dataclass(frozen=True)
class DailyView:
    date: str
    status: str  # ready | pending | scheduled
    scheduled_hour: int
    message: CoachMessage | None


async def todays_message(store: DocumentStore, user_id: str, now: datetime | None = None) -> DailyView:
    """Today's message in the caller's time zone, or why there is none yet."""
    stored = await load_profile(store, user_id)
    profile = stored.profile if stored else FitnessProfile()
    day = local_now(profile, now).date()
    found = await read_message(store, user_id, message_id(day))
    if found is not None:
        # rr14 kind 8 (hAW): written before a warning sign was noted (it is cached for the day): rewritten now
        screening = offline.screening({"par_q_flagged": profile.awaiting_clearance})
        found = await daily_warning.current(store, user_id, profile, found, screening)
        # rr16 (hBM): "No session logged this week yet" written in the morning, a session of this week logged since
        found = await daily_fresh.refreshed(store, user_id, found, now)
        return DailyView(day.isoformat(), "ready", profile.daily_message_hour, found)
    try:
        await store.read(AI, user_id, f"daily:{day}")
        status = "pending"
    except NotFound:
        status = "scheduled"
    return DailyView(day.isoformat(), status, profile.daily_message_hour, None)
