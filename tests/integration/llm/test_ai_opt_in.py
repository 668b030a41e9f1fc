"""Without the opt-in to external AI providers, nothing of the user's reaches one: plans and coach answers come
from Vigor's own engine and offline coach (issue 17, item 5). The fake provider records every call it gets."""

from __future__ import annotations

from shared.bootstrap import Services
from shared.coach import chat
from shared.identity import accounts, consents
from shared.identity.principal import Principal
from shared.identity.profiles import save_profile
from shared.identity.records import ACCOUNT_ID, USERS
from shared.llm import gateway
from shared.profile.model import FitnessProfile
from shared.store.port import PatchOp
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.prompt_plan_writer import answer_from_prompt


async def _user(services: Services, opted_in: bool) -> Principal:
    account = await accounts.register(services, f"opt-{opted_in}@example.com", "correct horse battery 42", "", "::1")
    user_id = str(account["userId"])
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "tier", "unlimited")])
    account = await consents.record(services.store, user_id, {"health_data": True, "ai_providers": opted_in}, user_id)
    await save_profile(services.store, user_id, FitnessProfile(goals=["strength"]), None)
    return Principal(user_id, frozenset({"user"}), "unlimited", ai_providers=consents.ai_providers(account),
                     health_data=consents.health_data(account))  # fmt: skip


async def test_without_the_opt_in_no_provider_is_called(services: Services, fake: FakeLLM) -> None:
    await add_provider(services, fake, "openai-p", "openai", "gpt-opt", priority=1)
    fake.text = "From the provider."
    fake.responder = answer_from_prompt
    private = await _user(services, opted_in=False)
    answer = await chat.chat(services, private, "How heavy should my squat be next time?", None)
    plan = await gateway.generate_plan(services, private, FitnessProfile(goals=["strength"]))
    assert answer.provider == "engine" and plan.provider == "engine" and fake.calls == []
    sharing = await _user(services, opted_in=True)
    answer = await chat.chat(services, sharing, "How heavy should my squat be next time?", None)
    assert answer.provider == "openai-p" and len(fake.calls) == 1


async def test_withdrawing_the_health_consent_withdraws_the_opt_in(services: Services) -> None:
    principal = await _user(services, opted_in=True)
    account = await consents.record(services.store, principal.user_id, {"health_data": False}, principal.user_id)
    assert not consents.health_data(account) and not consents.ai_providers(account)
    status = consents.status(account)
    assert status["notice_version"] == consents.NOTICE_VERSION and status["ai_providers"]["given"] is False
