"""The Lessons page: themes, skills with their status buttons, and the practice bank."""

import re

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.lessons import SkillStatus
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.reflections import lessons, reflect
from nextyes.services.workspace import Workspace
from tests.web.conftest import says


def reflected(ws: Workspace, company: str, answers: ReflectionAnswers) -> int:
    app_id = add_application(ws, NewApplication(company, "Analyst", stage=Stage.INTERVIEWING)).id
    record_rejection(ws, app_id, RejectionForm.EXPLICIT)
    reflect(ws, app_id, answers)
    return app_id


@pytest.fixture
def two_reflections(workspace: Workspace) -> int:
    reflected(
        workspace,
        "Northwind",
        ReflectionAnswers(
            caught_out=("Why do you want to leave your job?",),
            to_learn=("SQL window functions",),
            tags=("nerves",),
            preparation="Not enough system design practice.",
        ),
    )
    return reflected(
        workspace,
        "Contoso <Labs>",
        ReflectionAnswers(
            caught_out=("Describe a <b>conflict</b> with a colleague",),
            to_learn=("sql window functions", "Public speaking"),
            tags=("nerves", "take-home"),
            keep_doing="More system design practice, it paid off.",
        ),
    )


def test_empty_state_explains_where_lessons_come_from(client: TestClient) -> None:
    response = client.get("/lessons")
    assert response.status_code == 200
    assert "<title>Lessons · NextYes</title>" in response.text
    assert "Lessons grow out of your reflections" in response.text
    assert "nextyes reflect ID" in response.text
    assert 'aria-current="page"' in response.text


def test_themes_skills_and_questions_show_with_their_counts(
    client: TestClient, two_reflections: int
) -> None:
    html = client.get("/lessons").text
    assert 'nerves <span class="muted">· 2 reflections</span>' in html
    assert 'take-home <span class="muted">· 1 reflection</span>' in html
    assert "system design" in html  # a phrase two reflections share
    assert "<h3>SQL window functions</h3>" in html  # one skill, first spelling kept
    assert "named in 2 reflections" in html
    assert "Why do you want to leave your job?" in html
    assert "Not practised yet." in html
    assert f'<a href="/applications/{two_reflections}">Contoso &lt;Labs&gt;</a>' in html


def test_user_text_is_escaped(client: TestClient, two_reflections: int) -> None:
    html = client.get("/lessons").text
    assert "<b>conflict</b>" not in html
    assert "Describe a &lt;b&gt;conflict&lt;/b&gt; with a colleague" in html
    assert "Contoso <Labs>" not in html


def test_changing_a_skill_status_redirects_with_a_flash(
    client: TestClient, workspace: Workspace, two_reflections: int
) -> None:
    skill = next(s for s in lessons(workspace).skills if s.name == "Public speaking")
    html = client.get("/lessons").text
    assert f'action="/lessons/skills/{skill.id}"' in html
    response = client.post(
        f"/lessons/skills/{skill.id}", data={"status": "learning"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/lessons#skills"
    updated = next(s for s in lessons(workspace).skills if s.id == skill.id)
    assert updated.status is SkillStatus.LEARNING
    page = client.get("/lessons").text
    assert "Public speaking: learning now." in page
    # Learning now comes first, and its buttons offer the other two statuses.
    record = page[page.index(f'id="skill-{skill.id}"') :].split("</li>")[0]
    assert "Learning now" in record
    assert "Mark as done" in record
    assert "Back to the list" in record
    assert "Start learning" not in record


def test_a_bad_skill_status_is_422_and_changes_nothing(
    client: TestClient, workspace: Workspace, two_reflections: int
) -> None:
    skill = lessons(workspace).skills[0]
    response = client.post(f"/lessons/skills/{skill.id}", data={"status": "mastered"})
    assert response.status_code == 422
    assert says(response.text, "unknown skill status &#39;mastered&#39;")
    assert lessons(workspace).skills[0].status is SkillStatus.TO_LEARN


def test_an_unknown_skill_is_404(client: TestClient) -> None:
    response = client.post("/lessons/skills/999", data={"status": "done"})
    assert response.status_code == 404
    assert "no skill with id 999" in response.text


def test_logging_a_practice_run(
    client: TestClient, workspace: Workspace, two_reflections: int
) -> None:
    question = lessons(workspace).practice_next[0]
    response = client.post(
        f"/lessons/practice/{question.question_id}",
        data={"felt": "4", "note": "Slower this time."},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Practice logged: it felt good (4 of 5)." in page
    assert "Practised 1 time, last on 16 Mar 2026, it felt 4 of 5." in page
    practised = next(
        i for i in lessons(workspace).practice_next if i.question_id == question.question_id
    )
    assert (practised.times_practised, practised.last_felt) == (1, 4)


@pytest.mark.parametrize(
    ("felt", "message"),
    [
        ("", "choose how it felt"),
        ("7", "felt must be from 1 (shaky) to 5 (confident)"),
        ("ok", "felt must be a whole number"),
    ],
)
def test_a_bad_practice_log_is_422_next_to_its_question(
    client: TestClient, workspace: Workspace, two_reflections: int, felt: str, message: str
) -> None:
    question = lessons(workspace).practice_next[0]
    response = client.post(f"/lessons/practice/{question.question_id}", data={"felt": felt})
    assert response.status_code == 422
    assert says(response.text, message)
    # The error sits in that question's form, which is open.
    record = response.text[response.text.index(f'id="question-{question.question_id}"') :]
    assert re.search(r"<details open>", record.split("</li>")[0])
    assert all(i.times_practised == 0 for i in lessons(workspace).practice_next)


def test_practising_an_unknown_question_is_404(client: TestClient) -> None:
    response = client.post("/lessons/practice/999", data={"felt": "3"})
    assert response.status_code == 404


def test_posts_without_the_csrf_token_are_refused(
    bare_client: TestClient, workspace: Workspace, two_reflections: int
) -> None:
    skill = lessons(workspace).skills[0]
    response = bare_client.post(f"/lessons/skills/{skill.id}", data={"status": "done"})
    assert response.status_code == 403
    assert lessons(workspace).skills[0].status is SkillStatus.TO_LEARN
