"""Skills in your postings, on Insights (loaded after the page) and through the API (the
CLI's `stats --skills` is in tests/test_fit_cli.py); a skill that keeps coming up goes on
the to-learn list in one press."""

from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.fit import update_skills_profile
from nextyes.services.reflections import lessons
from nextyes.services.workspace import Workspace


def search(workspace: Workspace) -> None:
    """Three roles that reached an interview asking for stakeholder management, three that
    stopped at once asking for Excel; SQL in all of them."""
    for n in range(3):
        far = add_application(
            workspace,
            NewApplication(f"Far {n}", "Analyst", description="Requirements\n- SQL\n"
                           "- Stakeholder management"),
        )  # fmt: skip
        move_application(workspace, far.id, Stage.SCREENING)
        move_application(workspace, far.id, Stage.INTERVIEWING)
        early = add_application(
            workspace,
            NewApplication(f"Early {n}", "Analyst", description="Requirements\n- SQL\n- Excel"),
        )
        record_rejection(workspace, early.id, RejectionForm.EXPLICIT)
    update_skills_profile(workspace, skills="SQL")


def test_insights_show_the_skills_that_keep_coming_up(
    client: TestClient, workspace: Workspace
) -> None:
    search(workspace)
    page = client.get("/insights").text
    assert 'hx-get="/insights/skills"' in page
    part = client.get("/insights/skills", headers={"HX-Request": "true"}).text
    assert "<html" not in part
    assert 'SQL <span class="meta">· 6 postings · yours' in part
    assert "Asked for more often where you went furthest: <strong>Stakeholder management" in part
    assert "Asked for more often where it stopped early: <strong>Excel" in part
    assert "<html" in client.get("/insights/skills").text  # on its own page without HTMX

    learned = client.post("/insights/skills/learn", data={"name": "Excel"}, follow_redirects=False)
    assert learned.status_code == 303
    assert "Excel" in [skill.name for skill in lessons(workspace).skills]


def test_the_api_gives_the_same_and_adds_to_the_to_learn_list(
    client: TestClient, workspace: Workspace
) -> None:
    search(workspace)
    body = client.get("/api/v1/insights/skills").json()
    assert body["postings"] == 6
    assert body["compared"] is True
    assert body["more_where_far"] == ["Stakeholder management"]
    assert body["common"][0] == {"name": "SQL", "postings": 6, "yours": True, "learning": False}
    added = client.post("/api/v1/lessons/to-learn", json={"name": "Excel"}).json()
    assert added == {"name": "Excel", "added": True}
    again = client.post("/api/v1/lessons/to-learn", json={"name": "excel"}).json()
    assert again["added"] is False
    assert client.post("/api/v1/lessons/to-learn", json={"name": ""}).status_code == 422
