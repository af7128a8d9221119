"""Drafts: every kind in every tone reads as finished text, the LinkedIn note fits, the reason
they gave is never quoted (asked for, they are thanked for explaining, in general words), a
referrer hears how it went, and sending one logs it and ticks off its plan step."""

from datetime import timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.drafts import (
    CONNECTION_LIMIT,
    DraftInput,
    DraftKind,
    News,
    Profile,
    Tone,
    mailto_link,
    write_draft,
)
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.history import NewPastJob
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services import drafts, recovery
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.history import add_past_job
from nextyes.services.workspace import Workspace
from nextyes.store.drafts import Interactions
from nextyes.store.tables import SkillRow
from tests.conftest import TODAY

DAY = timedelta(days=1)
REASON = "they chose a zephyrine candidate"
EVERY = [(kind, tone) for kind in DraftKind for tone in Tone]
TEMPLATE_MARKS = set("{}[]<>")

FULL = {
    "company": "Lumen Analytics",
    "role": "Data Analyst",
    "contact_name": "Priya Shah",
    "contact_role": "interviewer",
    "contact_email": "priya@lumen.test",
    "sender_name": "Ana Ruiz",
    "headline": "Data analyst who enjoys tidy pipelines",
    "news": News("learning", "dbt"),
    "reason": REASON,
}
BARE = {"company": "Lumen Analytics", "role": "Data Analyst", "reason": REASON}


def text_of(kind: DraftKind, tone: Tone, data: dict[str, object], reason: bool) -> str:
    written = write_draft(DraftInput(kind, tone, include_reason=reason, **data))  # type: ignore[arg-type]
    return f"{written.subject or ''}\n{written.body}"


# --- the words -----------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "tone"), EVERY)
@pytest.mark.parametrize("data", [FULL, BARE], ids=["complete", "missing"])
def test_every_draft_is_finished_text_without_the_reason(
    kind: DraftKind, tone: Tone, data: dict[str, object]
) -> None:
    written = write_draft(DraftInput(kind, tone, **data))  # type: ignore[arg-type]
    whole = f"{written.subject or ''}\n{written.body}"
    assert not TEMPLATE_MARKS & set(whole), whole
    assert "@" not in written.body  # no slot name leaks
    assert "zephyrine" not in whole
    assert "Lumen Analytics" in whole or "Data Analyst" in whole
    assert (written.subject is None) == (kind is DraftKind.CONNECTION_NOTE)
    if kind is DraftKind.CONNECTION_NOTE:
        assert len(written.body) <= CONNECTION_LIMIT
    if data is FULL:
        assert written.body.startswith(("Hi Priya,", "Dear Priya Shah,"))
        assert "Ana Ruiz" in written.body
        assert written.missing == ()
    else:
        assert written.body.startswith("Hello,")
        assert any("your name" in hint for hint in written.missing)
        assert any("person it is for" in hint for hint in written.missing)


REASON_ACKNOWLEDGED = ("explaining the decision", "hear why", "explain your decision")


@pytest.mark.parametrize(("kind", "tone"), EVERY)
def test_the_reason_is_never_quoted_only_thanked_for_when_asked(
    kind: DraftKind, tone: Tone
) -> None:
    asked = text_of(kind, tone, FULL, reason=True)
    plain = text_of(kind, tone, FULL, reason=False)
    assert "zephyrine" not in asked
    assert "chose a" not in asked
    assert not any(words in plain for words in REASON_ACKNOWLEDGED)
    if kind in (DraftKind.THANK_YOU, DraftKind.FEEDBACK_REQUEST, DraftKind.DOOR_OPEN):
        assert any(words in asked for words in REASON_ACKNOWLEDGED), asked


@given(reason=st.text(min_size=3, max_size=300).filter(lambda r: len(r.strip()) >= 3))
@settings(max_examples=60, deadline=None)
def test_no_reason_ever_reaches_the_text(reason: str) -> None:
    marked = f"QQ{reason.strip()}QQ"
    for kind, tone in EVERY:
        data = {**FULL, "reason": marked}
        assert marked not in text_of(kind, tone, data, reason=True)


def test_asking_for_a_reason_that_was_never_given_says_so() -> None:
    written = write_draft(
        DraftInput(DraftKind.THANK_YOU, Tone.WARM, "Lumen", "Analyst", include_reason=True)
    )
    assert any("reason" in hint for hint in written.missing)
    assert not any(words in written.body for words in REASON_ACKNOWLEDGED)


@pytest.mark.parametrize("tone", list(Tone))
def test_a_thank_you_to_a_referrer_tells_them_how_it_went(tone: Tone) -> None:
    data = {**FULL, "contact_role": "referrer", "contact_name": "Mei Chen"}
    written = write_draft(DraftInput(DraftKind.THANK_YOU, tone, include_reason=True, **data))  # type: ignore[arg-type]
    whole = f"{written.subject}\n{written.body}"
    assert "referr" in whole or "recommend" in whole
    assert "didn't work out" in whole or "not selected" in whole
    assert "zephyrine" not in whole
    assert not any(words in whole for words in REASON_ACKNOWLEDGED)  # they did not explain it
    assert written.body.startswith(("Hi Mei,", "Dear Mei Chen,"))
    assert "Ana Ruiz" in written.body


@pytest.mark.parametrize("tone", list(Tone))
def test_reconnect_mentions_something_new(tone: Tone) -> None:
    assert "dbt" in text_of(DraftKind.RECONNECT, tone, FULL, reason=False)
    job = {**FULL, "news": News("job", "Analytics Lead", "Harbor Co")}
    assert "Analytics Lead at Harbor Co" in text_of(DraftKind.RECONNECT, tone, job, False)
    plain = write_draft(DraftInput(DraftKind.RECONNECT, tone, **{**FULL, "news": None}))  # type: ignore[arg-type]
    assert any("something new" in hint for hint in plain.missing)


@settings(max_examples=150, deadline=None)
@given(
    company=st.text(max_size=500),
    role=st.text(max_size=500),
    name=st.text(max_size=500),
    me=st.text(max_size=500),
    headline=st.text(max_size=500),
    tone=st.sampled_from(list(Tone)),
)
def test_a_connection_note_never_exceeds_the_limit(
    company: str, role: str, name: str, me: str, headline: str, tone: Tone
) -> None:
    written = write_draft(
        DraftInput(DraftKind.CONNECTION_NOTE, tone, company, role, name, None, None, me, headline)
    )
    assert len(written.body) <= CONNECTION_LIMIT


def test_a_long_note_drops_extras_before_shortening_names() -> None:
    long = {**FULL, "company": "Lumen " * 45, "headline": "x" * 200}
    body = write_draft(DraftInput(DraftKind.CONNECTION_NOTE, Tone.WARM, **long)).body  # type: ignore[arg-type]
    assert len(body) <= CONNECTION_LIMIT
    assert "x" * 50 not in body  # the optional headline went first
    assert "…" in body
    assert "Priya" in body


@pytest.mark.parametrize(("kind", "tone"), EVERY)
def test_the_mailto_link_carries_the_exact_draft(kind: DraftKind, tone: Tone) -> None:
    data = {**FULL, "company": "Lumen & Co? 100% #1", "contact_email": "p+jobs@lumen.test"}
    written = write_draft(DraftInput(kind, tone, **data))  # type: ignore[arg-type]
    link = mailto_link("p+jobs@lumen.test", written.subject, written.body)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "p+jobs@lumen.test"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query["body"] == [written.body]
    assert query.get("subject") == ([written.subject] if written.subject else None)
    assert " " not in link
    assert "\n" not in link


# --- the services --------------------------------------------------------------------


def rejected_after_interviews(ws: Workspace, with_person: bool = True) -> tuple[int, int | None]:
    app = add_application(ws, NewApplication("Lumen", "Analyst", on=TODAY - 30 * DAY))
    move_application(ws, app.id, Stage.INTERVIEWING, TODAY - 10 * DAY)
    person = None
    if with_person:
        contact = add_contact(
            ws,
            NewContact("Priya Shah", ContactRole.INTERVIEWER, email="priya@lumen.test"),
            application_id=app.id,
        )
        person = contact.id
    record_rejection(ws, app.id, RejectionForm.EXPLICIT, TODAY - 2 * DAY, reason=REASON)
    return app.id, person


def open_kinds(ws: Workspace, app_id: int) -> list[StepKind]:
    return [s.kind for s in recovery.plan_view(ws, app_id).steps if s.is_open]


def test_a_draft_is_filled_from_the_application_contact_and_profile(ws: Workspace) -> None:
    app_id, person = rejected_after_interviews(ws)
    drafts.set_profile(ws, name="Ana Ruiz", headline="Data analyst")
    draft = drafts.create_draft(ws, app_id, DraftKind.THANK_YOU, contact_id=person)
    assert draft.body.startswith("Hi Priya,")
    assert "Analyst role at Lumen" in draft.body
    assert "Ana Ruiz" in draft.body
    assert draft.mailto.startswith("mailto:priya@lumen.test?subject=")
    assert draft.missing == ()
    assert draft.sent_at is None
    assert "zephyrine" not in draft.body
    with_reason = drafts.create_draft(ws, app_id, DraftKind.THANK_YOU, person, include_reason=True)
    assert "zephyrine" not in with_reason.body
    assert "explaining the decision" in with_reason.body


def test_sending_a_thank_you_logs_it_and_completes_that_persons_step(ws: Workspace) -> None:
    app_id, person = rejected_after_interviews(ws)
    assert person is not None
    draft = drafts.create_draft(ws, app_id, DraftKind.THANK_YOU, contact_id=person)
    sent = drafts.mark_sent(ws, draft.id)
    assert sent.logged
    assert sent.draft.sent_at is not None
    assert sent.step is not None
    assert sent.step.kind is StepKind.THANK_YOU
    assert sent.step.status is StepStatus.DONE
    assert sent.step.contact_id == person
    assert StepKind.THANK_YOU not in open_kinds(ws, app_id)
    assert StepKind.CONNECT in open_kinds(ws, app_id)  # only the matching step
    with ws.db.transaction() as session:
        logged = Interactions(session, ws.owner_id).kinds_for_contact(person)
    assert logged == [("thank_you", TODAY, app_id)]
    with pytest.raises(InvalidInput, match=f"draft {draft.id} was already marked sent"):
        drafts.mark_sent(ws, draft.id)


@pytest.mark.parametrize(
    ("kind", "step"),
    [
        (DraftKind.CONNECTION_NOTE, StepKind.CONNECT),
        (DraftKind.FEEDBACK_REQUEST, StepKind.FEEDBACK_REQUEST),
        (DraftKind.RECONNECT, StepKind.RECONNECT),
    ],
)
def test_each_kind_completes_its_own_step(ws: Workspace, kind: DraftKind, step: StepKind) -> None:
    app_id, person = rejected_after_interviews(ws)
    before = open_kinds(ws, app_id)
    sent = drafts.mark_sent(ws, drafts.create_draft(ws, app_id, kind, contact_id=person).id)
    assert sent.step is not None
    assert sent.step.kind is step
    after = open_kinds(ws, app_id)
    assert len(after) == len(before) - 1
    assert after.count(step) == before.count(step) - 1
    if kind is DraftKind.RECONNECT:  # the earliest of the two reconnects goes first
        reconnects = [s for s in recovery.plan_view(ws, app_id).steps if s.kind is step]
        assert reconnects[0].status is StepStatus.DONE
        assert reconnects[1].is_open


def test_a_door_open_note_ticks_off_watching_the_company(ws: Workspace) -> None:
    app_id, _ = rejected_after_interviews(ws, with_person=False)
    before = open_kinds(ws, app_id)
    door = drafts.mark_sent(ws, drafts.create_draft(ws, app_id, DraftKind.DOOR_OPEN).id)
    assert door.step is not None
    assert door.step.kind is StepKind.WATCH_COMPANY
    assert not door.logged  # written to nobody in particular: no one to log it with
    assert open_kinds(ws, app_id) == [k for k in before if k is not StepKind.WATCH_COMPANY]
    thanks = drafts.mark_sent(ws, drafts.create_draft(ws, app_id, DraftKind.THANK_YOU).id)
    assert thanks.step is not None
    assert thanks.step.contact_id is None
    assert not thanks.logged


def test_a_silent_application_gets_a_follow_up_that_completes_its_step(ws: Workspace) -> None:
    app = add_application(ws, NewApplication("Quiet Co", "Analyst", on=TODAY - 40 * DAY))
    record_rejection(ws, app.id, RejectionForm.SILENCE, TODAY - DAY)
    draft = drafts.create_draft(ws, app.id, DraftKind.FOLLOW_UP, tone=Tone.FORMAL)
    assert draft.mailto.startswith("mailto:?subject=")
    assert drafts.mark_sent(ws, draft.id).step is not None
    assert StepKind.FOLLOW_UP not in open_kinds(ws, app.id)


def test_reconnect_uses_a_skill_then_the_latest_job(ws: Workspace) -> None:
    app_id, person = rejected_after_interviews(ws)
    plain = drafts.create_draft(ws, app_id, DraftKind.RECONNECT, person)
    assert any("something new" in hint for hint in plain.missing)
    add_past_job(ws, NewPastJob("Harbor Co", "Junior Analyst", Channel.REFERRAL))
    assert (
        "Junior Analyst at Harbor Co" in drafts.create_draft(ws, app_id, DraftKind.RECONNECT).body
    )
    with ws.db.transaction() as session:
        for name, status in [("Tableau", "to_learn"), ("SQL window functions", "learning")]:
            session.add(
                SkillRow(owner_id=ws.owner_id, name=name, key=name.lower(), status=status,
                         mentions=1, created_at=ws.clock.now(), updated_at=ws.clock.now())
            )  # fmt: skip
    body = drafts.create_draft(ws, app_id, DraftKind.RECONNECT).body
    assert "SQL window functions" in body
    assert "Tableau" not in body


def test_the_profile_keeps_what_is_not_given_and_clears_on_empty(ws: Workspace) -> None:
    assert drafts.get_profile(ws) == Profile(None, None)
    drafts.set_profile(ws, name="Ana Ruiz", headline="Analyst")
    assert drafts.set_profile(ws, headline="Analyst, SQL") == Profile("Ana Ruiz", "Analyst, SQL")
    assert drafts.set_profile(ws, name="") == Profile(None, "Analyst, SQL")
    with pytest.raises(InvalidInput):
        drafts.set_profile(ws, name="x" * 500)
    assert drafts.get_profile(ws) == Profile(None, "Analyst, SQL")


def test_drafts_contacts_and_profiles_stay_with_their_owner(ws: Workspace) -> None:
    app_id, person = rejected_after_interviews(ws)
    drafts.set_profile(ws, name="Ana Ruiz")
    draft = drafts.create_draft(ws, app_id, DraftKind.THANK_YOU, person)
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = add_application(other, NewApplication("Elsewhere", "Analyst", on=TODAY))
    with pytest.raises(NotFound, match="no application"):
        drafts.create_draft(other, app_id, DraftKind.THANK_YOU)
    with pytest.raises(NotFound, match="no contact"):
        drafts.create_draft(other, theirs.id, DraftKind.THANK_YOU, contact_id=person)
    with pytest.raises(NotFound, match="no draft"):
        drafts.mark_sent(other, draft.id)
    assert drafts.get_profile(other).name is None
    assert drafts.mark_sent(ws, draft.id).logged  # still unsent for its owner


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200).filter(str.strip)
)
def test_any_profile_name_round_trips(ws: Workspace, name: str) -> None:
    saved = drafts.set_profile(ws, name=name)
    assert drafts.get_profile(ws) == saved
    assert saved.name == name.strip()
