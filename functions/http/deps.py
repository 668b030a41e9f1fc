"""Dependency aliases shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.bootstrap import Services, get_services
from shared.errors import Forbidden, Unauthenticated
from shared.identity.authenticate import authenticate
from shared.identity.principal import Principal

ServicesDep = Annotated[Services, Depends(get_services)]


_bearer = HTTPBearer(auto_error=False, description="Vigor access token from /api/auth/login or /api/auth/refresh")


async def current_user(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The authenticated caller; 401 with `WWW-Authenticate: Bearer` otherwise."""
    header = f"{credentials.scheme} {credentials.credentials}" if credentials else None
    try:
        return await authenticate(services, header)
    except Unauthenticated as exc:
        raise HTTPException(401, exc.detail, headers={"WWW-Authenticate": 'Bearer realm="vigor"'}) from None


CurrentUser = Annotated[Principal, Depends(current_user)]


async def admin_user(user: CurrentUser) -> Principal:
    """The caller, who must hold the `admin` role (403 otherwise)."""
    if not user.is_admin:
        raise Forbidden("This needs the admin role.")
    return user


AdminUser = Annotated[Principal, Depends(admin_user)]


def client_ip(request: Request, services: ServicesDep) -> str:
    """The caller's IP for rate limits. Behind Azure's front end (production) the last
    X-Forwarded-For hop is the one the platform appended; elsewhere the socket peer, since
    a client could write any X-Forwarded-For it likes."""
    forwarded = request.headers.get("x-forwarded-for", "")
    if services.settings.environment == "production" and forwarded:
        return forwarded.split(",")[-1].strip().split(":")[0] or "unknown"
    return request.client.host if request.client else "unknown"


ClientIp = Annotated[str, Depends(client_ip)]
