"""The HTTP app on the embedded store or on the Cosmos DB protocol server, for tests parametrised over both.

Use in a test module:

    cosmos_endpoint = store_backends.cosmos_endpoint
    app = store_backends.app
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared import bootstrap
from shared.bootstrap import close_services
from shared.config import Settings
from shared.store import containers
from shared.store.port import DocumentStore
from shared.store.sqlite import SqliteDocumentStore
from tests.support.cosmos_server import KEY, cosmos_server
from tests.support.identity import fast_hashing


@pytest.fixture(scope="module")
def cosmos_endpoint() -> Iterator[str]:
    with cosmos_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["sqlite", pytest.param("cosmos", marks=pytest.mark.cosmos)])
async def app(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)

    def store(settings: Settings) -> DocumentStore:
        if request.param == "cosmos":
            from shared.store.cosmos import CosmosDocumentStore

            endpoint = request.getfixturevalue("cosmos_endpoint")
            database = f"backends-{uuid.uuid4().hex[:10]}"
            return CosmosDocumentStore(endpoint, KEY, database, containers.ALL, connection_verify=False)
        return SqliteDocumentStore(Path(settings.resolved_data_dir()) / "store.sqlite3", containers.ALL)

    monkeypatch.setattr(bootstrap, "build_store", store)
    yield create_app()
    await close_services()
