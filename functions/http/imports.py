"""/api/workouts/import and /api/workouts/export.csv: other apps' history in, Vigor's out (thin routes).

Included before the workouts router, so `export.csv` is never taken for a plan id.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from functions.http.deps import ConsentedUser, CurrentUser, ServicesDep
from functions.http.responses import TOO_LARGE, problem
from functions.http.routing import PrefixRouter
from shared.blobs.names import IMPORTS
from shared.blobs.port import CHUNK_BYTES, read_all
from shared.errors import FieldError, InvalidInput
from shared.importing import detect, export, service, staging
from shared.importing import jobs as import_jobs
from shared.importing.csvtext import decode
from shared.importing.detect import SourceChoice
from shared.importing.model import Units
from shared.importing.stream import decode_start
from shared.importing.summary import ImportSummary
from shared.jobs.service import create_job
from shared.queue import names as queue_names

router = PrefixRouter(prefix="/workouts", tags=["workouts"])
IMPORT_PATH = "/api/workouts/import"
IMPORT_MAX_BYTES = staging.MAX_STAGED_BYTES  # the global body limit stays small; a 50,000-set Strong file is ~5 MB
SMALL_BYTES, SMALL_ROWS = 1024 * 1024, 5_000  # larger files are imported by a job (Azure's HTTP limit is 230 s)
_AS_FILE = "send the export as the multipart field `file`, with `mapping` the only other field"
_CSV_TYPES = ("text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream")
_BODY = {
    "required": False,
    "content": {
        "text/csv": {"schema": {"type": "string"}},
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "the app's CSV export (required, unless `staged` names a dry run's file)",
                    },
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


class ImportAccepted(BaseModel):
    """A large file taken for import by a job: poll `status_url`; its result is the import's summary."""

    job_id: str
    status_url: str
    staged_id: str


def _mapping(text: str) -> dict[str, str]:
    try:
        value: Any = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise InvalidInput("The mapping is not valid.", [FieldError("mapping", "must be a JSON object of names")])
    return value


@contextlib.asynccontextmanager
async def _upload(request: Request, file_needed: bool) -> AsyncIterator[tuple[AsyncIterator[bytes], dict[str, str]]]:
    """The body's file as a stream of chunks (as it arrives: a `text/csv` body, or a multipart file that
    Starlette spools to disk past 1 MiB) and the corrections sent beside it."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):  # the latter: `mapping` alone
        try:
            form = await request.form(max_files=1, max_fields=4)
        except HTTPException as exc:  # Starlette's 400 for a multipart body it cannot parse
            raise InvalidInput(
                "The upload cannot be read.", [FieldError("file", f"{_AS_FILE} ({exc.detail})")]
            ) from None
        try:
            file, mapping = form.get("file"), form.get("mapping")
            if not isinstance(file, UploadFile) and file_needed:
                raise InvalidInput("No file.", [FieldError("file", _AS_FILE)])
            chosen = _mapping(mapping) if isinstance(mapping, str) and mapping.strip() else {}

            async def parts() -> AsyncIterator[bytes]:
                while isinstance(file, UploadFile) and (chunk := await file.read(CHUNK_BYTES)):
                    yield chunk

            yield parts(), chosen
        finally:
            await form.close()
        return
    if kind in _CSV_TYPES or not kind:
        yield request.stream(), {}
        return
    raise InvalidInput("Send a CSV file.", [FieldError("file", "send text/csv, or multipart/form-data with `file`")])


async def _nothing() -> AsyncIterator[bytes]:
    return
    yield b""


async def _head(chunks: AsyncIterator[bytes]) -> tuple[bytes, bool]:
    """The body's first bytes, up to just past SMALL_BYTES, and whether that was all of it."""
    head = bytearray()
    async for chunk in chunks:
        head += chunk
        if len(head) > SMALL_BYTES:
            return bytes(head), False
    return bytes(head), True


async def _then(head: bytes, rest: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    yield head
    async for chunk in rest:
        yield chunk


def _small(size: int, lines: int) -> bool:
    return size <= SMALL_BYTES and lines <= SMALL_ROWS


_UNREADABLE = problem(422, "Not an export we can read, or a correction naming no exercise")
_GONE = problem(404, "No such staged file (imported, replaced, expired, or not yours)")
_ACCEPTED: dict[int | str, dict[str, Any]] = {
    202: {"model": ImportAccepted, "description": "a large file: imported by a job (poll `status_url`)"}
}
_CSV_OUT: dict[int | str, dict[str, Any]] = {
    200: {"description": "Strong's CSV layout", "content": {"text/csv": {"schema": {"type": "string"}}}}
}


@router.post("/import", operation_id="importWorkouts", response_model=ImportSummary,
             openapi_extra={"requestBody": _BODY}, responses=_ACCEPTED | TOO_LARGE | _UNREADABLE | _GONE)  # fmt: skip
async def import_workouts(
    request: Request,
    user: ConsentedUser,
    services: ServicesDep,
    source: Annotated[SourceChoice, Query(description="the app that wrote the file; `auto` reads its header")] = "auto",
    dry_run: Annotated[bool, Query(description="read and map the file, write nothing")] = False,
    units: Annotated[Units | None, Query(description="for a file that does not say (Strong's older export)")] = None,
    staged: Annotated[
        str | None, Query(max_length=64, description="a dry run's `staged_id`: import that file (send no file)")
    ] = None,
) -> ImportSummary | JSONResponse:
    """Import another app's CSV export (Strong, Hevy or FitNotes, every variant of each): the body is
    the file (`text/csv`) or multipart `file` with an optional `mapping` of corrections. Answers the
    summary: sessions found, new, merged into ones at the same start, duplicates skipped; sets; each
    exercise name of the file with the exercise it maps to (or the custom one created); warnings with
    line numbers. Importing the same file again adds nothing. Times in the file are taken in the
    profile's time zone. A dry run keeps the file a day (`staged_id`): `?staged=<id>&dry_run=false`
    imports it without a second upload (the body then at most the multipart `mapping`).
    A file over 1 MiB or 5,000 rows answers 202 with a job (`GET /api/jobs/{id}`: progress, then this
    summary as its result). 422 naming `file`, `source` or `mapping.<name>`; 404 for a staged id that
    is gone; 413 over 20 MiB."""
    now = services.clock()

    async def inline(data: bytes, chosen: dict[str, str]) -> ImportSummary:
        return await service.import_file(services.store, user.user_id, decode(data).splitlines(True), source=source,
                                         dry_run=dry_run, units=units, chosen=chosen, now=now)  # fmt: skip

    async with _upload(request, file_needed=staged is None) as (chunks, chosen):
        if staged is not None:
            found = await staging.find(services, user.user_id, staged, now)
        else:
            head, whole = await _head(chunks)
            if not head.strip():
                raise InvalidInput("The file is empty.", [FieldError("file", "is empty")])
            if whole and _small(len(head), head.count(b"\n")):
                summary = await inline(head, chosen)
                if dry_run:  # kept for the import that follows the review
                    found = await staging.stage(services, user.user_id, _then(head, _nothing()), now)
                    summary.staged_id, summary.staged_until = found.id, found.expires_at
                return summary
            detect.check(decode_start(head), source)  # a file that is not an export is refused before staging
            found = await staging.stage(services, user.user_id, _then(head, chunks), now)
    if staged is not None and _small(found.size, found.lines):
        data = await read_all(services.blobs, IMPORTS, found.blob, SMALL_BYTES)
        summary = await inline(data, chosen)
        if dry_run:
            summary.staged_id, summary.staged_until = found.id, found.expires_at
        else:
            await staging.discard(services, user.user_id, found.id)
        return summary
    request_doc = {"staged_id": found.id, "chosen": chosen, "source": source, "dry_run": dry_run, "units": units}
    job = await create_job(services, user.user_id, import_jobs.KIND, request_doc, queue=queue_names.IMPORT_JOBS)
    accepted = ImportAccepted(job_id=job["id"], status_url=f"/api/jobs/{job['id']}", staged_id=found.id)
    return JSONResponse(accepted.model_dump(), status_code=202)


@router.get("/export.csv", operation_id="exportWorkoutsCsv", response_class=StreamingResponse,
            responses=_CSV_OUT)  # fmt: skip
async def export_csv(user: CurrentUser, services: ServicesDep) -> StreamingResponse:
    """Every logged session as CSV in Strong's current layout (one row per done set, oldest first, times on
    the profile's clock), which Strong-reading apps and Vigor's own import read back."""
    headers = {"Content-Disposition": 'attachment; filename="vigor-workouts.csv"', "Cache-Control": "no-store"}
    body = export.export_csv(services.store, user.user_id)
    return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
