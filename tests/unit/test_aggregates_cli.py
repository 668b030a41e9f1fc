"""`python -m shared.cli repair-aggregates [--user ID | --all]` and the nightly aggregates check."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from shared import cli
from shared.bootstrap import Services, close_services, get_services
from shared.maintenance.aggregates import run_aggregates_check
from shared.plans.schema import PlanDraft
from shared.workouts import plans, sessions
from shared.workouts.aggregates import read_or_none
from shared.workouts.commits import session_key
from shared.workouts.keys import PROGRESS_ID, WORKOUTS
from tests.support.aggregate_load import assert_stored_aggregates_match
from tests.support.workout_fixtures import plan_body
from tests.unit.test_workout_aggregates import _logged

T = TypeVar("T")


def _run(work: Callable[[Services], Awaitable[T]]) -> T:
    async def wrapped() -> T:
        try:
            return await work(await get_services())
        finally:
            await close_services()

    return asyncio.run(wrapped())


async def _user_with_sessions(services: Services, user: str) -> list[str]:
    plan = (await plans.create_plan(services.store, user, PlanDraft.model_validate(plan_body()))).plan
    rpe: float | None = 8.0
    specs = [(day, [("barbell-back-squat", 5, 80.0 + day, rpe)]) for day in (0, 3, 9)]
    return [(await sessions.log_session(services.store, user, plan.id, _logged(spec))).id for spec in specs]


async def _drift(services: Services, user: str, session_id: str) -> None:
    """A session gone without its aggregates knowing (what an interrupted write of old left)."""
    await services.store.delete(WORKOUTS, user, session_key(session_id))


async def _consistent(services: Services) -> None:
    for user in ("ann", "bob"):
        await assert_stored_aggregates_match(services.store, user)


def test_repair_aggregates_for_one_user_or_everyone(capsys: pytest.CaptureFixture[str]) -> None:
    ann = _run(lambda s: _user_with_sessions(s, "ann"))
    bob = _run(lambda s: _user_with_sessions(s, "bob"))
    _run(lambda s: _drift(s, "ann", ann[-1]))
    assert cli.main(["repair-aggregates", "--user", "ann"]) == 0
    out = capsys.readouterr().out
    assert "ann: repaired (weeks 2026-W03; summary rewritten)" in out and "1 of 1 user(s) repaired" in out
    _run(lambda s: _drift(s, "bob", bob[0]))
    assert cli.main(["repair-aggregates", "--all"]) == 0
    out = capsys.readouterr().out
    assert "ann: no drift" in out and "bob: repaired" in out and "1 of 2 user(s) repaired" in out
    _run(_consistent)


def test_the_default_and_the_nightly_check_repair_the_flagged_users_only(capsys: pytest.CaptureFixture[str]) -> None:
    ann = _run(lambda s: _user_with_sessions(s, "ann"))
    bob = _run(lambda s: _user_with_sessions(s, "bob"))

    async def old_summary(services: Services, user: str) -> None:
        summary = await read_or_none(services.store, user, PROGRESS_ID)
        assert summary is not None
        del summary["aggregates"]  # written before session writes were atomic: may carry old drift
        await services.store.replace(WORKOUTS, summary)

    _run(lambda s: _drift(s, "ann", ann[0]))
    _run(lambda s: old_summary(s, "ann"))
    _run(lambda s: _drift(s, "bob", bob[0]))  # drifted but not flagged: left to its own read or --all
    assert cli.main(["repair-aggregates"]) == 0
    assert capsys.readouterr().out.strip() == "checked 1 flagged user(s); repaired 1: ann"
    _run(lambda s: assert_stored_aggregates_match(s.store, "ann"))
    _run(lambda s: old_summary(s, "bob"))
    assert _run(run_aggregates_check) == {"users_checked": 1, "users_repaired": 1}
    assert _run(run_aggregates_check) == {"users_checked": 0, "users_repaired": 0}
    _run(_consistent)
