"""A fake Azure AI Content Safety endpoint (text:analyze), for the real `azure-ai-contentsafety` SDK on 127.0.0.1.

`fake.severities[phrase] = ("SelfHarm", 4)` makes any text containing `phrase` come back with that
category at that severity; everything else is severity 0. `fake.fail = True` answers 500. Requests
are recorded in `fake.texts` (to check what was sent) with the key header in `fake.keys`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.support.net import serve_in_thread

CATEGORIES = ("Hate", "SelfHarm", "Sexual", "Violence")


@dataclass
class FakeContentSafety:
    severities: dict[str, tuple[str, int]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    fail: bool = False
    url: str = ""


def build_app(fake: FakeContentSafety) -> Starlette:
    async def analyze(request: Request) -> JSONResponse:
        body = await request.json()
        text = str(body.get("text", ""))
        fake.texts.append(text)
        fake.keys.append(request.headers.get("ocp-apim-subscription-key", ""))
        if fake.fail:
            return JSONResponse({"error": {"code": "InternalServerError", "message": "boom"}}, status_code=500)
        found = {name: 0 for name in CATEGORIES}
        for phrase, (category, severity) in fake.severities.items():
            if phrase.lower() in text.lower():
                found[category] = max(found[category], severity)
        analysis = [{"category": c, "severity": s} for c, s in found.items()]
        return JSONResponse({"blocklistsMatch": [], "categoriesAnalysis": analysis})

    return Starlette(routes=[Route("/contentsafety/text:analyze", analyze, methods=["POST"])])


@contextmanager
def running_fake_content_safety() -> Iterator[FakeContentSafety]:
    fake = FakeContentSafety()
    with serve_in_thread(build_app(fake)) as url:
        fake.url = url
        yield fake
