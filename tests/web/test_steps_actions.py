"""Every plan step leads to its action on the web: the composer opened with the right message
and person, the reflection, the fit view, this week's plan; finishing the action ticks the
step off and says so. Snooze offers only later days, and the next step comes first."""

import re
from datetime import date, timedelta
from html import unescape

from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.steps import Step
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.drafts import list_drafts, set_profile
from nextyes.services.recovery import get_step, plan_view, snooze_step
from nextyes.services.reflections import reflection_start
from nextyes.services.workspace import Workspace
from tests.web.conftest import says

TODAY = date(2026, 3, 16)
DAY = timedelta(days=1)
HTMX = {"HX-Request": "true"}


def interviewed(ws: Workspace, days_ago: int = 5, feedback: str | None = None) -> int:
    app = add_application(
        ws,
        NewApplication(
            "Kestrel Games",
            "Product Analyst",
            channel=Channel.REFERRAL,
            stage=Stage.INTERVIEWING,
            on=TODAY - 30 * DAY,
        ),
    )
    record_rejection(
        ws,
        app.id,
        RejectionForm.EXPLICIT,
        TODAY - days_ago * DAY,
        reason="They chose an internal candidate",
        feedback=feedback,
    )
    return app.id


def linked(ws: Workspace, app_id: int, name: str, role: ContactRole) -> int:
    return add_contact(ws, NewContact(name, role, company="Kestrel Games"), app_id).id


def open_step(ws: Workspace, app_id: int, kind: StepKind, contact: int | None = None) -> Step:
    return next(
        s
        for s in plan_view(ws, app_id).steps
        if s.kind is kind and s.is_open and (contact is None or s.contact_id == contact)
    )


def card(html: str, step: Step) -> str:
    """The HTML of one step's card."""
    start = html.index(f'id="step-{step.id}"')
    return html[start : html.index("</li>", start)]


def go_link(html: str, step: Step) -> tuple[str, str]:
    """The (href, words) of a step's primary action button."""
    found = re.search(
        r'<p class="step-go"><a class="button" href="([^"]+)">([^<]+)</a>', card(html, step)
    )
    assert found, card(html, step)
    return unescape(found.group(1)), unescape(found.group(2))


def selected(html: str, select_id: str) -> str | None:
    """The value of the option chosen in a <select>."""
    block = html.split(f'id="{select_id}"')[1].split("</select>")[0]
    found = re.search(r'<option value="([^"]*)" selected>', block)
    return found.group(1) if found else None


def test_each_step_about_a_person_opens_the_composer_for_that_person(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    priya = linked(workspace, app_id, "Priya Natarajan", ContactRole.RECRUITER)
    ana = linked(workspace, app_id, "Ana Ribeiro", ContactRole.INTERVIEWER)
    page = client.get(f"/applications/{app_id}").text
    expected = [
        (open_step(workspace, app_id, StepKind.THANK_YOU, ana), "thank_you", ana,
         "Write the thank-you to Ana Ribeiro"),
        (open_step(workspace, app_id, StepKind.THANK_YOU, priya), "thank_you", priya,
         "Write the thank-you to Priya Natarajan"),
        (open_step(workspace, app_id, StepKind.CONNECT, ana), "connection_note", ana,
         "Write the connection note to Ana Ribeiro"),
        (open_step(workspace, app_id, StepKind.FEEDBACK_REQUEST), "feedback_request", priya,
         "Ask Priya Natarajan for feedback"),
        (open_step(workspace, app_id, StepKind.WATCH_COMPANY), "door_open", priya,
         "Ask Priya Natarajan about new roles"),
        (open_step(workspace, app_id, StepKind.RECONNECT), "reconnect", priya,
         "Write a note to Priya Natarajan"),
    ]  # fmt: skip
    for step, kind, person, words in expected:
        href, label = go_link(page, step)
        assert label == words
        assert href == f"/applications/{app_id}?compose={kind}&to={person}#compose"
        opened = client.get(href.split("#")[0]).text
        assert selected(opened, "f-kind") == kind
        assert selected(opened, "f-to") == str(person)  # never "Nobody in particular"
        assert 'id="compose"' in opened


def test_a_step_for_nobody_in_particular_opens_the_composer_for_the_best_person(
    client: TestClient, workspace: Workspace
) -> None:
    app = add_application(workspace, NewApplication("Quiet Co", "Analyst", on=TODAY - 40 * DAY))
    record_rejection(workspace, app.id, RejectionForm.SILENCE, TODAY - DAY)
    tom = linked(workspace, app.id, "Tom Okafor", ContactRole.HIRING_MANAGER)
    follow_up = open_step(workspace, app.id, StepKind.FOLLOW_UP)
    # Today knows no people: its link names the message only, and the page picks the person.
    today_href = f"/applications/{app.id}?compose=follow_up#compose"
    assert go_link(client.get("/today").text, follow_up) == (today_href, "Write the follow-up")
    opened = client.get(today_href.split("#")[0]).text
    assert (selected(opened, "f-kind"), selected(opened, "f-to")) == ("follow_up", str(tom))
    href, label = go_link(client.get(f"/applications/{app.id}").text, follow_up)
    assert (href, label) == (
        today_href.replace("#", f"&to={tom}#"),
        "Write the follow-up to Tom Okafor",
    )


def test_odd_composer_addresses_are_ignored_not_errors(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    ana = linked(workspace, app_id, "Ana Ribeiro", ContactRole.INTERVIEWER)
    stranger = add_contact(workspace, NewContact("Someone Else", ContactRole.RECRUITER)).id
    for query in ("compose=poem", "compose=&to=x", f"compose=thank_you&to={stranger}",
                  "to=99999999999999999999", "compose=thank_you&to=-1"):  # fmt: skip
        page = client.get(f"/applications/{app_id}?{query}")
        assert page.status_code == 200, query
        assert selected(page.text, "f-to") in (None, str(ana))  # never someone unlinked
    plain = client.get(f"/applications/{app_id}").text
    assert selected(plain, "f-kind") is None  # a step's choice is not remembered for others


def test_finishing_the_draft_a_step_asked_for_ticks_it_off(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    ana = linked(workspace, app_id, "Ana Ribeiro", ContactRole.INTERVIEWER)
    thanks = open_step(workspace, app_id, StepKind.THANK_YOU, ana)
    written = client.post(
        f"/applications/{app_id}/drafts",
        data={"kind": "thank_you", "contact_id": str(ana), "tone": "warm"},
        follow_redirects=False,
    )
    assert written.status_code == 303
    [draft] = list_drafts(workspace, app_id)
    page = client.get(written.headers["location"]).text
    assert "mark it sent: that ticks off" in unescape(page)
    sent = client.post(f"/drafts/{draft.id}/sent", follow_redirects=False)
    assert sent.headers["location"] == f"/applications/{app_id}#step-{thanks.id}"
    assert get_step(workspace, thanks.id).status is StepStatus.DONE
    shown = unescape(client.get(sent.headers["location"]).text)
    assert "That also ticks off: Thank Ana Ribeiro for their time." in shown
    assert "✓ Done" in card(shown, thanks)


def test_the_post_mortem_opens_the_reflection_and_saving_it_ticks_what_it_answers(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    post_mortem = open_step(workspace, app_id, StepKind.POST_MORTEM)
    request = open_step(workspace, app_id, StepKind.FEEDBACK_REQUEST)
    page = client.get(f"/applications/{app_id}").text
    assert go_link(page, post_mortem) == (
        f"/applications/{app_id}#reflection",
        "Write the post-mortem",
    )
    assert 'action="/applications/' in page
    assert "data-focus-target" in page
    saved = client.post(
        f"/applications/{app_id}/reflection",
        data={"preparation": "Two mock panels", "feedback": "More stakeholder stories"},
    )
    assert saved.status_code == 200
    said = unescape(saved.text)
    assert "That also ticks off: Write a short post-mortem of the Kestrel Games process" in said
    assert "Ask Kestrel Games politely for feedback" in said  # the feedback came in anyway
    assert get_step(workspace, post_mortem.id).status is StepStatus.DONE
    assert get_step(workspace, request.id).status is StepStatus.DONE


def test_no_feedback_request_when_the_feedback_is_known(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace, feedback="Loved the case study")
    kinds = {s.kind for s in plan_view(workspace, app_id).steps}
    assert StepKind.FEEDBACK_REQUEST not in kinds
    assert "Ask for feedback</span>" not in client.get(f"/applications/{app_id}").text


def test_jump_back_in_opens_the_week_and_saving_it_ticks_the_step(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace, days_ago=4)
    jump = open_step(workspace, app_id, StepKind.JUMP_BACK_IN)
    assert go_link(client.get(f"/applications/{app_id}").text, jump) == (
        "/if-then#week",
        "Make this week's plan",
    )
    saved = client.post(
        "/if-then/week",
        data={"applications_target": "4", "channel": "", "schedule": "Mornings", "roles": ""},
    )
    assert saved.status_code == 200
    assert "That also ticks off: Jump back in: make this week&#39;s plan." in saved.text
    assert get_step(workspace, jump.id).status is StepStatus.DONE


def test_the_fit_check_opens_the_posting_beside_the_fit_question(
    client: TestClient, workspace: Workspace
) -> None:
    app = add_application(
        workspace,
        NewApplication(
            "Pico Robotics",
            "Data Analyst",
            on=TODAY - 20 * DAY,
            link="https://jobs.example/pico",
            description="Python, Airflow and <b>robot telemetry</b>",
        ),
    )
    record_rejection(workspace, app.id, RejectionForm.EXPLICIT, TODAY - 3 * DAY)
    fit = open_step(workspace, app.id, StepKind.FIT_CHECK)
    href, label = go_link(client.get(f"/applications/{app.id}").text, fit)
    assert (href, label) == (f"/applications/{app.id}/fit#fit-form", "Look at the fit")
    href = href.split("#")[0]
    view = client.get(href)
    assert view.status_code == 200
    assert 'href="https://jobs.example/pico"' in view.text
    assert "robot telemetry" in view.text
    assert "<b>robot" not in view.text  # escaped like anything typed
    assert "How close was the fit" in view.text

    bad = client.post(href, data={"fit_score": "9", "fit_why": "Too far"})
    assert bad.status_code == 422
    assert says(bad.text, "fit score must be from 1")
    assert ">Too far</textarea>" in bad.text
    empty = client.post(href, data={"fit_score": "", "fit_why": "  "})
    assert empty.status_code == 422
    assert get_step(workspace, fit.id).is_open
    assert not reflection_start(workspace, app.id).existing

    saved = client.post(href, data={"fit_score": "2", "fit_why": "They wanted Airflow"})
    assert saved.status_code == 200
    assert (
        "That also ticks off: Look again at how well Data Analyst at Pico Robotics fit you"
        in unescape(saved.text)
    )
    assert get_step(workspace, fit.id).status is StepStatus.DONE
    answers = reflection_start(workspace, app.id).answers
    assert (answers.fit_score, answers.fit_why) == (2, "They wanted Airflow")
    assert 'value="2" checked' in client.get(href).text  # shown again as saved


def test_the_fit_view_of_an_application_without_a_no(
    client: TestClient, workspace: Workspace
) -> None:
    app = add_application(workspace, NewApplication("Atlas", "Analyst", on=TODAY - DAY))
    view = client.get(f"/applications/{app.id}/fit")
    assert view.status_code == 200
    assert "Nothing to answer here yet" in view.text
    refused = client.post(f"/applications/{app.id}/fit", data={"fit_score": "3"})
    assert refused.status_code == 422
    assert "has no rejection to reflect on" in refused.text
    assert client.get("/applications/999/fit").status_code == 404


def test_finding_the_person_to_thank_leads_to_the_people_and_linking_names_them(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    finding = open_step(workspace, app_id, StepKind.THANK_YOU)
    assert finding.contact_id is None
    page = client.get(f"/applications/{app_id}").text
    assert go_link(page, finding) == (
        f"/applications/{app_id}#add-person",
        "Add the person you met",
    )
    client.post(
        f"/applications/{app_id}/contacts", data={"name": "Carlos Mendes", "role": "interviewer"}
    )
    page = unescape(client.get(f"/applications/{app_id}").text)
    assert "Find the person to thank" not in page
    assert "Thank Carlos Mendes for their time" in page
    assert "Write the thank-you to Carlos Mendes" in page


def test_feel_and_rest_ask_for_nothing(client: TestClient, workspace: Workspace) -> None:
    app_id = interviewed(workspace, days_ago=0)
    page = client.get(f"/applications/{app_id}").text
    for kind in (StepKind.FEEL, StepKind.REST):
        assert 'class="step-go"' not in card(page, open_step(workspace, app_id, kind))


def test_the_next_step_comes_before_the_facts_and_the_plan_points_to_it(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace, days_ago=5)
    linked(workspace, app_id, "Ana Ribeiro", ContactRole.INTERVIEWER)
    page = client.get(f"/applications/{app_id}").text
    # Five days on, the feel-it day is over: the next step is the first other one open.
    first = next(
        s for s in plan_view(workspace, app_id).steps if s.is_open and s.kind is not StepKind.FEEL
    )
    assert first.due_on == TODAY - 4 * DAY
    assert page.index('id="next-step"') < page.index('class="app-head"') < page.index('id="plan"')
    top = page[page.index('id="next-step"') : page.index('class="app-head"')]
    assert f'id="step-{first.id}"' in top
    assert page.count(f'id="step-{first.id}"') == 1  # once, at the top
    assert 'href="#next-step"' in page[page.index('id="plan"') :]
    # Done at the top, the next one takes its place.
    client.post(f"/steps/{first.id}/done", data={"next": f"/applications/{app_id}"})
    page = client.get(f"/applications/{app_id}").text
    assert f'id="step-{first.id}"' not in page[: page.index('class="app-head"')]


def test_no_next_step_without_a_plan(client: TestClient, workspace: Workspace) -> None:
    app = add_application(workspace, NewApplication("Atlas", "Analyst", on=TODAY - DAY))
    assert 'id="next-step"' not in client.get(f"/applications/{app.id}").text


def test_snooze_offers_later_days_only(client: TestClient, workspace: Workspace) -> None:
    app_id = interviewed(workspace, days_ago=5)
    due = open_step(workspace, app_id, StepKind.POST_MORTEM)  # due two days ago
    ahead = open_step(workspace, app_id, StepKind.WATCH_COMPANY)  # due in 25 days
    page = client.get(f"/applications/{app_id}").text
    late = card(page, due)
    assert 'name="quick" value="2026-03-17"' in late
    assert ">Tomorrow<" in late
    assert 'name="quick" value="2026-03-23"' in late
    assert ">Next week<" in late
    assert 'min="2026-03-17" max="2027-03-17"' in late
    early = card(page, ahead)
    assert ">Tomorrow<" not in early
    assert ">Next week<" not in early
    week_later = (ahead.due_on + 7 * DAY).isoformat()
    assert f'name="quick" value="{week_later}"' in early
    assert ">A week later<" in early
    assert f'min="{(ahead.due_on + DAY).isoformat()}"' in early

    tapped = client.post(
        f"/steps/{due.id}/snooze",
        data={"quick": "2026-03-23", "until": "2026-03-17", "next": f"/applications/{app_id}"},
        headers=HTMX,
    )
    assert tapped.status_code == 200
    assert get_step(workspace, due.id).due_on == date(2026, 3, 23)  # the button's day wins
    before = get_step(workspace, ahead.id)
    for nearer in (TODAY + DAY, ahead.due_on - DAY, ahead.due_on):
        refused = client.post(
            f"/steps/{ahead.id}/snooze", data={"until": nearer.isoformat()}, headers=HTMX
        )
        assert refused.status_code == 422
        assert "never brings a step nearer" in refused.text
        assert f'id="step-{ahead.id}"' in refused.text  # the card comes back with the message
    plain = client.post(f"/steps/{ahead.id}/snooze", data={"until": TODAY.isoformat()})
    assert plain.status_code == 422
    assert get_step(workspace, ahead.id) == before


def test_a_snoozed_step_offers_days_after_its_new_day(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace, days_ago=5)
    step = open_step(workspace, app_id, StepKind.POST_MORTEM)
    snooze_step(workspace, step.id, TODAY + 10 * DAY)
    shown = card(client.get(f"/applications/{app_id}").text, step)
    assert 'min="2026-03-27"' in shown  # the day after its new due day
    assert "moved from" in shown


def test_the_composer_asks_for_the_name_drafts_sign_with_until_it_is_given(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    assert 'href="/settings#profile"' in client.get(f"/applications/{app_id}").text
    set_profile(workspace, name="Sam Rivera")
    page = client.get(f"/applications/{app_id}").text
    assert 'href="/settings#profile"' not in page
    client.post(f"/applications/{app_id}/drafts", data={"kind": "door_open"})
    [draft] = list_drafts(workspace, app_id)
    assert draft.body.endswith("Sam Rivera")
    assert not any("your name" in hint for hint in draft.missing)


def test_the_reason_is_offered_as_thanks_for_explaining_never_quoted(
    client: TestClient, workspace: Workspace
) -> None:
    app_id = interviewed(workspace)
    page = client.get(f"/applications/{app_id}").text
    assert "Thank them for explaining their decision" in page
    client.post(
        f"/applications/{app_id}/drafts", data={"kind": "thank_you", "include_reason": "yes"}
    )
    [draft] = list_drafts(workspace, app_id)
    assert "internal candidate" not in draft.body
    assert "explaining the decision" in draft.body
