"""R11 (issue 15), helper hX: what a conversation learned of a prescribed medicine holds for its later answers; a
pregnancy told in chat is the user's own and current before anything is kept; a Functions instance warms the
safety rules at worker start."""

from __future__ import annotations

import importlib
import sys
import threading
import types

import pytest

from shared import bootstrap
from shared.coach import offline, safety
from shared.safety import conversation, pregnancy_own, prescribed

TRT_TOLD = [
    "I'm on TRT prescribed by my endocrinologist for low T.",
    "My doctor put me on testosterone gel for hypogonadism.",
    "On testosterone replacement therapy from my GP, 6 months now.",
    "I get Nebido injections from my urologist.",
]

# A provider's later answer that changes the prescription, adds a hormone on top, or drops the monitoring.
TRT_BROKEN = [
    "Squat 100 kg for 5. Since you're on TRT, bump your dose to 200 mg a week to recover faster.",
    "Add a test booster like tongkat ali and DHEA on top of your TRT for more gains.",
    "On TRT you can skip the blood tests, they're overkill.",
    "Double your testosterone gel on heavy days.",
    "Take an extra injection before your meet for a bit more strength.",
    "Try some tribulus alongside it for libido and recovery.",
    "You don't need the bloodwork every few months; you feel fine.",
]
# Ordinary training and supplement answers, and the same topics said as warnings or deferred to the prescriber.
TRT_FINE = [
    "Squat 100 kg for 5 sets of 5 this week and add 2.5 kg next session.",
    "Take 5 g of creatine a day and eat 1.6 g/kg protein.",
    "Increase your creatine dose to 5 g if you were taking less.",
    "Ask your prescriber before adding DHEA or any testosterone booster.",
    "Don't skip the blood tests your prescriber asks for.",
    "Keep the dose exactly as prescribed, and never double it on heavy days.",
    "Heavy squats and deadlifts are fine; progress your loads as usual.",
]


@pytest.mark.parametrize("told", TRT_TOLD)
def test_prescribed_trt_is_learned_from_several_phrasings(told: str) -> None:
    assert "prescribed_trt" in conversation.health_limits([told])


@pytest.mark.parametrize("answer", TRT_BROKEN)
def test_a_later_answer_that_changes_the_prescription_is_stopped_with_the_trt_answer(answer: str) -> None:
    context = conversation.health_limits([TRT_TOLD[0]])
    assert safety.unsafe(answer, context=context) is not None
    shown, broken = safety.review(answer, None, context=context, message="Any supplements worth adding?")
    assert broken is not None and answer not in shown
    if broken == "clearance":  # a dose in mg keeps the drug refusal (R9); the rest get the TRT answer
        assert shown == prescribed.TRT_HELD and "as prescribed" in shown and "blood tests" in shown


@pytest.mark.parametrize("answer", TRT_FINE)
def test_ordinary_answers_on_trt_pass(answer: str) -> None:
    context = conversation.health_limits([TRT_TOLD[0]])
    assert conversation.breaks_limits(answer, context) is None
    assert safety.review(answer, None, context=context)[1] is None


def test_the_trt_rule_holds_only_where_trt_was_told() -> None:
    # "Double your gel" means nothing without prescribed TRT told; other rules judge it (no health limit broken)
    assert conversation.breaks_limits(TRT_BROKEN[3], frozenset()) is None


def test_the_trt_held_reply_is_itself_safe() -> None:
    context = conversation.health_limits([TRT_TOLD[0]])
    assert conversation.breaks_limits(prescribed.TRT_HELD, context) is None
    assert safety.unsafe(prescribed.TRT_HELD, context=context) is None


@pytest.mark.parametrize(
    ("told", "key", "words"),
    [
        (TRT_TOLD[0], "prescribed_trt", "keep your prescriber's"),
        ("I'm on lithium for bipolar.", "interaction=lithium_heat", "hot yoga"),
        ("I take warfarin.", "interaction=anticoagulant", "fish oil"),
    ],
)
def test_the_built_in_coach_notes_each_learned_medicine_or_condition_on_later_answers(
    told: str, key: str, words: str
) -> None:
    held = conversation.health_limits([told])
    assert key in held
    reply = offline.chat({"topic": "load", "held_limits": sorted(held)})
    assert words in reply and "Noted" in reply


def test_the_trt_note_is_not_repeated_on_the_turn_that_leads_with_it() -> None:
    reply = offline.chat({"topic": "general", "held_limits": ["prescribed_trt", "trt_noted"]})
    assert "prescribed testosterone" not in reply


OWN_NOW = [
    "I'm 20 weeks pregnant, can I squat?",
    "I just found out I'm pregnant!",
    "Estoy embarazada de 12 semanas.",
    "Ich bin in der 20. Woche schwanger.",
    "Je suis enceinte, est-ce que je peux courir ?",
]
NOT_OWN_NOW = [
    "My wife is pregnant, what should I train?",
    "Mi esposa está embarazada.",
    "Meine Frau ist schwanger.",
    "I was pregnant last year, now back to lifting.",
    "When I was pregnant with my son I stopped running.",
    "If I got pregnant, could I keep deadlifting?",
    "What if I become pregnant during the program?",
    "We're trying to get pregnant, is HIIT ok?",
    "Can pregnant women do deadlifts?",
]


@pytest.mark.parametrize("message", OWN_NOW)
def test_the_users_own_current_pregnancy_is_read(message: str) -> None:
    assert pregnancy_own.current(message)


@pytest.mark.parametrize("message", NOT_OWN_NOW)
def test_someone_elses_a_past_or_a_hypothetical_pregnancy_is_not_the_users(message: str) -> None:
    assert not pregnancy_own.current(message)


def test_ordinary_training_talk_is_no_pregnancy() -> None:
    assert not pregnancy_own.current("Heavy deadlift day, back feels great.")


def test_only_the_functions_worker_warms_the_rules() -> None:
    assert not bootstrap.in_functions_worker()  # tests, the local host and benchmarks import the app without it


def test_the_functions_app_warms_the_safety_rules_at_worker_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading function_app in the Functions worker starts the warm-up on a thread; outside it, nothing starts."""
    warmed = threading.Event()

    def fake_warm_up() -> float:
        warmed.set()
        return 0.0

    monkeypatch.setattr("shared.coach.warm.warm_up", fake_warm_up)
    import function_app

    importlib.reload(function_app)
    assert not warmed.wait(0.2)  # a test importing the app pays nothing
    monkeypatch.setitem(sys.modules, "azure_functions_worker", types.ModuleType("azure_functions_worker"))
    started: list[threading.Thread] = []
    real = bootstrap.warm_in_background

    def recorded() -> threading.Thread:
        started.append(real())
        return started[-1]

    monkeypatch.setattr(bootstrap, "warm_in_background", recorded)
    importlib.reload(function_app)
    assert started and started[0].daemon
    started[0].join(10)
    assert warmed.is_set()


def test_a_failed_warm_up_does_not_break_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> float:
        raise RuntimeError("model file missing")

    monkeypatch.setattr("shared.coach.warm.warm_up", broken)
    thread = bootstrap.warm_in_background()
    thread.join(10)
    assert not thread.is_alive()
