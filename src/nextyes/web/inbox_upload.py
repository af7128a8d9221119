"""Mail arriving over the web: uploads saved to a temporary folder and read by the same
readers as `nextyes inbox import`, an IMAP import with a password used once, and the small
words the Import and Review pages share with the API.

An upload is copied in chunks (Starlette has already spooled it to disk, never to memory)
into a private temporary folder, counted against MAX_UPLOAD_BYTES, then read by
mail.readers.read_mbox or read_eml_folder, exactly as the command line reads a file or a
folder. The first message is read before any work, so a file that is not an mbox is one
clear line and nothing changes. The import runs in this process (`parallel=False`): a web
request must not fork helper processes from a server with open connections and threads."""

import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from rapidfuzz import fuzz

from nextyes.domain.applications import Application
from nextyes.domain.errors import InvalidInput
from nextyes.domain.inbox import ReviewItem, normal
from nextyes.domain.stages import FINAL
from nextyes.mail.readers import (
    MailConnectError,
    MailSourceError,
    RawMessage,
    read_eml_folder,
    read_imap,
    read_mbox,
)
from nextyes.services import inbox as service
from nextyes.services.addresses import public_address
from nextyes.services.pipeline import recent_applications
from nextyes.services.workspace import Workspace

MAX_UPLOAD_BYTES = 200 * 1024 * 1024  # one upload, all its files together
COPY_CHUNK = 1024 * 1024
IMAP_TIMEOUT = 30.0  # seconds: a page should not wait a minute for a server that is gone
NOT_CONNECTED = (
    "could not connect to that mail server and log in: check its address and port (your"
    " provider's IMAP settings), your user name and your password (often an app password)"
)
NAME_LIMIT = 80
Format = Literal["mbox", "eml"]
_UNSAFE = re.compile(r"[^\w.\- ]+")


class UploadTooLarge(InvalidInput):
    """More than MAX_UPLOAD_BYTES: refused (413) before anything is imported."""


class Upload(Protocol):
    """What the readers need of an uploaded file: its name and its bytes, read in chunks.
    (Starlette's UploadFile fits; tests may pass anything with these two attributes.)"""

    filename: str | None
    file: BinaryIO


def size_words(size: int) -> str:
    mb = 1024 * 1024
    return f"{size // mb:,} MB" if size >= mb else f"{size:,} bytes"


def too_large_message() -> str:
    return (
        f"that upload is larger than {size_words(MAX_UPLOAD_BYTES)}; export a"
        " smaller part of your mail (one folder, or a date range) and import it in pieces"
    )


def check_declared_size(content_length: str | None) -> None:
    """Refuse at once when the request says it is far too big (the copy counts anyway)."""
    try:
        declared = int(content_length or 0)
    except ValueError:
        return
    if declared > MAX_UPLOAD_BYTES + 1024 * 1024:  # room for the form's own fields
        raise UploadTooLarge(too_large_message())


@contextmanager
def scratch() -> Iterator[Path]:
    """A private temporary folder, removed afterwards whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="nextyes-import-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def lasting_scratch() -> tuple[Path, Callable[[], None]]:
    """A private temporary folder that outlives the request (a background import reads it),
    and what removes it."""
    folder = Path(tempfile.mkdtemp(prefix="nextyes-import-"))
    return folder, lambda: shutil.rmtree(folder, ignore_errors=True)


def chosen(files: Sequence[Upload] | None) -> list[Upload]:
    """The files actually chosen: a form sent with an empty file box carries one nameless,
    empty part."""
    return [f for f in files or [] if f.filename]


def guess_format(files: Sequence[Upload]) -> Format:
    names = [(f.filename or "").lower() for f in files]
    return "eml" if names and all(n.endswith(".eml") for n in names) else "mbox"


def messages_from(files: Sequence[Upload], kind: Format, folder: Path) -> Iterable[RawMessage]:
    """The uploaded mail as the readers give it; InvalidInput (one line) for a missing,
    oversized or unreadable upload, before anything is imported."""
    files = chosen(files)
    if not files:
        what = "an mbox file" if kind == "mbox" else "one or more .eml files"
        raise InvalidInput(f"choose {what} to import first")
    budget = [MAX_UPLOAD_BYTES]
    if kind == "mbox":
        if len(files) > 1:
            raise InvalidInput("choose one mbox file at a time (or use .eml files for several)")
        path = folder / safe_name(files[0].filename, "mailbox.mbox")
        _copy(files[0], path, budget)
        return _checked(read_mbox(path))
    inside = folder / "eml"
    inside.mkdir()
    taken: set[str] = set()
    for upload in files:
        name = safe_name(upload.filename, "message.eml")
        if not name.lower().endswith(".eml"):
            raise InvalidInput(
                f"{name} is not an .eml file; choose .eml files here, or import a mailbox"
                " with the mbox form"
            )
        _copy(upload, inside / _unique(name, taken), budget)
    return _checked(read_eml_folder(inside))


def safe_name(name: str | None, fallback: str) -> str:
    """A file name that is only a name: no folders, no odd characters, not too long."""
    base = re.split(r"[\\/]", name or "")[-1]
    clean = _UNSAFE.sub("_", base).strip(" ._")
    if not clean:
        return fallback
    if len(clean) > NAME_LIMIT:
        _stem, dot, suffix = clean.rpartition(".")
        keep = f".{suffix}" if dot and len(suffix) <= 8 else ""
        clean = clean[: NAME_LIMIT - len(keep)] + keep
    return clean


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        stem, _, suffix = name.rpartition(".")
        candidate = f"{stem} ({n}).{suffix}"
    taken.add(candidate.lower())
    return candidate


def _copy(upload: Upload, path: Path, budget: list[int]) -> None:
    upload.file.seek(0)
    with path.open("wb") as out:
        while chunk := upload.file.read(COPY_CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise UploadTooLarge(too_large_message())
            out.write(chunk)


def _checked(messages: Iterator[RawMessage]) -> Iterable[RawMessage]:
    """Read the first message now, so a source that cannot be read fails before any work."""
    first = next(messages, None)
    return _again(first, messages)


def _again(first: RawMessage | None, rest: Iterator[RawMessage]) -> Iterator[RawMessage]:
    if first is None:
        return
    yield first
    yield from rest


def run_import(
    ws: Workspace, messages: Iterable[RawMessage], own_addresses: Sequence[str] = ()
) -> service.ImportSummary:
    """The same import as the command line's, in this process (see the module's notes).
    `own_addresses`: the IMAP login, when it is an address (the person's own mail is left
    alone)."""
    return service.import_messages(ws, messages, parallel=False, own_addresses=own_addresses)


# --- IMAP ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImapForm:
    """What the IMAP form holds, except the password (never kept, never shown again)."""

    host: str = ""
    port: str = "993"
    user: str = ""
    folder: str = "INBOX"
    since: str = ""

    def checked(self) -> tuple[str, int, str, str, date | None]:
        host, user, folder = self.host.strip(), self.user.strip(), self.folder.strip()
        if not host:
            raise InvalidInput("host: name your mail server, e.g. imap.example.org")
        if any(c.isspace() for c in host) or len(host) > 253:
            raise InvalidInput(f"host: {host[:60]!r} is not a server name")
        try:
            port = int(self.port.strip() or "993")
        except ValueError:
            raise InvalidInput(f"port must be a whole number, got {self.port[:20]!r}") from None
        if not 1 <= port <= 65535:
            raise InvalidInput(f"port must be from 1 to 65535, got {port}")
        if not user:
            raise InvalidInput("user: give your login on that server")
        since = None
        if self.since.strip():
            try:
                since = date.fromisoformat(self.since.strip())
            except ValueError:
                raise InvalidInput(
                    f"since must be a date like 2026-01-01; you wrote {self.since[:40]!r}"
                ) from None
        return host, port, user, folder or "INBOX", since


def imap_messages(form: ImapForm, password: str, hosted: bool = False) -> Iterable[RawMessage]:
    """Connect and log in now (so a bad host or a refused login fails before any work).

    Hosted mode runs on a server among other machines: the form must not become a way to
    knock on them. Only public addresses are tried, and every failure to connect or log in
    reads the same, so the answer says nothing about which ports are open."""
    host, port, user, folder, since = form.checked()
    if not password:
        raise InvalidInput("password: type the password (or app password) for this mailbox")
    if hosted and not public_address(host, port):
        raise MailConnectError(NOT_CONNECTED)
    messages = read_imap(
        host, user, password, port=port, folder=folder, since=since, timeout=IMAP_TIMEOUT
    )
    try:
        return _checked(messages)
    except MailConnectError:
        if hosted:
            raise MailConnectError(NOT_CONNECTED) from None
        raise


# --- review --------------------------------------------------------------------------------


def excerpt(text: str, limit: int = 280) -> str:
    """The start of a message on one line, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def likely_applications(
    item: ReviewItem,
    suggested: Application | None,
    recent: Sequence[Application],
    limit: int = 6,
) -> list[Application]:
    """A short list to choose from when correcting: the suggestion first, then the
    applications whose company looks most like the message's, open ones before closed."""
    clues = [c for c in (item.company, item.sender_name, item.subject) if c]
    domain = item.sender.rpartition("@")[2].split(".")
    clues.extend(part for part in domain if len(part) > 3)

    def score(application: Application) -> tuple[float, bool]:
        name = normal(application.company)
        best = max((fuzz.partial_ratio(name, normal(clue)) for clue in clues if name), default=0.0)
        return best, application.stage not in FINAL

    ranked = sorted(
        (a for a in recent if suggested is None or a.id != suggested.id),
        key=score,
        reverse=True,
    )
    found = [suggested] if suggested is not None else []
    return found + ranked[: limit - len(found)]


def likely_for(
    ws: Workspace, entries: Sequence[service.ReviewEntry]
) -> dict[int, list[Application]]:
    recent = recent_applications(ws, limit=200)
    return {e.item.id: likely_applications(e.item, e.application, recent) for e in entries}


__all__ = [
    "MAX_UPLOAD_BYTES",
    "ImapForm",
    "MailSourceError",
    "UploadTooLarge",
    "check_declared_size",
    "excerpt",
    "guess_format",
    "imap_messages",
    "likely_for",
    "messages_from",
    "run_import",
    "scratch",
]
