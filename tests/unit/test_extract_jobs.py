"""The crawl process imports the job module, never the worker's text stack."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipelines.extract import jobs
from pipelines.extract.worker import PageJob, PageResult

ROOT = Path(__file__).resolve().parents[2]


def test_crawl_process_pipelines_leave_the_text_stack_to_the_workers() -> None:
    code = (
        "import json, sys; import pipelines.extract.pipeline, pipelines.store, "
        "pipelines.language_policy; print(json.dumps(sorted(m for m in ('trafilatura', "
        "'resiliparse', 'htmldate', 'justext', 'pipelines.extract.worker', "
        "'pipelines.text.article') if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert json.loads(out) == []


def test_jobs_are_the_workers_types_and_analyze_runs_the_worker() -> None:
    assert PageJob is jobs.PageJob and PageResult is jobs.PageResult
    html = "<html><head><title>t</title></head><body><p>Too short.</p></body></html>"
    result = jobs.analyze(jobs.PageJob(url="https://example.org/a", html=html))
    assert isinstance(result, jobs.PageResult)
    assert result.drop in {"no_text", "too_short", "listing"}
