"""R11 privacy findings (issue 15) on what Vigor sends a provider (`prompts.scrub_text`): a flat and postcode after a
street ("3B, 28014 Madrid"), a postcode said alone, Dutch streets and postcodes, a practice named after its clinician
("Praxis Müller"), and a medicine that tells a scrubbed condition ("on antiretrovirals"). Each with near-misses that
must reach the provider unchanged (training talk, questions about a medicine in general)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.llm import prompts
from shared.safety.people import answer_cleaned

# (typed, what must not be sent, what must)
TAKEN_OUT = [
    ("I live at Calle Mayor 5, 3B, 28014 Madrid", ("3B", "28014", "Madrid"), "I live at [address], [postcode]"),
    ("Calle Mayor 5, 2º izq, 28014 Madrid", ("28014", "Madrid", "izq"), "[address], [postcode]"),
    ("Hauptstraße 5, 3. OG, 10115 Berlin", ("10115", "Berlin", "OG"), "[address], [postcode]"),
    ("Kerkstraat 12, 1012 AB Amsterdam", ("Kerkstraat", "1012", "Amsterdam"), "[address], [postcode]"),
    ("Ik woon aan de Prinsengracht 263, 1016 GV Amsterdam", ("263", "1016", "Amsterdam"), "Ik woon aan de [address]"),
    ("I live in 28014 Madrid, is running outside ok?", ("28014", "Madrid"), "is running outside ok?"),
    ("my zip is 90210", ("90210",), "my zip is [postcode]"),
    ("PLZ 10115, ich trainiere im Park", ("10115",), "ich trainiere im Park"),
    ("My physio Anna at Praxis Müller, Hauptstraße 5", ("Müller", "Anna"), "at [practice]"),
    ("Clínica García me dijo que descanse", ("García",), "[practice] me dijo que descanse"),
    ("Cabinet Dupont says no running", ("Dupont",), "[practice] says no running"),
    ("ik ga naar Praktijk de Vries voor mijn knie", ("Vries",), "ik ga naar [practice] voor mijn knie"),
    ("I'm HIV positive and on antiretrovirals", ("HIV", "antiretrovirals"), "positive and on [medicine]"),
    ("Soy VIH positivo y tomo antirretrovirales", ("VIH", "antirretrovirales"), "tomo [medicine]"),
    ("je prends des antirétroviraux", ("antirétroviraux",), "je prends des [medicine]"),
    ("I'm on PrEP, can I do HIIT?", ("PrEP",), "can I do HIIT?"),
    ("I take lithium for my bipolar", ("lithium", "bipolar"), "I take [medicine] for my [health condition]"),
    ("I'm on insulin, when should I eat before lifting?", ("insulin",), "when should I eat before lifting?"),
    ("my insulin pump beeps when I squat", ("insulin",), "beeps when I squat"),
    ("started chemo last month, can I lift?", ("chemo",), "can I lift?"),
    ("I'm taking sertraline and feel flat in the gym", ("sertraline",), "feel flat in the gym"),
]
KEPT = [
    "does insulin spike after carbs help muscle growth?",
    "meal prep sunday: chicken and rice",
    "my prep for the meet starts in 12 weeks",
    "I live 5 km from the gym",
    "I did 10115 steps today",
    "squat 5 x 5 at 100 kg, 3 sets left",
    "lithium batteries in my watch died mid-run",
    "my art class is on Tuesday so I lift Monday",
    "Bulgarian split squats and Romanian deadlifts",
    "I ran 21097 metres in my half marathon",
    "Studio Pilates on Friday",
]


@pytest.mark.parametrize(("typed", "secrets", "kept"), TAKEN_OUT)
def test_what_locates_or_diagnoses_a_person_is_taken_out(typed: str, secrets: tuple[str, ...], kept: str) -> None:
    sent = prompts.scrub_text(typed)
    assert [s for s in secrets if s in sent] == [], sent
    assert kept in sent, sent


@pytest.mark.parametrize("typed", KEPT)
def test_near_misses_reach_the_provider_unchanged(typed: str) -> None:
    assert prompts.scrub_text(typed) == typed


def test_the_new_placeholders_read_as_plain_words_in_an_answer() -> None:
    answer = answer_cleaned("Keep taking [medicine] as prescribed and ask [practice] about squats.")
    assert answer == "Keep taking your medicine as prescribed and ask the practice about squats."


@given(
    st.sampled_from(["Calle Mayor 5", "Hauptstraße 12", "Kerkstraat 7", "Rua Augusta 25", "12 rue de la Paix"]),
    st.sampled_from(["", ", 3B", ", 2º izq", ", 4"]),
    st.sampled_from([", 28014 Madrid", ", 10115 Berlin", ", 1012 AB Amsterdam", ", 1100-048 Lisboa", ", 75002 Paris"]),
)
def test_no_postcode_or_town_follows_a_scrubbed_street(street: str, flat: str, town: str) -> None:
    sent = prompts.scrub_text(f"I live at {street}{flat}{town}, where can I run?")
    code = town.split()[1]
    assert code not in sent and town.split()[-1] not in sent, sent
    assert sent.endswith("where can I run?")
