"""Helpers for the coach chat suites (tests/integration/llm): a signed-up user with consents and a profile, a
streamed chat read as the user saw it, and what the conversation stored. Used with the `services` and `fake`
fixtures of tests/integration/llm/conftest.py."""

from __future__ import annotations

from typing import Any

from shared.bootstrap import Services
from shared.coach import chat
from shared.coach.messages import recent_messages
from shared.identity import accounts, consents
from shared.identity.principal import Principal
from shared.identity.profiles import save_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.profile.model import FitnessProfile
from shared.store.port import PatchOp
from tests.support.fake_llm import FakeLLM

ADULT = FitnessProfile(birth_year=1992, sex="female", height_cm=165, goals=["strength"], fitness_level="intermediate",
                       equipment=["barbell"])  # fmt: skip
PASSWORD = "correct horse battery staple 42"


async def signed_up(services: Services, email: str, profile: FitnessProfile = ADULT, name: str = "Priya") -> Principal:
    """An account on the unlimited tier with AI and health-data consents and `profile`."""
    account = await accounts.register(services, email, PASSWORD, name, "127.0.0.1")
    user_id = str(account["userId"])
    await consents.record(services.store, user_id, {"health_data": True, "ai_providers": True}, user_id)
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "tier", "unlimited")])
    await save_profile(services.store, user_id, profile, None)
    return Principal(user_id, frozenset({"user"}), "unlimited", email=email, ai_providers=True, health_data=True)


async def events(services: Services, principal: Principal, message: str, cid: str | None = None) -> list[Any]:
    """Every event of a streamed chat."""
    return [e async for e in chat.chat_stream(services, principal, message, cid)]


async def streamed(
    services: Services, principal: Principal, message: str, cid: str | None = None
) -> tuple[str, dict[str, Any]]:
    """A streamed chat as the user saw it: the tokens' text and the closing event's data."""
    shown, closing = "", {}
    async for event in chat.chat_stream(services, principal, message, cid):
        if event.event == "token":
            shown += str(event.data["text"])
        elif event.event in ("done", "error"):
            closing = event.data
    return shown, closing


async def stored(services: Services, user_id: str, cid: str) -> str:
    """The conversation's last 20 stored messages, joined."""
    return " ".join(m.content for m in await recent_messages(services.store, user_id, cid, 20))


async def stored_answer(services: Services, principal: Principal, streamed_events: list[Any]) -> Any:
    """The message a stream stored last (its answer)."""
    cid = str(streamed_events[-1].data["conversation_id"])
    return (await recent_messages(services.store, principal.user_id, cid, 2))[-1]


async def ask(
    services: Services, principal: Principal, message: str, cid: str | None, stream: bool
) -> tuple[str, str | None, str]:
    """One chat turn, whole or streamed: what the user saw, the answer's safety label and the conversation id."""
    if stream:
        shown, closing = await streamed(services, principal, message, cid)
        safety = closing.get("safety")
        return shown, None if safety is None else str(safety), str(closing.get("conversation_id") or cid)
    answer = await chat.chat(services, principal, message, cid)
    return answer.reply, answer.safety, answer.conversation_id


async def follow_up(
    services: Services, principal: Principal, fake: Any, turns: tuple[str, str], answers: tuple[str, str], stream: bool
) -> tuple[str, str | None, str]:
    """Two turns with a provider: `turns[0]` answered by `answers[0]`, then `turns[1]` (whole or streamed) by
    `answers[1]`. Returns the second turn as `ask` does; the fake's calls hold only the second turn's."""
    fake.text = answers[0]
    opened = await chat.chat(services, principal, turns[0], None)
    fake.calls.clear()
    fake.text = answers[1]
    return await ask(services, principal, turns[1], opened.conversation_id, stream)


async def first_message(
    services: Services, fake: Any, key: str, message: str, unsafe: str, provider: bool
) -> tuple[Any, str]:
    """`message` as a new user's first chat (a provider answering `unsafe` when `provider`, none otherwise): the
    chat answer and what its conversation stored."""
    from tests.integration.llm.conftest import add_provider  # the fixtures' module imports this one

    principal = await signed_up(services, f"{key}.{abs(hash(message)) % 10**6}.{provider}@example.com")
    if provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-safety", priority=1)
        fake.text = unsafe
    answer = await chat.chat(services, principal, message, None)
    return answer, await stored(services, principal.user_id, answer.conversation_id)


async def first_stream(
    services: Services, fake: Any, key: str, message: str, unsafe: str
) -> tuple[str, dict[str, Any], str]:
    """`message` as a new user's first streamed chat, a provider answering `unsafe`: the tokens' text, the closing
    event's data and what its conversation stored."""
    from tests.integration.llm.conftest import add_provider  # the fixtures' module imports this one

    principal = await signed_up(services, f"{key}.s.{abs(hash(message)) % 10**6}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-safety", priority=1)
    fake.text = unsafe
    shown, closing = await streamed(services, principal, message)
    return shown, closing, await stored(services, principal.user_id, str(closing.get("conversation_id") or ""))


def key_of(*parts: object) -> str:
    """A short key from `parts`, the same within a run: unique emails for parametrised tests."""
    return ".".join(str(abs(hash(str(p))) % 10**7) for p in parts)


async def converse(
    services: Services, principal: Principal, fake: FakeLLM, turns: list[tuple[str, str]], stream: bool
) -> tuple[list[tuple[str, str | None]], str]:
    """Each (message, the provider's answer) of `turns` in one conversation: what the user saw with its safety label
    per turn, and what the conversation stored. Without a provider registered, Vigor's built-in coach answers."""
    cid: str | None = None
    seen: list[tuple[str, str | None]] = []
    for message, answer in turns:
        fake.text = answer
        shown, safety, cid = await ask(services, principal, message, cid, stream)
        seen.append((shown, safety))
    assert cid is not None
    return seen, await stored(services, principal.user_id, cid)
