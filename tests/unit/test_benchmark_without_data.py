"""A benchmark run where ../shared is absent stops at once and names the folder it lacks."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from tests.support.corpus import require

# Module, the name of its data root or folders to point elsewhere (None: its --shared option).
_BENCHMARKS = [
    ("benchmarks.fingerprint_cost", "TEXT_FOLDERS"),
    ("benchmarks.dedup_quality", "TEXT_FOLDERS"),
    ("benchmarks.language_prefix", "TEXT_FOLDERS"),
    ("benchmarks.search_pairs_cost", "SHARED"),
    ("benchmarks.cleaning_cost", "SHARED"),
    ("benchmarks.block_model", None),
    ("benchmarks.cleaning_quality", None),
]


def test_require_names_every_missing_folder_and_passes_present_ones(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    require(tmp_path / "seeds")
    with pytest.raises(SystemExit) as stop:
        require(tmp_path / "seeds", tmp_path / "realpages", tmp_path / "metadev")
    message = str(stop.value)
    assert message.startswith("no dev data at ")
    assert str(tmp_path / "realpages") in message and str(tmp_path / "metadev") in message
    assert str(tmp_path / "seeds") not in message


@pytest.mark.parametrize(("name", "root"), _BENCHMARKS)
def test_a_benchmark_without_its_data_stops_with_the_folder_named(
    name: str, root: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module(name)
    absent = tmp_path / "shared"
    argv = [name]
    if root == "TEXT_FOLDERS":
        monkeypatch.setattr(module, root, (absent / "seeds", absent / "realpages" / "html"))
    elif root == "SHARED":
        monkeypatch.setattr(module, root, absent)
    else:
        argv += ["--shared", str(absent)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as stop:
        module.main()
    assert str(stop.value).startswith(f"no dev data at {absent}")
