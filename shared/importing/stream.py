"""Reading a file as a stream of byte chunks (a staged blob) into text lines, without holding it whole.

`LineDecoder` decodes as `csvtext.decode` does for a whole file (a UTF-16 BOM, else UTF-8 with or
without BOM, else Windows-1252), and splits lines as `str.splitlines(keepends=True)` does, a chunk
at a time: a line, a `\\r\\n` or a multi-byte character split across chunks is joined first. One
difference from the whole-file reading: a file that is not UTF-8 switches to Windows-1252 at the
first chunk that is not, so lines before it were read as UTF-8 (identical for ASCII, which exports'
headers and numbers are).

`parse_stream` runs the (synchronous, CPU-bound) parser in a worker thread that pulls chunks from
the async stream on the event loop, so neither the file nor the loop is held up: the loop stays free
for the job's lease renewals and the HTTP requests beside it.
"""

from __future__ import annotations

import asyncio
import codecs
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
CHUNK_WAIT_S = 300.0  # the longest the parser thread waits for one chunk of the stream
_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class LineDecoder:
    """Feed byte chunks, get the complete lines so far (with their line breaks); `end()` gives the rest."""

    def __init__(self) -> None:
        self._head = b""  # bytes held until the BOM can be judged
        self._decoder: codecs.IncrementalDecoder | None = None
        self._text = ""
        self._fallback = False

    def _decode(self, data: bytes, final: bool = False) -> str:
        if self._decoder is None:
            self._head += data
            if len(self._head) < 3 and not final:
                return ""
            data, self._head = self._head, b""
            self._fallback = data.startswith(_BOMS)  # UTF-16 has nothing to fall back to
            codec = "utf-16" if self._fallback else "utf-8-sig"
            self._decoder = codecs.getincrementaldecoder(codec)(errors="replace" if self._fallback else "strict")
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError:
            pending, _ = self._decoder.getstate()  # bytes of a character begun in an earlier chunk
            self._fallback = True
            self._decoder = codecs.getincrementaldecoder("cp1252")(errors="replace")
            return self._decoder.decode(pending + data, final)

    def _split(self, final: bool) -> list[str]:
        parts = self._text.splitlines(keepends=True)
        keep = ""
        if parts and not final:
            last = parts[-1]
            if last.endswith("\r") or len(last.splitlines()[0]) == len(last):  # unended, or half of a \r\n
                keep = parts.pop()
        self._text = keep
        return parts

    def feed(self, data: bytes) -> list[str]:
        """Decode a chunk; the lines it completes."""
        self._text += self._decode(data)
        return self._split(final=False)

    def end(self) -> list[str]:
        """The last lines, once the stream has ended."""
        self._text += self._decode(b"", final=True)
        return self._split(final=True)


def decode_start(head: bytes) -> list[str]:
    """The complete lines of a file's first bytes (a last, unfinished line is left out)."""
    return LineDecoder().feed(head)


def _lines(chunks: AsyncIterator[bytes], loop: asyncio.AbstractEventLoop) -> Iterator[str]:
    """Lines pulled from the async stream by a worker thread (each chunk is awaited on `loop`)."""

    async def pull() -> bytes | None:
        try:
            return await chunks.__anext__()
        except StopAsyncIteration:
            return None

    decoder = LineDecoder()
    # A bound on each wait: a loop that stopped (a host shutting down) must not leave this thread blocked for good.
    while (chunk := asyncio.run_coroutine_threadsafe(pull(), loop).result(timeout=CHUNK_WAIT_S)) is not None:
        yield from decoder.feed(chunk)
    yield from decoder.end()


async def parse_stream(chunks: AsyncIterator[bytes], parse: Callable[[Iterator[str]], T]) -> T:
    """`parse(lines)` in a worker thread, its lines decoded from `chunks` as they arrive; the stream is
    closed afterwards whether or not the parser read it all."""
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.to_thread(parse, _lines(chunks, loop))
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()
