"""Vigor's deterministic engine as a provider: no network, no cost, always available, last in every chain.

Plans come from `shared.plans.engine.generate_plan`; chat, daily messages and analyses are
templates filled with the user's real figures (from `request.context["figures"]`): the coach's
(`shared.coach.offline`, labelled, in the user's tone) when the figures are the coach's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from shared.llm.providers.base import Provider
from shared.llm.types import FINISHED, Completion, CompletionRequest, ProviderConfig, ProviderError, StreamDelta

ENGINE_CONFIG = ProviderConfig(
    id="engine", kind="engine", model="vigor-engine", priority=10_000, timeout_s=30, max_output_tokens=4096
)

_TEMPLATES: dict[str, str] = {
    "chat": (
        "I'm running in offline coach mode right now, so here is what your own numbers say. "
        "{summary} Keep your next session at an effort you could repeat, and log it so I can adjust."
    ),
    "daily_message": "{greeting} {summary} Today: {today}",
    "analysis": "Session review. {summary} Next time: {advice}",
}


def _summary(figures: dict[str, Any]) -> str:
    parts = []
    if figures.get("sessions_this_week") is not None:
        parts.append(f"You have trained {figures['sessions_this_week']} time(s) this week.")
    if figures.get("streak_weeks"):
        parts.append(f"Your streak is {figures['streak_weeks']} week(s).")
    if figures.get("volume_kg") is not None:
        parts.append(f"Volume logged: {figures['volume_kg']:.0f} kg.")
    if figures.get("personal_records"):
        parts.append(f"New personal records: {', '.join(map(str, figures['personal_records'][:3]))}.")
    return " ".join(parts) or "You have no sessions logged yet; your first one sets the baseline."


class EngineProvider(Provider):
    kind: ClassVar[str] = "engine"

    def __init__(self, config: ProviderConfig = ENGINE_CONFIG, api_key: str = "") -> None:
        super().__init__(config, "")

    def _answer(self, request: CompletionRequest) -> Completion:
        if request.task == "plan":
            from shared.llm.structured import engine_plan

            plan = engine_plan(request.context.get("profile"), request.context.get("overrides"))
            return Completion(text="", data=plan)
        figures = dict(request.context.get("figures") or {})
        if figures.get("schema") == "coach/1":  # the coach's figures: its templates, in the user's tone
            from shared.coach.offline import render

            return Completion(text=render(request.task, figures))
        name = str(request.context.get("display_name") or "").strip()
        text = _TEMPLATES.get(request.task, "{summary}").format(
            summary=_summary(figures),
            greeting=f"Good day{', ' + name if name else ''}!",
            today=str(figures.get("today") or "a session from your plan, or a 20-minute walk on a rest day."),
            advice=str(figures.get("advice") or "add one rep per set where every set felt comfortable."),
        )
        return Completion(text=text)

    async def complete(self, request: CompletionRequest) -> Completion:
        try:
            return self._answer(request)
        except ProviderError:
            raise
        except Exception as exc:  # the engine must never take the gateway down with it
            raise ProviderError("client", f"engine could not answer ({type(exc).__name__})") from None

    async def stream(self, request: CompletionRequest) -> AsyncIterator[StreamDelta]:
        completion = await self.complete(request)
        for i, word in enumerate(completion.text.split(" ")):
            yield StreamDelta(text=word if i == 0 else " " + word)
        yield StreamDelta(tokens_in=0, tokens_out=0, finish=FINISHED)
