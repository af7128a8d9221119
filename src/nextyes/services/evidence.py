"""Evidence cards for one person: "it is rarely about you", from their own search."""

from datetime import date

from nextyes.domain.evidence import EvidenceCard, Focus, tracks
from nextyes.domain.evidence import evidence_cards as cards_for
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import Applications, Events, Rejections


def evidence_cards(ws: Workspace, application_id: int | None = None) -> list[EvidenceCard]:
    """The cards about the whole search; with an application id (NotFound if it is not
    this person's), the cards about its latest rejection come first. An application with
    no rejection on record gets the cards about the whole search."""
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        focus_on = applications.get(application_id) if application_id is not None else None
        everything = applications.find()
        events = Events(session, ws.owner_id).with_stage_changes()
        # Every rejection this person ever recorded: the cards count silences over the
        # whole search, however old.
        rejections = Rejections(session, ws.owner_id).recent(since=date.min)
    focus = None
    if focus_on is not None:
        own = [r for r in rejections if r.application_id == focus_on.id]
        if own:
            latest = max(own, key=lambda r: (r.on, r.id))
            focus = Focus(focus_on.company, latest.stage_reached, latest.form)
    return cards_for(tracks(everything, events, rejections), focus)
