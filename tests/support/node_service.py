"""Run a Node.js emulator from tests/node_modules on 127.0.0.1 for the length of a `with` block.

Used by the Cosmos DB protocol server and Azurite fixtures. Missing packages are installed
from tests/package.json; a missing node or npm is an error, never a skip: the contract
suites must run against the emulators in CI.
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

TESTS_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def ensure_npm_packages(marker: Path) -> None:
    """Install tests/package.json's packages unless `marker` (a file they provide) exists."""
    if marker.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(
            "npm is needed to install the test emulators (tests/package.json); run scripts/bootstrap --dev"
        )
    cmd = "ci" if (TESTS_DIR / "package-lock.json").exists() else "install"
    subprocess.run([npm, cmd, "--no-audit", "--no-fund"], cwd=TESTS_DIR, check=True, timeout=600)


def _wait_listening(name: str, port: int, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.2):
            return
        time.sleep(0.05)
    proc.kill()
    proc.wait(timeout=10)
    raise RuntimeError(f"{name} did not start (exit {proc.returncode}): {log.read_text()[-2000:]}")


@contextlib.contextmanager
def node_service(name: str, node_args: list[str], port: int, timeout: float = 30.0) -> Iterator[Path]:
    """Start `node *node_args` in a temp working dir, wait until `port` accepts, stop it at exit."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(f"node is needed to run {name}; run scripts/bootstrap --dev")
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as workdir:
        log = Path(workdir) / "stderr.log"
        with open(log, "wb") as err:
            proc = subprocess.Popen([node, *node_args], cwd=workdir, stdout=subprocess.DEVNULL, stderr=err)
        try:
            _wait_listening(name, port, proc, timeout, log)
            yield Path(workdir)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
