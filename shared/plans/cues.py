"""The coaching note on each planned exercise, one wording for the engine and for swaps.

exercise_note(exercise, rx, role=, sets=, method=, request=, top_sets=) -> str (at most 300 chars)
"""

from __future__ import annotations

import re

from shared.exercises.catalog import loading
from shared.exercises.model import Exercise
from shared.plans.note_fit import fit_note
from shared.plans.rules import (
    BRACING_AREAS,
    PAIN_RULE,
    Prescription,
    Request,
    braces_held_back,
    injured_areas,
    injury_redosed,
    rehab_basics,
    rep_limited_squat,
    reps_in_reserve,
    strained_mild_areas,
    unloaded_areas,
)

WAVE_NOTE = (
    "3 wave sets at percentages of your training max (week 1: 5, 5, 5+; week 2: 3, 3, 3+; week 3: 5, 3, 1+; "
    "week 4: deload), the last set for as many good reps as you can; your targets give the loads."
)


def wave_note(sets: int) -> str:
    """A training-max wave main lift's note for `sets` sets: the 3 wave sets, then any back-off sets (First Set
    Last). Written from the final set count (review 19: "3 wave sets + 2 back-off" beside "Then 1 back-off set")."""
    back = sets - 3
    tail = f" Then {back} back-off set{'s' if back > 1 else ''} of 5 at the first set's load (First Set Last)."
    return WAVE_NOTE + (tail if back > 0 else "")


def with_wave_sets(notes: str, sets: int) -> str:
    """`notes` with its wave sentences rewritten for `sets` sets (unchanged when it has none); a superset's lead
    before them and the cues after them are kept, and a back-off sentence already there is replaced, not repeated
    (rc27: a note fitted to 300 characters lost "(First Set Last)" and got a second back-off sentence, 354 characters,
    and the plan job failed)."""
    at = notes.find(WAVE_NOTE)
    if at < 0:
        return notes
    rest = _WAVE_TAIL.sub("", notes[at + len(WAVE_NOTE) :], count=1)
    return fit_note(notes[:at] + wave_note(sets) + rest)


_WAVE_TAIL = re.compile(r"^ Then \d+ back-off sets? of 5 at the first set's load(?: \(First Set Last\))?\.")


# Loaded knee work a moderate knee keeps in a restricted range (review 20: a gym lifter's only quad work was bodyweight
# tempo squats; patellofemoral and tendon rehabilitation loads the quads through a pain-free arc or as holds). The
# catalog allows these at moderate (`_rows_lower`), so the range goes with them wherever they are planned.
KNEE_RANGE_NOTES = {
    "leg-press": "in a pain-free range, no deeper than 90 degrees of knee bend",
    "leg-extension": "only in the 90-45 degree arc of knee bend (or hold it still at 60 degrees)",
    "barbell-box-squat": "sitting to a high box (thighs above parallel)",
    "isometric-leg-extension": "held at a pain-free angle",
    "spanish-squat": "held at a pain-free depth",
}
# Rehabilitation basics a severe knee or shoulder keeps while it waits for its go-ahead (review 20,
# `rules.rehab_basics`).
REHAB_BASICS_NOTE = "Rehab basics, compatible with most {area} injuries: a pain-free angle; stop if painful."


# Exercises that need a set-up the plan must spell out (an anchor, a support to hold).
SETUP_NOTES = {
    "nordic-curl": "Anchor the ankles under something heavy that cannot move (a sofa, a partner); "
    "lower as slowly as you can, catch yourself with the hands and push back up.",
    "sissy-squat": "Hold a post or door frame the whole time; go only as deep as the knees are comfortable.",
}


# Hanging from a bar ends with a drop onto the feet: with a knee, hip or ankle injury, step down instead (the
# eighteenth review: pull-ups and hanging knee raises with a severe ankle and no word about the dismount).
HANGING = frozenset({
    "pull-up", "chin-up", "negative-pull-up", "band-assisted-pull-up", "hanging-knee-raise", "hanging-leg-raise",
    "dead-hang", "scapular-pull-up",
})  # fmt: skip
_LEGS = ("knee", "hip", "ankle")


def yoke_spares_shoulder(request: Request, exercise: Exercise) -> bool:
    """A safety squat bar's yoke (on the back, handles in front: no straight bar, no wrist bent back) for a
    moderately or severely injured shoulder: the squat it keeps (review 27, defect 3)."""
    if dict(request.injuries).get("shoulder") not in ("moderate", "severe"):
        return False
    load = loading(exercise.id)
    return load.load_position == "back" and not load.straight_bar and not load.wrist_extension


TOP_SET = "One top set of"
_TOP_SET_NOTE = re.compile(re.escape(TOP_SET) + r" .*? of that load\. ?")
_BACKOFF_COUNT = re.compile(r"(, then )\d+( back-off) sets?( at about 90% of that load\.)")


def top_set_note(reps_min: int, reps_max: int, rpe: float, sets: int) -> str:
    """A main lift's top-set scheme for `sets` sets: one top set, then `sets - 1` back-off sets at about 90%."""
    back = sets - 1
    return (
        f"{TOP_SET} {reps_min}-{reps_max} at RPE {rpe:g}, then {back} back-off set{'s' if back != 1 else ''} "
        "at about 90% of that load."
    )


def with_backoff_sets(notes: str, sets: int, rpe: float) -> str:
    """`notes` with the top-set scheme's back-off count rewritten for the `sets` the fitting left (review 26, D7: a
    2-set overhead press said "then 3 back-off sets"); a single set keeps no scheme, only the effort it is done at."""
    if not has_top_set(notes):
        return notes
    if sets < 2:
        return f"Stop about {reps_in_reserve(rpe)} short of failure. {without_top_set(notes)}".strip()
    back = sets - 1
    return _BACKOFF_COUNT.sub(lambda m: f"{m[1]}{back}{m[2]} set{'s' if back != 1 else ''}{m[3]}", notes)


def has_top_set(notes: str) -> bool:
    """Whether an item's notes prescribe a top set and back-off sets (`exercise_note`'s wording)."""
    return TOP_SET in notes


def without_top_set(notes: str) -> str:
    """The notes with the top-set scheme taken out (a light day's straight sets)."""
    return _TOP_SET_NOTE.sub("", notes).strip()


def fine_steps(exercise: Exercise) -> bool:
    """A load set in small steps (barbell plates, dumbbell pairs, a stack): 90% of a top set is a weight one can
    pick. Kettlebells jump 4 kg, bands have no number and bodyweight no load (the fourteenth review: back-off sets
    at 90% with fixed bells and on pull-ups)."""
    return exercise.load_type == "weight" and not set(exercise.equipment) & {"kettlebells", "resistance_bands"}


# How to set up a rung below, where its name does not say it.
RUNG_HOW = {
    "incline-push-up": " (hands on a bench, table or kitchen counter; lower the height as you get stronger)",
    "knee-push-up": " (from the knees, body straight from knees to head)",
}


def _held_word(exercise: Exercise) -> str:
    """The weight a held squat uses, named as its own kit (a goblet squat's dumbbell is not a "bell")."""
    return "dumbbell" if "dumbbells" in exercise.equipment else "kettlebell"


def _plural(name: str) -> str:
    return name if name.endswith("s") else name + "s"


def easier_rung(exercise: Exercise, request: Request) -> Exercise | None:
    """The bodyweight variation one rung below `exercise` on its ladder (`Exercise.harder` pointing at it) that
    the user's equipment and injuries allow, or None: incline push-ups below push-ups with a bench, knee
    push-ups without one. A wall push-up is too easy to start a healthy adult on."""
    from shared.exercises.catalog import rungs_below  # the catalog loads after these rules

    if exercise.load_type != "bodyweight" or not exercise.hard_sets:
        return None
    injuries = dict(request.injuries)
    below = [
        e for e in rungs_below(exercise.id)
        if e.needs_only(request.equipment) and e.id != "wall-push-up" and not e.contraindicated_for(injuries)
    ]  # fmt: skip
    return min(below, key=lambda e: (e.equipment == ["bodyweight"], e.id), default=None)


def exercise_note(
    exercise: Exercise,
    rx: Prescription,
    *,
    role: str | None,
    sets: int,
    method: str | None,
    request: Request,
    top_sets: bool,
) -> str:
    """How to perform the exercise's sets: effort (reps in reserve), the main lift's scheme (a
    training-max wave, or a top set with back-off sets), a regression for beginners, the older
    adult's tempo, and "each side" for one-sided work."""
    if rx.duration_seconds is not None:
        note = "Hold steady, then rest." if exercise.load_type == "time" else "Walk tall and steady, then rest."
    elif exercise.intensity in ("plyometric", "ballistic"):
        note = "Every rep fast and crisp; stop the set before speed drops."
    else:
        note = f"Stop about {reps_in_reserve(rx.target_rpe)} short of failure."
    if role == "main" and method == "training_max_wave":
        note = wave_note(sets)
    elif (
        role == "main" and top_sets and sets >= 3 and request.level != "beginner" and rx.target_rpe >= 7.5
        and fine_steps(exercise)
    ):  # fmt: skip
        note = top_set_note(rx.reps_min, rx.reps_max, rx.target_rpe, sets)
    easier = easier_rung(exercise, request) if request.level == "beginner" or request.older else None
    if easier is not None:  # the rung below on the ladder (the fifteenth review: push-ups at 8-12, no regression)
        note += (
            f" Can't do {rx.reps_min} yet? Start with {_plural(easier.name.lower())}{RUNG_HOW.get(easier.id, '')}"
            f" and move up when you reach {rx.reps_max}."
        )
    elif exercise.load_type == "bodyweight" and exercise.skill >= 2 and request.level == "beginner":
        note += f" Can't do {rx.reps_min} yet? Do slow 3-5 s lowerings from the top instead."
    if role == "main" and request.older:
        note += " Lift briskly but with control, lower slowly: power matters as much as strength."
    near = injured_areas(request, exercise)
    if near and exercise.hard_sets:
        words = " and ".join(area.replace("_", " ") for area in near)
        knee = dict(request.injuries).get("knee")
        held = unloaded_areas(request)
        basics = [area for area in near if area in held and exercise.id in rehab_basics(area, held)]
        if basics:
            note += " " + REHAB_BASICS_NOTE.format(area=basics[0].replace("_", " "))
        elif knee == "severe" and near == ["knee"]:  # hamstrings assisting a hip thrust or bridge, the knee still
            note += " Your knee: it stays still and bent, only the hips move; stop the set at any pain."
        elif knee == "moderate" and exercise.id in KNEE_RANGE_NOTES:
            note += f" Your {words}: moderate load {KNEE_RANGE_NOTES[exercise.id]}; stop the set at any pain."
        elif not injury_redosed(request, exercise):
            # A lift that passes near the area keeps the goal's reps under the cap: the pain rule says when to back
            # off (review 25, defect 1: "moderate load" beside a bench press at 3-6), for a mild area it strains too.
            both = sorted({*near, *strained_mild_areas(request, exercise)})
            note += f" Your {' and '.join(area.replace('_', ' ') for area in both)}: {PAIN_RULE}"
        else:
            note += f" Your {words}: moderate load, every rep pain-free; stop the set at any pain."
        if (mild := strained_mild_areas(request, exercise)) and PAIN_RULE not in note:
            # a mild area it strains beside a worse one it loads: skull crushers, moderate wrist and mild elbow
            note += f" Your {' and '.join(area.replace('_', ' ') for area in mild)}: {PAIN_RULE}"
    elif exercise.hard_sets and (mild := strained_mild_areas(request, exercise)):
        # A mild injury keeps its lifts; each one that strains it says what pain allows (review 25, defect 5; review
        # 26, D6: isolation work on the area, too).
        words = " and ".join(area.replace("_", " ") for area in mild) if len(mild) <= 2 else "injured areas"
        note += f" Your {words}: {PAIN_RULE}"
    elif braces_held_back(request, exercise):  # a severe back braces it (review 21, D2)
        backs = " and ".join(a.replace("_", " ") for a in BRACING_AREAS if a in unloaded_areas(request))
        note += f" Your {backs}: moderate load, breathe out through the effort; stop the set at any back pain."
    if request.goal == "strength" and rep_limited_squat(exercise):  # review 21, D5: say what limits it, and what next
        note += (
            f" The {_held_word(exercise)} you can hold limits this squat, not your legs: once the heaviest one is easy"
            " for every rep, "
            "lower for 3 s and pause 2 s at the bottom, or move to split squats."
        )
    if yoke_spares_shoulder(request, exercise):  # review 27, defect 3: say why a shoulder that waits may squat
        note += " Your shoulder: hands rest lightly on the handles, elbows down; the yoke sits on your back."
    if exercise.id in SETUP_NOTES:
        setup = SETUP_NOTES[exercise.id]
        note += " " + (setup.replace("(a sofa,", "(a loaded bar, a sofa,") if "barbell" in request.equipment else setup)
    legs = [area for area, severity in request.injuries if area in _LEGS and severity != "mild"]
    if exercise.id in HANGING and legs:
        step = "a box or bench" if "bench" in request.equipment else "a sturdy box or step"
        note += f" Step up to the bar and down from it on {step}; never drop onto the {' or '.join(legs)}."
    if exercise.unilateral:
        note += " Each side."
    return fit_note(note)  # a 5/3/1 wave's note leaves no room for the whole pain rule: its short form
