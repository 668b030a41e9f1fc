"""Dependency aliases shared by the routers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.security import HTTPBearer

from shared.bootstrap import Services, get_services
from shared.errors import Forbidden, TwoStepRequired, Unauthenticated
from shared.identity.addresses import client_address, proxy_networks
from shared.identity.authenticate import AUTHORIZATION, VIGOR_AUTHORIZATION, access_token_header, authenticate
from shared.identity.principal import Principal

ServicesDep = Annotated[Services, Depends(get_services)]


class _BearerAuth(HTTPBearer):
    """The bearer scheme, as OpenAPI documents it, that also authenticates the caller from
    `X-Vigor-Authorization` or `Authorization` (the first wins; `shared.identity.authenticate`).

    One dependency where there were three (the scheme, the services, the user): FastAPI's work per
    dependency was a fifth of a simple GET's CPU. So the custom header's scheme is added to the schema
    afterwards (`with_vigor_header`) rather than by a second dependency."""

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        try:
            header = access_token_header(
                request.headers.getlist(VIGOR_AUTHORIZATION), request.headers.getlist(AUTHORIZATION)
            )
            return await authenticate(await get_services(), header)
        except Unauthenticated as exc:
            raise HTTPException(401, exc.detail, headers={"WWW-Authenticate": 'Bearer realm="vigor"'}) from None


BEARER_SCHEME, VIGOR_SCHEME = "HTTPBearer", "VigorAuthorization"
current_user = _BearerAuth(
    auto_error=False,
    scheme_name=BEARER_SCHEME,
    description=f"Vigor access token from /api/auth/login or /api/auth/refresh, in `{AUTHORIZATION}` (other "
    f"clients); `{VIGOR_AUTHORIZATION}` wins when both are sent",
)  # the authenticated caller; 401 with `WWW-Authenticate: Bearer` otherwise


def with_vigor_header(openapi: dict[str, Any]) -> dict[str, Any]:
    """The schema with `X-Vigor-Authorization` as a second security scheme, an alternative wherever the
    bearer scheme is required (OpenAPI: each entry of `security` is an alternative)."""
    openapi.setdefault("components", {}).setdefault("securitySchemes", {})[VIGOR_SCHEME] = {
        "type": "apiKey",
        "in": "header",
        "name": VIGOR_AUTHORIZATION,
        "description": "`Bearer <access token>`: what the web app sends, since behind an Azure Static Web App the "
        f"platform overwrites `{AUTHORIZATION}` with its own token; wins over `{AUTHORIZATION}` when both are sent",
    }
    for operations in openapi.get("paths", {}).values():
        for operation in operations.values():
            security = operation.get("security") or []
            if {BEARER_SCHEME: []} in security and {VIGOR_SCHEME: []} not in security:
                security.insert(0, {VIGOR_SCHEME: []})
    return openapi


def install_vigor_header(app: FastAPI) -> None:
    """Makes `app.openapi()` (and /api/openapi.json) document `X-Vigor-Authorization` (`with_vigor_header`)."""
    generate = app.openapi
    app.openapi = lambda: with_vigor_header(generate())  # type: ignore[method-assign]  # idempotent, in place


CurrentUser = Annotated[Principal, Depends(current_user)]


async def admin_user(user: CurrentUser) -> Principal:
    """The caller, who must hold the `admin` role (403 otherwise) and, signed in with a password, have passed
    two-step sign-in (403 `urn:vigor:problem:two-step-sign-in-required`; `Settings.admin_two_factor`)."""
    if not user.is_admin:
        raise Forbidden("This needs the admin role.")
    if not user.second_factor and (await get_services()).settings.admin_two_factor:
        raise TwoStepRequired(
            "Admin work needs a sign-in that used two-step sign-in: turn it on under Sign-in and security if it is "
            "off, then sign out and sign in again with a code (a Microsoft sign-in counts when Microsoft reports "
            "multi-factor, or with an organisation's own tenant as the authority)."
        )
    return user


AdminUser = Annotated[Principal, Depends(admin_user)]


async def consented_user(user: CurrentUser) -> Principal:
    """The caller, who must have consented to the current privacy notice's processing of health data (403)."""
    if not user.health_data:
        from shared.identity.consents import NOTICE_VERSION

        raise Forbidden(
            "Vigor stores health data (your profile, workouts and body measurements) only with your consent: "
            f"accept the privacy notice (version {NOTICE_VERSION}) with PUT /api/users/me/consents first."
        )
    return user


ConsentedUser = Annotated[Principal, Depends(consented_user)]  # routes that store health data


def client_ip(request: Request, services: ServicesDep) -> str:
    """The caller's address (canonical, no port; `shared.identity.addresses`): the rightmost X-Forwarded-For
    hop outside the trusted proxies (`VIGOR_TRUSTED_PROXIES`; in production by default Azure's front ends,
    which connect from private addresses), or the socket peer where no proxy is trusted, since a client could
    write any X-Forwarded-For it likes."""
    return client_address(
        request.client.host if request.client else None,
        request.headers.getlist("x-forwarded-for"),
        proxy_networks(services.settings.trusted_proxies),
    )


ClientIp = Annotated[str, Depends(client_ip)]
