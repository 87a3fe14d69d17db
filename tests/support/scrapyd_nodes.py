"""Scrapyd nodes for tests and benchmarks: an egg built like an operator builds it, and
throwaway Scrapyd instances on 127.0.0.1 (free port, own folder) with the egg deployed through
``addversion.json``."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import venv
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import psutil

from tests.conftest import ROOT

PROJECT = "newsloom"
# What a deployment needs from the project folder: the packages, the build files, scrapy.cfg.
_PROJECT_FILES = ("crawler", "pipelines", "setup.py", "pyproject.toml", "README.md", "scrapy.cfg")


def build_egg(out: Path, sources_toml: str) -> Path:
    """Build the project's egg with ``scrapyd-deploy --build-egg``, as from a project folder
    whose ``sources.toml`` is ``sources_toml``; returns the egg's path."""
    project = out / "project"
    for name in _PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            project.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, project / name)
    (project / "sources.toml").write_text(sources_toml, encoding="utf-8")
    egg = out / f"{PROJECT}.egg"
    deploy = Path(sys.executable).with_name("scrapyd-deploy")
    subprocess.run(
        [str(deploy), "--build-egg", str(egg)],
        cwd=project,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return egg


def node_python(folder: Path) -> Path:
    """A Python with this environment's libraries but not the project: a node's Python.

    The test environment has the project installed in development mode (a ``.pth`` finder
    serving the checkout's modules, and its metadata): a node that ran in it imported whatever
    the egg lacked from the checkout. This one is a virtualenv whose site-packages links every
    entry of this environment's but the project's own, so its jobs import the project from the
    deployed egg alone; links, not copies, so it costs a few milliseconds."""
    venv.EnvBuilder(symlinks=True, with_pip=False).create(folder)
    created = Path(
        sysconfig.get_path("purelib", vars={"base": str(folder), "platbase": str(folder)})
    )
    ours = re.compile(rf"^(__editable__.*|{PROJECT}-.*\.dist-info)$")
    for entry in Path(sysconfig.get_path("purelib")).iterdir():
        if not ours.match(entry.name) and entry.name != "__pycache__":
            (created / entry.name).symlink_to(entry)
    return folder / "bin" / "python"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def basic_auth(auth: tuple[str, str] | None) -> dict[str, str]:
    """The ``Authorization`` header of Scrapyd's basic auth for ``(user, password)``."""
    if auth is None:
        return {}
    token = base64.b64encode(":".join(auth).encode()).decode()
    return {"Authorization": f"Basic {token}"}


def api(
    url: str,
    endpoint: str,
    data: bytes | None = None,
    headers: dict | None = None,
    auth: tuple[str, str] | None = None,
) -> dict:
    request = urllib.request.Request(
        url + endpoint, data=data, headers={**(headers or {}), **basic_auth(auth)}
    )
    # addversion.json runs `scrapy list` on the node: slow on a loaded machine.
    with urllib.request.urlopen(request, timeout=120) as response:
        answer: dict = json.loads(response.read())
    return answer


def _multipart(fields: dict[str, str], name: str, payload: bytes) -> tuple[bytes, str]:
    boundary = "newsloom-egg-boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="p.egg"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode()
        + payload
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@dataclass
class Node:
    """One running Scrapyd instance; ``url`` without the credentials ``auth`` of its basic
    auth, if it asks for them."""

    url: str
    folder: Path
    process: subprocess.Popen[bytes]
    log: IO[bytes]
    auth: tuple[str, str] | None = None

    def url_with_auth(self, user: str = "", password: str = "") -> str:
        """Its URL with ``user:password@`` (its own credentials unless given)."""
        assert self.auth is not None
        host = self.url.split("://", 1)[1]
        return f"http://{user or self.auth[0]}:{password or self.auth[1]}@{host}"

    def deploy(self, egg: Path, version: str = "1") -> dict:
        body, content_type = _multipart(
            {"project": PROJECT, "version": version}, "egg", egg.read_bytes()
        )
        return api(
            self.url, "addversion.json", body, {"Content-Type": content_type}, auth=self.auth
        )

    def jobs(self) -> dict:
        return api(self.url, f"listjobs.json?project={PROJECT}", auth=self.auth)

    def kill(self) -> None:
        """``kill -9`` of the node: Scrapyd and every process of its jobs."""
        try:
            tree = [psutil.Process(self.process.pid)]
            tree += tree[0].children(recursive=True)
        except psutil.NoSuchProcess:
            tree = []
        for proc in tree:
            with suppress(psutil.NoSuchProcess):
                proc.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self.log.close()

    def stop(self) -> None:
        self.kill()


def start_node(
    folder: Path,
    max_proc: int = 2,
    cpus: Sequence[int] = (),
    auth: tuple[str, str] | None = None,
) -> Node:
    """Start Scrapyd in ``folder`` on a free port; ``cpus`` pins it and its jobs (taskset);
    ``auth``, a user name and password, turns on its basic auth (``username``, ``password``).

    It and its jobs run on a Python of their own in ``folder`` (``node_python``): the libraries
    and the deployed egg, as on a node, not this checkout."""
    folder.mkdir(parents=True, exist_ok=True)
    python = node_python(folder / "python")
    port = free_port()
    (folder / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"max_proc = {max_proc}\n"
        "poll_interval = 0.2\n"
        "eggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\nitems_dir =\n"
        + (f"username = {auth[0]}\npassword = {auth[1]}\n" if auth else ""),
        encoding="utf-8",
    )
    command = [str(python), "-m", "scrapyd"]
    if cpus:
        command = ["taskset", "-c", ",".join(map(str, cpus)), *command]
    # The node runs what is deployed to it, not this checkout: no project path, own folder;
    # its jobs keep their fork server's files (pipelines/extract/preload.py) there too, not in
    # the home folder of whoever runs the tests.
    dropped = ("PYTHONPATH", "SCRAPY_SETTINGS_MODULE", "SCRAPYD_USERNAME", "SCRAPYD_PASSWORD")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["XDG_CACHE_HOME"] = str(folder.resolve() / "cache")
    log = (folder / "scrapyd.log").open("wb")
    process = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            api(url, "daemonstatus.json", auth=auth)
            return Node(url, folder, process, log, auth)
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                Node(url, folder, process, log).kill()
                text = (folder / "scrapyd.log").read_text()
                raise RuntimeError(f"scrapyd did not start: {text}") from None
            time.sleep(0.2)


@contextmanager
def nodes(
    root: Path, count: int, egg: Path, max_proc: int = 2, auth: tuple[str, str] | None = None
) -> Iterator[list[Node]]:
    """``count`` Scrapyd nodes with the egg deployed; stopped (killed) on exit; ``auth``: the
    user name and password of their basic auth.

    The nodes start, and take the egg, side by side: each deployment runs ``scrapy list`` on
    its node, seconds of one process's start-up that one node after the other added up."""
    started: list[Node] = []
    try:
        with ThreadPoolExecutor(max_workers=max(count, 1)) as pool:
            starts = [
                pool.submit(start_node, root / f"node{i}", max_proc, (), auth) for i in range(count)
            ]
            wait(starts)
            started += [f.result() for f in starts if f.exception() is None]
            for future in starts:
                future.result()  # the first node that did not start, raised
            list(pool.map(lambda node: node.deploy(egg), started))
        yield started
    finally:
        for node in started:
            node.stop()
