"""Shared fixtures: every test runs on its own embedded data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never read a developer's local.settings.json or real cloud settings.
for _name in ("COSMOS_ENDPOINT", "COSMOS_KEY", "AzureWebJobsStorage", "AzureWebJobsStorage__queueServiceUri"):
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
