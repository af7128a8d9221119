"""Account emails over real SMTP (aiosmtpd on 127.0.0.1): open sign-up and password reset,
followed from the mailed link as a person would, and the same page whatever the address."""

import re
import socket
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from fastapi import FastAPI

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.accounts import Accounts
from nextyes.web.app import create_app
from tests.hosted.conftest import PASSWORD, SECRET, browser, post_form, without_tokens

LINK = re.compile(r"https://nextyes\.example\.org(/(?:signup|reset)/[A-Za-z0-9_-]+)")


class Inbox:
    """What the SMTP server received."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.messages.append(message_from_bytes(envelope.content))  # type: ignore[attr-defined]
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if m["To"] == address]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler, port = Inbox(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture
def open_app(
    hosted_url: str, tmp_path: Path, inbox: tuple[Inbox, int], hosted_clock: FixedClock
) -> Iterator[FastAPI]:
    settings = Settings(
        home=tmp_path,
        mode="hosted",
        signup="open",
        database_url=hosted_url,
        secret_key=SECRET,
        public_url="https://nextyes.example.org",
        smtp_host="127.0.0.1",
        smtp_port=inbox[1],
        smtp_starttls=False,
        smtp_from="Career Centre <noreply@centre.example.org>",
    )
    app = create_app(settings, clock=hosted_clock)
    yield app
    app.state.workspace.db.dispose()


def link_in(message: Message) -> str:
    body = message.get_payload(decode=True)
    assert isinstance(body, bytes)
    found = LINK.search(body.decode())
    assert found, body
    return found.group(1)


def test_open_sign_up_mails_a_link_that_makes_the_account(
    open_app: FastAPI, inbox: tuple[Inbox, int]
) -> None:
    mail, _ = inbox
    client = browser(open_app)
    asked = post_form(client, "/signup", {"email": "Nia@Example.org"})
    assert asked.status_code == 200
    assert "We have sent an email to" in asked.text
    [message] = mail.to("nia@example.org")
    assert message["From"] == "Career Centre <noreply@centre.example.org>"
    path = link_in(message)
    made = post_form(client, path, {"password": PASSWORD, "repeat": PASSWORD})
    assert made.status_code == 303
    assert client.get("/today").status_code == 200


def test_open_sign_up_says_the_same_for_an_address_with_an_account(
    open_app: FastAPI, inbox: tuple[Inbox, int]
) -> None:
    mail, _ = inbox
    accounts: Accounts = open_app.state.accounts
    accounts.accept_invite(accounts.invite("oli@example.org"), PASSWORD)
    pages = []
    for email in ("oli@example.org", "new@example.org"):
        answer = post_form(browser(open_app), "/signup", {"email": email})
        assert answer.status_code == 200
        pages.append(without_tokens(answer.text).replace(email, "X"))
    assert pages[0] == pages[1]
    [known] = mail.to("oli@example.org")
    assert "already" in known["Subject"]
    assert "/signup/" not in str(known.get_payload())
    [fresh] = mail.to("new@example.org")
    assert "/signup/" in link_in(fresh)


def test_a_mailed_reset_link_sets_a_new_password(
    open_app: FastAPI, inbox: tuple[Inbox, int]
) -> None:
    mail, _ = inbox
    accounts: Accounts = open_app.state.accounts
    accounts.accept_invite(accounts.invite("pia@example.org"), PASSWORD)
    client = browser(open_app)
    post_form(client, "/reset", {"email": "pia@example.org"})
    post_form(client, "/reset", {"email": "nobody@example.org"})
    assert mail.to("nobody@example.org") == []
    [message] = mail.to("pia@example.org")
    new = "ember canyon saffron road"
    done = post_form(client, link_in(message), {"password": new, "repeat": new})
    assert done.status_code == 303
    signed = post_form(client, "/signin", {"email": "pia@example.org", "password": new})
    assert signed.status_code == 303


def test_invite_only_refuses_open_sign_up(hosted_app: FastAPI) -> None:
    client = browser(hosted_app)
    page = client.get("/signup")
    assert "by invitation" in page.text
    assert 'action="/signup"' not in page.text
    assert (
        post_form(client, "/signup", {"email": "q@example.org"}, page="/signin").status_code == 403
    )
