"""Every setting the code reads is declared for Azure (infra/modules/app-settings.bicep) and for laptops
(local.settings.sample.json), and neither declares a setting the code does not read.

The Bicep app settings live in one object literal (`Microsoft.Web/sites/config` `appsettings`), whose keys
are the environment names; this test reads them from the template text. When it fails after you added a
field to shared/config.py, add the name to that block and to the sample file, or list it below with a reason.
"""

from __future__ import annotations

import json
import re

import pytest

from shared.config import REPO_ROOT, setting_names
from tests.support.bicep_text import object_entries

APP_SETTINGS_BICEP = REPO_ROOT / "infra" / "modules" / "app-settings.bicep"
SAMPLE = REPO_ROOT / "local.settings.sample.json"

# Read by the code, deliberately not set in Azure.
NOT_IN_AZURE = {
    "VIGOR_HOST": "the local host's bind address; in Azure the Functions host owns the socket",
    "VIGOR_PORT": "the local host's port; in Azure the Functions host owns the socket",
    "VIGOR_WORKERS": "the local host's worker processes; in Azure the platform scales instances",
    "VIGOR_DATA_DIR": "home of the embedded SQLite store/queue; Azure uses Cosmos DB and Storage queues",
    "VIGOR_STATIC_DIR": "the local host serves the web build; in Azure the Static Web App does",
    "VIGOR_TRUSTED_PROXIES": (
        "its production default (`private`) is Azure's front ends and the Static Web App's forwarder; "
        "set it only with another proxy (a CDN) in front"
    ),
    "SMTP_HOST": "self-hosting's mail server; in Azure, Communication Services sends (ACS_EMAIL_ENDPOINT)",
    "SMTP_PORT": "self-hosting's mail server; in Azure, Communication Services sends",
    "SMTP_USERNAME": "self-hosting's mail server; in Azure, Communication Services sends",
    "SMTP_PASSWORD": "self-hosting's mail server; in Azure, Communication Services sends",
    "SMTP_SECURITY": "self-hosting's mail server; in Azure, Communication Services sends",
    "COSMOS_KEY": "key auth is disabled on the account; the app uses its identity (Cosmos SQL role assignment)",
    "AzureWebJobsStorage": (
        "a connection string; in Azure the identity-based AzureWebJobsStorage__* settings replace it, "
        "and even an empty value would shadow them for the Functions host"
    ),
}

# Set in Azure for the platform (Functions host, App Service), never read by Vigor's code.
PLATFORM_IN_AZURE = {
    "AzureWebJobsStorage__accountName": "Functions host: identity-based storage connection",
    "AzureWebJobsStorage__credential": "Functions host: use the managed identity",
    "AzureWebJobsStorage__clientId": "Functions host: which (user-assigned) identity",
    "FUNCTIONS_EXTENSION_VERSION": "Functions host: runtime major version on a Dedicated plan",
    "FUNCTIONS_WORKER_RUNTIME": "Functions host: the Python worker on a Dedicated plan",
    "SCM_DO_BUILD_DURING_DEPLOYMENT": "deployment: remote build installs requirements.txt",
    "ENABLE_ORYX_BUILD": "deployment: the remote build uses Oryx on Linux",
    "AzureWebJobsStorage__tableServiceUri": "Functions host: diagnostic events in Table storage, identity-only",
    "APPLICATIONINSIGHTS_AUTHENTICATION_STRING": "Functions host: Entra-authenticated telemetry ingestion",
    "PYTHON_ENABLE_INIT_INDEXING": "Python worker: HTTP streams (docs/deploy.md, 'Streaming on Azure')",
}

# In the sample for Core Tools (`func start`), never read by Vigor's code.
LOCAL_PLATFORM = {
    "FUNCTIONS_WORKER_RUNTIME": "Core Tools needs it; Flex Consumption takes the runtime from functionAppConfig",
    "AzureWebJobsFeatureFlags": "Core Tools: worker indexing for the v2 model (the default in Azure)",
    "PYTHON_ENABLE_INIT_INDEXING": "the Python 3.11 worker turns HTTP streams on only with it",
}

# These need a storage key or SAS (Azure Files content share, package URL); shared keys are off on the account
# and a Dedicated plan runs the package from its own disk.
KEY_BOUND = {
    "WEBSITE_RUN_FROM_PACKAGE",
    "WEBSITE_CONTENTSHARE",
    "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
}

SECRET_NAME = re.compile(r"(SECRET|PASSWORD|SIGNING_KEY|API_KEY|_KEY$)")


def bicep_settings() -> dict[str, str]:
    text = APP_SETTINGS_BICEP.read_text()
    return object_entries(text, "resource appSettings 'Microsoft.Web/sites/config@")


def sample_settings() -> dict[str, str]:
    values: dict[str, str] = json.loads(SAMPLE.read_text())["Values"]
    return values


def test_the_bicep_parser_finds_the_app_settings() -> None:
    settings = bicep_settings()
    assert {"COSMOS_ENDPOINT", "AzureWebJobsStorage__queueServiceUri", "APPLICATIONINSIGHTS_CONNECTION_STRING"} <= set(
        settings
    )
    assert all(value for value in settings.values()), "every entry has a value expression"


def test_every_setting_the_code_reads_is_declared_in_bicep() -> None:
    missing = set(setting_names()) - set(bicep_settings()) - set(NOT_IN_AZURE)
    assert not missing, (
        f"add {sorted(missing)} to {APP_SETTINGS_BICEP.relative_to(REPO_ROOT)} "
        "(a Key Vault reference if it is a secret), or to NOT_IN_AZURE in this test with a reason"
    )


def test_bicep_declares_nothing_the_code_does_not_read() -> None:
    extra = set(bicep_settings()) - set(setting_names()) - set(PLATFORM_IN_AZURE)
    assert not extra, f"{sorted(extra)} are set in Azure but no field of shared/config.py reads them"


def test_every_setting_the_code_reads_is_in_the_sample_file() -> None:
    missing = set(setting_names()) - set(sample_settings())
    assert not missing, f"add {sorted(missing)} to local.settings.sample.json"


def test_the_sample_file_declares_nothing_the_code_does_not_read() -> None:
    extra = set(sample_settings()) - set(setting_names()) - set(LOCAL_PLATFORM)
    assert not extra, f"{sorted(extra)} are in local.settings.sample.json but no field of shared/config.py reads them"


def test_exception_lists_are_not_stale() -> None:
    names, in_bicep = set(setting_names()), set(bicep_settings())
    assert set(NOT_IN_AZURE) <= names, "NOT_IN_AZURE lists names the code no longer reads"
    assert not set(NOT_IN_AZURE) & in_bicep, "a setting is both excused from Bicep and declared there"
    assert not set(PLATFORM_IN_AZURE) & names, "a platform setting became a code setting: drop it from the list"
    assert set(PLATFORM_IN_AZURE) <= in_bicep
    assert all(reason.strip() for reason in (*NOT_IN_AZURE.values(), *PLATFORM_IN_AZURE.values()))


def test_no_setting_needs_a_storage_key() -> None:
    assert not KEY_BOUND & set(bicep_settings())


@pytest.mark.parametrize("name", sorted(n for n in setting_names() if SECRET_NAME.search(n) and n not in NOT_IN_AZURE))
def test_secrets_are_key_vault_references(name: str) -> None:
    value = bicep_settings()[name]
    assert "kvRef" in value or "@Microsoft.KeyVault(" in value, f"{name} must be a Key Vault reference, got {value}"


def test_no_literal_secret_or_connection_string_in_bicep() -> None:
    text = APP_SETTINGS_BICEP.read_text()
    for marker in ("AccountKey=", "InstrumentationKey=", "listKeys(", "primaryMasterKey", "connectionStrings"):
        assert marker not in text, f"{marker} in the app settings: use identity or a Key Vault reference"
