"""The SSRF guard decides without contacting anything (literal addresses, or an injected resolver)."""

from __future__ import annotations

import pytest

from marsad.watch import AddressPolicy, AddressRefused


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/", "http://127.8.9.10:8080/feed", "http://[::1]/", "http://10.0.0.5/", "http://172.16.3.4/",
        "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://0.0.0.0/",
        "http://224.0.0.1/", "http://240.0.0.1/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/",
        "http://[fd00::1]/",
    ],
)
def test_non_public_addresses_are_refused_by_default(url):
    with pytest.raises(AddressRefused) as caught:
        AddressPolicy().check_url(url)
    assert "allow_private_addresses" in str(caught.value)


def test_public_address_is_allowed():
    assert AddressPolicy().check_url("https://93.184.215.14/feed") == ["93.184.215.14"]


def test_a_host_that_resolves_to_a_private_address_is_refused():
    policy = AddressPolicy(resolver=lambda host, port: ["93.184.215.14", "10.0.0.7"])  # one bad answer is enough
    with pytest.raises(AddressRefused) as caught:
        policy.check_url("https://intranet.example/feed")
    assert "private address 10.0.0.7" in str(caught.value)


@pytest.mark.parametrize(
    ("allow", "url", "allowed"),
    [
        (["127.0.0.1"], "http://127.0.0.1:8000/", True),
        (["127.0.0.1"], "http://127.0.0.2:8000/", False),
        (["10.0.0.0/8"], "http://10.20.30.40/", True),
        (["10.0.0.0/8"], "http://192.168.0.1/", False),
        (["feeds.internal"], "http://feeds.internal/rss", True),
        (["feeds.internal"], "http://other.internal/rss", False),
    ],
)
def test_allow_list_admits_exactly_what_it_names(allow, url, allowed):
    policy = AddressPolicy.from_allow_list(allow, resolver=lambda host, port: ["10.9.9.9"])
    if allowed:
        policy.check_url(url)
    else:
        with pytest.raises(AddressRefused):
            policy.check_url(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/", "javascript:alert(1)", "http:///path"])
def test_bad_schemes_and_hostless_urls_are_refused(url):
    with pytest.raises(AddressRefused):
        AddressPolicy().check_url(url)
