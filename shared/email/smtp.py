"""Self-hosting: account email through an SMTP server (aiosmtplib), STARTTLS by default."""

from __future__ import annotations

import email.message
import email.utils

import aiosmtplib

from shared.config import Settings
from shared.email.port import EmailFailed, EmailMessage


class SmtpSender:
    name = "smtp"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(self, message: EmailMessage) -> None:
        s = self.settings
        mail = email.message.EmailMessage()
        mail["From"] = s.email_from
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail["Date"] = email.utils.formatdate(localtime=False)
        mail["Message-ID"] = email.utils.make_msgid(domain=email.utils.parseaddr(s.email_from)[1].partition("@")[2])
        mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies to these
        mail.set_content(message.text)
        try:
            await aiosmtplib.send(
                mail, hostname=s.smtp_host, port=s.smtp_port, username=s.smtp_username or None,
                password=s.smtp_password or None, start_tls=s.smtp_security == "starttls",
                use_tls=s.smtp_security == "tls", timeout=s.email_timeout_s,
            )  # fmt: skip
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise EmailFailed(f"SMTP {s.smtp_host}:{s.smtp_port}: {type(exc).__name__}") from None

    async def close(self) -> None:
        return None
