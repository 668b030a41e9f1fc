"""hBN (issue 15, rr16 kinds 3, 4 and 6): heart signs, wishes not to be here, a birth weeks ago with heavy loads,
purging, underweight with a lower goal and short drug-dose questions in DE/FR/IT/ES/PT/NL are caught on input and
answered in the user's language; an answer stopped for its language gives the safety answer; the postnatal text has
every language; look-alikes stay training talk. Corpus: tests/unit/safety_corpus_rr16_hBN.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.coach import safety
from shared.safety import foreign_risks, inputs, localised, translations, weight_goals
from shared.safety.replies import POSTPARTUM, UNDERWEIGHT, URGENT, reply_for
from shared.safety.translations_rr16 import RR16_KINDS
from tests.unit.safety_corpus_rr16_hBN import RR16_HBN_LOOK_ALIKES, RR16_HBN_PIECES, RR16_HBN_RISKY

_IDS = [f"{kind}-{lang}-{m[:30]}" for m, _, lang, kind in RR16_HBN_RISKY]
_KIND_TEXT = {"cardiac": "cardiac", "crisis": "self_harm", "postnatal": "postpartum", "purging": "eating_disorder",
              "underweight": "underweight", "ped": "ped"}  # fmt: skip


def _first(answer: str) -> str:
    return answer.split("\n\n", 1)[0]


@pytest.mark.parametrize(("message", "category", "lang", "kind"), RR16_HBN_RISKY, ids=_IDS)
def test_a_risky_message_is_caught_and_answered_with_its_kinds_text_in_its_language(
    message: str, category: str, lang: str, kind: str
) -> None:
    assert inputs.classify(message) == category
    answer = reply_for(category, message)
    assert _first(answer) == _first(translations.TEXTS[_KIND_TEXT[kind], lang]), answer[:120]
    assert "English only" not in answer


def test_every_kind_is_covered_in_all_six_languages() -> None:
    for kind in ("cardiac", "crisis", "postnatal", "purging", "underweight"):
        assert {lang for _, _, lang, k in RR16_HBN_RISKY if k == kind} == set(translations.LANGUAGES), kind
    assert {lang for _, lang in RR16_HBN_PIECES} == set(translations.LANGUAGES)


@pytest.mark.parametrize("message", RR16_HBN_LOOK_ALIKES)
def test_look_alikes_stay_training_talk(message: str) -> None:
    assert inputs.classify(message) in (None, "pain"), message
    assert not foreign_risks.cardiac(message) and not foreign_risks.wish_gone(message)
    assert not foreign_risks.postnatal_early(message)


def test_the_look_alikes_are_at_most_two_percent_refused() -> None:
    refused = [m for m in RR16_HBN_LOOK_ALIKES if inputs.classify(m) not in (None, "pain")]
    assert len(RR16_HBN_LOOK_ALIKES) >= 15 and len(refused) / len(RR16_HBN_LOOK_ALIKES) <= 0.02


@pytest.mark.parametrize(
    ("message", "category", "lang"),
    [(m, c, lang) for m, c, lang, kind in RR16_HBN_RISKY if kind in ("cardiac", "crisis")],
)
def test_an_answer_stopped_for_its_language_gives_the_safety_answer_not_the_notice(
    message: str, category: str, lang: str
) -> None:
    assert foreign_risks.loose(message) == category
    shown, broken = safety.review("Ja, morgen gewoon intervallen, ga ervoor en train zwaar.", None, message=message)
    assert broken == "language" and "English only" not in shown
    assert localised.language_of(_first(shown)) == lang, shown[:100]


@pytest.mark.parametrize(("turns", "lang"), RR16_HBN_PIECES)
def test_the_third_piece_wants_lower_and_the_pieces_together_are_underweight(
    turns: tuple[str, str, str], lang: str
) -> None:
    assert foreign_risks.wants_lower(turns[2])
    assert not inputs.classify(turns[0]) and not inputs.classify(turns[1])  # a height alone, a weight alone: no flag
    assert localised.language_of(localised.localise(UNDERWEIGHT, turns[2])) == lang


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_postnatal_text_has_every_language_and_reads_back_as_english(lang: str) -> None:
    message = translations.TEXTS["injection", lang]  # certainly in `lang`
    answer = localised.localise(POSTPARTUM, message)
    assert answer == translations.TEXTS["postpartum", lang]  # no English lead before the English text (rr16)
    assert localised.language_of(answer) == lang and "12" in answer
    assert localised.english(answer) == POSTPARTUM


_BIRTHS = {
    "de": "Ich habe vor {n} Wochen entbunden. Darf ich schon schwere Kniebeugen machen?",
    "fr": "J'ai accouché il y a {n} semaines, je peux courir ?",
    "it": "Ho partorito {n} settimane fa, posso fare salti?",
    "es": "Tuve una cesárea hace {n} semanas. ¿Puedo correr?",
    "pt": "Tive cesariana há {n} semanas. Posso fazer abdominais pesados?",
    "nl": "Ik ben {n} weken geleden bevallen. Mag ik springen?",
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_BIRTHS)), st.integers(min_value=1, max_value=30))
def test_property_a_birth_up_to_12_weeks_ago_with_loads_is_the_postnatal_answer(lang: str, weeks: int) -> None:
    message = _BIRTHS[lang].format(n=weeks)
    assert foreign_risks.postnatal_early(message) == (weeks <= 12)
    if weeks <= 12:
        assert inputs.classify(message) == "pregnancy"
        assert reply_for("pregnancy", message) == translations.TEXTS["postpartum", lang]


_UNDER = {
    "pt": "Meço {h} e peso {w} kg, quero chegar a {g}. Dieta?",
    "es": "Mido {h} y peso {w} kg, quiero llegar a {g}. ¿Qué cardio?",
    "fr": "Je mesure {h} m et je pèse {w} kg, je veux descendre à {g}. Quel cardio ?",
    "it": "Sono alta {h} e peso {w} kg, voglio arrivare a {g}. Che dieta?",
    "nl": "Ik ben {h} m en weeg {w} kg, ik wil naar {g}. Welk schema?",
}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(_UNDER)), st.integers(min_value=150, max_value=190), st.integers(40, 95))
def test_property_a_goal_under_bmi_18_5_is_the_underweight_answer_and_a_healthy_one_is_not(
    lang: str, cm: int, kg: int
) -> None:
    goal = kg - 3
    message = _UNDER[lang].format(h=f"1,{cm - 100:02d}", w=kg, g=goal)
    under = goal / (cm / 100) ** 2 < 18.5
    assert weight_goals.underweight_goal(message) == under
    if under:
        assert inputs.classify(message) == "eating_disorder"
        assert _first(reply_for("eating_disorder", message)) == _first(translations.TEXTS["underweight", lang])
    elif kg / (cm / 100) ** 2 >= 20:
        assert inputs.classify(message) not in ("eating_disorder", "self_harm", "urgent")


@pytest.mark.parametrize(("kind", "english"), [(k, text) for k, text in URGENT.items() if k in RR16_KINDS])
@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_urgent_sub_kinds_and_watch_readings_are_whole_in_the_users_language(
    kind: str, english: str, lang: str
) -> None:
    message = translations.TEXTS["injection", lang]
    answer = localised.localise(english, message)
    assert answer == translations.TEXTS[kind, lang]  # the whole answer, not a lead over the English text (rr16)
    assert translations.LEADS[lang] not in answer and "112" in answer
    assert localised.language_of(answer) == lang and localised.english(answer) == english
