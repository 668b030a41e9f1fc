"""The user's notification preferences: one `notification_prefs` document in the users container.

Fields (all in the user's local time, the profile's time zone):
  daily_message       bool, push the daily coach message at the profile's `daily_message_hour` (default off)
  workout_reminders   bool, push a reminder on the active plan's training days at `reminder_hour` (default off)
  reminder_hour       0-23, the workout-day reminder's hour (default 8)
  quiet_hours         {start_hour, end_hour} 0-23, nothing is pushed from start up to (not including) end,
                      across midnight when start > end; null for none (default 22 to 7)
  workout_time        "HH:MM", when the user usually trains: the calendar feed's event start (default "18:00")
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.errors import NotFound
from shared.store import containers
from shared.store.port import DocumentStore

USERS = containers.USERS.name
TYPE = "notification_prefs"
DOC_ID = "notification_prefs"


class QuietHours(BaseModel):
    """Hours with no pushes: [start_hour, end_hour) in local wall-clock time, wrapping past midnight."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start_hour: int = Field(ge=0, le=23, strict=True)
    end_hour: int = Field(ge=0, le=23, strict=True)

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start_hour == self.end_hour:
            raise ValueError("start_hour and end_hour must differ (send null for no quiet hours)")
        return self

    def contains(self, hour: int) -> bool:
        """Whether the local wall-clock `hour` is quiet."""
        if self.start_hour < self.end_hour:
            return self.start_hour <= hour < self.end_hour
        return hour >= self.start_hour or hour < self.end_hour


class NotificationPreferences(BaseModel):
    """What the user opted into and when (see the module docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    daily_message: bool = Field(False, strict=True)
    workout_reminders: bool = Field(False, strict=True)
    reminder_hour: int = Field(8, ge=0, le=23, strict=True)
    quiet_hours: QuietHours | None = QuietHours(start_hour=22, end_hour=7)
    workout_time: str = Field("18:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="HH:MM, 24-hour")

    @property
    def training_time(self) -> time:
        hours, minutes = self.workout_time.split(":")
        return time(int(hours), int(minutes))

    @property
    def any_push(self) -> bool:
        return self.daily_message or self.workout_reminders


async def load_preferences(store: DocumentStore, user_id: str) -> NotificationPreferences:
    """The user's preferences, or the defaults (everything off) before they chose any."""
    try:
        doc = await store.read(USERS, user_id, DOC_ID)
    except NotFound:
        return NotificationPreferences()
    return NotificationPreferences.model_validate(doc.get("preferences") or {})


async def save_preferences(store: DocumentStore, user_id: str, prefs: NotificationPreferences) -> None:
    """Replace the user's preferences (`push_opted_in` lets the hourly pass find opted-in users by an index)."""
    doc = {"id": DOC_ID, "userId": user_id, "type": TYPE, "preferences": prefs.model_dump(mode="json"),
           "push_opted_in": prefs.any_push, "updated_at": datetime.now(UTC).isoformat()}  # fmt: skip
    await store.upsert(USERS, doc)
