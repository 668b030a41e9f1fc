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

from shared.config import REPO_ROOT, load_settings

INFRA = REPO_ROOT / "infra"
HOOK = REPO_ROOT / "scripts" / "azd-preprovision"

# azd: `env get-value NAME` prints it or fails; `env set NAME VALUE` stores it (and logs the name).
AZD = """#!/usr/bin/env bash
store="$AZD_STORE"; touch "$store"
if [ "$1 $2" = "env get-value" ]; then v=$(grep "^$3=" "$store" | cut -d= -f2-); [ -n "$v" ] || exit 1; echo "$v"
elif [ "$1 $2" = "env set" ]; then grep -v "^$3=" "$store" > "$store.tmp" || true; echo "$3=$4" >> "$store.tmp"
  mv "$store.tmp" "$store"; echo "set $3" >> "$AZD_STORE.log"
else exit 2; fi
"""
# az, as Azure answers: AZ_SIGNED_OUT fails every call as an unsigned CLI does; the budget's start date is
# $AZ_BUDGET_START; the resource group's vault is $AZ_VAULT, its jwt-signing-key secret $AZ_SECRET and its
# totp-encryption-keys secret $AZ_TOTP.
AZ = """#!/usr/bin/env bash
if [ -n "$AZ_SIGNED_OUT" ]; then echo "ERROR: Please run 'az login' to setup account." >&2; exit 1; fi
case "$1 $2" in
  "consumption budget") [ -n "$AZ_BUDGET_START" ] || { echo "(ResourceNotFound) Budget not found" >&2; exit 3; }
    echo "$AZ_BUDGET_START" ;;
  "keyvault list") echo "$AZ_VAULT" ;;
  "keyvault secret") value=$AZ_SECRET; [ "$7" = totp-encryption-keys ] && value=$AZ_TOTP
    [ "$7" = vapid-private-key ] && value=$AZ_VAPID
    [ -n "$value" ] || { echo "(SecretNotFound) A secret with (name/id) was not found" >&2; exit 3; }; echo "$value" ;;
  *) exit 2 ;;
esac
"""


def _run_hook(
    tmp_path: Path, env_file: str = "", budget_in_azure: str = "", **azure: str
) -> tuple[dict[str, str], str, subprocess.CompletedProcess[str]]:
    """Run the real hook once; `azure` sets AZ_VAULT, AZ_SECRET, AZ_SIGNED_OUT. The azd store persists in tmp_path
    across calls. Returns the azd environment after the run, the names the hook set, and the process."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, text in (("azd", AZD), ("az", AZ)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    store = tmp_path / "env"
    if env_file or not store.exists():
        store.write_text(env_file)
    log = Path(f"{store}.log")
    log.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "AZD_STORE": str(store),
        "AZ_BUDGET_START": budget_in_azure,
        "AZURE_ENV_NAME": "vigor-test",
        **{f"AZ_{name.upper()}": value for name, value in azure.items()},
    }
    done = subprocess.run(["bash", str(HOOK)], env=env, capture_output=True, text=True, timeout=30)
    values = dict(line.split("=", 1) for line in store.read_text().splitlines() if line)
    return values, log.read_text() if log.exists() else "", done


THIS_MONTH = dt.datetime.now(dt.UTC).strftime("%Y-%m-01")
KEY = "k" * 40
RING = "k1:" + "r" * 64


def test_first_provision_pins_the_first_day_of_this_month(tmp_path: Path) -> None:
    values, _, done = _run_hook(tmp_path)
    assert done.returncode == 0, done.stderr
    assert values["AZURE_BUDGET_START_DATE"] == THIS_MONTH


def test_the_start_date_of_the_budget_in_azure_wins_and_is_not_rewritten(tmp_path: Path) -> None:
    values, log, _ = _run_hook(tmp_path, env_file="AZURE_BUDGET_START_DATE=2025-03-01\n", budget_in_azure="2025-03-01")
    assert values["AZURE_BUDGET_START_DATE"] == "2025-03-01"
    assert "AZURE_BUDGET_START_DATE" not in log, "the hook must not rewrite a date that is right"


def test_a_fresh_runner_recovers_the_date_of_the_budget_in_azure(tmp_path: Path) -> None:
    values, _, _ = _run_hook(tmp_path, budget_in_azure="2025-07-01T00:00:00+00:00")
    assert values["AZURE_BUDGET_START_DATE"] == "2025-07-01"


def test_a_stale_date_is_replaced_when_azure_has_no_budget_yet(tmp_path: Path) -> None:
    # The budget is created only once a budget and an alert email are set, maybe months after the first provision:
    # Azure refuses a new budget that starts before the current month.
    values, _, _ = _run_hook(tmp_path, env_file="AZURE_BUDGET_START_DATE=2025-03-01\n")
    assert values["AZURE_BUDGET_START_DATE"] == THIS_MONTH


def test_the_pinned_date_is_kept_when_azure_cannot_be_asked(tmp_path: Path) -> None:
    env_file = f"AZURE_BUDGET_START_DATE=2025-03-01\nVIGOR_JWT_SIGNING_KEY={KEY}\nVIGOR_TOTP_ENCRYPTION_KEYS={RING}\n"
    values, log, done = _run_hook(tmp_path, env_file=env_file, signed_out="1")
    assert done.returncode == 0, done.stderr
    assert values["AZURE_BUDGET_START_DATE"] == "2025-03-01" and values["VIGOR_JWT_SIGNING_KEY"] == KEY
    assert log == ""


def test_the_first_provision_makes_a_strong_signing_key_and_the_next_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    values, log, done = _run_hook(tmp_path, vault="kv-vigor-abc")
    assert done.returncode == 0, done.stderr
    key = values["VIGOR_JWT_SIGNING_KEY"]
    assert len(key.encode()) >= 32 and not key.startswith("-")  # shared/config.py refuses keys under 32 bytes
    monkeypatch.setenv("JWT_SIGNING_KEY", key)
    assert load_settings().jwt_signing_key == key  # the app's own check accepts it
    assert "set VIGOR_JWT_SIGNING_KEY" in log
    # Second provision from the same machine: the vault now holds the key Bicep stored, the azd env too.
    again, log, _ = _run_hook(tmp_path, vault="kv-vigor-abc", secret=key)
    assert again["VIGOR_JWT_SIGNING_KEY"] == key and "VIGOR_JWT_SIGNING_KEY" not in log
    # Also before the first provision finished (nothing in the vault yet): the azd env key is kept.
    again, log, _ = _run_hook(tmp_path, vault="kv-vigor-abc")
    assert again["VIGOR_JWT_SIGNING_KEY"] == key and "VIGOR_JWT_SIGNING_KEY" not in log


def test_a_fresh_runner_reuses_the_key_in_key_vault(tmp_path: Path) -> None:
    values, _, _ = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY)
    assert values["VIGOR_JWT_SIGNING_KEY"] == KEY


def test_a_key_rotated_in_key_vault_is_not_rolled_back(tmp_path: Path) -> None:
    rotated = "r" * 64
    values, _, _ = _run_hook(tmp_path, env_file=f"VIGOR_JWT_SIGNING_KEY={KEY}\n", vault="kv-vigor-abc", secret=rotated)
    assert values["VIGOR_JWT_SIGNING_KEY"] == rotated


def test_no_new_key_when_azure_cannot_say_whether_one_exists(tmp_path: Path) -> None:
    values, _, done = _run_hook(tmp_path, signed_out="1")
    assert done.returncode != 0 and "az login" in done.stderr
    assert "VIGOR_JWT_SIGNING_KEY" not in values


def test_the_totp_key_ring_is_made_once_kept_and_rotations_in_key_vault_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    values, log, done = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY)
    assert done.returncode == 0, done.stderr
    ring = values["VIGOR_TOTP_ENCRYPTION_KEYS"]
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", ring)
    assert load_settings().totp_encryption_keys == ring and ring.startswith("k1:")  # the app's own check accepts it
    again, log, _ = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY)  # Bicep has not stored it yet
    assert again["VIGOR_TOTP_ENCRYPTION_KEYS"] == ring and "VIGOR_TOTP_ENCRYPTION_KEYS" not in log
    rotated = "k2:" + "n" * 64 + "," + ring
    again, _, _ = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY, totp=rotated)
    assert again["VIGOR_TOTP_ENCRYPTION_KEYS"] == rotated
    signed_out, _, done = _run_hook(tmp_path, env_file=f"VIGOR_JWT_SIGNING_KEY={KEY}\n", signed_out="1")
    assert done.returncode != 0 and "VIGOR_TOTP_ENCRYPTION_KEYS" not in signed_out  # never a new ring blind


def test_the_vapid_key_is_made_once_usable_by_the_app_and_the_vaults_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Web Push works after `azd up` with no operator step: the hook makes the VAPID key (Key Vault
    vapid-private-key through Bicep), the app derives its public key from it, and a later run keeps it (a new key
    would end every browser's subscription)."""
    from shared.notifications.vapid import vapid_keys

    values, _, done = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY, totp=RING)
    assert done.returncode == 0, done.stderr
    key = values["VIGOR_VAPID_PRIVATE_KEY"]
    monkeypatch.setenv("VAPID_PRIVATE_KEY", key)
    monkeypatch.setenv("VIGOR_ENV", "production")  # no generated local key to fall back on
    monkeypatch.setenv("JWT_SIGNING_KEY", KEY)
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", RING)
    public = vapid_keys(load_settings()).public_key
    assert len(key) == 43 and len(public) == 87  # base64url of 32 bytes; of an uncompressed P-256 point
    again, log, _ = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY, totp=RING)
    assert again["VIGOR_VAPID_PRIVATE_KEY"] == key and "VIGOR_VAPID_PRIVATE_KEY" not in log
    stored = "v" * 43
    again, _, _ = _run_hook(tmp_path, vault="kv-vigor-abc", secret=KEY, totp=RING, vapid=stored)
    assert again["VIGOR_VAPID_PRIVATE_KEY"] == stored
    azd = json.loads((INFRA / "main.parameters.json").read_text())["parameters"]
    assert azd["vapidPrivateKey"]["value"] == "${VIGOR_VAPID_PRIVATE_KEY=}"
    assert "webPush: webPush && !empty(vapidPrivateKey)" in (INFRA / "main.bicep").read_text()


def test_the_template_takes_the_key_from_the_hook() -> None:
    azd = json.loads((INFRA / "main.parameters.json").read_text())["parameters"]
    assert azd["jwtSigningKey"]["value"] == "${VIGOR_JWT_SIGNING_KEY}"
    assert azd["totpEncryptionKeys"]["value"] == "${VIGOR_TOTP_ENCRYPTION_KEYS}"
    assert (
        "TOTP_ENCRYPTION_KEYS: '${kvRef}${totpSecretName})'" in (INFRA / "modules" / "app-settings.bicep").read_text()
    )
    assert "secretOrRandomPassword" not in (INFRA / "main.parameters.json").read_text()
    assert re.search(r"@minLength\(32\)\n[^\n]*\nparam jwtSigningKey string", (INFRA / "main.bicep").read_text())


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


def test_the_host_reaches_every_storage_service_it_uses_with_the_identity() -> None:
    # Shared keys are off on the account: blobs (leases), queues (triggers) and tables (the host's diagnostic
    # events) each need an endpoint in the app settings and a data role for the identity.
    settings = (INFRA / "modules" / "app-settings.bicep").read_text()
    access = (INFRA / "modules" / "access.bicep").read_text()
    for service, role_id in (
        ("blob", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b"),
        ("queue", "974c5e8b-45b9-4653-ba55-5f855dd0fb88"),
        ("table", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"),
    ):
        assert f"AzureWebJobsStorage__{service}ServiceUri: storage.properties.primaryEndpoints.{service}" in settings
        role = re.search(rf"^  (\w+): '{role_id}'", access, re.MULTILINE)
        assert role, service
        assert re.search(
            rf"principalId: appPrincipalId\n[^\n]*\n\s+roleDefinitionId: [^\n]*roles\.{role.group(1)}\)", access
        ), f"the app identity holds {role.group(1)}"
