"""langdetect's profiles read as an earlier start built them (pipelines/extract/profilecache.py):
the same languages, rows and floats, and the same answers, without building them again."""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np
import pytest

from pipelines.extract import profilecache
from pipelines.extract.profilecache import kept_profiles, load, save, stamp
from pipelines.text.language import Profiles

TEXTS = [
    "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
    "The council agreed the budget for next year after a long debate on Tuesday night.",
    "Le conseil municipal a adopté mardi soir le budget de l'année prochaine.",
    "議会は火曜日、来年度の予算案を可決した。長い議論の末の決定だった。",
]


@pytest.fixture(scope="module")
def built() -> Profiles:
    return Profiles()


def _backed_by_the_file(profiles: Profiles) -> bool:
    base: object = profiles.table
    while isinstance(base, np.ndarray) and base.base is not None:
        base = base.base
    if isinstance(base, memoryview):
        base = base.obj
    return isinstance(base, mmap.mmap)


def test_the_kept_profiles_are_the_built_ones(tmp_path: Path, built: Profiles) -> None:
    kept = tmp_path / "profiles.bin"
    assert save(kept, built, stamp())
    read = load(kept, stamp())
    assert read is not None and _backed_by_the_file(read)
    assert read.langlist == built.langlist
    assert list(read.word_lang_prob_map.items()) == list(built.word_lang_prob_map.items())
    assert read.table.shape == built.table.shape
    assert read.table.tobytes() == built.table.tobytes()  # every float to the last bit
    assert not read.table.flags.writeable
    for text in TEXTS:
        assert _detected(read, text) == _detected(built, text)


def _detected(profiles: Profiles, text: str) -> tuple[str, float]:
    detector = profiles.create(500)
    detector.append(text)
    best = detector.get_probabilities()[0]
    return best.lang, best.prob


def test_a_second_start_reads_what_the_first_kept(tmp_path: Path) -> None:
    kept = tmp_path / "profiles.bin"
    first = kept_profiles(kept)
    assert not _backed_by_the_file(first) and kept.exists()  # built, then kept
    second = kept_profiles(kept)
    assert _backed_by_the_file(second)
    assert second.table.tobytes() == first.table.tobytes()


def test_profiles_built_from_other_files_or_code_are_not_read(
    tmp_path: Path, built: Profiles
) -> None:
    kept = tmp_path / "profiles.bin"
    before = stamp()
    save(kept, built, before)
    other_code = (*before[:3], "another source of language.py", before[4])
    assert load(kept, other_code) is None
    files = before[4]
    assert isinstance(files, tuple)
    other_files = (*before[:4], (*files, ("xx", 10, 0)))
    assert load(kept, other_files) is None


@pytest.mark.parametrize("cut", [0, 10, 100, -8])
def test_a_damaged_file_is_built_past_and_kept_anew(
    tmp_path: Path, built: Profiles, cut: int
) -> None:
    kept = tmp_path / "profiles.bin"
    save(kept, built, stamp())
    whole = kept.read_bytes()
    kept.write_bytes(whole[:cut] if cut >= 0 else whole[:cut] + b"\xff" * 100)
    assert load(kept, stamp()) is None
    profiles = kept_profiles(kept)
    assert profiles.table.tobytes() == built.table.tobytes()
    assert kept.read_bytes() == whole


def test_garbage_where_the_head_should_be_is_not_read(tmp_path: Path) -> None:
    kept = tmp_path / "profiles.bin"
    kept.write_bytes(profilecache._MAGIC + profilecache._LENGTH.pack(40) + b"\x00" * 5000)
    assert load(kept, stamp()) is None


def test_code_run_from_a_zipped_egg_builds_its_profiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: Profiles
) -> None:
    """Scrapyd runs a project from its egg, a zip file: the language module's source path lies
    inside a file, not a folder, and cannot be read for the stamp. The fork server still starts."""
    egg = tmp_path / "project.egg"
    egg.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip archive
    monkeypatch.setattr(profilecache.language, "__file__", str(egg / "pipelines/text/language.py"))
    kept = egg / "pipelines" / "extract" / "__pycache__" / "profiles.bin"
    profiles = kept_profiles(kept)
    assert profiles.table.tobytes() == built.table.tobytes()
