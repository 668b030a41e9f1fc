"""What the user told the coach that must shape later answers in any conversation (no maximal efforts).

One document per user in the `ai` container, id `safety-flags`:

    {flags: {"minor": "<UTC date>", ...},                       what later answers read (one point read)
     details: {"minor": {since, source, kind, words}, ...},     why, for the user (`shared.coach.flag_list`)
     dismissed: ["<hash of words>", ...],                       texts the user said were not about them
     cleared: {"minor": {at, reason}, ...},                     the user's own record of what they cleared
     pending: {"pregnancy": {since, source, kind, words}}}       said, not yet confirmed by the user (R11)

A message the safety policy files as a minor, a pregnancy, urgent symptoms, a crisis or an eating
disorder sets its flag (one patch) with the user's own words (at most `WORDS_CHARS`) and where they
were written (`SOURCES`); later answers read the flags and keep maximal efforts out for `FLAG_DAYS`.
The user can list and clear them (`shared.coach.flag_list`); a cleared text never sets its flag
again (a session note is screened on every answer). It is the user's data: the export and account
deletion include it (they read every user-partitioned document).

A pregnancy is proposed, not set (R11, docs/decisions.md): only the user's own current pregnancy
(`shared.safety.pregnancy_own`) is kept, under `pending`, until the user confirms it on the flags list
(`shared.coach.flag_list.confirm_flag`); the conversation it was said in holds it meanwhile (`shared.coach.chat`).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from shared.coach import safety
from shared.errors import Conflict, InvalidInput, NotFound
from shared.safety import disclosures, parq_signs, pregnancy_own
from shared.safety.inputs import urgent_kind
from shared.store import containers
from shared.store.port import DocumentStore, PatchOp

DOC_ID = "safety-flags"
STICKY = frozenset({"minor", "pregnancy", "urgent", "self_harm", "eating_disorder"})
# A pregnancy lasts at most about 42 weeks: a flag set by "I'm pregnant" ends after 300 days, or at once when the user
# tells of the birth (`clear`); a profile that says male never reads one (the eighteenth red team: "pregnant" went to
# the provider on every request for a year, for a male profile, after "30 weeks pregnant" and after "postpartum").
FLAG_DAYS = {"minor": 365, "pregnancy": 300, "urgent": 90, "self_harm": 90, "eating_disorder": 180}


Source = Literal["chat", "session_note", "workout_notes", "coach_answer"]
SOURCES: tuple[Source, ...] = ("chat", "session_note", "workout_notes", "coach_answer")
NOTES = frozenset({"session_note", "workout_notes"})  # texts screened again later (chat messages are not)
WORDS_CHARS = 280  # enough to recognise the message; the whole text stays in the chat history or the session


def words_key(words: str) -> str:
    """A short hash of a text as a flag keeps it (`WORDS_CHARS`), for the texts the user dismissed."""
    kept = " ".join(words.strip()[:WORDS_CHARS].lower().split())
    return hashlib.sha256(kept.encode()).hexdigest()[:24]


async def _patch(store: DocumentStore, user_id: str, ops: list[PatchOp]) -> None:
    try:
        await store.patch(containers.AI.name, user_id, DOC_ID, ops)
    except NotFound:
        try:
            await store.create(containers.AI.name, {"id": DOC_ID, "userId": user_id, "type": "safety_flags",
                                                    "flags": {}, "details": {}})  # fmt: skip
        except Conflict:
            pass
        await store.patch(containers.AI.name, user_id, DOC_ID, ops)


MAX_KINDS = 12  # urgent kinds one flag remembers (there are about 25)


async def remember(
    store: DocumentStore, user_id: str, concern: str, today: date | None = None, *,
    words: str | None = None, source: Source = "chat", kind: str | None = None,
) -> bool:  # fmt: skip
    """Record that the user's message (`words`, written in `source`; `kind`: the urgent kind) fell in a sticky
    category today (other categories are ignored); whether it was recorded."""
    if concern not in STICKY:
        return False
    if concern == "urgent" and kind is None and words:
        kind = urgent_kind(words)  # a session's note or a workout's notes: which emergency it tells of
    if kind in safety.NOT_STICKY:
        return False  # learning CPR, a racing heart after caffeine: answered, never a hard stop (R5)
    if kind == "overdose" and words and disclosures.someone_else_took(words):
        return False  # a friend's overdose: the user is told what to do now, and their own training is not stopped
    if concern == "pregnancy" and not (words and pregnancy_own.current(words)):
        return False  # R11: "my wife is pregnant", "I was pregnant last year", "if I got pregnant" are not the user's
    doc = await read_document(store, user_id)
    if source in NOTES and words and words_key(words) in doc.get("dismissed", []):
        return False  # a note the user said was not about them: screened again on every answer, never a flag again
    since = (today or datetime.now(UTC).date()).isoformat()
    detail: dict[str, Any] = {"since": since, "source": source, "kind": kind,
                              "words": (words or "").strip()[:WORDS_CHARS] or None}  # fmt: skip
    if concern == "pregnancy" and concern not in active_in(doc, today):
        await _patch(store, user_id, [PatchOp("set", "pending", {**(doc.get("pending") or {}), concern: detail})])
        return True  # health data the user confirms on the flags list before every conversation assumes it (R11)
    # Every urgent kind the flag stands for, not only the last: the user sees and clears all of them (R5: clearing
    # "dark urine" also cleared chest pain and a possible clot the list never showed).
    earlier = ((doc.get("details") or {}).get(concern) or {}) if concern in active_in(doc, today) else {}
    kinds = [k for k in (earlier.get("kinds") or [earlier.get("kind")]) if isinstance(k, str) and k != kind]
    detail["kinds"] = [*kinds, *([kind] if kind else [])][-MAX_KINDS:]
    ops = [PatchOp("set", f"flags.{concern}", since), PatchOp("set", f"details.{concern}", detail)]
    try:
        await _patch(store, user_id, ops)
    except InvalidInput:  # a document from before `details` existed
        await _patch(store, user_id, [ops[0], PatchOp("set", "details", {concern: detail})])
    return True


async def clear(store: DocumentStore, user_id: str, concern: str) -> None:
    """Forget a flag (a birth ends a pregnancy flag); nothing to do when it was never set."""
    try:
        doc = await store.read(containers.AI.name, user_id, DOC_ID)
    except NotFound:
        return
    parts = ("flags", "details", "pending")
    ops = [PatchOp("remove", f"{part}.{concern}") for part in parts if concern in (doc.get(part) or {})]
    if ops:
        await store.patch(containers.AI.name, user_id, DOC_ID, ops)


def session_notes(sessions: list[tuple[str, Any]]) -> list[str]:
    """What the user wrote on these (id, session) pairs: each session's notes and each exercise's."""
    return [n for _, s in sessions for n in (s.notes, *(e.notes for e in s.exercises)) if n]


async def remember_notes(store: DocumentStore, user_id: str, notes: list[str], *, par_q: bool = False) -> None:
    """Screen what the user wrote in their recent sessions' notes like a chat message and remember its sticky
    concerns: chest tightness noted on a set or a purge after a session shape every later answer (the daily message
    too), not only that session's analysis (the seventeenth red team: "Test your one-rep max on the squat tomorrow"
    in the daily message of a user whose note said "felt chest tightness on the last set"). A note the user said was
    not about them (`flag_list.clear_flag`) sets nothing."""
    # rr12 kind 5 (hAL): with a PAR-Q yes, "felt a bit dizzy near the end" is a warning sign, not pain talk
    found = {n: c for n in notes if n.strip() and (c := _note_concern(n, par_q)) in STICKY}
    if not found:
        return  # the common case: no read, no write
    doc = await read_document(store, user_id)
    already = active_in(doc) | pending_in(doc)  # a pregnancy waiting for the user's answer is not proposed again
    for note, concern in found.items():
        if concern in already:
            continue  # a flag already set is not written again each answer
        if await remember(store, user_id, concern, words=note, source="session_note"):
            already.add(concern)


def _note_concern(note: str, par_q: bool) -> str | None:
    return "urgent" if par_q and parq_signs.warning(note) else safety.screen(note)


async def read_document(store: DocumentStore, user_id: str) -> dict[str, Any]:
    """The user's flags document, or {} when none was ever written."""
    try:
        return await store.read(containers.AI.name, user_id, DOC_ID)
    except NotFound:
        return {}


async def active(store: DocumentStore, user_id: str, today: date | None = None) -> set[str]:
    """The sticky categories the user mentioned recently enough to still count."""
    return active_in(await read_document(store, user_id), today)


def until(concern: str, since: str) -> date | None:
    """The last day a flag set on `since` still counts, or None for a date that cannot be read."""
    try:
        return date.fromisoformat(since) + timedelta(days=FLAG_DAYS.get(concern, 90))
    except ValueError:
        return None


def active_in(doc: dict[str, Any], today: date | None = None) -> set[str]:
    """The categories of a flags document that still count today."""
    now = today or datetime.now(UTC).date()
    return {c for c, when in (doc.get("flags") or {}).items() if (last := until(c, str(when))) and now <= last}


def apply(figures: dict[str, Any], flagged: set[str]) -> bool:
    """Mark in `figures` who the flags say the user is (`minor`, `pregnant`: the model is told and the answer's
    review knows) and return whether maximal efforts stay out of the answer (a PAR-Q yes, a minor, any flag). A
    `minor` flag on a profile whose birth year says adult (`adult_profile`) is left out: one "I'm 13" in chat shapes
    that conversation (chat screens its turns), not every later answer for a year (the sixth coach red team: creatine
    "for an adult lifter" got the teen answer)."""
    if "minor" in flagged and not figures.get("adult_profile"):
        figures["minor"] = True  # on a profile whose birth year says adult, only the conversation it was said in
    if "pregnancy" in flagged and figures.get("sex") != "male":
        figures["pregnant"] = True
    if "urgent" in flagged:
        figures["symptoms_reported"] = True  # the answer's review treats symptom talk as it does in that message
    counted = flagged - {"minor"} if figures.get("adult_profile") else flagged
    return bool(figures.get("effort_limited") or figures.get("par_q_flagged") or counted)


def review_context(figures: dict[str, Any]) -> frozenset[str]:
    """What an answer's review must know about the person: "minor", "pregnant" (from the profile or chat),
    "symptoms" (urgent symptoms told in chat or a session's notes), "height_cm=<cm>" (the profile's) and "hr_cap",
    "hr_cap=<bpm>" (a clinician's heart-rate cap among the `held_limits`)."""
    found = {key for key in ("minor", "pregnant") if figures.get(key)}
    if figures.get("height_cm"):
        found.add(f"height_cm={figures['height_cm']}")
    # rr14 kind 2 (hAW): a clinician's heart-rate cap (the profile's injury notes or the chat) holds every answer
    found |= {
        str(k) for k in (figures.get("held_limits") or ()) if str(k).split("=", 1)[0] == "hr_cap"
    }  # a target body weight is judged against it (BMI)
    # Urgent symptoms told in chat or a note: no go-ahead for hard training until a doctor has checked (R6).
    return frozenset(found | ({"symptoms", "hard_stop"} if figures.get("symptoms_reported") else set()))


def pending_in(doc: dict[str, Any], today: date | None = None) -> set[str]:
    """The categories said but not yet confirmed (a pregnancy), while they would still count had they been set."""
    now = today or datetime.now(UTC).date()
    found = (doc.get("pending") or {}).items()
    return {c for c, d in found if isinstance(d, dict) and (last := until(c, str(d.get("since")))) and now <= last}
