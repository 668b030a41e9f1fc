"""Body metrics (POST/GET /api/progress/metrics): dated measurements, stored in SI units.

Document `metric:<id>`: {type: "metric", measured: utc key, metric: {...BodyMetricCreate}, created_at}.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.dates import Instant
from shared.errors import Conflict, NotFound
from shared.store.port import Document, DocumentStore
from shared.workouts.aggregates import read_or_none
from shared.workouts.keys import WORKOUTS, doc_id, new_id, now_utc, utc, utc_key
from shared.workouts.local_time import in_zone, local_bounds, user_zone
from shared.workouts.ranges import page_in_range

MEASUREMENTS = (
    "weight_kg",
    "body_fat_pct",
    "waist_cm",
    "hips_cm",
    "chest_cm",
    "arm_cm",
    "thigh_cm",
    "neck_cm",
    "resting_hr_bpm",
)


class BodyMetricFields(BaseModel):
    """When, and the measurements, each within human ranges."""

    model_config = ConfigDict(extra="forbid")

    measured_at: datetime
    weight_kg: float | None = Field(None, ge=20, le=400, strict=True)
    body_fat_pct: float | None = Field(None, ge=2, le=75, strict=True)
    waist_cm: float | None = Field(None, ge=30, le=250, strict=True)
    hips_cm: float | None = Field(None, ge=40, le=250, strict=True)
    chest_cm: float | None = Field(None, ge=40, le=250, strict=True)
    arm_cm: float | None = Field(None, ge=10, le=80, strict=True)
    thigh_cm: float | None = Field(None, ge=20, le=120, strict=True)
    neck_cm: float | None = Field(None, ge=20, le=70, strict=True)
    resting_hr_bpm: int | None = Field(None, ge=25, le=220, strict=True)
    notes: str = Field("", max_length=500)


class BodyMetricCreate(BodyMetricFields):
    """One measurement session: at least one measurement, dated within the years 2000-2100 and not in the future."""

    measured_at: Instant

    @field_validator("measured_at")
    @classmethod
    def _not_in_future(cls, value: datetime) -> datetime:
        if utc(value) > now_utc() + timedelta(days=1):
            raise ValueError("must not be in the future")
        return value

    @model_validator(mode="after")
    def _something_measured(self) -> BodyMetricCreate:
        if all(getattr(self, name) is None for name in MEASUREMENTS):
            raise ValueError(f"give at least one measurement ({', '.join(MEASUREMENTS)})")
        return self


class BodyMetricPublic(BodyMetricFields):
    """A stored measurement (read back as stored: the input rules are the create model's)."""

    id: str
    created_at: datetime


def _public(doc: Document, tz: ZoneInfo | None = None) -> BodyMetricPublic:
    """The stored measurement; with `tz`, `measured_at` on the user's clock (the same instant)."""
    metric = doc["metric"]
    if tz is not None:
        measured = datetime.fromisoformat(str(metric["measured_at"]))
        metric = {**metric, "measured_at": in_zone(measured, tz).isoformat()}
    public_id = doc["id"].split(":", 1)[1]
    return BodyMetricPublic.model_validate({**metric, "id": public_id, "created_at": doc["created_at"]})


async def add_metric(
    store: DocumentStore, user_id: str, metric: BodyMetricCreate, metric_id: str | None = None
) -> BodyMetricPublic:
    """Store one measurement. `metric_id`: the id an `Idempotency-Key` names (`shared.idempotency.derived_id`);
    when it exists already (a first attempt wrote it and died before its key recorded the answer), it is
    the answer and nothing more is written."""
    public_id = metric_id or new_id()
    doc: dict[str, Any] = {
        "id": f"metric:{public_id}", "userId": user_id, "type": "metric", "measured": utc_key(metric.measured_at),
        "metric": metric.model_dump(mode="json"), "created_at": now_utc().isoformat(timespec="seconds"),
    }  # fmt: skip
    try:
        return _public(await store.create(WORKOUTS, doc))
    except Conflict:
        if metric_id is None:
            raise
        return _public(await store.read(WORKOUTS, user_id, doc["id"]))


async def series(
    store: DocumentStore,
    user_id: str,
    start: date | datetime | None,
    end: date | datetime | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[BodyMetricPublic], str | None]:
    """The series as the API shows it: `from`/`to` on the user's calendar (`local_time.local_bounds`),
    oldest first, each `measured_at` on the user's clock."""
    tz = await user_zone(store, user_id)
    low, high = local_bounds(start, end, tz)
    items, next_cursor = await page_in_range(
        store, user_id, "metric", "measured", low, high, newest_first=False, limit=limit, cursor=cursor
    )
    return [_public(doc, tz) for doc in items], next_cursor


async def _read(store: DocumentStore, user_id: str, metric_id: str) -> Document:
    key = doc_id("metric", metric_id)
    doc = await read_or_none(store, user_id, key) if key else None
    if doc is None:
        raise NotFound("No such measurement.")
    return doc


async def get_metric(store: DocumentStore, user_id: str, metric_id: str) -> BodyMetricPublic:
    """One measurement, `measured_at` on the user's clock."""
    return _public(await _read(store, user_id, metric_id), await user_zone(store, user_id))


async def delete_metric(store: DocumentStore, user_id: str, metric_id: str) -> None:
    doc = await _read(store, user_id, metric_id)
    try:
        await store.delete(WORKOUTS, user_id, doc["id"])
    except NotFound:
        pass  # deleted meanwhile: the outcome the caller wanted
