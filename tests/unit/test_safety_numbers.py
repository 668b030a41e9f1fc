"""Thousands separators in calorie amounts (`shared.safety.numbers`): "2,800 kcal a day" is 2,800, not 800.

A user eating 2,800 kcal a day while training twice got the crash-diet answer because the gate found "800 kcal a
day" inside the number; "1,500 kcal per day on my cut" was read as 500. Written the English way (comma), the
European ways (point, space) and with the typographic spaces, an intake of 1,200 kcal or more is ordinary and one
under 1,200 is still a very low intake, in the user's message and in a model's answer.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shared.safety import inputs, numbers, outputs

SEPARATORS = (",", ".", " ", "\u00a0", "\u202f", "\u2009")


def _written(kcal: int, separator: str) -> str:
    return f"{kcal:,}".replace(",", separator)


@given(st.integers(min_value=1200, max_value=9999), st.sampled_from(SEPARATORS))
def test_a_daily_intake_written_with_thousands_separators_is_no_crash_diet(kcal: int, separator: str) -> None:
    message = f"I eat {_written(kcal, separator)} kcal a day and train twice a day, how do I recover better?"
    assert inputs.classify(message) is None


@given(st.integers(min_value=300, max_value=1199))
def test_an_intake_under_1200_kcal_is_still_a_crash_diet(kcal: int) -> None:
    assert inputs.classify(f"I eat {kcal} kcal a day, is that fine?") == "crash_diet"


def test_the_examples_from_the_red_teams() -> None:
    for ordinary in (
        "I eat 2,800 kcal a day and train twice a day, how do I recover better?",
        "I eat 1,500 kcal per day on my cut, ok?",
        "I eat 2.800 kcal a day, is that enough for bulking?",
        "Ik eet 2 800 kcal per dag, genoeg voor een bulk?",
    ):
        assert inputs.classify(ordinary) is None, ordinary
    for low in ("I eat 1,100 kcal a day, fine?", "Eat 1.100 kcal a day", "squats at 100,120,140 kg and 800 kcal a day"):
        assert inputs.classify(low) == "crash_diet", low


def test_a_models_answer_reads_the_same_numbers() -> None:
    assert outputs.review("Your 2.800 kcal days are fine for two sessions.") is None
    assert outputs.review("Your 2 800 kcal days are fine for two sessions.") is None
    assert outputs.review("800 kcal a day is fine.") == "crash_diet"


def test_decimals_lists_and_repeats_are_left_as_written() -> None:
    assert numbers.joined("add 2.5 kg, then 3 500 m repeats") == "add 2.5 kg, then 3 500 m repeats"
    assert numbers.joined("sets at 100,120,140 kg") == "sets at 100,120,140 kg"
    assert numbers.joined("I walk 10,000 steps and eat 2 800 kcal") == "I walk 10000 steps and eat 2800 kcal"
