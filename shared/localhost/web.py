"""The local host's ASGI app: /api to the Functions HTTP app, everything else the built web app."""

from __future__ import annotations

import gzip
import mimetypes
from functools import lru_cache
from pathlib import Path

from starlette.datastructures import Headers
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

PLACEHOLDER = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vigor</title></head>
<body><main><h1>Vigor</h1><p>The API is running at <a href="/api/docs">/api/docs</a>.
The web app has not been built yet (run <code>scripts/start</code>).</p></main></body></html>"""
IMMUTABLE = "public, max-age=31536000, immutable"
# Text types worth compressing; images and fonts are compressed already.
COMPRESSIBLE = {".js", ".mjs", ".css", ".html", ".json", ".svg", ".txt", ".map", ".webmanifest"}
MIN_COMPRESS_BYTES = 1024


@lru_cache(maxsize=256)
def _gzipped(path: Path, mtime_ns: int, size: int) -> bytes:
    """The file gzip-compressed (level 9, once per version: mtime and size are part of the cache key)."""
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


def _media_type(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


class SpaStatic:
    """Serves files from `root`; unknown paths without a file extension get index.html (SPA routes)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _file(self, file: Path, cache: str, headers: Headers) -> Response:
        """The file, gzip-compressed when the client accepts it and it is text of 1 KiB or more."""
        stat = file.stat()
        if file.suffix not in COMPRESSIBLE or stat.st_size < MIN_COMPRESS_BYTES:
            return FileResponse(file, headers={"Cache-Control": cache})
        vary = {"Cache-Control": cache, "Vary": "Accept-Encoding"}
        if "gzip" not in headers.get("accept-encoding", "").lower():
            return FileResponse(file, headers=vary)
        body = _gzipped(file, stat.st_mtime_ns, stat.st_size)
        return Response(body, media_type=_media_type(file), headers={**vary, "Content-Encoding": "gzip"})

    def _response(self, path: str, headers: Headers) -> Response:
        index = self.root / "index.html"
        if not index.exists():
            return HTMLResponse(PLACEHOLDER)
        candidate = (self.root / path.lstrip("/")).resolve()
        if candidate.is_relative_to(self.root) and candidate.is_file():
            # Vite puts content-hashed files under /assets/: a new build has new names, so they never change.
            cache = IMMUTABLE if path.startswith("/assets/") else "no-cache"
            return self._file(candidate, cache, headers)
        if "." in path.rsplit("/", 1)[-1]:
            return Response("Not found", status_code=404, media_type="text/plain")
        return self._file(index, "no-cache", headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] not in {"GET", "HEAD"}:
            await Response("Method not allowed", status_code=405)(scope, receive, send)
            return
        await self._response(scope["path"], Headers(scope=scope))(scope, receive, send)


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
