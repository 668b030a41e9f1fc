"""The local host's ASGI app: /api to the Functions HTTP app, everything else the built web app."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

PLACEHOLDER = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vigor</title></head>
<body><main><h1>Vigor</h1><p>The API is running at <a href="/api/docs">/api/docs</a>.
The web app has not been built yet (run <code>scripts/start</code>).</p></main></body></html>"""
IMMUTABLE = "public, max-age=31536000, immutable"


class SpaStatic:
    """Serves files from `root`; unknown paths without a file extension get index.html (SPA routes)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _response(self, path: str) -> Response:
        index = self.root / "index.html"
        if not index.exists():
            return HTMLResponse(PLACEHOLDER)
        candidate = (self.root / path.lstrip("/")).resolve()
        if candidate.is_relative_to(self.root) and candidate.is_file():
            cache = IMMUTABLE if "/assets/" in path else "no-cache"
            return FileResponse(candidate, headers={"Cache-Control": cache})
        if "." in path.rsplit("/", 1)[-1]:
            return Response("Not found", status_code=404, media_type="text/plain")
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] not in {"GET", "HEAD"}:
            await Response("Method not allowed", status_code=405)(scope, receive, send)
            return
        await self._response(scope["path"])(scope, receive, send)


class LocalHostApp:
    """Routes /api and its sub-paths to the API app and the rest to the static web app."""

    def __init__(self, api: ASGIApp, static_root: Path) -> None:
        self.api = api
        self.static = SpaStatic(static_root)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "lifespan" or path == "/api" or path.startswith("/api/"):
            await self.api(scope, receive, send)
        else:
            await self.static(scope, receive, send)
