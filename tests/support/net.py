"""Free ports and in-thread uvicorn servers on 127.0.0.1 for tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port} after {timeout}s")


STOP_TIMEOUT_S = 5.0


def stop_server_thread(server: uvicorn.Server, thread: threading.Thread, timeout: float = STOP_TIMEOUT_S) -> None:
    """Ask the server to exit and wait for its thread; AssertionError if it is still running after `timeout`.

    uvicorn's graceful shutdown waits for open connections, so a server that does not stop means a
    client still holds a connection to it (a session that was never closed): fail loudly, never
    spend the time silently on every run.
    """
    server.should_exit = True
    thread.join(timeout=timeout)
    if thread.is_alive():
        server.force_exit = True
        thread.join(timeout=timeout)
        raise AssertionError(f"the test server did not stop within {timeout:g} s: a client left a connection open")


@contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """Run an ASGI app with uvicorn in a thread; yield its base URL; stop it at exit."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server_thread(server, thread)
