"""A symptom named without being had now raises no red flag; one had now still does (issue 15: "Never push through
chest pain: stop and call your doctor." was answered as a cardiac emergency).

The kind: a denial ("no chest pain"), advice quoted or asked about ("stop if you feel dizzy"), and a clinician's
harmless verdict ("my doctor said the chest pain was muscular"). Each frame has a near miss that is the user's
symptom now and must stay urgent.
"""

from __future__ import annotations

import pytest

from shared.safety.inputs import classify
from shared.safety.mentions import not_had

NOT_HAD = [
    # quoted or general advice
    "Never push through chest pain: stop and call your doctor.",
    "never push through chest pain, stop and call your doctor",
    "Don't train through dizziness or chest pain, says the poster at my gym.",
    "The coach's rule is: if you feel chest pain or shortness of breath, stop and call for help.",
    "If you ever get chest pain on a run, stop at once. Good rule, right?",
    "My trainer told me that whenever you feel chest tightness you should stop the session.",
    "My doctor told me to stop if I get chest pain. What's a good warm-up for squats?",
    "Anyone with chest pain should see a doctor before training, right?",
    "What should I do if I get chest pain during a run?",
    "what do i do if i ever feel palpitations while lifting",
    # denials
    "No chest pain, just sore legs after squats.",
    "I have no chest pain or dizziness, my legs are just tired.",
    "I don't have any chest pain, only tight hamstrings.",
    "never had chest pain, shortness of breath or fainting, is HIIT ok for me?",
    "Felt fine today: no dizziness, no chest tightness, good pump.",
    "I didn't feel any chest pressure on the bike today, just burning quads.",
    # a clinician's harmless verdict
    "My doctor said the chest pain was muscular and it's fine to train.",
    "my cardiologist checked the chest pain and said it's reflux, nothing serious.",
    "The GP confirmed the palpitations are harmless, can I do intervals?",
]
HAD_NOW = [
    "I get chest pain when I run.",
    "chest pain during my last set, should I finish the workout?",
    "No chest pain until today, now it's crushing when I climb stairs.",
    "Never had chest pain before, but today on the bike my chest felt tight and heavy.",
    "No chest pain, but my left arm has been numb since the last set.",
    "My doctor said it was fine but the chest pain is back and worse today.",
    "My GP said the palpitations were harmless, but now my heart is racing at rest for an hour.",
    "What should I do if I get chest pain again? It happened twice this week.",
    "I have chest pain and shortness of breath after my run.",
    "If I push through chest pain, will I get fitter?",
    "my chest is tight and heavy when I walk up stairs, doctor said nothing last year",
]


@pytest.mark.parametrize("text", NOT_HAD)
def test_a_symptom_named_without_being_had_raises_no_red_flag(text: str) -> None:
    assert classify(text) != "urgent", text


@pytest.mark.parametrize("text", HAD_NOW)
def test_a_symptom_had_now_stays_urgent(text: str) -> None:
    assert classify(text) == "urgent", text


def test_blanking_keeps_the_length_and_the_rest_of_the_message() -> None:
    text = "No chest pain, but my left arm is numb."
    blanked = not_had(text)
    assert len(blanked) == len(text)
    assert "chest pain" not in blanked and "left arm is numb" in blanked
    assert not_had("chest pain when I run") == "chest pain when I run"


@pytest.mark.parametrize(
    "text",
    [
        "My grandad had a heart attack, what exercise helps prevent one?",
        "my granny had a stroke, how do I lower my risk?",
        "My nan had a heart attack last year, what should I do differently?",
    ],
)
def test_a_grandparents_heart_history_is_asked_about_freely(text: str) -> None:
    """R9: "grandad" (grand + "ad") was not in the relatives' list, so the question got the emergency reply."""
    assert classify(text) is None
