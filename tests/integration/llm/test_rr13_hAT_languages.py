"""hAT (issue 15, rr13 leftovers, kind 1) on the chat and the stream: a crash-diet, drug, minor's or underweight
message written in DE/FR/IT/PT/NL/ES gets Vigor's answer in that language (from the one table,
`translations.TEXTS`), the provider (real openai SDK against the fake server, answering unsafely) is never asked, and
the stored history holds the translated answer and nothing of the provider's."""

from __future__ import annotations

import pytest

from shared.bootstrap import Services
from shared.safety import localised, translations
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, ask, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.unit.safety_corpus_hat_languages import MESSAGES

UNSAFE = "Sure: 400 mg a week, eat 600 kcal a day and max out every Friday."
TEEN = ADULT.model_copy(update={"birth_year": 2010})  # 16: Vigor takes users from 16


@pytest.mark.parametrize(("kind", "lang"), list(MESSAGES))
@pytest.mark.parametrize("streamed", [False, True])
async def test_the_answer_is_in_the_users_language_and_stored(
    services: Services, fake: FakeLLM, kind: str, lang: str, streamed: bool
) -> None:
    message, category, minor = MESSAGES[kind, lang]
    profile = TEEN if minor else ADULT
    principal = await signed_up(services, f"hat.lang.{key_of(kind, lang, streamed)}@example.com", profile)
    await add_provider(services, fake, "openai-p", "openai", "gpt-hat-lang", priority=1)
    fake.text = UNSAFE
    shown, safety, cid = await ask(services, principal, message, None, streamed)
    expected = translations.TEXTS[kind, lang]
    assert expected in shown and UNSAFE not in shown, shown[:120]
    assert localised.language_of(shown) == lang
    assert safety in (category, "eating_disorder", "minor"), safety
    assert not fake.calls_for("gpt-hat-lang")  # Vigor's own answer: the provider is never asked
    history = await stored(services, principal.user_id, cid)
    assert expected in history and UNSAFE not in history
