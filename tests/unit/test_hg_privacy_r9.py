"""R9 privacy findings (issue 15), by kind, on what Vigor sends a provider (`prompts.scrub_text`) and shows back
(`people.answer_cleaned`): Irish and Gaelic names, names introduced in other languages, a child's school, fitness and
social accounts without an "@", a card's expiry date and security code. Each with benign near-misses."""

from __future__ import annotations

import pytest

from shared.llm import prompts
from shared.safety.people import answer_cleaned

# (typed, what must not be sent, what must)
TAKEN_OUT = [
    ("my physio Ó Súilleabháin says rest", ("Súilleabháin",), "my physio [person] says rest"),
    ("my coach Mac Giolla Phádraig said so", ("Giolla", "Phádraig"), "my coach [person] said so"),
    ("my friend O'Brien lifts too", ("O'Brien",), "my friend [person]"),
    ("Dr. Ní Bhriain told me to rest", ("Bhriain",), "Dr. [person] told me"),
    ("I'm Seán Ó Súilleabháin", ("Seán", "Súilleabháin"), "I'm [name]"),
    ("Hi, I'm Ciarán Ó Ceallaigh", ("Ciarán", "Ceallaigh"), "I'm [name]"),
    ("I'm Mary O'Brien, 34", ("Mary", "O'Brien"), "I'm [name], 34"),
    ("Mi chiamo Giulia e voglio fare squat", ("Giulia",), "Mi chiamo [name] e voglio fare squat"),
    ("mi chiamo giulia rossi", ("giulia",), "mi chiamo [name]"),
    ("Me llamo Ana García y quiero correr", ("Ana", "García"), "Me llamo [name] y quiero correr"),
    ("Mi nombre es Lucía", ("Lucía",), "Mi nombre es [name]"),
    ("Ich heiße Jürgen Müller", ("Jürgen", "Müller"), "Ich heiße [name]"),
    ("ich heisse jürgen und ich will stärker werden", ("jürgen",), "und ich will"),
    ("Mein Name ist Hans", ("Hans",), "Mein Name ist [name]"),
    ("Je m'appelle Chloé Dubois", ("Chloé", "Dubois"), "Je m'appelle [name]"),
    ("Je m\u2019appelle Chloé", ("Chloé",), "[name]"),
    ("Ciao, sono Marco.", ("Marco",), "sono [name]."),
    ("Hola, soy Ana.", ("Ana",), "soy [name]."),
    ("Is mise Siobhán", ("Siobhán",), "Is mise [name]"),
    ("my kid goes to St Mary's", ("Mary",), "my kid goes to [school]"),
    ("my son goes to St Mary's and I drop him at 8", ("Mary",), "and I drop him at 8"),
    ("our twins are at Gaelscoil Bharra", ("Bharra",), "[school]"),
    ("my daughter attends Scoil Bhríde", ("Bhríde",), "my daughter attends [school]"),
    ("my daughter is in St. Joseph's National School and I pick her up at 3", ("Joseph",), "pick her up at 3"),
    ("my strava is @runner_joe", ("runner_joe",), "my strava is [handle]"),
    ("my strava is runner_joe", ("runner_joe",), "my strava is [handle]"),
    ("find me on strava: xyz_runs", ("xyz_runs",), "find me on strava: [handle]"),
    ("follow me on insta joefit88", ("joefit88",), "[handle]"),
    ("my instagram handle is fit.joe", ("fit.joe",), "[handle]"),
    ("add me on strava as joebloggs", ("joebloggs",), "[handle]"),
    ("Strava: joe_runs", ("joe_runs",), "[handle]"),
    ("card 4111 1111 1111 1111 exp 04/27", ("4111", "04/27"), "exp [card expiry]"),
    ("my card expires 11/28", ("11/28",), "expires [card expiry]"),
    ("visa 4111111111111111 12/2027", ("2027", "4111"), "[card expiry]"),
    ("card exp 04/27 cvv 123", ("04/27", "123"), "cvv [card code]"),
    ("debit card valid thru 09/26", ("09/26",), "[card expiry]"),
]
KEPT = [
    "Romanian deadlift 3x8",
    "Bulgarian split squats and Turkish get-ups",
    "my race is on 04/27, how to taper?",
    "marathon 04/27, expires in my head as the big day",
    "my membership expires 04/27",
    "expiry 04/27 on my protein tub",
    "my strava is broken",
    "my strava is down again",
    "my garmin is showing 180 bpm",
    "I logged it on strava: 10k in 50 min",
    "my son goes to football on Tuesdays",
    "my kids go to the local school",
    "my son is at training",
    "I'm Irish and I'm Tired today",
    "Ich bin Anfänger.",
    "Sono stanco oggi",
    "my coach says rest",
]


@pytest.mark.parametrize(("typed", "secrets", "kept"), TAKEN_OUT)
def test_identifiers_are_taken_out_and_the_rest_stays(typed: str, secrets: tuple[str, ...], kept: str) -> None:
    sent = prompts.scrub_text(typed)
    assert [s for s in secrets if s in sent] == [], sent
    assert kept in sent, sent


@pytest.mark.parametrize("typed", KEPT)
def test_near_misses_reach_the_provider_unchanged(typed: str) -> None:
    assert prompts.scrub_text(typed) == typed


def test_a_display_name_with_an_apostrophe_or_fada_is_taken_out_both_ways() -> None:
    name = "Niamh O'Brien"
    assert "O'Brien" not in prompts.scrub_text("O'Brien's plan is on Monday", name)
    assert "O'Brien" not in answer_cleaned("Nice work, O'Brien! Rest tomorrow.", name=name)
    assert "Súilleabháin" not in prompts.scrub_text("i'm siobhán ó súilleabháin", "Siobhán Ó Súilleabháin")


def test_the_new_placeholders_read_as_plain_words_in_an_answer() -> None:
    shown = answer_cleaned("Train after the [school] run. Never share [card expiry] or [card code] in chat.")
    assert "[" not in shown and "the school run" in shown and "your card's expiry date" in shown
