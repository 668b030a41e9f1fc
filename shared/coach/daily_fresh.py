"""Today's built-in daily message kept true after a session is logged (issue 15, rr16 kind 2, hBM).

    refreshed(store, user_id, found, now) -> CoachMessage   `found` (today's stored message), with its week's count
                                                            and first-session line written again when Vigor's
                                                            built-in coach wrote it and a session was logged since

rr16: the daily message is written once a day and cached; one written in the morning said "No session logged this
week yet" all day, after a session of this week (2026-12-02, the day before) had been logged. The count is the user's
local week (Monday to Sunday in their time zone, `shared.workouts.local_time`), read again from the sessions now
logged. A provider's message is not rewritten here (its words are its own); only the sentences Vigor wrote.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from shared.coach import offline
from shared.coach.context import build_context
from shared.coach.daily_warning import ENGINE, recent_sessions
from shared.coach.messages import AI, CoachMessage
from shared.errors import NotFound
from shared.store.port import DocumentStore, PatchOp

# `offline._streak`'s three sentences, and the first-session line (`offline.daily`)
_STREAK = re.compile(
    r"No session logged this week yet\.|Your streak is \d+ weeks? in a row; \d+(?: of \d+)? session\(s\) done this "
    r"week\.|\d+(?: of \d+)? session\(s\) done this week\."
)
_BASELINE = " Your first logged session sets the baseline."


async def refreshed(
    store: DocumentStore, user_id: str, found: CoachMessage, now: datetime | None = None
) -> CoachMessage:
    """`found`, or the same message with this week's count as it is now (module docstring)."""
    if found.provider != ENGINE or not _STREAK.search(found.content):
        return found
    written = _moment(found.created_at)
    sessions = await recent_sessions(store, user_id, now)
    written = written.replace(microsecond=0) if written is not None else None  # sessions keep whole seconds
    if written is None or not any((m := _moment(s.created_at)) is not None and m >= written for s in sessions):
        return found
    figures = (await build_context(store, user_id, now)).figures
    content = _STREAK.sub(lambda _: offline.streak(figures), found.content, count=1)
    if figures.get("sessions_last_14_days"):
        content = content.replace(_BASELINE, "")
    if content == found.content:
        return found
    try:
        await store.patch(AI, user_id, f"msg:{found.id}", [PatchOp("set", "content", content)])
    except NotFound:
        return found
    return CoachMessage(found.id, found.conversation_id, found.role, content, found.provider, found.model,
                        found.partial, found.created_at, found.safety, found.experiment)  # fmt: skip


def _moment(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment
