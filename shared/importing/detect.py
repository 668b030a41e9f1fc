"""Which app wrote a file, from its header row, and reading it with that app's parser.

`source="auto"` picks by the header's columns (Strong: `Exercise Name` and `Set Order`; Hevy:
`exercise_title`, `start_time`, `set_index`; FitNotes: `Date`, `Exercise`, `Reps`). A named source
whose columns the header lacks is a 422 naming `source`, with the app the header does look like.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from shared.errors import FieldError, InvalidInput
from shared.importing import fitnotes, hevy, strong
from shared.importing.csvtext import Table, table
from shared.importing.model import Parsed, Source, Units

SourceChoice = Literal["auto", "strong", "hevy", "fitnotes"]
_LOOKS = {"strong": strong.looks_like, "hevy": hevy.looks_like, "fitnotes": fitnotes.looks_like}


def which(header: list[str]) -> Source | None:
    """The app whose export has this header, or None."""
    for name, looks in _LOOKS.items():
        if looks(header):
            return name  # type: ignore[return-value]
    return None


def check(lines: Iterable[str], source: SourceChoice = "auto") -> Source:
    """The app whose export the lines' header is (the lines may be only the file's start); InvalidInput
    naming `file` or `source` when it is none, or not the one named."""
    return _checked(table(lines), source)


def _checked(read: Table, source: SourceChoice) -> Source:
    found = which(read.header)
    if found is None:
        raise InvalidInput(
            "This is not an export we know.",
            [FieldError("file", "the header is not Strong's, Hevy's or FitNotes' (see the import help)")],
        )
    if source != "auto" and source != found:
        raise InvalidInput(
            f"This file is not a {source} export.", [FieldError("source", f"the file looks like a {found} export")]
        )
    return found


def parse(lines: Iterable[str], source: SourceChoice = "auto", units: Units = "kg") -> Parsed:
    """The file read by its app's parser; InvalidInput naming `file` or `source` when it cannot be."""
    read = table(lines)
    found = _checked(read, source)
    if found == "strong":
        return strong.parse(read, units)
    if found == "hevy":
        return hevy.parse(read)
    return fitnotes.parse(read)
