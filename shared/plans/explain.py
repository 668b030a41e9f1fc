"""The plan's words: name, rationale, safety notes and the volume note, in plain language."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.rules import (
    AREA_MUSCLES,
    LOADED_EQUIPMENT,
    PAIN_RULE,
    PAIN_RULE_SOURCE,
    PAR_Q_MIN_REST,
    RPE_CAP_PAR_Q,
    RPE_CAP_PAR_Q_CLEARED,
    SESSION_HARD_SETS_MAX,
    Request,
    injury_cap,
    injury_redosed,
    loads_area,
    many_injuries,
    rehab_basics,
    reps_in_reserve,
    session_set_capacity,
    unloaded_areas,
    works_area,
)
from shared.plans.schema import PlanDay, Split
from shared.plans.templates import WEEKLY_AEROBIC_MINUTES, Template, balance_in_warmup
from shared.profile.model import Muscle, Severity
from shared.safety import plan_harm

GOAL_WORDS = {
    "strength": "getting stronger",
    "hypertrophy": "building muscle",
    "fat_loss": "losing fat while keeping muscle",
    "endurance": "muscular and aerobic endurance",
    "general_fitness": "all-round fitness",
    "mobility": "moving freely",
}
SPLIT_WORDS = {
    "full_body": "full-body sessions",
    "upper_lower": "an upper/lower split",
    "push_pull_legs": "a push/pull/legs split",
    "custom": "a custom split",
}
NO_BLOCK_NOTE = (
    " Conditioning: your sessions' minutes go to the strength work, so add two or three brisk 20-30 minute walks, "
    "rides or swims a week on other days (ACSM: about 150 minutes of moderate aerobic activity a week)."
)
SPLIT_SESSIONS = {
    "full_body": "full-body sessions",
    "upper_lower": "upper/lower sessions",
    "push_pull_legs": "push/pull/legs sessions",
    "custom": "sessions",
}
PAR_Q_NOTE = (
    # Non-cardiac answers (blood-pressure medicine, a bone or joint problem, another reason): ACSM 2015
    # pre-participation screening lets light-to-moderate exercise begin while the doctor is asked (the thirteenth
    # review: "get clearance before starting" beside a full plan read as a contradiction).
    "You answered yes to a PAR-Q health question: show this plan to your doctor and ask before training harder "
    f"than it asks. Until a doctor clears you, it keeps effort moderate (RPE {RPE_CAP_PAR_Q:g} or lower) and "
    "leaves out all-out sets, jumps and sprints."
)
BONE_JOINT_NOTE = (
    "You said a bone or joint problem could get worse with exercise: add the joint to your injuries in your "
    "profile, with how bad it is, so the plan can work around it."
)
STOP_NOTE = "Stop and get medical help if you feel chest pain, faintness, or unusual shortness of breath."
CLEARANCE_NOTE = (
    "Your answers about your heart, chest pain or dizziness mean a doctor should see you before you start "
    "training. Until then this plan is gentle breathing and mobility only. When a physician has cleared you, "
    "tick that in your profile and Vigor writes your full plan."
)
RED_FLAG_NOTES = {
    "chest_pain_rest": "Chest pain at rest needs a doctor soon: book an appointment now, and call emergency "
    "services if chest pain comes on and does not ease within a few minutes.",
    "chest_pain_activity": "Stop any activity that brings on chest pain or pressure, and tell your doctor about it.",
    "dizziness": "If dizziness makes you lose your balance, or you have fainted, see a doctor before exercising.",
}
CLEARED_NOTE = (
    "A physician has cleared you to exercise: follow any limits they gave you (heart rate, effort, movements "
    f"to avoid). Vigor still keeps effort moderate (RPE {RPE_CAP_PAR_Q:g} or lower, about four reps left in you) "
    "and leaves out all-out sets, jumps and sprints; tell your physician how training feels, and ask them before "
    "you train harder than this plan."
)
# A cleared answer that is not about the heart: moderate-to-vigorous effort, three reps in reserve.
CLEARED_NON_CARDIAC_NOTE = (
    "A physician has cleared you to exercise: follow any limits they gave you (blood pressure, movements to "
    f"avoid). Vigor keeps every set at RPE {RPE_CAP_PAR_Q_CLEARED:g} or lower (about three reps left in you) and "
    "leaves out all-out sets, jumps and sprints; breathe out as you push, never hold your breath."
)
HOLD_VOLUME_NOTE = "No strength training yet, so no weekly sets: your plan starts once you are cleared or assessed."
HOLD_PROGRESSION = (
    "Nothing to progress yet: keep the gentle sessions easy and pain-free. Your training plan, with its own "
    "progression, starts once you are cleared or assessed."
)
HOLD_DELOAD = "No deloads: there is no training load to recover from yet."


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def plan_name(request: Request, split: Split) -> str:
    """A short, readable plan name."""
    if request.clearance_first:
        return "Before you start: medical clearance first"
    if request.rehab_first:
        return "Before you start: physiotherapy assessment first"
    label = request.goal.replace("_", " ").capitalize()
    lifting, days = request.lifting_days, request.days
    if lifting < days:
        sessions = SPLIT_SESSIONS[split]  # "6 push/pull/legs sessions", not "6 a push/pull/legs split"
        # Aerobic days are named as such (they hold intervals too); mobility and recovery days are easy days.
        aerobic = sum(1 for day in request.split()[1] if day.kind == "aerobic")
        others = [(aerobic, "aerobic day"), (days - lifting - aerobic, "easy day")]
        extra = " + ".join(f"{n} {word}{'s' if n > 1 else ''}" for n, word in others if n)
        return f"{label}: {lifting} {sessions} + {extra}, {request.minutes} min"
    words = SPLIT_WORDS[split]
    if split == "push_pull_legs" and lifting == 5:
        words = "push/pull/legs plus an upper and a lower day"  # the five-day split's last two days
    return f"{label}: {words}, {days} x {request.minutes} min"


def rationale(
    request: Request,
    split: Split,
    reps: tuple[int, int],
    rpe: float,
    template: Template,
    *,
    mains: bool = True,
    injured: str = "",
) -> str:
    """Why the plan looks the way it does: the template and why it fits, then the dose. `mains`: whether the
    plan has main lifts (a PAR-Q circuit or a band week may not); `injured`: how lifts near an injury differ from
    that dose (`injury_dose`)."""
    floor, top = request.band
    parts = [
        f"Template: {template.name}. {template.why}",
        (
            f"{SPLIT_WORDS[split].capitalize()} on {_days(request.lifting_days)} a week let each muscle recover for "
            "about two days before it works again"
            if request.lifting_days > 1
            else "One session a week trains every muscle, with a full week to recover"
        )
        + (
            "; "
            + (
                "the other day is"
                if request.days - request.lifting_days == 1
                else f"the other {request.days - request.lifting_days} days are"
            )
            + " easy aerobic, mobility or recovery work."
            if request.lifting_days < request.days
            else "."
        ),
        f"For {GOAL_WORDS[request.goal]}, the main lifts use {reps[0]}-{reps[1]} reps at about RPE {rpe:g} "
        f"(roughly {reps_in_reserve(rpe)} left in the tank).{injured}",
        f"Each major muscle gets weekly hard sets aimed inside the {floor}-{top} range that research supports "
        f"for {_article(request.level)} {request.level} lifter with this goal; "
        "more than that adds fatigue faster than results.",
        "Big multi-joint lifts come first while you are fresh, smaller isolation work after.",
    ]
    if mains:
        parts.append(
            "Each session starts with its main lifts (with ramp-up sets), the basic loaded movements your "
            "equipment allows, then supporting and smaller exercises dosed for each exercise."
        )
    if request.par_q or request.level == "beginner":
        parts.append("Effort starts conservative so technique and joints adapt before loads climb.")
    return " ".join(parts)


def safety_notes(request: Request, days: Iterable[Iterable[tuple[str, str]]] | None = None) -> list[str]:
    """Notes the user should read before training (`days`: each day's items as (role, exercise id), for what the
    over-65 note says of its balance drill: `older_note`)."""
    notes = []
    if request.clearance_first:
        notes += [CLEARANCE_NOTE, *(RED_FLAG_NOTES[a] for a in sorted(request.par_q_answers) if a in RED_FLAG_NOTES)]
        notes.append(STOP_NOTE)
    elif request.cleared_non_cardiac:
        notes += [CLEARED_NON_CARDIAC_NOTE, STOP_NOTE]
    elif request.par_q and "medical_clearance" in request.par_q_answers:
        notes += [CLEARED_NOTE, STOP_NOTE]
    elif request.par_q:
        notes += [PAR_Q_NOTE, STOP_NOTE]
    if "bone_joint_problem" in request.par_q_answers and not request.injuries and not request.clearance_first:
        notes.append(BONE_JOINT_NOTE)
    if request.rehab_first:
        notes.append(
            "With your severely injured areas, too little can be trained safely for a real program: please see a "
            "physiotherapist before starting one; update your injuries in Vigor after the assessment and it writes "
            "your plan."
        )
    for area, severity in sorted(request.injuries):
        done = injury_effects(request, area, severity, days) if severity != "severe" and days is not None else None
        notes.append(
            injury_note(
                area,
                severity,
                basics=bool(rehab_basics(area, unloaded_areas(request))),
                equipment=request.equipment,
                done=done,
            )
        )
    if any(severity != "severe" for _, severity in request.injuries) and not request.hold:
        notes.append(PAIN_RULE_NOTE)
    if many_injuries(request) and not request.hold and not request.rehab_first:
        notes.append(MANY_INJURIES_NOTE.format(count=len({a for a, _ in request.injuries})))
    if request.older:
        notes.append(older_note(request, days))
    if "blood_pressure_medication" in request.par_q_answers:
        notes.append(
            "On blood-pressure medication: breathe out on every effort and never hold your breath; get up slowly "
            f"from {_lying_on(request)}, as some medicines make you light-headed when you stand."
        )
    elif request.cardiac and not request.clearance_first:
        notes.append(
            "Breathe out on every effort and never hold your breath (holding it sends blood pressure up); loads "
            f"stay moderate, for 8 or more reps, with at least {PAR_Q_MIN_REST} s of rest after every set."
        )
    if "dizziness" in request.par_q_answers and not request.clearance_first:
        notes.append(  # the eleventh review: only the blood-pressure note said so
            f"Get up slowly from {_lying_on(request)} and sit down at once if you feel light-headed; stop the session "
            "and tell your doctor if dizziness comes back."
        )
    if request.minor:
        notes.append(  # the twelfth review: a 17-year-old's plan had no word on supervision
            "If you are under 18: learn the lifts with a qualified coach or a parent present, keep every set a few "
            "reps short of failure, no maximal lifts, and no weight-loss dieting or supplements."
        )
    notes += told_limit_notes(request)
    if request.hold:  # gentle movement only: no loads to learn, no workouts to warm up for
        notes.append("Move only within a pain-free range and stop any movement that causes pain.")
        return notes
    if request.level == "beginner":
        if request.equipment & LOADED_EQUIPMENT:
            notes.append(
                "Learn each movement with light loads first; good form matters more than the number on the bar."
            )
        else:  # no bar in a bodyweight plan (the tenth review)
            notes.append("Learn each movement with the easiest variation first; good form matters more than the reps.")
    notes.append("Warm up before every session and stop if you feel sharp or joint pain.")
    return notes


UNDERWEIGHT_NOTE = (
    "Your height and weight are under a healthy range: this plan is for strength and energy with regular, enough "
    "meals, never for losing weight. If food or weight feels hard to control, a GP or an eating-disorder helpline "
    "(Beat in the UK, NEDA in the US) can help."
)
HR_CAP_NOTE = (
    "Your doctor set a heart-rate limit of {bpm} bpm: it is this plan's ceiling in every exercise, interval and "
    "warm-up until they change it; ease off when you near it and stop if you feel faint, dizzy or chest discomfort."
)
HR_CAP_NOTE_ANY = (
    "Your doctor set a heart-rate limit: it is this plan's ceiling in every exercise, interval and warm-up until they "
    "change it; no all-out efforts, and stop if you feel faint, dizzy or chest discomfort."
)


def told_limit_notes(request: Request) -> list[str]:
    """Vigor's notes for what the profile or the request told (hAL, rr12 kind 1 in plans): an underweight BMI (WHO
    < 18.5: no weight loss, NICE NG69) and a clinician's heart-rate cap (ESC 2020: the treating cardiologist's
    ceiling holds)."""
    notes = [UNDERWEIGHT_NOTE] if "underweight" in request.harm_context else []
    if "hr_cap" in request.harm_context:
        bpm = plan_harm.hr_cap(request.harm_context)
        notes.append(HR_CAP_NOTE.format(bpm=bpm) if bpm is not None else HR_CAP_NOTE_ANY)
    return notes


# (the usual lifts ruled out, the plan's lifts of their pattern) by pattern; kept with the pain rule; re-dosed
InjuryEffects = tuple[list[tuple[list[str], list[str]]], list[str], list[str]]


# What a severe knee, shoulder, hip or back holds, and the rehab basics it keeps (`rules.rehab_basics`), as
# permissions: the week has the ones its equipment and minutes allow.
_HELD_WORK = {
    "knee": (
        "squats, lunges, deadlifts, leg curls or calf raises",
        "straight-leg raises, isometric leg extensions at a pain-free angle, and hip work with the knee held still "
        "such as hip thrusts and bridges",
    ),
    "shoulder": (
        "presses, pulls, raises or arm work",
        "shoulder-blade squeezes against a wall, isometric external rotation with the elbow at your side, grip work",
    ),
    # review 21, D2
    "lower_back": (
        "squats or deadlifts under a bar, bent-over rows or anything else that loads the spine",
        "McGill curl-ups, side planks from the knees, bird dogs, dead bugs and glute bridges; every other lift stays "
        "at a moderate load, RPE 7 at most",
    ),
    "hip": (
        "squats, lunges, deadlifts, hip thrusts or leg curls",
        "clamshells, side-lying leg raises, a glute bridge held at a pain-free height, the adductor squeeze",
    ),
    "upper_back": (
        "rows, pull-ups, pulldowns or heavy presses",
        "shoulder-blade squeezes against a wall, prone Y-T raises, band pull-aparts, a light chest-supported machine "
        "row; presses stay at a moderate load, RPE 7 at most",
    ),
}
# Rehab basics that need kit, named only for someone who has it (review 25: no text names kit the user lacks).
_FINE_KIT = {"band pull-aparts, ": "resistance_bands", ", a light chest-supported machine row": "machines"}


def _lying_on(request: Request) -> str:
    """Where this person lies down to lift: the floor, or a bench when they have one (no text names kit they lack)."""
    return "the floor or a bench" if "bench" in request.equipment else "the floor"


def injury_note(
    area: str,
    severity: str,
    *,
    basics: bool = False,
    equipment: AbstractSet[str] | None = None,
    done: InjuryEffects | None = None,
) -> str:
    """What the plan does around one injured area. A severe one is not loaded at all until a
    physiotherapist or doctor gives the go-ahead (`rules.unloaded_areas`), and the note says so and how
    the plan changes after it; milder ones are trained around. `basics`: a severe knee or shoulder keeps its rehab
    basics (`rules.rehab_basics`), and the note says what it holds and what is fine (`_HELD_WORK`). `done`: what the
    plan did about a milder one (`injury_effects`), which the note says instead of promising swaps (review 25, D5)."""
    words = area.replace("_", " ")
    if severity == "severe" and area in _HELD_WORK and basics:  # notes and plan agree (review 20)
        held, fine = _HELD_WORK[area]
        for phrase, kit in _FINE_KIT.items():
            if equipment is not None and kit not in equipment:
                fine = fine.replace(phrase, "")
        return (
            f"Your {words} (severe): this plan does not load it with {held} until a physiotherapist or doctor has "
            f"seen it and given the go-ahead. Rehab basics compatible with most {words} injuries are fine ({fine}; "
            f"stop if painful). With the go-ahead, change it to moderate in your profile: Vigor then brings in "
            f"{words}-friendly work."
        )
    if severity == "severe":
        muscles = sorted(m.replace("_", " ") for m in AREA_MUSCLES.get(area, frozenset()))
        work = f" (no {_listing(muscles)} work)" if muscles else ""
        return (
            f"Your {words} (severe): this plan does not load it{work} until a physiotherapist or doctor has "
            f"seen it and given the go-ahead; gentle, pain-free movement is fine. With the go-ahead, change it "
            f"to moderate in your profile: Vigor then brings in {words}-friendly work."
        )
    if done is None:  # no plan to describe (a writer's plan checked without its days)
        return (
            f"Your {words} ({severity}): exercises that strain it at this severity are left out, and lifts that "
            "load it follow the pain rule below."
        )
    swaps, kept, direct = done
    if swaps:
        said = (
            "at this severity it rules out "
            + "; ".join(
                f"{_both(out)} ({'this plan uses ' + _both(used) + ' instead' if used else 'left out'})"
                for out, used in swaps
            )
            + "."
        )
    else:
        said = "nothing in this plan had to be swapped for it."
    if direct:  # a moderate area's own work: moderate loads for more reps (`rules.injury_redosed`)
        said += (
            f" Lifts that work it directly ({_both(direct)}) stay at moderate loads, 8-12 reps, every rep pain-free."
        )
    if kept:
        said += f" Kept with the pain rule: {_both(kept)}."
    return f"Your {words} ({severity}): {said}"


# Once for every mild or moderate injury (review 25, defect 5: no lift said what to do if it hurt).
PAIN_RULE_NOTE = (
    f"The pain rule for lifts near an injured area, from {PAIN_RULE_SOURCE}: {PAIN_RULE[0].upper()}{PAIN_RULE[1:]} "
    "Stop any movement that causes sharp pain and swap it."
)


def injury_dose(request: Request, exercises: Iterable[Exercise]) -> str:
    """The sentence (with a leading space) saying how the week's lifts near an injured area are dosed, "" when none
    is: re-dosed to moderate loads for 8-12 reps (`rules.injury_redosed`), or kept at the goal's reps under an RPE cap
    (review 25, defect 1: "for getting stronger, the main lifts use 8-12 reps" was what an injury did to them)."""
    redosed: dict[str, float] = {}
    capped: dict[str, float] = {}
    for exercise in exercises:
        cap = injury_cap(request, exercise)
        if cap is None or exercise.isolation:
            continue
        into = redosed if injury_redosed(request, exercise) else capped
        into[exercise.name.lower()] = min(cap, into.get(exercise.name.lower(), cap))
    parts = []
    if redosed:
        parts.append(
            f"lifts that work an injured area directly ({_both(list(redosed)[:NAMED_MOST])}) use moderate loads, "
            f"8-12 reps at RPE {max(redosed.values()):g} or lower"
        )
    if capped:
        parts.append(
            f"{'other lifts' if redosed else 'lifts'} that load one ({_both(list(capped)[:NAMED_MOST])}) keep the "
            f"goal's reps at RPE {max(capped.values()):g} or lower, under the pain rule"
        )
    return f" Near your injuries, {'; '.join(parts)}." if parts else ""


def _both(words: list[str]) -> str:
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else words[0]


# The usual loaded lifts a plan is built on, one or two a pattern: those an injury rules out are the ones it swapped
# (what the safety note names, review 25 defect 5: "are swapped" where nothing was).
USUAL_LIFTS = (
    "barbell-back-squat", "goblet-squat-dumbbell", "barbell-deadlift", "barbell-rdl", "dumbbell-rdl",
    "barbell-bench-press", "dumbbell-bench-press", "push-up", "barbell-overhead-press", "dumbbell-shoulder-press",
    "barbell-row", "dumbbell-row", "pull-up",
)  # fmt: skip
MANY_INJURIES_NOTE = (
    "With {count} injured areas, every lift that loads one of them stops about three reps short of failure for the "
    "first weeks. As each area settles within the pain rule, update it in your profile: Vigor brings the top sets back "
    "to the goal's effort."
)
NAMED_MOST = 3  # names per list in a safety note


def injury_effects(
    request: Request, area: str, severity: Severity, days: Iterable[Iterable[tuple[str, str]]]
) -> InjuryEffects:
    """What the plan did about one mild or moderate area, as exercise names (lower case, at most `NAMED_MOST` a list):
    the usual lifts the equipment allows that the injury rules out, by pattern, each with the plan's lifts of that
    pattern; its main lifts that load the area and keep the goal's reps under the pain rule; and, for a moderate area,
    its lifts that work the area directly and are re-dosed (`rules.works_area`)."""
    items = [(role, exercise) for day in days for role, eid in day if (exercise := find_exercise(eid)) is not None]
    planned = {exercise.id for _, exercise in items}
    swapped = [
        exercise for eid in USUAL_LIFTS
        if (exercise := find_exercise(eid)) is not None and eid not in planned
        and exercise.needs_only(request.equipment) and exercise.contraindicated_for({area: severity})
    ]  # fmt: skip
    lifts = [(role, e) for role, e in items if e.hard_sets and e.compound and role in ("main", "secondary")]
    patterns = list(dict.fromkeys(exercise.pattern for exercise in swapped))
    swaps = [
        (_names([e for e in swapped if e.pattern == pattern]), _names([e for _, e in lifts if e.pattern == pattern]))
        for pattern in patterns
    ]
    loading = [(role, e) for role, e in lifts if loads_area(e, area)]
    direct = [e for _, e in loading if severity == "moderate" and works_area(e, area)]
    kept = [e for role, e in loading if role == "main" and e not in direct]
    return swaps, _names(kept), _names(direct)


def _names(exercises: list[Exercise]) -> list[str]:
    """Distinct names in order, lower case, at most `NAMED_MOST`."""
    seen: list[str] = []
    for exercise in exercises:
        name = exercise.name.lower()
        if name not in seen:
            seen.append(name)
    return seen[:NAMED_MOST]


def _listing(words: list[str]) -> str:
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else words[0]


def aerobic_note(request: Request, minutes: int) -> str:
    """For an older adult or a PAR-Q cardiac answer, the week's aerobic minutes against ACSM/AHA's 150 and
    how to make up the rest ("" when the plan reaches it, or for anyone else)."""
    if request.clearance_first or minutes >= WEEKLY_AEROBIC_MINUTES:
        return ""
    if not request.graded_warmup:  # not an older adult or a cardiac answer
        return _goal_aerobic_note(request, minutes)
    return (
        f" Aerobic work: the plan's walks and rides add up to about {minutes} minutes a week; ACSM and AHA advise "
        f"about {WEEKLY_AEROBIC_MINUTES}, so add brisk walks or easy rides on other days at the same easy effort "
        "(you can talk in full sentences)."
    )


AEROBIC_GOALS = frozenset({"general_fitness", "fat_loss"})  # goals whose aim includes the adults' aerobic guideline


def _goal_aerobic_note(request: Request, minutes: int) -> str:
    """For a goal whose aim includes aerobic fitness (general fitness, fat loss), the week's aerobic minutes against
    the adults' guideline and how to reach it outside the sessions ("" for other goals).

    Review 24 (defect 2): 5 x 20 minutes of general fitness held 13 aerobic minutes a week, about a tenth of the
    guideline, and said nothing. 5 x 20 is 100 minutes in all, so the guideline cannot fit inside the sessions; a
    finisher of a few minutes would cost the strength work its sets (hK, hT). The note states the gap instead: WHO
    2020 (Bull et al.) and ACSM advise 150-300 minutes of moderate aerobic activity a week (or 75-150 vigorous), and
    bouts of any length count (2018 Physical Activity Guidelines Advisory Committee; WHO 2020 dropped the 10-minute
    minimum)."""
    if not set(request.goals) & AEROBIC_GOALS:
        return ""
    held = f"hold about {minutes} minutes of it" if minutes else "hold none of it"
    # 5 x 20 is 100 minutes in all: the guideline cannot fit inside the sessions, and the note says so.
    beyond = (
        ", more than all of your sessions' minutes," if request.days * request.minutes < WEEKLY_AEROBIC_MINUTES else ""
    )
    return (
        f" Aerobic work: the sessions {held} a week; WHO and ACSM advise at least {WEEKLY_AEROBIC_MINUTES} minutes of "
        f"moderate activity a week (or 75 of vigorous){beyond} so add about {WEEKLY_AEROBIC_MINUTES - minutes} minutes "
        "outside them: brisk walks, easy rides or swims on most days; short bouts count too (WHO 2020)."
    )


def older_note(request: Request, days: Iterable[Iterable[tuple[str, str]]] | None = None) -> str:
    """The over-65 note, with the plan's one effort cap: a PAR-Q answer's lower cap wins over age's, so
    the notes never give two ceilings (the seventh review: "RPE 6" and "RPE 7" side by side). A plan on
    hold has no lifting to cap. With `days` (each day's items as (role, exercise id)) it says where the balance drill
    is when a lifting day had no room for it as an item of its own (`engine._balance_drills`)."""
    if request.hold:
        return "Over 65: move slowly between lying, sitting and standing, with a wall or a sturdy chair within reach."
    cap = f"RPE {request.rpe_cap:g} or lower" + (" (the PAR-Q limit above)" if request.par_q else "")
    # A balance drill stands on one foot or steps: none while a knee, hip or ankle waits for its go-ahead,
    # and the note never promises one the plan does not have (the ninth review).
    if request.severe_lower_limb:
        return (
            f"Over 65: no jumping or impact, effort kept at {cap} and a longer warm-up; balance drills wait until "
            "your injury has its go-ahead (until then, hold a wall or a sturdy chair whenever you stand to train)."
        )
    # A short session does its drill in the warm-up (`templates.balance_in_warmup`): the note
    # says where, so note and plan agree (review 24).
    where = ", in the warm-up of these short sessions," if balance_in_warmup(request) else ""
    if not where and not all(_balance_work(items) for items in map(list, days or ()) if _lifting(items)):
        where = ", as an exercise of its own or, where a session is full, in the warm-up,"
    return (
        f"Over 65: no jumping or impact, effort kept at {cap}, a longer warm-up, and a balance drill every "
        f"session{where} (do it next to a wall or a sturdy chair)."
    )


def _lifting(items: list[tuple[str, str]]) -> bool:
    return any(role in ("main", "secondary", "accessory") for role, _ in items)


def _balance_work(items: list[tuple[str, str]]) -> bool:
    """A balance drill of the session, or a trained lifter's loaded lift on one leg (review 20)."""
    return any(role == "balance" or ((e := find_exercise(i)) is not None and e.balance and e.hard_sets)
               for role, i in items)  # fmt: skip


def lifting_block(days: Iterable[PlanDay]) -> str:
    """The name of the first aerobic block a lifting day ends with ("Brisk walk"), or "" when none does."""
    for day in days:
        if any(i.role in ("main", "secondary", "accessory") for i in day.exercises):
            block = next((i.name for i in day.exercises if i.role == "conditioning"), "")
            if block:
                return block
    return ""


def volume_note(
    request: Request,
    time_short: list[Muscle],
    untrainable: list[Muscle],
    topped: list[Muscle] | None = None,
    *,
    block: str = "",
    at_ceiling: bool = False,
) -> str:
    """The statement a plan must make when a major muscle is below its weekly floor (`topped`: muscles whose
    every exercise would take another muscle past the weekly maximum, `volume.top_blocked`; `block`: the name of the
    aerobic block a lifting day ends with, if any; `at_ceiling`: the lifting days hold the session's ceiling of hard
    sets, which is then the reason, not the minutes)."""
    floor, _ = request.band
    lines = []
    if time_short:
        capped = at_ceiling or session_set_capacity(request) >= SESSION_HARD_SETS_MAX[request.level]
        lifting = request.lifting_days
        kind = "strength session" if lifting < request.days else "session"  # aerobic or mobility days lift nothing
        sessions = f"{lifting} {kind}{'s' if lifting > 1 else ''}"
        room = (
            f"{sessions} of at most {SESSION_HARD_SETS_MAX[request.level]} hard sets each (more in one workout "
            "adds fatigue, not progress) cannot fit"
            if capped
            # A heart or blood-pressure answer's walk is its first prescription (AACVPR), not minutes lost: said so,
            # never "the minutes cannot fit" while a walk takes them (review 21, D1).
            # The block is named as the plan holds it, and only when a lifting day has one (review 23: "beside the
            # walk" in a plan without a walk).
            else f"Beside the {block.lower()} a heart or blood-pressure answer needs first, {sessions} of "
            f"{request.minutes} minutes have no room for"
            if request.heart_prescription and block
            else f"{sessions} of {request.minutes} minutes cannot fit"
        )
        lines.append(
            f"{room} the minimum of {floor} weekly hard sets for {', '.join(m.replace('_', ' ') for m in time_short)}, "
            "so they get what fits; "
            + ("another session would close the gap." if capped else "another session or more minutes per session "
               "would close the gap.")
        )  # fmt: skip
    held_areas = sorted(unloaded_areas(request))
    held = [m for m in untrainable if any(m in AREA_MUSCLES.get(area, ()) for area in held_areas)]
    if held:
        areas = _listing([a.replace("_", " ") for a in held_areas]).replace(" or ", " and ")
        muscles = _listing([m.replace("_", " ") for m in held]).replace(" or ", " and ")
        lines.append(
            f"For now {muscles} get little or no direct work: they wait for the go-ahead for your {areas} "
            "(see the safety notes)."
        )
    if topped:
        lines.append(
            f"{_listing([m.replace('_', ' ') for m in topped]).replace(' or ', ' and ').capitalize()} stop short of "
            f"the weekly minimum of {floor} hard sets: every exercise left for them also trains muscles already at "
            "their weekly maximum."
        )
    others = [m for m in untrainable if m not in held]
    if others:
        lines.append(
            f"Too few exercises train {', '.join(m.replace('_', ' ') for m in others)} safely with your "
            + ("equipment and injuries" if request.injuries else "equipment")
            + " to reach the weekly minimum in your sessions' minutes, so they get what those allow for now."
        )
    return " ".join(lines)
