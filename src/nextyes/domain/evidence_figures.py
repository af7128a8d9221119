"""The published figures NextYes quotes, each with its source, in one place.

Only figures listed in the project's evidence file belong here; the cards quote them in the
product's own words and never invent one. (The widely repeated "1 interview per 6
applications" has no traceable source, so it is deliberately absent.)"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    value: float
    year: int | None
    source: str


# Greenhouse candidate survey, 2024: about 2,500 people in the US, UK and Germany.
GHOSTED_AFTER_INTERVIEW_2024 = Figure(
    61, 2024, "Greenhouse candidate survey, 2024 (about 2,500 people in the US, UK and Germany)"
)
GHOSTED_AFTER_INTERVIEW_2023 = Figure(67, 2023, "Greenhouse candidate survey, 2023")
GHOSTED_INDEED_2021 = Figure(77, 2021, "Indeed, 2021")
# Same 2024 Greenhouse report: applications each recruiter handled in the third quarter.
APPLICATIONS_PER_RECRUITER = Figure(
    588, 2024, "Greenhouse, 2024 (applications per recruiter in Q3 2024)"
)

# One published hiring funnel (TalentWorks): per opening, applicants -> interviews -> offers.
FUNNEL_SOURCE = "TalentWorks hiring funnel: 426 applicants, 13 interviews, 2 offers"
FUNNEL_APPLICANTS = Figure(426, None, FUNNEL_SOURCE)
FUNNEL_INTERVIEWS = Figure(13, None, FUNNEL_SOURCE)
FUNNEL_INTERVIEW_PERCENT = Figure(3, None, FUNNEL_SOURCE)
FUNNEL_OFFERS = Figure(2, None, FUNNEL_SOURCE)
FUNNEL_OFFER_PERCENT = Figure(0.5, None, FUNNEL_SOURCE)

ALL_FIGURES: tuple[Figure, ...] = (
    GHOSTED_AFTER_INTERVIEW_2024,
    GHOSTED_AFTER_INTERVIEW_2023,
    GHOSTED_INDEED_2021,
    APPLICATIONS_PER_RECRUITER,
    FUNNEL_APPLICANTS,
    FUNNEL_INTERVIEWS,
    FUNNEL_INTERVIEW_PERCENT,
    FUNNEL_OFFERS,
    FUNNEL_OFFER_PERCENT,
)


def number(figure: Figure) -> str:
    """A figure as the cards print it: 61, 588, 0.5."""
    return f"{figure.value:g}"
