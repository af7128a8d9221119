"""The skills side of a person's profile row (store/tables.py ProfileRow): what the fit
check compares postings with."""

from datetime import datetime

from nextyes.domain.skills_profile import SkillsProfile, term_list, terms_text
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import ProfileRow


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
