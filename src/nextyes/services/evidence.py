"""Evidence cards for one person: "it is rarely about you", from their own search."""

from nextyes.domain.evidence import EvidenceCard, Focus, cards_for_standings
from nextyes.services.workspace import Workspace
from nextyes.store.evidence import EvidenceCounts
from nextyes.store.repositories import Applications, Rejections


def evidence_cards(ws: Workspace, application_id: int | None = None) -> list[EvidenceCard]:
    """The cards about the whole search; with an application id (NotFound if it is not
    this person's), the cards about its latest rejection come first. An application with
    no rejection on record gets the cards about the whole search."""
    with ws.db.transaction() as session:
        focus = None
        if application_id is not None:
            focus_on = Applications(session, ws.owner_id).get(application_id)
            own = Rejections(session, ws.owner_id).for_application(application_id)
            if own:
                latest = own[-1]  # the newest: they come oldest first
                focus = Focus(focus_on.company, latest.stage_reached, latest.form)
        # Counted in SQL over the whole search, however old: the page costs the same with
        # 30 applications or 30,000.
        counted = EvidenceCounts(session, ws.owner_id).standings()
    return cards_for_standings(counted, focus)
