"""Request and response models of the auth, users and admin-users routers."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, field_validator

from shared.identity import consents, passwords, twostep_recovery
from shared.identity.principal import Role, Tier
from shared.identity.records import two_factor_on

DisplayName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]


# What `shared.identity.records.normalise_email` takes: no whitespace (but around it), an `@`, and a dot after
# the last one.
# One mailbox, as `records.normalise_email` checks it: a dot-atom local part and dot-separated domain labels, none
# empty, no RFC 5322 specials, whitespace or control characters (the checks after NFKC are stricter for letters
# beyond ASCII that fold into separators; tests/integration/test_openapi_conformance.py names that rule).
_ATOM = r'[^\s@(),:;<>\[\]\\"\x00-\x1f\x7f.]'
_EDGE = r'[^\s@(),:;<>\[\]\\"\x00-\x1f\x7f.\-]'  # a label's first and last character: not a hyphen either
_LABEL = rf"(?:{_EDGE}|{_EDGE}{_ATOM}*{_EDGE})"
EMAIL_PATTERN = rf"^\s*{_ATOM}+(?:\.{_ATOM}+)*@{_LABEL}(?:\.{_LABEL})+\.?\s*$"


class RegisterCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    consent_health_data: StrictBool = Field(
        description="Consent to the privacy notice's processing of health data (GDPR Art. 9): must be true",
        json_schema_extra={"const": True},
    )
    consent_ai_providers: StrictBool = Field(
        False, description="Opt in to sending profile and logs to an external AI provider (optional)"
    )

    @field_validator("consent_health_data")
    @classmethod
    def _consented(cls, value: bool) -> bool:
        if not value:
            raise ValueError("must be true: Vigor stores your profile and workouts only with your consent")
        return value

    email: str = Field(min_length=3, max_length=254, pattern=EMAIL_PATTERN)
    password: str = Field(
        min_length=passwords.MIN_LENGTH,
        max_length=passwords.MAX_LENGTH,
        description="At least 10 characters, at least 4 of them different, not a common password nor the email",
    )
    display_name: DisplayName = ""


class LoginCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    otp: str | None = Field(
        None, min_length=6, max_length=32,
        description="With two-step sign-in on: the 6-digit code from the authenticator app, or a recovery code",
    )  # fmt: skip


class UserPublic(BaseModel):
    id: str
    email: str
    display_name: str
    roles: list[Role]
    tier: Tier
    created_at: str
    email_verified: bool = False
    pending_email: str | None = Field(None, description="An address waiting for its verification link")
    local_sign_in: bool = Field(True, description="Signs in with an email and a Vigor secret (False: Microsoft only)")
    health_data_consent: bool = Field(False, description="Consented to the current privacy notice's health data use")
    ai_providers_opt_in: bool = Field(False, description="Opted in to external AI providers")
    two_factor: bool = Field(False, description="Two-step sign-in (an authenticator app's code) is on")
    microsoft_linked: bool = Field(False, description="A Microsoft account signs in to this account too")
    two_factor_removal_at: str | None = Field(
        None, description="When a two-step recovery asked for by email removes two-step sign-in (ISO 8601 UTC); "
        "any signed-in session can cancel it (DELETE /api/users/me/2fa/recovery)",
    )  # fmt: skip

    @classmethod
    def of(cls, account: dict[str, Any]) -> UserPublic:
        return cls(
            id=account["userId"],
            email=account.get("email", ""),
            display_name=account.get("display_name", ""),
            roles=account.get("roles", ["user"]),
            tier=account.get("tier", "free"),
            created_at=account.get("created_at", ""),
            email_verified=bool(account.get("email_verified")),
            pending_email=account.get("pending_email") or None,
            local_sign_in=bool(account.get("password_hash")),
            health_data_consent=consents.health_data(account),
            ai_providers_opt_in=consents.ai_providers(account),
            two_factor=two_factor_on(account),
            microsoft_linked=any(str(i).startswith("ms:") for i in account.get("identities", [])),
            two_factor_removal_at=twostep_recovery.waiting(account),
        )


class AdminUserPublic(UserPublic):
    disabled: bool
    identities: list[str]
    updated_at: str

    @classmethod
    def of(cls, account: dict[str, Any]) -> AdminUserPublic:
        base = UserPublic.of(account).model_dump()
        return cls(
            **base,
            disabled=bool(account.get("disabled")),
            identities=[i.split(":", 1)[0] for i in account.get("identities", [])],
            updated_at=account.get("updated_at", ""),
        )


class TokenPublic(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int
    user: UserPublic
    recovery_codes: list[str] | None = Field(
        None, description="Only when this sign-in turned two-step sign-in on (`confirmTotp`) or set it up again (an "
        "admin after a two-step recovery): ten single-use recovery codes, shown this once",
    )  # fmt: skip


class ProvidersPublic(BaseModel):
    providers: list[Literal["local", "microsoft"]]


class AdminUserList(BaseModel):
    items: list[AdminUserPublic]
    next_cursor: str | None


class TierUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tier: Tier


class RolesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    roles: list[Role] = Field(min_length=1, max_length=2)


class AuditRecordPublic(BaseModel):
    id: str
    actor: str
    action: str
    target: str
    details: dict[str, Any]
    at: str


class AuditPerson(BaseModel):
    """An account named in the log, as it is now."""

    display_name: str
    email: str


class AuditLogPublic(BaseModel):
    """A page of the log. `people` names the accounts its actors and targets are (user id -> who), looked up
    when read: the records themselves hold ids only."""

    items: list[AuditRecordPublic]
    next_cursor: str | None
    people: dict[str, AuditPerson] = {}


NewPassword = Annotated[str, Field(
    min_length=passwords.MIN_LENGTH, max_length=passwords.MAX_LENGTH,
    description="At least 10 characters, at least 4 of them different, not a common password nor the email",
)]  # fmt: skip
Token = Annotated[str, Field(min_length=20, max_length=100, description="The token from the emailed link")]


class ForgotPasswordCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=254, pattern=EMAIL_PATTERN)


class TwoStepRecoveryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=254, pattern=EMAIL_PATTERN)


class TwoStepRecoveryConfirm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: Token


class TwoStepRecoveryPublic(BaseModel):
    removal_at: str = Field(description="When two-step sign-in comes off (ISO 8601 UTC) unless a signed-in session "
                            "cancels it first; the account's address was told")  # fmt: skip


class ResetPasswordCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: Token
    new_password: NewPassword


class VerifyEmailCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: Token


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(min_length=1, max_length=1024)
    new_password: NewPassword


class AccountDeletion(BaseModel):
    """DELETE /api/users/me: the current password proves the owner is there (`identity.presence`)."""

    model_config = ConfigDict(extra="forbid")

    password: str | None = Field(
        None, min_length=1, max_length=1024,
        description="The current password; without it, only a sign-in made in the last 10 minutes may delete",
    )  # fmt: skip


class EmailChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    new_email: str = Field(min_length=3, max_length=254, pattern=EMAIL_PATTERN)
    current_password: str = Field(min_length=1, max_length=1024)


OtpCode = Annotated[
    str, Field(min_length=6, max_length=32, description="A 6-digit code from the app, or a recovery code")
]


class TotpStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str = Field(min_length=1, max_length=1024, description="The current password")


class MicrosoftLinkStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str = Field(min_length=1, max_length=1024, description="The current password")


class MicrosoftLinkPublic(BaseModel):
    url: str = Field(description="Microsoft's sign-in page: go there in this browser to finish linking")


class TotpSetupPublic(BaseModel):
    secret: str = Field(description="Base32 secret to type into an authenticator app")
    otpauth_uri: str = Field(description="The same as an otpauth:// URI (for a QR code)")


class TotpConfirm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: OtpCode


class TotpDisable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str = Field(min_length=1, max_length=1024)
    code: OtpCode


class AcceptedPublic(BaseModel):
    status: Literal["accepted"] = "accepted"
    detail: str


class SignInPublic(BaseModel):
    id: str
    device: str = Field(description="The browser and system it was made from, when known")
    created_at: str
    last_used_at: str
    current: bool = Field(description="The sign-in this request was made with")


class SignInList(BaseModel):
    items: list[SignInPublic]


class ConsentEntry(BaseModel):
    given: bool
    version: str | None = Field(None, description="The privacy notice version it was given or withdrawn under")
    at: str | None = Field(None, description="When (UTC, ISO 8601)")


class HealthConsentEntry(ConsentEntry):
    current: bool = Field(description="Given under the current notice (needed to store health data)")


class ConsentsPublic(BaseModel):
    notice_version: str
    health_data: HealthConsentEntry
    ai_providers: ConsentEntry


class ConsentsUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    health_data: StrictBool | None = Field(None, description="Consent to processing health data (false withdraws it)")
    ai_providers: StrictBool | None = Field(None, description="Opt in to (or out of) external AI providers")
