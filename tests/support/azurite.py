"""Start Azurite's queue service for tests, on 127.0.0.1 and a free port.

`azurite_queue()` is a context manager yielding a connection string for the well-known
development account; `azurite_connection_string` wraps it in a session fixture (import
it into a test module, or a conftest, to use it). Data lives in memory and a temp dir.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from tests.support.net import free_port
from tests.support.node_service import HOST, TESTS_DIR, ensure_npm_packages, node_service

AZURITE_BIN = TESTS_DIR / "node_modules" / ".bin" / "azurite-queue"
ACCOUNT = "devstoreaccount1"
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def connection_string(port: int) -> str:
    return (
        f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={KEY};"
        f"QueueEndpoint=http://{HOST}:{port}/{ACCOUNT};"
    )


@contextlib.contextmanager
def azurite_queue(timeout: float = 30.0) -> Iterator[str]:
    """Run azurite-queue for the duration of the block; yields its connection string."""
    ensure_npm_packages(AZURITE_BIN)
    port = free_port()
    # --disableTelemetry: no calls out; --skipApiVersionCheck: the SDK is newer than Azurite.
    # Azurite refuses --location with --inMemoryPersistence: it runs in the service's temp dir instead.
    args = ["--queueHost", HOST, "--queuePort", str(port)]
    flags = ["--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"]
    with node_service("azurite-queue", [str(AZURITE_BIN.resolve()), *args, *flags], port, timeout):
        yield connection_string(port)


@pytest.fixture(scope="session")
def azurite_connection_string() -> Iterator[str]:
    """A running Azurite queue service for the whole session."""
    with azurite_queue() as conn:
        yield conn
