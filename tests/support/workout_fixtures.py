"""Plans and sessions for the workouts tests."""

from __future__ import annotations

from typing import Any


def plan_body(name: str = "My plan", days: tuple[int, ...] = (0, 2, 4)) -> dict[str, Any]:
    """A hand-made plan (PlanCreate) with one barbell day per weekday index."""
    exercise = {
        "exercise_id": "barbell-back-squat", "name": "Barbell back squat", "sets": 3, "reps_min": 5,
        "reps_max": 8, "target_rpe": 8, "rest_seconds": 150,
    }  # fmt: skip
    bench = {**exercise, "exercise_id": "barbell-bench-press", "name": "Barbell bench press"}
    return {
        "name": name, "goal": "strength", "split": "full_body",
        "days": [{"day_index": d, "name": f"Day {i + 1}", "focus": "full body", "estimated_minutes": 45,
                  "exercises": [exercise, bench]} for i, d in enumerate(days)],
        "warmup": [{"name": "Bike", "duration_seconds": 300}], "cooldown": [{"name": "Walk", "duration_seconds": 180}],
        "progression": {"summary": "Add reps, then load.", "load_step_pct_min": 2.5, "load_step_pct_max": 5,
                        "deload_every_weeks": 5, "deload_guidance": "Halve the sets."},
        "rationale": "Simple strength work.", "safety_notes": [],
    }  # fmt: skip


def session_body(
    started_at: str, sets: list[tuple[str, int, float, float | None]], day_index: int | None = 0
) -> dict[str, Any]:
    """A session log; `sets` are (exercise_id, reps, weight_kg, rpe), grouped by exercise in order."""
    exercises: list[dict[str, Any]] = []
    for exercise_id, reps, weight, rpe in sets:
        if not exercises or exercises[-1]["exercise_id"] != exercise_id:
            exercises.append({"exercise_id": exercise_id, "sets": []})
            if exercise_id.startswith("custom:"):
                exercises[-1]["name"] = "My custom lift"
        exercises[-1]["sets"].append({"reps": reps, "weight_kg": weight, "rpe": rpe, "completed": True})
    return {"day_index": day_index, "started_at": started_at, "duration_minutes": 50, "exercises": exercises}
