"""Crawls spread over Scrapyd nodes: placement, scheduling and waiting (``crawlall --scrapyd``).

Each source becomes one Scrapyd job (``schedule.json``) that runs ``scrapy crawl SOURCE`` from
the deployed egg and writes into the shared store, under the run this command opened. Here is
only the dispatching; what a job's outcome is stays in ``outcome.py`` and is read back from the
row the job wrote.

Two rules keep the crawl as polite as one process is:

- sources that share a host form a group, and a group is placed on one node, so a site's
  requests come from one machine;
- a source is started only when none of its hosts is being crawled by another job, and never
  while the same spider is pending or running on any node (a manual schedule, another run).

A node that stops answering for ``node_timeout`` seconds is lost: its running jobs end without
a record of their own unless they wrote one, and the sources it had not started move to the
live node with the least work.
"""

from __future__ import annotations

import json
import logging
import re
import signal
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from w3lib.http import basic_auth_header

from crawler.urls import without_userinfo

from .interrupt import hand_over, stop_holding
from .nodelogins import NETRC_SETTING, Login

logger = logging.getLogger(__name__)

# A job's log is Scrapy's: "2026-12-04 21:26:02 [crawler.runs.runner] ERROR: Source a …".
_ERROR_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[[^\]]+\] (?:ERROR|CRITICAL): (.+)$")
# The end of a job's log that is read for its last error: a job that could not open the store
# ends within a few lines of it, and a long crawl's log is not fetched whole.
LOG_TAIL_BYTES = 64 * 1024


def last_error_line(log: str, since: str = "") -> str | None:
    """The message of the last ERROR or CRITICAL line of a Scrapy log logged at ``since``
    (``YYYY-MM-DD HH:MM:SS``, the log's own clock) or later; None when it has none."""
    found = None
    for line in log.splitlines():
        match = _ERROR_LINE.match(line)
        if match and match.group(1) >= since:
            found = match.group(2).strip()
    return found


class NodeError(RuntimeError):
    """A Scrapyd node did not answer, or answered with an error."""


class NodeUnreachable(NodeError):
    """A Scrapyd node did not answer at all (refused, timed out, host unknown)."""


def _login(url: str, login: Login | None) -> dict[str, str]:
    """The ``Authorization`` header of Scrapyd's basic auth (its ``username`` and
    ``password`` settings): ``login`` when given, else the ``user[:password]@`` in ``url``;
    none without either."""
    parts = urllib.parse.urlsplit(url)
    if login is not None:
        user, password = login
    elif parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
    else:
        return {}
    return {"Authorization": basic_auth_header(user, password, encoding="utf-8").decode()}


class ScrapydNode:
    """The part of Scrapyd's JSON API a run needs, for one node and project.

    The login of Scrapyd's basic auth, ``login`` (the URL's own or a netrc file's for its
    host: crawler/runs/nodelogins.py), else the one in the node's URL
    (``http://user:password@host:6800``), is sent with every call as an ``Authorization``
    header, and kept nowhere else. The node
    is named, logged and recorded (``run_sources.node``) as ``url`` without any
    ``user[:password]@``: ``http://host:6800/``, not ``http://user@host:6800/``. The user name
    is half of the login and says nothing of where the jobs ran; a node is the same node
    whichever login reached it, so one spelling groups its rows across runs and matches the
    URL a test or an operator compares them with.
    """

    # listspiders.json (and the first schedule.json of a version) runs `scrapy list` in a
    # subprocess on the node: seconds when idle, much longer on a loaded machine.
    def __init__(
        self, url: str, project: str, timeout: float = 120.0, login: Login | None = None
    ) -> None:
        self.url = without_userinfo(url).rstrip("/") + "/"
        self.project = project
        self.timeout = timeout
        self._login = _login(url, login)
        # Where the login came from, for the line a refused one is: its URL or the file.
        self._from_url = login is None or urllib.parse.urlsplit(url).password is not None

    def __repr__(self) -> str:
        return f"ScrapydNode({self.url!r})"

    def call(
        self, endpoint: str, params: Mapping[str, str | Sequence[str]], post: bool = False
    ) -> dict[str, Any]:
        """One API call; raises NodeError when the node is unreachable or says "error"."""
        query = urllib.parse.urlencode(params, doseq=True)
        url = urllib.parse.urljoin(self.url, endpoint)
        request = (
            urllib.request.Request(url, data=query.encode(), headers=self._login, method="POST")
            if post
            else urllib.request.Request(f"{url}?{query}", headers=self._login)
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:  # it answered, with an HTTP error
            if exc.code == 401:
                raise NodeError(self._refused()) from exc
            raise NodeError(f"{self.url}{endpoint}: {exc}") from exc
        except OSError as exc:  # URLError: refused, timed out, no such host
            raise NodeUnreachable(f"{self.url}{endpoint}: {exc}") from exc
        try:
            answer = json.loads(body)
        except ValueError as exc:
            raise NodeError(f"{self.url}{endpoint}: {exc}") from exc
        if not isinstance(answer, dict) or answer.get("status") != "ok":
            message = answer.get("message") if isinstance(answer, dict) else answer
            raise NodeError(f"{self.url}{endpoint}: {message}")
        return answer

    def _refused(self) -> str:
        """What a 401 means: a wrong login, or none where the node asks for one."""
        if self._login:
            given = "its URL gives" if self._from_url else "the netrc file gives for its host"
            return (
                f"{self.url} refused the user name and password {given} (HTTP 401): "
                "give those of the node's Scrapyd (its username and password settings)"
            )
        return (
            f"{self.url} asks for a user name and password (HTTP 401): give those of its "
            "Scrapyd in ~/.netrc, 'machine HOST login USER password PASSWORD', mode 600 (or "
            f"the file {NETRC_SETTING} names)"
        )

    def spiders(self) -> list[str]:
        return list(self.call("listspiders.json", {"project": self.project})["spiders"])

    def schedule(self, spider: str, job_id: str, settings: Mapping[str, str]) -> str:
        params: dict[str, str | list[str]] = {
            "project": self.project,
            "spider": spider,
            "jobid": job_id,
            "setting": [f"{k}={v}" for k, v in settings.items()],
        }
        return str(self.call("schedule.json", params, post=True)["jobid"])

    def jobs(self) -> dict[str, tuple[str, str]]:
        """{job id: (spider, "pending" | "running" | "finished")} of this project."""
        answer = self.call("listjobs.json", {"project": self.project})
        return {
            job["id"]: (job["spider"], state)
            for state in ("finished", "pending", "running")
            for job in answer.get(state, [])
        }

    def cancel(self, job_id: str) -> None:
        self.call("cancel.json", {"project": self.project, "job": job_id}, post=True)

    def last_error(self, spider: str, job_id: str) -> str | None:
        """The last error line of a job's log, read from the end of the log Scrapyd serves
        (``logs/PROJECT/SPIDER/JOB.log``, where its default ``logs_dir`` keeps it). A job that
        ended without writing its row (it could not open the store: too many connections, a
        refused login, a server restarted) says why there and nowhere the run can read; None
        when the node keeps no log, does not answer, or the log has no error line.

        Only lines logged since the job started count: a job of another store's run of the
        same number had the same id before job ids carried the store's (:func:`job_id`), and
        Scrapyd appends to its log file."""
        try:
            finished = self.call("listjobs.json", {"project": self.project})["finished"]
        except NodeError:
            return None
        starts = [j.get("start_time") or "" for j in finished if j.get("id") == job_id]
        since = max(starts, default="")[:19]  # "2026-12-04 21:26:02.053118": the log's second
        path = "/".join(urllib.parse.quote(p, safe="") for p in ("logs", self.project, spider))
        url = urllib.parse.urljoin(self.url, f"{path}/{urllib.parse.quote(job_id, safe='')}.log")
        try:
            # Its size first: Twisted, which serves the logs, answers a suffix range longer
            # than the file ("bytes=-65536" of a short log) with a 500.
            head = urllib.request.Request(url, headers=self._login, method="HEAD")
            with urllib.request.urlopen(head, timeout=self.timeout) as response:
                size = int(response.headers.get("Content-Length") or 0)
            if not size:
                return None
            start = max(0, size - LOG_TAIL_BYTES)
            tail = urllib.request.Request(url, headers={**self._login, "Range": f"bytes={start}-"})
            with urllib.request.urlopen(tail, timeout=self.timeout) as response:
                body = response.read(LOG_TAIL_BYTES)
        except (OSError, ValueError):  # HTTPError (no such log) included
            return None
        return last_error_line(body.decode("utf-8", "replace"), since)


def host_groups(hosts: Mapping[str, frozenset[str]]) -> list[list[str]]:
    """Sources joined when they share a host (transitively), in the order given."""
    group_of: dict[str, int] = {}
    groups: list[list[str]] = []
    for name, names_hosts in hosts.items():
        joined = sorted({group_of[h] for h in names_hosts if h in group_of})
        if not joined:
            groups.append([name])
            target = len(groups) - 1
        else:
            target = joined[0]
            groups[target].append(name)
            for other in joined[1:]:
                groups[target].extend(groups[other])
                groups[other] = []
        for member in groups[target]:
            for h in hosts[member]:
                group_of[h] = target
    return [g for g in groups if g]


def place(groups: Sequence[Sequence[str]], nodes: int) -> list[list[str]]:
    """The sources each node crawls: whole groups, the largest first, to the least loaded."""
    queues: list[list[str]] = [[] for _ in range(nodes)]
    for group in sorted(groups, key=len, reverse=True):  # stable: equal groups keep order
        min(queues, key=len).extend(group)
    return queues


def job_id(run_id: int, source: str, store: str = "") -> str:
    """``run<RUN>-<source>-<first 8 hex of the store id>``: run ids count from 1 in every
    store, so two stores sharing a node would otherwise name their jobs alike (one log for
    both, a cancel reaching the other's). Job ids are stored as written (``run_sources.job``)
    and never parsed: ids of rows written before the store had an id, ``run<RUN>-<source>``,
    are read, cancelled and reported as they are."""
    return f"run{run_id}-{source}-{store[:8]}" if store else f"run{run_id}-{source}"


@dataclass
class Placed:
    """One source's job: where it ran and how it ended, as far as Scrapyd can tell."""

    source: str
    node: str = ""
    job: str = ""
    ended: str = ""  # "finished", "cancelled", "node lost", "not started: …"
    cancelled: bool = False  # this run asked its node to cancel the job


@dataclass
class Dispatch:
    """The state of one run over nodes; ``run()`` drives it to the end."""

    nodes: list[ScrapydNode]
    hosts: Mapping[str, frozenset[str]]
    job_settings: Mapping[str, str]
    run_id: int
    store: str = ""  # the store's id (records.store_id), which job ids end with
    per_node: int = 4
    poll_seconds: float = 1.0
    node_timeout: float = 30.0
    on_placed: Callable[[Placed], None] = lambda _placed: None
    # Asked each round: False (the run lost its lock to another run) stops the run as a
    # signal does, its jobs cancelled and none started after.
    keep_going: Callable[[], bool] = lambda: True
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    placed: dict[str, Placed] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.queues = place(host_groups(self.hosts), len(self.nodes))
        self.active: dict[str, tuple[int, str]] = {}  # source: (node index, job id)
        self.lost: set[int] = set()
        self.last_answer = {i: self.clock() for i in range(len(self.nodes))}
        self.stopping = False
        # Set by request_stop() (a signal handler): acted on between two API calls, so a job
        # being scheduled when the signal came is known, and cancelled, too.
        self.stop_requested = False

    def request_stop(self) -> None:
        """Stop at the next safe point: cancel every scheduled or running job, start none."""
        self.stop_requested = True

    def run(self) -> dict[str, Placed]:
        """Schedule, poll and wait until every source's job has ended; Ctrl-C (or
        :meth:`request_stop`) cancels the scheduled and running jobs (Scrapyd stops a running
        one as a first Ctrl-C would) and waits for them."""
        while True:
            try:
                if self.stop_requested and not self.stopping:
                    self.stop()
                self.step()
                if not self.active and (self.stopping or not any(self.queues)):
                    break
                self.sleep(self.poll_seconds)
            except KeyboardInterrupt:
                if self.stopping:
                    raise
                self.stop()
        for source in (s for queue in self.queues for s in queue):
            self.placed.setdefault(source, Placed(source, ended="not started: run stopped"))
        return self.placed

    def stop(self) -> None:
        logger.warning("Stopping: cancelling %d scheduled or running job(s)", len(self.active))
        self.stopping = True
        for source, (index, job) in self.active.items():
            try:
                self.nodes[index].cancel(job)
            except NodeError as exc:
                logger.warning("Could not cancel job %s: %s", job, exc)
                continue
            self.placed[source].cancelled = True

    def step(self) -> None:
        """One round: read every live node's jobs, retire ended ones, start what may start."""
        listings: dict[int, dict[str, tuple[str, str]]] = {}
        for index, node in enumerate(self.nodes):
            if index in self.lost:
                continue
            try:
                listings[index] = node.jobs()
                self.last_answer[index] = self.clock()
            except NodeError as exc:
                if self.clock() - self.last_answer[index] >= self.node_timeout:
                    self.lose(index, str(exc))
                else:
                    logger.warning("Node %s did not answer: %s", node.url, exc)
        busy_spiders = {
            spider
            for listing in listings.values()
            for spider, state in listing.values()
            if state in ("pending", "running")
        }
        for source, (index, job) in list(self.active.items()):
            if index in listings:
                state = listings[index].get(job, (source, "finished"))[1]
                if state == "finished":
                    self.end(source, "cancelled" if self.placed[source].cancelled else state)
        if self.stopping or self.stop_requested:
            return
        if not self.keep_going():
            self.request_stop()
            return
        for index in listings:
            self.start_more(index, busy_spiders)

    def start_more(self, index: int, busy_spiders: set[str]) -> None:
        node = self.nodes[index]
        queue = self.queues[index]
        while sum(1 for i, _ in self.active.values() if i == index) < self.per_node:
            if self.stop_requested:
                return
            busy_hosts = frozenset().union(*(self.hosts[s] for s in self.active))
            source = next(
                (s for s in queue if not (self.hosts[s] & busy_hosts) and s not in busy_spiders),
                None,
            )
            if source is None:
                return
            job = job_id(self.run_id, source, self.store)
            try:
                node.schedule(source, job, self.job_settings)
            except NodeError as exc:
                logger.warning("Could not schedule %s on %s: %s", source, node.url, exc)
                return
            queue.remove(source)
            self.active[source] = (index, job)
            placed = Placed(source, node.url, job)
            self.placed[source] = placed
            self.on_placed(placed)
            logger.info("Scheduled %s on %s (job %s)", source, node.url, job)

    def end(self, source: str, how: str) -> None:
        self.active.pop(source, None)
        self.placed[source].ended = how
        logger.info("Job of %s ended: %s", source, how)

    def lose(self, index: int, why: str) -> None:
        """Give up a node: its running jobs end, its waiting sources move elsewhere."""
        node = self.nodes[index]
        logger.error("Node %s lost (%s)", node.url, why)
        self.lost.add(index)
        for source, (i, _job) in list(self.active.items()):
            if i == index:
                self.end(source, "node lost")
        waiting, self.queues[index] = self.queues[index], []
        live = [i for i in range(len(self.nodes)) if i not in self.lost]
        if not live:
            for source in waiting:
                self.placed[source] = Placed(source, ended="not started: no node answers")
        elif waiting:
            target = min(live, key=lambda i: len(self.queues[i]))
            self.queues[target].extend(waiting)
            logger.info(
                "%d source(s) of %s moved to %s", len(waiting), node.url, self.nodes[target].url
            )


@contextmanager
def stop_on_signals(dispatch: Dispatch) -> Iterator[None]:
    """While the block runs, SIGINT and SIGTERM stop ``dispatch`` as Ctrl-C does a crawl: the
    first cancels its jobs and waits for them to end, a second leaves at once
    (KeyboardInterrupt) with the jobs Scrapyd is stopping. Without this a SIGTERM (a service
    manager, ``timeout``, a cron wrapper) would end the command and leave its jobs running on
    the nodes, unrecorded."""

    def handle(signum: int, _frame: FrameType | None) -> None:
        if dispatch.stop_requested:
            raise KeyboardInterrupt
        logger.warning("%s received: cancelling the run's jobs", signal.Signals(signum).name)
        dispatch.request_stop()

    stop_holding()  # a signal held while the command started comes to ``handle`` below
    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        hand_over()
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
