"""The catalog is consistent: dose bounds, ladders, main lifts, ids that never break, and
contraindications that follow from each exercise's loading (docs/training-science.md)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TypedDict, cast

import pytest

from shared.exercises import catalog
from shared.exercises.attributes import Loading, derive_contraindications
from shared.exercises.model import Exercise
from shared.profile import INJURY_AREAS, SEVERITIES
from shared.profile.model import Severity, severity_rank

# Every id in catalog.json at commit 5ba198d; stored plans and sessions name these.
IDS_AT_5BA198D = """
bodyweight-squat box-squat-bodyweight wall-sit tempo-squat pistol-squat jump-squat goblet-squat-dumbbell
dumbbell-front-squat dumbbell-sumo-squat barbell-back-squat barbell-front-squat barbell-box-squat zercher-squat
kettlebell-goblet-squat kettlebell-front-squat band-squat cable-goblet-squat leg-press hack-squat
smith-machine-squat belt-squat leg-extension band-leg-extension cable-leg-extension sissy-squat adductor-machine
copenhagen-plank cable-hip-adduction standing-calf-raise single-leg-calf-raise dumbbell-calf-raise
seated-calf-raise machine-calf-raise band-calf-press barbell-calf-raise kettlebell-calf-raise glute-bridge
single-leg-glute-bridge hip-thrust-bodyweight single-leg-hip-thrust superman-hold good-morning-bodyweight
single-leg-rdl-bodyweight nordic-curl sliding-leg-curl dumbbell-rdl dumbbell-single-leg-rdl dumbbell-hip-thrust
dumbbell-deadlift barbell-deadlift barbell-rdl barbell-sumo-deadlift barbell-hip-thrust good-morning-barbell
kettlebell-deadlift kettlebell-swing kettlebell-single-leg-deadlift band-pull-through band-good-morning
band-glute-bridge cable-pull-through cable-romanian-deadlift cable-glute-kickback lying-leg-curl seated-leg-curl
band-leg-curl cable-leg-curl back-extension machine-hip-thrust hip-abduction-machine band-lateral-walk
dumbbell-stiff-leg-deadlift reverse-lunge forward-lunge split-squat lateral-lunge step-up-bodyweight
bulgarian-split-squat-bodyweight jumping-lunge dumbbell-reverse-lunge dumbbell-walking-lunge
dumbbell-bulgarian-split-squat dumbbell-step-up barbell-reverse-lunge barbell-split-squat
kettlebell-reverse-lunge kettlebell-split-squat band-split-squat band-reverse-lunge cable-split-squat
cable-reverse-lunge smith-machine-split-squat single-leg-press push-up incline-push-up knee-push-up wall-push-up
decline-push-up diamond-push-up archer-push-up dumbbell-bench-press dumbbell-incline-press dumbbell-floor-press
dumbbell-fly barbell-bench-press barbell-incline-press close-grip-bench-press barbell-floor-press
kettlebell-floor-press band-chest-press band-push-up band-chest-fly cable-chest-press cable-fly
machine-chest-press pec-deck smith-machine-bench-press bench-dip parallel-bar-dip assisted-dip-machine
pike-push-up wall-handstand-hold dumbbell-shoulder-press seated-dumbbell-press arnold-press dumbbell-push-press
barbell-overhead-press barbell-push-press landmine-press kettlebell-press kettlebell-push-press
band-overhead-press cable-overhead-press machine-shoulder-press dumbbell-lateral-raise dumbbell-front-raise
band-lateral-raise cable-lateral-raise machine-lateral-raise kettlebell-halo doorframe-row prone-ytw towel-row
inverted-row dumbbell-row dumbbell-bent-over-row chest-supported-dumbbell-row dumbbell-rear-delt-fly
dumbbell-shrug barbell-row pendlay-row barbell-shrug kettlebell-row kettlebell-gorilla-row band-row
band-face-pull band-pull-apart cable-seated-row cable-face-pull cable-single-arm-row machine-row
reverse-pec-deck t-bar-row pull-up chin-up negative-pull-up scapular-pull-up band-assisted-pull-up
band-lat-pulldown band-straight-arm-pulldown lat-pulldown close-grip-pulldown straight-arm-pulldown
assisted-pull-up-machine machine-pulldown dumbbell-pullover dumbbell-curl hammer-curl incline-dumbbell-curl
barbell-curl kettlebell-curl band-curl cable-curl machine-preacher-curl reverse-curl wrist-curl dead-hang
dumbbell-overhead-extension dumbbell-skull-crusher dumbbell-kickback barbell-skull-crusher
kettlebell-overhead-extension band-triceps-pushdown band-overhead-extension cable-triceps-pushdown
cable-overhead-extension machine-triceps-extension plank side-plank dead-bug bird-dog hollow-hold crunch
reverse-crunch bicycle-crunch mountain-climber bench-reverse-crunch hanging-knee-raise hanging-leg-raise
dumbbell-side-bend dumbbell-woodchop dumbbell-renegade-row barbell-rollout kettlebell-windmill
kettlebell-russian-twist band-pallof-press band-dead-bug cable-crunch cable-pallof-press cable-woodchop
machine-ab-crunch captains-chair-knee-raise farmers-carry-dumbbell suitcase-carry-dumbbell
farmers-carry-kettlebell kettlebell-rack-carry kettlebell-overhead-carry barbell-farmers-hold brisk-walk
marching-in-place jumping-jacks burpee high-knees shadow-boxing jog kettlebell-swing-intervals
dumbbell-thruster-intervals treadmill-walk treadmill-run stationary-bike rowing-machine elliptical stair-climber
ski-erg arm-ergometer diaphragmatic-breathing cat-cow childs-pose worlds-greatest-stretch hip-flexor-stretch
hamstring-stretch figure-four-stretch ninety-ninety thoracic-open-book thread-the-needle doorway-chest-stretch
ankle-rocks calf-stretch neck-mobility deep-squat-hold band-shoulder-dislocate band-hamstring-stretch
foam-free-spinal-twist wrist-mobility arm-circles
""".split()

MAIN_LIFTS = {
    "barbell-back-squat", "barbell-front-squat", "barbell-bench-press", "barbell-incline-press", "barbell-deadlift",
    "barbell-rdl", "barbell-overhead-press", "barbell-row", "pull-up", "chin-up", "lat-pulldown", "leg-press",
    "barbell-hip-thrust", "dumbbell-bench-press", "dumbbell-shoulder-press", "dumbbell-row",
    "chest-supported-dumbbell-row", "goblet-squat-dumbbell", "kettlebell-goblet-squat", "dumbbell-rdl",
    "dumbbell-bulgarian-split-squat", "kettlebell-front-squat", "push-up", "inverted-row",
}  # fmt: skip
NEVER_MAIN = ("zercher", "good-morning", "sissy", "floor-press", "sumo", "band-", "towel", "knee-push-up")
ALL_EQUIPMENT = frozenset(
    {"dumbbells", "barbell", "kettlebells", "resistance_bands", "pull_up_bar", "bench", "cable_machine"}
    | {"machines", "cardio_machine"}
)


def _rules(exercise: Exercise) -> dict[str, str]:
    return {rule.area: rule.min_severity for rule in exercise.contraindications}


def _loading(exercise: Exercise) -> Loading:
    return catalog.loading(exercise.id)


def _from(rules: dict[str, str], area: str, severity: Severity) -> bool:
    """The area has a rule that rules the exercise out at `severity` (or at a milder one)."""
    return area in rules and severity_rank(cast(Severity, rules[area])) <= severity_rank(severity)


def _out(ident: str, area: str, severity: Severity) -> bool:
    """The exercise is ruled out when `area` is injured at `severity`."""
    return catalog.get_exercise(ident).contraindicated_for({area: severity})


EXERCISES = catalog.all_exercises()


def test_every_earlier_id_still_resolves() -> None:
    assert len(IDS_AT_5BA198D) == 265
    for ident in IDS_AT_5BA198D:
        assert catalog.find_exercise(ident) is not None, ident
        assert catalog.get_exercise(ident).id == ident or ident in catalog.get_exercise(ident).aliases


def test_earlier_ids_match_git_history_when_available() -> None:
    root = Path(__file__).resolve().parents[2]
    shown = subprocess.run(
        ["git", "show", "5ba198d:shared/exercises/catalog.json"], cwd=root, capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        pytest.skip("commit 5ba198d is not in this clone")
    import json

    assert [e["id"] for e in json.loads(shown.stdout)["exercises"]] == IDS_AT_5BA198D


def test_renamed_exercises_keep_their_old_ids() -> None:
    assert catalog.get_exercise("diamond-push-up").id == "close-grip-push-up"
    assert catalog.get_exercise("towel-row").id == "towel-isometric-row"
    assert catalog.get_exercise("foam-free-spinal-twist").id == "supine-spinal-twist"
    aliases = [alias for e in EXERCISES for alias in e.aliases]
    assert len(set(aliases)) == len(aliases)
    assert not set(aliases) & {e.id for e in EXERCISES}
    assert {e.id for e in catalog.search(text="diamond")} == {"close-grip-push-up"}


def test_ladders_exist_and_end() -> None:
    for exercise in EXERCISES:
        seen = {exercise.id}
        step = exercise.harder
        while step is not None:
            nxt = catalog.find_exercise(step)
            assert nxt is not None and nxt.id == step, (exercise.id, step)
            assert step not in seen, ("cycle", exercise.id, step)
            seen.add(step)
            step = nxt.harder
    ladder = ["knee-push-up", "push-up", "decline-push-up", "archer-push-up"]
    assert [catalog.get_exercise(a).harder for a in ladder[:-1]] == ladder[1:]
    squat = ["bodyweight-squat", "split-squat", "bulgarian-split-squat-bodyweight", "pistol-squat"]
    assert [catalog.get_exercise(a).harder for a in squat[:-1]] == squat[1:]
    assert catalog.get_exercise("glute-bridge").harder == "single-leg-glute-bridge"
    assert catalog.get_exercise("inverted-row-bent-knee").harder == "inverted-row"
    assert catalog.get_exercise("plank").harder == "long-lever-plank"


def test_dose_bounds_fit_the_unit() -> None:
    for e in EXERCISES:
        assert 1 <= e.dose_min <= e.dose_max, e.id
        if e.intensity == "isometric":
            assert e.load_type == "time" and 5 <= e.dose_min and e.dose_max <= 120, e.id
        if e.intensity == "mobility":
            assert e.load_type == "time" and e.dose_min >= 20, e.id
        if e.load_type in ("weight", "bodyweight", "assisted"):
            assert e.dose_max <= 30, e.id
        if e.intensity == "plyometric":
            assert e.dose_max <= 8, e.id
        if e.load_type == "time":
            assert e.dose_min >= 10, e.id
        if e.pattern == "conditioning":
            assert e.load_type == "time" and e.dose_min >= 20, e.id
        if e.pattern == "conditioning" and e.dose_max > 600:
            assert e.dose_min >= 300, e.id  # steady-state blocks
        if e.pattern == "carry":
            assert e.load_type in ("distance", "time") and 10 <= e.dose_min <= e.dose_max <= 100, e.id


def test_the_coach_review_cases() -> None:
    get = catalog.get_exercise
    assert get("nordic-curl").dose_max <= 8 and get("nordic-curl").skill == 3
    assert get("jump-squat").dose_max <= 6 and get("jump-squat").intensity == "plyometric"
    assert get("towel-row").load_type == "time" and get("towel-row").intensity == "isometric"
    assert (get("barbell-back-squat").dose_min, get("barbell-back-squat").dose_max) == (1, 12)
    assert get("barbell-deadlift").dose_max == 8
    assert get("kettlebell-swing").intensity == "ballistic"
    assert get("plank").load_type == "time" and (get("plank").dose_min, get("plank").dose_max) == (15, 60)
    assert {get(i).load_type for i in ("assisted-pull-up-machine", "assisted-dip-machine")} == {"assisted"}
    assert get("band-assisted-pull-up").load_type == "assisted"
    hinge_bw = [_rules(get("single-leg-rdl-bodyweight")), _rules(get("good-morning-bodyweight"))]
    assert hinge_bw[0]["lower_back"] == hinge_bw[1]["lower_back"] == "severe"
    assert _rules(get("dumbbell-front-squat"))["wrist"] in ("mild", "moderate")
    assert get("dumbbell-front-squat").contraindicated_for({"wrist": "severe"})


def test_main_lifts_are_canonical() -> None:
    mains = {e.id for e in EXERCISES if e.main_lift}
    assert MAIN_LIFTS <= mains, MAIN_LIFTS - mains
    for e in EXERCISES:
        if e.main_lift:
            assert not e.isolation and e.load_type in ("weight", "bodyweight") and not e.impact, e.id
            assert not any(word in e.id for word in NEVER_MAIN), e.id


def test_flags_match_the_loading() -> None:
    for e in EXERCISES:
        loading = _loading(e)
        assert e.impact == loading.impact and e.balance == loading.balance, e.id
        assert (e.intensity == "plyometric") <= e.impact, e.id
    assert {e.id for e in EXERCISES if e.impact} >= {"jump-squat", "jumping-lunge", "burpee", "jumping-jacks", "jog"}
    balance = {e.id for e in EXERCISES if e.balance}
    assert balance >= {"single-leg-rdl-bodyweight", "step-up-bodyweight", "split-squat", "single-leg-stand"}


def test_contraindications_follow_the_loading() -> None:
    for e in EXERCISES:
        loading, rules = _loading(e), _rules(e)
        loaded_or_free = e.load_type == "weight" or not loading.supported
        if e.pattern == "hinge" and not e.isolation and loaded_or_free:
            assert "lower_back" in rules, e.id
        if loading.spinal_load != "none":
            assert "lower_back" in rules, e.id
        if loading.spinal_load == "high":
            assert rules["lower_back"] in ("mild", "moderate"), e.id
        if loading.load_position == "front_rack" or (loading.wrist_extension and e.load_type != "assisted"):
            assert "wrist" in rules, e.id
        if loading.overhead:
            assert "shoulder" in rules, e.id
        if e.pattern == "vertical_push" and not e.isolation and loading.overhead:
            assert rules["shoulder"] == "mild", e.id
        if loading.impact:
            assert {"knee", "ankle"} <= set(rules), e.id
        if loading.load_position == "back":
            assert {"neck", "upper_back", "lower_back"} <= set(rules), e.id
        if loading.grip_demand == "high":
            assert {"wrist", "elbow"} <= set(rules), e.id
        if e.pattern in ("squat", "lunge") and not e.isolation and loading.deep_knee_flexion:
            assert "knee" in rules, e.id


def test_the_physician_review_rules() -> None:
    """Each fault the sports physician found, as a rule over the loading attributes."""
    for e in EXERCISES:
        loading, rules = _loading(e), _rules(e)
        press = e.pattern in ("horizontal_push", "vertical_push") and not e.isolation
        # 1. A loaded grip (a bar, dumbbell, kettlebell or handle held or pulled) -> wrist at severe at
        # least; heavy holds (deadlifts, shrugs, carries, hanging) -> wrist moderate; a bar held on the back
        # -> wrist severe (bent back) and shoulder moderate (turned out).
        if loading.grip_demand != "low":
            assert _from(rules, "wrist", "severe"), e.id
        if loading.grip_demand == "high":
            assert _from(rules, "wrist", "moderate"), e.id
        # (the hands beside the shoulders: a safety squat bar's handles in front need neither; review 25, hAS)
        if loading.load_position == "back" and (loading.straight_bar or loading.wrist_extension):
            assert loading.wrist_extension and _from(rules, "wrist", "severe"), e.id
            assert _from(rules, "shoulder", "moderate"), e.id
        # 2. Pressing with bent elbows (push-ups, presses, dips) -> elbow severe; triceps-led presses and
        # dips, and long levers (dumbbell fly, pullover, skull crusher) -> elbow moderate.
        if press:
            assert _from(rules, "elbow", "severe"), e.id
        if (press and loading.deep_elbow_flexion) or loading.long_lever:
            assert _from(rules, "elbow", "moderate"), e.id
        if loading.grip_demand == "high":
            assert _from(rules, "elbow", "severe"), e.id
        # 3. Pressing a straight bar -> wrist and elbow moderate; a straight-bar curl or skull crusher -> wrist.
        if press and loading.straight_bar:
            assert _from(rules, "wrist", "moderate") and _from(rules, "elbow", "moderate"), e.id
        if e.isolation and loading.straight_bar and set(e.primary_muscles) & {"biceps", "triceps", "forearms"}:
            assert _from(rules, "wrist", "moderate"), e.id
        # 4. A deadlift from the floor -> knee severe.
        if loading.from_floor:
            assert _from(rules, "knee", "severe"), e.id
        # 5. Deep knee flexion in a squat or lunge -> ankle severe; anchored ankles -> ankle moderate.
        if e.pattern in ("squat", "lunge") and not e.isolation and loading.deep_knee_flexion:
            assert _from(rules, "ankle", "severe"), e.id
        if loading.feet_anchored:
            assert _from(rules, "ankle", "moderate"), e.id
        # 6. Every press with the arm raised (the landmine press too) -> shoulder severe.
        if e.pattern == "vertical_push" and not e.isolation:
            assert _from(rules, "shoulder", "severe"), e.id
        # 7. Arms overhead (presses, pull-ups, pulldowns, hangs) or a bar on the back -> a shoulder rule;
        # only a neutral grip keeps a pull from overhead for a moderate shoulder. (A safety squat bar's yoke, handles
        # in front, is not held by the shoulders: review 27, defect 3.)
        if (e.pattern == "vertical_pull" and not e.isolation) or loading.hanging:
            assert loading.overhead, e.id
        held_bar = loading.load_position == "back" and (loading.straight_bar or loading.wrist_extension)
        if loading.overhead or held_bar:
            assert _from(rules, "shoulder", "severe"), e.id
        if loading.overhead and not loading.neutral_grip:
            assert _from(rules, "shoulder", "moderate"), e.id


def test_the_physician_review_cases() -> None:
    # 1. Severe wrist: no bent-over row or back squat; heavy holds go at moderate.
    assert _out("barbell-row", "wrist", "severe") and _out("barbell-back-squat", "wrist", "severe")
    assert _out("barbell-back-squat", "shoulder", "moderate") and not _out("barbell-back-squat", "shoulder", "mild")
    for ident in ("dumbbell-row", "barbell-deadlift", "dumbbell-curl", "farmers-carry-dumbbell", "lat-pulldown"):
        assert _out(ident, "wrist", "severe"), ident
    for ident in ("barbell-shrug", "dumbbell-shrug", "barbell-deadlift", "farmers-carry-dumbbell", "pull-up"):
        assert _out(ident, "wrist", "moderate"), ident
    # 2. Severe elbow: no push-ups or shrugs; moderate elbow: no close-grip presses, dips or long levers.
    assert _out("push-up", "elbow", "severe") and _out("barbell-shrug", "elbow", "severe")
    for ident in ("close-grip-bench-press", "close-grip-push-up", "parallel-bar-dip", "bench-dip"):
        assert _out(ident, "elbow", "moderate"), ident
    for ident in ("dumbbell-fly", "dumbbell-pullover", "dumbbell-skull-crusher", "barbell-skull-crusher"):
        assert _out(ident, "elbow", "moderate"), ident
    # 3. Moderate wrist or elbow: no barbell bench press; dumbbell and neutral-grip presses remain.
    assert _out("barbell-bench-press", "wrist", "moderate") and _out("barbell-bench-press", "elbow", "moderate")
    for ident in ("dumbbell-bench-press", "landmine-press", "machine-chest-press"):
        assert not _out(ident, "wrist", "moderate") and not _out(ident, "elbow", "moderate"), ident
    # 4. Severe knee: no deadlift from the floor; Romanian deadlifts remain.
    for ident in ("barbell-deadlift", "barbell-sumo-deadlift", "dumbbell-deadlift", "kettlebell-deadlift"):
        assert _out(ident, "knee", "severe"), ident
    assert not _out("barbell-rdl", "knee", "severe") and not _out("dumbbell-rdl", "knee", "severe")
    # 5. Severe ankle: no goblet squat; moderate ankle: no Nordic curl or standing single-leg work.
    assert _out("goblet-squat-dumbbell", "ankle", "severe") and _out("nordic-curl", "ankle", "moderate")
    assert _out("split-squat", "ankle", "moderate") and _out("dumbbell-step-up", "ankle", "moderate")
    # 6. Severe shoulder: no landmine press, which stays the shoulder-friendly press at moderate.
    assert _out("landmine-press", "shoulder", "severe") and not _out("landmine-press", "shoulder", "moderate")
    # 7. Pulldowns and the back squat have a shoulder rule; the neutral-grip pulldown stays at moderate.
    assert _out("close-grip-pulldown", "shoulder", "severe") and not _out("close-grip-pulldown", "shoulder", "moderate")
    for ident in ("lat-pulldown", "machine-pulldown", "pull-up", "barbell-back-squat", "smith-machine-squat"):
        assert _out(ident, "shoulder", "moderate"), ident
    # What a severe wrist or elbow still trains with: machines, cuffs and isometrics.
    wrist = {e.id for e in catalog.available_exercises(ALL_EQUIPMENT, frozenset({("wrist", "severe")}))}
    assert {"pec-deck", "leg-press", "belt-squat", "cable-row-cuffed"} <= wrist
    # A press pushes its load through the palms: none while a wrist waits for its go-ahead (the tenth review:
    # a machine chest press every day beside "this plan does not load it").
    assert "machine-chest-press" not in wrist and "push-up" not in wrist
    elbow = {e.id for e in catalog.available_exercises(ALL_EQUIPMENT, frozenset({("elbow", "severe")}))}
    assert {"pec-deck", "isometric-chest-squeeze", "isometric-wall-row", "leg-press"} <= elbow


class _Shape(TypedDict):
    """The keyword arguments of `derive_contraindications` that these cases share or vary."""

    pattern: str
    isolation: bool
    unilateral: bool
    intensity: str
    equipment: list[str]


def test_the_rules_alone() -> None:
    hinge = Loading(spinal_load="low")
    common: _Shape = {
        "pattern": "hinge",
        "isolation": False,
        "unilateral": False,
        "intensity": "grind",
        "equipment": [],
    }
    rules = derive_contraindications(hinge, load_type="bodyweight", primary_muscles=["hamstrings"], **common)
    assert rules["lower_back"] == "severe"
    heavy = Loading(spinal_load="high", load_position="back")
    rules = derive_contraindications(heavy, load_type="weight", primary_muscles=["hamstrings"], **common)
    assert rules["lower_back"] == "moderate" and rules["neck"] == "moderate"  # a bar on the back: the fourth review
    rack = Loading(load_position="front_rack", wrist_extension=True, spinal_load="low", deep_knee_flexion=True)
    squat = common | {"pattern": "squat"}
    rules = derive_contraindications(rack, load_type="weight", primary_muscles=["quads"], **squat)
    assert rules["wrist"] == "moderate" and rules["knee"] == "moderate"  # the stricter wrist rule wins
    jump = Loading(impact=True)
    rules = derive_contraindications(
        jump, load_type="bodyweight", primary_muscles=["quads"], **(squat | {"intensity": "plyometric"})
    )
    assert rules["knee"] == rules["ankle"] == "mild"
    rules = derive_contraindications(
        Loading(deep_knee_flexion=True), load_type="bodyweight", primary_muscles=["quads"], **squat
    )
    assert rules["ankle"] == "severe"
    row = common | {"pattern": "horizontal_pull"}
    rules = derive_contraindications(
        Loading(grip_demand="moderate"), load_type="weight", primary_muscles=["lats"], **row
    )
    assert rules["wrist"] == "severe"
    rules = derive_contraindications(Loading(grip_demand="low"), load_type="weight", primary_muscles=["lats"], **row)
    assert "wrist" not in rules  # forearm cuffs: nothing held
    press = common | {"pattern": "horizontal_push", "equipment": ["barbell", "bench"]}
    bar = Loading(straight_bar=True, wrist_extension=True, grip_demand="moderate")
    rules = derive_contraindications(bar, load_type="weight", primary_muscles=["chest"], **press)
    assert rules["wrist"] == rules["elbow"] == "moderate"
    rules = derive_contraindications(Loading(), load_type="bodyweight", primary_muscles=["chest"], **press)
    assert rules["elbow"] == "severe"  # push-ups
    deadlift = Loading(from_floor=True, grip_demand="high", spinal_load="high")
    rules = derive_contraindications(deadlift, load_type="weight", primary_muscles=["glutes"], **common)
    assert rules["knee"] == "severe" and rules["wrist"] == "moderate" and rules["elbow"] == "severe"


@pytest.mark.parametrize("area", INJURY_AREAS)
def test_a_severe_injury_leaves_an_alternative(area: str) -> None:
    allowed = catalog.available_exercises(ALL_EQUIPMENT, frozenset({(area, "severe")}))
    for e in EXERCISES:
        if e not in allowed and e.pattern not in ("mobility", "conditioning"):
            same = [o for o in allowed if o.pattern == e.pattern or set(o.primary_muscles) & set(e.primary_muscles)]
            assert same, (area, e.id)


# Minimum options left per injured area at each severity (full equipment): trainable, not just safe.
NEEDS: dict[str, list[tuple[str, int]]] = {
    "knee": [("quads", 4), ("hamstrings", 3), ("glutes", 3), ("calves", 2)],
    "shoulder": [("horizontal_pull", 3), ("vertical_pull", 1), ("lats", 2), ("triceps", 2), ("chest", 1)],
    "lower_back": [("hinge", 3), ("squat", 3), ("quads", 3), ("hamstrings", 2), ("abs", 2)],
    "hip": [("quads", 3), ("hamstrings", 2), ("abs", 2)],
    "wrist": [("chest", 1), ("horizontal_pull", 3), ("quads", 3)],  # chest: the pec deck, forearms on its pads
    "elbow": [("chest", 2), ("lats", 1), ("upper_back", 2), ("quads", 3)],
    "ankle": [("quads", 3), ("hamstrings", 2), ("glutes", 2)],
    "neck": [("front_delts", 2), ("squat", 3), ("hinge", 3)],
    "upper_back": [("upper_back", 2), ("lats", 2), ("squat", 3)],
}


@pytest.mark.parametrize("severity", SEVERITIES)
@pytest.mark.parametrize("area", INJURY_AREAS)
def test_each_injury_leaves_trainable_options(area: str, severity: str) -> None:
    allowed = catalog.available_exercises(ALL_EQUIPMENT, frozenset({(area, severity)}))
    for target, minimum in NEEDS[area]:
        found = [e.id for e in allowed if e.pattern == target or target in e.primary_muscles]
        assert len(found) >= minimum, (area, severity, target, found)


def test_rehab_and_balance_options_for_a_severe_knee_and_older_adults() -> None:
    knee = catalog.available_exercises(ALL_EQUIPMENT, frozenset({("knee", "severe")}))
    ids = {e.id for e in knee}
    assert {"isometric-leg-extension", "spanish-squat", "straight-leg-raise", "terminal-knee-extension"} <= ids
    # A wall sit is a deep, long, bodyweight-loaded knee bend: for a moderate knee, not a severe one.
    assert "wall-sit" not in ids
    assert "wall-sit" in {e.id for e in catalog.available_exercises(ALL_EQUIPMENT, frozenset({("knee", "moderate")}))}
    shoulder = {e.id for e in catalog.available_exercises(ALL_EQUIPMENT, frozenset({("shoulder", "severe")}))}
    assert {"chest-supported-dumbbell-row", "machine-row", "isometric-shoulder-extension"} <= shoulder
    assert {"isometric-chest-squeeze", "isometric-shoulder-abduction", "isometric-wall-row"} <= shoulder
    moderate = {e.id for e in catalog.available_exercises(ALL_EQUIPMENT, frozenset({("shoulder", "moderate")}))}
    assert {"close-grip-pulldown", "landmine-press"} <= moderate
    for ident in ("single-leg-stand", "tandem-stance", "step-up-low", "sit-to-stand", "fast-sit-to-stand"):
        e = catalog.get_exercise(ident)
        assert e.level == "beginner" and not e.impact and e.equipment == ["bodyweight"], ident
    assert catalog.get_exercise("fast-sit-to-stand").intensity == "ballistic"


def test_severity_order_is_respected() -> None:
    # A rule at a milder severity rules out everything more severe too (the model's contract).
    e = catalog.get_exercise("barbell-deadlift")
    ranks = [e.contraindicated_for({"lower_back": s}) for s in SEVERITIES]
    assert ranks == sorted(ranks) and severity_rank("mild") == 0


def test_the_second_review_rules_and_cases() -> None:
    """A second review found: front squat kept with a severe shoulder, heavy deadlifts with a severe
    neck or upper back, a renegade row with a severe elbow, a rowing machine with a severe knee or hip."""
    for exercise in catalog.all_exercises():
        loading = _loading(exercise)
        rules = _rules(exercise)
        if loading.load_position == "front_rack":
            assert _from(rules, "shoulder", "severe"), exercise.id
        if loading.spinal_load == "high" and loading.grip_demand == "high":
            assert _from(rules, "neck", "severe") and _from(rules, "upper_back", "severe"), exercise.id
    assert _out("barbell-front-squat", "shoulder", "severe")
    assert _out("barbell-deadlift", "neck", "severe") and _out("barbell-deadlift", "upper_back", "severe")
    assert _out("dumbbell-renegade-row", "elbow", "severe")
    assert _out("rowing-machine", "knee", "severe") and _out("rowing-machine", "hip", "severe")


def test_anything_held_in_the_hands_is_out_with_a_severe_elbow() -> None:
    """Final review: a severe-elbow plan kept goblet squats, dumbbell RDLs and split squats."""
    for exercise in catalog.all_exercises():
        if _loading(exercise).grip_demand != "low":
            assert _from(_rules(exercise), "elbow", "severe"), exercise.id
    for ident in ("goblet-squat-dumbbell", "dumbbell-rdl", "dumbbell-bulgarian-split-squat"):
        assert _out(ident, "elbow", "severe"), ident


def test_sixth_review_severe_injury_cases() -> None:
    """A severe upper back keeps no front squat or barbell bench press, a severe hip no bent-over
    kettlebell row, a severe shoulder no skull crusher (the sixth coach review's refusals)."""
    cases = {
        "upper_back": ("barbell-front-squat", "barbell-bench-press"),
        "hip": ("kettlebell-gorilla-row", "kettlebell-row"),
        "shoulder": ("barbell-skull-crusher", "dumbbell-skull-crusher"),
        "lower_back": ("hack-squat", "leg-press"),  # pads on the shoulders; deep hip flexion (seventh read)
    }
    for area, ids in cases.items():
        for ident in ids:
            assert catalog.get_exercise(ident).contraindicated_for({area: "severe"}), (area, ident)
