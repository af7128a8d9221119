"""Where raw messages come from: an mbox file, a folder of .eml files, an IMAP folder.

Each reader is a generator of RawMessage, one message at a time, so memory stays flat
whatever the mailbox size; the position names the message in an error report (never its
content). Problems with the source itself (no such file, not an mbox, a login refused)
raise MailSourceError before or while reading; a bad single message is the parser's
business, not the reader's."""

import contextlib
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from nextyes.domain.errors import InvalidInput

IMAP_BATCH = 50  # messages fetched per IMAP round trip: few round trips, little memory


class MailSourceError(InvalidInput):
    """The mailbox itself cannot be read; the message names the problem, never a password."""


class MailConnectError(MailSourceError):
    """The mail server could not be reached, spoken to securely, or logged in to."""


@dataclass(frozen=True)
class RawMessage:
    position: str  # "message 17 (line 2,041)", "offer.eml", "UID 5012"
    data: bytes


def read_mbox(path: Path) -> Iterator[RawMessage]:
    """The messages of an mbox file, split on "From " lines that follow a blank line."""
    _check_file(path)
    with path.open("rb") as stream:
        first = stream.readline()
        while first and not first.strip():
            first = stream.readline()
        if not first:
            return  # an empty file is an empty mailbox
        if not first.startswith(b"From "):
            raise MailSourceError(f"{path.name} is not an mbox file (it should start with 'From ')")
        lines: list[bytes] = []
        number, start, line_no, blank_before = 1, 1, 1, False
        for line in stream:
            line_no += 1
            if blank_before and line.startswith(b"From "):
                yield RawMessage(f"message {number:,} (line {start:,})", _mbox_body(lines))
                lines = []
                number, start = number + 1, line_no
            else:
                lines.append(line)
            blank_before = not line.strip()
        if lines or number == 1:
            yield RawMessage(f"message {number:,} (line {start:,})", _mbox_body(lines))


def _mbox_body(lines: list[bytes]) -> bytes:
    if lines and not lines[-1].strip():
        lines.pop()  # the blank line that separates it from the next message
    data = b"".join(lines)
    if b">From " in data:  # mboxrd escapes body lines that start with "From ": unescape one ">"
        data = _ESCAPED_FROM.sub(rb"\1From ", data)
    return data


_ESCAPED_FROM = re.compile(rb"^>(>*)From ", re.MULTILINE)


def read_eml_folder(folder: Path) -> Iterator[RawMessage]:
    """Every .eml file in a folder and its subfolders, in name order."""
    if not folder.exists():
        raise MailSourceError(f"no such folder: {folder}")
    if not folder.is_dir():
        raise MailSourceError(f"{folder} is not a folder")
    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".eml" and p.is_file())
    if not paths:
        raise MailSourceError(f"no .eml files in {folder}")
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as problem:
            data = b""  # reported by the parser as an empty message, with this position
            position = f"{path.relative_to(folder)} (unreadable: {problem.strerror})"
            yield RawMessage(position, data)
            continue
        yield RawMessage(str(path.relative_to(folder)), data)


def read_imap(
    host: str,
    user: str,
    password: str,
    port: int = 993,
    folder: str = "INBOX",
    since: date | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 60.0,
) -> Iterator[RawMessage]:
    """The messages of one IMAP folder over SSL (since a date, if given), read in small
    batches without marking anything as read."""
    # imap-tools is imported only by an IMAP import, so other commands start fast.
    from imap_tools import AND, MailBox, MailMessage
    from imap_tools.errors import MailboxFolderSelectError, MailboxLoginError

    class Fetched(MailMessage):
        """Keeps the raw bytes; imap-tools' own parse (compat32) would be wasted work."""

        def __init__(self, fetch_data: list[Any]) -> None:
            raw, uid_data, flag_data = self._get_message_data_parts(fetch_data)
            self._raw_uid_data = uid_data
            self._raw_flag_data = flag_data
            self.raw: bytes = raw

    context = ssl_context or ssl.create_default_context()
    try:
        mailbox = MailBox(host, port, timeout=timeout, ssl_context=context)
    except ssl.SSLError as problem:
        raise MailConnectError(
            f"cannot open a secure connection to {host}:{port}: {problem.reason}"
        ) from None
    except OSError as problem:
        reason = problem.strerror or type(problem).__name__
        raise MailConnectError(f"cannot reach {host}:{port}: {reason}") from None
    try:
        try:
            mailbox.login(user, password, initial_folder=None)
        except MailboxLoginError:
            raise MailConnectError(f"the server refused the login for {user}") from None
        try:
            mailbox.folder.set(folder)
        except MailboxFolderSelectError:
            raise MailSourceError(f"there is no folder {folder!r} on {host}") from None
        mailbox.email_message_class = Fetched
        criteria = AND(date_gte=since) if since else AND(all=True)
        for fetched in mailbox.fetch(criteria, mark_seen=False, bulk=IMAP_BATCH):
            raw = fetched.raw if isinstance(fetched, Fetched) else b""
            yield RawMessage(f"UID {fetched.uid or '?'}", raw)
    finally:
        with contextlib.suppress(Exception):  # a connection already gone needs no logout
            mailbox.logout()


def _check_file(path: Path) -> None:
    if not path.exists():
        raise MailSourceError(f"no such file: {path}")
    if not path.is_file():
        raise MailSourceError(f"{path} is not a file")


def count_mbox(path: Path) -> int:
    """How many messages an mbox holds (a quick scan, for a progress bar)."""
    count, blank_before = 0, True
    with path.open("rb") as stream:
        for line in stream:
            if blank_before and line.startswith(b"From "):
                count += 1
            blank_before = not line.strip()
    return count
