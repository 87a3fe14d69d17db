"""Dispatching sources over Scrapyd nodes (crawler/runs/nodes.py), with nodes faked in-process."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Mapping
from pathlib import Path

import pytest
from scrapy.settings import Settings
from w3lib.http import basic_auth_header

from crawler.commands.crawlall import Command as CrawlAll
from crawler.runs.nodelogins import LoginFileError, read_logins, visible_passwords
from crawler.runs.nodes import (
    Dispatch,
    NodeError,
    ScrapydNode,
    host_groups,
    last_error_line,
    place,
    stop_on_signals,
)


def test_sources_sharing_a_host_form_one_group_transitively() -> None:
    hosts = {
        "a": frozenset({"x.example"}),
        "b": frozenset({"y.example"}),
        "c": frozenset({"x.example", "z.example"}),
        "d": frozenset({"z.example", "y.example"}),  # joins a/c with b
        "e": frozenset({"w.example"}),
    }
    groups = host_groups(hosts)
    assert sorted(map(sorted, groups)) == [["a", "b", "c", "d"], ["e"]]


def test_whole_groups_go_to_the_least_loaded_node() -> None:
    queues = place([["a"], ["b", "c", "d"], ["e"], ["f"]], 2)
    assert queues == [["b", "c", "d"], ["a", "e", "f"]]
    assert place([["a"], ["b"]], 3) == [["a"], ["b"], []]


class FakeNode(ScrapydNode):
    """A node whose jobs run for ``steps`` polls; ``down`` makes it unreachable."""

    def __init__(self, url: str, world: World, steps: int = 2):
        super().__init__(url, "newsloom")
        self.world = world
        self.steps = steps
        self.down = False
        self.states: dict[str, tuple[str, int]] = {}  # job: (spider, polls left)
        self.cancelled: list[str] = []

    def schedule(self, spider: str, job_id: str, settings: Mapping[str, str]) -> str:
        if self.down:
            raise NodeError("down")
        assert settings["NEWS_RUN_ID"] == "7"
        self.states[job_id] = (spider, self.steps)
        self.world.started(self.url, spider)
        return job_id

    def jobs(self) -> dict[str, tuple[str, str]]:
        if self.down:
            raise NodeError("down")
        return {
            job: (spider, "running" if left > 0 else "finished")
            for job, (spider, left) in self.states.items()
        }

    def tick(self) -> None:
        for job, (spider, left) in list(self.states.items()):
            if left == 1:
                self.world.ended(spider)
            self.states[job] = (spider, max(0, left - 1))

    def cancel(self, job_id: str) -> None:
        self.cancelled.append(job_id)


class World:
    """What ran where, and a check that no host was crawled by two jobs at once."""

    def __init__(self, hosts: Mapping[str, frozenset[str]]):
        self.hosts = hosts
        self.running: set[str] = set()
        self.ran: list[tuple[str, str]] = []
        self.nodes: list[FakeNode] = []
        self.now = 0.0

    def started(self, node: str, spider: str) -> None:
        busy = frozenset().union(*(self.hosts[s] for s in self.running))
        assert not (self.hosts[spider] & busy), f"{spider} shares a host with a running job"
        assert spider not in self.running
        self.running.add(spider)
        self.ran.append((node, spider))

    def ended(self, spider: str) -> None:
        self.running.discard(spider)

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        for node in self.nodes:
            if not node.down:
                node.tick()


STORE = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def dispatch(world: World, count: int, per_node: int = 2, timeout: float = 3.0) -> Dispatch:
    world.nodes = [FakeNode(f"http://node{i}/", world) for i in range(count)]
    return Dispatch(
        nodes=list(world.nodes),
        hosts=world.hosts,
        job_settings={"NEWS_RUN_ID": "7"},
        run_id=7,
        store=STORE,
        per_node=per_node,
        poll_seconds=1.0,
        node_timeout=timeout,
        clock=lambda: world.now,
        sleep=world.sleep,
    )


HOSTS = {
    "a": frozenset({"a.example"}),
    "b": frozenset({"b.example"}),
    "c": frozenset({"shared.example"}),
    "d": frozenset({"shared.example"}),
    "e": frozenset({"e.example"}),
    "f": frozenset({"f.example"}),
}


def test_every_source_runs_once_and_a_host_s_sources_on_one_node_one_at_a_time() -> None:
    world = World(HOSTS)
    placed = dispatch(world, 2).run()
    assert sorted(spider for _, spider in world.ran) == sorted(HOSTS)
    node_of = dict((spider, node) for node, spider in world.ran)
    assert node_of["c"] == node_of["d"]
    assert len(set(node_of.values())) == 2
    assert {p.ended for p in placed.values()} == {"finished"}
    # The store's id in the job id: another store's run 7 on these nodes is another job.
    assert {p.job for p in placed.values()} == {f"run7-{s}-0f1e2d3c" for s in HOSTS}


def test_a_source_busy_on_any_node_waits() -> None:
    world = World({"a": frozenset({"a.example"})})
    run = dispatch(world, 2)
    world.nodes[1].states["manual"] = ("a", 2)  # someone scheduled it by hand
    run.step()
    assert world.ran == []
    world.sleep(1)
    world.sleep(1)
    run.step()
    assert [spider for _, spider in world.ran] == ["a"]


def test_a_lost_node_ends_its_jobs_and_hands_on_its_waiting_sources() -> None:
    world = World(HOSTS)
    run = dispatch(world, 2, per_node=1, timeout=2.0)
    run.step()
    lost = world.nodes[1]
    on_lost = [spider for node, spider in world.ran if node == lost.url]
    lost.down = True
    placed = run.run()
    assert placed[on_lost[0]].ended == "node lost"
    later = [spider for node, spider in world.ran if node == lost.url]
    assert later == on_lost  # nothing more went to the lost node
    assert sorted(placed) == sorted(HOSTS)
    finished = {s for s, p in placed.items() if p.ended == "finished"}
    assert finished == set(HOSTS) - set(on_lost)


def test_all_nodes_lost_leaves_the_rest_not_started() -> None:
    world = World(HOSTS)
    run = dispatch(world, 1, per_node=1, timeout=1.0)
    world.nodes[0].down = True
    placed = run.run()
    assert {p.ended for p in placed.values()} == {"not started: no node answers"}


def test_ctrl_c_cancels_running_jobs_and_starts_nothing_more() -> None:
    world = World(HOSTS)
    run = dispatch(world, 1, per_node=1)
    calls = 0

    def interrupt(seconds: float) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise KeyboardInterrupt
        world.sleep(seconds)

    run.sleep = interrupt
    placed = run.run()
    assert len(world.ran) == 1
    assert world.nodes[0].cancelled == [f"run7-{world.ran[0][1]}-0f1e2d3c"]
    assert sum(p.ended == "cancelled" for p in placed.values()) == 1
    assert sum(p.ended.startswith("not started") for p in placed.values()) == len(HOSTS) - 1


def test_a_run_that_may_not_go_on_cancels_its_jobs_and_starts_nothing_more() -> None:
    """``keep_going`` False (the run lost its lock to another run): the run stops as Ctrl-C
    stops it; it went on scheduling every source beside the other run."""
    world = World(HOSTS)
    run = dispatch(world, 1, per_node=1)
    run.keep_going = lambda: not world.ran
    placed = run.run()
    assert len(world.ran) == 1
    assert world.nodes[0].cancelled == [f"run7-{world.ran[0][1]}-0f1e2d3c"]
    assert sum(p.ended == "cancelled" for p in placed.values()) == 1
    assert sum(p.ended.startswith("not started") for p in placed.values()) == len(HOSTS) - 1


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_cancels_every_scheduled_job_and_restores_the_handlers(signum: int) -> None:
    world = World(HOSTS)
    run = dispatch(world, 2, per_node=2)
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    calls = 0

    def signal_then_sleep(seconds: float) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            os.kill(os.getpid(), signum)  # the handler runs here, in this (the main) thread
        world.sleep(seconds)

    run.sleep = signal_then_sleep
    with stop_on_signals(run):
        placed = run.run()
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before
    scheduled = [f"run7-{spider}-0f1e2d3c" for _node, spider in world.ran]
    assert len(scheduled) == 4  # two per node before the signal, none after
    assert sorted(j for node in world.nodes for j in node.cancelled) == sorted(scheduled)
    started = {spider for _node, spider in world.ran}
    assert {s: p.ended for s, p in placed.items()} == {
        s: "cancelled" if s in started else "not started: run stopped" for s in HOSTS
    }


@pytest.mark.parametrize("answer", [b"not json", b'{"status": "error", "message": "no"}'])
def test_a_node_that_answers_badly_is_a_node_error(answer: bytes, tmp_path: Path) -> None:
    from crawler.demo.server import serve_directory

    (tmp_path / "listjobs.json").write_bytes(answer)
    with serve_directory(tmp_path) as base, pytest.raises(NodeError):
        ScrapydNode(base, "newsloom").jobs()


def test_jobs_get_the_folders_they_write_into_as_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-s NEWS_WARC_DIR=warc`` went to each job as given: the job, run in its Scrapyd node's
    own folder, recorded into a ``warc`` folder there instead of the operator's."""
    monkeypatch.chdir(tmp_path)
    command = CrawlAll()
    command.settings = Settings({"NEWS_DB": "news.db"})
    for name, value in (("NEWS_WARC_DIR", "warc"), ("NEWS_LOG_DIR", ""), ("DOWNLOAD_DELAY", "2")):
        command.settings.set(name, value, priority="cmdline")
    given = command.job_settings(4)
    assert given["NEWS_WARC_DIR"] == str(tmp_path / "warc")
    assert given["NEWS_LOG_DIR"] == ""  # empty: the logs folder beside the store, as before
    assert given["DOWNLOAD_DELAY"] == "2" and given["NEWS_RUN_ID"] == "4"
    assert given["NEWS_DB"] == str(tmp_path / "news.db")


def test_a_dict_setting_goes_to_each_job_as_the_json_given() -> None:
    """``-s DEFAULT_REQUEST_HEADERS={…}`` (a dict setting given as JSON, as Scrapy reads it)
    went to each job as the text of Scrapy's settings object, ``<scrapy.settings.BaseSettings
    object at 0x…>``, which no node reads as the headers given."""
    command = CrawlAll()
    command.settings = Settings({"NEWS_DB": "news.db"})
    headers = {"Accept-Language": "de", "Cookie": "session=abc"}
    command.settings.set("DEFAULT_REQUEST_HEADERS", json.dumps(headers), priority="cmdline")
    node = Settings()
    node.set("DEFAULT_REQUEST_HEADERS", command.job_settings(4)["DEFAULT_REQUEST_HEADERS"])
    assert node.getdict("DEFAULT_REQUEST_HEADERS") == headers


def test_the_last_error_of_a_job_log_is_one_it_logged_since_it_started() -> None:
    """Scrapyd appends a job's log to the file of an earlier job of the same id (another
    store's run of the same number): an error logged before the job started is not its own.
    The first line of a log's tail may be cut: it is no line of its own either."""
    log = (
        "ted: FATAL:  too many connections\n"
        "2026-12-04 21:26:02 [crawler.runs.runner] ERROR: Source a could not start: refused\n"
        "2026-12-04 21:31:40 [scrapy.core.engine] WARNING: slow\n"
        "2026-12-04 21:31:49 [pipelines.store] ERROR: Database write failed\n"
        "2026-12-04 21:31:50 [crawler.extensions.run_recorder] CRITICAL: Source a failed\n"
        "2026-12-04 21:31:51 [crawler.runs.runner] INFO: Closing\n"
    )
    assert last_error_line(log) == "Source a failed"
    assert last_error_line(log, since="2026-12-04 21:31:49") == "Source a failed"
    assert last_error_line(log.split("2026-12-04 21:31:49")[0], "2026-12-04 21:30:22") is None
    assert (
        last_error_line(log.split("2026-12-04 21:31:40")[0]) == "Source a could not start: refused"
    )


def _netrc(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "netrc"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_a_node_url_without_a_password_takes_the_netrc_file_s_login(tmp_path: Path) -> None:
    """A node's login could only be given in its URL, ``--scrapyd http://USER:PASSWORD@…``,
    which the process list shows every user while the run lasts, and a crontab line to
    whoever reads it. A URL without one takes the netrc file's login for its host; one
    that carries its own keeps it; a host the file does not name gets none."""
    from crawler.demo.server import RequestLog, serve_directory

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "listjobs.json").write_bytes(b'{"status": "ok"}')
    path = _netrc(tmp_path, "machine 127.0.0.1 login bob password n0de-s3cret\n")
    log: RequestLog = []
    with serve_directory(tmp_path / "site", request_log=log) as base:
        other = base.replace("127.0.0.1", "localhost")
        given = base.replace("http://", "http://ann:0wn-one@")
        named = base.replace("http://", "http://ann@")  # a user name alone: no login
        logins = read_logins([base, other, given, named], str(path))
        for url in (base, other, given, named):
            ScrapydNode(url, "newsloom", login=logins.login(url)).jobs()
    sent = [headers.get("Authorization") for _method, _path, headers in log]
    assert sent == [
        basic_auth_header("bob", "n0de-s3cret").decode(),
        None,
        basic_auth_header("ann", "0wn-one").decode(),
        basic_auth_header("bob", "n0de-s3cret").decode(),
    ]


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o602])
def test_a_netrc_file_others_may_read_or_write_is_refused(tmp_path: Path, mode: int) -> None:
    path = _netrc(tmp_path, "machine n1 login bob password n0de-s3cret\n", mode)
    with pytest.raises(LoginFileError) as refused:
        read_logins(["http://n1:6800"], str(path))
    assert f"(mode {mode:o}): chmod 600 {path}" in str(refused.value)
    assert "n0de-s3cret" not in str(refused.value)
    # Not read at all when every URL carries its login; a file without this host's is let be.
    assert read_logins(["http://bob:x@n1:6800"], str(path)).by_host == {}
    assert read_logins(["http://n2:6800"], str(path)).by_host == {}


def test_a_netrc_file_named_and_missing_or_unreadable_is_said_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc: no logins, no error
    assert read_logins(["http://n1:6800"], "").by_host == {}
    with pytest.raises(LoginFileError, match=f"NEWS_SCRAPYD_NETRC: no file at {tmp_path}/gone"):
        read_logins(["http://n1:6800"], str(tmp_path / "gone"))
    # A password with a space, unquoted: its second word is read as the next entry's.
    bad = _netrc(tmp_path, "machine n1 login bob password n0de s3cret\n")
    with pytest.raises(LoginFileError) as refused:
        read_logins(["http://n1:6800"], str(bad))
    assert str(refused.value).startswith(f"cannot read the nodes' logins: {bad}, line ")
    assert "s3cret" not in str(refused.value)


def test_node_urls_carrying_a_password_are_counted_in_one_line() -> None:
    said = visible_passwords(["http://bob:x@n1:6800", "http://n2:6800", "http://a:y@n3:6800"])
    assert said is not None and said.startswith("2 --scrapyd URLs carry a password, which ")
    assert "process list" in said and "~/.netrc" in said and "\n" not in said
    assert visible_passwords(["http://n1:6800", "http://bob@n2:6800"]) is None
