"""/api/ai: plan generation through the queue, the coach (chat, stream, history), daily message, analysis.

Thin: parse, call one handler in shared.coach, map the result. Streaming answers are Server-Sent
Events: `token` {text}, then `done` {conversation_id, message_id, user_message_id, provider, model, safety}
or `error` {detail, partial, partial_text?} (a cut answer is kept and stored, marked partial). An answer
the safety policy stopped sends `stopped` {safety, detail} before `done`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import Header, Query, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.responses import AI_QUOTA, NOT_FOUND, problem
from functions.http.routing import PrefixRouter
from shared.coach import analysis, chat, daily, messages
from shared.coach.chat import CoachEvent
from shared.coach.plan_job import PlanRequest, request_plan
from shared.llm.prompts import MAX_USER_CHARS
from shared.plans.recommendations import NextTarget, Recommendations

router = PrefixRouter(prefix="/ai", tags=["ai"])


class JobAccepted(BaseModel):
    job_id: str
    status_url: str


class ChatRequest(BaseModel):
    message: str = Field(min_length=1, max_length=MAX_USER_CHARS)
    conversation_id: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")


class ChatReply(BaseModel):
    reply: str
    conversation_id: str
    provider: str
    message_id: str
    model: str
    user_message_id: str
    safety: str | None = Field(
        default=None,
        description="the safety-policy category when Vigor's rules answered "
        "or replaced the model's answer (e.g. self_harm, ped, crash_diet)",
    )


class CoachMessagePublic(BaseModel):
    id: str
    conversation_id: str
    role: Literal["user", "assistant", "daily"]
    content: str
    provider: str
    partial: bool
    created_at: str
    safety: str | None = None


class CoachHistory(BaseModel):
    items: list[CoachMessagePublic]
    next_cursor: str | None


class DailyMessagePublic(BaseModel):
    date: str = Field(description="the caller's local date")
    status: Literal["ready", "pending", "scheduled"]
    scheduled_hour: int
    message: str | None
    id: str | None = None
    provider: str | None = None
    created_at: str | None = None


class AnalysisRequest(BaseModel):
    session_id: str = Field(min_length=1, max_length=64)


class AnalysisPublic(BaseModel):
    session_id: str
    summary: str
    provider: str
    volume_kg: float
    previous_session_id: str | None
    previous_volume_kg: float | None
    volume_change_pct: float | None
    personal_records: list[dict[str, Any]]
    next_targets: list[NextTarget]


def _message(m: messages.CoachMessage) -> CoachMessagePublic:
    return CoachMessagePublic(id=m.id, conversation_id=m.conversation_id, role=m.role, content=m.content,
                              provider=m.provider, partial=m.partial, created_at=m.created_at,
                              safety=m.safety)  # fmt: skip


IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key", min_length=1, max_length=255, pattern=r"^[\x21-\x7e]+$",
        description="Any unique string per intended request (a UUID): retrying with the same key returns the "
        "same job and takes no second AI request; reusing it for a different body is 409.",
    ),
]  # fmt: skip
_PLAN_CONFLICT = problem(409, "No fitness profile yet, or the Idempotency-Key was used for a different request")


@router.post("/generate-workout", operation_id="generateWorkout", status_code=status.HTTP_202_ACCEPTED,
             response_model=JobAccepted, responses=AI_QUOTA | _PLAN_CONFLICT)  # fmt: skip
async def generate_workout(
    body: PlanRequest, user: CurrentUser, services: ServicesDep, idempotency_key: IdempotencyKey = None
) -> JobAccepted:
    """Ask for a plan: one AI request is reserved now (429 with Retry-After when the quota cannot take it),
    the plan is made by a queue job (poll `status_url`) that never fails for quota. Send an
    `Idempotency-Key` to retry safely."""
    job = await request_plan(services, user, body, idempotency_key)
    return JobAccepted(job_id=job["id"], status_url=f"/api/jobs/{job['id']}")


@router.post("/chat", operation_id="chat", response_model=ChatReply, responses=NOT_FOUND | AI_QUOTA)
async def chat_once(body: ChatRequest, user: CurrentUser, services: ServicesDep) -> ChatReply:
    """One answer from the coach, from the caller's own figures; continues `conversation_id` when given."""
    r = await chat.chat(services, user, body.message, body.conversation_id)
    return ChatReply(reply=r.reply, conversation_id=r.conversation_id, provider=r.provider, model=r.model,
                     message_id=r.message_id, user_message_id=r.user_message_id, safety=r.safety)  # fmt: skip


def _sse(event: CoachEvent) -> bytes:
    return f"event: {event.event}\ndata: {json.dumps(event.data, ensure_ascii=False)}\n\n".encode()


_EVENT_STREAM = {
    200: {"description": "Server-Sent Events: token*, then done or error", "content": {"text/event-stream": {}}}
}


@router.post("/chat/stream", operation_id="chatStream", responses=_EVENT_STREAM | NOT_FOUND | AI_QUOTA)
async def chat_stream(body: ChatRequest, user: CurrentUser, services: ServicesDep) -> StreamingResponse:
    """The coach's answer as Server-Sent Events. Quota and conversation errors come back before the stream."""
    events = chat.chat_stream(services, user, body.message, body.conversation_id)
    first = await anext(events)  # 404 / 429 surface here, as problem+json

    async def body_bytes() -> AsyncIterator[bytes]:
        try:
            yield _sse(first)
            async for event in events:
                yield _sse(event)
        finally:
            await events.aclose()

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(body_bytes(), media_type="text/event-stream", headers=headers)


@router.get("/history", operation_id="listCoachHistory", response_model=CoachHistory)
async def history(
    user: CurrentUser, services: ServicesDep,
    conversation_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
) -> CoachHistory:  # fmt: skip
    """The caller's coach messages, newest first (daily messages included, conversation `daily`)."""
    found, next_cursor = await messages.history(services.store, user.user_id, conversation_id, limit, cursor)
    return CoachHistory(items=[_message(m) for m in found], next_cursor=next_cursor)


@router.get("/daily-message", operation_id="getDailyMessage", response_model=DailyMessagePublic)
async def daily_message(user: CurrentUser, services: ServicesDep) -> DailyMessagePublic:
    """Today's message in the caller's time zone; `status` says whether it is ready, on its way, or due later."""
    view = await daily.todays_message(services.store, user.user_id)
    m = view.message
    return DailyMessagePublic(
        date=view.date, status=view.status, scheduled_hour=view.scheduled_hour, message=m.content if m else None,
        id=m.id if m else None, provider=m.provider if m else None, created_at=m.created_at if m else None,
    )  # fmt: skip


@router.get("/recommendations", operation_id="getRecommendations", response_model=Recommendations)
async def recommendations(user: CurrentUser, services: ServicesDep) -> Recommendations:
    """Next-session targets (load, reps) and recovery advice from the caller's logs."""
    return await analysis.current_recommendations(services, user.user_id)


@router.post("/workout-analysis", operation_id="analyseWorkout", response_model=AnalysisPublic, responses=NOT_FOUND)
async def workout_analysis(body: AnalysisRequest, user: CurrentUser, services: ServicesDep) -> AnalysisPublic:
    """Feedback on one logged session: records set, volume against last time, what to change next."""
    a = await analysis.analyse(services, user, body.session_id)
    return AnalysisPublic(
        session_id=a.session_id, summary=a.summary, provider=a.provider, volume_kg=a.volume_kg,
        previous_session_id=a.previous_session_id, previous_volume_kg=a.previous_volume_kg,
        volume_change_pct=a.volume_change_pct, personal_records=a.personal_records, next_targets=a.next_targets,
    )  # fmt: skip
