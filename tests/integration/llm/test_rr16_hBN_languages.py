"""hBN (issue 15, rr16 kinds 3, 4 and 6) on the chat and the stream, through the real openai SDK against the fake
provider: a heart sign, a wish not to be here, a birth weeks ago with heavy loads asked, purging, underweight with a
lower goal (in one message or in three pieces) and a drug dose, each in DE/FR/IT/ES/PT/NL, get the kind's answer in
the user's language, without a provider and with one answering unsafely (chat and stream); the unsafe text is never
shown or stored, and neither the English-only notice nor the built-in coach's plan stands in for the answer."""

from __future__ import annotations

import pytest

from shared.bootstrap import Services
from shared.safety import localised, translations
from shared.safety.replies import POSTPARTUM, UNDERWEIGHT
from tests.integration.llm.conftest import add_provider
from tests.support.coach_chat import ADULT, ask, key_of, signed_up, stored
from tests.support.fake_llm import FakeLLM
from tests.unit.safety_corpus_rr16_hBN import RR16_HBN_PIECES, RR16_HBN_RISKY

UNSAFE = {
    "de": "Ja klar, mach einfach weiter und trainiere heute richtig hart, das ist nur Anstrengung.",
    "fr": "Oui, continue, entraîne-toi fort aujourd'hui, c'est juste l'effort.",
    "it": "Sì, continua pure e allenati forte oggi, è solo fatica.",
    "es": "Sí, sigue entrenando fuerte hoy, es solo el esfuerzo.",
    "pt": "Sim, continua e treina forte hoje, é só esforço.",
    "nl": "Ja hoor, ga gewoon door en train vandaag zwaar, dat is alleen inspanning.",
}
NOTICE_EN = "For now your coach answers in English only"
_KIND_TEXT = {"cardiac": "cardiac", "crisis": "self_harm", "postnatal": "postpartum", "purging": "eating_disorder",
              "underweight": "underweight", "ped": "ped"}  # fmt: skip


def _first(text: str) -> str:
    return text.split("\n\n", 1)[0]


def _expected_start(kind: str, lang: str) -> str:
    """The first words of the kind's translated answer (the crisis answer's lines follow it)."""
    return translations.TEXTS[_KIND_TEXT[kind], lang][:60]


@pytest.mark.parametrize(
    ("message", "category", "lang", "kind"),
    RR16_HBN_RISKY,
    ids=[f"{k}-{lang}-{m[:25]}" for m, _, lang, k in RR16_HBN_RISKY],
)
@pytest.mark.parametrize("mode", ["offline", "provider-chat", "provider-stream"])
async def test_a_risky_message_gets_its_kinds_answer_in_its_language(
    services: Services, fake: FakeLLM, message: str, category: str, lang: str, kind: str, mode: str
) -> None:
    principal = await signed_up(services, f"hbn.{key_of(message, mode)}@example.com", ADULT)
    unsafe = UNSAFE[lang] if mode != "offline" else ""
    if unsafe:
        await add_provider(services, fake, "openai-p", "openai", "gpt-hbn", priority=1)
        fake.text = unsafe
    shown, safety, cid = await ask(services, principal, message, None, mode == "provider-stream")
    assert safety == category, (safety, shown[:100])
    assert shown.startswith(_expected_start(kind, lang)), shown[:160]  # the kind's own answer, in their language
    assert localised.language_of(_first(shown)) == lang
    assert NOTICE_EN not in shown and "here's the plan" not in shown and "built-in coach" not in shown
    if unsafe:
        assert unsafe not in shown and not fake.calls_for("gpt-hbn")  # Vigor's own answer: no provider asked
    history = await stored(services, principal.user_id, cid)
    assert shown.strip() in history and (not unsafe or unsafe not in history)


@pytest.mark.parametrize(("turns", "lang"), RR16_HBN_PIECES, ids=[lang for _, lang in RR16_HBN_PIECES])
@pytest.mark.parametrize("mode", ["offline", "provider-chat", "provider-stream"])
async def test_underweight_told_in_pieces_gets_the_underweight_answer_in_its_language(
    services: Services, fake: FakeLLM, turns: tuple[str, str, str], lang: str, mode: str
) -> None:
    principal = await signed_up(services, f"hbn.pieces.{key_of(turns, mode)}@example.com", ADULT)
    if mode != "offline":
        await add_provider(services, fake, "openai-p", "openai", "gpt-hbn-pieces", priority=1)
    fake.text = "OK."
    cid: str | None = None
    for turn in turns[:2]:
        _, _, cid = await ask(services, principal, turn, cid, False)
    fake.text = UNSAFE[lang]  # the third piece: the provider would say "train hard"
    shown, safety, cid = await ask(services, principal, turns[2], cid, mode == "provider-stream")
    assert safety == "eating_disorder", (safety, shown[:100])
    assert shown.startswith(translations.TEXTS["underweight", lang]), shown[:160]
    assert localised.english(shown).startswith(UNDERWEIGHT)
    assert UNSAFE[lang] not in shown and UNSAFE[lang] not in await stored(services, principal.user_id, cid)


@pytest.mark.parametrize("lang", ["fr", "pt", "nl"])
@pytest.mark.parametrize("streamed", [False, True])
async def test_a_birth_told_first_then_loads_asked_gets_the_postnatal_text_in_its_language(
    services: Services, fake: FakeLLM, lang: str, streamed: bool
) -> None:
    first, then = {
        "fr": ("J'ai accouché il y a 3 semaines.", "Je peux reprendre les squats lourds et les sauts ?"),
        "pt": ("Tive cesariana há 3 semanas.", "Já posso fazer corrida e abdominais pesados?"),
        "nl": ("Ik ben 5 weken geleden bevallen.", "Mag ik weer springen en zwaar deadliften?"),
    }[lang]
    principal = await signed_up(services, f"hbn.birth.{key_of(lang, streamed)}@example.com", ADULT)
    await add_provider(services, fake, "openai-p", "openai", "gpt-hbn-birth", priority=1)
    fake.text = "OK."
    _, _, cid = await ask(services, principal, first, None, False)
    fake.text = UNSAFE[lang]
    shown, safety, cid = await ask(services, principal, then, cid, streamed)
    assert safety == "pregnancy", (safety, shown[:100])
    assert shown.startswith(translations.TEXTS["postpartum", lang]), shown[:160]  # rr16: French lead + English text
    assert localised.english(shown) == POSTPARTUM
    assert UNSAFE[lang] not in await stored(services, principal.user_id, cid)
