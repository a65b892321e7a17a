"""Every input against real files and a real HTTP server on 127.0.0.1: pages, feeds, folders, stdin, failures."""

from __future__ import annotations

import io
import ssl
import time
from pathlib import Path

import pytest

from tests.loopback import NEWS_PAGE, SECOND_PAGE, closed_port, rss_feed, serving
from tui.articles import Article, ArticleError
from tui.sources import Library, from_bytes, load_article, load_item, open_input
from tui.sources.encoding import decode_text
from tui.sources.local import read_stdin, stdin_is_piped
from tui.sources.web import fetch

STRIKE_TITLE = "Harbour workers strike in Valparaíso"


def one_line(exc: pytest.ExceptionInfo[ArticleError]) -> str:
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message
    return message


# --- HTML files -------------------------------------------------------------------------------------


def test_html_file_main_text_headline_byline_date(tmp_path: Path):
    path = tmp_path / "strike.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    article = open_input(str(path))
    assert isinstance(article, Article)
    assert article.title == STRIKE_TITLE
    assert article.byline == "Ana Torres"
    assert article.date == "2024-03-12"
    assert article.text.startswith(STRIKE_TITLE + "\n\nHarbour workers in Valparaíso walked out")
    assert "“We will not go back until the port authority listens,” Soto" in article.text
    for furniture in (
        "Home",
        "Most read",
        "Celebrity",
        "All rights reserved",
        "Share on Twitter",
        "| The Daily",
    ):
        assert furniture not in article.text
    assert article.text.count(STRIKE_TITLE) == 1  # the <h1> is not repeated under the headline


def test_htm_and_sniffed_html(tmp_path: Path):
    (tmp_path / "a.htm").write_text(SECOND_PAGE, encoding="utf-8")
    (tmp_path / "saved-page").write_text(SECOND_PAGE, encoding="utf-8")  # no suffix: told by its content
    for name in ("a.htm", "saved-page"):
        article = load_article(str(tmp_path / name))
        assert article.title == "Ferry service resumes after storm"
        assert article.byline == "Luis Vera"
        assert "<p>" not in article.text


def test_html_without_article_text_is_an_error(tmp_path: Path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>t</title></head><body><nav>Home</nav></body></html>")
    with pytest.raises(ArticleError) as err:
        open_input(str(path))
    assert "no article text" in one_line(err)


def test_legacy_encodings_are_detected():
    russian = "Министр иностранных дел России заявил во вторник, что переговоры продолжатся."
    assert decode_text(russian.encode("cp1251")) == russian
    japanese = "日本の首相は会談が続くと述べた。外務省によると、次の会合は来月開かれる。"
    assert decode_text(japanese.encode("shift_jis")) == japanese
    western = "café “quoted” naïve, the minister said"
    assert decode_text(western.encode("cp1252")) == western
    assert decode_text("déjà".encode("utf-8-sig")) == "déjà"
    meta = '<html><head><meta charset="windows-1251"></head><body><p>Москва</p></body></html>'
    assert "Москва" in decode_text(meta.encode("cp1251"))


def test_text_file_crlf_and_cp1251(tmp_path: Path):
    path = tmp_path / "ru.txt"
    path.write_bytes(
        "Заголовок\r\n\r\nМинистр иностранных дел России заявил, что переговоры продолжатся.\r\n".encode(
            "cp1251"
        )
    )
    article = load_article(str(path))
    assert article.title == "Заголовок"
    assert "\r" not in article.text and "переговоры" in article.text


# --- folders, several paths, stdin ------------------------------------------------------------------


def test_folder_is_a_library_of_its_articles(tmp_path: Path):
    (tmp_path / "b.html").write_text(SECOND_PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Headline A\n\nBody of A, she said.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    library = open_input(str(tmp_path))
    assert isinstance(library, Library)
    assert [i.title for i in library.items] == ["a.txt", "b.html"]
    assert load_item(library.items[1]).title == "Ferry service resumes after storm"
    with pytest.raises(ArticleError) as err:
        open_input(str(tmp_path / "sub"))
    assert "holds no articles" in one_line(err)


def test_stdin_text_html_and_feed(tmp_path: Path, web):
    assert load_article("-", b"Piped headline\n\nPiped body, he said.\n").title == "Piped headline"
    assert load_article("-", NEWS_PAGE.encode()).byline == "Ana Torres"
    library = open_input("-", rss_feed(web.base).encode())
    assert isinstance(library, Library) and len(library.items) == 3
    with pytest.raises(ArticleError) as err:
        open_input("-", b"  \n ")
    assert one_line(err) == "<stdin>: is empty"
    assert read_stdin(io.BytesIO(b"abc")) == b"abc"


def test_stdin_is_piped_only_for_pipes_and_files(tmp_path: Path):
    path = tmp_path / "in.txt"
    path.write_text("x")
    with path.open("rb") as f:
        assert stdin_is_piped(f)
    with open("/dev/null", "rb") as f:
        assert not stdin_is_piped(f)


# --- URLs ---------------------------------------------------------------------------------------------


def test_url_page(web):
    article = load_article(web.url("/article.html"))
    assert article.source == web.url("/article.html")
    assert article.title == STRIKE_TITLE and article.byline == "Ana Torres"
    assert "Marta Soto" in article.text


def test_url_redirect_followed(web):
    assert load_article(web.url("/moved")).title == STRIKE_TITLE


def test_url_charset_from_header_and_detected(web):
    for path in ("/russian.html", "/russian-undeclared.html"):
        article = load_article(web.url(path))
        assert article.title == "Переговоры продолжатся"
        assert "Министр иностранных дел России" in article.text


def test_url_plain_text(web):
    assert load_article(web.url("/plain.txt")).title == "Plain headline"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/broken", "the server answered 500 Internal Server Error"),
        ("/gone", "the server answered 410 Gone"),
        ("/loop", "too many redirects"),
        ("/ping", "too many redirects"),
        ("/image.png", "is not a web page or feed (the server sent image/png)"),
        ("/huge", "over the 10 MB limit"),
        ("/huge-chunked", "over the 10 MB limit"),
        ("/reset", "the connection was closed before the page arrived"),
        ("/cut-short", "the connection was closed before the page arrived"),
        ("/empty.html", "no article text found"),
        ("/binary.html", "binary"),
    ],
)
def test_url_failures_are_one_line(web, path, message):
    with pytest.raises(ArticleError) as err:
        open_input(web.url(path))
    text = one_line(err)
    assert text.startswith(web.url(path) + ": ")
    assert message in text


def test_timeouts(web):
    started = time.monotonic()
    with pytest.raises(ArticleError) as err:
        fetch(web.url("/slow"), timeout=0.5)
    assert "timed out after 0.5 s" in one_line(err)
    with pytest.raises(ArticleError) as err:  # a byte at a time: httpx's read timeout never trips
        fetch(web.url("/drip"), timeout=1.0)
    assert "timed out after 1 s" in one_line(err)
    assert time.monotonic() - started < 5


def test_size_cap_while_streaming(web):
    with pytest.raises(ArticleError) as err:
        fetch(web.url("/article.html"), max_bytes=500)
    assert "limit" in one_line(err)


def test_unreachable_and_invalid_urls():
    url = f"http://127.0.0.1:{closed_port()}/x"
    with pytest.raises(ArticleError) as err:
        open_input(url)
    assert one_line(err).startswith(f"{url}: cannot connect (")
    for bad, word in [
        ("http://", "not a valid"),
        ("https://exa mple.org:99999/", "not a valid"),
        ("ftp://example.org/x", "only http:// and https://"),
        ("file:///etc/passwd", "only http:// and https://"),
    ]:
        with pytest.raises(ArticleError) as err:
            open_input(bad)
        assert word in one_line(err)


def test_invalid_tls_certificate():
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with serving(tls=context) as server:
        with pytest.raises(ArticleError) as err:  # a certificate no trusted authority signed
            open_input(server.url("/article.html"))
        assert "TLS certificate is not valid" in one_line(err)
        trusting = ssl.create_default_context()
        ca.configure_trust(trusting)
        page = fetch(server.url("/article.html"), verify=trusting)
        assert b"Valpara" in page.data  # the same server is fine once its authority is trusted


# --- feeds ----------------------------------------------------------------------------------------------


def test_rss_feed_url_is_a_library_whose_items_open(web):
    for path in ("/feed.xml", "/feed-as-xml"):
        library = open_input(web.url(path))
        assert isinstance(library, Library)
        assert library.title == "The Daily Paper: Chile"
        assert [i.title for i in library.items] == [
            STRIKE_TITLE,
            "Ferry service resumes after storm",
            "A story that is gone",
        ]
        assert library.items[1].summary == "Calm seas again."
        assert "2024" in library.items[0].date
    article = load_item(library.items[1])
    assert article.title == "Ferry service resumes after storm"
    with pytest.raises(ArticleError) as err:
        load_item(library.items[2])
    assert "404" in one_line(err)


def test_atom_feed_file(tmp_path: Path, web):
    from tests.loopback import atom_feed

    path = tmp_path / "news.atom"
    path.write_text(atom_feed(web.base), encoding="utf-8")
    library = open_input(str(path))
    assert isinstance(library, Library) and library.title == "Daily Paper Atom"
    assert load_item(library.items[0]).byline == "Luis Vera"


def test_feed_item_without_link_uses_its_own_text(tmp_path: Path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Offline</title>
<item><title>Council votes on budget</title><description>&lt;p&gt;The city council approved the budget on Monday, the mayor said, after a long debate about the new tram line and its cost.&lt;/p&gt;&lt;p&gt;Opposition members called the plan reckless and promised to challenge it.&lt;/p&gt;</description></item>
</channel></rss>"""
    path = tmp_path / "offline.xml"
    path.write_text(feed)
    library = open_input(str(path))
    assert isinstance(library, Library)
    article = load_item(library.items[0])
    assert article.title == "Council votes on budget"
    assert "city council approved the budget" in article.text


def test_broken_feed_is_an_error(tmp_path: Path):
    path = tmp_path / "bad.rss"
    path.write_text("<rss><channel><title>x</title></channel></rss>")
    with pytest.raises(ArticleError) as err:
        open_input(str(path))
    assert "feed has no items" in one_line(err)
    path.write_bytes(b"this is not xml at all <<<")
    with pytest.raises(ArticleError) as err:
        open_input(str(path))
    assert "not a readable RSS or Atom feed" in one_line(err)


def test_from_bytes_never_fetches_a_feed_that_is_a_url(web):
    """feedparser fetches a *string* that looks like a URL; we hand it bytes, so bytes that are the URL
    of a real feed are no feed, and the server that serves it hears nothing."""
    import feedparser

    url = web.url("/feed.xml")
    before = len(web.hits)
    assert len(feedparser.parse(url).entries) == 3 and len(web.hits) == before + 1  # a str is fetched
    before = len(web.hits)
    for data in (url.encode(), f"{url}\n\nsecond line".encode()):
        with pytest.raises(ArticleError, match="not a readable RSS or Atom feed"):
            from_bytes(data, "<x>", kind="feed")
        assert isinstance(from_bytes(data, "<x>"), Article)  # told from its content: text
    assert len(web.hits) == before
