"""A severe ankle stands on neither a split stance nor a loaded ankle bend (issue 13, review 28 defect 5; hBJ).

Review 28 found a Spanish squat (standing, the shins forward over flat feet under a heavy band) on a severe ankle's
legs day, and a standing hip flexor stretch and the world's greatest stretch (a lunge) in its mobility blocks. The rule
is derived from each row's `Loading` (`stance`, `ankle_load`), so these tests read the attributes and, as a guard for
rows added later, the instructions' own words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.exercises import catalog
from shared.exercises.attributes import Loading, derive_contraindications
from shared.exercises.model import Exercise
from shared.profile.model import Severity

SEVERE_ANKLE: dict[str, Severity] = {"ankle": "severe"}
EVERY_KIT = frozenset(
    {"dumbbells", "barbell", "kettlebells", "resistance_bands", "pull_up_bar", "bench", "cable_machine", "machines"}
    | {"cardio_machine", "trap_bar", "safety_squat_bar"}
)
# Words that put the body's weight on a split stance or bend an ankle under it, in any row's instructions.
STANDING_ANKLE_WORDS = re.compile(
    r"\b(split[- ]stance|stagger\w*|lunge|half-kneeling|heel-to-toe|step (?:through|back|forward|sideways)"
    r"|squat\w*|shins?|sit back|wall sit|heels? down)\b",
    re.IGNORECASE,
)


def _all() -> list[Exercise]:
    return list(catalog.all_exercises())


@pytest.mark.parametrize("exercise", _all(), ids=lambda e: e.id)
def test_split_stance_and_loaded_ankle_bends_wait_for_a_severe_ankle(exercise: Exercise) -> None:
    loading = catalog.loading(exercise.id)
    if loading.stance != "none" or loading.ankle_load != "none":
        assert exercise.contraindicated_for(SEVERE_ANKLE), (exercise.id, loading.stance, loading.ankle_load)


@pytest.mark.parametrize("exercise", _all(), ids=lambda e: e.id)
def test_instructions_that_stand_on_the_ankle_carry_the_attribute(exercise: Exercise) -> None:
    """A row whose instructions split the stance or bend the ankle under the body is out for a severe ankle."""
    if STANDING_ANKLE_WORDS.search(exercise.instructions):
        assert exercise.contraindicated_for(SEVERE_ANKLE), (exercise.id, exercise.instructions)


def test_the_review_items_are_out_and_lying_or_seated_work_stays() -> None:
    allowed = {e.id for e in catalog.available_exercises(EVERY_KIT, frozenset({("ankle", "severe")}))}
    out = {"spanish-squat", "standing-hip-flexor-stretch", "worlds-greatest-stretch", "hip-flexor-stretch"}
    out |= {"childs-pose", "deep-squat-hold", "calf-stretch", "cable-single-arm-row", "cable-chest-press"}
    assert not allowed & out, allowed & out
    # Lying, seated and supported work for the hips, knees and trunk stays (review 28 q07: the legs still train).
    stays = {"supine-hip-rolls", "supine-leg-slide-out", "figure-four-stretch", "thoracic-open-book"}
    stays |= {"leg-extension", "seated-leg-curl", "lying-leg-curl", "barbell-hip-thrust", "dumbbell-hip-thrust"}
    stays |= {"glute-bridge", "isometric-leg-extension", "straight-leg-raise", "dead-bug", "bird-dog"}
    assert stays <= allowed, stays - allowed
    regions = {
        m
        for e in catalog.available_exercises(EVERY_KIT, frozenset({("ankle", "severe")}))
        for m in e.primary_muscles
        if e.pattern == "mobility"
    }
    assert {"glutes", "adductors", "hamstrings", "upper_back", "chest"} <= regions, regions


@settings(max_examples=200, deadline=None)
@given(
    stance=st.sampled_from(["split", "toes", "half_kneeling"]),
    ankle=st.sampled_from(["none", "dorsiflexion", "plantarflexion"]),
    pattern=st.sampled_from(["squat", "hinge", "lunge", "core", "mobility", "horizontal_pull", "horizontal_push"]),
    load_type=st.sampled_from(["weight", "bodyweight", "time"]),
    isolation=st.booleans(),
    supported=st.booleans(),
)
def test_any_split_stance_or_ankle_bend_derives_the_severe_ankle_rule(
    stance: str, ankle: str, pattern: str, load_type: str, isolation: bool, supported: bool
) -> None:
    for loading in (
        Loading.model_validate({"stance": stance, "supported": supported}),
        Loading.model_validate({"ankle_load": ankle if ankle != "none" else "dorsiflexion", "supported": supported}),
    ):
        rules = derive_contraindications(
            loading,
            pattern=pattern,
            load_type=load_type,
            isolation=isolation,
            unilateral=False,
            intensity="isometric" if load_type == "time" else "grind",
            primary_muscles=["quads"],
            equipment=["bodyweight"],
        )
        assert rules.get("ankle") in ("mild", "moderate", "severe"), (loading, rules)
