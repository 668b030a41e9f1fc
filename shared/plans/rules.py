"""Training rules shared by the engine and the validator: volume bands, prescriptions and timings.

Volume bands are weekly hard sets per muscle (a set taken within about 0-4 reps of failure;
secondary muscles count half). See docs/decisions.md, "Plan engine", for the sources.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from shared.exercises.catalog import loading
from shared.exercises.model import Exercise
from shared.plans.rests import HEAVY_LOWER_BARBELL, dose_rest, loaded_compound, rest_seconds, superset_rest
from shared.profile.model import (
    ADULT_AGE,
    GOALS,
    PAR_Q_QUESTIONS,
    FitnessProfile,
    Goal,
    Level,
    Muscle,
    Pattern,
    Severity,
    goal_order,
)
from shared.safety import plan_harm

if TYPE_CHECKING:
    from shared.plans.schema import Split
    from shared.plans.splits import DayTemplate

# Muscles whose band floor is enforced: the big movers every plan must train directly. The rest
# (arms, delts, calves, core, forearms, adductors) only have the band's top, and get indirect work.
FLOOR_MUSCLES: tuple[Muscle, ...] = ("chest", "lats", "upper_back", "quads", "hamstrings", "glutes")

BANDS: dict[Goal, dict[Level, tuple[int, int]]] = {
    "hypertrophy": {"beginner": (6, 12), "intermediate": (10, 20), "advanced": (12, 22)},
    "strength": {"beginner": (4, 12), "intermediate": (6, 15), "advanced": (8, 18)},
    "general_fitness": {"beginner": (4, 10), "intermediate": (6, 14), "advanced": (8, 16)},
    "fat_loss": {"beginner": (4, 10), "intermediate": (6, 14), "advanced": (8, 16)},
    "endurance": {"beginner": (3, 8), "intermediate": (4, 12), "advanced": (6, 14)},
    "mobility": {"beginner": (2, 6), "intermediate": (3, 8), "advanced": (4, 10)},
}

# (reps_min, reps_max, target RPE) for compound and isolation work; rest follows from the dose
# (`rests.rest_seconds`).
_RX: dict[Goal, tuple[tuple[int, int, float], tuple[int, int, float]]] = {
    # (a strength week's isolation work is its third tier at 10-12 reps, a novice's at 10-15 (GZCLP's T3, NSCA
    # assistance work); review 25: leg curls at the main lifts' 6-10)
    "strength": ((3, 6, 8.0), (10, 12, 8.0)),
    "hypertrophy": ((6, 10, 8.0), (10, 15, 8.5)),
    "endurance": ((12, 20, 7.0), (15, 20, 7.0)),
    "fat_loss": ((8, 12, 7.5), (12, 15, 8.0)),
    "general_fitness": ((8, 12, 7.0), (10, 15, 7.5)),
    "mobility": ((8, 12, 6.5), (10, 15, 6.5)),
}
REP_SECONDS = 3  # one controlled repetition
# Equipment whose load is set in kilograms or pounds and worked up to (a band's tension is not).
LOADED_EQUIPMENT = frozenset({"barbell", "dumbbells", "kettlebells", "machines", "cable_machine"})
LOADED_RACKED = frozenset({"barbell", "machines", "cable_machine"})  # loads that are racked or pinned, not held
# Movement patterns by what they train: pressing, pulling, and the lower body's three.
PUSH_PATTERNS: frozenset[Pattern] = frozenset({"horizontal_push", "vertical_push"})
PULL_PATTERNS: frozenset[Pattern] = frozenset({"horizontal_pull", "vertical_pull"})
# The body's two halves by muscle (trunk muscles belong to neither).
LOWER_MUSCLES: frozenset[Muscle] = frozenset({"quads", "hamstrings", "glutes", "calves", "adductors"})
UPPER_MUSCLES: frozenset[Muscle] = frozenset(
    {"chest", "front_delts", "side_delts", "rear_delts", "lats", "upper_back", "biceps", "triceps", "forearms"}
)
LOWER_PATTERNS: frozenset[Pattern] = frozenset({"squat", "lunge", "hinge"})
SETUP_SECONDS = 10  # getting into position for each set
# One ramp-up set: about 5 light reps, loading the bar, a short rest (counted in the session's time).
RAMP_SET_SECONDS = 5 * 3 + 10 + 45
PAIRED_MINUTES = 30  # sessions this short pair their lifts (Request.paired)
# Up to this long, goals whose sets are not all-out heavy singles still pair (review 18: 40-45 min hypertrophy and
# fat-loss weeks said they "cannot fit" volume that antagonist supersets fit).
PAIRED_MINUTES_VOLUME = 45
PAIRED_VOLUME_GOALS = frozenset({"hypertrophy", "fat_loss", "general_fitness"})
# A minute at least between any two hard sets for a PAR-Q answer, paired or not: the ACSM/AHA and AACVPR 60-90 s
# between stations. One constant for the engine (`prescribe`) and the validator (`checks.check_doses`).
PAR_Q_MIN_REST = 60
OLDER_REST_CAP = 120  # seconds: at RPE 7 or less an older adult recovers within two minutes (Fragala et al. 2019)
TIMED_SET_SECONDS = 30  # a timed hard set (plank, carry, wall sit)
MAX_SETS = {"beginner": 3, "intermediate": 4, "advanced": 5}
# A PAR-Q answer: 1-2 sets of each of 8-10 exercises (ACSM/AHA for hypertension, AACVPR for cardiac rehabilitation;
# review 20: two lifts of three sets at 2-minute rests left the week 2 pulling sets).
PAR_Q_MAX_SETS = 2
PAR_Q_MAX_EXERCISES = 8
MAX_EXERCISES = {"beginner": 5, "intermediate": 7, "advanced": 8}  # a day's lifts: fewer, with more sets each
MAX_SETS_ANY = 8  # the validator's limit for one exercise in one session
SHORT_SPLIT_MINUTES = 20  # at or under: beginners and older adults lift on every training day
# The engine's: 7 sets of one bench press is a filler, not a prescription (the tenth review); a sixth set of one lift
# is too (review 23: 6 x squat in a session). Five working sets of a main lift is the most coaches give one
# exercise in a session (5 x 5); more work for the muscle is a second exercise (NSCA; Schoenfeld et al. 2017).
MAX_SETS_ENGINE = 5
OLDER_MIN_REPS = 5
# An older beginner starts at 8-12 reps, moderate loads, while technique and connective tissue adapt (Fragala et
# al. 2019, NSCA position statement: novices begin at lower intensities, 8-12 reps and more; the fourteenth
# review: 5-8 reps with linear jumps up to 10% for a 76-year-old novice).
OLDER_NOVICE_MIN_REPS = 8
# One session's ceiling: per muscle, about 11 fractional hard sets (secondary muscles count half), where
# more sets in one workout stopped adding measurable growth (Remmert et al. 2025, meta-regression of 67
# studies; strength plateaued far sooner): no set is added for a muscle the day already gives that many
# (another lift's half sets may still go a little past it); in all, a level's sets a coach would hand out
# in one workout (a 180-minute day held 44 hard sets in the eighth review). Spare minutes are said, not filled.
SESSION_MUSCLE_SETS_MAX = 11.0
SESSION_HARD_SETS_MAX = {"beginner": 16, "intermediate": 22, "advanced": 26}
RPE_CAP_BEGINNER = 8.5
# One PAR-Q cap for engine, validator and the user-facing note: moderate effort, no all-out sets,
# until a physician clears the person (ACSM's Guidelines for Exercise Testing and Prescription, 11th
# ed., pre-participation screening).
RPE_CAP_PAR_Q = 6.0
# Once a physician has cleared a person whose answers were not about the heart (blood-pressure medicine, a bone
# or joint problem, another reason), moderate-to-vigorous effort is open to them (ACSM 2015 screening: cleared,
# they progress as the guidelines advise); RPE 7 keeps three reps in reserve and still no all-out sets. A cleared
# heart, chest-pain or dizziness answer stays at RPE 6, the moderate effort of cardiac rehabilitation's resistance
# work (AHA 2007, Williams et al.: RPE 11-13 on the Borg scale), unless the physician says otherwise (the
# thirteenth review: a cleared joint answer was held at RPE 6 for good).
RPE_CAP_PAR_Q_CLEARED = 7.0
# Older adults: moderate-to-vigorous effort with reps in reserve (ACSM/AHA physical activity for
# older adults, Nelson et al. 2007; Fragala et al. 2019 NSCA position statement on resistance
# training for older adults: RPE about 6-8 once technique is learnt).
OLDER_ADULT_AGE = 65
RPE_CAP_OLDER = 7.0
# A trained older lifter with a clean PAR-Q has learnt the technique: the top of Fragala's RPE 6-8 (review 20: an
# advanced 66-year-old back-squatter held at RPE 7 like a newcomer).
RPE_CAP_OLDER_TRAINED = 8.0
REHAB_FIRST_SEVERE = 3  # severely injured areas from which a program waits for a physiotherapist
SHORT_HEAVY_REST_MINUTES = 45  # at or under: heavy barbell sets rest 3 minutes rather than 4
MIN_MAIN_SETS = 3  # a main lift gets at least this many working sets (2 when the session is very short)
DELOAD_EVERY = {"beginner": 6, "intermediate": 5, "advanced": 4}
LEVEL_RANK = {"beginner": 0, "intermediate": 1, "advanced": 2}


class PlanOverrides(BaseModel):
    """What the user asked for this time (POST /api/ai/generate-workout), over their profile."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    focus: Goal | None = None
    days_per_week: int | None = Field(default=None, ge=1, le=7)
    session_minutes: int | None = Field(default=None, ge=15, le=180)
    # Exercises the user said they dislike or cannot do (`shared.feedback.exercises.avoided`), sorted: left out
    # of the pool every plan, swap and check draws from. Not part of the API's request: the plan job adds it.
    avoid: tuple[str, ...] = ()

    @classmethod
    def coerce(cls, value: object) -> PlanOverrides:
        """Accept PlanOverrides, a dict, or any object with these attributes (e.g. the API's request body).

        A free-text focus that is not a goal is left to the LLM writers; the engine ignores it.
        """
        if isinstance(value, PlanOverrides):
            return value
        if value is None:
            return cls()

        def get(key: str) -> Any:
            return value.get(key) if isinstance(value, dict) else getattr(value, key, None)

        focus = get("focus")
        return cls(
            focus=focus if focus in GOALS else None,
            days_per_week=get("days_per_week"),
            session_minutes=get("session_minutes"),
            avoid=tuple(sorted(set(get("avoid") or ()))),
        )


CARDIAC_ANSWERS = frozenset({"heart_condition", "chest_pain_activity", "chest_pain_rest", "dizziness"})


@dataclass(frozen=True)
class Request:
    """A profile and its overrides resolved to what a plan must satisfy."""

    goal: Goal
    goals: tuple[Goal, ...]
    level: Level
    days: int
    minutes: int
    par_q: bool
    equipment: frozenset[str]
    injuries: frozenset[tuple[str, Severity]]
    age: int | None = None
    par_q_answers: frozenset[str] = frozenset()  # the PAR-Q questions answered yes (and medical_clearance)
    clearance_first: bool = False  # a PAR-Q red flag without a physician's clearance
    imperial: bool = False  # the person loads in pounds: the plan's words give loads in lb
    avoided: frozenset[str] = frozenset()  # exercise ids the user asked not to be given (disliked, no equipment)
    # The graded warm-up at AACVPR's 5 minutes: a heart or blood-pressure answer's short week that cannot reach every
    # major muscle group's weekly minimum beside its walk otherwise (`engine.generate_plan`, review 23).
    trimmed_warmup: bool = False
    # A volume goal's 31-45 minute week tried as straight sets with the goal's full rests (`engine.generate_plan`
    # keeps it when the weekly floors fit; review 23: supersets at halved rests ended 45-minute days at 23-34).
    straight: bool = False
    # What the plan's free text is read with (`shared.safety.plan_harm.context`): "underweight" (the profile's BMI
    # under 18.5), "hr_cap=<bpm>" (a clinician's heart-rate cap told in the request's or the injuries' notes). hAL.
    harm_context: frozenset[str] = frozenset()

    @cached_property  # asked many times per plan; a request never changes
    def rehab_first(self) -> bool:
        """A physiotherapist's assessment comes before a program: three or more severely injured areas, or two
        that leave no lower-body lift and at most one kind of upper-body lift (pushing or pulling) with this
        equipment (the twelfth review: a severe hip and wrist with dumbbells left sissy squats, crunches and
        isometric holds, a plan no coach would hand out)."""
        severe = [area for area, severity in self.injuries if severity == "severe"]
        if len(severe) >= REHAB_FIRST_SEVERE:
            # Unless they are all in the legs and the upper body still pushes and pulls: seated upper-body work is
            # standard care around a severe knee, hip and ankle (the eighteenth review: a trained lifter with a full
            # gym was given breathing and stretches only), as the legs train around a held upper body.
            legs_only = set(severe) <= {"knee", "hip", "ankle"}
            return not (legs_only and {"push", "pull"} <= _compound_groups(self))
        return len(severe) == 2 and len(_compound_groups(self)) <= 1

    @property
    def hold(self) -> bool:
        """No training program yet (clearance or assessment first): gentle movement only."""
        return self.clearance_first or self.rehab_first

    @property
    def older(self) -> bool:
        """65 or older: balance work, no impact, a longer warm-up, lower RPE caps."""
        return self.age is not None and self.age >= OLDER_ADULT_AGE

    @property
    def minor(self) -> bool:
        """Possibly under 18: the birth year is this many years ago or fewer (see FitnessProfile.may_be_minor)."""
        return self.age is not None and self.age <= ADULT_AGE

    @property
    def severe_lower_limb(self) -> bool:
        """A severely injured knee, ankle or hip."""
        return any(area in ("knee", "ankle", "hip") and sev == "severe" for area, sev in self.injuries)

    @property
    def graded_warmup(self) -> bool:
        """A longer, gradual warm-up: older adults (ACSM) and a PAR-Q heart, chest-pain or dizziness answer
        (AACVPR: 5-10 minutes or more, graded, for cardiac patients; the tenth review)."""
        return self.older or self.cardiac

    @property
    def cleared_non_cardiac(self) -> bool:
        """A physician has cleared a PAR-Q answer that is not about the heart, chest pain or dizziness (a clearance
        ticked with no answer to clear is nothing to note)."""
        return self.par_q and "medical_clearance" in self.par_q_answers and not self.cardiac

    @property
    def cardiac(self) -> bool:
        """A PAR-Q heart-condition, chest-pain or dizziness answer."""
        return bool(self.par_q_answers & CARDIAC_ANSWERS)

    @property
    def orthostatic(self) -> bool:
        """A dizziness answer or blood-pressure medicine, cleared or not: standing up from lying or sitting can
        drop blood pressure enough to make the user light-headed (orthostatic hypotension; antihypertensives make
        it likelier), so supersets keep both partners in one posture and the notes say to get up slowly."""
        return bool(self.par_q_answers & {"dizziness", "blood_pressure_medication"})

    @property
    def heart_prescription(self) -> bool:
        """A cardiac answer or blood-pressure medicine: moderate aerobic work every session is part of the
        prescription (cardiac rehabilitation). A bone or joint answer is not (the tenth review: a hypertrophy
        plan gave 13 minutes of marching to a PAR-Q joint answer, then said the chest and quads could not
        reach their floors in the time)."""
        return self.cardiac or "blood_pressure_medication" in self.par_q_answers

    @property
    def few_sets(self) -> bool:
        """A heart, chest-pain or dizziness answer, or blood-pressure medicine past 65: 1-2 sets of each of up to 8
        lifts (AACVPR cardiac rehabilitation, AHA 2007; ACSM/AHA older adults: 1 set or more of 8-10 exercises).
        Blood-pressure medicine alone under 65 keeps the level's sets and lifts: ACSM's hypertension prescription
        is 2-4 sets of 8-12 reps per major muscle group at moderate effort (Pescatello et al. 2015; ACSM's
        Guidelines, 11th ed.), and 2 sets of 6-8 lifts a day sprawled an advanced 36-year-old's legs day into four
        squat variants (review 24, defect 3)."""
        return self.cardiac or (self.older and "blood_pressure_medication" in self.par_q_answers)

    @property
    def lead_alone(self) -> bool:
        """A beginner does the day's first main lift in straight sets (review 25, defect 7), except in a heart or
        blood-pressure circuit: there every lift is moderate (RPE 6 at most) and the circuit of alternating regions at
        60-90 s is the prescription (ACSM/AHA; AACVPR; review 20, D1)."""
        return self.level == "beginner" and not self.heart_prescription

    @property
    def low_impact(self) -> bool:
        """No jumps, landings, sprints or burpees: PAR-Q flags, older adults, a severe lower-limb injury."""
        return self.par_q or self.older or self.severe_lower_limb

    @property
    def paired(self) -> bool:
        """Sessions of 30 minutes or less pair non-competing lifts (supersets): each muscle still
        rests about as long, the session does nearly twice the sets (Robbins et al. 2010; Weakley
        et al. 2017). Not for mobility, nor for a week on hold. Older adults and PAR-Q answers pair with at least
        a minute's rest: a circuit of alternating regions with 60-90 s between stations is the ACSM/AHA and AACVPR
        practice for hypertension and cardiac rehabilitation; the blood-pressure risk is heavy, breath-held and
        isometric work, not a minute's rest at RPE 6 (review 20: two lifts a day at 2-minute rests). Up to 45
        minutes for goals built on volume (hypertrophy, fat loss, general fitness), where antagonist pairing keeps
        the load per set (Paz et al. 2017); a strength week over 30 minutes rests fully between its heavy sets."""
        if self.hold or self.goal == "mobility" or (self.straight and self.minutes > PAIRED_MINUTES):
            return False
        limit = PAIRED_MINUTES_VOLUME if self.goal in PAIRED_VOLUME_GOALS else PAIRED_MINUTES
        return self.minutes <= limit

    @property
    def max_sets(self) -> int:
        """Sets of one exercise in a session before another exercise is preferred: the level's, or for `few_sets`
        2 (more exercises at 1-2 sets each, not more sets of fewer; ACSM/AHA, AACVPR). A bone
        or joint answer keeps the level's: those guidelines are for the heart, and its days would end 20 minutes
        early (review 10's joint answer at 3 x 75 minutes)."""
        return PAR_Q_MAX_SETS if self.few_sets else MAX_SETS[self.level]

    @property
    def max_exercises(self) -> int:
        """Lifts in one session: the level's (fewer, with more sets each), or for a heart or blood-pressure answer up
        to 8 (ACSM/AHA: 8-10 exercises covering the major muscle groups)."""
        return PAR_Q_MAX_EXERCISES if self.few_sets else MAX_EXERCISES[self.level]

    @property
    def rpe_cap(self) -> float:
        """The highest target RPE this person may be given (PAR-Q, age, level)."""
        if self.par_q:
            cap = RPE_CAP_PAR_Q_CLEARED if self.cleared_non_cardiac else RPE_CAP_PAR_Q
            return min(cap, RPE_CAP_OLDER) if self.older else cap
        if self.older:
            return RPE_CAP_OLDER if self.level == "beginner" else RPE_CAP_OLDER_TRAINED
        return RPE_CAP_BEGINNER if self.level == "beginner" else 10.0

    @property
    def waves(self) -> bool:
        """Training-max waves (5/3/1) suit this person: advanced, and no effort cap below all-out sets. Their
        last set is for as many reps as possible, which an older adult's or a PAR-Q answer's cap rules out
        (the ninth review: a 71-year-old's plan said "RPE 7 or lower" beside AMRAP sets)."""
        # (nor a severe back: every heavy lift stays submaximal while it waits for its go-ahead, `braces_held_back`)
        severe_back = any(a in ("lower_back", "upper_back") and s == "severe" for a, s in self.injuries)
        return self.level == "advanced" and self.rpe_cap >= 10.0 and not severe_back

    @property
    def band(self) -> tuple[int, int]:
        """(floor, top) weekly hard sets per muscle (`volume_band`); an older adult's mobility or endurance week
        keeps at least the all-round band: muscle strength on two or more days is the core of ACSM/AHA's advice at
        65 and over whatever the goal (review 15: a 68-year-old's mobility week held two sets of squats)."""
        floor, top = volume_band(self.goal, self.level)
        if self.older and self.goal in ("mobility", "endurance"):
            all_round = volume_band("general_fitness", self.level)
            return max(floor, all_round[0]), max(top, all_round[1])
        return floor, top

    def band_for(self, goal: Goal) -> tuple[int, int]:
        """The band a plan for `goal` is held to: this request's own (`band`) for its goal, else that goal's."""
        return self.band if goal == self.goal else volume_band(goal, self.level)

    @property
    def region_held(self) -> bool:
        """A severe knee or hip, or a severe shoulder, upper back, elbow or wrist (every press and pull goes through
        the hands and elbows): most of one region waits for its go-ahead,
        so the week is full-body days rather than upper and lower days, half of them near empty (the tenth
        review: "upper" days of curls and pushdowns for a severe shoulder, 27-minute lower days for a knee)."""
        return bool(self.held_region)

    @property
    def held_region(self) -> str:
        """The held region: "lower" for a severe knee or hip, "upper" for a severe shoulder, upper back, elbow or
        wrist, "" for neither or both (`region_held`)."""
        severe = {area for area, severity in self.injuries if severity == "severe"}
        lower, upper = bool(severe & {"knee", "hip"}), bool(severe & {"shoulder", "upper_back", "elbow", "wrist"})
        return "" if lower == upper else "lower" if lower else "upper"

    def split(self) -> tuple[Split, tuple[DayTemplate, ...]]:
        """The week's split and day templates (`splits.split_for`) for this request."""
        return self._split

    @cached_property
    def _split(self) -> tuple[Split, tuple[DayTemplate, ...]]:
        from shared.plans.splits import split_for  # the split builds on these rules' vocabulary

        short = self.minutes <= SHORT_SPLIT_MINUTES
        return split_for(self.goal, self.level, self.days, self.older, self.held_region, short, self.aerobic_days)

    @cached_property  # asked many times per plan; a request never changes
    def aerobic_days(self) -> int:
        """Days of a week of four or more given to aerobic sessions because its lifting days are too short to
        end with a conditioning block (`templates.block_fits`): a fat-loss week keeps three strength days, a
        week with fat loss or endurance as a second goal four (ACSM 2009 weight-loss stand: 150-250 min a week
        of aerobic work with 2-3 days of resistance training; the twelfth review: fat loss and endurance at
        6 x 20 minutes were six bodyweight push/pull/legs days with no cardio at all). A mobility week with
        either as a second goal gives one of its other days to aerobic work. 0 otherwise."""
        from shared.plans.templates import block_fits  # the templates build on these rules

        lifting = min(self.days, 6)
        wanted = "fat_loss" in self.goals or "endurance" in self.goals
        if self.goal == "general_fitness" and not wanted and lifting >= 5 and not self.hold and not block_fits(self):
            # All-round fitness on five or six short days: four strength days, the rest aerobic (ACSM/AHA: muscle
            # strengthening on 2+ days, aerobic work on most days; the fourteenth review: 7 x 15 minutes spread
            # the week's few sets so thin that one day was a single exercise for 8 minutes).
            return lifting - 4
        if self.goal == "endurance" or not wanted or lifting < 4 or self.hold:
            return 0
        if self.goal == "mobility":  # its strength days hold no block: one of its other days is aerobic
            return 1
        if block_fits(self):
            return 0
        return lifting - 3 if self.goal == "fat_loss" else max(1, lifting - 4)

    def hosting_days(self, muscle: Muscle) -> int:
        """How many of the week's lifting days can take work for `muscle` (`DayTemplate.hosts`)."""
        return sum(1 for day in self.split()[1] if day.hosts(muscle))

    @cached_property  # asked many times per plan; a request never changes
    def lifting_days(self) -> int:
        """Days that carry hard sets: a seventh day is active recovery, endurance gives some to aerobic work."""
        _, week = self.split()
        return sum(1 for day in week if day.kind == "lifting")


_GROUP_OF_PATTERN = {
    "squat": "lower", "hinge": "lower", "lunge": "lower", "horizontal_push": "push", "vertical_push": "push",
    "horizontal_pull": "pull", "vertical_pull": "pull",
}  # fmt: skip


@lru_cache(maxsize=1024)
def _compound_groups(request: Request) -> frozenset[str]:
    """Which of lower body, pushing and pulling the request's pool can train with a compound lift that takes
    reps (not a hold); a lower-body lift counts as every group, so only upper-body-only pools can be thin."""
    from shared.plans.volume import eligible_pool  # the pool builds on these rules

    found = {
        _GROUP_OF_PATTERN.get(e.pattern, "")
        for e in eligible_pool(request)
        if e.hard_sets and e.compound and e.load_type != "time"
    }
    return frozenset({"lower", "push", "pull"} if "lower" in found else found - {""})


def resolve(profile: FitnessProfile, overrides: object = None) -> Request:
    """Apply the overrides (see PlanOverrides.coerce) to the profile."""
    o = PlanOverrides.coerce(overrides)
    goals = goal_order(profile.goals)
    goal = o.focus or profile.primary_goal
    return Request(
        goal=goal,
        goals=tuple(dict.fromkeys((goal, *goals))),
        level=profile.fitness_level,
        days=o.days_per_week or profile.days_per_week,
        minutes=o.session_minutes or profile.session_minutes,
        par_q=profile.par_q_flagged,
        equipment=frozenset(profile.equipment),
        injuries=frozenset((i.area, i.severity) for i in profile.injuries),
        age=None if profile.birth_year is None else datetime.now(UTC).year - profile.birth_year,
        par_q_answers=frozenset(
            name for name in (*PAR_Q_QUESTIONS, "medical_clearance") if getattr(profile.par_q, name)
        ),
        clearance_first=profile.par_q.clearance_first,
        imperial=profile.units == "imperial",
        avoided=frozenset(o.avoid),
        harm_context=plan_harm.context(
            profile.height_cm, profile.weight_kg, [_notes(overrides), *(i.notes for i in profile.injuries)]
        ),
    )


def _notes(overrides: object) -> str:
    """The request's free text for the AI writer (POST /api/ai/generate-workout `notes`), or ""."""
    value = overrides.get("notes") if isinstance(overrides, dict) else getattr(overrides, "notes", None)
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Prescription:
    """Sets are decided by the volume allocator; this is the rest of an exercise's dose."""

    reps_min: int
    reps_max: int
    target_rpe: float
    rest_seconds: int
    duration_seconds: int | None


def prescription(
    goal: Goal,
    level: Level,
    par_q: bool,
    exercise: Exercise,
    *,
    rpe_cap: float | None = None,
    settle: bool | None = None,
) -> Prescription:
    """Reps, RPE and rest for this exercise: by goal, then clamped to the exercise's own bounds.

    The goal gives the starting range (ACSM 2009 progression models: strength 1-6 reps, hypertrophy
    6-12, muscular endurance 12-20); the exercise's `dose_min..dose_max` (catalog) and intensity
    class bound it: plyometric and ballistic reps stay few and fast, far from failure (NSCA: power
    work at low reps with full rest); isometrics and carries are dosed in seconds or metres. The rest
    follows from the dose (`dose_rest_for`; `settle` defaults to `par_q`).
    """
    settle = par_q if settle is None else settle
    reps_min, reps_max, rpe = _RX[goal][1 if exercise.isolation else 0]
    if level == "beginner":
        rpe = min(rpe, 7.0)
        if goal == "strength" and not exercise.isolation:
            reps_min, reps_max = 5, 8
        elif goal == "strength":
            reps_min, reps_max = NOVICE_ASSISTANCE_REPS  # GZCLP's T3 for a novice's isolation work
    if goal == "strength" and _row_accessory(exercise):
        # A row that is not the plan's main pull is an accessory: 6-10 reps, not 3-6 heavy sets (review 24: a
        # chest-supported barbell row at 3-6 for a moderate neck; NSCA assistance work at 6-12 reps).
        reps_min, reps_max = max(reps_min, ROW_ACCESSORY_MIN_REPS), max(reps_max, 10)
    if exercise.intensity in ("plyometric", "ballistic"):
        # Speed work: stop while every rep is still fast.
        reps_min, reps_max, rpe = (3, 6, 6.0) if exercise.intensity == "plyometric" else (6, 12, 7.0)
    if par_q:
        # Moderate loads for more reps, not heavy low-rep sets: the blood-pressure rise of a set grows
        # with the load and the breath-holding it invites (ACSM/AHA resistance training for people with
        # cardiovascular disease or hypertension: 8-15 reps at moderate effort, no Valsalva).
        rpe = min(rpe, RPE_CAP_PAR_Q if rpe_cap is None else rpe_cap)  # the person's cap (`Request.rpe_cap`)
        reps_min, reps_max = max(reps_min, 8), max(reps_max, 12)
    if rpe_cap is not None:
        rpe = min(rpe, rpe_cap)
    if exercise.rehab:
        rpe = min(rpe, 6.0)  # rehabilitation drills stay well short of all-out (Rio et al. 2015: ~70% effort)
    if exercise.load_type in ("time", "distance"):
        # Holds and carries are not taken to failure.
        rpe = min(rpe, 7.0)
        return Prescription(1, 1, rpe, dose_rest_for(level, settle, exercise, (1, 1), rpe), timed_seconds(exercise))
    reps_min, reps_max = clamp_reps(reps_min, reps_max, exercise)
    rest = dose_rest_for(level, settle, exercise, (reps_min, reps_max), rpe)
    return Prescription(reps_min, reps_max, rpe, rest, None)


def dose_rest_for(level: Level, settle: bool, exercise: Exercise, reps: tuple[int, int], rpe: float) -> int:
    """The rest after one straight set at this dose (`rests.rest_seconds`), for this person: `settle`
    (`Request.heart_prescription`: a cardiac PAR-Q answer or blood-pressure medicine) adds 30 s to a moderate
    set's rest (at most 2 min before it) for heart rate and blood pressure to settle. A bone or joint answer
    does not (review 18: 2 minutes between bodyweight sets at RPE 6 in a 25-minute session)."""
    rest = rest_seconds(exercise, *reps, rpe, trained=level != "beginner")
    return min(rest, 120) + 30 if settle else rest


def second_goal_doses(request: Request) -> bool:
    """A trained person free of effort caps (no PAR-Q answer, under 65): a second goal may change a lift's dose."""
    return request.level != "beginner" and not request.par_q and not request.older


def heavy_main_lifts(request: Request) -> bool:
    """Strength is a second goal of a trained person free of effort caps: the canonical main lifts are dosed as
    strength work (`dosing_goal`)."""
    return second_goal_doses(request) and request.goal != "strength" and "strength" in request.goals


ROW_ACCESSORY_MIN_REPS = 6  # the fewest reps a loaded row that is not a catalog main lift is written for


def _row_accessory(exercise: Exercise) -> bool:
    """A loaded horizontal pull the catalog does not make a main lift (a chest-supported, cable or machine row)."""
    loaded = exercise.load_type == "weight" and not exercise.isolation
    return loaded and exercise.pattern == "horizontal_pull" and not exercise.main_lift


NOVICE_ASSISTANCE_REPS = (10, 15)  # GZCLP's T3 (3 x 15+): a novice's pulldown, dumbbell row or leg press


def novice_assistance(request: Request, exercise: Exercise) -> bool:
    """A novice barbell strength week's loaded compound that is not on the bar (a lat pulldown, a dumbbell row, a leg
    press): assistance work at 10-15 reps and 60-90 s, not a main lift at the bar's 5s (review 25, defect 6: a lat
    pulldown at 2 x 5 with 180 s rest; Starting Strength's and StrongLifts' main lifts are the barbell's)."""
    return (
        request.level == "beginner" and request.goal == "strength" and "barbell" in request.equipment
        and not request.older and not request.par_q and exercise.load_type == "weight" and exercise.compound
        and exercise.hard_sets and "barbell" not in exercise.equipment
    )  # fmt: skip


def dosing_goal(request: Request, exercise: Exercise) -> Goal:
    """The goal whose dose this exercise takes: the primary goal's, except that a second goal of strength makes a
    trained person's canonical main lifts heavy (concurrent training: heavy strength work at 4-10RM improves an
    endurance athlete's economy, Ronnestad & Mujika 2014), and a second goal of hypertrophy gives a strength plan's
    other lifts the hypertrophy range (the fifteenth review: a strength goal at 8-12 reps, a hypertrophy goal with
    no 8-12 work). Not for PAR-Q answers or older adults, whose caps rule out heavy sets."""
    if not second_goal_doses(request):
        return request.goal
    if heavy_main_lifts(request) and exercise.main_lift:
        return "strength"
    if request.goal == "endurance" and exercise.main_lift and exercise.pattern in ("squat", "hinge", "lunge"):
        # A trained endurance athlete's leg lifts are heavy (Ronnestad & Mujika 2014: 4-10RM squats, leg presses
        # and step-ups improve running and cycling economy); the rest stays light (review 16: 20 sets of 8-12).
        return "strength"
    if request.goal == "strength" and "hypertrophy" in request.goals and not exercise.main_lift:
        return "hypertrophy"
    return request.goal


HELD_MIN_REPS = 6  # the fewest reps a set of a dumbbell or kettlebell compound is written for
FRONT_HELD_MIN_REPS = 8  # a goblet squat's: the arms give out before the legs below it
# A bridge or hip thrust with a bell on the hips: the one bell a person has is light for the glutes, so the reps
# carry the effort (review 25: a dumbbell glute bridge at 2 x 6-10 in a hypertrophy week; NSCA: 10-15 for such work)
BRIDGE_HELD_MIN_REPS = 10
BAND_MIN_REPS = 10  # a band compound's: its tension rises through the rep and cannot be loaded heavy


def held_load_min_reps(exercise: Exercise) -> int:
    """The fewest reps for a compound held in the hands (dumbbells, kettlebells; not a barbell, machine or cable)
    or for any lift pulled against a band, else 0 (`prescribe`)."""
    kit = set(exercise.equipment)
    if "resistance_bands" in kit and not kit & LOADED_RACKED:
        # A band's tension cannot be made heavy (review 16: banded pulldowns at 5-8), an isolation lift's neither
        # (a banded chest fly at 8-12 in a strength week).
        return min(BAND_MIN_REPS, exercise.dose_max)
    if exercise.isolation or kit & LOADED_RACKED:
        return 0  # isolation work has its own ranges already
    if exercise.load_type != "weight" or not kit & {"dumbbells", "kettlebells"}:
        return 0
    if exercise.pattern == "hinge" and ("glute-bridge" in exercise.id or "hip-thrust" in exercise.id):
        return BRIDGE_HELD_MIN_REPS
    return FRONT_HELD_MIN_REPS if "goblet" in exercise.id else HELD_MIN_REPS


STRENGTH_HELD_REPS = (5, 8)  # a strength goal's dumbbell or kettlebell main lift: heavy, as the bell allows
# ... one leg or arm at a time: balance and the set-up limit the load before the muscles, and each side's set is twice
# the minutes (review 24, defect 9: a Bulgarian split squat at 5-8 as the only squat of a dumbbell week)
STRENGTH_UNILATERAL_REPS = (6, 10)


def goblet_held(exercise: Exercise) -> bool:
    """A squat held at the chest in both hands (goblet): the arms give out first (`FRONT_HELD_MIN_REPS`)."""
    return held_load_min_reps(exercise) == FRONT_HELD_MIN_REPS and exercise.pattern == "squat"


def heavy_held_squat(request: Request, exercise: Exercise) -> bool:
    """A two-footed squat dosed as strength work with bells racked on the shoulders (dumbbell or double kettlebell
    front squat): the bilateral knee-dominant main lift of a strength week without a bar, rotated with the split
    squat (review 24, defect 9; the goblet squat stays the novice's and the lighter day's squat)."""
    return (
        exercise.pattern == "squat"
        and not exercise.unilateral
        and loading(exercise.id).load_position == "front_rack"
        and strength_held_lift(request, exercise)
    )


def rep_limited_squat(exercise: Exercise) -> bool:
    """A squat held in front with dumbbells or kettlebells (goblet, front-racked bells): the arms and the heaviest
    bell limit it long before the legs, so it cannot be a trained lifter's heavy squat (review 21, D5)."""
    kit = set(exercise.equipment)
    return (
        exercise.pattern == "squat" and exercise.compound and exercise.load_type == "weight"
        and bool(kit & {"dumbbells", "kettlebells"}) and not kit & LOADED_RACKED
    )  # fmt: skip


def strength_held_lift(request: Request, exercise: Exercise) -> bool:
    """A dumbbell or kettlebell compound dosed as strength work in a week without a barbell: strength is its dosing
    goal (review 21, D5: a strength goal with dumbbells got 6-10 and 8-12 everywhere). Not a goblet squat
    (`rep_limited_squat`), a band, or for PAR-Q answers and older adults, whose own rep floors stand."""
    if request.par_q or request.older or exercise.isolation or held_load_min_reps(exercise) != HELD_MIN_REPS:
        return False
    if "barbell" in request.equipment:
        return False  # the bar carries the heavy work; dumbbell lifts beside it are secondary (review 16's 6-10)
    # Every such compound, not only the canonical main lifts: the week's heavy work is done with the bells, and a
    # swap of its dumbbell bench press for a floor press keeps the dose and the session's minutes.
    return dosing_goal(request, exercise) == "strength"


def prescribe(
    request: Request, exercise: Exercise, *, alone: bool = False, unpaired: Prescription | None = None
) -> Prescription:
    """`prescription` for this person: their goal, level, PAR-Q flags and RPE cap, submaximal work
    near an injured area (`injury_cap`), and the shorter rest of a superset in short sessions
    (`Request.paired`; `alone`: the lift has no partner in the session, so it rests as straight sets).
    `unpaired`: this request's `unpaired_dose` for the lift, when the caller has it already (`build_memo`)."""
    rx = unpaired_dose(request, exercise) if unpaired is None else unpaired
    if (
        request.paired
        and not alone
        and rx.duration_seconds is None
        and exercise.intensity not in ("plyometric", "ballistic")
    ):
        floor = PAR_Q_MIN_REST if request.older or request.par_q else 45
        rx = replace(rx, rest_seconds=max(floor, paired_rest(rx.rest_seconds, exercise)))
    if request.par_q and exercise.hard_sets and rx.rest_seconds < PAR_Q_MIN_REST:
        # (a bone or joint answer's 15-20 rep crunch rested 45 s; the validator refused the week)
        rx = replace(rx, rest_seconds=PAR_Q_MIN_REST)
    return rx


def unpaired_dose(request: Request, exercise: Exercise) -> Prescription:
    """`prescribe` up to the superset's shorter rest: it reads neither `Request.paired` nor `Request.straight` nor
    `Request.trimmed_warmup`, so one `generate_plan` call's paired, straight and trimmed builds share it
    (`build_memo.BuildMemo`; tests/unit/test_build_memo.py)."""
    rx = base = prescription(dosing_goal(request, exercise), request.level, request.par_q, exercise,
                             rpe_cap=request.rpe_cap, settle=request.heart_prescription)  # fmt: skip
    # (and in fat-loss and all-round weeks, whose heavy lifts are a second goal's: 4-minute rests left two lifts of
    # two sets in 50-minute sessions; review 19)
    shorter = request.minutes <= SHORT_HEAVY_REST_MINUTES or request.goal in ("fat_loss", "general_fitness")
    if shorter and rx.rest_seconds > 180:
        # 3 minutes, not 4, between heavy barbell sets in a short session: still inside NSCA's 2-5 minutes, and
        # two main lifts keep three working sets each (the thirteenth review: 2 x 45 minutes squatted 2 sets).
        rx = base = replace(rx, rest_seconds=180)
    cap = injury_cap(request, exercise)
    redosed = cap is not None and injury_redosed(request, exercise)
    if cap is not None and redosed and rx.duration_seconds is None:
        # Moderate loads for more reps on a lift that works an injured area: the pain-free, submaximal loading of
        # rehabilitation practice, not heavy sets at RPE 8 (the fourth coach review). Lifts that only pass near it
        # keep the goal's reps and rests under the cap (review 25, defect 1: `works_area`).
        reps = clamp_reps(max(rx.reps_min, 8), max(rx.reps_max, 12), exercise)
        rx = replace(rx, reps_min=reps[0], reps_max=reps[1], target_rpe=min(rx.target_rpe, cap))
    elif cap is not None:
        rx = replace(rx, target_rpe=min(rx.target_rpe, cap))
    if (
        exercise.load_type == "bodyweight"
        and rx.duration_seconds is None
        # (a bodyweight hinge of any skill: balance limits a single-leg RDL, never the load; review 18: 6-9 reps
        # at RPE 8 for an advanced lifter)
        and (exercise.skill < 2 or exercise.pattern == "hinge")
        and (LEVEL_RANK[exercise.level] < LEVEL_RANK[request.level] or exercise.pattern in ("squat", "hinge", "lunge"))
    ):
        # A trained person reaches the target effort on an easier bodyweight variation only with more
        # reps (a squat at RPE 8 takes 20+): the range moves up within the exercise's bounds. The legs carry
        # the body all day, so bodyweight leg work needs the reps at any level (the eleventh review: tempo
        # squats at 5-8 reps and RPE 8 for a strength plan).
        reps = clamp_reps(max(rx.reps_min, 12), max(rx.reps_max, 20), exercise)
        rx = replace(rx, reps_min=reps[0], reps_max=reps[1])
    held = held_load_min_reps(exercise)
    if novice_assistance(request, exercise) and rx.duration_seconds is None:
        reps = clamp_reps(*NOVICE_ASSISTANCE_REPS, exercise)
        rx = replace(rx, reps_min=reps[0], reps_max=reps[1])
    elif strength_held_lift(request, exercise) and rx.duration_seconds is None and not redosed:
        # Strength without a barbell is still heavy, low-rep work on the heaviest lift the bells allow (ACSM 2009:
        # 1-6RM loads for strength; NSCA: 2-5 minutes between such sets): 5-8 reps, the floor a dumbbell can be
        # set up for, at the goal's RPE; accessories keep their 6-12.
        reps = clamp_reps(*(STRENGTH_UNILATERAL_REPS if exercise.unilateral else STRENGTH_HELD_REPS), exercise)
        rx = replace(rx, reps_min=reps[0], reps_max=reps[1])
    elif held and rx.duration_seconds is None and rx.reps_min < held:
        # Dumbbells and kettlebells are not loaded heavy: getting them into position limits the load before the
        # muscles do, and a goblet squat is limited by the arms holding it (review 16: goblet squats at 5-8 reps
        # and 3-minute rests on dumbbell lifts). Their compounds start at 6 reps, a goblet squat at 8.
        reps = clamp_reps(held, max(rx.reps_max, held + 4), exercise)
        rx = replace(rx, reps_min=reps[0], reps_max=reps[1])
    least = OLDER_NOVICE_MIN_REPS if request.level == "beginner" else OLDER_MIN_REPS
    heavy = rx.duration_seconds is None and rx.reps_min < least and exercise.load_type == "weight"
    if request.older and heavy:
        # Older lifters: no sets under 5 reps (ACSM/NSCA for older adults: moderate-to-heavy loads for 6-12
        # reps; the tenth review: deadlifts and presses at 3-6 for a 76-year-old).
        reps = clamp_reps(least, max(rx.reps_max, least + (4 if least == OLDER_NOVICE_MIN_REPS else 3)), exercise)
        # An older novice's floor stands where the lift's range tops out under 12 (a barbell RDL's 5-10: 8-10, not
        # 7-10; review 24 moved one into a 71-year-old novice's week).
        reps = (max(reps[0], min(least, reps[1])), reps[1])
        rx = replace(rx, reps_min=reps[0], reps_max=reps[1])
    if rx != base:  # the rest of the dose as it now stands (an injury's or a trained person's reps)
        rest = dose_rest_for(request.level, request.heart_prescription, exercise, (rx.reps_min, rx.reps_max),
                             rx.target_rpe)  # fmt: skip
        rx = replace(rx, rest_seconds=rest)
    if request.older and rx.duration_seconds is None:
        rx = replace(rx, rest_seconds=min(rx.rest_seconds, OLDER_REST_CAP))
    return rx


# The muscles whose work loads each injured area (besides the areas an exercise's own contraindication
# rules name): a shoulder carries every pressing and pulling muscle, a knee its extensors and flexors
# and the calves (the gastrocnemius crosses the knee, and a standing calf raise bears load through it).
AREA_MUSCLES: dict[str, frozenset[str]] = {
    # The long heads of the biceps and triceps cross the shoulder too: curls and pushdowns wait with it (the
    # fourteenth review: preacher curls and pushdowns four days a week beside "this plan does not load it").
    "shoulder": frozenset(
        {"chest", "front_delts", "side_delts", "rear_delts", "lats", "upper_back", "biceps", "triceps"}
    ),
    "upper_back": frozenset({"upper_back", "lats", "rear_delts"}),
    # A neck is loaded by what its rules name (a bar on the back, shrugs, pressing overhead, hanging, bent-over
    # rows), not by every upper-back exercise: a chest-supported row keeps it neutral (the ninth review: a
    # severe neck lost every row while all the pressing stayed).
    "neck": frozenset(),
    "elbow": frozenset({"biceps", "triceps", "forearms"}),
    "wrist": frozenset({"forearms"}),
    "lower_back": frozenset({"lower_back"}),
    "hip": frozenset({"glutes", "adductors", "hamstrings"}),
    "knee": frozenset({"quads", "hamstrings", "calves"}),
    "ankle": frozenset({"calves"}),
}
INJURY_RPE_CAP = {"moderate": 7.0, "severe": 6.0}


_LEG_AREAS = frozenset({"knee", "hip", "ankle"})


def loads_area(exercise: Exercise, area: str, *, assisting: bool = True) -> bool:
    """Whether the exercise loads `area`: its muscles (primary or secondary) work there, its catalog
    rules name the area at some severity (an allowed exercise still loads it), or it is a loaded walk
    (a carry bears its load through every joint of the legs)."""
    # `assisting=False`: a knee counts as loaded only by what moves it or leads with a muscle across it;
    # hamstrings that only assist a hip thrust or glute bridge (the knee held still) are left to a knee that
    # waits for its go-ahead, as early knee rehabilitation uses them. Such lifts still get its RPE cap.
    lead_only = area == "knee" and not assisting
    muscles = exercise.primary_muscles if lead_only else [*exercise.primary_muscles, *exercise.secondary_muscles]
    if area == "shoulder" and loading(exercise.id).load_position == "back":
        # An upper back that holds a bar or yoke on it braces the trunk; whether the hands and shoulders hold the bar
        # is the shoulder's own catalog rule (a safety squat bar's yoke: none; review 27, defect 3).
        muscles = [*exercise.primary_muscles, *(m for m in exercise.secondary_muscles if m != "upper_back")]
    return (
        any(rule.area == area for rule in exercise.contraindications)
        or bool(set(muscles) & AREA_MUSCLES.get(area, frozenset()))
        or (exercise.pattern == "carry" and area in _LEG_AREAS)
    )


def injured_areas(request: Request, exercise: Exercise) -> list[str]:
    """The person's moderately or severely injured areas this exercise loads (`loads_area`), and a severely
    injured area whose rehab basics it is (a dead bug for a lower back: dosed and noted as rehab, review 21)."""
    held = unloaded_areas(request)
    return sorted(
        area
        for area, severity in request.injuries
        if severity in INJURY_RPE_CAP
        and (loads_area(exercise, area) or (area in held and exercise.id in rehab_basics(area, held)))
    )


# A severe back braces every heavy lift it does not itself load: the lumbar spine every loaded compound (a heavy
# set is held on a braced, pressurised trunk: intradiscal pressure rises with the load and the breath held; Wilke
# et al. 1999), the upper back every press (pressed off set, loaded shoulder blades). Those lifts stay submaximal
# while it waits for its go-ahead (review 21, D2: RPE 8 belt squats and bench presses beside a severe lower back).
BRACING_AREAS = ("lower_back", "upper_back")


def braces_held_back(request: Request, exercise: Exercise) -> bool:
    """Whether a severely injured lower or upper back braces this lift (`BRACING_AREAS`)."""
    if exercise.isolation or not exercise.hard_sets or exercise.load_type not in ("weight", "bodyweight"):
        return False
    held = unloaded_areas(request)
    if "lower_back" in held and exercise.pattern not in ("core",):
        return True
    return "upper_back" in held and exercise.pattern in PUSH_PATTERNS


def _under_back_note(request: Request, exercise: Exercise) -> bool:
    """A severe lower back's note promises "every other lift stays at a moderate load, RPE 7 at most"
    (`explain._HELD_WORK`): the cap holds for every hard set, isolation work too (review 24, defect 7: leg curls,
    lateral raises, face pulls and calf raises at RPE 8 beside that note)."""
    return exercise.hard_sets and "lower_back" in unloaded_areas(request)


# Rehabilitation basics a severely injured area keeps while it waits for its go-ahead: quadriceps work with the knee
# straight or still, compatible with most knee injuries (review 20: a severe knee got 0 quad sets, though the issue
# asks for exactly these). Everything else that loads the area waits (`unloaded_areas`).
REHAB_BASICS: dict[str, frozenset[str]] = {
    "knee": frozenset({"straight-leg-raise", "isometric-leg-extension"}),
    # scapular setting, the rotator cuff at 0 degrees, grip work
    "shoulder": frozenset({"isometric-wall-row", "isometric-external-rotation", "towel-grip-squeeze"}),
    # Review 21 (D2): the back and hip had none. McGill's big three (curl-up, side bridge from the knees, bird dog),
    # the dead bug and the glute bridge: the trunk works while the lumbar spine stays neutral and unloaded (McGill,
    # *Low Back Disorders*, 3rd ed.; the NICE NG59 low back pain guideline's exercise programmes).
    "lower_back": frozenset({"mcgill-curl-up", "side-plank-knees", "bird-dog", "dead-bug", "glute-bridge"}),
    # side-lying abduction and clamshells, a held bridge, the adductor squeeze (early hip and groin rehabilitation:
    # Hölmich et al. 1999; Kemp et al. 2020 on hip osteoarthritis and FAI programmes)
    "hip": frozenset({"clamshell", "side-lying-hip-abduction", "glute-bridge-hold", "isometric-hip-adduction"}),
    # scapular setting against a wall, prone Y-T raises, band pull-aparts: unloaded, no rows until a physiotherapist
    # has seen it (review 22: a machine row 3 + 3 + 2 sets called "rehab basics")
    "upper_back": frozenset({"isometric-wall-row", "prone-ytw", "band-pull-apart"}),
}
ALL_REHAB_BASICS = frozenset().union(*REHAB_BASICS.values())
# Another severe area of the same limb holds them too (a severe hip and ankle beside the knee: review 18 keeps that
# week seated upper-body work).
_LIMB = {"knee": frozenset({"hip", "ankle"}), "shoulder": frozenset({"upper_back", "elbow", "neck"})}


def rehab_basics(area: str, severe: frozenset[str]) -> frozenset[str]:
    """The rehab basics a severely injured `area` keeps, given every severely injured area (`severe`)."""
    return frozenset() if severe & _LIMB.get(area, frozenset()) else REHAB_BASICS.get(area, frozenset())


def unloaded_areas(request: Request) -> frozenset[str]:  # `volume._pool` reads the same rule from the injuries
    """Severely injured areas: the plan's note asks for a physiotherapist's or doctor's go-ahead before
    loading them, so the plan loads them not at all until the user lowers the severity (the seventh
    review: isometric leg extensions beside "get a go-ahead first" read as a contradiction)."""
    return _severe(request.injuries)


@lru_cache(maxsize=512)
def _severe(injuries: frozenset[tuple[str, Severity]]) -> frozenset[str]:
    """`unloaded_areas` by the injuries alone (the rule reads them thousands of times a plan; keyed by value)."""
    return frozenset(area for area, severity in injuries if severity == "severe")


# The pain-monitoring model for training with an injury (Silbernagel et al. 2007, Achilles tendinopathy; Thomee 1997
# for the patellofemoral knee): pain up to 3 on a 0-10 scale during the exercise is acceptable when it has settled by
# the next morning; more, or pain that lingers, means a lighter load or another exercise. Review 25 (defect 5): heavy
# lifts kept beside a mild injury carried no rule at all.
PAIN_RULE = "pain up to 3/10 is fine if it has settled by the next morning; if not, lower the load or swap the lift."
PAIN_RULE_SOURCE = "the pain-monitoring model (Silbernagel et al. 2007)"

# Three or more injured areas, however mild: every lift that loads one of them starts at RPE 7, three reps in reserve,
# for the first weeks (review 25, defect 5: RPE 8 top sets with mild injuries in all nine areas). Tissue tolerance is
# unknown in several places at once; the pain rule (`PAIN_RULE`) decides when the cap lifts.
MANY_INJURED_AREAS = 3
MANY_INJURIES_RPE_CAP = 7.0


def mild_areas(request: Request, exercise: Exercise) -> list[str]:
    """The person's mildly injured areas this exercise loads (`loads_area`), sorted."""
    return sorted(area for area, severity in request.injuries if severity == "mild" and loads_area(exercise, area))


def strained_mild_areas(request: Request, exercise: Exercise) -> list[str]:
    """The person's mildly injured areas whose pain rule this lift carries: every one a compound lift loads
    (`mild_areas`: a heavy lift near a mild area keeps its load, review 25 D5), and for isolation work the ones it
    strains: it works the area directly (`works_area`: skull crushers for an elbow) or the catalog already rules it out
    at moderate (review 26, D6: skull crushers carried no word for a mild elbow)."""
    mild = mild_areas(request, exercise)
    if exercise.compound:
        return mild
    return [a for a in mild if works_area(exercise, a) or exercise.contraindicated_for({a: "moderate"})]


def many_injuries(request: Request) -> bool:
    """Whether the person has `MANY_INJURED_AREAS` or more injured areas, of any severity."""
    return len({area for area, _ in request.injuries}) >= MANY_INJURED_AREAS


def works_area(exercise: Exercise, area: str) -> bool:
    """Whether the exercise works a moderately injured `area` directly, not only near it: its prime movers are the
    area's muscles (`AREA_MUSCLES`: a row for an upper back, a squat for a knee), or, for a lower back, the spine
    holds the load unsupported. Only such lifts are re-dosed to moderate loads for more reps (`injury_redosed`);
    a lift whose catalog rules merely name the area at a worse severity (a bench press pressed off the shoulder
    blades, for an upper back) keeps the goal's reps and rests under the injury's RPE cap (review 25, defect 1:
    every main lift of a strength plan turned into 8-12 at RPE 7 for a moderate upper back)."""
    if set(exercise.primary_muscles) & AREA_MUSCLES.get(area, frozenset()):
        return True
    # (a loaded hip extension braces the lumbar spine even when the back is supported: a hip thrust)
    lumbar = loading(exercise.id).spinal_load != "none" or (exercise.pattern == "hinge" and exercise.compound)
    return area == "lower_back" and lumbar


def injury_redosed(request: Request, exercise: Exercise) -> bool:
    """Whether an injury moves this lift to moderate loads for 8-12 reps (`prescribe`): a severe area it loads or a
    severe back it braces (nothing heavy until the go-ahead), or a moderate area it works directly (`works_area`).
    Only strength dosing is kept for the lifts near a moderate area: that is where 8-12 changed the plan's goal."""
    if not exercise.hard_sets:
        return False
    areas = injured_areas(request, exercise)
    if not areas:
        return braces_held_back(request, exercise) or _under_back_note(request, exercise)
    if dosing_goal(request, exercise) != "strength":
        return True  # other goals' reps (6-12, 8-15) are near the injury's 8-12 already: the moderate dose stands
    injuries = dict(request.injuries)
    return any(injuries.get(a) == "severe" or works_area(exercise, a) for a in areas)


def injury_cap(request: Request, exercise: Exercise) -> float | None:
    """The RPE cap for an exercise that loads an injured area (moderate 7, severe 6), else None.
    Rehabilitation drills keep their own cap (RPE 6). With `MANY_INJURED_AREAS`, a lift that loads a mild one is
    capped at RPE 7 as well."""
    areas = injured_areas(request, exercise)
    if not areas and (braces_held_back(request, exercise) or _under_back_note(request, exercise)):
        return INJURY_RPE_CAP["moderate"]
    if not exercise.hard_sets:
        return None
    if not areas:
        many = many_injuries(request) and bool(mild_areas(request, exercise))
        return MANY_INJURIES_RPE_CAP if many else None
    worst = "severe" if any(dict(request.injuries).get(a) == "severe" for a in areas) else "moderate"
    return INJURY_RPE_CAP[worst]


def paired_rest(rest: int, exercise: Exercise | None = None) -> int:
    """Rest after each set of a superset: the partner's set is part of the muscle's rest, so about
    half (120 s -> 60 s, 180 s -> 90 s), never under 45 s, nor under a minute after a loaded multi-joint lift
    (`rests.superset_rest`; `exercise` None: a loaded compound's, as the time estimates assume)."""
    heavy = exercise is not None and exercise.id in HEAVY_LOWER_BARBELL  # (`rests.HEAVY_LOWER_MIN_REST`)
    return superset_rest(rest, compound_load=exercise is None or loaded_compound(exercise), heavy_lower=heavy)


def clamp_reps(reps_min: int, reps_max: int, exercise: Exercise) -> tuple[int, int]:
    """The goal's rep range moved inside the exercise's bounds, keeping its width where possible."""
    low, high = exercise.dose_min, exercise.dose_max
    if reps_max > high:
        # Shifted down to the exercise's top, narrowed so it stays near the top (endurance's 12-20 on
        # a press that tops out at 12 becomes 8-12, not 4-12).
        width = min(reps_max - reps_min, max(2, high // 3))
        reps_min, reps_max = max(low, high - width), high
    if reps_min < low:
        reps_min, reps_max = low, min(high, reps_max + (low - reps_min))
    return max(low, min(reps_min, reps_max)), min(high, max(reps_min, reps_max))


def timed_seconds(exercise: Exercise) -> int:
    """One timed set: the middle of the exercise's bounds (seconds), both sides for unilateral holds.

    Distance work (carries, sleds) is dosed in metres (`PlanExercise.distance_m`); its time is
    about one metre a second.
    """
    if exercise.dose_max > exercise.dose_min > 1 or exercise.dose_max > 30:
        seconds = (exercise.dose_min + exercise.dose_max) // 2
    else:
        seconds = TIMED_SET_SECONDS
    seconds = max(10, min(5 * round(seconds / 5), 120))
    return seconds * (2 if exercise.unilateral else 1)


def reps_in_reserve(rpe: float) -> str:
    """RPE as reps left in the tank (Helms et al. 2016: RPE 8 = 2 in reserve, 8.5 = 1-2): "2 reps",
    "1-2 reps", "no reps"."""
    left = max(0.0, 10 - rpe)
    whole = int(left)
    if left == whole:
        return "no reps" if whole == 0 else f"{whole} rep{'s' if whole != 1 else ''}"
    return f"{whole}-{whole + 1} reps"


REHAB_UPPER_SETS = 2


def set_cap(exercise: Exercise) -> int:
    """Most sets of one exercise in a session: fast, eccentric-heavy or technical accessories and
    rehab drills stay at 3 (quality drops after that), isolation work at 4, compounds at 5 (the validator
    accepts up to `MAX_SETS_ANY` from other writers)."""
    fragile = exercise.intensity in ("plyometric", "ballistic") or (exercise.skill >= 3 and not exercise.main_lift)
    if exercise.rehab and exercise.primary_muscles[0] not in LOWER_MUSCLES and exercise.pattern != "core":
        # Scapular setting and cuff isometrics for a shoulder or upper back waiting for a physiotherapist: two low
        # sets, a drill and not training (review 22: prone Y-T-W 4 x 10-15 on every day); a knee's or hip's
        # isometrics are that region's only strength work and keep three.
        return REHAB_UPPER_SETS
    if fragile or exercise.rehab:
        return 3
    return 4 if exercise.isolation else MAX_SETS_ENGINE


def sets_cap(request: Request, exercise: Exercise) -> int:
    """`set_cap` for this person: a heart or blood-pressure answer's 2 sets of a lift hold whatever a floor needs
    (review 21, D4: a full gym raised it to 3 for a floor; ACSM/AHA and AACVPR prescribe 1-2 sets of 8-10
    exercises, so a floor short of sets gets another lift for the muscle, never a third set)."""
    cap = set_cap(exercise)
    return min(cap, PAR_Q_MAX_SETS) if request.few_sets else cap


def set_seconds(reps_min: int, reps_max: int, rest: int, duration: int | None, unilateral: bool) -> int:
    """Seconds one set takes: the work (reps on both sides if unilateral), setting up, and the rest after it.

    A timed set's duration already covers both sides.
    """
    if duration is not None:
        return duration + SETUP_SECONDS + rest
    return (reps_min + reps_max) * REP_SECONDS // 2 * (2 if unilateral else 1) + SETUP_SECONDS + rest


def routine_seconds(session_minutes: int, *, older: bool = False, trimmed: bool = False) -> tuple[int, int]:
    """Warm-up and cool-down seconds for a session of this length.

    Older adults warm up 3 minutes longer (ACSM: a longer, gradual warm-up as joints and the heart
    take longer to be ready), kept within a third of a short session; `trimmed`, only to AACVPR's
    least of 5 minutes (`Request.trimmed_warmup`).
    """
    if session_minutes < 20:
        warm, cool = 180, 120
    elif session_minutes <= 30:
        # A short session's ramp-up sets finish its warm-up (review 16: 8-11 of 30 minutes went to drills).
        warm, cool = 240, 120
    elif session_minutes <= 45:
        # Between the short session and the hour, not the hour's 13 minutes (review 18: a 40-minute session gave a
        # third of its time to drills and stretches and then said it "cannot fit" the week's sets).
        warm, cool = 360, 180
    elif session_minutes <= 60:
        warm, cool = 480, 300
    elif session_minutes <= 90:
        warm, cool = 600, 360
    else:
        warm, cool = 720, 480
    base = warm
    if older:
        # Ten minutes or more once the session allows it (AACVPR: 5-10 minutes or more, graded, for cardiac patients).
        warm = min(max(warm + 180, GRADED_WARMUP_SECONDS if session_minutes > 30 else 0), session_minutes * 60 // 3)
        warm = min(warm, max(base, TRIMMED_WARMUP_SECONDS)) if trimmed else warm
        # And a gradual cool-down of five minutes or more (ACSM; AACVPR: blood pressure can fall after exercise).
        cool = max(cool, GRADED_COOLDOWN_SECONDS) if session_minutes > 30 else cool
    return warm, cool


GRADED_COOLDOWN_SECONDS = 300


GRADED_WARMUP_SECONDS = 600
TRIMMED_WARMUP_SECONDS = 300  # AACVPR's least graded warm-up for a cardiac or blood-pressure patient


# Under this many minutes an older lifter's warm-up is the standard 3 minutes (with the balance drill in it), not 3
# more: the first lift's lighter set finishes it (hBO; review 29, defect 1: 5 of 15 minutes of warm-up left one lift).
COMPACT_WARMUP_MINUTES = 20


def session_routine(request: Request) -> tuple[int, int]:
    """`routine_seconds` for this person's sessions. A cardiac answer keeps its graded warm-up at any length (AACVPR:
    5-10 minutes); an older lifter's session under `COMPACT_WARMUP_MINUTES` has the compact one (ACSM/AHA older
    adults, Nelson et al. 2007: the warm-up is light activity of the session's own movements; NSCA, Fragala et al.
    2019: light first sets of dumbbell or machine lifts are that activity)."""
    graded = request.cardiac or (request.older and request.minutes >= COMPACT_WARMUP_MINUTES)
    return routine_seconds(request.minutes, older=graded, trimmed=request.trimmed_warmup)


def volume_band(goal: Goal, level: Level) -> tuple[int, int]:
    """(floor, top) weekly hard sets per muscle."""
    return BANDS[goal][level]


def session_set_capacity(request: Request) -> int:
    """Hard sets one session's minutes fit at the standard compound dose for this goal and level (the
    level's `SESSION_HARD_SETS_MAX` may hold a session to fewer)."""
    from shared.plans.templates import lifting_seconds  # templates build on these rules

    return lifting_seconds(request) // compound_set_seconds(request)


def compound_set_seconds(request: Request) -> int:
    """Seconds one set of a compound lift takes at the goal's standard dose (work, setup, rest)."""
    rx = _RX[request.goal][0]
    reps = (5, 8) if request.level == "beginner" and request.goal == "strength" else rx[:2]
    rpe = min(rx[2], request.rpe_cap, 7.0 if request.level == "beginner" else 10.0)
    if request.par_q:
        reps = (max(reps[0], 8), max(reps[1], 12))
    rest = dose_rest(compound=True, loaded=True, reps_min=reps[0], reps_max=reps[1], rpe=rpe)  # as `prescribe` does
    rest = min(rest, 120) + 30 if request.par_q else rest
    rest = min(rest, OLDER_REST_CAP) if request.older else rest
    rest = paired_rest(rest) if request.paired else rest
    return set_seconds(reps[0], reps[1], rest, None, False)


def floor_seconds(request: Request) -> int:
    """Seconds of each lifting session the week's floors need, counted as `floor_fits` counts them
    (no overlap credit, a quarter of slack): what a conditioning block may not take."""
    floor, _ = request.band
    sets = -(-floor * len(FLOOR_MUSCLES) * 5 // (4 * max(1, request.lifting_days)))
    return sets * compound_set_seconds(request)


def floor_fits(request: Request, trainable: list[Muscle]) -> bool:
    """Whether the week has room for every trainable floor muscle's floor as direct sets.

    Deliberately conservative (no credit for one lift training two muscles), with a quarter of
    slack for whole sets, per-exercise caps and each day's own exercise list: when this is False
    the floor counts as impossible in the user's time, and the plan must say so.
    """
    floor, _ = request.band
    sets = min(session_set_capacity(request), SESSION_HARD_SETS_MAX[request.level]) * request.lifting_days
    # Time counts each set for one muscle (squats' quads, not also their glutes); the ceiling of sets
    # per session counts the two primary muscles a compound set trains in a full week of lifts.
    return session_set_capacity(request) * request.lifting_days * 4 >= floor * len(
        trainable
    ) * 5 and sets * 2 >= floor * len(trainable)
