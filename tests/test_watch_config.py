"""The watch configuration: a full example loads; each mistake is one line naming the key."""

from __future__ import annotations

import pytest

from marsad.errors import UsageError
from marsad.watch import build_channels, load_config, parse_config

EXAMPLE = """
fetch:
  timeout: 15s
  retries: 3
  max_bytes: 2000000
  max_redirects: 4
  host_interval: 2
allow_private_addresses: ["127.0.0.1", "10.0.0.0/8"]
hosts:
  www.enabbaladi.net: {interval: 5s}
sources:
  - url: https://www.enabbaladi.net/feed
    poll_interval: 5m
  - url: https://www.example.org/news-sitemap.xml
    kind: sitemap
    poll_interval: 1h
    host_interval: 10
watchlists:
  - desk.yaml
  - name: aleppo-deaths
    severity: critical
    admin1: [Aleppo]
    min_fatalities: 5
channels:
  - type: webhook
    name: desk
    url: https://hooks.example.org/marsad
    secret: a-long-enough-shared-secret
  - type: email
    host: smtp.example.org
    port: 587
    starttls: true
    from: marsad@example.org
    to: [desk@example.org]
  - type: atom
"""


def test_example_config_loads(tmp_path):
    (tmp_path / "desk.yaml").write_text("name: camps\nplace_kinds: [camp]\n", encoding="utf-8")
    path = tmp_path / "watch.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    config = load_config(path)
    assert config.fetch.timeout == 15 and config.fetch.retries == 3 and config.fetch.max_redirects == 4
    assert [s.poll_interval for s in config.sources] == [300, 3600]
    assert config.sources[1].kind == "sitemap"
    assert config.host_interval("www.enabbaladi.net") == 5 and config.host_interval("www.example.org") == 10
    assert config.host_interval("other.example") == 2
    assert [w.name for w in config.watchlists] == ["camps", "aleppo-deaths"]
    assert [c.name for c in build_channels(config)] == ["desk", "email", "atom"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"source": []}, "source: unknown key"),
        ({"sources": [{"url": "ftp://x.example/feed"}]}, "sources[0].url: 'ftp://x.example/feed' is not an http(s) URL"),
        ({"sources": [{"url": "https://x.example/f", "poll_interval": "often"}]}, "sources[0].poll_interval:"),
        ({"sources": [{"url": "https://x.example/f", "poll_interval": 1}]}, "sources[0].poll_interval: 1s is too"),
        ({"sources": [{"url": "https://x.example/f", "kind": "json"}]}, "sources[0].kind: 'json' is not one of"),
        ({"sources": ["https://x.example/f", "https://x.example/f"]}, "sources[1].url: https://x.example/f is listed"),
        ({"fetch": {"timeout": 0}}, "fetch.timeout: must be more than zero"),
        ({"fetch": {"retries": -1}}, "fetch.retries: must be a whole number"),
        ({"fetch": {"max_byte": 10}}, "fetch.max_byte: unknown key"),
        ({"fetch": {"respect_robots": "no"}}, "fetch.respect_robots: must be true or false"),
        ({"allow_private_addresses": ["10.0.0.0/33"]}, "allow_private_addresses[0]: '10.0.0.0/33' is not a valid"),
        ({"allow_private_addresses": "127.0.0.1"}, "allow_private_addresses: must be a list"),
        ({"watchlists": [{"name": "x"}]}, "watchlists[0]: no condition"),
        ({"watchlists": ["missing.yaml"]}, "watchlist file"),
        ({"channels": [{"name": "x"}]}, "channels[0].type: missing"),
        ({"channels": [{"type": "carrier-pigeon"}]}, "channels[0].type: unknown channel type 'carrier-pigeon'"),
        ({"channels": [{"type": "webhook", "url": "https://h.example/x", "secret": "short"}]},
         "channels[0].secret: give a shared secret"),
        ({"channels": [{"type": "webhook", "url": "hooks", "secret": "x" * 20}]}, "channels[0].url:"),
        ({"channels": [{"type": "email", "host": "smtp.example", "from": "a@b.example"}]}, "channels[0].to:"),
        ({"channels": [{"type": "email", "host": "h", "from": "a@b.example", "to": "c@d.example", "port": 0}]},
         "channels[0].port:"),
        ({"channels": [{"type": "atom"}, {"type": "atom"}]}, "channels[1].name: 'atom' is used twice"),
    ],
)
def test_config_errors_are_one_line_and_name_the_key(tmp_path, data, message):
    with pytest.raises(UsageError) as caught:
        parse_config(data, base_dir=tmp_path)
    assert str(caught.value).startswith(message), str(caught.value)
    assert "\n" not in str(caught.value)


def test_unreadable_or_invalid_yaml_config_says_so(tmp_path):
    with pytest.raises(UsageError, match="cannot be read"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: [\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid YAML"):
        load_config(bad)


def test_empty_config_is_valid_and_watches_nothing():
    config = parse_config({})
    assert config.sources == () and config.fetch.respect_robots is True
