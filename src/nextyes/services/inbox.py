"""Inbox: import email into the tracker, and the review queue for what it was not sure of.

The API every face uses (CLI `nextyes inbox import|review`, the web Import and Review pages):

    import_messages(ws, raw_messages, progress=None, chunk_size=500, classifier=None,
                    parallel=False, own_addresses=()) -> ImportSummary
        `raw_messages` is any iterable of mail.readers.RawMessage (read_mbox, read_eml_folder,
        read_imap, or RawMessage(position, bytes) built from an upload). Processes them in
        chunks, each chunk in ONE transaction: a message is processed once per person, ever
        (by Message-ID, else a hash of its bytes), so re-running adds nothing and an
        interrupted import (the iterable raising, the process killed) resumes where the last
        committed chunk ended. `progress(ImportProgress)` is called after each chunk.
        Raises what the reader raises (e.g. MailSourceError, an InvalidInput) after the
        chunks read in full before it are written; a bad single message is counted in
        `skipped` with a reason and never stops the import. `parallel=True` parses one
        chunk ahead in a helper process, and runs the classifier's rules on it there (the CLI
        does; a web request should not). A message classified `other` below its threshold
        that shows a job-search sign is queued for review, not skipped.
        Mail the person sent to someone else is never read as news ("I accept your offer",
        "I'd like to withdraw"): a message from one of their own addresses (those the
        mailbox's mail was delivered to, Delivered-To, and `own_addresses`, e.g. the IMAP
        login), or marked Sent in a Gmail export, unless it was delivered to them too (a
        forward to themselves). It is counted in `own_mail` and left alone.

    review_queue(ws, limit=50, offset=0, status=ReviewStatus.OPEN) -> ReviewPage
    review_item(ws, item_id) -> ReviewEntry                       (NotFound for others' ids)
    pending_review_count(ws) -> int                                        (for a badge)
    confirm(ws, item_id, label=None, application_id=None, create_application=False,
            unlinked=False) -> ReviewOutcome
        One action: takes the guess (or the label and application given), applies it to the
        tracker as a confident import would (records the rejection, moves the stage, notes
        the reply), and stores a changed label or link as a correction that trains the
        person's own classifier. `create_application` adds the application the message
        names (stage applied, on the message's date) and links it.
        Confirming `other` with an application ("yes, it is about this application") notes
        the company's reply on an open application, as any reply would.
    dismiss(ws, item_id) -> ReviewOutcome
        "Not about my search": a correction to `other`; nothing else changes.

The summary's `changes` name what an import changed and where (application, company, role,
what happened); domain/inbox_review.py says them in words for the page and the terminal.

Every function takes a Workspace and touches only that owner's rows; InvalidInput and
NotFound carry one-line messages for the faces to show."""

import os
import sys
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from multiprocessing import get_context

from sqlalchemy.orm import Session

from nextyes.classify import (
    Classification,
    Classifier,
    Example,
    Label,
    Reading,
    default_classifier,
    read_message,
)
from nextyes.classify import is_confident as confident_enough
from nextyes.classify.classifier import NOTHING_TO_READ
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import EventKind, EventSource
from nextyes.domain.inbox import (
    Action,
    Candidate,
    Decision,
    Effect,
    Letter,
    Link,
    OpenSenders,
    ReviewItem,
    ReviewStatus,
    decide,
    link_message,
    sender_kind,
)
from nextyes.domain.inbox_review import (
    NEEDS_APPLICATION,
    Change,
    ImportChange,
    confirmed_decision,
    tidy_role,
)
from nextyes.domain.recovery import feel_days
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.mail.message import MailMessage, message_key
from nextyes.mail.parse import BadMessage, parse_message
from nextyes.mail.readers import RawMessage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.helper import end_with_parent
from nextyes.services.workspace import Workspace
from nextyes.store.inbox import (
    Corrections,
    Ledger,
    LedgerEntry,
    NewReviewItem,
    Outcome,
    Replies,
    ReviewQueue,
)
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Events

CHUNK = 500  # messages per transaction: small enough to lose little, big enough to be fast
EXCERPT = 1_500  # characters of a message kept for the review queue
MAX_EXAMPLES = 20  # skipped messages named in a summary; the rest are only counted
MAX_CHANGES = 500  # changes named in a summary; the rest are only counted
REVIEW_LIMIT = 200
_LABEL_WORDS = {
    Label.APPLICATION_RECEIVED: "application received",
    Label.REJECTION: "rejection",
    Label.INTERVIEW: "interview",
    Label.OFFER: "offer",
    Label.ASSESSMENT: "assessment",
    Label.RECRUITER_OUTREACH: "recruiter outreach",
    Label.OTHER: "a reply",
}


@dataclass
class ImportSummary:
    read: int = 0  # messages the source gave
    already_seen: int = 0  # processed by an earlier import (or twice in this one)
    job_related: int = 0  # classified as anything but `other`
    by_label: dict[str, int] = field(default_factory=dict)  # job-related, per label
    linked: int = 0  # job-related messages matched to an application
    acted: int = 0  # changed the tracker: the three below added up
    rejections_recorded: int = 0
    stages_moved: int = 0
    replies_noted: int = 0
    queued: int = 0  # waiting in the review queue (with any unsure `other` job-like mail)
    new_applications_suggested: int = 0  # of those queued: offers to add an application
    own_mail: int = 0  # mail the person sent to someone else: never read as news
    skipped: int = 0  # messages that could not be read
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    skipped_examples: list[str] = field(default_factory=list)  # "position: reason", a few
    changes: list[ImportChange] = field(default_factory=list)  # what changed, oldest first


@dataclass(frozen=True)
class ImportProgress:
    read: int  # messages read from the source so far
    processed: int  # of those, written (committed) so far


@dataclass(frozen=True)
class ReviewEntry:
    item: ReviewItem
    application: Application | None  # the suggested application, if it still exists


@dataclass(frozen=True)
class ReviewPage:
    items: list[ReviewEntry]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class ReviewOutcome:
    item: ReviewItem
    label: Label
    application: Application | None
    done: str  # what changed, in plain words
    corrected: bool  # stored as a correction (trains the person's classifier)
    created: bool = False  # the application was added from the message


# --- import --------------------------------------------------------------------------------


def import_messages(
    ws: Workspace,
    raw_messages: Iterable[RawMessage],
    progress: Callable[[ImportProgress], None] | None = None,
    chunk_size: int = CHUNK,
    classifier: Classifier | None = None,
    parallel: bool = False,
    own_addresses: Iterable[str] = (),
) -> ImportSummary:
    """Read, classify, link and act on messages; see the module's description.
    `classifier` replaces the person's own (the shipped model plus their corrections).
    `parallel` parses in a helper process, one chunk ahead (for big mailboxes on a machine
    with a core to spare: the command line does so; a web request should not)."""
    if chunk_size < 1:
        raise InvalidInput(f"chunk size must be at least 1, got {chunk_size}")
    summary = ImportSummary()
    own = {address.strip().lower() for address in own_addresses if "@" in address}
    search: list[_Search] = []  # read on the first job message
    failure: list[Exception] = []
    # With the shipped or the person's own classifier, a message the rules find no
    # job-search word in needs no text past the parse: the helper sends it back without it.
    with _Parser(parallel, keep_text=classifier is not None) as parser:
        waiting: tuple[list[RawMessage], Future[list[_Read | str]]] | None = None
        for chunk in _chunks(raw_messages, chunk_size, summary, failure):
            # The next chunk is parsed (in a helper process) while this one is written.
            ahead = (chunk, parser.submit([raw.data for raw in chunk]))
            if waiting is not None:
                _import_chunk(ws, waiting[0], waiting[1].result(), summary, classifier, search, own)
                if progress:
                    progress(ImportProgress(summary.read, summary.read - len(chunk)))
            waiting = ahead
        if waiting is not None:
            _import_chunk(ws, waiting[0], waiting[1].result(), summary, classifier, search, own)
    if failure:
        raise failure[0]  # what was read in whole chunks is kept; a re-run does the rest
    if progress:
        progress(ImportProgress(summary.read, summary.read))
    summary.by_label = dict(sorted(summary.by_label.items()))
    summary.skipped_reasons = dict(Counter(summary.skipped_reasons).most_common())
    return summary


# A parsed message and what the classifier's rules found in it.
_Read = tuple[MailMessage, Reading]


@dataclass
class _Parsed:
    raw: RawMessage
    message: MailMessage
    reading: Reading


def parse_all(datas: Sequence[bytes], keep_text: bool = True) -> list[_Read | str]:
    """Each message parsed and read by the classifier's rules (neither needs the model nor
    the database), or the reason it could not be parsed. Runs in the helper process when the
    import is parallel, which takes this work off the process that classifies and writes.
    Without `keep_text`, a message with no job-search word comes back without its body:
    nothing after this reads it, and most mail is such mail."""
    found: list[_Read | str] = []
    for data in datas:
        try:
            message = parse_message(data)
        except BadMessage as problem:
            found.append(str(problem))
            continue
        reading = read_message(message.subject, message.body, message.sender)
        if not keep_text and reading is NOTHING_TO_READ:
            message = replace(message, body="")
        found.append((message, reading))
    return found


def _chunks(
    raw_messages: Iterable[RawMessage],
    size: int,
    summary: ImportSummary,
    failure: list[Exception],
) -> Iterator[list[RawMessage]]:
    """Whole chunks of the source. When the source fails, the chunks read in full before it
    still go through (the caller raises the failure after them); the partial one does not."""
    chunk: list[RawMessage] = []
    try:
        for raw in raw_messages:
            summary.read += 1
            chunk.append(raw)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except Exception as problem:
        summary.read -= len(chunk)
        failure.append(problem)
        return
    if chunk:
        yield chunk


class _Parser:
    """Parses chunks here, or in one helper process (started with the second chunk, so a
    small import never pays for it). Only raw bytes go there and parsed messages come back:
    the helper never touches the database."""

    def __init__(self, parallel: bool, keep_text: bool = True) -> None:
        self.parallel = parallel
        self.keep_text = keep_text
        self.pool: ProcessPoolExecutor | None = None
        self.chunks = 0

    def __enter__(self) -> "_Parser":
        return self

    def __exit__(self, *problem: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, datas: list[bytes]) -> "Future[list[_Read | str]]":
        self.chunks += 1
        if self.parallel and self.chunks >= 2 and self.pool is None:
            # On Linux a fork starts at once with everything loaded; the child only parses
            # bytes and never uses the database connections it inherits. Elsewhere a fresh
            # interpreter ("spawn") is the safe way.
            # The helper ends with this process, even when it is killed (see helper.py).
            method = "fork" if sys.platform == "linux" else "spawn"
            self.pool = ProcessPoolExecutor(
                1,
                mp_context=get_context(method),
                initializer=end_with_parent,
                initargs=(os.getpid(),),
            )
        if self.pool is not None:
            return self.pool.submit(parse_all, datas, self.keep_text)
        done: Future[list[_Read | str]] = Future()
        done.set_result(parse_all(datas, self.keep_text))
        return done


@dataclass
class _Search:
    """What linking and acting need of the person's search, read once per import (on the
    first job message) and kept up to date as the import changes it."""

    candidates: dict[int, Candidate]
    known: dict[str, int]  # sender -> application their earlier settled mail was about
    replies: dict[int, date]  # application -> latest reply noted
    asked: set[int]  # applications with an open follow-up from the sweep

    @classmethod
    def read(cls, session: Session, owner_id: int) -> "_Search":
        applications = Applications(session, owner_id).find()
        known = {
            sender: app
            for sender, app in Ledger(session, owner_id).known_senders().items()
            if sender_kind(sender.rpartition("@")[2]) in ("company", "personal")
        }
        found = Replies(session, owner_id)
        return cls(
            {a.id: _candidate(a) for a in applications},
            known,
            found.latest(),
            found.awaiting_follow_up(),
        )


def _import_chunk(
    ws: Workspace,
    chunk: Sequence[RawMessage],
    results: Sequence[_Read | str],
    summary: ImportSummary,
    classifier: Classifier | None,
    search: list["_Search"],
    own: set[str],
) -> None:
    now = ws.clock.now()
    today = ws.clock.today()
    parsed: list[_Parsed] = []
    skipped: list[tuple[RawMessage, str, str]] = []  # raw, key, reason
    for raw, result in zip(chunk, results, strict=True):
        if isinstance(result, str):
            skipped.append((raw, message_key(None, raw.data), result))
        else:
            parsed.append(_Parsed(raw, *result))
    with ws.db.transaction() as session:
        ledger = Ledger(session, ws.owner_id)
        seen = ledger.seen([p.message.key for p in parsed] + [key for _, key, _ in skipped])
        entries: list[LedgerEntry] = []
        fresh: list[_Parsed] = []
        for item in parsed:
            if item.message.key in seen:
                summary.already_seen += 1
            else:
                seen.add(item.message.key)  # the same message twice in one mailbox
                fresh.append(item)
        for raw, key, reason in skipped:
            if key in seen:
                summary.already_seen += 1
                continue
            seen.add(key)
            summary.skipped += 1
            summary.skipped_reasons[reason] = summary.skipped_reasons.get(reason, 0) + 1
            if len(summary.skipped_examples) < MAX_EXAMPLES:
                summary.skipped_examples.append(f"{raw.position}: {reason}")
            entries.append(LedgerEntry(key, None, None, None, Outcome.SKIPPED))
        own.update(p.message.delivered_to for p in parsed if p.message.delivered_to)
        fresh = _set_aside_own_mail(fresh, own, today, entries, summary)
        if any(item.reading.text is None for item in fresh):
            _open_senders(ws, session, fresh, search)
        if fresh:
            found = (classifier or _classifier(ws, session)).classify_many(
                [(p.message.subject, p.message.body, p.message.sender) for p in fresh],
                readings=[p.reading for p in fresh],
            )
            entries.extend(_apply_all(ws, session, fresh, found, today, summary, search))
        ledger.record(entries, now)


def _set_aside_own_mail(
    fresh: list[_Parsed],
    own: set[str],
    today: date,
    entries: list[LedgerEntry],
    summary: ImportSummary,
) -> list[_Parsed]:
    """The person's own mail to others, recorded as seen and left alone; the rest. Their
    reply quoting a "no" while asking for feedback, or accepting an offer, is their words,
    not news: read as news it would record a rejection or an offer they wrote themselves."""
    rest: list[_Parsed] = []
    for item in fresh:
        message = item.message
        theirs = message.sent_label or message.sender in own
        if theirs and message.delivered_to not in own:
            summary.own_mail += 1
            entries.append(
                LedgerEntry(message.key, _day(message, today), Label.OTHER, 1.0, Outcome.IGNORED)
            )
        else:
            rest.append(item)
    return rest


def _open_senders(
    ws: Workspace, session: Session, fresh: list[_Parsed], search: list["_Search"]
) -> None:
    """Mail with no job-search word is not read by the model, except from a sender who
    writes for one of the person's open applications (domain/inbox.py OpenSenders): such a
    note may be their news in everyday words. What the model finds in it only ever waits
    for review (classify/classifier.py guard_linked). Its body may have been left in the
    helper process (parse_all), so the few such messages are parsed again here."""
    if not search:
        search.append(_Search.read(session, ws.owner_id))
    senders = OpenSenders(search[0].candidates.values(), search[0].known)
    if not senders:
        return
    for index, item in enumerate(fresh):
        message = item.message
        if item.reading.text is None and senders.writes_for_one(
            message.sender, message.sender_name
        ):
            whole = parse_message(item.raw.data) if not message.body else message
            reading = read_message(whole.subject, whole.body, whole.sender, linked=True)
            fresh[index] = _Parsed(item.raw, whole, reading)


def _apply_all(
    ws: Workspace,
    session: Session,
    fresh: list[_Parsed],
    found: list[Classification],
    today: date,
    summary: ImportSummary,
    search: list[_Search],
) -> list[LedgerEntry]:
    entries: list[LedgerEntry] = []
    job: list[tuple[_Parsed, Classification]] = []
    for item, classification in zip(fresh, found, strict=True):
        if classification.label is Label.OTHER and not _unsure_job_mail(item, classification):
            day = _day(item.message, today)
            entries.append(
                LedgerEntry(
                    item.message.key, day, Label.OTHER, classification.confidence, Outcome.IGNORED
                )
            )
        else:
            job.append((item, classification))
    if not job:
        return entries
    if not search:
        search.append(_Search.read(session, ws.owner_id))
    state = search[0]
    candidates, known, replies, asked = state.candidates, state.known, state.replies, state.asked
    # Oldest first, so a mailbox replays the search in the order it happened.
    job.sort(key=lambda pair: (_day(pair[0].message, today), pair[0].raw.position))
    for item, classification in job:
        message = item.message
        label = classification.label
        if label is not Label.OTHER:  # an unsure `other` is only queued, below
            summary.job_related += 1
            summary.by_label[label.value] = summary.by_label.get(label.value, 0) + 1
        day = _day(message, today)
        link = link_message(_letter(message), candidates.values(), known)
        application = candidates.get(link.application_id) if link.application_id else None
        if application is not None:
            summary.linked += 1
        decision = decide(
            label, confident_enough(classification), link, application, day, message.subject
        )
        outcome = Outcome.IGNORED
        if decision.action is Action.ACT and application is not None:
            changed = _act(ws, session, decision, label, application, day, replies, asked,
                           summary)  # fmt: skip
            if changed is not None:
                outcome = Outcome.ACTED
                candidates[application.id] = changed
        elif decision.action is Action.REVIEW:
            _queue(session, ws, message, classification, decision, link, day)
            outcome = Outcome.QUEUED
            summary.queued += 1
            if decision.effect is Effect.CREATE:
                summary.new_applications_suggested += 1
        remember = outcome == Outcome.ACTED and sender_kind(message.sender_domain) in (
            "company",
            "personal",
        )
        if remember and application is not None:
            known[message.sender] = application.id  # their next message links the same way
        entries.append(
            LedgerEntry(
                message.key,
                day,
                label,
                classification.confidence,
                outcome,
                application.id if application is not None else None,
                message.sender if remember else None,
            )
        )
    return entries


def _unsure_job_mail(item: _Parsed, classification: Classification) -> bool:
    """An `other` below its threshold that shows a job-search sign: it may be news in words
    the classifier does not know (a "no" most of all), so it waits for review rather than
    being dropped. A confident `other`, or one with no sign at all, is left alone."""
    return not confident_enough(classification) and item.reading.signals.job_words


def _act(
    ws: Workspace,
    session: Session,
    decision: Decision,
    label: Label,
    application: Candidate,
    day: date,
    replies: dict[int, date],
    asked: set[int],
    summary: ImportSummary,
) -> Candidate | None:
    """Change the tracker as the decision says, through the same services a person uses;
    the application as it is now, or None when nothing changed."""
    plan_starts = None
    if decision.effect is Effect.REJECT:
        recorded = record_rejection(
            ws, application.id, RejectionForm.EXPLICIT, day, source=EventSource.IMPORTED
        )
        summary.rejections_recorded += 1
        now = _candidate(recorded.application)
        change = Change.REJECTION_RECORDED
        window = feel_days(recorded.rejection.stage_reached, recorded.application.excitement)
        plan_starts = recorded.rejection.on + timedelta(days=window)
    elif decision.effect is Effect.MOVE and decision.stage is not None:
        moved = move_application(
            ws, application.id, decision.stage, day, source=EventSource.IMPORTED
        )
        summary.stages_moved += 1
        now = _candidate(moved)
        change = Change.STAGE_MOVED
    elif decision.effect is Effect.REPLY:
        if not _note_reply(ws, session, application.id, label, day, replies, asked):
            return None
        summary.replies_noted += 1
        now = application
        change = Change.REPLY_NOTED
    else:
        return None
    summary.acted += 1
    if len(summary.changes) < MAX_CHANGES:
        summary.changes.append(
            ImportChange(now.id, now.company, now.role, change, now.stage, day, plan_starts)
        )
    return now


def _note_reply(
    ws: Workspace,
    session: Session,
    application_id: int,
    label: Label,
    day: date,
    replies: dict[int, date],
    asked: set[int],
) -> bool:
    """The company wrote: the silence clock starts again from `day` (one note a day)."""
    latest = replies.get(application_id)
    if latest is not None and latest >= day:
        return False
    Events(session, ws.owner_id).add(
        application_id,
        EventKind.REPLY_RECEIVED,
        day,
        ws.clock.now(),
        EventSource.IMPORTED,
        note=f"an email ({_LABEL_WORDS[label]})",
    )
    # Any answer makes a follow-up the sweep asked for moot, as a change of stage does.
    if application_id in asked:
        Steps(session, ws.owner_id).delete_open(application_id, sweep_follow_ups=True)
        asked.discard(application_id)
    replies[application_id] = day
    return True


def _queue(
    session: Session,
    ws: Workspace,
    message: MailMessage,
    classification: Classification,
    decision: Decision,
    link: Link,
    day: date,
) -> None:
    ReviewQueue(session, ws.owner_id).add(
        NewReviewItem(
            message_key=message.key,
            sender=message.sender,
            sender_name=message.sender_name or None,
            subject=message.subject,
            sent_on=day,
            excerpt=message.body[:EXCERPT],
            label=classification.label,
            confidence=round(classification.confidence, 3),
            why=decision.why,
            application_id=link.application_id,
            company=link.company,
            role=link.role,
            offer_new=decision.effect is Effect.CREATE and link.company is not None,
        ),
        ws.clock.now(),
    )


def _day(message: MailMessage, today: date) -> date:
    """The message's date, never in the future (clocks differ); undated mail is today's."""
    if message.sent_at is None:
        return today
    return min(message.sent_at.date(), today)


def _letter(message: MailMessage) -> Letter:
    return Letter(message.sender, message.sender_name, message.subject, message.body)


def _candidate(application: Application) -> Candidate:
    return Candidate(
        application.id,
        application.company,
        application.role,
        application.stage,
        application.stage_since,
    )


# The person's own classifier: the shipped one plus their corrections, kept while they last.
_CLASSIFIERS: OrderedDict[tuple[str, int, int, int], Classifier] = OrderedDict()
_CACHE_SIZE = 8


def _classifier(ws: Workspace, session: Session) -> Classifier:
    corrections = Corrections(session, ws.owner_id)
    count, latest = corrections.version()
    if count == 0:
        return default_classifier()
    key = (ws.db.engine.url.render_as_string(hide_password=True), ws.owner_id, count, latest)
    found = _CLASSIFIERS.get(key)
    if found is None:
        found = Classifier.trained(extra=corrections.examples())
        _CLASSIFIERS[key] = found
        while len(_CLASSIFIERS) > _CACHE_SIZE:
            _CLASSIFIERS.popitem(last=False)
    else:
        _CLASSIFIERS.move_to_end(key)
    return found


def forget_classifier(ws: Workspace) -> None:
    """Drop this person's own classifier from memory: it was fitted on their corrections."""
    url = ws.db.engine.url.render_as_string(hide_password=True)
    for key in [k for k in _CLASSIFIERS if k[0] == url and k[1] == ws.owner_id]:
        del _CLASSIFIERS[key]


def classifier_for(ws: Workspace) -> Classifier:
    """The classifier imports use for this person (the shipped one plus their corrections)."""
    with ws.db.transaction() as session:
        return _classifier(ws, session)


# --- review --------------------------------------------------------------------------------


def review_queue(
    ws: Workspace, limit: int = 50, offset: int = 0, status: ReviewStatus = ReviewStatus.OPEN
) -> ReviewPage:
    """One page of the review queue, newest message first."""
    if not 1 <= limit <= REVIEW_LIMIT:
        raise InvalidInput(f"limit must be from 1 to {REVIEW_LIMIT}, got {limit}")
    if offset < 0:
        raise InvalidInput(f"offset must not be negative, got {offset}")
    with ws.db.transaction() as session:
        items, total = ReviewQueue(session, ws.owner_id).page(status, limit, offset)
        suggested = Applications(session, ws.owner_id).by_ids(
            [i.application_id for i in items if i.application_id is not None]
        )
        entries = [
            ReviewEntry(i, suggested.get(i.application_id) if i.application_id else None)
            for i in items
        ]
    return ReviewPage(entries, total, limit, offset)


def review_item(ws: Workspace, item_id: int) -> ReviewEntry:
    with ws.db.transaction() as session:
        item = ReviewQueue.to_domain(ReviewQueue(session, ws.owner_id).row(item_id))
        found = Applications(session, ws.owner_id).by_ids(
            [item.application_id] if item.application_id is not None else []
        )
        return ReviewEntry(item, found.get(item.application_id) if item.application_id else None)


def pending_review_count(ws: Workspace) -> int:
    with ws.db.transaction() as session:
        return ReviewQueue(session, ws.owner_id).count_open()


def confirm(
    ws: Workspace,
    item_id: int,
    label: Label | None = None,
    application_id: int | None = None,
    create_application: bool = False,
    unlinked: bool = False,
) -> ReviewOutcome:
    """Settle a review item in one action; see the module's description. `unlinked` says the
    message is about none of the person's applications (nothing is applied anywhere)."""
    if create_application and application_id is not None:
        raise InvalidInput("choose an application or --create, not both")
    if unlinked and (create_application or application_id is not None):
        raise InvalidInput("choose an application, a new one or none, not more than one")
    with ws.db.transaction() as session:
        queue = ReviewQueue(session, ws.owner_id)
        row = queue.row(item_id)
        item = ReviewQueue.to_domain(row)
        _check_open(item)
        chosen = label or item.label
        applications = Applications(session, ws.owner_id)
        created = create_application
        if create_application:
            target: Application | None = _create(ws, item)
        elif application_id is not None:
            target = applications.get(application_id)  # NotFound for another person's id
        elif unlinked:
            target = None
        elif item.application_id is not None:
            target = applications.by_ids([item.application_id]).get(item.application_id)
        else:
            target = None
        if target is None and chosen in _NEEDS_APPLICATION:
            raise InvalidInput(
                f"review item {item_id} is not linked to an application; name one"
                " (application id) or create it from the message"
            )
        done = _settle(ws, session, chosen, target, item) if target is not None else "nothing"
        corrected = (
            chosen is not item.label
            or (target is not None and target.id != item.application_id)
            or (unlinked and item.application_id is not None)
        )
        if corrected:
            Corrections(session, ws.owner_id).add(
                Example(item.subject, item.excerpt, item.sender, chosen),
                target.id if target is not None else None,
                ws.clock.now(),
            )
        ReviewQueue.decide(row, ReviewStatus.CONFIRMED, chosen, ws.clock.now())
        Ledger(session, ws.owner_id).settle(
            row.message_key,
            Outcome.CONFIRMED,
            target.id if target is not None else None,
            item.sender if sender_kind(item.sender.rpartition("@")[2]) != "ats" else "",
        )
        application = applications.get(target.id) if target is not None else None
        return ReviewOutcome(
            ReviewQueue.to_domain(row), chosen, application, done, corrected, created
        )


_NEEDS_APPLICATION = NEEDS_APPLICATION


def dismiss(ws: Workspace, item_id: int) -> ReviewOutcome:
    """Not about the search: remembered as `other`, so similar mail is left alone."""
    with ws.db.transaction() as session:
        row = ReviewQueue(session, ws.owner_id).row(item_id)
        item = ReviewQueue.to_domain(row)
        _check_open(item)
        Corrections(session, ws.owner_id).add(
            Example(item.subject, item.excerpt, item.sender, Label.OTHER), None, ws.clock.now()
        )
        ReviewQueue.decide(row, ReviewStatus.DISMISSED, Label.OTHER, ws.clock.now())
        Ledger(session, ws.owner_id).settle(row.message_key, Outcome.DISMISSED, None, "")
        return ReviewOutcome(ReviewQueue.to_domain(row), Label.OTHER, None, "nothing", True)


def _check_open(item: ReviewItem) -> None:
    if item.status is not ReviewStatus.OPEN:
        raise InvalidInput(f"review item {item.id} was already {item.status.value}")


def _create(ws: Workspace, item: ReviewItem) -> Application:
    if not item.company:
        raise InvalidInput(
            f"review item {item.id} names no company; add the application yourself, then"
            " confirm with its id"
        )
    kind = sender_kind(item.sender.rpartition("@")[2])
    channel = Channel.JOB_BOARD if kind == "job board" else Channel.DIRECT
    new = NewApplication(
        company=item.company,
        role=tidy_role(item.company, item.role) or "Role not named in the email",
        channel=channel,
        stage=Stage.APPLIED,
        on=min(item.sent_on, ws.clock.today()),
    )
    return add_application(ws, new, source=EventSource.IMPORTED)


def _settle(
    ws: Workspace, session: Session, label: Label, application: Application, item: ReviewItem
) -> str:
    """Apply a confirmed label to its application as a confident import would."""
    decision, day = confirmed_decision(
        label, _candidate(application), item.sent_on, ws.clock.today(), item.subject
    )
    if decision.action is not Action.ACT:
        return "nothing (" + decision.why + ")"
    summary = ImportSummary()
    found = Replies(session, ws.owner_id)
    replies, asked = found.latest(), found.awaiting_follow_up()
    candidate = _candidate(application)
    if _act(ws, session, decision, label, candidate, day, replies, asked, summary) is None:
        return "nothing (a reply was already noted for that day)"
    if summary.rejections_recorded:
        return "recorded the rejection and started its plan"
    if summary.stages_moved and decision.stage is not None:
        return f"moved it to {decision.stage.label.lower()}"
    return "noted their reply"
