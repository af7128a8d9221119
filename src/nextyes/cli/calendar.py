"""interview add|list|cancel, calendar export."""

import os
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.domain.errors import InvalidInput
from nextyes.domain.interviews import Interview, NewInterview
from nextyes.services import interviews as service
from nextyes.services.applications import list_applications

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?")
STDOUT = "-"

interview_app = typer.Typer(help="Interviews you have scheduled.", no_args_is_help=True)
calendar_app = typer.Typer(help="Your steps and interviews in a calendar.", no_args_is_help=True)


def parse_moment(text: str) -> datetime:
    """A start time as typed: the machine's local time unless it carries an offset."""
    key = text.strip()
    # fromisoformat alone would also take a bare date (midnight), never what is meant here.
    if not MOMENT.fullmatch(key):
        raise InvalidInput(
            f"cannot read time {text!r}; use YYYY-MM-DD HH:MM (local time),"
            " or add an offset such as +01:00"
        )
    try:
        moment = datetime.fromisoformat(key)
    except ValueError:
        raise InvalidInput(f"cannot read time {text!r}: no such date or time") from None
    return moment if moment.tzinfo else moment.astimezone()  # naive: the machine's zone


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _line(interview: Interview, jobs: dict[int, str]) -> str:
    job = jobs.get(interview.application_id, f"application #{interview.application_id}")
    where = f" — {escape(interview.location)}" if interview.location else ""
    title = f" ({escape(interview.title)})" if interview.title else ""
    return (
        f"#{interview.id}  {_local(interview.starts_at)}  {interview.minutes} min  "
        f"{escape(job)}{title}{where}"
    )


@interview_app.command()
def add(
    application_id: Annotated[int, typer.Argument(metavar="APPLICATION_ID")],
    at: Annotated[
        str,
        typer.Option(
            "--at", help='When it starts: "YYYY-MM-DD HH:MM", local time unless an offset.'
        ),
    ],
    minutes: Annotated[int, typer.Option(help="How long it lasts (1 to 600).")] = 60,
    title: Annotated[str | None, typer.Option(help="A title for the calendar.")] = None,
    location: Annotated[str | None, typer.Option(help="Where: an address or a link.")] = None,
    notes: Annotated[str | None, typer.Option(help="Notes (kept out of the export).")] = None,
    as_json: AsJson = False,
) -> None:
    """Schedule an interview for an application."""
    new = NewInterview(application_id, parse_moment(at), minutes, title, location, notes)
    interview = service.add_interview(workspace(), new)
    if as_json:
        print_json(interview)
    else:
        console.print(
            f"Scheduled #{interview.id} for application #{interview.application_id} at"
            f" {_local(interview.starts_at)} ({interview.minutes} min). Good luck."
        )


@interview_app.command(name="list")
def list_interviews(as_json: AsJson = False) -> None:
    """List scheduled interviews, earliest first (times in local time)."""
    ws = workspace()
    found = service.list_interviews(ws)
    if as_json:
        print_json(found)
        return
    if not found:
        console.print("No interviews scheduled. Add one: nextyes interview add ID --at ...")
        return
    jobs = {a.id: f"{a.role} at {a.company}" for a in list_applications(ws)}
    for interview in found:
        console.print(_line(interview, jobs))


@interview_app.command()
def cancel(interview_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Cancel a scheduled interview (it waits in the trash for 30 days)."""
    interview = service.cancel_interview(workspace(), interview_id)
    console.print(
        f"Cancelled interview #{interview.id} ({_local(interview.starts_at)})."
        " Changed your mind? nextyes trash lists it to restore."
    )


@calendar_app.command()
def export(
    file: Annotated[str, typer.Argument(metavar="FILE.ics", help="Where to write; - for stdout.")],
) -> None:
    """Write open steps and upcoming interviews as an iCalendar file."""
    # icalendar loads only for an export, so every other command starts faster.
    from nextyes.services.calendar import export_calendar

    done = export_calendar(workspace())
    if file == STDOUT:
        sys.stdout.buffer.write(done.ics)
        sys.stdout.buffer.flush()
        return
    write_atomically(Path(file), done.ics)
    console.print(
        f"Wrote {done.items} item(s) to {escape(file)}: {done.steps} step(s),"
        f" {done.interviews} interview(s).",
        soft_wrap=True,  # a long path stays on one line, whole and copyable
    )
    console.print("Import a newer export the same way: it updates these items, not copies.")


def write_atomically(path: Path, data: bytes) -> None:
    """A reader (or a crash) never sees half a file: write beside it, then swap it in."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as problem:
        raise InvalidInput(f"cannot write {path}: {problem.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as problem:
        Path(temporary).unlink(missing_ok=True)
        raise InvalidInput(f"cannot write {path}: {problem.strerror}") from None


def register(app: typer.Typer) -> None:
    app.add_typer(interview_app, name="interview")
    app.add_typer(calendar_app, name="calendar")
