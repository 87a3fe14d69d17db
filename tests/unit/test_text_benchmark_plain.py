"""The text benchmark's ``--plain-markup``: HTML5's names go, the page's shown text stays."""

import pytest

from benchmarks.text_quality import plain_markup

PAGE = (
    '<html><head><style>article > p { margin: 0 }</style></head><body class="home">'
    '<header role="banner" class="site"><nav id="menu"><a href="/">Home</a></nav></header>'
    '<main role="main"><article class="story" data-x=\'a>b\'><header><h1>Title</h1>'
    '<p>By Jane, <time datetime="2024-05-01">1 May</time></p></header>'
    '<figure class="media"><img src="a.jpg" alt="x"><figcaption>Photo: AP</figcaption></figure>'
    '<p id="p1" role="note">Text with <mark>a mark</mark>.<br/></p>'
    "<section><p>More.</p></section></article>"
    '<aside class="related"><p>Read also</p></aside></main>'
    '<!-- <footer>old</footer> --><script>var t = "<header>";</script>'
    "<FOOTER>Footer</FOOTER></body></html>"
)


def test_tags_become_div_or_span_attributes_stay() -> None:
    out = plain_markup(PAGE)
    assert out == (
        '<html><head><style>article > p { margin: 0 }</style></head><body class="home">'
        '<div class="site"><div id="menu"><a href="/">Home</a></div></div>'
        "<div><div class=\"story\" data-x='a>b'><div><h1>Title</h1>"
        '<p>By Jane, <span datetime="2024-05-01">1 May</span></p></div>'
        '<div class="media"><img src="a.jpg" alt="x"><div>Photo: AP</div></div>'
        '<p id="p1" role="note">Text with <span>a mark</span>.<br/></p>'
        "<div><p>More.</p></div></div>"
        '<div class="related"><p>Read also</p></div></div>'
        '<!-- <footer>old</footer> --><script>var t = "<header>";</script>'
        "<div>Footer</div></body></html>"
    )


def test_classes_also_take_class_and_id() -> None:
    out = plain_markup(PAGE, "classes")
    assert "class=" not in out and "id=" not in out
    assert '<p role="note">Text with <span>a mark</span>.<br/></p>' in out
    assert "<div data-x='a>b'><div><h1>Title</h1>" in out
    assert '<img src="a.jpg" alt="x">' in out
    # data-id is not an id, a "class" inside a value is not an attribute
    page = '<div data-id="7" title="x class=y"><p>T</p></div>'
    assert plain_markup(page, "classes") == page


def test_older_markup_is_left_as_it_is() -> None:
    page = '<div class="post"><p>One <span class="date">1 May</span></p><hr></div>'
    assert plain_markup(page) == page
    assert plain_markup(page, "classes") == "<div><p>One <span>1 May</span></p><hr></div>"


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        plain_markup(PAGE, "ids")


def test_an_attribute_glued_to_a_dropped_one_keeps_its_space() -> None:
    page = '<html class="a"data-x=\'{"k": 1}\'><body id="b"data-y=z><p class="c">T</p></body>'
    assert plain_markup(page, "classes") == (
        "<html data-x='{\"k\": 1}'><body data-y=z><p>T</p></body>"
    )
    assert plain_markup('<p class="a" title="t">T</p>', "classes") == '<p title="t">T</p>'
