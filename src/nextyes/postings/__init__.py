"""Job-posting pages: what a saved or fetched posting says (read_posting), and one address
per posting to spot the same job twice (canonical_url, same_posting_url).

Pure functions: no network, no files. The names load on first use, and extruct and lxml
only when a page is read: code that needs canonical_url alone (duplicate checks on every
save) pays for nothing else."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nextyes.postings.canonical import TRACKING_PARAMETERS, canonical_url, same_posting_url
    from nextyes.postings.reader import MAIN_FIELDS, PostingRead, read_posting
    from nextyes.postings.text import html_to_text

_HOMES = {
    "TRACKING_PARAMETERS": "canonical",
    "canonical_url": "canonical",
    "same_posting_url": "canonical",
    "MAIN_FIELDS": "reader",
    "PostingRead": "reader",
    "read_posting": "reader",
    "html_to_text": "text",
}

__all__ = [
    "MAIN_FIELDS",
    "TRACKING_PARAMETERS",
    "PostingRead",
    "canonical_url",
    "html_to_text",
    "read_posting",
    "same_posting_url",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
