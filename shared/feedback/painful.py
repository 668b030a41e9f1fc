"""What Vigor answers when an exercise was painful: a substitute that spares the area, and a question.

The area is the one the user names, else the areas the catalog says the exercise loads (its
contraindications). The substitute is the swap Vigor would offer (`substitutes.candidates`) had the
profile a moderate injury there: same movement and job, the user's equipment and level, nothing they
asked to avoid. The profile is never changed here: the answer asks whether to add the injury (only for
areas the profile does not already list), and the user decides (PUT /api/users/profile).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.feedback.latest import avoided
from shared.identity.profiles import load_profile
from shared.plans import substitutes
from shared.plans.rules import PlanOverrides, resolve
from shared.plans.volume import eligible_pool
from shared.profile.model import FitnessProfile
from shared.store.port import DocumentStore

SEE_SOMEONE = ("Sharp pain, or pain that lasts after the session or comes back, is worth a visit to a doctor or "
               "physiotherapist before you load that area again.")  # fmt: skip


@dataclass(frozen=True)
class PainAdvice:
    """`areas`: where it hurt (as Vigor read it); `substitute` and `why`: the suggested swap, if any;
    `ask_injury`: whether to ask about adding the areas to the profile, and the `question` to ask."""

    areas: tuple[str, ...]
    substitute: Exercise | None
    why: str
    ask_injury: bool
    question: str
    advice: str = SEE_SOMEONE


def _words(areas: tuple[str, ...]) -> str:
    names = [a.replace("_", " ") for a in areas]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


async def advise(store: DocumentStore, user_id: str, exercise_id: str, area: str | None) -> PainAdvice:
    """The substitute and the injury question for a `painful` answer about `exercise_id`."""
    exercise = find_exercise(exercise_id)
    if area is not None:
        areas: tuple[str, ...] = (area,)
    else:
        areas = tuple(dict.fromkeys(r.area for r in exercise.contraindications)) if exercise else ()
    stored = await load_profile(store, user_id)
    profile = stored.profile if stored else FitnessProfile()
    listed = {i.area for i in profile.injuries}
    new = tuple(a for a in areas if a not in listed)
    substitute, why = None, ""
    if exercise is not None:
        request = resolve(profile, PlanOverrides(avoid=await avoided(store, user_id)))
        injuries = {a: s for a, s in request.injuries}
        for a in areas:  # at least moderate: what a moderate injury there rules out, the swap avoids
            if injuries.get(a, "mild") == "mild":
                injuries[a] = "moderate"
        spared = replace(request, injuries=frozenset(injuries.items()))
        found = substitutes.candidates(exercise, spared, eligible_pool(spared), {exercise.id})
        if found:
            substitute, why = found[0], substitutes.why(exercise, found[0])
    if new:
        question = (f"Did it hurt in your {_words(new)}? Add it to your profile's injuries and every plan, swap and "
                    "target will keep load off it.")  # fmt: skip
    elif areas:
        question = ""  # already listed: the plan already works around it
    else:
        question = "Where did it hurt? Add that area to your profile's injuries and plans will keep load off it."
    return PainAdvice(areas, substitute, why, bool(new) or not areas, question)
