"""/api/progress: body metrics (weight, body fat, girths, resting heart rate) over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response, status
from pydantic import BaseModel

from functions.http.deps import ConsentedUser, CurrentUser, ServicesDep
from functions.http.idempotency import KEY_CONFLICT, IdempotencyKey, once
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.dates import DayOrInstant
from shared.idempotency import derived_id
from shared.workouts import metrics
from shared.workouts.metrics import BodyMetricCreate, BodyMetricPublic

router = PrefixRouter(prefix="/progress", tags=["progress"])
_NO_METRIC = problem(404, "No such measurement (or another user's)")


class BodyMetricList(BaseModel):
    items: list[BodyMetricPublic]
    next_cursor: str | None


@router.post("/metrics", operation_id="addBodyMetric", status_code=status.HTTP_201_CREATED,
             response_model=BodyMetricPublic, responses=KEY_CONFLICT)  # fmt: skip
async def add_body_metric(
    body: BodyMetricCreate,
    user: ConsentedUser,
    services: ServicesDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> BodyMetricPublic:
    """Record measurements taken at `measured_at` (kg, cm, %, bpm). With an `Idempotency-Key` a retry
    returns the first answer and records nothing more."""

    async def make() -> BodyMetricPublic:
        made_id = derived_id(user.user_id, idempotency_key) if idempotency_key else None
        saved = await metrics.add_metric(services.store, user.user_id, body, made_id)
        response.headers["Location"] = f"/api/progress/metrics/{saved.id}"
        return saved

    return await once(
        services, user.user_id, idempotency_key, "addBodyMetric", body, response, 201, BodyMetricPublic, make
    )


@router.get("/metrics", operation_id="listBodyMetrics", response_model=BodyMetricList)
async def list_body_metrics(
    user: CurrentUser,
    services: ServicesDep,
    start: Annotated[DayOrInstant | None, Query(alias="from")] = None,
    end: Annotated[DayOrInstant | None, Query(alias="to")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
) -> BodyMetricList:
    """The series, oldest first, each `measured_at` on the user's clock (the same instant, in the offset of
    the profile's `timezone`). `from` is inclusive; `to` is exclusive, or a date includes that whole day.
    A date is a day of the user's calendar (from their local midnight); a date-time with an offset is that
    instant, one without is the user's local time. Both ISO 8601, within the years 2000-2100."""
    found, next_cursor = await metrics.series(services.store, user.user_id, start, end, limit, cursor)
    return BodyMetricList(items=found, next_cursor=next_cursor)


@router.get("/metrics/{metric_id}", operation_id="getBodyMetric", response_model=BodyMetricPublic, responses=_NO_METRIC)
async def get_body_metric(metric_id: str, user: CurrentUser, services: ServicesDep) -> BodyMetricPublic:
    """One measurement, `measured_at` on the user's clock."""
    return await metrics.get_metric(services.store, user.user_id, metric_id)


@router.delete("/metrics/{metric_id}", operation_id="deleteBodyMetric", status_code=status.HTTP_204_NO_CONTENT,
               responses=_NO_METRIC)  # fmt: skip
async def delete_body_metric(metric_id: str, user: CurrentUser, services: ServicesDep) -> None:
    """Delete one measurement."""
    await metrics.delete_metric(services.store, user.user_id, metric_id)
