"""Importing email into the tracker, and the review queue: on SQLite and PostgreSQL."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nextyes.classify import THRESHOLDS, Label, default_classifier
from nextyes.clock import FixedClock
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.events import EventKind, EventSource
from nextyes.domain.inbox import ReviewStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.mail.readers import RawMessage, read_eml_folder, read_mbox
from nextyes.services import inbox
from nextyes.services.applications import add_application, application_detail
from nextyes.services.recovery import plan_view
from nextyes.services.sweep import sweep
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.tables import (
    EventRow,
    InboxCorrectionRow,
    InboxMessageRow,
    InboxReviewRow,
    RejectionRow,
    StepRow,
)
from tests.inbox_helpers import Scripted, mail, raw

MAIL = Path(__file__).parent / "fixtures" / "mail"
FEB = date(2026, 2, 2)


def apply(ws: Workspace, company: str, role: str, stage: Stage = Stage.APPLIED,
          on: date = FEB) -> Application:  # fmt: skip
    return add_application(ws, NewApplication(company, role, Channel.DIRECT, stage, on))


def the_search(ws: Workspace) -> dict[str, Application]:
    return {
        "lumen": apply(ws, "Lumen Health", "Senior Data Analyst", Stage.INTERVIEWING),
        "northwind": apply(ws, "Northwind", "Backend Engineer"),
        "globex": apply(ws, "Globex", "Product Analyst"),
        "acme": apply(ws, "Acme Robotics", "Robotics Engineer"),
        "halcyon": apply(ws, "Halcyon Media", "Content Strategist", on=date(2026, 3, 1)),
    }


def counts(ws: Workspace) -> dict[str, int]:
    with ws.db.transaction() as session:
        return {
            table.__tablename__: session.scalar(
                select(func.count()).where(table.owner_id == ws.owner_id)
            )
            or 0
            for table in (EventRow, RejectionRow, StepRow, InboxMessageRow, InboxReviewRow,
                          InboxCorrectionRow)
        }  # fmt: skip


def stage_of(ws: Workspace, application: Application) -> Stage:
    return application_detail(ws, application.id).application.stage


def test_importing_a_realistic_mailbox_brings_the_tracker_up_to_date(ws: Workspace) -> None:
    apps = the_search(ws)
    summary = inbox.import_messages(ws, read_mbox(MAIL / "search.mbox"))

    assert summary.read == 13
    assert summary.already_seen == 1  # the rejection was in the mailbox twice
    assert summary.skipped == 1
    assert summary.skipped_examples == [
        "message 11 (line 187): no headers: this does not look like an email"
    ]
    # The "no" from Lumen Health is recorded, from the message, and its plan has started.
    lumen = application_detail(ws, apps["lumen"].id)
    assert lumen.application.stage is Stage.REJECTED
    assert lumen.rejections[0].form is RejectionForm.EXPLICIT
    assert lumen.rejections[0].stage_reached is Stage.INTERVIEWING
    assert lumen.rejections[0].on == date(2026, 3, 11)
    assert lumen.events[-1].source is EventSource.IMPORTED
    assert plan_view(ws, apps["lumen"].id).steps
    # Invitations move applications forward, on the day the message was sent.
    northwind = application_detail(ws, apps["northwind"].id).application
    assert (northwind.stage, northwind.stage_since) == (Stage.INTERVIEWING, date(2026, 3, 12))
    assert stage_of(ws, apps["acme"]) is Stage.INTERVIEWING
    assert stage_of(ws, apps["globex"]) is Stage.SCREENING  # the take-home assessment
    # The acknowledgement from a company not in the tracker waits, offering to add it.
    waiting = inbox.review_queue(ws).items
    offers = {(e.item.company, e.item.role) for e in waiting if e.item.offer_new}
    assert ("Fjäll Studio", "UX Designer") in offers
    # Newsletters, receipts and a conference's "not accepted" change nothing.
    assert summary.rejections_recorded == 1
    assert summary.stages_moved == 3
    assert summary.by_label["rejection"] == 1


def test_importing_again_adds_nothing(ws: Workspace) -> None:
    the_search(ws)
    first = inbox.import_messages(ws, read_mbox(MAIL / "search.mbox"))
    before = counts(ws)
    again = inbox.import_messages(ws, read_mbox(MAIL / "search.mbox"))
    assert counts(ws) == before
    assert again.already_seen == 13 == first.read
    assert (again.acted, again.queued, again.skipped, again.job_related) == (0, 0, 0, 0)


def test_parsing_in_a_helper_process_gives_the_same_result(ws: Workspace) -> None:
    the_search(ws)
    summary = inbox.import_messages(ws, read_mbox(MAIL / "search.mbox"), chunk_size=4,
                                    parallel=True)  # fmt: skip
    other = Workspace(ws.db, ws.db.owner_id("in-process"), ws.clock)
    the_search(other)
    alone = inbox.import_messages(other, read_mbox(MAIL / "search.mbox"), chunk_size=4)
    # The same summary, and the same changes named (each person's own application ids).
    assert replace(summary, changes=[]) == replace(alone, changes=[])
    assert [replace(c, application_id=0) for c in summary.changes] == [
        replace(c, application_id=0) for c in alone.changes
    ]
    assert counts(ws) == counts(other)


def interrupted(messages: list[RawMessage], after: int) -> Iterator[RawMessage]:
    """A source that fails part-way, as a dropped connection does."""
    for n, message in enumerate(messages):
        if n == after:
            raise ConnectionResetError("the server went away")
        yield message


def test_an_interrupted_import_resumes_without_duplicates(ws: Workspace) -> None:
    the_search(ws)
    messages = list(read_mbox(MAIL / "search.mbox"))
    with pytest.raises(ConnectionResetError):
        inbox.import_messages(ws, interrupted(messages, after=8), chunk_size=3)
    with ws.db.transaction() as session:
        done = session.scalar(select(func.count()).select_from(InboxMessageRow))
    assert done == 6  # two whole chunks were kept; the third was never written

    resumed = inbox.import_messages(ws, messages, chunk_size=3)
    assert resumed.already_seen == 6 + 1  # what was done, and the duplicate message
    # The same state as one uninterrupted import.
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    the_search(other)
    inbox.import_messages(other, read_mbox(MAIL / "search.mbox"))
    assert counts(ws) == counts(other)


def test_a_decision_letter_from_an_unknown_sender_records_nothing(ws: Workspace) -> None:
    """A "no" about something else, from no one the search knows, changes no application:
    it is left alone or waits for the person, and never starts a plan."""
    application = apply(ws, "Lumen Health", "Data Analyst")
    letters = raw(
        mail("Your application for the MSc in Data Science",
             "Dear applicant,\n\nWe regret to inform you that your application has not been"
             " successful this year. The admissions committee received many strong"
             " applications.\n\nGraduate Admissions",
             sender="admissions@harbourtown.ac.uk", message_id="msc@x"),
        mail("Flat 2, Quay Street - your application",
             "Hi Sam, unfortunately the landlord has decided to go with another applicant"
             " for the flat. Good luck with your search! Harbour Lettings",
             sender="lettings@harbourlettings.co.uk", message_id="flat@x"),
        mail("Update on your application",
             "Dear candidate, after careful consideration we have decided not to move"
             " forward with your application. We wish you every success.",
             sender="talent@unknownco.example", message_id="unknown-employer@x"),
    )  # fmt: skip
    summary = inbox.import_messages(ws, letters)
    assert (summary.acted, summary.rejections_recorded) == (0, 0)
    assert counts(ws)["rejections"] == 0
    assert counts(ws)["steps"] == 0
    assert stage_of(ws, application) is Stage.APPLIED


def test_an_acknowledgement_with_placeholders_left_in_only_notes_a_reply(ws: Workspace) -> None:
    """Real senders send templates with their gaps unfilled; a receipt is never a "no"."""
    application = apply(ws, "Lumen Health", "Data Analyst", on=date(2026, 3, 1))
    body = (
        "Dear [Candidate Name],\n\nThank you for applying for the (position) role at"
        " (Company Name). Your application will be reviewed by our team. If you are selected"
        " for the next stage we will be in touch; due to the volume of applications we are"
        " unable to reply to everyone individually.\n\nLumen Health Talent"
    )
    inbox.import_messages(ws, raw(mail("Thank you for your application", body)))
    assert stage_of(ws, application) is Stage.APPLIED
    assert counts(ws)["rejections"] == 0


@pytest.mark.parametrize("label", [Label.REJECTION, Label.OFFER, Label.INTERVIEW])
def test_below_its_threshold_a_message_waits_and_changes_nothing(
    ws: Workspace, label: Label
) -> None:
    application = apply(ws, "Lumen Health", "Data Analyst")
    just_under = THRESHOLDS[label] - 0.01
    summary = inbox.import_messages(
        ws, raw(mail(f"{label.value} {just_under}: Lumen Health update", "...")),
        classifier=Scripted(),
    )  # fmt: skip
    assert (summary.queued, summary.acted) == (1, 0)
    detail = application_detail(ws, application.id)
    assert detail.application.stage is Stage.APPLIED
    assert detail.rejections == []
    (entry,) = inbox.review_queue(ws).items
    assert entry.item.label is label
    assert entry.application == detail.application  # the suggested application
    assert inbox.pending_review_count(ws) == 1


def test_at_its_threshold_a_rejection_is_recorded(ws: Workspace) -> None:
    application = apply(ws, "Lumen Health", "Data Analyst")
    at = THRESHOLDS[Label.REJECTION]
    inbox.import_messages(ws, raw(mail(f"rejection {at}: Lumen Health", "...")),
                          classifier=Scripted())  # fmt: skip
    assert stage_of(ws, application) is Stage.REJECTED


def test_an_unsure_other_with_a_job_search_sign_waits_and_a_sure_one_is_left_alone(
    ws: Workspace,
) -> None:
    application = apply(ws, "Lumen Health", "Data Analyst")
    just_under = THRESHOLDS[Label.OTHER] - 0.01
    summary = inbox.import_messages(ws, raw(
        mail(f"other {just_under}: Lumen Health", "About your application for the role.",
             message_id="unsure@x"),
        mail(f"other {THRESHOLDS[Label.OTHER]}: Lumen Health", "About your application.",
             message_id="sure@x"),
        mail("other 0.3: Saturday?", "Lunch at the river cafe? Jo", sender="jo@mail.example",
             message_id="no-sign@x"),
    ), classifier=Scripted())  # fmt: skip
    assert (summary.queued, summary.acted, summary.job_related) == (1, 0, 0)
    (entry,) = inbox.review_queue(ws).items
    assert (entry.item.label, entry.item.confidence) == (Label.OTHER, just_under)
    assert entry.item.why == "may be about your search"
    assert entry.application == application_detail(ws, application.id).application
    # "Yes, it is about this application": the company wrote, so their reply is noted (the
    # silence clock starts again) and nothing else changes; dismissing would teach instead.
    assert inbox.confirm(ws, entry.item.id).done == "noted their reply"
    assert stage_of(ws, application) is Stage.APPLIED


def test_a_borderline_no_goes_to_review(ws: Workspace) -> None:
    """A real "no" in words without any rejection phrase: read as an unsure `other` or an
    unsure rejection (the model alone never records one), it waits for the person, and
    nothing is recorded until they say so."""
    application = apply(ws, "Lumen Health", "Senior Data Analyst", Stage.INTERVIEWING)
    subject, sender = "Quick update", "priya@lumenhealth.com"
    body = ("Hi Sam,\n\nJust a note to say the team went another way on this one. Thanks"
            " again for your time and best of luck.\n\nPriya")  # fmt: skip
    guess = default_classifier().classify(subject, body, f"Priya Shah <{sender}>")
    assert guess.label in (Label.OTHER, Label.REJECTION), guess
    assert guess.confidence < THRESHOLDS[guess.label], guess

    summary = inbox.import_messages(ws, raw(mail(subject, body, sender=sender, name="Priya Shah")))
    assert (summary.queued, summary.acted, summary.rejections_recorded) == (1, 0, 0)
    (entry,) = inbox.review_queue(ws).items
    assert entry.item.label is guess.label
    assert entry.application is not None
    assert entry.application.id == application.id
    assert stage_of(ws, application) is Stage.INTERVIEWING  # never recorded on a guess
    done = inbox.confirm(ws, entry.item.id, label=Label.REJECTION)
    assert done.corrected is (guess.label is not Label.REJECTION)
    assert stage_of(ws, application) is Stage.REJECTED


def test_a_confirmed_guess_acts_and_a_corrected_one_also_trains(ws: Workspace) -> None:
    lumen = apply(ws, "Lumen Health", "Data Analyst")
    globex = apply(ws, "Globex", "Analyst")
    inbox.import_messages(ws, raw(
        mail("rejection 0.6: about your application", "...", message_id="a@x"),
        mail("interview 0.5: a call?", "...", sender="ceo@globex.com", message_id="b@x"),
    ), classifier=Scripted())  # fmt: skip
    by_label = {e.item.label: e.item for e in inbox.review_queue(ws).items}

    done = inbox.confirm(ws, by_label[Label.REJECTION].id)
    assert done.done == "recorded the rejection and started its plan"
    assert not done.corrected
    assert stage_of(ws, lumen) is Stage.REJECTED
    assert plan_view(ws, lumen.id).steps

    fixed = inbox.confirm(ws, by_label[Label.INTERVIEW].id, label=Label.ASSESSMENT)
    assert fixed.corrected
    assert fixed.label is Label.ASSESSMENT
    assert stage_of(ws, globex) is Stage.SCREENING
    assert counts(ws)["inbox_corrections"] == 1
    assert inbox.pending_review_count(ws) == 0
    with pytest.raises(InvalidInput, match="already confirmed"):
        inbox.confirm(ws, by_label[Label.INTERVIEW].id)


def test_the_review_correction_loop_changes_how_similar_mail_is_read(ws: Workspace) -> None:
    """A correction is kept, and the person's own classifier (the real one) reads the next
    message like it their way."""
    note = ("Hi Sam, I saw your post about looking for data roles. Happy to tell you what my"
            " team at {place} does over coffee, no pressure at all.")  # fmt: skip
    subject = "Coffee next week?"
    first = mail(subject, note.format(place="the harbour office"), sender="dana@gmail.com")
    guessed = Scripted({subject: (Label.INTERVIEW, 0.5)})
    assert inbox.import_messages(ws, raw(first), classifier=guessed).queued == 1
    (entry,) = inbox.review_queue(ws).items

    fixed = inbox.confirm(ws, entry.item.id, label=Label.RECRUITER_OUTREACH)
    assert fixed.corrected
    assert fixed.done == "nothing"
    assert counts(ws)["inbox_corrections"] == 1

    similar = (subject, note.format(place="the river office"), "dana@gmail.com")
    assert default_classifier().classify(*similar).label is not Label.RECRUITER_OUTREACH
    assert inbox.classifier_for(ws).classify(*similar).label is Label.RECRUITER_OUTREACH
    second = mail(*similar[:2], sender="dana@gmail.com", message_id="coffee-2@gmail.com")
    again = inbox.import_messages(ws, raw(second))  # the person's classifier, by default
    assert again.by_label == {"recruiter_outreach": 1}


def test_dismissing_remembers_the_message_as_not_about_the_search(ws: Workspace) -> None:
    inbox.import_messages(ws, raw(mail("offer 0.5: Your offer", "20% off shoes")),
                          classifier=Scripted())  # fmt: skip
    (entry,) = inbox.review_queue(ws).items
    outcome = inbox.dismiss(ws, entry.item.id)
    assert (outcome.label, outcome.corrected) == (Label.OTHER, True)
    with ws.db.transaction() as session:
        kept = session.scalars(select(InboxCorrectionRow)).one()
    assert (kept.label, kept.subject, kept.owner_id) == ("other", entry.item.subject, ws.owner_id)
    with pytest.raises(InvalidInput, match="already dismissed"):
        inbox.dismiss(ws, entry.item.id)


def test_an_unmatched_acknowledgement_can_become_an_application(ws: Workspace) -> None:
    inbox.import_messages(ws, read_eml_folder(MAIL / "eml"))
    offers = {e.item.company: e.item for e in inbox.review_queue(ws).items if e.item.offer_new}
    offer = offers["Fjäll Studio"]
    assert offer.role == "UX Designer"

    outcome = inbox.confirm(ws, offer.id, create_application=True)
    created = outcome.application
    assert created is not None
    assert (created.company, created.role, created.stage) == (
        "Fjäll Studio", "UX Designer", Stage.APPLIED)  # fmt: skip
    assert created.stage_since == date(2026, 3, 9)  # the day the acknowledgement was sent
    assert application_detail(ws, created.id).events[0].source is EventSource.IMPORTED


def test_confirming_needs_an_application_for_news_about_one(ws: Workspace) -> None:
    inbox.import_messages(ws, raw(mail("rejection 0.99: hello", "...", sender="x@nowhere.example")),
                          classifier=Scripted())  # fmt: skip
    (entry,) = inbox.review_queue(ws).items
    with pytest.raises(InvalidInput, match="not linked to an application"):
        inbox.confirm(ws, entry.item.id)
    with pytest.raises(NotFound):
        inbox.confirm(ws, entry.item.id, application_id=999)
    application = apply(ws, "Nowhere", "Analyst")
    outcome = inbox.confirm(ws, entry.item.id, application_id=application.id)
    assert outcome.corrected  # the link was the person's: remembered
    assert stage_of(ws, application) is Stage.REJECTED


def test_a_reply_resets_the_silence_clock(ws: Workspace, clock: FixedClock) -> None:
    quiet = apply(ws, "Lumen Health", "Data Analyst", on=date(2026, 2, 2))
    other = apply(ws, "Globex", "Analyst", on=date(2026, 2, 2))
    # Six weeks of silence: the sweep asks for a follow-up on both.
    assert sorted(sweep(ws).quiet) == sorted([quiet.id, other.id])
    summary = inbox.import_messages(
        ws, raw(mail("recruiter_outreach 0.95: checking in", "Are you still interested?",
                     day=date(2026, 3, 12))),
        classifier=Scripted(),
    )  # fmt: skip
    assert summary.replies_noted == 1
    with ws.db.transaction() as session:
        open_steps = Steps(session, ws.owner_id).for_application(quiet.id)
    assert open_steps == []  # their answer made the follow-up moot
    event = application_detail(ws, quiet.id).events[-1]
    assert (event.kind, event.occurred_on, event.source) == (
        EventKind.REPLY_RECEIVED, date(2026, 3, 12), EventSource.IMPORTED)  # fmt: skip
    # The wait starts again from the reply: not quiet now, quiet again three weeks later.
    assert sweep(ws).quiet == []
    clock.advance(days=18)
    assert sweep(ws).quiet == [quiet.id]


def test_a_bad_message_is_skipped_with_its_position_and_never_stops_the_import(
    ws: Workspace,
) -> None:
    summary = inbox.import_messages(ws, [
        RawMessage("first.eml", b""),
        RawMessage("second.eml", b"\x00\x01binary"),
        RawMessage("third.eml", mail("Hello", "A friendly note.", sender="a@b.example")),
    ])  # fmt: skip
    assert summary.read == 3
    assert summary.skipped == 2
    assert summary.skipped_reasons == {
        "the message is empty": 1, "no headers: this does not look like an email": 1}  # fmt: skip
    assert summary.skipped_examples[0] == "first.eml: the message is empty"


def test_each_owner_imports_into_their_own_tracker(ws: Workspace) -> None:
    mine = the_search(ws)
    theirs_ws = Workspace(ws.db, ws.db.owner_id("another-person"), ws.clock)
    theirs = the_search(theirs_ws)
    inbox.import_messages(ws, read_mbox(MAIL / "search.mbox"))
    assert stage_of(theirs_ws, theirs["lumen"]) is Stage.INTERVIEWING  # untouched
    # The same file is new to them: their own ledger, their own tracker, their own queue.
    summary = inbox.import_messages(theirs_ws, read_mbox(MAIL / "search.mbox"))
    assert summary.already_seen == 1
    assert stage_of(theirs_ws, theirs["lumen"]) is Stage.REJECTED
    assert stage_of(ws, mine["lumen"]) is Stage.REJECTED
    my_items = {e.item.id for e in inbox.review_queue(ws).items}
    their_items = {e.item.id for e in inbox.review_queue(theirs_ws).items}
    assert my_items
    assert their_items
    assert not my_items & their_items
    # Nobody can see, confirm or dismiss another person's item.
    for item_id in my_items:
        with pytest.raises(NotFound):
            inbox.review_item(theirs_ws, item_id)
        with pytest.raises(NotFound):
            inbox.confirm(theirs_ws, item_id)
        with pytest.raises(NotFound):
            inbox.dismiss(theirs_ws, item_id)
    # Nor link their message to someone else's application.
    (their_item, *_) = their_items
    with pytest.raises(NotFound):
        inbox.confirm(theirs_ws, their_item, application_id=mine["globex"].id)


def test_review_paging_and_limits(ws: Workspace) -> None:
    inbox.import_messages(ws, raw(*[
        mail(f"rejection 0.5: note {n}", "...", message_id=f"n{n}@x") for n in range(5)
    ]), classifier=Scripted())  # fmt: skip
    page = inbox.review_queue(ws, limit=2, offset=2)
    assert (page.total, len(page.items)) == (5, 2)
    with pytest.raises(InvalidInput, match="limit"):
        inbox.review_queue(ws, limit=0)
    dismissed = inbox.dismiss(ws, page.items[0].item.id)
    assert dismissed.item.status is ReviewStatus.DISMISSED
    assert inbox.review_queue(ws, status=ReviewStatus.DISMISSED).total == 1
    assert inbox.pending_review_count(ws) == 4
