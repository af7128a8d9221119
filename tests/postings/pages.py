"""The saved pages under pages/: written for these tests, employers and boards invented."""

from pathlib import Path

from nextyes.postings import PostingRead, read_posting

PAGES = Path(__file__).parent / "pages"


def page_bytes(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def read_page(name: str, url: str | None = None) -> PostingRead:
    return read_posting(page_bytes(name), url)
