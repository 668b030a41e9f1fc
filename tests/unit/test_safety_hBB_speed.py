"""hBB (issue 15): the first-character guards in front of the gate's patterns (`shared.safety.guards`, installed by
the start-up warm-up) change no match, and the gate reads a 4,000-character message of random words in time."""

from __future__ import annotations

import random
import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from shared.safety import guards, inputs
from tests.unit.safety_corpus import BENIGN, RED_TEAM, SAFE_OUTPUTS, UNSAFE_OUTPUTS

guards.install_all()  # as `shared.coach.warm.warm_up` does at start
_TEXTS = [*BENIGN, *(m for m, _ in RED_TEAM), *SAFE_OUTPUTS, *(a for a, _ in UNSAFE_OUTPUTS)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def test_most_gate_patterns_are_guarded_once() -> None:
    assert len(guards.GUARDED) >= 400
    assert guards.install_all() == len(guards.GUARDED)  # a second call guards nothing again


def test_every_guarded_pattern_finds_what_it_found_before_on_the_corpora() -> None:
    differ = [
        (old.pattern[:60], text)
        for old, new in guards.GUARDED
        for text in _TEXTS
        if _spans(old, text) != _spans(new, text)
    ]
    assert differ == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefilmnoprstuyAEIOS .,?!'-@0123456789éñü\u212a\u017f\u0131"), max_size=120))
def test_guards_change_no_match_on_any_text(text: str) -> None:
    for old, new in guards.GUARDED[::7]:
        assert _spans(old, text) == _spans(new, text), old.pattern[:80]


def test_the_guard_is_skipped_where_a_start_cannot_be_bounded() -> None:
    assert guards.lookahead(re.compile(r"(a|)b?")) is None  # can match the empty string
    assert guards.lookahead(re.compile(r"[^x]yz")) is None  # a negated class
    assert guards.lookahead(re.compile(r".yz")) is None
    assert guards.lookahead(re.compile(r"\b(ab|cd)", re.I)) == r"(?=\b[ac])"
    assert guards.lookahead(re.compile(r"(\bab|cd)")) == r"(?=[ac])"  # not every branch starts at a boundary


def test_the_gate_reads_4000_characters_of_random_words_faster_than_before() -> None:
    rng = random.Random(15)
    words = "squat knee bench today week protein run sets rest heavy light form my the and I feel good".split()
    text = " ".join(rng.choice(words) for _ in range(1400))[:4000]
    inputs.classify("warm up")
    started = time.process_time()
    inputs.classify(text)
    assert time.process_time() - started < 1.0  # CPU time; ~0.08 s here (0.11-0.19 s before the guards)
