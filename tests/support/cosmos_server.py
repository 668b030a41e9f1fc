"""Start `@vercel/cosmosdb-server` (a Cosmos DB protocol server) for tests.

It listens on 127.0.0.1 only, on a free port chosen at run time, speaks HTTPS with a
self-signed certificate (clients need `connection_verify=False`) and accepts any base64
key. `cosmos_server()` is a context manager; the contract suite wraps it in a session
fixture. Missing node_modules are installed from tests/package.json first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from shared.config import REPO_ROOT
from tests.support.net import free_port
from tests.support.node_service import HOST, TESTS_DIR, ensure_npm_packages, node_service

SERVER_LIB = TESTS_DIR / "node_modules" / "@vercel" / "cosmosdb-server" / "lib"
KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="

# The server with its one fix (a read of a missing document answers 404, not 500): the same file the
# README's `scripts/cosmos-emulator` runs.
SHIM = REPO_ROOT / "scripts" / "cosmos-emulator.js"


@contextlib.contextmanager
def cosmos_server(timeout: float = 30.0) -> Iterator[str]:
    """Run the server for the duration of the block; yields its https endpoint."""
    ensure_npm_packages(SERVER_LIB / "cli.js")
    port = free_port()
    with node_service("cosmosdb-server", [str(SHIM), "--host", HOST, "-p", str(port)], port, timeout):
        yield f"https://{HOST}:{port}/"
