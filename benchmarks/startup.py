"""The start-up cost of the ``scrapy`` commands that do little work: wall and CPU seconds.

    python -m benchmarks.startup [--runs 10] [--against OTHER_CHECKOUT] [--commands list,runs]

Every ``scrapy`` command a user or cron runs, and each of the several hundred the test suite
starts, pays the imports of Scrapy, of the settings module, of every module of
``COMMANDS_MODULE`` (Scrapy imports them all to find the commands) and of whatever the command
itself needs before it does any work. This runs ``scrapy list``, ``scrapy --help``, ``scrapy
runs`` on an empty store, ``scrapy export`` of that store, ``scrapy crawl`` of a spider that
does not exist (a command line refused with exit 2, as the test suite runs about a hundred)
and ``scrapy demo`` (a crawl of the bundled demo site into a new store: 8 pages, 5 articles
stored, the fixed cost every crawl of a small source pays; run as ``python -m scrapy``, as
the tests run it, and as the ``scrapy`` console script, as a user or cron does) ``--runs``
times each, every one in
a fresh process, and prints the median wall time and CPU time per command, beside the same for
``python -c "import scrapy"`` and for ``scrapy --help`` in a bare project (a settings module
with BOT_NAME alone, written to a temporary folder): Scrapy's own command line, the part no
change here can remove.

The CPU time is that of the command and of every process it started, the extraction workers'
fork server and the workers included, which outlive the waits of their parent: each command
runs in a cgroup of its own (cgroup v1's ``cpuacct`` or v2's ``cpu.stat``) when this user may
make one, else from ``getrusage(RUSAGE_CHILDREN)`` before and after, which counts only the
processes waited for (said as the figures are printed).

With ``--against``, the same commands run from another checkout too (the code before a
change), alternating the order each round, so a machine whose speed drifts weighs on both, and
the ratio of the medians is printed. Each checkout's own modules are compiled to bytecode first
(benchmarks/throughput.py ``compile_bytecode``), as a deployment's are.

Not a test: figures depend on the machine and on whatever else runs on it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Label -> the arguments after ``python``; {db} and {out} are filled in per checkout, {new_db},
# {logs} and {port} per run, {script} is the ``scrapy`` console script beside this Python.
COMMANDS: dict[str, list[str]] = {
    "import scrapy": ["-c", "import scrapy"],
    "bare --help": ["-m", "scrapy", "--help"],
    "scrapy --help": ["-m", "scrapy", "--help"],
    "scrapy list": ["-m", "scrapy", "list"],
    "scrapy runs": ["-m", "scrapy", "runs", "-s", "NEWS_DB={db}"],
    "scrapy export": ["-m", "scrapy", "export", "-s", "NEWS_DB={db}", "--overwrite", "{out}"],
    "crawl refused": ["-m", "scrapy", "crawl", "nosuchspider", "-s", "NEWS_DB={db}"],
    "demo crawl": [
        *("-m", "scrapy", "demo", "--port", "{port}"),
        *("-s", "NEWS_DB={new_db}", "-s", "NEWS_LOG_DIR={logs}"),
    ],
    # The same crawl started as a user or cron starts it: the ``scrapy`` console script.
    "demo by script": [
        *("{script}", "demo", "--port", "{port}"),
        *("-s", "NEWS_DB={new_db}", "-s", "NEWS_LOG_DIR={logs}"),
    ],
}
# The exit code of each command that does not end in 0: a usage error's.
EXIT_CODES = {"crawl refused": 2}


# Run from this folder under the work folder, not from the checkout.
_BARE = "bare"


def bare_project(folder: Path) -> None:
    """A Scrapy project with nothing of Newsloom's in ``folder``: scrapy.cfg and a settings
    module that sets BOT_NAME alone."""
    (folder / "bareproject").mkdir(parents=True)
    (folder / "bareproject" / "__init__.py").write_text("", encoding="utf-8")
    (folder / "bareproject" / "settings.py").write_text('BOT_NAME = "bare"\n', encoding="utf-8")
    (folder / "scrapy.cfg").write_text(
        "[settings]\ndefault = bareproject.settings\n", encoding="utf-8"
    )


# Where a cgroup of each kind is made, and how its CPU time is read: v1's cpuacct controller
# (nanoseconds), v2's unified tree (cpu.stat's usage_usec).
_CGROUP_V1 = Path("/sys/fs/cgroup/cpuacct")
_CGROUP_V2 = Path("/sys/fs/cgroup")
# Seconds to wait for what a command left running (the fork server ends once its parent has).
_LEFT_RUNNING_SECONDS = 10.0


def _cgroup_cpu(folder: Path) -> float:
    """The CPU seconds every process of the cgroup ``folder`` has used."""
    usage = folder / "cpuacct.usage"
    if usage.exists():
        return int(usage.read_text()) / 1e9
    for line in (folder / "cpu.stat").read_text().splitlines():
        key, _, value = line.partition(" ")
        if key == "usage_usec":
            return int(value) / 1e6
    raise OSError(f"no CPU usage in {folder}")


def cgroup_parent() -> Path | None:
    """Where this user may make a cgroup to count a command's processes in; None: nowhere."""
    for root in (_CGROUP_V1, _CGROUP_V2):
        probe = root / f"newsloom-startup-{os.getpid()}-probe"
        try:
            probe.mkdir()
        except OSError:
            continue
        try:
            _cgroup_cpu(probe)
            return root
        except OSError:
            continue
        finally:
            probe.rmdir()
    return None


@contextlib.contextmanager
def cpu_meter(parent: Path | None) -> Iterator[tuple[Callable[[], None] | None, list[float]]]:
    """Yields the function a child runs to join the meter's cgroup (None without one) and a
    list that holds the CPU seconds once the block ends: the cgroup's, once every process in
    it has gone, or the waited-for children's."""
    got: list[float] = []
    if parent is None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        yield None, got
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        got.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        return
    folder = parent / f"newsloom-startup-{os.getpid()}-{time.monotonic_ns()}"
    folder.mkdir()
    procs = folder / "cgroup.procs"

    def join() -> None:
        procs.write_text(str(os.getpid()))

    try:
        yield join, got
        deadline = time.monotonic() + _LEFT_RUNNING_SECONDS
        while procs.read_text().strip() and time.monotonic() < deadline:
            time.sleep(0.05)
        if procs.read_text().strip():
            raise SystemExit(f"processes left running in {folder}: {procs.read_text().split()}")
        got.append(_cgroup_cpu(folder))
    finally:
        with contextlib.suppress(OSError):
            folder.rmdir()


def run_once(
    folder: Path, argv: list[str], meter: Path | None, exit_code: int = 0
) -> tuple[float, float]:
    """Run ``python *argv`` from ``folder``; its wall seconds and CPU seconds (user + sys) of
    it and, with a cgroup ``meter``, of every process it started.

    A command that does not end with ``exit_code`` stops the benchmark: the figures of an
    error's path are not the command's.
    """
    with cpu_meter(meter) as (join, cpu):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, *argv],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(folder)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            preexec_fn=join,
        )
        wall = time.perf_counter() - start
    if done.returncode != exit_code:
        raise SystemExit(f"{' '.join(argv)} from {folder} exited {done.returncode}:\n{done.stderr}")
    return wall, cpu[0]


def free_port() -> int:
    """A TCP port of 127.0.0.1 nothing listens on just now (for the demo's site)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def empty_store(checkout: Path, db: Path) -> None:
    """Create ``db`` with ``checkout``'s schema and nothing in it."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from crawler.storage.database import open_database;"
            " open_database(sys.argv[1]).close()",
            str(db),
        ],
        cwd=checkout,
        env={**os.environ, "PYTHONPATH": str(checkout)},
        check=True,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="processes per command and checkout")
    parser.add_argument("--against", type=Path, help="another checkout to alternate with")
    parser.add_argument(
        "--commands",
        default=",".join(c.removeprefix("scrapy ") for c in COMMANDS),
        help="comma-separated labels to run (default: all): " + ", ".join(COMMANDS),
    )
    args = parser.parse_args(argv)
    from benchmarks.throughput import compile_bytecode

    wanted = [c.strip() for c in args.commands.split(",") if c.strip()]
    labels = [
        label for label in COMMANDS if label in wanted or label.removeprefix("scrapy ") in wanted
    ]
    if not labels:
        parser.error(f"no known command in {args.commands!r}; known: {', '.join(COMMANDS)}")
    checkouts = {"this": ROOT}
    if args.against:
        checkouts["against"] = args.against.resolve()
    work = Path(tempfile.mkdtemp(prefix="newsloom-startup-"))
    meter = cgroup_parent()
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    try:
        fills = {}
        for name, checkout in checkouts.items():
            compile_bytecode(checkout)
            db = work / f"{name}.db"
            empty_store(checkout, db)
            fills[name] = {
                "db": str(db),
                "out": str(work / f"{name}.jsonl"),
                "logs": str(work / f"{name}-logs"),
                "script": str(Path(sys.executable).with_name("scrapy")),
            }
        bare_project(work / _BARE)
        order = list(checkouts)
        for r in range(args.runs):
            for label in labels:
                for name in order if r % 2 == 0 else order[::-1]:
                    new_db = work / f"{name}-new.db"
                    fill = {**fills[name], "new_db": str(new_db), "port": str(free_port())}
                    command = [part.format(**fill) for part in COMMANDS[label]]
                    where = work / _BARE if label.startswith(_BARE) else checkouts[name]
                    exit_code = EXIT_CODES.get(label, 0)
                    figures.setdefault((label, name), []).append(
                        run_once(where, command, meter, exit_code)
                    )
                    for made in new_db.parent.glob(f"{new_db.name}*"):
                        made.unlink()
            print(f"round {r + 1} of {args.runs} done", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    counted = (
        "of the command and every process it started (a cgroup)"
        if meter is not None
        else "of the command and the children it waited for (no cgroup could be made)"
    )
    print(f"\nmedian of {args.runs} fresh processes each: wall s, CPU s (user + sys) {counted}")
    for label in labels:
        line = f"{label:>16}:"
        cpus = {}
        for name in checkouts:
            got = figures[(label, name)]
            wall = statistics.median(w for w, _ in got)
            cpus[name] = statistics.median(c for _, c in got)
            line += f"  {name} wall {wall:.3f} CPU {cpus[name]:.3f}"
        if args.against:
            line += f"  CPU this/against {cpus['this'] / cpus['against']:.2f}"
        print(line)


if __name__ == "__main__":
    main()
