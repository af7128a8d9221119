"""Fetching one job posting's page: the only request NextYes makes to another site, and
only when the person asks (`nextyes add --from URL`, or a link pasted on the Add page).

Bounded on every side, because the other end is a stranger: a timeout for the whole read
(not only per packet: a server that drips one byte a second would otherwise hold a thread
for ever), a size cap, at most a few redirects, and web pages only. In hosted mode every
address on the way, redirects included, must be on the public internet, so the form cannot
be used to look inside the network the server runs in."""

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from nextyes import __version__
from nextyes.domain.errors import InvalidInput
from nextyes.services.addresses import public_address

TIMEOUT = 15.0  # seconds for the whole fetch: connecting, redirects and reading
MAX_BYTES = 5 * 1024 * 1024  # a posting is tens of kilobytes; the heaviest boards, a few MB
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = f"NextYes/{__version__} (a job-search tracker reading one posting its user asked for)"
WEB_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class PostingUnavailable(InvalidInput):
    """The posting's page could not be read: the line says why and what to do instead."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "source")


@dataclass(frozen=True)
class FetchedPage:
    url: str  # where the page was in the end, after redirects
    body: bytes
    charset: str | None  # from the Content-Type header, when the server names one


def check_address(url: str, hosted: bool) -> str:
    """The URL, if it is one NextYes may fetch; otherwise PostingUnavailable."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PostingUnavailable(
            f"{_short(url)} is not a web address: it should start with https://"
        )
    if hosted:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        if not public_address(parts.hostname, port):
            raise PostingUnavailable(
                f"{parts.hostname} is not an address on the public internet, so NextYes"
                " cannot fetch it here; save the page from your browser and paste it instead"
            )
    return url.strip()


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self, hosted: bool) -> None:
        self.hosted = hosted

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        check_address(newurl, self.hosted)  # every hop, not just the first address
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_page(
    url: str, hosted: bool = False, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES
) -> FetchedPage:
    """The page at `url`, or PostingUnavailable with one line that names the problem."""
    address = check_address(url, hosted)
    host = urlsplit(address).hostname or address
    opener = urllib.request.build_opener(_CheckedRedirects(hosted))
    request = urllib.request.Request(
        address, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in WEB_PAGE_TYPES:
                raise PostingUnavailable(
                    f"{host} sent a {kind} file, not a web page; open the posting in your"
                    " browser and paste its address or the page itself"
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise PostingUnavailable(_too_big(host, max_bytes))
            body = _read_bounded(response, host, deadline, max_bytes)
            return FetchedPage(response.geturl(), body, response.headers.get_content_charset())
    except PostingUnavailable:
        raise
    except urllib.error.HTTPError as answer:
        answer.close()  # it holds the connection open
        raise PostingUnavailable(_refused(host, answer.code)) from None
    except (TimeoutError, urllib.error.URLError, OSError, ValueError) as trouble:
        reason = getattr(trouble, "reason", trouble)
        if isinstance(reason, PostingUnavailable):  # raised inside a redirect
            raise reason from None
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise PostingUnavailable(
                f"{host} did not answer within {timeout:g} seconds; try again later, or save"
                " the page from your browser and paste it"
            ) from None
        raise PostingUnavailable(
            f"could not reach {host} ({_plain(reason)}); check the address, or save the page"
            " from your browser and paste it"
        ) from None


def _read_bounded(response: IO[bytes], host: str, deadline: float, max_bytes: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := response.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise PostingUnavailable(_too_big(host, max_bytes))
        if time.monotonic() > deadline:
            raise PostingUnavailable(
                f"{host} sent the page too slowly; save it from your browser and paste it"
            )
        parts.append(chunk)
    return b"".join(parts)


def _too_big(host: str, max_bytes: int) -> str:
    return (
        f"the page at {host} is over {max_bytes // (1024 * 1024)} MB, far more than a posting;"
        " save it from your browser and paste it, or type the details"
    )


def _refused(host: str, code: int) -> str:
    if code in (401, 403):
        why = "it needs you to be signed in, or turns away programs"
        return f"{host} would not show the page ({code}: {why}); use the bookmarklet or paste it"
    if code in (404, 410):
        return f"{host} has no page there ({code}): the posting may have been taken down"
    return f"{host} answered {code} instead of the page; try again later, or paste the page"


def _plain(reason: object) -> str:
    text = str(reason)
    return text.removeprefix("<urlopen error ").removesuffix(">") or type(reason).__name__


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "…")
