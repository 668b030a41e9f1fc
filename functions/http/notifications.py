"""/api/notifications: Web Push subscriptions, preferences and the server's public key (thin routes over
`shared.notifications`)."""

from __future__ import annotations

from datetime import datetime

from fastapi import Request, Response, status
from pydantic import BaseModel, ConfigDict, Field

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.responses import NOT_FOUND, problem
from functions.http.routing import PrefixRouter
from shared.notifications import sample, subscriptions
from shared.notifications.preferences import NotificationPreferences, load_preferences, save_preferences
from shared.notifications.subscriptions import PushSubscriptionIn
from shared.notifications.vapid import vapid_keys

router = PrefixRouter(prefix="/notifications", tags=["notifications"])
_NO_PUSH = problem(503, "Web Push is not set up on this server")


class PushPublicKey(BaseModel):
    """The server's VAPID public key: `applicationServerKey` for `pushManager.subscribe` (base64url, 65 bytes)."""

    public_key: str


class PushSubscriptionPublic(BaseModel):
    """One of the caller's browsers. `id`: the first 32 hex digits of the SHA-256 of its endpoint."""

    id: str
    endpoint_origin: str
    created_at: datetime
    user_agent: str


class PushSubscriptionList(BaseModel):
    items: list[PushSubscriptionPublic]


@router.get("/public-key", operation_id="getPushPublicKey", response_model=PushPublicKey, responses=_NO_PUSH)
async def public_key(user: CurrentUser, services: ServicesDep) -> PushPublicKey:
    """The key browsers subscribe with; 503 when this server has no VAPID key (production without one)."""
    return PushPublicKey(public_key=vapid_keys(services.settings).public_key)


@router.get("/subscriptions", operation_id="listPushSubscriptions", response_model=PushSubscriptionList)
async def list_subscriptions(user: CurrentUser, services: ServicesDep) -> PushSubscriptionList:
    """The caller's subscribed browsers (never their keys), oldest first."""
    found = await subscriptions.list_subscriptions(services.store, user.user_id)
    return PushSubscriptionList(items=[PushSubscriptionPublic(**subscriptions.public(doc)) for doc in found])


@router.post("/subscriptions", operation_id="createPushSubscription", status_code=status.HTTP_201_CREATED,
             response_model=PushSubscriptionPublic)  # fmt: skip
async def subscribe(
    body: PushSubscriptionIn, user: CurrentUser, services: ServicesDep, request: Request, response: Response
) -> PushSubscriptionPublic:
    """Subscribe this browser (the body is `PushSubscription.toJSON()`). The same endpoint again replaces its
    keys (so a retry creates nothing more); beyond 10 browsers the one subscribed longest ago is dropped."""
    stored = await subscriptions.subscribe(services.store, user.user_id, body, request.headers.get("user-agent", ""))
    made = PushSubscriptionPublic(**subscriptions.public(stored))
    response.headers["Location"] = f"/api/notifications/subscriptions/{made.id}"
    return made


@router.delete("/subscriptions/{subscription_id}", operation_id="deletePushSubscription",
               status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)  # fmt: skip
async def unsubscribe(subscription_id: str, user: CurrentUser, services: ServicesDep) -> None:
    """Stop pushing to one browser (404 if it is not the caller's)."""
    await subscriptions.unsubscribe(services.store, user.user_id, subscription_id)


@router.get("/preferences", operation_id="getNotificationPreferences", response_model=NotificationPreferences)
async def get_preferences(user: CurrentUser, services: ServicesDep) -> NotificationPreferences:
    """What the caller opted into, the reminder hour, quiet hours and usual training time (local time)."""
    return await load_preferences(services.store, user.user_id)


@router.put("/preferences", operation_id="putNotificationPreferences", response_model=NotificationPreferences)
async def put_preferences(
    body: NotificationPreferences, user: CurrentUser, services: ServicesDep
) -> NotificationPreferences:
    """Replace the caller's preferences (every field; the defaults are everything off, quiet 22:00 to 07:00)."""
    await save_preferences(services.store, user.user_id, body, services.clock())
    return body


class TestNotificationRequest(BaseModel):
    """Which browser to test: one subscription's id, or null (the default) for every subscribed browser."""

    model_config = ConfigDict(extra="forbid")

    subscription_id: str | None = Field(None, pattern=r"^[0-9a-f]{32}$", description="a subscription's id")


class TestNotificationResult(BaseModel):
    """How many browsers' push services took the test notification (`sent`), said the subscription is gone
    (`expired`: it was removed, subscribe again) or failed (`failed`: try again later)."""

    sent: int
    expired: int
    failed: int


_TEST_ERRORS = (
    NOT_FOUND
    | problem(409, "No browser of the caller gets reminders yet")
    | problem(429, "More than 10 test notifications this hour (Retry-After)")
    | _NO_PUSH
)


@router.post("/test", operation_id="sendTestNotification", response_model=TestNotificationResult,
             responses=_TEST_ERRORS)  # fmt: skip
async def send_test(
    user: CurrentUser, services: ServicesDep, body: TestNotificationRequest | None = None
) -> TestNotificationResult:
    """Push a test notification now to the caller's browsers (or the one named), whatever the opt-ins and quiet
    hours say; answers what each push service did. A subscription the push service calls gone is removed."""
    chosen = body.subscription_id if body else None
    return TestNotificationResult(**await sample.send_test_notification(services, user.user_id, chosen))
