"""Provider configs an admin may save: a key reference that names an AI provider's key, a URL that is the provider's."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from shared.llm.types import ProviderConfig


def _config(**fields: str) -> ProviderConfig:
    return ProviderConfig.model_validate({"id": "p", "kind": "openai_compatible", "model": "m", **fields})


@pytest.mark.parametrize(
    "fields",
    [{"base_url": "https://api.openai.com/v1", "api_key_ref": "OPENAI_API_KEY"},
     {"base_url": "https://example.openai.azure.com/", "api_key_ref": "azure-openai-api-key"},
     {"base_url": "http://127.0.0.1:8080/v1", "api_key_ref": "FAKE_LLM_KEY"}, {"api_key_ref": "gemini-key"},
     {"api_key_ref": ""}],
)  # fmt: skip
def test_provider_urls_and_key_references_are_accepted(fields: dict[str, str]) -> None:
    assert _config(**fields).base_url == fields.get("base_url", "").rstrip("/")


@pytest.mark.parametrize(
    "fields",
    [{"base_url": "https://"}, {"base_url": "https:///"}, {"base_url": "http://127.0.0.1.evil.example/v1"},
     {"base_url": "http://localhost@evil.example/v1"}, {"base_url": "http://127.0.0.1:1@evil.example"},
     {"base_url": "https://169.254.169.254/metadata"}, {"base_url": "https://a.example/\r\nX-Injected: 1"},
     {"base_url": "ftp://a.example"}, {"base_url": "http://api.example.com/v1"},
     {"api_key_ref": "HOME"}, {"api_key_ref": "JWT_SIGNING_KEY"}, {"api_key_ref": "COSMOS_KEY"},
     {"api_key_ref": "AzureWebJobsStorage"}],
)  # fmt: skip
def test_an_admin_cannot_point_a_provider_at_any_url_or_resolve_vigors_own_secrets(fields: dict[str, str]) -> None:
    """The attacker review sent HOME (and could send JWT_SIGNING_KEY) as a bearer token to a URL of its choice;
    "https://" passed the check and then failed it (a 500). Each is a clear 422 now."""
    with pytest.raises(ValidationError):
        _config(**fields)
