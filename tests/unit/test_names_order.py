"""The credit patterns built from sets of words are the same text in every process, so the
fork server finds their programs kept from its last start (pipelines/extract/regexcache.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pattern_texts(hash_seed: str) -> str:
    """The two patterns' texts in a process whose strings hash with ``hash_seed``."""
    script = (
        "from pipelines.text import names\n"
        "print(names._ROLE_TAIL.pattern)\n"
        "print(names._WHEN_AFTER.pattern)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_the_role_and_date_patterns_are_one_text_whatever_the_hash_seed() -> None:
    texts = {_pattern_texts(seed) for seed in ("1", "2", "3")}
    assert len(texts) == 1
