"""/api/users: the caller's account, fitness profile, data export and erasure."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import Header, Path, Response, status

from functions.http import cookies
from functions.http.auth import UserAgent, signed_in, signed_out
from functions.http.cookies import HostCookies
from functions.http.deps import ClientIp, ConsentedUser, CurrentUser, ServicesDep
from functions.http.identity_models import (
    AcceptedPublic,
    AccountDeletion,
    ConsentsPublic,
    ConsentsUpdate,
    EmailChange,
    MicrosoftLinkPublic,
    MicrosoftLinkStart,
    PasswordChange,
    SignInList,
    SignInPublic,
    TokenPublic,
    TotpConfirm,
    TotpDisable,
    TotpSetupPublic,
    TotpStart,
    UserPublic,
)
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.coach import daily_schedule
from shared.errors import NotFound
from shared.identity import (
    consents,
    credentials,
    deletion,
    export,
    presence,
    profiles,
    refresh,
    twofactor,
    twostep_recovery,
)
from shared.identity.records import ACCOUNT_ID, USERS
from shared.notifications import reminder_slots
from shared.profile import FitnessProfile, ProfileInput
from shared.store.port import etag_of

router = PrefixRouter(prefix="/users", tags=["users"])


class ProfilePublic(FitnessProfile):
    """The profile as stored, with what Vigor derives from it: a yes to any PAR-Q question that a
    physician has not cleared means "see a physician before training hard"; plans stay conservative."""

    needs_medical_clearance: bool = False
    updated_at: str = ""


@router.get("/me", operation_id="getMe", response_model=UserPublic)
async def get_me(user: CurrentUser, services: ServicesDep) -> UserPublic:
    """The caller's account: id, email, display name, roles, tier."""
    account = await services.store.read(USERS, user.user_id, ACCOUNT_ID)
    return UserPublic.of(account)


def _with_etag(response: Response, stored: profiles.StoredProfile) -> ProfilePublic:
    response.headers["ETag"] = profiles.quote_etag(stored.etag)
    response.headers["Cache-Control"] = "no-store"
    return ProfilePublic.model_validate(
        {
            **stored.profile.model_dump(),
            "needs_medical_clearance": stored.profile.awaiting_clearance,
            "updated_at": stored.updated_at,
        }
    )


@router.get(
    "/profile",
    operation_id="getProfile",
    response_model=ProfilePublic,
    responses=problem(404, "No profile yet (onboarding not done)"),
)
async def get_profile(user: CurrentUser, services: ServicesDep, response: Response) -> ProfilePublic:
    """The caller's fitness profile, with its ETag for a later If-Match."""
    doc = await profiles.read_profile_doc(services.store, user.user_id)
    if doc is None:
        raise NotFound("No profile yet: complete onboarding with PUT /api/users/profile.")
    # Validated once, straight into the response model (not into a FitnessProfile, dumped and validated again).
    public = ProfilePublic.model_validate({**doc["profile"], "updated_at": str(doc.get("updated_at", ""))})
    public = public.model_copy(update={"needs_medical_clearance": public.awaiting_clearance})
    response.headers["ETag"] = profiles.quote_etag(str(etag_of(doc)))
    response.headers["Cache-Control"] = "no-store"
    return public


@router.put(
    "/profile",
    operation_id="updateProfile",
    response_model=ProfilePublic,
    responses=problem(412, "The profile changed since it was read (stale If-Match)"),
)
async def update_profile(
    body: ProfileInput,
    user: ConsentedUser,
    services: ServicesDep,
    response: Response,
    if_match: Annotated[str | None, Header(max_length=256)] = None,
) -> ProfilePublic:
    """Create or replace the profile (the birth year required: the minimum age is checked on it). Send If-Match
    with the ETag you read to avoid overwriting a newer one."""
    now = services.clock()
    stored = await profiles.save_profile(services.store, user.user_id, body, profiles.parse_if_match(if_match), now)
    # Today's coach message at once when its hour has already come (a new user, an hour moved earlier).
    await daily_schedule.catch_up(services, user.user_id, body.timezone, body.daily_message_hour, now)
    await reminder_slots.refresh(services.store, user.user_id, body, now)  # the push reminders follow the zone
    return _with_etag(response, stored)


@router.get(
    "/me/export",
    operation_id="exportMyData",
    responses={
        200: {"description": "Every document Vigor holds about the caller", "content": {"application/json": {}}}
    },
)
async def export_my_data(user: CurrentUser, services: ServicesDep) -> Response:
    """Everything Vigor holds about the caller, as one JSON download (secrets removed)."""
    data = await export.export_user(services.store, user.user_id, services.blobs)
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="vigor-export.json"',
            "Cache-Control": "no-store",
        },
    )


@router.delete(
    "/me",
    operation_id="deleteMe",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(422, "The password is wrong")
    | problem(
        403, "Neither the password nor a sign-in of the last 10 minutes (urn:vigor:problem:recent-sign-in-required)"
    )
    | problem(429, "Too many password checks"),
)
async def delete_me(user: CurrentUser, services: ServicesDep, body: AccountDeletion | None = None) -> Response:
    """Delete the account and all of its data everywhere, once the owner proves it is them: the current password,
    or a sign-in made in the last 10 minutes (the only way for a Microsoft-only account). Every session ends at
    once, and the data is erased moments later by a queue job (the account can no longer be used from this answer
    on)."""
    await presence.confirm_presence(services, user, body.password if body else None, "password")
    await deletion.request_deletion(services, user.user_id, actor=user.user_id)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    signed_out(response)
    return response


@router.post(
    "/me/password",
    operation_id="changePassword",
    response_model=TokenPublic,
    responses=problem(422, "The current password is wrong or the new one too weak")
    | problem(403, "The account has no password (Microsoft sign-in)")
    | problem(429, "Too many wrong passwords"),
)
async def change_password(
    body: PasswordChange,
    user: CurrentUser,
    services: ServicesDep,
    response: Response,
    agent: UserAgent,
    host: HostCookies,
) -> TokenPublic:
    """Change the password (the current one required). Every sign-in ends; this client gets a fresh one (a new
    access token and refresh cookie), and the account's address is told by email."""
    session = await credentials.change_password(services, user, body.current_password, body.new_password, agent)
    return signed_in(response, session, host)


@router.post(
    "/me/email",
    operation_id="changeEmail",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=AcceptedPublic,
    responses=problem(422, "The current password is wrong or the address is not valid")
    | problem(403, "The account has no password (Microsoft sign-in)")
    | problem(429, "Too many attempts"),
)
async def change_email(body: EmailChange, user: CurrentUser, services: ServicesDep) -> AcceptedPublic:
    """Move the account to a new address (the current password required): it moves once the link emailed to
    the new address is used; the current address is told."""
    await credentials.change_email(services, user, body.new_email, body.current_password)
    return AcceptedPublic(detail="Check the new address for a link: your account moves when you use it.")


@router.post(
    "/me/2fa/totp",
    operation_id="startTotp",
    response_model=TotpSetupPublic,
    responses=problem(422, "The password is wrong")
    | problem(409, "Two-step sign-in is already on")
    | problem(403, "The account has no password (Microsoft sign-in), or its email is not confirmed yet")
    | problem(429, "Too many attempts"),
)
async def start_totp(body: TotpStart, user: CurrentUser, services: ServicesDep, response: Response) -> TotpSetupPublic:
    """Begin turning on two-step sign-in (the current password required): a new secret for an authenticator app,
    waiting 15 minutes for a code from it (`/confirm`)."""
    response.headers["Cache-Control"] = "no-store"
    return TotpSetupPublic(**await twofactor.begin(services, user, body.password))


@router.post(
    "/me/2fa/totp/confirm",
    operation_id="confirmTotp",
    response_model=TokenPublic,
    responses=problem(422, "The code is wrong")
    | problem(409, "No setup is waiting")
    | problem(403, "The account's email is not confirmed yet")
    | problem(429, "Too many codes"),
)
async def confirm_totp(
    body: TotpConfirm, user: CurrentUser, services: ServicesDep, response: Response, agent: UserAgent, host: HostCookies
) -> TokenPublic:
    """Turn two-step sign-in on with a code from the app: the answer holds ten single-use recovery codes, shown only
    this once, and this client's new sign-in (an access token and refresh cookie) that passed both steps, so admin
    work and account deletion need no new sign-in. Every other sign-in, and this one's earlier tokens, end at once;
    the account's address is told by email."""
    codes, session = await twofactor.confirm(services, user, body.code, agent)
    return signed_in(response, session, host, recovery_codes=codes)


@router.delete(
    "/me/2fa/totp",
    operation_id="disableTotp",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(422, "The password or code is wrong")
    | problem(409, "Two-step sign-in is not on")
    | problem(429, "Too many attempts"),
)
async def disable_totp(body: TotpDisable, user: CurrentUser, services: ServicesDep) -> Response:
    """Turn two-step sign-in off: the current password and a code (from the app, or a recovery code)."""
    await twofactor.disable(services, user, body.password, body.code)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/me/2fa/recovery",
    operation_id="cancelTwoStepRecovery",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(409, "No removal is waiting"),
)
async def cancel_two_step_recovery(user: CurrentUser, services: ServicesDep) -> Response:
    """Cancel a waiting removal of two-step sign-in (asked for with an emailed recovery link); the address is told."""
    await twostep_recovery.cancel(services, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# What a route that re-checks the current password can answer besides its own errors.
_PASSWORD_CHECKED = (
    problem(422, "The password is wrong")
    | problem(403, "The account has no password, or needs a two-step sign-in")
    | problem(429, "Too many attempts")
)


@router.post(
    "/me/identities/microsoft",
    operation_id="startMicrosoftLink",
    response_model=MicrosoftLinkPublic,
    responses=_PASSWORD_CHECKED
    | problem(404, "Microsoft sign-in is not configured")
    | problem(403, "The account has no password, needs a two-step sign-in, or its email is not confirmed yet"),
)
async def start_microsoft_link(
    body: MicrosoftLinkStart, user: CurrentUser, services: ServicesDep, response: Response, host: HostCookies
) -> MicrosoftLinkPublic:
    """Begin linking a Microsoft account (the current password required): go to `url` in this browser and sign in
    with Microsoft; the account then opens with either sign-in. 409 at the callback when that Microsoft account
    already opens another Vigor account."""
    if not services.settings.microsoft_configured:
        raise NotFound("Sign-in with Microsoft is not configured.")
    account = await credentials.check_current_password(services, user, body.password, "password")
    from shared.identity import microsoft  # msal is heavy: import it only when someone links it

    url, binding = await microsoft.begin(services, link=account)
    cookies.set_flow(response, binding, host)
    response.headers["Cache-Control"] = "no-store"
    return MicrosoftLinkPublic(url=url)


@router.delete(
    "/me/identities/microsoft",
    operation_id="unlinkMicrosoft",
    response_model=UserPublic,
    responses=_PASSWORD_CHECKED | problem(404, "No Microsoft account is linked"),
)
async def unlink_microsoft(body: MicrosoftLinkStart, user: CurrentUser, services: ServicesDep) -> UserPublic:
    """Unlink the Microsoft account (the current password required: an account keeps a way to sign in)."""
    account = await credentials.check_current_password(services, user, body.password, "password")
    from shared.identity import microsoft

    return UserPublic.of(await microsoft.unlink_identity(services, account))


@router.get("/me/sessions", operation_id="listSignIns", response_model=SignInList)
async def list_sign_ins(user: CurrentUser, services: ServicesDep, response: Response) -> SignInList:
    """The caller's active sign-ins (device, first and last use), most recently used first."""
    response.headers["Cache-Control"] = "no-store"
    live = await refresh.active_families(services.store, user.user_id, services.clock().timestamp())
    return SignInList(items=[SignInPublic(id=s.id, device=s.device, created_at=s.created_at,
                                          last_used_at=s.last_used_at, current=s.id == user.session_id)
                             for s in live])  # fmt: skip


@router.delete(
    "/me/sessions/{session_id}",
    operation_id="signOutSignIn",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(404, "No such sign-in") | problem(429, "Too many sign-outs"),
)
async def sign_out_one(
    session_id: Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[a-f0-9]+$")],
    user: CurrentUser,
    services: ServicesDep,
    ip: ClientIp,
) -> Response:
    """End one sign-in: its refresh token stops working (its access token within its 15 minutes)."""
    await credentials.sign_out(services, user, session_id, ip)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/me/sessions",
    operation_id="signOutEverywhere",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem(429, "Too many sign-outs"),
)
async def sign_out_everywhere(user: CurrentUser, services: ServicesDep, ip: ClientIp) -> Response:
    """End every sign-in of the account, this one included, access tokens too (at most 20 sign-outs in 15 minutes
    from one address)."""
    await credentials.sign_out_everywhere(services, user, ip)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    signed_out(response)
    return response


@router.get("/me/consents", operation_id="getConsents", response_model=ConsentsPublic)
async def get_consents(user: CurrentUser, services: ServicesDep, response: Response) -> ConsentsPublic:
    """The caller's consent to processing health data and opt-in to external AI providers, with the notice
    version and time of each."""
    response.headers["Cache-Control"] = "no-store"
    account = await services.store.read(USERS, user.user_id, ACCOUNT_ID)
    return ConsentsPublic.model_validate(consents.status(account))


@router.put("/me/consents", operation_id="updateConsents", response_model=ConsentsPublic)
async def update_consents(body: ConsentsUpdate, user: CurrentUser, services: ServicesDep) -> ConsentsPublic:
    """Give or withdraw consent under the current notice (audited). Withdrawing the health-data consent also
    withdraws the AI opt-in; stored data stays until you delete it or your account (GDPR Art. 7(3), 17)."""
    choices = {k: v for k, v in body.model_dump().items() if v is not None}
    account = await consents.record(services.store, user.user_id, choices, user.user_id)
    return ConsentsPublic.model_validate(consents.status(account))
