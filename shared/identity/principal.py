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
    # The user's opt-in to sending their profile and logs to an external AI provider (`identity.consents`);
    # without it, plans and coach answers come from Vigor's own engine and offline coach only.
    ai_providers: bool = False
    health_data: bool = False  # consent to the current privacy notice's processing of health data
    # This sign-in passed a second factor: a TOTP or recovery code, or a Microsoft sign-in whose ID token reports
    # multi-factor (`amr` "mfa") or, without `amr`, made with one organisation's tenant as the authority
    # (`microsoft.sign_in_methods`); admin routes ask for it.
    second_factor: bool = False

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles
