"""Typed settings, read from the environment (and local.settings.json's Values, like Core Tools).

Every setting Vigor reads is a field here, under the exact name an operator sets;
`local.settings.sample.json` and infra/ declare the same names (a test keeps them in step).
An invalid value stops the app at start with a message naming the setting.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(RuntimeError):
    """Raised at start when a setting is missing or invalid; the message names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(case_sensitive=True, extra="ignore", populate_by_name=False)

    environment: Literal["development", "test", "production"] = Field(
        "development", validation_alias=AliasChoices("VIGOR_ENV")
    )
    data_dir: Path = Field(Path(".data"), validation_alias=AliasChoices("VIGOR_DATA_DIR"))
    host: str = Field("127.0.0.1", validation_alias=AliasChoices("VIGOR_HOST"))
    port: int = Field(7071, ge=1, le=65535, validation_alias=AliasChoices("VIGOR_PORT"))
    workers: int = Field(0, ge=0, le=64, validation_alias=AliasChoices("VIGOR_WORKERS"))
    static_dir: Path = Field(REPO_ROOT / "static_web" / "dist", validation_alias=AliasChoices("VIGOR_STATIC_DIR"))
    max_body_bytes: int = Field(
        256 * 1024, ge=1024, le=10 * 1024 * 1024, validation_alias=AliasChoices("VIGOR_MAX_BODY_BYTES")
    )
    # Whose X-Forwarded-For hops to skip to find the client (`shared.identity.addresses`): `none` reads the socket
    # peer, `private` (the default in production: Azure's front ends) skips private and loopback hops from the
    # right, or comma-separated networks (CIDR) of the proxies in front. Empty: by environment.
    trusted_proxies: str = Field("", validation_alias=AliasChoices("VIGOR_TRUSTED_PROXIES"))
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", validation_alias=AliasChoices("VIGOR_LOG_LEVEL")
    )

    # Cosmos DB: set the endpoint to use it; without a key the managed identity is used.
    cosmos_endpoint: str = Field("", validation_alias=AliasChoices("COSMOS_ENDPOINT"))
    cosmos_key: str = Field("", validation_alias=AliasChoices("COSMOS_KEY"))
    cosmos_database: str = Field("vigor", min_length=1, validation_alias=AliasChoices("COSMOS_DATABASE"))
    cosmos_verify_tls: bool = Field(True, validation_alias=AliasChoices("COSMOS_VERIFY_TLS"))

    # Storage queues: a connection string, or a queue service URI for identity-based access.
    azure_webjobs_storage: str = Field("", validation_alias=AliasChoices("AzureWebJobsStorage"))
    azure_webjobs_storage_queue_uri: str = Field(
        "", validation_alias=AliasChoices("AzureWebJobsStorage__queueServiceUri")
    )
    # Blob storage for staged imports (`shared/blobs`): the same account's blob service URI for identity-based
    # access; or the connection string above when it names a blob endpoint (or names none, deriving them all).
    azure_webjobs_storage_blob_uri: str = Field(
        "", validation_alias=AliasChoices("AzureWebJobsStorage__blobServiceUri")
    )

    key_vault_url: str = Field("", validation_alias=AliasChoices("KEY_VAULT_URL"))
    # Client id of the user-assigned managed identity in Azure (empty: system-assigned or developer login).
    # DefaultAzureCredential reads the same variable itself; telemetry's ManagedIdentityCredential is given it.
    azure_client_id: str = Field("", max_length=64, validation_alias=AliasChoices("AZURE_CLIENT_ID"))
    applicationinsights_connection_string: str = Field(
        "", validation_alias=AliasChoices("APPLICATIONINSIGHTS_CONNECTION_STRING")
    )

    # Optional second opinion on coach text from Azure AI Content Safety (shared/safety/content_safety.py).
    content_safety_endpoint: str = Field("", validation_alias=AliasChoices("CONTENT_SAFETY_ENDPOINT"))
    content_safety_key_ref: str = Field(
        "", max_length=127, validation_alias=AliasChoices("CONTENT_SAFETY_KEY_REF"),
        description="Key Vault secret (or, locally, environment variable) with the key; managed identity when empty",
    )  # fmt: skip
    content_safety_timeout_s: float = Field(2.0, gt=0, le=30, validation_alias=AliasChoices("CONTENT_SAFETY_TIMEOUT_S"))

    # LLM gateway (shared/llm): retries, breakers, cache, quota reservation.
    llm_max_attempts: int = Field(2, ge=1, le=5, validation_alias=AliasChoices("LLM_MAX_ATTEMPTS"))
    llm_backoff_base_s: float = Field(0.5, ge=0, le=10, validation_alias=AliasChoices("LLM_BACKOFF_BASE_S"))
    llm_backoff_cap_s: float = Field(8.0, ge=0, le=60, validation_alias=AliasChoices("LLM_BACKOFF_CAP_S"))
    llm_first_token_timeout_s: float = Field(
        8.0, gt=0, le=120, validation_alias=AliasChoices("LLM_FIRST_TOKEN_TIMEOUT_S")
    )
    # The paid providers' share of a request a person waits on (chat, workout analysis): past it the engine answers.
    # Under the Static Web App's ~45 s cut of a backend call (docs/deploy.md), with room for the engine and the store.
    llm_request_deadline_s: float = Field(30.0, gt=0, le=600, validation_alias=AliasChoices("LLM_REQUEST_DEADLINE_S"))
    llm_cache_ttl_s: int = Field(3600, ge=0, le=30 * 86400, validation_alias=AliasChoices("LLM_CACHE_TTL_S"))
    llm_reserve_usd: float = Field(0.02, ge=0, le=10, validation_alias=AliasChoices("LLM_RESERVE_USD"))
    llm_defer_accounting: bool = Field(True, validation_alias=AliasChoices("LLM_DEFER_ACCOUNTING"))
    llm_breaker_failures: int = Field(3, ge=1, le=100, validation_alias=AliasChoices("LLM_BREAKER_FAILURES"))
    llm_breaker_failure_rate: float = Field(0.5, gt=0, le=1, validation_alias=AliasChoices("LLM_BREAKER_FAILURE_RATE"))
    llm_breaker_min_calls: int = Field(10, ge=1, le=10_000, validation_alias=AliasChoices("LLM_BREAKER_MIN_CALLS"))
    llm_breaker_window_s: float = Field(60.0, gt=0, le=3600, validation_alias=AliasChoices("LLM_BREAKER_WINDOW_S"))
    llm_breaker_cooldown_s: float = Field(30.0, gt=0, le=3600, validation_alias=AliasChoices("LLM_BREAKER_COOLDOWN_S"))

    # Identity: Vigor's own tokens. In production the signing key must be set (Key Vault reference) and strong;
    # elsewhere an empty key means "generate one and keep it in the data dir".
    jwt_signing_key: str = Field("", validation_alias=AliasChoices("JWT_SIGNING_KEY"))
    # Two-step sign-in secrets are encrypted at rest under this key ring ("id:key,id:key"; the first encrypts, all
    # decrypt: shared.identity.secretbox). Required in production (a Key Vault reference); elsewhere empty means a
    # key generated in the data dir.
    totp_encryption_keys: str = Field("", validation_alias=AliasChoices("TOTP_ENCRYPTION_KEYS"))
    # Session cookies named with the `__Host-` prefix (Secure, Path=/, no Domain): "auto" where the request came
    # over HTTPS (directly or from a trusted proxy), "on" always (Azure), "off" never (functions/http/cookies.py).
    host_cookies: Literal["auto", "on", "off"] = Field("auto", validation_alias=AliasChoices("VIGOR_HOST_COOKIES"))
    jwt_issuer: str = Field("vigor", min_length=1, validation_alias=AliasChoices("JWT_ISSUER"))
    jwt_audience: str = Field("vigor-api", min_length=1, validation_alias=AliasChoices("JWT_AUDIENCE"))
    access_token_minutes: int = Field(15, ge=1, le=60, validation_alias=AliasChoices("ACCESS_TOKEN_MINUTES"))
    refresh_token_days: int = Field(30, ge=1, le=90, validation_alias=AliasChoices("REFRESH_TOKEN_DAYS"))
    # Seconds after a rotation in which the old refresh token answers the new one (concurrent tabs) instead of
    # revoking its family as stolen; 0 turns the grace off.
    refresh_reuse_grace_s: int = Field(30, ge=0, le=300, validation_alias=AliasChoices("REFRESH_REUSE_GRACE_S"))
    # Comma-separated verified identities made admin at sign-in: `ms:<tenant id>:<object id>`, `email:<address>`.
    admin_identities: str = Field("", validation_alias=AliasChoices("ADMIN_IDENTITIES"))
    auth_rate_limit_per_ip: int = Field(30, ge=1, validation_alias=AliasChoices("AUTH_RATE_LIMIT_PER_IP"))
    # Failed sign-ins are throttled, never locked out: after this many failures an (email, client address) pair,
    # or an address across all emails, waits 1 s, then twice as long after each further failure, up to the cap.
    login_free_failures: int = Field(5, ge=1, le=100, validation_alias=AliasChoices("LOGIN_FREE_FAILURES"))
    login_free_failures_per_ip: int = Field(
        20, ge=1, le=1000, validation_alias=AliasChoices("LOGIN_FREE_FAILURES_PER_IP")
    )
    # An email across every address (a guesser rotating addresses), except at addresses where that account
    # signed in within the last 30 days: the owner there is never refused for a stranger's guesses.
    login_free_failures_per_account: int = Field(
        20, ge=1, le=1000, validation_alias=AliasChoices("LOGIN_FREE_FAILURES_PER_ACCOUNT")
    )
    login_max_delay_s: int = Field(900, ge=1, le=86400, validation_alias=AliasChoices("LOGIN_MAX_DELAY_S"))
    # Sign in with Microsoft: configured when the client id, secret and redirect URI are all set.
    microsoft_client_id: str = Field("", validation_alias=AliasChoices("MICROSOFT_CLIENT_ID"))
    microsoft_client_secret: str = Field("", validation_alias=AliasChoices("MICROSOFT_CLIENT_SECRET"))
    microsoft_authority: str = Field(
        "https://login.microsoftonline.com/common", validation_alias=AliasChoices("MICROSOFT_AUTHORITY")
    )
    microsoft_redirect_uri: str = Field("", validation_alias=AliasChoices("MICROSOFT_REDIRECT_URI"))

    # Account email (shared/email): Azure Communication Services when its endpoint is set (managed identity),
    # else SMTP when a host is set (self-hosting), else the local outbox the operator reads (`cli outbox`).
    public_url: str = Field("", validation_alias=AliasChoices("PUBLIC_URL"))  # the web app's origin, for links
    email_from: str = Field("Vigor <no-reply@vigor.local>", validation_alias=AliasChoices("EMAIL_FROM"))
    acs_email_endpoint: str = Field("", validation_alias=AliasChoices("ACS_EMAIL_ENDPOINT"))
    acs_email_key_ref: str = Field("", validation_alias=AliasChoices("ACS_EMAIL_KEY_REF"))
    smtp_host: str = Field("", validation_alias=AliasChoices("SMTP_HOST"))
    smtp_port: int = Field(587, ge=1, le=65535, validation_alias=AliasChoices("SMTP_PORT"))
    smtp_username: str = Field("", validation_alias=AliasChoices("SMTP_USERNAME"))
    smtp_password: str = Field("", validation_alias=AliasChoices("SMTP_PASSWORD"))
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        "starttls", validation_alias=AliasChoices("SMTP_SECURITY")
    )
    email_timeout_s: float = Field(10.0, gt=0, le=60, validation_alias=AliasChoices("EMAIL_TIMEOUT_S"))
    # Privacy: the youngest age Vigor accepts in a profile (the GDPR's age of digital consent is 16 by default).
    minimum_age: int = Field(16, ge=13, le=21, validation_alias=AliasChoices("MINIMUM_AGE"))
    # Retention: coach messages and conversations expire this many days after their last write (0 keeps them).
    coach_history_days: int = Field(365, ge=0, le=3650, validation_alias=AliasChoices("COACH_HISTORY_DAYS"))
    # Retention: an account unused this many years is deleted with all its data (0 keeps accounts), after a warning
    # email this many days before (`maintenance.retention`).
    inactive_account_years: int = Field(3, ge=0, le=20, validation_alias=AliasChoices("INACTIVE_ACCOUNT_YEARS"))
    inactive_warning_days: int = Field(30, ge=1, le=180, validation_alias=AliasChoices("INACTIVE_WARNING_DAYS"))
    # Account security tokens: how long a password-reset link and an email-verification link stay usable.
    reset_link_minutes: int = Field(30, ge=5, le=240, validation_alias=AliasChoices("RESET_LINK_MINUTES"))
    email_verify_hours: int = Field(48, ge=1, le=168, validation_alias=AliasChoices("EMAIL_VERIFY_HOURS"))
    # Two-step recovery without the app or a recovery code (`identity.twostep_recovery`): how long after the emailed
    # link is used two-step sign-in comes off, so the owner, told at once, can sign in and cancel it.
    two_factor_recovery_hours: int = Field(72, ge=1, le=720, validation_alias=AliasChoices("TWO_FACTOR_RECOVERY_HOURS"))
    # Admin routes ask a password sign-in to have passed two-step sign-in (`identity.twofactor`); off only for a
    # deployment whose admins sign in with Microsoft under their organisation's own multi-factor policy.
    admin_two_factor: bool = Field(True, validation_alias=AliasChoices("ADMIN_TWO_FACTOR"))

    # Web Push (shared/notifications): the VAPID private key (a Key Vault reference in Azure; base64url raw P-256
    # key or PEM). Empty outside production means a key generated once in the data dir; in production, push is off.
    vapid_private_key: str = Field("", validation_alias=AliasChoices("VAPID_PRIVATE_KEY"))
    # Who push services may contact about Vigor's pushes (RFC 8292 `sub`: a mailto: or https: URL).
    vapid_subject: str = Field(
        "mailto:no-reply@vigor.local", pattern=r"^(mailto:[^@\s]+@[^@\s]+|https://\S+)$",
        validation_alias=AliasChoices("VAPID_SUBJECT"),
    )  # fmt: skip
    # The public calendar feed (shared/calendar): requests per feed URL per minute, and how many weeks it shows.
    calendar_feed_per_minute: int = Field(30, ge=1, le=1000, validation_alias=AliasChoices("CALENDAR_FEED_PER_MINUTE"))
    calendar_feed_weeks: int = Field(6, ge=1, le=12, validation_alias=AliasChoices("CALENDAR_FEED_WEEKS"))

    @field_validator(
        "jwt_signing_key",
        "microsoft_client_secret",
        "cosmos_key",
        "azure_webjobs_storage",
        "smtp_password",
        "totp_encryption_keys",
        "vapid_private_key",
    )
    @classmethod
    def _resolved_secret(cls, value: str) -> str:
        # App Service passes the reference text through when it cannot resolve a Key Vault reference:
        # treat that as a missing secret, never as the secret itself.
        if value.startswith("@Microsoft.KeyVault("):
            raise ValueError("is an unresolved Key Vault reference (check the app's identity and the secret name)")
        return value

    @field_validator("jwt_signing_key")
    @classmethod
    def _strong_key_in_production(cls, value: str, info: ValidationInfo) -> str:
        if value and len(value.encode()) < 32:
            raise ValueError("must be at least 32 bytes (use a random 64-character string)")
        if not value and info.data.get("environment") == "production":
            raise ValueError("is required in production (a Key Vault reference to a random 64-character string)")
        return value

    @field_validator("totp_encryption_keys")
    @classmethod
    def _key_ring(cls, value: str, info: ValidationInfo) -> str:
        from shared.identity.secretbox import parse_key_ring

        if not parse_key_ring(value) and info.data.get("environment") == "production":
            raise ValueError("is required in production (a Key Vault reference to 'id:<random 64-character string>')")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies_by_environment(cls, value: str, info: ValidationInfo) -> str:
        from shared.identity.addresses import proxy_networks

        value = value.strip() or ("private" if info.data.get("environment") == "production" else "none")
        proxy_networks(value)  # ValueError names the bad network
        return value

    @field_validator("microsoft_authority")
    @classmethod
    def _https_authority(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError("must be an https:// URL")
        return value.rstrip("/")

    @property
    def microsoft_single_tenant(self) -> bool:
        """The authority names one organisation's tenant (not common, organizations or consumers): only its
        accounts sign in, under its own Conditional Access rules."""
        return self.microsoft_authority.rsplit("/", 1)[-1].lower() not in ("common", "organizations", "consumers")

    @property
    def microsoft_configured(self) -> bool:
        return bool(self.microsoft_client_id and self.microsoft_client_secret and self.microsoft_redirect_uri)

    @field_validator(
        "cosmos_endpoint", "key_vault_url", "azure_webjobs_storage_queue_uri", "azure_webjobs_storage_blob_uri",
        "content_safety_endpoint", "acs_email_endpoint",
    )  # fmt: skip
    @classmethod
    def _https_or_empty(cls, value: str) -> str:
        if value and not value.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("must be an https:// URL")
        return value

    @property
    def uses_cosmos(self) -> bool:
        return bool(self.cosmos_endpoint)

    @property
    def uses_azure_queues(self) -> bool:
        return bool(self.azure_webjobs_storage or self.azure_webjobs_storage_queue_uri)

    @property
    def uses_azure_blobs(self) -> bool:
        """Blob Storage for staged files: a blob service URI, or a connection string that names a blob endpoint
        or no endpoint at all (one naming only a queue endpoint, as the queue tests' Azurite, keeps the directory)."""
        text = self.azure_webjobs_storage
        return bool(self.azure_webjobs_storage_blob_uri) or bool(
            text and ("BlobEndpoint=" in text or "QueueEndpoint=" not in text)
        )

    @field_validator("static_dir")
    @classmethod
    def _relative_to_repo(cls, value: Path) -> Path:
        return value if value.is_absolute() else REPO_ROOT / value

    def web_origin(self) -> str:
        """Where links in emails point: PUBLIC_URL, else the local host's own address."""
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    def resolved_data_dir(self) -> Path:
        return _ensure_dir(self.data_dir if self.data_dir.is_absolute() else REPO_ROOT / self.data_dir)


@lru_cache(maxsize=8)
def _ensure_dir(path: Path) -> Path:
    """Create the data dir once per process (this runs on hot paths such as token checks)."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        name = item["loc"][0] if item["loc"] else "?"
        alias = Settings.model_fields[str(name)].validation_alias if str(name) in Settings.model_fields else None
        label = alias.choices[0] if isinstance(alias, AliasChoices) else name
        lines.append(f"setting {label}: {item['msg']}")
    return "Invalid configuration: " + "; ".join(lines)


def load_settings() -> Settings:
    """Parse settings from the environment; raise ConfigError naming the bad setting."""
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def setting_names() -> list[str]:
    """Every environment name Vigor reads (used by the config-coverage test and the sample file)."""
    names = []
    for info in Settings.model_fields.values():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            names.append(str(alias.choices[0]))
    return names


def apply_local_settings(path: Path | None = None) -> Path | None:
    """Copy local.settings.json `Values` into the environment (existing variables win), like Core Tools."""
    path = path or REPO_ROOT / "local.settings.json"
    if not path.exists():
        return None
    try:
        values = json.loads(path.read_text()).get("Values", {})
    except (json.JSONDecodeError, AttributeError) as exc:
        raise ConfigError(f"{path} is not valid JSON with a Values object: {exc}") from None
    for key, value in values.items():
        os.environ.setdefault(str(key), str(value))
    get_settings.cache_clear()
    return path
