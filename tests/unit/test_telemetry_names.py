"""The alerts and the workbook in infra/ query only metrics the code emits, and the code emits them.

Every `vigor.*` name in infra/ (Bicep alert queries, the workbook JSON) must be in shared/telemetry_names.py;
every name there must come out of the real OpenTelemetry SDK when its helper runs, and the helper must be
called by the product code. The budget alert and breaker metrics are checked through the code paths that
emit them (real store, real SDK with an in-memory reader).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

from shared import telemetry
from shared import telemetry_names as names
from shared.bootstrap import Services, close_services, get_services
from shared.config import REPO_ROOT
from shared.llm.breaker import BreakerPolicy, CircuitBreakers, breaker_id
from shared.quota import budget

INFRA = REPO_ROOT / "infra"
QUOTED_NAME = re.compile(r"\"(vigor\.[a-z_]+(?:\.[a-z_]+)+)\"")

# Each name, the helper that emits it, and one call of that helper.
HELPERS: dict[str, tuple[str, Any]] = {
    names.LLM_LATENCY: ("record_llm_call", lambda: telemetry.record_llm_call("p", "m", 1.0, 1, 1, 0.01)),
    names.LLM_TOKENS: ("record_llm_call", lambda: telemetry.record_llm_call("p", "m", 1.0, 1, 1, 0.01)),
    names.LLM_COST: ("record_llm_call", lambda: telemetry.record_llm_call("p", "m", 1.0, 1, 1, 0.01)),
    names.LLM_FALLBACKS: ("record_llm_fallback", lambda: telemetry.record_llm_fallback("p", "next", "timeout")),
    names.LLM_BREAKER_OPENED: ("record_breaker_opened", lambda: telemetry.record_breaker_opened("p:m")),
    names.LLM_BUDGET_ALERT: ("record_budget_alert", lambda: telemetry.record_budget_alert("week")),
    names.QUOTA_REJECTIONS: ("record_quota_rejection", lambda: telemetry.record_quota_rejection("free", "day")),
    names.QUEUE_AGE: ("record_queue_age", lambda: telemetry.record_queue_age("ai-jobs", 2.0)),
    names.QUEUE_POISONED: ("record_poisoned", lambda: telemetry.record_poisoned("ai-jobs")),
    names.TIMER_RUNS: ("record_timer_run", lambda: telemetry.record_timer_run("daily_maintenance")),
    names.WEB_ERRORS: ("record_web_error", lambda: telemetry.record_web_error("error")),
}


def infra_texts() -> dict[str, str]:
    files = [*INFRA.rglob("*.bicep"), *INFRA.rglob("*.json")]
    return {str(p.relative_to(REPO_ROOT)): p.read_text() for p in files}


def workbook() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((INFRA / "modules" / "workbook.json").read_text())
    return data


@pytest.fixture
def reader() -> Iterator[InMemoryMetricReader]:
    metric_reader = InMemoryMetricReader()
    telemetry.enable_metrics(MeterProvider(metric_readers=[metric_reader]))
    yield metric_reader
    telemetry.disable_metrics()


def emitted(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    data = reader.get_metrics_data()
    points: dict[str, list[Any]] = {}
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                points[metric.name] = list(metric.data.data_points)
    return points


def test_every_metric_the_alerts_and_workbook_query_is_one_the_code_emits() -> None:
    queried: dict[str, set[str]] = {}
    for path, text in infra_texts().items():
        for name in QUOTED_NAME.findall(text):
            queried.setdefault(name, set()).add(path)
    unknown = {name: sorted(paths) for name, paths in queried.items() if name not in names.ALL}
    assert not unknown, f"queried in infra/ but never emitted (shared/telemetry_names.py): {unknown}"
    # The alerts exist: budget threshold, breakers, fallbacks, timers, queues.
    alerts = (INFRA / "modules" / "alerts.bicep").read_text()
    for name in (names.LLM_BUDGET_ALERT, names.LLM_BREAKER_OPENED, names.LLM_FALLBACKS, names.TIMER_RUNS):
        assert f'"{name}"' in alerts, name
    assert f'"{names.QUEUE_AGE}"' in alerts and f'"{names.QUEUE_POISONED}"' in alerts


def test_the_workbook_parses_and_every_custom_metric_query_names_its_metrics() -> None:
    data = workbook()
    assert data["version"] == "Notebook/1.0"
    queries = [item["content"]["query"] for item in data["items"] if item["type"] == 3]
    assert len(queries) >= 10
    for query in queries:
        if query.startswith("customMetrics"):
            assert QUOTED_NAME.search(query), f"a customMetrics panel must filter on a vigor.* name: {query}"
    text = " ".join(queries)
    for wanted in ("requests", "percentile(duration, 95)", names.LLM_COST, names.LLM_FALLBACKS, names.QUEUE_AGE):
        assert wanted in text, wanted
    bicep = (INFRA / "modules" / "workbook.bicep").read_text()
    assert "loadJsonContent('workbook.json')" in bicep


def test_the_workbook_queries_app_insights_wherever_it_is_opened() -> None:
    # Opened from Azure Monitor -> Workbooks (not from the App Insights resource) its queries, which name no
    # resource, run against fallbackResourceIds; an empty list leaves every panel without a target.
    assert "fallbackResourceIds" not in workbook(), "set in workbook.bicep from the App Insights id"
    bicep = (INFRA / "modules" / "workbook.bicep").read_text()
    assert "union(loadJsonContent('workbook.json'), { fallbackResourceIds: [appInsightsId] })" in bicep
    assert re.search(r"^\s+sourceId: appInsightsId$", bicep, re.MULTILINE)
    main = (INFRA / "main.bicep").read_text()
    block = main[main.index("module workbook 'modules/workbook.bicep'") :]
    assert re.search(r"appInsightsId: monitoring\.outputs\.\w+", block[: block.index("\n}")]), "the real resource id"


def test_alert_queries_are_well_formed_bicep_strings() -> None:
    """A single quote inside a query would end the Bicep string: KQL strings here use double quotes."""
    alerts = (INFRA / "modules" / "alerts.bicep").read_text()
    for query in re.findall(r"^\s*query: '(.*)'$", alerts, re.MULTILINE):
        assert "'" not in query, query
        assert query.count('"') % 2 == 0, query


def test_every_registered_name_comes_out_of_the_sdk_from_its_helper(reader: InMemoryMetricReader) -> None:
    assert set(HELPERS) == names.ALL
    for _helper, call in HELPERS.values():
        call()
    assert set(emitted(reader)) == names.ALL


@pytest.mark.parametrize("helper", sorted({h for h, _ in HELPERS.values()}))
def test_every_helper_is_called_by_the_product_code(helper: str) -> None:
    callers = [
        p
        for p in [*(REPO_ROOT / "shared").rglob("*.py"), *(REPO_ROOT / "functions").rglob("*.py")]
        if p.name != "telemetry.py" and f"telemetry.{helper}(" in p.read_text()
    ]
    assert callers, f"nothing calls telemetry.{helper}: the metric it emits would never reach Azure"


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    yield await get_services()
    await close_services()


async def test_the_llm_budget_crossing_its_threshold_emits_the_alert_metric_once(
    services: Services, reader: InMemoryMetricReader
) -> None:
    await budget.put_config(services, budget.BudgetConfig(weekly_usd=10.0, monthly_usd=1000.0, alert_threshold=0.5))
    await budget.settle_spend(services, 0, 4.0)  # 40 % of the week: no alert
    assert names.LLM_BUDGET_ALERT not in emitted(reader)
    await budget.settle_spend(services, 0, 2.0)  # 60 %: over the threshold
    await budget.settle_spend(services, 0, 1.0)  # still over: the alert is raised once per period
    points = emitted(reader)[names.LLM_BUDGET_ALERT]
    assert [(p.attributes, p.value) for p in points] == [({"period": "week"}, 1)]


async def test_a_breaker_opening_emits_the_breaker_metric_once(
    services: Services, reader: InMemoryMetricReader
) -> None:
    breakers = CircuitBreakers(services.store, BreakerPolicy(failures=2, cache_s=0))
    bid = breaker_id("openai-a", "gpt-4o-mini")
    for _ in range(4):  # opens at the second failure; later failures find it open already
        await breakers.failure(bid, "closed")
    points = emitted(reader)[names.LLM_BREAKER_OPENED]
    assert [(p.attributes, p.value) for p in points] == [({"breaker": bid}, 1)]


SAMPLED_TABLES = ("requests", "dependencies", "exceptions", "traces")


def kql_queries() -> list[str]:
    """Every KQL query in infra/: the alert rules (Bicep `${var}` references expanded) and the workbook panels."""
    alerts = (INFRA / "modules" / "alerts.bicep").read_text()
    variables = dict(re.findall(r"^var (\w+) = '(.*)'$", alerts, re.MULTILINE))
    queries = [
        re.sub(r"\$\{(\w+)\}", lambda m: variables.get(m.group(1), m.group(0)), query)
        for query in re.findall(r"^\s*query: '(.*)'$", alerts, re.MULTILINE)
    ]
    return queries + [item["content"]["query"] for item in workbook()["items"] if item["type"] == 3]


def test_no_query_counts_rows_of_a_sampled_table() -> None:
    # azure-monitor-opentelemetry 1.8 samples traces (5/s by default): one kept row stands for itemCount rows, so
    # count() under-reports load and failures once traffic passes the rate. customMetrics are not sampled.
    queries = kql_queries()
    sampled = [q for q in queries if q.split(" ", 1)[0] in SAMPLED_TABLES]
    assert len(sampled) >= 6 and any(q.startswith("exceptions") for q in sampled), sampled
    for query in sampled:
        assert not re.search(r"\b(count|countif)\(", query), query
        if "summarize" in query and "percentile(" not in query:
            assert "(itemCount" in query, query  # sum(itemCount) / sumif(itemCount, ...)
