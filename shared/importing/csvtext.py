"""Reading an export's text: its encoding, delimiter and header, then its rows with line numbers.

Exports are UTF-8, often with a byte-order mark (BOM); a UTF-16 file (Excel's "Unicode text") is
read by its BOM; anything that is not UTF-8 is read as Windows-1252, which never fails. The delimiter
is the one of `,` `;` and tab that the header line uses most outside quotes. Rows are yielded with
the physical line they start on (a quoted cell may span lines), blank rows skipped.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from shared.errors import FieldError, InvalidInput

MAX_CELL = 10_000  # characters in one cell: notes, not a whole file hidden in a field


def decode(data: bytes) -> str:
    """The file's text (BOM removed)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(header_line: str) -> str:
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


@dataclass
class Table:
    """The header (cells as written, stripped) and the rows after it as (line, cells)."""

    delimiter: str
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]

    def index(self, *names: str) -> int | None:
        """The position of the first column whose header is one of `names` (case-insensitive)."""
        lowered = [h.strip().lower() for h in self.header]
        for name in names:
            if name.lower() in lowered:
                return lowered.index(name.lower())
        return None


def _unterminated() -> InvalidInput:
    return InvalidInput("The file is not a CSV export we can read.", [FieldError("file", "a quoted cell never ends")])


def table(lines: Iterable[str]) -> Table:
    """The file as a Table; InvalidInput naming `file` when it has no header row."""
    iterator = iter(lines)
    first: str | None = next(iterator, "")
    while first is not None and first != "" and not first.strip():
        first = next(iterator, None)
    if not first:
        raise InvalidInput("The file is empty.", [FieldError("file", "has no header row")])
    head = first.lstrip("\ufeff")
    delimiter = sniff_delimiter(head)

    def chained() -> Iterator[str]:
        yield head
        yield from iterator

    reader = csv.reader(chained(), delimiter=delimiter, strict=False)
    csv.field_size_limit(MAX_CELL * 4)
    try:
        header = [cell.strip() for cell in next(reader)]
    except csv.Error:
        raise _unterminated() from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        line = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InvalidInput(
                    "The file is not a CSV export we can read.",
                    [FieldError("file", f"not CSV at line {line + 1}: {exc}")],
                ) from None
            start, line = line + 1, reader.line_num
            if any(cell.strip() for cell in cells):
                yield start, [cell[:MAX_CELL] for cell in cells]

    return Table(delimiter, header, rows())
