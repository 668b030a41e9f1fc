"""An optional second opinion from Azure AI Content Safety on the user's message and the coach's answer.

Vigor's own rules (shared.safety.inputs / outputs) always run; when `CONTENT_SAFETY_ENDPOINT` is set,
the text is also sent to Content Safety's text analysis (the `azure-ai-contentsafety` SDK; a key
from `CONTENT_SAFETY_KEY_REF`, else the managed identity). Its classifiers read meaning, not words,
so they catch paraphrases the rules miss. Verdicts:

    SelfHarm at severity 2 or more ("low" and up)       -> "self_harm" (the crisis answer)
    Hate, Sexual or Violence at severity 4 or more      -> "harmful"

A failure (timeout, error, throttling) leaves the rules as the only check and is logged: the answer
is never blocked or delayed beyond `CONTENT_SAFETY_TIMEOUT_S` by the second opinion.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from shared.bootstrap import Services

Verdict = Literal["self_harm", "harmful"]
SELF_HARM_SEVERITY = 2
OTHER_SEVERITY = 4
MAX_CHARS = 10_000  # the service's limit per request
log = logging.getLogger("vigor.safety")


class SecondOpinion:
    """Content Safety's verdict on a text (one request; None when it finds nothing or cannot answer)."""

    def __init__(self, client: Any, timeout_s: float) -> None:
        self.client = client
        self.timeout_s = timeout_s

    async def judge(self, text: str) -> Verdict | None:
        from azure.ai.contentsafety.models import AnalyzeTextOptions

        if not text.strip():
            return None
        try:
            async with asyncio.timeout(self.timeout_s):
                result = await self.client.analyze_text(AnalyzeTextOptions(text=text[:MAX_CHARS]))
        except Exception as exc:  # the rules still apply; the second opinion is a bonus
            log.warning("content safety unavailable: %s", type(exc).__name__)
            return None
        severities = {str(c.category): int(c.severity or 0) for c in result.categories_analysis or []}
        if severities.get("SelfHarm", 0) >= SELF_HARM_SEVERITY:
            return "self_harm"
        if any(severities.get(name, 0) >= OTHER_SEVERITY for name in ("Hate", "Sexual", "Violence")):
            return "harmful"
        return None

    async def close(self) -> None:
        await self.client.close()


async def second_opinion(services: Services) -> SecondOpinion | None:
    """The Services' Content Safety client (built once), or None when none is configured."""
    settings = services.settings
    if not settings.content_safety_endpoint:
        return None
    cached = services.caches.content_safety
    if cached is not None:
        return cached
    from azure.ai.contentsafety.aio import ContentSafetyClient
    from azure.core.credentials import AzureKeyCredential

    from shared.llm.secrets import resolve_key

    key = await resolve_key(services, settings.content_safety_key_ref)
    credential: Any
    if key:
        credential = AzureKeyCredential(key)
    else:
        from azure.identity.aio import DefaultAzureCredential

        credential = DefaultAzureCredential()
    client = ContentSafetyClient(settings.content_safety_endpoint, credential)
    services.caches.content_safety = SecondOpinion(client, settings.content_safety_timeout_s)
    return services.caches.content_safety
