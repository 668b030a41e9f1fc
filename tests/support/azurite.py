"""Start Azurite's queue and blob services for tests, on 127.0.0.1 and a free port.

`azurite_queue()` and `azurite_blob()` are context managers yielding a connection string for the
well-known development account; `azurite_connection_string` and `azurite_blob_connection_string`
wrap them in session fixtures (import one into a test module, or a conftest, to use it). Data lives
in memory and a temp dir.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from tests.support.net import free_port
from tests.support.node_service import HOST, TESTS_DIR, ensure_npm_packages, node_service

AZURITE_BIN = TESTS_DIR / "node_modules" / ".bin" / "azurite-queue"
AZURITE_BLOB_BIN = TESTS_DIR / "node_modules" / ".bin" / "azurite-blob"
ACCOUNT = "devstoreaccount1"
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def connection_string(port: int, service: str = "Queue") -> str:
    return (
        f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={KEY};"
        f"{service}Endpoint=http://{HOST}:{port}/{ACCOUNT};"
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


@contextlib.contextmanager
def azurite_blob(timeout: float = 30.0) -> Iterator[str]:
    """Run azurite-blob for the duration of the block; yields its connection string (BlobEndpoint only)."""
    ensure_npm_packages(AZURITE_BLOB_BIN)
    port = free_port()
    args = ["--blobHost", HOST, "--blobPort", str(port)]
    flags = ["--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"]
    with node_service("azurite-blob", [str(AZURITE_BLOB_BIN.resolve()), *args, *flags], port, timeout):
        yield connection_string(port, "Blob")


@pytest.fixture(scope="session")
def azurite_blob_connection_string() -> Iterator[str]:
    """A running Azurite blob service for the whole session."""
    with azurite_blob() as conn:
        yield conn
