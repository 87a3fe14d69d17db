"""Charts as plain SVG, drawn on the server from query rows.

No chart library and no script: the page works offline and in any browser, and each chart is
a pure function of its rows, so it is tested without a browser. Every data point is one mark
(``rect``) with a ``<title>`` tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

# Colour-blind-safe categorical palette (Okabe-Ito), one colour per source in order.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
OUTCOME_COLOURS = {"ok": "#009E73", "failed": "#D55E00"}
OTHER_OUTCOME = "#999999"  # running, or a run that never closed
MAX_DAYS = 120  # longer ranges show their last MAX_DAYS days

WIDTH, HEIGHT = 900, 320
LEFT, RIGHT, TOP, BOTTOM = 50, 180, 20, 40


@dataclass(frozen=True)
class DayCount:
    day: str  # YYYY-MM-DD
    source: str
    count: int


@dataclass(frozen=True)
class RunMark:
    run_id: int
    source: str
    started_at: str  # ISO 8601
    outcome: str | None
    articles_new: int | None
    failure: str | None = None


def _colours(sources: Iterable[str]) -> dict[str, str]:
    return {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sorted(set(sources)))}


def _legend(colours: dict[str, str], x: int) -> list[str]:
    parts = []
    for i, (source, colour) in enumerate(colours.items()):
        y = TOP + 10 + i * 18
        parts.append(
            f'<rect class="legend" x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{y}" font-size="12">{escape(source)}</text>'
        )
    return parts


def _svg(title: str, height: int, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="newsloom-chart" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'font-family="sans-serif"><title>{escape(title)}</title>{"".join(body)}</svg>'
    )


def articles_per_day_svg(rows: Sequence[DayCount]) -> str:
    """Stacked bars: one bar per day, one segment per source; empty days stay empty."""
    if not rows:
        return _svg(
            "Articles per day: no dated articles yet",
            60,
            ['<text x="10" y="30">No dated articles yet.</text>'],
        )
    days = sorted({date.fromisoformat(r.day) for r in rows})
    first, last = max(days[0], days[-1] - timedelta(days=MAX_DAYS - 1)), days[-1]
    span = (last - first).days + 1
    totals: dict[date, int] = {}
    for r in rows:
        d = date.fromisoformat(r.day)
        if d >= first:
            totals[d] = totals.get(d, 0) + r.count
    peak = max(totals.values(), default=1) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / span
    bar_w = max(1.0, step * 0.8)
    colours = _colours(r.source for r in rows)
    body = [
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{LEFT + plot_w}" y2="{TOP + plot_h}" '
        'stroke="#333"/>',
        f'<text x="{LEFT - 6}" y="{TOP + 10}" font-size="11" text-anchor="end">{peak}</text>',
        f'<text x="{LEFT - 6}" y="{TOP + plot_h}" font-size="11" text-anchor="end">0</text>',
        f'<text x="{LEFT}" y="{HEIGHT - 12}" font-size="11">{first.isoformat()}</text>',
        f'<text x="{LEFT + plot_w}" y="{HEIGHT - 12}" font-size="11" text-anchor="end">'
        f"{last.isoformat()}</text>",
    ]
    stacked: dict[date, float] = {}
    for r in sorted(rows, key=lambda r: (r.day, r.source)):
        d = date.fromisoformat(r.day)
        if d < first or r.count <= 0:
            continue
        h = r.count / peak * plot_h
        base = stacked.get(d, 0.0)
        x = LEFT + (d - first).days * step + (step - bar_w) / 2
        y = TOP + plot_h - base - h
        stacked[d] = base + h
        body.append(
            f'<rect class="mark" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
            f'fill="{colours[r.source]}"><title>{escape(r.day)} {escape(r.source)}: '
            f"{r.count}</title></rect>"
        )
    body += _legend(colours, WIDTH - RIGHT + 20)
    return _svg("Articles per day per source", HEIGHT, body)


def run_health_svg(runs: Sequence[RunMark]) -> str:
    """One lane per source, one square per run placed by its start time: green ok, red
    failed, grey running or never closed. Tooltips give the run, its counts and failure."""
    if not runs:
        return _svg("Run health: no runs yet", 60, ['<text x="10" y="30">No runs yet.</text>'])
    times = [datetime.fromisoformat(r.started_at) for r in runs]
    start, end = min(times), max(times)
    spread = (end - start).total_seconds() or 1.0
    sources = sorted({r.source for r in runs})
    lane = 26
    height = TOP + lane * len(sources) + BOTTOM
    name_w = 150
    plot_w = WIDTH - name_w - 30
    body = []
    for i, source in enumerate(sources):
        y = TOP + i * lane
        body.append(
            f'<text x="{name_w - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(source)}</text>"
        )
    for r, when in zip(runs, times, strict=True):
        x = name_w + (when - start).total_seconds() / spread * (plot_w - 14)
        y = TOP + sources.index(r.source) * lane + 3
        colour = OUTCOME_COLOURS.get(r.outcome or "", OTHER_OUTCOME)
        tip = f"run {r.run_id} {r.started_at} {r.source}: {r.outcome or 'unknown'}"
        if r.articles_new is not None:
            tip += f", {r.articles_new} new"
        if r.failure:
            tip += f" ({r.failure})"
        body.append(
            f'<rect class="mark" x="{x:.1f}" y="{y}" width="14" height="18" rx="2" '
            f'fill="{colour}"><title>{escape(tip)}</title></rect>'
        )
    body.append(
        f'<text x="{name_w}" y="{height - 12}" font-size="11">{escape(start.isoformat())}</text>'
        f'<text x="{WIDTH - 30}" y="{height - 12}" font-size="11" text-anchor="end">'
        f"{escape(end.isoformat())}</text>"
    )
    return _svg("Run health per source over time", height, body)
