"""Dependency aliases shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPBearer

from shared.bootstrap import Services, get_services
from shared.errors import Forbidden, TwoStepRequired, Unauthenticated
from shared.identity.addresses import client_address
from shared.identity.authenticate import authenticate
from shared.identity.principal import Principal

ServicesDep = Annotated[Services, Depends(get_services)]


class _BearerAuth(HTTPBearer):
    """The `Authorization: Bearer` scheme, as OpenAPI documents it, that also authenticates the caller.

    One dependency where there were three (the scheme, the services, the user): FastAPI's work per
    dependency was a fifth of a simple GET's CPU."""

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        try:
            return await authenticate(await get_services(), request.headers.get("authorization"))
        except Unauthenticated as exc:
            raise HTTPException(401, exc.detail, headers={"WWW-Authenticate": 'Bearer realm="vigor"'}) from None


current_user = _BearerAuth(
    auto_error=False,
    scheme_name="HTTPBearer",
    description="Vigor access token from /api/auth/login or /api/auth/refresh",
)  # the authenticated caller; 401 with `WWW-Authenticate: Bearer` otherwise
CurrentUser = Annotated[Principal, Depends(current_user)]


async def admin_user(user: CurrentUser) -> Principal:
    """The caller, who must hold the `admin` role (403 otherwise) and, signed in with a password, have passed
    two-step sign-in (403 `urn:vigor:problem:two-step-sign-in-required`; `Settings.admin_two_factor`)."""
    if not user.is_admin:
        raise Forbidden("This needs the admin role.")
    if not user.second_factor and (await get_services()).settings.admin_two_factor:
        raise TwoStepRequired(
            "Admin work needs two-step sign-in: turn it on under Account, security, then sign in again with a code "
            "(Microsoft sign-in counts only with an organisation's own tenant as the authority)."
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
    """The caller's address (canonical, no port; `shared.identity.addresses`). Behind Azure's front end
    (production) the last X-Forwarded-For hop is the one the platform appended; elsewhere the socket
    peer, since a client could write any X-Forwarded-For it likes."""
    return client_address(
        request.client.host if request.client else None,
        request.headers.getlist("x-forwarded-for"),
        trust_forwarded=services.settings.environment == "production",
    )


ClientIp = Annotated[str, Depends(client_ip)]
