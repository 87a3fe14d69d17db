"""The metadata dev set of ../shared/metadev: its pages, their truth and how to compare with it.

Shared by ``benchmarks/metadata_quality.py`` (figures) and the golden metadata tests (a sample
of the pages, recorded under tests/fixtures/metadata by :func:`record_golden`). The comparison
rules follow the dev set's README:

* title: equal after whitespace collapse (zero-width characters and soft hyphens removed, as
  inside a word); lenient: also case-folded, NFKC, typographic punctuation mapped to ASCII, or
  equal to the page's own undecorated headline (h1, og:title, JSON-LD headline) without
  containing the truth plus more;
* date: by calendar day, a day of the stored value (as written, in UTC, in the truth's offset)
  against the truth's day in its own offset or in UTC; truth dates more than a day after the crawl
  are left out (day and month swapped); minutes only where both sides have a real time. On the
  dates/ set the truth is the page's own calendar day, without an offset, while Newsloom stores
  the UTC instant: where the UTC day differs, the day the instant falls on in the page's own zone
  (the offset the page states, or the day it names itself, see ``PageMetadata.published_local_day``)
  is compared, and counted apart as ``local-day`` (right, and shown separately);
* authors: names split on , ; & / | "und" "and", case-folded, NFKC, leading von/by and academic
  titles (Dr., Prof.) dropped; a middle name or an initial still matches; pages whose truth is
  null are left out.
  The truth also names outlets, desks, agencies and reporter codes (README caveats), which the
  issue says never to store as authors. :func:`outlet_entry` recognises those entries by rules
  on the truth alone (the page's site names and host, desk words, wire agencies, lower-case
  codes), so a second figure compares with the person names only (:func:`person_truth`), and
  pages whose truth names no person are counted apart: storing nothing there is what the issue
  asks, storing something is reported. The README's figure over all entries stays beside it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from charset_normalizer import from_bytes
from w3lib.encoding import html_to_unicode

from pipelines.text.extraction import declared_language

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "metadev"
FIELDS = ("published", "title", "authors")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_ASCII = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)
_NAME_SPLIT = re.compile(r"\s*(?:[,;&/|]|\bund\b|\band\b)\s*", re.I)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)
_SITE_META = re.compile(
    r"<meta[^>]+(?:property|name)=[\"'](?:og:site_name|application-name)[\"'][^>]*"
    r"content=[\"']([^\"']+)",
    re.I,
)
_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"')
# Wire agencies that bylines credit (a source, not a person).
_AGENCIES = frozenset(
    {
        "dpa",
        "afp",
        "ap",
        "associated press",
        "the associated press",
        "reuters",
        "anadolu ajansı",
        "kna",
        "epd",
        "sid",
        "apa",
        "ansa",
        "efe",
        "yonhap",
        "kyodo",
        "tass",
    }
)
_DESK_WORDS = re.compile(
    r"(?:^|[\s-])(?:redaktion|rédaction|redacción|redazione|staff|desk|newsroom|team)(?:$|[\s-])",
    re.I,
)
_CODE = re.compile(r"^[a-z][a-z/.-]{1,9}$")


@dataclass
class Case:
    """One dev page: where it comes from and what its metadata should be."""

    name: str
    url: str
    host: str
    language: str
    html: str
    fetched_at: datetime | None
    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None  # the truth as written (ISO 8601, maybe naive)
    date_only: bool = False  # dates/ set: the truth is a day, and null means "no date"
    has_date_truth: bool = True
    sites: tuple[str, ...] = ()  # what the page calls its site (og:site_name, publisher name)
    realpage: bool = False  # ../shared/realpages: no truth at all, only our author labels

    @property
    def set_name(self) -> str:
        """The page's set: ``truth`` (truth.jsonl), ``dates`` (dates/) or ``realpages``."""
        if self.realpage:
            return "realpages"
        return "dates" if self.date_only else "truth"


@dataclass
class Found:
    """What one extractor stored for a page, in the form the comparison reads."""

    title: str | None
    authors: list[str]
    published: str | None
    headlines: tuple[str, ...] = ()
    local_day: str | None = None  # the day in the zone the page wrote, when it differs from UTC
    # "day" where a day alone is stored (as midnight UTC), else "minute" or "second"; None where
    # the extractor stores no precision (trafilatura): then a stored midnight reads as a day.
    precision: str | None = None


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def half_of(host: str) -> str:
    """A stable half per publisher host: A was used for tuning, B only measured. The split of
    the metadata benchmark (and of the metadev pages in ``benchmarks.worker_cost``)."""
    return "A" if hashlib.sha1(host.encode()).digest()[0] % 2 == 0 else "B"


def text_half_of(host: str) -> str:
    """The text benchmark's split of the same hosts (``benchmarks.text_quality``), drawn with
    another hash: a metadev page may be tuned on for its text and held out for its metadata,
    or the other way round."""
    return "AB"[hashlib.blake2b(host.encode(), digest_size=2).digest()[0] % 2]


def held_out_by_both(host: str) -> bool:
    """Whether neither benchmark tunes on ``host``'s pages: the metadev pages no rule of either
    kind was studied on, the cleanest estimate of unseen publishers."""
    return half_of(host) == "B" and text_half_of(host) == "B"


def fresh_half_of(host: str) -> str:
    """``tune`` or ``held``: the fresh text pool's own split (:func:`fresh_pool`), drawn with a
    third hash so that it owes nothing to the other two."""
    return ("tune", "held")[hashlib.sha256(host.encode()).digest()[0] % 2]


# The text labels of the dates/ pages both splits put in half A (benchmarks.text_quality).
TEXT_LABELS = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "dates_a_labels.json"


def fresh_pool(
    data: Path = DEFAULT_DATA, realpages: Path | None = None, labels: Path = TEXT_LABELS
) -> list[dict[str, str]]:
    """The dates/ rows (``url``, ``file``, ``date``) of the fresh text pool, which no text rule
    has been studied on.

    A page is in it when its host is in half A of the metadata split (:func:`half_of`), it is not
    in the text labels ``labels`` (the pool the rules were tuned on), and no page the text
    benchmark holds out (truth.jsonl and ../shared/realpages in half B of :func:`text_half_of`;
    it reads no other dates/ page) is on its host. The metadata benchmark's half B shares no host
    with half A, the split being by host. Tuning on the pool then moves no held-out figure. Its
    own split is :func:`fresh_half_of`.
    """
    dates, text_pages = _dates_and_text_pages(data, realpages)
    held = {host for host in map(_host, text_pages) if text_half_of(host) == "B"}
    labelled = set(json.loads(labels.read_text(encoding="utf-8")))
    return [
        row
        for row in dates
        if half_of(_host(row["url"])) == "A"
        and row["file"] not in labelled
        and _host(row["url"]) not in held
    ]


def _dates_and_text_pages(
    data: Path, realpages: Path | None
) -> tuple[list[dict[str, str]], list[str]]:
    """The dates/ rows, and the URLs of the pages the text benchmark reads besides the dates/
    pages (truth.jsonl and ../shared/realpages, in either half)."""
    realpages = realpages or data.parent / "realpages"
    dates = [
        json.loads(line)
        for line in (data / "dates" / "dates.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    text_pages = [
        json.loads(line)["url"]
        for line in (data / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    if (realpages / "expectations.json").is_file():
        text_pages += json.loads((realpages / "expectations.json").read_text(encoding="utf-8"))
    return dates, text_pages


def _same_page(url: str) -> str:
    """A URL without its scheme, ``www.`` and trailing slash: one page recorded twice."""
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")


def blind_pool(data: Path = DEFAULT_DATA, realpages: Path | None = None) -> list[dict[str, str]]:
    """The dates/ rows (``url``, ``file``, ``date``) of the blind text pool, in the order they
    are labelled: pages no text rule has been tuned on, to measure the text pipeline on pages
    nobody has read for it.

    A page is in it when its host is in half B of the metadata split (:func:`half_of`): the text
    benchmark reads no such dates/ page (``datesA/labelled`` and the fresh pool are half A), and
    the metadata benchmark holds them out. Hosts of a page the text benchmark tunes on
    (truth.jsonl and ../shared/realpages in half A of :func:`text_half_of`) are left out too, as
    their boilerplate may have been studied on that page, and so is a page the text benchmark
    already reads under another name (the same URL among its realpages, held out there), so
    that the pool adds pages and counts none twice. The order is a stable hash of the file name,
    so that labelling the pool from its start picks no page: a labelled set is a prefix of it,
    less the pages with no story to label.
    """
    dates, text_pages = _dates_and_text_pages(data, realpages)
    tuned = {host for host in map(_host, text_pages) if text_half_of(host) == "A"}
    read = set(map(_same_page, text_pages))
    rows = [
        row
        for row in dates
        if half_of(_host(row["url"])) == "B"
        and _host(row["url"]) not in tuned
        and _same_page(row["url"]) not in read
    ]
    return sorted(rows, key=lambda row: hashlib.sha256(row["file"].encode()).digest())


# How many pages from the start of the blind pool its labels may cover: the held-out prefix
# (labelled in round 41, with the pages it leaves out). The rest of the pool is the tune pool.
BLIND_PREFIX = 92


def tune_pool(data: Path = DEFAULT_DATA, realpages: Path | None = None) -> list[dict[str, str]]:
    """The dates/ rows of the tune pool, in the order they are labelled: the blind pool
    (:func:`blind_pool`) after its held-out prefix of ``BLIND_PREFIX`` pages, less every page whose
    host a page of that prefix shares.

    Text rules may be studied on these pages (the text benchmark counts them as half A,
    ``datesB/tune``): they are pages of hosts that no held-out text set holds, which is what
    the tuned-on sets lacked after round 47 (half A's pages were nearly all right while the
    held-out pools were not). Since round 49 the metadata benchmark counts their hosts in its half
    A too (:func:`metadata_tune_hosts`), for the same reason.
    """
    pool = blind_pool(data, realpages)
    held = {_host(row["url"]) for row in pool[:BLIND_PREFIX]}
    return [row for row in pool[BLIND_PREFIX:] if _host(row["url"]) not in held]


def metadata_tune_hosts(data: Path = DEFAULT_DATA, realpages: Path | None = None) -> frozenset[str]:
    """The hosts of the tune pool (:func:`tune_pool`), which the metadata benchmark counts in half
    A since round 49, whatever :func:`half_of` draws for them.

    Half A's dates had nearly no failure left to learn from (0 wrong, 5 % missing) while half B's
    had 10 % missing, the same gap the text pools showed before their tune set. These hosts are
    held out by no other set (:func:`tune_pool`), so moving them moves the held-out figures only
    by the pages they take out of half B, which the benchmark prints as ``A/tune``.
    """
    return frozenset(_host(row["url"]) for row in tune_pool(data, realpages))


def metadata_half_of(host: str, tune_hosts: frozenset[str]) -> str:
    """The metadata benchmark's half of ``host``: :func:`half_of`, but A for the tune hosts."""
    return "A" if host in tune_hosts else half_of(host)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(raw[:4096])
    if match:
        try:
            return raw.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("utf-8", "replace")


def load_cases(data: Path) -> list[Case]:
    cases: list[Case] = []
    for line in (data / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        html = gzip.decompress((data / "pages" / row["file"]).read_bytes()).decode("utf-8")
        crawled = datetime.fromisoformat(row["crawl_date"])
        if crawled.tzinfo is None:
            crawled = crawled.replace(tzinfo=UTC)
        cases.append(
            Case(
                name=row["file"],
                url=row["url"],
                host=_host(row["url"]),
                language=row["language"],
                html=html,
                fetched_at=crawled,
                title=row["title"],
                authors=row["authors"],
                date=row["published"],
                has_date_truth=not _suspect(row["published"], crawled),
                sites=tuple(
                    m.group(1) for m in (*_SITE_META.finditer(html), *_PUBLISHER.finditer(html))
                ),
            )
        )
    for line in (data / "dates" / "dates.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        html = _decode(
            gzip.decompress((data / "dates" / "pages" / f"{row['file']}.gz").read_bytes())
        )
        cases.append(
            Case(
                name=f"dates/{row['file']}",
                url=row["url"],
                host=_host(row["url"]),
                language=declared_language(html) or "?",
                html=html,
                fetched_at=None,
                date=row["date"],
                date_only=True,
            )
        )
    return cases


def _suspect(published: str | None, crawled: datetime) -> bool:
    """A truth date more than a day after the recording has day and month swapped."""
    if not published:
        return False
    value = datetime.fromisoformat(published)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value > crawled + timedelta(days=1)


# -- comparison ---------------------------------------------------------------------------


def _ws(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


def _lenient(text: str) -> str:
    text = unicodedata.normalize("NFKC", _ws(text)).translate(_ASCII).replace("\u2026", "...")
    return text.casefold()


def judge_title(found: Found, truth: str) -> str:
    """``right`` (strict equality), ``lenient`` (the README's lenient figure), missing, wrong."""
    if not found.title:
        return "missing"
    if _ws(found.title) == _ws(truth):
        return "right"
    got = _lenient(found.title)
    want = _lenient(truth)
    if got == want:
        return "lenient"
    own = {_lenient(h) for h in found.headlines if h}
    # The page's own headline counts, but not one that holds the truth plus decoration.
    if got in own and not (want in got and got != want):
        return "lenient"
    return "wrong"


def _norm_name(name: str) -> str:
    name = unicodedata.normalize("NFKC", _ws(name)).casefold()
    # An academic title is not part of the name (the README lists "Dr. Max Kolter" among the
    # truth's mistakes): "Dr. Max Kolter" and "Max Kolter" are one person.
    return re.sub(r"^(?:von|by)\s+|^(?:(?:dr|prof)\.\s*)+", "", name).strip(" .")


def split_names(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        out.extend(n for n in (_norm_name(p) for p in _NAME_SPLIT.split(name)) if n)
    return out


_INITIAL = re.compile(r"^\w\.$")


def names_match(a: str, b: str) -> bool:
    if a == b:
        return True
    wa, wb = a.replace(".", ". ").split(), b.replace(".", ". ").split()
    if abs(len(wa) - len(wb)) == 1:
        short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        if short and short[0] == long_[0] and short[-1] == long_[-1]:
            return True
    if len(wa) >= 2 and len(wb) >= 2 and wa[0] == wb[0] and wa[-1] == wb[-1]:
        # Middle initials, written or left out: "Timothy H.J. Nerozzi" is "Timothy Nerozzi".
        middle = [w for w in (*wa[1:-1], *wb[1:-1]) if not _INITIAL.match(w)]
        if not middle:
            return True
    if len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1]:
        fa, fb = wa[0].rstrip("."), wb[0].rstrip(".")
        if (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb)):
            return True
    return False


def judge_authors(found: Found, truth: list[str]) -> str:
    got = split_names(found.authors)
    want = split_names(truth)
    if not got:
        return "missing"
    got_hit = [any(names_match(g, w) for w in want) for g in got]
    want_hit = [any(names_match(g, w) for g in got) for w in want]
    if all(got_hit) and all(want_hit):
        return "right"
    if any(got_hit):
        return "partial"
    return "wrong"


def _fold(text: str) -> str:
    """Letters and digits only, case and accents dropped: "Habertürk" is "haberturk"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if c.isalnum())


# Second-level labels under a country code that name no site: "ntv" is the site of ntv.com.tr,
# not "com" (a person called "Comfort" or "Kenneth" is no outlet there).
_GENERIC_SLD = frozenset({"com", "net", "org", "co", "gov", "edu", "ac", "or", "ne", "go"})


def _site_label(host: str) -> str:
    """The label naming the site: ``ntv`` for ntv.com.tr, ``spiegel`` for spiegel.de."""
    parts = host.split(".")
    if len(parts) < 2:
        return host
    if parts[-2] in _GENERIC_SLD and len(parts) >= 3:
        return parts[-3]
    return parts[-2]


def outlet_entry(entry: str, case: Case) -> bool:
    """Whether a truth author entry names an outlet, desk, agency or code rather than a person."""
    name = _ws(entry)
    if _CODE.match(name):
        return True  # srf/hosb, kesm, ssi: reporter codes (also "dpa", "t-online")
    if any(_ws(part).casefold() in _AGENCIES for part in name.split(",")):
        return True  # "AFP", "AFP, MANILA"
    if _DESK_WORDS.search(name):
        return True  # "BR24 Redaktion", "IN-Redaktion", "MND Staff"
    folded = _fold(name)
    labels = [_fold(case.host), _fold(_site_label(case.host))]
    for site in case.sites:
        labels.append(_fold(site))
        initials = "".join(w[0] for w in site.split() if w[:1].isalpha())
        if len(initials) >= 2 and name == initials.upper():
            return True  # "TPN" for The Portugal News
    return any(len(label) >= 3 and (label in folded or folded in label) for label in labels)


def person_truth(case: Case) -> list[str]:
    """The truth's author entries that name people (see :func:`outlet_entry`)."""
    return [a for a in case.authors or () if not outlet_entry(a, case)]


def judge_outlet_page(found: Found, truth: list[str]) -> str:
    """On a page whose truth names no person: ``none`` (nothing stored, as the issue asks),
    ``as-truth`` (the truth's outlet or agency stored, e.g. "AFP") or ``other``."""
    if not found.authors:
        return "none"
    return "as-truth" if judge_authors(found, truth) == "right" else "other"


# A Korean credit's role word and "외 N명" ("and N others"): "박준석 기자 외 1명" names one
# reporter and counts one more without naming them.
_KOREAN_CREDIT = re.compile(r"\s*(?:기자|특파원)(?:\s*외\s*(\d+)\s*명)?$")


def judge_issue_authors(found: Found, case: Case) -> str:
    """Authors by the issue's rules: never an outlet, desk or agency (:func:`outlet_entry`).

    On a page whose truth names only outlets, desks, agencies or codes, storing nothing is
    ``right`` and storing anything ``wrong``. Otherwise the stored names are judged against the
    truth's persons alone (a page crediting "Jane Doe, dpa" is right with "Jane Doe"). A
    Korean credit "X 기자 외 N명" is X plus N unnamed people: right when X is stored and exactly
    N further names beside the other persons.
    """
    persons = person_truth(case)
    if not persons:
        return "wrong" if found.authors else "right"
    named: list[str] = []
    unnamed = 0
    for person in persons:
        credit = _KOREAN_CREDIT.search(person)
        if credit:
            unnamed += int(credit.group(1) or 0)
            person = person[: credit.start()]
        named.append(person)
    verdict = judge_authors(found, named)
    if unnamed and verdict in ("right", "partial"):
        got, want = split_names(found.authors), split_names(named)
        extra = [g for g in got if not any(names_match(g, w) for w in want)]
        every = all(any(names_match(g, w) for g in got) for w in want)
        return "right" if every and len(extra) == unnamed else "partial"
    return verdict


# Our own author labels for the dates/ pages of half A (that set has no author truth): made by
# reading each page's visible byline before looking at the resolver's answer; the file's "note"
# says how. B pages are not labelled.
AUTHOR_LABELS = (
    Path(__file__).resolve().parents[1] / "fixtures" / "metadata" / "authors_dates_a.json"
)


# The same for the pages of ../shared/realpages whose host both benchmarks put in half A (that
# pool has no author truth either); the file's "note" says how they were chosen and labelled.
REALPAGE_LABELS = AUTHOR_LABELS.with_name("authors_realpages_a.json")
# The same for the dates/ pages of the tune pool (tune_pool), whose hosts count in half A since
# round 49 and which the labels of authors_dates_a.json (made before) do not hold.
TUNE_AUTHOR_LABELS = AUTHOR_LABELS.with_name("authors_dates_tune.json")
REALPAGES = DEFAULT_DATA.parent / "realpages"

# Our publication-date labels of the same realpages (the day, time and offset each shows a
# reader), and the time of day the dates/ pages of half A show beside their day (dates.jsonl
# gives the day alone); each file's "note" says how they were made.
PUBLISHED_LABELS = AUTHOR_LABELS.with_name("published_realpages_a.json")
TIME_LABELS = AUTHOR_LABELS.with_name("times_dates_a.json")


def load_author_labels(path: Path = AUTHOR_LABELS) -> dict[str, list[str]]:
    """Page name (``dates/<file>``, ``realpages/<file>``) -> the persons its byline names ([] =
    none)."""
    rows = json.loads(path.read_text(encoding="utf-8"))["pages"]
    return {row["page"]: row["authors"] for row in rows}


def load_labelled_realpages(folder: Path = REALPAGES, path: Path = REALPAGE_LABELS) -> list[Case]:
    """The realpages our labels name, as cases without truth (title, date and authors unknown).

    Only the labelled pages are read: the rest of the pool is held out by one benchmark or the
    other. A page is decoded as a crawl decodes a response without a charset header, as
    ``benchmarks.text_quality`` reads the same pages: its own ``<meta>`` charset, else UTF-8.
    """
    if not folder.is_dir():
        return []
    cases = []
    rows = json.loads(path.read_text(encoding="utf-8"))["pages"]
    named = {row["page"] for row in rows}
    # The date labels also hold the page the author labels left out as unclear.
    rows += [row for row in load_published_labels().values() if row["page"] not in named]
    for row in rows:
        raw = (folder / "html" / row["page"].removeprefix("realpages/")).read_bytes()
        html = html_to_unicode(None, raw)[1]
        cases.append(
            Case(
                name=row["page"],
                url=row["url"],
                host=_host(row["url"]),
                language=declared_language(html) or "?",
                html=html,
                fetched_at=None,
                has_date_truth=False,
                realpage=True,
            )
        )
    return cases


def judge_labelled_authors(found: Found, labels: list[str]) -> str:
    """Against our labels, which hold persons only: where they name nobody, storing nothing is
    ``right`` and storing anything ``wrong`` (the issue's rules); otherwise the README's scoring."""
    if not labels:
        return "wrong" if found.authors else "right"
    return judge_authors(found, labels)


def load_published_labels(path: Path = PUBLISHED_LABELS) -> dict[str, dict[str, str | None]]:
    """Page name (``realpages/<file>``) -> its date label: ``published`` (the day shown, or
    None), ``time`` (HH:MM shown, or None), ``offset`` (stated, or None), ``declared`` (the
    instant the markup declares where the page shows no day), ``updated``, ``shown``."""
    rows = json.loads(path.read_text(encoding="utf-8"))["pages"]
    return {row["page"]: row for row in rows}


def load_time_labels(path: Path = TIME_LABELS) -> dict[str, dict[str, str | None]]:
    """Page name (``dates/<file>``) -> ``date`` (the dev set's day), ``time`` (HH:MM shown beside
    it, or None), ``offset`` (the zone's offset on that day, or None where it is not known)."""
    rows = json.loads(path.read_text(encoding="utf-8"))["pages"]
    return {row["page"]: row for row in rows}


def judge_labelled_day(found: Found, label: dict[str, str | None]) -> str:
    """Against our date label: the day the page shows, else the instant its markup declares;
    where it has neither, storing nothing is right and anything wrong. A day of the stored value
    (in UTC, or the page's own day the resolver names) must be the label's."""
    wanted: set[str] = set()
    if label.get("published"):
        wanted.add(str(label["published"]))
    elif label.get("declared"):
        declared = datetime.fromisoformat(str(label["declared"]))
        wanted |= {declared.date().isoformat(), declared.astimezone(UTC).date().isoformat()}
    if not found.published:
        return "missing" if wanted else "right"
    value = _parse_stored(found.published)
    if not wanted or value is None:
        return "wrong"
    return "right" if _days(value, None) & wanted or found.local_day in wanted else "wrong"


def judge_labelled_time(found: Found, day: str, label: dict[str, str | None]) -> str | None:
    """The stored time against the wall time a page shows beside its day (None: no time is
    labelled). ``untimed``: nothing or a day alone stored; ``wrong``: another day or minute. With
    the label's offset the instant must match; without one (a country of several zones) the wall
    time must, in a whole-hour offset of at most 14 hours."""
    if not label.get("time"):
        return None
    if not found.published:
        return "untimed"
    value = _parse_stored(found.published)
    if value is None:
        return "wrong"
    if not _timed(found, value):
        return "untimed"
    shown = datetime.fromisoformat(f"{day}T{label['time']}")
    if label.get("offset"):
        want = shown.replace(tzinfo=datetime.fromisoformat(f"{day}T00:00{label['offset']}").tzinfo)
        return "right" if abs((value - want).total_seconds()) < 60 else "wrong"
    gap = (shown.replace(tzinfo=UTC) - value.astimezone(UTC)).total_seconds()
    whole = gap % 3600 < 60 or gap % 3600 > 3540
    return "right" if whole and abs(gap) <= 14 * 3600 + 60 else "wrong"


def _days(value: datetime, extra: timezone | None) -> set[str]:
    days = {value.date().isoformat()}
    if value.tzinfo is not None:
        days.add(value.astimezone(UTC).date().isoformat())
        if extra is not None:
            days.add(value.astimezone(extra).date().isoformat())
    return days


def _parse_stored(stored: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return None


def _timed(found: Found, value: datetime) -> bool:
    """Whether the stored value is a time of day, not a day alone: the stored precision tells a
    story published at midnight UTC from a day, which is stored as midnight UTC; without it a
    stored midnight reads as a day."""
    if value.tzinfo is None or not found.published or len(found.published) <= 10:
        return False
    if found.precision is not None:
        return found.precision != "day"
    return (value.hour, value.minute) != (0, 0)


def _has_time(value: datetime, text: str) -> bool:
    return "T" in text or (" " in text.strip() and (value.hour, value.minute) != (0, 0))


def judge_date(found: Found, case: Case) -> tuple[str, str | None]:
    """(day verdict, minute verdict or None when either side has no real time)."""
    truth = case.date
    stored = found.published
    if not stored:
        return ("right" if truth is None and case.date_only else "missing"), None
    if truth is None:
        return "wrong", None
    value = _parse_stored(stored)
    if value is None:
        return "wrong", None
    want = datetime.fromisoformat(truth)
    offset = want.tzinfo if isinstance(want.tzinfo, timezone) else None
    wanted = {want.date().isoformat()}
    if want.tzinfo is not None:
        wanted.add(want.astimezone(UTC).date().isoformat())
    days = _days(value, offset)
    day = "right" if days & wanted else "wrong"
    if day == "wrong" and found.local_day in wanted and case.date_only:
        # The dates/ truth is the page's own calendar day, without an offset; the stored UTC
        # instant falls on another day in UTC and on the truth's day in the page's zone. Right,
        # counted apart ("local-day") so the figure shows how many needed the page's zone.
        return "local-day", None
    truth_timed = want.tzinfo is not None and (want.hour, want.minute, want.second) != (0, 0, 0)
    stored_timed = _timed(found, value)
    if day != "right" or not truth_timed or not stored_timed:
        return day, ("untimed" if truth_timed and day == "right" else None)
    delta = abs((value - want).total_seconds())
    return day, ("right" if delta < 60 else "wrong")


# -- golden sample ------------------------------------------------------------------------

# Only the expectations are committed: the pages are the publishers' content, kept in the dev
# set "for testing only, do not republish", so the golden tests read them from there.
GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "metadata"


@dataclass(frozen=True)
class GoldenPage:
    """One recorded page and what the resolver must give for it."""

    file: str  # the gzipped page, under ../shared/metadev
    url: str
    fetched_at: str | None
    language: str
    expected: dict[str, object]

    def html(self, data: Path = DEFAULT_DATA) -> str:
        return _decode(gzip.decompress((data / self.file).read_bytes()))


def load_golden() -> list[GoldenPage]:
    """The recorded sample (tests/fixtures/metadata/expected.json)."""
    rows = json.loads((GOLDEN / "expected.json").read_text(encoding="utf-8"))
    return [GoldenPage(**row) for row in rows]


def record_golden(names: list[str], data: Path = DEFAULT_DATA) -> None:
    """Record dev pages (by their path in the dev set) with the resolver's checked answer.

    A page is recorded only where the answer agrees with the dev set's truth (title right or the
    page's own headline, date right on its day, authors right against the truth's person names,
    or none where the truth names only the outlet or a desk), so the golden tests pin correct
    behaviour, not whatever the resolver does today.
    """
    from pipelines.text.extraction import extract_from_tree, parse_html
    from pipelines.text.metadata import resolve_metadata

    cases = {case.name: case for case in load_cases(data)}
    rows = []
    for name in names:
        case = cases[name]
        tree = parse_html(case.html)
        assert tree is not None, name
        extracted = extract_from_tree(tree, case.html, case.url)
        meta = resolve_metadata(tree, case.url, fetched_at=case.fetched_at, extracted=extracted)
        found = Found(
            meta.title,
            meta.authors,
            meta.published,
            meta.headlines,
            meta.published_local_day,
            meta.published_precision,
        )
        verdicts = {"published": judge_date(found, case)[0] if case.has_date_truth else "no truth"}
        if case.title is not None:
            verdicts["title"] = judge_title(found, case.title)
        if case.authors is not None:
            persons = person_truth(case)
            verdicts["authors"] = (
                judge_authors(found, persons) if persons else judge_outlet_page(found, case.authors)
            )
        bad = {
            k: v
            for k, v in verdicts.items()
            if v not in ("right", "lenient", "local-day", "none", "no truth")
        }
        if bad:
            raise ValueError(f"{name}: not recorded, the resolver is not right: {bad}")
        file = (
            f"dates/pages/{name.removeprefix('dates/')}.gz" if case.date_only else f"pages/{name}"
        )
        rows.append(
            {
                "file": file,
                "url": case.url,
                "fetched_at": case.fetched_at.isoformat() if case.fetched_at else None,
                "language": case.language,
                "expected": {
                    "title": meta.title,
                    "authors": meta.authors,
                    "published": meta.published,
                    "published_precision": meta.published_precision,
                    "published_local_day": meta.published_local_day,
                    "listing": meta.listing,
                    "verdicts": verdicts,
                    "truth": {"title": case.title, "authors": case.authors, "date": case.date},
                },
            }
        )
    (GOLDEN / "expected.json").write_text(
        json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    # python -m tests.support.metadev NAME... (names as in truth.jsonl, or dates/<file>)
    record_golden(sys.argv[1:])
