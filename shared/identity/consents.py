"""Consent to processing health data (GDPR Art. 9(2)(a)) and the separate opt-in to external AI providers.

Stored on the account document as `consents: {"health_data": {"given", "version", "at"}, "ai_providers": {...}}`,
each with the privacy notice's version and the time (UTC) it was given or withdrawn; every change is audited.
Health data (profile, sessions, body metrics) is accepted only with consent to the current notice
(`ConsentedUser` in functions/http/deps.py); a new notice version asks again. Without the AI opt-in, the
user's plans and coach answers come from Vigor's own engine and offline coach only (`Principal.ai_providers`,
read by the gateway).
"""

from __future__ import annotations

from typing import Any

from shared.identity import audit
from shared.identity.records import ACCOUNT_ID, USERS, now_iso
from shared.store.port import DocumentStore, PatchOp

# The privacy notice (docs/privacy.md, shown by the web app at /privacy). Changing the notice changes this
# version, and everyone is asked again before more health data is stored (the web app's consent screen; the AI opt-in
# given under an earlier version stays). 2026-12-01: the retention schedule, the minimum age, the safety notes.
# 2026-12-02: reminders (push subscriptions, what a notification shows, the browsers' push services) and the
# calendar feed. 2026-12-03: the calendar link also stops working when the password or the email address changes.
NOTICE_VERSION = "2026-12-03"
KINDS = ("health_data", "ai_providers")


def _entry(account: dict[str, Any], kind: str) -> dict[str, Any]:
    found = (account.get("consents") or {}).get(kind)
    return found if isinstance(found, dict) else {}


def health_data(account: dict[str, Any]) -> bool:
    """Consent to the current notice's processing of health data."""
    entry = _entry(account, "health_data")
    return bool(entry.get("given")) and entry.get("version") == NOTICE_VERSION


def ai_providers(account: dict[str, Any]) -> bool:
    """The opt-in to sending profile and logs to an external AI provider (any notice version: it is withdrawn,
    not re-asked, when the notice changes; the health consent covers the rest)."""
    return bool(_entry(account, "ai_providers").get("given")) and health_data(account)


def status(account: dict[str, Any]) -> dict[str, Any]:
    """{notice_version, health_data: {given, version, at, current}, ai_providers: {given, version, at}}."""
    out: dict[str, Any] = {"notice_version": NOTICE_VERSION}
    for kind in KINDS:
        entry = _entry(account, kind)
        out[kind] = {"given": bool(entry.get("given")), "version": entry.get("version"), "at": entry.get("at")}
    out["health_data"]["current"] = health_data(account)
    return out


def patch_ops(choices: dict[str, bool]) -> list[PatchOp]:
    """The account patch recording `choices` ({kind: given}) under the current notice, now."""
    at = now_iso()
    return [PatchOp("set", f"consents.{kind}", {"given": bool(given), "version": NOTICE_VERSION, "at": at})
            for kind, given in choices.items() if kind in KINDS]  # fmt: skip


async def record(store: DocumentStore, user_id: str, choices: dict[str, bool], actor: str) -> dict[str, Any]:
    """Record the user's choices (audited, without health data); returns the account."""
    if choices.get("health_data") is False:
        choices = {**choices, "ai_providers": False}  # no AI processing without the health consent under it
    account = await store.read(USERS, user_id, ACCOUNT_ID)
    if not choices:
        return account  # nothing to change (an empty PUT reads the state back)
    if "consents" not in account:
        account = await store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "consents", {})])
    updated = await store.patch(USERS, user_id, ACCOUNT_ID, patch_ops(choices))
    await audit.record(store, actor, "consent.changed", user_id, {k: bool(v) for k, v in choices.items()})
    return updated
