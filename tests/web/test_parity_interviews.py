"""Interviews in the browser's pages: scheduled on an application at the person's own time,
listed there and on the Calendar page, corrected, cancelled into the trash with Undo; every
problem of a form at once, and nothing of anyone else's within reach."""

import re
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.interviews import NewInterview
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application
from nextyes.services.interviews import add_interview, list_interviews
from nextyes.services.trash import trash_items
from nextyes.services.workspace import Workspace
from nextyes.web.zones import ZONE_COOKIE
from tests.web.conftest import says

FORM = {"date": "2026-03-20", "time": "14:00", "minutes": "45", "title": "Panel"}


def problems_listed(html: str) -> dict[str, str]:
    """The error summary at the top of a form: field -> message."""
    return dict(re.findall(r'<li><a href="#f-([\w-]+)">([^<]*)</a></li>', html))


def undo_of(html: str) -> str:
    [trash_id] = re.findall(r'action="/trash/(\d+)/restore"', html)
    return str(trash_id)


def applied(ws: Workspace, company: str = "Lumen Health") -> int:
    return add_application(ws, NewApplication(company, "Data Analyst", stage=Stage.APPLIED)).id


def interview_at(ws: Workspace, application_id: int, starts: datetime, title: str = "") -> int:
    return add_interview(ws, NewInterview(application_id, starts, 60, title or None)).id


def test_an_interview_is_scheduled_at_the_browsers_local_time(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    page = client.get(f"/applications/{job}").text
    assert "Schedule an interview" in page
    assert 'name="zone" value="" data-browser-zone' in page  # parity.js fills it in

    sent = client.post(
        f"/applications/{job}/interviews",
        data=FORM | {"zone": "America/New_York", "location": "https://meet.example/abc"},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    [kept] = list_interviews(workspace, job)
    # 14:00 in New York on 20 March (summer time, UTC-4) is 18:00 UTC.
    assert kept.starts_at == datetime(2026, 3, 20, 18, 0, tzinfo=UTC)
    assert (kept.minutes, kept.title, kept.location) == (45, "Panel", "https://meet.example/abc")
    assert sent.headers["location"] == f"/applications/{job}#interview-{kept.id}"

    # Shown at the person's own time once the browser has told its zone (parity.js's cookie).
    client.cookies.set(ZONE_COOKIE, "America/New_York")
    shown = client.get(sent.headers["location"]).text
    assert "Interview scheduled: Fri 20 Mar 2026, 14:00 (America/New York). Good luck." in shown
    assert f'id="interview-{kept.id}"' in shown
    assert "Fri 20 Mar 2026, 14:00" in shown
    assert '<a href="https://meet.example/abc" rel="noopener noreferrer">' in shown


def test_without_the_browsers_zone_the_servers_own_is_used(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    answer = client.post(f"/applications/{job}/interviews", data=FORM, follow_redirects=False)
    assert answer.status_code == 303
    [kept] = list_interviews(workspace, job)
    # As the CLI reads a time without an offset: the machine's own zone.
    assert kept.starts_at == datetime(2026, 3, 20, 14, 0).astimezone().astimezone(UTC)
    assert "Fri 20 Mar 2026, 14:00" in client.get(f"/applications/{job}").text


def test_an_unknown_zone_falls_back_to_the_cookie_then_the_server(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    client.cookies.set(ZONE_COOKIE, "Asia/Tokyo")
    for zone in ("Mars/Olympus_Mons", "../../etc/passwd", ""):
        client.post(f"/applications/{job}/interviews", data=FORM | {"zone": zone})
    # 14:00 in Tokyo (UTC+9) is 05:00 UTC, each time.
    assert {i.starts_at for i in list_interviews(workspace, job)} == {
        datetime(2026, 3, 20, 5, 0, tzinfo=UTC)
    }


def test_a_time_the_clocks_skip_is_refused_with_a_way_out(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    data = FORM | {"date": "2026-03-29", "time": "01:30", "zone": "Europe/London"}
    answer = client.post(f"/applications/{job}/interviews", data=data)
    assert answer.status_code == 422
    assert problems_listed(answer.text) == {
        "interview-time": "There is no 01:30 on that day in Europe/London: the clocks go"
        " forward then; choose a time an hour later."
    }
    assert list_interviews(workspace, job) == []


def test_every_problem_is_shown_at_once_and_nothing_is_saved(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    answer = client.post(
        f"/applications/{job}/interviews",
        data={
            "date": "next week",
            "time": "25:00",
            "minutes": "0",
            "title": "x" * 201,
            "location": "Room 4",
            "notes": "Ask about the team",
        },
    )
    assert answer.status_code == 422
    listed = problems_listed(answer.text)
    assert set(listed) == {
        "interview-date",
        "interview-time",
        "interview-minutes",
        "interview-title",
    }
    assert says(listed["interview-time"], "the time must be like 14:00")
    assert says(listed["interview-minutes"], "how long it lasts must be from 1 to 600 minutes")
    # Each beside its field, the form open, and what was typed kept.
    assert answer.text.count('aria-invalid="true"') == 4
    assert '<details class="schedule" open>' in answer.text
    assert 'value="Room 4"' in answer.text
    assert "Ask about the team</textarea>" in answer.text
    assert list_interviews(workspace, job) == []


def test_empty_fields_are_named_in_words(client: TestClient, workspace: Workspace) -> None:
    job = applied(workspace)
    answer = client.post(f"/applications/{job}/interviews", data={"minutes": ""})
    assert answer.status_code == 422
    assert problems_listed(answer.text) == {
        "interview-date": "Choose the day of the interview.",
        "interview-time": "Choose the time it starts, like 14:00.",
        "interview-minutes": "Say how long it lasts, in minutes.",
    }


@pytest.mark.parametrize("stage", [Stage.SAVED, Stage.REJECTED])
def test_an_application_not_sent_or_already_over_has_no_form_and_refuses_one(
    client: TestClient, workspace: Workspace, stage: Stage
) -> None:
    first = Stage.SAVED if stage is Stage.SAVED else Stage.APPLIED
    job = add_application(workspace, NewApplication("Orchard & Co", "Analyst", stage=first)).id
    if stage is Stage.REJECTED:
        move_application(workspace, job, Stage.REJECTED)
    page = client.get(f"/applications/{job}").text
    assert "Schedule an interview" not in page
    answer = client.post(f"/applications/{job}/interviews", data=FORM)
    assert answer.status_code == 422
    assert "interviews can be scheduled only once it is sent" in answer.text
    assert list_interviews(workspace, job) == []


def test_the_calendar_page_lists_the_interviews_ahead_soonest_first(
    client: TestClient, workspace: Workspace
) -> None:
    lumen, kite = applied(workspace), applied(workspace, "Kite Payments")
    later = interview_at(workspace, lumen, datetime(2026, 3, 25, 9, 0, tzinfo=UTC), "Final")
    sooner = interview_at(workspace, kite, datetime(2026, 3, 18, 15, 30, tzinfo=UTC), "Screen")
    interview_at(workspace, kite, datetime(2026, 3, 2, 10, 0, tzinfo=UTC), "Long gone")
    client.cookies.set(ZONE_COOKIE, "UTC")
    page = client.get("/calendar").text
    ahead = page[page.index("Interviews ahead") : page.index("calendar link")]
    assert ahead.index(f'id="interview-{sooner}"') < ahead.index(f'id="interview-{later}"')
    assert "Long gone" not in ahead  # what is over is on its application's page
    assert "Wed 18 Mar 2026, 15:30" in ahead
    assert 'title="18 Mar 2026">in 2 days</time>' in ahead
    assert f'<a href="/applications/{kite}#interviews">Data Analyst at Kite Payments</a>' in ahead
    assert f'href="/interviews/{sooner}/edit?next=/calendar%23interview-{sooner}"' in ahead
    assert f'action="/delete/interview/{sooner}" data-confirm=' in ahead
    # Above the feed's instructions.
    assert page.index("Interviews ahead") < page.index("Make your private calendar link")


def test_the_calendar_page_says_how_to_add_one_when_there_is_none(client: TestClient) -> None:
    page = client.get("/calendar").text
    assert "No interviews ahead." in page
    assert "schedule it on its application" in page


def test_an_interview_is_corrected_on_its_own_page(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    one = interview_at(workspace, job, datetime(2026, 3, 20, 13, 0, tzinfo=UTC), "Screen")
    client.cookies.set(ZONE_COOKIE, "Europe/Paris")  # UTC+1 in March
    page = client.get(f"/interviews/{one}/edit?next=/calendar").text
    assert '<a href="/calendar">← Back</a>' in page
    assert 'value="2026-03-20"' in page
    assert 'value="14:00"' in page  # the Paris wall clock
    assert 'name="zone" value="Europe/Paris"' in page
    assert 'aria-current="page">Calendar' in page  # came from the calendar

    saved = client.post(
        f"/interviews/{one}/edit",
        data=FORM | {"time": "16:30", "zone": "Europe/Paris", "next": "/calendar"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == "/calendar"
    [moved] = list_interviews(workspace, job)
    assert moved.starts_at == datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
    assert (moved.minutes, moved.title) == (45, "Panel")
    assert (
        "Saved the interview: Fri 20 Mar 2026, 16:30 (Europe/Paris)."
        in client.get("/calendar").text
    )


def test_saving_an_interview_unchanged_moves_nothing_in_the_servers_zone(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    starts = datetime(2026, 3, 20, 13, 0, tzinfo=UTC)
    one = interview_at(workspace, job, starts)
    page = client.get(f"/interviews/{one}/edit").text
    assert 'name="zone" value="server"' in page  # no cookie yet: the server's zone
    values = dict(re.findall(r'name="(date|time|minutes)" type="\w+" value="([^"]*)"', page))
    # The browser has told its zone meanwhile: the form still means what it showed.
    client.cookies.set(ZONE_COOKIE, "Asia/Tokyo")
    client.post(f"/interviews/{one}/edit", data=values | {"zone": "server"})
    assert list_interviews(workspace, job)[0].starts_at == starts


def test_a_correction_with_problems_shows_them_all_and_changes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    job = applied(workspace)
    one = interview_at(workspace, job, datetime(2026, 3, 20, 13, 0, tzinfo=UTC), "Screen")
    answer = client.post(
        f"/interviews/{one}/edit",
        data={"date": "", "time": "noon", "minutes": "9999", "title": "Kept", "next": "/x"},
    )
    assert answer.status_code == 422
    assert set(problems_listed(answer.text)) == {"date", "time", "minutes"}
    assert 'value="Kept"' in answer.text
    [same] = list_interviews(workspace, job)
    assert (same.starts_at.hour, same.title) == (13, "Screen")


def test_cancelling_an_interview_offers_undo(client: TestClient, workspace: Workspace) -> None:
    job = applied(workspace)
    one = interview_at(workspace, job, datetime(2026, 3, 20, 13, 0, tzinfo=UTC))
    gone = client.post(
        f"/delete/interview/{one}", data={"next": "/calendar#interviews"}, follow_redirects=False
    )
    assert gone.status_code == 303
    assert gone.headers["location"] == "/calendar#interviews"
    page = client.get("/calendar").text
    assert "Deleted: Interview: Data Analyst at Lumen Health." in page
    assert list_interviews(workspace) == []
    assert [item.kind for item in trash_items(workspace)] == ["interview"]

    back = client.post(f"/trash/{undo_of(page)}/restore", data={"next": "/calendar"})
    assert back.status_code == 200
    assert [i.id for i in list_interviews(workspace)] == [one]
    assert "Restored: Interview: Data Analyst at Lumen Health." in back.text


def test_nobody_elses_interviews_can_be_reached(client: TestClient, workspace: Workspace) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = applied(other, "Theirs")
    one = interview_at(other, theirs, datetime(2026, 3, 20, 13, 0, tzinfo=UTC), "Theirs")
    for method, path in (
        ("GET", f"/interviews/{one}/edit"),
        ("POST", f"/interviews/{one}/edit"),
        ("POST", f"/applications/{theirs}/interviews"),
        ("POST", f"/delete/interview/{one}"),
    ):
        assert client.request(method, path, data=FORM).status_code == 404, path
    [same] = list_interviews(other)
    assert (same.id, same.title, same.starts_at.hour) == (one, "Theirs", 13)
    assert "Theirs" not in client.get("/calendar").text
