"""Where identity documents live and how they are keyed.

users container (pk userId):   `account` (one per user), `profile`, `rtfam:<family>` (refresh-token families)
system container (pk pk):      `email:<sha256>` email index, `ms:<tid>:<oid>` identity links,
                               `throttle:<key hash>` failed sign-ins, `rl:<key>:<window>` rate-limit windows,
                               `msflow:<sha256>` sign-in flows, `audit:<YYYY-MM>` audit records

Emails never appear in system document ids or keys, only their hashes; an account's
email lives in its own partition and goes with it on deletion.
"""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from datetime import UTC, datetime
from typing import Any

from shared.errors import EmailNotVerified, ErrorList
from shared.store import containers

USERS = containers.USERS.name
SYSTEM = containers.SYSTEM.name
ACCOUNT_ID = "account"
PROFILE_ID = "profile"
ACCOUNT_SECRETS = ("password_hash", "totp", "totp_pending")


def two_factor_on(account: dict[str, Any]) -> bool:
    """Whether the account has two-step sign-in on (`identity.twofactor`)."""
    return bool((account.get("totp") or {}).get("secret"))


def two_factor_id(account: dict[str, Any]) -> str:
    """Which authenticator the account has now: its setup's id, or when it was turned on (setups before ids)."""
    totp = account.get("totp") or {}
    return str(totp.get("id") or totp.get("enabled_at") or "")


def address_proven(account: dict[str, Any]) -> bool:
    """Whether someone proved they hold this account's identity: its address confirmed with an emailed link, or a
    Microsoft identity (verified by Microsoft's signature). A local account whose address is not confirmed may have
    been registered by anyone who typed that address first."""
    return bool(account.get("email_verified")) or any(str(i).startswith("ms:") for i in account.get("identities", []))


def require_verified_email(account: dict[str, Any], action: str) -> None:
    """EmailNotVerified (403) unless the account's address is confirmed: `action` ("turn on two-step sign-in")
    waits for it. Actions that could lock the address's owner out, or outlive the owner's password reset, are
    refused to whoever registered an address first (the attacker review of issue 17: a squatter turned on two-step
    sign-in and the owner's reset could not get in); docs/decisions.md, "What waits for a confirmed address"."""
    if not account.get("email_verified"):
        raise EmailNotVerified(
            f"Confirm your email address before you {action}: open the link we emailed you (or ask for a new one "
            "under Account, security)."
        )


# How long a Microsoft sign-in flow (stored document and its browser cookie) stays usable.
MS_FLOW_TTL_S = 600


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_user_id() -> str:
    return uuid.uuid4().hex


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


_EMAIL_SPECIALS = frozenset('(),:;<>[]\\"')


def normalise_email(raw: str) -> str:
    """NFKC, trimmed, lowercased; InvalidInput (field `email`) when it is not an address."""
    email = unicodedata.normalize("NFKC", raw).strip().lower()
    at_local, at, at_domain = email.rpartition("@")
    if at and at_domain.endswith(".") and "." in at_domain.rstrip("."):
        # A trailing dot names the same domain ("example.com." is "example.com"): one account per address.
        email = f"{at_local}@{at_domain.rstrip('.')}"
    errors = ErrorList()
    local, _, domain = email.rpartition("@")
    # One mailbox, as RFC 5322's dot-atom spells it: no list separators, display-name brackets, quotes or control
    # characters, which a mail server may read as more addresses than the one stored (the attacker review of issue
    # 17: "a@x.com,b@y.com" was mailed to both). Letters beyond ASCII stay allowed (RFC 6531).
    odd = any(c.isspace() or c in _EMAIL_SPECIALS or unicodedata.category(c)[0] == "C" for c in email)
    dots = local.startswith(".") or local.endswith(".") or ".." in local or ".." in domain
    labels = domain.split(".")
    bad_domain = any(not label or label.startswith("-") or label.endswith("-") for label in labels)
    if not local or "." not in domain or len(email) > 254 or odd or dots or bad_domain or "@" in local:
        errors.add("email", "must be an email address")
    errors.raise_if_any()
    return email


def email_key(email: str) -> str:
    """The system container key for an (already normalised) email."""
    return "email:" + sha256(email)


def ms_identity(tenant_id: str, object_id: str) -> str:
    return f"ms:{tenant_id}:{object_id}"


def system_doc(key: str, **fields: Any) -> dict[str, Any]:
    """A system container document that is its own partition (spreads load; point reads only)."""
    return {"id": key, "pk": key, **fields}


def new_account(
    user_id: str, email: str, display_name: str, password_hash: str | None, identity: str
) -> dict[str, Any]:
    created = now_iso()
    return {
        "id": ACCOUNT_ID,
        "userId": user_id,
        "type": "account",
        "email": email,
        "email_verified": False,
        "display_name": display_name,
        "password_hash": password_hash,
        "roles": ["user"],
        "tier": "free",
        "disabled": False,
        "identities": [identity],
        "created_at": created,
        "updated_at": created,
        "last_active": created[:10],  # `identity.activity`: the retention schedule's measure
        "search": f"{email} {display_name}".lower(),
    }


def public_account(account: dict[str, Any]) -> dict[str, Any]:
    """The account without secrets or store internals."""
    return {k: v for k, v in account.items() if k not in ACCOUNT_SECRETS and k != "search" and not k.startswith("_")}
