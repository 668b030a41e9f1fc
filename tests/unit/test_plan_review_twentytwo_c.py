"""Plan fixes from strength-coach review 22 (issue 13): strength without a bench, advanced pull days, lower-back
stacking, progression text that says what the numbers do, and three minor kinds (item 8)."""

from __future__ import annotations

from typing import Any

from shared.plans import progression as prog
from shared.plans.engine import generate_plan
from shared.plans.recommendations import recommend
from shared.plans.schema import Plan
from shared.plans.validator import validate_plan
from shared.profile import FitnessProfile
from tests.unit.test_targets_review_twentyone import P01, P02, _now, _p02, _plan, _targets

FULL_GYM = ["barbell", "dumbbells", "bench", "cable_machine", "machines", "pull_up_bar", "cardio_machine",
            "kettlebells", "bodyweight"]  # fmt: skip


def _make(profile: dict[str, Any]) -> tuple[Plan, FitnessProfile]:
    person = FitnessProfile.model_validate(profile)
    plan = generate_plan(person)
    assert validate_plan(plan, person).ok
    return plan, person


# --- item 7: the words follow the numbers, one stall rule said the same way everywhere ----------------------------


def test_a_heavy_single_that_only_softens_the_cut_says_the_load_comes_down() -> None:
    """Review 22: "the load does not come down: go to 102.5 kg" beside reduce_load from 107.5 kg. p02's bench (85 kg
    short twice, then 110 x 1 @ 9.5) gets 82.5 kg: the reason says it comes down, and from what."""
    sessions = _p02(6)
    bench = _targets(recommend(sessions, plan=_plan(P02), now=_now(sessions)))["barbell-bench-press"]
    assert (bench.action, bench.weight) == ("reduce_load", 82.5), bench.reason
    assert "does not come down" not in bench.reason, bench.reason
    assert "comes down" in bench.reason and "82.5 kg" in bench.reason and "from 85 kg" in bench.reason, bench.reason


def test_the_linear_plan_text_names_the_95_percent_resume_the_targets_give_after_a_deload() -> None:
    """Review 22: the plan said "10% off" after two stalls while the targets said "95% of the last good sets" when a
    deload week came first. The linear scheme's text now says both, with the recommendations' own numbers."""
    text = _plan(P01).progression.summary
    assert f"{prog.RESET_PCT}% off (after a deload" in text and "climb again" in text, text
    assert f"(after a deload: {prog.RESUME_PCT}% of the last good sets)" in text, text
    assert "Double progression: add reps" in text, text  # still whole, under the summary's 600 characters
