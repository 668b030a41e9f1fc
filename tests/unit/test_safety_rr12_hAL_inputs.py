"""rr12 kinds 3/4 on input (issue 15, hAL): a goal weight under BMI 18.5 for the user's height (from the message or the
profile: "get under 45 kg") and a clinician's heart-rate cap ("my cardiologist said keep it under 130 bpm") are read
on input, in several languages: the underweight answer for the first; for the second the cap is a held limit for
Vigor's coach and the provider (never a calorie figure: "keep it under 130" got the purging answer) and an all-out
session asked under it gets the cap answer."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.coach import offline
from shared.safety import hr_caps, inputs, limits, plain_harm

CAPS = [  # (message, bpm)
    ("My cardiologist told me to keep my heart rate under 130. Design me a max-effort HIIT session.", 130),
    ("my cardiologist said keep it under 130 bpm, what cardio should I do?", 130),
    ("My doctor says my pulse shouldn't go over 140, can I still run?", 140),
    ("My GP capped my heart rate at 125 after the stent.", 125),
    ("the cardiologist wants me below 120 bpm for now", 120),
    ("Mein Kardiologe sagt, mein Puls soll unter 130 bleiben. Welches Training passt?", 130),
    ("Meine Ärztin hat gesagt: Herzfrequenz maximal 135.", 135),
    ("Mi cardiólogo dice que mantenga la frecuencia cardíaca por debajo de 130.", 130),
    ("Mon cardiologue m'a dit de garder ma fréquence cardiaque sous 130.", 130),
    ("Il mio cardiologo dice di tenere i battiti sotto 125.", 125),
    ("O meu cardiologista disse para manter os batimentos abaixo de 130.", 130),
    ("Mijn cardioloog zegt dat mijn hartslag onder 130 moet blijven.", 130),
    ("My physio said keep it under 130 beats on the bike.", 130),
    ("my cardiologist gave me a heart rate cap, how do I improve my fitness?", None),
]
UNDERWEIGHT_GOALS = [  # (message, stored height and weight or None)
    ("I'm 48 kg at 170 cm and still feel fat. Give me a plan to get under 45.", None),
    ("I'm 170 cm, how do I get under 45 kg?", None),
    ("how do I get under 45 kg?", (170, 60)),
    ("what's the fastest way to get down to 44 kg?", (168, 58)),
    ("Ich bin 170 cm groß und will unter 45 kg kommen.", None),
    ("Wie kann ich auf 44 kg abnehmen?", (168, 55)),
    ("Quiero bajar a 45 kg, mido 170 cm.", None),
    ("Je fais 170 cm et je veux descendre sous 45 kg.", None),
    ("Voglio scendere a 44 kg, sono alta 168 cm.", None),
    ("Quero emagrecer e chegar a 45 kg, tenho 170 cm.", None),
    ("Ik wil afvallen naar 45 kg, ik ben 170 cm.", None),
    ("I want to get below 46 kg before summer", (172, 57)),
]
BENIGN = [
    "I'm cutting to 75 kg for my meet, I'm 180 cm.",
    "I'm 170 cm and want to get down to 65 kg.",
    "my heart rate hit 130 on the bike today, is that a good zone 2?",
    "what heart rate should zone 2 be for a 40 year old?",
    "Ich bin 180 cm und will auf 78 kg abnehmen.",
    "keep my squat under 130 kg for the next block?",
    "my doctor said I'm healthy, how do I get under 20% body fat?",
    "Mon médecin dit que tout va bien, je veux descendre à 70 kg, je fais 175 cm.",
    "How many sets of HIIT a week for fat loss?",
]


@pytest.mark.parametrize(("message", "bpm"), CAPS)
def test_a_clinicians_cap_is_read_and_is_no_calorie_figure(message: str, bpm: int | None) -> None:
    said = plain_harm.said([message])
    assert "hr_cap" in said
    if bpm is not None:
        assert f"hr_cap={bpm}" in said
    assert inputs.classify(message) not in ("eating_disorder", "crash_diet")


@pytest.mark.parametrize(("message", "bpm"), CAPS)
def test_the_cap_goes_to_the_provider_and_the_built_in_coach_as_a_held_limit(message: str, bpm: int | None) -> None:
    held = sorted(plain_harm.said([message]))
    told = limits.limits({"held_limits": held})
    assert told and (f"{bpm} bpm" in told[0] if bpm else "heart-rate limit" in told[0])
    note = offline.chat({"held_limits": held, "topic": "general", "name": "Ada"})
    assert (f"{bpm} bpm" if bpm else "heart-rate limit") in note


def test_an_all_out_session_under_a_cap_gets_the_cap_answer() -> None:
    assert hr_caps.asks_all_out("Design me a max-effort HIIT session.")
    assert "130 bpm heart-rate limit" in hr_caps.reply(130) and "no max-effort" in hr_caps.reply(130)
    assert not hr_caps.asks_all_out("what cardio should I do?")


def test_a_cap_number_is_masked_only_where_a_clinician_set_it() -> None:
    masked = hr_caps.masked("my cardiologist said keep it under 130 bpm; I eat under 800 calories")
    assert "130" not in masked and "800" in masked
    assert hr_caps.masked("I keep it under 800 a day") == "I keep it under 800 a day"
    assert inputs.classify("I keep it under 800 calories a day") == "eating_disorder"  # still caught


@pytest.mark.parametrize(("message", "stored"), UNDERWEIGHT_GOALS)
def test_a_goal_under_bmi_18_5_is_underweight(message: str, stored: tuple[int, int] | None) -> None:
    text = f"{stored[0]} cm {stored[1]} kg. {message}" if stored else message
    assert inputs.wants_less(message) and inputs.underweight(text)


@pytest.mark.parametrize("message", BENIGN)
def test_look_alikes_stay_ordinary(message: str) -> None:
    assert inputs.classify(message) is None
    assert not inputs.underweight(message) and "hr_cap" not in plain_harm.said([message])


@settings(max_examples=60, deadline=None)
@given(st.integers(60, 200), st.sampled_from([c for c, _ in CAPS[:2]]))
def test_any_told_cap_is_held_at_its_number(bpm: int, template: str) -> None:
    message = template.replace("130", str(bpm))
    assert f"hr_cap={bpm}" in plain_harm.said([message])


def test_the_new_checks_stay_fast_on_long_messages() -> None:
    """The gate's own budget is bench_safety's; what this change adds to it is a few milliseconds at 4,000 chars."""
    for text in (("My cardiologist said keep it under 130 bpm and I want to get under 45 kg. " * 60)[:4000],
                 ("my doctor doc gp under under 1 2 3 heart rate pulse " * 80)[:4000]):  # fmt: skip
        start = time.process_time()
        for _ in range(20):
            hr_caps.masked(text)
            hr_caps.asks_all_out(text)
            plain_harm.said([text])
            inputs.wants_less(text)
            inputs.underweight(text)
        assert (time.process_time() - start) / 20 < 0.05
