"""edit, delete, trash: correct anything recorded, delete it into the trash, bring it back.

Only the options given change; an empty text ("") clears an optional field. Deleting keeps
the thing in the trash for 30 days: `nextyes trash` lists it, `nextyes trash restore ID`
brings it back."""

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from nextyes.cli.calendar import parse_moment
from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.domain.applications import Channel
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice, parse_day
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.services import corrections as service
from nextyes.services.applications import application_detail
from nextyes.services.trash import (
    TRASH_DAYS,
    Deleted,
    Kind,
    delete_item,
    delete_reflection_of,
    delete_week_plan,
    empty_trash,
    restore_item,
    trash_items,
)

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
Id = Annotated[int, typer.Argument(metavar="ID")]
Given = str | None  # an option not given is None: that field stays as it is

edit_app = typer.Typer(
    help="Correct something you recorded; only the options you give change.",
    no_args_is_help=True,
)
trash_app = typer.Typer(
    help=f"What you deleted in the last {TRASH_DAYS} days, and bringing it back.",
    invoke_without_command=True,
)


def _text(given: Given, current: str | None) -> str | None:
    """The new value of an optional text: unchanged when not given, cleared by ""."""
    if given is None:
        return current
    return given or None


def _number(given: Given, current: int | None, what: str) -> int | None:
    if given is None:
        return current
    if not given.strip():
        return None
    try:
        return int(given)
    except ValueError:
        raise InvalidInput(f"{what} must be a whole number, got {given!r}") from None


def _done(changed: Any, what: str, as_json: bool) -> None:
    if as_json:
        print_json(changed)
    else:
        console.print(f"Corrected {what}.")


@edit_app.command("application")
def edit_application(
    application_id: Id,
    company: Annotated[Given, typer.Option(help="The company's name.")] = None,
    role: Annotated[Given, typer.Option(help="The job title.")] = None,
    channel: Annotated[Given, typer.Option(help="referral, recruiter, direct, ...")] = None,
    excitement: Annotated[Given, typer.Option(help="1 to 5; 5 is a dream job.")] = None,
    link: Annotated[Given, typer.Option(help="The posting's address.")] = None,
    description: Annotated[Given, typer.Option(help="The job description.")] = None,
    location: Annotated[Given, typer.Option(help="Where the job is.")] = None,
    salary_min: Annotated[Given, typer.Option(help="Lower end of the salary range.")] = None,
    salary_max: Annotated[Given, typer.Option(help="Upper end of the salary range.")] = None,
    currency: Annotated[Given, typer.Option(help="Salary currency, e.g. GBP.")] = None,
    notes: Annotated[Given, typer.Option(help="Your own notes on it.")] = None,
    as_json: AsJson = False,
) -> None:
    """Correct an application's facts and notes (its dates: `edit entry`)."""
    ws = workspace()
    current = application_detail(ws, application_id).application.facts
    changed = replace(
        current,
        company=current.company if company is None else company,
        role=current.role if role is None else role,
        channel=current.channel if channel is None else parse_choice(Channel, channel, "channel"),
        excitement=_number(excitement, current.excitement, "excitement") or 0,
        link=_text(link, current.link),
        description=_text(description, current.description),
        location=_text(location, current.location),
        salary_min=_number(salary_min, current.salary_min, "salary-min"),
        salary_max=_number(salary_max, current.salary_max, "salary-max"),
        salary_currency=_text(currency, current.salary_currency),
        notes=_text(notes, current.notes),
    )
    corrected = service.edit_application(ws, application_id, changed)
    said = f"#{corrected.id} {escape(corrected.role)} at {escape(corrected.company)}"
    _done(corrected, said, as_json)


@edit_app.command("entry")
def edit_entry(
    entry_id: Id,
    on: Annotated[
        Given, typer.Option(help="The corrected date: YYYY-MM-DD, today, yesterday.")
    ] = None,
    note: Annotated[Given, typer.Option(help="Its note (for a 'no': the reason given).")] = None,
    feedback: Annotated[Given, typer.Option(help="For a 'no': the feedback they gave.")] = None,
    as_json: AsJson = False,
) -> None:
    """Correct a timeline entry (ids are in `nextyes show`): its date or note."""
    ws = workspace()
    day = parse_day(on, ws.clock.today()) if on is not None else None
    entry = service.edit_entry(ws, entry_id, on=day, note=note, feedback=feedback)
    _done(entry, f"entry #{entry.id} ({entry.occurred_on.isoformat()})", as_json)


@edit_app.command("contact")
def edit_contact(
    contact_id: Id,
    name: Annotated[Given, typer.Option(help="Their name.")] = None,
    role: Annotated[Given, typer.Option(help="recruiter, hiring_manager, interviewer, ...")] = None,
    company: Annotated[Given, typer.Option(help="Where they work.")] = None,
    email: Annotated[Given, typer.Option(help="Their email address.")] = None,
    linkedin: Annotated[Given, typer.Option(help="Their LinkedIn address.")] = None,
    notes: Annotated[Given, typer.Option(help="Notes.")] = None,
    next_touch: Annotated[Given, typer.Option(help="When to get in touch next.")] = None,
    as_json: AsJson = False,
) -> None:
    """Correct a contact's details."""
    ws = workspace()
    current = service.get_contact(ws, contact_id)
    touch = current.next_touch_on
    if next_touch is not None:
        touch = parse_day(next_touch, ws.clock.today()) if next_touch.strip() else None
    changed = NewContact(
        name=current.name if name is None else name,
        role=current.role if role is None else parse_choice(ContactRole, role, "role"),
        company=_text(company, current.company),
        email=_text(email, current.email),
        linkedin=_text(linkedin, current.linkedin),
        notes=_text(notes, current.notes),
        next_touch_on=touch,
    )
    corrected = service.edit_contact(ws, contact_id, changed)
    _done(corrected, f"contact #{corrected.id} {escape(corrected.name)}", as_json)


@edit_app.command("interview")
def edit_interview(
    interview_id: Id,
    at: Annotated[Given, typer.Option(help="When it starts: YYYY-MM-DD HH:MM.")] = None,
    minutes: Annotated[Given, typer.Option(help="How long, in minutes.")] = None,
    title: Annotated[Given, typer.Option(help="A title.")] = None,
    location: Annotated[Given, typer.Option(help="An address, a room or a call link.")] = None,
    notes: Annotated[Given, typer.Option(help="Notes.")] = None,
    as_json: AsJson = False,
) -> None:
    """Move or correct a scheduled interview."""
    ws = workspace()
    current = service.get_interview(ws, interview_id)
    changed = NewInterview(
        application_id=current.application_id,
        starts_at=current.starts_at if at is None else parse_moment(at),
        minutes=_number(minutes, current.minutes, "minutes") or 0,
        title=_text(title, current.title),
        location=_text(location, current.location),
        notes=_text(notes, current.notes),
    )
    corrected = service.edit_interview(ws, interview_id, changed)
    _done(corrected, f"interview #{corrected.id}", as_json)


@edit_app.command("checkin")
def edit_checkin(
    checkin_id: Id,
    mood: Annotated[Given, typer.Option(help="1 (low) to 5 (good).")] = None,
    note: Annotated[Given, typer.Option(help="A line about the day.")] = None,
    as_json: AsJson = False,
) -> None:
    """Correct a check-in (ids are in `nextyes wellbeing history`)."""
    ws = workspace()
    current = service.get_checkin(ws, checkin_id)
    corrected = service.edit_checkin(
        ws, checkin_id, _number(mood, current.mood, "mood"), _text(note, current.note)
    )
    _done(corrected, f"check-in #{corrected.id}", as_json)


@edit_app.command("ifthen")
def edit_if_then(
    plan_id: Id,
    if_: Annotated[Given, typer.Option("--if", help="If ...")] = None,
    then: Annotated[Given, typer.Option("--then", help="... then I will ...")] = None,
    as_json: AsJson = False,
) -> None:
    """Reword an if-then plan (ids are in `nextyes ifthen list`)."""
    ws = workspace()
    current = service.get_if_then(ws, plan_id)
    corrected = service.edit_if_then(
        ws, plan_id, current.cue if if_ is None else if_, current.action if then is None else then
    )
    _done(corrected, f"if-then plan #{corrected.id}", as_json)


@edit_app.command("past-job")
def edit_past_job(
    job_id: Id,
    company: Annotated[Given, typer.Option(help="The company's name.")] = None,
    role: Annotated[Given, typer.Option(help="The job title.")] = None,
    channel: Annotated[Given, typer.Option(help="How you found it.")] = None,
    started: Annotated[Given, typer.Option(help="When it started (YYYY-MM-DD).")] = None,
    ended: Annotated[Given, typer.Option(help="When it ended (YYYY-MM-DD).")] = None,
    notes: Annotated[Given, typer.Option(help="Notes.")] = None,
    as_json: AsJson = False,
) -> None:
    """Correct a past job (ids are in `nextyes history list`)."""
    ws = workspace()
    today = ws.clock.today()
    current = service.get_past_job(ws, job_id)

    def day(given: Given, now: Any) -> Any:
        if given is None:
            return now
        return parse_day(given, today) if given.strip() else None

    changed = NewPastJob(
        company=current.company if company is None else company,
        role=current.role if role is None else role,
        channel=current.channel if channel is None else parse_choice(Channel, channel, "channel"),
        started_on=day(started, current.started_on),
        ended_on=day(ended, current.ended_on),
        notes=_text(notes, current.notes),
    )
    corrected = service.edit_past_job(ws, job_id, changed)
    _done(corrected, f"past job #{corrected.id}", as_json)


@edit_app.command("draft")
def edit_draft(
    draft_id: Id,
    subject: Annotated[Given, typer.Option(help="The subject line.")] = None,
    body: Annotated[Given, typer.Option(help="The message as you will send it.")] = None,
    body_file: Annotated[
        Path | None, typer.Option(help="Read the message from this file ('-': stdin).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Keep your own wording of a draft."""
    ws = workspace()
    current = service.get_draft(ws, draft_id)
    if body_file is not None:
        body = _read(body_file)
    corrected = service.edit_draft(
        ws, draft_id, _text(subject, current.subject), current.body if body is None else body
    )
    _done(corrected, f"draft #{corrected.id}", as_json)


def _read(path: Path) -> str:
    if str(path) == "-":
        import sys

        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise InvalidInput(f"cannot read {path}: {problem}") from None


# ---- delete ------------------------------------------------------------------------------

DELETABLE = {
    "application": Kind.APPLICATION,
    "entry": Kind.EVENT,
    "contact": Kind.CONTACT,
    "interview": Kind.INTERVIEW,
    "checkin": Kind.CHECKIN,
    "who5": Kind.WHO5,
    "ifthen": Kind.IF_THEN,
    "past-job": Kind.PAST_JOB,
    "draft": Kind.DRAFT,
    "writing": Kind.WRITING,
}
OTHER = ("reflection", "week-plan")


def delete(
    what: Annotated[
        str,
        typer.Argument(
            metavar="WHAT",
            help="application, entry, contact, interview, checkin, who5, ifthen, past-job,"
            " draft, writing, reflection (give the application's ID) or week-plan (no ID).",
        ),
    ],
    item_id: Annotated[int | None, typer.Argument(metavar="[ID]")] = None,
    as_json: AsJson = False,
) -> None:
    """Delete something into the trash (kept 30 days; `nextyes trash restore` undoes it)."""
    key = what.strip().lower().replace("_", "-")
    if key not in DELETABLE and key not in OTHER:
        names = ", ".join([*DELETABLE, *OTHER])
        raise InvalidInput(f"cannot delete {what!r}; choose one of: {names}")
    ws = workspace()
    if key == "week-plan":
        deleted = delete_week_plan(ws)
    elif item_id is None:
        raise InvalidInput(f"give the id of the {key} to delete: nextyes delete {key} ID")
    elif key == "reflection":
        deleted = delete_reflection_of(ws, item_id)
    else:
        deleted = delete_item(ws, DELETABLE[key], item_id)
    _say_deleted(deleted, as_json)


def _say_deleted(deleted: Deleted, as_json: bool) -> None:
    if as_json:
        print_json(deleted)
        return
    console.print(
        f"Deleted: {escape(deleted.label)}. It stays in the trash for {TRASH_DAYS} days;"
        f" to bring it back: nextyes trash restore {deleted.trash_id}",
        soft_wrap=True,
    )


# ---- trash -------------------------------------------------------------------------------


@trash_app.callback()
def trash(ctx: typer.Context, as_json: AsJson = False) -> None:
    """List what you deleted in the last 30 days, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    items = trash_items(workspace())
    if as_json:
        print_json(items)
        return
    if not items:
        console.print("The trash is empty.")
        return
    table = Table(title=f"Trash (kept {TRASH_DAYS} days)", title_justify="left")
    for column in ("id", "what", "deleted"):
        table.add_column(column)
    for item in items:
        table.add_row(
            f"#{item.id}",
            Text(f"{Kind(item.kind).words}: {item.label}"),
            item.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
    console.print(table)
    console.print("Bring one back with: nextyes trash restore ID")


@trash_app.command("restore")
def restore(trash_id: Id, as_json: AsJson = False) -> None:
    """Bring something back from the trash, as it was."""
    restored = restore_item(workspace(), trash_id)
    if as_json:
        print_json(restored)
        return
    said = f"Restored: {escape(restored.label)} (#{restored.item_id})."
    if restored.left_out:
        said += f" {restored.left_out} linked record(s) could not come back: what they"
        said += " pointed at is gone."
    console.print(said)


@trash_app.command("empty")
def empty(
    older_than: Annotated[
        int, typer.Option(help="Only what was deleted at least this many days ago.")
    ] = 0,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
    as_json: AsJson = False,
) -> None:
    """Forget what is in the trash, for good."""
    if not yes and not typer.confirm("Forget what is in the trash for good?", default=False):
        raise typer.Abort()
    forgotten = empty_trash(workspace(), older_than)
    if as_json:
        print_json({"forgotten": forgotten})
    else:
        console.print(f"Forgot {forgotten} deleted item(s) for good.")


def register(app: typer.Typer) -> None:
    app.add_typer(edit_app, name="edit")
    app.command()(delete)
    app.add_typer(trash_app, name="trash")
