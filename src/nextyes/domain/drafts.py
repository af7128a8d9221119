"""Drafts: the messages NextYes writes for the person, filled from their own data.

A draft never shows an unfilled field: what is missing is left out gracefully and listed in
`missing`, so the person can add it. A LinkedIn connection note never exceeds its limit.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from nextyes.domain.draft_wording import (
    BREAK,
    CLOSING,
    GREETING,
    HEADLINE,
    HEADLINE_LINE,
    NEWS,
    NEWS_LINE,
    NO_NAME_GREETING,
    REASON,
    REASON_LINE,
    REFERRER_THANKS,
    THANKS_FOR,
    THANKS_FOR_ANYONE,
    WORDING,
    Line,
)
from nextyes.domain.draft_wording import DraftKind as DraftKind  # re-exported
from nextyes.domain.draft_wording import Tone as Tone  # re-exported
from nextyes.domain.history import PastJob
from nextyes.domain.recovery import StepKind
from nextyes.domain.steps import Step

CONNECTION_LIMIT = 300  # LinkedIn's limit for a note with an invitation
ELLIPSIS = "…"


@dataclass(frozen=True)
class News:
    """Something new the person did: a skill ("learning", "done") or a recent job ("job")."""

    kind: str
    what: str
    where: str | None = None


@dataclass(frozen=True)
class DraftInput:
    kind: DraftKind
    tone: Tone
    company: str
    role: str
    contact_name: str | None = None
    contact_role: str | None = None
    contact_email: str | None = None
    sender_name: str | None = None
    headline: str | None = None
    news: News | None = None
    reason: str | None = None  # never quoted: it only tells whether they explained
    include_reason: bool = False  # thank them for explaining their decision


@dataclass(frozen=True)
class Written:
    subject: str | None
    body: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Draft:
    id: int
    application_id: int
    contact_id: int | None
    kind: DraftKind
    tone: Tone
    subject: str | None
    body: str
    mailto: str
    missing: tuple[str, ...]
    created_at: datetime
    sent_at: datetime | None = None


@dataclass(frozen=True)
class Profile:
    name: str | None = None
    headline: str | None = None


def write_draft(given: DraftInput) -> Written:
    wording = WORDING[given.kind, given.tone]
    if given.kind is DraftKind.THANK_YOU and given.contact_role == "referrer":
        wording = REFERRER_THANKS[given.tone]
    fields = _fields(given)
    subject = wording.subject.format(**fields) if wording.subject else None
    if given.kind is DraftKind.CONNECTION_NOTE:
        body = _note(wording.lines, given, fields)
    else:
        body = _email(wording.lines, given, fields)
    return Written(subject, body, _missing(given))


def mailto_link(email: str | None, subject: str | None, body: str) -> str:
    """A mailto: link that opens the draft in the person's mail program."""
    to = quote(email, safe="@") if email else ""
    params = [f"subject={quote(subject, safe='')}"] if subject else []
    params.append(f"body={quote(body, safe='')}")
    return f"mailto:{to}?{'&'.join(params)}"


def news_from(skills: Sequence[tuple[str, str]], job: PastJob | None) -> News | None:
    """The newest skill being learnt or learnt (skills come newest first), else the latest
    job; a skill still only to learn is not news yet."""
    for name, status in skills:
        if status in ("learning", "done") and _clean(name):
            return News(status, _clean(name))
    if job is not None:
        return News("job", _clean(job.role), _clean(job.company))
    return None


SENT_STEP = {
    DraftKind.THANK_YOU: StepKind.THANK_YOU,
    DraftKind.DOOR_OPEN: StepKind.WATCH_COMPANY,
    DraftKind.CONNECTION_NOTE: StepKind.CONNECT,
    DraftKind.FEEDBACK_REQUEST: StepKind.FEEDBACK_REQUEST,
    DraftKind.FOLLOW_UP: StepKind.FOLLOW_UP,
    DraftKind.RECONNECT: StepKind.RECONNECT,
}
PER_CONTACT = frozenset({StepKind.THANK_YOU, StepKind.CONNECT})


def step_for_sent(kind: DraftKind, contact_id: int | None, steps: Sequence[Step]) -> Step | None:
    """The open plan step a sent draft completes: for a thank-you or a connection, the step
    about that person (or about nobody in particular); otherwise the earliest one due."""
    step_kind = SENT_STEP.get(kind)
    found = [s for s in steps if s.is_open and s.kind is step_kind]
    if step_kind in PER_CONTACT:
        mine = [s for s in found if s.contact_id == contact_id and contact_id is not None]
        found = mine or [s for s in found if s.contact_id is None]
    return min(found, key=lambda s: (s.due_on, s.id), default=None)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _fields(given: DraftInput) -> dict[str, str]:
    name = _clean(given.contact_name)
    news = given.news
    return {
        "company": _clean(given.company) or "the company",
        "role": _clean(given.role) or "open",
        "name": name,
        "first": name.split(" ")[0] if name else "",
        "me": _clean(given.sender_name),
        "headline": _clean(given.headline).rstrip("."),
        "thanks_for": THANKS_FOR.get(given.contact_role or "", THANKS_FOR_ANYONE),
        "what": _clean(news.what) if news else "",
        "where": _clean(news.where) if news else "",
    }


def _sentence(text: str, given: DraftInput, fields: dict[str, str]) -> str | None:
    """One line filled in, or None when it is a slot with nothing to put in it."""
    if text == REASON:  # thanks for explaining, in general words: never their reason itself
        explained = given.include_reason and _clean(given.reason)
        return REASON_LINE[given.tone] if explained else None
    if text == NEWS:
        news = given.news
        return NEWS_LINE[news.kind].format(**fields) if news and fields["what"] else None
    if text == HEADLINE:
        return HEADLINE_LINE.format(**fields) if fields["headline"] else None
    return text.format(**fields)


def _greeting(given: DraftInput, fields: dict[str, str]) -> str:
    return GREETING[given.tone].format(**fields) if fields["name"] else NO_NAME_GREETING


def _email(lines: Sequence[Line], given: DraftInput, fields: dict[str, str]) -> str:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.text == BREAK:
            paragraphs.append([])
        elif (sentence := _sentence(line.text, given, fields)) is not None:
            paragraphs[-1].append(sentence)
    with_name, alone = CLOSING[given.tone]
    if fields["me"]:
        signature = "\n".join(x for x in (with_name, fields["me"], fields["headline"]) if x)
    else:
        signature = alone
    texts = [" ".join(p) for p in paragraphs if p]
    return "\n\n".join([_greeting(given, fields), *texts, signature])


def _note(lines: Sequence[Line], given: DraftInput, fields: dict[str, str]) -> str:
    """The connection note within the limit: drop optional sentences (least needed first),
    then shorten the names, company and role with an ellipsis; never longer than the limit."""
    levels = sorted({line.drop for line in lines if line.drop}, reverse=True)
    text = _note_text(lines, given, fields)
    for level in levels:
        if len(text) <= CONNECTION_LIMIT:
            return text
        lines = [line for line in lines if line.drop < level]
        text = _note_text(lines, given, fields)
    shortenable = ("company", "role", "name", "first", "me")
    cap = max(len(fields[key]) for key in shortenable)
    while len(text) > CONNECTION_LIMIT and cap > 1:
        cap -= 1
        shorter = {**fields, **{key: _cut(fields[key], cap) for key in shortenable}}
        text = _note_text(lines, given, shorter)
    return text if len(text) <= CONNECTION_LIMIT else _cut(text, CONNECTION_LIMIT)


def _note_text(lines: Sequence[Line], given: DraftInput, fields: dict[str, str]) -> str:
    sentences = [_sentence(line.text, given, fields) for line in lines]
    text = " ".join(s for s in sentences if s)
    sign = f"\n{CLOSING[given.tone][0]} {fields['me']}" if fields["me"] else ""
    return f"{_greeting(given, fields)}\n{text}{sign}"


def _cut(text: str, cap: int) -> str:
    return text if len(text) <= cap else text[: max(cap - 1, 0)].rstrip() + ELLIPSIS


def _missing(given: DraftInput) -> tuple[str, ...]:
    """What the person could add to make the draft their own, in plain words."""
    hints: list[str] = []
    if not _clean(given.sender_name):
        hints.append("your name (set it once: Settings, About you; or nextyes profile --name)")
    name = _clean(given.contact_name)
    if not name:
        hints.append("the name of the person it is for, e.g. the recruiter (choose who it is to)")
    elif not given.contact_email and given.kind is not DraftKind.CONNECTION_NOTE:
        hints.append(f"{name}'s email address, so the link opens addressed to them")
    if given.kind is DraftKind.CONNECTION_NOTE and not _clean(given.headline):
        hints.append("a line about you (Settings, About you; or nextyes profile --headline)")
    if given.kind is DraftKind.RECONNECT and given.news is None:
        hints.append("something new you did: a skill you are learning, or a recent job")
    if given.include_reason and not _clean(given.reason):
        hints.append("the reason they gave (none was recorded with the rejection)")
    return tuple(hints)
