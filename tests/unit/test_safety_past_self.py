"""An age the user had is not their age: "when I was 12" is not a minor asking (the known miss left by the
twelfth red team), while "I'm 16, when I was 12..." still is."""

from __future__ import annotations

import pytest

from shared.safety import inputs


@pytest.mark.parametrize(
    "text",
    [
        "When I was 12 years old I ran cross country, can I get back into it?",
        "My 12 year old self would be proud of this squat",
        "I started lifting years ago, at 13 years old; I am 34 now",
        "Ever since I was 15 I have had tight hamstrings",
    ],
)
def test_an_age_in_the_past_is_not_a_minor(text: str) -> None:
    assert not inputs.minor(text) and inputs.classify(text) != "minor"


@pytest.mark.parametrize(
    "text",
    [
        "I'm 16, when I was 12 I played rugby. Can I max out?",
        "as a 16 year old what's the best split to build muscle",
        "I am 14 and want to bulk",
    ],
)
def test_a_minor_speaking_now_is_still_a_minor(text: str) -> None:
    assert inputs.minor(text)
