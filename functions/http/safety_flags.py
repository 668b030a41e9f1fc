"""/api/users/me/safety-flags: what Vigor inferred from the caller's messages for safety, and clearing one."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Path, Query, Response, status
from pydantic import BaseModel, Field

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.coach import flag_list

router = PrefixRouter(prefix="/users", tags=["users"])

Category = Literal["minor", "pregnancy", "urgent", "self_harm", "eating_disorder"]


class SafetyFlagPublic(BaseModel):
    category: Category
    label: str = Field(
        description='What Vigor inferred, in plain words ("Urgent symptoms: chest pain or heart symptoms")'
    )
    since: str = Field(description="The day it was set (UTC date)")
    until: str = Field(description="The last day it counts unless said again (UTC date)")
    source: Literal["chat", "session_note", "workout_notes", "coach_answer"]
    source_label: str = Field(description='Where it was written ("in a session\'s notes")')
    words: str | None = Field(None, description="What you wrote (up to 280 characters); absent for older flags")
    effect: str = Field(description="What it changes in the coach's answers")
    hard_stop: bool = Field(description="Urgent symptoms or a crisis: clearing needs confirm=true")
    clearing_means: str = Field(description="What clearing it does and does not do")
    confirmed: bool = Field(
        True, description="False: said in a chat, shapes only that chat until you confirm it (a pregnancy)"
    )


class SafetyFlagList(BaseModel):
    items: list[SafetyFlagPublic]


@router.get("/me/safety-flags", operation_id="listSafetyFlags", response_model=SafetyFlagList)
async def list_safety_flags(user: CurrentUser, services: ServicesDep, response: Response) -> SafetyFlagList:
    """The safety flags Vigor inferred from what you wrote (a possible pregnancy, urgent symptoms, ...) that still
    shape the coach's answers: when, where and why (your own words), newest first."""
    response.headers["Cache-Control"] = "no-store"
    found = await flag_list.list_flags(services, user.user_id)
    return SafetyFlagList(items=[SafetyFlagPublic.model_validate(f, from_attributes=True) for f in found])


@router.delete(
    "/me/safety-flags/{category}",
    operation_id="clearSafetyFlag",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(404, "No such flag is active") | problem(422, "No reason, or a hard stop without confirm=true"),
)
async def clear_safety_flag(
    category: Annotated[Category, Path()],
    user: CurrentUser,
    services: ServicesDep,
    reason: Annotated[flag_list.Reason, Query(description="Why the flag is wrong")],
    confirm: Annotated[bool, Query(description="Required for a hard stop, after reading `clearing_means`")] = False,
) -> Response:
    """Clear a flag that is wrong ("that was about my friend"): the coach stops assuming it and the same note never
    sets it again. Audited (the reason only). A hard stop (urgent symptoms, a crisis) needs confirm=true; clearing
    never changes your health questionnaire (PAR-Q)."""
    await flag_list.clear_flag(services, user, category, reason, confirm)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/me/safety-flags/{category}/confirm",
    operation_id="confirmSafetyFlag",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(404, "No such flag is waiting for confirmation"),
)
async def confirm_safety_flag(
    category: Annotated[Category, Path()], user: CurrentUser, services: ServicesDep
) -> Response:
    """Confirm a flag the coach asked you about (a pregnancy you told in a chat): every answer takes it into account
    from now on, not only that chat. Remove it with DELETE when it is not about you. Audited (no health data)."""
    await flag_list.confirm_flag(services, user, category)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
