"""The Import and Review pages: upload an mbox or .eml files, or read an IMAP folder, see the
summary and the records it changed; then settle the review queue with one click each."""

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nextyes.classify import Label
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.inbox import ReviewStatus
from nextyes.domain.stages import Stage
from nextyes.services import inbox
from nextyes.services.applications import add_application, application_detail
from nextyes.services.workspace import Workspace
from nextyes.web import app as web_app
from nextyes.web import inbox_upload
from tests.imap_server import ImapServer, imap_server
from tests.inbox_helpers import Scripted, mail, raw
from tests.web.api_arrange import snapshot

MAIL = Path(__file__).parent.parent / "fixtures" / "mail"
FEB = date(2026, 2, 2)
HTMX = {"HX-Request": "true"}
HOSTILE_SUBJECT = "rejection 0.5: <script>window.__xss=1</script> Lumen Health"
HOSTILE_BODY = '<img src=x onerror="window.__xss=2"> We went with someone else. {{ 7*7 }}'


@pytest.fixture(autouse=True)
def no_startup_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's silence sweep runs in the background when a client starts; here it would
    race the arranged search and the before/after snapshots, and it is not what is tested."""
    monkeypatch.setattr(web_app, "sweep_with_preferences", lambda *args: None)


def apply(ws: Workspace, company: str, role: str, stage: Stage = Stage.APPLIED) -> Application:
    return add_application(ws, NewApplication(company, role, Channel.DIRECT, stage, FEB))


def the_search(ws: Workspace) -> dict[str, Application]:
    return {
        "lumen": apply(ws, "Lumen Health", "Senior Data Analyst", Stage.INTERVIEWING),
        "northwind": apply(ws, "Northwind", "Backend Engineer"),
        "globex": apply(ws, "Globex", "Product Analyst"),
        "acme": apply(ws, "Acme Robotics", "Robotics Engineer"),
        "halcyon": apply(ws, "Halcyon Media", "Content Strategist"),
    }


def stage_of(ws: Workspace, application: Application) -> Stage:
    return application_detail(ws, application.id).application.stage


def upload_mbox(client: TestClient, path: Path, name: str | None = None) -> object:
    with path.open("rb") as file:
        return client.post("/import/mbox", files={"mbox": (name or path.name, file)})


def eml_files(*names: str) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("eml", (n, (MAIL / "eml" / n).read_bytes(), "message/rfc822")) for n in names]


def one_error_line(html: str) -> str:
    found = re.findall(r'<p class="error" role="alert"[^>]*>(.*?)</p>', html, re.DOTALL)
    assert len(found) == 1, found
    assert "\n" not in found[0].strip()
    return str(found[0]).strip()


# --- import ------------------------------------------------------------------------------


def test_the_import_page_offers_the_three_ways_in(client: TestClient) -> None:
    page = client.get("/import")
    assert page.status_code == 200
    html = page.text
    assert 'action="/import/mbox"' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'action="/import/eml"' in html
    assert "multiple" in html
    assert 'action="/import/imap"' in html
    assert 'type="password" autocomplete="current-password"' in html
    assert "This can take a minute for a large mailbox." in html
    assert 'href="/import/review">Review <span class="count">0</span>' in html


def test_the_persons_own_replies_in_an_export_are_counted_and_left_alone(
    client: TestClient, workspace: Workspace, tmp_path: Path
) -> None:
    """A Google Takeout export holds the mail sent with the mail received: the person's
    acceptance of Lumen's offer (quoted below it) is not a second offer, nor news at all."""
    lumen = the_search(workspace)["lumen"]
    me = "sam.rivera@example.org"
    news = (
        b"Delivered-To: "
        + me.encode()
        + b"\n"
        + mail(
            "Newsletter", "This week's reading.", sender="news@magazine.example", message_id="n@x"
        )
    )
    accepting = b"X-Gmail-Labels: Sent,Opened\n" + mail(
        "Re: Your offer from Lumen Health",
        "Dear Priya,\n\nI'm delighted to accept the offer and look forward to starting on"
        " 1 April.\n\nSam\n\nOn Mon, 2 Mar 2026 at 10:02, Priya <talent@lumenhealth.com>"
        " wrote:\n> We are delighted to offer you the position of Senior Data Analyst.",
        sender=me,
        message_id="accept@x",
    )
    path = tmp_path / "All mail.mbox"
    path.write_bytes(b"".join(b"From x@y Thu Jan  1 00:00:00 1970\n" + m + b"\n"
                              for m in (news, accepting)))  # fmt: skip
    page = upload_mbox(client, path)
    html = page.text  # type: ignore[attr-defined]
    assert '<th scope="row">Your own mail to others (left alone)</th><td>1</td>' in html
    assert stage_of(workspace, lumen) is Stage.INTERVIEWING


def test_uploading_an_mbox_shows_the_summary_and_updates_the_tracker(
    client: TestClient, workspace: Workspace
) -> None:
    apps = the_search(workspace)
    page = upload_mbox(client, MAIL / "search.mbox")
    assert page.status_code == 200  # type: ignore[attr-defined]
    html = page.text  # type: ignore[attr-defined]
    assert "Import finished" in html
    assert "Read 13 messages from search.mbox." in html
    assert '<th scope="row">Messages read</th><td>13</td>' in html
    assert '<th scope="row">Already imported before</th><td>1</td>' in html
    assert "rejections recorded (plans started)</th><td>1</td>" in html
    assert "applications moved forward</th><td>3</td>" in html
    assert "message 11 (line 187): no headers" in html
    assert 'href="/import/review"' in html  # the acknowledgement from Fjäll Studio waits
    # What changed, by name, each linking to its application.
    lumen = f'<a href="/applications/{apps["lumen"].id}">Lumen Health (Senior Data Analyst)</a>'
    assert f"Recorded a no from {lumen}; its plan" in html
    northwind = f'<a href="/applications/{apps["northwind"].id}">Northwind (Backend Engineer)</a>'
    assert f"Moved {northwind} to interviewing." in html
    assert "waiting for you in review." in html
    # The records: the "no" is recorded and the invitations moved the applications forward.
    assert stage_of(workspace, apps["lumen"]) is Stage.REJECTED
    assert stage_of(workspace, apps["northwind"]) is Stage.INTERVIEWING
    assert stage_of(workspace, apps["globex"]) is Stage.SCREENING
    assert inbox.pending_review_count(workspace) >= 1


def test_uploading_the_same_mailbox_again_adds_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    the_search(workspace)
    upload_mbox(client, MAIL / "search.mbox")
    before = snapshot(workspace)
    again = upload_mbox(client, MAIL / "search.mbox")
    html = again.text  # type: ignore[attr-defined]
    assert '<th scope="row">Already imported before</th><td>13</td>' in html
    assert "All of it was imported before, so nothing changed." in html
    assert snapshot(workspace) == before


def test_uploading_eml_files(client: TestClient, workspace: Workspace) -> None:
    apps = the_search(workspace)
    files = eml_files(
        "greenhouse_multipart_rejection.eml", "lever_interview.eml", "not_an_email.eml"
    )
    page = client.post("/import/eml", files=files)
    assert page.status_code == 200
    assert '<th scope="row">Messages read</th><td>3</td>' in page.text
    assert "not_an_email.eml: " in page.text  # skipped, and named
    assert stage_of(workspace, apps["lumen"]) is Stage.REJECTED
    assert stage_of(workspace, apps["acme"]) is Stage.INTERVIEWING


@pytest.mark.parametrize(
    ("route", "files", "status", "problem"),
    [
        ("/import/mbox", {"mbox": ("notes.txt", (MAIL / "not_an_mbox.txt").read_bytes())}, 422,
         "notes.txt is not an mbox file (it should start with &#39;From &#39;)"),
        ("/import/mbox", {"mbox": ("", b"")}, 422, "choose an mbox file to import first"),
        ("/import/eml", [("eml", ("diary.txt", b"Dear diary"))], 422,
         "diary.txt is not an .eml file"),
        ("/import/eml", {"eml": ("", b"")}, 422, "choose one or more .eml files"),
    ],
)  # fmt: skip
def test_a_bad_upload_is_one_line_and_changes_nothing(
    client: TestClient,
    workspace: Workspace,
    route: str,
    files: object,
    status: int,
    problem: str,
) -> None:
    the_search(workspace)
    before = snapshot(workspace)
    page = client.post(route, files=files)  # type: ignore[arg-type]
    assert page.status_code == status
    assert problem in one_error_line(page.text)
    assert snapshot(workspace) == before


def test_a_no_file_form_is_refused_kindly(client: TestClient) -> None:
    page = client.post("/import/mbox", data={"csrf_token": "ignored"})
    assert page.status_code == 422
    assert "choose an mbox file to import first" in one_error_line(page.text)


def test_an_upload_over_the_cap_is_refused(
    client: TestClient, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    the_search(workspace)
    monkeypatch.setattr(inbox_upload, "MAX_UPLOAD_BYTES", 2_000)
    before = snapshot(workspace)
    page = upload_mbox(client, MAIL / "search.mbox")
    assert page.status_code == 413  # type: ignore[attr-defined]
    line = one_error_line(page.text)  # type: ignore[attr-defined]
    assert line.startswith("that upload is larger than 2,000 bytes;")
    assert "import it in pieces" in line
    files = eml_files("greenhouse_multipart_rejection.eml", "huge_body.eml")
    assert client.post("/import/eml", files=files).status_code == 413
    assert snapshot(workspace) == before


def test_a_request_that_says_it_is_far_too_big_is_refused_before_copying() -> None:
    cap = inbox_upload.MAX_UPLOAD_BYTES
    inbox_upload.check_declared_size(str(cap))  # a form's framing is allowed for
    inbox_upload.check_declared_size("not a number")  # the copy still counts
    with pytest.raises(inbox_upload.UploadTooLarge, match="larger than 200 MB"):
        inbox_upload.check_declared_size(str(cap + 2 * 1024 * 1024))


POSTS = [
    ("/import/mbox", {"files": {"mbox": ("search.mbox", b"From x\n\nhello\n")}}),
    ("/import/eml", {"files": {"eml": ("a.eml", b"Subject: hi\n\nhello\n")}}),
    ("/import/imap", {"data": {"host": "127.0.0.1", "user": "sam", "password": "x"}}),
    ("/import/review/{id}/confirm", {"data": {}}),
    ("/import/review/{id}/correct", {"data": {"label": "interview"}}),
    ("/import/review/{id}/dismiss", {"data": {}}),
]


@pytest.mark.parametrize(("route", "sent"), POSTS, ids=[p[0] for p in POSTS])
def test_every_post_needs_the_csrf_token(
    bare_client: TestClient, workspace: Workspace, route: str, sent: dict[str, object]
) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    before = snapshot(workspace)
    page = bare_client.post(route.replace("{id}", str(item)), **sent)  # type: ignore[arg-type]
    assert page.status_code == 403
    assert "security token" in page.text
    assert snapshot(workspace) == before


# --- IMAP --------------------------------------------------------------------------------


IMAP_FORM = {"host": "127.0.0.1", "port": "993", "user": "sam", "folder": "INBOX"}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"since": "next tuesday"}, "since must be a date like 2026-01-01; you wrote &#39;next"),
        ({"port": "0"}, "port must be from 1 to 65535, got 0"),
        ({"port": "imaps"}, "port must be a whole number"),
        ({"host": ""}, "host: name your mail server"),
        ({"user": " "}, "user: give your login on that server"),
        ({"password": ""}, "password: type the password"),
    ],
)  # fmt: skip
def test_imap_input_mistakes_are_one_line_and_the_password_is_not_echoed(
    client: TestClient, workspace: Workspace, changes: dict[str, str], problem: str
) -> None:
    before = snapshot(workspace)
    form = {**IMAP_FORM, "password": "s3cret-Pass-word"} | changes
    page = client.post("/import/imap", data=form)
    assert page.status_code == 422
    assert problem in one_error_line(page.text)
    assert "s3cret-Pass-word" not in page.text
    assert 'type="password" autocomplete="current-password" required' in page.text
    if changes.get("host") != "":
        assert 'value="127.0.0.1"' in page.text  # the rest of the form is kept
    assert snapshot(workspace) == before


def test_a_server_that_cannot_be_reached_is_one_line(
    client: TestClient, workspace: Workspace
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    before = snapshot(workspace)
    form = {**IMAP_FORM, "port": str(port), "password": "s3cret-Pass-word"}
    page = client.post("/import/imap", data=form)
    assert page.status_code == 422
    assert f"cannot reach 127.0.0.1:{port}" in one_error_line(page.text)
    assert "s3cret-Pass-word" not in page.text
    assert snapshot(workspace) == before


@pytest.fixture(scope="module")
def imap() -> Iterator[ImapServer]:
    with imap_server() as server:
        for name in ("greenhouse_multipart_rejection.eml", "lever_interview.eml"):
            data = (MAIL / "eml" / name).read_bytes()
            server.append("INBOX", data, datetime(2026, 3, 12, tzinfo=UTC))
        yield server


def test_importing_from_an_imap_server(
    client: TestClient,
    workspace: Workspace,
    imap: ImapServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(imap.cafile))
    apps = the_search(workspace)
    form = {"host": imap.host, "port": str(imap.port), "user": imap.user, "since": "2026-03-01"}
    wrong = client.post("/import/imap", data=form | {"password": "not-it"})
    assert wrong.status_code == 422
    assert one_error_line(wrong.text) == "the server refused the login for sam"
    assert "not-it" not in wrong.text
    done = client.post("/import/imap", data=form | {"password": imap.password})
    assert done.status_code == 200
    assert '<th scope="row">Messages read</th><td>2</td>' in done.text
    assert f"from INBOX at {imap.host}" in done.text
    assert imap.password not in done.text
    assert imap.password not in caplog.text
    assert stage_of(workspace, apps["lumen"]) is Stage.REJECTED
    assert stage_of(workspace, apps["acme"]) is Stage.INTERVIEWING


def test_an_imap_login_that_is_an_address_is_the_persons_own(
    client: TestClient, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Sent folder holds no delivered mail to learn the address from: the login says it.
    The person's acceptance, with the offer quoted, is left alone, not taken for an offer."""
    lumen = the_search(workspace)["lumen"]
    me = "sam.rivera@example.org"
    accepting = mail(
        "Re: Your offer from Lumen Health",
        "Dear Priya,\n\nI'm delighted to accept and look forward to starting.\n\nSam\n\n"
        "On Mon, 2 Mar 2026 at 10:02, Priya <talent@lumenhealth.com> wrote:\n"
        "> We are delighted to offer you the position of Senior Data Analyst.",
        sender=me,
        message_id="accept@x",
    )
    with imap_server(user=me) as server:
        server.append("Sent", accepting, datetime(2026, 3, 3, tzinfo=UTC))
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cafile))
        form = {"host": server.host, "port": str(server.port), "user": me, "folder": "Sent",
                "password": server.password}  # fmt: skip
        done = client.post("/import/imap", data=form)
    assert done.status_code == 200
    assert '<th scope="row">Your own mail to others (left alone)</th><td>1</td>' in done.text
    assert stage_of(workspace, lumen) is Stage.INTERVIEWING


# --- review ------------------------------------------------------------------------------


def queued(ws: Workspace, subject: str, body: str = "Thank you for your time.",
           sender: str = "talent@lumenhealth.com") -> int:  # fmt: skip
    """A message the import was not sure of: its review item's id."""
    if not any(a.company == "Lumen Health" for a in _apps(ws)):
        apply(ws, "Lumen Health", "Data Analyst")
    before = {e.item.id for e in inbox.review_queue(ws, limit=200).items}
    summary = inbox.import_messages(ws, raw(mail(subject, body, sender)), classifier=Scripted())
    assert summary.queued == 1, summary
    (new,) = {e.item.id for e in inbox.review_queue(ws, limit=200).items} - before
    return new


def _apps(ws: Workspace) -> list[Application]:
    from nextyes.services.pipeline import recent_applications

    return recent_applications(ws)


def lumen(ws: Workspace) -> Application:
    return next(a for a in _apps(ws) if a.company == "Lumen Health")


def test_the_queue_shows_each_message_with_its_guess_in_words(
    client: TestClient, workspace: Workspace
) -> None:
    queued(workspace, "rejection 0.8: Lumen Health update")
    page = client.get("/import/review")
    assert page.status_code == 200
    html = page.text
    assert "rejection 0.8: Lumen Health update" in html
    assert "Is this a rejection from Lumen Health (Data Analyst)?</h3>" in html
    assert "How sure NextYes is: fairly." in html
    assert "80%" not in html
    assert "talent@lumenhealth.com" in html
    assert "Yes records the no and starts a gentle plan for it." in html
    assert ">Yes<span" in html
    assert "It's something else" in html
    assert ">Not about my search<span" in html
    assert '<span id="review-count">1</span>' in html
    assert 'role="status" aria-live="polite"' in html
    assert client.get("/import").text.count('<span class="count">1</span>') == 1


def test_mail_text_is_escaped_everywhere(client: TestClient, workspace: Workspace) -> None:
    queued(workspace, HOSTILE_SUBJECT, HOSTILE_BODY)
    html = client.get("/import/review").text
    assert "<script>window.__xss" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "{{ 7*7 }}" in html
    assert "49" not in html.split("We went with")[1][:40]


def test_confirm_applies_the_guess_and_comes_back_to_the_queue(
    client: TestClient, workspace: Workspace
) -> None:
    item = queued(workspace, "rejection 0.8: Lumen Health update")
    done = client.post(f"/import/review/{item}/confirm", follow_redirects=False)
    assert done.status_code == 303
    assert done.headers["location"] == "/import/review"
    assert stage_of(workspace, lumen(workspace)) is Stage.REJECTED
    assert inbox.review_item(workspace, item).item.status is ReviewStatus.CONFIRMED
    page = client.get("/import/review")
    assert "Recorded a no from Lumen Health (Data Analyst); its plan is on its page." in page.text
    assert "Nothing is waiting for you." in page.text


def test_confirm_under_htmx_swaps_the_item_and_says_so(
    client: TestClient, workspace: Workspace
) -> None:
    item = queued(workspace, "interview 0.5: Lumen Health next steps")
    queued(workspace, "offer 0.5: Lumen Health offer")
    done = client.post(f"/import/review/{item}/confirm", headers=HTMX)
    assert done.status_code == 200
    assert f'id="review-{item}"' in done.text
    assert "Moved Lumen Health (Data Analyst) to interviewing." in done.text
    assert '<span id="review-count" hx-swap-oob="innerHTML">1</span>' in done.text
    assert '<p id="review-status" hx-swap-oob="innerHTML">Moved Lumen Health' in done.text
    assert stage_of(workspace, lumen(workspace)) is Stage.INTERVIEWING


def test_correct_changes_the_label_and_keeps_the_correction(
    client: TestClient, workspace: Workspace
) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    done = client.post(
        f"/import/review/{item}/correct", data={"label": "interview", "application": ""},
        follow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303
    assert stage_of(workspace, lumen(workspace)) is Stage.INTERVIEWING
    settled = inbox.review_item(workspace, item).item
    assert settled.decided_label is Label.INTERVIEW
    assert "Similar mail will be read your way from now on." in client.get("/import/review").text


def test_correct_can_pick_another_application(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    other = apply(workspace, "Northwind", "Backend Engineer")
    page = client.get("/import/review").text
    assert f'<option value="{other.id}">Northwind (Backend Engineer)</option>' in page
    client.post(f"/import/review/{item}/correct",
                data={"label": "rejection", "application": str(other.id)})  # fmt: skip
    assert stage_of(workspace, other) is Stage.REJECTED
    assert stage_of(workspace, lumen(workspace)) is Stage.APPLIED


def test_correct_can_add_the_application_a_message_names(
    client: TestClient, workspace: Workspace
) -> None:
    item = queued(
        workspace,
        "application_received 0.5: Thank you for applying to Fjall Studio",
        "Thank you for applying to Fjall Studio for the UX Designer position.",
        sender="jobs@fjallstudio.se",
    )
    entry = inbox.review_item(workspace, item)
    assert entry.item.offer_new, entry
    page = client.get("/import/review").text
    # The role as the message names it, tidied ("Fjall Studio for the UX Designer").
    assert '<option value="new" selected>A new one: Fjall Studio (UX Designer)' in page
    assert "Is this a confirmation of your application to Fjall Studio (UX Designer)?" in page
    assert "Yes adds Fjall Studio (UX Designer) to your tracker" in page
    client.post(f"/import/review/{item}/correct",
                data={"label": "application_received", "application": "new"})  # fmt: skip
    added = [a for a in _apps(workspace) if a.company == "Fjall Studio"]
    assert len(added) == 1
    assert added[0].stage is Stage.APPLIED
    assert added[0].role == "UX Designer"


def test_dismiss_changes_nothing_but_the_item(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    done = client.post(f"/import/review/{item}/dismiss", headers=HTMX)
    assert done.status_code == 200
    assert "Set aside “rejection 0.5: Lumen Health update”: not about your search." in done.text
    assert '<span id="review-count" hx-swap-oob="innerHTML">0</span>' in done.text
    assert stage_of(workspace, lumen(workspace)) is Stage.APPLIED
    assert inbox.review_item(workspace, item).item.status is ReviewStatus.DISMISSED


def test_a_settled_item_cannot_be_settled_twice(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    client.post(f"/import/review/{item}/dismiss")
    before = snapshot(workspace)
    again = client.post(f"/import/review/{item}/confirm")
    assert again.status_code == 422
    assert f"review item {item} was already dismissed" in again.text
    swapped = client.post(f"/import/review/{item}/confirm", headers=HTMX)
    assert swapped.status_code == 422
    assert f'id="review-{item}"' in swapped.text
    assert "Already dismissed" in swapped.text
    assert f"Review item {item} was already dismissed." in one_error_line(swapped.text)
    assert snapshot(workspace) == before


def test_a_bad_correction_is_one_line(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    before = snapshot(workspace)
    page = client.post(f"/import/review/{item}/correct", data={"label": "maybe"}, headers=HTMX)
    assert page.status_code == 422
    assert "Unknown label" in one_error_line(page.text)
    assert snapshot(workspace) == before


def test_another_persons_item_is_not_found(client: TestClient, workspace: Workspace) -> None:
    someone = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = queued(someone, "rejection 0.5: Lumen Health update")
    before = snapshot(workspace)
    for action in ("confirm", "correct", "dismiss"):
        page = client.post(f"/import/review/{theirs}/{action}", data={"label": "other"})
        assert page.status_code == 404, action
        assert f"no review item with id {theirs}" in page.text
    assert snapshot(workspace) == before
    assert "Nothing is waiting for you." in client.get("/import/review").text


def test_a_long_queue_is_paged(client: TestClient, workspace: Workspace) -> None:
    apply(workspace, "Lumen Health", "Data Analyst")
    messages = [mail(f"rejection 0.5: Lumen Health update {n}", "...", message_id=f"m{n}@x")
                for n in range(23)]  # fmt: skip
    inbox.import_messages(workspace, raw(*messages), classifier=Scripted())
    first = client.get("/import/review").text
    assert first.count('class="record review-item"') == 20
    assert "Page 1 of 2" in first
    assert 'href="/import/review?page=2"' in first
    second = client.get("/import/review?page=2").text
    assert second.count('class="record review-item"') == 3
    beyond = client.get("/import/review?page=9").text  # past the end: the last page
    assert beyond.count('class="record review-item"') == 3
    item = inbox.review_queue(workspace, limit=1, offset=21).items[0].item.id
    done = client.post(f"/import/review/{item}/dismiss", data={"page": "2"},
                       follow_redirects=False)  # fmt: skip
    assert done.headers["location"] == "/import/review?page=2"
