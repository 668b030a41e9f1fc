"""Client addresses, for rate limits and sign-in throttling.

`client_address` reads the caller's address from the socket peer or, when the app sits behind a
trusted front end, from the last X-Forwarded-For hop (the one that front end appended; earlier
hops are whatever the client wrote). A hop may be `203.0.113.7`, `203.0.113.7:51234`,
`2001:db8::1`, `[2001:db8::1]` or `[2001:db8::1]:51234`; the answer is the canonical address text
without a port (IPv4-mapped IPv6 as IPv4), or `unknown`.

`limit_key` is what limits count against: an IPv4 address, or the /64 of an IPv6 address, the
block one subscriber usually holds whole. Counting single IPv6 addresses would let one client
step through 2**64 fresh addresses.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

UNKNOWN = "unknown"
IPV6_LIMIT_PREFIX = 64
_MAX_HOP = 100


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


def client_address(peer: str | None, forwarded: Sequence[str], trust_forwarded: bool) -> str:
    """The caller's address: the last X-Forwarded-For hop when `trust_forwarded`, else the socket peer.

    `forwarded` holds every X-Forwarded-For header line (a proxy may add its own line rather than
    extend the client's). A peer that is no IP address (a test transport's name) is kept as it is."""
    hops = [hop for line in forwarded for hop in line.split(",")]
    if trust_forwarded and hops:
        return parse_hop(hops[-1]) or UNKNOWN
    if not peer:
        return UNKNOWN
    return parse_hop(peer) or peer.strip()[:_MAX_HOP] or UNKNOWN


def limit_key(address: str) -> str:
    """What limits count against: the IPv4 address, or the IPv6 address's /64 network."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((parsed, IPV6_LIMIT_PREFIX), strict=False))
    return str(parsed)
