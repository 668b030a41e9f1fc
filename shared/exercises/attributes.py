"""How an exercise loads the body, and the contraindications that follow from it.

`Loading` is stored per exercise in catalog.json (`attributes`); `derive_contraindications` turns
it, with the pattern and load type, into "avoid at this severity" rules per injured area. The
builder (`build_catalog.py`) applies per-row overrides where a coach would differ. The rules and
their sources are explained in docs/training-science.md, "The exercise catalog".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from shared.profile.model import InjuryArea, Severity, severity_rank

# Axial compression or shear on the lumbar spine: none (lying, seated with back support, machine
# guided), low (bodyweight or light unsupported hinging, standing with light loads), high (bar on
# the back, heavy free-weight hinges, bent-over rows, heavy carries).
SpinalLoad = Literal["none", "low", "high"]
LoadPosition = Literal["none", "hands_low", "back", "front_rack", "overhead", "hip", "chest"]
GripDemand = Literal["low", "moderate", "high"]

Rules = dict[InjuryArea, Severity]


class Loading(BaseModel):
    """Where the load sits and which joints it stresses; the contraindication rules read only this."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    spinal_load: SpinalLoad = "none"
    load_position: LoadPosition = "none"
    # Wrist bent back under load: front rack, hands on the floor, pressing a bar or dumbbells, the hands
    # holding a bar across the back.
    wrist_extension: bool = False
    overhead: bool = False  # arms overhead under load: presses, pull-ups and pulldowns, hangs
    deep_knee_flexion: bool = False  # knees bent past about 90 degrees under load (full squats, lunges)
    impact: bool = False  # flight and landing: jumps, running, skipping
    # Whether the hands hold the load: low (nothing held, or the palms push a handle, pad or the floor),
    # moderate (a bar, dumbbell, kettlebell or handle held or pulled; the body's weight on a bar in a
    # row or a dip), high (heavy holds: deadlifts, shrugs, farmer carries, hanging).
    grip_demand: GripDemand = "low"
    supported: bool = False  # chest- or back-supported (bench, pad, floor): the spine is not holding the load
    neutral_grip: bool = False  # palms facing each other: the friendliest grip for an irritable shoulder
    hanging: bool = False  # bodyweight hangs from the hands (pull-ups, hanging raises)
    balance: bool = False  # single-leg stance
    straight_bar: bool = False  # both hands fixed on a straight bar (barbell, Smith machine), palms down or up
    long_lever: bool = False  # a free weight far from the elbow at the stretch: dumbbell fly, pullover, skull crusher
    deep_elbow_flexion: bool = False  # triceps-led pressing past 90 degrees of elbow bend: dips, close-grip presses
    from_floor: bool = False  # a deadlift from the floor: the knees bend and extend under the heaviest load
    feet_anchored: bool = False  # the ankles hold the body down (Nordic curl)
    kneeling: bool = False  # the body's weight rests on a knee (quadruped, half-kneeling, rollouts from the knees)
    # What holds the body up besides the feet: the hands (planks on the hands, quadruped drills, mountain
    # climbers) or the forearms (forearm planks, the captain's chair).
    arm_support: Literal["none", "hands", "forearms"] = "none"
    hip_flexion: bool = False  # the hip flexors lift or hold the legs (leg and knee raises, mountain climbers)
    # How the feet bear the body when it is neither seated, lying nor kneeling: split (a staggered or split stance,
    # walking or turning on the feet under a load: split-stance rows, woodchops, carries, band walks) or toes (a plank
    # on the toes: push-ups, planks, renegade rows) or half_kneeling (one knee down, the front foot flat with its ankle
    # bent under part of the body's weight, the back foot on its toes: the half-kneeling hip flexor stretch, ankle
    # rocks). Review 27, defect 9 and review 28, defect 5: a severe ankle kept all three.
    stance: Literal["none", "split", "toes", "half_kneeling"] = "none"
    # The body's weight takes the ankle towards an end of its range: dorsiflexion (the shins forward over flat feet,
    # standing or crouched: Spanish squat, wall sit, deep squat hold, wall calf stretch) or plantarflexion (sitting
    # back on the heels: child's pose). Review 28, defect 5: a severe ankle got a Spanish squat.
    ankle_load: Literal["none", "dorsiflexion", "plantarflexion"] = "none"


def tighten(rules: Rules, area: InjuryArea, severity: Severity) -> None:
    """Add a rule; when one exists the stricter (lower) severity wins."""
    current = rules.get(area)
    if current is None or severity_rank(severity) < severity_rank(current):
        rules[area] = severity


def derive_contraindications(
    loading: Loading,
    *,
    pattern: str,
    load_type: str,
    isolation: bool,
    unilateral: bool,
    intensity: str,
    primary_muscles: Sequence[str],
    equipment: Sequence[str],
) -> Rules:
    """Area -> the severity from which the exercise is avoided, from its loading alone.

    Severities follow the joint stress (NSCA Essentials, ch. 13-15 on exercise technique and
    loading): an exercise a mild injury rules out stresses the area most.
    """
    rules: Rules = {}
    compound = not isolation
    weighted = load_type == "weight"
    lower_body = pattern in ("squat", "hinge", "lunge")
    arms = set(primary_muscles) & {"biceps", "triceps", "forearms"}

    # Lower back: spinal load, whatever the pattern (a bodyweight single-leg RDL and a bodyweight
    # good morning both load an unsupported flexed spine).
    if loading.spinal_load == "high":
        tighten(rules, "lower_back", "moderate")
    if loading.overhead and compound and weighted and pattern == "vertical_push" and not loading.supported:
        tighten(rules, "lower_back", "moderate")  # standing overhead pressing arches the lumbar spine under load
    elif loading.spinal_load == "low":
        tighten(rules, "lower_back", "severe")
    if pattern == "hinge" and compound and (weighted or not loading.supported):
        tighten(rules, "lower_back", "severe")  # loaded hip extension still braces the lumbar spine

    # Upper back and neck: a bar across the upper back; bent-over rowing; heavy carries.
    if loading.load_position == "back":
        tighten(rules, "upper_back", "severe")
        tighten(rules, "neck", "severe")
    if pattern == "horizontal_pull" and compound and loading.spinal_load == "high":
        tighten(rules, "upper_back", "moderate")
        tighten(rules, "neck", "severe")  # bent over, the head held up against gravity under load
    # Review 25 (defect 1): a moderate upper back kept the back squat (the bar rests on the injured area) and the
    # deadlift (the traps and thoracic extensors hold the heaviest barbell load of the week). A heavy bar across the
    # upper back, and a heavy barbell held from the hands in a hinge, wait for a mild one; front, belt and machine
    # squats, hip thrusts and pull-throughs stay (NSCA Essentials ch. 15: the bar position loads the thoracic spine).
    heavy_bar = weighted and "resistance_bands" not in equipment and loading.spinal_load == "high"
    if heavy_bar and loading.load_position == "back":
        tighten(rules, "upper_back", "moderate")
    # (a straight bar in front of the legs: a trap bar's load sits at the sides with the torso upright, Swinton et al.
    # 2011, and stays)
    straight_pull = "barbell" in equipment and loading.straight_bar and loading.grip_demand != "low"
    if heavy_bar and pattern == "hinge" and compound and straight_pull:
        tighten(rules, "upper_back", "moderate")
    if loading.hanging:
        tighten(rules, "neck", "severe")  # hanging from the hands pulls through the neck and shoulders
        tighten(rules, "upper_back", "severe")  # and the shoulder blades and upper back (review 16: knee raises)
    if loading.spinal_load == "high" and loading.grip_demand == "high":
        # Heavy pulls from the hands (deadlifts) load the neck and upper back through the traps.
        tighten(rules, "upper_back", "severe")
        tighten(rules, "neck", "severe")
    if pattern in ("horizontal_pull", "vertical_pull") and compound:
        tighten(rules, "upper_back", "severe")  # rows, pull-ups and pulldowns work the injured muscles hard
    if pattern == "vertical_push" and compound and loading.overhead:
        tighten(rules, "upper_back", "severe")  # pressing overhead braces the thoracic spine and traps
        tighten(rules, "neck", "moderate")  # the head moves out of the bar's path under load
    if loading.load_position == "back":
        tighten(rules, "neck", "moderate")  # a bar resting on the base of the neck
    if loading.load_position == "front_rack":
        # The rack needs full shoulder flexion and elbows high; a straight bar forces the worst of it.
        tighten(rules, "shoulder", "moderate" if loading.straight_bar else "severe")
        tighten(rules, "upper_back", "severe")  # and the upper back holds the bar upright
    if pattern == "horizontal_push" and compound and ("barbell" in equipment or "bench" in equipment):
        # A bench press is pressed off retracted, loaded shoulder blades; so are a Smith bench, a decline push-up
        # (feet raised: most of the body's weight) and a bench dip (review 22: all three for a severe upper back).
        tighten(rules, "upper_back", "severe")
    if pattern == "horizontal_pull" and compound and loading.spinal_load == "high":
        tighten(rules, "hip", "severe")  # a bent-over row is held in a loaded hinge at the hips
    if loading.long_lever and isolation and arms:
        tighten(rules, "shoulder", "severe")  # skull crushers and overhead extensions: the arm flexed under load
    if pattern == "carry" and loading.grip_demand == "high":
        tighten(rules, "upper_back", "severe")
        tighten(rules, "shoulder", "severe")  # heavy loads pulling the arms down

    # Shoulder. Every exercise with the arms overhead or a bar across the back has a rule.
    press = pattern in ("horizontal_push", "vertical_push") and compound
    # A yoke on the back with its handles in front (a safety squat bar: no straight bar, no wrist bent back) needs no
    # shoulder rotation nor abduction and holds no load in the hands: it is the textbook squat for a severe shoulder
    # (review 27, defect 3; Hecker et al. 2019; NSCA Essentials ch. 15), as it already was for a moderate one.
    yoke = loading.load_position == "back" and not loading.straight_bar and not loading.wrist_extension
    if loading.overhead or (loading.load_position == "back" and not yoke):
        tighten(rules, "shoulder", "severe")
    if loading.overhead:
        if pattern == "vertical_push" and compound:
            tighten(rules, "shoulder", "mild")
            tighten(rules, "neck", "severe")
        elif not loading.neutral_grip:
            tighten(rules, "shoulder", "moderate")  # a neutral-grip pulldown stays for a moderate shoulder
    if loading.load_position == "back" and (loading.straight_bar or loading.wrist_extension):
        # holding a bar on the back with the hands beside the shoulders needs full external rotation (a safety squat
        # bar's handles in front do not: review 25, defect 1)
        tighten(rules, "shoulder", "moderate")
    if pattern == "vertical_push" and compound and not loading.overhead:
        tighten(rules, "shoulder", "severe")  # landmine press: the arm still rises above the shoulder
    if pattern == "horizontal_push" and compound:
        free_weight = weighted and bool(set(equipment) & {"barbell", "dumbbells", "kettlebells"})
        tighten(rules, "shoulder", "moderate" if free_weight and not loading.neutral_grip else "severe")
    if pattern == "horizontal_push" and isolation and not arms and intensity != "isometric":
        tighten(rules, "shoulder", "moderate")  # flys: a loaded stretch at the front of the shoulder
    if pattern == "horizontal_pull" and compound and not loading.supported:
        tighten(rules, "shoulder", "severe")
    if pattern == "horizontal_pull" and isolation and "rear_delts" in primary_muscles:
        tighten(rules, "shoulder", "severe")
    if loading.hanging or (pattern == "vertical_pull" and isolation and intensity != "isometric"):
        tighten(rules, "shoulder", "moderate")  # full flexion, hanging or pulling from overhead
    if pattern == "vertical_push" and isolation and not arms and not loading.overhead and intensity != "isometric":
        tighten(rules, "shoulder", "moderate")  # raises

    # Elbow.
    if press:
        tighten(rules, "elbow", "severe")  # bent elbows under load: push-ups, presses, dips
    if press and (loading.straight_bar or loading.deep_elbow_flexion):
        tighten(rules, "elbow", "moderate")  # the bar fixes the forearms; triceps-led presses and dips
    if loading.long_lever:
        tighten(rules, "elbow", "moderate")
    if loading.hanging and compound:
        tighten(rules, "elbow", "moderate")
    if pattern in ("horizontal_pull", "vertical_pull") and compound and not loading.hanging:
        tighten(rules, "elbow", "severe")
    if arms & {"biceps", "triceps"} and isolation:
        # A moderate elbow keeps light arm work on a cable, band or machine (smooth resistance, submaximal by the
        # injury cap); free weights stay out (the thirteenth review: all arm work went while rows stayed).
        guided = bool(set(equipment) & {"cable_machine", "resistance_bands", "machines"})
        tighten(rules, "elbow", "severe" if guided and not loading.long_lever else "moderate")
    if loading.grip_demand != "low":
        tighten(rules, "elbow", "severe")  # anything held in the hands loads the elbow (goblet squat, RDL)

    if loading.load_position == "back":
        tighten(rules, "elbow", "severe")  # the hands hold the bar down on the back, elbows bent under it
    free = set(equipment) & {"barbell", "dumbbells", "kettlebells"}
    if weighted and loading.grip_demand != "low" and free and not loading.supported:
        tighten(rules, "shoulder", "severe")  # a free weight in the hands: the shoulder holds it (goblet squat, curl)
    if loading.load_position == "hands_low" and weighted and loading.grip_demand != "low" and lower_body:
        # Dumbbells or a bar hanging from the hands (RDLs, lunges, split squats): the traps and upper back
        # hold it, and the load pulls on the shoulder joint (the tenth review).
        tighten(rules, "upper_back", "severe")
        tighten(rules, "shoulder", "severe")
        tighten(rules, "neck", "severe")  # the traps hold it up (the twelfth review: heavy dumbbell RDLs, severe neck)
    if loading.load_position == "front_rack":
        tighten(rules, "neck", "severe")  # a bar or bells racked against the front of the neck
    if loading.load_position == "hip" and "bench" in equipment:
        tighten(rules, "upper_back", "severe")  # a hip thrust pivots on the shoulder blades across the bench

    # Wrist.
    if press:
        tighten(rules, "wrist", "severe")  # pushing a load through the palms (a machine press, too)
    if loading.load_position == "front_rack":
        tighten(rules, "wrist", "moderate" if loading.wrist_extension else "severe")
    if loading.wrist_extension:
        tighten(rules, "wrist", "severe" if weighted else "moderate")
    if loading.grip_demand != "low":
        tighten(rules, "wrist", "severe")  # a loaded grip: rows, deadlifts, shrugs, carries, curls
    if loading.grip_demand == "high":
        tighten(rules, "wrist", "moderate")  # heavy holds
    if loading.straight_bar and (press or (isolation and arms)):
        tighten(rules, "wrist", "moderate")  # a straight bar fixes the wrists: bench press, barbell curl

    # Knee, ankle and hip.
    if loading.impact:
        plyo = intensity == "plyometric"
        tighten(rules, "knee", "mild" if plyo else "moderate")
        tighten(rules, "ankle", "mild" if plyo else "moderate")
        tighten(rules, "hip", "moderate")
        tighten(rules, "lower_back", "moderate" if plyo else "severe")  # landing forces
    if loading.from_floor:
        tighten(rules, "knee", "severe")  # deadlifts from the floor; Romanian deadlifts barely bend the knee
    knee_dominant = pattern in ("squat", "lunge") and compound
    deep_and_loaded = loading.deep_knee_flexion and (weighted or unilateral)
    if knee_dominant and (deep_and_loaded or loading.spinal_load == "high"):
        tighten(rules, "knee", "moderate")
    elif knee_dominant:
        tighten(rules, "knee", "severe")
    if pattern == "squat" and isolation and "quads" in primary_muscles and intensity != "isometric":
        tighten(rules, "knee", "moderate")  # open-chain knee extension through the full range
    if pattern == "hinge" and isolation and primary_muscles[0] == "hamstrings":
        tighten(rules, "knee", "severe")  # knee flexion under load
    if lower_body and compound:
        tighten(rules, "hip", "severe")
        if unilateral or (pattern == "hinge" and "barbell" in equipment):
            tighten(rules, "hip", "moderate")
    if lower_body and isolation and set(primary_muscles[:1]) & {"adductors", "glutes"}:
        tighten(rules, "hip", "moderate")  # loaded hip adduction, abduction or extension in isolation
    if knee_dominant and loading.deep_knee_flexion:
        tighten(rules, "ankle", "severe")  # full dorsiflexion under the body's weight or more
    if lower_body and compound and weighted and not loading.supported:
        tighten(rules, "ankle", "severe")  # standing under a load heavier than the body (squats, deadlifts)
    if knee_dominant and weighted and not loading.supported and loading.load_position != "hip":
        tighten(rules, "lower_back", "severe")  # a standing squat or lunge under a load held braces the spine
    if knee_dominant:
        # Squats, lunges and wall sits stand on the ankles, with the body's weight at least; a severe
        # ankle waits for the physiotherapist's go-ahead (the eighth review: wall sits and box squats).
        tighten(rules, "ankle", "severe")
    if weighted and not loading.supported and (loading.spinal_load == "high" or (loading.overhead and compound)):
        tighten(rules, "ankle", "severe")  # standing under a heavy bar (bent-over rows, overhead presses)
    if weighted and not loading.supported and loading.grip_demand == "high":
        tighten(rules, "ankle", "severe")  # standing under a heavy hold (shrugs, carries): the fourteenth review
    if weighted and not loading.supported and pattern == "vertical_push" and "barbell" in equipment:
        tighten(rules, "ankle", "severe")  # standing behind a barbell press (landmine): review 16
    if loading.feet_anchored:
        tighten(rules, "ankle", "moderate")  # the ankles anchor the body (Nordic curl)
    if loading.balance:
        tighten(rules, "ankle", "moderate")
        if compound and lower_body:
            tighten(rules, "hip", "moderate")
    if "calves" in primary_muscles[:1] and pattern not in ("conditioning", "mobility"):
        tighten(rules, "ankle", "severe" if loading.supported else "moderate")

    # The thirteenth review: a severely injured area is not loaded by what holds the body up, by a load held in
    # the hands, nor by what the hip flexors lift.
    if loading.kneeling:
        tighten(rules, "knee", "severe")  # kneeling rollouts, cable crunches, cat-cow, thread the needle
    if loading.arm_support != "none":
        tighten(rules, "shoulder", "severe")
        tighten(rules, "elbow", "severe")
        if loading.arm_support == "hands":
            tighten(rules, "wrist", "severe")  # the palms flat, the wrist bent back under the body's weight
    if loading.hip_flexion:
        tighten(rules, "hip", "severe")
    # Review 27 (defect 9): a severe ankle ("does not load it") kept split-stance rows, renegade rows on the toes and
    # standing woodchops. A split stance, walking or turning on the feet puts most of the body's weight, and the
    # load, on one ankle at a time and on the front knee and the hips; a plank on the toes holds the ankle bent under
    # part of the body's weight. They wait for the go-ahead as squats do (seated, lying, kneeling or bench versions
    # stay).
    if loading.stance != "none" or loading.ankle_load != "none":
        # Review 28 (defect 5): the same for a loaded end range of the ankle, however light (a Spanish squat is a
        # rehab drill for the knee, not for the ankle) and for half-kneeling (the front ankle bent under the body).
        tighten(rules, "ankle", "severe")
    if loading.stance == "split":
        tighten(rules, "knee", "severe")
        tighten(rules, "hip", "severe")
    # A held free weight timed or carried (a static bar hold, swing or thruster intervals): standing under the load,
    # as for the same lifts counted in reps.
    timed_hold = load_type in ("time", "distance") and loading.grip_demand != "low" and not loading.supported
    if timed_hold and set(equipment) & {"barbell", "dumbbells", "kettlebells"}:
        tighten(rules, "ankle", "severe")
    held = weighted and loading.grip_demand != "low" and not loading.supported
    if held and set(equipment) & {"cable_machine", "resistance_bands"}:
        tighten(rules, "shoulder", "severe")  # a handle pulled by a cable or band loads the shoulder as a dumbbell does
    if held:
        tighten(rules, "upper_back", "severe")  # the traps and upper back hold whatever the hands hold
        tighten(rules, "neck", "severe")
    if weighted and isolation and arms:
        tighten(rules, "wrist", "severe")  # curls, pushdowns and extensions hold the load in the hand
    if pattern == "vertical_push" and isolation and not arms and intensity != "isometric":
        tighten(rules, "neck", "severe")  # raises: the upper traps shrug with the arm
        tighten(rules, "upper_back", "severe")
    standing_load = loading.load_position in ("back", "front_rack") or (held and not lower_body)
    if weighted and standing_load and pattern not in ("horizontal_push", "vertical_pull", "horizontal_pull"):
        tighten(rules, "hip", "severe")  # standing under a load: the hips carry it (calf raises with a bar)
    return rules


def merge_overrides(
    rules: Rules, add: Mapping[InjuryArea, Severity], replace: Mapping[InjuryArea, Severity | None]
) -> Rules:
    """Per-row overrides: `add` tightens (stricter wins), `replace` sets or removes (None) a rule."""
    merged = dict(rules)
    for area, severity in add.items():
        tighten(merged, area, severity)
    for area, maybe in replace.items():
        if maybe is None:
            merged.pop(area, None)
        else:
            merged[area] = maybe
    return merged
