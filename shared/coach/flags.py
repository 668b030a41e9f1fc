"""What the user told the coach that must shape later answers in any conversation (no maximal efforts).

One document per user in the `ai` container, id `safety-flags`: {flags: {"minor": "<UTC date>", ...}}.
A message the safety policy files as a minor, a pregnancy, urgent symptoms, a crisis or an eating
disorder sets its flag (one patch); later answers read the flags (one point read) and keep maximal
efforts out for `FLAG_DAYS`. It is the user's data: the export and account deletion include it
(they read every user-partitioned document).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from shared.coach import safety
from shared.errors import Conflict, NotFound
from shared.store import containers
from shared.store.port import DocumentStore, PatchOp

DOC_ID = "safety-flags"
STICKY = frozenset({"minor", "pregnancy", "urgent", "self_harm", "eating_disorder"})
# A pregnancy lasts at most about 42 weeks: a flag set by "I'm pregnant" ends after 300 days, or at once when the user
# tells of the birth (`clear`); a profile that says male never reads one (the eighteenth red team: "pregnant" went to
# the provider on every request for a year, for a male profile, after "30 weeks pregnant" and after "postpartum").
FLAG_DAYS = {"minor": 365, "pregnancy": 300, "urgent": 90, "self_harm": 90, "eating_disorder": 180}


async def remember(store: DocumentStore, user_id: str, concern: str, today: date | None = None) -> None:
    """Record that the user's message fell in a sticky category today (other categories are ignored)."""
    if concern not in STICKY:
        return
    ops = [PatchOp("set", f"flags.{concern}", (today or datetime.now(UTC).date()).isoformat())]
    try:
        await store.patch(containers.AI.name, user_id, DOC_ID, ops)
    except NotFound:
        try:
            await store.create(containers.AI.name, {"id": DOC_ID, "userId": user_id, "type": "safety_flags",
                                                    "flags": {}})  # fmt: skip
        except Conflict:
            pass
        await store.patch(containers.AI.name, user_id, DOC_ID, ops)


async def clear(store: DocumentStore, user_id: str, concern: str) -> None:
    """Forget a flag (a birth ends a pregnancy flag); nothing to do when it was never set."""
    try:
        doc = await store.read(containers.AI.name, user_id, DOC_ID)
    except NotFound:
        return
    if concern in (doc.get("flags") or {}):
        await store.patch(containers.AI.name, user_id, DOC_ID, [PatchOp("remove", f"flags.{concern}")])


def session_notes(sessions: list[tuple[str, Any]]) -> list[str]:
    """What the user wrote on these (id, session) pairs: each session's notes and each exercise's."""
    return [n for _, s in sessions for n in (s.notes, *(e.notes for e in s.exercises)) if n]


async def remember_notes(store: DocumentStore, user_id: str, notes: list[str]) -> None:
    """Screen what the user wrote in their recent sessions' notes like a chat message and remember its sticky
    concerns: chest tightness noted on a set or a purge after a session shape every later answer (the daily message
    too), not only that session's analysis (the seventeenth red team: "Test your one-rep max on the squat tomorrow"
    in the daily message of a user whose note said "felt chest tightness on the last set")."""
    concerns = {c for c in (safety.screen(n) for n in notes if n.strip()) if c in STICKY}
    if not concerns:
        return  # the common case: no read, no write
    for concern in concerns - await active(store, user_id):  # a flag already set is not written again each answer
        await remember(store, user_id, concern)


async def active(store: DocumentStore, user_id: str, today: date | None = None) -> set[str]:
    """The sticky categories the user mentioned recently enough to still count."""
    try:
        doc = await store.read(containers.AI.name, user_id, DOC_ID)
    except NotFound:
        return set()
    now = today or datetime.now(UTC).date()
    found = set()
    for concern, when in (doc.get("flags") or {}).items():
        try:
            since = date.fromisoformat(str(when))
        except ValueError:
            continue
        if now - since <= timedelta(days=FLAG_DAYS.get(concern, 90)):
            found.add(concern)
    return found


def apply(figures: dict[str, Any], flagged: set[str]) -> bool:
    """Mark in `figures` who the flags say the user is (`minor`, `pregnant`: the model is told and the answer's
    review knows) and return whether maximal efforts stay out of the answer (a PAR-Q yes, a minor, any flag)."""
    if "minor" in flagged:
        figures["minor"] = True
    if "pregnancy" in flagged and figures.get("sex") != "male":
        figures["pregnant"] = True
    if "urgent" in flagged:
        figures["symptoms_reported"] = True  # the answer's review treats symptom talk as it does in that message
    return bool(figures.get("effort_limited") or figures.get("par_q_flagged") or flagged)


def review_context(figures: dict[str, Any]) -> frozenset[str]:
    """What an answer's review must know about the person: "minor", "pregnant" (from the profile or chat),
    "symptoms" (urgent symptoms told in chat or a session's notes) and "height_cm=<cm>" (the profile's)."""
    found = {key for key in ("minor", "pregnant") if figures.get(key)}
    if figures.get("height_cm"):
        found.add(f"height_cm={figures['height_cm']}")  # a target body weight is judged against it (BMI)
    return frozenset(found | ({"symptoms"} if figures.get("symptoms_reported") else set()))
