"""hAT (issue 15, rr13 leftovers, kind 1): every safety answer kind answers in the user's language.

One table (`translations.TEXTS`, keyed by (kind, language)) holds every translated answer; `localised` picks it. The
crash-diet, drug, minors' and underweight answers were English only for a message in DE/FR/IT/PT/NL/ES."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.safety import inputs, localised, translations
from shared.safety.replies import reply_for
from tests.unit.safety_corpus_hat_languages import MESSAGES

_PAIRS = [(kind, lang) for kind in translations.KINDS for lang in translations.LANGUAGES]


def test_one_table_holds_every_kind_in_every_language() -> None:
    assert set(translations.TEXTS) == set(_PAIRS)
    assert {"crash_diet", "ped", "minor", "underweight", "minor_ped", "parent_minor"} <= set(translations.KINDS)


@pytest.mark.parametrize(("kind", "lang"), _PAIRS)
def test_each_translation_reads_as_its_language_and_maps_back_to_english(kind: str, lang: str) -> None:
    text = translations.TEXTS[kind, lang]
    assert localised.language_of(text) == lang, (kind, lang)
    english = localised.english_text(kind)
    assert text in localised.versions(english)
    assert localised.english(text).split("\n\n")[0] == english  # the Spanish crisis lines follow it
    assert "911, 999" not in text  # the English list of numbers is not carried into a translation


@pytest.mark.parametrize(("kind", "lang"), _PAIRS)
def test_an_english_text_is_localised_to_a_message_in_that_language(kind: str, lang: str) -> None:
    english = localised.english_text(kind)
    message = translations.TEXTS[kind, lang]  # a message certainly in `lang`
    assert localised.localise(english, message).startswith(translations.TEXTS[kind, lang])
    assert localised.localise(english, "Is this safe for me?") == english  # English stays English


@pytest.mark.parametrize(("kind", "lang"), list(MESSAGES))
def test_a_message_in_a_language_gets_its_kinds_answer_in_that_language(kind: str, lang: str) -> None:
    message, category, minor = MESSAGES[kind, lang]
    assert inputs.classify(message) == category
    answer = reply_for(category, message, minor=minor)
    assert answer.endswith(translations.TEXTS[kind, lang]), answer[:80]
    assert localised.language_of(answer) == lang


def test_the_corpus_covers_the_four_kinds_in_all_six_languages() -> None:
    kinds = {kind for kind, _ in MESSAGES}
    assert {"crash_diet", "ped", "minor", "underweight"} <= kinds
    assert all((kind, lang) in MESSAGES for kind in kinds for lang in translations.LANGUAGES)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(translations.KINDS), st.sampled_from(translations.LANGUAGES), st.booleans())
def test_property_every_kind_in_every_language_is_answered_in_it(kind: str, lang: str, thanks: bool) -> None:
    # whatever the kind and the language, the English answer given to a message in that language reads in it
    english = (localised.THANKS_EN if thanks else "") + localised.english_text(kind)
    answer = localised.localise(english, translations.TEXTS[kind, lang])
    assert localised.language_of(answer) == lang
    assert answer.startswith(translations.THANKS[lang]) == thanks


def test_the_old_per_round_tables_are_gone() -> None:
    import importlib.util

    for name in ("shared.safety.localised_rr12", "shared.safety.localised_rr13"):
        assert importlib.util.find_spec(name) is None
