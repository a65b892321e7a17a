"""A real HTTP(S) server on 127.0.0.1 for the input tests: pages, feeds and every way a server misbehaves.

It runs `http.server.ThreadingHTTPServer` on port 0 in a daemon thread; `routes` maps a path to a
function that answers the request. Nothing here touches the internet.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

NEWS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour workers strike in Valparaíso | The Daily Paper</title>
<meta property="og:title" content="Harbour workers strike in Valparaíso">
<meta name="author" content="Ana Torres">
<meta property="article:published_time" content="2024-03-12T08:30:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Harbour workers strike in Valparaíso</h1><p class="byline">By Ana Torres</p>
<div class="share"><a href="#">Share on Twitter</a></div>
<p>Harbour workers in Valparaíso walked out on Tuesday, halting container traffic at Chile's second-busiest port, union leader Marta Soto said.</p>
<p>“We will not go back until the port authority listens,” Soto told reporters outside the terminal gates, where several hundred workers had gathered since dawn.</p>
<p>The port authority said in a statement that talks would resume on Thursday and that it expected a quick agreement on shift lengths and pay.</p>
<p>Transport minister Juan Carlos Muñoz urged both sides to return to the table, saying the government was ready to mediate if asked.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity weds in secret ceremony</a></li></ul></aside>
<footer><p>© 2024 The Daily Paper. All rights reserved.</p></footer></body></html>"""

SECOND_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry service resumes</title>
<meta name="author" content="Luis Vera"></head><body><article><h1>Ferry service resumes after storm</h1>
<p>The ferry between Puerto Montt and Chaitén resumed on Friday after three days of storms, the operator Naviera Austral said.</p>
<p>“Safety comes first, and the sea is calm again,” said captain Rosa Iturra, who has sailed the route for twenty years.</p>
<p>Passengers who missed crossings will be rebooked without charge, according to the company.</p>
</article></body></html>"""

RUSSIAN_PAGE = """<html><head><title>Переговоры продолжатся</title></head><body><article><h1>Переговоры продолжатся</h1>
<p>Министр иностранных дел России заявил во вторник, что переговоры в Женеве продолжатся на следующей неделе.</p>
<p>По его словам, обе стороны готовы обсуждать вопросы безопасности и торговли без предварительных условий.</p>
</article></body></html>"""


def rss_feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Daily Paper: Chile</title><link>{base}/</link><description>News</description>
<item><title>Harbour workers strike in Valparaíso</title><link>{base}/article.html</link>
<pubDate>Tue, 12 Mar 2024 08:30:00 GMT</pubDate><description>Port traffic halted.</description></item>
<item><title>Ferry service resumes after storm</title><link>{base}/second.html</link>
<pubDate>Fri, 15 Mar 2024 10:00:00 GMT</pubDate><description>&lt;b&gt;Calm&lt;/b&gt; seas again.</description></item>
<item><title>A story that is gone</title><link>{base}/missing</link></item>
</channel></rss>"""


def atom_feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Paper Atom</title><id>urn:x</id><updated>2024-03-15T10:00:00Z</updated>
<entry><title>Ferry service resumes after storm</title><link href="{base}/second.html"/><id>urn:2</id>
<updated>2024-03-15T10:00:00Z</updated><summary>Calm seas again.</summary></entry>
</feed>"""


Answer = Callable[[http.server.BaseHTTPRequestHandler], None]


def send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes | str, ctype: str) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


class _QuietServer(http.server.ThreadingHTTPServer):
    """Clients that hang up mid-answer (the size cap, the timeouts) are expected: no traceback for them."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class LoopbackServer:
    """The server's address and routes; `url(path)` is a full URL on it."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Answer] = {}
        self.hits: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.hits.append(path)
                answer = server.routes.get(path)
                if answer is None:
                    send(self, 404, "<html><body><h1>Not found</h1></body></html>", "text/html")
                else:
                    answer(self)

            def log_message(self, *args: object) -> None:  # keep the test output clean
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.base = f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def page(
        self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200
    ) -> str:
        self.routes[path] = lambda h: send(h, status, body, ctype)
        return self.url(path)


def standard_routes(server: LoopbackServer) -> None:
    """Every page and misbehaviour the tests ask for."""
    base = server.base
    server.page("/article.html", NEWS_PAGE)
    server.page("/second.html", SECOND_PAGE)
    server.page("/russian.html", RUSSIAN_PAGE.encode("cp1251"), "text/html; charset=windows-1251")
    server.page("/russian-undeclared.html", RUSSIAN_PAGE.encode("cp1251"), "text/html")
    server.page(
        "/plain.txt", "Plain headline\n\nA plain text story, the mayor said.\n", "text/plain; charset=utf-8"
    )
    server.page("/feed.xml", rss_feed(base), "application/rss+xml")
    server.page("/feed-as-xml", rss_feed(base), "text/xml")
    server.page("/atom.xml", atom_feed(base), "application/atom+xml")
    server.page("/broken", "<html><body>Internal error</body></html>", "text/html", status=500)
    server.page("/gone", "", "text/html", status=410)
    server.page("/image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    server.page("/empty.html", "<html><head><title>x</title></head><body></body></html>")
    server.page("/binary.html", b"\x00\x01\x02\x03" * 50, "text/html")

    def redirect(target: str) -> Answer:
        def answer(h: http.server.BaseHTTPRequestHandler) -> None:
            h.send_response(302)
            h.send_header("Location", target)
            h.send_header("Content-Length", "0")
            h.end_headers()

        return answer

    server.routes["/loop"] = redirect("/loop")
    server.routes["/ping"] = redirect("/pong")
    server.routes["/pong"] = redirect("/ping")
    server.routes["/moved"] = redirect("/article.html")

    def slow(h: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(3)
        send(h, 200, NEWS_PAGE, "text/html")

    def drip(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        try:
            for _ in range(40):
                h.wfile.write(b"<p>slow</p>")
                h.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    def huge_declared(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(50 * 1024 * 1024))
        h.end_headers()
        with suppress(OSError):
            h.wfile.write(b"<p>" + b"x" * 65536)

    def huge_chunked(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        chunk = b"<p>" + b"word " * 13000 + b"</p>"
        try:
            for _ in range(1000):  # ~65 MB if nobody stops reading
                h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        except OSError:
            pass

    def reset(h: http.server.BaseHTTPRequestHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        h.connection.close()
        h.close_connection = True

    def cut_short(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "5000")
        h.end_headers()
        h.wfile.write(b"<html><body><p>only the start")
        h.wfile.flush()
        h.connection.shutdown(socket.SHUT_RDWR)
        h.close_connection = True

    server.routes["/slow"] = slow
    server.routes["/drip"] = drip
    server.routes["/huge"] = huge_declared
    server.routes["/huge-chunked"] = huge_chunked
    server.routes["/reset"] = reset
    server.routes["/cut-short"] = cut_short


@contextmanager
def serving(tls: ssl.SSLContext | None = None) -> Iterator[LoopbackServer]:
    server = LoopbackServer(tls)
    standard_routes(server)
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
