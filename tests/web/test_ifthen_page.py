"""The If-then page: if-then plans, and this week's what, when and how."""

import re

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
    assert "week of Mon 16 Mar 2026" in html  # the one date style
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


# ---- corrections: each plan with Edit and Delete; this week back to the suggestion ---------


def problems_listed(html: str) -> dict[str, str]:
    return dict(re.findall(r'<li><a href="#f-([\w-]+)">([^<]*)</a></li>', html))


def undo_of(html: str) -> str:
    [trash_id] = re.findall(r'action="/trash/(\d+)/restore"', html)
    return str(trash_id)


def test_both_parts_of_a_plan_are_named_at_once(client: TestClient, workspace: Workspace) -> None:
    answer = client.post("/if-then", data={"cue": "", "action": "x" * 501})
    assert answer.status_code == 422
    assert set(problems_listed(answer.text)) == {"cue", "action"}
    assert 'maxlength="500"' in answer.text  # the field keeps to the same limit
    assert list_if_thens(workspace) == []


def test_a_plan_is_corrected_in_place(client: TestClient, workspace: Workspace) -> None:
    plan = add_if_then(workspace, "I hear no", "I walk")
    saved = client.post(
        f"/if-then/{plan.id}/edit",
        data={"cue": "I hear no", "action": "I walk, then send one application"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/if-then#plan-{plan.id}"
    [corrected] = list_if_thens(workspace)
    assert (corrected.id, corrected.action) == (plan.id, "I walk, then send one application")
    assert "Plan corrected." in client.get("/if-then").text


def test_a_correction_with_problems_keeps_what_was_typed_and_changes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    plan = add_if_then(workspace, "I hear no", "I walk")
    answer = client.post(f"/if-then/{plan.id}/edit", data={"cue": " ", "action": "I run"})
    assert answer.status_code == 422
    assert set(problems_listed(answer.text)) == {f"plan-{plan.id}-cue"}
    assert 'value="I run"' in answer.text
    assert '<details class="edit" open>' in answer.text
    assert list_if_thens(workspace) == [plan]


def test_deleting_a_plan_offers_undo(client: TestClient, workspace: Workspace) -> None:
    plan = add_if_then(workspace, "I hear no", "I walk")
    page = client.post(f"/delete/if_then/{plan.id}", data={"next": "/if-then#plans"}).text
    assert "Deleted: If I hear no, then I walk." in page
    assert list_if_thens(workspace) == []
    client.post(f"/trash/{undo_of(page)}/restore", data={"next": "/if-then"})
    assert list_if_thens(workspace) == [plan]


def test_every_problem_of_the_week_is_named_at_once(
    client: TestClient, workspace: Workspace
) -> None:
    answer = client.post(
        "/if-then/week",
        data={"applications_target": "80", "channel": "smoke", "schedule": "", "roles": "a"},
    )
    assert answer.status_code == 422
    assert set(problems_listed(answer.text)) == {"applications_target", "channel", "schedule"}
    assert not week_plan(workspace).saved


def test_going_back_to_the_suggestion_can_be_undone(
    client: TestClient, workspace: Workspace
) -> None:
    page = client.get("/if-then").text
    assert "Go back to the suggestion" not in page  # nothing of your own to let go of yet
    client.post("/if-then/week", data={"applications_target": "6", "schedule": "Mornings"})
    page = client.get("/if-then").text
    assert 'action="/if-then/week/suggestion" data-confirm=' in page

    back = client.post("/if-then/week/suggestion")
    assert back.status_code == 200
    assert "This week&#39;s plan is the suggestion again." in back.text
    assert "A suggestion drawn from your search so far." in back.text
    assert not week_plan(workspace).saved

    client.post(f"/trash/{undo_of(back.text)}/restore", data={"next": "/if-then"})
    restored = week_plan(workspace)
    assert (restored.saved, restored.applications_target) == (True, 6)

    # Sent again from an old page, with no plan of your own left: said kindly, not an error.
    client.post("/if-then/week/suggestion")
    again = client.post("/if-then/week/suggestion")
    assert again.status_code == 200
    assert "This week&#39;s plan is already the suggestion." in again.text


def test_nobody_elses_plans_can_be_reached(client: TestClient, workspace: Workspace) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = add_if_then(other, "their cue", "their action")
    assert (
        client.post(f"/if-then/{theirs.id}/edit", data={"cue": "a", "action": "b"}).status_code
        == 404
    )
    assert client.post(f"/delete/if_then/{theirs.id}").status_code == 404
    assert list_if_thens(other) == [theirs]
    assert "their cue" not in client.get("/if-then").text
