"""The FunctionApp Azure loads: every trigger is registered and the HTTP functions answer like uvicorn.

They are called the way the Functions worker calls them with HTTP streams on (tests/support/worker_http.py)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from shared.localhost.triggers import discover, is_valid_ncrontab
from shared.queue import names
from tests.support.net import serve_in_thread
from tests.support.worker_http import INVOCATION_HEADER, WorkerHttp


@pytest.fixture(scope="module")
def function_app_module():  # type: ignore[no-untyped-def]
    import importlib

    import function_app

    # A fresh app object: another test module in this worker may have called get_functions() on the last one.
    return importlib.reload(function_app)


@pytest.fixture(scope="module")
def functions(function_app_module):  # type: ignore[no-untyped-def]
    # get_functions() may only be called once per app object.
    return function_app_module.app.get_functions()


def test_every_trigger_is_registered(functions) -> None:  # type: ignore[no-untyped-def]
    by_name = {f.get_function_name(): f for f in functions}
    http = by_name["http_app_func"].get_trigger()
    assert http.route == "/{*route}"
    assert by_name["ai_chat_stream"].get_trigger().route == "api/ai/chat/stream"
    queue_triggers = {f.get_trigger().queue_name for f in functions if f.get_trigger().type == "queueTrigger"}
    assert queue_triggers >= {names.AI_JOBS, f"{names.AI_JOBS}-poison"}
    timers = [f.get_trigger() for f in functions if f.get_trigger().type == "timerTrigger"]
    assert timers, "at least the daily maintenance timer"
    for timer in timers:
        assert is_valid_ncrontab(timer.schedule), timer.schedule
    for function in functions:
        trigger = function.get_trigger()
        if trigger.type == "queueTrigger":
            assert trigger.connection == "AzureWebJobsStorage"


def test_local_host_discovers_the_same_triggers(function_app_module) -> None:  # type: ignore[no-untyped-def]
    import importlib

    fresh = importlib.reload(function_app_module)  # a new app object: get_functions() once more is allowed
    triggers = discover(fresh.app)
    assert triggers.http == ["ai_chat_stream", "http_app_func"]
    assert {q.queue_name for q in triggers.queues} >= {names.AI_JOBS}
    assert all(is_valid_ncrontab(t.schedule) for t in triggers.timers)


def test_invalid_schedules_are_rejected() -> None:
    assert not is_valid_ncrontab("0 61 * * * *")
    assert not is_valid_ncrontab("*/5 * * * *")  # five fields is cron, not NCRONTAB
    assert is_valid_ncrontab("0 0 * * * *")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/health", b""),
        ("GET", "/api/health/ready", b""),
        ("GET", "/api/no-such-route", b""),
        ("POST", "/api/health", b"{}"),
    ],
)
async def test_http_function_answers_like_uvicorn(functions, function_app_module, method, path, body) -> None:  # type: ignore[no-untyped-def]
    http_function = next(f for f in functions if f.get_function_name() == "http_app_func").get_user_function()
    worker = WorkerHttp()
    # A generous read timeout: this compares answers, and a loaded CI machine can take seconds to start a worker.
    async with worker.serving(), httpx.AsyncClient(base_url=worker.url, timeout=60) as host:
        invocation = asyncio.create_task(worker.invoke("invocation-1", http_function, {"route": path.lstrip("/")}))
        headers = {"x-request-id": "parity-check-0001", INVOCATION_HEADER: "invocation-1"}
        via_functions = await host.request(method, path, content=body, headers=headers)
        await invocation

    with serve_in_thread(function_app_module.fastapi_app) as base:
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            via_uvicorn = await client.request(
                method, path, content=body, headers={"x-request-id": "parity-check-0001"}
            )

    assert via_functions.status_code == via_uvicorn.status_code
    assert json.loads(via_functions.content) == via_uvicorn.json()
    for header in ("content-type", "x-request-id"):
        assert via_functions.headers.get(header) == via_uvicorn.headers.get(header)
