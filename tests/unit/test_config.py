"""Settings: typed, named errors, local.settings.json like Core Tools, sample file complete."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared.config import REPO_ROOT, ConfigError, apply_local_settings, load_settings, setting_names


def test_defaults_are_embedded_and_local() -> None:
    settings = load_settings()
    assert settings.port == 7071
    assert settings.host == "127.0.0.1"
    assert not settings.uses_cosmos
    assert not settings.uses_azure_queues


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("VIGOR_PORT", "not-a-port"),
        ("VIGOR_PORT", "70000"),
        ("COSMOS_ENDPOINT", "ftp://x"),
        ("VIGOR_ENV", "staging"),
        ("JWT_SIGNING_KEY", "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/jwt-signing-key/)"),
    ],
)
def test_invalid_setting_fails_naming_it(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        load_settings()


def test_adapters_switch_by_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COSMOS_ENDPOINT", "https://example.documents.azure.com:443/")
    monkeypatch.setenv("AzureWebJobsStorage", "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==")
    settings = load_settings()
    assert settings.uses_cosmos and settings.uses_azure_queues


def test_local_settings_values_fill_the_environment_without_overriding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIGOR_PORT", "9001")
    monkeypatch.delenv("VIGOR_LOG_LEVEL", raising=False)
    path = tmp_path / "local.settings.json"
    path.write_text(json.dumps({"IsEncrypted": False, "Values": {"VIGOR_PORT": "9002", "VIGOR_LOG_LEVEL": "DEBUG"}}))
    apply_local_settings(path)
    settings = load_settings()
    assert settings.port == 9001  # the environment wins, as with Core Tools
    assert settings.log_level == "DEBUG"
    monkeypatch.delenv("VIGOR_LOG_LEVEL")


def test_broken_local_settings_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "local.settings.json"
    path.write_text("{not json")
    with pytest.raises(ConfigError, match=r"local\.settings\.json"):
        apply_local_settings(path)


def test_sample_file_lists_every_setting_with_a_value_that_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    values = json.loads((REPO_ROOT / "local.settings.sample.json").read_text())["Values"]
    missing = set(setting_names()) - set(values)
    assert not missing, f"local.settings.sample.json lacks {sorted(missing)}"
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    settings = load_settings()
    assert not settings.uses_cosmos and not settings.uses_azure_queues
