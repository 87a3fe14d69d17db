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
