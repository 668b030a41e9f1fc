"""Liveness and readiness."""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi.responses import JSONResponse
from pydantic import BaseModel

from functions.http import problems
from functions.http.deps import ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.errors import VigorError

router = PrefixRouter(prefix="/health", tags=["health"])
CHECK_TIMEOUT_S = 3.0


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    checks: dict[str, str]


@router.get("", operation_id="getHealth", response_model=Health)
async def health() -> Health:
    """Liveness: the process answers. Touches no dependency."""
    return Health(status="ok")


async def _check(name: str, probe: object) -> tuple[str, str]:
    try:
        await asyncio.wait_for(probe, CHECK_TIMEOUT_S)  # type: ignore[arg-type]
    except TimeoutError:
        return name, "timeout"
    except VigorError as exc:
        return name, exc.title.lower()
    except Exception as exc:
        return name, f"down ({type(exc).__name__})"
    return name, "ok"


@router.get(
    "/ready",
    operation_id="getReadiness",
    response_model=Readiness,
    responses=problem(503, "A dependency is unreachable"),
)
async def ready(services: ServicesDep) -> Readiness | JSONResponse:
    """Readiness: the store, the queue and the blob store (staged imports) answer; 503 naming what is down otherwise."""
    results = dict(
        await asyncio.gather(
            _check("store", services.store.ping()),
            _check("queue", services.queue.ping()),
            _check("blobs", services.blobs.ping()),
        )
    )
    if all(value == "ok" for value in results.values()):
        return Readiness(status="ready", checks=results)
    return problems.problem(503, "Service unavailable", "A dependency is unreachable.", checks=results)
