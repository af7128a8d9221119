"""The rest of the demo person's search, so every page has something to show: post-mortems
(and so themes, skills and a practice bank), check-ins and the WHO-5, private writing, a
name that drafts sign with, if-then plans and this week's plan, an interview ahead, drafts
written and one sent, and a few messages an import was not sure of.

Everything goes through the services a person uses, each on the day it happened: a
workspace whose clock stands on that day (`on_day`) joins the loading transaction, so each
row carries its own date. The review queue has no service that adds to it (an import does
that), so its items go through the store's own methods, worded by the import's own rule."""

from datetime import date, datetime, time, timedelta

from nextyes.clock import FixedClock
from nextyes.domain.applications import Application
from nextyes.domain.inbox import Candidate, Effect, Link, decide
from nextyes.domain.interviews import NewInterview
from nextyes.domain.lessons import SkillStatus, question_key
from nextyes.services import demo_data as story
from nextyes.services.applications import list_applications
from nextyes.services.contacts import list_contacts
from nextyes.services.drafts import create_draft, mark_sent, set_profile
from nextyes.services.fit import update_skills_profile
from nextyes.services.interviews import add_interview
from nextyes.services.reflections import lessons, log_practice, reflect, set_skill_status
from nextyes.services.weekly import add_if_then, save_week_plan
from nextyes.services.wellbeing import check_in, take_who5
from nextyes.services.workspace import Workspace
from nextyes.services.writing import next_prompt, write_entry
from nextyes.store.inbox import Ledger, LedgerEntry, NewReviewItem, Outcome, ReviewQueue


def on_day(ws: Workspace, day: date, hour: int = 12) -> Workspace:
    """The same person and database, with a clock standing at `hour` on `day`."""
    return Workspace(ws.db, ws.owner_id, FixedClock.on(day, hour))


def working_days_ahead(today: date, count: int) -> date:
    day = today
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def tell_the_rest(ws: Workspace) -> None:
    """Add the rest of the story to a workspace holding the demo's applications. Runs inside
    the loading transaction: all of it is written, or none."""
    today = ws.clock.today()
    by_company = {a.company: a for a in list_applications(ws)}
    _profile(ws)
    _reflections(ws, today, by_company)
    _wellbeing(ws, today)
    _writing(ws, today)
    _plans(ws)
    _interviews(ws, today, by_company)
    _drafts(ws, today, by_company)
    _review_queue(ws, today, by_company)


def _profile(ws: Workspace) -> None:
    set_profile(ws, name=story.PROFILE_NAME, headline=story.PROFILE_HEADLINE)
    update_skills_profile(ws, skills=story.PROFILE_SKILLS)


def _reflections(ws: Workspace, today: date, by_company: dict[str, Application]) -> None:
    for written in story.REFLECTIONS:
        day = today - timedelta(days=written.days_ago)
        reflect(on_day(ws, day, 20), by_company[written.company].id, written.answers)
    bank = lessons(ws)
    skills = {skill.name: skill for skill in bank.skills}
    set_skill_status(ws, skills[story.SKILL_LEARNING].id, SkillStatus.LEARNING)
    questions = {question_key(item.text): item.question_id for item in bank.practice_next}
    for text, days_ago, felt, note in story.PRACTICE:
        day = today - timedelta(days=days_ago)
        log_practice(on_day(ws, day, 19), questions[question_key(text)], felt, note)


def _wellbeing(ws: Workspace, today: date) -> None:
    for days_ago, hour, mood, note in story.CHECKINS:
        check_in(on_day(ws, today - timedelta(days=days_ago), hour), mood, note)
    for days_ago, answers in story.WHO5:
        take_who5(on_day(ws, today - timedelta(days=days_ago), 21), answers)


def _writing(ws: Workspace, today: date) -> None:
    for days_ago, text in story.WRITING:
        then = on_day(ws, today - timedelta(days=days_ago), 22)
        write_entry(then, next_prompt(then).prompt, text)


def _plans(ws: Workspace) -> None:
    for cue, action in story.IF_THENS:
        add_if_then(ws, cue, action)
    save_week_plan(
        ws,
        applications_target=story.WEEK_TARGET,
        channel=story.WEEK_CHANNEL,
        schedule=story.WEEK_SCHEDULE,
        roles=list(story.WEEK_ROLES),
    )


def _interviews(ws: Workspace, today: date, by_company: dict[str, Application]) -> None:
    for planned in story.INTERVIEWS:
        day = working_days_ahead(today, planned.weekdays_ahead)
        # The machine's own zone: "10:00" is ten in the morning where the person is.
        starts = datetime.combine(day, time(planned.hour)).astimezone()
        add_interview(
            ws,
            NewInterview(
                application_id=by_company[planned.company].id,
                starts_at=starts,
                minutes=planned.minutes,
                title=planned.title,
                location=planned.location,
                notes=planned.notes,
            ),
        )


def _drafts(ws: Workspace, today: date, by_company: dict[str, Application]) -> None:
    people = {contact.name: contact.id for contact in list_contacts(ws)}
    for planned in story.DRAFTS:
        then = on_day(ws, today - timedelta(days=planned.days_ago), 9)
        draft = create_draft(
            then,
            by_company[planned.company].id,
            planned.kind,
            contact_id=people[planned.contact],
            tone=planned.tone,
        )
        if planned.sent:
            mark_sent(then, draft.id)


def _review_queue(ws: Workspace, today: date, by_company: dict[str, Application]) -> None:
    now = ws.clock.now()
    entries: list[LedgerEntry] = []
    with ws.db.transaction() as session:
        queue = ReviewQueue(session, ws.owner_id)
        for mail in story.REVIEW_MESSAGES:
            day = today - timedelta(days=mail.days_ago)
            application = by_company.get(mail.company)
            link = Link(
                application.id if application else None,
                88.0 if application else 0.0,
                application is not None,
                "the sender's domain" if application else "not in the search",
                mail.company or None,
                mail.role,
            )
            candidate = (
                Candidate(
                    application.id,
                    application.company,
                    application.role,
                    application.stage,
                    application.stage_since,
                )
                if application
                else None
            )
            # The import's own rule says why it waits (the guess is unsure by design).
            decision = decide(mail.label, False, link, candidate, day, mail.subject)
            queue.add(
                NewReviewItem(
                    message_key=mail.key,
                    sender=mail.sender,
                    sender_name=mail.sender_name,
                    subject=mail.subject,
                    sent_on=day,
                    excerpt=mail.excerpt,
                    label=mail.label,
                    confidence=mail.confidence,
                    why=decision.why,
                    application_id=link.application_id,
                    company=link.company,
                    role=link.role,
                    offer_new=decision.effect is Effect.CREATE and link.company is not None,
                ),
                now,
            )
            entries.append(
                LedgerEntry(
                    mail.key,
                    day,
                    mail.label,
                    mail.confidence,
                    Outcome.QUEUED,
                    link.application_id,
                )
            )
        # As an import would: each message is processed once, so importing it again later
        # adds nothing, and settling it in review updates its entry.
        Ledger(session, ws.owner_id).record(entries, now)
