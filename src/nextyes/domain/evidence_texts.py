"""The words on the evidence cards, and the rules for saying a number honestly.

Written for the product; the published figures come from evidence_figures, never typed in
here. Counts under SMALL are said as "2 of 3": a percentage of three applications would
sound like a measurement when it is not one."""

from dataclasses import dataclass, field

from nextyes.domain.evidence_figures import (
    APPLICATIONS_PER_RECRUITER,
    FUNNEL_APPLICANTS,
    FUNNEL_INTERVIEW_PERCENT,
    FUNNEL_INTERVIEWS,
    FUNNEL_OFFER_PERCENT,
    FUNNEL_OFFERS,
    FUNNEL_SOURCE,
    GHOSTED_AFTER_INTERVIEW_2023,
    GHOSTED_AFTER_INTERVIEW_2024,
    GHOSTED_INDEED_2021,
    number,
)
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage

SMALL = 10
# Below this many applications sent, a rate means nothing yet.
MIN_SENT_FOR_RATES = 5


@dataclass(frozen=True)
class EvidenceCard:
    kind: str  # stable name: how_far, replies, too_early, silence, not_about_you
    headline: str
    body: str
    source: str | None  # None when only the person's own data is used
    numbers: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Focus:
    """The rejection the first cards are about."""

    company: str
    stage_reached: Stage
    form: RejectionForm


@dataclass(frozen=True)
class Tally:
    """Counts over the applications a person has sent."""

    sent: int
    answered: int  # moved past applied, or an explicit no
    interviewed: int  # ever reached interviewing or further
    quiet: int  # went silent at some point
    quiet_after_interview: int
    closed: int  # posting closed or cancelled


def share(part: int, whole: int, noun: str = "") -> str:
    """ "2 of 3", or "12 of 40 (30%)" from SMALL up; rounded down, so never 100% too soon."""
    if whole == 1 and noun.endswith("s"):
        noun = noun[:-1]  # "1 of 1 application"
    text = f"{part} of {whole}{noun}"
    if whole < SMALL:
        return text
    percent = part * 100 // whole
    return f"{text} (under 1%)" if percent == 0 and part > 0 else f"{text} ({percent}%)"


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


AFTER = {
    Stage.APPLIED: "after you applied",
    Stage.SCREENING: "after a screening call",
    Stage.INTERVIEWING: "after an interview",
    Stage.FINAL_ROUND: "after the final round",
    Stage.OFFER: "after an offer",
}
HEADLINE = {
    Stage.SCREENING: "Screening calls",
    Stage.INTERVIEWING: "Interviews",
    Stage.FINAL_ROUND: "Final round",
    Stage.OFFER: "Offers",
}
AS_FAR_AS = {
    Stage.SCREENING: "a screening call",
    Stage.INTERVIEWING: "interviews",
    Stage.FINAL_ROUND: "the final round",
    Stage.OFFER: "an offer",
}
MEANING = {
    Stage.SCREENING: "Someone read your application and chose to talk with you; that part "
    "of your search is working.",
    Stage.INTERVIEWING: "They read your application, spoke with you and gave you interview "
    "time: they saw a real candidate.",
    Stage.FINAL_ROUND: "By the final round they believed you could do the job. The choice "
    "then is between people they would be glad to hire, and it can turn on things you "
    "never see.",
    Stage.OFFER: "They chose you. Whatever happened next does not undo that.",
}


def how_far_card(focus: Focus, reached: int, sent: int) -> EvidenceCard:
    """How far this application got, next to the rest of the search."""
    numbers: dict[str, float] = {"reached": reached, "sent": sent}
    stage = focus.stage_reached
    if stage not in HEADLINE:  # ended at the application stage
        what = (
            "turned down an application, not a person they had met"
            if focus.form is RejectionForm.EXPLICIT
            else "never answered, and nobody there had met you yet"
        )
        further = (
            f"Across your search, {share(reached, sent, ' applications')} went on to a call"
            " or further, so your applications do get read."
            if reached
            else "None of yours has reached a call yet, and it only takes one."
        )
        return EvidenceCard(
            kind="how_far",
            headline="This one ended before anyone met you",
            body=f"{focus.company} {what}. {further}",
            source=None,
            numbers=numbers,
        )
    return EvidenceCard(
        kind="how_far",
        headline=f"{HEADLINE[stage]} in {share(reached, sent, ' applications')}",
        body=f"With {focus.company} you got as far as {AS_FAR_AS[stage]}. {MEANING[stage]}",
        source=None,
        numbers=numbers,
    )


def replies_card(tally: Tally) -> EvidenceCard:
    """How often the person's applications get an answer, next to a published funnel."""
    beats = tally.interviewed * 100 > FUNNEL_INTERVIEW_PERCENT.value * tally.sent
    body = (
        "An answer means a call, an interview or a clear no; silence does not count. You"
        f" reached an interview in {share(tally.interviewed, tally.sent, ' applications')}."
        f"{' That is a higher interview rate than the funnel below.' if beats else ''}"
        f" For scale, one published hiring funnel counted {number(FUNNEL_APPLICANTS)}"
        f" applicants for an opening: {number(FUNNEL_INTERVIEWS)} were interviewed (about"
        f" {number(FUNNEL_INTERVIEW_PERCENT)}%) and {number(FUNNEL_OFFERS)} received offers"
        f" (about {number(FUNNEL_OFFER_PERCENT)}%). For anyone, a no is the most likely"
        " outcome of a single application."
    )
    return EvidenceCard(
        kind="replies",
        headline=f"Answers to {share(tally.answered, tally.sent, ' applications')}",
        body=body,
        source=FUNNEL_SOURCE,
        numbers={
            "sent": tally.sent,
            "answered": tally.answered,
            "interviewed": tally.interviewed,
            "funnel_applicants": FUNNEL_APPLICANTS.value,
            "funnel_interviews": FUNNEL_INTERVIEWS.value,
            "funnel_offers": FUNNEL_OFFERS.value,
        },
    )


def too_early_card(tally: Tally) -> EvidenceCard:
    later = (
        f"Once you have sent {MIN_SENT_FOR_RATES}, this card shows how often yours get an"
        " answer, next to a published hiring funnel."
    )
    if tally.sent == 0:
        headline = "Nothing sent yet, so nothing to measure"
        body = f"There are no numbers yet, and none of them would be about you. {later}"
    else:
        headline = "Too early to read the numbers"
        body = (
            f"You have sent {tally.sent} {_plural(tally.sent, 'application', 'applications')}"
            f" so far: too few to say anything about you or your chances. {later}"
        )
    return EvidenceCard(
        kind="too_early",
        headline=headline,
        body=body,
        source=None,
        numbers={"sent": tally.sent, "minimum": MIN_SENT_FOR_RATES},
    )


def silence_card(tally: Tally, quiet_stage: Stage | None = None) -> EvidenceCard:
    """How common silence is: the person's own share next to published surveys."""
    parts = []
    if quiet_stage is not None:
        parts.append(f"This one went quiet {AFTER.get(quiet_stage, 'after you applied')}.")
    if tally.sent:
        after_interview = share(tally.quiet_after_interview, tally.interviewed)
        interview = (
            f"; of those that reached an interview, {after_interview} did"
            if tally.interviewed
            else ""
        )
        parts.append(
            f"Across your search, {share(tally.quiet, tally.sent, ' applications')} went"
            f" quiet at some point{interview}."
        )
    g24, g23, indeed = (
        GHOSTED_AFTER_INTERVIEW_2024,
        GHOSTED_AFTER_INTERVIEW_2023,
        GHOSTED_INDEED_2021,
    )
    parts.append(
        f"It happens to most candidates: in Greenhouse's {g24.year} survey, {number(g24)}%"
        f" said an employer went silent on them after an interview ({number(g23)}% in"
        f" {g23.year}), and Indeed found {number(indeed)}% in {indeed.year}."
        " Silence tells you about their process, not about you."
    )
    return EvidenceCard(
        kind="silence",
        headline="Silence is common, and it is not a verdict on you",
        body=" ".join(parts),
        source=f"{g24.source}; {g23.source}; {indeed.source}",
        numbers={
            "sent": tally.sent,
            "quiet": tally.quiet,
            "interviewed": tally.interviewed,
            "quiet_after_interview": tally.quiet_after_interview,
            "greenhouse_2024_percent": g24.value,
            "greenhouse_2023_percent": g23.value,
            "indeed_2021_percent": indeed.value,
        },
    )


def not_about_you_card(tally: Tally) -> EvidenceCard:
    """Reasons companies give that have nothing to do with the person."""
    pool = APPLICATIONS_PER_RECRUITER
    own = (
        f" In your own search, {tally.closed}"
        f" {_plural(tally.closed, 'posting was', 'postings were')} closed or cancelled"
        " before anyone decided."
        if tally.closed
        else ""
    )
    return EvidenceCard(
        kind="not_about_you",
        headline="Many reasons for a no have nothing to do with you",
        body=(
            "Roles go to internal candidates, get frozen or cancelled, or draw more"
            " applications than anyone can read closely: in the third quarter of"
            f" {pool.year}, recruiters each handled about {number(pool)} applications."
            " Near the end, another finalist may simply bring one piece of experience the"
            f" team wanted that week.{own}"
        ),
        source=pool.source,
        numbers={"applications_per_recruiter": pool.value, "closed": tally.closed},
    )
