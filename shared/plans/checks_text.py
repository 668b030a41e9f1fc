"""The plan validator's checks on free text: what a plan says must be as safe as what it prescribes.

Every text a writer (an LLM above all) puts in a plan is read with Vigor's output policy
(shared.safety.outputs): the name, rationale, safety notes, volume note, progression texts, day
names, foci and time notes, exercise names and notes, the names and notes of every warm-up and cool-down
step. A sentence that dismisses
medical clearance, tells people to ignore pain or chest symptoms, doses drugs, sets a crash diet,
encourages purging, diagnoses, or (for a PAR-Q flag) asks for all-out efforts is removed, and the
removal is listed as a repair the user sees. Vigor's own PAR-Q, clearance and injury notes
(explain.safety_notes) are then put first in `safety_notes`, whatever the writer wrote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shared.exercises.catalog import find_exercise
from shared.plans import explain
from shared.safety import plan_harm
from shared.safety.outputs import normalised, unsafe_sentences

if TYPE_CHECKING:
    from shared.plans.validator import Context

MAX_SAFETY_NOTES = 20
_WHY = {
    "clearance": "dismissed medical clearance", "ignore_symptoms": "told you to train through warning signs",
    "ped": "mentioned performance drugs", "crash_diet": "suggested an unsafe diet",
    "eating_disorder": "suggested compensating for eating", "self_harm": "was unsafe",
    "system_prompt": "repeated internal instructions", "diagnosis": "gave medical advice",
    "max_effort": "asked for maximal efforts despite your health screening",
}  # fmt: skip
_FALLBACK = {"rationale": "A plan written to your goals, equipment and schedule, checked by Vigor's rules."}


def _clean(ctx: Context, text: str, where: str, day: int | None = None, exercise: str | None = None) -> str:
    """`text` without its unsafe sentences; each removal recorded as a repair (read and kept `normalised`: no
    invisible character hides a number from the check and then shows it)."""
    text = normalised(text)
    found = unsafe_sentences(text, par_q=ctx.request.par_q, in_plan=True)
    # rr12 kind 1 in plans (hAL): weight loss for someone underweight, a doctor's heart-rate cap passed, carrying on
    # through faintness, fasting after a binge or for days, alcohol before training, in plain words.
    plain = [(s, plan_harm.REASONS[k]) for s, k in _plain_harms(text, ctx.request.harm_context)]
    if not found and not plain:
        return text
    kept = text
    for sentence, _ in [*found, *plain]:
        kept = kept.replace(sentence, "")
    reasons = sorted({_WHY[c] for _, c in found} | {reason for _, reason in plain})
    ctx.repair("unsafe_text", f"Removed text from the {where} that {' and '.join(reasons)}.", day, exercise)
    return " ".join(kept.split())


def _plain_harms(text: str, context: frozenset[str]) -> list[tuple[str, str]]:
    return plan_harm.harms(text, context) if text else []


def check_free_text(ctx: Context, data: dict[str, Any]) -> None:
    """Remove unsafe sentences everywhere; put Vigor's own safety notes first (see the module docstring).

    The engine's own plans skip the sentence checks (its texts are Vigor's, pinned by a property test in
    tests/unit/test_plan_text_safety.py), which keeps validation fast; every other writer is checked.
    """
    own = explain.safety_notes(
        ctx.request, [[(i["role"], i["exercise_id"]) for i in day["exercises"]] for day in data["days"]]
    )
    if (data.get("source") or {}).get("provider") == "engine":
        _own_notes_first(ctx, data, own, list(data["safety_notes"]))
        return
    for key, where in (("name", "plan name"), ("rationale", "rationale"), ("volume_note", "volume note")):
        cleaned = _clean(ctx, data[key], where)
        data[key] = cleaned or _FALLBACK.get(key, "Your plan" if key == "name" else "")
    progression = data["progression"]
    for key in ("summary", "deload_guidance"):
        progression[key] = _clean(ctx, progression[key], "progression") or "Vigor's progression rules apply."
    notes = [note if note in own else _clean(ctx, note, "safety notes") for note in data["safety_notes"]]
    # The session's warm-up and cool-down steps (rred2 D3: "skip breakfast and fluids" in a warm-up note, "eat nothing
    # until the next morning" in a cool-down note were kept): every step's name and notes, like every other text.
    for key, where in (("warmup", "warm-up"), ("cooldown", "cool-down")):
        for item in data.get(key) or []:
            _clean_step(ctx, item, where)
    for day in data["days"]:
        index = day["day_index"]
        for key, where in (("name", "day name"), ("focus", "day focus"), ("time_note", "day's time note")):
            day[key] = _clean(ctx, day[key], where, index) or (f"Day {index + 1}" if key == "name" else "")
        for item in day.get("warmup") or []:
            _clean_step(ctx, item, "warm-up", index)
        for item in day["exercises"]:
            item["notes"] = _clean(ctx, item["notes"], f"notes for {item['name']}", index, item["exercise_id"])
            named = item["name"]
            if unsafe_sentences(named, par_q=ctx.request.par_q, in_plan=True) or _plain_harms(
                named, ctx.request.harm_context
            ):  # a name is the catalog's
                known = find_exercise(item["exercise_id"])
                item["name"] = known.name if known is not None else "Exercise"
                ctx.repair(
                    "unsafe_text", "Replaced an exercise name that carried unsafe advice.", index, item["exercise_id"]
                )
    _own_notes_first(ctx, data, own, notes)


def _clean_step(ctx: Context, item: dict[str, Any], where: str, day: int | None = None) -> None:
    """A warm-up or cool-down step's name and notes without unsafe sentences (a name left empty is a plain one)."""
    item["notes"] = _clean(ctx, item.get("notes", ""), f"{where} notes", day)
    item["name"] = _clean(ctx, item.get("name", ""), f"{where} step name", day) or where.capitalize()


def _own_notes_first(ctx: Context, data: dict[str, Any], own: list[str], notes: list[str]) -> None:
    """Vigor's own PAR-Q, clearance and injury notes first, the writer's after them."""
    others = [n for n in notes if n and n not in own]
    if [n for n in own if n not in notes]:
        ctx.repair("safety", "Added Vigor's own health-screening and injury notes.")
    data["safety_notes"] = (own + others)[:MAX_SAFETY_NOTES]
