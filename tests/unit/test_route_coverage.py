"""Every route the app serves is documented: in the contract (`API.md`, beside the repository in the workspace's
`shared/` folder) or in docs/api.md. docs/api.md carries an index of the contract's routes, so the check runs
where `API.md` is not present (CI); where it is, the index must be exactly what `API.md` lists.

Path parameters are compared by position, not name (`/{id}` in the contract is `/{plan_id}` in the app)."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from fastapi.routing import _IncludedRouter  # FastAPI >= 0.13x: included routers are kept, not copied
from starlette.routing import BaseRoute

from functions.http.app import create_app

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "api.md"
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}
ROUTE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) (/api\S*)$")
Route = tuple[str, str]


def normal(method: str, path: str) -> Route:
    """A route as compared: parameters unnamed, no trailing slash."""
    return method, re.sub(r"\{[^}]*\}", "{}", path).rstrip("/") or "/"


def _walk(routes: Iterable[object]) -> Iterator[tuple[str, set[str]]]:
    for route in routes:
        if isinstance(route, _IncludedRouter):
            yield from _walk(route.effective_candidates())
        else:
            original = getattr(route, "original_route", route)
            assert isinstance(original, BaseRoute)
            path = str(getattr(route, "path", getattr(original, "path", "")))
            yield path, set(getattr(original, "methods", None) or ())


@functools.cache
def served() -> frozenset[Route]:
    """Every (method, path) the app answers, HEAD aside (Starlette adds it to each GET)."""
    app = create_app()
    found = {normal(m, path) for path, methods in _walk(app.routes) for m in methods if m != "HEAD"}
    # The walk reads FastAPI's router internals: it must see at least what the schema lists, or it is broken.
    schema = {normal(m.upper(), path) for path, ops in app.openapi()["paths"].items() for m in ops}
    assert schema <= found, sorted(schema - found)
    return frozenset(found)


def contract_routes(text: str) -> set[Route]:
    """The routes API.md's tables list. A row's first cell holds items like `GET /me`, `GET/POST /custom`,
    `PUT /{id}` or a bare `PUT` (the item before's path); a relative path hangs off the section's `/api/...`."""
    found: set[Route] = set()
    prefix = ""
    for line in text.splitlines():
        if line.startswith("#"):
            section = re.search(r"`(/api[^`]*)`", line)
            prefix = section.group(1) if section else ""
            continue
        if not line.startswith("|"):
            continue
        cell = re.sub(r"`[^`]*`", "", line.split("|")[1]).strip()  # bodies and queries are in backticks
        path = None
        for item in cell.split(","):
            words = item.split()
            if not words or not set(words[0].split("/")) <= METHODS:
                continue
            if len(words) > 1 and words[1].startswith("/"):
                path = words[1].split("?")[0]
                path = path if path.startswith("/api") else prefix + path
            if path is not None:
                found |= {normal(m, path) for m in words[0].split("/")}
    return found


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end >= 0 else len(text)]


def documented() -> tuple[set[Route], set[Route]]:
    """docs/api.md's (contract index, routes beyond the contract)."""
    text = DOC.read_text(encoding="utf-8")
    index = {normal(*m.groups()) for line in _section(text, "## The contract's routes").splitlines()
             if (m := ROUTE.match(line.strip()))}  # fmt: skip
    beyond = set()
    for line in _section(text, "## Routes beyond the contract").splitlines():
        cells = line.split("|")
        if len(cells) > 2 and (m := ROUTE.match(cells[1].strip().strip("`"))):
            beyond.add(normal(*m.groups()))
    return index, beyond


def _contract_file() -> Path | None:
    for candidate in (os.environ.get("VIGOR_API_CONTRACT", ""), str(ROOT.parent / "shared" / "API.md")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def test_every_served_route_is_documented() -> None:
    index, beyond = documented()
    assert len(index) > 90 and len(beyond) > 20  # the parser read the file
    missing = served() - index - beyond
    assert not missing, f"document these in docs/api.md (or API.md): {sorted(missing, key=lambda r: r[::-1])}"


def test_docs_api_documents_nothing_twice_and_nothing_gone() -> None:
    """A route beyond the contract is documented once, and only while the app serves it."""
    index, beyond = documented()
    assert not index & beyond, sorted(index & beyond)
    assert not beyond - served(), f"no longer served: {sorted(beyond - served())}"


def test_everything_is_served_under_api() -> None:
    """The Static Web App forwards only /api to the functions: a route elsewhere is unreachable in Azure."""
    assert sorted(path for _, path in served() if not path.startswith("/api/")) == []


def test_the_index_is_the_contract() -> None:
    contract = _contract_file()
    if contract is None:
        pytest.skip("API.md is not beside the repository (set VIGOR_API_CONTRACT to its path)")
    index, _ = documented()
    listed = contract_routes(contract.read_text(encoding="utf-8"))
    assert len(listed) > 90  # the parser read the contract
    assert index == listed, {"not in API.md": sorted(index - listed), "missing here": sorted(listed - index)}


def test_the_contract_parser_reads_each_row_shape() -> None:
    text = (
        "## Auth — `/api/auth`\n| method, path | what |\n| --- | --- |\n"
        "| POST /register `{email, password}` | 201 |\n"
        "| GET /microsoft/login, GET /microsoft/callback | flow |\n"
        "## Workouts — `/api/workouts`\n| GET / | plans |\n| --- | --- |\n"
        "| GET /sessions/{session_id}, PUT, DELETE | one session |\n"
        "## Added\n| GET/POST /api/exercises/custom, PUT/DELETE /api/exercises/custom/{id} | own |\n"
        "| POST /api/workouts/import `?source=auto\\|strong` | import |\n"
    )
    assert contract_routes(text) == {
        ("POST", "/api/auth/register"), ("GET", "/api/auth/microsoft/login"), ("GET", "/api/auth/microsoft/callback"),
        ("GET", "/api/workouts"), ("GET", "/api/workouts/sessions/{}"), ("PUT", "/api/workouts/sessions/{}"),
        ("DELETE", "/api/workouts/sessions/{}"), ("GET", "/api/exercises/custom"), ("POST", "/api/exercises/custom"),
        ("PUT", "/api/exercises/custom/{}"), ("DELETE", "/api/exercises/custom/{}"), ("POST", "/api/workouts/import"),
    }  # fmt: skip
