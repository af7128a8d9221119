"""Readers: an mbox file, a folder of .eml files, and a real IMAP server, one message at a time."""

import email
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nextyes.mail.parse import parse_message
from nextyes.mail.readers import (
    MailSourceError,
    count_mbox,
    read_eml_folder,
    read_imap,
    read_mbox,
)
from tests.imap_server import ImapServer, imap_server

MAIL = Path(__file__).parent / "fixtures" / "mail"


def test_an_mbox_is_split_into_its_messages_with_positions() -> None:
    found = list(read_mbox(MAIL / "search.mbox"))
    assert len(found) == 13 == count_mbox(MAIL / "search.mbox")
    assert found[0].position == "message 1 (line 1)"
    assert found[1].position.startswith("message 2 (line ")
    first = email.message_from_bytes(found[0].data)
    assert first["Subject"] == "Ten tomatoes to grow this spring"
    # A body line escaped as ">From " in the mbox reads "From " again.
    assert b"\nFrom seed to salad in ninety days.\n" in found[0].data
    assert not found[0].data.startswith(b"From ")  # the separator line is not the message's


def test_an_mbox_message_reads_the_same_as_its_eml_file() -> None:
    from_mbox = parse_message(list(read_mbox(MAIL / "search.mbox"))[5].data)
    from_eml = parse_message((MAIL / "eml" / "greenhouse_multipart_rejection.eml").read_bytes())
    assert from_mbox == from_eml


def test_reading_a_big_mbox_keeps_memory_flat(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    message = (MAIL / "eml" / "lever_interview.eml").read_bytes()
    with path.open("wb") as out:
        for n in range(4_000):
            out.write(b"From x Mon Mar 16 08:00:00 2026\n")
            out.write(message.replace(b"lever-551@", f"lever-{n}@".encode()) + b"\n")
    assert path.stat().st_size > 1_500_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_mbox(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 4_000
    assert peak < 200_000  # a few messages' worth, not the file's


def test_an_empty_file_is_an_empty_mailbox(tmp_path: Path) -> None:
    (tmp_path / "empty.mbox").write_bytes(b"")
    assert list(read_mbox(tmp_path / "empty.mbox")) == []


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("missing.mbox", "no such file"),
        ("not_an_mbox.txt", "is not an mbox file"),
        ("eml", "is not a file"),
    ],
)
def test_a_source_that_is_not_an_mbox_is_refused(name: str, problem: str) -> None:
    with pytest.raises(MailSourceError, match=problem):
        list(read_mbox(MAIL / name))


def test_an_eml_folder_is_read_in_name_order_including_subfolders(tmp_path: Path) -> None:
    (tmp_path / "b.eml").write_bytes(b"Subject: b\n\nb\n")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "a.EML").write_bytes(b"Subject: a\n\na\n")
    (tmp_path / "notes.txt").write_text("not mail")
    found = list(read_eml_folder(tmp_path))
    assert [r.position for r in found] == ["b.eml", "nested/a.EML"]
    assert len(list(read_eml_folder(MAIL / "eml"))) == 14


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing", "no such folder"), ("search.mbox", "is not a folder"), ("empty", "no .eml")],
)
def test_a_source_that_is_not_an_eml_folder_is_refused(
    tmp_path: Path, name: str, problem: str
) -> None:
    (tmp_path / "empty").mkdir()
    folder = MAIL / name if name == "search.mbox" else tmp_path / name
    with pytest.raises(MailSourceError, match=problem):
        list(read_eml_folder(folder))


# --- IMAP, against a real Dovecot ------------------------------------------------------------


@pytest.fixture(scope="module")
def imap() -> Iterator[ImapServer]:
    with imap_server() as server:
        for name, folder, received in (
            ("lever_interview.eml", "INBOX", datetime(2026, 3, 16, 9, tzinfo=UTC)),
            ("windows_1252.eml", "INBOX", datetime(2026, 3, 13, 15, tzinfo=UTC)),
            ("linkedin_application_sent.eml", "INBOX", datetime(2026, 1, 5, 9, tzinfo=UTC)),
            ("greenhouse_multipart_rejection.eml", "Jobs", datetime(2026, 3, 11, tzinfo=UTC)),
        ):
            server.append(folder, (MAIL / "eml" / name).read_bytes(), received)
        yield server


def test_imap_reads_every_message_of_the_folder_over_ssl(imap: ImapServer) -> None:
    found = list(read_imap(imap.host, imap.user, imap.password, port=imap.port,
                           ssl_context=imap.context()))  # fmt: skip
    assert [r.position for r in found] == ["UID 1", "UID 2", "UID 3"]
    subjects = {parse_message(r.data).subject for r in found}
    assert subjects == {
        "Acme Robotics - let's schedule your interview",
        "Next steps - take-home assessment",
        "Sam, your application was sent to Halcyon Media",
    }
    # Reading marks nothing as read: the next import sees the same mailbox.
    again = list(read_imap(imap.host, imap.user, imap.password, port=imap.port,
                           ssl_context=imap.context()))  # fmt: skip
    assert [r.data for r in again] == [r.data for r in found]


def test_imap_reads_another_folder_and_only_since_a_date(imap: ImapServer) -> None:
    jobs = list(read_imap(imap.host, imap.user, imap.password, port=imap.port, folder="Jobs",
                          ssl_context=imap.context()))  # fmt: skip
    assert [parse_message(r.data).subject for r in jobs] == ["Your application to Lumen Health"]
    recent = list(read_imap(imap.host, imap.user, imap.password, port=imap.port,
                            since=date(2026, 3, 1), ssl_context=imap.context()))  # fmt: skip
    assert len(recent) == 2  # the January message is left out


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"password": "wrong"}, "refused the login for sam"),
        ({"folder": "Nope"}, "no folder 'Nope'"),
        ({"context": None}, "cannot open a secure connection"),  # a self-signed certificate
        ({"port": 1}, "cannot reach 127.0.0.1:1"),
    ],
)
def test_imap_problems_are_named_without_the_password(
    imap: ImapServer, change: dict[str, object], problem: str
) -> None:
    password = str(change.get("password", imap.password))
    with pytest.raises(MailSourceError, match=problem) as raised:
        list(
            read_imap(
                imap.host,
                imap.user,
                password,
                port=int(str(change.get("port", imap.port))),
                folder=str(change.get("folder", "INBOX")),
                ssl_context=imap.context() if "context" not in change else None,
                timeout=10,
            )
        )
    assert password not in str(raised.value)
