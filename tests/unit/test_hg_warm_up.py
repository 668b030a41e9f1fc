"""The coach's safety rules run once at start-up (`shared.coach.warm.warm_up`, issue 15, R9): what the first chat
used to pay for once is done, and the warm-up's exchange is an ordinary one the rules let through."""

from __future__ import annotations

import sys

from shared.coach import safety, warm
from shared.safety import outputs


def test_the_warm_up_does_the_first_chats_one_off_work() -> None:
    outputs._shingles.cache_clear()
    seconds = warm.warm_up()
    assert 0 < seconds < 30
    assert "shared.safety.urgent" in sys.modules  # the urgent table, imported on first use
    assert outputs._shingles.cache_info().currsize >= 1  # the system prompts' shingles for the leak check


def test_the_warm_up_exchange_is_ordinary_training_talk() -> None:
    assert safety.screen(warm._MESSAGE) is None
    assert safety.review(warm._ANSWER, None)[1] is None


def test_the_language_detector_is_loaded_so_a_short_answer_does_not_load_it() -> None:
    from shared.safety import language

    warm.warm_up()
    assert language._identifier.cache_info().currsize == 1
    assert language.unchecked("Nice work! Stop if it hurts.") is None
