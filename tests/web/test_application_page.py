"""One application's page: header, stage moves, contacts, plan, drafts and the reflection,
with the refusals that leave everything as it was."""

from datetime import date, timedelta
from html import escape, unescape

from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.contacts import add_contact, list_contacts
from nextyes.services.drafts import list_drafts
from nextyes.services.pipeline import get_application
from nextyes.services.reflections import reflection_start
from nextyes.services.workspace import Workspace
from tests.web.conftest import says

TODAY = date(2026, 3, 16)


def interviewing(ws: Workspace, company: str = "Kestrel Games") -> int:
    return add_application(
        ws,
        NewApplication(
            company,
            "Product Analyst",
            channel=Channel.REFERRAL,
            stage=Stage.INTERVIEWING,
            on=TODAY - timedelta(days=20),
            excitement=5,
            link="https://jobs.example/kestrel",
            salary_min=40000,
            salary_max=50000,
            salary_currency="gbp",
        ),
    ).id


def rejected(ws: Workspace, reason: str | None = "They chose an internal candidate") -> int:
    application_id = interviewing(ws)
    record_rejection(ws, application_id, RejectionForm.EXPLICIT, TODAY - timedelta(days=5), reason)
    return application_id


def test_the_header_says_what_the_application_is(client: TestClient, workspace: Workspace) -> None:
    application_id = interviewing(workspace)
    page = client.get(f"/applications/{application_id}")
    assert page.status_code == 200
    text = unescape(page.text)
    assert "Kestrel Games" in text
    assert "Product Analyst" in text
    assert "Dream job (5 of 5)" in text
    assert "★★★★★" in text
    assert "40,000\u201350,000 GBP" in text
    assert 'href="https://jobs.example/kestrel"' in text
    assert "No plan here, and that is fine" in text


def test_the_move_form_offers_only_legal_next_stages(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = interviewing(workspace)
    page = client.get(f"/applications/{application_id}").text
    form = page.split('id="f-stage"')[1].split("</select>")[0]
    assert 'value="final_round"' in form
    assert 'value="offer"' in form
    assert 'value="applied"' not in form
    assert 'value="saved"' not in form
    moved = client.post(
        f"/applications/{application_id}/move",
        data={"stage": "final_round", "next": f"/applications/{application_id}"},
        follow_redirects=False,
    )
    assert moved.headers["location"] == f"/applications/{application_id}"
    assert get_application(workspace, application_id).stage is Stage.FINAL_ROUND


def test_an_unknown_application_is_a_kind_not_found_page(client: TestClient) -> None:
    page = client.get("/applications/4242")
    assert page.status_code == 404
    assert "Back to Today" in page.text
    assert client.post("/applications/4242/contacts", data={"name": "A"}).status_code == 404
    assert client.post("/applications/4242/drafts", data={"kind": "thank_you"}).status_code == 404
    # An id no database column could hold is just as unknown (not a server error).
    assert client.get("/applications/99999999999999999999").status_code == 404
    assert client.post("/steps/99999999999999999999/done").status_code == 404


def test_adding_a_person_links_them(client: TestClient, workspace: Workspace) -> None:
    application_id = interviewing(workspace)
    answer = client.post(
        f"/applications/{application_id}/contacts",
        data={"name": "Carlos Mendes", "role": "interviewer", "email": "carlos@kestrel.example"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    [carlos] = list_contacts(workspace, application_id=application_id)
    assert (carlos.name, carlos.company, carlos.role) == (
        "Carlos Mendes",
        "Kestrel Games",
        ContactRole.INTERVIEWER,
    )
    page = client.get(f"/applications/{application_id}").text
    assert "Carlos Mendes" in page
    assert "Linked Carlos Mendes (interviewer)" in page


def test_a_bad_email_is_refused_and_nobody_is_added(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = interviewing(workspace)
    answer = client.post(
        f"/applications/{application_id}/contacts", data={"name": "Ana", "email": "not-an-email"}
    )
    assert answer.status_code == 422
    assert "is not an email address" in unescape(answer.text)
    assert 'value="Ana"' in answer.text  # what was typed is kept
    assert list_contacts(workspace) == []


def test_linking_someone_from_the_same_company(client: TestClient, workspace: Workspace) -> None:
    application_id = interviewing(workspace)
    known = add_contact(workspace, NewContact("Mei Chen", company="Kestrel Games"))
    assert "Someone you know at Kestrel Games" in client.get(f"/applications/{application_id}").text
    client.post(f"/applications/{application_id}/contacts/link", data={"contact_id": known.id})
    assert [c.id for c in list_contacts(workspace, application_id=application_id)] == [known.id]
    missing = client.post(
        f"/applications/{application_id}/contacts/link", data={"contact_id": "9999"}
    )
    assert missing.status_code == 404


def test_the_plan_shows_its_steps_and_undo(client: TestClient, workspace: Workspace) -> None:
    application_id = rejected(workspace)
    page = client.get(f"/applications/{application_id}").text
    assert 'id="plan"' in page
    assert "Their reason: They chose an internal candidate" in page
    assert f'action="/applications/{application_id}/reject/undo"' in page
    assert page.count('class="step step-open"') >= 3


def test_a_draft_is_written_with_copy_and_mail_links(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = rejected(workspace)
    ana = add_contact(
        workspace,
        NewContact("Ana Ribeiro", ContactRole.INTERVIEWER, email="ana@kestrel.example"),
        application_id,
    )
    answer = client.post(
        f"/applications/{application_id}/drafts",
        data={"kind": "thank_you", "tone": "warm", "contact_id": str(ana.id)},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    [draft] = list_drafts(workspace, application_id)
    assert answer.headers["location"] == f"/applications/{application_id}#draft-{draft.id}"
    page = client.get(f"/applications/{application_id}").text
    box = f'id="f-draft-{draft.id}-body"'
    assert f'<textarea {box} name="body"' in page  # the person's to change, then save
    assert f'data-copy="f-draft-{draft.id}-body"' in page
    assert 'href="mailto:ana@kestrel.example?subject=' in page
    assert "Ana" in unescape(page.split(box)[1].split("</textarea>")[0])

    sent = client.post(f"/drafts/{draft.id}/sent", follow_redirects=False)
    assert sent.status_code == 303
    assert list_drafts(workspace, application_id)[0].sent_at is not None
    again = client.post(f"/drafts/{draft.id}/sent")
    assert again.status_code == 422
    assert "already marked sent" in again.text


def test_an_unknown_kind_of_draft_is_refused(client: TestClient, workspace: Workspace) -> None:
    application_id = rejected(workspace)
    answer = client.post(f"/applications/{application_id}/drafts", data={"kind": "poem"})
    assert answer.status_code == 422
    assert "kind" in answer.text
    assert list_drafts(workspace, application_id) == []


def test_the_reflection_is_saved_and_shown_again(client: TestClient, workspace: Workspace) -> None:
    application_id = rejected(workspace)
    page = client.get(f"/applications/{application_id}").text
    assert 'id="reflection"' in page
    assert "only you see this" in page
    answer = client.post(
        f"/applications/{application_id}/reflection",
        data={
            "preparation": "Practised two case studies",
            "caught_out": "Tell me about a failure\nWhy us?",
            "fit_score": "4",
            "tags": "nerves, system design",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    saved = reflection_start(workspace, application_id)
    assert saved.existing
    assert saved.answers.caught_out == ("Tell me about a failure", "Why us?")
    assert saved.answers.tags == ("nerves", "system-design")
    shown = client.get(f"/applications/{application_id}").text
    assert "Practised two case studies" in shown
    assert 'name="fit_score" value="4" checked' in shown


def test_a_bad_reflection_is_refused_and_nothing_is_saved(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = rejected(workspace)
    bad_score = client.post(
        f"/applications/{application_id}/reflection",
        data={"preparation": "Some", "fit_score": "9"},
    )
    assert bad_score.status_code == 422
    assert says(bad_score.text, "fit score must be from 1")
    assert ">Some</textarea>" in bad_score.text
    empty = client.post(f"/applications/{application_id}/reflection", data={})
    assert empty.status_code == 422
    assert "answer at least one prompt" in empty.text
    assert not reflection_start(workspace, application_id).existing


def test_no_reflection_before_a_rejection(client: TestClient, workspace: Workspace) -> None:
    application_id = interviewing(workspace)
    assert 'id="reflection"' not in client.get(f"/applications/{application_id}").text
    answer = client.post(f"/applications/{application_id}/reflection", data={"preparation": "x"})
    assert answer.status_code == 422


def test_a_form_without_the_security_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    application_id = interviewing(workspace)
    answer = bare_client.post(f"/applications/{application_id}/contacts", data={"name": "Ana"})
    assert answer.status_code == 403
    assert list_contacts(workspace) == []


def test_what_people_typed_is_escaped(client: TestClient, workspace: Workspace) -> None:
    application_id = rejected(workspace, reason="<img src=x onerror=alert(1)>")
    add_contact(workspace, NewContact("<script>x</script>"), application_id)
    page = client.get(f"/applications/{application_id}").text
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>x</script>" not in page


def test_linking_nobody_is_refused(client: TestClient, workspace: Workspace) -> None:
    application_id = interviewing(workspace)
    answer = client.post(f"/applications/{application_id}/contacts/link", data={"contact_id": ""})
    assert answer.status_code == 422
    assert says(answer.text, "choose a person to link")
    assert list_contacts(workspace, application_id=application_id) == []


def test_an_unknown_draft_cannot_be_marked_sent(client: TestClient) -> None:
    assert client.post("/drafts/9999/sent").status_code == 404


def test_the_applications_address_leads_to_the_board(client: TestClient) -> None:
    answer = client.get("/applications", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/pipeline"


def test_the_plan_says_why_a_kind_of_step_helps_once(
    client: TestClient, workspace: Workspace
) -> None:
    from nextyes.domain.recovery import WORDING, StepKind

    added = add_application(
        workspace, NewApplication("Orchard & Co", "Analyst", stage=Stage.INTERVIEWING)
    )
    for name in ("Mei Chen", "Tom Okafor", "Ana Ribeiro"):
        add_contact(workspace, NewContact(name, ContactRole.INTERVIEWER), added.id)
    record_rejection(workspace, added.id, RejectionForm.EXPLICIT)
    page = client.get(f"/applications/{added.id}").text
    assert page.count("Thank Mei Chen") >= 1
    assert page.count("Thank Tom Okafor") >= 1
    _, why = WORDING[StepKind.THANK_YOU]
    assert page.count(escape(why)) == 1
