"""generate-workout reserves at the door (issue 15, item 6c): the quota is taken when the job is accepted,
keyed by the job id; the job's gateway call settles that hold, a job that fails for good gives it back,
and a retried request with the same Idempotency-Key returns the same job without a second unit."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from shared.identity.records import ACCOUNT_ID, USERS
from shared.llm import configs
from shared.llm.types import ProviderConfig
from shared.queue import names
from shared.quota import prices, reservations
from shared.store import containers
from shared.store.port import Filter, PatchOp, Query
from tests.support.fake_llm import FakeLLM, running_fake_llm
from tests.support.identity import PROFILE, sign_up
from tests.support.plan_world import World, plan_world, run_plan_jobs

AI = containers.AI.name
KEY = "sk-test-door-0123456789"


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    async with plan_world(monkeypatch, {"LLM_CACHE_TTL_S": "0", "FAKE_LLM_KEY": KEY}) as world:
        yield world


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    with running_fake_llm() as server:
        yield server


async def _post(w: World, body: dict[str, Any] | None = None, key: str | None = None) -> httpx.Response:
    headers = {**w.user.auth, **({"Idempotency-Key": key} if key else {})}
    return await w.user.client.post("/api/ai/generate-workout", json=body or {}, headers=headers)


async def _held(w: World) -> tuple[int, float]:
    counts, dollars = await reservations.usage(w.services.store, w.user.user_id)
    return counts["day"], dollars


async def _run_all(w: World) -> int:
    """Deliver every queued plan message once; how many there were."""
    return await run_plan_jobs(w)


async def _jobs(w: World) -> list[dict[str, Any]]:
    """The plan jobs (a profile saved after its daily-message hour also queues today's message: not counted)."""
    only_plans = (Filter("type", "eq", "job"), Filter("kind", "eq", "plan"))
    page = await w.services.store.query(AI, Query(filters=only_plans, limit=100))
    return page.items


async def test_sixteen_concurrent_requests_at_a_limit_of_ten_accept_exactly_ten_and_no_job_fails(
    world: World,
) -> None:
    answers = await asyncio.gather(*(_post(world, {"session_minutes": 30 + i}) for i in range(16)))
    codes = sorted(r.status_code for r in answers)
    assert codes == [202] * 10 + [429] * 6
    refused = [r for r in answers if r.status_code == 429]
    assert all(int(r.headers["Retry-After"]) > 0 and r.json()["limit"] == "requests_per_day" for r in refused)
    assert (await _held(world))[0] == 10 and len(await _jobs(world)) == 10
    assert await _run_all(world) == 10
    jobs = await _jobs(world)
    assert [j["status"] for j in jobs] == ["succeeded"] * 10, [j["error"] for j in jobs]
    assert (await _held(world))[0] == 10  # each job's own gateway call adopted its hold: no second charge


async def test_a_retry_with_the_same_idempotency_key_returns_the_same_job_and_takes_no_second_unit(
    world: World,
) -> None:
    first = await _post(world, {"days_per_week": 3}, key="plan-2026-11-30-a")
    again = await _post(world, {"days_per_week": 3}, key="plan-2026-11-30-a")
    assert first.status_code == again.status_code == 202 and first.json() == again.json()
    racing = await asyncio.gather(*(_post(world, {"days_per_week": 4}, key="plan-b") for _ in range(5)))
    assert {r.status_code for r in racing} == {202} and len({r.json()["job_id"] for r in racing}) == 1
    assert (await _held(world))[0] == 2 and await world.services.queue.approximate_count(names.AI_JOBS) == 2
    other = await _post(world, {"days_per_week": 5}, key="plan-2026-11-30-a")
    assert other.status_code == 409 and "Idempotency-Key" in other.json()["detail"]
    assert (await _post(world, {"days_per_week": 3}, key="plan-c")).json()["job_id"] != first.json()["job_id"]
    assert await _run_all(world) == 3
    after = await _post(world, {"days_per_week": 3}, key="plan-2026-11-30-a")  # a retry after the job ran
    assert after.json() == first.json() and (await _held(world))[0] == 3
    job = (await world.user.client.get(first.json()["status_url"], headers=world.user.auth)).json()
    assert job["status"] == "succeeded"


async def test_keys_belong_to_their_user(world: World) -> None:
    mine = await _post(world, key="same-key")
    other = await sign_up(world.app)
    assert (await other.client.put("/api/users/profile", json=PROFILE, headers=other.auth)).status_code == 200
    theirs = await other.client.post("/api/ai/generate-workout", json={},
                                     headers={**other.auth, "Idempotency-Key": "same-key"})  # fmt: skip
    assert theirs.status_code == 202 and theirs.json()["job_id"] != mine.json()["job_id"]
    await other.client.aclose()


async def test_a_job_that_fails_for_good_gives_its_unit_back(world: World) -> None:
    assert (await _post(world)).status_code == 202
    assert (await _held(world))[0] == 1
    await world.services.store.patch(USERS, world.user.user_id, ACCOUNT_ID, [PatchOp("set", "disabled", True)])
    await _run_all(world)
    [job] = await _jobs(world)
    assert job["status"] == "failed" and job["error"] == "This account is disabled."
    assert await _held(world) == (0, 0.0)


async def _paid_provider(w: World, fake: FakeLLM, input_per_million: float, output_per_million: float) -> None:
    table = prices.DEFAULT_PRICES.model_copy(deep=True)
    table.models["m-plan"] = prices.ModelPrice(
        input_per_million=input_per_million, output_per_million=output_per_million
    )
    await prices.put_prices(w.services, table)
    config = ProviderConfig(id="paid", kind="openai", model="m-plan", priority=1, base_url=fake.url + "/v1",
                            api_key_ref="FAKE_LLM_KEY", timeout_s=5)  # fmt: skip
    if not await configs.list_configs(w.services, cached=False):
        await configs.create_config(w.services, config)


async def test_the_door_holds_the_plans_worst_case_and_the_job_settles_it_to_the_real_cost(
    world: World, fake: FakeLLM
) -> None:
    await _paid_provider(world, fake, 100, 100)
    fake.default["m-plan"] = "bad_plan"  # answer and repair both rejected: two paid attempts, then the engine
    fake.usage = (1000, 1000)  # $0.20 an attempt
    assert (await _post(world)).status_code == 202
    count, held = await _held(world)
    assert count == 1 and held > 0.4  # the worst case of both attempts, not the flat $0.02
    await _run_all(world)
    [job] = await _jobs(world)
    assert job["status"] == "succeeded" and job["result"]["provider"] == "engine"
    count, spent = await _held(world)
    assert len(fake.calls_for("m-plan")) == 2 and count == 1 and spent == pytest.approx(0.4)


async def test_a_job_whose_budget_cannot_take_its_worst_case_any_more_gets_the_engines_plan(
    world: World, fake: FakeLLM
) -> None:
    await _paid_provider(world, fake, 100, 100)
    assert (await _post(world)).status_code == 202
    await _paid_provider(world, fake, 1000, 1000)  # prices rose tenfold before the job ran: over $5 now
    await _run_all(world)
    [job] = await _jobs(world)
    assert job["status"] == "succeeded" and job["result"]["provider"] == "engine"  # never failed for quota
    assert fake.calls_for("m-plan") == [] and await _held(world) == (1, 0.0)


async def test_the_idempotency_key_is_in_the_openapi_document(world: World) -> None:
    operation = world.app.openapi()["paths"]["/api/ai/generate-workout"]["post"]
    [header] = [p for p in operation["parameters"] if p["in"] == "header"]
    assert header["name"] == "Idempotency-Key" and not header["required"] and "same job" in header["description"]
    assert {"202", "409", "429"} <= set(operation["responses"])
