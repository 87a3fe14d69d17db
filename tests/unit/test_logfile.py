"""Issue 17: log rotation, foreign databases and reprocessing never damage what is not ours."""

from __future__ import annotations

import os
import time
from pathlib import Path

from crawler.runs.logfile import prune_logs


def test_log_rotation_deletes_only_newsloom_logs(tmp_path: Path) -> None:
    old = time.time() - 40 * 86400
    ours = tmp_path / "20260101T000000Z-crawlall-demo.log"
    others = [tmp_path / n for n in ("other-app.log", "syslog.log", "2026-01-01.log")]
    for path in [ours, *others]:
        path.write_text("x", encoding="utf-8")
        os.utime(path, (old, old))
    recent = tmp_path / "20990101T000000Z-crawl-news.log"
    recent.write_text("x", encoding="utf-8")
    assert prune_logs(tmp_path, 30) == 1
    assert not ours.exists()
    assert all(p.exists() for p in others)
    assert recent.exists()
