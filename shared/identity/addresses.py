"""Client addresses, for rate limits and sign-in throttling.

`client_address` reads the caller's address from the socket peer or, when the app sits behind trusted
proxies (`Settings.trusted_proxies`), from X-Forwarded-For: the rightmost hop that is not one of those
proxies. Each proxy appends the address that connected to it, so hops right of the client's are
proxies' and hops left of it are whatever the client wrote (a spoofed leftmost entry changes nothing).
In Azure, App Service's front end (ahead of the Functions host) appends its peer: the client itself
when the Function App is called directly, and the Static Web App's internal (private) address when
the request came through the SWA's linked backend, after which the SWA's own edge appended the client:
`203.0.113.7:52987, [fd00::d63d:e0b8:bc35:12be]:64909`. Hence the default in production, `private`:
skip private, shared, loopback and link-local hops from the right.
X-Forwarded-For is read only when the socket peer is itself a trusted proxy (or there is no peer):
a client that reaches the app directly would otherwise write its own rate-limit address. Under the
Functions worker the peer is the worker's uvicorn socket peer, the host on loopback, which uvicorn
(`--forwarded-allow-ips` default 127.0.0.1,::1) already replaces by the rightmost X-Forwarded-For
hop: the front end's private address via the SWA (trusted: the walk goes on), the client when it
called the Function App's host name directly (public: that is the answer).
A hop may be `203.0.113.7`, `203.0.113.7:51234`, `2001:db8::1`, `[2001:db8::1]` or `[2001:db8::1]:51234`;
the answer is the canonical address text without a port (IPv4-mapped IPv6 as IPv4), or `unknown`.

`limit_key` is what limits count against: an IPv4 address, or the /64 of an IPv6 address, the
block one subscriber usually holds whole. Counting single IPv6 addresses would let one client
step through 2**64 fresh addresses.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from functools import lru_cache

UNKNOWN = "unknown"
IPV6_LIMIT_PREFIX = 64
_MAX_HOP = 100

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# Where Azure's front ends and the Static Web App's forwarders connect from: never a client on the internet.
PRIVATE_NETWORKS = (
    "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,100.64.0.0/10,127.0.0.0/8,169.254.0.0/16,fc00::/7,fe80::/10,::1/128"
)


@lru_cache(maxsize=8)
def proxy_networks(spec: str) -> tuple[Network, ...] | None:
    """The proxies `Settings.trusted_proxies` names: None for `none` (X-Forwarded-For ignored), the
    PRIVATE_NETWORKS for `private`, else its comma-separated networks (CIDR). ValueError naming a bad one."""
    spec = spec.strip().lower()
    if spec == "none":
        return None
    networks = []
    for part in (PRIVATE_NETWORKS if spec == "private" else spec).split(","):
        try:
            networks.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError:
            raise ValueError(f"{part.strip()!r} is not `none`, `private` or a network such as 10.0.0.0/8") from None
    return tuple(networks)


def parse_hop(text: str) -> str | None:
    """The address in one forwarded hop or socket peer, canonical and without a port; None if not one."""
    hop = text.strip().strip('"')
    if not hop or len(hop) > _MAX_HOP:
        return None
    if hop.startswith("["):
        host, bracket, rest = hop[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and _is_port(rest[1:]))):
            return None
    elif hop.count(":") == 1:  # IPv4 with a port; a bare IPv6 address has at least two colons
        host, _, port = hop.partition(":")
        if not _is_port(port):
            return None
    else:
        host = hop
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        if address.scope_id:  # a link-local zone (`%eth0`) names the server's interface, not the client
            return str(ipaddress.IPv6Address(host.partition("%")[0]))
    return str(address)


def _is_port(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 5 and int(text) <= 65535


def client_address(peer: str | None, forwarded: Sequence[str], proxies: Sequence[Network] | None) -> str:
    """The caller's address: with `proxies` (`proxy_networks`) and a socket peer among them (or none), the
    rightmost X-Forwarded-For hop outside them (the leftmost if every hop is one; `unknown` if a hop on the
    way is no address), else the socket peer.

    `forwarded` holds every X-Forwarded-For header line (a proxy may add its own line rather than
    extend the client's). A peer that is no IP address (a test transport's name) is kept as it is."""
    hops = [hop for line in forwarded for hop in line.split(",")]
    if proxies is not None and hops and (not peer or _among(parse_hop(peer), proxies)):
        address = UNKNOWN
        for hop in reversed(hops):
            address = parse_hop(hop) or UNKNOWN
            if not _among(address, proxies):
                return address
        return address
    if not peer:
        return UNKNOWN
    return parse_hop(peer) or peer.strip()[:_MAX_HOP] or UNKNOWN


def _among(address: str | None, proxies: Sequence[Network]) -> bool:
    """Whether a parsed address (`parse_hop`) is one of the trusted proxies; None or `unknown` is not."""
    if address is None or address == UNKNOWN:
        return False
    return any(ipaddress.ip_address(address) in net for net in proxies)


def limit_key(address: str) -> str:
    """What limits count against: the IPv4 address, or the IPv6 address's /64 network."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((parsed, IPV6_LIMIT_PREFIX), strict=False))
    return str(parsed)
