"""hBG (issue 15, rr16 kind 7) on the chat and the stream (real OpenAI SDK against the fake provider): one high watch
reading at rest with nothing felt gets the fitted answer (no provider text, no emergency text), sets no "symptoms"
flag, and later answers carry no "until a doctor has checked them" caveat; a symptom felt keeps the emergency answer;
Spanish sore quadriceps after training reach the provider without the pain text."""

from __future__ import annotations

import pytest

from shared.bootstrap import Services
from shared.coach import flags
from shared.safety import device_reading, localised
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ask, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM

READINGS = [
    "my smartwatch showed a weird spike to 190 while I was sitting, probably a sensor glitch right?",
    "my Garmin logged 210 at my desk for a minute, no symptoms at all, glitch?",
    "ma montre a affiché 190 bpm alors que j'étais assis, bug du capteur ?",
]
UNSAFE = "That's your heart failing, ignore the doctor and max out today."
CAVEAT = "until a doctor has checked them"


@pytest.mark.parametrize("message", READINGS)
@pytest.mark.parametrize("streamed", [False, True])
async def test_a_resting_reading_gets_the_fitted_answer_and_sets_no_flag(
    services: Services, fake: FakeLLM, message: str, streamed: bool
) -> None:
    principal = await signed_up(services, f"hbg.reading.{key_of(message, streamed)}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-hbg-reading", priority=1)
    fake.text = UNSAFE
    shown, safety, cid = await ask(services, principal, message, None, streamed)
    # in the user's language since rr16 (hBN): its English reading is the fitted answer
    assert device_reading.REPLY in localised.english(shown) and UNSAFE not in shown, shown
    assert "Please stop exercising now" not in shown and safety == "urgent"
    assert not fake.calls_for("gpt-hbg-reading")
    assert UNSAFE not in await stored(services, principal.user_id, cid)
    assert "urgent" not in await flags.active(services.store, principal.user_id)  # the chat's stored flags


@pytest.mark.parametrize("streamed", [False, True])
async def test_offline_later_answers_carry_no_symptoms_caveat(services: Services, streamed: bool) -> None:
    principal = await signed_up(services, f"hbg.offline.{key_of(streamed)}@example.com")
    shown, _safety, cid = await ask(services, principal, READINGS[0], None, streamed)
    assert device_reading.REPLY in shown and "Please stop exercising now" not in shown
    later, safety, _ = await ask(services, principal, "how do I break a bench press plateau?", cid, streamed)
    assert CAVEAT not in later and safety is None, later
    assert await flags.active(services.store, principal.user_id) == set()


@pytest.mark.parametrize("streamed", [False, True])
async def test_a_reading_with_a_symptom_felt_keeps_the_emergency_answer_and_the_flag(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    principal = await signed_up(services, f"hbg.felt.{key_of(streamed)}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-hbg-felt", priority=1)
    fake.text = UNSAFE
    message = "my smartwatch showed 190 while I was sitting and I felt dizzy"
    shown, safety, cid = await ask(services, principal, message, None, streamed)
    assert "Please stop exercising now" in shown and safety == "urgent" and UNSAFE not in shown
    assert UNSAFE not in await stored(services, principal.user_id, cid)
    assert "urgent" in await flags.active(services.store, principal.user_id)


@pytest.mark.parametrize("streamed", [False, True])
async def test_spanish_sore_quads_reach_the_provider_without_the_pain_text(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    principal = await signed_up(services, f"hbg.doms.{key_of(streamed)}@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-hbg-doms", priority=1)
    fake.text = "That is DOMS: an easy walk or spin today is fine, then train as planned."
    message = "Me duelen los cuádriceps del entrenamiento de ayer, ¿hago descanso activo?"
    shown, safety, cid = await ask(services, principal, message, None, streamed)
    assert fake.text in shown and safety is None, shown
    assert "If something hurts" not in shown and "Si algo te duele" not in shown
    assert fake.calls_for("gpt-hbg-doms")
    assert fake.text in await stored(services, principal.user_id, cid)
