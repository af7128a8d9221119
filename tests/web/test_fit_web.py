"""The fit check on the web and the API: a person's skills in Settings (typed, or read from a
CV), an application's posting set beside them in words (never a percentage), on the
application page, on the fit step's page after a "no", and through /api/v1."""

import io
import re
from html import unescape

from docx import Document
from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.services.applications import add_application
from nextyes.services.fit import skills_profile
from nextyes.services.workspace import Workspace
from nextyes.store.reflections import Skills

POSTING = """Data Analyst at Lumen Health

What you'll do
- Build dashboards for our clinics

What you bring
- Strong SQL and Python
- Stakeholder management
- Experience with dbt

Nice to have
- Airflow
- Looker
"""


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def posting(workspace: Workspace) -> int:
    added = add_application(
        workspace, NewApplication("Lumen Health", "Data Analyst", description=POSTING)
    )
    return added.id


def on_to_learn_list(workspace: Workspace, name: str) -> None:
    """As a reflection's "to learn" answer puts it there."""
    with workspace.db.transaction(write=True) as session:
        skills = Skills(session, workspace.owner_id)
        skills.sync({name.casefold(): (name, 1)}, workspace.clock.now())


def docx_cv(*lines: str) -> bytes:
    document = Document()
    document.add_heading("Sam Rivers", 0)
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tools"
    table.rows[0].cells[1].text = "Tableau, PostgreSQL"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_skills_typed_in_settings_are_kept_and_shown(
    client: TestClient, workspace: Workspace
) -> None:
    saved = client.post(
        "/settings/skills",
        data={"skills": "SQL, Python\nstakeholder management", "experience": "", "skill_terms": ""},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert skills_profile(workspace).skills == ("SQL", "Python", "stakeholder management")
    page = client.get("/settings").text
    assert 'id="skills"' in page
    assert "stakeholder management" in page


def test_a_skill_word_without_a_name_is_one_line_and_changes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    answer = client.post(
        "/settings/skills", data={"skills": "SQL", "experience": "", "skill_terms": ": nothing"}
    )
    assert answer.status_code == 422
    assert "start with the skill" in unescape(answer.text)
    assert skills_profile(workspace).skills == ()


def test_a_cv_adds_its_skills_and_an_image_is_refused(
    client: TestClient, workspace: Workspace
) -> None:
    cv = docx_cv("Data analyst. Skills: SQL, Python, stakeholder management.")
    read = client.post(
        "/settings/cv",
        files={"cv": ("cv.docx", cv, "application/octet-stream")},
        follow_redirects=False,
    )
    assert read.status_code == 303
    flash = unescape(client.get("/settings").text)
    assert "Read your CV: added" in flash
    have = {s.casefold() for s in skills_profile(workspace).skills}
    assert {"sql", "python", "stakeholder management", "tableau", "postgresql"} <= have
    assert skills_profile(workspace).cv_name == "cv.docx"

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100
    refused = client.post("/settings/cv", files={"cv": ("cv.pdf", png, "application/pdf")})
    assert refused.status_code == 422
    assert "PNG image" in unescape(refused.text)
    assert skills_profile(workspace).cv_name == "cv.docx"  # unchanged

    client.post("/settings/cv/forget", follow_redirects=False)
    assert skills_profile(workspace).cv_name is None
    assert "sql" in {s.casefold() for s in skills_profile(workspace).skills}


def test_the_application_page_sets_the_posting_beside_your_skills(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = posting(workspace)
    client.post(
        "/settings/skills",
        data={"skills": "SQL\nPostgres\nLooker", "experience": "", "skill_terms": ""},
    )
    on_to_learn_list(workspace, "dbt")
    page = text_of(client.get(f"/applications/{application_id}").text)
    assert "Your skills and this posting" in page
    assert "Asked for, and yours SQL" in page
    assert "Asked for, not on your list yet Python" in page
    assert "dbt · on your to-learn list" in page
    assert "Nice to have, and yours Looker" in page
    assert "%" not in page.split("Your skills and this posting")[1].split("Nice to have")[0]


def test_without_a_posting_text_the_page_says_so_where_the_fit_is_asked(
    client: TestClient, workspace: Workspace
) -> None:
    bare = add_application(workspace, NewApplication("Acme", "Analyst")).id
    assert "Your skills and this posting" not in client.get(f"/applications/{bare}").text
    fit_page = text_of(client.get(f"/applications/{bare}/fit").text)
    assert "No posting text is saved with this application" in fit_page


def test_the_api_gives_the_fit_and_the_skills(client: TestClient, workspace: Workspace) -> None:
    application_id = posting(workspace)
    put = client.put(
        "/api/v1/profile/skills",
        json={"skills": ["SQL", "Python", "stakeholder management", "dbt"], "skill_words": []},
    )
    assert put.status_code == 200, put.text
    fit = client.get(f"/api/v1/applications/{application_id}/fit").json()
    assert fit["scale"] == "close"
    assert fit["missing_required"] == []
    assert "%" not in fit["summary"]
    assert client.get("/api/v1/applications/999/fit").status_code == 404

    cv = client.post(
        "/api/v1/profile/cv", files={"cv": ("cv.docx", docx_cv("Airflow and Looker."), "x")}
    )
    assert cv.status_code == 200, cv.text
    assert {"Apache Airflow", "Looker"} <= set(cv.json()["added"])
    empty = client.post("/api/v1/profile/cv", files={"cv": ("cv.txt", b"", "text/plain")})
    assert empty.status_code == 422
    assert "empty" in empty.json()["detail"]
