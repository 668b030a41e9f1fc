"""The email port: what an account flow sends, and the one method every adapter has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

Kind = Literal["verify_email", "password_reset", "two_factor_recovery", "security_notice", "inactive_warning"]


@dataclass(frozen=True)
class EmailMessage:
    """One plain-text email to one address. `kind` names the flow (for the outbox and counts, never the body)."""

    to: str
    subject: str
    text: str
    kind: Kind


class EmailSender(Protocol):
    """Sends account email. `send` raises `EmailFailed` when the message was not accepted (the caller's queue
    retries it); adapters never log a body, which can hold a single-use link."""

    name: str

    async def send(self, message: EmailMessage) -> None: ...

    async def close(self) -> None: ...


class EmailFailed(RuntimeError):
    """The mail service did not accept the message (its reason, without the message body)."""


def masked(address: str) -> str:
    """An address for a log line: the first letter and the domain ("z***@example.com")."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"
