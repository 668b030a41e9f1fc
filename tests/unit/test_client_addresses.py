"""Client addresses: every hop form the front end or a socket gives, and the key limits count against."""

from __future__ import annotations

import pytest

from shared.config import ConfigError, load_settings
from shared.identity.addresses import UNKNOWN, client_address, limit_key, parse_hop, proxy_networks

AZURE = proxy_networks("private")  # the production default


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
    assert client_address("10.0.0.4", ["198.51.100.1, [2001:db8:5::9]:50123"], AZURE) == "2001:db8:5::9"
    assert client_address("10.0.0.4", ["1.2.3.4", "203.0.113.7:443"], AZURE) == "203.0.113.7"
    assert client_address("10.0.0.4", ["1.2.3.4, not-an-ip"], AZURE) == UNKNOWN
    assert client_address("10.0.0.4", [], AZURE) == "10.0.0.4"


def test_behind_the_static_web_app_the_client_is_left_of_its_forwarder() -> None:
    # SWA's edge appends the client; App Service's front end then appends the SWA's internal address.
    swa = "203.0.113.7:52987, [fd00::d63d:e0b8:bc35:12be]:64909"
    assert client_address("169.254.129.1", [swa], AZURE) == "203.0.113.7"
    assert client_address("169.254.129.1", ["10.1.2.3, 198.51.100.99, " + swa], AZURE) == "203.0.113.7"
    # The same client calling the Function App's own host name directly, spoofing an SWA-looking chain.
    assert client_address("169.254.129.1", ["198.51.100.99, [fd00::1]:1, 203.0.113.7:4000"], AZURE) == "203.0.113.7"
    # Every hop private (a caller inside the network): the farthest one.
    assert client_address("10.0.0.4", ["10.9.9.9, 10.0.0.5"], AZURE) == "10.9.9.9"


@pytest.mark.parametrize("spoofed", ["198.51.100.1", "10.0.0.1", "::1", "garbage", "203.0.113.7", "1.1.1.1, 8.8.8.8"])
def test_a_spoofed_leftmost_entry_does_not_change_the_limit_key(spoofed: str) -> None:
    real = client_address("10.0.0.4", ["203.0.113.9:5000, [fd00::2]:443"], AZURE)
    assert client_address("10.0.0.4", [f"{spoofed}, 203.0.113.9:5000, [fd00::2]:443"], AZURE) == real
    assert limit_key(real) == "203.0.113.9"


def test_named_proxies_are_skipped_and_others_are_clients() -> None:
    cdn = proxy_networks("198.51.100.0/24, 2001:db8:cd::/48")
    assert client_address("198.51.100.1", ["203.0.113.7, 198.51.100.20, [2001:db8:cd::1]:80"], cdn) == "203.0.113.7"
    assert client_address("198.51.100.1", ["203.0.113.7, 10.0.0.9"], cdn) == "10.0.0.9"  # not named: a client


def test_an_untrusted_forwarded_header_is_ignored() -> None:
    assert client_address("2001:db8::7", ["203.0.113.7"], None) == "2001:db8::7"
    assert client_address("::ffff:127.0.0.1", [], None) == "127.0.0.1"
    assert client_address("testclient", [], None) == "testclient"
    assert client_address(None, [], None) == UNKNOWN


def test_the_trusted_proxies_setting_defaults_by_environment_and_names_a_bad_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("VIGOR_TRUSTED_PROXIES", raising=False)
    monkeypatch.setenv("VIGOR_ENV", "development")
    assert load_settings().trusted_proxies == "none" and proxy_networks("none") is None
    monkeypatch.setenv("VIGOR_ENV", "production")
    monkeypatch.setenv("JWT_SIGNING_KEY", "k" * 64)
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", "k1:" + "t" * 64)
    assert load_settings().trusted_proxies == "private"
    monkeypatch.setenv("VIGOR_TRUSTED_PROXIES", "none")
    assert load_settings().trusted_proxies == "none"
    monkeypatch.setenv("VIGOR_TRUSTED_PROXIES", "10.0.0.0/8, 10.0.0.300/32")
    with pytest.raises(ConfigError, match=r"VIGOR_TRUSTED_PROXIES.*10\.0\.0\.300/32"):
        load_settings()


def test_limits_count_ipv4_addresses_and_ipv6_slash_64_blocks() -> None:
    assert limit_key("203.0.113.7") == "203.0.113.7"
    assert limit_key("2001:db8:1:2:aaaa::1") == limit_key("2001:db8:1:2:bbbb::2") == "2001:db8:1:2::/64"
    assert limit_key("2001:db8:1:3::1") != limit_key("2001:db8:1:2::1")
    assert limit_key("::1") != limit_key("127.0.0.1")
    assert limit_key("testclient") == "testclient"


@pytest.mark.parametrize("direct", ["203.0.113.50", "2001:db8:77::1", "[2001:db8:77::1]:443", "testclient"])
def test_a_client_that_is_not_a_trusted_proxy_cannot_choose_its_address(direct: str) -> None:
    # Reaching the app directly, the caller writes any X-Forwarded-For it likes: its peer is the answer.
    for spoofed in (["198.51.100.1"], ["10.0.0.1"], ["198.51.100.1, 10.0.0.5"]):
        assert client_address(direct, spoofed, AZURE) == (parse_hop(direct) or direct)
    cdn = proxy_networks("198.51.100.0/24")
    assert client_address("10.0.0.4", ["203.0.113.7"], cdn) == "10.0.0.4"  # not in the named networks
    assert client_address("198.51.100.20", ["203.0.113.7"], cdn) == "203.0.113.7"


def test_with_no_socket_peer_the_forwarded_chain_is_read() -> None:
    assert client_address(None, ["198.51.100.1, 203.0.113.7:4000"], AZURE) == "203.0.113.7"
    assert client_address("", ["203.0.113.7"], AZURE) == "203.0.113.7"
