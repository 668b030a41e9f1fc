"""/api/feedback: plan ratings, per-exercise feedback and votes on coach answers (thin routes over
`shared.feedback`; what each changes is said there and in the answers)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import status
from pydantic import BaseModel, ConfigDict, Field

from functions.http.deps import ConsentedUser, CurrentUser, ServicesDep
from functions.http.responses import NOT_FOUND, problem
from functions.http.routing import PrefixRouter
from shared.errors import FieldError, InvalidInput
from shared.feedback import coach, exercises, painful
from shared.feedback import plans as plan_feedback
from shared.profile.model import InjuryArea

router = PrefixRouter(prefix="/feedback", tags=["feedback"])
Comment = Annotated[str | None, Field(default=None, max_length=500, description="in your words (optional)")]
_TOO_EARLY = problem(409, "A first-week rating before the plan is a week old")


class PlanFeedbackCreate(BaseModel):
    """A rating of one of your plans: `made` when you get it, `first_week` once you have trained on it a week."""

    model_config = ConfigDict(extra="forbid")

    rating: int = Field(ge=1, le=5, strict=True, description="1 (poor) to 5 (great)")
    stage: plan_feedback.Stage = "made"
    tags: list[plan_feedback.PlanTag] = Field(default_factory=list, max_length=8, description="why, in tags")
    comment: Comment = None


class PlanFeedbackPublic(BaseModel):
    plan_id: str
    stage: plan_feedback.Stage
    rating: int
    tags: list[str]
    comment: str | None
    created_at: datetime


class ExerciseFeedbackCreate(BaseModel):
    """How an exercise went: too easy or too hard (the next target moves), painful (a substitute is suggested),
    disliked or no equipment (left out of swaps and new plans)."""

    model_config = ConfigDict(extra="forbid")

    exercise_id: str = Field(min_length=1, max_length=80, description="a catalog id or one of your custom ones")
    kind: exercises.ExerciseFeel
    session_id: str | None = Field(default=None, min_length=1, max_length=80, description="the session, if logged")
    area: InjuryArea | None = Field(default=None, description="where it hurt (painful only; else the exercise's)")
    comment: Comment = None


class Substitute(BaseModel):
    exercise_id: str
    name: str
    why: str


class InjuryQuestion(BaseModel):
    """Vigor does not change your profile itself: add the injury there (PUT /api/users/profile) if you agree."""

    areas: list[str]
    question: str


class ExerciseFeedbackPublic(BaseModel):
    """The answer stored, what Vigor now does with it (`effect`), and for `painful` a substitute that spares
    the area, a question about adding an injury to your profile, and when to see someone."""

    id: str
    exercise_id: str
    name: str
    kind: exercises.ExerciseFeel
    session_id: str | None
    area: str | None
    created_at: datetime
    effect: str
    substitute: Substitute | None = None
    injury_question: InjuryQuestion | None = None
    advice: str | None = None


class CoachFeedbackCreate(BaseModel):
    """A vote (`rating`), a report, or both, on one of the coach's answers to you."""

    model_config = ConfigDict(extra="forbid")

    rating: coach.Vote | None = None
    report: bool = Field(default=False, strict=True, description="report the answer for review")
    reason: coach.ReportReason | None = Field(default=None, description="why it is reported")
    comment: Comment = None


class CoachFeedbackPublic(BaseModel):
    message_id: str
    rating: coach.Vote | None
    reported: bool
    reason: coach.ReportReason | None
    updated_at: datetime


_EFFECTS = {
    "too_easy": "Your next target for {name} goes up sooner.",
    "too_hard": "Your next target for {name} holds, or steps down if it was already holding.",
    "painful": "Your next target for {name} is lighter (or held), never heavier, until you log it again.",
    "disliked": "{name} is left out of swaps and your next plans (say something else about it to have it back).",
    "no_equipment": "{name} is left out of swaps and your next plans (say something else about it to have it back).",
}


@router.post("/plans/{plan_id}", operation_id="ratePlan", response_model=PlanFeedbackPublic,
             responses=NOT_FOUND | _TOO_EARLY)  # fmt: skip
async def rate_plan(
    plan_id: str, body: PlanFeedbackCreate, user: CurrentUser, services: ServicesDep
) -> PlanFeedbackPublic:
    """Rate one of your plans 1-5 with reason tags; rating a stage again replaces that stage's rating."""
    made = await plan_feedback.rate_plan(services.store, user.user_id, plan_id, body.stage, body.rating,
                                         tuple(body.tags), body.comment, services.clock())  # fmt: skip
    return PlanFeedbackPublic(plan_id=made.plan_id, stage=made.stage, rating=made.rating, tags=list(made.tags),
                              comment=made.comment, created_at=datetime.fromisoformat(made.created_at))  # fmt: skip


@router.post("/exercises", operation_id="giveExerciseFeedback", status_code=status.HTTP_201_CREATED,
             response_model=ExerciseFeedbackPublic, responses=NOT_FOUND)  # fmt: skip
async def give_exercise_feedback(
    body: ExerciseFeedbackCreate, user: ConsentedUser, services: ServicesDep
) -> ExerciseFeedbackPublic:
    """Say how an exercise went; the answer says what changes (404: a `session_id` that is not yours)."""
    if body.area is not None and body.kind != "painful":
        raise InvalidInput("An area goes with a painful answer only.", [FieldError("area", "only for kind painful")])
    store = services.store
    made = await exercises.record(store, user.user_id, body.exercise_id, body.kind, session_id=body.session_id,
                                  area=body.area, comment=body.comment, now=services.clock())  # fmt: skip
    answer = ExerciseFeedbackPublic(
        id=made.id, exercise_id=made.exercise_id, name=made.name, kind=made.kind, session_id=made.session_id,
        area=made.area, created_at=datetime.fromisoformat(made.created_at),
        effect=_EFFECTS[made.kind].format(name=made.name),
    )  # fmt: skip
    if made.kind == "painful":
        advice = await painful.advise(store, user.user_id, made.exercise_id, body.area)
        if advice.substitute is not None:
            answer.substitute = Substitute(exercise_id=advice.substitute.id, name=advice.substitute.name,
                                           why=advice.why)  # fmt: skip
        if advice.ask_injury:
            answer.injury_question = InjuryQuestion(areas=list(advice.areas), question=advice.question)
        answer.advice = advice.advice
    return answer


@router.post("/coach/{message_id}", operation_id="rateCoachAnswer", response_model=CoachFeedbackPublic,
             responses=NOT_FOUND)  # fmt: skip
async def rate_coach_answer(
    message_id: str, body: CoachFeedbackCreate, user: CurrentUser, services: ServicesDep
) -> CoachFeedbackPublic:
    """Thumbs up or down on one of the coach's answers to you, or report it (or both); a new vote replaces the
    last. 404 for another user's message, 422 naming `message_id` for your own question."""
    if body.rating is None and not body.report:
        raise InvalidInput("Send a rating, a report, or both.", [FieldError("rating", "up or down, or report")])
    if body.reason is not None and not body.report:
        raise InvalidInput("A reason goes with a report.", [FieldError("reason", "only with report: true")])
    made = await coach.rate_answer(services.store, user.user_id, message_id, body.rating, body.report, body.reason,
                                   body.comment, services.clock())  # fmt: skip
    return CoachFeedbackPublic(message_id=made.message_id, rating=made.rating, reported=made.reported,
                               reason=made.reason, updated_at=datetime.fromisoformat(made.updated_at))  # fmt: skip
