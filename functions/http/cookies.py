"""The browser's cookies: the refresh token, its readable hint, and the Microsoft sign-in flow binding.

Where the browser reaches Vigor over HTTPS (every Azure deployment: the Static Web App in front of /api), the
cookies carry the `__Host-` prefix, which the browser accepts only with Secure, Path=/ and no Domain: nothing on a
sibling subdomain or a plain-http page can set, shadow or toss them (RFC 6265bis, cookie name prefixes). Path=/
means the refresh cookie also travels with other same-site requests, where it is never read or logged; it stays
httpOnly and SameSite=Strict, and a stolen copy dies at its first reuse (rotation with reuse detection).

Over plain http (local development on http://localhost, which browsers treat as a secure context) the names of
before are used, path-scoped to /api/auth, still Secure. `Settings.host_cookies`: "auto" decides per request (the
request's scheme, or X-Forwarded-Proto from a trusted proxy, `VIGOR_TRUSTED_PROXIES`), "on" and "off" force it.
Reading takes either name, so a session started before the switch survives it (its next refresh moves it), and
signing out clears both. See docs/decisions.md ("Cookie names").
"""

from __future__ import annotations

import ipaddress
from typing import Annotated

from fastapi import Cookie, Depends, Request, Response

from functions.http.deps import ServicesDep
from shared.identity import sessions
from shared.identity.addresses import parse_hop, proxy_networks
from shared.identity.records import MS_FLOW_TTL_S

HOST = "__Host-"
REFRESH_COOKIE = "vigor_refresh"
REFRESH_PATH = "/api/auth"
# A readable twin of the refresh cookie holding no secret ("1"): the web app asks for a session only when
# it is there, so a signed-out visit makes no doomed refresh (no 401 in the console). Same life, any path.
SESSION_HINT_COOKIE = "vigor_signed_in"
FLOW_COOKIE = "vigor_ms_flow"
FLOW_PATH = "/api/auth/microsoft"


def _host_cookies(request: Request, services: ServicesDep) -> bool:
    mode = services.settings.host_cookies
    if mode != "auto":
        return mode == "on"
    if request.url.scheme == "https":
        return True
    proxies = proxy_networks(services.settings.trusted_proxies)
    peer = parse_hop(request.client.host) if request.client else None
    if proxies is None or peer is None or not any(ipaddress.ip_address(peer) in net for net in proxies):
        return False  # X-Forwarded-Proto only from a trusted proxy: anyone can write the header
    return request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower() == "https"


HostCookies = Annotated[bool, Depends(_host_cookies)]


def _refresh_cookie(
    prefixed: Annotated[str | None, Cookie(alias=HOST + REFRESH_COOKIE, max_length=512)] = None,
    plain: Annotated[str | None, Cookie(alias=REFRESH_COOKIE, max_length=512)] = None,
) -> str | None:
    return prefixed or plain


def _flow_cookie(
    prefixed: Annotated[str | None, Cookie(alias=HOST + FLOW_COOKIE, max_length=128)] = None,
    plain: Annotated[str | None, Cookie(alias=FLOW_COOKIE, max_length=128)] = None,
) -> str | None:
    return prefixed or plain


RefreshCookie = Annotated[str | None, Depends(_refresh_cookie)]  # either name
FlowCookie = Annotated[str | None, Depends(_flow_cookie)]


def set_session(response: Response, session: sessions.Session, host: bool) -> None:
    """The refresh cookie and its readable hint, `__Host-` prefixed when `host`; the other style cleared."""
    age = session.refresh_max_age
    if host:
        response.set_cookie(HOST + REFRESH_COOKIE, session.refresh_token, max_age=age, path="/", secure=True,
                            httponly=True, samesite="strict")  # fmt: skip
        response.set_cookie(HOST + SESSION_HINT_COOKIE, "1", max_age=age, path="/", secure=True, samesite="strict")
        _clear_plain_session(response)  # a session from before the switch moves to the prefixed cookie
    else:
        response.set_cookie(REFRESH_COOKIE, session.refresh_token, max_age=age, path=REFRESH_PATH, secure=True,
                            httponly=True, samesite="strict")  # fmt: skip
        response.set_cookie(SESSION_HINT_COOKIE, "1", max_age=age, path="/", secure=True, samesite="strict")


def _clear_plain_session(response: Response) -> None:
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_PATH, secure=True, httponly=True, samesite="strict")
    response.delete_cookie(SESSION_HINT_COOKIE, path="/", secure=True, samesite="strict")


def clear_session(response: Response) -> None:
    """Both styles of the refresh cookie and its hint cleared (sign-out, sign-out everywhere, deletion)."""
    _clear_plain_session(response)
    response.delete_cookie(HOST + REFRESH_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    response.delete_cookie(HOST + SESSION_HINT_COOKIE, path="/", secure=True, samesite="strict")


def set_flow(response: Response, binding: str, host: bool) -> None:
    """The short-lived cookie binding a Microsoft flow to this browser. Lax, not Strict: the callback is a
    top-level navigation coming back from Microsoft's site."""
    name, path = (HOST + FLOW_COOKIE, "/") if host else (FLOW_COOKIE, FLOW_PATH)
    response.set_cookie(name, binding, max_age=MS_FLOW_TTL_S, path=path, secure=True, httponly=True, samesite="lax")


def clear_flow(response: Response) -> None:
    response.delete_cookie(FLOW_COOKIE, path=FLOW_PATH, secure=True, httponly=True, samesite="lax")
    response.delete_cookie(HOST + FLOW_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
