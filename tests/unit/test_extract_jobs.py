"""The crawl process imports the job module, never the worker's text stack (nor the workers
the crawl's)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.storage.pagecodec import pack_page
from pipelines.extract import jobs, workerloop
from pipelines.extract.worker import PageJob, PageResult

ROOT = Path(__file__).resolve().parents[2]


def _loaded(imports: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter holds after ``import <imports>``."""
    code = (
        f"import json, sys; import {imports}; "
        f"print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return json.loads(out)


def test_crawl_process_pipelines_leave_the_text_stack_to_the_workers() -> None:
    text_stack = ("trafilatura", "resiliparse", "htmldate", "justext", "langdetect")
    workers = ("pipelines.extract.worker", "pipelines.text.article", "pipelines.text.language")
    imports = "pipelines.extract.pipeline, pipelines.store, pipelines.language_policy"
    assert _loaded(imports, text_stack + workers) == []


def test_a_jobs_language_prefix_defaults_to_the_detectors_own() -> None:
    from pipelines.text.language import DEFAULT_MAX_CHARS

    assert jobs.PageJob(url="https://example.org/a", html="").language_chars == DEFAULT_MAX_CHARS


def test_the_workers_leave_the_crawl_stack_to_the_crawl_process() -> None:
    # The forkserver imports the worker before every run: Scrapy, Twisted and sqlite-utils
    # there cost about 0.7 s of CPU for code only the crawl process runs. The store's state
    # across articles (pipelines/index/) is the crawl process's too: the lines a worker keys
    # for learned boilerplate are the cleaning rules' (candidate_keys).
    crawl_stack = (
        "scrapy",
        "twisted",
        "sqlite_utils",
        "crawler.storage.database",
        "pipelines.index.boilerplate",
        "pipelines.index.copies",
    )
    assert _loaded("pipelines.extract.preload", crawl_stack) == []


def test_jobs_are_the_workers_types_and_analyze_runs_the_worker() -> None:
    assert PageJob is jobs.PageJob and PageResult is jobs.PageResult
    html = "<html><head><title>t</title></head><body><p>Too short.</p></body></html>"
    result = workerloop.analyze(jobs.PageJob(url="https://example.org/a", html=html))
    assert isinstance(result, jobs.PageResult)
    assert result.drop in {"no_text", "too_short", "listing"}


def test_the_warm_up_page_takes_every_stage_of_the_worker() -> None:
    # If a rule came to drop it early, warm_up would leave the later stages' lazy loading to
    # each worker's first page again.
    from pipelines.extract import worker

    result = worker.analyze_page(worker.WARM_UP_JOB)
    assert result.drop is None
    assert len(result.fields["text"]) > 1000
    assert result.fields["language"] == "en"
    assert result.fields["html_gz"]
    assert {"extract", "clean", "metadata", "language", "fingerprint", "compress"} <= set(
        result.seconds
    )


def test_warm_up_analyses_its_page_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipelines.extract import worker

    seen: list[str] = []
    monkeypatch.setattr(worker, "_warm", False)
    monkeypatch.setattr(worker, "analyze_page", lambda job: seen.append(job.url))
    worker.warm_up()
    worker.warm_up()
    assert seen == [worker.WARM_UP_JOB.url]


@pytest.mark.parametrize("text", ["<p>Größe 5 € – Müller</p>", "<p>plain</p>", ""])
def test_a_job_with_the_pages_bytes_reaches_the_worker_with_the_same_text(text: str) -> None:
    from multiprocessing.reduction import ForkingPickler

    body = text.encode("utf-8")
    job = jobs.PageJob(url="https://example.org/a", html=text, utf8=body)
    sent = bytes(ForkingPickler.dumps(job))
    received = ForkingPickler.loads(sent)
    # The worker keeps the bytes beside the text: the parse and the stored copy take them.
    assert received == jobs.PageJob(url="https://example.org/a", html=text, utf8=body)
    if body:  # the text travels once, as the page's own bytes
        assert sent.count(body) == 1
    plain = ForkingPickler.loads(ForkingPickler.dumps(jobs.PageJob(url="u", html=text)))
    assert plain.html == text and plain.utf8 is None


def test_a_page_that_came_as_bytes_is_analysed_as_the_same_text() -> None:
    from multiprocessing.reduction import ForkingPickler

    from pipelines.extract import worker

    html = worker.WARM_UP_JOB.html.replace("Budget agreed", "Haushalt für Größe – Müller")
    plain = jobs.PageJob(url=worker.WARM_UP_JOB.url, html=html, keep_html=True)
    came = ForkingPickler.loads(
        bytes(ForkingPickler.dumps(dataclasses.replace(plain, utf8=html.encode("utf-8"))))
    )
    assert came.utf8 == html.encode("utf-8")
    expected, got = worker.analyze_page(plain), worker.analyze_page(came)
    assert got.fields == expected.fields and got.counts == expected.counts
    assert got.fields["html_gz"] == pack_page(html)


def test_the_pages_bytes_given_are_what_is_parsed_and_stored() -> None:
    from pipelines.text.extraction import read_page

    html = "<html><head><title>Größe</title></head><body><p>Müller €</p></body></html>"
    body = html.encode("utf-8")
    text, tree = read_page(html, body)
    assert text is html and tree is not None and tree.findtext(".//p") == "Müller €"
    assert pack_page(html, body) == pack_page(html)


# A worker whose crawl process dies: it waits for a page (idle) or has one in hand (busy).
_ORPHAN = """
import multiprocessing, sys, time
from pipelines.extract import jobs, workerloop

def work(job):
    time.sleep(0.3)
    return jobs.PageResult(drop="too_short")

def init():
    pass

def orphan(there, here):
    here.close()  # as a worker the pool starts holds only its own end
    workerloop.serve(there, 0, work, init)

if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    here, there = context.Pipe()
    worker = context.Process(target=orphan, args=(there, here))
    worker.start()
    there.close()
    assert here.recv() == workerloop.READY
    if sys.argv[1] == "busy":
        here.send(jobs.PageJob(url="https://example.org/a", html="<p>x</p>"))
    here.close()
    worker.join(10)
    print(worker.exitcode)
"""


@pytest.mark.parametrize("state", ["idle", "busy"])
def test_a_worker_whose_crawl_process_is_gone_ends_without_a_traceback(state: str) -> None:
    # kill -9 of a crawl left each worker to print an EOFError traceback into the run's
    # output, which cron mails.
    done = subprocess.run(
        [sys.executable, "-c", _ORPHAN, state], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
    assert done.stderr == ""


_CTRL_C_DURING_PRELOAD = """
import multiprocessing, os, signal, time
from multiprocessing import forkserver

ctx = multiprocessing.get_context("forkserver")
ctx.set_forkserver_preload(["pipelines.extract.preload"])
forkserver.ensure_running()
pid = forkserver._forkserver._forkserver_pid
deadline = time.monotonic() + 60
# lxml is mapped once the preload runs (trafilatura imports it first); the rest takes longer.
while "etree" not in open(f"/proc/{pid}/maps").read() and time.monotonic() < deadline:
    time.sleep(0.005)
os.kill(pid, signal.SIGINT)
with ctx.Pool(1) as pool:
    print(pool.apply(os.getpid) != os.getpid())
"""


def test_ctrl_c_while_the_fork_server_imports_its_preload_is_left_to_the_crawl() -> None:
    """A Ctrl-C reaches every process of the terminal's group, the workers' fork server too,
    which ignores it only once its preload is imported: pressed in a crawl's first seconds,
    it printed a KeyboardInterrupt traceback from the server beside the crawl's own 'stopped'
    line, and the server was gone."""
    run = subprocess.run(
        [sys.executable, "-c", _CTRL_C_DURING_PRELOAD],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert "KeyboardInterrupt" not in run.stderr, run.stderr[-2000:]
    assert run.stdout.strip() == "True", run.stderr[-2000:]
