"""Signals held while a run starts: handed to the handler set later, or a second one stops."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from crawler import startup
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


@pytest.mark.parametrize(
    ("argv", "scrapy"),
    [
        (["python", "-m", "scrapy", "crawl", "news"], True),
        (["/usr/bin/python3", "/srv/newsloom/.venv/bin/scrapy", "crawlall"], True),
        (["python", "-m", "tests.support.killpoint", "scrapy", "crawl"], False),
        (["python", "-m", "pytest", "tests/unit"], False),
        (["python", "-c", "import scrapy"], False),
        (["python"], False),
    ],
)
def test_the_startup_stop_is_for_scrapy_s_command_line_only(argv: list[str], scrapy: bool) -> None:
    """crawler/startup.py takes Ctrl-C for Scrapy's command line alone: any other program
    this Python runs keeps Python's KeyboardInterrupt."""
    assert startup.scrapy_command_line(argv) is scrapy


def test_the_startup_stop_is_for_this_project_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCRAPY_SETTINGS_MODULE", raising=False)
    inside = tmp_path / "repo" / "docs"
    inside.mkdir(parents=True)
    assert not startup.in_project(str(inside))
    (tmp_path / "repo" / "scrapy.cfg").write_text("[settings]\ndefault = other.settings\n")
    assert not startup.in_project(str(inside))  # another Scrapy project's
    (tmp_path / "repo" / "scrapy.cfg").write_text("[settings]\ndefault = crawler.settings\n")
    assert startup.in_project(str(inside))
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    assert startup.in_project(str(tmp_path))
