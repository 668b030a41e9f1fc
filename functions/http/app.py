"""The FastAPI application factory: every router under /api, problem+json errors, edge middleware."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute

from functions.http import (
    admin_llm,
    admin_tiers,
    admin_users,
    ai,
    auth,
    exercises,
    health,
    jobs,
    llm,
    progress,
    tiers,
    users,
    workouts,
)
from functions.http.deps import current_user
from functions.http.middleware import EdgeMiddleware
from functions.http.problems import install_problem_handlers
from shared.config import get_settings


def _operation_id(route: APIRoute) -> str:
    # Routes name their operation ids explicitly; this is the fallback (camelCase of the function name).
    head, *rest = route.name.split("_")
    return head + "".join(part.title() for part in rest)


def create_app() -> FastAPI:
    """Build the app. Cheap: adapters are built on the first request that needs them."""
    settings = get_settings()
    app = FastAPI(
        title="Vigor API",
        version="1.0.0",
        summary="AI fitness coach: plans, logging, progress and a coach that knows your data.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        generate_unique_id_function=_operation_id,
    )
    api = APIRouter(prefix="/api")
    api.include_router(health.router)
    api.include_router(auth.router)
    api.include_router(users.router)
    api.include_router(admin_users.router)
    api.include_router(jobs.router)
    api.include_router(ai.router)
    api.include_router(exercises.router, dependencies=[Depends(current_user)])  # signed-in users only
    api.include_router(workouts.router)
    api.include_router(progress.router)
    api.include_router(tiers.router)
    api.include_router(llm.router)
    api.include_router(admin_tiers.router)
    api.include_router(admin_llm.router)
    app.include_router(api)
    install_problem_handlers(app)
    app.add_middleware(EdgeMiddleware, max_body_bytes=settings.max_body_bytes)
    return app
