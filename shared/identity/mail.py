"""Account email, sent from the `account-mail` queue so that no answer waits for (or reveals) a mail.

A route enqueues a small message; the queue function (`deliver`) reads the account, issues the single-use
token where the mail carries a link (never stored in the message) and sends through the configured adapter
(`shared.email`). A failed send raises and the queue retries it; the last failure lands in the poison queue
and is logged. "Forgot password" always enqueues one message, whether or not the address has an account,
so its answer takes the same time either way.

Messages: {"kind": "password_reset" | "two_factor_recovery", "email_key": "email:<sha256>"} |
{"kind": "verify_email", "user_id", "to": address} | {"kind": "inactive_warning", "user_id", "last_active",
"delete_on"} | {"kind": "notice", "user_id", "notice": <NOTICES key> or
"two_factor_recovery_scheduled" (with "at"), "to": address (the old one, after a change)}.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from shared.bootstrap import Services
from shared.email import EmailMessage, EmailSender, build_sender
from shared.errors import NotFound
from shared.identity import audit, onetime
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, two_factor_id, two_factor_on
from shared.queue import names

log = logging.getLogger("vigor.mail")

NOTICES = {
    "password_changed": ("Your Vigor password was changed",
                         "The password of your Vigor account was just changed and every device was signed out."),
    "password_reset": ("Your Vigor password was reset",
                       "The password of your Vigor account was just reset with a link sent to this address, and "
                       "every device was signed out."),
    "email_changed": ("Your Vigor email address was changed",
                      "The email address of your Vigor account was just changed to another address; this one no "
                      "longer signs in."),
    "email_change_requested": ("A change of your Vigor email address was asked for",
                               "Someone signed in to your Vigor account asked to move it to another email address. "
                               "It moves only when the new address is confirmed."),
    "two_factor_enabled": ("Two-step sign-in is on for your Vigor account",
                           "Two-step sign-in was just turned on: signing in now also asks for a code from your "
                           "authenticator app. Keep your recovery codes somewhere safe."),
    "two_factor_disabled": ("Two-step sign-in is off for your Vigor account",
                            "Two-step sign-in was just turned off: signing in now needs only your password."),
    "second_factor_failed": ("Someone used your Vigor password",
                             "Your Vigor password was just entered correctly, but the two-step code was wrong. If "
                             "this was not you, someone knows your password: reset it now."),
    "recovery_code_used": ("A Vigor recovery code was used",
                           "One of your two-step recovery codes was just used to sign in; it works no more. If you "
                           "have lost your authenticator app, set two-step sign-in up again with a new one."),
    "microsoft_linked": ("A Microsoft account now signs in to Vigor",
                         "A Microsoft account was just linked to your Vigor account: signing in with Microsoft now "
                         "opens it too."),
    "microsoft_unlinked": ("Microsoft sign-in was removed from your Vigor account",
                           "The Microsoft account linked to your Vigor account was just unlinked: it no longer signs "
                           "in to it."),
    "two_factor_recovery_cancelled": ("The removal of two-step sign-in was cancelled",
                                      "The waiting removal of two-step sign-in from your Vigor account was cancelled "
                                      "from a signed-in device: it stays on."),
    "two_factor_recovered": ("Two-step sign-in was removed from your Vigor account",
                             "Two-step sign-in was removed from your Vigor account, as asked with a link sent to this "
                             "address. Signing in now needs only your password; set it up again with a new app under "
                             "Account, security."),
    "two_factor_recovered_admin": ("Two-step sign-in was removed from your Vigor account",
                                   "Two-step sign-in was removed from your Vigor account, as asked with a link sent to "
                                   "this address. As an administrator you set up a new authenticator app at your next "
                                   "sign-in, before anything else."),
    "reset_by_admin": ("A Vigor administrator started a password reset",
                       "An administrator sent you a link to set a new password (a separate email). Your password "
                       "stays as it is unless you use that link."),
}  # fmt: skip
_NOT_YOU = "\n\nIf this was not you, reset your password at once from the sign-in page and contact support."


async def sender(services: Services) -> EmailSender:
    """The Services' email adapter, built once (the ACS key, when one is named, comes from Key Vault)."""
    if services.caches.email is None:
        settings = services.settings
        key = ""
        if settings.acs_email_endpoint and settings.acs_email_key_ref:
            from shared.llm.secrets import resolve_key

            key = await resolve_key(services, settings.acs_email_key_ref)
        services.caches.email = build_sender(settings, key)
    return services.caches.email


async def enqueue(services: Services, **message: Any) -> None:
    await services.queue.send(names.ACCOUNT_MAIL, json.dumps(message))


async def deliver(services: Services, body: str) -> None:
    """Send one queued account email (the queue function's body). Unknown or stale messages are dropped."""
    try:
        message = json.loads(body)
        kind = str(message["kind"])
    except (ValueError, KeyError, TypeError):
        log.warning("account mail: an unreadable message was dropped")
        return
    email = await _compose(services, kind, message)
    if email is not None:
        await (await sender(services)).send(email)


async def _compose(services: Services, kind: str, message: dict[str, Any]) -> EmailMessage | None:
    store, settings = services.store, services.settings
    try:
        if kind in ("password_reset", "two_factor_recovery"):
            key = str(message["email_key"])
            index = await store.read(SYSTEM, key, key)
            account = await store.read(USERS, str(index["userId"]), ACCOUNT_ID)
        else:
            account = await store.read(USERS, str(message["user_id"]), ACCOUNT_ID)
    except (NotFound, KeyError):
        return None  # no such account (forgot password for an unknown address) or deleted since
    if account.get("disabled"):
        return None
    origin = settings.web_origin()
    if kind == "password_reset":
        if not account.get("password_hash"):
            return None  # a Microsoft-only account has no password to reset
        minutes = settings.reset_link_minutes
        token = await onetime.issue(store, account, "password_reset", minutes * 60)
        text = (f"Someone asked to reset the password of your Vigor account. Set a new one here within {minutes} "
                f"minutes:\n\n{origin}/reset-password#token={token}\n\nIf you did not ask, ignore this email: "
                "your password stays as it is.")  # fmt: skip
        return EmailMessage(account["email"], "Reset your Vigor password", text, "password_reset")
    if kind == "verify_email":
        # The address the message was queued for (the account's own, or the move asked for): a pending move
        # asked later must not redirect an earlier message (the attacker review).
        address = str(message.get("to") or account.get("email", ""))
        if address not in (account.get("email"), account.get("pending_email")):
            return None  # the move was cancelled or replaced since
        if address == account.get("email") and account.get("email_verified"):
            return None  # already verified since the message was queued
        hours = settings.email_verify_hours
        # A link for a move names the move: a later move or a cancel ends it (the attacker review of issue 17).
        change = str(account.get("pending_email_change") or "") if address == account.get("pending_email") else ""
        token = await onetime.issue(store, account, "verify_email", hours * 3600, bound_to=address, change=change)
        text = (
            f"Confirm that this is your email address for Vigor within {hours} hours:\n\n"
            f"{origin}/verify-email#token={token}\n\nIf you did not sign up for Vigor, ignore this email."
        )
        return EmailMessage(address, "Confirm your email for Vigor", text, "verify_email")
    if kind == "two_factor_recovery":
        return await _recovery_link(services, account)
    if kind == "inactive_warning":
        if account.get("last_active") != message.get("last_active"):
            return None  # used since the warning was queued: nothing will be deleted
        years = settings.inactive_account_years
        text = (f"You have not used your Vigor account since {message.get('last_active')}. Accounts unused for "
                f"{years} years are deleted with all their data (plans, workouts, measurements, coach history), so "
                f"that Vigor keeps no one's health data longer than it is used: yours will be on "
                f"{message.get('delete_on')}.\n\nTo keep it, sign in "
                f"before then: {origin}/sign-in\n\nTo keep a copy of your data instead, sign in and download it "
                "under Account.")  # fmt: skip
        return EmailMessage(account["email"], "Your Vigor account will be deleted", text, "inactive_warning")
    if kind == "notice" and message.get("notice") == "two_factor_recovery_scheduled":
        text = (f"Someone used a link sent to this address to remove two-step sign-in from your Vigor account. It "
                f"comes off at {message.get('at', '?')} (UTC).\n\nIf this was not you, sign in now and cancel it: "
                f"{origin}/two-step-recovery\n\nThen reset your password and check your email account's security: "
                "whoever asked could read this mailbox.")  # fmt: skip
        return EmailMessage(account["email"], "Two-step sign-in will be removed from your Vigor account", text,
                            "security_notice")  # fmt: skip
    if kind == "notice" and str(message.get("notice")) in NOTICES:
        subject, text = NOTICES[str(message["notice"])]
        return EmailMessage(str(message.get("to") or account["email"]), subject, text + _NOT_YOU, "security_notice")
    log.warning("account mail: unknown kind %s dropped", kind)
    return None


async def _recovery_link(services: Services, account: dict[str, Any]) -> EmailMessage | None:
    """The two-step recovery link (`identity.twostep_recovery`), for an account with two-step sign-in only."""
    if not two_factor_on(account):
        return None  # nothing to recover: nothing is sent, and the asker was told the same either way
    minutes, hours = services.settings.reset_link_minutes, services.settings.two_factor_recovery_hours
    # Bound to the authenticator it was sent for: turned off and on again with a new app, the link is dead.
    factor = two_factor_id(account)
    token = await onetime.issue(services.store, account, "two_factor_recovery", minutes * 60, bound_to=factor)
    await audit.record(services.store, "system", "two_factor.recovery_link_sent", str(account["userId"]), {})
    text = (f"Someone asked to remove two-step sign-in from your Vigor account because the authenticator app and the "
            f"recovery codes are lost. If that was you, open this link within {minutes} minutes:\n\n"
            f"{services.settings.web_origin()}/two-step-recovery#token={token}\n\nTwo-step sign-in then comes off "
            f"{hours} hours later; until then you can cancel it from any signed-in device. If you did not ask, ignore "
            "this email: nothing changes.")  # fmt: skip
    return EmailMessage(account["email"], "Recover two-step sign-in for Vigor", text, "two_factor_recovery")


def undeliverable(body: str) -> None:
    """The poison queue's end for account mail: one warning naming the kind (never the address or a link)."""
    try:
        kind = str(json.loads(body).get("kind", "?"))
    except (ValueError, AttributeError):
        kind = "?"
    log.warning("account mail: a %s email could not be sent after every retry", kind)
