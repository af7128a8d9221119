"""A real HTTP server on 127.0.0.1 standing in for a job board, for the tests that fetch a
posting: pages, redirects, a server that is too slow, one that sends far too much, files
that are not web pages."""

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    stream: Callable[[BaseHTTPRequestHandler], None] | None = None  # writes the body itself


@dataclass
class PostingServer:
    origin: str
    answers: dict[str, Answer]
    seen: list[dict[str, str]]  # the request headers of each request, in order

    def url(self, path: str) -> str:
        return self.origin + path


# HTML-escaped HTML inside the JSON-LD, as many applicant-tracking systems send it.
DESCRIPTION = (
    "&lt;p&gt;Help our clinics see their data.&lt;/p&gt;"
    "&lt;ul&gt;&lt;li&gt;SQL and Python&lt;/li&gt;&lt;/ul&gt;"
)


def posting_page(title: str, company: str, extra: str = "", url: str | None = None) -> bytes:
    """A small posting page with schema.org JobPosting JSON-LD, the commonest shape."""
    own = f', "url": "{url}"' if url else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} - {company} - Careers</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "JobPosting",
 "title": "{title}", "hiringOrganization": {{"@type": "Organization", "name": "{company}"}},
 "jobLocation": {{"@type": "Place", "address": {{"@type": "PostalAddress",
   "addressLocality": "Leeds", "addressCountry": "GB"}}}},
 "datePosted": "2026-11-20", "employmentType": "FULL_TIME",
 "baseSalary": {{"@type": "MonetaryAmount", "currency": "GBP",
   "value": {{"@type": "QuantitativeValue", "minValue": 38000, "maxValue": 44000,
   "unitText": "YEAR"}}}},
 "description": "{DESCRIPTION}"{own}}}
</script></head><body><h1>{title}</h1><p>{company}, Leeds</p>{extra}</body></html>""".encode()


def slow(seconds: float) -> Callable[[BaseHTTPRequestHandler], None]:
    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"<html><head><title>")
        handler.wfile.flush()
        time.sleep(seconds)
        handler.wfile.write(b"late</title></head></html>")

    return write


def endless(chunk: int = 1024 * 1024) -> Callable[[BaseHTTPRequestHandler], None]:
    """Keeps sending (50 MB at most), with no Content-Length to warn of it."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        try:
            for _ in range(50):
                handler.wfile.write(block)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the reader stopped, as it should

    return write


@contextmanager
def posting_server(answers: dict[str, Answer]) -> Iterator[PostingServer]:
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers.items()))
            answer = answers.get(self.path.split("?")[0])
            if answer is None:
                answer = Answer(404, b"<html><title>Not found</title></html>")
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            if answer.stream is None:
                self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if answer.stream is not None:
                answer.stream(self)
            else:
                self.wfile.write(answer.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet tests

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield PostingServer(f"http://127.0.0.1:{server.server_address[1]}", answers, seen)
    finally:
        server.shutdown()
        server.server_close()
