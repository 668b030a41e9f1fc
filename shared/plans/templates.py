"""Program templates: which well-known program shape a plan instantiates, and why it fits the person.

The engine picks one template per request; the template decides the session extras (conditioning,
mobility, balance), how strength main lifts are dosed, and the words of the rationale. Sources per
template are in docs/training-science.md, "Templates".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from shared.exercises.model import Exercise
from shared.plans.rules import (
    LOADED_EQUIPMENT,
    RAMP_SET_SECONDS,
    SETUP_SECONDS,
    Request,
    floor_seconds,
    heavy_main_lifts,
    second_goal_doses,
    session_routine,
)

# Longest conditioning block per goal and level, in minutes: a finisher for fat loss and general
# fitness, a real aerobic session for endurance (ACSM: 20-60 min a day of aerobic work).
BLOCK_MINUTES = {
    "endurance": {"beginner": 20, "intermediate": 25, "advanced": 30},
    "fat_loss": {"beginner": 15, "intermediate": 20, "advanced": 25},
    "general_fitness": {"beginner": 10, "intermediate": 15, "advanced": 15},
}
# An aerobic day's session (endurance): ACSM's 20-60 min of continuous or interval work.
AEROBIC_MINUTES = {"beginner": 30, "intermediate": 45, "advanced": 60}
# The week's long zone-2 session for an endurance goal, where the minutes allow (the long run or ride of every
# endurance program; the thirteenth review: a 180-minute aerobic day held 44 minutes of cycling).
LONG_AEROBIC_MINUTES = {"beginner": 45, "intermediate": 90, "advanced": 120}
ENDURANCE_FEW_DAYS = 2  # at or under: every endurance session is an aerobic session after its lifting
# An endurance week's strength days beside its aerobic days end with a zone-2 block: at most this share of
# the time between warm-up and cool-down (the fourteenth review: 21 aerobic minutes in a 3 x 40 endurance week;
# the ninth: strength days of 50 minutes that gave 22 of them to the bike left chest 3 sets).
ENDURANCE_FINISHER_SHARE = 0.45
EVEN_WEEK_FINISHER_SHARE = 0.35  # an endurance week of 2 strength + 2 aerobic days: the strength days' easy block
ENDURANCE_LIFT_AND_BLOCK_MINUTES = 75  # at or over: an endurance week's strength days also end with zone 2
DUAL_FULL_BLOCK_MINUTES = 90  # at or over: a second conditioning goal's block is as long as the first goal's would be
OLDER_BLOCK_MINUTES = 15  # ACSM/AHA: 150 min a week of moderate aerobic activity for older adults
PAR_Q_BLOCK_MINUTES = 15
_CONDITIONING_GOALS = ("fat_loss", "endurance", "general_fitness")


# A one-day week of long sessions with a conditioning goal (hBI, review 28 D6): its block is 30-45 minutes.
ONE_DAY_LONG_MINUTES = 90
ONE_DAY_AEROBIC_MINUTES = {"beginner": 30, "intermediate": 40, "advanced": 45}
WEEKLY_AEROBIC_MINUTES = 150  # ACSM/AHA: moderate aerobic activity a week, for adults and older adults


def block_minutes(request: Request) -> int:
    """Longest conditioning block on a lifting day: the primary goal's, else a secondary conditioning
    goal's at two thirds (strength first, conditioning kept), else an older adult's daily walk; at
    least `PAR_Q_BLOCK_MINUTES` for a `Request.heart_prescription`."""
    if request.goal == "endurance" and request.days <= ENDURANCE_FEW_DAYS:
        # One or two sessions a week are the endurance athlete's only aerobic sessions: each is a real aerobic
        # session after its lifting (the fourteenth review: 1 x 90 minutes held 23 band sets and a 29-minute run).
        minutes = AEROBIC_MINUTES[request.level]
    elif request.goal in BLOCK_MINUTES:
        minutes = BLOCK_MINUTES[request.goal][request.level]
    elif secondary := [g for g in request.goals if g in _CONDITIONING_GOALS]:
        minutes = BLOCK_MINUTES[secondary[0]][request.level] * 2 // 3
        if request.minutes >= DUAL_FULL_BLOCK_MINUTES:
            # Long sessions hold both goals' full doses: the second goal's block is what it would be as the first
            # (review 27, D7: strength + endurance 2 x 180 used 112 of 180 minutes with 16 min of zone 2, while
            # endurance + strength got 45). Concurrent training costs strength little when the aerobic work is
            # moderate and separated from the lifting (Wilson et al. 2012; Rønnestad & Mujika 2014).
            first = replace(request, goal=secondary[0])
            minutes = block_minutes(first) if first.goal != request.goal else minutes
    else:
        minutes = OLDER_BLOCK_MINUTES if request.older else 0
    if request.days == 1 and request.minutes >= ONE_DAY_LONG_MINUTES and set(request.goals) & set(_CONDITIONING_GOALS):
        # The week's one session is also its only aerobic session: a bounded zone-2 block toward ACSM/AHA's 150
        # minutes, in time the lifting's set cap leaves idle (review 28 D6: 1 x 180 used 72 minutes, 10 of zone 2).
        minutes = max(minutes, ONE_DAY_AEROBIC_MINUTES[request.level])
    # A PAR-Q user (cleared, or with a flag that does not hold training) walks or cycles every session:
    # moderate aerobic work is the core of cardiac rehabilitation (AHA/AACVPR; Thomas et al. 2019).
    return max(minutes, PAR_Q_BLOCK_MINUTES) if request.heart_prescription else minutes


def session_budget(request: Request) -> int:
    """Seconds of a session between its warm-up and cool-down (`rules.routine_seconds`)."""
    warmup, cooldown = session_routine(request)
    return max(0, request.minutes * 60 - warmup - cooldown)


def block_fits(request: Request) -> bool:
    """Whether a lifting day of this length can end with a conditioning block of `MIN_BLOCK_MINUTES` (the
    block takes at most 40% of the time between warm-up and cool-down, `Template.reserve`)."""
    return min(block_minutes(request) * 60, int(session_budget(request) * 0.4)) >= MIN_BLOCK_MINUTES * 60


SHORT_SESSION_MINUTES = 30  # at or under: one ramp-up lift, supersets
# At or under: an older adult's balance drill is done in the warm-up, so the session keeps its lifting (the sixth
# review: a 45-minute session held one lift after balance, power and a walk; review 23: a 2 x 30 band week under its
# floors), and the note says so.
BALANCE_IN_WARMUP_MINUTES = 30
# At or under (and over `BALANCE_IN_WARMUP_MINUTES`): two rounds of the drill, not three; still a drill of the
# session, not a warm-up stand (review 24: "a balance drill every session" was 60 s of a 45-minute warm-up).
BALANCE_SHORT_MINUTES = 45


def balance_in_warmup(request: Request) -> bool:
    """An older adult's balance drill is done in the warm-up: in a session of 30 minutes or less, and of 45 or less
    with a heart or blood-pressure answer, whose walk is the prescription and keeps its minutes (a cleared heart
    patient's 3 x 45 walked 26 minutes a week with the drill in the session); the note says so (review 24)."""
    limit = BALANCE_SHORT_MINUTES if request.heart_prescription else BALANCE_IN_WARMUP_MINUTES
    return request.minutes <= limit


MIN_BLOCK_MINUTES = 8  # shorter than this is not worth the change of equipment
BALANCE_SECONDS = 3 * (2 * 20 + SETUP_SECONDS + 45)  # three 20 s holds a side, with rest (balance_item)
POWER_SECONDS = 2 * (6 * 2 + SETUP_SECONDS + 60)  # two sets of fast chair stands, with rest
MIN_LIFTING_SECONDS = 10 * 60


def ramp_sets(request: Request) -> int:
    """Ramp-up sets before the day's first loaded main lift (0 without loadable equipment)."""
    if not request.equipment & LOADED_EQUIPMENT:
        return 0
    if request.minutes <= SHORT_SESSION_MINUTES:
        return 2  # the ramp-up sets are most of a short session's specific warm-up
    # An older trained lifter ramps up at least as gradually as a younger one: more, lighter steps before a heavy
    # set, never fewer (Fragala et al. 2019, NSCA older adults: a longer, graded warm-up; review 24, defect 6: 1
    # ramp-up set at 74 beside 2-3 at 30).
    return 2 if request.level == "beginner" or request.par_q else 3


UNRAMPED_MINUTES = 20  # at or under: a machine or cable lift at 8 or more reps starts at its working load
MACHINE_EQUIPMENT = frozenset({"machines", "cable_machine"})


def machine_sets_unramped(request: Request, kit: Iterable[str]) -> bool:
    """A very short session's machine or cable lift at moderate reps needs no ramp-up sets: the general warm-up
    and a first set 3 reps short of failure are ramp enough for a guided path at 8-12 reps, and two ramp-up sets
    are a fifth of a 15-minute session (review 20, D9: a hip thrust machine with 2 ramp-up sets beside one working
    set of leg press). Heavy sets (a strength goal's 3-6 reps) keep theirs; hypertrophy's 6-10 are not heavy (the
    time kept for the lifts has no ramp-up sets in it: a 6 x 20 machine week's 2 unplanned ramp-ups made 22 minutes)."""
    kit = set(kit)
    return request.minutes <= UNRAMPED_MINUTES and request.goal != "strength" and bool(kit) and kit <= MACHINE_EQUIPMENT


def heavy_doses(request: Request) -> bool:
    """Some lifts may be dosed as strength work (3-6 reps) though strength is not the primary goal: a trained
    person's second goal of strength, or a trained endurance athlete's leg lifts (`rules.dosing_goal`). Heavy sets
    keep their ramp-up sets in any session (`engine._ramp_up`), so their minutes are kept for them."""
    return heavy_main_lifts(request) or (second_goal_doses(request) and request.goal == "endurance")


def ramp_reserve(request: Request, pool: Iterable[Exercise] | None = None) -> int:
    """Seconds of each lifting day the ramp-up sets take: the first main lift's, the second's, and
    one more for a heavy secondary lift in strength training; none when the pool (if given) has no
    loaded compound lift to ramp up to (injuries can leave only isolation work). The engine keeps
    these seconds off the lifting, and the floors' time estimate (`rules.session_set_capacity`)
    counts them too, so the two agree on what a session can hold."""
    if pool is not None and not any(
        e.load_type == "weight" and e.compound and e.hard_sets and set(e.equipment) & LOADED_EQUIPMENT for e in pool
    ):
        return 0
    if machine_sets_unramped(request, request.equipment - {"bodyweight"}) and not heavy_doses(request):
        return 0  # every lift is a machine or cable lift at moderate reps: none gets ramp-up sets (`engine._ramp_up`)
    # Sets at RPE 6 or less (PAR-Q) need one lighter set at most (`engine._ramp_up`).
    first = min(ramp_sets(request), 1) if request.rpe_cap <= 6 else ramp_sets(request)
    # The second main lift's ramp only in long sessions: many days have one loaded main lift, and
    # minutes reserved but not used leave a session short of its sets (the sixth review).
    second = max(0, first - 1) if request.minutes > 60 else 0
    count = first + second + (1 if first and request.goal == "strength" and request.minutes > 45 else 0)
    return count * RAMP_SET_SECONDS


def lifting_seconds(request: Request, pool: tuple[Exercise, ...] | None = None) -> int:
    """Seconds of a lifting day left for the lifts once the warm-up and cool-down, the extras
    (`Template.reserve`) and the ramp-up sets are kept: the engine's budget for allocation, and the
    floors' time estimates (`rules.session_set_capacity`, `volume.excused_below_floor`) use the same."""
    budget = session_budget(request)
    ramp = ramp_reserve(request, pool)
    return max(0, budget - choose(request).reserve(request, budget, ramp, pool) - ramp)


@dataclass(frozen=True)
class Template:
    """A program shape: its name, why it fits, and what it adds to the lifting."""

    key: str
    name: str
    why: str
    conditioning: bool = False  # a structured conditioning block ends each session
    mobility_program: bool = False  # sessions are built around a mobility program
    balance: bool = False  # a balance drill every session
    top_sets: bool = False  # main lifts: a top set, then back-off sets
    hold: bool = False  # no training program yet: clearance or assessment first

    def reserve(self, request: Request, budget: int, ramp: int = 0, pool: tuple[Exercise, ...] | None = None) -> int:
        """Seconds of each lifting day kept for the extras (conditioning, mobility, balance); the lifting
        keeps at least 10 minutes (5 in a mobility program) besides its `ramp` seconds of ramp-up sets,
        and a block too short to be worth doing is not reserved. With the `pool`, no minutes are kept
        for a conditioning block no allowed exercise can fill (injuries can rule out every modality:
        the minutes go to the lifting, which otherwise fell short of a floor)."""
        from shared.plans.conditioning import modalities  # conditioning builds on these templates

        seconds = 0
        if self.mobility_program:
            # The goal itself: most of the session is the mobility program, and nearly all of a short one (the
            # thirteenth review: 15 minutes held four holds and one set each of squats and rows).
            # An older adult's mobility week keeps half of each session for resistance work: muscle strength on
            # two days a week is the heart of ACSM/AHA's advice for them (the fourteenth review: a 76-year-old's
            # week held one band set).
            # At 30 minutes or less an older adult's strength days keep two thirds for resistance work, and the
            # mobility goal's holds move to the aerobic days too (review 15: a 68-year-old's 5 x 30 minutes held
            # one set of squats on a strength day).
            short = request.minutes <= SHORT_SESSION_MINUTES
            part, whole = ((1, 3) if short else (1, 2)) if request.older else (4, 5) if short else (3, 5)
            seconds += min(35 * 60, budget * part // whole)
        if self.balance:
            # Sessions of 45 minutes or less keep nothing for their balance drill: it takes the day's spare minutes,
            # the walk's or an accessory's set once the lifts are settled (`engine._balance_drills`: review 24, never a
            # main lift's), or is done in the warm-up (`balance_in_warmup`).
            seconds += (0 if request.minutes <= BALANCE_SHORT_MINUTES else BALANCE_SECONDS) + (
                POWER_SECONDS if request.older else 0
            )
        # An endurance week with aerobic days of its own does its aerobic work there: its strength days
        # lift (the ninth review: 2 strength days of 50 minutes gave 22 of them to the bike, chest got 3 sets).
        # Any week with aerobic days of its own (endurance, short fat-loss weeks, beginners' and older adults'
        # extra days) does its aerobic work there, unless a heart answer prescribes some every session (the
        # thirteenth review: an advanced 70-year-old's 45-minute strength days gave 11 minutes to the bike
        # beside two aerobic days, and pulling got 3 sets a week).
        kinds = [day.kind for day in request.split()[1]]
        has_aerobic = "aerobic" in kinds
        short = request.minutes < ENDURANCE_LIFT_AND_BLOCK_MINUTES
        # A short zone-2 block after lifting where aerobic days are no more than strength days (3 days: 2 + 1; 4 days:
        # 2 + 2, review 24: two long heavy strength days and two aerobic sessions were a strength week); with more
        # aerobic days than strength days (6 days: 2 + 4) the strength days lift (the eighth review).
        few = kinds.count("aerobic") <= kinds.count("lifting")
        finisher = has_aerobic and short and few and request.goal == "endurance"
        # An endurance week with more aerobic days than strength days lifts on its strength days however
        # long they are (the eighteenth review: 6 x 75 with four aerobic days gave half of each strength day to the
        # bike, and the back squat one set).
        lifts_only = has_aerobic and not few and request.goal == "endurance"
        aerobic_days = has_aerobic and (short or lifts_only) and not request.heart_prescription and not finisher
        if self.conditioning and not aerobic_days and (pool is None or modalities(pool, request)):
            # Strength floors first where conditioning is the side dish: a walk never takes the minutes
            # the week's hard sets need (a 45-minute session for an older adult is lifting and balance).
            # Where it is the goal (endurance, fat loss) or the heart's prescription (a PAR-Q user, whose
            # aerobic work is the core of cardiac rehabilitation), the block keeps its minutes.
            primary_aerobic = request.goal in ("endurance", "fat_loss")
            # Fat loss or endurance asked for as a second goal keeps its block too (the twelfth review's hunt:
            # general fitness and fat loss at 4 x 46 minutes had no aerobic work at all).
            asked = bool({"endurance", "fat_loss"} & set(request.goals))
            # All-round fitness is strength and aerobic work both (ACSM's Guidelines): its block is part of the goal,
            # not what the floors leave over (the fifteenth review: "All-round fitness: strength" with no cardio).
            all_round = request.goal == "general_fitness"
            aerobic_first = asked or request.heart_prescription or all_round
            # An endurance week of as many aerobic days as strength days (4 days: 2 + 2) ends its strength days with an
            # easy ride or run after the floors' sets: a third and fourth aerobic session in a shorter strength day.
            even = finisher and kinds.count("aerobic") == kinds.count("lifting")
            need = 0 if self.mobility_program or (aerobic_first and not even) else floor_seconds(request)
            room = budget - seconds - need
            # An endurance athlete's session is mostly aerobic; a PAR-Q user's walk leaves room for the
            # resistance work cardiac rehabilitation also prescribes.
            share = (
                EVEN_WEEK_FINISHER_SHARE
                if even
                else ENDURANCE_FINISHER_SHARE
                if finisher
                else 0.6
                if request.goal == "endurance"
                else 0.35
                if request.heart_prescription and not primary_aerobic
                else 0.3
                if all_round and not asked  # fat loss or endurance asked too: the share `block_fits` counts on
                else 0.4
            )
            cap = int(budget * share)
            if request.heart_prescription:
                # The walk is the prescription (blood pressure, the heart): a short session still holds one of useful
                # length (the fifteenth review: a 71-year-old on blood-pressure medicine had none in 3 x 30).
                cap = max(cap, MIN_BLOCK_MINUTES * 60)
            block = min(block_minutes(request) * 60, cap, room)
            seconds += block if block >= MIN_BLOCK_MINUTES * 60 else 0
        short_mobility = self.mobility_program and request.minutes <= SHORT_SESSION_MINUTES
        floor = 2 * 60 if short_mobility else MIN_LIFTING_SECONDS // 2 if self.mobility_program else MIN_LIFTING_SECONDS
        return max(0, min(seconds, budget - ramp - floor))


def home(request: Request) -> bool:
    """No loadable equipment: bodyweight (and bands, a bench or a bar) only."""
    return not (request.equipment & LOADED_EQUIPMENT)


def choose(request: Request) -> Template:
    """The template for this request (goal, level, days, equipment, age, PAR-Q, injuries)."""
    if request.clearance_first:
        return Template(
            "clearance_first",
            "Medical clearance first",
            "You answered yes to a PAR-Q question about your heart, chest pain or dizziness. Those answers mean "
            "a physician should see you before you start training (ACSM pre-participation screening), so this "
            "plan holds: gentle breathing and mobility only, no workouts, until you are cleared. Once a "
            "physician has cleared you, tick that in your profile and Vigor writes your full plan.",
            hold=True,
        )
    if request.rehab_first:
        return Template(
            "rehab_first",
            "Physiotherapy assessment first",
            "Several areas are severely injured. Training around that many injuries needs a physiotherapist's "
            "assessment first; until then this plan keeps you moving with each injured area's rehab basics (gentle, "
            "pain-free), an easy walk or ride where your legs allow one, and gentle mobility, and Vigor writes your "
            "strength plan when your injuries are updated.",
            conditioning=True,
            hold=True,
        )
    conditioning = bool(block_minutes(request))
    if request.goal == "mobility":
        return Template(
            "mobility",
            "Mobility program with supporting strength",
            "Mobility improves with regular, unhurried end-range work (2-4 holds of 10-60 s per area, ACSM) and "
            "stays when the new range is also made strong, so each session is mostly a mobility program, with "
            "light strength work through full ranges" + (" and a balance drill." if request.older else "."),
            mobility_program=True,
            balance=request.older,
        )
    if request.older:
        return Template(
            "older_adult",
            "Older adult: strength, balance and power",
            "At 65 and over, muscle strength, power and balance are what keep daily life easy and falls away "
            "(ACSM/AHA; NSCA position statement 2019): two or three full-body strength sessions, a balance "
            "drill every session, quick-but-controlled lifting for power, and no jumping or impact.",
            conditioning=True,
            balance=True,
        )
    if request.goal == "endurance":
        return Template(
            "endurance",
            "Endurance: strength plus zone 2 and intervals",
            "Endurance is built mostly with easy zone-2 work and a little hard interval work (polarised "
            "training, Seiler 2010); two or three strength sessions a week make that work cheaper and protect "
            "the joints.",
            conditioning=True,
        )
    if request.goal == "fat_loss":
        return Template(
            "fat_loss",
            "Fat loss: full-body strength plus conditioning",
            "Fat loss comes from the diet; training keeps the muscle while it happens. Strength work at "
            "moderate reps keeps that signal, and a bounded conditioning block adds energy use without eating "
            "into recovery.",
            conditioning=True,
        )
    if home(request) and request.goal in ("strength", "hypertrophy", "general_fitness"):
        return Template(
            "home_bodyweight",
            "Home training: bodyweight progressions"
            if not request.equipment & {"resistance_bands"}
            else "Home training: bodyweight and band progressions",
            "Without weights, progress comes from harder variations (push-up, then decline, then archer) and "
            "from reps close to failure, which builds muscle about as well as heavier loads (Schoenfeld et al. "
            "2017).",
            conditioning=conditioning,
        )
    if request.level == "beginner" and request.goal in ("strength", "general_fitness"):
        return Template(
            "beginner_linear",
            "Beginner full-body linear progression",
            "As a beginner you can add a little load every session for months: a few basic lifts trained "
            "three times a week, with small, steady jumps (the novice linear progression of ACSM 2009 and "
            "programs like Starting Strength).",
            conditioning=conditioning,
        )
    if request.goal == "strength":
        if request.waves and "barbell" in request.equipment:
            return Template(
                "strength_wave",
                "Strength: training-max waves with supplemental work",
                "Advanced lifters progress over weeks, not sessions: main lifts follow a 3-week wave of "
                "percentages of a training max with a last set for as many good reps as you can, then a "
                "deload (5/3/1-style, Wendler), with back-off sets for volume; the day's other lifts are "
                "supplemental and assistance work at moderate reps.",
                conditioning=conditioning,
            )
        return Template(
            "strength_top_backoff",
            "Strength: top set and back-off sets",
            "One heavy top set a session drives strength; back-off sets at about 90% of it add practice and "
            "volume without grinding every set (ACSM 2009: 1-6 reps at high loads for strength).",
            top_sets=True,
            conditioning=conditioning,
        )
    if request.goal == "hypertrophy":
        split, _ = request.split()
        if split == "full_body":
            return Template(
                "full_body_hypertrophy",
                "Full-body hypertrophy",
                "With three lifting days or fewer, training every muscle each session reaches the twice-a-week "
                "frequency and the weekly sets that growth responds to (Schoenfeld et al. 2016, 2017).",
                conditioning=conditioning,
            )
        if split == "upper_lower":
            return Template(
                "upper_lower",
                "Upper/lower hypertrophy",
                "Four days fit an upper/lower split: every muscle twice a week with room for enough sets per "
                "session (Schoenfeld et al. 2016, 2017).",
                conditioning=conditioning,
            )
        return Template(
            "push_pull_legs",
            "Push/pull/legs hypertrophy",
            "Five or six days fit push/pull/legs: each muscle about twice a week, sessions focused enough to "
            "keep every set productive (Schoenfeld et al. 2017).",
            conditioning=conditioning,
        )
    return Template(
        "general",
        "All-round fitness: strength plus conditioning",
        "All-round fitness needs both strength (2-3 sessions a week for every major muscle) and aerobic work "
        "(ACSM's Guidelines): each session trains the main movement patterns and ends with a short "
        "conditioning block.",
        conditioning=True,
    )
