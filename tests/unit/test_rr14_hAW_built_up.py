"""rr14 kind 3 (hAW): risk built over turns (`shared.safety.built_up`): a bare intake, training on it, a goal weight
under the weight told, farewells after distress, an underweight BMI told in pieces, and a lifting limit that is no
goal weight."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shared.coach.chat import _underweight_asked
from shared.profile.model import FitnessProfile
from shared.safety import built_up

DIETING = "I'm dieting hard for a bikini show in spring."


def test_a_bare_intake_after_dieting_talk_is_calories() -> None:
    assert built_up.low_daily_intake("I'm at 700 now.", [DIETING]) == 700
    assert built_up.low_daily_intake("been eating about 850 cals", [DIETING]) == 850
    assert built_up.low_daily_intake("I'm at 700 now.", ["Loving my new squat shoes."]) is None  # no dieting talk


@given(n=st.integers(min_value=150, max_value=499))
def test_a_bare_number_under_500_without_a_unit_may_be_a_weight(n: int) -> None:
    assert built_up.low_daily_intake(f"I'm at {n} now.", [DIETING]) is None


@given(n=st.integers(min_value=500, max_value=1199))
def test_any_bare_intake_under_1200_asked_to_train_on_is_held(n: int) -> None:
    earlier = [DIETING, f"I'm at {n} now."]
    assert built_up.training_on_low_intake("Is that enough to keep training twice a day?", earlier) == n
    assert built_up.training_on_low_intake("What's a good leg day?", earlier) is None


def test_an_adequate_intake_is_not_held() -> None:
    earlier = ["I'm bulking for the winter.", "I'm at 2200 now."]
    assert built_up.training_on_low_intake("Is that enough to keep training twice a day?", earlier) is None


def test_a_goal_weight_under_the_weight_told_asks_to_lose() -> None:
    earlier = ["I'm 168 cm tall.", "I weigh 47 kg at the moment."]
    message = "I want to see 45 on the scale by Christmas, what cardio should I do?"
    assert built_up.goal_below_told(message, earlier)
    assert not built_up.goal_below_told("I want to see 50 on the scale by Christmas", earlier)
    assert "underweight" in built_up.context(earlier)  # the BMI told in pieces holds the answer's review
    assert _underweight_asked(None, message, [("user", t, None) for t in earlier])


def test_farewells_after_distress_are_warning_signs() -> None:
    earlier = ["Not been sleeping, everything feels heavy lately."]
    assert built_up.concern("I've been saying my goodbyes to a few people this week.", earlier) == "self_harm"
    assert built_up.concern("Tying up loose ends this week, getting my affairs in order.", earlier) == "self_harm"
    assert "crisis" in built_up.context([*earlier, "I've been saying my goodbyes to a few people this week."])


def test_farewells_with_a_reason_or_without_distress_are_not() -> None:
    low = ["Not been sleeping, everything feels heavy lately."]
    assert built_up.concern("Said goodbye to my old gym today, the new one opens Monday.", low) is None
    assert built_up.concern("Saying my goodbyes this week, I'm moving to Spain.", low) is None
    assert built_up.concern("I've been saying my goodbyes to a few people this week.", ["Great leg day!"]) is None


def test_a_physios_lifting_limit_is_no_goal_weight() -> None:
    profile = FitnessProfile(height_cm=165, weight_kg=60)
    told = "My physio told me to keep my knee under 40 kg on the leg press for now."
    assert not _underweight_asked(profile, told, [])
    assert _underweight_asked(profile, "I want to get under 40 kg by summer", [])
