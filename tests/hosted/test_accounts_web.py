"""Hosted mode's accounts through the real app on PostgreSQL: invitations, sign-in and out,
sessions, throttling, password change and reset, API tokens, and what a visitor can reach."""

import re
from typing import Any

from fastapi import FastAPI
from sqlalchemy import text

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.services.accounts import NOT_SIGNED_IN, Accounts
from nextyes.services.applications import add_application
from nextyes.services.workspace import Workspace
from nextyes.store.wipe import owned_tables
from nextyes.web.app import create_app
from nextyes.web.identity import SESSION_COOKIE
from tests.hosted.conftest import (
    PASSWORD,
    browser,
    form_token,
    post_form,
    signed_up,
    without_tokens,
)


def test_a_visitor_is_sent_to_sign_in_and_the_api_says_401(hosted_app: FastAPI) -> None:
    client = browser(hosted_app)
    page = client.get("/today")
    assert page.status_code == 303
    assert page.headers["location"] == "/signin?next=/today"
    api = client.get("/api/v1/applications")
    assert api.status_code == 401
    assert "sign in" in api.json()["detail"]
    sign_in = client.get("/signin")
    assert sign_in.status_code == 200
    assert 'href="/pipeline"' not in sign_in.text  # no navigation for a visitor


def test_an_invitation_makes_an_account_that_is_signed_in_at_once(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    client = signed_up(hosted_app, accounts, "Ana@Example.org")
    cookie = next(c for c in client.cookies.jar if c.name == SESSION_COOKIE)
    assert cookie.secure
    assert cookie.has_nonstandard_attr("HttpOnly")
    today = client.get("/today")
    assert today.status_code == 200
    assert "Sign out" in today.text
    assert accounts.email_of(accounts.user_ids()[0]) == "ana@example.org"


def test_an_invitation_works_once(hosted_app: FastAPI, accounts: Accounts) -> None:
    token = accounts.invite("ben@example.org")
    first = post_form(
        browser(hosted_app), f"/signup/{token}", {"password": PASSWORD, "repeat": PASSWORD}
    )
    assert first.status_code == 303
    again = browser(hosted_app)
    assert again.get(f"/signup/{token}").status_code == 410
    answer = post_form(
        again, f"/signup/{token}", {"password": PASSWORD, "repeat": PASSWORD}, page="/signin"
    )
    assert answer.status_code == 410
    assert len(accounts.user_ids()) == 1


def test_an_invitation_expires_after_a_week(
    hosted_app: FastAPI, accounts: Accounts, hosted_clock: FixedClock
) -> None:
    token = accounts.invite("cleo@example.org")
    hosted_clock.advance(days=8)
    assert browser(hosted_app).get(f"/signup/{token}").status_code == 410


def test_a_common_or_short_password_is_refused_and_no_account_is_made(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    token = accounts.invite("dev@example.org")
    client = browser(hosted_app)
    for weak, said in (("short pw", "at least 12"), ("password1234", "most common")):
        answer = post_form(client, f"/signup/{token}", {"password": weak, "repeat": weak})
        assert answer.status_code == 422
        assert said in answer.text
    assert accounts.user_ids() == []


def test_signing_in_and_out(hosted_app: FastAPI, accounts: Accounts) -> None:
    signed_up(hosted_app, accounts, "eva@example.org")
    client = browser(hosted_app)
    wrong = post_form(client, "/signin", {"email": "eva@example.org", "password": "not it at all"})
    assert wrong.status_code == 422
    assert "do not match an account" in wrong.text
    right = post_form(
        client, "/signin", {"email": " EVA@example.org ", "password": PASSWORD, "next": "/pipeline"}
    )
    assert right.status_code == 303
    assert right.headers["location"] == "/pipeline"
    assert client.get("/pipeline").status_code == 200
    out = post_form(client, "/signout", {}, page="/today")
    assert out.status_code == 303
    assert client.get("/today").status_code == 303


def test_a_wrong_address_and_a_wrong_password_read_the_same(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    signed_up(hosted_app, accounts, "fay@example.org")
    client = browser(hosted_app)
    unknown = post_form(client, "/signin", {"email": "nobody@example.org", "password": PASSWORD})
    wrong = post_form(
        client, "/signin", {"email": "fay@example.org", "password": "wrong password!"}
    )
    assert unknown.status_code == wrong.status_code == 422
    said = [
        without_tokens(a.text).replace(e, "X")
        for a, e in ((unknown, "nobody@example.org"), (wrong, "fay@example.org"))
    ]
    assert said[0] == said[1]


def test_failed_sign_ins_are_throttled_per_address_whether_or_not_it_exists(
    hosted_app: FastAPI, accounts: Accounts, hosted_clock: FixedClock
) -> None:
    signed_up(hosted_app, accounts, "gus@example.org")
    for email in ("gus@example.org", "ghost@example.org"):
        client = browser(hosted_app)
        for _ in range(5):
            post_form(client, "/signin", {"email": email, "password": "wrong password!"})
        blocked = post_form(client, "/signin", {"email": email, "password": PASSWORD})
        assert blocked.status_code == 422
        assert "too many sign-in attempts" in blocked.text.lower()
    hosted_clock.advance(hours=1)
    later = post_form(
        browser(hosted_app), "/signin", {"email": "gus@example.org", "password": PASSWORD}
    )
    assert later.status_code == 303


def test_next_never_leads_off_the_site(hosted_app: FastAPI, accounts: Accounts) -> None:
    signed_up(hosted_app, accounts, "hal@example.org")
    client = browser(hosted_app)
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        answer = post_form(
            client, "/signin", {"email": "hal@example.org", "password": PASSWORD, "next": target}
        )
        assert answer.headers["location"] == "/today"
        post_form(client, "/signout", {}, page="/today")


def test_sign_out_everywhere_ends_every_session(hosted_app: FastAPI, accounts: Accounts) -> None:
    laptop = signed_up(hosted_app, accounts, "ida@example.org")
    phone = browser(hosted_app)
    post_form(phone, "/signin", {"email": "ida@example.org", "password": PASSWORD})
    assert phone.get("/today").status_code == 200
    account = laptop.get("/account")
    assert account.text.count("Sign out there") == 1  # the phone; not this browser
    post_form(laptop, "/account/sign-out-everywhere", {}, page="/account")
    assert phone.get("/today").status_code == 303
    assert laptop.get("/today").status_code == 303


def test_changing_the_password_signs_out_the_other_browsers(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    laptop = signed_up(hosted_app, accounts, "jo@example.org")
    phone = browser(hosted_app)
    post_form(phone, "/signin", {"email": "jo@example.org", "password": PASSWORD})
    new = "quiet meadow copper kettle"
    wrong = post_form(
        laptop,
        "/account/password",
        {"current": "nope nope nope", "password": new, "repeat": new},
        page="/account",
    )
    assert wrong.status_code == 422
    done = post_form(
        laptop,
        "/account/password",
        {"current": PASSWORD, "password": new, "repeat": new},
        page="/account",
    )
    assert done.status_code == 303
    assert laptop.get("/today").status_code == 200
    assert phone.get("/today").status_code == 303
    again = browser(hosted_app)
    assert (
        post_form(again, "/signin", {"email": "jo@example.org", "password": new}).status_code == 303
    )


def test_a_reset_link_sets_a_new_password_once_and_ends_every_session(
    hosted_app: FastAPI, accounts: Accounts, hosted_clock: FixedClock
) -> None:
    laptop = signed_up(hosted_app, accounts, "kim@example.org")
    _, token = accounts.request_reset("kim@example.org")
    assert token is not None
    new = "north window pebble tea"
    client = browser(hosted_app)
    done = post_form(client, f"/reset/{token}", {"password": new, "repeat": new})
    assert done.status_code == 303
    assert laptop.get("/today").status_code == 303
    assert browser(hosted_app).get(f"/reset/{token}").status_code == 410
    assert (
        post_form(client, "/signin", {"email": "kim@example.org", "password": new}).status_code
        == 303
    )
    _, late = accounts.request_reset("kim@example.org")
    assert late is not None
    hosted_clock.advance(hours=2)
    assert browser(hosted_app).get(f"/reset/{late}").status_code == 410


def test_asking_for_a_reset_says_the_same_for_any_address(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    signed_up(hosted_app, accounts, "lou@example.org")
    said = []
    for email in ("lou@example.org", "nobody@example.org"):
        answer = post_form(browser(hosted_app), "/reset", {"email": email})
        assert answer.status_code == 200
        said.append(without_tokens(answer.text).replace(email, "X"))
    assert said[0] == said[1]


def test_a_form_from_one_session_is_refused_in_another(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    ana = signed_up(hosted_app, accounts, "max@example.org")
    token = form_token(ana, "/account")
    post_form(ana, "/signout", {}, page="/today")
    post_form(ana, "/signin", {"email": "max@example.org", "password": PASSWORD})
    stale = ana.post("/signout", data={"csrf_token": token})
    assert stale.status_code == 403


def test_the_sign_in_pages_answer_head_like_get(hosted_app: FastAPI) -> None:
    client = browser(hosted_app)
    for path in ("/signin", "/signup", "/reset"):
        answer = client.head(path)
        assert answer.status_code == 200, path
        assert answer.content == b""
    assert client.head("/account").status_code == 303  # a visitor is sent to sign in
    assert client.head("/caseload").status_code == 303


def test_an_api_token_works_without_cookies_until_revoked(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    client = signed_up(hosted_app, accounts, "nel@example.org")
    refused = post_form(client, "/account/tokens", {"name": "   "}, page="/account")
    assert refused.status_code == 422
    assert "name the token" in refused.text.lower()
    made = post_form(client, "/account/tokens", {"name": "my spreadsheet"}, page="/account")
    assert made.status_code == 200
    token = re.search(r'<code id="new-token">(nyt_[A-Za-z0-9_-]+)</code>', made.text)
    assert token, "the new token is on the page once"
    assert "<title>Account · NextYes</title>" in made.text  # in the page, not its title
    assert token.group(1) not in client.get("/account").text  # and never again
    with hosted_app.state.workspace.db.engine.connect() as connection:
        kept = connection.execute(text("SELECT id, name FROM api_tokens")).all()
    assert [row.name for row in kept] == ["my spreadsheet"]
    assert all(token.group(1) not in row.id for row in kept)  # only its hash
    script = browser(hosted_app)  # no cookies, no CSRF token: a script
    script.headers["Authorization"] = f"Bearer {token.group(1)}"
    added = script.post("/api/v1/applications", json={"company": "Lumen", "role": "Analyst"})
    assert added.status_code == 201, added.text
    assert script.get("/api/v1/applications").json()["items"][0]["company"] == "Lumen"
    assert script.get("/today").status_code == 303  # a token opens the API, not the pages
    key = re.search(r'action="/account/tokens/([0-9a-f]{64})/revoke"', client.get("/account").text)
    assert key
    post_form(client, f"/account/tokens/{key.group(1)}/revoke", {}, page="/account")
    assert script.get("/api/v1/applications").status_code == 401
    wrong = browser(hosted_app)
    wrong.headers["Authorization"] = "Bearer nyt_not-a-token"
    assert wrong.get("/api/v1/applications").status_code == 401


def test_an_api_token_stops_working_when_the_days_it_was_made_for_are_over(
    hosted_app: FastAPI, accounts: Accounts, hosted_clock: FixedClock
) -> None:
    client = signed_up(hosted_app, accounts, "ola@example.org")
    assert '<option value="90" selected>90 days</option>' in client.get("/account").text
    odd = post_form(client, "/account/tokens", {"name": "x", "days": "1000"}, page="/account")
    assert odd.status_code == 422
    assert "token lasts 7, 30, 90, 365 days; 1000 is not one of them" in odd.text
    not_days = post_form(client, "/account/tokens", {"name": "x", "days": "soon"}, page="/account")
    assert not_days.status_code == 422
    assert "must be a number of days" in not_days.text
    made = post_form(client, "/account/tokens", {"name": "weekly", "days": "7"}, page="/account")
    token = re.search(r'<code id="new-token">(nyt_[A-Za-z0-9_-]+)</code>', made.text)
    assert token
    assert "works until 23 Mar 2026" in client.get("/account").text  # TODAY is 16 Mar 2026
    script = browser(hosted_app)
    script.headers["Authorization"] = f"Bearer {token.group(1)}"
    assert script.get("/api/v1/applications").status_code == 200
    hosted_clock.advance(days=6)
    assert script.get("/api/v1/applications").status_code == 200
    hosted_clock.advance(days=1)
    assert script.get("/api/v1/applications").status_code == 401
    page = client.get("/account").text
    assert "expired 23 Mar 2026" in page
    assert "it opens nothing now, so remove it" in page


def test_the_first_account_takes_over_a_local_search_and_later_ones_start_empty(
    hosted_settings: Settings, hosted_clock: FixedClock
) -> None:
    # A PostgreSQL database used in local mode first: the one person's search is there.
    local = Workspace.open(hosted_settings.model_copy(update={"mode": "local"}), clock=hosted_clock)
    add_application(local, NewApplication(company="Old Search Co", role="Analyst"))
    local.db.dispose()
    app = create_app(hosted_settings, clock=hosted_clock)
    try:
        found: Accounts = app.state.accounts
        first = signed_up(app, found, "zoe@example.org")
        assert "Old Search Co" in first.get("/pipeline").text
        second = signed_up(app, found, "zed@example.org")
        assert "Old Search Co" not in second.get("/pipeline").text
        assert second.get("/api/v1/applications").json()["total"] == 0
    finally:
        app.state.workspace.db.dispose()


def test_a_person_deletes_their_account_and_everything_in_it(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    client = signed_up(hosted_app, accounts, "wyn@example.org")
    other = signed_up(hosted_app, accounts, "xan@example.org")
    for person, company in ((client, "Lumen Health"), (other, "Orchard & Co")):
        token = form_token(person, "/applications/new")
        person.post("/api/v1/applications", json={"company": company, "role": "Analyst"},
                    headers={"X-CSRF-Token": token})  # fmt: skip
    db = hosted_app.state.workspace.db

    def rows_of(email: str) -> int:
        with db.engine.connect() as connection:
            user = connection.execute(
                text("SELECT user_id FROM accounts WHERE email = :e"), {"e": email}
            ).scalar()
            if user is None:
                return 0
            owned = sum(
                connection.execute(
                    text(f"SELECT count(*) FROM {table.name} WHERE owner_id = :u"), {"u": user}
                ).scalar_one()
                for table in owned_tables()
            )
            return int(owned) + 1

    assert rows_of("wyn@example.org") > 1
    before_other = rows_of("xan@example.org")
    with db.engine.connect() as connection:
        users_before = connection.execute(text("SELECT count(*) FROM users")).scalar_one()

    def delete(password: str, confirm: str) -> object:
        said = {"password": password, "confirm": confirm}
        return post_form(client, "/account/delete", said, page="/account")

    wrong: Any = delete("not it", "delete my account")
    assert wrong.status_code == 422
    assert "password is not right; nothing was deleted" in wrong.text
    unsaid: Any = delete(PASSWORD, "yes")
    assert unsaid.status_code == 422
    assert "to say you mean it; nothing was deleted" in unsaid.text
    assert 'value="yes"' in unsaid.text  # what they typed stays in the box
    assert rows_of("wyn@example.org") > 1

    done: Any = delete(PASSWORD, " Delete  my ACCOUNT ")
    assert done.status_code == 303
    assert done.headers["location"] == "/signin"
    assert client.get("/today").status_code == 303  # signed out
    assert rows_of("wyn@example.org") == 0
    with db.engine.connect() as connection:
        left = connection.execute(text("SELECT count(*) FROM users")).scalar_one()
    assert left == users_before - 1
    assert rows_of("xan@example.org") == before_other
    again = browser(hosted_app)
    refused = post_form(again, "/signin", {"email": "wyn@example.org", "password": PASSWORD})
    assert refused.status_code == 422
    assert NOT_SIGNED_IN[1:] in refused.text  # (said as a sentence: a capital first)
