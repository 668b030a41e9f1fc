"""The coach streams on Azure (issue 18, item 3): the registered functions, called the way the worker calls them.

The Functions host cannot run here. `WorkerHttp` (tests/support/worker_http.py) is the worker's half
of HTTP streams: the extension's own WebApp served by uvicorn, the request parked under the
invocation id, the user function found in `app.get_functions()` called with that FastAPI request.
The provider (the fake server, real `openai` SDK) sends two sentences and then stops until the test
releases it: the reader must already have the first words by then.
"""

from __future__ import annotations

import asyncio
import importlib
import uuid
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from functions.http_streams import CATCH_ALL_FUNCTION, STREAM_FUNCTION
from shared.bootstrap import close_services, get_services
from tests.integration.llm.conftest import KEY, add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE, fast_hashing, sign_up
from tests.support.worker_http import INVOCATION_HEADER, WorkerHttp
from tests.unit.test_coach_api import _sse

ANSWER = "Squat today. Rest tomorrow. Bench on Friday and keep the bar path straight."


@pytest.fixture
async def function_app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[ModuleType]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "0")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    import function_app

    yield importlib.reload(function_app)  # a fresh app object: get_functions() may be called once per object
    await close_services()


def _functions(module: ModuleType) -> dict[str, Any]:
    return {f.get_function_name(): f for f in module.app.get_functions()}


def test_the_stream_has_its_own_function_that_the_host_tries_before_the_catch_all(function_app: ModuleType) -> None:
    functions = _functions(function_app)
    stream, catch_all = functions[STREAM_FUNCTION].get_trigger(), functions[CATCH_ALL_FUNCTION].get_trigger()
    assert stream.route == "api/ai/chat/stream" and [str(m) for m in stream.methods] == ["POST"]
    assert catch_all.route == "/{*route}"
    # The host registers routes in function-name order and takes the first match (docs/deploy.md).
    assert sorted([STREAM_FUNCTION, CATCH_ALL_FUNCTION]) == [STREAM_FUNCTION, CATCH_ALL_FUNCTION]


async def test_the_first_words_arrive_through_the_worker_while_the_provider_is_still_writing(
    function_app: ModuleType, fake: FakeLLM
) -> None:
    user = await sign_up(function_app.fastapi_app)
    profile = PROFILE | {"injuries": []}  # no risky context: the answer is released sentence by sentence
    assert (await user.client.put("/api/users/profile", json=profile, headers=user.auth)).status_code == 200
    # A patient provider client: only the test's release lets the answer finish.
    await add_provider(await get_services(), fake, "paid", "openai", "m-azure-stream", priority=1, timeout_s=60.0)
    fake.text, fake.cut_after = ANSWER, 5  # "Squat today. Rest tomorrow." then the provider waits
    fake.default["m-azure-stream"] = "held"
    stream_function = _functions(function_app)[STREAM_FUNCTION].get_user_function()

    worker = WorkerHttp()
    invocation_id = str(uuid.uuid4())
    async with worker.serving(), httpx.AsyncClient(base_url=worker.url, timeout=10) as host:
        invocation = asyncio.create_task(worker.invoke(invocation_id, stream_function, {}))
        headers = user.auth | {INVOCATION_HEADER: invocation_id}
        async with host.stream("POST", "/api/ai/chat/stream", json={"message": "what next?"}, headers=headers) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
            received = ""
            chunks = r.aiter_text()
            while "event: token" not in received:
                received += await anext(chunks)
            assert not fake.release.is_set(), "the provider is still writing"
            assert "Squat" in received and "Friday" not in received
            fake.release.set()
            async for chunk in chunks:
                received += chunk
        await invocation
    events = _sse(received)
    assert events[-1][0] == "done"
    assert "".join(d["text"] for kind, d in events if kind == "token") == ANSWER
    await user.client.aclose()
