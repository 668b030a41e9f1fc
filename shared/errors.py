"""Vigor's one exception tree.

Every layer raises these; the HTTP edge maps them to problem+json (see
`functions.http.problems`) and the queue edge maps them to job failure reasons.

    VigorError                      base; `status` is the HTTP status it maps to
    ├── InvalidInput (422)          field errors in `errors` [{field, message}]
    │   └── InvalidCursor           a continuation token no list gave out (tampered, or another list's)
    ├── Unauthenticated (401)
    │   ├── SecondFactorRequired    the password was right; the account asks for its TOTP or a recovery code
    │   └── TwoStepSetupRequired    the password was right; an admin after a two-step recovery sets up a new app
    ├── Forbidden (403)
    │   ├── TwoStepRequired         an admin route asked by a session that did not pass two-step sign-in
    │   ├── EmailNotVerified        an action that waits until the account's address is confirmed
    │   └── RecentSignInRequired    a step that cannot be undone, asked by an old sign-in without the password
    ├── NotFound (404)              also for another user's resource
    │   └── AdapterNotFound         a store's or queue's own: its detail names the item, for logs, not callers
    ├── Conflict (409)              e.g. a document with this id already exists
    ├── PreconditionFailed (412)    stale ETag on If-Match
    ├── PayloadTooLarge (413)
    ├── LimitExceeded (429)         quota / rate limit; carries `retry_after` and `limit`
    ├── Throttled (429 → 503)       a dependency asked us to slow down; `retry_after`
    └── Unavailable (503)           a dependency is down or unreachable
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FieldError:
    field: str
    message: str


class VigorError(Exception):
    status: int = 500
    title: str = "Internal error"

    def __init__(self, detail: str = "", **extra: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.extra = extra


class InvalidInput(VigorError):
    status = 422
    title = "Invalid input"

    def __init__(self, detail: str = "", errors: list[FieldError] | None = None) -> None:
        super().__init__(detail)
        self.errors = errors or []


class InvalidCursor(InvalidInput):
    """A continuation token that does not decode to what the store issued; the HTTP edge names `query.cursor`."""

    def __init__(self, detail: str = "The cursor does not belong to this list.") -> None:
        super().__init__(detail)


class Unauthenticated(VigorError):
    status = 401
    title = "Not signed in"


class SecondFactorRequired(Unauthenticated):
    """The password was right and the account has two-step sign-in: send the code from the authenticator app
    (or a recovery code) with the password (problem type `urn:vigor:problem:second-factor-required`)."""

    title = "Second factor required"


class TwoStepSetupRequired(Unauthenticated):
    """The password was right, and the account (an admin's, after a two-step recovery removed its authenticator) must
    set up a new one to sign in (problem type `urn:vigor:problem:two-step-setup-required`): the problem carries the
    new `secret` and `otpauth_uri`; send the app's code with the password as `otp`."""

    title = "Two-step setup required"


class Forbidden(VigorError):
    status = 403
    title = "Not allowed"


class TwoStepRequired(Forbidden):
    """An admin route asked by a password session without two-step sign-in (`urn:vigor:problem:two-step-sign-in-
    required`): turn it on, then sign in again with a code."""

    title = "Two-step sign-in required"


class EmailNotVerified(Forbidden):
    """An action that could lock the address's owner out, or hand power to whoever registered an address first
    (turning on two-step sign-in, linking a Microsoft account, becoming an admin), waits until the account's address
    is confirmed with its emailed link (`urn:vigor:problem:email-not-verified`)."""

    title = "Email not verified"


class RecentSignInRequired(Forbidden):
    """A step that cannot be undone (deleting the account) asked without the password by a sign-in older than
    `identity.presence.RECENT_SIGN_IN_S` (`urn:vigor:problem:recent-sign-in-required`): type the password, or sign
    in again (a Microsoft-only account)."""

    title = "Recent sign-in required"


class NotFound(VigorError):
    status = 404
    title = "Not found"


class AdapterNotFound(NotFound):
    """A store or queue adapter's NotFound. Its detail is the adapter's wording (an id, the SDK's message):
    the HTTP edge answers `PUBLIC_DETAIL` instead, and handlers that know what was missing say so themselves."""

    PUBLIC_DETAIL = "No such resource."


class Conflict(VigorError):
    status = 409
    title = "Conflict"


class PreconditionFailed(VigorError):
    status = 412
    title = "Precondition failed"


class PayloadTooLarge(VigorError):
    status = 413
    title = "Request body too large"


class LimitExceeded(VigorError):
    status = 429
    title = "Limit exceeded"

    def __init__(self, detail: str = "", retry_after: float = 1.0, limit: str = "") -> None:
        super().__init__(detail)
        self.retry_after = retry_after
        self.limit = limit


class Throttled(VigorError):
    """A dependency (store, queue, provider) throttled us; safe to retry later."""

    status = 503
    title = "Service busy"

    def __init__(self, detail: str = "", retry_after: float = 1.0) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class Unavailable(VigorError):
    status = 503
    title = "Service unavailable"


@dataclass
class ErrorList:
    """Collects field errors and raises them together."""

    errors: list[FieldError] = field(default_factory=list)

    def add(self, field_name: str, message: str) -> None:
        self.errors.append(FieldError(field_name, message))

    def raise_if_any(self, detail: str = "Some fields are invalid") -> None:
        if self.errors:
            raise InvalidInput(detail, self.errors)
