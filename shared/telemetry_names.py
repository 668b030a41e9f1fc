"""Every custom metric name Vigor sends to Application Insights (the `customMetrics` table's `name`).

One registry so the alerts and the workbook in infra/ cannot query a name the code never emits:
`tests/unit/test_telemetry_names.py` reads every `vigor.*` name in infra/ and checks it is listed here, and
that each name here has an instrument in shared/telemetry.py whose helper the code calls.
"""

from __future__ import annotations

LLM_LATENCY = "vigor.llm.latency"  # histogram, seconds, by provider/model/outcome
LLM_TOKENS = "vigor.llm.tokens"  # counter, by provider/model/direction
LLM_COST = "vigor.llm.cost"  # counter, USD, by provider/model
LLM_FALLBACKS = "vigor.llm.fallbacks"  # counter, by provider/reason: the router moved past a provider
LLM_BREAKER_OPENED = "vigor.llm.breaker_opened"  # counter, by breaker: a circuit breaker went open
LLM_BUDGET_ALERT = "vigor.llm.budget_alert"  # counter, by period: Vigor's LLM budget crossed its alert threshold
QUOTA_REJECTIONS = "vigor.quota.rejections"  # counter, by tier/period
QUEUE_AGE = "vigor.queue.age"  # histogram, seconds a message waited, by queue
QUEUE_POISONED = "vigor.queue.poisoned"  # counter, by queue: a message ran out of retries
TIMER_RUNS = "vigor.timer.runs"  # counter, by timer: heartbeat of each finished timer run
WEB_ERRORS = "vigor.web.errors"  # counter, by kind: errors the web app reported (POST /api/client-errors)

ALL = frozenset(
    {
        LLM_LATENCY,
        LLM_TOKENS,
        LLM_COST,
        LLM_FALLBACKS,
        LLM_BREAKER_OPENED,
        LLM_BUDGET_ALERT,
        QUOTA_REJECTIONS,
        QUEUE_AGE,
        QUEUE_POISONED,
        TIMER_RUNS,
        WEB_ERRORS,
    }
)
