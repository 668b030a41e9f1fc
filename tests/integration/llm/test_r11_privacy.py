"""R11 privacy (issue 15), through the real OpenAI SDK to a fake provider: what the provider receives of a chat, whole
and streamed and then as history, holds no flat, postcode or town after a street, no practice named after a
clinician, and no medicine that tells a condition Vigor scrubbed; the training question itself still goes out."""

from __future__ import annotations

import json

from shared.bootstrap import Services
from shared.coach import chat
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import signed_up, streamed
from tests.support.fake_llm import FakeLLM

TYPED = [
    "I live at Calle Mayor 5, 3B, 28014 Madrid. Is it ok to run outside in the heat?",
    "My physio at Praxis Müller, Hauptstraße 5, 10115 Berlin, says my knee is fine. Squats 3 x 8?",
    "I'm HIV positive and on antiretrovirals. Does that change my rest days?",
]
SECRETS = ("3B", "28014", "Madrid", "Müller", "10115", "Berlin", "HIV", "antiretrovirals")


async def test_the_provider_never_reads_where_the_user_lives_or_what_their_medicine_tells(
    services: Services, fake: FakeLLM
) -> None:
    principal = await signed_up(services, "r11-privacy@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-privacy", priority=1)
    before = len(fake.calls)
    first = await chat.chat(services, principal, TYPED[0], None)
    assert first.provider == "openai-p"
    await chat.chat(services, principal, TYPED[1], first.conversation_id)
    shown, closing = await streamed(services, principal, TYPED[2], first.conversation_id)
    assert shown and closing.get("conversation_id") == first.conversation_id
    bodies = [call.body for call in fake.calls[before:]]
    assert len(bodies) == 3
    for body in bodies:
        sent = json.dumps(body, ensure_ascii=False)
        assert [s for s in SECRETS if s in sent] == [], sent
    last = json.dumps(bodies[-1]["messages"], ensure_ascii=False)
    assert "Is it ok to run outside in the heat?" in last and "Squats 3 x 8?" in last
    assert "[postcode]" in last and "[practice]" in last and "[medicine]" in last
