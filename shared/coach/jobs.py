"""The coach's queue job handlers by kind (`plan`, `daily_message`): `shared/bootstrap.py` gives
them to every Services; nothing registers itself on import."""

from collections.abc import Mapping

from shared.bootstrap import JobHandler
from shared.coach import daily, plan_job

HANDLERS: Mapping[str, JobHandler] = {plan_job.KIND: plan_job.run_plan_job, daily.KIND: daily.run_daily_job}
