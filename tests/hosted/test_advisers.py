"""Advisers in hosted mode, through the real app on PostgreSQL: a seeker invites an adviser
and decides field by field what they see; the adviser's caseload puts those who may need a
word first; every look is shown to the seeker; stopping ends access at once."""

import re
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.accounts import Accounts
from nextyes.services.advisers import Advisers
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.wellbeing import check_in
from nextyes.services.workspace import Workspace
from nextyes.services.writing import write_entry
from nextyes.web.app import create_app
from tests.hosted.conftest import post_form, signed_up

LINK = re.compile(r'<code id="adviser-link">https?://[^<]*(/advise/[A-Za-z0-9_-]+)</code>')


def workspace_of(app: FastAPI, accounts: Accounts, email: str) -> Workspace:
    user = next(u for u in accounts.user_ids() if accounts.email_of(u) == email)
    base: Workspace = app.state.workspace
    return Workspace(base.db, user, base.clock)


def adviser_of(app: FastAPI, seeker: TestClient, adviser: TestClient) -> int:
    """The seeker invites, the adviser accepts; the pair's id."""
    page = post_form(seeker, "/account/advisers/invite", {}, page="/account")
    found = LINK.search(page.text)
    assert found, "the adviser link is on the page once"
    assert found.group(1) not in seeker.get("/account").text
    accepted = post_form(adviser, found.group(1), {})
    assert accepted.status_code == 303, accepted.text
    return int(accepted.headers["location"].rsplit("/", 1)[1])


def shares_form(seeker: TestClient, link_id: int, shares: list[str]) -> None:
    token = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', seeker.get("/account").text)
    assert token
    data = {"csrf_token": token.group(1), "share": shares}
    saved = seeker.post(f"/account/advisers/{link_id}", data=data)
    assert saved.status_code == 303


def test_an_adviser_sees_only_what_the_seeker_switched_on(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    seeker = signed_up(hosted_app, accounts, "sara@example.org")
    adviser = signed_up(hosted_app, accounts, "coach@example.org")
    ws = workspace_of(hosted_app, accounts, "sara@example.org")
    add_application(ws, NewApplication(company="Lumen Health", role="Data Analyst"))
    check_in(ws, 2, "a private note about a hard day")
    write_entry(ws, "What went well", "my secret diary line", private=True)
    write_entry(ws, "What went well", "a line I am happy to share", private=False)
    link_id = adviser_of(hosted_app, seeker, adviser)

    first = adviser.get(f"/caseload/{link_id}").text
    assert "Funnel and momentum" in first
    assert "Recovery plans" in first
    assert "This week&#39;s plan" in first or "This week's plan" in first
    for hidden in ("Check-ins", "WHO-5", "reflections add up", "did not mark private"):
        assert hidden not in first, hidden

    shares_form(seeker, link_id, ["checkins", "writing"])
    second = adviser.get(f"/caseload/{link_id}").text
    assert "Funnel and momentum" not in second
    assert "Check-ins (mood, 1-5)" in second
    assert "a private note about a hard day" not in second  # moods only, never the notes
    assert "a line I am happy to share" in second
    assert "my secret diary line" not in second  # private writing is never shown

    looks = seeker.get("/account").text
    assert looks.count("coach@example.org looked on") == 2
    assert "checkins, writing" in looks


def test_stopping_ends_the_advisers_access_at_once(hosted_app: FastAPI, accounts: Accounts) -> None:
    seeker = signed_up(hosted_app, accounts, "tom@example.org")
    adviser = signed_up(hosted_app, accounts, "ada@example.org")
    link_id = adviser_of(hosted_app, seeker, adviser)
    assert adviser.get(f"/caseload/{link_id}").status_code == 200
    stopped = post_form(seeker, f"/account/advisers/{link_id}/stop", {}, page="/account")
    assert stopped.status_code == 303
    assert adviser.get(f"/caseload/{link_id}").status_code == 404
    assert "tom@example.org" not in adviser.get("/caseload").text


def test_no_one_else_reaches_a_seekers_shared_page(hosted_app: FastAPI, accounts: Accounts) -> None:
    seeker = signed_up(hosted_app, accounts, "uli@example.org")
    adviser = signed_up(hosted_app, accounts, "ben@example.org")
    stranger = signed_up(hosted_app, accounts, "eve@example.org")
    link_id = adviser_of(hosted_app, seeker, adviser)
    assert stranger.get(f"/caseload/{link_id}").status_code == 404
    note = post_form(stranger, f"/caseload/{link_id}/notes", {"body": "hi"}, page="/account")
    assert note.status_code == 404
    assert (
        post_form(stranger, f"/account/advisers/{link_id}", {}, page="/account").status_code == 404
    )
    # A seeker's own link does not make them their own adviser.
    page = post_form(seeker, "/account/advisers/invite", {}, page="/account")
    own = LINK.search(page.text)
    assert own
    refused = post_form(seeker, own.group(1), {})
    assert refused.status_code == 410


def test_a_note_reaches_the_seeker(hosted_app: FastAPI, accounts: Accounts) -> None:
    seeker = signed_up(hosted_app, accounts, "vic@example.org")
    adviser = signed_up(hosted_app, accounts, "kai@example.org")
    link_id = adviser_of(hosted_app, seeker, adviser)
    empty = post_form(adviser, f"/caseload/{link_id}/notes", {"body": "  "}, page="/account")
    assert empty.status_code == 422
    left = post_form(
        adviser, f"/caseload/{link_id}/notes", {"body": "Well done on the interview!"},
        page="/account",
    )  # fmt: skip
    assert left.status_code == 303
    account = seeker.get("/account").text
    assert "Notes from your adviser" in account
    assert "Well done on the interview!" in account
    today = seeker.get("/today").text
    assert "A note from your adviser" in today
    assert "Well done on the interview!" in today


def test_a_note_shows_on_today_for_a_week(
    hosted_app: FastAPI, accounts: Accounts, hosted_clock: FixedClock
) -> None:
    seeker = signed_up(hosted_app, accounts, "wes@example.org")
    adviser = signed_up(hosted_app, accounts, "amy@example.org")
    link_id = adviser_of(hosted_app, seeker, adviser)
    note = {"body": "Let's talk on Monday."}
    post_form(adviser, f"/caseload/{link_id}/notes", note, page="/account")
    hosted_clock.advance(days=6)
    assert "Let&#39;s talk on Monday." in seeker.get("/today").text
    hosted_clock.advance(days=2)
    assert "A note from your adviser" not in seeker.get("/today").text
    assert "Let&#39;s talk on Monday." in seeker.get("/account").text  # still kept there


def test_the_caseload_puts_who_may_need_a_word_first(
    hosted_app: FastAPI, accounts: Accounts, hosted_clock: FixedClock
) -> None:
    adviser = signed_up(hosted_app, accounts, "lead@example.org")
    steady = signed_up(hosted_app, accounts, "steady@example.org")
    stuck = signed_up(hosted_app, accounts, "stuck@example.org")
    low = signed_up(hosted_app, accounts, "low@example.org")
    for person in (steady, stuck, low):
        adviser_of(hosted_app, person, adviser)
    today = hosted_clock.today()
    ws = workspace_of(hosted_app, accounts, "stuck@example.org")
    old = add_application(
        ws,
        NewApplication(
            company="Kestrel", role="Analyst", stage=Stage.APPLIED, on=today - timedelta(days=40)
        ),
    )
    record_rejection(ws, old.id, RejectionForm.EXPLICIT, on=today - timedelta(days=20))
    add_application(
        workspace_of(hosted_app, accounts, "steady@example.org"),
        NewApplication(company="Osprey", role="Analyst"),
    )
    low_ws = workspace_of(hosted_app, accounts, "low@example.org")
    for _ in range(3):
        check_in(low_ws, 1, None)
    low_link = next(link.id for link in advisers_of(hosted_app).advisers_of(low_ws.owner_id))
    shares_form(low, low_link, ["funnel", "checkins"])
    page = adviser.get("/caseload").text
    order = [page.index(e) for e in ("low@example.org", "stuck@example.org", "steady@example.org")]
    assert order == sorted(order), "low mood first, then stuck, then steady"
    assert "No application in 20 days since a" in page
    assert "A run of low check-ins" in page


def advisers_of(app: FastAPI) -> Advisers:
    base: Workspace = app.state.workspace
    return Advisers(base.db, base.clock)


def test_local_mode_has_no_adviser_pages(tmp_path: Path) -> None:
    app = create_app(Settings(home=tmp_path, database_url=None, secret_key=None))
    try:
        client = TestClient(app, base_url="http://127.0.0.1")
        for path in ("/caseload", "/caseload/1", "/advise/abc"):
            assert client.get(path).status_code == 404, path
    finally:
        app.state.workspace.db.dispose()
