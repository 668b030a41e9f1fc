"""The local host drops slow clients (issue 16, item 9): slow-loris headers, slow bodies, too many connections.

A real uvicorn server on a loopback socket with the local host's config (`server_config`), short
deadlines, and raw sockets sending a byte at a time.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn

from shared.localhost import http_limits
from shared.localhost.http_limits import DeadlineProtocol, server_config

HEADER_S, BODY_S = 1.0, 1.5
# How late past its deadline a drop may be seen: a loaded CI machine delays both the server and this client, and a
# slow client that is not dropped at all takes 20 s (400 bytes at 50 ms), so this still tells the two apart.
SLACK_S = 6.0


class _QuickDeadlines(DeadlineProtocol):
    header_timeout_s = HEADER_S
    body_timeout_s = BODY_S


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    answer = b"ok:%d" % len(body)
    headers = [(b"content-type", b"text/plain"), (b"content-length", b"%d" % len(answer))]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": answer})


@pytest.fixture
async def server_port(request: pytest.FixtureRequest) -> AsyncIterator[int]:
    limit = getattr(request, "param", http_limits.LIMIT_CONCURRENCY)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = server_config(
        _app, http=_QuickDeadlines, log_config=None, access_log=False, lifespan="off", limit_concurrency=limit
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        await asyncio.sleep(0.01)
    yield sock.getsockname()[1]
    server.should_exit = True
    await asyncio.wait_for(task, 10)


async def _dripped_until_closed(port: int, data: bytes, limit_s: float) -> tuple[float, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    return await _dripped_until_closed_on(reader, writer, data, limit_s)


def test_the_local_host_uses_the_deadline_protocol_and_a_connection_cap() -> None:
    config = server_config(object())
    assert config.http is DeadlineProtocol
    assert config.limit_concurrency == http_limits.LIMIT_CONCURRENCY and config.timeout_keep_alive <= 5
    assert config.h11_max_incomplete_event_size == http_limits.MAX_INCOMPLETE_EVENT_BYTES


async def test_a_slow_loris_sending_headers_byte_by_byte_is_dropped(server_port: int) -> None:
    endless = b"GET / HTTP/1.1\r\nHost: localhost\r\n" + b"X-Slow: " + b"a" * 400  # 20 s at 50 ms a byte
    elapsed, received = await _dripped_until_closed(server_port, endless, limit_s=HEADER_S + SLACK_S + 2)
    assert elapsed < HEADER_S + SLACK_S
    assert received == b""


async def test_a_silent_connection_is_dropped_after_the_header_deadline(server_port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server_port)
    started = time.monotonic()
    assert await asyncio.wait_for(reader.read(), timeout=HEADER_S + SLACK_S + 2) == b""
    assert time.monotonic() - started < HEADER_S + SLACK_S
    writer.close()


async def test_a_body_sent_byte_by_byte_is_dropped_after_the_body_deadline(server_port: int) -> None:
    head = b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 400\r\n\r\n"
    reader, writer = await asyncio.open_connection("127.0.0.1", server_port)
    writer.write(head)
    await writer.drain()
    elapsed, received = await _dripped_until_closed_on(reader, writer, b"b" * 400, limit_s=BODY_S + SLACK_S + 2)
    assert elapsed < BODY_S + SLACK_S
    assert b"ok:" not in received


async def _dripped_until_closed_on(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes, limit_s: float
) -> tuple[float, bytes]:
    """Send `data` a byte every 50 ms; seconds until the server hung up (else a timeout fails the test), and
    what it sent."""
    started, received = time.monotonic(), b""

    async def read() -> None:
        nonlocal received
        while chunk := await reader.read(1024):
            received += chunk

    reading = asyncio.create_task(read())
    for byte in data:
        if reading.done():
            break
        try:
            writer.write(bytes([byte]))
            await writer.drain()
        except ConnectionError:
            break
        await asyncio.sleep(0.05)
    await asyncio.wait_for(reading, timeout=limit_s)
    writer.close()
    return time.monotonic() - started, received


async def test_prompt_requests_are_served_on_a_kept_alive_connection(server_port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server_port)
    for _ in range(2):  # the second request starts well after the first connection's header deadline
        await asyncio.sleep(HEADER_S * 0.7)
        writer.write(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc")
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"ok:3"), timeout=3)
        assert head.startswith(b"HTTP/1.1 200")
    writer.close()


@pytest.mark.parametrize("server_port", [2], indirect=True)
async def test_connections_beyond_the_cap_are_refused_with_503(server_port: int) -> None:
    idle = [await asyncio.open_connection("127.0.0.1", server_port) for _ in range(2)]
    await asyncio.sleep(0.1)
    reader, writer = await asyncio.open_connection("127.0.0.1", server_port)
    writer.write(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
    await writer.drain()
    assert (await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout=3)).startswith(b"HTTP/1.1 503")
    for _, w in [*idle, (reader, writer)]:
        w.close()
