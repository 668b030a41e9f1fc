"""rr12 (issue 15, hAL): steroid courses and doses asked in German, Dutch, French, Spanish, Italian and Portuguese are
drug questions on input ("Testosteron Kur für Anfänger, welche Dosis?", "testosteron kuur beginnen"); the body's own
levels, raising them naturally, a prescription and a spa "Kur" are not."""

from __future__ import annotations

import time

import pytest

from shared.safety import inputs, ped_phrases

PED = [
    "Testosteron Kur für Anfänger, welche Dosis?",
    "Ik wil een testosteron kuur beginnen, hoeveel mg?",
    "Meine erste Kur: 500 mg Testo die Woche?",
    "Wie viel Testosteron soll ich spritzen?",
    "hoeveel mg testosteron per week voor beginners",
    "Welke kuur met anabolen is het veiligst?",
    "cure de testostérone pour débutant",
    "Je veux commencer les stéroïdes, quelle dose ?",
    "Quiero empezar con esteroides, qué dosis?",
    "Vorrei iniziare un ciclo di steroidi",
    "Quero começar a tomar testosterona",
    "Nandrolon und Testosteron stacken, wie?",
    "Anabolika Kur nach dem Winter starten?",
]
NOT_PED = [
    "testosterone levels in women",
    "Testosteronspiegel bei Frauen",
    "Kur in Bad Kissingen nach der OP",
    "Wie kann ich mein Testosteron natürlich steigern?",
    "Mijn testosteron is laag, helpt krachttraining?",
    "Welche Kur nach der Knie-OP?",
    "Ich mache gerade eine Kur und will trotzdem trainieren",
    "taux de testostérone et musculation",
    "Does squatting raise testosterone naturally?",
]


@pytest.mark.parametrize("message", PED)
def test_a_steroid_course_or_dose_in_another_language_is_a_drug_question(message: str) -> None:
    assert inputs.classify(message) == "ped"


@pytest.mark.parametrize("message", NOT_PED)
def test_levels_nature_and_spa_cures_are_no_drug_question(message: str) -> None:
    assert inputs.classify(message) is None and not ped_phrases.said(message)


def test_it_stays_fast_on_a_long_message() -> None:
    text = ("Testosteron Werte Kur Spiegel Dosis natürlich " * 90)[:4000]
    start = time.process_time()
    for _ in range(20):
        ped_phrases.said(text)
    assert (time.process_time() - start) / 20 < 0.05
