"""Proof that the account's owner is at the keyboard before a step that cannot be undone (deleting the account).

A valid access token alone is not enough: one left signed in on a shared computer, or stolen from a browser, would
erase everything. The caller proves presence with the current password (checked as a password change checks it:
rate limited, and with two-step sign-in on, only from a sign-in that passed it), or, without it, by a sign-in made in
the last `RECENT_SIGN_IN_S` seconds: the only way for a Microsoft-only account, which has no Vigor password. The same
rule as GitHub's "sudo mode" and Google's "verify it's you" (a recent authentication for sensitive actions; OWASP ASVS
4.0 V3.7.1, "re-authentication before sensitive transactions").
"""

from __future__ import annotations

from shared.bootstrap import Services
from shared.errors import RecentSignInRequired, TwoStepRequired
from shared.identity.credentials import check_current_password
from shared.identity.principal import Principal
from shared.identity.records import ACCOUNT_ID, USERS, two_factor_on
from shared.identity.refresh import sign_in_started_ms

RECENT_SIGN_IN_S = 600  # a sign-in this recent (seconds) stands for the password


async def confirm_presence(services: Services, principal: Principal, password: str | None, field: str) -> None:
    """Return when the caller has proved presence: `password` is the account's current one (InvalidInput naming
    `field` when wrong, 429 past the password-check limit), or no password was given and this sign-in began at most
    `RECENT_SIGN_IN_S` seconds ago (and passed two-step sign-in when it is on). RecentSignInRequired otherwise."""
    if password:
        await check_current_password(services, principal, password, field)
        return
    account = await services.store.read(USERS, principal.user_id, ACCOUNT_ID)
    started_ms = await sign_in_started_ms(services.store, principal.user_id, principal.session_id)
    age_s = services.clock().timestamp() - started_ms / 1000
    if started_ms <= 0 or not 0 <= age_s <= RECENT_SIGN_IN_S:
        if account.get("password_hash"):
            raise RecentSignInRequired("Type your password to confirm it is you.")
        raise RecentSignInRequired("Sign in again with Microsoft to confirm it is you, then try again.")
    if two_factor_on(account) and not principal.second_factor:
        raise TwoStepRequired("Sign in again with your two-step code to confirm it is you.")
