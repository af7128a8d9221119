"""Drafts: write a message from the person's own data, then log it when they send it."""

from dataclasses import dataclass

from nextyes.domain.drafts import (
    Draft,
    DraftInput,
    DraftKind,
    Profile,
    Tone,
    news_from,
    step_for_sent,
    write_draft,
)
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import optional_text
from nextyes.domain.steps import Step
from nextyes.services.recovery import complete_step
from nextyes.services.workspace import Workspace
from nextyes.store.drafts import Drafts, Interactions, Profiles, Skills
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Contacts, PastJobs, Rejections


@dataclass(frozen=True)
class DraftSent:
    draft: Draft
    logged: bool  # an interaction was logged with the contact
    step: Step | None  # the plan step it completed, if one was open


def create_draft(
    ws: Workspace,
    application_id: int,
    kind: DraftKind,
    contact_id: int | None = None,
    tone: Tone = Tone.WARM,
    include_reason: bool = False,
) -> Draft:
    with ws.db.transaction() as session:
        application = Applications(session, ws.owner_id).get(application_id)
        # Any of the person's own contacts may be written to; nobody else's is found.
        contact = Contacts(session, ws.owner_id).row(contact_id) if contact_id is not None else None
        profile = Profiles(session, ws.owner_id).get()
        rejections = Rejections(session, ws.owner_id).for_application(application_id)
        news = None
        if kind is DraftKind.RECONNECT:
            jobs = PastJobs(session, ws.owner_id).find()
            news = news_from(Skills(session, ws.owner_id).newest_first(), jobs[0] if jobs else None)
        written = write_draft(
            DraftInput(
                kind=kind,
                tone=tone,
                company=application.company,
                role=application.role,
                contact_name=contact.name if contact else None,
                contact_role=contact.role if contact else None,
                contact_email=contact.email if contact else None,
                sender_name=profile.name,
                headline=profile.headline,
                news=news,
                reason=rejections[-1].reason if rejections else None,
                include_reason=include_reason,
            )
        )
        drafts = Drafts(session, ws.owner_id)
        row = drafts.add(application_id, contact_id, kind, tone, written, ws.clock.now())
        return drafts.to_domain(row, contact.email if contact else None)


def list_drafts(ws: Workspace, application_id: int) -> list[Draft]:
    """The drafts written for one application (NotFound if it is not this person's),
    newest first; each mailto link follows its contact's current email address."""
    with ws.db.transaction() as session:
        Applications(session, ws.owner_id).row(application_id)
        rows = Drafts(session, ws.owner_id).for_application(application_id)
        contacts = Contacts(session, ws.owner_id)
        ids = {row.contact_id for row in rows if row.contact_id is not None}
        emails = {contact_id: contacts.row(contact_id).email for contact_id in ids}
        return [
            Drafts.to_domain(row, emails[row.contact_id] if row.contact_id else None)
            for row in rows
        ]


def mark_sent(ws: Workspace, draft_id: int) -> DraftSent:
    """Mark a draft sent: log it with the contact, and tick off the plan step it answers."""
    with ws.db.transaction() as session:
        drafts = Drafts(session, ws.owner_id)
        row = drafts.row(draft_id)
        if row.sent_at is not None:
            raise InvalidInput(f"draft {draft_id} was already marked sent")
        row.sent_at = ws.clock.now()
        email = None
        if row.contact_id is not None:
            email = Contacts(session, ws.owner_id).row(row.contact_id).email
            Interactions(session, ws.owner_id).add(
                row.contact_id,
                row.application_id,
                row.kind,
                ws.clock.today(),
                f"sent draft #{row.id}",
                ws.clock.now(),
            )
        steps = Steps(session, ws.owner_id).for_application(row.application_id)
        step = step_for_sent(DraftKind(row.kind), row.contact_id, steps)
        # The step's own note (a snooze reason, say) is the person's; leave it as it is.
        done = complete_step(ws, step.id) if step else None
        return DraftSent(drafts.to_domain(row, email), row.contact_id is not None, done)


def get_profile(ws: Workspace) -> Profile:
    with ws.db.transaction() as session:
        return Profiles(session, ws.owner_id).get()


def set_profile(ws: Workspace, name: str | None = None, headline: str | None = None) -> Profile:
    """Change what is given: None keeps a value, an empty text clears it."""
    with ws.db.transaction() as session:
        profiles = Profiles(session, ws.owner_id)
        current = profiles.get()
        updated = Profile(
            name=current.name if name is None else optional_text(name, "name"),
            headline=(
                current.headline if headline is None else optional_text(headline, "headline", 300)
            ),
        )
        profiles.save(updated, ws.clock.now())
        return updated
