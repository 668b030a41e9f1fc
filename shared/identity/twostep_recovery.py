"""Two-step recovery for someone who lost both the authenticator app and the recovery codes (OWASP ASVS 4.0 2.5.6,
2.5.7; NIST SP 800-63B 6.1.2.3: a lost authenticator is replaced only after the subscriber proves control of a bound
address, and the subscriber is notified).

1. `request(email)`, from the sign-in screen: emails the account's address a single-use link (`onetime`, hashed,
   `RESET_LINK_MINUTES`). The answer, its timing (the mail goes through the `account-mail` queue) and the limits hit
   are the same whether or not an account has the address or has two-step sign-in.
2. `schedule(token)`: the link proves control of the address; two-step sign-in comes off
   `TWO_FACTOR_RECOVERY_HOURS` (72) later, and the address is told at once ("if this was not you, sign in and cancel").
   A second link while one is waiting keeps the first time: the wait never restarts, nor shortens.
3. `cancel`: any signed-in session of the account ends the wait (the owner still has the app, or a Microsoft sign-in).
4. `apply_if_due`, at the next password sign-in after the time: the factor comes off (audited, emailed). Nothing
   depends on a timer having run. The password is still needed to sign in, so the link alone never opens the account.
   An admin (whose work needs two-step sign-in, `Settings.admin_two_factor`) cannot drop it this way: the account is
   marked `totp_setup_required` and its next password sign-in sets up a new app before it gets a session
   (`second_step`: 401 `two-step-setup-required` with a new secret, then the password and the app's code).

Account fields: `totp_recovery` {due: epoch seconds, due_at: ISO 8601 UTC, requested_at}; `totp_setup_required`.
Every step is audited (`two_factor.recovery_*`) and the address is told of every change.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pyotp

from shared.bootstrap import Services
from shared.errors import Conflict, PreconditionFailed, TwoStepSetupRequired, Unauthenticated
from shared.identity import audit, mail, onetime, ratelimit, secretbox, twofactor
from shared.identity.accounts import WINDOW_S
from shared.identity.addresses import limit_key
from shared.identity.principal import Principal
from shared.identity.records import (
    ACCOUNT_ID,
    USERS,
    email_key,
    normalise_email,
    now_iso,
    two_factor_id,
    two_factor_on,
)
from shared.store.port import PatchOp, etag_or_none

REQUESTS_PER_EMAIL_HOUR = 3  # links an address can receive an hour (more are silently not sent)
ANSWER = "If this address belongs to an account with two-step sign-in, a link to recover it is on its way."


@dataclass(frozen=True)
class SecondStep:
    """What a password sign-in passed: its methods ("pwd", "otp"), the account as it is now, and, when it set up a
    new authenticator app, the new recovery codes (shown once)."""

    amr: tuple[str, ...]
    account: dict[str, Any]
    recovery_codes: list[str] | None = None


def waiting(account: dict[str, Any]) -> str | None:
    """When a scheduled removal of two-step sign-in takes effect (ISO 8601 UTC), or None."""
    pending = account.get("totp_recovery") or {}
    return str(pending["due_at"]) if pending.get("due_at") and two_factor_on(account) else None


def setup_required(account: dict[str, Any]) -> bool:
    """Whether the account's next password sign-in must set up a new authenticator app (an admin after a recovery)."""
    return bool(account.get("totp_setup_required")) and not two_factor_on(account)


async def request(services: Services, email: str, ip: str) -> None:
    """Queue a recovery link for the address (sent only if its account has two-step sign-in; the caller learns
    nothing). 429 past the per-address limit of the client; past 3 an hour for one email, silently nothing."""
    store = services.store
    await ratelimit.enforce(store, f"twostep-recovery-ip:{limit_key(ip)}", services.settings.auth_rate_limit_per_ip,
                            WINDOW_S, "two-step recovery per IP")  # fmt: skip
    key = email_key(normalise_email(email))
    count, _ = await ratelimit.hit(store, f"twostep-recovery-email:{key}", 3600)
    if count <= REQUESTS_PER_EMAIL_HOUR:  # a 429 here would tell that someone asked for this address
        await mail.enqueue(services, kind="two_factor_recovery", email_key=key)


async def schedule(services: Services, token: str, ip: str = "") -> str:
    """Use an emailed recovery link: two-step sign-in comes off after the delay (returned, ISO 8601 UTC) and the
    address is told now. InvalidInput (field `token`) for a link that is unknown, used, expired or stale, or whose
    account no longer has two-step sign-in; 429 past the per-address limit of the client."""
    per_ip = services.settings.auth_rate_limit_per_ip
    await ratelimit.enforce(services.store, f"twostep-confirm-ip:{limit_key(ip)}", per_ip, WINDOW_S,
                            "two-step recovery links per IP")  # fmt: skip

    def has_two_step(account: dict[str, Any]) -> None:
        if not two_factor_on(account):
            raise onetime.invalid()

    redeemed = await onetime.redeem(services.store, token, "two_factor_recovery", has_two_step)
    account, user_id = redeemed.account, redeemed.user_id
    if redeemed.bound_to and redeemed.bound_to != two_factor_id(account):
        # Sent for an authenticator that was replaced since (turned off, then on with a new app): the link is for
        # what is gone, and must not remove the new one (the attacker review of issue 17: links outliving their use).
        raise onetime.invalid()
    if due_at := waiting(account):
        return due_at  # already waiting: the earlier time stands
    now = services.clock()
    due = int(now.timestamp()) + services.settings.two_factor_recovery_hours * 3600
    due_at = datetime.fromtimestamp(due, UTC).isoformat(timespec="seconds")
    pending = {"due": due, "due_at": due_at, "requested_at": now.isoformat(timespec="seconds")}
    # The link reached the address, so its owner controls it: verified, as a password reset does.
    ops = [PatchOp("set", "totp_recovery", pending), PatchOp("set", "email_verified", True)]
    await services.store.patch(USERS, user_id, ACCOUNT_ID, ops)
    await audit.record(services.store, user_id, "two_factor.recovery_scheduled", user_id, {})
    await mail.enqueue(services, kind="notice", user_id=user_id, notice="two_factor_recovery_scheduled", at=due_at)
    return due_at


async def cancel(services: Services, principal: Principal) -> None:
    """End a waiting removal from any signed-in session of the account; Conflict when none is waiting."""
    account = await services.store.read(USERS, principal.user_id, ACCOUNT_ID)
    if not account.get("totp_recovery"):
        raise Conflict("No removal of two-step sign-in is waiting.")
    await services.store.patch(USERS, principal.user_id, ACCOUNT_ID, [PatchOp("set", "totp_recovery", None)])
    await audit.record(services.store, principal.user_id, "two_factor.recovery_cancelled", principal.user_id, {})
    await mail.enqueue(services, kind="notice", user_id=principal.user_id, notice="two_factor_recovery_cancelled")


async def apply_if_due(services: Services, account: dict[str, Any]) -> dict[str, Any]:
    """After a right password: the account with a due removal carried out (two-step sign-in off; for an admin who
    needs it, a new app to set up at this sign-in). Written with the account's ETag: of two sign-ins at once, one
    carries it out, the other reads the result."""
    pending = account.get("totp_recovery") or {}
    if not pending or int(pending.get("due", 0)) > services.clock().timestamp():
        return account
    user_id = str(account["userId"])
    ops = [
        PatchOp("set", "totp_recovery", None),
        PatchOp("set", "totp_failures", 0),
        PatchOp("set", "updated_at", now_iso()),
    ]
    if two_factor_on(account):
        ops.append(PatchOp("remove", "totp"))
    admin = "admin" in account.get("roles", []) and services.settings.admin_two_factor
    if admin:
        ops.append(PatchOp("set", "totp_setup_required", True))
    try:
        updated = await services.store.patch(USERS, user_id, ACCOUNT_ID, ops, if_match=etag_or_none(account))
    except PreconditionFailed:
        return await services.store.read(USERS, user_id, ACCOUNT_ID)
    details = {"reason": "admin_must_set_up_again"} if admin else {}
    await audit.record(services.store, user_id, "two_factor.recovery_completed", user_id, details)
    notice = "two_factor_recovered_admin" if admin else "two_factor_recovered"
    await mail.enqueue(services, kind="notice", user_id=user_id, notice=notice)
    return updated


async def second_step(services: Services, account: dict[str, Any], code: str | None, ip: str = "") -> SecondStep:
    """After a right password: a due recovery is carried out, then the account's second step is checked
    (`twofactor.second_factor`), or, for an admin whose recovery removed the app, a new app is set up."""
    account = await apply_if_due(services, account)
    if not setup_required(account):
        return SecondStep(await twofactor.second_factor(services, account, code, ip), account)
    return await _set_up_at_sign_in(services, account, code, ip)


async def _set_up_at_sign_in(services: Services, account: dict[str, Any], code: str | None, ip: str) -> SecondStep:
    """TwoStepSetupRequired with a secret (kept pending 15 minutes) until a code from the new app comes with the
    password; then two-step sign-in is on again, and the sign-in passed it."""
    user_id = str(account["userId"])
    pending = account.get("totp_pending") or {}
    fresh = pending.get("secret") and time.time() - int(pending.get("at", 0)) <= twofactor.PENDING_SECONDS
    secret = twofactor.open_secret(services, user_id, str(pending["secret"])) if fresh else ""
    if not code or not secret:
        if not secret:
            secret = pyotp.random_base32()
            sealed = {"secret": secretbox.seal(services.settings, user_id, secret), "at": int(time.time())}
            await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "totp_pending", sealed)])
        uri = pyotp.TOTP(secret).provisioning_uri(name=str(account.get("email", "")), issuer_name=twofactor.ISSUER)
        raise TwoStepSetupRequired(
            "Admin accounts need two-step sign-in: add this key to your authenticator app and sign in with its code.",
            secret=secret,
            otpauth_uri=uri,
        )
    await twofactor.limit(services, f"{user_id}:{limit_key(ip)}")
    step = twofactor.step_of(secret, twofactor.normal(code), last=-1)
    if step is None:
        raise Unauthenticated(twofactor.BAD_CODE)
    done = PatchOp("set", "totp_setup_required", False)
    codes = await twofactor.turn_on(services, user_id, secret, step, done, reason="set_up_after_recovery")
    return SecondStep(("pwd", "otp"), await services.store.read(USERS, user_id, ACCOUNT_ID), codes)
