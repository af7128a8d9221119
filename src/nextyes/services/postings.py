"""Starting an application from a job posting: a link, a saved page, or what the
bookmarklet sends. Reading writes nothing; the person looks at what was found and saves it
(services/applications.add_application), so a wrong reading is never stored unseen."""

from dataclasses import dataclass, replace
from pathlib import Path

from nextyes.domain.errors import InvalidInput
from nextyes.postings.proposal import Proposal, propose
from nextyes.services.applications import SimilarApplication, similar_applications
from nextyes.services.posting_fetch import MAX_BYTES, TIMEOUT, PostingUnavailable, fetch_page
from nextyes.services.workspace import Workspace

# What a pasted page or a bookmarklet may send: a saved page is rarely over a few MB.
MAX_PASTED_CHARS = MAX_BYTES


@dataclass(frozen=True)
class PostingPreview:
    proposal: Proposal
    similar: list[SimilarApplication]  # applications that look like this posting already

    @property
    def complete(self) -> bool:
        """Has it what an application needs (a company and a role)?"""
        return bool(self.proposal.company and self.proposal.role)


def looks_like_address(text: str) -> bool:
    stripped = text.strip()
    return stripped.lower().startswith(("http://", "https://")) and not any(
        c.isspace() for c in stripped
    )


def preview_page(ws: Workspace, page: str | bytes, url: str | None = None) -> PostingPreview:
    """What a posting's page (saved, pasted or fetched) says, as an application to save,
    with the applications that look like it. PostingUnavailable when it is not a posting."""
    from nextyes.postings.reader import read_posting  # extruct takes a third of a second

    if not page or (isinstance(page, str) and not page.strip()):
        raise PostingUnavailable("the page is empty: paste the posting's address or its page")
    if len(page) > MAX_PASTED_CHARS:
        raise PostingUnavailable(
            f"that page is over {MAX_BYTES // (1024 * 1024)} MB, far more than a posting;"
            " paste its address instead"
        )
    if isinstance(page, bytes) and not _looks_like_markup(page):
        raise PostingUnavailable(
            "that file is not a web page; save the posting from your browser as"
            " 'Web page, HTML only' and try again"
        )
    read = read_posting(page, url)
    if not read.is_posting and not read.closed and not (read.title or read.company):
        raise PostingUnavailable(
            "that page does not look like a job posting (no job title or employer on it);"
            " type the company and role instead"
        )
    proposal = propose(read, ws.clock.today())
    similar = (
        similar_applications(ws, proposal.company, proposal.role, link=proposal.link)
        if proposal.company or proposal.link
        else []
    )
    return PostingPreview(proposal, similar)


def preview_address(
    ws: Workspace, url: str, hosted: bool = False, timeout: float = TIMEOUT
) -> PostingPreview:
    """Fetch the posting at `url` (the one request to another site NextYes makes, and only
    because the person asked), then read it."""
    fetched = fetch_page(url, hosted=hosted, timeout=timeout)
    page = _decoded(fetched.body, fetched.charset)
    preview = preview_page(ws, page, fetched.url)
    if preview.proposal.link is None:
        # The page names no address of its own: the one asked for is the posting's. (Its
        # tracking parameters are set aside when postings are compared, not here: the
        # canonical form is for comparing, and may not open.)
        proposal = replace(preview.proposal, link=url.strip())
        preview = PostingPreview(proposal, preview.similar)
    return preview


def preview_file(ws: Workspace, path: Path) -> PostingPreview:
    """A posting saved from the browser ("Save page as")."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PostingUnavailable(
                f"{path.name} is over {MAX_BYTES // (1024 * 1024)} MB, far more than a posting"
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder; give the saved page's file") from None
    except FileNotFoundError:
        raise InvalidInput(f"there is no file {path}") from None
    except PermissionError:
        raise InvalidInput(f"{path} cannot be read (no permission)") from None
    return preview_page(ws, data)


def _looks_like_markup(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and b"\x00" not in head


def _decoded(body: bytes, charset: str | None) -> str | bytes:
    """Text when the server named a charset it can be read in; otherwise the bytes, for the
    reader to decode by the page's own <meta charset>."""
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return body
    return body
