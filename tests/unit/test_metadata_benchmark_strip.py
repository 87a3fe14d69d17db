"""The metadata benchmark's ``--strip``: markup goes, the page's shown text stays byte for byte."""

from benchmarks.metadata_quality import strip_markup

PAGE = (
    '<html><head><meta charset="utf-8"><meta http-equiv="content-type" content="text/html">'
    '<meta property="article:published_time" content="2024-05-01T10:00:00Z">'
    '<meta name="author" content="Jane Doe">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-01"}'
    "</script><script>var x = 1;</script></head>"
    '<body><article itemscope itemtype="https://schema.org/NewsArticle">'
    '<h1 itemprop="headline">Title</h1><time datetime="2024-05-01">1 May 2024</time>'
    "<p>Text.</p></article></body></html>"
)


def test_jsonld_goes_and_other_scripts_stay() -> None:
    out = strip_markup(PAGE, ("jsonld",))
    assert "ld+json" not in out and "datePublished" not in out
    assert "<script>var x = 1;</script>" in out
    assert len(out) < len(PAGE)
    assert 'property="article:published_time"' in out


def test_meta_keeps_charset_and_http_equiv() -> None:
    out = strip_markup(PAGE, ("meta",))
    assert "article:published_time" not in out and 'name="author"' not in out
    assert '<meta charset="utf-8">' in out and "http-equiv" in out
    assert "datePublished" in out


def test_microdata_attributes_go_elements_stay() -> None:
    out = strip_markup(PAGE, ("microdata",))
    assert "itemprop" not in out and "itemscope" not in out and "itemtype" not in out
    assert "<article>" in out and "<h1>Title</h1>" in out
    assert '<time datetime="2024-05-01">1 May 2024</time>' in out


def test_nothing_named_nothing_changed() -> None:
    assert strip_markup(PAGE, ()) == PAGE


def test_itemscope_goes_with_its_value_and_the_attributes_after_it_stay() -> None:
    page = (
        '<html itemscope="itemscope" itemtype="https://schema.org/WebPage" lang="de">'
        "<body><div itemscope=itemscope class='story'><p>Text.</p></div></body></html>"
    )
    out = strip_markup(page, ("microdata",))
    assert out == "<html lang=\"de\"><body><div class='story'><p>Text.</p></div></body></html>"
