"""Google Gemini through `google-genai` (the successor of the end-of-life `google-generativeai`).

Built with `HttpRetryOptions(attempts=1)` so neither tenacity nor the SDK's implicit aiohttp
retry runs: the gateway is the only retry loop. Plans use `response_json_schema`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from shared.llm.providers.base import Provider, parse_retry_after, status_error
from shared.llm.types import FINISHED, Completion, CompletionRequest, ProviderError, StreamDelta


def _map_error(exc: Exception) -> ProviderError:
    from google.genai import errors

    if isinstance(exc, errors.APIError):
        headers = getattr(getattr(exc, "response", None), "headers", None) or {}
        return status_error(int(exc.code or 500), parse_retry_after(headers.get("retry-after")))
    if isinstance(exc, TimeoutError) or "Timeout" in type(exc).__name__:
        return ProviderError("timeout", "provider timed out", retryable=True)
    if isinstance(exc, ValueError):
        return ProviderError("malformed", "provider answer could not be read")
    return ProviderError("network", f"provider failed ({type(exc).__name__})", retryable=True)


def _finish(chunk: Any) -> str | None:
    """The candidate's finish reason as the gateway names it (STOP: `stop`, MAX_TOKENS: `length`), if any."""
    reason = chunk.candidates[0].finish_reason if chunk.candidates else None
    name = str(getattr(reason, "value", reason) or "")
    if not name or name == "FINISH_REASON_UNSPECIFIED":
        return None
    return {"STOP": FINISHED, "MAX_TOKENS": "length"}.get(name, name.lower())


class GeminiProvider(Provider):
    kind: ClassVar[str] = "gemini"
    _client_obj: Any = None

    @property
    def _client(self) -> Any:
        if self._client_obj is None:
            from google import genai
            from google.genai import types

            options = types.HttpOptions(
                base_url=self.config.base_url or None,
                timeout=int(self.config.timeout_s * 1000),
                retry_options=types.HttpRetryOptions(attempts=1),
            )
            self._client_obj = genai.Client(api_key=self._api_key or "unset", http_options=options)
        return self._client_obj

    def _args(self, request: CompletionRequest) -> dict[str, Any]:
        from google.genai import types

        config = types.GenerateContentConfig(
            system_instruction=request.system,
            max_output_tokens=min(request.max_output_tokens, self.config.max_output_tokens),
        )
        if request.json_schema is not None:
            config.response_mime_type = "application/json"
            config.response_json_schema = request.json_schema
        contents = [
            types.Content(role="model" if m.role == "assistant" else "user", parts=[types.Part(text=m.content)])
            for m in request.messages
        ]
        return {"model": self.config.model, "contents": contents, "config": config}

    async def complete(self, request: CompletionRequest) -> Completion:
        try:
            resp = await self._client.aio.models.generate_content(**self._args(request))
            text = resp.text or ""
        except Exception as exc:
            raise _map_error(exc) from None
        usage = resp.usage_metadata
        return Completion(
            text=text,
            tokens_in=getattr(usage, "prompt_token_count", 0) or 0,
            tokens_out=getattr(usage, "candidates_token_count", 0) or 0,
        )

    async def stream(self, request: CompletionRequest) -> AsyncIterator[StreamDelta]:
        tokens_in = tokens_out = 0
        finish: str | None = None
        try:
            async for chunk in await self._client.aio.models.generate_content_stream(**self._args(request)):
                if chunk.text:
                    yield StreamDelta(text=chunk.text)
                finish = _finish(chunk) or finish
                if chunk.usage_metadata:
                    tokens_in = chunk.usage_metadata.prompt_token_count or tokens_in
                    tokens_out = chunk.usage_metadata.candidates_token_count or tokens_out
        except ProviderError:
            raise
        except Exception as exc:
            raise _map_error(exc) from None
        yield StreamDelta(tokens_in=tokens_in, tokens_out=tokens_out, finish=finish)

    def prepare(self) -> None:
        _ = self._client

    async def close(self) -> None:
        if self._client_obj is not None:
            await self._client_obj.aio.aclose()
            self._client_obj = None
