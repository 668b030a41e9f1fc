"""Start Azurite's queue service for tests, on 127.0.0.1 and a free port.

`azurite_queue()` is a context manager yielding a connection string for the well-known
development account; `azurite_connection_string` wraps it in a session fixture (import
it into a test module, or a conftest, to use it). Data lives in memory and a temp dir.
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

import pytest

from tests.support.net import free_port

TESTS_DIR = Path(__file__).resolve().parent.parent
AZURITE_BIN = TESTS_DIR / "node_modules" / ".bin" / "azurite-queue"
ACCOUNT = "devstoreaccount1"
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def connection_string(port: int) -> str:
    return (
        f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={KEY};"
        f"QueueEndpoint=http://127.0.0.1:{port}/{ACCOUNT};"
    )


def _ensure_installed() -> None:
    if AZURITE_BIN.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is needed to install Azurite (tests/package.json)")
    cmd = "ci" if (TESTS_DIR / "package-lock.json").exists() else "install"
    subprocess.run([npm, cmd, "--no-audit", "--no-fund"], cwd=TESTS_DIR, check=True, timeout=600)


def _wait_listening(port: int, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    proc.kill()
    proc.wait(timeout=10)
    raise RuntimeError(f"azurite-queue did not start (exit {proc.returncode}): {log.read_text()[-2000:]}")


@contextlib.contextmanager
def azurite_queue(timeout: float = 30.0) -> Iterator[str]:
    """Run azurite-queue for the duration of the block; yields its connection string."""
    _ensure_installed()
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is needed to run Azurite")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="azurite-") as location:
        # --disableTelemetry: no calls out; --skipApiVersionCheck: the SDK is newer than Azurite.
        # Azurite refuses --location with --inMemoryPersistence: run it in a temp dir instead.
        args = ["--queueHost", "127.0.0.1", "--queuePort", str(port)]
        flags = ["--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"]
        log = Path(location) / "stderr.log"
        with open(log, "wb") as err:
            proc = subprocess.Popen(
                [node, str(AZURITE_BIN.resolve()), *args, *flags], cwd=location, stdout=subprocess.DEVNULL, stderr=err
            )
        try:
            _wait_listening(port, proc, timeout, log)
            yield connection_string(port)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture(scope="session")
def azurite_connection_string() -> Iterator[str]:
    """A running Azurite queue service for the whole session."""
    with azurite_queue() as conn:
        yield conn
