"""The skills side of a person's profile row (store/tables.py ProfileRow): what the fit
check compares postings with."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from nextyes.domain.skills_profile import SkillsProfile, term_list, terms_text
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import ApplicationRow, ProfileRow


@dataclass(frozen=True)
class PostingText:
    """An application's posting text, with how far the application got."""

    application_id: int
    text: str  # the role's title and the description
    reached: int | None  # domain.insights.rank of the furthest stage its timeline entered
    stage: str
    said_no: bool
    went_quiet: bool


class SkillsProfiles(OwnedRepository):
    def get(self) -> SkillsProfile:
        row = self.session.get(ProfileRow, self.owner_id)
        if row is None:
            return SkillsProfile()
        return SkillsProfile(
            skills=tuple(line for line in (row.skills or "").splitlines() if line),
            experience=row.experience,
            cv_name=row.cv_name,
            cv_text=row.cv_text,
            terms=term_list(row.skill_terms),
        )

    def save(self, profile: SkillsProfile, now: datetime) -> None:
        row = self.session.get(ProfileRow, self.owner_id)
        if row is None:
            row = ProfileRow(owner_id=self.owner_id)
            self.session.add(row)
        row.skills = "\n".join(profile.skills) or None
        row.experience = profile.experience
        row.cv_name = profile.cv_name
        row.cv_text = profile.cv_text
        row.skill_terms = terms_text(profile.terms) or None
        row.updated_at = now


class PostingTexts(OwnedRepository):
    def newest(self, limit: int) -> list[PostingText]:
        """The newest applications whose posting text is saved, newest first."""
        app = ApplicationRow
        query = (
            select(
                app.id, app.role, app.description, app.reached, app.stage, app.said_no,
                app.went_quiet,
            )
            .where(app.owner_id == self.owner_id, app.description.is_not(None))
            .order_by(app.id.desc())
            .limit(limit)
        )  # fmt: skip
        return [
            PostingText(id_, f"{role}\n{text}", reached, stage, bool(no), bool(quiet))
            for id_, role, text, reached, stage, no, quiet in self.session.execute(query)
        ]
