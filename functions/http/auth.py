"""/api/auth: register, log in, refresh, log out, sign in with Microsoft."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Request, Response, status
from fastapi.responses import RedirectResponse

from functions.http import cookies
from functions.http.cookies import FlowCookie, HostCookies, RefreshCookie
from functions.http.deps import ClientIp, CurrentUser, ServicesDep
from functions.http.identity_models import (
    AcceptedPublic,
    ForgotPasswordCreate,
    LoginCreate,
    ProvidersPublic,
    RegisterCreate,
    ResetPasswordCreate,
    TokenPublic,
    TwoStepRecoveryConfirm,
    TwoStepRecoveryCreate,
    TwoStepRecoveryPublic,
    UserPublic,
    VerifyEmailCreate,
)
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.errors import NotFound, Unauthenticated
from shared.identity import accounts, consents, credentials, mail, ratelimit, sessions, twostep_recovery
from shared.identity.addresses import limit_key

router = PrefixRouter(prefix="/auth", tags=["auth"])
LINKED_PAGE = "/account?linked=microsoft"
MS_FLOWS_PER_15_MIN = 30
_AUTH_ERRORS = problem(401, "Not signed in") | problem(429, "Too many attempts")


def _user_agent(request: Request) -> str:
    """The client's User-Agent, shortened: a description for the list of sign-ins, not an API parameter."""
    return request.headers.get("user-agent", "")[:512]


UserAgent = Annotated[str, Depends(_user_agent)]
FORGOT_ANSWER = "If an account has this address, a link to set a new password is on its way."


def signed_in(
    response: Response, session: sessions.Session, host: bool, recovery_codes: list[str] | None = None
) -> TokenPublic:
    """The session's access token in the body and its refresh cookie (`cookies.set_session`; `host`: the
    `__Host-` names); `recovery_codes` when this sign-in set up two-step sign-in again."""
    cookies.set_session(response, session, host)
    response.headers["Cache-Control"] = "no-store"
    user = UserPublic.of(session.account)
    return TokenPublic(
        access_token=session.access_token, expires_in=session.expires_in, user=user, recovery_codes=recovery_codes
    )


@router.post(
    "/register",
    operation_id="registerUser",
    status_code=status.HTTP_201_CREATED,
    response_model=TokenPublic,
    responses=problem(409, "Email cannot be used") | _AUTH_ERRORS,
)
async def register(
    body: RegisterCreate,
    services: ServicesDep,
    ip: ClientIp,
    response: Response,
    agent: UserAgent,
    host: HostCookies,
) -> TokenPublic:
    """Create a local account and sign in; the refresh token is set as an httpOnly cookie. A link to verify
    the address is emailed (the account works before that; becoming an admin by email waits for it)."""
    account = await accounts.register(services, body.email, body.password, body.display_name, ip)
    choices = {"health_data": True, "ai_providers": body.consent_ai_providers}
    account = await consents.record(services.store, account["userId"], choices, account["userId"])
    await mail.enqueue(services, kind="verify_email", user_id=account["userId"], to=account["email"])
    return signed_in(response, await sessions.start(services, account, agent), host)


@router.post(
    "/login",
    operation_id="login",
    response_model=TokenPublic,
    responses=_AUTH_ERRORS | problem(403, "The account is disabled"),
)
async def login(
    body: LoginCreate, services: ServicesDep, ip: ClientIp, response: Response, agent: UserAgent, host: HostCookies
) -> TokenPublic:
    """Sign in with email and password (and, with two-step sign-in on, `otp`: a 401 of type
    `urn:vigor:problem:second-factor-required` asks for it after a right password). An admin whose two-step
    recovery removed the app gets a 401 of type `urn:vigor:problem:two-step-setup-required` with a new `secret`:
    the app's code for it as `otp` turns two-step sign-in on again, and the answer then holds `recovery_codes`.
    The error never says whether the email exists."""
    account = await accounts.login(services, body.email, body.password, ip)
    step = await twostep_recovery.second_step(services, account, body.otp, ip)
    session = await sessions.start(services, step.account, agent, step.amr)
    return signed_in(response, session, host, step.recovery_codes)


@router.post("/refresh", operation_id="refreshToken", response_model=TokenPublic, responses=_AUTH_ERRORS)
async def refresh(
    services: ServicesDep, response: Response, vigor_refresh: RefreshCookie, host: HostCookies
) -> TokenPublic:
    """Swap the refresh cookie for a new one and a new access token. A cookie already swapped in the last
    REFRESH_REUSE_GRACE_S seconds (two tabs at once) gets the same new session; later reuse ends the session."""
    if not vigor_refresh:
        raise Unauthenticated("No refresh token; sign in again.")
    return signed_in(response, await sessions.renew(services, vigor_refresh), host)


@router.post("/logout", operation_id="logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(user: CurrentUser, services: ServicesDep, vigor_refresh: RefreshCookie) -> Response:
    """End the session: revoke the caller's refresh-token family and clear the cookie."""
    await sessions.end(services, vigor_refresh, user.user_id, user.session_id)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    signed_out(response)
    return response


@router.get("/providers", operation_id="listAuthProviders", response_model=ProvidersPublic)
async def providers(services: ServicesDep) -> ProvidersPublic:
    """Which sign-in methods this deployment offers."""
    configured: list[Literal["local", "microsoft"]] = ["local"]
    if services.settings.microsoft_configured:
        configured.append("microsoft")
    return ProvidersPublic(providers=configured)


@router.get(
    "/microsoft/login",
    operation_id="startMicrosoftLogin",
    status_code=status.HTTP_302_FOUND,
    response_class=RedirectResponse,
    responses=problem(404, "Microsoft sign-in is not configured") | problem(429, "Too many sign-ins from this address"),
)
async def microsoft_login(services: ServicesDep, ip: ClientIp, host: HostCookies) -> RedirectResponse:
    """Redirect to Microsoft's sign-in page (auth-code flow with PKCE); at most 30 started per address in 15
    minutes."""
    if not services.settings.microsoft_configured:
        raise NotFound("Sign-in with Microsoft is not configured.")
    await ratelimit.enforce(services.store, f"ms-flow:{limit_key(ip)}", MS_FLOWS_PER_15_MIN, 900, "Microsoft sign-ins")
    from shared.identity import microsoft  # msal is heavy: import it only when someone signs in with it

    auth_uri, binding = await microsoft.begin(services)
    redirect = RedirectResponse(auth_uri, status_code=status.HTTP_302_FOUND)
    cookies.set_flow(redirect, binding, host)
    redirect.headers["Cache-Control"] = "no-store"
    return redirect


@router.get(
    "/microsoft/callback",
    operation_id="completeMicrosoftLogin",
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=problem(401, "Sign-in failed") | problem(403, "The account is disabled") | problem(404, "Not configured"),
)
async def microsoft_callback(
    request: Request,
    services: ServicesDep,
    vigor_ms_flow: FlowCookie,
    host: HostCookies,
) -> RedirectResponse:
    """Microsoft redirects here; on success the refresh cookie is set and the browser goes to the web app."""
    if not services.settings.microsoft_configured:
        raise NotFound("Sign-in with Microsoft is not configured.")
    params = {k: v[:4096] for k, v in request.query_params.items()}
    from shared.identity import microsoft

    done = await microsoft.complete(services, params, vigor_ms_flow)
    if done.linked:  # linking from Account, security: the browser keeps its sign-in and goes back there
        redirect = RedirectResponse(LINKED_PAGE, status_code=status.HTTP_303_SEE_OTHER)
    else:
        agent = request.headers.get("user-agent", "")[:512]
        session = await sessions.start(services, done.account, agent, done.methods)
        redirect = RedirectResponse("/", status_code=status.HTTP_303_SEE_OTHER)
        signed_in(redirect, session, host)
    cookies.clear_flow(redirect)
    return redirect


def signed_out(response: Response) -> None:
    """Clears the refresh cookie and its readable twin, by either name (sign-out, account deletion, sign-out
    everywhere)."""
    cookies.clear_session(response)


@router.post(
    "/password/forgot",
    operation_id="forgotPassword",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=AcceptedPublic,
    responses=problem(429, "Too many attempts from this address"),
)
async def forgot_password(body: ForgotPasswordCreate, services: ServicesDep, ip: ClientIp) -> AcceptedPublic:
    """Email a link to set a new password. The answer is the same whether or not an account has the address."""
    await credentials.forgot_password(services, body.email, ip)
    return AcceptedPublic(detail=FORGOT_ANSWER)


@router.post(
    "/password/reset",
    operation_id="resetPassword",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(422, "The link is not valid or has expired, or the password is too weak")
    | problem(429, "Too many attempts from this address"),
)
async def reset_password(body: ResetPasswordCreate, services: ServicesDep, ip: ClientIp) -> Response:
    """Set a new password with the emailed link (single use). Every sign-in of the account ends."""
    await credentials.reset_password(services, body.token, body.new_password, ip)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/verify-email",
    operation_id="verifyEmail",
    response_model=UserPublic,
    responses=problem(422, "The link is not valid or has expired")
    | problem(409, "The address is taken")
    | _AUTH_ERRORS,
)
async def verify_email(body: VerifyEmailCreate, user: CurrentUser, services: ServicesDep) -> UserPublic:
    """Confirm an address with the emailed link (single use), signed in to the account it was sent for: the
    account's own address, or the new one it moves to."""
    return UserPublic.of(await credentials.verify_email(services, user, body.token))


@router.post(
    "/verify-email/resend",
    operation_id="resendVerificationEmail",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=AcceptedPublic,
    responses=_AUTH_ERRORS,
)
async def resend_verification(user: CurrentUser, services: ServicesDep) -> AcceptedPublic:
    """Email a new verification link (a few an hour) for the account's address or its pending new one."""
    await credentials.request_verification(services, user)
    return AcceptedPublic(detail="If your address still needs confirming, a new link is on its way.")


@router.post(
    "/2fa/recovery",
    operation_id="requestTwoStepRecovery",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=AcceptedPublic,
    responses=problem(429, "Too many attempts from this address"),
)
async def request_two_step_recovery(body: TwoStepRecoveryCreate, services: ServicesDep, ip: ClientIp) -> AcceptedPublic:
    """Lost the authenticator app and the recovery codes: email a link that schedules the removal of two-step
    sign-in. The answer is the same whether or not an account has the address (or two-step sign-in)."""
    await twostep_recovery.request(services, body.email, ip)
    return AcceptedPublic(detail=twostep_recovery.ANSWER)


@router.post(
    "/2fa/recovery/confirm",
    operation_id="confirmTwoStepRecovery",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=TwoStepRecoveryPublic,
    responses=problem(422, "The link is not valid or has expired")
    | problem(429, "Too many attempts from this address"),
)
async def confirm_two_step_recovery(
    body: TwoStepRecoveryConfirm, services: ServicesDep, ip: ClientIp
) -> TwoStepRecoveryPublic:
    """Use the emailed link (single use): two-step sign-in comes off after TWO_FACTOR_RECOVERY_HOURS (72) unless a
    signed-in session cancels it; the account's address is told now. An admin sets up a new app at the next
    sign-in."""
    return TwoStepRecoveryPublic(removal_at=await twostep_recovery.schedule(services, body.token, ip))
