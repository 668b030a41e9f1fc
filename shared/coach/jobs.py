"""Importing this module registers the coach's queue job handlers (`plan`, `daily_message`)."""

from shared.coach import daily, plan_job

HANDLERS = (plan_job.KIND, daily.KIND)
