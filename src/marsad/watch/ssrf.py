"""Server-side request forgery guard: which URLs and addresses the watcher may contact.

A feed is third-party input: an item link, a sitemap `<loc>` or a redirect can point at `http://169.254.169.254/`
(cloud metadata), `http://127.0.0.1:5432/` or a host whose DNS name resolves to the office network. So:

- only http and https URLs are fetched;
- the host is resolved and *every* address it resolves to must be public (not loopback, private, link-local,
  multicast, reserved, unspecified, shared/CGNAT), unless the configuration allows it explicitly;
- the check runs again on every redirect hop (the fetcher follows redirects itself), and once more at connect
  time (`GuardedNetworkBackend`) on the address actually dialled, so a DNS answer that changes between the check
  and the connection (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


class AddressRefused(Exception):
    """A URL the watcher will not contact; `str()` says why and how to allow it if that is intended."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def system_resolver(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (IPv4 and IPv6), as strings."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise AddressRefused(host, f"the host name does not resolve ({error.strerror})") from error
    return list(dict.fromkeys(info[4][0] for info in infos))


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which non-public destinations are allowed anyway: CIDR networks / addresses, and exact host names."""

    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    hosts: frozenset[str] = frozenset()
    resolver: Resolver = system_resolver

    @classmethod
    def from_allow_list(cls, allow: Iterable[str], resolver: Resolver = system_resolver) -> AddressPolicy:
        networks, hosts = [], set()
        for item in allow:
            try:
                networks.append(ipaddress.ip_network(item.strip(), strict=False))
            except ValueError:
                hosts.add(item.strip().lower().rstrip("."))
        return cls(tuple(networks), frozenset(hosts), resolver)

    def address_allowed(self, address: str, host: str | None = None) -> bool:
        """Whether connecting to `address` (reached through `host`) is permitted."""
        ip = _parse_ip(address)
        if is_public(ip):
            return True
        if host is not None and host.lower().rstrip(".") in self.hosts:
            return True
        return any(ip in network for network in self.networks)

    def check_url(self, url: str) -> list[str]:
        """Raise AddressRefused unless `url` is http(s) and every address of its host is allowed; return them."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise AddressRefused(url, f"the {parts.scheme or 'missing'} scheme is refused; only http and https "
                                      "URLs are fetched")
        host = parts.hostname
        if not host:
            raise AddressRefused(url, "the URL has no host")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise AddressRefused(url, f"the port is not valid ({error})") from error
        addresses = self.resolve(host, port)
        for address in addresses:
            if not self.address_allowed(address, host):
                raise AddressRefused(url, refusal_reason(address))
        return addresses

    def resolve(self, host: str, port: int) -> list[str]:
        host = host.strip("[]")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            pass  # a name, not a literal address: ask the resolver
        else:
            return [host]
        addresses = self.resolver(host, port)
        if not addresses:
            raise AddressRefused(host, "the host name resolves to no address")
        return addresses


def is_public(ip: Address) -> bool:
    """Whether an address is a globally routable unicast address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
                                 or ip.is_private or ip.is_unspecified)


def refusal_reason(address: str) -> str:
    ip = _parse_ip(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    kind = ("loopback" if ip.is_loopback else "link-local" if ip.is_link_local else "multicast" if ip.is_multicast
            else "unspecified" if ip.is_unspecified else "private" if ip.is_private
            else "reserved" if ip.is_reserved else "non-public")
    return (f"resolves to the {kind} address {address}, which is refused; if this destination is intended, add it "
            "to allow_private_addresses in the watch config")


def _parse_ip(address: str) -> Address:
    return ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id such as %eth0


class GuardedNetworkBackend(httpcore.NetworkBackend):
    """An httpcore network backend that resolves the host itself and dials only addresses the policy allows."""

    def __init__(self, policy: AddressPolicy, inner: httpcore.NetworkBackend | None = None):
        self._policy = policy
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        addresses = self._policy.resolve(host, port)
        for address in addresses:
            if not self._policy.address_allowed(address, host):
                raise AddressRefused(f"{host}:{port}", refusal_reason(address))
        last_error: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                               socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error  # try the host's next address, as a browser would
        assert last_error is not None
        raise last_error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        raise AddressRefused(path, "unix sockets are never contacted by the watcher")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
