"""Password hashing (argon2id) and the password policy.

Cost: argon2id, t=2, m=32 MiB, p=1 (above OWASP's minimum of m=19 MiB). On the
2-core build machines one verify takes ~80 ms when idle, inside the 50-150 ms target for a login;
`benchmarks/bench_auth.py` measures it. Hashing and verifying run in a worker thread so the
event loop keeps serving other requests.
"""

from __future__ import annotations

import asyncio
import unicodedata
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from shared.errors import ErrorList

MIN_LENGTH = 10
MAX_LENGTH = 256  # argon2 accepts more, but a megabyte "password" is a CPU attack, not a password
TIME_COST = 2
MEMORY_COST_KIB = 32 * 1024
PARALLELISM = 1

_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM)
_COMMON_FILE = Path(__file__).with_name("common_passwords.txt")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lowercased (loaded on first use, not at import)."""
    lines = _COMMON_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def normalise(password: str) -> str:
    """NFKC, so the same password typed on different keyboards hashes the same."""
    return unicodedata.normalize("NFKC", password)


def check_policy(password: str, email: str = "") -> None:
    """Raise InvalidInput (field `password`) unless the password is long enough and not common."""
    errors = ErrorList()
    candidate = normalise(password)
    # The length as typed, as the OpenAPI schema's minLength and maxLength count it (NFKC may join or split
    # characters: a password the schema accepts is not refused for its length).
    if len(password) < MIN_LENGTH:
        errors.add("password", f"must be at least {MIN_LENGTH} characters")
    elif len(password) > MAX_LENGTH:
        errors.add("password", f"must be at most {MAX_LENGTH} characters")
    elif candidate.lower() in common_passwords() or len(set(candidate)) < 4:
        errors.add("password", "is too common; choose a longer phrase that is not on lists of common passwords")
    elif email and candidate.lower() in {email.lower(), email.split("@")[0].lower()}:
        errors.add("password", "must not be your email address")
    errors.raise_if_any("The password does not meet the policy")


def hash_password_sync(password: str) -> str:
    return _hasher.hash(normalise(password))


def verify_password_sync(stored_hash: str, password: str) -> bool:
    """True when the password matches; False on mismatch or an unreadable hash (never raises)."""
    try:
        return _hasher.verify(stored_hash, normalise(password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A hash of a random secret, verified when the email is unknown so timing does not tell."""
    import secrets

    return hash_password_sync(secrets.token_urlsafe(32))


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(hash_password_sync, password)


async def verify_password(stored_hash: str | None, password: str) -> bool:
    """Verify against the stored hash, or against a dummy hash (same cost) when there is none."""
    if not stored_hash:
        await asyncio.to_thread(verify_password_sync, dummy_hash(), password)
        return False
    return await asyncio.to_thread(verify_password_sync, stored_hash, password)
