"""Skills: the ones a job posting names, the ones a CV names, and how the two compare.

Pure domain code: no database, no files, no network. The vocabulary (vocabulary.py) maps
the many ways a skill is written to one display name; the finder (finder.py) sorts what a
posting names into required and nice to have; the fit check (fit.py) sets that beside a
person's own skills; cv.py reads the text of a CV (pypdf and python-docx load only then)."""

from nextyes.skills.cv import MAX_CV_BYTES, read_cv, skills_in_cv
from nextyes.skills.finder import SkillsFound, find_skills
from nextyes.skills.fit import FitCheck, Scale, fit_check
from nextyes.skills.vocabulary import Match, Skill, Vocabulary

__all__ = [
    "MAX_CV_BYTES",
    "FitCheck",
    "Match",
    "Scale",
    "Skill",
    "SkillsFound",
    "Vocabulary",
    "find_skills",
    "fit_check",
    "read_cv",
    "skills_in_cv",
]
