"""A fake LLM provider server speaking the OpenAI (chat completions, Responses, Azure) and Gemini wire formats.

The real `openai` and `google-genai` SDKs talk HTTP to it on 127.0.0.1. Behaviour is scripted per
model name: `server.script("m", "500", "429", "ok")` queues faults for the next requests of model
"m"; once the queue is empty, `server.default[m]` (or "ok") applies.

Fault modes: ok, 500, 429 (with Retry-After = `retry_after`), hang (sleeps `hang_s`), malformed
(a body that is not JSON), bad_plan (valid JSON that violates the plan schema), cut (a stream that
stops after `cut_after` tokens), echo_key (401 echoing the Authorization header back), truncated (a
stream that sends `cut_after` tokens, then ends its body cleanly with no finish reason, no usage and
no [DONE]), length (a stream that sends `cut_after` tokens, then finishes for max tokens, with usage:
chat `finish_reason` "length", Responses `response.incomplete`, Gemini `MAX_TOKENS`), held (chat
completions only: a stream that sends `cut_after` tokens, then waits until the test sets `release`
before it sends the rest, as a provider still writing its answer). A whole stream
ends the way the real APIs do: a `stop` finish, then usage, then [DONE] / `response.completed` /
`finishReason` STOP on the last Gemini chunk.
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
    release: threading.Event = field(default_factory=threading.Event)  # lets a "held" stream finish
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


SHORT_STREAMS = ("truncated", "length")  # modes whose stream ends after `cut_after` tokens without an error


def _tokens(text: str) -> list[str]:
    words = text.split(" ")
    return [w if i == 0 else " " + w for i, w in enumerate(words)]


def _streamed(fake: FakeLLM, text: str, mode: str) -> list[str]:
    """The tokens a stream sends: all of them, or the first `cut_after` for the short modes."""
    tokens = _tokens(text)
    return tokens[: fake.cut_after] if mode in SHORT_STREAMS else tokens


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
        for i, tok in enumerate(_streamed(fake, text, mode)):
            if mode == "cut" and i >= fake.cut_after:
                raise ConnectionError("cut")  # uvicorn drops the connection mid-body
            if mode == "held" and i == fake.cut_after:
                await asyncio.to_thread(fake.release.wait, 30)  # the server runs in a thread of its own
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model,
                     "choices": [{"index": 0, "delta": {"content": tok}, "finish_reason": None}]}  # fmt: skip
            yield f"data: {json.dumps(chunk)}\n\n".encode()
            await asyncio.sleep(0)
        if mode == "truncated":
            return  # the body ends cleanly: no finish reason, no usage, no [DONE]
        reason = "length" if mode == "length" else "stop"
        end = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model,
               "choices": [{"index": 0, "delta": {}, "finish_reason": reason}]}  # fmt: skip
        yield f"data: {json.dumps(end)}\n\n".encode()
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
        for i, tok in enumerate(_streamed(fake, text, mode)):
            if mode == "cut" and i >= fake.cut_after:
                raise ConnectionError("cut")
            ev = {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
                  "content_index": 0, "delta": tok, "sequence_number": i, "logprobs": []}  # fmt: skip
            yield f"event: response.output_text.delta\ndata: {json.dumps(ev)}\n\n".encode()
        if mode == "truncated":
            return  # no response.completed
        kind, ended = "response.completed", response
        if mode == "length":
            kind = "response.incomplete"
            ended = {**response, "status": "incomplete", "incomplete_details": {"reason": "max_output_tokens"}}
        done = {"type": kind, "response": ended, "sequence_number": 999}
        yield f"event: {kind}\ndata: {json.dumps(done)}\n\n".encode()

    return StreamingResponse(events(), media_type="text/event-stream")


def _gemini_chunk(text: str, tin: int, tout: int, finish: str | None = "STOP", usage: bool = True) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
    if finish:
        candidate["finishReason"] = finish
    chunk: dict[str, Any] = {"candidates": [candidate]}
    if usage:
        chunk["usageMetadata"] = {"promptTokenCount": tin, "candidatesTokenCount": tout, "totalTokenCount": tin + tout}
    return chunk


def _gemini(fake: FakeLLM, body: dict[str, Any], mode: str, stream: bool) -> Response:
    text = fake._answer(body, mode)
    tin, tout = fake._usage(body, text)
    if not stream:
        return JSONResponse(_gemini_chunk(text, tin, tout))

    async def events() -> AsyncIterator[bytes]:
        tokens = _streamed(fake, text, mode)
        for i, tok in enumerate(tokens):
            if mode == "cut" and i >= fake.cut_after:
                raise ConnectionError("cut")
            last = i == len(tokens) - 1 and mode != "truncated"  # the finish rides on the last chunk only
            finish = ("MAX_TOKENS" if mode == "length" else "STOP") if last else None
            chunk = _gemini_chunk(tok, tin, i + 1, finish, usage=mode != "truncated")
            yield f"data: {json.dumps(chunk)}\r\n\r\n".encode()
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
