"""What an import answers (dry run or not): counts, the exercise mapping for review, and the warnings."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from shared.importing.mapping import How
from shared.importing.model import Source

MAX_WARNINGS = 500


class ExerciseMapping(BaseModel):
    """One exercise name of the file and where its sets go. `match`: `remembered` (your earlier
    correction), `custom` (one of your exercises), `exact` or `fuzzy` (the catalog; `score` 0-100),
    `new_custom` (a custom exercise the import creates, or would create)."""

    source_name: str
    sets: int = Field(description="sets of this exercise the file holds (after skipped rows)")
    exercise_id: str
    exercise_name: str
    match: How
    score: float | None = None


class ImportWarning(BaseModel):
    """A row skipped or changed: its line in the file (the header is line 1) and column when known."""

    line: int
    column: str | None = None
    message: str


class ImportSummary(BaseModel):
    """The file's source and variant; its sessions: `new` (added, or to add on a dry run), `merged`
    (a session at the same start that lacked some of the file's sets, which were added), and
    `duplicates_skipped` (already there, set for set); its sets; the mapping; the first 500 warnings."""

    source: Source
    variant: str
    dry_run: bool
    rows: int
    sessions_found: int
    sessions_new: int
    sessions_merged: int
    duplicates_skipped: int
    sets_found: int
    sets_imported: int = Field(description="sets written (or, on a dry run, that would be)")
    exercises: list[ExerciseMapping]
    custom_created: list[str] = Field(description="custom exercise ids the import created (or would create)")
    warnings: list[ImportWarning]
    warnings_total: int
    staged_id: str | None = Field(
        default=None, description="a dry run's file, kept a day: import it with `?staged=<id>&dry_run=false`"
    )
    staged_until: datetime | None = Field(default=None, description="when the staged file is deleted")
