"""The Contacts page: the list with linked applications, the company filter, adding one."""

import re

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.services.applications import add_application
from nextyes.services.contacts import add_contact, list_contacts
from nextyes.services.workspace import Workspace
from tests.web.conftest import says


@pytest.fixture
def people(workspace: Workspace) -> int:
    app_id = add_application(workspace, NewApplication("Northwind", "Data Analyst")).id
    add_contact(
        workspace,
        NewContact(
            "Priya Shah",
            ContactRole.RECRUITER,
            company="Northwind",
            email="priya@northwind.example",
            linkedin="https://www.linkedin.com/in/priya",
        ),
        application_id=app_id,
    )
    add_contact(workspace, NewContact("Tom <b>Bold</b>", ContactRole.INTERVIEWER, "Contoso"))
    return app_id


def test_empty_state_says_why_contacts_matter(client: TestClient) -> None:
    response = client.get("/contacts")
    assert response.status_code == 200
    assert "<title>Contacts · NextYes</title>" in response.text
    assert "No contacts yet." in response.text
    assert '<label for="f-name">' in response.text


def test_the_list_shows_details_and_links_to_applications(client: TestClient, people: int) -> None:
    html = client.get("/contacts").text
    assert "<h3>Priya Shah</h3>" in html
    assert 'Recruiter at <a href="/contacts?company=Northwind">Northwind</a>' in html
    assert '<a href="mailto:priya@northwind.example">' in html
    assert f'<a href="/applications/{people}">Data Analyst at Northwind</a>' in html
    assert 'Everyone <span class="muted">(2)</span>' in html


def test_user_text_is_escaped(client: TestClient, people: int) -> None:
    html = client.get("/contacts").text
    assert "<b>Bold</b>" not in html
    assert "Tom &lt;b&gt;Bold&lt;/b&gt;" in html


def test_filter_by_company_in_any_case(client: TestClient, people: int) -> None:
    html = client.get("/contacts", params={"company": "NORTHWIND"}).text
    assert "Priya Shah" in html
    assert "Tom &lt;b&gt;" not in html
    assert "People at NORTHWIND" in html
    nobody = client.get("/contacts", params={"company": "Fabrikam"}).text
    assert "No one saved at Fabrikam yet." in nobody


def test_adding_a_contact_linked_to_an_application(
    client: TestClient, workspace: Workspace, people: int, csrf: str
) -> None:
    form = client.get("/contacts").text
    assert f'<option value="{people}">Northwind · Data Analyst</option>' in form
    response = client.post(
        "/contacts",
        data={
            "csrf_token": csrf,
            "name": "Ana Lima",
            "role": "hiring_manager",
            "company": "Northwind",
            "email": "ana@northwind.example",
            "next_touch": "2026-06-01",
            "application": str(people),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/contacts"
    ana = next(c for c in list_contacts(workspace) if c.name == "Ana Lima")
    assert ana.role is ContactRole.HIRING_MANAGER
    assert ana.application_ids == (people,)
    assert str(ana.next_touch_on) == "2026-06-01"
    assert "Added Ana Lima to your contacts." in client.get("/contacts").text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": " "}, "name must not be empty"),
        ({"email": "not-an-email"}, "is not an email address"),
        ({"linkedin": "javascript:alert(1)"}, "linkedin must start with http:// or https://"),
        ({"next_touch": "soon"}, "next_touch must be a date like"),
        ({"role": "boss"}, "unknown role"),
        ({"application": "abc"}, "application must be a whole number"),
    ],
)
def test_bad_input_is_422_keeps_the_form_and_writes_nothing(
    client: TestClient, workspace: Workspace, change: dict[str, str], message: str
) -> None:
    data = {"name": "Ana <i>Lima</i>", "company": "Northwind"} | change
    response = client.post("/contacts", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert 'value="Northwind"' in response.text
    assert "<i>Lima</i>" not in response.text
    assert list_contacts(workspace) == []


def test_linking_to_an_unknown_application_is_404_and_writes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    response = client.post("/contacts", data={"name": "Ana", "application": "999"})
    assert response.status_code == 404
    assert "no application with id 999" in response.text
    assert list_contacts(workspace) == []


def test_adding_without_the_csrf_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    assert bare_client.post("/contacts", data={"name": "Ana"}).status_code == 403
    assert list_contacts(workspace) == []


def test_every_problem_of_the_form_is_shown_at_once_beside_its_field(
    client: TestClient, workspace: Workspace
) -> None:
    response = client.post(
        "/contacts",
        data={"name": " ", "email": "not-an-email", "next_touch": "soon", "role": "boss"},
    )
    assert response.status_code == 422
    listed = re.findall(r'<li><a href="#f-([\w-]+)">', response.text)
    assert listed == ["name", "role", "email", "next_touch"]  # in the form's order
    for field in ("name", "email", "next_touch"):
        assert f'id="f-{field}-error"' in response.text
    assert list_contacts(workspace) == []
