"""Stored documents carry a schema version and are upgraded on read and by `migrate`: a plan or a
session saved before an exercise was renamed still reads with the exercise's current id."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import close_services, get_services
from shared.cli import main as cli_main
from shared.migrations import CURRENT, migrate, stamped, upgraded
from shared.store import containers
from tests.support.identity import PROFILE, fast_hashing, sign_up
from tests.support.workout_fixtures import plan_body


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("VIGOR_DATA_DIR", str(tmp_path))
    yield create_app()
    await close_services()


def _old_plan_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as a deployment before schema versions (and before the rename) wrote it."""
    old = {k: v for k, v in copy.deepcopy(doc).items() if not k.startswith("_") and k != "schema_version"}
    old["plan"]["days"][0]["exercises"][0]["exercise_id"] = "diamond-push-up"  # close-grip-push-up's old id
    return old


async def test_an_unversioned_plan_with_an_old_exercise_id_reads_current_and_migrate_rewrites_it(app: FastAPI) -> None:
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    made = await user.client.post("/api/workouts", json=plan_body(), headers=user.auth)
    assert made.status_code == 201, made.text
    plan_id = made.json()["id"]
    store = (await get_services()).store
    doc = await store.read(containers.WORKOUTS.name, user.user_id, f"plan:{plan_id}")
    assert doc["schema_version"] == CURRENT["plan"]  # writers stamp the version
    await store.replace(containers.WORKOUTS.name, _old_plan_doc(doc))

    read = await user.client.get(f"/api/workouts/{plan_id}", headers=user.auth)
    assert read.status_code == 200, read.text
    assert read.json()["days"][0]["exercises"][0]["exercise_id"] == "close-grip-push-up"  # upgraded on read
    raw = await store.read(containers.WORKOUTS.name, user.user_id, f"plan:{plan_id}")
    assert "schema_version" not in raw  # reading does not write

    assert (await migrate(store))["plan"] == 1
    raw = await store.read(containers.WORKOUTS.name, user.user_id, f"plan:{plan_id}")
    assert raw["schema_version"] == CURRENT["plan"]
    assert raw["plan"]["days"][0]["exercises"][0]["exercise_id"] == "close-grip-push-up"
    assert (await migrate(store)) == dict.fromkeys(CURRENT, 0)  # nothing left to do


def test_upgrade_steps_run_in_order_and_leave_current_or_newer_documents_alone() -> None:
    session: dict[str, Any] = {
        "type": "session",
        "session": {"exercises": [{"exercise_id": "towel-row"}, {"exercise_id": "custom:x"}]},
    }
    new = upgraded(session)
    assert new["schema_version"] == CURRENT["session"] and new is not session
    assert [e["exercise_id"] for e in new["session"]["exercises"]] == ["towel-isometric-row", "custom:x"]
    assert session["session"]["exercises"][0]["exercise_id"] == "towel-row"  # the input is not changed
    current = stamped({"type": "session", "session": {"exercises": []}})
    assert upgraded(current) is current
    future = {"type": "plan", "schema_version": CURRENT["plan"] + 5, "plan": {}}
    assert upgraded(future) is future  # written by a newer deployment: left as it is
    assert upgraded({"type": "weekly", "x": 1}) == {"type": "weekly", "x": 1}  # kinds without versions


def test_the_migrate_command_runs_on_the_configured_store(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIGOR_DATA_DIR", str(tmp_path))
    from shared.config import get_settings

    get_settings.cache_clear()
    try:
        assert cli_main(["migrate"]) == 0
    finally:
        get_settings.cache_clear()
    assert "upgraded 0 plan document(s), 0 session document(s), 0 profile document(s)" in capsys.readouterr().out
