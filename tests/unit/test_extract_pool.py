"""The extraction pool: every page comes back, a runaway page is killed alone."""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.extract.jobs import PageJob, PageResult, WorkerError
from pipelines.extract.pool import PagePool, PageTimeout, PoolClosed, WorkerDied
from tests.support.pooljobs import (
    HOLD_AT_MOST,
    die_warming_up,
    die_warming_up_once,
    echo,
    nothing,
)


def make_pool(**kwargs: object) -> PagePool:
    context = multiprocessing.get_context("forkserver")
    options: dict = {"workers": 2, "timeout": 5.0, "max_tasks": 0, "work": echo, "init": nothing}
    options.update(kwargs)
    pool = PagePool(context, **options)
    pool.start()
    return pool


@pytest.fixture
def pool() -> Iterator[PagePool]:
    pool = make_pool()
    yield pool
    pool.close(timeout=10)


async def _all(pool: PagePool, urls: list[str]) -> list[PageResult | BaseException]:
    jobs = [pool.run(PageJob(url=url, html=f"<p>{url}</p>")) for url in urls]
    return await asyncio.gather(*jobs, return_exceptions=True)


def test_every_page_comes_back_with_its_own_result_across_worker_replacements() -> None:
    pool = make_pool(max_tasks=3)
    try:
        urls = [f"https://example.invalid/{i}" for i in range(25)]
        results = asyncio.run(_all(pool, urls))
    finally:
        pool.close(timeout=10)
    pages = [r for r in results if isinstance(r, PageResult)]
    assert [r.fields["url"] for r in pages] == urls
    assert all(r.fields["html"] == f"<p>{u}</p>" for r, u in zip(pages, urls, strict=True))
    # 25 pages, at most 3 per worker: at least 9 workers served them.
    assert len({r.fields["pid"] for r in results if isinstance(r, PageResult)}) >= 9


def test_a_worker_s_successor_takes_pages_while_it_finishes_its_last(tmp_path: Path) -> None:
    # The paused page holds until the page after it came back: it slept a second, and on a
    # loaded machine the successor took longer than that to start (the order then failed).
    pool = make_pool(workers=1, depth=1, max_tasks=2, timeout=2 * HOLD_AT_MOST)
    release = tmp_path / "release"
    done: list[str] = []

    async def run(url: str, html: str = "<p>x</p>") -> PageResult:
        result = await pool.run(PageJob(url=url, html=html))
        done.append(url)
        return result

    async def pages() -> list[PageResult]:
        first = await run("https://example.invalid/a")
        last = asyncio.ensure_future(run("https://example.invalid/pause", str(release)))
        deadline = time.monotonic() + HOLD_AT_MOST
        while not Path(f"{release}.started").exists():  # at the old worker, its last page
            assert time.monotonic() < deadline and not last.done(), last
            await asyncio.sleep(0.01)
        after = await asyncio.wait_for(run("https://example.invalid/b"), HOLD_AT_MOST / 2)
        release.touch()
        return [first, after, await last]

    try:
        first, after, last = asyncio.run(pages())
    finally:
        pool.close(timeout=10)
    assert first.fields["pid"] == last.fields["pid"] != after.fields["pid"]
    # The page after the old worker's last came back while that one still slept.
    assert done == [
        "https://example.invalid/a",
        "https://example.invalid/b",
        "https://example.invalid/pause",
    ]


def test_a_runaway_page_is_killed_and_the_pages_behind_it_still_come_back() -> None:
    pool = make_pool(workers=1, depth=3, timeout=3.0)
    try:
        urls = ["https://example.invalid/slow", "https://example.invalid/a", "https://x.invalid/b"]
        started = time.monotonic()
        results = asyncio.run(_all(pool, urls))
        elapsed = time.monotonic() - started
    finally:
        pool.close(timeout=10)
    assert isinstance(results[0], PageTimeout)
    assert [r.fields["url"] for r in results[1:] if isinstance(r, PageResult)] == urls[1:]
    assert elapsed < 30  # killed at the limit, not after the 60 s sleep


def test_a_page_that_kills_its_worker_fails_alone(pool: PagePool) -> None:
    urls = ["https://example.invalid/crash", *(f"https://example.invalid/{i}" for i in range(6))]
    results = asyncio.run(_all(pool, urls))
    assert isinstance(results[0], WorkerDied) and "exit code 3" in str(results[0])
    assert [r.fields["url"] for r in results[1:] if isinstance(r, PageResult)] == urls[1:]


def test_an_exception_in_the_worker_comes_back_with_its_traceback(pool: PagePool) -> None:
    results = asyncio.run(_all(pool, ["https://example.invalid/raise", "https://e.invalid/ok"]))
    error = results[0]
    assert isinstance(error, WorkerError) and error.name == "ValueError"
    assert "https://example.invalid/raise" in error.trace
    assert isinstance(results[1], PageResult)


def test_a_closed_pool_refuses_pages() -> None:
    pool = make_pool()
    pool.close(timeout=10)
    with pytest.raises(PoolClosed):
        asyncio.run(pool.run(PageJob(url="https://example.invalid/late", html="<p>x</p>")))


def test_closing_with_a_page_unfinished_fails_it_and_stops_its_worker(tmp_path: Path) -> None:
    """The page's worker is killed once close()'s wait is over. It was first asked to exit
    and given 5 s, which a worker in the middle of a page never takes: close(1.0) took 6 s."""
    pool = make_pool(workers=1, timeout=60.0)
    release = tmp_path / "release"
    closing: list[float] = []

    async def close_while_busy() -> PageResult | BaseException:
        page = asyncio.ensure_future(
            pool.run(PageJob(url="https://example.invalid/pause", html=str(release)))
        )
        deadline = time.monotonic() + HOLD_AT_MOST
        while not Path(f"{release}.started").exists():  # the worker has the page in hand
            assert time.monotonic() < deadline and not page.done(), page
            await asyncio.sleep(0.01)
        started = time.monotonic()
        await asyncio.get_running_loop().run_in_executor(None, pool.close, 1.0)
        closing.append(time.monotonic() - started)
        return (await asyncio.gather(page, return_exceptions=True))[0]

    result = asyncio.run(close_while_busy())
    assert isinstance(result, PoolClosed)
    assert not pool._thread.is_alive()
    # close()'s second of waiting and the kill; not the 5 s more an idle worker is given.
    assert 1.0 <= closing[0] < 4.0, closing


def test_workers_that_die_before_they_are_ready_stop_the_pool() -> None:
    """Replaced for ever, workers that die warming up left every page waiting: a hung crawl."""
    pool = make_pool(workers=2, init=die_warming_up)

    async def one_page() -> PageResult:
        page = pool.run(PageJob(url="https://example.invalid/a", html="<p>x</p>"))
        return await asyncio.wait_for(page, 30)

    try:
        with pytest.raises(PoolClosed, match=r"5 workers in a row exited before they were ready"):
            asyncio.run(one_page())
        with pytest.raises(PoolClosed):  # and it refuses later pages at once
            asyncio.run(one_page())
    finally:
        pool.close(timeout=10)


def test_a_worker_that_dies_warming_up_once_is_replaced(tmp_path: Path) -> None:
    pool = make_pool(workers=1, init=functools.partial(die_warming_up_once, str(tmp_path / "m")))
    try:
        results = asyncio.run(_all(pool, ["https://example.invalid/a", "https://e.invalid/b"]))
    finally:
        pool.close(timeout=10)
    assert [r.fields["url"] for r in results if isinstance(r, PageResult)] == [
        "https://example.invalid/a",
        "https://e.invalid/b",
    ]


def test_large_pages_with_large_results_all_come_back() -> None:
    """A page and a result each larger than a pipe's buffer (an 800 KB page, and a result that
    holds its stored copy): the dispatcher blocked sending the worker its next page while the
    worker blocked sending the result before it, which nobody read. A WARC ingestion of real
    pages stopped there for good, its workers idle, and its run never ended."""
    pool = make_pool(workers=1, depth=2)
    big = "x" * 2_000_000

    async def pages() -> list[PageResult]:
        jobs = [pool.run(PageJob(url=f"https://example.invalid/{i}", html=big)) for i in range(4)]
        return await asyncio.wait_for(asyncio.gather(*jobs), HOLD_AT_MOST)

    try:
        results = asyncio.run(pages())
    finally:
        pool.close(timeout=10)
    assert [r.fields["url"] for r in results] == [f"https://example.invalid/{i}" for i in range(4)]
    assert all(len(r.fields["html"]) == len(big) for r in results)


# A crawl command's main module, as a script run by path (the ``scrapy`` console script): it
# notes each import of itself that is not the run (a worker's), then runs one page through a
# pool of one worker.
_MAIN_SCRIPT = """
import asyncio, multiprocessing, os, sys
if __name__ != "__main__":
    with open(os.environ["MAIN_IMPORTED"], "a") as note:
        note.write(f"{__name__} in {os.getpid()}\\n")
else:
    from pipelines.extract.jobs import PageJob
    from pipelines.extract.pool import PagePool
    from tests.support.pooljobs import echo, nothing
    context = multiprocessing.get_context("forkserver")
    pool = PagePool(context, workers=1, timeout=20, work=echo, init=nothing)
    pool.start()
    try:
        result = asyncio.run(pool.run(PageJob(url="https://example.invalid/", html="<p>a</p>")))
    finally:
        pool.close(timeout=10)
    print(result.fields["pid"] != os.getpid())
"""


def test_a_worker_does_not_import_the_crawl_command_s_main_module_again(tmp_path: Path) -> None:
    """Each worker of a crawl started as ``scrapy crawl`` imported the console script again,
    and with it Scrapy: 0.2 to 0.25 s of CPU per worker, more than a small crawl's pages."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "command.py"
    script.write_text(_MAIN_SCRIPT, encoding="utf-8")
    imported = tmp_path / "imported.txt"
    env = {**os.environ, "PYTHONPATH": str(root), "MAIN_IMPORTED": str(imported)}
    command = [sys.executable, str(script)]
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.split()) == (0, ["True"]), done.stderr
    assert not imported.exists(), imported.read_text()
