"""Queue names (mirrored in infra/ Bicep). Poison queues are `<name>-poison`."""

AI_JOBS = "ai-jobs"  # plan generation, workout analysis: slow LLM work
DAILY_MESSAGES = "daily-messages"  # one message per user per local day

ALL = (AI_JOBS, DAILY_MESSAGES)
