"""The If-then page: if-then plans, and this week's what, when and how."""

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application
from nextyes.services.weekly import add_if_then, list_if_thens, week_plan
from nextyes.services.workspace import Workspace
from tests.web.conftest import says


def test_the_page_shows_a_first_example_and_a_suggested_week(client: TestClient) -> None:
    response = client.get("/if-then")
    assert response.status_code == 200
    html = response.text
    assert "<title>If-then plans · NextYes</title>" in html
    assert "None yet." in html
    assert "A suggestion drawn from your search so far." in html
    assert "week of 2026-03-16" in html
    assert '<label for="f-cue">' in html
    assert '<label for="f-action">' in html
    assert '<label for="f-applications_target">' in html


def test_adding_an_if_then_plan(client: TestClient, workspace: Workspace, csrf: str) -> None:
    response = client.post(
        "/if-then",
        data={"csrf_token": csrf, "cue": "I hear <no>", "action": "I will take a walk"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [plan] = list_if_thens(workspace)
    assert (plan.cue, plan.action) == ("I hear <no>", "I will take a walk")
    page = client.get(response.headers["location"]).text
    assert (
        "<strong>If</strong> I hear &lt;no&gt;, <strong>then</strong> I will take a walk." in page
    )
    assert "<no>" not in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"cue": "", "action": "walk"}, "the &#39;if&#39; part must not be empty"),
        ({"cue": "no", "action": " "}, "the &#39;then&#39; part must not be empty"),
        ({"cue": "x" * 501, "action": "walk"}, "is 501 characters; the limit is 500"),
    ],
)
def test_a_bad_plan_is_422_and_writes_nothing(
    client: TestClient, workspace: Workspace, data: dict[str, str], message: str
) -> None:
    response = client.post("/if-then", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert list_if_thens(workspace) == []


def test_the_suggested_week_lists_saved_roles(client: TestClient, workspace: Workspace) -> None:
    add_application(
        workspace, NewApplication("Northwind", "Data Analyst", stage=Stage.SAVED, excitement=5)
    )
    html = client.get("/if-then").text
    assert "starting with Data Analyst at Northwind" in html


def test_saving_the_week_makes_it_yours(client: TestClient, workspace: Workspace) -> None:
    response = client.post(
        "/if-then/week",
        data={
            "applications_target": "6",
            "channel": "referral",
            "schedule": "Mornings, 9 to 11",
            "roles": "Analyst at Northwind\n\n Engineer at Contoso \n",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    plan = week_plan(workspace)
    assert plan.saved
    assert (plan.applications_target, plan.channel, plan.schedule) == (
        6,
        Channel.REFERRAL,
        "Mornings, 9 to 11",
    )
    assert plan.roles == ["Analyst at Northwind", "Engineer at Contoso"]
    page = client.get(response.headers["location"]).text
    assert "This week&#39;s plan is saved." in page
    assert "Saved as yours" in page
    assert "6 applications, starting with Analyst at Northwind; Engineer at Contoso" in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"applications_target": ""}, "applications per week must not be empty"),
        ({"applications_target": "many"}, "applications per week must be a whole number"),
        ({"applications_target": "80"}, "applications per week must be from 1 to 50"),
        ({"channel": "smoke signals"}, "unknown channel"),
        ({"schedule": "  "}, "when must not be empty"),
    ],
)
def test_a_bad_week_is_422_and_writes_nothing(
    client: TestClient, workspace: Workspace, change: dict[str, str], message: str
) -> None:
    data = {"applications_target": "5", "schedule": "Mornings"} | change
    response = client.post("/if-then/week", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert not week_plan(workspace).saved


def test_posts_without_the_csrf_token_are_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    add_if_then(workspace, "I hear no", "I walk")
    assert bare_client.post("/if-then", data={"cue": "a", "action": "b"}).status_code == 403
    assert bare_client.post("/if-then/week", data={"applications_target": "4"}).status_code == 403
    assert len(list_if_thens(workspace)) == 1
    assert not week_plan(workspace).saved
