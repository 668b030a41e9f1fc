"""The Python worker's side of Azure Functions HTTP streams, for tests (the Functions host cannot run here).

With HTTP streams on, the worker (azure-functions-python-worker, `azure_functions_worker/http_v2.py`
and `dispatcher._handle__invocation_request`) serves an HTTP server of its own, built from the web
extension's `WebApp` (one catch-all FastAPI route) and run by uvicorn. The host forwards each request
there with an `x-ms-invocation-id` header and, over gRPC, invokes the function. The route parks the
request under that id and waits; the invocation takes the request, copies the host's route
parameters onto it, calls the user function with it and hands its return value back; the route
returns that value, and the worker's server sends it. `WorkerHttp` does the same, on 127.0.0.1.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import uvicorn
from azurefunctions.extensions.base import RequestTrackerMeta
from azurefunctions.extensions.http.fastapi import Request, WebApp

from tests.support.net import free_port

INVOCATION_HEADER = "x-ms-invocation-id"


class WorkerHttp:
    """The worker's HTTP server and its invocation hand-over (one event loop, as in the worker)."""

    def __init__(self) -> None:
        self._requests: dict[str, asyncio.Future[Any]] = {}
        self._responses: dict[str, asyncio.Future[Any]] = {}
        self.url = ""

    def _slot(self, table: dict[str, asyncio.Future[Any]], invocation_id: str) -> asyncio.Future[Any]:
        return table.setdefault(invocation_id, asyncio.get_running_loop().create_future())

    def web_app(self) -> Any:
        web = WebApp()
        assert RequestTrackerMeta.get_request_type() is Request  # the type the worker hands to functions

        @web.route  # type: ignore[untyped-decorator]  # the extension ships no type hints
        async def catch_all(request: Request) -> Any:
            invocation_id = request.headers[INVOCATION_HEADER]
            self._slot(self._requests, invocation_id).set_result(request)
            response = await self._slot(self._responses, invocation_id)
            if isinstance(response, Exception):
                raise response
            return response

        return web.get_app()

    async def invoke(
        self, invocation_id: str, user_function: Callable[..., Awaitable[Any]], route_params: dict[str, str]
    ) -> Any:
        """One invocation: wait for the forwarded request, call the function with it, hand back its result."""
        request = await self._slot(self._requests, invocation_id)
        RequestTrackerMeta.get_synchronizer().sync_route_params(request, route_params)
        try:
            result: Any = await user_function(req=request)
        except Exception as exc:  # the worker hands the exception to the route, which raises it
            result = exc
        self._slot(self._responses, invocation_id).set_result(result)
        return result

    @contextlib.asynccontextmanager
    async def serving(self) -> AsyncIterator["WorkerHttp"]:
        """Serve the worker's HTTP server on a free 127.0.0.1 port until the block ends."""
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(self.web_app(), host="127.0.0.1", port=port, log_config=None, lifespan="off")
        )
        task = asyncio.create_task(server.serve())
        while not server.started:
            if task.done():
                await task
                raise RuntimeError("the worker's HTTP server did not start")
            await asyncio.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        try:
            yield self
        finally:
            server.should_exit = True
            await asyncio.wait_for(task, timeout=10)
