"""The Settings and Calendar pages, the private calendar feed and their JSON API, through the
real app on a real SQLite file."""

import asyncio
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.drafts import Profile
from nextyes.domain.recovery import StepKind
from nextyes.services import recovery
from nextyes.services.applications import add_application
from nextyes.services.drafts import get_profile
from nextyes.services.preferences import (
    calendar_token,
    existing_calendar_token,
    preferences,
    save_preferences,
    sweep_with_preferences,
)
from nextyes.services.workspace import Workspace
from nextyes.web.app import sweep_daily
from tests.conftest import TODAY
from tests.web.conftest import says

WINDOWS = [
    "reply_days_applied",
    "reply_days_screening",
    "reply_business_days_interviewing",
    "reply_business_days_final_round",
    "ghost_after_follow_up_days",
]
GOOD_FORM = {
    "reply_days_applied": "14",
    "reply_days_screening": "",
    "reply_business_days_interviewing": "",
    "reply_business_days_final_round": " 5 ",
    "ghost_after_follow_up_days": "",
    "support_resources": "My sister, any evening.\n\nThe careers office, room 4.\n",
}


class Form(HTMLParser):
    """The page's inputs by id, which label names each, and the forms' attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.inputs: dict[str, dict[str, str | None]] = {}
        self.labelled: set[str] = set()
        self.forms: list[dict[str, str | None]] = []
        self.buttons: list[dict[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("input", "textarea") and found.get("type") != "hidden":
            self.inputs[str(found.get("id"))] = found
        elif tag == "label" and found.get("for"):
            self.labelled.add(str(found["for"]))
        elif tag == "form":
            self.forms.append(found)
        elif tag == "button":
            self.buttons.append(found)


def saved_rows(ws: Workspace, settings: Settings) -> tuple[object, ...]:
    mine = preferences(ws, settings)
    return (mine.own, mine.windows(), mine.support_resources, existing_calendar_token(ws))


def quiet_for(ws: Workspace, days: int, company: str) -> int:
    new = NewApplication(company, "Analyst", on=TODAY - timedelta(days=days))
    return add_application(ws, new).id


def follow_ups(ws: Workspace, app_id: int) -> int:
    steps = recovery.plan_view(ws, app_id).steps
    return sum(step.kind is StepKind.FOLLOW_UP for step in steps)


# ---- Settings page -------------------------------------------------------------------------


def test_the_settings_page_labels_every_box_and_shows_the_defaults(
    client: TestClient, workspace: Workspace, settings: Settings
) -> None:
    page = client.get("/settings")
    assert page.status_code == 200
    form = Form(page.text)
    for name in [*WINDOWS, "support_resources"]:
        assert f"f-{name}" in form.inputs, name
        assert f"f-{name}" in form.labelled, name
        assert form.inputs[f"f-{name}"].get("value") in (None, "")  # empty: the default
    assert "this installation&#39;s 21 days" in page.text
    assert "this installation&#39;s 7 working days" in page.text
    for line in settings.support_resources:
        assert line.replace("'", "&#39;") in page.text
    actions = {f.get("action") for f in form.forms}
    assert actions == {
        "/settings/profile",
        "/settings/skills",
        "/settings/cv",
        "/settings",
        "/settings/reset",
    }
    assert saved_rows(workspace, settings)[0] == ()


def test_saving_the_form_keeps_the_persons_values_and_says_so(
    client: TestClient, workspace: Workspace, settings: Settings
) -> None:
    saved = client.post("/settings", data=GOOD_FORM, follow_redirects=False)
    assert saved.status_code == 303
    assert saved.headers["location"] == "/settings"

    mine = preferences(workspace, settings)
    assert mine.own == (
        "reply_days_applied",
        "reply_business_days_final_round",
        "support_resources",
    )
    assert mine.reply_days_applied == 14
    assert mine.reply_business_days_final_round == 5
    assert mine.support_resources == ("My sister, any evening.", "The careers office, room 4.")

    page = client.get("/settings")
    assert "Saved." in page.text
    form = Form(page.text)
    assert form.inputs["f-reply_days_applied"]["value"] == "14"
    assert "You chose 14." in page.text
    assert "My sister, any evening.\nThe careers office, room 4.</textarea>" in page.text
    assert "Saved." not in client.get("/settings").text  # a flash shows once


@pytest.mark.parametrize(
    ("field", "typed", "problem"),
    [
        ("reply_days_applied", "0", "after you apply must be from 1 to 365 days; you wrote 0"),
        ("reply_days_screening", "two weeks", "must be a whole number of days"),
        ("reply_business_days_interviewing", "400", "from 1 to 260 working days"),
        ("support_resources", "\n".join(f"Place {n}" for n in range(11)), "you wrote 11"),
        ("support_resources", "x" * 301, "301 characters; the limit is 300"),
    ],
)
def test_bad_input_is_shown_in_one_line_and_saves_nothing(
    client: TestClient,
    workspace: Workspace,
    settings: Settings,
    field: str,
    typed: str,
    problem: str,
) -> None:
    save_preferences(workspace, settings, reply_days_screening=9)
    before = saved_rows(workspace, settings)
    page = client.post("/settings", data={**GOOD_FORM, field: typed})
    assert page.status_code == 422
    [error] = re.findall(r'<p class="error" role="alert"[^>]*>(.*?)</p>', page.text, re.S)
    assert says(error.replace("&#39;", "'"), problem)
    assert "\n" not in error
    form = Form(page.text)
    # The box with the problem is marked and focused; what was typed is still there.
    assert "autofocus" in form.inputs[f"f-{field}"]
    assert [box for box, attrs in form.inputs.items() if "autofocus" in attrs] == [f"f-{field}"]
    if field != "support_resources":
        assert form.inputs[f"f-{field}"]["value"] == typed
    assert saved_rows(workspace, settings) == before


def test_the_reset_button_returns_to_the_defaults_and_keeps_the_calendar_link(
    client: TestClient, workspace: Workspace, settings: Settings
) -> None:
    save_preferences(workspace, settings, reply_days_applied=3, support_resources=["A friend."])
    token = calendar_token(workspace)
    done = client.post("/settings/reset", follow_redirects=False)
    assert done.status_code == 303
    assert preferences(workspace, settings).own == ()
    assert existing_calendar_token(workspace) == token
    assert "back on this installation" in client.get("/settings").text


def test_the_settings_forms_ask_before_a_reset_and_carry_the_token(
    client: TestClient, csrf: str
) -> None:
    page = client.get("/settings")
    reset = next(f for f in Form(page.text).forms if f.get("action") == "/settings/reset")
    assert reset.get("data-confirm")
    # about you, your skills, your CV, save, reset
    assert page.text.count(f'name="csrf_token" value="{csrf}"') == 5


@pytest.mark.parametrize("path", ["/settings", "/settings/reset"])
def test_settings_changes_without_the_security_token_are_refused(
    bare_client: TestClient, workspace: Workspace, settings: Settings, path: str
) -> None:
    save_preferences(workspace, settings, reply_days_applied=3)
    before = saved_rows(workspace, settings)
    refused = bare_client.post(path, data=GOOD_FORM)
    assert refused.status_code == 403
    assert saved_rows(workspace, settings) == before


def test_the_daily_sweep_goes_by_the_persons_windows(
    workspace: Workspace, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting = quiet_for(workspace, 10, "Patient Co")
    save_preferences(workspace, settings, reply_days_applied=7)

    class OneDayOnly(Exception):
        pass

    async def stop_after_the_first_sweep(_seconds: float) -> None:
        raise OneDayOnly

    monkeypatch.setattr(asyncio, "sleep", stop_after_the_first_sweep)
    with pytest.raises(OneDayOnly):
        asyncio.run(sweep_daily(workspace, settings))
    assert follow_ups(workspace, waiting) == 1  # 10 days is quiet by the person's 7


# ---- Calendar page and feed ----------------------------------------------------------------


def test_the_calendar_page_offers_to_make_a_link_and_makes_none_by_looking(
    client: TestClient, workspace: Workspace
) -> None:
    page = client.get("/calendar")
    assert page.status_code == 200
    assert "Make my calendar link" in page.text
    assert "/calendar/download" in page.text
    assert existing_calendar_token(workspace) is None


def test_making_the_link_shows_it_ready_to_copy(client: TestClient, workspace: Workspace) -> None:
    made = client.post("/calendar/rotate", follow_redirects=False)
    assert made.status_code == 303
    token = existing_calendar_token(workspace)
    assert token is not None

    page = client.get("/calendar")
    assert "Your calendar link is ready." in page.text
    form = Form(page.text)
    box = form.inputs["feed-url"]
    assert box["value"] == f"http://127.0.0.1/calendar/{token}.ics"
    assert "readonly" in box
    assert "feed-url" in form.labelled
    assert any(b.get("data-copy") == "feed-url" for b in form.buttons)
    assert 'id="feed-url-status"' in page.text
    assert f"webcal://127.0.0.1/calendar/{token}.ics" in page.text
    rotate = next(f for f in form.forms if f.get("action") == "/calendar/rotate")
    assert rotate.get("data-confirm")
    for app_name in ("Apple Calendar", "Outlook", "Thunderbird", "Google Calendar"):
        assert app_name in page.text


def test_the_feed_serves_the_owners_calendar_and_is_never_cached(
    client: TestClient, workspace: Workspace, settings: Settings
) -> None:
    app_id = quiet_for(workspace, 30, "Zoë & Co")
    sweep_with_preferences(workspace, settings)
    assert follow_ups(workspace, app_id) == 1
    token = calendar_token(workspace)

    feed = client.get(f"/calendar/{token}.ics")
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    assert feed.headers["cache-control"] == "no-store"
    [event] = Calendar.from_ical(feed.content).walk("VEVENT")
    assert "Zoë & Co" in str(event["SUMMARY"])


def test_the_feed_needs_no_login_or_security_token(
    bare_client: TestClient, workspace: Workspace
) -> None:
    token = calendar_token(workspace)
    feed = bare_client.get(f"/calendar/{token}.ics")
    assert feed.status_code == 200
    assert feed.content.startswith(b"BEGIN:VCALENDAR")


def test_an_unknown_token_gets_the_same_answer_as_any_unknown_page(
    client: TestClient, workspace: Workspace
) -> None:
    real = calendar_token(workspace)
    lookalike = ("A" if real[0] != "A" else "B") + real[1:]

    def answer(path: str) -> tuple[int, str, str]:
        response = client.get(path)
        return (
            response.status_code,
            response.headers["content-type"],
            response.text.replace(path, "PATH"),
        )

    unknown_page = answer("/calendar/no-such-thing")
    assert unknown_page[0] == 404
    for probe in (lookalike, "short", "x" * 43, "a" * 200):
        assert answer(f"/calendar/{probe}.ics") == unknown_page, probe


def test_a_new_link_ends_the_old_one(client: TestClient, workspace: Workspace) -> None:
    old = calendar_token(workspace)
    page = client.post("/calendar/rotate")  # and on to the Calendar page
    assert "The old one no longer works" in page.text
    new = existing_calendar_token(workspace)
    assert new not in (None, old)
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200


def test_a_new_link_without_the_security_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    old = calendar_token(workspace)
    assert bare_client.post("/calendar/rotate").status_code == 403
    assert existing_calendar_token(workspace) == old


def test_each_token_shows_only_its_owners_calendar(
    client: TestClient, workspace: Workspace, settings: Settings
) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    quiet_for(workspace, 30, "Mine Ltd")
    quiet_for(other, 30, "Theirs Inc")
    sweep_with_preferences(workspace, settings)
    sweep_with_preferences(other, settings)

    mine = client.get(f"/calendar/{calendar_token(workspace)}.ics").text
    theirs = client.get(f"/calendar/{calendar_token(other)}.ics").text
    assert "Mine Ltd" in mine
    assert "Theirs Inc" not in mine
    assert "Theirs Inc" in theirs
    assert "Mine Ltd" not in theirs
    # The page shows my link, never theirs.
    page = client.get("/calendar").text
    assert calendar_token(other) not in page


def test_the_download_is_the_same_calendar_as_a_file(client: TestClient) -> None:
    download = client.get("/calendar/download")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/calendar")
    assert download.headers["content-disposition"] == 'attachment; filename="nextyes.ics"'
    assert download.content.startswith(b"BEGIN:VCALENDAR")


# ---- JSON API ------------------------------------------------------------------------------


def test_the_api_shows_and_replaces_settings(client: TestClient) -> None:
    start = client.get("/api/v1/settings").json()
    assert start["own"] == []
    assert start["reply_days_applied"] == start["defaults"]["reply_days_applied"] == 21

    put = client.put(
        "/api/v1/settings",
        json={"reply_days_applied": 10, "support_resources": ["My coach, Tuesdays."]},
    )
    assert put.status_code == 200
    body = put.json()
    assert body["own"] == ["reply_days_applied", "support_resources"]
    assert body["reply_days_applied"] == 10
    assert body["support_resources"] == ["My coach, Tuesdays."]
    assert client.get("/api/v1/settings").json() == body

    # A PUT is the whole set: what it leaves out goes back to the default.
    again = client.put("/api/v1/settings", json={"reply_days_screening": 4}).json()
    assert again["own"] == ["reply_days_screening"]
    assert again["reply_days_applied"] == 21

    reset = client.post("/api/v1/settings/reset")
    assert reset.status_code == 200
    assert reset.json()["own"] == []


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"reply_days_applied": 0}, "reply_days_applied"),
        ({"reply_business_days_final_round": 261}, "reply_business_days_final_round"),
        ({"support_resources": []}, "support_resources"),
        ({"support_resources": ["x" * 301]}, "support_resources"),
        ({"support_resources": ["   "]}, "support resource 1 is empty"),
        ({"reply_days_aplied": 5}, "reply_days_aplied"),
        ({"reply_days_applied": "soon"}, "reply_days_applied"),
        ({"reply_days_applied": True}, "reply_days_applied"),
        ({"support_resources": ["a\u0000b"]}, "NUL"),
    ],
)
def test_the_api_refuses_bad_settings_as_problem_json_and_saves_nothing(
    client: TestClient,
    workspace: Workspace,
    settings: Settings,
    body: dict[str, object],
    problem: str,
) -> None:
    save_preferences(workspace, settings, reply_days_applied=9)
    before = saved_rows(workspace, settings)
    refused = client.put("/api/v1/settings", json=body)
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    detail = refused.json()["detail"]
    assert problem in detail
    assert "\n" not in detail
    assert saved_rows(workspace, settings) == before


def test_the_api_makes_and_renews_the_calendar_link(
    client: TestClient, workspace: Workspace
) -> None:
    assert client.get("/api/v1/calendar").json() == {"feed_path": None, "feed_url": None}
    made = client.post("/api/v1/calendar/rotate").json()
    token = existing_calendar_token(workspace)
    assert made == {
        "feed_path": f"/calendar/{token}.ics",
        "feed_url": f"http://127.0.0.1/calendar/{token}.ics",
    }
    assert client.get("/api/v1/calendar").json() == made
    renewed = client.post("/api/v1/calendar/rotate").json()
    assert renewed["feed_path"] != made["feed_path"]
    assert client.get(made["feed_path"]).status_code == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", "/api/v1/settings"),
        ("POST", "/api/v1/settings/reset"),
        ("POST", "/api/v1/calendar/rotate"),
    ],
)
def test_api_changes_without_the_security_token_are_refused(
    bare_client: TestClient, workspace: Workspace, settings: Settings, method: str, path: str
) -> None:
    save_preferences(workspace, settings, reply_days_applied=9)
    calendar_token(workspace)
    before = saved_rows(workspace, settings)
    refused = bare_client.request(method, path, json={"reply_days_applied": 5})
    assert refused.status_code == 403
    assert saved_rows(workspace, settings) == before


def test_the_api_documents_every_settings_field(client: TestClient) -> None:
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for model in ("SettingsIn", "SettingsOut", "CalendarLink"):
        for name, field in schemas[model]["properties"].items():
            assert field.get("description"), (model, name)


# ---- About you: the name drafts sign with, and a line about you ------------------------------


def test_about_you_saves_the_name_drafts_sign_with(
    client: TestClient, workspace: Workspace
) -> None:
    page = client.get("/settings").text
    assert '<section class="panel about-you" id="profile"' in page
    assert '<label for="f-name">Your name</label>' in page
    assert 'href="/trash"' in page[page.index("Deleted items") :]

    saved = client.post(
        "/settings/profile",
        data={"name": " Sam Rivers ", "headline": "Data analyst: SQL and dashboards"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == "/settings#profile"
    assert get_profile(workspace) == Profile("Sam Rivers", "Data analyst: SQL and dashboards")
    page = client.get("/settings").text
    assert "Saved. Your drafts sign off as Sam Rivers." in page
    assert 'value="Sam Rivers"' in page

    job = add_application(workspace, NewApplication("Lumen Health", "Data Analyst"))
    assert "add your name in Settings" not in client.get(f"/applications/{job.id}").text
    written = client.post(f"/applications/{job.id}/drafts", data={"kind": "thank_you"})
    assert "Warm wishes,\nSam Rivers\nData analyst: SQL and dashboards</textarea>" in written.text

    cleared = client.post("/settings/profile", data={"name": "", "headline": ""})
    assert get_profile(workspace) == Profile(None, None)
    assert "Drafts sign off without a name until you give one." in cleared.text


def test_about_you_names_both_problems_and_saves_neither(
    client: TestClient, workspace: Workspace
) -> None:
    answer = client.post("/settings/profile", data={"name": "x" * 201, "headline": "y" * 301})
    assert answer.status_code == 422
    listed = dict(re.findall(r'<li><a href="#f-([\w-]+)">([^<]*)</a></li>', answer.text))
    assert listed == {
        "name": "Your name is 201 characters; the limit is 200.",
        "headline": "The line about you is 301 characters; the limit is 300.",
    }
    assert 'value="' + "x" * 201 + '"' in answer.text  # kept as typed
    assert get_profile(workspace) == Profile(None, None)
