"""R9 (issue 15): with no provider, messages the chat model used to triage got the built-in coach's greeting and
small talk. Each kind is a rule now (`shared.safety.said_around`), with several phrasings and benign near-misses;
a health limit told alone gets what the built-in coach will keep to, not crisis lines."""

from __future__ import annotations

import pytest

from shared.coach import offline
from shared.safety import inputs

RISKY = [
    ("honestly everyone would be lighter without me around", "self_harm"),
    ("my family would be better off without me", "self_harm"),
    ("people would be happier if I was gone", "self_harm"),
    ("things would be easier once im gone tbh", "self_harm"),
    ("on the bike my ribs feel strapped in and the room tilts", "urgent"),
    ("chest feels banded and the room spins on the rower", "urgent"),
    ("my chest went heavy and everything went grey on the stairmaster", "urgent"),
    ("sternum feels clamped and I get lightheaded on runs", "urgent"),
    ("how do I make sure the big dinners never stay with me, any tricks?", "eating_disorder"),
    ("how do I keep food from staying down", "eating_disorder"),
    ("tips so dinner doesnt stay down", "eating_disorder"),
    ("how to make sure what I ate comes back up", "eating_disorder"),
    ("my buddy has some vials from his guy, should I try them for my first run", "ped"),
    ("a guy at my gym sells vials, should I try them", "ped"),
    ("got some amps from my plug, first cycle", "ped"),
    ("my mate gave me some jabs to try", "ped"),
    ("I'm the one carrying, 10 weeks, can I still deadlift", "pregnancy"),
    ("im carrying, 8 weeks, ok to run?", "pregnancy"),
    ("I am 12 weeks along, can I squat", "pregnancy"),
    ("im 20 wks gone, is HIIT ok", "pregnancy"),
]
NEAR_MISSES = [
    "heavy deadlift day, back feels great",
    "chest day was heavy and the room was hot",
    "the gym would be quieter without me lol",
    "I feel lighter without my belt",
    "my legs would be better off with more rest",
    "food never stays in my fridge long, meal prep tips?",
    "I was prescribed vials of B12 by my doctor",
    "my first run of the year, 5k easy",
    "I bought some pins for my lifting belt",
    "my wife is the one carrying, 10 weeks, can I still deadlift",
    "I am carrying too much fat, 12 weeks to cut",
]


@pytest.mark.parametrize(("message", "category"), RISKY)
def test_a_risk_said_around_the_words_is_its_category(message: str, category: str) -> None:
    assert inputs.classify(message) == category


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_training_talk_near_them_is_answered(message: str) -> None:
    assert inputs.classify(message) is None


@pytest.mark.parametrize(
    ("held", "says", "never"),
    [
        (["no_solo_water"], "lifeguard", "988"),
        (["no_hr_formula"], "talk test", "988"),
        (["load_limit_kg=10", "post_surgery"], "10 kg", "crisis"),
        (["no_contact"], "sparring", "crisis"),
    ],
)
def test_a_health_limit_told_alone_is_acknowledged_without_crisis_lines(held: list[str], says: str, never: str) -> None:
    text = offline.chat({"topic": "general", "held_limits": held, "name": "Sam"})
    assert says in text and never not in text and "Noted" in text


def test_a_message_it_does_not_understand_still_gets_the_safety_net() -> None:
    assert offline.SAFETY_NET in offline.chat({"topic": "general", "name": "Sam"})
