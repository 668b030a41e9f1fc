"""A fake Web Push service on 127.0.0.1 over TLS, and a fake browser's subscription keys.

`FakePushService` accepts pushes the way FCM or Mozilla's autopush do: it checks the VAPID header
(RFC 8292: `vapid t=<ES256 JWT>, k=<public key>`, the JWT's signature, `aud` = the endpoint's origin, `exp`
within 24 h, a `sub`), the encoding headers (`Content-Encoding: aes128gcm`, `TTL`), then decrypts the body
with the browser's private key (RFC 8291, `http_ece`) and records the JSON payload. `statuses` scripts the
answers (201 when empty): 404/410 for an expired subscription, 429/5xx for a busy or failing service, a
`(status, retry_after)` pair to send a `Retry-After` header with it, or "hang" to answer only after `HANG_S`
(longer than the client waits). `tried` lists every push that reached it, by browser name, answered or not.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import ipaddress
import json
import os
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import http_ece
import jwt
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.net import free_port

HANG_S = 5.0


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class FakeBrowser:
    """A browser's push keys: what `PushSubscription.toJSON()` carries, and the private half to decrypt."""

    private_key: ec.EllipticCurvePrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))
    auth: bytes = field(default_factory=lambda: os.urandom(16))

    def subscription(self, endpoint: str) -> dict[str, Any]:
        point = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return {
            "endpoint": endpoint,
            "expirationTime": None,
            "keys": {"p256dh": b64url(point), "auth": b64url(self.auth)},
        }


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    payload: dict[str, Any]
    claims: dict[str, Any]


def _certificate(directory: Path) -> tuple[Path, Path, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path, key_path = directory / "push-cert.pem", directory / "push-key.pem"
    cert_path.write_bytes(pem)
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    return cert_path, key_path, pem


class FakePushService:
    """Run with `async with FakePushService(tmp_path, browsers) as push:`; `push.endpoint(name)` is a subscription
    URL, `push.client_session()` an aiohttp session trusting the service's certificate."""

    def __init__(self, directory: Path, browsers: dict[str, FakeBrowser], vapid_public_key: str) -> None:
        self.directory, self.browsers, self.vapid_public_key = directory, browsers, vapid_public_key
        self.port = free_port()
        self.received: list[Received] = []
        self.refused: list[str] = []
        self.statuses: dict[str, list[Any]] = {}
        self.tried: list[str] = []
        self._runner: web.AppRunner | None = None
        self._ca = b""

    @property
    def origin(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def endpoint(self, name: str) -> str:
        return f"{self.origin}/push/{name}"

    def client_session(self) -> aiohttp.ClientSession:
        context = ssl.create_default_context(cadata=self._ca.decode())
        return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context))

    def _vapid(self, request: web.Request) -> dict[str, Any]:
        scheme, _, params = request.headers.get("Authorization", "").partition(" ")
        assert scheme == "vapid", "not a vapid Authorization header"
        parts = dict(part.strip().split("=", 1) for part in params.split(","))
        assert parts["k"] == self.vapid_public_key, "signed with another key than the one browsers subscribed with"
        point = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(parts["k"]))
        claims: dict[str, Any] = jwt.decode(parts["t"], point, algorithms=["ES256"], audience=self.origin)
        assert claims["exp"] <= time.time() + 24 * 3600 and claims["sub"], claims
        return claims

    async def _handle(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        try:
            claims = self._vapid(request)
            assert request.headers.get("Content-Encoding") == "aes128gcm", request.headers.get("Content-Encoding")
            assert int(request.headers["TTL"]) > 0
            browser = self.browsers[name]
            body = http_ece.decrypt(await request.read(), private_key=browser.private_key, auth_secret=browser.auth,
                                    version="aes128gcm")  # fmt: skip
        except (AssertionError, KeyError, ValueError, jwt.PyJWTError) as exc:
            self.refused.append(f"{name}: {exc!r}")
            return web.Response(status=400, text="bad push")
        self.tried.append(name)
        scripted = self.statuses.get(name) or []
        answer = scripted.pop(0) if scripted else 201
        if answer == "hang":
            await asyncio.sleep(HANG_S)
            return web.Response(status=201)  # too late: the client gave up (nothing is recorded as received)
        status, retry_after = answer if isinstance(answer, tuple) else (answer, None)
        if status < 300:
            self.received.append(Received(request.path, dict(request.headers), json.loads(body), claims))
        return web.Response(status=status, headers={"Retry-After": str(retry_after)} if retry_after else None)

    async def __aenter__(self) -> FakePushService:
        cert, key, self._ca = _certificate(self.directory)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        app = web.Application()
        app.router.add_post("/push/{name}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, ssl_context=context).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
