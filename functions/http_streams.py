"""HTTP on Azure through the Functions worker's HTTP streams, so the coach's answer streams there too.

`func.AsgiFunctionApp` turns the whole ASGI response into one `HttpResponse` before the host sends a
byte, so `/api/ai/chat/stream` arrived all at once on Azure. With HTTP streams
(`azurefunctions-extensions-http-fastapi`, app setting `PYTHON_ENABLE_INIT_INDEXING=1` on Python
3.11), the host forwards each request to an HTTP server (uvicorn) inside the Python worker; the
worker hands the function that server's FastAPI `Request` and sends whatever response the function
returns through that server, chunk by chunk.

Importing the extension switches HTTP streams on for every HTTP function of the app (the worker
checks every HTTP trigger's annotation against the extension's request type), so `AsgiFunctionApp`,
whose function takes `func.HttpRequest`, cannot be used beside it. Both functions here are thin
adapters that hand the request to the same FastAPI app: `AppResponse` runs the app on the worker
server's own `receive`/`send`, so the app's responses (a `StreamingResponse` included) go out as the
app sends them, with the app's status, headers, validation, auth and problem+json.

Route precedence: the host matches a request against the function routes in registration order,
which is the function names' alphabetical order, not ASP.NET's most-specific-first (docs/deploy.md,
"Streaming on Azure"). `ai_chat_stream` sorts before `http_app_func`, so the stream has its own
function (its own invocations in the portal); were the catch-all to take it, it would still stream.
"""

from __future__ import annotations

import azure.functions as func
import azurefunctions.extensions.http.fastapi  # noqa: F401  importing it turns HTTP streams on in the worker
from fastapi import Request, Response  # what the extension hands over and takes back (its own names re-export them)
from starlette.types import ASGIApp, Receive, Scope, Send

STREAM_FUNCTION = "ai_chat_stream"  # sorts before CATCH_ALL_FUNCTION: the host tries it first
CATCH_ALL_FUNCTION = "http_app_func"  # the name AsgiFunctionApp gave it (alert queries use it)

# What of the worker server's scope describes the request itself; its routing keys (app, router,
# route, endpoint, path_params) and state belong to the worker's own FastAPI app, not ours.
_REQUEST_KEYS = ("type", "asgi", "http_version", "method", "scheme", "server", "client", "path", "raw_path",
                 "query_string", "headers", "extensions")  # fmt: skip


class AppResponse(Response):
    """A response that is the FastAPI app answering the request: the worker's server calls it with the
    request's `receive` and `send`, and the app talks to them directly (streams stay streams)."""

    def __init__(self, app: ASGIApp, request: Request) -> None:  # no super().__init__: no body of its own
        self.app = app
        self.request_scope: Scope = {k: request.scope[k] for k in _REQUEST_KEYS if k in request.scope}
        self.request_scope |= {"root_path": "", "state": {}}  # routePrefix "": the app owns /api
        self.background = None  # read (and left alone) by the worker's FastAPI route

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(self.request_scope, receive, send)


def register_http_functions(app: func.FunctionApp, asgi_app: ASGIApp) -> None:
    """Register the chat stream and the catch-all, both answering through `asgi_app`.

    Methods: the stream is POST only (its route in the app); the catch-all takes every method."""

    @app.function_name(name=STREAM_FUNCTION)
    @app.route(route="api/ai/chat/stream", methods=[func.HttpMethod.POST], auth_level=func.AuthLevel.ANONYMOUS)
    async def ai_chat_stream(req: Request) -> Response:
        """The coach's answer as Server-Sent Events (functions/http/ai.py), streamed by the worker."""
        return AppResponse(asgi_app, req)

    @app.function_name(name=CATCH_ALL_FUNCTION)
    @app.route(route="/{*route}", methods=list(func.HttpMethod), auth_level=func.AuthLevel.ANONYMOUS)
    async def http_app_func(req: Request) -> Response:
        """Every other route of the FastAPI app."""
        return AppResponse(asgi_app, req)
