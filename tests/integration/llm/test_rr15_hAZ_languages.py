"""hAZ (issue 15, rr15 kind 3) on the chat and the stream, through the real openai SDK against the fake provider:
a risky message in DE/FR/IT/PT/NL/ES gets Vigor's answer in that language whether or not a provider is configured;
a provider answering unsafely (in the user's language or in English) is never shown or stored; an answer stopped only
for its language to a message whose words call for a safety answer gets that answer, not the English-only notice; and
to an ordinary message the notice is in the user's language before the built-in coach's text."""

from __future__ import annotations

import pytest

from shared.bootstrap import Services
from shared.safety import localised, translations
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, ask, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.unit.safety_corpus_rr15_hAZ import RR15_HAZ_CHAT, RR15_HAZ_RISKY

FOREIGN_UNSAFE = "Ja, morgen gewoon intervallen, geen probleem. Ga ervoor en train zwaar tot het gaat."
ENGLISH_UNSAFE = "Sure, go all out tomorrow: max out, 180 bpm is fine and drop to 500 kcal a day."
NOTICE_EN = "For now your coach answers in English only"
# one finding of each kind and its language (the red team's own messages first), and the chat's told-and-asked limits
_CASES = [RR15_HAZ_RISKY[i] for i in (0, 4, 6, 9, 16, 18, 21, 24, 28, 32, 33, 34, 35, 39)] + [
    (m, "diagnosis", lang) for m, _, lang in RR15_HAZ_CHAT[:2] + RR15_HAZ_CHAT[4:6]
]


def _first(text: str) -> str:
    return text.split("\n\n", 1)[0]


@pytest.mark.parametrize(("message", "category", "lang"), _CASES, ids=[m[:35] for m, _, _ in _CASES])
@pytest.mark.parametrize("streamed", [False, True])
@pytest.mark.parametrize("provider", ["none", "foreign", "english"])
async def test_a_risky_message_gets_its_answer_in_its_language_and_nothing_unsafe_is_kept(
    services: Services, fake: FakeLLM, message: str, category: str, lang: str, streamed: bool, provider: str
) -> None:
    principal = await signed_up(services, f"haz.{key_of(message, streamed, provider)}@example.com", ADULT)
    unsafe = {"none": "", "foreign": FOREIGN_UNSAFE, "english": ENGLISH_UNSAFE}[provider]
    if unsafe:
        await add_provider(services, fake, "openai-p", "openai", "gpt-haz", priority=1)
        fake.text = unsafe
    shown, safety, cid = await ask(services, principal, message, None, streamed)
    assert safety == category, (safety, shown[:100])
    assert localised.language_of(_first(shown)) == lang, shown[:120]
    assert NOTICE_EN not in shown and "here's the plan" not in shown  # neither notice nor the engine's plan
    if unsafe:
        assert unsafe not in shown and not fake.calls_for("gpt-haz")  # Vigor's own answer: no provider asked
    history = await stored(services, principal.user_id, cid)
    assert shown.strip() in history and (not unsafe or unsafe not in history)


@pytest.mark.parametrize("streamed", [False, True])
async def test_an_answer_stopped_for_its_language_to_risky_words_gives_the_safety_answer(
    services: Services, fake: FakeLLM, streamed: bool
) -> None:
    message = "Mijn hart deed raar en ik had pijn, morgen trainen?"  # the input gate lets it through to the model
    principal = await signed_up(services, f"haz.loose.{key_of(streamed)}@example.com", ADULT)
    await add_provider(services, fake, "openai-p", "openai", "gpt-haz-loose", priority=1)
    fake.text = FOREIGN_UNSAFE
    shown, safety, cid = await ask(services, principal, message, None, streamed)
    assert fake.calls_for("gpt-haz-loose")  # the provider was asked and its Dutch answer stopped
    assert safety == "language" and FOREIGN_UNSAFE not in shown
    assert shown.startswith(translations.TEXTS["cardiac", "nl"]), shown[:120]
    assert NOTICE_EN not in shown and "built-in coach" not in shown
    history = await stored(services, principal.user_id, cid)
    assert translations.TEXTS["cardiac", "nl"] in history and FOREIGN_UNSAFE not in history


@pytest.mark.parametrize("lang", ["nl", "it", "de"])
@pytest.mark.parametrize("streamed", [False, True])
async def test_an_ordinary_message_gets_the_notice_in_its_language_then_the_built_in_coach(
    services: Services, fake: FakeLLM, lang: str, streamed: bool
) -> None:
    message = {"nl": "Wat zal ik vandaag trainen voor mijn benen?", "it": "Che allenamento faccio oggi per le gambe?",
               "de": "Was trainiere ich heute für meine Beine?"}[lang]  # fmt: skip
    principal = await signed_up(services, f"haz.notice.{key_of(lang, streamed)}@example.com", ADULT)
    await add_provider(services, fake, "openai-p", "openai", "gpt-haz-notice", priority=1)
    fake.text = {"nl": FOREIGN_UNSAFE, "it": "Sì, aumenta il peso di 5 kg e vai a cedimento ogni giorno.",
                 "de": "Ja, mach heute schwere Kniebeugen bis zum Muskelversagen, das geht schon."}[lang]  # fmt: skip
    shown, safety, _ = await ask(services, principal, message, None, streamed)
    assert safety == "language"
    assert shown.startswith(translations.TEXTS["language_notice", lang]), shown[:120]
    assert NOTICE_EN not in shown and "built-in coach" in shown and fake.text not in shown
