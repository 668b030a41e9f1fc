"""Today's daily message after a warning sign in a session's notes (issue 15, rr14 kind 8, hAW).

    told(sessions, par_q, flags_doc) -> str | None   the first recent note telling of a warning sign: for anyone, what
                                                     the input gate calls urgent ("pressure in my chest in set 2, left
                                                     arm tingly"); with a PAR-Q yes, also dizziness or faintness
                                                     (`parq_signs.warning`); not a note the user dismissed, nor one
                                                     logged before they cleared the urgent flag
    text(screening, note) -> str                     the message: the medical answer first, no training prescribed,
                                                     in the note's language (rr15, hBA)
    recent_note(store, user_id, par_q)               the one reader of a recent warning-sign note (daily, chat)
    current(store, user_id, profile, found)          today's stored message, rewritten when it was written without a
                                                     warning told since (the message is written once a day and was
                                                     cached from before the notes)
    SHAPED                                           the `shaped_by` mark of a message written for it

rr14: a PAR-Q user's daily message, written at sign-up, still read "Good session idea: warm up 10 minutes, then 4 sets
of 8 at RPE 7" after sessions noted "felt faint on the last set and had to lie on the floor" and "pressure in my chest
in set 2, left arm tingly", while the analysis and the recommendations said stop and see a doctor. Source: ACSM's
Guidelines for Exercise Testing and Prescription (11th ed.) and the PAR-Q+ (2023): chest discomfort, faintness or
dizziness during exercise are reasons to stop and be assessed by a doctor before training again; syncope on exertion
needs same-day assessment (ESC 2018 syncope guideline).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.coach import flags, safety
from shared.coach.context import RECENT_DAYS  # the notes read, as the coach's context reads them
from shared.coach.messages import AI, CoachMessage
from shared.errors import NotFound
from shared.profile.model import FitnessProfile
from shared.safety import carried_texts, parq_signs
from shared.safety.inputs import urgent_kind
from shared.store.port import DocumentStore, PatchOp
from shared.workouts.sessions import StoredSession, list_sessions

SHAPED = "warning_note"
ENGINE, ENGINE_MODEL = "engine", "vigor-engine"  # Vigor wrote it, as every daily message Vigor writes is labelled
LOOK_BACK = 20  # sessions read at most
MESSAGE = (
    "Please see a doctor before you train again: a recent session's notes tell of a warning sign (feeling faint or "
    "dizzy, chest pressure or a tingling arm). No training today. If it comes back, stop at once, sit or lie down, and "
    "call your local emergency number (911, 999, 112) if it comes with chest pain, fainting, or breathlessness that "
    "doesn't settle. Your sessions and targets wait until a doctor has checked you."
)


def _warning(note: str, par_q: bool) -> bool:
    if par_q and parq_signs.warning(note):
        return True
    return safety.screen(note) == "urgent" and urgent_kind(note) not in safety.NOT_STICKY


def _moment(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def told(sessions: Sequence[StoredSession], par_q: bool, flags_doc: dict[str, Any]) -> str | None:
    """The first note of `sessions` (recent first) that tells of a warning sign (module docstring), or None."""
    dismissed = set(flags_doc.get("dismissed") or [])
    cleared = _moment(((flags_doc.get("cleared") or {}).get("urgent") or {}).get("at"))
    for stored in sessions:
        logged = _moment(stored.created_at)
        if cleared is not None and logged is not None and logged <= cleared:
            continue  # the user cleared the urgent flag after this session: a doctor checked, or it was not them
        for note in flags.session_notes([(stored.id, stored.session)]):
            if flags.words_key(note) not in dismissed and _warning(note, par_q):
                return note
    return None


def text(screening: str = "", note: str = "") -> str:
    """The day's message after a warning sign: the medical answer first, in the language of the `note` that told it
    (rr15: DE/ES notes got it in English), then Vigor's PAR-Q note (when any)."""
    return f"{carried_texts.in_language(carried_texts.DAILY_WARNING, MESSAGE, note)} {screening}".strip()


async def recent_sessions(store: DocumentStore, user_id: str, now: datetime | None = None) -> list[StoredSession]:
    """The user's sessions of the last `RECENT_DAYS`, newest first (at most `LOOK_BACK`)."""
    since = (now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)
    found, _ = await list_sessions(store, user_id, None, None, LOOK_BACK, None)
    return [s for s in found if s.session.started_at >= since]


async def recent_note(store: DocumentStore, user_id: str, par_q: bool) -> str | None:
    """The one reader of "recent warning-sign notes": the first note of the user's last `RECENT_DAYS` of sessions that
    tells of a warning sign (`told`), for the daily message, chat and anyone else, PAR-Q flags or not."""
    sessions = await recent_sessions(store, user_id)
    return told(sessions, par_q, await flags.read_document(store, user_id)) if sessions else None


async def current(
    store: DocumentStore, user_id: str, profile: FitnessProfile, found: CoachMessage, screening: str = ""
) -> CoachMessage:
    """`found` (today's stored message), or the same message rewritten as `text` when a warning sign was told in a
    recent note and the message was not written for it. The note also sets the urgent flag, as on any answer."""
    doc_id = f"msg:{found.id}"
    try:
        doc = await store.read(AI, user_id, doc_id)
    except NotFound:
        return found
    if SHAPED in (doc.get("shaped_by") or []):
        return found
    note = await recent_note(store, user_id, profile.par_q_flagged)
    if note is None:
        return found
    await flags.remember_notes(store, user_id, [note], par_q=profile.par_q_flagged)
    shaped = sorted({*(doc.get("shaped_by") or []), SHAPED, "urgent"})
    content = text(screening, note)
    await store.patch(AI, user_id, doc_id, [PatchOp("set", "content", content), PatchOp("set", "provider", ENGINE),
                                            PatchOp("set", "model", ENGINE_MODEL), PatchOp("set", "shaped_by", shaped),
                                            PatchOp("set", "safety", "urgent")])  # fmt: skip
    return CoachMessage(found.id, found.conversation_id, found.role, content, ENGINE, ENGINE_MODEL, False,
                        found.created_at, "urgent", found.experiment)  # fmt: skip
