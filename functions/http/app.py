"""The FastAPI application factory: every router under /api, problem+json errors (typed as Problem in the
schema), edge middleware."""

from __future__ import annotations

from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute

from functions.http import (
    admin_experiments,
    admin_llm,
    admin_metrics,
    admin_tiers,
    admin_users,
    ai,
    auth,
    calendar,
    client_errors,
    custom_exercises,
    exercises,
    feedback,
    health,
    imports,
    jobs,
    llm,
    notifications,
    progress,
    safety_flags,
    tiers,
    users,
    workouts,
)
from functions.http.deps import current_user, install_vigor_header
from functions.http.middleware import EdgeMiddleware
from functions.http.problems import install_problem_handlers
from functions.http.responses import install_problem_schema
from functions.http.routing import API_PREFIX
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
        # Everything is under /api (the Static Web App forwards only that); the schema has no OAuth2 flow for
        # Swagger UI to finish, so its default redirect page (/docs/oauth2-redirect) is not served.
        swagger_ui_oauth2_redirect_url=None,
        generate_unique_id_function=_operation_id,
        # Requests are traced by OpenTelemetry's FastAPI instrumentation when App Insights is configured
        # (shared.telemetry); FastAPI's own telemetry would only look for providers on every request.
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    # Each router is included in the app itself under /api rather than through an intermediate /api
    # router: every level of inclusion is another linear scan of route candidates on every request
    # (FastAPI matches each level twice), which was a third of a simple GET's CPU.
    # Each router also declines paths outside its own prefix at once (functions/http/routing.py), and
    # the busiest come first. Their prefixes differ (the three /admin routers keep their order).
    app.include_router(imports.router, prefix=API_PREFIX)  # before workouts: export.csv is no plan id
    app.include_router(workouts.router, prefix=API_PREFIX)
    app.include_router(users.router, prefix=API_PREFIX)
    app.include_router(safety_flags.router, prefix=API_PREFIX)
    app.include_router(progress.router, prefix=API_PREFIX)
    app.include_router(ai.router, prefix=API_PREFIX)
    app.include_router(jobs.router, prefix=API_PREFIX)
    app.include_router(notifications.router, prefix=API_PREFIX)
    app.include_router(calendar.router, prefix=API_PREFIX)
    app.include_router(feedback.router, prefix=API_PREFIX)
    app.include_router(custom_exercises.router, prefix=API_PREFIX)  # before exercises: custom is no catalog id
    app.include_router(exercises.router, prefix=API_PREFIX, dependencies=[Depends(current_user)])  # signed in
    app.include_router(health.router, prefix=API_PREFIX)
    app.include_router(client_errors.router, prefix=API_PREFIX)
    app.include_router(auth.router, prefix=API_PREFIX)
    app.include_router(admin_users.router, prefix=API_PREFIX)
    app.include_router(tiers.router, prefix=API_PREFIX)
    app.include_router(llm.router, prefix=API_PREFIX)
    app.include_router(admin_tiers.router, prefix=API_PREFIX)
    app.include_router(admin_llm.router, prefix=API_PREFIX)
    app.include_router(admin_metrics.router, prefix=API_PREFIX)
    app.include_router(admin_experiments.router, prefix=API_PREFIX)
    install_problem_handlers(app)
    install_problem_schema(app)  # every error in the OpenAPI schema is a Problem
    install_vigor_header(app)  # the web app's token header, an alternative to Authorization
    app.add_middleware(
        EdgeMiddleware,
        max_body_bytes=settings.max_body_bytes,
        route_limits={imports.IMPORT_PATH: imports.IMPORT_MAX_BYTES},
        streamed=frozenset({imports.IMPORT_PATH}),  # the file goes on to blob storage as it arrives
    )
    return app
