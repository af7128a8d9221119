"""Isolation you can prove: two people, A and B, each with a whole search (the demo). Signed
in as A, every route of the app that takes an id (found by walking the app's own routing
table, so a new route cannot escape) is asked for with each of B's ids, by every method it
takes (a change with a body that passes its own checks). Every answer is 404, the one a
never-used id gets (never a 403, which would say the row exists), and not one of B's rows
changes. Then A's own feed and export hold nothing of B's. On PostgreSQL, as a career
centre runs it."""

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from nextyes.services.accounts import Accounts, SignedIn
from nextyes.services.advisers import Advisers
from nextyes.services.demo import load_demo
from nextyes.services.import_jobs import summary_json
from nextyes.services.inbox import ImportSummary
from nextyes.services.trash import Kind, delete_item
from nextyes.services.workspace import Workspace
from nextyes.store.account_tables import ImportJobRow
from nextyes.store.accounts import digest
from nextyes.store.wipe import owned_tables
from nextyes.web.csrf import token_for
from nextyes.web.identity import SESSION_COOKIE
from tests.hosted.conftest import BASE_URL, PASSWORD

# Which table a path parameter's id is from; (path prefix, name) first, then the name.
TABLE_BY_ROUTE = {
    ("/entries/", "entry_id"): "events",
    ("/checkin/writing/", "entry_id"): "writing_entries",
    ("/api/v1/writing/", "entry_id"): "writing_entries",
    ("/import/review/", "item_id"): "inbox_review",
    ("/api/v1/inbox/review/", "item_id"): "inbox_review",
    ("/account/tokens/", "key"): "api_tokens",
}
TABLE_BY_NAME = {
    "application_id": "applications",
    "step_id": "steps",
    "draft_id": "drafts",
    "contact_id": "contacts",
    "interview_id": "interviews",
    "job_id": "past_jobs",
    "checkin_id": "checkins",
    "plan_id": "if_then_plans",
    "trash_id": "trash",
    "skill_id": "skills",
    "event_id": "events",
    "question_id": "practice_questions",
    "questionnaire_id": "wellbeing",
    "key": "web_sessions",
    "link_id": "advisers",  # a seeker's advisers (seeker_id), and an adviser's caseload
    "import_id": "import_jobs",
}
TABLE_BY_KIND = {
    Kind.APPLICATION: "applications",
    Kind.EVENT: "events",
    Kind.CONTACT: "contacts",
    Kind.INTERVIEW: "interviews",
    Kind.CHECKIN: "checkins",
    Kind.WHO5: "wellbeing",
    Kind.IF_THEN: "if_then_plans",
    Kind.WEEKLY_PLAN: "weekly_plans",
    Kind.PAST_JOB: "past_jobs",
    Kind.DRAFT: "drafts",
    Kind.REFLECTION: "reflections",
    Kind.WRITING: "writing_entries",
}
# Capability links: the token in the address is the secret itself (checked below instead).
TOKEN_ROUTES = {"/calendar/{token}.ics", "/signup/{token}", "/reset/{token}", "/advise/{token}"}
NEVER_USED = 10_000_000
# A body each change needs to get past its own checks to the look-up (without one, FastAPI
# answers 422 for any id before the route runs: no leak, but no proof either). "mine" is
# filled with one of A's own applications.
JSON_BODIES: dict[tuple[str, str], dict[str, object]] = {
    ("PATCH", "/api/v1/applications/{application_id}"): {"role": "Changed"},
    ("PATCH", "/api/v1/checkins/{checkin_id}"): {"mood": 3},
    ("PATCH", "/api/v1/contacts/{contact_id}"): {"name": "Changed"},
    ("PATCH", "/api/v1/drafts/{draft_id}"): {"body": "changed"},
    ("PATCH", "/api/v1/events/{event_id}"): {"note": "changed"},
    ("PATCH", "/api/v1/if-thens/{plan_id}"): {"action": "changed"},
    ("PATCH", "/api/v1/interviews/{interview_id}"): {"title": "Changed"},
    ("PATCH", "/api/v1/past-jobs/{job_id}"): {"role": "Changed"},
    ("POST", "/api/v1/applications/{application_id}/drafts"): {"kind": "thank_you"},
    ("POST", "/api/v1/applications/{application_id}/move"): {"stage": "screening"},
    ("POST", "/api/v1/applications/{application_id}/rejection"): {"form": "explicit"},
    ("POST", "/api/v1/contacts/{contact_id}/links"): {"application_id": "mine"},
    ("POST", "/api/v1/steps/{step_id}/snooze"): {"until": "2099-01-01"},
    ("PUT", "/api/v1/applications/{application_id}/reflection"): {"preparation": "changed"},
    ("PUT", "/api/v1/skills/{skill_id}"): {"status": "done"},
}
FORM_BODIES: dict[tuple[str, str], dict[str, str]] = {
    ("POST", "/applications/{application_id}/move"): {"stage": "screening"},
    ("POST", "/import/review/{item_id}/correct"): {"label": "other"},
    ("POST", "/lessons/practice/{question_id}"): {"felt": "3"},
    ("POST", "/lessons/skills/{skill_id}"): {"status": "done"},
    ("POST", "/steps/{step_id}/snooze"): {"until": "2099-01-01"},
}
PARAMETER = re.compile(r"\{([^}:]+)(?::[^}]*)?\}")


def routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) for every route the app has, included routers too."""

    def walk(found: list[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
        for route in found:
            inner = getattr(route, "original_router", None)
            if inner is not None:
                yield from walk(inner.routes, prefix + getattr(inner, "prefix", ""))
            for method in getattr(route, "methods", None) or ():
                if method != "HEAD":
                    yield method, prefix + route.path

    return sorted(set(walk(list(app.routes))))


def table_for(path: str, name: str) -> str:
    for (prefix, param), table in TABLE_BY_ROUTE.items():
        if path.startswith(prefix) and param == name:
            return table
    return TABLE_BY_NAME[name]


class Person:
    def __init__(self, app: FastAPI, email: str) -> None:
        accounts: Accounts = app.state.accounts
        self.user_id, token = accounts.accept_invite(accounts.invite(email), PASSWORD)
        db = app.state.workspace.db
        ws = Workspace(db, self.user_id, app.state.workspace.clock)
        load_demo(ws)
        # Something in the trash too, for the restore routes to be tried with.
        contacts = ids_of(app, self.user_id)["contacts"]
        delete_item(ws, Kind.CONTACT, int(contacts[0]))
        self.api_token = accounts.create_api_token(SignedIn(self.user_id, ""), "a script")
        # A finished background import, for the routes that show one.
        now = ws.clock.now()
        with db.transaction() as session:
            session.add(
                ImportJobRow(
                    user_id=self.user_id, source="mbox", what="mail.mbox", status="done",
                    created_at=now, heartbeat_at=now, finished_at=now, read=0,
                    summary=summary_json(ImportSummary()),
                )
            )  # fmt: skip
        self.client = TestClient(app, base_url=BASE_URL, follow_redirects=False)
        self.client.cookies.set(SESSION_COOKIE, token)
        csrf = token_for(app.state.secret, f"session:{digest(token)}")
        self.client.headers["X-CSRF-Token"] = csrf
        self.session_key = digest(token)


# Hosted-mode rows a person's id is kept in (not owner_id: accounts, sign-ins, advisers).
USER_TABLES = {
    "accounts": "user_id",
    "web_sessions": "user_id",
    "api_tokens": "user_id",
    "advisers": "seeker_id",
    "adviser_notes": "seeker_id",
    "import_jobs": "user_id",
}


def ids_of(app: FastAPI, owner: int) -> dict[str, list[int | str]]:
    found: dict[str, list[int | str]] = {}
    with app.state.workspace.db.engine.connect() as connection:
        for table in owned_tables():
            if "id" not in table.c:  # one row per person (preferences): no id to ask by
                continue
            rows = connection.execute(select(table.c.id).where(table.c.owner_id == owner))
            found[table.name] = [row.id for row in rows]
        for name, column in USER_TABLES.items():
            if name == "accounts":
                continue
            query = text(f"SELECT id FROM {name} WHERE {column} = :u")
            found[name] = [row.id for row in connection.execute(query, {"u": owner})]
    return found


def snapshot(app: FastAPI, owner: int) -> dict[str, list[str]]:
    """Every row B owns, every column, plus B's account, sessions, tokens and advisers."""
    taken: dict[str, list[str]] = {}
    with app.state.workspace.db.engine.connect() as connection:
        for table in owned_tables():
            rows = connection.execute(
                select(table).where(table.c.owner_id == owner).order_by(*table.primary_key)
            )
            taken[table.name] = [repr(tuple(row)) for row in rows]
        for name, column in USER_TABLES.items():
            query = text(f"SELECT * FROM {name} WHERE {column} = :u")
            taken[name] = sorted(
                repr(tuple(row)) for row in connection.execute(query, {"u": owner})
            )
    return taken


@pytest.fixture
def two_people(hosted_app: FastAPI) -> tuple[Person, Person]:
    a, b = Person(hosted_app, "a@example.org"), Person(hosted_app, "b@example.org")
    # B shares with an adviser C (never A), who left a note: their ids are B's to guard.
    c = Person(hosted_app, "c@example.org")
    base = hosted_app.state.workspace
    advisers = Advisers(base.db, base.clock)
    link = advisers.accept(c.user_id, advisers.invite(b.user_id))
    advisers.leave_note(c.user_id, link, "a note for B")
    return a, b


def fill(path: str, values: Mapping[str, object]) -> str:
    return PARAMETER.sub(lambda m: str(values[m.group(1)]), path)


def test_no_route_reaches_anything_of_another_person(
    hosted_app: FastAPI, two_people: tuple[Person, Person]
) -> None:
    a, b = two_people
    b_ids = ids_of(hosted_app, b.user_id)
    before = snapshot(hosted_app, b.user_id)
    table_routes = [(m, p) for m, p in routes(hosted_app) if "{" in p and p not in TOKEN_ROUTES]
    assert ("GET", "/applications/{application_id}") in table_routes  # the walk found pages
    assert ("DELETE", "/api/v1/applications/{application_id}") in table_routes  # and the API
    tried, problems, empty = 0, [], set()
    mine = ids_of(hosted_app, a.user_id)["applications"][0]
    for method, path in table_routes:
        names = PARAMETER.findall(path)
        if names == ["kind", "item_id"]:
            cases = [
                ({"kind": kind.value, "item_id": row}, {"kind": kind.value, "item_id": NEVER_USED})
                for kind, table in TABLE_BY_KIND.items()
                for row in b_ids[table][:3]
            ]
        else:
            [name] = names
            rows = b_ids[table_for(path, name)]
            if not rows:
                empty.add(table_for(path, name))
            never: int | str = "0" * 64 if name == "key" else NEVER_USED
            cases = [({name: row}, {name: never}) for row in rows[:3]]
        body = {
            k: mine if v == "mine" else v for k, v in JSON_BODIES.get((method, path), {}).items()
        }
        sent: dict[str, Any] = {"json": body} if body else {}
        if (method, path) in FORM_BODIES:
            sent = {"data": FORM_BODIES[(method, path)]}
        for theirs, nobodys in cases:
            tried += 1
            answer = a.client.request(method, fill(path, theirs), **sent)
            baseline = a.client.request(method, fill(path, nobodys), **sent)
            said = f"{method} {fill(path, theirs)}: {answer.status_code}"
            if answer.status_code != baseline.status_code:
                problems.append(f"{said}, but {baseline.status_code} for an id no one has")
            elif answer.status_code < 400 or answer.status_code == 403:
                problems.append(said)
            elif answer.status_code != 404:
                problems.append(f"{said}, not 404")
    assert not empty, f"B has no rows in {sorted(empty)}: the matrix cannot try their routes"
    assert not problems, "\n".join(problems)
    assert tried > 150
    assert snapshot(hosted_app, b.user_id) == before


def test_a_persons_export_and_calendar_feed_hold_nothing_of_anothers(
    hosted_app: FastAPI, two_people: tuple[Person, Person]
) -> None:
    a, b = two_people
    exported = a.client.get("/settings/export")
    assert exported.status_code == 200
    document = json.loads(exported.text)
    b_ids = ids_of(hosted_app, b.user_id)
    for table, rows in document.items():
        if isinstance(rows, list):
            overlap = {row.get("id") for row in rows} & set(b_ids.get(table, []))
            assert not overlap, (table, sorted(overlap)[:5])
    assert a.client.post("/calendar/rotate").status_code == 303
    page = a.client.get("/calendar").text
    feed = re.search(r"/calendar/([A-Za-z0-9_-]{20,})\.ics", page)
    assert feed, "no feed link on the calendar page"
    mine = TestClient(hosted_app, base_url=BASE_URL).get(feed.group(0))  # no cookie: a calendar app
    assert mine.status_code == 200
    shown = re.findall(r"UID:(step|interview)-(\d+)@nextyes", mine.text)
    assert shown, "the demo gave A steps and interviews for the feed"
    a_ids = ids_of(hosted_app, a.user_id)
    for kind, row in shown:
        assert int(row) in a_ids["steps" if kind == "step" else "interviews"], (kind, row)


def test_one_person_cannot_end_anothers_session(
    hosted_app: FastAPI, two_people: tuple[Person, Person]
) -> None:
    a, b = two_people
    ended = a.client.post(f"/account/sessions/{b.session_key}/end")
    assert ended.status_code == 404
    assert b.client.get("/today").status_code == 200


def test_a_persons_api_token_reaches_only_their_own_search(
    hosted_app: FastAPI, two_people: tuple[Person, Person]
) -> None:
    a, b = two_people
    script = TestClient(hosted_app, base_url=BASE_URL, follow_redirects=False)
    script.headers["Authorization"] = f"Bearer {a.api_token}"
    mine = {item["id"] for item in script.get("/api/v1/applications?limit=100").json()["items"]}
    theirs = set(ids_of(hosted_app, b.user_id)["applications"])
    assert mine
    assert not mine & theirs
    for row in sorted(theirs)[:5]:
        assert script.get(f"/api/v1/applications/{row}").status_code == 404
        assert script.delete(f"/api/v1/applications/{row}").status_code == 404
