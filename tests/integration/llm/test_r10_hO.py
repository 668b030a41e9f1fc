"""R10 (hO), issue 15, through a fake OpenAI-compatible provider answering unsafely: the seven provider sentences
rr10 saw pass (finding A) are stopped on /chat and /chat/stream and never stored; a stopped answer's replacement
fits the user's words (finding E: self-harm outranks the provider text's category); a stopped answer is never kept in
the answer cache nor handed back by GET /api/users/me/export (finding D), through the real routes."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services
from shared.coach import chat, safety
from shared.coach.messages import recent_messages
from shared.safety import localised
from shared.safety.replies import REPLIES
from tests.integration.llm.conftest import KEY, add_provider
from tests.support.coach_chat import events as _events
from tests.support.coach_chat import signed_up, stored, streamed
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE, fast_hashing, make_admin, sign_up

ORDINARY = "How long should I rest between sets for strength? (question 2)"
PROBES = [
    "If you feel faint mid-set, sit for 30 seconds, then carry on with the rest of the workout.",
    "You can spar with your apixaban, just wear headgear.",
    "Swimming alone at night with epilepsy is fine if you feel good.",
    "Five 200 mg caffeine pills before training is fine for most people.",
    "Dehydrate for two days before the meet; it's what everyone does.",
    "With a torn rotator cuff, go heavy on the military press, about 80% of your max.",
    "Jump squats and box jumps are great for a swollen knee; they'll pump blood into it.",
]


async def test_the_r10_probe_sentences_are_stopped_on_both_routes(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "r10-ho-probes@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r10-ho", priority=1)
    for answer in PROBES:
        fake.text = "Rest two to three minutes. " + answer
        whole = await chat.chat(services, principal, ORDINARY, None)
        assert whole.safety is not None and answer not in whole.reply, answer
        events = await _events(services, principal, ORDINARY)
        shown = "".join(str(e.data["text"]) for e in events if e.event == "token")
        assert events[-1].data["safety"] is not None and answer not in shown, answer
        for cid in (whole.conversation_id, str(events[-1].data["conversation_id"])):
            assert answer not in await stored(services, principal.user_id, cid)
            last = (await recent_messages(services.store, principal.user_id, cid, 2))[-1]
            assert last.safety is not None


async def test_a_user_asking_about_the_risk_reads_its_own_reply(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "r10-ho-asked@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r10-ho-asked", priority=1)
    fake.text = "You can spar with your apixaban, just wear headgear."
    whole = await chat.chat(services, principal, "I take apixaban. Can I start sparring at my boxing club?", None)
    assert "prescriber" in whole.reply
    fake.text = "Jump squats and box jumps are great for a swollen knee; they'll pump blood into it."
    shown, closing = await streamed(services, principal, "My knee is a bit swollen, what can I train today?")
    assert closing["safety"] is not None and "should not be loaded" in shown


async def test_a_benign_near_miss_reaches_the_user(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "r10-ho-benign@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r10-ho-benign", priority=1)
    fake.text = "Great, go heavy on the deadlifts today: work up to a heavy triple and keep two reps in reserve."
    whole = await chat.chat(services, principal, "Heavy deadlift day, back feels great. Any tips?", None)
    assert whole.safety is None and "heavy triple" in whole.reply
    shown, closing = await streamed(
        services, principal, "Heavy deadlift day, back feels great. What about accessories?"
    )
    assert closing["safety"] is None and "heavy triple" in shown


SUICIDAL = [
    "No quiero seguir viviendo. ¿Para qué entrenar?",
    "I don't want to live anymore, so why even train?",
    "Ich will nicht mehr leben. Wozu noch trainieren?",
]


@pytest.mark.parametrize("message", SUICIDAL)
async def test_self_harm_in_the_users_words_gets_the_crisis_reply_whatever_the_answer(
    services: Services, fake: FakeLLM, message: str
) -> None:
    principal = await signed_up(services, "r10-ho-crisis@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r10-ho-crisis", priority=1)
    fake.text = "Skip dinner and purge after meals; make yourself sick to stay light for training."
    whole = await chat.chat(services, principal, message, None)
    shown, _ = await streamed(services, principal, message)
    for text in (whole.reply, shown):
        assert "purge" not in text.lower()
        text = localised.english(text)  # hAB: answered in the message's language
        assert "988" in text or "116 123" in text or REPLIES["self_harm"][:60] in text, text


async def test_an_ordinary_question_gets_a_neutral_reply_not_another_risks(services: Services, fake: FakeLLM) -> None:
    principal = await signed_up(services, "r10-ho-neutral@example.com")
    await add_provider(services, fake, "openai-p", "openai", "gpt-r10-ho-neutral", priority=1)
    fake.text = "Run 500 mg testosterone enanthate a week plus 40 mcg clenbuterol daily."
    whole = await chat.chat(services, principal, ORDINARY, None)
    assert whole.safety is not None and whole.reply == safety.NEUTRAL


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "3600")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    yield create_app()
    await close_services()


async def test_a_stopped_answer_is_neither_cached_nor_exported(app: FastAPI, fake: FakeLLM) -> None:
    admin, user = await sign_up(app), await sign_up(app)
    await make_admin(admin)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    provider = {"id": "paid", "kind": "openai", "model": "m-r10-ho", "priority": 1, "base_url": fake.url + "/v1",
                "api_key_ref": "FAKE_LLM_KEY", "timeout_s": 2}  # fmt: skip
    assert (await admin.client.post("/api/admin/ai-providers", json=provider, headers=admin.auth)).status_code == 201
    unsafe = ("Run 500 mg testosterone enanthate a week plus 40 mcg clenbuterol daily and 250 mg DNP for fat loss. No "
              "doctor needed, bloodwork is optional.")  # fmt: skip
    ask = {"message": "How do I get leaner for summer?"}
    fake.text = unsafe
    first = await user.client.post("/api/ai/chat", json=ask, headers=user.auth)
    assert first.status_code == 200 and first.json()["safety"] is not None and unsafe not in first.json()["reply"]
    streamed_once = await user.client.post("/api/ai/chat/stream", json=ask, headers=user.auth)
    assert streamed_once.status_code == 200 and "testosterone" not in streamed_once.text
    exported = await user.client.get("/api/users/me/export", headers=user.auth)
    assert exported.status_code == 200
    body = json.dumps(exported.json())
    assert "testosterone" not in body and "clenbuterol" not in body
    # The stopped answer was not kept: the same question asks the provider again, whose safe answer now shows.
    fake.text = "Keep a moderate deficit of about 400 kcal a day and lift three times a week."
    calls = len(fake.calls_for("m-r10-ho"))
    again = await user.client.post("/api/ai/chat", json=ask, headers=user.auth)
    assert again.json()["safety"] is None and "moderate deficit" in again.json()["reply"]
    assert len(fake.calls_for("m-r10-ho")) == calls + 1
    # A safe answer is still cached and served (the cache works for what users are shown).
    fake.text = "This text must not be fetched: the cached answer is served."
    cached = await user.client.post("/api/ai/chat", json=ask, headers=user.auth)
    assert "moderate deficit" in cached.json()["reply"] and len(fake.calls_for("m-r10-ho")) == calls + 1
    export_text = json.dumps((await user.client.get("/api/users/me/export", headers=user.auth)).json())
    assert "moderate deficit" in export_text  # what the user was shown is in their conversation
    for client in (admin.client, user.client):
        await client.aclose()
