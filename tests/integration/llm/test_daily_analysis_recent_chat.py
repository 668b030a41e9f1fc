"""The daily message and the workout analysis read the user's recent chats too, with and without a provider (issue
15: only chat used the conversation's safety state). Urgent symptoms told in chat mean no "push harder" and no load
added; a refused drug question means no dose in the morning's message and a limit for the model that names neither
the topic nor the user's words; a crisis in chat means the next message asks how they are first."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services
from shared.coach import analysis, chat, daily, flag_list, offline
from shared.coach.messages import read_message
from shared.identity import accounts, consents
from shared.identity.principal import Principal
from shared.identity.profiles import save_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.plans.schema import PlanDraft
from shared.profile.model import FitnessProfile
from shared.safety import limits
from shared.safety.replies import CHECK_IN, CHECK_IN_UNASKED
from shared.store.port import PatchOp
from shared.workouts import plans, sessions
from shared.workouts.model import LoggedSession
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.workout_fixtures import plan_body, session_body

ADULT = FitnessProfile(birth_year=1990, goals=["strength"], fitness_level="intermediate", equipment=["barbell"])
PUSH = "Great week! Push harder today and go until failure on every squat set."
DOSE = "Great week! A beginner's amount is 250 mg a week for 10 weeks; keep squatting."


async def _user(services: Services, email: str) -> tuple[Principal, str]:
    account = await accounts.register(services, email, "correct horse battery staple 42", "Sam", "127.0.0.1")
    user_id = str(account["userId"])
    await consents.record(services.store, user_id, {"health_data": True, "ai_providers": True}, user_id)
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "tier", "unlimited")])
    await save_profile(services.store, user_id, ADULT, None)
    plan = await plans.create_plan(services.store, user_id, PlanDraft.model_validate(plan_body()))
    for days_ago, kg in ((8, 85.0), (1, 90.0)):  # a lighter session, then one easy enough to go up from
        body = session_body((datetime.now(UTC) - timedelta(days=days_ago)).isoformat(),
                            [("barbell-back-squat", 5, kg, 6.0)])  # fmt: skip
        stored = await sessions.log_session(services.store, user_id, plan.plan.id, LoggedSession.model_validate(body))
    return Principal(user_id, frozenset({"user"}), "unlimited", ai_providers=True, health_data=True), stored.id


async def _daily(services: Services, principal: Principal) -> tuple[str, str]:
    day = datetime.now(UTC).date().isoformat()
    job = {"id": f"daily-{principal.user_id}", "userId": principal.user_id, "request": {"date": day}}
    await daily.run_daily_job(services, job)
    message = await read_message(services.store, principal.user_id, daily.message_id(day))
    assert message is not None
    return message.content, message.provider


@pytest.mark.parametrize("with_provider", [True, False], ids=["provider", "built-in coach"])
async def test_chest_pain_told_in_chat_means_no_push_in_the_daily_message_or_the_analysis(
    services: Services, fake: FakeLLM, with_provider: bool
) -> None:
    principal, session_id = await _user(services, f"chest.{with_provider}@example.com")
    said = await chat.chat(services, principal, "I got chest pain on the stairs after my squats", None)
    assert said.safety == "urgent"
    if with_provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    fake.text = PUSH
    calls = len(fake.calls)
    text, provider = await _daily(services, principal)
    assert "harder" not in text and "failure" not in text and provider == "engine", text
    assert offline.CARE in text and "Do the work" not in text  # easy until checked, no "do the work"
    review = await analysis.analyse(services, principal, session_id)
    assert "harder" not in review.summary and "go up to" not in review.summary, review.summary
    assert offline.CARE in review.summary and review.next_targets == []
    assert (len(fake.calls) > calls) is with_provider  # the provider was asked, and its words were replaced


async def test_without_a_flag_the_built_in_coach_still_sets_targets(services: Services) -> None:
    principal, session_id = await _user(services, "no.flag@example.com")
    review = await analysis.analyse(services, principal, session_id)
    assert review.next_targets and offline.CARE not in review.summary
    text, _ = await _daily(services, principal)
    assert offline.CARE not in text and not text.startswith(CHECK_IN)


async def test_a_refused_drug_question_in_chat_shapes_the_daily_message(services: Services, fake: FakeLLM) -> None:
    principal, session_id = await _user(services, "ped.daily@example.com")
    question = "what would a first cycle of test e look like, my mate Dave says 500"
    assert (await chat.chat(services, principal, question, None)).safety == "ped"
    await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    fake.text = DOSE
    text, provider = await _daily(services, principal)
    assert "250 mg" not in text and provider == "engine", text
    sent = json.dumps([c.body for c in fake.calls], ensure_ascii=False)
    assert limits.NO_AMOUNTS in sent  # the model is told the limit the refusal calls for (R5: not the topic)
    assert "Dave" not in sent and "cycle of test" not in sent and "declined" not in sent  # never the user's words
    review = await analysis.analyse(services, principal, session_id)
    assert "250 mg" not in review.summary and review.provider == "engine"


@pytest.mark.parametrize("with_provider", [True, False], ids=["provider", "built-in coach"])
async def test_after_a_crisis_in_chat_the_next_message_checks_in_first(
    services: Services, fake: FakeLLM, with_provider: bool
) -> None:
    principal, session_id = await _user(services, f"crisis.{with_provider}@example.com")
    assert (await chat.chat(services, principal, "i don't want to be here anymore", None)).safety == "self_harm"
    if with_provider:
        await add_provider(services, fake, "openai-p", "openai", "gpt-daily", priority=1)
    fake.text = "Great week! Keep it steady today."
    text, _ = await _daily(services, principal)
    assert text.startswith(CHECK_IN_UNASKED) and "Before your question" not in text, text
    review = await analysis.analyse(services, principal, session_id)
    assert review.summary.startswith(CHECK_IN_UNASKED)


async def test_a_crisis_flag_the_user_cleared_no_longer_checks_in(services: Services) -> None:
    """R5: a daily message checked in about self-harm after the user had cleared that flag ("that was a song lyric")."""
    principal, _ = await _user(services, "cleared.crisis@example.com")
    assert (await chat.chat(services, principal, "i don't want to be here anymore", None)).safety == "self_harm"
    await flag_list.clear_flag(services, principal, "self_harm", "misread", confirm=True)
    text, _ = await _daily(services, principal)
    assert CHECK_IN_UNASKED not in text and "988" not in text, text
