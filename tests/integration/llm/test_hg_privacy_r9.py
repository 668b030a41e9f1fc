"""R9 privacy findings (issue 15): what a fake provider receives when the user types an Irish or Gaelic name, a
name introduced in another language, a child's school, a fitness or social account, or a card's expiry date. Each
is taken out; the near-misses ("Romanian deadlift", a race on 04/27) still reach the provider."""

from __future__ import annotations

import json

import pytest

from shared.bootstrap import Services
from shared.coach import chat
from tests.integration.llm.conftest import add_provider
from tests.integration.llm.test_privacy import _user
from tests.support.fake_llm import FakeLLM

# (what the user typed, what must not reach the provider, what must)
CASES = [
    ("my physio Seán Ó Súilleabháin says no running", ("Súilleabháin", "Seán"), "says no running"),
    ("my friend Niamh O'Brien wants to join, can she?", ("O'Brien", "Niamh"), "wants to join"),
    ("I'm Aoife Mac Giolla Phádraig and I want to squat", ("Giolla", "Phádraig", "Aoife"), "want to squat"),
    ("Mi chiamo Giulia Rossi e voglio fare squat", ("Giulia", "Rossi"), "voglio fare squat"),
    ("Me llamo Ana García y quiero correr un 10k", ("Ana", "García"), "quiero correr"),
    ("Ich heiße Jürgen Müller, wie viele Sätze?", ("Jürgen", "Müller"), "wie viele"),
    ("Je m'appelle Chloé Dubois, combien de séries ?", ("Chloé", "Dubois"), "combien de"),
    ("my son goes to St Mary's and I drop him at 8, when can I train?", ("Mary",), "when can I train"),
    ("my daughter attends Scoil Bhríde, so I lift at 9", ("Bhríde",), "so I lift at 9"),
    ("my strava is @runner_joe88, see my runs", ("runner_joe88",), "see my runs"),
    ("find me on strava: zeb_lifts", ("zeb_lifts",), "find me on strava"),
    ("my instagram is fit.zeb, what about bench?", ("fit.zeb",), "what about bench"),
    ("card 4111 1111 1111 1111 exp 04/27 for the upgrade", ("4111", "04/27"), "for the upgrade"),
    ("my card expires 11/28, is the premium plan worth it?", ("11/28",), "premium plan"),
]
NEAR_MISSES = [
    "Romanian deadlift 3x8 at 80 kg, too much?",
    "my race is on 04/27, how should I taper?",
    "my strava is broken, can you log a 10k in 50 min?",
    "my son goes to football on Tuesdays, so I train Monday",
    "my membership expires 04/27, should I deload first?",
]


@pytest.mark.parametrize(("typed", "secrets", "kept"), CASES)
async def test_the_provider_never_reads_the_r9_identifiers(
    services: Services, fake: FakeLLM, typed: str, secrets: tuple[str, ...], kept: str
) -> None:
    principal, _ = await _user(services)
    await add_provider(services, fake, "openai-p", "openai", "gpt-privacy", priority=1)
    before = len(fake.calls)
    first = await chat.chat(services, principal, typed, None)
    assert first.provider == "openai-p"
    events = [e async for e in chat.chat_stream(services, principal, "And next week?", first.conversation_id)]
    assert events[-1].event == "done"
    bodies = [json.dumps(call.body, ensure_ascii=False) for call in fake.calls[before:]]
    assert len(bodies) == 2  # the message itself, then as history of the stream
    for sent in bodies:
        assert [s for s in secrets if s.lower() in sent.lower()] == [], sent
        assert kept in sent


@pytest.mark.parametrize("typed", NEAR_MISSES)
async def test_training_talk_that_looks_like_them_reaches_the_provider_whole(
    services: Services, fake: FakeLLM, typed: str
) -> None:
    principal, _ = await _user(services)
    await add_provider(services, fake, "openai-p", "openai", "gpt-privacy", priority=1)
    before = len(fake.calls)
    assert (await chat.chat(services, principal, typed, None)).provider == "openai-p"
    assert typed in json.dumps(fake.calls[before].body, ensure_ascii=False)
