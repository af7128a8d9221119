"""Repositories for drafts, interactions with contacts, the profile, and (read-only) skills.
Every query filters on owner_id."""

from datetime import date, datetime

from sqlalchemy import select

from nextyes.domain.drafts import Draft, DraftKind, Profile, Tone, Written, mailto_link
from nextyes.store.repositories import OwnedRepository, as_utc
from nextyes.store.tables import DraftRow, InteractionRow, ProfileRow, SkillRow


class Drafts(OwnedRepository):
    def add(
        self,
        application_id: int,
        contact_id: int | None,
        kind: DraftKind,
        tone: Tone,
        written: Written,
        now: datetime,
    ) -> DraftRow:
        row = DraftRow(
            owner_id=self.owner_id,
            application_id=application_id,
            contact_id=contact_id,
            kind=kind.value,
            tone=tone.value,
            subject=written.subject,
            body=written.body,
            missing="\n".join(written.missing) or None,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def row(self, draft_id: int) -> DraftRow:
        row = self.owned(DraftRow, draft_id, "draft")
        return row

    def for_application(self, application_id: int) -> list[DraftRow]:
        """The drafts written for one application, newest first."""
        query = (
            select(DraftRow)
            .where(DraftRow.owner_id == self.owner_id, DraftRow.application_id == application_id)
            .order_by(DraftRow.created_at.desc(), DraftRow.id.desc())
        )
        return list(self.session.scalars(query))

    @staticmethod
    def to_domain(row: DraftRow, email: str | None) -> Draft:
        """The stored draft; the mailto link follows the contact's current email address."""
        return Draft(
            id=row.id,
            application_id=row.application_id,
            contact_id=row.contact_id,
            kind=DraftKind(row.kind),
            tone=Tone(row.tone),
            subject=row.subject,
            body=row.body,
            mailto=mailto_link(email, row.subject, row.body),
            missing=tuple(row.missing.split("\n")) if row.missing else (),
            created_at=as_utc(row.created_at),
            sent_at=as_utc(row.sent_at) if row.sent_at else None,
        )


class Interactions(OwnedRepository):
    def add(
        self,
        contact_id: int,
        application_id: int | None,
        kind: str,
        on: date,
        note: str | None,
        now: datetime,
    ) -> None:
        self.session.add(
            InteractionRow(
                owner_id=self.owner_id,
                contact_id=contact_id,
                application_id=application_id,
                kind=kind,
                happened_on=on,
                note=note,
                created_at=now,
            )
        )

    def kinds_for_contact(self, contact_id: int) -> list[tuple[str, date, int | None]]:
        """(kind, day, application id) of each interaction with one contact, oldest first."""
        query = (
            select(InteractionRow.kind, InteractionRow.happened_on, InteractionRow.application_id)
            .where(
                InteractionRow.owner_id == self.owner_id,
                InteractionRow.contact_id == contact_id,
            )
            .order_by(InteractionRow.happened_on, InteractionRow.id)
        )
        return [(kind, day, app) for kind, day, app in self.session.execute(query)]


class Profiles(OwnedRepository):
    def get(self) -> Profile:
        row = self.session.get(ProfileRow, self.owner_id)
        return Profile(row.name, row.headline) if row else Profile()

    def save(self, profile: Profile, now: datetime) -> None:
        row = self.session.get(ProfileRow, self.owner_id)
        if row is None:
            row = ProfileRow(owner_id=self.owner_id)
            self.session.add(row)
        row.name = profile.name
        row.headline = profile.headline
        row.updated_at = now


class Skills(OwnedRepository):
    def newest_first(self) -> list[tuple[str, str]]:
        """(name, status) of each skill, the most recently changed first."""
        query = (
            select(SkillRow.name, SkillRow.status)
            .where(SkillRow.owner_id == self.owner_id)
            .order_by(SkillRow.updated_at.desc(), SkillRow.id.desc())
        )
        return [(name, status) for name, status in self.session.execute(query)]
