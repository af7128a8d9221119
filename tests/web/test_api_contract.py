"""The promises every API route keeps, checked route by route from one table: a good request
succeeds; a bad one is a problem+json 422 naming the field; an unknown id is a problem+json
404; a change without the CSRF token is a 403 and writes nothing.

The table must list every route the API documents (preferences have their own tests)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import UNKNOWN_ID, Arranged, arrange, is_problem, snapshot

Body = Callable[[Arranged], dict[str, Any]] | None
POSTING_PAGE = (
    '<html><head><script type="application/ld+json">{"@type": "JobPosting", "title":'
    ' "Data Analyst", "hiringOrganization": "Lumen Health", "description": "SQL"}</script>'
    "</head><body></body></html>"
)


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # as documented, e.g. /applications/{application_id}
    id_of: str | None = None  # which arranged record fills the path's id
    body: Body = None
    query: dict[str, Any] = field(default_factory=dict)
    bad: dict[str, Any] = field(default_factory=dict)  # {"body"|"query"|"path": ...}
    bad_field: str | None = None
    files: Body = None  # a multipart upload instead of a JSON body

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def url(self, record_id: int | str | None) -> str:
        path = self.path
        if "{" in path:
            name = path[path.index("{") + 1 : path.index("}")]
            path = path.replace("{" + name + "}", str(record_id))
        return f"/api/v1{path}"


ROUTES = [
    Route("GET", "/csrf-token"),
    Route("GET", "/today", bad={"query": {"as_of": "yesterday-ish"}}, bad_field="as_of"),
    Route("GET", "/today/all", bad={"query": {"only": "urgent"}}, bad_field="only"),
    Route("GET", "/applications", bad={"query": {"limit": 0}}, bad_field="limit"),
    Route(
        "POST",
        "/applications",
        body=lambda a: {"company": "Beacon Charity", "role": "Impact Analyst"},
        bad={"body": {"company": "Beacon", "role": "Analyst", "excitement": 9}},
        bad_field="excitement",
    ),
    Route(
        "GET",
        "/applications/{application_id}",
        "application_id",
        bad={"path": "first"},
        bad_field="application_id",
    ),
    Route(
        "POST",
        "/applications/{application_id}/move",
        "application_id",
        body=lambda a: {"stage": "screening"},
        bad={"body": {"stage": "nowhere"}},
        bad_field="stage",
    ),
    Route(
        "POST",
        "/applications/{application_id}/rejection",
        "application_id",
        body=lambda a: {"form": "silence"},
        bad={"body": {"form": "maybe"}},
        bad_field="form",
    ),
    Route(
        "DELETE",
        "/applications/{application_id}/rejection",
        "rejected_id",
        bad={"path": "0"},
        bad_field="application_id",
    ),
    Route(
        "GET",
        "/applications/{application_id}/plan",
        "rejected_id",
        bad={"path": "-3"},
        bad_field="application_id",
    ),
    Route(
        "POST",
        "/steps/{step_id}/done",
        "step_id",
        body=lambda a: {"note": "Sent it this morning"},
        bad={"body": {"note": 5}},
        bad_field="note",
    ),
    Route(
        "POST",
        "/steps/{step_id}/skip",
        "step_id",
        body=lambda a: {},
        bad={"body": {"reason": "no"}},
        bad_field="reason",
    ),
    Route(
        "POST",
        "/steps/{step_id}/snooze",
        "step_id",
        body=lambda a: {"until": "2026-03-23"},
        bad={"body": {"until": "next week"}},
        bad_field="until",
    ),
    Route(
        "POST",
        "/applications/{application_id}/drafts",
        "rejected_id",
        body=lambda a: {"kind": "feedback_request", "contact_id": a.contact_id},
        bad={"body": {"kind": "love_letter"}},
        bad_field="kind",
    ),
    Route(
        "GET",
        "/applications/{application_id}/drafts",
        "rejected_id",
        bad={"path": "x"},
        bad_field="application_id",
    ),
    Route("POST", "/drafts/{draft_id}/sent", "draft_id", bad={"path": "0"}, bad_field="draft_id"),
    Route(
        "GET",
        "/applications/{application_id}/reflection",
        "rejected_id",
        bad={"path": "1.5"},
        bad_field="application_id",
    ),
    Route(
        "PUT",
        "/applications/{application_id}/reflection",
        "rejected_id",
        body=lambda a: {"keep_doing": "Asking about the team's week"},
        bad={"body": {"fit_score": 7}},
        bad_field="fit_score",
    ),
    Route("GET", "/lessons"),
    Route("GET", "/export"),
    Route(
        "PUT",
        "/skills/{skill_id}",
        "skill_id",
        body=lambda a: {"status": "learning"},
        bad={"body": {"status": "forgotten"}},
        bad_field="status",
    ),
    Route("GET", "/practice"),
    Route(
        "POST",
        "/practice",
        body=lambda a: {"question_id": a.question_id, "felt": 3},
        bad={"body": {"question_id": 1, "felt": 0}},
        bad_field="felt",
    ),
    Route("GET", "/contacts", bad={"query": {"application_id": 0}}, bad_field="application_id"),
    Route(
        "POST",
        "/contacts",
        body=lambda a: {"name": "Sam Lee", "role": "recruiter"},
        bad={"body": {"name": ""}},
        bad_field="name",
    ),
    Route(
        "POST",
        "/contacts/{contact_id}/links",
        "contact_id",
        body=lambda a: {"application_id": a.application_id},
        bad={"body": {}},
        bad_field="application_id",
    ),
    Route(
        "POST",
        "/checkins",
        body=lambda a: {"mood": 3, "note": "Slow, but I sent one"},
        bad={"body": {"mood": 6}},
        bad_field="mood",
    ),
    Route("GET", "/checkins", bad={"query": {"limit": 0}}, bad_field="limit"),
    Route(
        "POST",
        "/who5",
        body=lambda a: {"answers": [3, 3, 4, 2, 3]},
        bad={"body": {"answers": [1, 2]}},
        bad_field="answers",
    ),
    Route("GET", "/wellbeing", bad={"query": {"limit": 5000}}, bad_field="limit"),
    Route("GET", "/week-plan"),
    Route(
        "PUT",
        "/week-plan",
        body=lambda a: {"applications_target": 4},
        bad={"body": {"applications_target": 0}},
        bad_field="applications_target",
    ),
    Route("GET", "/if-thens"),
    Route(
        "POST",
        "/if-thens",
        body=lambda a: {"cue": "a rejection email arrives", "action": "I take a walk first"},
        bad={"body": {"cue": "a rejection email arrives"}},
        bad_field="action",
    ),
    Route("GET", "/evidence", bad={"query": {"application_id": -1}}, bad_field="application_id"),
    Route("GET", "/insights", bad={"query": {"next": 0}}, bad_field="next"),
    Route("GET", "/insights/skills"),
    Route(
        "POST",
        "/postings/read",
        body=lambda a: {"page": POSTING_PAGE},
        bad={"body": {"url": 5}},
        bad_field="url",
    ),
    Route(
        "GET",
        "/applications/{application_id}/fit",
        "application_id",
        bad={"path": "first"},
        bad_field="application_id",
    ),
    Route("GET", "/profile/skills"),
    Route(
        "PUT",
        "/profile/skills",
        body=lambda a: {"skills": ["SQL", "Python"], "skill_words": ["dbt: data build tool"]},
        bad={"body": {"skills": "SQL"}},
        bad_field="skills",
    ),
    Route("POST", "/profile/cv", files=lambda a: {"cv": ("cv.txt", b"Skills: SQL, Python\n")}),
    Route(
        "POST",
        "/lessons/to-learn",
        body=lambda a: {"name": "dbt"},
        bad={"body": {"name": ""}},
        bad_field="name",
    ),
    Route(
        "POST",
        "/inbox/import",
        files=lambda a: {"files": ("mail.mbox", b"From x\nSubject: Hello\n\nHi there\n")},
        bad={"query": {"format": "zip"}},
        bad_field="format",
    ),
    Route("GET", "/inbox/imports"),  # always empty here; tests/hosted fills it
    Route("GET", "/inbox/review", bad={"query": {"limit": 0}}, bad_field="limit"),
    Route(
        "POST",
        "/inbox/review/{item_id}/confirm",
        "review_item_id",
        body=lambda a: {},
        bad={"body": {"label": "maybe"}},
        bad_field="label",
    ),
    Route(
        "POST",
        "/inbox/review/{item_id}/dismiss",
        "review_item_id",
        bad={"path": "0"},
        bad_field="item_id",
    ),
    # corrections: change only what is sent; delete into the trash, and back again
    Route(
        "PATCH",
        "/applications/{application_id}",
        "application_id",
        body=lambda a: {"notes": "Ask about the team", "excitement": 4},
        bad={"body": {"excitement": 6}},
        bad_field="excitement",
    ),
    Route(
        "DELETE",
        "/applications/{application_id}",
        "application_id",
        bad={"path": "none"},
        bad_field="application_id",
    ),
    Route(
        "PATCH",
        "/events/{event_id}",
        "event_id",
        body=lambda a: {"note": "Met at the panel"},
        bad={"body": {"occurred_on": "soon"}},
        bad_field="occurred_on",
    ),
    Route("DELETE", "/events/{event_id}", "event_id", bad={"path": "0"}, bad_field="event_id"),
    Route(
        "DELETE",
        "/applications/{application_id}/reflection",
        "rejected_id",
        bad={"path": "x"},
        bad_field="application_id",
    ),
    Route(
        "PATCH",
        "/drafts/{draft_id}",
        "draft_id",
        body=lambda a: {"body": "Dear Ana, thank you for your time. Sam"},
        bad={"body": {"subject": 5}},
        bad_field="subject",
    ),
    Route("DELETE", "/drafts/{draft_id}", "draft_id", bad={"path": "-1"}, bad_field="draft_id"),
    Route(
        "PATCH",
        "/contacts/{contact_id}",
        "contact_id",
        body=lambda a: {"email": "ana.ribeiro@example.org"},
        bad={"body": {"role": "boss"}},
        bad_field="role",
    ),
    Route(
        "DELETE", "/contacts/{contact_id}", "contact_id", bad={"path": "0"}, bad_field="contact_id"
    ),
    Route(
        "PATCH",
        "/checkins/{checkin_id}",
        "checkin_id",
        body=lambda a: {"mood": 4},
        bad={"body": {"mood": 0}},
        bad_field="mood",
    ),
    Route(
        "DELETE", "/checkins/{checkin_id}", "checkin_id", bad={"path": "0"}, bad_field="checkin_id"
    ),
    Route(
        "DELETE",
        "/who5/{questionnaire_id}",
        "who5_id",
        bad={"path": "0"},
        bad_field="questionnaire_id",
    ),
    Route(
        "PATCH",
        "/if-thens/{plan_id}",
        "if_then_id",
        body=lambda a: {"action": "I take a walk, then send one application"},
        bad={"body": {"cue": ""}},
        bad_field="cue",
    ),
    Route("DELETE", "/if-thens/{plan_id}", "if_then_id", bad={"path": "0"}, bad_field="plan_id"),
    Route("DELETE", "/week-plan"),
    Route("GET", "/trash"),
    Route("POST", "/trash/{trash_id}/restore", "trash_id", bad={"path": "0"}, bad_field="trash_id"),
    Route("DELETE", "/trash", bad={"query": {"older_than_days": -1}}, bad_field="older_than_days"),
    Route(
        "DELETE",
        "/data",
        body=lambda a: {"confirm": "delete everything"},
        bad={"body": {"confirm": "delete"}},
        bad_field="confirm",
    ),
    # records the web had and the API lacked
    Route("GET", "/interviews", bad={"query": {"application_id": 0}}, bad_field="application_id"),
    Route(
        "POST",
        "/interviews",
        body=lambda a: {"application_id": a.application_id, "starts_at": "2026-03-20T09:30:00Z"},
        bad={"body": {"application_id": 1, "starts_at": "2026-03-20T09:30:00"}},
        bad_field="starts_at",
    ),
    Route(
        "PATCH",
        "/interviews/{interview_id}",
        "interview_id",
        body=lambda a: {"minutes": 45, "location": "https://meet.example.org/abc"},
        bad={"body": {"minutes": 0}},
        bad_field="minutes",
    ),
    Route(
        "DELETE",
        "/interviews/{interview_id}",
        "interview_id",
        bad={"path": "0"},
        bad_field="interview_id",
    ),
    Route("GET", "/past-jobs"),
    Route(
        "POST",
        "/past-jobs",
        body=lambda a: {"company": "Northwind", "role": "Analyst", "channel": "recruiter"},
        bad={"body": {"company": "Northwind", "role": "Analyst", "channel": "luck"}},
        bad_field="channel",
    ),
    Route(
        "PATCH",
        "/past-jobs/{job_id}",
        "past_job_id",
        body=lambda a: {"ended_on": "2025-12-31"},
        bad={"body": {"started_on": "last year"}},
        bad_field="started_on",
    ),
    Route("DELETE", "/past-jobs/{job_id}", "past_job_id", bad={"path": "0"}, bad_field="job_id"),
    Route("GET", "/writing"),
    Route("GET", "/writing/prompt"),
    Route(
        "POST",
        "/writing",
        body=lambda a: {"text": "Today I sent two applications and went for a walk."},
        bad={"body": {"text": "fine", "private": "maybe"}},
        bad_field="private",
    ),
    Route("GET", "/writing/{entry_id}", "writing_id", bad={"path": "0"}, bad_field="entry_id"),
    Route("DELETE", "/writing/{entry_id}", "writing_id", bad={"path": "0"}, bad_field="entry_id"),
    Route("GET", "/profile"),
    Route(
        "PUT",
        "/profile",
        body=lambda a: {"name": "Sam Rivera", "headline": "Data analyst"},
        bad={"body": {"name": 7}},
        bad_field="name",
    ),
]
BY_LABEL = {route.label: route for route in ROUTES}
UNSAFE = [r for r in ROUTES if r.method != "GET"]
WITH_IDS = [r for r in ROUTES if r.id_of is not None]
WITH_BAD = [r for r in ROUTES if r.bad_field is not None]
WITH_BODY = [r for r in UNSAFE if r.body is not None]


@pytest.fixture
def arranged(workspace: Workspace) -> Arranged:
    return arrange(workspace)


def send(client: TestClient, route: Route, arranged: Arranged, **changes: Any) -> Any:
    record_id = changes.get("path", getattr(arranged, route.id_of) if route.id_of else None)
    body = changes.get("body", route.body(arranged) if route.body else None)
    query = changes.get("query", route.query)
    if route.files is not None:
        files = route.files(arranged)
        return client.request(route.method, route.url(record_id), files=files, params=query)
    return client.request(route.method, route.url(record_id), json=body, params=query)


def test_the_table_lists_every_documented_route(app: FastAPI) -> None:
    documented = {
        f"{method.upper()} {path.removeprefix('/api/v1')}"
        for path, methods in app.openapi()["paths"].items()
        for method, operation in methods.items()
        # Settings and the calendar feed are another area's, with their own tests.
        if not {"settings", "calendar"} & set(operation.get("tags", []))
    }
    # A background import exists in hosted mode only (tests/hosted/test_import_jobs.py).
    documented.discard("GET /inbox/imports/{import_id}")
    assert documented == set(BY_LABEL)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.label)
def test_a_good_request_succeeds(client: TestClient, arranged: Arranged, route: Route) -> None:
    response = send(client, route, arranged)
    assert response.status_code in (200, 201), response.text
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("route", WITH_BAD, ids=lambda r: r.label)
def test_a_bad_request_is_a_problem_naming_the_field(
    client: TestClient, arranged: Arranged, workspace: Workspace, route: Route
) -> None:
    before = snapshot(workspace)
    response = send(client, route, arranged, **route.bad)
    problem = is_problem(response, 422)
    assert problem["detail"].startswith(f"{route.bad_field}:"), problem["detail"]
    assert "\n" not in problem["detail"]
    assert snapshot(workspace) == before


@pytest.mark.parametrize("route", WITH_IDS, ids=lambda r: r.label)
def test_an_unknown_id_is_a_404_problem(
    client: TestClient, arranged: Arranged, workspace: Workspace, route: Route
) -> None:
    before = snapshot(workspace)
    problem = is_problem(send(client, route, arranged, path=UNKNOWN_ID), 404)
    assert str(UNKNOWN_ID) in problem["detail"]
    assert snapshot(workspace) == before


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("POST /practice", {"question_id": UNKNOWN_ID, "felt": 3}),
        ("POST /contacts", {"name": "Sam Lee", "application_id": UNKNOWN_ID}),
        (
            "POST /applications/{application_id}/drafts",
            {"kind": "thank_you", "contact_id": UNKNOWN_ID},
        ),
    ],
)
def test_an_unknown_id_in_the_body_is_a_404_problem(
    client: TestClient, arranged: Arranged, workspace: Workspace, label: str, body: dict[str, Any]
) -> None:
    before = snapshot(workspace)
    problem = is_problem(send(client, BY_LABEL[label], arranged, body=body), 404)
    assert str(UNKNOWN_ID) in problem["detail"]
    assert snapshot(workspace) == before


@pytest.mark.parametrize("route", UNSAFE, ids=lambda r: r.label)
def test_a_change_without_the_token_is_refused_and_changes_nothing(
    bare_client: TestClient, arranged: Arranged, workspace: Workspace, route: Route
) -> None:
    before = snapshot(workspace)
    problem = is_problem(send(bare_client, route, arranged), 403)
    assert "X-CSRF-Token" in problem["detail"]
    assert snapshot(workspace) == before


@pytest.mark.parametrize("route", WITH_BODY, ids=lambda r: r.label)
def test_a_body_that_is_not_an_object_is_refused(
    client: TestClient, arranged: Arranged, route: Route
) -> None:
    problem = is_problem(send(client, route, arranged, body=["not", "an", "object"]), 422)
    assert "object" in problem["detail"] or "dictionary" in problem["detail"]


@pytest.mark.parametrize("route", WITH_BODY, ids=lambda r: r.label)
def test_an_unknown_field_is_refused(client: TestClient, arranged: Arranged, route: Route) -> None:
    body = {**(route.body(arranged) if route.body else {}), "surprise": True}
    problem = is_problem(send(client, route, arranged, body=body), 422)
    assert problem["detail"] == "surprise: Extra inputs are not permitted"


def test_a_method_a_path_does_not_serve_names_those_it_does(client: TestClient) -> None:
    response = client.request("PATCH", "/api/v1/applications")
    is_problem(response, 405)
    assert response.headers["allow"] == "GET, POST"
