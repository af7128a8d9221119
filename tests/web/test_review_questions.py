"""Review in one question: each waiting message asks one question naming the company and
the application it would change, with three answers (Yes / It's something else / Not about
my search) that each do what they say; and an import's summary names what changed, where."""

import re
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from nextyes.classify import Label
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.events import EventKind
from nextyes.domain.inbox import ReviewStatus
from nextyes.domain.inbox_review import Change, ImportChange, change_lines, line_text
from nextyes.domain.stages import Stage
from nextyes.services import inbox
from nextyes.services.applications import add_application, application_detail
from nextyes.services.recovery import plan_view
from nextyes.services.workspace import Workspace
from nextyes.web import app as web_app
from tests.conftest import TODAY
from tests.inbox_helpers import Scripted, mail, raw
from tests.web.api_arrange import snapshot

HTMX = {"HX-Request": "true"}
FEB = date(2026, 2, 2)


@pytest.fixture(autouse=True)
def no_startup_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    """The startup silence sweep would race the arranged search; it is not what is tested."""
    monkeypatch.setattr(web_app, "sweep_with_preferences", lambda *args: None)


def orchard(ws: Workspace, stage: Stage = Stage.SCREENING) -> Application:
    new = NewApplication("Orchard & Co", "Insights Analyst", Channel.DIRECT, stage, FEB)
    return add_application(ws, new)


def waiting(ws: Workspace, subject: str, body: str = "Thank you for your time.",
            sender: str = "talent@orchardco.com", name: str = "") -> int:  # fmt: skip
    """Import one message the (scripted) classifier is unsure of: its review item's id."""
    before = {e.item.id for e in inbox.review_queue(ws, limit=200).items}
    message = mail(subject, body, sender=sender, name=name, day=TODAY - timedelta(days=1))
    summary = inbox.import_messages(ws, raw(message), classifier=Scripted())
    assert summary.queued == 1, summary
    (new,) = {e.item.id for e in inbox.review_queue(ws, limit=200).items} - before
    return new


def item_html(html: str, item: int) -> str:
    found = re.search(rf'<li class="record review-item" id="review-{item}".*?</li>', html, re.S)
    assert found, html
    return found.group(0)


def answers(fragment: str) -> list[str]:
    """The words on each answer (buttons and the one that opens the second step), as seen."""
    shown = re.findall(r"<(?:button|summary)[^>]*>(.*?)(?:<span|</button>|</summary>)", fragment)
    return [text.strip() for text in shown if text.strip()]


def stage_of(ws: Workspace, application: Application) -> Stage:
    return application_detail(ws, application.id).application.stage


QUESTIONS = [
    ("rejection", "Is this a rejection from Orchard &amp; Co (Insights Analyst)?"),
    ("interview", "Is this an interview invitation from Orchard &amp; Co (Insights Analyst)?"),
    ("assessment", "Is this a test or take-home task from Orchard &amp; Co (Insights Analyst)?"),
    ("offer", "Is this a job offer from Orchard &amp; Co (Insights Analyst)?"),
    ("application_received",
     "Is this a confirmation of your application to Orchard &amp; Co (Insights Analyst)?"),
    ("recruiter_outreach",
     "Is this a recruiter getting in touch from Orchard &amp; Co (Insights Analyst)?"),
    ("other", "Is this about your application to Orchard &amp; Co (Insights Analyst)?"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "asked"), QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_every_guess_asks_one_question_naming_the_company_and_application(
    client: TestClient, workspace: Workspace, label: str, asked: str
) -> None:
    orchard(workspace)
    body = "About your application for the role."  # a job-search word: an unsure `other` waits
    item = waiting(workspace, f"{label} 0.5: Orchard & Co update", body)
    fragment = item_html(client.get("/import/review").text, item)
    assert re.findall(r'<h3 class="question"[^>]*>(.*?)</h3>', fragment) == [asked]
    # No percentage anywhere: how sure the guess is stays a quiet word.
    assert "%" not in fragment
    assert "How sure NextYes is: not very." in fragment
    # Three answers, never two with the same words.
    said = answers(fragment)
    assert said[0] == "Yes"
    assert "It's something else" in said
    assert "Not about my search" in said
    assert len(said) == len(set(said))


def test_without_a_company_the_question_names_the_sender(
    client: TestClient, workspace: Workspace
) -> None:
    orchard(workspace)
    item = waiting(workspace, "rejection 0.5: a quick note", "Thanks for your time.",
                   sender="jo.smith@gmail.com", name="Jo Smith")  # fmt: skip
    fragment = item_html(client.get("/import/review").text, item)
    assert "Is this a rejection from Jo Smith?</h3>" in fragment
    # A "no" changes an application, so "yes" asks which one first.
    assert "Yes asks which of your applications it is about" in fragment
    assert '<label for="yes-application-' in fragment
    assert "Orchard &amp; Co (Insights Analyst)</option>" in fragment


def test_yes_does_what_the_guess_says(client: TestClient, workspace: Workspace) -> None:
    application = orchard(workspace)
    item = waiting(workspace, "rejection 0.8: Orchard & Co update")
    assert (
        "Yes records the no and starts a gentle plan for it." in client.get("/import/review").text
    )
    done = client.post(f"/import/review/{item}/confirm", headers=HTMX)
    assert done.status_code == 200
    assert "Recorded a no from Orchard &amp; Co (Insights Analyst); its plan is on its page." in (
        done.text
    )
    assert stage_of(workspace, application) is Stage.REJECTED
    assert plan_view(workspace, application.id).steps  # the plan started
    assert inbox.review_item(workspace, item).item.status is ReviewStatus.CONFIRMED


def test_yes_to_an_unsure_other_notes_the_companys_reply(
    client: TestClient, workspace: Workspace
) -> None:
    application = orchard(workspace)
    item = waiting(workspace, "other 0.4: Orchard & Co", "About your application for the role.")
    page = client.get("/import/review").text
    assert "Yes notes their reply, so the silence clock starts again." in page
    done = client.post(f"/import/review/{item}/confirm", headers=HTMX)
    assert "Noted a reply from Orchard &amp; Co (Insights Analyst)" in done.text
    events = application_detail(workspace, application.id).events
    assert events[-1].kind is EventKind.REPLY_RECEIVED
    assert stage_of(workspace, application) is Stage.SCREENING


def test_yes_with_the_application_chosen(client: TestClient, workspace: Workspace) -> None:
    application = orchard(workspace)
    item = waiting(workspace, "rejection 0.5: a quick note", "Thanks for your time.",
                   sender="jo.smith@gmail.com", name="Jo Smith")  # fmt: skip
    before = snapshot(workspace)
    unchosen = client.post(
        f"/import/review/{item}/correct",
        data={"label": "rejection", "application": "none"},
        headers=HTMX,
    )
    assert unchosen.status_code == 422
    assert "Choose the application it is about: a rejection changes one." in unchosen.text
    assert snapshot(workspace) == before
    client.post(f"/import/review/{item}/correct",
                data={"label": "rejection", "application": str(application.id)})  # fmt: skip
    assert stage_of(workspace, application) is Stage.REJECTED


def test_its_something_else_offers_the_other_kinds_and_the_application(
    client: TestClient, workspace: Workspace
) -> None:
    application = orchard(workspace)
    other = add_application(
        workspace, NewApplication("Kestrel Games", "Producer", Channel.REFERRAL, on=FEB)
    )
    item = waiting(workspace, "rejection 0.5: Orchard & Co update")
    fragment = item_html(client.get("/import/review").text, item)
    second = fragment.split('<details class="else">', 1)[1].split("</details>", 1)[0]
    kinds = re.findall(r'name="label" value="(\w+)"', second)
    assert "rejection" not in kinds  # the guess is "Yes"
    assert set(kinds) == {label.value for label in Label} - {"rejection"}
    assert "An interview invitation" in second
    assert (
        f'<option value="{application.id}" selected>Orchard &amp; Co (Insights Analyst)' in second
    )
    assert f'<option value="{other.id}">Kestrel Games (Producer)</option>' in second
    assert '<option value="none">None of them</option>' in second
    # Another kind, another application: applied there, and kept as a correction.
    done = client.post(f"/import/review/{item}/correct", headers=HTMX,
                       data={"label": "interview", "application": str(other.id)})  # fmt: skip
    assert "Moved Kestrel Games (Producer) to interviewing." in done.text
    assert "Similar mail will be read your way from now on." in done.text
    assert stage_of(workspace, other) is Stage.INTERVIEWING
    assert stage_of(workspace, application) is Stage.SCREENING


def test_something_else_about_none_of_my_applications_changes_none(
    client: TestClient, workspace: Workspace
) -> None:
    application = orchard(workspace)
    item = waiting(workspace, "rejection 0.5: Orchard & Co update")
    done = client.post(f"/import/review/{item}/correct", headers=HTMX,
                       data={"label": "recruiter_outreach", "application": "none"})  # fmt: skip
    assert done.status_code == 200
    assert "as a recruiter getting in touch." in done.text
    assert stage_of(workspace, application) is Stage.SCREENING
    assert application_detail(workspace, application.id).events[-1].kind is not (
        EventKind.REPLY_RECEIVED
    )
    settled = inbox.review_item(workspace, item).item
    assert settled.decided_label is Label.RECRUITER_OUTREACH


def test_something_else_needs_a_kind(client: TestClient, workspace: Workspace) -> None:
    orchard(workspace)
    item = waiting(workspace, "rejection 0.5: Orchard & Co update")
    before = snapshot(workspace)
    page = client.post(f"/import/review/{item}/correct", data={"application": "none"},
                       headers=HTMX)  # fmt: skip
    assert page.status_code == 422
    assert "Choose what the message is." in page.text
    assert snapshot(workspace) == before


def test_not_about_my_search_changes_nothing_but_the_message(
    client: TestClient, workspace: Workspace
) -> None:
    application = orchard(workspace)
    item = waiting(workspace, "rejection 0.5: Orchard & Co update")
    done = client.post(f"/import/review/{item}/dismiss", headers=HTMX)
    assert "Set aside “rejection 0.5: Orchard &amp; Co update”: not about your search." in (
        done.text
    )
    assert stage_of(workspace, application) is Stage.SCREENING
    assert inbox.review_item(workspace, item).item.status is ReviewStatus.DISMISSED


# --- the import summary ---------------------------------------------------------------------


def test_an_import_summary_names_each_change_and_where(
    client: TestClient, workspace: Workspace
) -> None:
    application = orchard(workspace)
    kestrel = add_application(
        workspace, NewApplication("Kestrel Games", "Producer", Channel.REFERRAL, on=FEB)
    )
    messages = raw(
        mail("rejection 0.99: Orchard & Co", "We went another way.", day=TODAY, message_id="a@x"),
        mail("interview 0.99: Kestrel Games", "Pick a time to talk.", sender="hr@kestrelgames.com",
             day=TODAY, message_id="b@x"),
        mail("rejection 0.5: Orchard & Co again", "Hmm.", day=TODAY, message_id="c@x"),
    )  # fmt: skip
    summary = inbox.import_messages(workspace, messages, classifier=Scripted())
    assert [(c.company, c.change) for c in summary.changes] == [
        ("Orchard & Co", Change.REJECTION_RECORDED),
        ("Kestrel Games", Change.STAGE_MOVED),
    ]
    assert summary.changes[0].application_id == application.id
    assert summary.changes[0].plan_starts == TODAY + timedelta(days=1)
    lines = [line_text(line) for line in change_lines(summary.changes, summary.queued, TODAY)]
    assert lines == [
        "Recorded a no from Orchard & Co (Insights Analyst); its plan starts tomorrow.",
        "Moved Kestrel Games (Producer) to interviewing.",
        "1 waiting for you in review.",
    ]
    assert stage_of(workspace, kestrel) is Stage.INTERVIEWING


def test_replies_are_named_together() -> None:
    def reply(number: int, company: str) -> ImportChange:
        return ImportChange(number, company, "Analyst", Change.REPLY_NOTED, Stage.APPLIED, TODAY)

    changes = [reply(1, "Lumen"), reply(2, "Kestrel Games"), reply(1, "Lumen"), reply(3, "Atlas")]
    lines = change_lines(changes, 5, TODAY, more=2)
    assert [line_text(line) for line in lines] == [
        "4 replies restarted the silence clock: Lumen (Analyst), Kestrel Games (Analyst) and"
        " Atlas (Analyst).",
        "And 2 more changes like these.",
        "5 waiting for you in review.",
    ]
    # Each name links to its application.
    assert [p.application_id for p in lines[0] if p.application_id] == [1, 2, 3]
