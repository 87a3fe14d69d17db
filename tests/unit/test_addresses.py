"""Issue 17: the address guard fails closed, knows every embedded form, and pins what it checked."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver

from crawler.middlewares.addresses import (
    AddressUnresolved,
    PinningResolver,
    PrivateAddressMiddleware,
    is_public,
    pinned,
)
from crawler.sources import Source
from tests.unit.components import run


@pytest.mark.parametrize(
    "address",
    [
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "64:ff9b:1::a9fe:a9fe",  # local-use NAT64
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "::a9fe:a9fe",  # IPv4-compatible
        "::127.0.0.1",
        "::ffff:10.0.0.1",  # IPv4-mapped
        "::ffff:0:7f00:1",  # IPv4-translated
        "fec0::1",  # site-local
        "fe80::1",
        "fc00::1",
        "::",
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
        "ff02::1",
    ],
)
def test_every_private_form_is_refused(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::1", "2606:4700::1111"]
)
def test_public_forms_pass(address: str) -> None:
    assert is_public(address)


class _Stats(Counter[str]):
    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] += count


def _guard(answers: dict[str, str | Exception], source: Source | None = None) -> Any:
    asked: list[str] = []

    async def resolve(host: str) -> str:
        asked.append(host)
        answer = answers[host]
        if isinstance(answer, Exception):
            raise answer
        return answer

    stats = _Stats()
    trusted = (source or Source(name="s")).trusted_endpoints
    mw = PrivateAddressMiddleware(stats, trusted, resolve=resolve)  # type: ignore[arg-type]
    return mw, stats, asked


def _run(mw: Any, url: str) -> None:
    run(mw.process_request(Request(url)))


def test_failed_lookup_fails_closed() -> None:
    mw, stats, _ = _guard({"gone.example": OSError("no such host")})
    with pytest.raises(AddressUnresolved):
        _run(mw, "http://gone.example/a")
    assert stats["news/blocked/unresolved"] == 1


def test_trusted_host_is_matched_by_host_and_port() -> None:
    source = Source(name="s", feeds=("http://127.0.0.1:8000/feed.xml",))
    mw, stats, _ = _guard({}, source)
    _run(mw, "http://127.0.0.1:8000/article")  # the named service
    with pytest.raises(IgnoreRequest):
        _run(mw, "http://127.0.0.1:9000/admin")  # another service on the same host
    assert stats["news/blocked/private_address"] == 1


def test_allow_hosts_entry_with_and_without_port() -> None:
    source = Source(name="s", feeds=("https://a.example/f",), allow_hosts=("intra", "box:8080"))
    mw, _, _ = _guard({"intra": "10.0.0.2", "box": "10.0.0.3"}, source)
    _run(mw, "http://intra/x")
    _run(mw, "https://intra/x")
    _run(mw, "http://box:8080/x")
    with pytest.raises(IgnoreRequest):
        _run(mw, "http://intra:8081/x")
    with pytest.raises(IgnoreRequest):
        _run(mw, "http://box/x")


def test_the_download_connects_to_the_checked_address(monkeypatch: pytest.MonkeyPatch) -> None:
    # A rebinding name: public when checked, loopback on any later lookup.
    mw, _, asked = _guard({"rebind.example": "93.184.216.34"})
    _run(mw, "http://rebind.example/a")
    assert pinned("rebind.example") == "93.184.216.34"

    def second_lookup(self: Any, name: str, timeout: Any = ()) -> Any:
        raise AssertionError(f"a second lookup of {name} was made")

    monkeypatch.setattr(CachingThreadedResolver, "getHostByName", second_lookup)
    resolver = PinningResolver(reactor=None, cache_size=0, timeout=1.0)  # type: ignore[arg-type]
    got: list[str] = []
    resolver.getHostByName("rebind.example").addCallback(got.append)
    assert got == ["93.184.216.34"]
    assert asked == ["rebind.example"]
