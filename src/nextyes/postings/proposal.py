"""From what a posting's page says to the application a person is asked to save.

The application keeps a yearly salary range in whole numbers; a posting may pay by the hour
or the month, in cents. Rather than squeeze such pay into the wrong box, it goes into the
notes as the posting says it, and the person is told. Everything that was not found is
named too: nothing is half-filled without saying so."""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from nextyes.postings.reader import PostingRead

PERIOD_WORDS = {"hour": "an hour", "day": "a day", "week": "a week", "month": "a month"}
EMPLOYMENT_WORDS = {
    "full_time": "full time",
    "part_time": "part time",
    "contractor": "contract",
    "temporary": "temporary",
    "intern": "internship",
    "volunteer": "volunteer",
    "per_diem": "paid by the day",
}
FIELD_WORDS = {
    "title": "the job title",
    "company": "the employer",
    "location": "where the job is",
    "salary": "the pay",
    "date_posted": "when it was posted",
    "description": "the description",
}


@dataclass(frozen=True)
class Proposal:
    """The application a posting suggests, before the person looks it over."""

    company: str
    role: str
    link: str | None
    location: str | None
    description: str | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    notes: str | None
    said: tuple[str, ...]  # what the person should know about what was (not) found
    closed: bool


def propose(read: PostingRead, today: date) -> Proposal:
    said: list[str] = []
    notes: list[str] = []
    low, high, currency = _yearly_salary(read)
    if read.salary_period not in (None, "year") and (read.salary_min or read.salary_max):
        pay = _pay_words(read)
        notes.append(f"Pay: {pay}")
        said.append(f"The pay is {pay}; it is in the notes, since the salary fields are yearly.")
    if read.employment_type:
        kinds = [EMPLOYMENT_WORDS.get(k, k.replace("_", " ")) for k in read.employment_type]
        notes.append(f"Type: {', '.join(kinds)}")
    if read.date_posted:
        notes.append(f"Posted: {read.date_posted.isoformat()}")
    if read.valid_through:
        notes.append(f"Open until: {read.valid_through.isoformat()}")
        if read.valid_through < today and not read.closed:
            said.append(
                f"The posting says it was open until {read.valid_through.isoformat()};"
                " it may have closed."
            )
    if read.closed:
        said.append("The page says this job is no longer open.")
    elif not read.is_posting:
        # A page without a posting's usual signs may still be one (a small employer's own
        # page): shown for the person to judge, never refused for lack of markup.
        said.append(
            "This page does not look like a job posting to NextYes; check what it found,"
            " or type the details yourself."
        )
    missing = [FIELD_WORDS[name] for name in read.missing if name in FIELD_WORDS]
    if missing:
        said.append(f"Not found on the page: {_listed(missing)}. Fill in what you know.")
    return Proposal(
        company=read.company or "",
        role=read.title or "",
        link=read.url,
        location=read.location,
        description=_description(read),
        salary_min=low,
        salary_max=high,
        salary_currency=currency,
        notes="\n".join(["From the posting:", *notes]) if notes else None,
        said=tuple(said),
        closed=read.closed,
    )


def _yearly_salary(read: PostingRead) -> tuple[int | None, int | None, str | None]:
    if read.salary_period not in (None, "year"):
        return None, None, None
    low, high = _whole(read.salary_min), _whole(read.salary_max)
    if low is None and high is None:
        return None, None, None
    return low, high, read.salary_currency


def _whole(amount: Decimal | None) -> int | None:
    if amount is None:
        return None
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _pay_words(read: PostingRead) -> str:
    figures = [_figure(a) for a in (read.salary_min, read.salary_max) if a is not None]
    if len(figures) == 2 and figures[0] == figures[1]:
        figures = figures[:1]
    amount = " to ".join(figures)
    if read.salary_min is not None and read.salary_max is None:
        amount = f"from {amount}"
    currency = f" {read.salary_currency}" if read.salary_currency else ""
    period = PERIOD_WORDS.get(read.salary_period or "", f"per {read.salary_period}")
    return f"{amount}{currency} {period}"


def _figure(amount: Decimal) -> str:
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"
    return f"{amount:,.2f}"


def _description(read: PostingRead) -> str | None:
    parts = [read.description] if read.description else []
    if read.qualifications:
        parts.append(f"Qualifications:\n{read.qualifications}")
    if read.skills:
        parts.append(f"Skills: {', '.join(read.skills)}")
    return "\n\n".join(parts) or None


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
