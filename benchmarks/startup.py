"""The start-up cost of the ``scrapy`` commands that do little work: wall and CPU seconds.

    python -m benchmarks.startup [--runs 10] [--against OTHER_CHECKOUT] [--commands list,runs]

Every ``scrapy`` command a user or cron runs, and each of the several hundred the test suite
starts, pays the imports of Scrapy, of the settings module, of every module of
``COMMANDS_MODULE`` (Scrapy imports them all to find the commands) and of whatever the command
itself needs before it does any work. This runs ``scrapy list``, ``scrapy --help``, ``scrapy
runs`` on an empty store and ``scrapy export`` of that store ``--runs`` times each, every one
in a fresh process, and prints the median wall time and CPU time (user + sys of the process and
the children it waited for, from ``getrusage(RUSAGE_CHILDREN)`` before and after) per command,
beside the same for ``python -c "import scrapy"`` and for ``scrapy --help`` in a bare project
(a settings module with BOT_NAME alone, written to a temporary folder): Scrapy's own command
line, the part no change here can remove.

With ``--against``, the same commands run from another checkout too (the code before a
change), alternating the order each round, so a machine whose speed drifts weighs on both, and
the ratio of the medians is printed. Each checkout's own modules are compiled to bytecode first
(benchmarks/throughput.py ``compile_bytecode``), as a deployment's are.

Not a test: figures depend on the machine and on whatever else runs on it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Label -> the arguments after ``python``; {db} and {out} are filled in per checkout.
COMMANDS: dict[str, list[str]] = {
    "import scrapy": ["-c", "import scrapy"],
    "bare --help": ["-m", "scrapy", "--help"],
    "scrapy --help": ["-m", "scrapy", "--help"],
    "scrapy list": ["-m", "scrapy", "list"],
    "scrapy runs": ["-m", "scrapy", "runs", "-s", "NEWS_DB={db}"],
    "scrapy export": ["-m", "scrapy", "export", "-s", "NEWS_DB={db}", "--overwrite", "{out}"],
}


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


def run_once(folder: Path, argv: list[str]) -> tuple[float, float]:
    """Run ``python *argv`` from ``folder``; its wall seconds and CPU seconds (user + sys).

    A failing command stops the benchmark: the figures of an error's path are not the
    command's.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *argv],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(folder)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} from {folder} exited {done.returncode}:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


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
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    try:
        fills = {}
        for name, checkout in checkouts.items():
            compile_bytecode(checkout)
            db = work / f"{name}.db"
            empty_store(checkout, db)
            fills[name] = {"db": str(db), "out": str(work / f"{name}.jsonl")}
        bare_project(work / _BARE)
        order = list(checkouts)
        for r in range(args.runs):
            for label in labels:
                for name in order if r % 2 == 0 else order[::-1]:
                    command = [part.format(**fills[name]) for part in COMMANDS[label]]
                    where = work / _BARE if label.startswith(_BARE) else checkouts[name]
                    figures.setdefault((label, name), []).append(run_once(where, command))
            print(f"round {r + 1} of {args.runs} done", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nmedian of {args.runs} fresh processes each: wall s, CPU s (user + sys)")
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
