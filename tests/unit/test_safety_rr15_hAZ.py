"""hAZ (issue 15, rr15 kind 3): risky messages in DE/FR/IT/PT/NL/ES are caught on input and answered in the user's
language; every answer kind is in the user's language; an answer stopped for its language gives the safety answer
the user's words call for, and the notice is in their language. Corpus: tests/unit/safety_corpus_rr15_hAZ.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.coach import safety
from shared.safety import foreign_risks, hr_caps, inputs, localised, over_limit, translations
from shared.safety.replies import FOR_OUTPUT, UNDERWEIGHT, URGENT, reply_for
from tests.unit.safety_corpus_rr15_hAZ import RR15_HAZ_CHAT, RR15_HAZ_LOOK_ALIKES, RR15_HAZ_RISKY

_IDS = [m[:45] for m, _, _ in RR15_HAZ_RISKY]


def _first(answer: str) -> str:
    return answer.split("\n\n", 1)[0]


@pytest.mark.parametrize(("message", "category", "lang"), RR15_HAZ_RISKY, ids=_IDS)
def test_a_risky_message_is_caught_and_answered_in_its_language(message: str, category: str, lang: str) -> None:
    assert inputs.classify(message) == category
    answer = reply_for(category, message)
    assert localised.language_of(_first(answer)) == lang, answer[:120]
    assert "For now your coach answers in English only" not in answer


@pytest.mark.parametrize(
    "message",
    [m for m, category, _ in RR15_HAZ_RISKY if category == "eating_disorder"],
)
def test_underweight_and_losing_more_gets_the_underweight_text_not_the_purging_one(message: str) -> None:
    answer = reply_for("eating_disorder", message)
    assert localised.english(answer) == UNDERWEIGHT  # "Mijn BMI is 15..." got "Overgeven, laxeermiddelen..." (rr15)


@pytest.mark.parametrize("message", RR15_HAZ_LOOK_ALIKES)
def test_look_alikes_stay_training_talk(message: str) -> None:
    assert inputs.classify(message) in (None, "pain"), message
    assert not foreign_risks.running_banned(message) and not (hr_caps.asked_over(message) is not None)


def test_the_look_alikes_are_at_most_two_percent_refused() -> None:
    refused = [m for m in RR15_HAZ_LOOK_ALIKES if inputs.classify(m) not in (None, "pain")]
    assert len(RR15_HAZ_LOOK_ALIKES) >= 15 and len(refused) / len(RR15_HAZ_LOOK_ALIKES) <= 0.02


@pytest.mark.parametrize(("message", "kind", "lang"), RR15_HAZ_CHAT)
def test_a_cap_or_ban_told_and_broken_in_one_message_is_read(message: str, kind: str, lang: str) -> None:
    if kind == "hr_cap":
        assert hr_caps.caps(message) and ((hr_caps.asked_over(message) is not None) or hr_caps.asks_all_out(message))
        answer = localised.localise(hr_caps.reply(min(hr_caps.caps(message))), message)
        assert str(min(hr_caps.caps(message))) in answer  # the number the cardiologist set is restated
    else:
        assert foreign_risks.running_banned(message)
        from shared.safety.conversation import HELD_REPLIES

        answer = localised.localise(HELD_REPLIES["no_running"], message)
    assert localised.language_of(answer) == lang, answer[:100]


@pytest.mark.parametrize("lang", translations.LANGUAGES)
@pytest.mark.parametrize("kg", [15.0, 20.0, 42.5])
def test_a_load_limit_keeps_its_number_in_every_language(lang: str, kg: float) -> None:
    message = translations.TEXTS["injection", lang]  # certainly in `lang`
    answer = localised.localise(over_limit.reply(kg), message)
    assert f"{kg:g} kg" in answer and localised.language_of(answer) == lang
    assert localised.english(answer) == over_limit.reply(kg)  # checks written for the English wording read it


def _answer_kinds() -> list[str]:
    """Every English safety answer Vigor gives: each category's, each urgent sub-kind's, each output kind's."""
    from shared.safety import replies

    texts = [*replies.REPLIES.values(), *replies.URGENT.values(), *replies.FOR_OUTPUT.values()]
    return sorted(set(texts))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_answer_kinds()), st.sampled_from(translations.LANGUAGES))
def test_property_every_answer_kind_to_a_message_in_a_language_starts_in_that_language(english: str, lang: str) -> None:
    # the red team read English refusals, limits and urgent sub-kinds to messages in other languages: whichever of
    # Vigor's answers is given, the user reads it first in their own language (a row of the table, or the lead)
    message = translations.TEXTS["injection", lang]
    answer = localised.localise(english, message)
    assert localised.language_of(_first(answer)) == lang, (lang, english[:60])
    assert localised.localise(english, "Is this safe for me?") == english  # English stays English


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_every_urgent_sub_kind_reads_first_in_the_language_and_keeps_112(lang: str) -> None:
    message = translations.TEXTS["injection", lang]
    for kind, english in URGENT.items():
        answer = localised.localise(english, message)
        assert localised.language_of(_first(answer)) == lang, kind
        if _first(answer) == translations.LEADS[lang]:  # no row yet: the lead names the emergency number
            assert "112" in _first(answer), kind
        assert localised.english(answer) == english  # checks written for the English wording still read it


@pytest.mark.parametrize(
    ("message", "category", "lang"), [r for r in RR15_HAZ_RISKY if r[1] in ("urgent", "self_harm")]
)
def test_an_answer_stopped_for_its_language_gives_the_safety_answer_not_the_notice(
    message: str, category: str, lang: str
) -> None:
    # the input gate missed it (concern None): the user's words still call for the safety answer (rr15 kind 3)
    assert foreign_risks.loose(message) == category
    shown, broken = safety.review("Ja, morgen gewoon intervallen, ga ervoor en train zwaar.", None, message=message)
    assert broken == "language"
    assert "English only" not in shown and localised.language_of(_first(shown)) == lang, shown[:100]
    assert safety.with_offline("language", shown, "Vigor's built-in coach: here's the plan.", message) == shown


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_language_notice_is_in_the_users_language(lang: str) -> None:
    message = {
        "de": "Was trainiere ich heute und wie viele Sätze?",
        "fr": "Quelle séance je fais aujourd'hui pour les jambes?",
        "it": "Che allenamento faccio oggi per le gambe?",
        "pt": "Qual é o treino de hoje para as pernas?",
        "nl": "Wat zal ik vandaag trainen voor mijn benen?",
        "es": "¿Qué entreno hoy para las piernas?",
    }[lang]
    assert foreign_risks.loose(message) is None
    shown, broken = safety.review("Ja, morgen gewoon intervallen, ga ervoor en train zwaar.", None, message=message)
    assert broken == "language" and shown == translations.TEXTS["language_notice", lang]
    assert localised.english(shown) == FOR_OUTPUT["language"]
    with_engine = safety.with_offline("language", shown, "Vigor's built-in coach: here's the plan.", message)
    assert with_engine.startswith(shown) and with_engine.endswith("here's the plan.")
