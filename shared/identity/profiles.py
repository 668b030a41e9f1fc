"""The stored fitness profile: one `profile` document in the user's partition.

Document: {id: "profile", userId, type: "profile", profile: {FitnessProfile fields},
par_q_flagged, updated_at, daily_slot (the UTC hour whose timer run sends the next daily message,
`shared/profile/message_slot.py`)}. Other areas (the plan engine, the coach) read it with
`load_profile`. Writes honour If-Match through the store's ETag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from shared.errors import NotFound, PreconditionFailed
from shared.identity.records import PROFILE_ID, USERS, now_iso
from shared.migrations import CURRENT, upgraded
from shared.profile import FitnessProfile
from shared.profile.message_slot import next_slot
from shared.store.port import Document, DocumentStore, etag_of


@dataclass(frozen=True)
class StoredProfile:
    profile: FitnessProfile
    etag: str
    par_q_flagged: bool
    updated_at: str


def quote_etag(etag: str) -> str:
    """The HTTP ETag for a store ETag (Cosmos DB and the embedded store already quote theirs)."""
    return etag if etag.startswith('"') else f'"{etag}"'


def parse_if_match(header: str | None) -> str | None:
    """The store ETag named by an If-Match header (weak prefix dropped); None when absent or `*`."""
    if header is None or header.strip() in {"", "*"}:
        return None
    value = header.strip().split(",")[0].strip().removeprefix("W/")
    return quote_etag(value.strip('"'))


async def read_profile_doc(store: DocumentStore, user_id: str) -> Document | None:
    """The stored profile document (the profile under `profile`), or None before onboarding."""
    try:
        return await store.read(USERS, user_id, PROFILE_ID)
    except NotFound:
        return None


async def load_profile(store: DocumentStore, user_id: str) -> StoredProfile | None:
    """The user's profile, or None before onboarding."""
    doc = await read_profile_doc(store, user_id)
    if doc is None:
        return None
    profile = FitnessProfile.model_validate(upgraded(doc)["profile"])
    return StoredProfile(profile, str(etag_of(doc)), profile.par_q_flagged, str(doc.get("updated_at", "")))


async def save_profile(
    store: DocumentStore, user_id: str, profile: FitnessProfile, if_match: str | None, now: datetime | None = None
) -> StoredProfile:
    """Create or replace the profile; PreconditionFailed when If-Match names a stale version.

    `now` (the services' clock) places the daily message's send slot."""
    updated_at = now_iso()
    doc: dict[str, Any] = {
        "id": PROFILE_ID,
        "userId": user_id,
        "type": "profile",
        "profile": profile.model_dump(mode="json"),
        "par_q_flagged": profile.par_q_flagged,
        "daily_slot": next_slot(profile.timezone, profile.daily_message_hour, now or datetime.now(UTC)),
        "updated_at": updated_at,
        "schema_version": CURRENT["profile"],
    }
    if if_match is None:
        saved = await store.upsert(USERS, doc)
    else:
        try:
            saved = await store.replace(USERS, doc, if_match=if_match)
        except NotFound:
            raise PreconditionFailed("The profile changed or does not exist; reload it and try again.") from None
    return StoredProfile(profile, str(etag_of(saved)), profile.par_q_flagged, updated_at)
