"""checkov scans infra/ (Bicep) and no check may fail unless it is suppressed inline with a reason:

    //checkov:skip=CKV_AZURE_NN: why this does not apply here

checkov lives in .venv-tools (scripts/tools; its pins conflict with the test tools). It runs offline
(`--skip-download`). A file checkov cannot parse would be skipped silently, so parse errors fail too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from shared.config import REPO_ROOT

INFRA = REPO_ROOT / "infra"


def _checkov() -> Path | None:
    local = REPO_ROOT / ".venv-tools" / "bin" / "checkov"
    if local.exists():
        return local
    found = shutil.which("checkov")
    return Path(found) if found else None


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    checkov = _checkov()
    if checkov is None:
        pytest.skip("checkov is not installed: run scripts/tools (installs requirements-tools.txt into .venv-tools)")
    result = subprocess.run(
        [str(checkov), "-d", str(INFRA), "--framework", "bicep", "--skip-download", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "BC_SKIP_MAPPING": "TRUE", "CHECKOV_LOG_LEVEL": "ERROR"},
    )
    assert result.stdout.strip(), f"checkov printed nothing (exit {result.returncode}): {result.stderr[-2000:]}"
    data = json.loads(result.stdout)
    reports = data if isinstance(data, list) else [data]
    bicep: dict[str, Any]
    (bicep,) = [r for r in reports if r.get("check_type") == "bicep"]
    return bicep


def _describe(checks: list[dict[str, Any]]) -> str:
    return "\n".join(f"{c['check_id']} {c['file_path']} {c['resource']}: {c['check_name']}" for c in checks)


def test_every_template_parses(report: dict[str, Any]) -> None:
    # checkov counts a template it cannot parse (e.g. Bicep syntax its parser lacks) and skips it.
    assert report["summary"]["parsing_errors"] == 0, report["results"].get("parsing_errors")
    assert report["summary"]["resource_count"] >= 40, "fewer resources than infra/ declares: was a file skipped?"


def test_no_failed_checks(report: dict[str, Any]) -> None:
    failed = report["results"]["failed_checks"]
    assert not failed, "fix these or suppress inline with a reason (//checkov:skip=ID: reason):\n" + _describe(failed)


def test_every_suppression_gives_a_reason(report: dict[str, Any]) -> None:
    bare = [
        c
        for c in report["results"]["skipped_checks"]
        if len(c["check_result"].get("suppress_comment", "").strip()) < 15
    ]
    assert not bare, "suppressions need a reason:\n" + _describe(bare)
