"""A plan as plain Markdown: for reviews, docs and an operator's terminal (`python -m shared.cli plan`).

plan_markdown(plan) -> str
"""

from __future__ import annotations

from shared.exercises.catalog import find_exercise
from shared.plans.schema import DAY_NAMES, Plan, PlanExercise
from shared.plans.warmup import drills_of


def whole_minutes(seconds: int) -> int:
    """Minutes as every screen shows them: to the nearest, halves up (the web's Math.round), so a day's title,
    its line and its note never disagree by one (the fourteenth review: "22 min" in the title, 21 on the line)."""
    return int(seconds / 60 + 0.5)


def _dose(item: PlanExercise) -> str:
    if item.progression == "training_max_wave":  # the wave sets the reps week by week (5s, 3s, 5/3/1)
        back = f" + {item.sets - 3} back-off" if item.sets > 3 else ""
        return f"3 wave sets{back}"
    if item.distance_m is not None:
        return f"{item.sets} x {item.distance_m} m"
    if item.duration_seconds is not None:
        seconds = item.duration_seconds
        length = f"{whole_minutes(seconds)} min" if seconds >= 120 else f"{seconds} s"
        return f"{item.sets} x {length}" if item.sets > 1 else length
    reps = f"{item.reps_min}" if item.reps_min == item.reps_max else f"{item.reps_min}-{item.reps_max}"
    return f"{item.sets} x {reps}"


def _line(item: PlanExercise) -> str:
    exercise = find_exercise(item.exercise_id)
    side = " (each side)" if exercise is not None and exercise.unilateral else ""
    ramp = f", {item.warmup_sets} ramp-up set{'s' if item.warmup_sets > 1 else ''} first" if item.warmup_sets else ""
    scheme = f", {item.progression.replace('_', ' ')}" if item.progression and item.role == "main" else ""
    rest = f", rest {item.rest_seconds} s" if item.rest_seconds else ""
    role = f"[{item.role}] " if item.role else ""
    role += f"({item.superset}) " if item.superset else ""
    effort = "% of training max" if item.progression == "training_max_wave" else f"RPE {item.target_rpe:g}"
    # The cue says how the sets are run (a top set then back-offs, the light day's effort): the line alone read as
    # straight sets under a "top set and back-off sets" heading (the seventeenth review).
    cue = f". {item.notes}" if item.notes else ""
    return f"- {role}**{item.name}**{side}: {_dose(item)} @ {effort}{rest}{ramp}{scheme}{cue}"


def plan_markdown(plan: Plan) -> str:
    """The whole plan: template and rationale, each day with its exercises, progression and notes."""
    method = plan.progression.method.replace("_", " ")  # "double progression", not the stored key
    lines = [f"### {plan.name}", "", f"*{plan.template or 'custom'}*; progression: {method}", ""]
    for day in plan.days:
        lines.append(f"**{DAY_NAMES[day.day_index]}: {day.name}** ({day.estimated_minutes} min): {day.focus}")
        if day.warmup:
            label = "Warm-up drills" if drills_of(day.warmup) else "Warm-up"  # an aerobic day's: its activity, easy
            lines.append(f"- {label}: " + "; ".join(f"{w.name} ({w.notes.rstrip('.')})" for w in day.warmup))
        lines += [_line(item) for item in day.exercises]
        if day.time_note:
            lines.append(f"- *{day.time_note}*")
        lines.append("")
    warm = sum(item.duration_seconds for item in plan.warmup) // 60
    cool = sum(item.duration_seconds for item in plan.cooldown) // 60
    lines.append(f"Warm-up {warm} min, cool-down {cool} min. {plan.progression.deload_guidance}")
    lines.append(f"Progression: {plan.progression.summary}")  # the wave's percentages, the load steps
    if plan.volume_note:
        lines.append(f"Volume: {plan.volume_note}")
    lines += ["", "Safety notes:", *(f"- {note}" for note in plan.safety_notes)]
    return "\n".join(lines) + "\n"
