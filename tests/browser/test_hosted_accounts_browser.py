"""Hosted mode in a real Chromium against the real server (`nextyes serve` with
NEXTYES_MODE=hosted on a throwaway PostgreSQL database): an invitation made with
`nextyes admin invite` is opened, a password chosen, the person lands on Today; they sign
out and in again, see where they are signed in, and sign out everywhere. At 360 and 1280 px,
with screenshots in test-output/screenshots/."""

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import Page

from tests.browser.conftest import (
    HOST,
    Server,
    Watched,
    assert_calm_network,
    free_port,
    screenshot,
    visit,
    wait_until_healthy,
)
from tests.conftest import throwaway_postgres
from tests.hosted.test_account_mail import Inbox

SECRET = "s" * 40
PASSWORD = "copper lantern morning tide"
SCRIPT = Path(sys.executable).parent / "nextyes"


@pytest.fixture(scope="module")
def mailbox() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server on 127.0.0.1 for the app's account emails."""
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname=HOST, port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture(scope="module")
def hosted_server(
    chromium_path: Path, tmp_path_factory: pytest.TempPathFactory, mailbox: tuple[Inbox, int]
) -> Iterator[tuple[Server, dict[str, str]]]:
    home = tmp_path_factory.mktemp("hosted-home")
    log = home / "server.log"
    port = free_port()
    with throwaway_postgres("nextyes_browser") as url:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
        env.update(
            NEXTYES_HOME=str(home),
            NEXTYES_MODE="hosted",
            NEXTYES_DATABASE_URL=url,
            NEXTYES_SECRET_KEY=SECRET,
            NEXTYES_PUBLIC_URL=f"http://{HOST}:{port}",
            NEXTYES_SIGNUP="open",
            NEXTYES_SMTP_HOST=HOST,
            NEXTYES_SMTP_PORT=str(mailbox[1]),
            NEXTYES_SMTP_STARTTLS="0",
        )
        command = [str(SCRIPT), "serve", "--port", str(port)]
        with log.open("wb") as output:
            process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            base = f"http://{HOST}:{port}"
            wait_until_healthy(base, process, log)
            yield Server(base, log), env
        finally:
            process.terminate()
            process.wait(timeout=10)


def invite(env: dict[str, str], email: str) -> str:
    done = subprocess.run(
        [str(SCRIPT), "admin", "invite", email],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = re.search(r"https?://\S+/signup/\S+", done.stdout)
    assert found, done.stdout
    return found.group(0)


@pytest.mark.parametrize(("width", "height"), [(360, 780), (1280, 900)])
def test_an_invited_person_signs_up_in_and_out(
    hosted_server: tuple[Server, dict[str, str]],
    open_page: Callable[[int, int], Watched],
    width: int,
    height: int,
) -> None:
    server, env = hosted_server
    email = f"river{width}@example.org"
    link = invite(env, email)
    watched = open_page(width, height)
    page = watched.page

    visit(watched, server, "/today")
    assert page.url.startswith(f"{server.base_url}/signin")
    screenshot(page, f"hosted-signin-{width}")

    page.goto(link)
    assert page.locator("h1").inner_text() == "Choose your password"
    assert email in page.locator("main").inner_text()
    page.fill("#f-password", "too short")
    page.fill("#f-repeat", "too short")
    page.click("button[type=submit]")
    assert "at least 12 characters" in page.locator(".error-summary").inner_text()
    screenshot(page, f"hosted-signup-error-{width}")
    page.fill("#f-password", PASSWORD)
    page.fill("#f-repeat", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.base_url}/today")
    screenshot(page, f"hosted-today-{width}")

    page.goto(f"{server.base_url}/account")
    assert email in page.locator("main").inner_text()
    assert "Chrome on Linux (this one)" in page.locator(".sessions").inner_text()
    screenshot(page, f"hosted-account-{width}")

    page.locator("form.signout button").click()
    page.wait_for_url(re.compile(r".*/signin.*"))
    assert "You are signed out" in page.locator(".flash").inner_text()
    page.goto(f"{server.base_url}/pipeline")
    assert "/signin" in page.url

    page.fill("#f-email", email.upper())
    page.fill("#f-password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.base_url}/pipeline")
    page.goto(f"{server.base_url}/account")
    page.get_by_role("button", name="Sign out everywhere").click()
    page.wait_for_url(re.compile(r".*/signin.*"))
    page.goto(f"{server.base_url}/today")
    assert "/signin" in page.url
    # The refused password (422) is an answer, not a fault; Chromium notes its status.
    watched.console_errors = [e for e in watched.console_errors if "status of 422" not in e]
    assert_calm_network(watched, server)
    cookies = page.context.cookies()
    session = [c for c in cookies if c["name"] == "nextyes_session"]
    assert session == []  # signed out everywhere: the cookie went too
    assert all(c["httpOnly"] for c in cookies)
    assert HOST in server.base_url


def mailed_link(inbox: Inbox, to: str, kind: str) -> str:
    """The newest link of this kind mailed to `to`, waiting a little for the mail."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for message in reversed(inbox.to(to)):
            body = message.get_payload(decode=True)
            assert isinstance(body, bytes)
            found = re.search(rf"http://\S+/{kind}/[A-Za-z0-9_-]+", body.decode())
            if found:
                return found.group(0)
        time.sleep(0.1)
    raise AssertionError(f"no {kind} link was mailed to {to}")


@pytest.mark.parametrize(("width", "height"), [(360, 780), (1280, 900)])
def test_open_sign_up_and_a_forgotten_password_by_mail(
    hosted_server: tuple[Server, dict[str, str]],
    mailbox: tuple[Inbox, int],
    open_page: Callable[[int, int], Watched],
    width: int,
    height: int,
) -> None:
    server, _ = hosted_server
    inbox, _ = mailbox
    email = f"sky{width}@example.org"
    watched = open_page(width, height)
    page = watched.page
    visit(watched, server, "/signin")
    page.get_by_role("link", name="Make an account").click()
    page.fill("#f-email", email)
    page.get_by_role("button", name="Send me the link").click()
    assert "We have sent an email to" in page.locator("main").inner_text()
    screenshot(page, f"hosted-signup-sent-{width}")
    page.goto(mailed_link(inbox, email, "signup"))
    page.fill("#f-password", PASSWORD)
    page.fill("#f-repeat", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.base_url}/today")
    page.locator("form.signout button").click()
    page.wait_for_url(re.compile(r".*/signin.*"))

    page.get_by_role("link", name="Forgot your password?").click()
    page.fill("#f-email", email)
    page.get_by_role("button", name="Send me the link").click()
    assert "on its way" in page.locator("main").inner_text()
    page.goto(mailed_link(inbox, email, "reset"))
    assert page.locator("h1").inner_text() == "Set a new password"
    screenshot(page, f"hosted-reset-{width}")
    new = "maple orbit velvet pier"
    page.fill("#f-password", new)
    page.fill("#f-repeat", new)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/signin.*"))
    assert "new password is set" in page.locator(".flash").inner_text()
    page.fill("#f-email", email)
    page.fill("#f-password", new)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.base_url}/today")
    assert_calm_network(watched, server)


def signed_in_page(
    open_page: Callable[[int, int], Watched], server: Server, env: dict[str, str], email: str,
    width: int, height: int,
) -> Watched:  # fmt: skip
    watched = open_page(width, height)
    watched.page.goto(invite(env, email))
    watched.page.fill("#f-password", PASSWORD)
    watched.page.fill("#f-repeat", PASSWORD)
    watched.page.click("button[type=submit]")
    watched.page.wait_for_url(f"{server.base_url}/today")
    return watched


@pytest.mark.parametrize(("width", "height"), [(360, 780), (1280, 900)])
def test_a_seeker_shares_with_an_adviser_and_sees_every_look(
    hosted_server: tuple[Server, dict[str, str]],
    open_page: Callable[[int, int], Watched],
    width: int,
    height: int,
) -> None:
    server, env = hosted_server
    seeker = signed_in_page(open_page, server, env, f"mia{width}@example.org", width, height)
    adviser = signed_in_page(open_page, server, env, f"coach{width}@example.org", width, height)
    page = seeker.page
    page.goto(f"{server.base_url}/account")
    page.get_by_role("button", name="Invite an adviser").click()
    link = page.locator("#adviser-link").inner_text()
    assert "/advise/" in link

    other = adviser.page
    other.goto(link)
    other.get_by_role("button", name="Yes, add them to my caseload").click()
    other.wait_for_url(re.compile(r".*/caseload/\d+"))
    assert "Funnel and momentum" in other.locator("main").inner_text()
    assert "Check-ins" not in other.locator("main").inner_text()
    other.fill("#f-body", "Good to meet you. Shall we look at your CV on Friday?")
    other.get_by_role("button", name="Leave the note").click()
    other.wait_for_url(re.compile(r".*/caseload/\d+"))
    screenshot(other, f"hosted-caseload-person-{width}")
    other.goto(f"{server.base_url}/caseload")
    assert f"mia{width}@example.org" in other.locator("main").inner_text()
    screenshot(other, f"hosted-caseload-{width}")

    page.goto(f"{server.base_url}/today")
    assert "Shall we look at your CV on Friday?" in page.locator(".adviser-note").inner_text()
    screenshot(page, f"hosted-today-note-{width}")
    page.goto(f"{server.base_url}/account")
    main = page.locator("main").inner_text()
    assert "Shall we look at your CV on Friday?" in main
    assert f"coach{width}@example.org looked on" in main
    page.get_by_label("Your check-ins (mood only, never the notes)").check()
    page.get_by_role("button", name="Save what they see").click()
    page.wait_for_url(re.compile(r".*/account.*"))
    assert page.get_by_label("Your check-ins (mood only, never the notes)").is_checked()
    screenshot(page, f"hosted-account-adviser-{width}")
    for watched in (seeker, adviser):
        assert_calm_network(watched, server)


def sign_up(page: Page, server: Server, env: dict[str, str], email: str) -> None:
    """Accept an invitation for `email` in this browser, and land on Today signed in."""
    page.goto(invite(env, email))
    page.fill("#f-password", PASSWORD)
    page.fill("#f-repeat", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.base_url}/today")


def big_mailbox(folder: Path, count: int) -> Path:
    """An mbox of `count` everyday messages with one "no" among them: big enough that its
    import is still running when its page first shows."""
    lines = []
    for n in range(count):
        subject, body = f"Newsletter {n}", "The week in gardening: tomatoes, basil and rain."
        if n == count // 2:
            subject = "Your application for Data Analyst"
            body = (
                "Dear Sam, thank you for applying for the Data Analyst role at Lumen Health."
                " Unfortunately we have decided not to move forward with your application."
            )
        lines += [
            f"From sender{n}@example.org Mon Mar  2 09:00:00 2026",
            f"From: Sender {n} <sender{n}@example.org>",
            "To: sam@example.org",
            f"Subject: {subject}",
            f"Message-ID: <m{n}@example.org>",
            "Date: Mon, 02 Mar 2026 09:00:00 +0000",
            "",
            body,
            "",
        ]
    path = folder / "big.mbox"
    path.write_text("\n".join(lines))
    return path


@pytest.mark.parametrize(("width", "height"), [(360, 780), (1280, 900)])
def test_an_import_runs_in_the_background_and_its_page_follows_it(
    hosted_server: tuple[Server, dict[str, str]],
    open_page: Callable[[int, int], Watched],
    tmp_path: Path,
    width: int,
    height: int,
) -> None:
    server, env = hosted_server
    watched = open_page(width, height)
    page = watched.page
    sign_up(page, server, env, f"import{width}@example.org")

    page.goto(f"{server.base_url}/import")
    page.set_input_files("#f-mbox", str(big_mailbox(tmp_path, 6000)))
    page.locator("#from-mbox button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/import/jobs/\d+$"))
    if page.locator("h1").inner_text() == "Reading your mail":
        assert "You can leave this page" in page.locator("main").inner_text()
        screenshot(page, f"hosted-import-running-{width}")
    # The page asks for itself every few seconds and shows the summary once done.
    page.locator("h1", has_text="Import finished").wait_for(timeout=120_000)
    assert "Read 6000 messages from big.mbox." in page.locator("main").inner_text()
    screenshot(page, f"hosted-import-done-{width}")
    page.goto(f"{server.base_url}/import")
    assert "done, 6000 read" in page.locator(".import-jobs").inner_text()
    screenshot(page, f"hosted-import-list-{width}")
    assert_calm_network(watched, server)


@pytest.mark.parametrize(("width", "height"), [(360, 780), (1280, 900)])
def test_a_person_deletes_their_account(
    hosted_server: tuple[Server, dict[str, str]],
    open_page: Callable[[int, int], Watched],
    width: int,
    height: int,
) -> None:
    server, env = hosted_server
    email = f"leaving{width}@example.org"
    watched = open_page(width, height)
    page = watched.page
    sign_up(page, server, env, email)
    page.goto(f"{server.base_url}/account#delete")
    page.fill("#f-delete-password", PASSWORD)
    page.fill("#f-delete-confirm", "delete it")
    page.get_by_role("button", name="Delete my account").click()
    assert "to say you mean it" in page.locator("#delete .error-summary").inner_text()
    page.locator("#delete").scroll_into_view_if_needed()
    screenshot(page, f"hosted-account-delete-{width}")
    page.fill("#f-delete-password", PASSWORD)
    page.fill("#f-delete-confirm", "delete my account")
    page.get_by_role("button", name="Delete my account").click()
    page.wait_for_url(re.compile(r".*/signin.*"))
    assert "Your account is deleted" in page.locator(".flash").inner_text()
    page.fill("#f-email", email)
    page.fill("#f-password", PASSWORD)
    page.click("button[type=submit]")
    assert "do not match an account" in page.locator("main").inner_text()
    watched.console_errors = [e for e in watched.console_errors if "status of 422" not in e]
    assert_calm_network(watched, server)
