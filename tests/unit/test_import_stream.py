"""A staged file read as a stream of chunks gives the lines the whole file gives, however it is cut."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.errors import InvalidInput
from shared.importing import detect
from shared.importing.csvtext import decode
from shared.importing.stream import LineDecoder, parse_stream

TEXT = st.text(alphabet=st.sampled_from(list('ab,;"\r\n\x0c\u2028éЖ€ \t1.5')), max_size=60)


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(data)) for c in cuts})
    return [data[i:j] for i, j in zip([0, *points], [*points, len(data)], strict=True)]


def lines_of(chunks: list[bytes]) -> list[str]:
    decoder = LineDecoder()
    out = [line for chunk in chunks for line in decoder.feed(chunk)]
    return out + decoder.end()


@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]), st.lists(st.integers(0, 200), max_size=8))
def test_any_cut_gives_the_whole_files_lines(text: str, encoding: str, cuts: list[int]) -> None:
    data = text.encode(encoding)
    assert lines_of(chunked(data, cuts)) == decode(data).splitlines(keepends=True)


@given(st.text(alphabet=st.sampled_from(list("ab,\néèü€")), max_size=40), st.lists(st.integers(0, 80), max_size=6))
def test_a_windows_1252_file_reads_as_it_does_whole(text: str, cuts: list[int]) -> None:
    data = ("Date,Exercise\n" + text).encode("cp1252")
    assert lines_of(chunked(data, cuts)) == decode(data).splitlines(keepends=True)


async def test_the_parser_runs_off_the_loop_and_the_stream_is_closed_even_when_it_stops_early() -> None:
    closed = []

    async def chunks() -> AsyncIterator[bytes]:
        try:
            yield b"name,age\n"
            yield b"x,1\n" * 1000
        finally:
            closed.append(True)

    with pytest.raises(InvalidInput):
        await parse_stream(chunks(), lambda lines: detect.parse(lines))
    assert closed == [True]

    def count(lines: Iterator[str]) -> int:
        return sum(1 for _ in lines)

    async def three() -> AsyncIterator[bytes]:
        for part in (b"a\r", b"\nb\n", b"c"):
            yield part

    assert await parse_stream(three(), count) == 3
