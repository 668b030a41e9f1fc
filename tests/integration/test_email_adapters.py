"""The email port's adapters through their real clients: SMTP (aiosmtplib) against a real SMTP server run
here (aiosmtpd on 127.0.0.1), Azure Communication Services (its SDK) against a fake endpoint, and the
local outbox with its CLI. A reset email's link reaches the recipient through each."""

from __future__ import annotations

import asyncio
import email
from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from shared.config import load_settings
from shared.email import EmailMessage, build_sender
from shared.email.port import EmailFailed
from tests.support.fake_acs_email import running_fake_acs_email
from tests.support.net import free_port

LINK = "https://vigor.example/reset-password#token=abc"
MESSAGE = EmailMessage("runner@example.com", "Reset your Vigor password", f"Set one:\n\n{LINK}", "password_reset")


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox, port = _Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


async def test_smtp_delivers_a_plain_text_message_to_a_real_server(
    smtp_server: tuple[_Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp_server
    for name, value in {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port), "SMTP_SECURITY": "none",
                        "EMAIL_FROM": "Vigor <accounts@vigor.example>"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    sender = build_sender(load_settings())
    assert sender.name == "smtp"
    await sender.send(MESSAGE)
    assert inbox.envelopes == [("accounts@vigor.example", ["runner@example.com"])]
    received = inbox.messages[0]
    assert received["Subject"] == "Reset your Vigor password" and received["Auto-Submitted"] == "auto-generated"
    payload = received.get_payload(decode=True)
    assert isinstance(payload, bytes) and b"#token=abc" in payload


async def test_smtp_that_cannot_be_reached_fails_for_the_queue_to_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(free_port()), "SMTP_SECURITY": "none",
                        "EMAIL_TIMEOUT_S": "2"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    with pytest.raises(EmailFailed) as failed:
        await build_sender(load_settings()).send(MESSAGE)
    assert "token" not in str(failed.value)  # the reason, never the message


async def test_communication_services_sends_through_its_sdk(monkeypatch: pytest.MonkeyPatch) -> None:
    with running_fake_acs_email() as fake:
        monkeypatch.setenv("ACS_EMAIL_ENDPOINT", fake.url)
        monkeypatch.setenv("EMAIL_FROM", "Vigor <DoNotReply@vigor.example>")
        sender = build_sender(load_settings(), acs_key="a2V5LWZvci10ZXN0cw==")
        assert sender.name == "acs"
        try:
            await sender.send(MESSAGE)
            fake.fail = "Failed"
            with pytest.raises(EmailFailed):
                await sender.send(MESSAGE)
        finally:
            await sender.close()
    body = fake.sent[0]
    assert body["senderAddress"] == "DoNotReply@vigor.example"
    assert body["recipients"]["to"] == [{"address": "runner@example.com"}]
    assert body["content"]["subject"] == MESSAGE.subject and "#token=abc" in body["content"]["plainText"]
    assert body["userEngagementTrackingDisabled"] is True
    authorization, content_hash = fake.auth[0]
    assert authorization.startswith("HMAC-SHA256") and content_hash  # signed with the key, as Azure requires


async def test_the_outbox_keeps_messages_for_the_operators_cli(
    isolated_settings: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from shared.cli import main

    sender = build_sender(load_settings())
    assert sender.name == "outbox"
    await asyncio.gather(*(sender.send(MESSAGE) for _ in range(3)))
    assert main(["outbox", "--to", "RUNNER@example.com", "--limit", "2"]) == 0
    shown = capsys.readouterr().out
    assert shown.count("Reset your Vigor password") == 2 and "#token=abc" in shown
