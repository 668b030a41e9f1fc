"""Start `@vercel/cosmosdb-server` (a Cosmos DB protocol server) for tests.

It listens on 127.0.0.1 only, on a free port chosen at run time, speaks HTTPS with a
self-signed certificate (clients need `connection_verify=False`) and accepts any base64
key. `cosmos_server()` is a context manager; the contract suite wraps it in a session
fixture. Missing node_modules are installed from tests/package.json first.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.net import free_port

TESTS_DIR = Path(__file__).resolve().parent.parent
SERVER_LIB = TESTS_DIR / "node_modules" / "@vercel" / "cosmosdb-server" / "lib"
KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
HOST = "127.0.0.1"

# cosmosdb-server 1.0.1 answers a point read of a missing document with 500 (its handler
# dereferences the absent item). Real Cosmos DB answers 404, so this shim wraps that one
# handler before the router captures it; everything else runs unmodified.
_SHIM = """
const path = require("path");
const [lib, ...args] = process.argv.slice(1);
const handler = require(path.join(lib, "handler", "read-document"));
const original = handler.default;
handler.default = (account, req, res, params) => {
  try {
    return original(account, req, res, params);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    res.statusCode = 404;
    return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
  }
};
process.argv = [process.argv[0], path.join(lib, "cli.js"), ...args];
require(path.join(lib, "cli.js"));
"""


def _ensure_installed() -> None:
    if (SERVER_LIB / "cli.js").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to install @vercel/cosmosdb-server (tests/package.json)")
    cmd = "ci" if (TESTS_DIR / "package-lock.json").exists() else "install"
    subprocess.run([npm, cmd, "--no-audit", "--no-fund"], cwd=TESTS_DIR, check=True, timeout=600)


def _wait_listening(port: int, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return
        time.sleep(0.05)
    proc.kill()
    proc.wait(timeout=10)
    raise RuntimeError(f"cosmosdb-server did not start (exit {proc.returncode}): {log.read_text()[-2000:]}")


@contextlib.contextmanager
def cosmos_server(timeout: float = 30.0) -> Iterator[str]:
    """Run the server for the duration of the block; yields its https endpoint."""
    _ensure_installed()
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is needed to run the Cosmos DB protocol server")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="cosmosdb-server-") as workdir:
        log = Path(workdir) / "stderr.log"
        with open(log, "wb") as err:
            proc = subprocess.Popen(
                [node, "-e", _SHIM, str(SERVER_LIB), "--host", HOST, "-p", str(port)],
                cwd=workdir,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        try:
            _wait_listening(port, proc, timeout, log)
            yield f"https://{HOST}:{port}/"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
