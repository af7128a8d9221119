"""The web app through FastAPI's TestClient: the pipeline page (filters, moving a card, adding
an application), escaping and security headers."""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    add_application,
    list_applications,
    move_application,
    record_rejection,
)
from nextyes.services.pipeline import get_application, pipeline
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app
from nextyes.web.pages.pipeline import LIST_PAGE as STAGE_PAGE
from nextyes.web.pages.pipeline import PER_STAGE
from tests.web.conftest import after_first_sweep, says

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
    # The client fixture waits for the startup sweep, so it has run.
    assert response.json() == {"status": "ok", "first_sweep": "done"}


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
    # Our own script files are the only scripts on the page.
    scripts = re.findall(r"<script[^>]*>", response.text, flags=re.IGNORECASE)
    assert scripts == [
        '<script src="/static/pipeline.js" defer>',
        '<script src="/static/htmx.min.js" defer>',
        '<script src="/static/app.js" defer>',
    ]
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
    for n in range(PER_STAGE + 3):
        add(workspace, f"Company {n:02d}", on=TODAY - timedelta(days=60 - n))
    add(workspace, "Saved one", stage=Stage.SAVED)

    response = client.get("/pipeline")
    page = read_page(response.text)
    applied = page.columns["applied"]
    assert applied.count == PER_STAGE + 3
    assert len(applied.companies) == PER_STAGE
    assert applied.companies[0] == f"Company {PER_STAGE + 2:02d}"  # the most recent first
    assert "Company 02" not in applied.companies  # the oldest three are summarised
    assert applied.more is not None
    words = ["and", "3", "more", "·", "show", "all", str(PER_STAGE + 3), "applied"]
    assert applied.more.split() == words
    assert page.columns["saved"].more is None
    assert response.text.count("and 3 more") == 1
    assert 'href="/pipeline?view=list&amp;stage=applied"' in response.text


def stage_list_companies(html: str) -> list[str]:
    """The companies of the list view, in order."""
    return re.findall(
        r'<td data-label="Company" class="c-company"><a href="/applications/\d+">([^<]*)</a>', html
    )


def test_show_all_lists_one_stage_a_page_at_a_time(
    client: TestClient, workspace: Workspace
) -> None:
    total = STAGE_PAGE + 5
    for n in range(total):
        add(workspace, f"Company {n:03d}", on=TODAY - timedelta(days=total - n))
    add(workspace, "Screening Co", stage=Stage.SCREENING)

    first = client.get("/pipeline", params={"view": "list", "stage": "applied"})
    assert first.status_code == 200
    companies = stage_list_companies(first.text)
    assert len(companies) == STAGE_PAGE
    assert companies[0] == f"Company {total - 1:03d}"  # newest change first
    assert "Screening Co" not in companies
    assert f"{total} applications: page 1 of 2." in first.text
    assert 'href="/pipeline?view=list&amp;stage=applied&amp;page=2" rel="next"' in first.text

    second = client.get("/pipeline", params={"view": "list", "stage": "applied", "page": "2"})
    rest = stage_list_companies(second.text)
    assert rest == [f"Company {n:03d}" for n in range(4, -1, -1)]
    assert 'rel="prev"' in second.text
    assert 'rel="next"' not in second.text
    assert not set(rest) & set(companies)


def test_an_old_show_all_address_of_an_outcome_opens_its_list(client: TestClient) -> None:
    response = client.get(
        "/pipeline", params={"stage": "rejected", "channel": "referral"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/pipeline?view=list&channel=referral&stage=rejected"


def test_the_stage_list_keeps_the_filters_and_moves_come_back_to_it(
    client: TestClient, workspace: Workspace, csrf: str
) -> None:
    for n in range(PER_STAGE + 1):
        new = NewApplication(f"Ref {n:02d}", "Analyst", channel=Channel.REFERRAL)
        add_application(workspace, new)
    other = add(workspace, "Other Co")
    board = client.get("/pipeline", params={"channel": "referral"}).text
    assert 'href="/pipeline?view=list&amp;channel=referral&amp;stage=applied"' in board

    params = {"view": "list", "channel": "referral", "stage": "applied"}
    listed = client.get("/pipeline", params=params)
    companies = stage_list_companies(listed.text)
    assert len(companies) == PER_STAGE + 1
    assert "Other Co" not in companies
    assert "hx-post" not in listed.text  # plain forms here: there is no board to swap
    back = "/pipeline?view=list&channel=referral&stage=applied"
    assert f'name="next" value="{back.replace("&", "&amp;")}"' in listed.text

    moved = client.post(
        f"/applications/{other}/move",
        data={"stage": "screening", "csrf_token": csrf, "next": back},
        follow_redirects=False,
    )
    assert moved.status_code == 303
    assert moved.headers["location"] == back


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"stage": "limbo"}, "unknown stage &#39;limbo&#39;"),
        ({"view": "list", "stage": "limbo"}, "unknown stage &#39;limbo&#39;"),
        ({"view": "list", "stage": "applied", "page": "0"}, "page must be from 1"),
        ({"view": "list", "stage": "applied", "page": "two"}, "page must be a whole number"),
    ],
)
def test_a_bad_stage_list_address_gets_one_line_and_422(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    response = client.get("/pipeline", params=params)
    assert response.status_code == 422
    assert says(response.text, message)


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
    # The board's own rules live in its own sheet, which the page links too.
    assert '<link rel="stylesheet" href="/static/board.css">' in page
    board = client.get("/static/board.css")
    assert board.status_code == 200
    assert ".board-progress" in board.text
    # Static files may be cached; only pages (private writing) are no-store.
    assert response.headers.get("cache-control") != "no-store"


# --- the daily silence sweep --------------------------------------------------------------


def test_the_server_sweeps_for_silence_when_it_starts(
    settings: Settings, workspace: Workspace, fixed_clock: FixedClock
) -> None:
    from nextyes.services.recovery import plan_view

    quiet = add(workspace, "Quiet Co", on=TODAY - timedelta(days=30))
    app = create_app(settings, clock=fixed_clock)
    with TestClient(app) as started:
        after_first_sweep(app, started)  # the sweep runs beside the server
        steps = plan_view(workspace, quiet).steps
    app.state.workspace.db.dispose()
    assert [s.kind.value for s in steps] == ["follow_up"]


# --- cards link to their application and offer only legal moves ----------------------------


def move_options(html: str, application_id: int) -> list[str]:
    """The stages the Move form of one card offers, in order."""
    select = re.search(
        rf'<select id="move-{application_id}" name="stage">(.*?)</select>', html, re.S
    )
    assert select is not None, f"no move form for application {application_id}"
    return re.findall(r'<option value="([a-z_]+)"', select.group(1))


def test_each_card_links_to_its_application_and_offers_only_legal_moves(
    client: TestClient, workspace: Workspace
) -> None:
    saved = add(workspace, "Saved Co", stage=Stage.SAVED)
    offer = add(workspace, "Offer Co", stage=Stage.OFFER)
    closed = add(workspace, "Gone Co")
    move_application(workspace, closed, Stage.CLOSED)

    html = client.get("/pipeline").text
    assert f'<a href="/applications/{saved}">Saved Co</a>' in html
    assert move_options(html, saved) == [
        "applied", "screening", "interviewing", "final_round", "offer", "withdrawn", "closed"
    ]  # fmt: skip
    assert move_options(html, offer) == ["accepted", "rejected", "withdrawn", "closed"]
    assert f'id="move-{closed}"' not in html  # a final stage has nowhere to go
    assert f'<a href="/applications/{closed}">Gone Co</a>' in html


# --- filters ---------------------------------------------------------------------------------


def arrange_for_filters(ws: Workspace) -> None:
    for company, role, channel, excitement, stage in [
        ("Northwind", "Data Analyst", Channel.REFERRAL, 5, Stage.APPLIED),
        ("Contoso", "Data Engineer", Channel.JOB_BOARD, 2, Stage.APPLIED),
        ("Fabrikam", "Product Analyst", Channel.REFERRAL, 3, Stage.SCREENING),
        ("Tailspin", "Designer", Channel.RECRUITER, 4, Stage.SAVED),
        ("100% Pure", "Sales", Channel.DIRECT, 1, Stage.APPLIED),
    ]:
        new = NewApplication(company, role, channel=channel, excitement=excitement, stage=stage)
        add_application(ws, new)


def counts_of(page: PipelinePage) -> dict[str, int]:
    return {stage: column.count or 0 for stage, column in page.columns.items() if column.count}


def test_filter_by_channel_counts_only_matching_applications(
    client: TestClient, workspace: Workspace
) -> None:
    arrange_for_filters(workspace)
    response = client.get("/pipeline", params={"channel": "referral"})
    assert response.status_code == 200
    page = read_page(response.text)
    assert counts_of(page) == {"applied": 1, "screening": 1}
    assert page.columns["applied"].companies == ["Northwind"]
    assert "Showing 2 of your 5 applications." in response.text
    assert '<option value="referral" selected>' in response.text  # the form shows the filter


def test_text_search_matches_company_or_role_in_any_case(
    client: TestClient, workspace: Workspace
) -> None:
    arrange_for_filters(workspace)
    page = read_page(client.get("/pipeline", params={"q": "ANALYST"}).text)
    assert counts_of(page) == {"applied": 1, "screening": 1}
    page = read_page(client.get("/pipeline", params={"q": "contoso"}).text)
    assert page.columns["applied"].companies == ["Contoso"]


def test_a_percent_sign_in_the_search_is_a_character_not_a_wildcard(
    client: TestClient, workspace: Workspace
) -> None:
    arrange_for_filters(workspace)
    page = read_page(client.get("/pipeline", params={"q": "%"}).text)
    assert counts_of(page) == {"applied": 1}
    assert page.columns["applied"].companies == ["100% Pure"]


def test_excitement_filter_keeps_at_least_that_level_and_filters_combine(
    client: TestClient, workspace: Workspace
) -> None:
    arrange_for_filters(workspace)
    page = read_page(client.get("/pipeline", params={"excitement": "4"}).text)
    assert counts_of(page) == {"applied": 1, "saved": 1}
    both = client.get("/pipeline", params={"excitement": "3", "channel": "referral", "q": "fab"})
    assert counts_of(read_page(both.text)) == {"screening": 1}
    assert "Clear filters" in both.text


def test_a_filter_that_matches_nothing_says_so_kindly(
    client: TestClient, workspace: Workspace
) -> None:
    arrange_for_filters(workspace)
    response = client.get("/pipeline", params={"q": "astronaut"})
    assert response.status_code == 200
    assert "Showing 0 of your 5 applications." in response.text
    assert "show everything" in response.text
    assert EMPTY_TEXT not in response.text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"channel": "carrier-pigeon"}, "unknown channel &#39;carrier-pigeon&#39;"),
        ({"excitement": "9"}, "excitement must be from 1 to 5"),
        ({"excitement": "lots"}, "excitement must be a whole number"),
        ({"q": "x" * 201}, "search is 201 characters; the limit is 200"),
    ],
)
def test_a_bad_filter_gets_one_line_and_422(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    response = client.get("/pipeline", params=params)
    assert response.status_code == 422
    assert says(response.text, message)


def test_a_filtered_column_still_shows_at_most_a_column_of_cards(
    client: TestClient, workspace: Workspace
) -> None:
    for n in range(PER_STAGE + 2):
        new = NewApplication(f"Ref {n:02d}", "Analyst", channel=Channel.REFERRAL)
        add_application(workspace, new)
    add(workspace, "Other Co")
    page = read_page(client.get("/pipeline", params={"channel": "referral"}).text)
    applied = page.columns["applied"]
    assert applied.count == PER_STAGE + 2
    assert len(applied.companies) == PER_STAGE
    assert (applied.more or "").split()[:3] == ["and", "2", "more"]
    assert "Other Co" not in applied.companies


# --- moving a card ---------------------------------------------------------------------------


def stage_of(ws: Workspace, application_id: int) -> Stage:
    return get_application(ws, application_id).stage


def test_move_with_the_plain_form_redirects_back_with_a_flash(
    client: TestClient, workspace: Workspace, csrf: str
) -> None:
    app_id = add(workspace, "Northwind", stage=Stage.SAVED)
    response = client.post(
        f"/applications/{app_id}/move",
        data={"stage": "applied", "csrf_token": csrf, "next": "/pipeline?q=north"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/pipeline?q=north"
    assert stage_of(workspace, app_id) is Stage.APPLIED

    page = client.get(response.headers["location"])
    assert "Moved Northwind (Data Analyst) to applied." in page.text
    assert read_page(page.text).columns["applied"].companies == ["Northwind"]


def test_move_with_a_date_records_that_day(client: TestClient, workspace: Workspace) -> None:
    app_id = add(workspace, "Northwind", on=TODAY - timedelta(days=10))
    client.post(f"/applications/{app_id}/move", data={"stage": "screening", "date": "2026-03-12"})
    moved = get_application(workspace, app_id)
    assert moved.stage is Stage.SCREENING
    assert moved.stage_since == date(2026, 3, 12)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/applications/7", "/applications/7"),
        ("/pipeline?channel=referral", "/pipeline?channel=referral"),
        ("//evil.example/x", "/pipeline"),
        ("https://evil.example/", "/pipeline"),
        ("/\t/evil.example", "/pipeline"),
        ("/\\evil.example", "/pipeline"),
        ("", "/pipeline"),
    ],
)
def test_move_goes_back_only_to_a_local_path(
    client: TestClient, workspace: Workspace, target: str, expected: str
) -> None:
    app_id = add(workspace, "Northwind", stage=Stage.SAVED)
    response = client.post(
        f"/applications/{app_id}/move",
        data={"stage": "applied", "next": target},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == expected


def test_move_through_htmx_returns_the_board_with_the_filter_and_a_live_message(
    client: TestClient, workspace: Workspace
) -> None:
    arrange_for_filters(workspace)
    northwind = next(a.id for a in list_applications(workspace) if a.company == "Northwind")
    response = client.post(
        f"/applications/{northwind}/move",
        data={"stage": "screening", "next": "/pipeline?channel=referral"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "<html" not in response.text  # a fragment, not a page
    page = read_page(response.text)
    assert counts_of(page) == {"screening": 2}  # still only the referrals
    assert sorted(page.columns["screening"].companies) == ["Fabrikam", "Northwind"]
    assert (
        '<span id="board-message" hx-swap-oob="true" class="done">'
        "Moved Northwind (Data Analyst) to screening.</span>"
    ) in response.text


def test_an_illegal_move_is_refused_with_one_line_and_changes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = add(workspace, "Northwind", stage=Stage.SCREENING)
    plain = client.post(f"/applications/{app_id}/move", data={"stage": "applied"})
    assert plain.status_code == 422
    assert "cannot move from screening to applied" in plain.text

    htmx = client.post(
        f"/applications/{app_id}/move", data={"stage": "saved"}, headers={"HX-Request": "true"}
    )
    assert htmx.status_code == 422
    assert 'class="error">cannot move from screening to saved;' in htmx.text
    assert read_page(htmx.text).columns["screening"].companies == ["Northwind"]
    assert stage_of(workspace, app_id) is Stage.SCREENING


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "choose a stage to move the application to"),
        ({"stage": "moon"}, "unknown stage &#39;moon&#39;"),
        ({"stage": "interviewing", "date": "yesterday-ish"}, "date must be a date like"),
        ({"stage": "interviewing", "date": "2026-04-01"}, "is in the future"),
    ],
)
def test_bad_move_input_is_422_and_writes_nothing(
    client: TestClient, workspace: Workspace, data: dict[str, str], message: str
) -> None:
    app_id = add(workspace, "Northwind")
    response = client.post(f"/applications/{app_id}/move", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert stage_of(workspace, app_id) is Stage.APPLIED


def test_moving_an_unknown_application_is_404(client: TestClient) -> None:
    response = client.post("/applications/999/move", data={"stage": "applied"})
    assert response.status_code == 404
    assert "no application with id 999" in response.text
    assert client.post("/applications/999/move", data={"stage": "rejected"}).status_code == 404


@pytest.mark.parametrize(("stage", "form"), [("rejected", "explicit"), ("ghosted", "silence")])
def test_a_no_or_a_silence_goes_to_the_rejection_flow_first(
    client: TestClient, workspace: Workspace, stage: str, form: str
) -> None:
    app_id = add(workspace, "Northwind", stage=Stage.INTERVIEWING)
    response = client.post(
        f"/applications/{app_id}/move", data={"stage": stage}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/applications/{app_id}/reject?form={form}"
    htmx = client.post(
        f"/applications/{app_id}/move",
        data={"stage": stage, "date": "2026-03-13"},
        headers={"HX-Request": "true"},
    )
    assert htmx.status_code == 200
    expected = f"/applications/{app_id}/reject?form={form}&date=2026-03-13"
    assert htmx.headers["hx-redirect"] == expected
    assert stage_of(workspace, app_id) is Stage.INTERVIEWING  # the flow records it, not the move


def test_a_saved_application_cannot_be_rejected_yet(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = add(workspace, "Northwind", stage=Stage.SAVED)
    response = client.post(f"/applications/{app_id}/move", data={"stage": "ghosted"})
    assert response.status_code == 422
    assert "cannot move from saved to ghosted" in response.text


def test_a_move_without_the_csrf_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    app_id = add(workspace, "Northwind", stage=Stage.SAVED)
    response = bare_client.post(f"/applications/{app_id}/move", data={"stage": "applied"})
    assert response.status_code == 403
    assert stage_of(workspace, app_id) is Stage.SAVED


# --- adding an application -------------------------------------------------------------------


def test_the_add_form_labels_every_field(client: TestClient) -> None:
    response = client.get("/applications/new")
    assert response.status_code == 200
    html = response.text
    for name in ("company", "role", "channel", "link", "location", "date"):
        assert f'<label for="f-{name}">' in html, name
    assert "<legend>How much do you want it?</legend>" in html
    assert "<legend>Where is it now?</legend>" in html
    assert 'name="csrf_token"' in html
    assert 'value="3" checked' in html  # a middle excitement unless they say otherwise


def test_adding_an_application_redirects_to_the_board_with_a_flash(
    client: TestClient, workspace: Workspace, csrf: str
) -> None:
    response = client.post(
        "/applications",
        data={
            "csrf_token": csrf,
            "company": "Northwind",
            "role": "Data Analyst",
            "channel": "referral",
            "link": "https://jobs.example/42",
            "location": "Leeds",
            "excitement": "5",
            "stage": "saved",
            "date": "2026-03-10",
            "salary_min": " 40000 ",
            "salary_max": "50000",
            "salary_currency": "gbp",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    [added] = list_applications(workspace)
    # The board on the new application's stage (what a phone shows), at its card.
    assert response.headers["location"] == f"/pipeline?stage=saved#card-{added.id}"
    assert (added.salary_min, added.salary_max, added.salary_currency) == (40000, 50000, "GBP")
    assert (added.company, added.role, added.channel) == ("Northwind", "Data Analyst", "referral")
    assert (added.stage, added.stage_since, added.excitement) == (
        Stage.SAVED,
        date(2026, 3, 10),
        5,
    )
    assert (added.link, added.location) == ("https://jobs.example/42", "Leeds")

    board = client.get(response.headers["location"])
    assert "Added Northwind (Data Analyst) to Saved." in board.text
    assert read_page(board.text).columns["saved"].companies == ["Northwind"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"company": "  "}, "company must not be empty"),
        ({"excitement": "9"}, "excitement must be from 1 to 5"),
        ({"excitement": "0"}, "excitement must be from 1 to 5"),
        ({"link": "javascript:alert(1)"}, "link must start with http:// or https://"),
        ({"date": "2026-04-01"}, "is in the future"),
        ({"stage": "rejected"}, "a new application starts in one of"),
        ({"channel": "telepathy"}, "unknown channel"),
        ({"salary_max": "99999999999999999999"}, "salary must be at most 2,147,483,647"),
        ({"salary_min": "60000", "salary_max": "50000"}, "salary range is upside down"),
        ({"salary_min": "lots"}, "salary (from) must be a whole number"),
        ({"salary_currency": "pounds sterling"}, "salary currency is 15 characters"),
        ({"date": "0001-01-01"}, "not a plausible day"),
    ],
)
def test_bad_input_re_renders_the_form_with_422_and_writes_nothing(
    client: TestClient, workspace: Workspace, change: dict[str, str], message: str
) -> None:
    data = {"company": "<b>Northwind</b>", "role": "Data Analyst", "stage": "applied"} | change
    response = client.post("/applications", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert 'role="alert"' in response.text
    assert 'value="Data Analyst"' in response.text  # what they typed is kept
    assert "<b>Northwind</b>" not in response.text  # and escaped
    assert list_applications(workspace) == []


def test_adding_without_the_csrf_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    response = bare_client.post("/applications", data={"company": "A", "role": "B"})
    assert response.status_code == 403
    assert list_applications(workspace) == []
