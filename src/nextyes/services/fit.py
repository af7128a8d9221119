"""The fit check: the skills a posting names (skills/finder.py) beside the person's own
(their profile: typed, or read from their CV) and their to-learn list (lessons), in words
rather than a percentage (skills/fit.py). Also the skills profile itself and the CV."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from nextyes.domain.applications import Application
from nextyes.domain.errors import InvalidInput
from nextyes.domain.insights import rank
from nextyes.domain.skills_profile import (
    SkillsProfile,
    checked_cv,
    checked_experience,
    skill_list,
    term_list,
)
from nextyes.domain.stages import Stage
from nextyes.services.workspace import Workspace
from nextyes.skills.across import PostingSkills, SkillsAcross, skills_across
from nextyes.skills.finder import SkillsFound, find_skills
from nextyes.skills.fit import FitCheck, fit_check
from nextyes.skills.vocabulary import Vocabulary
from nextyes.store.drafts import Skills
from nextyes.store.reflections import Skills as LearnList
from nextyes.store.repositories import Applications
from nextyes.store.skills_profile import PostingTexts, SkillsProfiles

LEARNING = ("to_learn", "learning")  # a skill on the lessons' list that is not done yet
# Postings read for the skills across the search: the newest, each read through the
# vocabulary (a few milliseconds a posting), so the Insights section stays quick.
POSTINGS_READ = 200


@dataclass(frozen=True)
class ApplicationFit:
    application: Application
    found: SkillsFound  # what the posting names, required and nice to have
    fit: FitCheck
    has_description: bool  # without the posting's text there is nothing to compare
    has_skills: bool  # without the person's own skills, everything looks missing


@dataclass(frozen=True)
class CvRead:
    profile: SkillsProfile
    found: tuple[str, ...]  # every skill the CV names
    added: tuple[str, ...]  # those that were not in the profile yet


def vocabulary_for(profile: SkillsProfile) -> Vocabulary:
    if not profile.terms:
        return Vocabulary.shipped()
    return _with_terms(tuple((t.name, t.also) for t in profile.terms))


@lru_cache(maxsize=64)  # a person's own words change rarely; building costs a little
def _with_terms(terms: tuple[tuple[str, tuple[str, ...]], ...]) -> Vocabulary:
    return Vocabulary.with_terms(terms)


def posting_text(application: Application) -> str:
    """What the fit check reads: the role's title and the posting's description."""
    return "\n".join(part for part in (application.role, application.description) if part)


def fit_for_application(ws: Workspace, application_id: int) -> ApplicationFit:
    with ws.db.transaction() as session:
        application = Applications(session, ws.owner_id).get(application_id)
        profile = SkillsProfiles(session, ws.owner_id).get()
        to_learn = [
            name for name, status in Skills(session, ws.owner_id).newest_first()
            if status in LEARNING
        ]  # fmt: skip
    vocabulary = vocabulary_for(profile)
    found = (
        find_skills(posting_text(application), vocabulary)
        if application.description
        else SkillsFound((), ())
    )
    return ApplicationFit(
        application=application,
        found=found,
        fit=fit_check(profile.skills, found, to_learn, vocabulary),
        has_description=bool(application.description),
        has_skills=bool(profile.skills),
    )


def skills_across_search(ws: Workspace) -> SkillsAcross:
    """Which skills keep coming up in the person's postings, and which come up more in the
    roles that went furthest than in those that stopped early (skills/across.py).
    Remembered until the person's data changes."""
    return ws.db.remember(ws.owner_id, ("skills_across",), lambda: _skills_across(ws))


def _skills_across(ws: Workspace) -> SkillsAcross:
    with ws.db.transaction() as session:
        texts = PostingTexts(session, ws.owner_id).newest(POSTINGS_READ)
        profile = SkillsProfiles(session, ws.owner_id).get()
        learning = [
            name for name, status in Skills(session, ws.owner_id).newest_first()
            if status in LEARNING
        ]  # fmt: skip
    vocabulary = vocabulary_for(profile)
    interview = rank(Stage.INTERVIEWING)
    postings = []
    for posting in texts:
        furthest = max(
            posting.reached if posting.reached is not None else rank(Stage(posting.stage)),
            rank(Stage.APPLIED),
        )
        postings.append(
            PostingSkills(
                names=find_skills(posting.text, vocabulary).names,
                went_far=furthest >= interview,
                stopped_early=(posting.said_no or posting.went_quiet) and furthest < interview,
            )
        )

    def canonical(names: Iterable[str]) -> list[str]:
        return [vocabulary.canonical(name) or name for name in names]

    return skills_across(postings, canonical(profile.skills), canonical(learning))


def add_to_learn(ws: Workspace, name: str) -> bool:
    """Put a skill on the lessons' to-learn list by hand (from the skills that keep coming
    up); False when it is there already."""
    clean = skill_list(name)
    if len(clean) != 1:
        raise InvalidInput("name one skill to learn", "name")
    with ws.db.transaction(write=True) as session:
        return LearnList(session, ws.owner_id).add_by_hand(
            clean[0], clean[0].casefold(), ws.clock.now()
        )


def skills_profile(ws: Workspace) -> SkillsProfile:
    with ws.db.transaction() as session:
        return SkillsProfiles(session, ws.owner_id).get()


def update_skills_profile(
    ws: Workspace,
    skills: str | None = None,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    experience: str | None = None,
    terms: str | None = None,
    add_terms: Sequence[str] = (),
) -> SkillsProfile:
    """Change what is given: `skills` replaces the list (one a line, or comma-separated),
    `add`/`remove` change it, `experience` and `terms` replace theirs ('' clears);
    `add_terms` adds words of the person's own ("dbt: data build tool")."""
    with ws.db.transaction(write=True) as session:
        store = SkillsProfiles(session, ws.owner_id)
        current = store.get()
        listed = current.skills if skills is None else skill_list(skills)
        listed = _added(listed, skill_list("\n".join(add)))
        leaving = skill_list("\n".join(remove))
        have = {name.casefold() for name in listed}
        unknown = [name for name in leaving if name.casefold() not in have]
        if unknown:
            raise InvalidInput(f"{unknown[0]!r} is not among your skills", "skills")
        gone = {name.casefold() for name in leaving}
        words = current.terms if terms is None else term_list(terms)
        if add_terms:
            extra = term_list("\n".join(add_terms))
            kept = {t.name.casefold(): t for t in words}
            kept.update({t.name.casefold(): t for t in extra})
            words = tuple(kept.values())
        updated = replace(
            current,
            skills=skill_list("\n".join(n for n in listed if n.casefold() not in gone)),
            experience=(
                current.experience if experience is None else checked_experience(experience)
            ),
            terms=words,
        )
        store.save(updated, ws.clock.now())
        return updated


def read_cv_into_profile(ws: Workspace, data: bytes, filename: str) -> CvRead:
    """Keep the CV's text (never the file) and add the skills it names to the profile.
    InvalidInput, with nothing changed, when it cannot be read."""
    from nextyes.skills.cv import read_cv, skills_in_cv  # pypdf and docx load only here

    text = read_cv(data, filename)
    name, kept_text = checked_cv(filename.rsplit("/", 1)[-1][:200] or "CV", text)
    with ws.db.transaction(write=True) as session:
        store = SkillsProfiles(session, ws.owner_id)
        current = store.get()
        found = skills_in_cv(text, vocabulary_for(current))
        have = {s.casefold() for s in current.skills}
        added = tuple(s for s in found if s.casefold() not in have)
        updated = replace(
            current, skills=_added(current.skills, found), cv_name=name, cv_text=kept_text
        )
        store.save(updated, ws.clock.now())
    return CvRead(updated, found, added)


def forget_cv(ws: Workspace) -> SkillsProfile:
    """Drop the CV's text; the skills it added stay (they are the person's list now)."""
    with ws.db.transaction(write=True) as session:
        store = SkillsProfiles(session, ws.owner_id)
        updated = replace(store.get(), cv_name=None, cv_text=None)
        store.save(updated, ws.clock.now())
        return updated


def _added(current: Iterable[str], more: Iterable[str]) -> tuple[str, ...]:
    return skill_list("\n".join([*current, *more]))
