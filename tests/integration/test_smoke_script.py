"""`scripts/smoke BASE_URL` (issue 18, item 4), run as CI and an operator run it: a subprocess against the local host.

It passes against a healthy host and prints its timings; it fails, saying where, against a port with
nothing on it and when the plan job cannot finish within `--timeout` (and then still deletes its
throwaway account); it sends the token in both headers the API reads.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.local_host import LocalHost, start_local_host
from tests.support.net import free_port

SMOKE = Path(__file__).resolve().parents[2] / "scripts" / "smoke"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalHost]:
    running = start_local_host(tmp_path_factory.mktemp("smoke-data"))
    yield running
    assert running.stop() == 0, running.log()


def smoke(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PYTHON": sys.executable}
    return subprocess.run([str(SMOKE), *args], capture_output=True, text=True, env=env, timeout=180, check=False)


def test_a_healthy_host_passes_with_timings_and_the_time_to_first_token(host: LocalHost) -> None:
    run = smoke(host.base_url)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    steps = [line.split()[1] for line in lines if line.startswith("ok ")]
    assert steps == ["ready", "register", "profile", "plan", "log", "progress", "chat", "export", "delete"]
    assert all(line.split()[3] == "ms" for line in lines if line.startswith("ok "))
    assert "account gone" in run.stdout and "by engine" in run.stdout
    assert lines[-1].startswith(f"SMOKE PASSED against {host.base_url} in ")
    assert "coach first token" in lines[-1] and "first token n/a" not in lines[-1]


def test_nothing_listening_fails_at_the_first_step() -> None:
    run = smoke(f"http://127.0.0.1:{free_port()}")
    assert run.returncode == 1
    assert "SMOKE FAILED at ready: cannot reach" in run.stderr


def test_a_plan_job_that_does_not_finish_in_time_fails_and_the_account_is_still_deleted(host: LocalHost) -> None:
    run = smoke(host.base_url, "--timeout", "0")
    assert run.returncode == 1
    assert "SMOKE FAILED at plan: job " in run.stderr and "not done within 0 s" in run.stderr
    assert "cleanup: deleted smoke-" in run.stderr


def test_a_base_url_without_a_scheme_is_refused() -> None:
    run = smoke("app.example.net")
    assert run.returncode == 2 and "must start with http:// or https://" in run.stderr


def _load_smoke_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vigor_smoke", SMOKE.with_suffix(".py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_token_goes_out_in_both_headers() -> None:
    seen: list[dict[str, Any]] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers))
            body = json.dumps({"id": "u1"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        api = _load_smoke_module().Api(f"http://127.0.0.1:{server.server_address[1]}", 10)
        api.token = "tok-123"
        assert api.call("GET", "/api/users/me") == {"id": "u1"}
    finally:
        server.shutdown()
        thread.join()
    [headers] = seen
    assert headers["X-Vigor-Authorization"] == "Bearer tok-123"
    assert headers["Authorization"] == "Bearer tok-123"
