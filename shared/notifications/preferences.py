"""The user's notification preferences: one `notification_prefs` document in the users container.

Fields (all in the user's local time, the profile's time zone):
  daily_message       bool, push the daily coach message at the profile's `daily_message_hour` (default off)
  workout_reminders   bool, push a reminder on the active plan's training days at `reminder_hour` (default off)
  reminder_hour       0-23, the workout-day reminder's hour (default 8)
  quiet_hours         {start_hour, end_hour} 0-23, nothing is pushed from start up to (not including) end,
                      across midnight when start > end; null for none (default 22 to 7)
  workout_time        "HH:MM", when the user usually trains: the calendar feed's event start (default "18:00")

The document also carries `push_opted_in` and `push_slot`: the UTC hour whose push-reminder run (ten past each
hour) handles the user's next push (`push_slot_for`; `shared/notifications/reminder_slots.py` reads by it).
It is computed from these preferences and the profile's time zone and message hour, so it is written again when
either is saved, and moved on by the run that handled the user (daylight saving time moves it twice a year).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.errors import NotFound
from shared.identity.profiles import load_profile
from shared.notifications import timing
from shared.profile.message_slot import next_slot_of_hours, slot_of
from shared.profile.model import FitnessProfile
from shared.store import containers
from shared.store.port import DocumentStore

USERS = containers.USERS.name
TYPE = "notification_prefs"
DOC_ID = "notification_prefs"
RUN_MINUTE = 10  # the push-reminder timer's minute past each hour (functions/timers.PUSH_REMINDERS_SCHEDULE)


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


def scheduled_hours(prefs: NotificationPreferences, daily_message_hour: int) -> list[int]:
    """The local hours at which the hourly run may owe this user a push.

    The workout reminder's (moved past quiet hours). The daily message's push only when quiet hours move it
    past the message's hour: otherwise the message's own job pushes it as soon as it is written."""
    hours = []
    if prefs.workout_reminders and (hour := timing.send_hour(prefs.reminder_hour, prefs.quiet_hours)) is not None:
        hours.append(hour)
    if prefs.daily_message:
        hour = timing.send_hour(daily_message_hour, prefs.quiet_hours)
        if hour is not None and hour != daily_message_hour:
            hours.append(hour)
    return hours


def push_slot_for(prefs: NotificationPreferences, profile: FitnessProfile, now: datetime,
                  *, open_window: bool = False) -> int | None:  # fmt: skip
    """The slot of the user's next push from `now` (None when nothing can ever be due).

    `open_window` (a save): when a push is still due at the next run (its hour passed less than
    `timing.STALE_HOURS` ago, as for a user who turns reminders on at 07:30 for 07:00), that next run's slot, so
    today's reminder is not lost until tomorrow; the run that handles it moves the slot on."""
    hours = scheduled_hours(prefs, profile.daily_message_hour)
    if open_window and hours:
        run = now.astimezone(UTC).replace(minute=RUN_MINUTE, second=0, microsecond=0)
        run = run if run >= now else run + timedelta(hours=1)
        local = run.astimezone(ZoneInfo(profile.timezone))
        if any(timing.is_due(local, hour, prefs.quiet_hours) for hour in hours):
            return slot_of(run, RUN_MINUTE)
    return next_slot_of_hours(profile.timezone, hours, now, RUN_MINUTE)


async def load_preferences(store: DocumentStore, user_id: str) -> NotificationPreferences:
    """The user's preferences, or the defaults (everything off) before they chose any."""
    try:
        doc = await store.read(USERS, user_id, DOC_ID)
    except NotFound:
        return NotificationPreferences()
    return NotificationPreferences.model_validate(doc.get("preferences") or {})


async def save_preferences(store: DocumentStore, user_id: str, prefs: NotificationPreferences,
                           now: datetime | None = None) -> None:  # fmt: skip
    """Replace the user's preferences, with the push slot the hourly run finds them by (from the profile's zone)."""
    now = now or datetime.now(UTC)
    stored = await load_profile(store, user_id)
    profile = stored.profile if stored else FitnessProfile()
    doc = {"id": DOC_ID, "userId": user_id, "type": TYPE, "preferences": prefs.model_dump(mode="json"),
           "push_opted_in": prefs.any_push, "push_slot": push_slot_for(prefs, profile, now, open_window=True),
           "updated_at": now.isoformat()}  # fmt: skip
    await store.upsert(USERS, doc)
