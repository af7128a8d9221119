"""Search on the pipeline looks in companies, roles, the names of the people linked to an
application and the application's own notes, ignoring case in any alphabet, in SQL; it
never reaches another person's people or notes. The API's `q` keeps to company and role."""

import re

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.services.applications import add_application
from nextyes.services.contacts import add_contact
from nextyes.services.workspace import Workspace


def shown(client: TestClient, q: str, view: str = "board") -> list[str]:
    """The companies the board (or list) shows for a search."""
    response = client.get("/pipeline", params={"q": q, "view": view})
    assert response.status_code == 200
    if view == "list":
        return re.findall(
            r'class="c-company"><a href="/applications/\d+">([^<]*)</a>', response.text
        )
    return re.findall(
        r'<span class="company"><a href="/applications/\d+">([^<]*)</a>', response.text
    )


def arrange(ws: Workspace) -> dict[str, int]:
    made = {
        "Northwind": add_application(
            ws, NewApplication("Northwind", "Data Analyst", notes="Met Ana at the École meetup")
        ).id,
        "Contoso": add_application(
            ws, NewApplication("Contoso", "Engineer", notes="50% remote")
        ).id,
        "Fabrikam": add_application(ws, NewApplication("Fabrikam", "Designer")).id,
    }
    add_contact(ws, NewContact("Priya Natarajan", ContactRole.RECRUITER), made["Fabrikam"])
    add_contact(ws, NewContact("Tom Ærøskøbing", ContactRole.HIRING_MANAGER), made["Contoso"])
    add_contact(ws, NewContact("Unlinked Person", ContactRole.OTHER))
    return made


@pytest.mark.parametrize("view", ["board", "list"])
@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("northwind", ["Northwind"]),  # the company
        ("ENGINEER", ["Contoso"]),  # the role
        ("école", ["Northwind"]),  # the notes, in any case
        ("ÉCOLE", ["Northwind"]),
        ("natarajan", ["Fabrikam"]),  # a person linked to it
        ("ÆRØSKØBING", ["Contoso"]),
        ("%", ["Contoso"]),  # a percent sign is a character, not a wildcard
        ("unlinked", []),  # someone not linked to any application
        ("astronaut", []),
    ],
)
def test_search_looks_in_companies_roles_people_and_notes(
    client: TestClient, workspace: Workspace, view: str, q: str, found: list[str]
) -> None:
    arrange(workspace)
    assert shown(client, q, view) == found


def test_search_counts_only_what_it_finds(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    html = client.get("/pipeline", params={"q": "N"}).text
    assert "Showing 3 of your 3 applications." in html
    html = client.get("/pipeline", params={"q": "priya"}).text
    assert "Showing 1 of your 3 applications." in html
    assert 'value="priya"' in html  # the box keeps what was typed


def test_search_never_reaches_another_persons_people_or_notes(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)
    someone = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = add_application(someone, NewApplication("Theirs", "Analyst", notes="secret plan"))
    add_contact(someone, NewContact("Zelda Quist", ContactRole.RECRUITER), theirs.id)
    assert shown(client, "secret") == []
    assert shown(client, "zelda") == []
    assert shown(client, "theirs", "list") == []


def test_the_api_search_keeps_to_company_and_role(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    response = client.get("/api/v1/applications", params={"q": "école"})
    assert response.status_code == 200
    assert response.json()["total"] == 0
    named = client.get("/api/v1/applications", params={"q": "northwind"}).json()
    assert [a["company"] for a in named["items"]] == ["Northwind"]


def test_the_search_box_has_a_label_a_hint_and_a_key(client: TestClient) -> None:
    html = client.get("/pipeline").text
    assert '<label for="filter-q">Search</label>' in html
    assert 'aria-keyshortcuts="/"' in html
    assert 'aria-describedby="filter-q-hint"' in html
    assert "Search looks in companies, roles, people's names and your notes" in html
