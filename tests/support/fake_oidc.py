"""A fake OpenID Connect provider on https://127.0.0.1:<free port>, for the real msal library.

It has its own RSA signing key and JWKS, a discovery document, an authorize endpoint that
answers at once with a code (no login page), and a token endpoint that checks the client
secret and PKCE. `mode` makes it misbehave: wrong_key, wrong_audience, wrong_issuer,
expired, replayed_nonce. `amr`, when set, goes into the ID token as Entra's v1.0 tokens carry it
(how the person signed in: "pwd", "mfa", ...). Besides its own tenant's authority it answers as
a multi-tenant one (`/common`), whose discovery names the issuer `{base}/{tenantid}` as Entra's does.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import ipaddress
import json
import secrets
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

TENANT_ID = "11111111-2222-3333-4444-555555555555"


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "oidc-cert.pem", directory / "oidc-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@dataclass
class FakeOidcProvider:
    client_id: str = "vigor-test-client"
    client_secret: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    base_url: str = ""
    mode: str = "ok"
    oid: str = field(default_factory=lambda: str(uuid.uuid4()))
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    nonces_seen: list[str] = field(default_factory=list)
    amr: list[str] | None = None

    @property
    def authority(self) -> str:
        return f"{self.base_url}/{TENANT_ID}"

    @property
    def common_authority(self) -> str:
        """The multi-tenant authority: any tenant's accounts sign in (Entra's `/common`)."""
        return f"{self.base_url}/common"

    def _id_token(self, nonce: str) -> str:
        now = int(time.time())
        claims = {
            "iss": "https://evil.example/" + TENANT_ID if self.mode == "wrong_issuer" else self.authority,
            "aud": "someone-else" if self.mode == "wrong_audience" else self.client_id,
            "iat": now - (7200 if self.mode == "expired" else 0),
            "nbf": now - (7200 if self.mode == "expired" else 0),
            "exp": now - 3600 if self.mode == "expired" else now + 3600,
            "sub": "pairwise-sub",
            "tid": TENANT_ID,
            "oid": self.oid,
            "nonce": self.nonces_seen[0] if self.mode == "replayed_nonce" and self.nonces_seen else nonce,
            "name": "Grace Hopper",
            "preferred_username": "grace@contoso.example",
        }
        if self.amr is not None:
            claims["amr"] = list(self.amr)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if self.mode == "wrong_key" else self.key
        return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "test-key"})

    async def discovery(self, request: Request) -> Response:
        tenant = request.path_params["tenant"]
        if tenant not in (TENANT_ID, "common"):
            return JSONResponse({"error": "invalid_tenant"}, 400)
        at = f"{self.base_url}/{tenant}"
        return JSONResponse(
            {
                "issuer": self.authority if tenant == TENANT_ID else f"{self.base_url}/{{tenantid}}",
                "authorization_endpoint": f"{at}/oauth2/v2.0/authorize",
                "token_endpoint": f"{at}/oauth2/v2.0/token",
                "jwks_uri": f"{at}/discovery/v2.0/keys",
                "response_types_supported": ["code"],
                "id_token_signing_alg_values_supported": ["RS256"],
            }
        )

    async def jwks(self, request: Request) -> Response:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return JSONResponse({"keys": [{**jwk, "kid": "test-key", "use": "sig", "alg": "RS256"}]})

    async def authorize(self, request: Request) -> Response:
        q = request.query_params
        code = secrets.token_urlsafe(16)
        self.codes[code] = {
            "nonce": q.get("nonce", ""),
            "challenge": q.get("code_challenge", ""),
            "redirect_uri": q.get("redirect_uri", ""),
        }
        return RedirectResponse(f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q['state']})}", 302)

    async def token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        grant = self.codes.pop(str(form.get("code", "")), None)
        secret_ok = form.get("client_secret") == self.client_secret and form.get("client_id") == self.client_id
        verifier = str(form.get("code_verifier", ""))
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        if grant is None or not secret_ok or challenge != grant["challenge"]:
            return JSONResponse({"error": "invalid_grant", "error_description": "bad code, secret or PKCE"}, 400)
        id_token = self._id_token(grant["nonce"])
        self.nonces_seen.append(grant["nonce"])
        return JSONResponse(
            {
                "access_token": "opaque",
                "token_type": "Bearer",
                "expires_in": 3600,
                "id_token": id_token,
                "scope": "openid profile",
            }
        )

    def app(self) -> Starlette:
        t = "/{tenant}"  # its own tenant, or "common"
        return Starlette(
            routes=[
                Route(f"{t}/.well-known/openid-configuration", self.discovery),
                Route(f"{t}/discovery/v2.0/keys", self.jwks),
                Route(f"{t}/oauth2/v2.0/authorize", self.authorize),
                Route(f"{t}/oauth2/v2.0/token", self.token, methods=["POST"]),
            ]
        )


@contextmanager
def run_fake_oidc(directory: Path) -> Iterator[tuple[FakeOidcProvider, Path]]:
    """Serve a provider over TLS on a free port; yields it and the CA file to trust."""
    import threading

    import uvicorn

    from tests.support.net import free_port, stop_server_thread, wait_for_port

    cert, key = _self_signed(directory)
    provider = FakeOidcProvider()
    port = free_port()
    provider.base_url = f"https://127.0.0.1:{port}"
    config = uvicorn.Config(
        provider.app(), host="127.0.0.1", port=port, log_config=None, lifespan="off",
        ssl_certfile=str(cert), ssl_keyfile=str(key),
    )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for_port(port)
        yield provider, cert
    finally:
        stop_server_thread(server, thread)
