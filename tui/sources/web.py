"""Fetching a URL with httpx: bounded in time, size and redirects, every failure a one-line message.

A reader that follows whatever a server sends can hang on a slow one, fill memory from a huge one or
loop on a misconfigured one. Each fetch therefore has an overall deadline (not only httpx's
per-read timeout, which a server dribbling one byte a second never trips), a byte cap checked while
streaming, and a redirect limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from tui import __version__
from tui.articles import ArticleError
from tui.sources import check_url

#: Seconds for the whole fetch: connecting, the headers and the body.
TIMEOUT = 20.0
#: Bytes accepted from a server before giving up: pages are rarely over a few MB.
MAX_BYTES = 10 * 1024 * 1024
#: Redirects followed before calling it a loop.
MAX_REDIRECTS = 8

USER_AGENT = f"newsreader/{__version__} (terminal news reader)"
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a server sent: the final URL (after redirects), its media type and charset, the body."""

    url: str
    media_type: str
    charset: str | None
    data: bytes


def _tls_problem(exc: BaseException) -> str | None:
    """The certificate complaint hidden in a connection error's chain, if that is what it is."""
    import ssl

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen.verify_message or "certificate verify failed"
        if isinstance(seen, ssl.SSLError):
            return seen.reason or str(seen)
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return "certificate verify failed" if "CERTIFICATE_VERIFY_FAILED" in text else None


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    verify: bool | str = True,
) -> Fetched:
    """GET `url` and return its body, or raise ArticleError saying in one line what went wrong."""
    check_url(url)
    import httpx

    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=httpx.Timeout(timeout),
                headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
                verify=verify,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise ArticleError(f"{url}: the server answered {response.status_code} {reason}")
            media_type = response.headers.get("content-type", "").split(";")[0]
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ArticleError(f"{url}: {_too_large(int(declared), max_bytes)}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ArticleError(f"{url}: {_too_large(size, max_bytes, at_least=True)}")
                if time.monotonic() > deadline:
                    raise ArticleError(f"{url}: timed out after {timeout:g} s")
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                media_type=media_type.strip().lower(),
                charset=response.charset_encoding,
                data=b"".join(chunks),
            )
    except httpx.TooManyRedirects:
        raise ArticleError(
            f"{url}: too many redirects (more than {max_redirects}; a redirect loop?)"
        ) from None
    except httpx.TimeoutException:
        raise ArticleError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        problem = _tls_problem(exc)
        if problem:
            raise ArticleError(f"{url}: the site's TLS certificate is not valid ({problem})") from None
        raise ArticleError(f"{url}: cannot connect ({_reason(exc)})") from None
    except (httpx.RemoteProtocolError, httpx.ReadError):
        raise ArticleError(f"{url}: the connection was closed before the page arrived") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol):
        raise ArticleError(f"{url}: is not a valid http(s) URL") from None
    except httpx.HTTPError as exc:
        raise ArticleError(f"{url}: cannot be fetched ({_reason(exc)})") from None


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return f"is {more}{size / 1024 / 1024:.1f} MB, over the {limit / 1024 / 1024:g} MB limit for one page"


def _reason(exc: BaseException) -> str:
    """The innermost message of an error chain, on one line ("Connection refused", "Name or service not known")."""
    inner: BaseException = exc
    while inner.__cause__ is not None or inner.__context__ is not None:
        inner = inner.__cause__ or inner.__context__  # type: ignore[assignment]
    text = getattr(inner, "strerror", None) or str(inner) or type(inner).__name__
    return " ".join(str(text).split())
