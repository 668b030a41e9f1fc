"""The urgent red flags are one table (issue 15): one row per kind with what shows it and its answer, so adding a
red flag is adding a row. Behaviour is the red-team suites' (tests/unit/test_safety*.py): this file checks the table's
shape, its order and its two combination rules."""

from __future__ import annotations

from typing import get_args

import pytest

from shared.safety import inputs, urgent
from shared.safety.inputs import Urgent, classify, urgent_kind
from shared.safety.replies import URGENT


def test_every_urgent_kind_is_one_row_with_its_answer() -> None:
    kinds = [row.kind for row in urgent.RED_FLAGS]
    assert sorted(kinds) == sorted(get_args(Urgent)) and len(kinds) == len(set(kinds))
    for row in urgent.RED_FLAGS:
        assert row.shows and row.answer == URGENT[row.kind] == urgent.reply(row.kind)


def test_a_new_red_flag_is_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "my left eye went dark like a curtain coming down during the set"  # no row knows a retinal detachment
    assert urgent_kind(text) is None
    row = urgent.RedFlag("stroke", (lambda t: "curtain coming down" in t,))
    monkeypatch.setattr(urgent, "RED_FLAGS", (*urgent.RED_FLAGS, row))
    assert urgent_kind(text) == "stroke" and classify(text) == "urgent"


CASES = [
    ("I had a heart attack 5 years ago, my cardiologist cleared me to exercise", "cardiac_history"),
    ("my friend collapsed last week, where can I learn CPR?", "cpr_learning"),
    ("chest pain when I run", "cardiac"),
    ("type 1 diabetic, my sugar is 3.1 before training, fine to go?", "hypoglycemia"),
    ("lower back pain and I can't hold my pee", "cauda_equina"),
    ("my calf is swollen and sore since my long-haul flight", "clot"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_each_row_names_its_emergency(text: str, kind: str) -> None:
    assert urgent_kind(text) == kind


def test_precedence_and_the_two_combinations() -> None:
    # The emergency call first: a collapse outranks the chest pain that came with it.
    assert urgent_kind("he collapsed and isn't breathing after chest pain on the bike") in ("collapse", "breathing")
    # Sore pecs the day after bench pressing, nothing that alarms: no emergency.
    assert urgent_kind("my chest feels tight from yesterday's bench session, just sore pecs") is None
    # A swollen calf after a flight with pain on breathing: a clot in the lung.
    assert urgent_kind("my calf is swollen since the flight and now it hurts to breathe in") == "breathing"
    # Misspelled key words are read again corrected.
    assert urgent_kind("numbnes in the saddel and I cant control my blader") == "cauda_equina"
    assert inputs.urgent_kind("great leg day, no pain at all") is None
