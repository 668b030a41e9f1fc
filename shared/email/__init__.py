"""Account email: one port (`port.EmailSender`), three adapters chosen by configuration (`build_sender`).

Azure Communication Services in Azure (`acs.py`), SMTP for self-hosting (`smtp.py`), and on embedded
defaults an outbox file the operator reads with `python -m shared.cli outbox` (`outbox.py`), so every
account flow (verification, password reset, security notices) works on one machine with no mail server.
"""

from __future__ import annotations

from shared.config import Settings
from shared.email.port import EmailMessage, EmailSender

__all__ = ["EmailMessage", "EmailSender", "build_sender"]


def build_sender(settings: Settings, acs_key: str = "") -> EmailSender:
    """The adapter for this configuration: ACS when its endpoint is set (`acs_key`, resolved from
    ACS_EMAIL_KEY_REF, or the managed identity), else SMTP when a host is set, else the outbox file."""
    if settings.acs_email_endpoint:
        from shared.email.acs import AcsSender

        return AcsSender(settings, acs_key)
    if settings.smtp_host:
        from shared.email.smtp import SmtpSender

        return SmtpSender(settings)
    from shared.email.outbox import OutboxSender

    return OutboxSender(settings.resolved_data_dir() / "outbox.jsonl")
