"""Recovery plans: the steps that follow a "no", as one readable rule table.

Day 0 is the day of the rejection. The plan depends on how far the application got, how
much the person wanted it, whether the "no" was said or was a silence, and whom they met.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, StrEnum

from nextyes.domain.contacts import Contact
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage


class StepKind(StrEnum):
    FEEL = "feel"
    THANK_YOU = "thank_you"
    CONNECT = "connect"
    FEEDBACK_REQUEST = "feedback_request"
    POST_MORTEM = "post_mortem"
    FIT_CHECK = "fit_check"
    REST = "rest"
    JUMP_BACK_IN = "jump_back_in"
    FOLLOW_UP = "follow_up"
    RECONNECT = "reconnect"
    WATCH_COMPANY = "watch_company"


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"


class Band(Enum):
    """How far the application got before the "no"."""

    APPLICATION = "application"
    SCREENING = "screening"
    INTERVIEW = "interview"  # interviewing, final round, or even an offer


def band_of(stage_reached: Stage) -> Band:
    if stage_reached is Stage.SCREENING:
        return Band.SCREENING
    if stage_reached in (Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER):
        return Band.INTERVIEW
    return Band.APPLICATION


def feel_days(stage_reached: Stage, excitement: int) -> int:
    """A short window to feel it, with no nudges: longer for a dream job or a final round."""
    late = stage_reached in (Stage.FINAL_ROUND, Stage.OFFER)
    if excitement >= 5 or (excitement >= 4 and late):
        return 3
    if excitement >= 4 or late:
        return 2
    return 1


# Offsets that depend on the feel-it window are written as "F+n": n days after it ends.
F = "F"

AP, SC, IV = Band.APPLICATION, Band.SCREENING, Band.INTERVIEW
BOTH = frozenset(RejectionForm)
SAID = frozenset({RejectionForm.EXPLICIT})
ALL_BANDS = frozenset(Band)


# The people a per-person step is about: those met during the process, or who vouched.
PROCESS = frozenset({"recruiter", "hiring_manager", "interviewer"})
REFERRER = frozenset({"referrer"})
NOBODY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StepRule:
    kind: StepKind
    bands: frozenset[Band]
    forms: frozenset[RejectionForm]
    day: int | tuple[str, int]  # fixed day, or (F, n): n days after the feel-it window
    people: frozenset[str] = NOBODY  # one step per linked person in these roles
    alone: bool = True  # a per-person rule with nobody linked: one step to find them
    variant: str = ""  # another wording for the same kind (see WORDING_FOR)


# The whole policy. Read a row as: "for these bands and forms, add this step on this day".
RULES: tuple[StepRule, ...] = (
    StepRule(StepKind.FOLLOW_UP,        ALL_BANDS,        frozenset({RejectionForm.SILENCE}), 0),
    StepRule(StepKind.FEEL,             ALL_BANDS,        BOTH, 0),
    StepRule(StepKind.FIT_CHECK,        frozenset({AP}),   BOTH, (F, 0)),
    StepRule(StepKind.THANK_YOU,        frozenset({SC, IV}), SAID, (F, 0), PROCESS),
    StepRule(StepKind.THANK_YOU,        ALL_BANDS,        BOTH, (F, 0), REFERRER, alone=False,
             variant="referrer"),
    StepRule(StepKind.CONNECT,          frozenset({IV}),   BOTH, (F, 0), PROCESS),
    StepRule(StepKind.FEEDBACK_REQUEST, frozenset({IV}),   SAID, (F, 0)),
    StepRule(StepKind.POST_MORTEM,      frozenset({SC, IV}), BOTH, (F, 1)),
    StepRule(StepKind.REST,             frozenset({IV}),   BOTH, (F, 2)),
    StepRule(StepKind.JUMP_BACK_IN,     frozenset({AP}),   BOTH, (F, 1)),
    StepRule(StepKind.JUMP_BACK_IN,     frozenset({SC}),   BOTH, (F, 2)),
    StepRule(StepKind.JUMP_BACK_IN,     frozenset({IV}),   BOTH, (F, 3)),
    StepRule(StepKind.WATCH_COMPANY,    frozenset({SC, IV}), BOTH, 30),
    StepRule(StepKind.RECONNECT,        frozenset({SC, IV}), BOTH, 90),
    StepRule(StepKind.RECONNECT,        frozenset({IV}),   BOTH, 182),
)  # fmt: skip

# Steps about one person: a plan keeps them in step with the people linked to it.
PER_PERSON = frozenset(rule.kind for rule in RULES if rule.people)


@dataclass(frozen=True)
class PlannedStep:
    kind: StepKind
    title: str
    why: str
    due_on: date
    contact_id: int | None = None
    variant: str = ""  # the variant of the rule that wrote it (not stored)


@dataclass(frozen=True)
class PlanInput:
    company: str
    role: str
    stage_reached: Stage
    excitement: int
    form: RejectionForm
    rejected_on: date
    contacts: tuple[Contact, ...] = ()
    followed_up_already: bool = False  # the silence sweep already asked for a follow-up
    feedback_known: bool = False  # feedback is recorded already: no need to ask for it


def plan_for(given: PlanInput) -> list[PlannedStep]:
    """The recovery plan for one rejection, in the order the steps fall due."""
    band = band_of(given.stage_reached)
    window = feel_days(given.stage_reached, given.excitement)
    steps: list[PlannedStep] = []
    for rule in RULES:
        if band not in rule.bands or given.form not in rule.forms:
            continue
        if rule.kind is StepKind.FOLLOW_UP and given.followed_up_already:
            continue
        if rule.kind is StepKind.FEEDBACK_REQUEST and given.feedback_known:
            continue
        offset = rule.day if isinstance(rule.day, int) else window + rule.day[1]
        due = given.rejected_on + timedelta(days=offset)
        if not rule.people:
            steps.append(_step(rule, given, due, window, None))
            continue
        people = [c for c in given.contacts if c.role.value in rule.people]
        for contact in people:
            steps.append(_step(rule, given, due, window, contact))
        if not people and rule.alone:
            steps.append(_step(rule, given, due, window, None))
    return sorted(steps, key=lambda s: s.due_on)


def _step(
    rule: StepRule, given: PlanInput, due: date, window: int, contact: Contact | None
) -> PlannedStep:
    title, why = WORDING_FOR.get((rule.kind, rule.variant), WORDING[rule.kind])
    who = contact.name if contact else None
    if rule.people and who is None:
        title = NO_CONTACT_TITLE[rule.kind]
    days = "a day" if window == 1 else f"{window} days"
    text = title.format(company=given.company, role=given.role, who=who, days=days)
    return PlannedStep(rule.kind, text, why, due, contact.id if contact else None, rule.variant)


NO_CONTACT_TITLE = {
    StepKind.THANK_YOU: "Find the person to thank at {company} (the recruiter or your interviewer)",
    StepKind.CONNECT: "Find someone at {company} to stay in touch with",
}

# Other words for a kind of step, by (kind, variant of its rule).
WORDING_FOR: dict[tuple[StepKind, str], tuple[str, str]] = {
    (StepKind.THANK_YOU, "referrer"): (
        "Let {who} know how it went, and thank them for the referral",
        "Someone who vouched for you will want to hear how it went, from you. A short note "
        "with your thanks keeps them glad they did, and happy to do it again.",
    ),
}

# Our own words. Kind, plain, never shaming.
WORDING: dict[StepKind, tuple[str, str]] = {
    StepKind.FEEL: (
        "Give yourself {days} to feel it; nothing else is asked of you",
        "Disappointment is a normal reaction to caring about something. Giving it a short, "
        "deliberate space makes it easier to put down afterwards.",
    ),
    StepKind.FOLLOW_UP: (
        "Send one polite follow-up to {company} about the {role} role",
        "Silence is often a busy inbox, not a verdict. One short, friendly message either gets "
        "you an answer or lets you close the loop with a clear conscience.",
    ),
    StepKind.FIT_CHECK: (
        "Look again at how well {role} at {company} fit you",
        "Most applications end before anyone reads them closely. A quick look at the fit "
        "tells you whether to aim the next ones differently or simply send more.",
    ),
    StepKind.THANK_YOU: (
        "Thank {who} for their time",
        "A short thank-you keeps the relationship warm. People remember candidates who were "
        "gracious after a no, and the next opening often goes to someone they remember.",
    ),
    StepKind.CONNECT: (
        "Connect with {who}",
        "A connection costs a minute and keeps the door open: future roles, referrals and "
        "advice all travel along the people you already know.",
    ),
    StepKind.FEEDBACK_REQUEST: (
        "Ask {company} politely for feedback",
        "Not everyone answers, but those who do give you the most specific advice you will "
        "get. Ask once, keep it short, and make it easy to reply.",
    ),
    StepKind.POST_MORTEM: (
        "Write a short post-mortem of the {company} process",
        "Writing down what went well, what caught you out and what to learn turns a "
        "disappointment into preparation for the next interview.",
    ),
    StepKind.REST: (
        "Take an evening off from the search",
        "Searching is tiring work. A deliberate break now makes the next push steadier.",
    ),
    StepKind.JUMP_BACK_IN: (
        "Jump back in: make this week's plan",
        "A concrete plan — how many applications, which roles, which channel, when — is the "
        "best-evidenced way back into momentum.",
    ),
    StepKind.WATCH_COMPANY: (
        "Check {company}'s openings again",
        "You already know the people and the process. New roles open often, and you would "
        "apply as a familiar name.",
    ),
    StepKind.RECONNECT: (
        "Reconnect with your contacts at {company}",
        "A friendly note months later — what you have been up to, a congratulation, an "
        "article — keeps you in mind when the next role opens.",
    ),
}
