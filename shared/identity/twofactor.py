"""Two-step sign-in with a time-based one-time password (TOTP, RFC 6238, `pyotp`) and recovery codes.

Turning it on takes the current password (`begin`: a new secret, kept pending) and then a code from the
authenticator app (`confirm`: the secret becomes the account's, and ten single-use recovery codes are shown
once and stored hashed). From then on a password sign-in also needs a code (`second_factor`): a code from the
app (one step either side of now, never a step already used) or a recovery code (used up). Turning it off takes
the password and a code. Every change is audited and emailed. Admin routes ask password sessions to have passed
it (OWASP ASVS 2.8; `Settings.admin_two_factor`); a Microsoft sign-in follows its organisation's own policy.

Turning it on ends every sign-in of the account, their access tokens included, and the one that confirmed it goes on as
a new sign-in that passed both steps (`confirm` returns it): the code just proved the factor, as at a sign-in, so
admin work and account deletion need no second sign-in, while a session made with a stolen password (or a stolen
copy of this one's cookie) does not survive the change. A new sign-in, not an upgraded one: OWASP's session
management guidance renews the session on any change of privilege.

Account fields: `totp` {secret, enabled_at, last_step, recovery: [sha256 of each code]}, `totp_pending` {secret,
at}; each `secret` is encrypted at rest (`shared.identity.secretbox`: AES-256-GCM under a rotatable key ring, the key
id stored with it); a secret stored before that, or under an older key, is sealed again at its next use. Neither
is ever exported, logged or sent anywhere but the person's own screen once.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from typing import Any

import pyotp

from shared.bootstrap import Services
from shared.errors import (
    Conflict,
    FieldError,
    InvalidInput,
    LimitExceeded,
    PreconditionFailed,
    SecondFactorRequired,
    Unauthenticated,
)
from shared.identity import audit, mail, ratelimit, secretbox, sessions
from shared.identity.addresses import limit_key
from shared.identity.credentials import check_current_password
from shared.identity.principal import Principal
from shared.identity.records import ACCOUNT_ID, USERS, now_iso, require_verified_email, two_factor_on
from shared.store.port import PatchOp, etag_or_none

log = logging.getLogger("vigor.identity")

ISSUER = "Vigor"
RECOVERY_CODES = 10
PENDING_SECONDS = 15 * 60  # an unconfirmed secret is started again after this
CODE_TRIES_PER_15_MIN = 10  # codes per account and address before that address waits
# Wrong codes in a row after a right password, from anywhere, before codes are refused until the password is
# reset by email (NIST SP 800-63B 5.2.2 allows at most 100): someone holds the password, and the owner is told at
# the first wrong code (the attacker review: 960 guesses a day, forever, and no one told).
FAILURES_BEFORE_LOCK = 20
BAD_CODE = "The code is not correct."
TURN_ON = "turn on two-step sign-in"


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def normal(code: str) -> str:
    """A code as typed: spaces and dashes dropped, lower case (recovery codes are shown as xxxxx-xxxxx); ASCII
    letters and digits only (fullwidth digits are no code: the attacker review's 500 from comparing it)."""
    return "".join(ch for ch in code.strip().lower() if ch.isascii() and ch.isalnum())[:32]


def _recovery_codes() -> list[str]:
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
    return ["".join(secrets.choice(alphabet) for _ in range(10)) for _ in range(RECOVERY_CODES)]


def shown(code: str) -> str:
    """A recovery code as the person reads it: two groups of five."""
    return f"{code[:5]}-{code[5:]}"


async def begin(services: Services, principal: Principal, password: str) -> dict[str, str]:
    """A new secret for the authenticator app, pending until `confirm`: {secret, otpauth_uri}. The current password
    is required (InvalidInput naming `password`); Conflict when two-step sign-in is already on; EmailNotVerified
    until the account's address is confirmed (a squatter's factor would lock the owner out after their reset)."""
    account = await check_current_password(services, principal, password, "password")
    if two_factor_on(account):
        raise Conflict("Two-step sign-in is already on; turn it off first to move it to a new app.")
    require_verified_email(account, TURN_ON)
    secret = pyotp.random_base32()
    pending = {"secret": secretbox.seal(services.settings, principal.user_id, secret), "at": int(time.time())}
    await services.store.patch(USERS, principal.user_id, ACCOUNT_ID, [PatchOp("set", "totp_pending", pending)])
    uri = pyotp.TOTP(secret).provisioning_uri(name=str(account.get("email", "")), issuer_name=ISSUER)
    return {"secret": secret, "otpauth_uri": uri}


async def confirm(
    services: Services, principal: Principal, code: str, device: str = ""
) -> tuple[list[str], sessions.Session]:
    """Turn two-step sign-in on with a code from the app for the pending secret: the recovery codes (shown once) and
    this client's new sign-in, which passed both steps (`device`: its User-Agent). Every earlier sign-in ends."""
    store = services.store
    account = await store.read(USERS, principal.user_id, ACCOUNT_ID)
    pending = account.get("totp_pending") or {}
    if two_factor_on(account):
        raise Conflict("Two-step sign-in is already on.")
    require_verified_email(account, TURN_ON)  # a setup begun by older code before the address was confirmed
    if not pending.get("secret") or time.time() - int(pending.get("at", 0)) > PENDING_SECONDS:
        raise Conflict("Start again: no setup is waiting for a code (or it is more than 15 minutes old).")
    await limit(services, f"{principal.user_id}:session")
    secret = open_secret(services, principal.user_id, str(pending["secret"]))
    step = step_of(secret, normal(code), last=-1)
    if step is None:
        raise InvalidInput(
            "The code is not correct", [FieldError("code", "is not the current code from your authenticator app")]
        )
    codes = await turn_on(services, principal.user_id, secret, step, ends=principal.session_id)
    # The password was checked by `begin`, the factor by this code: the new sign-in passed both.
    account = await store.read(USERS, principal.user_id, ACCOUNT_ID)
    return codes, await sessions.start(services, account, device, ("pwd", "otp"))


async def turn_on(
    services: Services, user_id: str, secret: str, step: int, *also: PatchOp, reason: str = "", ends: str = ""
) -> list[str]:
    """Make `secret` (its code for `step` just passed) the account's, with ten new recovery codes (returned, shown
    once); every sign-in ends (`ends`: the caller's, also when its family is already gone), access tokens included,
    and the change is audited and emailed. `also`: more account changes."""
    codes = _recovery_codes()
    totp = {
        "id": secrets.token_hex(8),  # this setup (a recovery link names the one it was sent for)
        "secret": secretbox.seal(services.settings, user_id, secret),
        "enabled_at": now_iso(),
        "last_step": step,
        "recovery": [_hash(c) for c in codes],
    }
    ops = [PatchOp("set", "totp", totp), PatchOp("remove", "totp_pending"), PatchOp("set", "totp_failures", 0)]
    # A recovery waiting from before is for the app this replaces (`twostep_recovery`): it must not remove this one.
    ops.append(PatchOp("set", "totp_recovery", None))
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [*ops, *also])
    # Every sign-in ends, at once: one made with a stolen password before this must not outlive it (the attacker
    # review kept such a session alive through password changes), and its access token must not have 15 more minutes.
    await sessions.end_all(services, user_id, "two_factor_enabled", ends)
    await audit.record(services.store, user_id, "two_factor.enabled", user_id, {"reason": reason} if reason else {})
    await mail.enqueue(services, kind="notice", user_id=user_id, notice="two_factor_enabled")
    return [shown(c) for c in codes]


async def disable(services: Services, principal: Principal, password: str, code: str) -> None:
    """Turn two-step sign-in off: the current password and a code (from the app, or a recovery code)."""
    account = await check_current_password(services, principal, password, "password")
    if not two_factor_on(account):
        raise Conflict("Two-step sign-in is not on.")
    await limit(services, f"{principal.user_id}:session")
    if not await _redeem(services, account, normal(code)):
        raise InvalidInput(
            "The code is not correct", [FieldError("code", "is not a current code or an unused recovery code")]
        )
    ops = [PatchOp("remove", "totp"), PatchOp("set", "totp_recovery", None)]  # nothing left to recover
    await services.store.patch(USERS, principal.user_id, ACCOUNT_ID, ops)
    await audit.record(services.store, principal.user_id, "two_factor.disabled", principal.user_id, {})
    await mail.enqueue(services, kind="notice", user_id=principal.user_id, notice="two_factor_disabled")


async def second_factor(services: Services, account: dict[str, Any], code: str | None, ip: str = "") -> tuple[str, ...]:
    """After a right password: the sign-in's methods ("pwd", and "otp" once a code passed). SecondFactorRequired
    when the account has two-step sign-in and no code came; Unauthenticated for a wrong or used one; 429 past the
    limit per address, and after `FAILURES_BEFORE_LOCK` wrong codes in a row until a password reset."""
    if not two_factor_on(account):
        return ("pwd",)
    if not code:
        raise SecondFactorRequired("Enter the 6-digit code from your authenticator app, or a recovery code.")
    user_id = str(account["userId"])
    if int(account.get("totp_failures", 0)) >= FAILURES_BEFORE_LOCK:
        detail = "Too many wrong codes: reset your password from the sign-in page to sign in again."
        raise LimitExceeded(detail, retry_after=3600, limit=f"two-step codes: {FAILURES_BEFORE_LOCK} wrong in a row")
    await limit(services, f"{user_id}:{limit_key(ip)}")  # per address: an attacker cannot lock the owner out
    if await _redeem(services, account, normal(code)):
        if account.get("totp_failures"):
            await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "totp_failures", 0)])
        return ("pwd", "otp")
    await _failed(services, user_id)
    raise Unauthenticated(BAD_CODE)


async def _failed(services: Services, user_id: str) -> None:
    """Count a wrong code after a right password; the first one in a row tells the owner their password is known."""
    done = await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("incr", "totp_failures", 1)])
    failures = int(done.get("totp_failures", 1))
    if failures == 1:
        await audit.record(services.store, user_id, "two_factor.failed", user_id, {})
        await mail.enqueue(services, kind="notice", user_id=user_id, notice="second_factor_failed")
    elif failures == FAILURES_BEFORE_LOCK:
        await audit.record(services.store, user_id, "two_factor.locked", user_id, {"failures": failures})


def step_of(secret: str, code: str, last: int) -> int | None:
    """The time step `code` belongs to (now, or one either side for clock drift), if it is later than `last`."""
    if not (secret and code.isdigit() and len(code) == 6):
        return None
    totp, now = pyotp.TOTP(secret), time.time()
    for offset in (0, -1, 1):
        at = now + offset * totp.interval
        if secrets.compare_digest(totp.at(at), code):
            step = int(at // totp.interval)
            return step if step > last else None  # a code already used (seen, or replayed) does not count twice
    return None


async def _redeem(services: Services, account: dict[str, Any], code: str) -> bool:
    """Whether `code` is a current TOTP code (its step then becomes the last used) or an unused recovery code
    (then used up). Written with the account's ETag, so two sign-ins racing with one code cannot both pass."""
    user_id = str(account["userId"])
    totp = dict(account.get("totp") or {})
    stored = str(totp.get("secret", ""))
    step = step_of(open_secret(services, user_id, stored), code, int(totp.get("last_step", -1)))
    recovery = step is None and _hash(code) in totp.get("recovery", [])
    if step is not None:
        totp["last_step"] = step
    elif recovery:
        totp["recovery"] = [h for h in totp["recovery"] if h != _hash(code)]
    else:
        return False
    if secretbox.stale(services.settings, stored):  # stored before encryption, or under a retired key
        totp["secret"] = secretbox.seal(services.settings, user_id, open_secret(services, user_id, stored))
    try:
        ops = [PatchOp("set", "totp", totp)]
        await services.store.patch(USERS, user_id, ACCOUNT_ID, ops, if_match=etag_or_none(account))
    except PreconditionFailed:
        return False  # the account changed since it was read: the same code used twice at once passes once
    if recovery:
        left = {"left": len(totp["recovery"])}
        await audit.record(services.store, user_id, "two_factor.recovery_code_used", user_id, left)
        await mail.enqueue(services, kind="notice", user_id=user_id, notice="recovery_code_used")
    return True


def open_secret(services: Services, user_id: str, stored: str) -> str:
    """The account's TOTP secret from its stored form; "" (no code matches) when the box is damaged or another
    account's (logged: never a way in)."""
    try:
        return secretbox.open_secret(services.settings, user_id, stored)
    except ValueError:
        log.error("the two-step secret of an account does not open; codes are refused until it is set up again")
        return ""


async def limit(services: Services, key: str) -> None:
    """Codes tried per `key` (an account and address at sign-in, an account's sessions otherwise) per 15 minutes."""
    count, retry_after = await ratelimit.hit(services.store, f"totp-check:{key}", 900)
    if count > CODE_TRIES_PER_15_MIN:
        limit = f"two-step codes: {CODE_TRIES_PER_15_MIN} per 900 s"
        raise LimitExceeded("Too many codes tried; wait a while.", retry_after=retry_after, limit=limit)
