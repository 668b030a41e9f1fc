"""Queue names (mirrored in infra/ Bicep). Poison queues are `<name>-poison`."""

AI_JOBS = "ai-jobs"  # plan generation, workout analysis: slow LLM work
DAILY_MESSAGES = "daily-messages"  # one message per user per local day
DAILY_BATCHES = "daily-batches"  # the hourly timer's due users, up to 100 a message (shared/coach/daily_schedule.py)

ACCOUNT_MAIL = "account-mail"  # verification, password reset and security notices (shared/identity/mail.py)

ACCOUNT_DELETION = "account-deletion"  # erasing a deleted account's data, account last (shared/identity/deletion.py)

IMPORT_JOBS = "import-jobs"  # large history imports read from a staged file (shared/importing/jobs.py)

PUSH_NOTIFICATIONS = "push-notifications"  # one Web Push to one browser (shared/notifications/delivery.py)
PUSH_BATCHES = "push-batches"  # the push timer's users of this hour's slot (shared/notifications/reminder_slots.py)

ALL = (
    AI_JOBS,
    DAILY_MESSAGES,
    DAILY_BATCHES,
    ACCOUNT_MAIL,
    ACCOUNT_DELETION,
    IMPORT_JOBS,
    PUSH_NOTIFICATIONS,
    PUSH_BATCHES,
)
