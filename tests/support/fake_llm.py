"""A fake LLM provider server speaking the OpenAI (chat completions, Responses, Azure) and Gemini wire formats.

The real `openai` and `google-genai` SDKs talk HTTP to it on 127.0.0.1. Behaviour is scripted per
model name: `server.script("m", "500", "429", "ok")` queues faults for the next requests of model
"m"; once the queue is empty, `server.default[m]` (or "ok") applies.

Fault modes: ok, 500, 429 (with Retry-After = `retry_after`), hang (sleeps `hang_s`), malformed
(a body that is not JSON), bad_plan (valid JSON that violates the plan schema), cut (a stream that
stops after `cut_after` tokens), echo_key (401 echoing the Authorization header back).

`responder`, when set, writes every structured (plan) answer from the request body the server
received, so a test can answer only from what the prompt offered (tests/support/prompt_plan_writer.py).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.support.net import serve_in_thread


@dataclass
class Call:
    model: str
    api: str
    mode: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class FakeLLM:
    text: str = "Keep going, you are doing well."
    plan_json: str = "{}"
    responder: Callable[[dict[str, Any]], str] | None = None
    usage: tuple[int, int] | None = None
    retry_after: str = "0"
    hang_s: float = 3.0
    cut_after: int = 3
    default: dict[str, str] = field(default_factory=dict)
    queues: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))
    calls: list[Call] = field(default_factory=list)
    url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, model: str, *modes: str) -> None:
        with self.lock:
            self.queues[model].extend(modes)

    def mode_for(self, model: str) -> str:
        with self.lock:
            queue = self.queues[model]
            return queue.popleft() if queue else self.default.get(model, "ok")

    def calls_for(self, model: str) -> list[Call]:
        return [c for c in self.calls if c.model == model]

    def _answer(self, body: dict[str, Any], mode: str) -> str:
        gen = body.get("generationConfig") or {}
        structured = "response_format" in body or "text" in body or bool(gen.get("responseJsonSchema"))
        if mode == "bad_plan":
            return json.dumps({"name": "x", "days": "not a list"})
        if structured and self.responder is not None:
            return self.responder(body)
        return self.plan_json if structured else self.text

    def _usage(self, body: dict[str, Any], text: str) -> tuple[int, int]:
        return self.usage or (max(1, len(json.dumps(body)) // 4), max(1, len(text) // 4))


def _tokens(text: str) -> list[str]:
    words = text.split(" ")
    return [w if i == 0 else " " + w for i, w in enumerate(words)]


def _openai_chat(fake: FakeLLM, model: str, body: dict[str, Any], mode: str) -> Response:
    text = fake._answer(body, mode)
    tin, tout = fake._usage(body, text)
    if not body.get("stream"):
        return JSONResponse({
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": tin, "completion_tokens": tout, "total_tokens": tin + tout},
        })  # fmt: skip

    async def events() -> AsyncIterator[bytes]:
        for i, tok in enumerate(_tokens(text)):
            if mode == "cut" and i >= fake.cut_after:
                raise ConnectionError("cut")  # uvicorn drops the connection mid-body
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model,
                     "choices": [{"index": 0, "delta": {"content": tok}, "finish_reason": None}]}  # fmt: skip
            yield f"data: {json.dumps(chunk)}\n\n".encode()
            await asyncio.sleep(0)
        last = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model, "choices": [],
                "usage": {"prompt_tokens": tin, "completion_tokens": tout, "total_tokens": tin + tout}}  # fmt: skip
        yield f"data: {json.dumps(last)}\n\ndata: [DONE]\n\n".encode()

    return StreamingResponse(events(), media_type="text/event-stream")


def _openai_responses(fake: FakeLLM, model: str, body: dict[str, Any], mode: str) -> Response:
    text = fake._answer(body, mode)
    tin, tout = fake._usage(body, text)
    usage = {"input_tokens": tin, "output_tokens": tout, "total_tokens": tin + tout,
             "input_tokens_details": {"cached_tokens": 0},
             "output_tokens_details": {"reasoning_tokens": 0}}  # fmt: skip
    response = {
        "id": "resp_1", "object": "response", "created_at": 0, "status": "completed", "model": model,
        "output": [{"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
                    "content": [{"type": "output_text", "text": text, "annotations": []}]}],
        "usage": usage, "parallel_tool_calls": False, "tool_choice": "auto", "tools": [],
    }  # fmt: skip
    if not body.get("stream"):
        return JSONResponse(response)

    async def events() -> AsyncIterator[bytes]:
        for i, tok in enumerate(_tokens(text)):
            if mode == "cut" and i >= fake.cut_after:
                raise ConnectionError("cut")
            ev = {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
                  "content_index": 0, "delta": tok, "sequence_number": i, "logprobs": []}  # fmt: skip
            yield f"event: response.output_text.delta\ndata: {json.dumps(ev)}\n\n".encode()
        done = {"type": "response.completed", "response": response, "sequence_number": 999}
        yield f"event: response.completed\ndata: {json.dumps(done)}\n\n".encode()

    return StreamingResponse(events(), media_type="text/event-stream")


def _gemini_chunk(text: str, tin: int, tout: int) -> dict[str, Any]:
    return {
        "candidates": [{"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": tin, "candidatesTokenCount": tout, "totalTokenCount": tin + tout},
    }


def _gemini(fake: FakeLLM, body: dict[str, Any], mode: str, stream: bool) -> Response:
    text = fake._answer(body, mode)
    tin, tout = fake._usage(body, text)
    if not stream:
        return JSONResponse(_gemini_chunk(text, tin, tout))

    async def events() -> AsyncIterator[bytes]:
        for i, tok in enumerate(_tokens(text)):
            if mode == "cut" and i >= fake.cut_after:
                raise ConnectionError("cut")
            yield f"data: {json.dumps(_gemini_chunk(tok, tin, i + 1))}\r\n\r\n".encode()
            await asyncio.sleep(0)

    return StreamingResponse(events(), media_type="text/event-stream")


def build_app(fake: FakeLLM) -> Starlette:
    async def handle(request: Request) -> Response:
        path = request.url.path
        raw = await request.body()
        body = json.loads(raw or b"{}")
        if ":generateContent" in path or ":streamGenerateContent" in path:
            api, model = "gemini", path.rsplit("/", 1)[-1].split(":")[0]
        elif "/deployments/" in path:
            api, model = "azure", path.split("/deployments/")[1].split("/")[0]
        else:
            api, model = ("responses" if path.endswith("/responses") else "chat"), str(body.get("model", ""))
        mode = fake.mode_for(model)
        fake.calls.append(Call(model, api, mode, body, {k.lower(): v for k, v in request.headers.items()}))
        if mode == "500":
            return JSONResponse({"error": {"message": "boom", "type": "server_error", "code": 500}}, status_code=500)
        if mode == "429":
            return JSONResponse({"error": {"message": "slow down", "type": "rate_limit", "code": 429}},
                                status_code=429, headers={"Retry-After": fake.retry_after})  # fmt: skip
        if mode == "echo_key":
            auth = request.headers.get("authorization", "") + request.headers.get("x-goog-api-key", "")
            auth += request.headers.get("api-key", "")
            return JSONResponse({"error": {"message": f"bad key {auth}", "code": 401}}, status_code=401)
        if mode == "hang":
            await asyncio.sleep(fake.hang_s)
        if mode == "malformed":
            return Response("{not json", media_type="application/json")
        if api == "gemini":
            return _gemini(fake, body, mode, ":streamGenerateContent" in path)
        if api == "responses":
            return _openai_responses(fake, model, body, mode)
        return _openai_chat(fake, model, body, mode)

    return Starlette(routes=[Route("/{path:path}", handle, methods=["POST", "GET"])])


@contextmanager
def running_fake_llm(fake: FakeLLM | None = None) -> Iterator[FakeLLM]:
    """Serve a FakeLLM on a free 127.0.0.1 port for the duration of the block."""
    fake = fake or FakeLLM()
    with serve_in_thread(build_app(fake)) as url:
        fake.url = url
        yield fake
