"""The API documents itself: the OpenAPI schema names every problem a route can answer
with, and /api/v1/docs shows every endpoint, parameter, body field and response, and how
to send the CSRF token; field names are the CLI's --json names (docs/json.md)."""

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

JSON_DOC = Path(__file__).parents[2] / "docs" / "json.md"
UNSAFE = {"post", "put", "patch", "delete"}


def operations(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, methods in app.openapi()["paths"].items()
        for method, operation in methods.items()
        # Settings and the calendar feed are another area's.
        if not {"settings", "calendar"} & set(operation.get("tags", []))
    ]


def test_every_route_documents_its_problems_as_problem_json(app: FastAPI) -> None:
    for method, path, operation in operations(app):
        responses = operation["responses"]
        expected = set()
        if operation.get("parameters") or "requestBody" in operation:
            expected.add("422")
        if method in UNSAFE:
            expected.add("403")
        if "{" in path:
            expected.add("404")
        if "requestBody" in operation:
            expected.add("400")
        assert expected <= set(responses), f"{method} {path}: {sorted(responses)}"
        for status in expected:
            assert list(responses[status]["content"]) == ["application/problem+json"]


def test_every_field_has_a_description(app: FastAPI) -> None:
    shapes = app.openapi()["components"]["schemas"]
    for name, shape in shapes.items():
        if name.endswith(("In", "Out")):
            for field, schema in shape.get("properties", {}).items():
                assert schema.get("description") or "$ref" in schema, f"{name}.{field}"


class Page(HTMLParser):
    """The page's text, and anything that would break its security policy."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.inline: list[str] = []
        self.sheets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag == "script" and "src" not in names:
            self.inline.append("inline script")
        if tag == "link" and names.get("rel") == "stylesheet":
            self.sheets.append(names.get("href") or "")
        self.inline += [name for name in names if name == "style" or name.startswith("on")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture
def docs_page(client: TestClient) -> Page:
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = Page()
    page.feed(response.text)
    return page


def test_the_page_lists_every_endpoint_parameter_and_field(app: FastAPI, docs_page: Page) -> None:
    text = " ".join(" ".join(docs_page.text).split())
    shapes = app.openapi()["components"]["schemas"]
    for method, path, operation in operations(app):
        assert f"{method.upper()} {path}" in text
        for parameter in operation.get("parameters", []):
            assert f"{parameter['name']} ({parameter['in']})" in text
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        refs = re.findall(r"#/components/schemas/(\w+)", repr(body))
        for field in shapes[refs[0]]["properties"] if refs else []:
            assert field in text
        for status in operation["responses"]:
            assert status in text


def test_the_page_says_how_to_send_the_token(docs_page: Page) -> None:
    text = " ".join(docs_page.text)
    assert "/api/v1/csrf-token" in text
    assert "X-CSRF-Token" in text
    assert "application/problem+json" in text


def test_the_page_keeps_to_the_security_policy_and_the_site_style(docs_page: Page) -> None:
    assert docs_page.inline == []
    assert docs_page.sheets == ["/static/style.css", "/static/api-docs.css"]


def json_doc_fields(section: str) -> set[str]:
    """The field names of one `## section` of docs/json.md (in backticks), and `id`, which
    every record has."""
    text = JSON_DOC.read_text()
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return {"id", *re.findall(r"`(\w+)`", body)}


@pytest.mark.parametrize(
    ("shape", "section"),
    [
        ("ApplicationOut", "Application"),
        ("EventOut", "Event"),
        ("RejectionOut", "Rejection"),
        ("ContactOut", "Contact"),
        ("StepOut", "Step"),
        ("AgendaOut", "Agenda"),
        ("WeeklyPlanOut", "Weekly plan"),
        ("IfThenOut", "If-then plan"),
        ("ReflectionOut", "Reflection"),
        ("AnswersOut", "Reflection"),
        ("LessonsOut", "Lessons"),
        ("ThemeOut", "Lessons"),
        ("SkillOut", "Lessons"),
        ("PracticeItemOut", "Lessons"),
        ("PracticeEntryOut", "Practice run"),
        ("DraftOut", "Draft"),
        ("DraftSentOut", "Draft sent"),
        ("CheckInOut", "Check-in"),
        ("CheckInResultOut", "Check-in"),
        ("Who5ResultOut", "WHO-5 result"),
        ("Who5ChangeOut", "WHO-5 result"),
        ("SupportOut", "Support suggestion"),
        ("EvidenceCardOut", "Evidence card"),
    ],
)
def test_field_names_are_the_cli_json_names(app: FastAPI, shape: str, section: str) -> None:
    fields = set(app.openapi()["components"]["schemas"][shape]["properties"])
    assert fields <= json_doc_fields(section), fields - json_doc_fields(section)


def test_docs_api_md_lists_every_endpoint(app: FastAPI) -> None:
    guide = (JSON_DOC.parent / "api.md").read_text()
    found = re.findall(r"^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \|", guide, re.MULTILINE)
    listed = set(found)
    documented = {(m.upper(), p.removeprefix("/api/v1")) for m, p, _ in operations(app)}
    assert listed == documented
