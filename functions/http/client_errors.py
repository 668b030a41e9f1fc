"""Browser error reports from the web app (shared/client_errors.py)."""

from __future__ import annotations

from fastapi import Response

from functions.http.deps import ClientIp, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared import client_errors
from shared.client_errors import ClientErrorReport

router = PrefixRouter(prefix="/client-errors", tags=["telemetry"])


@router.post(
    "",
    operation_id="reportClientError",
    status_code=204,
    responses=problem(422, "Not a valid report") | problem(429, "Too many reports from this address"),
)
async def report_client_error(body: ClientErrorReport, services: ServicesDep, ip: ClientIp) -> Response:
    """Record an error the web app caught in a browser (no sign-in needed). 204; 429 over 10 a minute."""
    await client_errors.report(services.store, ip, body)
    return Response(status_code=204)
