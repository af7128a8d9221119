"""Contacts: the people met along the way, and the applications they belong to."""

from dataclasses import replace

from sqlalchemy.orm import Session

from nextyes.domain.contacts import Contact, NewContact
from nextyes.domain.events import EventKind, EventSource
from nextyes.services.recovery import follow_what_is_known
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import Applications, Contacts, Events


def add_contact(ws: Workspace, new: NewContact, application_id: int | None = None) -> Contact:
    """Add a person, and link them to an application straight away when one is given."""
    clean = new.validated()
    with ws.db.transaction() as session:
        contact = Contacts(session, ws.owner_id).add(clean, ws.clock.now())
        if application_id is None:
            return contact
        _link(ws, session, contact.id, application_id)
        return replace(contact, application_ids=(application_id,))


def list_contacts(
    ws: Workspace, company: str | None = None, application_id: int | None = None
) -> list[Contact]:
    with ws.db.transaction() as session:
        if application_id is not None:
            Applications(session, ws.owner_id).row(application_id)  # unknown id -> NotFound
        return Contacts(session, ws.owner_id).find(company, application_id)


def link_contact(ws: Workspace, contact_id: int, application_id: int) -> bool:
    """Link a contact to an application; False when they were linked already."""
    with ws.db.transaction() as session:
        return _link(ws, session, contact_id, application_id)


def _link(ws: Workspace, session: Session, contact_id: int, application_id: int) -> bool:
    contacts = Contacts(session, ws.owner_id)
    contact = contacts.row(contact_id)
    Applications(session, ws.owner_id).row(application_id)
    if contacts.is_linked(contact_id, application_id):
        return False
    contacts.link(contact_id, application_id, ws.clock.now())
    Events(session, ws.owner_id).add(
        application_id,
        EventKind.CONTACT_LINKED,
        ws.clock.today(),
        ws.clock.now(),
        EventSource.TYPED,
        note=f"{contact.name} ({contact.role.replace('_', ' ')})",
    )
    # A plan that asked to find the person to thank now names them.
    follow_what_is_known(session, ws, application_id)
    return True
