"""`scripts/smoke BASE_URL` (issue 18, item 4), run as CI and an operator run it: a subprocess against the local host.

It passes against a healthy host and prints its timings; it fails, saying where, against a port with
nothing on it and when the plan job cannot finish within `--timeout` (and then still deletes its
throwaway account), and behind a proxy that stalls an answer or returns one that is not JSON, or when
SIGTERM arrives mid-step (each time the account is deleted and the exit is 1, naming the step); it sends
the token in both headers the API reads, and never to another origin a redirect points at.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
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
    assert re.fullmatch(r"time to a plan \d+ ms \(within the spec's 3 s\)", lines[-2]), lines[-2]
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


class _Proxy:
    """A proxy in front of the local host that forwards every request but, for the first one whose path starts
    with `path`, answers `mode`: `stall` (headers, then no body ever), or `garbage` (200 with a body that is not
    JSON). It records each forwarded request as (method, path, status) and when the bad answer went out."""

    def __init__(self, upstream: str, path: str, mode: str) -> None:
        import http.client
        import urllib.parse

        self.log: list[tuple[str, str, int]] = []
        self.answered_badly = threading.Event()
        self.release = threading.Event()
        target = urllib.parse.urlsplit(upstream)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if self.path.startswith(path) and not proxy.answered_badly.is_set():
                    proxy.answered_badly.set()
                    payload = b"<html>gateway</html>"
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload) if mode == "garbage" else 1000))
                    self.end_headers()
                    self.wfile.flush()
                    if mode == "garbage":
                        self.wfile.write(payload)
                    else:
                        proxy.release.wait(60)  # a stalled upstream: the body never comes
                    return
                upstream_conn = http.client.HTTPConnection(str(target.hostname), target.port, timeout=60)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                upstream_conn.request(self.command, self.path, body=body, headers=headers)
                answer = upstream_conn.getresponse()
                data = answer.read()
                proxy.log.append((self.command, self.path, answer.status))
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                upstream_conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = _forward

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> _Proxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.mark.parametrize(("path", "mode", "reason"), [
    ("/api/jobs/", "stall", "TimeoutError"),  # the answer's headers came, its body never did
    ("/api/users/profile", "garbage", "JSONDecodeError"),  # a proxy's error page with status 200
])  # fmt: skip
def test_an_answer_that_stalls_or_is_not_json_fails_the_step_and_still_deletes_the_account(
    host: LocalHost, path: str, mode: str, reason: str
) -> None:
    with _Proxy(host.base_url, path, mode) as proxy:
        run = smoke(proxy.base_url, "--request-timeout", "2")
    step = "plan" if path == "/api/jobs/" else "profile"
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"SMOKE FAILED at {step}: {reason}" in run.stderr, run.stderr
    assert "cleanup: deleted smoke-" in run.stderr and "Traceback" not in run.stderr
    assert ("DELETE", "/api/users/me", 204) in proxy.log


def test_sigterm_mid_step_deletes_the_account_and_exits_1(host: LocalHost) -> None:
    import signal

    with _Proxy(host.base_url, "/api/jobs/", "stall") as proxy:
        env = {"PATH": "/usr/bin:/bin", "PYTHON": sys.executable}
        process = subprocess.Popen(
            [str(SMOKE), proxy.base_url, "--request-timeout", "60"], env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            assert proxy.answered_badly.wait(60), "the smoke run never reached the plan job"
            process.send_signal(signal.SIGTERM)
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 1, out + err
    assert "SMOKE FAILED at plan: terminated (SIGTERM)" in err
    assert "cleanup: deleted smoke-" in err and ("DELETE", "/api/users/me", 204) in proxy.log


def test_the_token_does_not_follow_a_redirect_to_another_origin() -> None:
    seen: dict[str, dict[str, str]] = {}

    def server(name: str, answer: Callable[[BaseHTTPRequestHandler], None]) -> ThreadingHTTPServer:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen[name] = dict(self.headers)
                answer(self)

            def log_message(self, *args: Any) -> None:
                pass

        running = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=running.serve_forever, daemon=True).start()
        return running

    def json_ok(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "2")
        handler.end_headers()
        handler.wfile.write(b"{}")

    elsewhere = server("elsewhere", json_ok)

    def redirect(handler: BaseHTTPRequestHandler) -> None:
        if handler.path == "/api/users/me":
            target = f"http://127.0.0.1:{elsewhere.server_address[1]}/collect"
        elif handler.path == "/api/here":
            target = "/api/same-origin"
        else:
            return json_ok(handler)
        handler.send_response(307)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    origin = server("origin", redirect)
    try:
        api = _load_smoke_module().Api(f"http://127.0.0.1:{origin.server_address[1]}", 10)
        api.token = "tok-123"
        assert api.call("GET", "/api/users/me") == {}
        assert "Authorization" not in seen["elsewhere"] and "X-Vigor-Authorization" not in seen["elsewhere"]
        assert api.call("GET", "/api/here") == {}  # a redirect within the origin keeps the token
        assert seen["origin"]["X-Vigor-Authorization"] == "Bearer tok-123"
    finally:
        for running in (origin, elsewhere):
            running.shutdown()
            running.server_close()
