"""Starts the real local host (`python -m shared.cli serve`) as a subprocess on a free port."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support.net import free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class LocalHost:
    base_url: str
    data_dir: Path
    process: subprocess.Popen[str]
    log_path: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 30) -> int:
        """Ctrl-C, as a developer would; returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_local_host(data_dir: Path, env: dict[str, str] | None = None, wait: bool = True) -> LocalHost:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "local-host.log"
    child_env = {k: v for k, v in os.environ.items() if not k.startswith(("COSMOS_", "AzureWebJobs"))}
    child_env.update({"VIGOR_PORT": str(port), "VIGOR_DATA_DIR": str(data_dir), "VIGOR_ENV": "test"})
    child_env.update(env or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "shared.cli", "serve"],
        cwd=ROOT,
        env=child_env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    host = LocalHost(f"http://127.0.0.1:{port}", data_dir, process, log_path, env or {})
    if wait:
        wait_ready(host)
    return host


def wait_ready(host: LocalHost, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if host.process.poll() is not None:
            raise RuntimeError(f"local host exited with {host.process.returncode}:\n{host.log()}")
        try:
            if httpx.get(f"{host.base_url}/api/health/ready", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    host.stop()
    raise TimeoutError(f"local host not ready after {timeout}s:\n{host.log()}")
