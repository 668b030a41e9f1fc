"""hBG (issue 15, rr16 kind 7): one high watch reading at rest with nothing felt gets a sports physician's answer (the
sensor most often; check the pulse by hand; a doctor if it repeats or comes with symptoms; emergency services if
those happen now), not the emergency text, and sets no "symptoms" flag; Spanish soreness of a named muscle after
training is answered, not given the pain text. The same words with a symptom, a repeat, AFib, exercise or an alarm
keep their handling."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.coach import flags
from shared.coach import safety as coach_safety
from shared.safety import device_reading, inputs, localised, outputs
from shared.safety.replies import URGENT, reply_for
from tests.unit.safety_corpus import BENIGN, NOT_ENGLISH, RED_TEAM
from tests.unit.safety_corpus_rr16 import (
    RR16_DOMS,
    RR16_DOMS_STILL_RISKY,
    RR16_READINGS_STILL_RISKY,
    RR16_RESTING_READINGS,
)

_EMERGENCY = ("Please stop exercising now", "Deja de hacer ejercicio", "Arrête l'exercice", "Hör sofort auf")


def test_the_corpus_has_three_phrasings_a_kind_in_several_languages() -> None:
    assert len(RR16_RESTING_READINGS) >= 12 and sum(not m.isascii() for m in RR16_RESTING_READINGS) >= 6
    assert len(RR16_DOMS) >= 12 and set(RR16_DOMS) <= set(BENIGN) and set(RR16_DOMS) <= NOT_ENGLISH
    assert {(m, c) for m, c, _ in RR16_READINGS_STILL_RISKY if c} <= set(RED_TEAM)


@pytest.mark.parametrize("message", RR16_RESTING_READINGS)
def test_a_resting_watch_reading_gets_the_fitted_answer_not_the_emergency_text(message: str) -> None:
    assert inputs.classify(message) == "urgent" and inputs.urgent_kind(message) == "resting_reading"
    reply = reply_for("urgent", message)
    # in the user's language since rr16 (hBN): its English reading is the fitted answer
    assert device_reading.REPLY in localised.english(reply)
    assert not any(e in reply for e in _EMERGENCY), reply[:120]


def test_the_fitted_answer_says_what_a_sports_physician_would() -> None:
    text = URGENT["resting_reading"]
    for phrase in ("sensor", "loose strap", "count your pulse", "happens again", "palpitations", "dizziness",
                   "chest pain", "breathlessness", "emergency number", "now"):  # fmt: skip
        assert phrase in text, phrase
    assert outputs.review(text) is None  # Vigor's own words pass its output rules


@pytest.mark.parametrize(("message", "category", "kind"), RR16_READINGS_STILL_RISKY)
def test_a_symptom_a_repeat_afib_or_exercise_keeps_the_current_handling(
    message: str, category: str | None, kind: str | None
) -> None:
    assert inputs.classify(message) == category
    assert not device_reading.resting_spike(message)
    if kind is not None:
        assert inputs.urgent_kind(message) == kind


def test_the_resting_reading_is_not_sticky() -> None:
    assert "resting_reading" in coach_safety.NOT_STICKY


class _Store:
    """Enough of a document store for `flags.remember` to show whether it writes."""

    def __init__(self) -> None:
        self.writes = 0

    async def read(self, *_args: object) -> None:
        return None

    async def create(self, *_args: object) -> None:
        self.writes += 1

    async def patch(self, *_args: object) -> None:
        self.writes += 1


@pytest.mark.parametrize("message", RR16_RESTING_READINGS[:4])
def test_remembering_a_resting_reading_writes_no_flag(message: str) -> None:
    store = _Store()
    kind = inputs.urgent_kind(message)
    done = asyncio.run(flags.remember(store, "u1", "urgent", date(2026, 12, 3), words=message, kind=kind))  # type: ignore[arg-type]
    assert done is False and store.writes == 0


@pytest.mark.parametrize("message", RR16_DOMS)
def test_named_sore_muscles_after_training_are_answered(message: str) -> None:
    assert inputs.classify(message) is None


@pytest.mark.parametrize(("message", "category"), RR16_DOMS_STILL_RISKY)
def test_named_sore_muscles_beside_an_alarm_keep_their_handling(message: str, category: str) -> None:
    assert inputs.classify(message) == category


def test_the_red_team_corpus_still_passes_whole() -> None:
    assert [(m, c) for m, c in RED_TEAM if inputs.classify(m) != c] == []


_SYMPTOMS = ("and I felt dizzy", "and my chest hurt", "and I nearly fainted", "and my heart was racing",
             "and it keeps happening every night", "during my run")  # fmt: skip
_ENGLISH_READINGS = tuple(m for m in RR16_RESTING_READINGS if m.isascii() and m.startswith(("my", "the", "Fit")))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ENGLISH_READINGS), st.sampled_from(_SYMPTOMS))
def test_a_symptom_added_to_a_resting_reading_never_gets_the_fitted_answer(message: str, symptom: str) -> None:
    told = message.rstrip("?!. ") + " " + symptom
    assert not device_reading.resting_spike(told)
    assert inputs.urgent_kind(told) != "resting_reading"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(("watch", "Garmin", "Fitbit", "Oura ring", "tracker")),
    st.integers(min_value=150, max_value=230),
    st.sampled_from(("while I was sitting", "while lying in bed", "while I was asleep", "at my desk")),
)
def test_any_device_rate_and_rest_reads_as_a_resting_reading(device: str, bpm: int, rest: str) -> None:
    message = f"my {device} showed {bpm} bpm {rest}, sensor glitch?"
    assert inputs.urgent_kind(message) == "resting_reading", message
