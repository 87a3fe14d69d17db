"""Precision and recall of clean_text on the realpages corpus, in snippets.

For every page with expectations, trafilatura extracts the text as the pipeline does; then
clean_text runs on it. A ``with`` snippet that extraction kept and cleaning removed is a precision
loss; a ``without`` snippet that extraction left in and cleaning removed is a gain.

    python benchmarks/cleaning_quality.py             # extract from ../shared/realpages
    python benchmarks/cleaning_quality.py --fixture   # use the committed extraction outputs
    python benchmarks/cleaning_quality.py --record    # (re)write that fixture
    python benchmarks/cleaning_quality.py -v          # also list every snippet cleaning removed
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.text.cleaning import clean_text  # noqa: E402
from tests.support.corpus import require  # noqa: E402

SHARED = ROOT / ".." / "shared" / "realpages"
FIXTURE = ROOT / "tests" / "fixtures" / "cleaning" / "realpages_extracted.json.gz"


def extract_pages(shared: Path) -> list[dict[str, Any]]:
    """Run trafilatura over the saved pages the way the extraction stage does."""
    import trafilatura
    from trafilatura.utils import decode_file

    expectations = json.loads((shared / "expectations.json").read_text(encoding="utf-8"))
    pages = []
    for url, exp in sorted(expectations.items()):
        html = decode_file((shared / "html" / exp["file"]).read_bytes())
        text = trafilatura.extract(html, url=url, include_comments=False, with_metadata=False)
        meta = trafilatura.extract_metadata(html, default_url=url)
        pages.append(
            {
                "url": url,
                "file": exp["file"],
                "title": meta.title if meta is not None else None,
                "text": text or "",
                "with": exp["with"],
                "without": exp["without"],
            }
        )
    return pages


def load_fixture(path: Path = FIXTURE) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _flat(text: str) -> str:
    return " ".join(text.split())


def evaluate(pages: list[dict[str, Any]], verbose: bool = False) -> dict[str, int]:
    """Snippet counts before and after cleaning, summed over all pages."""
    fig = dict.fromkeys(
        (
            "pages",
            "with_total",
            "with_extracted",
            "with_cleaned",
            "with_in_title",
            "without_total",
            "without_extracted",
            "without_cleaned",
            "lines_extracted",
            "lines_cleaned",
        ),
        0,
    )
    for page in pages:
        before = page["text"]
        after = clean_text(before, title=page["title"])
        flat_before, flat_after = _flat(before), _flat(after)
        fig["pages"] += 1
        fig["lines_extracted"] += sum(1 for line in before.splitlines() if line.strip())
        fig["lines_cleaned"] += sum(1 for line in after.splitlines() if line.strip())
        for kind in ("with", "without"):
            for snippet in page[kind]:
                s = _flat(snippet)
                fig[f"{kind}_total"] += 1
                kept_before, kept_after = s in flat_before, s in flat_after
                fig[f"{kind}_extracted"] += kept_before
                fig[f"{kind}_cleaned"] += kept_after
                if not kept_before or kept_after:
                    continue
                # The title is stored in its own field, so a headline dropped as a title copy
                # is not lost from the article.
                in_title = kind == "with" and s in _flat(page["title"] or "")
                fig["with_in_title"] += in_title
                if verbose:
                    label = "gain" if kind == "without" else "TITLE" if in_title else "LOST"
                    print(f"  {label:5} {page['file']}: {snippet!r}")
    return fig


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", action="store_true", help="use the committed extractions")
    parser.add_argument("--record", action="store_true", help="write the fixture and exit")
    parser.add_argument("--shared", type=Path, default=SHARED, help="realpages folder")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not args.fixture:
        require(args.shared, hint="--fixture reads the committed extractions instead")

    if args.record:
        pages = extract_pages(args.shared)
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(FIXTURE, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(pages, fh, ensure_ascii=False, indent=0)
        print(f"wrote {len(pages)} pages to {FIXTURE.relative_to(ROOT)}")
        return
    pages = load_fixture() if args.fixture else extract_pages(args.shared)
    fig = evaluate(pages, verbose=args.verbose)
    print(f"pages: {fig['pages']}")
    print(
        f"non-blank lines: {fig['lines_extracted']} after extraction, "
        f"{fig['lines_cleaned']} after cleaning"
    )
    print(
        f"with snippets (must keep), of {fig['with_total']}: "
        f"{fig['with_extracted']} kept by extraction, {fig['with_cleaned']} after cleaning "
        f"(removed by cleaning: {fig['with_extracted'] - fig['with_cleaned']}, of which "
        f"{fig['with_in_title']} are the page title, kept in the title field)"
    )
    print(
        f"without snippets (must drop), of {fig['without_total']}: "
        f"{fig['without_extracted']} left by extraction, {fig['without_cleaned']} after "
        f"cleaning (removed by cleaning: {fig['without_extracted'] - fig['without_cleaned']})"
    )


if __name__ == "__main__":
    main()
