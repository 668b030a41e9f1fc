"""The safety flags Vigor inferred from what a user wrote, as the user sees them, and the user's way to clear one.

    list_flags(services, user_id)                          -> [InferredFlag], newest first (active ones only)
    clear_flag(services, principal, category, reason, confirm)  -> None

A flag (shared.coach.flags) keeps maximal efforts out of every answer, plan note and daily message for months. The
user must be able to see it, when and why it was set (their own words: they are theirs), and correct it ("that was
about my friend"): GDPR Art. 16 (rectification) applies to inferred data too. Clearing removes the flag, remembers
the text as not the user's (a session note is screened again on every answer and would set it again), keeps the
user's own record (`cleared`) and is audited without health data (`safety_flag.cleared`, the reason only); today's
daily message, when written for that flag, is written again (`daily.rewrite_after_clearing`).

A flag for urgent symptoms or a crisis is a hard stop: clearing it needs `confirm=True` and the answer says what
clearing means first (`clearing_means`). It never clears the PAR-Q: a yes there that no doctor has cleared keeps
maximal efforts out whatever the flags say (ACSM's Guidelines for Exercise Testing and Prescription, 11th ed.,
pre-participation screening).

Errors: NotFound when the category has no active flag; InvalidInput naming `reason` or `confirm`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from shared.bootstrap import Services
from shared.coach import daily, flags
from shared.errors import FieldError, InvalidInput, NotFound
from shared.identity import audit
from shared.identity.principal import Principal
from shared.identity.profiles import load_profile
from shared.store import containers
from shared.store.port import PatchOp

Reason = Literal["not_about_me", "no_longer_true", "misread"]
REASONS: tuple[Reason, ...] = ("not_about_me", "no_longer_true", "misread")
HARD_STOPS = frozenset({"urgent", "self_harm"})
KEEP_DISMISSED = 50  # texts remembered as not the user's (oldest dropped)

LABELS = {
    "minor": "You may be under 18",
    "pregnancy": "Possible pregnancy",
    "urgent": "Urgent symptoms",
    "self_harm": "Thoughts of harming yourself",
    "eating_disorder": "Eating disorder risk",
}
# Urgent kinds (shared.safety.inputs.Urgent) in plain words.
KINDS = {
    "cardiac": "chest pain or heart symptoms", "breathing": "trouble breathing", "clot": "a possible blood clot",
    "rhabdo": "dark urine after hard training", "stroke": "stroke signs", "heat": "heat illness",
    "headache": "a sudden severe headache", "hyponatremia": "too much water", "hypoglycemia": "low blood sugar",
    "anaphylaxis": "an allergic reaction", "compartment": "severe swelling in a limb", "cauda_equina": "back pain "
    "with numbness or bladder trouble", "concussion": "a head injury", "pregnancy": "pregnancy warning signs",
    "asthma": "an asthma attack", "fracture": "a possible fracture", "collapse": "collapsing or fainting",
    "blood_pressure": "very high blood pressure", "joint_injury": "a joint that cannot take weight",
    "bone": "bone pain at rest", "spinal": "a neck injury with tingling hands", "testicular": "sudden testicle pain",
    "achilles": "a possible Achilles tear", "cardiac_history": "a past heart problem",
    "caffeine": "a racing heart after caffeine", "nerve": "numbness or weakness that has not come back",
    "heart_failure": "breathlessness on light effort or lying down, or swollen legs",
    "scaphoid": "wrist pain after a fall",
    "tendon_rupture": "a possible torn tendon", "dislocation": "a joint that came out of place",
    "overdose": "too many pills or too much medicine taken", "broken_bone": "a possible broken bone",
    "heart_condition": "a heart condition and maximal efforts",
    "cardiac_recent": "a recent heart procedure or a new murmur", "clot_treated": "a blood clot under treatment",
    "bradycardia": "a slow heart rate with dizziness", "aortic": "tearing chest or upper-back pain",
    "fever": "a fever or chest cold", "diabetes_signs": "weight loss without trying with thirst or peeing",
    "rhythm_alert": "a smartwatch irregular-rhythm alert", "weight_bearing": "an ankle or foot that can't take weight",
    "hot_joint": "a hot, swollen joint", "discoloured": "a limb that turned blue or black",
    "resting_reading": "a single high watch reading at rest",
}  # fmt: skip
EFFECTS = {
    "minor": "The coach answers as it would for someone under 18: no maximal efforts, no diets or supplements.",
    "pregnancy": "The coach avoids lying flat on your back, heat, maximal efforts and weight-loss advice.",
    "urgent": "The coach keeps maximal efforts out and reminds you to get the symptom checked.",
    "self_harm": "The coach checks in with you and keeps punishing workouts out.",
    "eating_disorder": "The coach gives no calorie or weight targets and leaves food amounts to your care team.",
}
SOURCE_LABELS = {
    "chat": "in a coach chat",
    "session_note": "in a session's notes",
    "workout_notes": "in a workout's notes",
    "coach_answer": "in a coach chat (the AI coach noticed it)",
}


@dataclass(frozen=True)
class InferredFlag:
    """One active flag: `category`, plain `label` (with the urgent kind), `since` and `until` (ISO dates), where it
    was written (`source`, `source_label`), the user's `words` (None for flags from before they were kept), what it
    changes (`effect`), whether it is a `hard_stop` and, for those, what clearing it means."""

    category: str
    label: str
    since: str
    until: str
    source: str
    source_label: str
    words: str | None
    effect: str
    hard_stop: bool
    clearing_means: str
    confirmed: bool = True  # False: said in chat, shapes only that conversation until the user confirms it (R11)


def _kinds_said(detail: dict[str, Any]) -> str | None:
    """Every urgent kind a flag stands for, in plain words ("chest pain or heart symptoms; a possible blood clot")."""
    kinds = detail.get("kinds") or [detail.get("kind")]
    said = [KINDS[k] for k in kinds if isinstance(k, str) and k in KINDS]
    return "; ".join(dict.fromkeys(said)) or None


def _clearing_means(category: str, kind: str | None, par_q_waiting: bool) -> str:
    if category == "self_harm":
        return (
            "Clearing this tells the coach that message was not about how you feel now, so it stops checking in. "
            "If it was, please talk to someone today: 988 in the US, 116 123 (Samaritans) in the UK and Ireland."
        )
    if category != "urgent":
        return "Clearing this tells the coach the message was not about you; its advice no longer assumes it."
    means = (
        f"Clearing this tells the coach the {kind or 'symptoms'} you wrote about were not yours, or "
        "were checked by a doctor, so it may suggest hard efforts again. If they were yours and nobody has checked "
        "them, do not clear it: stop training hard and see a doctor first."
    )
    if par_q_waiting:
        means += (
            " It does not change your health questionnaire (PAR-Q): while it says you are waiting for a doctor's "
            "go-ahead, plans and the coach keep maximal efforts out anyway."
        )
    return means


async def _document(services: Services, user_id: str) -> dict[str, Any]:
    return await flags.read_document(services.store, user_id)


async def list_flags(services: Services, user_id: str) -> list[InferredFlag]:
    """The user's active inferred flags, newest first."""
    doc = await _document(services, user_id)
    live = flags.active_in(doc)
    waiting = flags.pending_in(doc) - live
    if not live and not waiting:
        return []
    stored = await load_profile(services.store, user_id)
    par_q_waiting = bool(stored and stored.profile.awaiting_clearance)
    out = []
    for category in live:
        since = str((doc.get("flags") or {})[category])
        detail = (doc.get("details") or {}).get(category) or {}
        kind = _kinds_said(detail)
        source = str(detail.get("source") or "chat")
        label = LABELS.get(category, category.replace("_", " "))
        if category == "urgent" and kind:
            label = f"{label}: {kind}"
        out.append(InferredFlag(
            category=category, label=label, since=since, until=str(flags.until(category, since)), source=source,
            source_label=SOURCE_LABELS.get(source, "in a coach chat"), words=detail.get("words"),
            effect=EFFECTS.get(category, ""), hard_stop=category in HARD_STOPS,
            clearing_means=_clearing_means(category, kind, par_q_waiting),
        ))  # fmt: skip
    for category in waiting:  # R11: a pregnancy said in chat, for the user to confirm or remove
        detail = (doc.get("pending") or {})[category]
        since, source = str(detail.get("since")), str(detail.get("source") or "chat")
        out.append(InferredFlag(
            category=category, label=LABELS.get(category, category), since=since,
            until=str(flags.until(category, since)), source=source,
            source_label=SOURCE_LABELS.get(source, "in a coach chat"), words=detail.get("words"),
            effect=UNCONFIRMED, hard_stop=False, clearing_means=_clearing_means(category, None, False), confirmed=False,
        ))  # fmt: skip
    return sorted(out, key=lambda f: (f.since, f.category), reverse=True)


UNCONFIRMED = (
    "Only the chat you wrote it in takes it into account. Confirm it if you are pregnant now, and the coach avoids "
    "lying flat on your back, heat, maximal efforts and weight-loss advice in every answer; remove it if it is not "
    "about you."
)


async def confirm_flag(services: Services, principal: Principal, category: str) -> None:
    """Confirm a flag the user was asked about (a pregnancy said in chat): every answer takes it into account from
    now on (R11). NotFound when none is waiting."""
    user_id = principal.user_id
    doc = await _document(services, user_id)
    if category not in flags.pending_in(doc):
        raise NotFound("No such flag is waiting for confirmation.")
    detail = dict((doc.get("pending") or {})[category]) | {"confirmed": datetime.now(UTC).date().isoformat()}
    ops = [PatchOp("set", f"flags.{category}", detail["since"]), PatchOp("remove", f"pending.{category}")]
    store, doc_id = services.store, flags.DOC_ID
    try:
        await store.patch(containers.AI.name, user_id, doc_id, [*ops, PatchOp("set", f"details.{category}", detail)])
    except InvalidInput:  # a document from before `details` existed
        await store.patch(containers.AI.name, user_id, doc_id, [*ops, PatchOp("set", "details", {category: detail})])
    await audit.record(services.store, user_id, "safety_flag.confirmed", user_id)  # no health data in the log


async def clear_flag(
    services: Services, principal: Principal, category: str, reason: str, confirm: bool = False
) -> None:
    """Clear one of the caller's active flags (see the module docstring for what it does and its errors)."""
    if reason not in REASONS:
        raise InvalidInput("Say why the flag is wrong.", [FieldError("reason", f"must be one of {', '.join(REASONS)}")])
    user_id = principal.user_id
    doc = await _document(services, user_id)
    if category not in flags.active_in(doc) and category in flags.pending_in(doc):
        await _dismiss_pending(services, user_id, doc, category, reason)
        return
    if category not in flags.active_in(doc):
        raise NotFound("No such flag is active.")
    if category in HARD_STOPS and not confirm:
        stored = await load_profile(services.store, user_id)
        kind = _kinds_said((doc.get("details") or {}).get(category) or {})
        means = _clearing_means(category, kind, bool(stored and stored.profile.awaiting_clearance))
        raise InvalidInput(means, [FieldError("confirm", "must be true to clear this flag: " + means)])
    words = ((doc.get("details") or {}).get(category) or {}).get("words")
    dismissed = list(doc.get("dismissed") or [])
    if isinstance(words, str) and words:
        dismissed = [*dismissed, flags.words_key(words)][-KEEP_DISMISSED:]
    at = datetime.now(UTC).isoformat()
    ops = [PatchOp("remove", f"flags.{category}"), PatchOp("set", "dismissed", dismissed)]
    if category in (doc.get("details") or {}):
        ops.append(PatchOp("remove", f"details.{category}"))
    cleared = dict(doc.get("cleared") or {})
    cleared[category] = {"at": at, "reason": reason}
    ops.append(PatchOp("set", "cleared", cleared))
    await services.store.patch(containers.AI.name, user_id, flags.DOC_ID, ops)
    await audit.record(services.store, user_id, "safety_flag.cleared", user_id, {"reason": reason})
    await daily.rewrite_after_clearing(services, user_id, category)  # today's message no longer speaks for it


async def _dismiss_pending(services: Services, user_id: str, doc: dict[str, Any], category: str, reason: str) -> None:
    """Remove a flag that was waiting for the user's confirmation; its words never propose it again."""
    words = ((doc.get("pending") or {}).get(category) or {}).get("words")
    dismissed = list(doc.get("dismissed") or [])
    if isinstance(words, str) and words:
        dismissed = [*dismissed, flags.words_key(words)][-KEEP_DISMISSED:]
    ops = [PatchOp("remove", f"pending.{category}"), PatchOp("set", "dismissed", dismissed)]
    await services.store.patch(containers.AI.name, user_id, flags.DOC_ID, ops)
    await audit.record(services.store, user_id, "safety_flag.cleared", user_id, {"reason": reason})
