"""Queue-triggered functions. Thin: decode the message, call the job service."""

import azure.functions as func

from shared.bootstrap import get_services
from shared.jobs.service import fail_poisoned, run_job_message
from shared.queue import names
from shared.queue.port import poison_queue_name

bp = func.Blueprint()


@bp.function_name("ai_jobs")
@bp.queue_trigger(arg_name="msg", queue_name=names.AI_JOBS, connection="AzureWebJobsStorage")
async def ai_jobs(msg: func.QueueMessage) -> None:
    """Slow AI work (plans, analyses). Raising asks the host to retry; the last retry goes to poison."""
    await run_job_message(await get_services(), msg.get_body().decode("utf-8", errors="replace"))


@bp.function_name("ai_jobs_poison")
@bp.queue_trigger(arg_name="msg", queue_name=poison_queue_name(names.AI_JOBS), connection="AzureWebJobsStorage")
async def ai_jobs_poison(msg: func.QueueMessage) -> None:
    """Messages that exhausted their retries: mark the job failed so the user sees why."""
    await fail_poisoned(await get_services(), msg.get_body().decode("utf-8", errors="replace"))
