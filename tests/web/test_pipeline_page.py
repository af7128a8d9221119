"""The web app through FastAPI's TestClient: the pipeline page, escaping and security headers."""

import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.pipeline import pipeline
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app

TODAY = date(2026, 3, 16)
EMPTY_TEXT = "Nothing here yet."


@dataclass
class Column:
    stage: str
    label: str = ""
    count: int | None = None
    companies: list[str] = field(default_factory=list)
    more: str | None = None


class PipelinePage(HTMLParser):
    """Reads the board out of the page: each column's heading, count, cards and 'more' line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.columns: dict[str, Column] = {}
        self.h1 = ""
        self._column: Column | None = None
        self._into: str | None = None  # which text we are collecting

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "section" and "column" in classes:
            stage = next(c.removeprefix("stage-") for c in classes if c.startswith("stage-"))
            self._column = self.columns[stage] = Column(stage)
        elif tag == "h1":
            self._into = "h1"
        elif self._column is not None:
            if tag == "h3":
                self._into = "label"
            elif tag == "span" and "count" in classes:
                self._into = "count"
            elif tag == "span" and "company" in classes:
                self._column.companies.append("")
                self._into = "company"
            elif tag == "p" and "more" in classes:
                self._column.more = ""
                self._into = "more"

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._column = None
        if tag in ("h1", "h3", "span", "p"):
            self._into = None

    def handle_data(self, data: str) -> None:
        column = self._column
        if self._into == "h1":
            self.h1 += data
        elif column is None or self._into is None:
            return
        elif self._into == "label":
            column.label += data
        elif self._into == "count":
            column.count = int(data.strip())
        elif self._into == "company":
            column.companies[-1] += data
        elif self._into == "more":
            column.more = (column.more or "") + data


def read_page(html: str) -> PipelinePage:
    page = PipelinePage()
    page.feed(html)
    page.close()
    return page


def add(
    ws: Workspace,
    company: str,
    role: str = "Data Analyst",
    stage: Stage = Stage.APPLIED,
    on: date | None = None,
    location: str | None = None,
) -> int:
    new = NewApplication(company, role, stage=stage, on=on, location=location)
    return add_application(ws, new).id


def page_of(client: TestClient) -> PipelinePage:
    response = client.get("/pipeline")
    assert response.status_code == 200
    return read_page(response.text)


# --- navigation -------------------------------------------------------------------------------


def test_root_redirects_to_today(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/today"

    followed = client.get("/")
    assert followed.status_code == 200
    assert followed.url.path == "/today"


def test_health_check_answers(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


# --- the pipeline page ------------------------------------------------------------------------


def test_empty_database_shows_the_empty_state_and_every_stage_at_zero(client: TestClient) -> None:
    response = client.get("/pipeline")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert EMPTY_TEXT in response.text
    assert "nextyes add COMPANY ROLE" in response.text
    assert "<title>Pipeline · NextYes</title>" in response.text

    page = read_page(response.text)
    assert page.h1.strip() == "Your pipeline"
    assert list(page.columns) == [stage.value for stage in Stage]
    for stage in Stage:
        column = page.columns[stage.value]
        assert column.label.strip().startswith(stage.label)
        assert column.count == 0
        assert column.companies == []
        assert column.more is None


def test_pipeline_lists_every_stage_with_the_right_counts(
    client: TestClient, workspace: Workspace
) -> None:
    week_ago = TODAY - timedelta(days=7)
    add(workspace, "Saved Co", stage=Stage.SAVED)
    applied = [add(workspace, f"Applied {n}", on=week_ago) for n in range(6)]
    move_application(workspace, applied[0], Stage.SCREENING)
    move_application(workspace, applied[1], Stage.INTERVIEWING)
    move_application(workspace, applied[2], Stage.INTERVIEWING)
    record_rejection(workspace, applied[3], RejectionForm.EXPLICIT, reason="Went internal")
    record_rejection(workspace, applied[4], RejectionForm.SILENCE)
    offer = add(workspace, "Offer Co", stage=Stage.FINAL_ROUND, on=week_ago)
    move_application(workspace, offer, Stage.OFFER)

    page = page_of(client)
    expected = {
        Stage.SAVED: ["Saved Co"],
        Stage.APPLIED: ["Applied 5"],
        Stage.SCREENING: ["Applied 0"],
        Stage.INTERVIEWING: ["Applied 2", "Applied 1"],  # most recent first
        Stage.FINAL_ROUND: [],
        Stage.OFFER: ["Offer Co"],
        Stage.ACCEPTED: [],
        Stage.REJECTED: ["Applied 3"],
        Stage.GHOSTED: ["Applied 4"],
        Stage.WITHDRAWN: [],
        Stage.CLOSED: [],
    }
    assert list(page.columns) == [stage.value for stage in Stage]
    for stage, companies in expected.items():
        column = page.columns[stage.value]
        assert column.label.strip().startswith(stage.label), stage
        assert column.count == len(companies), stage
        assert column.companies == companies, stage
        assert column.more is None, stage

    text = client.get("/pipeline").text
    assert EMPTY_TEXT not in text
    assert "8 applications so far" in text


def test_one_application_reads_in_the_singular(client: TestClient, workspace: Workspace) -> None:
    add(workspace, "Solo Ltd")
    assert "1 application so far" in client.get("/pipeline").text


def test_user_text_is_html_escaped(client: TestClient, workspace: Workspace) -> None:
    script = "<script>alert(1)</script>"
    add(
        workspace, script, role='Analyst "R&D" <b>bold</b>', location="<img src=x onerror=alert(1)>"
    )

    response = client.get("/pipeline")
    assert script not in response.text
    # Our own two script files are the only scripts on the page.
    assert response.text.lower().count("<script") == 2
    assert "<b>bold</b>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "&lt;b&gt;bold&lt;/b&gt;" in response.text
    # Parsed back, the person's text is exactly what they typed.
    assert page_of(client).columns["applied"].companies == [script]


def test_unicode_company_names_render(client: TestClient, workspace: Workspace) -> None:
    names = ["Zürich Ærø Ltd", "東京データ株式会社", "Łódź — Ğüneş & Co", "Café ☕ 🚀"]
    for name in names:
        add(workspace, name, role="Développeuse données")

    response = client.get("/pipeline")
    assert "charset=utf-8" in response.headers["content-type"].lower()
    assert '<meta charset="utf-8">' in response.text
    for name in names:
        assert name.replace("&", "&amp;") in response.text
    assert "Développeuse données" in response.text
    assert sorted(page_of(client).columns["applied"].companies) == sorted(names)


# --- a long column ----------------------------------------------------------------------------


def test_pipeline_service_caps_each_column_and_counts_the_rest(workspace: Workspace) -> None:
    for n in range(5):
        add(workspace, f"Applied {n}", on=TODAY - timedelta(days=10 - n))
    add(workspace, "Only screening", stage=Stage.SCREENING)

    columns = {column.stage: column for column in pipeline(workspace, per_stage=2)}
    applied = columns[Stage.APPLIED]
    assert applied.count == 5
    assert [a.company for a in applied.applications] == ["Applied 4", "Applied 3"]
    assert applied.hidden == 3
    assert columns[Stage.SCREENING].count == 1
    assert columns[Stage.SCREENING].hidden == 0
    assert all(columns[s].hidden == 0 and columns[s].count == 0 for s in (Stage.SAVED, Stage.OFFER))
    assert list(columns) == list(Stage)


def test_page_says_and_n_more_past_the_column_limit(
    client: TestClient, workspace: Workspace
) -> None:
    for n in range(53):
        add(workspace, f"Company {n:02d}", on=TODAY - timedelta(days=60 - n))
    add(workspace, "Saved one", stage=Stage.SAVED)

    response = client.get("/pipeline")
    page = read_page(response.text)
    applied = page.columns["applied"]
    assert applied.count == 53
    assert len(applied.companies) == 50
    assert applied.companies[0] == "Company 52"  # the most recent first
    assert "Company 02" not in applied.companies  # the oldest three are summarised
    assert applied.more is not None
    assert applied.more.strip() == "and 3 more"
    assert page.columns["saved"].more is None
    assert response.text.count("and 3 more") == 1


# --- headers and static files -----------------------------------------------------------------


@pytest.mark.parametrize("path", ["/pipeline", "/", "/healthz", "/no-such-page"])
def test_pages_carry_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    headers = response.headers

    csp = headers["content-security-policy"]
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]

    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"


def test_static_css_is_served(client: TestClient) -> None:
    page = client.get("/pipeline").text
    assert '<link rel="stylesheet" href="/static/style.css">' in page

    response = client.get("/static/style.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in response.headers
    assert ".board" in response.text
    # Static files may be cached; only pages (private writing) are no-store.
    assert response.headers.get("cache-control") != "no-store"


# --- the daily silence sweep --------------------------------------------------------------


def test_the_server_sweeps_for_silence_when_it_starts(
    settings: Settings, workspace: Workspace, fixed_clock: FixedClock
) -> None:
    from nextyes.services.recovery import plan_view

    quiet = add(workspace, "Quiet Co", on=TODAY - timedelta(days=30))
    app = create_app(settings, clock=fixed_clock)
    steps = []
    with TestClient(app):
        # The sweep runs beside the server; wait for it (bounded), never for a fixed time.
        for _ in range(200):
            steps = plan_view(workspace, quiet).steps
            if steps:
                break
            time.sleep(0.05)
    app.state.workspace.db.dispose()
    assert [s.kind.value for s in steps] == ["follow_up"]
