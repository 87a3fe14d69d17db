"""benchmarks/throughput.py: the measured checkout runs from bytecode, as a deployment does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks import throughput


def test_the_checkouts_modules_are_compiled_where_python_would_not_write_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As under PYTHONDONTWRITEBYTECODE, which the benchmark machine's shells and their crawls have.
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    for package in ("crawler", "pipelines", "benchmarks"):
        (tmp_path / package / "inner").mkdir(parents=True)
        (tmp_path / package / "inner" / "module.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "module.py").write_text("X = 1\n", encoding="utf-8")
    throughput.compile_bytecode(tmp_path)
    cached = f"module.{sys.implementation.cache_tag}.pyc"
    for package in ("crawler", "pipelines", "benchmarks"):
        assert (tmp_path / package / "inner" / "__pycache__" / cached).is_file()
    assert not (tmp_path / "elsewhere" / "__pycache__").exists()


def test_a_checkout_whose_bytecode_cannot_be_written_stops_the_benchmark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only checkout printed an error per module and was then measured compiling from
    source, its figures compared as if from bytecode."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    for package in ("crawler", "pipelines", "benchmarks"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "module.py").write_text("X = 1\n", encoding="utf-8")
    # A file where the bytecode's directory would go: refused as a read-only checkout refuses
    # it (permissions do not stop root, who runs the tests in some containers).
    (tmp_path / "pipelines" / "__pycache__").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"cannot write the bytecode of .*pipelines"):
        throughput.compile_bytecode(tmp_path)
