"""Schemathesis, every check on, over every operation of the app's own OpenAPI schema (issue 16, item 10).

The app runs in-process (Schemathesis's ASGI transport, one event loop thread). Four callers: an admin (every
route reachable), nobody (every secured route must answer 401 as declared), a plain user on the admin routes
(403 as declared), and a throwaway account for `DELETE /api/users/me` (it would sign the admin out).

All phases (examples, coverage, fuzzing) and all checks run; examples are bounded so CI stays fast
(`VIGOR_SCHEMATHESIS_EXAMPLES`, default 8 per operation; `HYPOTHESIS_PROFILE=deep` makes it 100). A failure
prints Schemathesis's own reproduction (a curl command) and the response. What the schema cannot state, and
so what is filtered below, is listed in `INAPPLICABLE` with its reason (docs/decisions.md, "An honest OpenAPI").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import schemathesis
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import Failure
from schemathesis.engine import events, from_schema
from schemathesis.engine.statistic import Statistic
from schemathesis.python import asgi

from functions.http.app import create_app
from shared.bootstrap import close_services, get_services
from shared.identity import admins
from tests.support.identity import STRONG_PASSWORD, fast_hashing
from tests.support.mailbox import inbox, link_token

DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
EXAMPLES = int(os.environ.get("VIGOR_SCHEMATHESIS_EXAMPLES", "100" if DEEP else "8"))
SCHEMA_URL = "/api/openapi.json"
DELETE_ME = "DELETE /api/users/me"


def _generated_instant() -> st.SearchStrategy[str]:
    # Date-times the server can accept: the schema's years (2000-2100) and, since measurements and sessions
    # cannot lie in the future, not after now. Hypothesis's own date-time strategy spans years 1-9999, and
    # nearly every value it draws would be filtered out by the schema's year pattern.
    moments = st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime.now() - timedelta(days=2))
    return moments.map(lambda moment: moment.replace(tzinfo=UTC).isoformat())


_REFUSALS: list[str] = []  # every fragment below: a 422 may name several of these rules at once


def _refused_for(*fragments: str) -> Callable[[Failure, Any, Any], bool]:
    """A 422 every one of whose field errors says one of these fragments (or one of another rule here)."""
    _REFUSALS.extend(fragments)

    def applies(failure: Failure, case: Any, response: Any) -> bool:
        messages = _messages(response)
        return response.status_code == 422 and bool(messages) and all(any(f in m for f in _REFUSALS) for m in messages)

    return applies


def _messages(response: Any) -> list[str]:
    try:
        return [str(e.get("message")) for e in response.json().get("errors") or [] if isinstance(e, dict)]
    except (ValueError, AttributeError):
        return []


def _non_ascii_email(case: Any) -> bool:
    return isinstance(case.body, dict) and not str(case.body.get("email", "")).isascii()


# Rules of the API that a JSON schema cannot state, each with how it shows when a generated request meets it:
# (failure kind, why, predicate). A failure of that kind for that reason only is not a schema fault; every
# other failure of every check counts. docs/decisions.md ("An honest OpenAPI") lists them too.
ACCEPTED = "RejectedPositiveData"  # positive_data_acceptance
INAPPLICABLE: list[tuple[str, str, Callable[[Failure, Any, Any], bool]]] = [
    (ACCEPTED, "a cursor is a token a list gave out, bound to that list's query", _refused_for("not a cursor")),
    (
        ACCEPTED,
        "the password policy refuses common passwords, fewer than 4 distinct characters and the email itself",
        _refused_for("too common", "must not be your email address"),
    ),
    (ACCEPTED, "If-Match must name the version the server holds now", lambda f, c, r: r.status_code == 412),
    (
        ACCEPTED,
        "numbers are strict: JSON Schema counts 33.0 as an integer, Vigor takes integers written as integers",
        _refused_for("Input should be a valid integer"),
    ),
    (
        ACCEPTED,
        "state of the plan in the path: its days and exercises",
        _refused_for("of this day", "of this plan", "the plan has no day", "no day of this plan has"),
    ),
    (ACCEPTED, "catalog membership: the catalog is data (GET /api/exercises)", _refused_for("catalog exercise id")),
    (ACCEPTED, "IANA zone database membership", _refused_for("IANA time zone")),
    (
        ACCEPTED,
        "an import's file must be a Strong, Hevy or FitNotes export: its content is data no schema states",
        _refused_for(
            "is empty",
            "has no header row",
            "the header is not Strong's",
            "the file looks like a",
            "not CSV at line",
            "must be a JSON object of names",
            "send the export as",
            "send text/csv",
        ),
    ),
    (
        ACCEPTED,
        "rules across fields or items",
        _refused_for(
            "must be at least requests_per_",
            "give at least one measurement",
            "already on this weekday",
            "one injury per",
        ),
    ),
    (ACCEPTED, "the birth year depends on today and MINIMUM_AGE", _refused_for("and over)")),
    (ACCEPTED, "a single-use link's token is one the server emailed", _refused_for("This link is not valid")),
    (ACCEPTED, "the current password must be the account's", _refused_for("is not your current password")),
    (
        ACCEPTED,
        "Python's \\s (the pattern's engine) also matches separators like U+0085 that JSON Schema's does not",
        lambda f, c, r: _non_ascii_email(c) and all(m.startswith("String should match pattern") for m in _messages(r)),
    ),
    (
        ACCEPTED,
        "an address is checked after NFKC, which folds some letters beyond ASCII into separators (a fullwidth comma)",
        lambda f, c, r: _non_ascii_email(c) and all(m == "must be an email address" for m in _messages(r)),
    ),
    (ACCEPTED, "a key reference must name an AI provider's key", _refused_for("must name an AI provider's key")),
    (ACCEPTED, "a provider URL: https, a host name and not an IP (http for localhost)", _refused_for("URL")),
    (
        ACCEPTED,
        "emails are NFKC-normalised first, and some characters become spaces (U+00B8 is a space and a cedilla)",
        lambda f, c, r: _messages(r) == ["must be an email address"] and _non_ascii_email(c),
    ),
    (
        "AcceptedNegativeData",  # negative_data_rejection
        "a cookie is text: a value of another JSON type arrives as the same text, which is a valid string",
        lambda f, c, r: "in cookie" in f.message,
    ),
]


def _keep(failure: Failure, case: Any, response: Any) -> bool:
    kind = type(failure).__name__
    return not any(name == kind and applies(failure, case, response) for name, _why, applies in INAPPLICABLE)


def run(
    app: Any,
    token: str | None,
    *,
    include: Callable[[Any], Any] | None = None,
    examples: int = EXAMPLES,
) -> list[str]:
    """Every phase and check of Schemathesis over the app's schema as `token`'s bearer: the failures found,
    each as its operation, status, title and reproduction."""
    config: dict[str, Any] = {"generation": {"max-examples": examples}, "seed": 16_10, "workers": 1}
    if token is not None:
        config["headers"] = {"X-Vigor-Authorization": f"Bearer {token}"}  # what the web app sends
    schema = schemathesis.openapi.from_asgi(SCHEMA_URL, app, config=SchemathesisConfig.from_dict(config))
    schema = include(schema) if include is not None else schema

    def filter_failure(context: Any, failure: Failure, case: Any, response: Any) -> bool:
        return _keep(failure, case, response)

    schema.hook(filter_failure)  # the hook's name is its function's

    statistic = Statistic()
    problems: list[str] = []
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            statistic.on_scenario_finished(event.recorder)
        elif isinstance(event, events.NonFatalError):
            problems.append(f"{event.label}: error {event.value!r}"[:600])
        elif isinstance(event, events.FatalError):
            raise event.exception
    for label, groups in sorted(statistic.failures.items()):
        for group in groups.values():
            status = group.response.status_code if group.response is not None else None
            body = group.response.content[:300] if group.response is not None else b""
            for failure in group.failures:
                problems.append(
                    f"{label} -> {status}: {failure.title}: {failure.message}\n  {group.code_sample}\n  {body!r}"
                )
    return problems


def _call(function: Callable[..., Any], *args: Any) -> Any:
    """Runs a coroutine function on Schemathesis's event loop, the one the app's services live on."""
    return asgi._get_portal().call(function, *args)


def _register(app: Any, email: str) -> dict[str, Any]:
    with asgi.get_client(app) as client:
        response = client.post(
            "/api/auth/register", json={"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
        )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def _grant_admin(user_id: str) -> None:
    await admins.set_roles((await get_services()).store, user_id, ["user", "admin"], "cli")


def _confirm_address(app: Any, email: str, token: str) -> None:
    """Open the sign-up's verification link from the outbox, signed in (an unconfirmed account cannot be admin)."""
    link = link_token([m for m in _call(inbox, email) if m["kind"] == "verify_email"][-1])
    with asgi.get_client(app) as client:
        opened = client.post(
            "/api/auth/verify-email", json={"token": link}, headers={"Authorization": f"Bearer {token}"}
        )
    assert opened.status_code == 200, opened.text


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("LLM_FIRST_TOKEN_TIMEOUT_S", "1")
    schemathesis.openapi.format("date-time", _generated_instant())
    application = create_app()
    yield application
    _call(close_services)


def _report(problems: list[str]) -> str:
    return f"{len(problems)} Schemathesis failures:\n" + "\n".join(problems)


def test_the_schema_holds_for_an_admin(app: Any) -> None:
    admin = _register(app, "conformance-admin@example.com")
    _confirm_address(app, "conformance-admin@example.com", admin["access_token"])
    _call(_grant_admin, admin["user"]["id"])
    problems = run(app, admin["access_token"], include=lambda s: s.exclude(method="DELETE", path="/api/users/me"))
    assert not problems, _report(problems)


def test_the_schema_holds_for_nobody_signed_in(app: Any) -> None:
    problems = run(app, None)
    assert not problems, _report(problems)


def test_the_schema_holds_for_a_user_on_admin_routes_and_deleting_their_account(app: Any) -> None:
    user = _register(app, "conformance-user@example.com")
    problems = run(app, user["access_token"], include=lambda s: s.include(path_regex=r"^/api/admin/"))
    leaver = _register(app, "conformance-leaver@example.com")
    problems += run(app, leaver["access_token"], include=lambda s: s.include(method="DELETE", path="/api/users/me"))
    assert not problems, _report(problems)


def test_every_operation_is_checked() -> None:
    """The runs above cover every operation of the schema (an exclusion that grew would hide routes)."""
    schema = create_app().openapi()
    operations = {f"{m.upper()} {p}" for p, ops in schema["paths"].items() for m in ops}
    assert DELETE_ME in operations
    assert all(re.match(r"^(GET|POST|PUT|PATCH|DELETE) /api/", name) for name in operations)
