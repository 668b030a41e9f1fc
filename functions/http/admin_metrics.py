"""/api/admin/metrics: the product's success metrics for a window of days, as JSON or CSV. Role `admin`."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query, Request, Response

from functions.http.deps import AdminUser, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.metrics import report

router = PrefixRouter(prefix="/admin", tags=["admin"])
_CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "JSON, or CSV when asked"}
}


@router.get("/metrics", operation_id="getSuccessMetrics", response_model=report.MetricsReport,
            responses=_CSV | problem(422, "A date that is not one, `from` after `to`, or over 366 days"))  # fmt: skip
async def get_metrics(
    request: Request,
    admin: AdminUser,
    services: ServicesDep,
    start: Annotated[
        date | None, Query(alias="from", description="first UTC day (default: 12 weeks before `to`)")
    ] = None,
    end: Annotated[date | None, Query(alias="to", description="last UTC day (default: today)")] = None,
    format: Annotated[Literal["json", "csv"] | None, Query(description="`csv`, or send `Accept: text/csv`")] = None,
) -> report.MetricsReport | Response:
    """Success metrics from daily counters (never a scan of users or sessions): per day active users,
    sessions and sign-ups; per ISO week active users (WAU), users with 3+ sessions and coach users with
    their shares of WAU; D7 and D30 retention per sign-up week (`final` once the window has passed);
    plan and coach answer ratings by source; safety events per day. At most 366 days."""
    first, last = report.window(start, end, services.clock().date())
    built = await report.build(services.store, first, last, services.clock().date())
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if wants_csv:
        name = f"vigor-metrics-{first.isoformat()}-{last.isoformat()}.csv"
        return Response(report.to_csv(built), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip
    return built
