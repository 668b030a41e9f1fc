"""OpenAI, Azure OpenAI and any OpenAI-compatible endpoint (chat completions or the Responses API).

The `openai` SDK is imported on first use (cold start) and built with `max_retries=0`: the gateway
is the only retry loop. Plans use strict `json_schema` structured output.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from shared.llm.providers.base import Provider, parse_retry_after, status_error
from shared.llm.types import FINISHED, Completion, CompletionRequest, ProviderError, StreamDelta

AZURE_API_VERSION = "2024-10-21"


def _map_error(exc: Exception) -> ProviderError:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return ProviderError("timeout", "provider timed out", retryable=True)
    if isinstance(exc, openai.APIConnectionError):
        return ProviderError("network", "provider unreachable", retryable=True)
    if isinstance(exc, openai.APIStatusError):
        return status_error(exc.status_code, parse_retry_after(exc.response.headers.get("retry-after")))
    if isinstance(exc, openai.APIResponseValidationError | ValueError):
        return ProviderError("malformed", "provider answer could not be read")
    return ProviderError("server", f"provider failed ({type(exc).__name__})", retryable=True)


def _responses_end(response: Any) -> StreamDelta:
    """The last piece of a Responses stream: `response.completed` is a whole answer, `response.incomplete`
    a partial one (`max_output_tokens` reads as `length`, like chat completions)."""
    finish = FINISHED
    if response.status == "incomplete":
        reason = getattr(response.incomplete_details, "reason", None)
        finish = "length" if reason == "max_output_tokens" else str(reason or "incomplete")
    usage = response.usage
    return StreamDelta(
        tokens_in=usage.input_tokens if usage else None, tokens_out=usage.output_tokens if usage else None,
        finish=finish,
    )  # fmt: skip


class OpenAIProvider(Provider):
    kind: ClassVar[str] = "openai"
    default_style: ClassVar[str] = "chat_completions"
    _client_obj: Any = None

    def _make_client(self) -> Any:
        import openai

        return openai.AsyncOpenAI(
            api_key=self._api_key or "unset",
            base_url=self.config.base_url or None,
            max_retries=0,
            timeout=self.config.timeout_s,
        )

    @property
    def _client(self) -> Any:
        if self._client_obj is None:
            self._client_obj = self._make_client()
        return self._client_obj

    @property
    def _style(self) -> str:
        return self.config.api_style or self.default_style

    def _chat_args(self, request: CompletionRequest) -> dict[str, Any]:
        messages = [{"role": "system", "content": request.system}]
        messages += [{"role": m.role, "content": m.content} for m in request.messages]
        args: dict[str, Any] = {"model": self.config.model, "messages": messages}
        limit = min(request.max_output_tokens, self.config.max_output_tokens)
        args["max_completion_tokens" if self.kind != "openai_compatible" else "max_tokens"] = limit
        if request.json_schema is not None:
            args["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": request.schema_name, "strict": True, "schema": request.json_schema},
            }
        return args

    def _responses_args(self, request: CompletionRequest) -> dict[str, Any]:
        args: dict[str, Any] = {
            "model": self.config.model,
            "instructions": request.system,
            "input": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_output_tokens": min(request.max_output_tokens, self.config.max_output_tokens),
        }
        if request.json_schema is not None:
            args["text"] = {
                "format": {
                    "type": "json_schema",
                    "name": request.schema_name,
                    "strict": True,
                    "schema": request.json_schema,
                }
            }
        return args

    async def complete(self, request: CompletionRequest) -> Completion:
        try:
            if self._style == "responses":
                resp = await self._client.responses.create(**self._responses_args(request))
                usage = resp.usage
                return Completion(
                    text=resp.output_text or "",
                    tokens_in=getattr(usage, "input_tokens", 0) or 0,
                    tokens_out=getattr(usage, "output_tokens", 0) or 0,
                )
            resp = await self._client.chat.completions.create(**self._chat_args(request))
        except ProviderError:
            raise
        except Exception as exc:
            raise _map_error(exc) from None
        if not resp.choices:
            raise ProviderError("malformed", "provider returned no choices")
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            tokens_in=getattr(usage, "prompt_tokens", 0) or 0,
            tokens_out=getattr(usage, "completion_tokens", 0) or 0,
        )

    async def stream(self, request: CompletionRequest) -> AsyncIterator[StreamDelta]:
        try:
            if self._style == "responses":
                events = await self._client.responses.create(**self._responses_args(request), stream=True)
                async for event in events:
                    if event.type == "response.output_text.delta":
                        yield StreamDelta(text=event.delta)
                    elif event.type in ("response.completed", "response.incomplete"):
                        yield _responses_end(event.response)
                    elif event.type in ("response.failed", "error"):
                        raise ProviderError("server", "provider stream failed", retryable=True)
                return
            chunks = await self._client.chat.completions.create(
                **self._chat_args(request), stream=True, stream_options={"include_usage": True}
            )
            async for chunk in chunks:
                choice = chunk.choices[0] if chunk.choices else None
                if choice is not None and choice.delta and choice.delta.content:
                    yield StreamDelta(text=choice.delta.content)
                if choice is not None and choice.finish_reason:
                    yield StreamDelta(finish=str(choice.finish_reason))
                if chunk.usage:
                    yield StreamDelta(tokens_in=chunk.usage.prompt_tokens, tokens_out=chunk.usage.completion_tokens)
        except ProviderError:
            raise
        except Exception as exc:
            raise _map_error(exc) from None

    def prepare(self) -> None:
        _ = self._client

    async def close(self) -> None:
        if self._client_obj is not None:
            await self._client_obj.close()
            self._client_obj = None


class AzureOpenAIProvider(OpenAIProvider):
    """Azure OpenAI: `base_url` is the resource endpoint, `model` the deployment name."""

    kind: ClassVar[str] = "azure_openai"

    def _make_client(self) -> Any:
        import openai

        return openai.AsyncAzureOpenAI(
            azure_endpoint=self.config.base_url,
            api_version=self.config.api_version or AZURE_API_VERSION,
            api_key=self._api_key or "unset",
            max_retries=0,
            timeout=self.config.timeout_s,
        )


class OpenAICompatibleProvider(OpenAIProvider):
    """Any endpoint speaking the OpenAI chat-completions or Responses API (Perplexity: Responses)."""

    kind: ClassVar[str] = "openai_compatible"
