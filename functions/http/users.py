"""/api/users: the caller's account, fitness profile, data export and erasure."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import Header, Response, status

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.identity_models import UserPublic
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.errors import NotFound
from shared.identity import deletion, export, profiles
from shared.identity.records import ACCOUNT_ID, USERS
from shared.profile import FitnessProfile
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
    body: FitnessProfile,
    user: CurrentUser,
    services: ServicesDep,
    response: Response,
    if_match: Annotated[str | None, Header(max_length=256)] = None,
) -> ProfilePublic:
    """Create or replace the profile. Send If-Match with the ETag you read to avoid overwriting a newer one."""
    stored = await profiles.save_profile(services.store, user.user_id, body, profiles.parse_if_match(if_match))
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
    data = await export.export_user(services.store, user.user_id)
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="vigor-export.json"',
            "Cache-Control": "no-store",
        },
    )


@router.delete("/me", operation_id="deleteMe", status_code=status.HTTP_204_NO_CONTENT)
async def delete_me(user: CurrentUser, services: ServicesDep) -> Response:
    """Delete the account and all of its data everywhere; every session ends."""
    await deletion.delete_user(services.store, user.user_id, actor=user.user_id)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    response.delete_cookie("vigor_refresh", path="/api/auth", secure=True, httponly=True, samesite="strict")
    return response
