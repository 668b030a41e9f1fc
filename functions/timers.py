"""Timer-triggered functions (NCRONTAB: second minute hour day month weekday, UTC)."""

import azure.functions as func

from shared import telemetry
from shared.bootstrap import get_services
from shared.coach.daily_schedule import schedule_due
from shared.jobs.stranded import requeue_stranded
from shared.maintenance.aggregates import run_aggregates_check
from shared.maintenance.daily import run_daily_maintenance
from shared.notifications.reminder_slots import schedule_due_pushes

bp = func.Blueprint()  # type: ignore[no-untyped-call]  # the SDK ships no annotations for it

DAILY_MAINTENANCE_SCHEDULE = "0 30 3 * * *"  # 03:30 UTC, a quiet hour in most of Vigor's time zones
AGGREGATES_CHECK_SCHEDULE = "0 45 3 * * *"  # nightly, after the maintenance run
DAILY_MESSAGES_SCHEDULE = "0 5 * * * *"  # hourly, 5 minutes past: every time zone offset lands on some run
PUSH_REMINDERS_SCHEDULE = "0 10 * * * *"  # hourly, after the daily-message run: due pushes go on the queue
STRANDED_JOBS_SCHEDULE = "0 * * * * *"  # every minute: a job whose worker died resumes within about a minute


@bp.function_name("daily_maintenance")
@bp.timer_trigger(arg_name="timer", schedule=DAILY_MAINTENANCE_SCHEDULE, run_on_startup=False, use_monitor=True)
async def daily_maintenance(timer: func.TimerRequest) -> None:
    """Purge expired data. Correctness never depends on this having run."""
    await run_daily_maintenance(await get_services())
    telemetry.record_timer_run("daily_maintenance")  # heartbeat: an alert fires when it stops


@bp.function_name("aggregates_check")
@bp.timer_trigger(arg_name="timer", schedule=AGGREGATES_CHECK_SCHEDULE, run_on_startup=False, use_monitor=True)
async def aggregates_check(timer: func.TimerRequest) -> None:
    """Repair weekly progress of users flagged by an interrupted session write (shared/workouts/rebuild_marks)."""
    await run_aggregates_check(await get_services())
    telemetry.record_timer_run("aggregates_check")  # heartbeat: an alert fires when it stops


@bp.function_name("daily_messages_timer")
@bp.timer_trigger(arg_name="timer", schedule=DAILY_MESSAGES_SCHEDULE, run_on_startup=False, use_monitor=True)
async def daily_messages_timer(timer: func.TimerRequest) -> None:
    """Put the users of this hour's send slot on the queue in batches (shared/coach/daily_schedule.py)."""
    await schedule_due(await get_services())
    telemetry.record_timer_run("daily_messages_timer")  # heartbeat: an alert fires when it stops


@bp.function_name("stranded_jobs_timer")
@bp.timer_trigger(arg_name="timer", schedule=STRANDED_JOBS_SCHEDULE, run_on_startup=False, use_monitor=False)
async def stranded_jobs_timer(timer: func.TimerRequest) -> None:
    """Re-queue jobs whose worker died (Azure holds such a message 10 minutes; shared/jobs/stranded.py)."""
    await requeue_stranded(await get_services())
    telemetry.record_timer_run("stranded_jobs_timer")  # heartbeat: an alert fires when it stops


@bp.function_name("push_reminders_timer")
@bp.timer_trigger(arg_name="timer", schedule=PUSH_REMINDERS_SCHEDULE, run_on_startup=False, use_monitor=True)
async def push_reminders_timer(timer: func.TimerRequest) -> None:
    """Put the users whose push slot is this hour on `push-batches` (shared/notifications/reminder_slots.py)."""
    await schedule_due_pushes(await get_services())
    telemetry.record_timer_run("push_reminders_timer")  # heartbeat: an alert fires when it stops
