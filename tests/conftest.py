"""Shared fixtures: every test runs on its own embedded data directory."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from fastapi import FastAPI

# CI runs properties with a fixed seed (a red run is reproducible, never a coin flip); developers get
# fresh random examples (`HYPOTHESIS_PROFILE=ci` to reproduce CI). Long searches are for developers:
# `HYPOTHESIS_PROFILE=deep` (properties that fix their own count, like the plan engine's, read it too).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("deep", max_examples=1500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))

# Tests never read a developer's local.settings.json or real cloud settings.
for _name in (
    "COSMOS_ENDPOINT",
    "COSMOS_KEY",
    "AzureWebJobsStorage",
    "AzureWebJobsStorage__queueServiceUri",
    "SMTP_HOST",
    "ACS_EMAIL_ENDPOINT",
    "PUBLIC_URL",
):
    os.environ.pop(_name, None)
os.environ.setdefault("VIGOR_ENV", "test")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh data dir per test, and settings re-read from the environment."""
    from shared.config import get_settings

    data_dir = tmp_path / "data"
    monkeypatch.setenv("VIGOR_DATA_DIR", str(data_dir))
    get_settings.cache_clear()
    yield data_dir
    get_settings.cache_clear()


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    """The HTTP app on this test's data directory, with fast password hashing; services closed after.
    A test module with other needs (a fake provider's settings, another store) defines its own `app`."""
    from functions.http.app import create_app
    from shared.bootstrap import close_services
    from tests.support.identity import fast_hashing

    fast_hashing(monkeypatch)
    yield create_app()
    await close_services()
