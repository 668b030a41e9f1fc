"""Queue-triggered functions. Thin: decode the message, call the job service."""

from datetime import UTC, datetime

import azure.functions as func

from shared import telemetry
from shared.bootstrap import get_services
from shared.coach import daily_schedule
from shared.identity import deletion, mail
from shared.jobs.service import fail_poisoned, run_job_message
from shared.notifications import delivery, reminder_slots
from shared.queue import names
from shared.queue.port import poison_queue_name

bp = func.Blueprint()  # type: ignore[no-untyped-call]  # the SDK ships no annotations for it


def _body(msg: func.QueueMessage) -> str:
    return msg.get_body().decode("utf-8", errors="replace")


def _started(queue: str, msg: func.QueueMessage) -> None:
    """Queue age at start (the queue-age alert and the workbook read it)."""
    inserted = msg.insertion_time
    if inserted is not None:
        inserted = inserted if inserted.tzinfo else inserted.replace(tzinfo=UTC)  # the host's metadata is UTC
        telemetry.record_queue_age(queue, (datetime.now(UTC) - inserted).total_seconds())


@bp.function_name("ai_jobs")
@bp.queue_trigger(arg_name="msg", queue_name=names.AI_JOBS, connection="AzureWebJobsStorage")
async def ai_jobs(msg: func.QueueMessage) -> None:
    """Slow AI work (plans, analyses). Raising asks the host to retry; the last retry goes to poison."""
    _started(names.AI_JOBS, msg)
    await run_job_message(await get_services(), _body(msg), names.AI_JOBS, msg.id or "")


@bp.function_name("ai_jobs_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.AI_JOBS), connection="AzureWebJobsStorage")
async def ai_jobs_poison(msg: func.QueueMessage) -> None:
    """Messages that exhausted their retries: mark the job failed so the user sees why. Never raises."""
    telemetry.record_poisoned(names.AI_JOBS)
    await fail_poisoned(await get_services(), _body(msg), names.AI_JOBS, msg.id or "")


@bp.function_name("import_jobs")
@bp.queue_trigger(arg_name="msg", queue_name=names.IMPORT_JOBS, connection="AzureWebJobsStorage")
async def import_jobs(msg: func.QueueMessage) -> None:
    """A large history import read from its staged file (progress and summary on the job)."""
    _started(names.IMPORT_JOBS, msg)
    await run_job_message(await get_services(), _body(msg), names.IMPORT_JOBS, msg.id or "")


@bp.function_name("import_jobs_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.IMPORT_JOBS), connection="AzureWebJobsStorage")
async def import_jobs_poison(msg: func.QueueMessage) -> None:
    """An import that failed every retry: mark its job failed so the user sees why. Never raises."""
    telemetry.record_poisoned(names.IMPORT_JOBS)
    await fail_poisoned(await get_services(), _body(msg), names.IMPORT_JOBS, msg.id or "")


@bp.function_name("daily_messages")
@bp.queue_trigger(arg_name="msg", queue_name=names.DAILY_MESSAGES, connection="AzureWebJobsStorage")
async def daily_messages(msg: func.QueueMessage) -> None:
    """One user's daily coach message (a job; written once per local day whatever the deliveries)."""
    _started(names.DAILY_MESSAGES, msg)
    await run_job_message(await get_services(), _body(msg), names.DAILY_MESSAGES, msg.id or "")


@bp.function_name("daily_messages_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.DAILY_MESSAGES), connection="AzureWebJobsStorage")
async def daily_messages_poison(msg: func.QueueMessage) -> None:
    """A daily message that could not be written: mark its job failed (the next hourly run tries again)."""
    telemetry.record_poisoned(names.DAILY_MESSAGES)
    await fail_poisoned(await get_services(), _body(msg), names.DAILY_MESSAGES, msg.id or "")


@bp.function_name("daily_batches")
@bp.queue_trigger(arg_name="msg", queue_name=names.DAILY_BATCHES, connection="AzureWebJobsStorage")
async def daily_batches(msg: func.QueueMessage) -> None:
    """Up to 100 users of the hourly timer's send slots: each due one's message is scheduled once per local day."""
    _started(names.DAILY_BATCHES, msg)
    await daily_schedule.run_batch(await get_services(), _body(msg))


@bp.function_name("daily_batches_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.DAILY_BATCHES), connection="AzureWebJobsStorage")
async def daily_batches_poison(msg: func.QueueMessage) -> None:
    """A batch that failed every retry: counted (its users are read again by the next hour's run). Never raises."""
    telemetry.record_poisoned(names.DAILY_BATCHES)


@bp.function_name("account_mail")
@bp.queue_trigger(arg_name="msg", queue_name=names.ACCOUNT_MAIL, connection="AzureWebJobsStorage")
async def account_mail(msg: func.QueueMessage) -> None:
    """Verification, password-reset and security-notice email. Raising (mail service down) retries it."""
    _started(names.ACCOUNT_MAIL, msg)
    await mail.deliver(await get_services(), _body(msg))


@bp.function_name("account_mail_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.ACCOUNT_MAIL), connection="AzureWebJobsStorage")
async def account_mail_poison(msg: func.QueueMessage) -> None:
    """An email that failed every retry: logged for the operators (the user can ask again). Never raises."""
    telemetry.record_poisoned(names.ACCOUNT_MAIL)
    mail.undeliverable(_body(msg))


@bp.function_name("account_deletion")
@bp.queue_trigger(arg_name="msg", queue_name=names.ACCOUNT_DELETION, connection="AzureWebJobsStorage")
async def account_deletion(msg: func.QueueMessage) -> None:
    """Erase a deleted account's data, the account last. Idempotent: a retry resumes where a run stopped."""
    _started(names.ACCOUNT_DELETION, msg)
    await deletion.run_message(await get_services(), _body(msg))


@bp.function_name("account_deletion_poison")
@bp.queue_trigger(
    arg_name="msg", queue_name=poison_queue_name(names.ACCOUNT_DELETION), connection="AzureWebJobsStorage"
)
async def account_deletion_poison(msg: func.QueueMessage) -> None:
    """An erasure that failed every retry: counted; the daily maintenance run sends it again. Never raises."""
    telemetry.record_poisoned(names.ACCOUNT_DELETION)


@bp.function_name("push_notifications")
@bp.queue_trigger(arg_name="msg", queue_name=names.PUSH_NOTIFICATIONS, connection="AzureWebJobsStorage")
async def push_notifications(msg: func.QueueMessage) -> None:
    """One Web Push to one browser, once a day per kind: 429/5xx/timeouts queue it again after a backoff (honouring
    Retry-After); raising (the retry could not be queued) makes the queue deliver it again; 404/410 drop the browser."""
    _started(names.PUSH_NOTIFICATIONS, msg)
    await delivery.deliver(await get_services(), _body(msg))


@bp.function_name("push_notifications_poison")
@bp.queue_trigger(
    arg_name="msg", queue_name=poison_queue_name(names.PUSH_NOTIFICATIONS), connection="AzureWebJobsStorage"
)
async def push_notifications_poison(msg: func.QueueMessage) -> None:
    """A push that failed every retry: logged (the next reminder is tomorrow's). Never raises."""
    telemetry.record_poisoned(names.PUSH_NOTIFICATIONS)
    delivery.undeliverable(_body(msg))


@bp.function_name("push_batches")
@bp.queue_trigger(arg_name="msg", queue_name=names.PUSH_BATCHES, connection="AzureWebJobsStorage")
async def push_batches(msg: func.QueueMessage) -> None:
    """Up to 100 users of the push timer's slots: their due pushes queued (once per kind per local day)."""
    _started(names.PUSH_BATCHES, msg)
    await reminder_slots.run_batch(await get_services(), _body(msg))


@bp.function_name("push_batches_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.PUSH_BATCHES), connection="AzureWebJobsStorage")
async def push_batches_poison(msg: func.QueueMessage) -> None:
    """A batch that failed every retry: counted (its users keep their slot; tomorrow's run moves it on)."""
    telemetry.record_poisoned(names.PUSH_BATCHES)
