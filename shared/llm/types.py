"""The gateway's vocabulary: tasks, provider configs, requests, completions and provider errors."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

Task = Literal["plan", "chat", "daily_message", "analysis"]
TASKS: tuple[Task, ...] = ("plan", "chat", "daily_message", "analysis")
ProviderKind = Literal["openai", "azure_openai", "gemini", "openai_compatible", "engine"]
ApiStyle = Literal["chat_completions", "responses"]
ErrorKind = Literal["timeout", "rate_limited", "server", "client", "auth", "malformed", "network", "budget"]
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_REF = re.compile(r"^[A-Za-z0-9_-]{0,127}$")
_KEY_REF = re.compile(r"(^|[_-])(llm|openai|gemini|genai)([_-]|$)|api[_-]?key$", re.IGNORECASE)
# Vigor's own secrets: never resolvable as a provider key (an admin could otherwise send them to any URL).
_VIGOR_SECRETS = frozenset({"JWT_SIGNING_KEY", "COSMOS_KEY", "AZUREWEBJOBSSTORAGE", "STORAGE_CONNECTION_STRING",
                            "APPLICATIONINSIGHTS_CONNECTION_STRING", "MICROSOFT_CLIENT_SECRET"})  # fmt: skip


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class ProviderConfig(BaseModel):
    """One configured provider (admin-managed; stored without any key, only a reference to one)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(
        max_length=63, description="Stable slug, e.g. openai-mini", json_schema_extra={"pattern": _ID.pattern}
    )
    kind: ProviderKind
    model: str = Field(min_length=1, max_length=100)
    priority: int = Field(default=100, ge=0, le=10_000, description="Lower is tried first", strict=True)
    enabled: StrictBool = True
    tasks: list[Task] = Field(default_factory=lambda: list(TASKS), max_length=4)
    timeout_s: float = Field(default=20.0, gt=0, le=300, strict=True)
    max_output_tokens: int = Field(default=2048, ge=16, le=65_536, strict=True)
    base_url: str = Field(default="", max_length=300)
    api_style: ApiStyle = "chat_completions"
    api_version: str = Field(default="", max_length=40, description="Azure OpenAI API version")
    api_key_ref: str = Field(
        default="",
        max_length=127,
        description="Key Vault secret name (or, locally, environment variable) holding the key",
        json_schema_extra={"pattern": _REF.pattern},
    )

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("lowercase letters, digits, '-' and '_' only")
        return value

    @field_validator("api_key_ref")
    @classmethod
    def _ref(cls, value: str) -> str:
        if not _REF.match(value):
            raise ValueError("a secret or variable name: letters, digits, '-' and '_' only")
        if value and (not _KEY_REF.search(value) or value.upper().replace("-", "_") in _VIGOR_SECRETS):
            # The key is sent to the provider's URL: only secrets named for an AI provider may be, never Vigor's own.
            raise ValueError("must name an AI provider's key (containing llm, openai, gemini or ending in api-key)")
        return value

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value:
            return value
        value = value.rstrip("/")
        if any(c.isspace() or ord(c) < 32 for c in value):
            raise ValueError("must be a URL without spaces or control characters")
        parts = urlsplit(value)
        host = parts.hostname or ""
        local = host in ("127.0.0.1", "localhost", "::1")
        if parts.username or parts.password or not host or parts.scheme not in ("https", "http"):
            raise ValueError("must be an https:// URL with a host name")
        if parts.scheme == "http" and not local:
            raise ValueError("must be an https:// URL (http only for 127.0.0.1 or localhost)")
        if _is_ip(host) and not local:
            raise ValueError("must name the provider's host, not an IP address")
        return value

    @property
    def paid(self) -> bool:
        return self.kind != "engine"


@dataclass
class Message:
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass
class CompletionRequest:
    """What a provider is asked: a fixed system prompt, delimited messages, optionally a JSON schema."""

    task: Task
    system: str
    messages: list[Message]
    json_schema: dict[str, Any] | None = None
    schema_name: str = "answer"
    max_output_tokens: int = 1024
    context: dict[str, Any] = field(default_factory=dict)  # typed inputs for the engine (profile, figures)


@dataclass
class Completion:
    text: str
    tokens_in: int = 0
    tokens_out: int = 0
    data: Any = None  # a ready-made structured answer (the engine's plan)


FINISHED = "stop"  # the finish reason of a complete answer


@dataclass
class StreamDelta:
    """One streamed piece: a token, the usage totals, and (on the provider's last piece) why it ended.

    `finish` is `stop` (FINISHED: a complete answer), `length` (the output token limit) or another
    reason the provider gave (`content_filter`, `safety`...): anything but `stop` ends a partial answer.
    A stream that ends without any finish was cut (the provider never said it was done).
    """

    text: str = ""
    tokens_in: int | None = None
    tokens_out: int | None = None
    finish: str | None = None


class ProviderError(Exception):
    """A provider attempt failed; `retryable` and `retry_after` steer the gateway's retry loop.

    The message never carries the provider's response body (it may echo headers or prompts).
    """

    def __init__(self, kind: ErrorKind, message: str, retryable: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.kind = kind
        self.retryable = retryable
        self.retry_after = retry_after
