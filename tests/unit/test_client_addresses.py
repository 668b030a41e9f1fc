"""Client addresses: every hop form the front end or a socket gives, and the key limits count against."""

from __future__ import annotations

import pytest

from shared.identity.addresses import UNKNOWN, client_address, limit_key, parse_hop


@pytest.mark.parametrize(
    ("hop", "address"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("203.0.113.7:51234", "203.0.113.7"),
        (" 203.0.113.7 ", "203.0.113.7"),
        ("2001:db8::1", "2001:db8::1"),
        ("2001:DB8:0:0:0:0:0:1", "2001:db8::1"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("::1", "::1"),
        ("[::1]:8080", "::1"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("[::ffff:203.0.113.7]:9", "203.0.113.7"),
        ("fe80::1%eth0", "fe80::1"),
        ('"[2001:db8::1]:443"', "2001:db8::1"),
    ],
)
def test_hops_parse_to_the_canonical_address_without_a_port(hop: str, address: str) -> None:
    assert parse_hop(hop) == address


@pytest.mark.parametrize(
    "hop",
    [
        "",
        "unknown",
        "2001",  # what the old cut at the first colon made of every IPv6 client
        "[2001",
        "[2001:db8::1]x",
        "[2001:db8::1]:",
        "[2001:db8::1]:99999",
        "203.0.113.7:",
        "203.0.113.7:http",
        "203.0.113.7:80:90",
        "203.0.113.300",
        "1" * 200,
    ],
)
def test_anything_else_is_no_address(hop: str) -> None:
    assert parse_hop(hop) is None


def test_a_trusted_front_end_is_read_from_its_own_last_hop() -> None:
    # The client wrote the first hops; the platform appended the last, in one line or its own.
    assert client_address("10.0.0.4", ["198.51.100.1, [2001:db8:5::9]:50123"], trust_forwarded=True) == "2001:db8:5::9"
    assert client_address("10.0.0.4", ["1.2.3.4", "203.0.113.7:443"], trust_forwarded=True) == "203.0.113.7"
    assert client_address("10.0.0.4", ["1.2.3.4, not-an-ip"], trust_forwarded=True) == UNKNOWN
    assert client_address("10.0.0.4", [], trust_forwarded=True) == "10.0.0.4"


def test_an_untrusted_forwarded_header_is_ignored() -> None:
    assert client_address("2001:db8::7", ["203.0.113.7"], trust_forwarded=False) == "2001:db8::7"
    assert client_address("::ffff:127.0.0.1", [], trust_forwarded=False) == "127.0.0.1"
    assert client_address("testclient", [], trust_forwarded=False) == "testclient"
    assert client_address(None, [], trust_forwarded=False) == UNKNOWN


def test_limits_count_ipv4_addresses_and_ipv6_slash_64_blocks() -> None:
    assert limit_key("203.0.113.7") == "203.0.113.7"
    assert limit_key("2001:db8:1:2:aaaa::1") == limit_key("2001:db8:1:2:bbbb::2") == "2001:db8:1:2::/64"
    assert limit_key("2001:db8:1:3::1") != limit_key("2001:db8:1:2::1")
    assert limit_key("::1") != limit_key("127.0.0.1")
    assert limit_key("testclient") == "testclient"
