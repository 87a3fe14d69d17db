from pathlib import Path

import pytest

from crawler import sources as sources_module
from crawler.sources import SourceError, adhoc_source, build_source, load_sources, parse_sources

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_sources_file_is_valid() -> None:
    sources = load_sources(ROOT / "sources.toml")
    assert "demo" not in sources  # `scrapy demo` carries its own source
    assert len(sources) >= 6
    assert {"de", "en", "fr"} <= {lang for s in sources.values() for lang in s.languages}


def test_full_entry() -> None:
    source = build_source(
        "beispiel",
        {
            "feeds": ["https://example.org/feed.xml"],
            "start_urls": "https://example.org/",
            "follow_allow": [r"/artikel/"],
            "depth_limit": 3,
            "languages": ["de"],
            "strip_patterns": [r"^Mehr zum Thema"],
            "settings": {"DOWNLOAD_DELAY": 2},
            "max_age_days": 7,
        },
    )
    assert source.start_urls == ("https://example.org/",)
    assert source.depth_limit == 3
    assert source.domains() == ("example.org",)
    assert source.settings == {"DOWNLOAD_DELAY": 2}
    assert source.max_age_days == 7.0
    assert source.trusted_endpoints == frozenset({("example.org", 443)})


@pytest.mark.parametrize(
    ("name", "entry", "message"),
    [
        ("Bad Name", {"feeds": ["https://a.example/f"]}, "name must be"),
        ("news", {"feeds": ["https://a.example/f"]}, "reserved"),
        ("x", {}, "needs at least one"),
        ("x", {"feeds": ["ftp://a.example/f"]}, "not an http(s) URL"),
        ("x", {"feeds": "https://a.example/f", "feedz": []}, "unknown key(s) feedz"),
        ("x", {"feeds": ["https://a.example/f"], "follow_allow": ["("]}, "follow_allow pattern"),
        ("x", {"feeds": ["https://a.example/f"], "depth_limit": "2"}, "depth_limit"),
        ("x", {"feeds": ["https://a.example/f"], "languages": ["German"]}, "ISO 639"),
        ("x", {"feeds": ["https://a.example/f"], "languages": ["xx"]}, "'xx' is not an ISO 639-1"),
        ("x", {"feeds": ["https://a.example/f"], "languages": ["deu"]}, "'deu' is not an ISO"),
        ("x", {"feeds": ["https://a.example/f"], "settings": {"ITEM_PIPELINES": {}}}, "cannot"),
        ("x", {"feeds": ["https://a.example/f"], "max_age_days": -1}, "positive"),
        ("x", {"feeds": [1]}, "list of non-empty strings"),
    ],
)
def test_invalid_entries_name_the_source_and_the_problem(
    name: str, entry: dict[str, object], message: str
) -> None:
    with pytest.raises(SourceError) as info:
        build_source(name, entry)
    assert repr(name) in str(info.value)
    assert message in str(info.value)


def test_bad_file_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text("[sources.a]\nfeeds = [", encoding="utf-8")
    with pytest.raises(SourceError, match="not valid TOML"):
        load_sources(path)
    path.write_text('[sources.a]\nfeeds = ["https://a.example/f"]\n[other]\n', encoding="utf-8")
    with pytest.raises(SourceError, match="unknown top-level"):
        load_sources(path)


def test_missing_file_means_no_sources(tmp_path: Path) -> None:
    assert load_sources(tmp_path / "absent.toml") == {}


def test_every_source_is_checked() -> None:
    with pytest.raises(SourceError, match="'second'"):
        parse_sources(
            {"sources": {"first": {"feeds": ["https://a.example/"]}, "second": {"feeds": []}}}
        )


def test_adhoc_source_from_arguments() -> None:
    src = adhoc_source(url="http://127.0.0.1:9/a.html, http://127.0.0.1:9/b.html")
    assert src.urls == ("http://127.0.0.1:9/a.html", "http://127.0.0.1:9/b.html")
    assert src.name == "127.0.0.1"
    assert adhoc_source(feed="https://x.example/f", source="mine").name == "mine"
    with pytest.raises(SourceError, match="needs -a feed"):
        adhoc_source()
    with pytest.raises(SourceError, match="not an http"):
        adhoc_source(feed="file:///etc/passwd")


START = "https://a.example/"


@pytest.mark.parametrize(
    ("field", "value", "argument", "given", "problem"),
    [
        ("feeds", ["ftp://a.example/f"], "feed", "ftp://a.example/f", "entry 'ftp://a.example/f' "
         "is not an http(s) URL"),
        ("feeds", ["https://bob:s3cret@A.example:8443/f"], "feed",
         "https://bob:s3cret@A.example:8443/f", "entry 'https://A.example:8443/f' carries a user "
         "name or password (user:password@), which would be kept in the store and the logs; "
         "give the URL without them and the credentials as -s HTTPAUTH_USER=… -s "
         "HTTPAUTH_PASS=… -s HTTPAUTH_DOMAIN=a.example:8443"),
        ("feeds", ["ftp://bob:s3cret@a.example/f"], "feed", "ftp://bob:s3cret@a.example/f",
         "entry 'ftp://a.example/f' is not an http(s) URL"),
        ("follow_deny", ["(x"], "deny", "(x", "pattern '(x' is not a regex: missing ), "
         "unterminated subpattern at position 0"),
        ("depth_limit", 11, "depth", "11", "must be a whole number from 0 to 10, not 11"),
        ("depth_limit", "two", "depth", "two", "must be a whole number from 0 to 10, not 'two'"),
        ("allow_hosts", ["intra:99999"], "allow_hosts", "intra:99999", "entry 'intra:99999' is "
         "not a host[:port]"),
        ("allow_hosts", ["a b"], "allow_hosts", "a b", "entry 'a b' is not a host[:port]"),
        ("allow_hosts", ["bob:s3cret@Intra:8080"], "allow_hosts", "bob:s3cret@Intra:8080",
         "entry 'Intra:8080' carries a user name or password (user:password@), which a trusted "
         "host never sends; give the host without them and the credentials as -s "
         "HTTPAUTH_USER=… -s HTTPAUTH_PASS=… -s HTTPAUTH_DOMAIN=intra:8080"),
        ("allow_hosts", ["bob:s3cret@intra:99999"], "allow_hosts", "bob:s3cret@intra:99999",
         "entry 'intra:99999' is not a host[:port]"),
    ],
)  # fmt: skip
def test_a_value_is_checked_alike_in_sources_toml_and_as_an_adhoc_argument(
    field: str, value: object, argument: str, given: str, problem: str
) -> None:
    """One check per kind of value, its message naming where the value came from. The ad-hoc
    -a allow_hosts= went unchecked (a port out of range failed in the crawl, a traceback)."""
    with pytest.raises(SourceError) as toml:
        build_source("x", {"start_urls": [START], field: value})
    assert str(toml.value) == f"source 'x': {field} {problem}"
    with pytest.raises(SourceError) as adhoc:
        adhoc_source(**{"start": START, argument: given})
    assert str(adhoc.value) == f"ad-hoc run: -a {argument}= {problem}"


def test_a_node_without_the_file_reads_the_copy_deployed_with_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Scrapyd job runs in the node's folder; the egg carries crawler/deployed/sources.toml."""
    package = tmp_path / "package"
    (package / "deployed").mkdir(parents=True)
    (package / "deployed" / "sources.toml").write_text(
        '[sources.deployed]\nfeeds = ["https://example.org/feed.xml"]\n', encoding="utf-8"
    )
    monkeypatch.setattr(sources_module.resources, "files", lambda _package: package)
    node = tmp_path / "node"
    node.mkdir()
    monkeypatch.chdir(node)
    assert list(load_sources("sources.toml")) == ["deployed"]
    # A file where the setting points wins; an absolute path never falls back.
    (node / "sources.toml").write_text(
        '[sources.here]\nfeeds = ["https://example.org/here.xml"]\n', encoding="utf-8"
    )
    assert list(load_sources("sources.toml")) == ["here"]
    assert load_sources(tmp_path / "elsewhere" / "sources.toml") == {}


def test_declared_languages_are_cut_to_their_iso_639_1_code() -> None:
    """A stored language is a two-letter code (langdetect's "zh-cn" compares as "zh"): a region,
    a script or upper case in the declaration is cut away, once per code."""
    entry = {"feeds": ["https://a.example/f"], "languages": ["de-AT", "DE", "zh-CN", "pt_BR"]}
    assert build_source("x", entry).languages == ("de", "zh", "pt")
    assert adhoc_source(feed="https://a.example/f", languages="zh-tw, EN").languages == ("zh", "en")
    with pytest.raises(SourceError, match="'xx' is not an ISO 639-1 code"):
        adhoc_source(feed="https://a.example/f", languages="de,xx")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"depth": "1"}, "-a depth=… applies to a site crawl: it needs -a start=URL"),
        ({"feed": START, "depth": "3"}, "-a depth=… applies to a site crawl: it needs -a "
         "start=URL; this -a feed= run follows no links"),
        ({"sitemap": START, "follow": "/politik/"}, "-a follow=… applies to a site crawl: it "
         "needs -a start=URL; this -a sitemap= run follows no links"),
        ({"url": START, "deny": "/video/"}, "-a deny=… applies to a site crawl: it needs -a "
         "start=URL; this -a url= run follows no links"),
        ({"warc": "x.warc.gz", "depth": "0"}, "-a depth=… applies to a site crawl: it needs -a "
         "start=URL; this -a warc= run follows no links"),
    ],
)  # fmt: skip
def test_a_site_crawl_argument_without_a_start_page_is_refused(
    arguments: dict[str, str], message: str
) -> None:
    """-a depth=, -a follow= and -a deny= shape the links a site crawl follows: on a feed,
    sitemap, URL or archive run they were ignored without a word."""
    with pytest.raises(SourceError) as info:
        adhoc_source(**arguments)
    assert str(info.value) == message


def test_site_crawl_arguments_with_a_start_page_are_taken_beside_a_feed() -> None:
    """The README's combination: a site crawl from a page, its links filtered and bounded,
    may read a feed in the same run."""
    src = adhoc_source(start=START, feed=START + "f", depth="1", follow="/a/", deny="/b/")
    assert (src.depth_limit, src.follow_allow, src.follow_deny) == (1, ("/a/",), ("/b/",))
