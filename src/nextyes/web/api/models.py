"""Shapes of the JSON API: what requests may carry and what responses hold.

Field names are the CLI's --json names (docs/json.md), so integrators learn one vocabulary.
Requests forbid unknown fields and bound every text with the domain's own limits; the
services still apply every rule, so a request that fits these shapes can still be refused
(422) when it breaks one."""

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    Field,
    Strict,
    StrictBool,
)

from nextyes.classify.labels import Label
from nextyes.domain.agenda import DueFilter
from nextyes.domain.applications import Channel
from nextyes.domain.contacts import ContactRole
from nextyes.domain.drafts import DraftKind, Tone
from nextyes.domain.events import EventKind, EventSource
from nextyes.domain.inbox import ReviewStatus
from nextyes.domain.inbox_review import Change
from nextyes.domain.lessons import SkillStatus
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.wellbeing import SupportReason

# In, Whole, MAX_INT, plain_text and problems are also re-exported: other API modules
# (preferences) take these building blocks from here.
from nextyes.web.api.fields import MAX_INT as MAX_INT
from nextyes.web.api.fields import (
    CheckInNote,
    Currency,
    Day,
    Email,
    Id,
    Link,
    Long,
    Out,
    PlanLine,
    Required,
    RoleLine,
    Short,
)
from nextyes.web.api.fields import In as In
from nextyes.web.api.fields import Whole as Whole
from nextyes.web.api.fields import plain_text as plain_text
from nextyes.web.api.fields import problems as problems

# ---- applications ----------------------------------------------------------------------


class ApplicationOut(Out):
    id: int = Field(description="The application's id.")
    company: str = Field(description="Company name.")
    role: str = Field(description="Job title.")
    channel: Channel = Field(description="How it came about.")
    stage: Stage = Field(description="Where it stands now.")
    stage_since: date = Field(description="The date it entered its current stage.")
    excitement: int = Field(description="1-5; 5 is a dream job.")
    created_on: date = Field(description="The date it was added.")
    applied_on: date | None = Field(description="The date it was sent; null while saved.")
    link: str | None = Field(description="The posting's address.")
    description: str | None = Field(description="Job description or notes.")
    location: str | None = Field(description="Where the job is.")
    salary_min: int | None = Field(description="Lower end of the salary range.")
    salary_max: int | None = Field(description="Upper end of the salary range.")
    salary_currency: str | None = Field(description="Currency code, e.g. GBP.")
    updated_at: datetime | None = Field(description="Timestamp of the last change (UTC).")
    notes: str | None = Field(description="Your own notes on it.")
    earlier_id: int | None = Field(
        None, description="Applying again: your earlier application to the same posting."
    )


class ApplicationIn(In):
    company: Required = Field(description="Company name.")
    role: Required = Field(description="Job title.")
    channel: Channel = Field(Channel.OTHER, description="How it came about.")
    stage: Stage = Field(
        Stage.APPLIED, description="Where it starts: saved, applied or a later pipeline stage."
    )
    on: Day | None = Field(None, description="When it reached `stage`; today when left out.")
    excitement: Whole = Field(3, ge=1, le=5, description="1-5; 5 is a dream job.")
    link: Link | None = Field(None, description="The posting's address (http or https).")
    description: Long | None = Field(None, description="The job description.")
    location: Short | None = Field(None, description="Where the job is.")
    salary_min: Whole | None = Field(None, ge=0, le=MAX_INT, description="Lower end.")
    salary_max: Whole | None = Field(None, ge=0, le=MAX_INT, description="Upper end.")
    salary_currency: Currency | None = Field(None, description="Currency code, e.g. GBP.")
    notes: Long | None = Field(None, description="Your own notes on it.")
    allow_duplicate: StrictBool = Field(
        False,
        description="Add it even when it looks like an application you already have"
        " (otherwise 409, naming them in `similar`).",
    )


class ApplicationsPageOut(Out):
    items: list[ApplicationOut] = Field(description="This page of applications.")
    total: int = Field(description="How many applications match, over all pages.")
    limit: int = Field(description="The most this page holds.")
    offset: int = Field(description="How many matching applications come before this page.")


class EventOut(Out):
    id: int = Field(description="The event's id.")
    application_id: int = Field(description="Its application.")
    kind: EventKind = Field(description="What happened.")
    occurred_on: date = Field(description="The date it happened.")
    recorded_at: datetime = Field(description="When it was written down (UTC).")
    source: EventSource = Field(description="Typed by you, imported from email, or inferred.")
    from_stage: Stage | None = Field(description="Stage before, or null.")
    to_stage: Stage | None = Field(description="Stage after, or null.")
    note: str | None = Field(description="A note, the reason given, or who was linked.")


class RejectionOut(Out):
    id: int = Field(description="The rejection's id.")
    application_id: int = Field(description="Its application.")
    form: RejectionForm = Field(description="An explicit no, or silence.")
    stage_reached: Stage = Field(description="How far the application got.")
    on: date = Field(description="The date of the no (or when the silence was recorded).")
    reason: str | None = Field(description="The reason given, if any.")
    feedback: str | None = Field(description="Feedback received, if any.")


class ContactOut(Out):
    id: int = Field(description="The contact's id.")
    name: str = Field(description="Their name.")
    role: ContactRole = Field(description="Their part in the process.")
    company: str | None = Field(description="Where they work.")
    email: str | None = Field(description="Email address.")
    linkedin: str | None = Field(description="LinkedIn profile address.")
    notes: str | None = Field(description="Notes.")
    next_touch_on: date | None = Field(description="When to get in touch next.")
    application_ids: list[int] = Field(description="Applications they are linked to.")


class ApplicationDetailOut(Out):
    application: ApplicationOut
    events: list[EventOut] = Field(description="The timeline, oldest first.")
    rejections: list[RejectionOut] = Field(description="Rejections, oldest first.")
    contacts: list[ContactOut] = Field(description="People linked to it.")


class MoveIn(In):
    stage: Stage = Field(description="The stage to move to (rejected and ghosted start a plan).")
    on: Day | None = Field(None, description="When it happened; today when left out.")
    note: Long | None = Field(None, description="A note for the timeline.")


class RejectionIn(In):
    form: RejectionForm = Field(
        RejectionForm.EXPLICIT, description="explicit for a no, silence for no reply."
    )
    on: Day | None = Field(None, description="When it came; today when left out.")
    reason: Long | None = Field(None, description="The reason given, if any.")
    feedback: Long | None = Field(None, description="Feedback received, if any.")


class RejectionRecordedOut(Out):
    application: ApplicationOut
    rejection: RejectionOut
    already_recorded: bool = Field(description="True when it was on record and nothing changed.")


# ---- plans -----------------------------------------------------------------------------


class StepOut(Out):
    id: int = Field(description="The step's id.")
    application_id: int = Field(description="Its application.")
    kind: StepKind = Field(description="What kind of step.")
    title: str = Field(description="What to do.")
    why: str = Field(description="Why it helps.")
    due_on: date = Field(description="When it is due (moves when snoozed).")
    original_due_on: date = Field(description="When the plan first set it.")
    status: StepStatus = Field(description="open, done or skipped.")
    rejection_id: int | None = Field(description="The rejection whose plan it belongs to.")
    contact_id: int | None = Field(description="The person it is about, if any.")
    note: str | None = Field(description="Your note.")
    resolved_on: date | None = Field(description="When it was done or skipped.")


class StepNoteIn(In):
    note: Long | None = Field(None, description="A note to keep with the step.")


class SnoozeIn(In):
    until: Day = Field(description="The later day to show it again.")
    note: Long | None = Field(None, description="A note to keep with the step.")


class EvidenceCardOut(Out):
    kind: str = Field(description="how_far, replies, too_early, silence or not_about_you.")
    headline: str = Field(description="The card's title.")
    body: str = Field(description="A few sentences; every number comes from `numbers`.")
    source: str | None = Field(description="Citation of published figures; null for own data.")
    numbers: dict[str, int | float] = Field(description="The numbers behind the card, by name.")


class WeeklyPlanOut(Out):
    week_of: date = Field(description="The Monday of the week.")
    applications_target: int = Field(description="Applications to send.")
    channel: Channel | None = Field(description="The channel to lean on, or null.")
    channel_reason: str = Field(description="Why, from your own search.")
    schedule: str = Field(description="When.")
    roles: list[str] = Field(description="Saved roles to send first.")
    saved: bool = Field(description="True once you made it yours.")


class WeeklyPlanIn(In):
    applications_target: Whole | None = Field(
        None, ge=1, le=50, description="Applications to send this week."
    )
    channel: Channel | None = Field(None, description="The channel to lean on.")
    schedule: Long | None = Field(None, description="When you will do it.")
    roles: list[RoleLine] | None = Field(None, max_length=50, description="Roles to send first.")


class IfThenOut(Out):
    id: int = Field(description="Its id.")
    cue: str = Field(description='The "if" part.')
    action: str = Field(description='The "then" part.')


class IfThenIn(In):
    cue: PlanLine = Field(description='The "if" part.')
    action: PlanLine = Field(description='The "then" part.')


class PlanOut(Out):
    application: ApplicationOut
    rejection: RejectionOut | None = Field(description="The latest rejection, or null.")
    steps: list[StepOut] = Field(description="The plan's steps, by due date.")
    week: WeeklyPlanOut | None = Field(description="This week's plan while jumping back in.")
    if_thens: list[IfThenOut] = Field(description="Your if-then plans.")
    evidence: list[EvidenceCardOut] = Field(description="Evidence about this rejection.")


# ---- today -----------------------------------------------------------------------------


class SupportOut(Out):
    reason: SupportReason = Field(description="low_checkins or who5.")
    message: str = Field(description="A kind suggestion to talk to someone; never a diagnosis.")
    resources: list[str] = Field(description="Places to turn.")


class AgendaItemOut(Out):
    step: StepOut
    company: str = Field(description="The application's company.")
    role: str = Field(description="The application's role.")
    overdue_days: int = Field(description="Days since it was due (0 when due today).")


class AgendaInterviewOut(Out):
    id: int = Field(description="The interview's id.")
    application_id: int = Field(description="Its application.")
    company: str = Field(description="The application's company.")
    role: str = Field(description="The application's role.")
    starts_at: datetime = Field(description="When it starts, in the server's time zone.")
    minutes: int = Field(description="How long it lasts.")
    title: str | None = Field(description="What it is, if given.")
    location: str | None = Field(description="Where, or a video-call link, if given.")


class LatestNoOut(Out):
    rejection_id: int = Field(description="The rejection's id.")
    application_id: int = Field(description="Its application.")
    company: str = Field(description="The application's company.")
    role: str = Field(description="The application's role.")
    on: date = Field(description="The day of the no.")
    pause_end: date = Field(description="The first day after its feel-it window.")


class AgendaOut(Out):
    as_of: date = Field(description="The day it describes.")
    gentle: bool = Field(description="True during a feel-it window or a rest day.")
    pause_until: date | None = Field(description="The first day after that pause, or null.")
    items: list[AgendaItemOut] = Field(
        description="Steps shown, most useful first: the first is the next step; during a"
        " pause only its feel-it or rest step."
    )
    waiting: int = Field(description="How many due steps the pause holds back.")
    more: int = Field(
        0, description="Due steps not listed: `more_steps` and the quiet ones beyond `quiet`."
    )
    quiet: list[AgendaItemOut] = Field(
        description="The oldest follow-ups the silence sweep asked for (at most 2)."
    )
    quiet_total: int = Field(0, description="Applications gone quiet with a follow-up due.")
    more_steps: int = Field(0, description="Due plan steps not in `items`.")
    nudges: list[str] = Field(description="Kind sentences for today.")
    evidence: list[EvidenceCardOut] = Field(description="Evidence while a no is fresh.")
    support: SupportOut | None = Field(description="A gentle suggestion, or null.")
    interviews: list[AgendaInterviewOut] = Field(
        [], description="Interviews today or tomorrow, soonest first (at most 2)."
    )
    interviews_more: int = Field(0, description="More interviews today or tomorrow.")
    latest_no: LatestNoOut | None = Field(
        None, description="The newest no of the last 30 days (the one Today names), or null."
    )


class DueGroupOut(Out):
    application_id: int = Field(description="The application.")
    company: str = Field(description="Its company.")
    role: str = Field(description="Its role.")
    items: list[AgendaItemOut] = Field(description="Its steps due, oldest first.")


class DueListOut(Out):
    as_of: date = Field(description="The day it describes.")
    only: DueFilter = Field(description="all, quiet (follow-ups after silence) or plan.")
    page: int = Field(description="This page, from 1.")
    pages: int = Field(description="How many pages there are.")
    applications: int = Field(description="Applications with a step due, over every page.")
    groups: list[DueGroupOut] = Field(description="This page's, the longest waiting first.")
    gentle: bool = Field(description="True during a pause: none of it is asked for today.")
    pause_until: date | None = Field(description="The first day after that pause, or null.")


# ---- drafts ----------------------------------------------------------------------------


class DraftIn(In):
    kind: DraftKind = Field(description="Which message to write.")
    contact_id: Id | None = Field(None, description="The contact it is for, if any.")
    tone: Tone = Field(Tone.WARM, description="warm, brief or formal.")
    include_reason: StrictBool = Field(False, description="Mention the reason they gave.")


class DraftOut(Out):
    id: int = Field(description="Its id.")
    application_id: int = Field(description="The application it is about.")
    contact_id: int | None = Field(description="The contact it is for, or null.")
    kind: DraftKind = Field(description="Which message.")
    tone: Tone = Field(description="warm, brief or formal.")
    subject: str | None = Field(description="The email subject; null for a connection note.")
    body: str = Field(description="The message.")
    mailto: str = Field(description="A mailto: link holding the subject and body.")
    missing: list[str] = Field(description="What you could add to make it yours.")
    created_at: datetime = Field(description="When it was written (UTC).")
    sent_at: datetime | None = Field(description="When you marked it sent, or null.")


class DraftSentOut(Out):
    draft: DraftOut
    logged: bool = Field(description="True when it was logged with its contact.")
    step: StepOut | None = Field(description="The plan step it completed, or null.")


# ---- reflections and lessons -----------------------------------------------------------


class AnswersIn(In):
    preparation: Long | None = Field(None, description="How you prepared and how it held up.")
    caught_out: list[Long] = Field([], max_length=100, description="Questions that caught you out.")
    fit_score: Whole | None = Field(None, ge=1, le=5, description="1 (far off) to 5 (very close).")
    fit_why: Long | None = Field(None, description="Why you rate the fit so.")
    impressed: Long | None = Field(None, description="What seemed to land well.")
    feedback: Long | None = Field(None, description="Feedback received.")
    to_learn: list[Short] = Field([], max_length=100, description="Skills or courses to pick up.")
    learned_self: Long | None = Field(None, description="What you learned about yourself.")
    learned_company: Long | None = Field(None, description="About the company.")
    learned_industry: Long | None = Field(None, description="About the industry.")
    learned_role: Long | None = Field(None, description="About the role.")
    keep_doing: Long | None = Field(None, description="What to keep doing.")
    tags: list[Short] = Field([], max_length=100, description="Tags, e.g. system-design.")


class AnswersOut(Out):
    preparation: str | None = Field(description="How you prepared and how it held up.")
    caught_out: list[str] = Field(description="Questions that caught you out.")
    fit_score: int | None = Field(description="1 (far off) to 5 (very close).")
    fit_why: str | None = Field(description="Why you rate the fit so.")
    impressed: str | None = Field(description="What seemed to land well.")
    feedback: str | None = Field(description="Feedback received.")
    to_learn: list[str] = Field(description="Skills, courses or certifications to pick up.")
    learned_self: str | None = Field(description="What you learned about yourself.")
    learned_company: str | None = Field(description="About the company.")
    learned_industry: str | None = Field(description="About the industry.")
    learned_role: str | None = Field(description="About the role.")
    keep_doing: str | None = Field(description="What to keep doing.")
    tags: list[str] = Field(description="Tags, lower case with dashes.")


class ReflectionOut(Out):
    id: int = Field(description="Its id.")
    application_id: int = Field(description="The application reflected on.")
    rejection_id: int | None = Field(description="The rejection it looks back on.")
    answers: AnswersOut
    created_at: datetime = Field(description="When it was first saved (UTC).")
    updated_at: datetime = Field(description="When it was last changed (UTC).")


class ReflectionStartOut(Out):
    application: ApplicationOut
    rejection: RejectionOut = Field(description="The rejection it looks back on.")
    answers: AnswersOut = Field(description="Saved answers, or a start from the feedback.")
    existing: bool = Field(description="True when a reflection was saved before.")
    prompts: dict[str, str] = Field(description="The question asked for each answer.")


class ReflectionSavedOut(Out):
    reflection: ReflectionOut
    created: bool = Field(description="True for the first save.")
    closed_step_ids: list[int] = Field(description="Post-mortem steps it ticked off.")


class ThemeOut(Out):
    kind: str = Field(description="tag, or phrase for a word pair found in 2+ reflections.")
    text: str = Field(description="The tag or the phrase.")
    count: int = Field(description="How many reflections mention it.")
    last_seen: date = Field(description="The day of the newest of them.")


class SkillOut(Out):
    id: int = Field(description="Its id.")
    name: str = Field(description="As first written.")
    status: SkillStatus = Field(description="to_learn, learning or done.")
    mentions: int = Field(description="How many reflections name it.")


class SkillIn(In):
    status: SkillStatus = Field(description="to_learn, learning or done.")


class PracticeItemOut(Out):
    question_id: int = Field(description="The question's id.")
    text: str = Field(description="The question.")
    application_id: int | None = Field(description="The application it came from.")
    times_practised: int = Field(description="How many practice runs were logged.")
    last_practised_on: date | None = Field(description="The latest run's day, or null.")
    last_felt: int | None = Field(description="How the latest run felt (1-5), or null.")


class PracticeIn(In):
    question_id: Id = Field(description="The question practised.")
    felt: Whole = Field(ge=1, le=5, description="1 (shaky) to 5 (confident).")
    note: Long | None = Field(None, description="A note.")


class PracticeEntryOut(Out):
    id: int = Field(description="Its id.")
    question_id: int = Field(description="The question practised.")
    practised_on: date = Field(description="The day.")
    felt: int = Field(description="1 (shaky) to 5 (confident).")
    note: str | None = Field(description="Your note, or null.")


class LessonsOut(Out):
    themes: list[ThemeOut] = Field(description="Recurring themes, most mentioned first.")
    skills: list[SkillOut] = Field(description="Skills: learning, then to learn, then done.")
    practice_next: list[PracticeItemOut] = Field(description="Questions, in practice order.")


# ---- contacts --------------------------------------------------------------------------


class ContactIn(In):
    name: Required = Field(description="Their name.")
    role: ContactRole = Field(ContactRole.OTHER, description="Their part in the process.")
    company: Short | None = Field(None, description="Where they work.")
    email: Email | None = Field(None, description="Email address.")
    linkedin: Link | None = Field(None, description="LinkedIn profile address.")
    notes: Long | None = Field(None, description="Notes.")
    next_touch_on: Day | None = Field(None, description="When to get in touch next.")
    application_id: Id | None = Field(None, description="Link them to this application now.")


class LinkIn(In):
    application_id: Id = Field(description="The application to link the contact to.")


class LinkOut(Out):
    contact_id: int = Field(description="The contact.")
    application_id: int = Field(description="The application.")
    linked: bool = Field(description="False when they were already linked.")


# ---- wellbeing -------------------------------------------------------------------------


class CheckInIn(In):
    mood: Whole = Field(ge=1, le=5, description="1 (low) to 5 (good).")
    note: CheckInNote | None = Field(None, description="A line about the day.")


class CheckInOut(Out):
    id: int = Field(description="Its id.")
    checked_at: datetime = Field(description="Timestamp of the check-in (UTC).")
    mood: int = Field(description="1 (low) to 5 (good).")
    note: str | None = Field(description="The line you wrote, or null.")


class CheckInResultOut(Out):
    checkin: CheckInOut
    message: str = Field(description="A kind acknowledgement.")
    suggestion: SupportOut | None = Field(description="A support suggestion, or null.")


class Who5In(In):
    answers: list[Annotated[int, Strict(), Field(ge=0, le=5)]] = Field(
        min_length=5, max_length=5, description="The five answers (0-5), in the items' order."
    )


class Who5Out(Out):
    id: int = Field(description="Its id.")
    taken_at: datetime = Field(description="When it was taken (UTC).")
    answers: list[int] = Field(description="The five answers.")
    raw_score: int = Field(description="Their sum, 0-25.")
    percent: int = Field(description="The raw score x 4, 0-100.")


class Who5ChangeOut(Out):
    since: datetime = Field(description="When the previous questionnaire was taken.")
    previous_percent: int = Field(description="The previous score out of 100.")
    points: int = Field(description="This score minus the previous one, out of 100.")
    worth_noting: bool = Field(description="True for a change of 10 points or more.")
    message: str | None = Field(description="A kind sentence about a real change, else null.")


class Who5ResultOut(Out):
    questionnaire: Who5Out
    change: Who5ChangeOut | None = Field(description="Compared with the previous one, or null.")
    suggestion: SupportOut | None = Field(description="A support suggestion, or null.")


class WellbeingOut(Out):
    checkins: list[CheckInOut] = Field(description="Check-ins, newest first.")
    questionnaires: list[Who5Out] = Field(description="WHO-5 results, newest first.")
    suggestion: SupportOut | None = Field(description="A support suggestion now, or null.")


# ---- inbox -----------------------------------------------------------------------------


class ImportChangeOut(Out):
    application_id: int = Field(description="The application it changed.")
    company: str = Field(description="Its company.")
    role: str = Field(description="Its role.")
    change: Change = Field(description="What happened to it.")
    stage: Stage = Field(description="Its stage after the change.")
    on: date = Field(description="The day of the message that made it.")
    plan_starts: date | None = Field(description="For a recorded no: its plan's first day.")


class ImportSummaryOut(Out):
    read: int = Field(description="Messages the upload held.")
    already_seen: int = Field(description="Processed by an earlier import (or twice in this one).")
    job_related: int = Field(description="Messages about the search (any label but other).")
    by_label: dict[str, int] = Field(description="Job-related messages per label.")
    linked: int = Field(description="Job-related messages matched to an application.")
    acted: int = Field(description="Changes to the tracker: the three below added up.")
    rejections_recorded: int = Field(description="Rejections recorded (their plans started).")
    stages_moved: int = Field(description="Applications moved forward.")
    replies_noted: int = Field(description="Replies noted (the silence clock restarted).")
    queued: int = Field(description="Messages now waiting in the review queue.")
    new_applications_suggested: int = Field(
        description="Of those queued: offers to add an application not in the tracker."
    )
    own_mail: int = Field(
        default=0,
        description="Mail you sent to others (from your own address, or marked Sent): never"
        " read as news, left alone.",
    )
    skipped: int = Field(description="Messages that could not be read.")
    skipped_reasons: dict[str, int] = Field(description="Skipped messages per reason.")
    skipped_examples: list[str] = Field(description="A few skipped ones: 'position: reason'.")
    changes: list[ImportChangeOut] = Field(
        description="What changed in your tracker and where (the first 500; `acted` counts all)."
    )


class ImportJobOut(Out):
    id: int = Field(description="The import's id (hosted mode; see /inbox/imports/{id}).")
    source: Literal["mbox", "eml", "imap"] = Field(description="What it reads.")
    what: str = Field(description="The files' names, or the folder and server.")
    status: Literal["queued", "running", "done", "failed"] = Field(
        description="queued and running: ask again in a few seconds; done: `summary` says"
        " what it did; failed: `error` says why (what was read before stays)."
    )
    created_at: datetime = Field(description="When it was started.")
    finished_at: datetime | None = Field(description="When it ended, if it has.")
    read: int = Field(description="Messages read so far.")
    summary: ImportSummaryOut | None = Field(description="What it did, once done.")
    error: str | None = Field(description="Why it stopped, if it failed.")


class ReviewItemOut(Out):
    id: int = Field(description="The review item's id.")
    sender: str = Field(description="The sender's address.")
    sender_name: str | None = Field(description="The sender's display name, if any.")
    subject: str = Field(description="The subject (mail text: escape it wherever you show it).")
    sent_on: date = Field(description="The day it was sent.")
    excerpt: str = Field(description="The start of its clean text (up to 1,500 characters).")
    label: Label = Field(description="The guess.")
    confidence: float = Field(description="How sure the guess is, 0-1.")
    why: str = Field(description="Why it waits, in plain words.")
    application_id: int | None = Field(description="The suggested application, if any.")
    company: str | None = Field(description="The company as the message names it.")
    role: str | None = Field(description="The role as the message names it.")
    offer_new: bool = Field(description="True when it offers to add a new application.")
    status: ReviewStatus = Field(description="open, confirmed or dismissed.")
    decided_label: Label | None = Field(description="The label it was settled as, if settled.")


class ReviewEntryOut(Out):
    item: ReviewItemOut
    application: ApplicationOut | None = Field(description="The suggested application, or null.")


class ReviewPageOut(Out):
    items: list[ReviewEntryOut] = Field(description="This page, newest message first.")
    total: int = Field(description="Items in this status, on every page.")
    limit: int = Field(description="The page size asked for.")
    offset: int = Field(description="How many were skipped.")


class ReviewConfirmIn(In):
    label: Label | None = Field(None, description="What it really is; the guess when left out.")
    application_id: Id | None = Field(
        None, description="The application it is about; the suggestion when left out."
    )
    create_application: StrictBool = Field(
        False, description="Add the application the message names, and link it."
    )


class ReviewOutcomeOut(Out):
    item: ReviewItemOut
    label: Label = Field(description="The label it was settled as.")
    application: ApplicationOut | None = Field(description="The application it was applied to.")
    done: str = Field(description="What changed, in plain words.")
    corrected: bool = Field(description="True when kept as a correction (trains your model).")
    created: bool = Field(description="True when the application was added from the message.")
