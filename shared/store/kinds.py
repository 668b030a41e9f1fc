"""Every kind of document Vigor stores, with its container and how it names its owner.

GDPR export and erasure read this registry instead of guessing field names (issue 16, item 7: a
tier request stored `user_id` while export and deletion looked for `userId`). A kind in a container
partitioned by user id is owned by its partition; a system document names its owner in a field.
Kinds that name no person (configuration, caches keyed by hash, rate limits) are listed as
`owner_field=None` so a test can check that nothing written through the API is unregistered.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.store import containers


@dataclass(frozen=True)
class DocumentKind:
    """One `type` of document: where it lives and which field names its owner (None: the partition)."""

    type: str
    container: str
    owner_field: str | None = None
    personal: bool = True


_USER = [  # user-partitioned containers: erased and exported by partition
    ("account", "users"), ("profile", "users"), ("refresh_family", "users"),
    ("plan", "workouts"), ("active_plan", "workouts"), ("session", "workouts"), ("week", "workouts"),
    ("progress", "workouts"), ("metric", "workouts"), ("aggregates_pending", "workouts"),
    ("custom_exercise", "workouts"), ("import_mapping", "workouts"),  # the user's exercises; import corrections
    ("staged_import", "workouts"),  # an uploaded export kept a day (the file is a blob: importing/staging.py)
    ("job", "ai"), ("job_progress", "ai"), ("conversation", "ai"), ("coach_message", "ai"), ("safety_flags", "ai"),
    ("daily_marker", "ai"), ("quota", "ai"), ("quota_key", "ai"), ("llm_usage", "ai"),
    ("llm_cache", "cache"), ("idempotency", "cache"),
    ("push_subscription", "users"), ("notification_prefs", "users"), ("push_marker", "users"),  # Web Push
    ("push_receipt", "users"),  # one push per browser, kind and day (shared/notifications/receipts.py)
    ("calendar_feed", "users"),  # the live calendar feed's token hash (shared/calendar_feed/tokens.py)
    ("metric_marker", "users"),  # counted-once markers of the success metrics (shared/metrics/counters.py)
    ("plan_feedback", "workouts"), ("exercise_feedback", "workouts"),  # ratings and answers (shared/feedback)
    ("exercise_feedback_latest", "workouts"), ("coach_feedback", "ai"),
]  # fmt: skip
_SYSTEM_OWNED = [("email_index", "userId"), ("identity_link", "userId"), ("tier_request", "userId"),
                 ("tier_request", "user_id"),  # requests stored before the registry named their owner so
                 ("tier_request_pending", "userId"),
                 ("onetime_token", "userId"),  # verification and reset links, stored hashed
                 ("calendar_token", "userId"),  # the calendar feed URL's index, by token hash
                 ("ms_flow", "link")]  # fmt: skip  # a Microsoft sign-in being linked to the account (10 minutes)
_SYSTEM_IMPERSONAL = ["ai_provider", "breaker", "safety_events", "tier_limits", "price_table", "budget_config",
                      "budget_spend", "budget_alert", "rate_limit", "login_throttle", "retention_marker",
                      "dead_letter", "poison_tally",  # dead letters keep a body hash, no user id
                      "daily_timer", "push_timer",  # the last hourly daily-message and push-reminder runs
                      "usage_counter",  # AI usage per day, provider, model, task, tier and shard
                      "metrics_counter",  # success metrics per day, scope and shard (no user ids)
                      "experiment", "routing_rule",  # A/B experiments and routing rules (shared/experiments)
                      "experiment_counter"]  # fmt: skip  # outcomes per experiment, variant, day and shard

KINDS: tuple[DocumentKind, ...] = (
    *(DocumentKind(t, c) for t, c in _USER),
    *(DocumentKind(t, containers.SYSTEM.name, f) for t, f in _SYSTEM_OWNED),
    *(DocumentKind(t, containers.SYSTEM.name, None, personal=False) for t in _SYSTEM_IMPERSONAL),
)
BY_TYPE = {k.type: k for k in reversed(KINDS)}  # the first registration of a type wins
AUDIT = "audit"  # audit records are kept, with the user's id pseudonymised (shared.identity.audit)


def user_containers() -> list[str]:
    """Every container partitioned by user id (everything in the user's partition is theirs)."""
    return [spec.name for spec in containers.ALL if spec.partition_key == "userId"]


def system_owner_fields() -> list[tuple[str, str]]:
    """(type, owner field) of every system document that names a person."""
    return [(k.type, k.owner_field) for k in KINDS if k.container == containers.SYSTEM.name and k.owner_field]
