"""The one mapping of Azure Storage SDK errors (blobs and queues) to Vigor's errors: a caller (and so a route)
sees a not-found, a throttle, an outage, a too-large body or a bad name, never a raw SDK error, and no detail
carries a body."""

from __future__ import annotations

import asyncio

import pytest
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ServiceRequestError

from shared.azure_storage_errors import error_code, mapped_errors
from shared.errors import AdapterNotFound, InvalidInput, PayloadTooLarge, Throttled, Unavailable

NOT_FOUND = frozenset({"QueueNotFound"})


def _http(status: int, code: str | None, cls: type[HttpResponseError] = HttpResponseError) -> HttpResponseError:
    exc = cls(message="secret body: heart condition")
    exc.status_code = status
    setattr(exc, "error_code", code)
    return exc


async def _raise(exc: BaseException, hint: str = "") -> None:
    async with mapped_errors("send to q", NOT_FOUND, hint):
        raise exc


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (404, None, AdapterNotFound),
        (400, "QueueNotFound", AdapterNotFound),
        (429, None, Throttled),
        (500, "ServerBusy", Throttled),
        (503, None, Throttled),
        (500, "InternalError", Unavailable),
        (403, "AuthorizationFailure", Unavailable),
        (413, None, PayloadTooLarge),
        (400, "RequestBodyTooLarge", PayloadTooLarge),
        (400, "InvalidResourceName", InvalidInput),
        (400, "OutOfRangeInput", InvalidInput),
    ],
)
def test_each_service_answer_becomes_the_error_a_caller_handles(status: int, code: str | None, expected: type) -> None:
    with pytest.raises(expected) as caught:
        asyncio.run(_raise(_http(status, code)))
    assert "send to q" in str(caught.value)
    assert "heart" not in str(caught.value)


def test_auth_and_network_failures_are_an_outage() -> None:
    with pytest.raises(Unavailable):
        asyncio.run(_raise(_http(400, None, ClientAuthenticationError)))
    with pytest.raises(Unavailable, match="ServiceRequestError"):
        asyncio.run(_raise(ServiceRequestError("connection refused")))
    with pytest.raises(Unavailable, match="TimeoutError"):
        asyncio.run(_raise(TimeoutError()))


def test_a_too_large_body_names_the_services_limit() -> None:
    with pytest.raises(PayloadTooLarge, match="48 KiB"):
        asyncio.run(_raise(_http(413, None), " (at most 48 KiB of UTF-8 per message)"))


def test_an_unknown_client_error_is_left_to_the_caller() -> None:
    with pytest.raises(HttpResponseError):
        asyncio.run(_raise(_http(409, "LeaseAlreadyPresent")))


def test_the_error_code_reads_enums_strings_and_none() -> None:
    class _Enum(str):
        value = "BlobNotFound"

    assert error_code(_http(404, _Enum("x"))) == "BlobNotFound"
    assert error_code(_http(404, "QueueNotFound")) == "QueueNotFound"
    assert error_code(_http(404, None)) == ""
