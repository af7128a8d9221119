"""The inbox rules, pure: which application a job message is about, and what to do with it.

Linking reads the company from wherever a message shows it: the sender's domain, an
applicant-tracking system's sub-domain or link (acme.greenhouse.io, jobs.lever.co/acme),
the display name ("Acme Talent Team"), the subject, a signature, or (for job boards such as
LinkedIn, whose sender says nothing about the company) the text itself; rapidfuzz forgives
small differences ("Acme Health Inc." and acmehealth.com). The role decides between two
applications at the same company.

Deciding weighs the classification, its threshold and the link: act only when all three are
sure and the change is one the search allows; otherwise ask the person (review) or leave it.
A rejection is never recorded on a guess."""

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from nextyes.classify.labels import Label
from nextyes.domain.stages import FINAL, IN_PROCESS, PIPELINE, Stage, allowed_moves

CERTAIN = 85.0  # a link at least this strong, and clearly ahead of the next, is acted on
SUGGEST = 70.0  # weaker links are only offered to the person as a suggestion
MARGIN = 8.0  # how far ahead of the next application a link must be to count as certain


@dataclass(frozen=True)
class Candidate:
    """An application a message could be about."""

    id: int
    company: str
    role: str
    stage: Stage
    stage_since: date


@dataclass(frozen=True)
class Letter:
    """The parts of a message linking reads."""

    sender: str  # address, lower case
    sender_name: str
    subject: str
    body: str


@dataclass(frozen=True)
class Link:
    application_id: int | None
    score: float  # 0-100: how sure the link is
    certain: bool
    how: str  # what gave the company away, e.g. "ATS sub-domain"
    company: str | None = None  # the company as the message names it (for a new application)
    role: str | None = None  # the role as the message names it


# Applicant-tracking systems: the sender's domain says only "an ATS"; the company is in a
# sub-domain, the local part, a link path or the display name.
ATS_DOMAINS = frozenset({
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "myworkdayjobs.com",
    "workday.com", "smartrecruiters.com", "ashbyhq.com", "workable.com", "workablemail.com",
    "bamboohr.com", "icims.com", "jobvite.com", "taleo.net", "recruitee.com", "teamtailor.com",
    "teamtailor-mail.com", "personio.de", "personio.com", "breezy.hr", "pinpointhq.com",
    "successfactors.com", "successfactors.eu", "sapsf.com", "applytojob.com", "jazzhr.com",
    "rippling-ats.com", "dover.io", "comeet.co", "homerun.co", "join.com", "freshteam.com",
})  # fmt: skip
# Job boards and networks: the company is somewhere in the subject or the text.
JOB_BOARDS = frozenset({
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "ziprecruiter.com",
    "monster.com", "stepstone.de", "stepstone.com", "xing.com", "welcometothejungle.com",
    "otta.com", "wellfound.com", "angel.co", "dice.com", "seek.com.au", "reed.co.uk",
    "totaljobs.com", "hired.com", "joinhandshake.com", "simplyhired.com", "careerbuilder.com",
    "jobs.ch", "jobindex.dk", "infojobs.net", "naukri.com",
})  # fmt: skip
# Personal mail: the domain says nothing about an employer.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
    "web.de", "mail.com", "fastmail.com", "hey.com", "yandex.ru", "zoho.com",
})  # fmt: skip
# Parts of a host name or sender name that are about mail, not about the company.
_NOISE_LABELS = frozenset({
    "www", "mail", "email", "e", "m", "mg", "em", "hire", "jobs", "job", "careers", "career",
    "app", "apps", "boards", "job-boards", "apply", "notifications", "notification", "no-reply",
    "noreply", "donotreply", "do-not-reply", "us", "eu", "uk", "talent", "recruiting", "hr",
    "people", "team", "info", "news", "mailer", "bounce", "reply",
})  # fmt: skip
_NAME_NOISE = re.compile(
    r"\b(talent( acquisition)?|recruiting|recruitment|recrutement|careers?|jobs?|hiring|hr|rh|"
    r"people|team|personalabteilung|karriere|"
    r"notifications?|no-?reply|do not reply|via \w+|at|the|from|on behalf of)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(inc|incorporated|ltd|limited|llc|llp|gmbh|ag|plc|corp|corporation|co|company|sa|sas|"
    r"bv|nv|oy|ab|as|srl|spa|pty|group)\b\.?",
    re.IGNORECASE,
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
_ATS_LINK = re.compile(
    r"(?:https?://)?(?:(?P<sub>[\w-]+)\.(?:wd\d+\.)?(?:myworkdayjobs\.com|greenhouse\.io|"
    r"bamboohr\.com|recruitee\.com|teamtailor\.com|applytojob\.com|breezy\.hr|"
    r"jobs\.personio\.de|pinpointhq\.com)"
    r"|(?:jobs\.lever\.co|boards\.greenhouse\.io|job-boards\.greenhouse\.io|jobs\.ashbyhq\.com|"
    r"apply\.workable\.com|jobs\.smartrecruiters\.com|jobs\.jobvite\.com)/(?P<path>[\w-]+))",
    re.IGNORECASE,
)
# "Thank you for applying to Acme", "your application at Acme Health", "Acme has viewed".
_COMPANY_PHRASES = (
    re.compile(
        r"(?:applying|application|applied|interest)\s+(?:to|at|with|in)\s+(?:join\s+)?"
        r"(?P<c>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
    ),
    re.compile(r"(?:sent|submitted) to (?P<c>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"),
    re.compile(r"(?P<c>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}) (?:has|have) (?:received|viewed)"),
)
_ROLE_PHRASES = (
    re.compile(
        r"(?:application|applying|applied)\s+for\s+(?:the\s+)?(?P<r>[A-Z][^|\n:]{2,80}?)"
        r"(?:\s+(?:at|with)\s+.*)?$"
    ),
    re.compile(
        r"(?:for|to|in) (?:the |our |a |an )?(?:position of |role of )?"
        r"(?P<r>[A-Z][\w/&+,.'-]*(?:\s+[\w/&+.'()-]+){0,6}?)\s+"
        r"(?:position|role|opening|vacancy|job)\b"
    ),
    re.compile(
        r"(?:for|to) (?:the |our |a |an )?(?P<r>[A-Z][\w/&+.'-]*(?:\s+[\w/&+.'()-]+){0,5}?)"
        r"\s+(?:at|with)\s+[A-Z]"
    ),
    re.compile(
        r"^(?:re:\s*)?(?:application(?: received)?|applied)\s*[:\-\u2013]\s*(?P<r>[^|@\n]{3,80})",
        re.IGNORECASE,
    ),
)
_ROLE_TAIL = re.compile(r"\s+(?:position|role|opening|vacancy|job)$", re.IGNORECASE)
_FINAL = re.compile(r"\bfinal[- ](?:round|interview|stage)|\bonsite\b|\bon-site\b", re.IGNORECASE)


@lru_cache(maxsize=16_384)
def normal(name: str) -> str:
    """A company name for comparison: no accents, legal forms, spaces or punctuation."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = _LEGAL.sub(" ", text.replace("&", " and "))
    return re.sub(r"[^a-z0-9]", "", text)


def registered_name(domain: str) -> str:
    """The organisation's label of a host: careers.acme.co.uk -> acme."""
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) < 2:
        return labels[0] if labels else ""
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2]


def _base_domain(domain: str) -> str:
    labels = domain.lower().split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def sender_kind(domain: str) -> str:
    """'ats', 'job board', 'personal' or 'company'."""
    base = _base_domain(domain)
    if base in ATS_DOMAINS or domain in ATS_DOMAINS:
        return "ats"
    if base in JOB_BOARDS or domain in JOB_BOARDS:
        return "job board"
    if base in FREE_MAIL or not domain:
        return "personal"
    return "company"


@dataclass(frozen=True)
class Hint:
    """A name the message gives for the company, how it was found, and how much it counts."""

    text: str
    how: str
    weight: float


def company_hints(letter: Letter) -> list[Hint]:
    """Every place the message names a company, strongest first."""
    domain = letter.sender.rpartition("@")[2]
    local = letter.sender.rpartition("@")[0]
    kind = sender_kind(domain)
    hints: list[Hint] = []
    if kind == "ats":
        labels = domain.split(".")[: -len(_base_domain(domain).split("."))]
        for label in labels:
            if label not in _NOISE_LABELS and not re.fullmatch(r"wd\d+", label):
                hints.append(Hint(label, "ATS sub-domain", 98))
        if local and local not in _NOISE_LABELS and not local.startswith(("no-reply", "noreply")):
            hints.append(Hint(local, "ATS sender", 92))
    elif kind == "company":
        hints.append(Hint(registered_name(domain), "sender domain", 96))
    for match in _ATS_LINK.finditer(letter.body[:20_000]):
        slug = match.group("sub") or match.group("path") or ""
        if slug.lower() not in _NOISE_LABELS:
            hints.append(Hint(slug, "ATS link", 94))
    name = _company_in_name(letter.sender_name)
    if kind == "ats" and not name:
        name = " ".join(_NAME_NOISE.sub(" ", letter.sender_name).split())  # sent for a company
    if name and kind != "job board":
        hints.append(Hint(name, "display name", 90 if kind != "personal" else 85))
    for phrase in _COMPANY_PHRASES:
        for source, weight in ((letter.subject, 88), (letter.body[:3_000], 80)):
            found = phrase.search(source)
            if found:
                hints.append(Hint(found.group("c"), "named in the text", weight))
    return hints


def _company_in_name(sender_name: str) -> str:
    """'Acme Health Talent Team' -> 'Acme Health'; 'Jane Doe | Acme' -> 'Acme'; a person's
    name alone gives nothing."""
    if not sender_name:
        return ""
    for separator in ("|", " at ", " @ ", " - ", " \u2013 ", "(", ","):
        if separator in sender_name:
            tail = sender_name.split(separator, 1)[1].strip(" )")
            return _NAME_NOISE.sub(" ", tail).strip(" -|,")
    stripped = _NAME_NOISE.sub(" ", sender_name)
    if stripped.split() == sender_name.split():
        return ""  # nothing about hiring in it: most likely a person's name
    return " ".join(stripped.split())


@lru_cache(maxsize=4_096)
def _names(company: str) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """A company's compared form and the patterns that find it named in text (cached: the
    same applications are looked for in every message of an import)."""
    short = company.strip()
    plain = _LEGAL.sub("", short).strip(" ,.")
    patterns = tuple(
        re.compile(r"(?<![\w])" + re.escape(name.casefold()) + r"(?![\w])")
        for name in dict.fromkeys((short, plain))
        if len(normal(name)) >= 3
    )
    return normal(company), patterns


@dataclass(frozen=True)
class _Texts:
    """A message's texts, lower-cased once for every application compared with it."""

    subject: str
    signature: str
    body: str

    @classmethod
    def of(cls, letter: Letter) -> "_Texts":
        return cls(
            letter.subject.casefold(),
            _signature(letter.body).casefold(),
            letter.body[:5_000].casefold(),
        )


def _company_score(
    candidate: Candidate, hints: Sequence[tuple[str, Hint]], texts: _Texts
) -> tuple[float, str]:
    target, patterns = _names(candidate.company)
    if not target:
        return 0.0, ""
    best, how = 0.0, ""
    for found, hint in hints:
        if found == target:
            similarity = 100.0
        elif (
            len(found) >= 4
            and len(target) >= 4
            and (target.startswith(found) or found.startswith(target))
        ):
            similarity = 92.0  # "acme" for "Acme Health", "lumenhealth" for "Lumen"
        else:
            similarity = fuzz.ratio(found, target, score_cutoff=85)
        score = hint.weight * similarity / 100 if similarity >= 85 else 0.0
        if score > best:
            best, how = score, hint.how
    for pattern in patterns:
        if best < 88 and pattern.search(texts.subject):
            best, how = 88.0, "named in the subject"
        elif best < 86 and pattern.search(texts.signature):
            best, how = 86.0, "signature"
        elif best < 72 and pattern.search(texts.body):
            best, how = 72.0, "named in the text"
    return best, how


def _signature(body: str) -> str:
    lines = [line for line in body[-2_000:].splitlines() if line.strip()]
    return "\n".join(lines[-8:])


def _role_score(candidate: Candidate, letter: Letter) -> float:
    role = candidate.role.casefold()
    if not role:
        return 0.0
    subject = letter.subject.casefold()
    body = letter.body[:3_000].casefold()
    return max(
        fuzz.partial_ratio(role, subject) if len(subject) >= 4 else 0.0,
        fuzz.partial_ratio(role, body) * 0.95 if len(body) >= 4 else 0.0,
    )


def link_message(
    letter: Letter,
    candidates: Iterable[Candidate],
    known_senders: Mapping[str, int] | None = None,
) -> Link:
    """The application this message is most likely about, how sure that is, and (for a
    message about no known application) the company and role it names."""
    hints = company_hints(letter)
    company, role = guess_company(letter, hints), guess_role(letter)
    pool = list(candidates)
    known = (known_senders or {}).get(letter.sender)
    if known is not None and any(c.id == known for c in pool):
        return Link(known, 97.0, True, "sender seen before", company, role)
    scored: list[tuple[float, float, Candidate, str]] = []
    compared = [(normal(h.text), h) for h in hints]
    compared = [(found, h) for found, h in compared if found]
    texts = _Texts.of(letter)
    by_company: dict[str, tuple[float, str]] = {}  # a search has many applications per company
    for candidate in pool:
        if candidate.company not in by_company:
            by_company[candidate.company] = _company_score(candidate, compared, texts)
        score, how = by_company[candidate.company]
        if score >= SUGGEST:
            scored.append((score, _role_score(candidate, letter), candidate, how))
    if not scored:
        return Link(None, 0.0, False, "no matching application", company, role)
    scored.sort(key=lambda s: (s[0], s[1], _liveliness(s[2]), s[2].stage_since), reverse=True)
    score, role_fit, best, how = scored[0]
    same_company = [s for s in scored[1:] if s[0] >= score - MARGIN]
    certain = score >= CERTAIN
    if same_company:
        # Two applications at one company: the role decides, else an open one over a closed
        # one; failing both, the person does.
        other_fit = max(s[1] for s in same_company)
        open_rivals = [s for s in same_company if _liveliness(s[2]) == _liveliness(best)]
        if role_fit >= 80 and role_fit - other_fit >= 10:
            how += " and role"
        elif not open_rivals:
            how += ", the open application"
        else:
            certain = False
            how += " (more than one application there)"
    return Link(best.id, score, certain, how, company, role)


class OpenSenders:
    """Who writes for the person's open applications, going by the sender alone: an address
    that wrote about one before, the company's own mail domain, or a display name naming
    the company. The import lets the model read such a sender's mail even without a
    job-search word ("sorry, we're all sorted for Saturday" from the café applied to).
    Built per chunk of an import; a look-up is a set and a dict, cheap on a big mailbox."""

    def __init__(self, candidates: Iterable[Candidate], known: Mapping[str, int]) -> None:
        live = {c.id for c in candidates if _liveliness(c) >= 2}
        self._known = {sender for sender, app in known.items() if app in live}
        # Two names compared as linking does ("acme" for "Acme Health") share their first
        # four letters, so only those few are compared with each sender.
        self._names: dict[str, set[str]] = {}
        for candidate in candidates:
            name = normal(candidate.company)
            if candidate.id in live and len(name) >= 3:
                self._names.setdefault(name[:4], set()).add(name)

    def __bool__(self) -> bool:
        return bool(self._known or self._names)

    def writes_for_one(self, sender: str, sender_name: str) -> bool:
        if sender in self._known:
            return True
        domain = sender.rpartition("@")[2]
        kind = sender_kind(domain)
        names = [registered_name(domain)] if kind == "company" else []
        if kind != "job board":
            names.append(_company_in_name(sender_name))
        for found in map(normal, names):
            for target in self._names.get(found[:4], ()) if len(found) >= 3 else ():
                if found == target or (
                    min(len(found), len(target)) >= 4
                    and (target.startswith(found) or found.startswith(target))
                ):
                    return True
        return False


def _liveliness(candidate: Candidate) -> int:
    """Open applications first, then ghosted ones, then saved, then closed."""
    if candidate.stage in IN_PROCESS or candidate.stage is Stage.OFFER:
        return 3
    if candidate.stage is Stage.GHOSTED:
        return 2
    return 1 if candidate.stage is Stage.SAVED else 0


def guess_company(letter: Letter, hints: Sequence[Hint] | None = None) -> str | None:
    """The company as the message names it, tidied for a new application: the strongest
    hint, spelled as a person would write it when another hint spells it so."""
    ranked = [
        h for h in sorted(hints if hints is not None else company_hints(letter),
                          key=lambda h: -h.weight)
        if len(normal(h.text)) >= 2
    ]  # fmt: skip
    if not ranked:
        return None
    best = ranked[0]
    for hint in ranked[1:]:
        same = fuzz.ratio(normal(hint.text), normal(best.text)) >= 90
        if same and not hint.text.islower() and " " in hint.text.strip():
            best = hint
            break
    text = best.text.strip(" .,:;!-")
    if text.islower() or "-" in text or "_" in text:
        text = " ".join(part.capitalize() for part in re.split(r"[-_\s]+", text) if part)
    return text[:200]


def guess_role(letter: Letter) -> str | None:
    for source in (letter.subject, letter.body[:2_000]):
        for phrase in _ROLE_PHRASES:
            found = phrase.search(source)
            if found:
                role = _ROLE_TAIL.sub("", found.group("r").strip(" .,:;!-")).strip()
                if 2 < len(role) <= 120:
                    return role
    return None


class Action(StrEnum):
    ACT = "act"  # change the tracker now
    REVIEW = "review"  # ask the person first
    IGNORE = "ignore"  # nothing to do


class Effect(StrEnum):
    REJECT = "reject"  # record the rejection (and so start its plan)
    MOVE = "move"  # move the application forward to `stage`
    REPLY = "reply"  # the company answered: the silence clock starts again
    CREATE = "create"  # offer a new application (from an unmatched acknowledgement)
    NONE = "none"


@dataclass(frozen=True)
class Decision:
    action: Action
    effect: Effect
    why: str  # short, plain and free of private text: shown in summaries and the queue
    stage: Stage | None = None  # where a MOVE goes


def target_stage(label: Label, subject: str) -> Stage | None:
    """How far a message says the application got."""
    if label is Label.OFFER:
        return Stage.OFFER
    if label is Label.INTERVIEW:
        return Stage.FINAL_ROUND if _FINAL.search(subject) else Stage.INTERVIEWING
    if label is Label.ASSESSMENT:
        return Stage.SCREENING
    if label is Label.APPLICATION_RECEIVED:
        return Stage.APPLIED
    return None


def _ahead(current: Stage, target: Stage) -> bool:
    if current is Stage.GHOSTED:
        return target in allowed_moves(current)
    if current not in PIPELINE or target not in PIPELINE:
        return False
    return PIPELINE.index(target) > PIPELINE.index(current) and target in allowed_moves(current)


def decide(
    label: Label,
    confident: bool,
    link: Link,
    application: Candidate | None,
    day: date,
    subject: str = "",
) -> Decision:
    """What to do with one classified, linked message dated `day`."""
    if label is Label.OTHER:
        if confident:
            return Decision(Action.IGNORE, Effect.NONE, "not about the job search")
        # Only reached for a message with some job-search sign (the import checks): an unsure
        # "not about the search" may be a "no" in unfamiliar words, so the person looks.
        return Decision(Action.REVIEW, Effect.NONE, "may be about your search")
    if application is None or link.application_id is None:
        if label is Label.APPLICATION_RECEIVED:
            return Decision(Action.REVIEW, Effect.CREATE, "an application not in the tracker yet")
        if label is Label.RECRUITER_OUTREACH:
            return Decision(Action.IGNORE, Effect.NONE, "recruiter outreach, no application")
        return Decision(Action.REVIEW, Effect.NONE, "no matching application")
    if not confident:
        return Decision(
            Action.REVIEW,
            _likely_effect(label, application, subject),
            f"not sure it is {label.value.replace('_', ' ')}",
        )
    if not link.certain:
        return Decision(
            Action.REVIEW, _likely_effect(label, application, subject), "not sure which application"
        )
    stage = application.stage
    if label is Label.REJECTION:
        if stage is Stage.REJECTED or stage in FINAL:
            return Decision(Action.IGNORE, Effect.NONE, "the application is already closed")
        if Stage.REJECTED not in allowed_moves(stage):
            return Decision(Action.REVIEW, Effect.REJECT, "a rejection for a saved application")
        if day < application.stage_since:
            return Decision(Action.REVIEW, Effect.REJECT, "dated before the last change")
        return Decision(Action.ACT, Effect.REJECT, "rejection")
    if stage in FINAL:
        if label in (Label.INTERVIEW, Label.ASSESSMENT, Label.OFFER):
            return Decision(Action.REVIEW, Effect.NONE, "news about a closed application")
        return Decision(Action.IGNORE, Effect.NONE, "the application is already closed")
    target = target_stage(label, subject)
    if target is not None and _ahead(stage, target):
        if day < application.stage_since:
            return Decision(Action.REVIEW, Effect.MOVE, "dated before the last change", target)
        return Decision(Action.ACT, Effect.MOVE, f"moves to {target.value}", target)
    if stage is Stage.GHOSTED:
        return Decision(Action.REVIEW, Effect.NONE, "they wrote after a silence")
    if stage in IN_PROCESS or stage is Stage.OFFER:
        if day < application.stage_since:
            return Decision(Action.IGNORE, Effect.NONE, "older than the last change")
        return Decision(Action.ACT, Effect.REPLY, "a reply")
    return Decision(Action.IGNORE, Effect.NONE, "nothing to change")


def _likely_effect(label: Label, application: Candidate, subject: str) -> Effect:
    if label is Label.REJECTION:
        return Effect.REJECT
    target = target_stage(label, subject)
    if target is not None and _ahead(application.stage, target):
        return Effect.MOVE
    return Effect.REPLY


class ReviewStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class ReviewItem:
    """A message waiting for the person: what it is, the guess, and the suggestion."""

    id: int
    sender: str
    sender_name: str | None
    subject: str
    sent_on: date
    excerpt: str  # the start of the message's clean text
    label: Label  # the guess
    confidence: float
    why: str  # why it waits, in plain words
    application_id: int | None  # the suggested application, if any
    company: str | None  # the company as the message names it
    role: str | None
    offer_new: bool  # offers to add the application (an acknowledgement for none we know)
    status: ReviewStatus
    decided_label: Label | None = None
