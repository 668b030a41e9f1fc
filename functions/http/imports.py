"""/api/workouts/import and /api/workouts/export.csv: other apps' history in, Vigor's out (thin routes).

Included before the workouts router, so `export.csv` is never taken for a plan id.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import StreamingResponse
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from functions.http.deps import ConsentedUser, CurrentUser, ServicesDep
from functions.http.responses import TOO_LARGE, problem
from functions.http.routing import PrefixRouter
from shared.errors import FieldError, InvalidInput
from shared.importing import export, service
from shared.importing.csvtext import decode
from shared.importing.detect import SourceChoice
from shared.importing.model import Units
from shared.importing.summary import ImportSummary

router = PrefixRouter(prefix="/workouts", tags=["workouts"])
IMPORT_PATH = "/api/workouts/import"
IMPORT_MAX_BYTES = 20 * 1024 * 1024  # the global body limit stays small; a 50,000-set Strong file is ~5 MB
_AS_FILE = "send the export as the multipart field `file`, with `mapping` the only other field"
_CSV_TYPES = ("text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream")
_BODY = {
    "required": True,
    "content": {
        "text/csv": {"schema": {"type": "string"}},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "the app's CSV export"},
                    "mapping": {
                        "type": "string",
                        "description": "JSON object: source exercise name -> catalog id, one of your custom "
                        "ids, or `custom` (a new custom exercise); remembered for later imports",
                    },
                },
            }
        },
    },
}


def _mapping(text: str) -> dict[str, str]:
    try:
        value: Any = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise InvalidInput("The mapping is not valid.", [FieldError("mapping", "must be a JSON object of names")])
    return value


async def _upload(request: Request) -> tuple[bytes, dict[str, str]]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        try:
            async with request.form(max_files=1, max_fields=4) as form:
                file, mapping = form.get("file"), form.get("mapping")
                if not isinstance(file, UploadFile):
                    raise InvalidInput("No file.", [FieldError("file", _AS_FILE)])
                data = await file.read()
                return data, _mapping(mapping) if isinstance(mapping, str) and mapping.strip() else {}
        except HTTPException as exc:  # Starlette's 400 for a multipart body it cannot parse
            raise InvalidInput(
                "The upload cannot be read.", [FieldError("file", f"{_AS_FILE} ({exc.detail})")]
            ) from None
    if kind in _CSV_TYPES or not kind:
        return await request.body(), {}
    raise InvalidInput("Send a CSV file.", [FieldError("file", "send text/csv, or multipart/form-data with `file`")])


_UNREADABLE = problem(422, "Not an export we can read, or a correction naming no exercise")
_CSV_OUT: dict[int | str, dict[str, Any]] = {
    200: {"description": "Strong's CSV layout", "content": {"text/csv": {"schema": {"type": "string"}}}}
}


@router.post("/import", operation_id="importWorkouts", response_model=ImportSummary,
             openapi_extra={"requestBody": _BODY}, responses=TOO_LARGE | _UNREADABLE)  # fmt: skip
async def import_workouts(
    request: Request,
    user: ConsentedUser,
    services: ServicesDep,
    source: Annotated[SourceChoice, Query(description="the app that wrote the file; `auto` reads its header")] = "auto",
    dry_run: Annotated[bool, Query(description="read and map the file, write nothing")] = False,
    units: Annotated[Units | None, Query(description="for a file that does not say (Strong's older export)")] = None,
) -> ImportSummary:
    """Import another app's CSV export (Strong, Hevy or FitNotes, every variant of each): the body is
    the file (`text/csv`) or multipart `file` with an optional `mapping` of corrections. Answers the
    summary: sessions found, new, merged into ones at the same start, duplicates skipped; sets; each
    exercise name of the file with the exercise it maps to (or the custom one created); warnings with
    line numbers. Importing the same file again adds nothing. Times in the file are taken in the
    profile's time zone. 422 naming `file`, `source` or `mapping.<name>`; 413 over 20 MiB."""
    data, chosen = await _upload(request)
    if not data.strip():
        raise InvalidInput("The file is empty.", [FieldError("file", "is empty")])
    lines = decode(data).splitlines(keepends=True)
    return await service.import_file(
        services.store, user.user_id, lines, source=source, dry_run=dry_run, units=units, chosen=chosen
    )


@router.get("/export.csv", operation_id="exportWorkoutsCsv", response_class=StreamingResponse,
            responses=_CSV_OUT)  # fmt: skip
async def export_csv(user: CurrentUser, services: ServicesDep) -> StreamingResponse:
    """Every logged session as CSV in Strong's current layout (one row per done set, oldest first, times on
    the profile's clock), which Strong-reading apps and Vigor's own import read back."""
    headers = {"Content-Disposition": 'attachment; filename="vigor-workouts.csv"', "Cache-Control": "no-store"}
    body = export.export_csv(services.store, user.user_id)
    return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
