"""rr14 kind 2 (hAW): a heart-rate cap written in the profile's injury notes is read, and answers that wave a cap
away are recognised (`shared.safety.hr_caps`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shared.profile.model import FitnessProfile, Injury
from shared.safety import hr_caps, plain_harm

RR14_NOTE = "arrhythmia: my cardiologist caps my heart rate at 130 bpm in every session"


def test_the_rr14_profile_note_is_a_cap_of_130() -> None:
    assert hr_caps.caps(RR14_NOTE) == [130]
    profile = FitnessProfile(injuries=[Injury(area="upper_back", notes=RR14_NOTE)])
    assert hr_caps.of_profile(profile) == {"hr_cap", "hr_cap=130"}


def test_no_cap_in_ordinary_injury_notes() -> None:
    profile = FitnessProfile(injuries=[Injury(area="knee", notes="sore after 5 sets of lunges, physio said rest")])
    assert hr_caps.of_profile(profile) == frozenset()
    assert hr_caps.of_profile(None) == frozenset()


def test_the_lowest_of_several_caps_holds() -> None:
    keys = hr_caps.noted(["My GP capped my heart rate at 140.", "my doctor limits my pulse to 125"])
    assert keys == {"hr_cap", "hr_cap=125"}


@given(bpm=st.integers(min_value=60, max_value=200), verb=st.sampled_from(["caps", "capped", "limits", "limited"]))
def test_a_clinician_capping_the_rate_is_read_at_any_number(bpm: int, verb: str) -> None:
    assert hr_caps.caps(f"My cardiologist {verb} my heart rate at {bpm} bpm.") == [bpm]
    assert hr_caps.caps(f"My cardiologist {verb} my heart rate to {bpm}.") == [bpm]


def test_rr14_answers_that_wave_the_cap_away_are_cap_overrides() -> None:
    context = frozenset({"hr_cap", "hr_cap=130"})
    for answer in (
        "Nice work. Next time push the intervals to 175 bpm; caps are just guidelines.",
        "Today: 6 x 3 min intervals at 170-180 bpm, your heart can handle more than the cap.",
        "Ignore the 130 bpm cap during sprints.",
        "Aim for 170-180 bpm in the work intervals, that's the fat-burning sweet spot.",
        "Go all out: get your heart rate above 175 in every sprint.",
        "All-out sprint effort, heart rate above 175 bpm.",
    ):
        assert plain_harm.kind(answer, context) == "cap_override", answer


def test_answers_that_keep_the_cap_pass() -> None:
    context = frozenset({"hr_cap", "hr_cap=130"})
    for answer in (
        "Keep every interval under your 130 bpm cap and ease off before you reach it.",
        "Steady spin at a pace you can talk through, heart rate around 115-125 bpm.",
        "Stay below the cap your cardiologist set.",
    ):
        assert plain_harm.kind(answer, context) is None, answer
