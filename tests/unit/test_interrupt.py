"""Signals held while a run starts: handed to the handler set later, or a second one stops."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from types import FrameType

import pytest

from crawler.runs import interrupt
from crawler.runs.outcome import EXIT_STOPPED


@pytest.fixture(autouse=True)
def _default_handlers() -> Iterator[None]:
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    yield
    interrupt.stop_holding()
    interrupt._held = None
    for sig, handler in before.items():
        signal.signal(sig, handler)


def test_a_held_signal_reaches_the_handler_set_after_it() -> None:
    interrupt.hold()
    os.kill(os.getpid(), signal.SIGTERM)
    assert interrupt.held() == signal.SIGTERM
    received: list[int] = []

    def scrapy_handler(signum: int, _frame: FrameType | None) -> None:
        received.append(signum)

    signal.signal(signal.SIGTERM, scrapy_handler)
    signal.signal(signal.SIGINT, scrapy_handler)
    interrupt.hand_over()
    assert received == [signal.SIGTERM]
    assert interrupt.held() is None
    assert signal.getsignal(signal.SIGINT) is scrapy_handler  # not taken back by the hold


def test_a_second_signal_while_one_is_held_stops_at_once_with_130(
    capfd: pytest.CaptureFixture[str],
) -> None:
    interrupt.hold()
    os.kill(os.getpid(), signal.SIGINT)
    with pytest.raises(SystemExit) as stopped:
        os.kill(os.getpid(), signal.SIGINT)
    assert stopped.value.code == EXIT_STOPPED
    assert "stopped at once" in capfd.readouterr().err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_nothing_held_hands_over_nothing_and_gives_the_defaults_back() -> None:
    interrupt.hold()
    interrupt.hand_over()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_an_ignored_signal_stays_ignored() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    interrupt.hold()
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL  # held
