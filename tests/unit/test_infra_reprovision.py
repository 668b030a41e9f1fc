"""Infra that re-provisions: the budget start date is pinned once per environment, and the Function App's
identity holds its roles before the app exists.

No Bicep compiler or Azure subscription is reachable here: the template checks read the Bicep text, and the
azd hook runs for real with `azd`/`az` stand-ins on PATH that keep the azd environment in a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from shared.config import REPO_ROOT

INFRA = REPO_ROOT / "infra"
HOOK = REPO_ROOT / "scripts" / "azd-preprovision"

# azd: `env get-value NAME` prints it or fails; `env set NAME VALUE` stores it. az: prints $AZ_BUDGET_START.
AZD = """#!/usr/bin/env bash
store="$AZD_STORE"; touch "$store"
if [ "$1 $2" = "env get-value" ]; then v=$(grep "^$3=" "$store" | cut -d= -f2-); [ -n "$v" ] || exit 1; echo "$v"
elif [ "$1 $2" = "env set" ]; then grep -v "^$3=" "$store" > "$store.tmp" || true; echo "$3=$4" >> "$store.tmp"
  mv "$store.tmp" "$store"; echo "set $3" >> "$AZD_STORE.log"
else exit 2; fi
"""
AZ = """#!/usr/bin/env bash
[ -n "$AZ_BUDGET_START" ] || { echo "ResourceNotFound" >&2; exit 3; }
echo "$AZ_BUDGET_START"
"""


def _run_hook(tmp_path: Path, env_file: str = "", budget_in_azure: str = "") -> tuple[dict[str, str], str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, text in (("azd", AZD), ("az", AZ)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    store = tmp_path / "env"
    store.write_text(env_file)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "AZD_STORE": str(store),
        "AZ_BUDGET_START": budget_in_azure,
        "AZURE_ENV_NAME": "vigor-test",
    }
    subprocess.run(["bash", str(HOOK)], env=env, check=True, capture_output=True, text=True, timeout=30)
    values = dict(line.split("=", 1) for line in store.read_text().splitlines() if line)
    log = Path(f"{store}.log")
    return values, log.read_text() if log.exists() else ""


def test_first_provision_pins_the_first_day_of_this_month(tmp_path: Path) -> None:
    values, _ = _run_hook(tmp_path)
    assert values["AZURE_BUDGET_START_DATE"] == dt.datetime.now(dt.UTC).strftime("%Y-%m-01")


def test_a_pinned_date_is_never_moved(tmp_path: Path) -> None:
    values, log = _run_hook(tmp_path, env_file="AZURE_BUDGET_START_DATE=2025-03-01\n")
    assert values["AZURE_BUDGET_START_DATE"] == "2025-03-01"
    assert log == "", "the hook must not rewrite a pinned date"


def test_a_fresh_runner_recovers_the_date_of_the_budget_in_azure(tmp_path: Path) -> None:
    values, _ = _run_hook(tmp_path, budget_in_azure="2025-07-01T00:00:00+00:00")
    assert values["AZURE_BUDGET_START_DATE"] == "2025-07-01"


def test_the_template_takes_the_pinned_date_and_never_computes_one() -> None:
    main = (INFRA / "main.bicep").read_text()
    assert "utcNow" not in main
    assert re.search(r"^param budgetStartDate string$", main, re.MULTILINE), "no default: it must come from azd"
    azd = json.loads((INFRA / "main.parameters.json").read_text())["parameters"]
    assert azd["budgetStartDate"]["value"] == "${AZURE_BUDGET_START_DATE}"
    for env in ("dev", "prod"):
        assert (
            "readEnvironmentVariable('AZURE_BUDGET_START_DATE')"
            in (INFRA / "parameters" / f"{env}.bicepparam").read_text()
        )
    azure_yaml = (REPO_ROOT / "azure.yaml").read_text()
    assert "preprovision:" in azure_yaml and "scripts/azd-preprovision" in azure_yaml


def _module_block(main: str, name: str) -> str:
    match = re.search(rf"^module {name} '[^']+' = \{{\n(.*?)^\}}", main, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(1)


def test_the_app_identity_holds_its_roles_before_the_app_exists() -> None:
    main = (INFRA / "main.bicep").read_text()
    assert "appPrincipalId: identity.outputs.principalId" in _module_block(main, "access")
    app = _module_block(main, "functionApp")
    assert re.search(r"dependsOn: \[access\]", app) and "identityId: identity.outputs.id" in app
    site = (INFRA / "modules" / "function-app.bicep").read_text()
    assert "type: 'UserAssigned'" in site and "keyVaultReferenceIdentity: identityId" in site
    assert "SystemAssigned" not in site


@pytest.mark.parametrize(
    "setting", ["AZURE_CLIENT_ID", "AzureWebJobsStorage__clientId", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]
)
def test_every_identity_connection_names_the_user_assigned_identity(setting: str) -> None:
    text = (INFRA / "modules" / "app-settings.bicep").read_text()
    line = next(line for line in text.splitlines() if line.strip().startswith(f"{setting}:"))
    assert "identityClientId" in line, line
