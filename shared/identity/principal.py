"""Who is calling: what every authenticated handler receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["user", "admin"]
Tier = Literal["free", "premium", "unlimited"]


@dataclass(frozen=True)
class Principal:
    """The authenticated caller, taken from a verified access token (and the account's current state)."""

    user_id: str
    roles: frozenset[str]
    tier: str
    email: str = ""
    session_id: str = ""  # the sign-in (refresh family) this request's access token belongs to

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles
