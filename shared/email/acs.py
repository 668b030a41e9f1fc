"""Azure: account email through Azure Communication Services Email (its SDK), with the app's managed
identity, or a key from Key Vault when ACS_EMAIL_KEY_REF names one."""

from __future__ import annotations

from typing import Any

from shared.config import Settings
from shared.email.port import EmailFailed, EmailMessage


class AcsSender:
    name = "acs"

    def __init__(self, settings: Settings, key: str = "") -> None:
        self.settings = settings
        self.key = key
        self._client: Any = None
        self._credential: Any = None

    def _get_client(self) -> Any:
        if self._client is None:
            from azure.communication.email.aio import EmailClient

            if self.key:
                from azure.core.credentials import AzureKeyCredential

                self._credential = AzureKeyCredential(self.key)
            else:
                from azure.identity.aio import DefaultAzureCredential

                self._credential = DefaultAzureCredential()
            self._client = EmailClient(self.settings.acs_email_endpoint, self._credential)
        return self._client

    async def send(self, message: EmailMessage) -> None:
        from azure.core.exceptions import AzureError

        sender = self.settings.email_from
        address = sender[sender.find("<") + 1 : sender.rfind(">")] if "<" in sender else sender
        body = {
            "senderAddress": address,
            "recipients": {"to": [{"address": message.to}]},
            "content": {"subject": message.subject, "plainText": message.text},
            "headers": {"Auto-Submitted": "auto-generated"},
            "userEngagementTrackingDisabled": True,  # no tracking pixels or rewritten links in security mail
        }
        try:
            poller = await self._get_client().begin_send(body, polling_interval=1)
            result = await poller.result()
        except AzureError as exc:
            raise EmailFailed(f"Communication Services: {type(exc).__name__}") from None
        status = str((result or {}).get("status", ""))
        if status.lower() != "succeeded":
            raise EmailFailed(f"Communication Services: send ended {status or 'without a status'}")

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
        if self._credential is not None and hasattr(self._credential, "close"):
            await self._credential.close()
