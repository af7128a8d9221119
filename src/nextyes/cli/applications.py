"""add, list, show, move, reject."""

from typing import Annotated

import typer
from rich.markup import escape

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.cli.render import application_panel, applications_table
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice, parse_day
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import parse_stage
from nextyes.services import applications as service
from nextyes.services.recovery import undo_rejection

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
OnDate = Annotated[
    str | None, typer.Option("--on", help="When it happened: YYYY-MM-DD, today or yesterday.")
]


def add(
    company: Annotated[
        str | None, typer.Argument(help="The company's name (read from the posting with --from).")
    ] = None,
    role: Annotated[
        str | None, typer.Argument(help="The job title (read from the posting with --from).")
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="URL|FILE",
            help="Read the posting: its web address, or a page saved from the browser.",
        ),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(help="referral, recruiter, direct, job_board, networking or other."),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(help="Where it stands now (saved, applied, ...); --from starts it as saved."),
    ] = None,
    on: OnDate = None,
    excitement: Annotated[int, typer.Option(help="1 to 5; 5 is a dream job.")] = 3,
    link: Annotated[str | None, typer.Option(help="The posting's web address.")] = None,
    description: Annotated[str | None, typer.Option(help="The job description or notes.")] = None,
    location: Annotated[str | None, typer.Option(help="Where the job is.")] = None,
    salary_min: Annotated[int | None, typer.Option(help="Lower end of the salary range.")] = None,
    salary_max: Annotated[int | None, typer.Option(help="Upper end of the salary range.")] = None,
    currency: Annotated[str | None, typer.Option(help="Salary currency, e.g. GBP.")] = None,
    notes: Annotated[str | None, typer.Option(help="Your own notes on it.")] = None,
    anyway: Annotated[
        bool,
        typer.Option(
            "--anyway", help="Add it even if it looks like an application you already have."
        ),
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="With --from: save without asking first.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="With --from: show what was found, save nothing.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Add an application, typed or read from a posting (--from URL or a saved page). One
    that looks like an application you have is refused without --anyway."""
    ws = workspace()
    today = ws.clock.today()
    if source is not None:
        from nextyes.cli.add_from import add_from_posting

        add_from_posting(
            ws,
            source,
            typed={
                "company": company,
                "role": role,
                "link": link,
                "description": description,
                "location": location,
                "salary_min": salary_min,
                "salary_max": salary_max,
                "salary_currency": currency,
                "notes": notes,
            },
            channel=parse_choice(Channel, channel or "job_board", "channel"),
            stage=parse_stage(stage or "saved"),
            on=parse_day(on, today) if on else None,
            excitement=excitement,
            anyway=anyway,
            yes=yes or as_json,
            dry_run=dry_run,
            as_json=as_json,
        )
        return
    if dry_run or yes:
        raise InvalidInput("--yes and --dry-run go with --from URL|FILE")
    if company is None or role is None:
        raise InvalidInput(
            "give the company and the role (nextyes add COMPANY ROLE), or read them from the"
            " posting with --from URL|FILE"
        )
    new = NewApplication(
        company=company,
        role=role,
        channel=parse_choice(Channel, channel or "other", "channel"),
        stage=parse_stage(stage or "applied"),
        on=parse_day(on, today) if on else None,
        excitement=excitement,
        link=link,
        description=description,
        location=location,
        salary_min=salary_min,
        salary_max=salary_max,
        salary_currency=currency,
        notes=notes,
    )
    try:
        application = service.add_application(ws, new, allow_duplicate=anyway, link_earlier=anyway)
    except service.AlreadyInSearch as similar:
        raise InvalidInput(f"{similar}; to add it again all the same, add --anyway") from None
    if as_json:
        print_json(application)
    else:
        console.print(
            f"Added #{application.id}: {escape(application.role)} at"
            f" {escape(application.company)} ({application.stage.label.lower()})."
        )


def list_(
    stage: Annotated[str | None, typer.Option(help="Only this stage.")] = None,
    channel: Annotated[str | None, typer.Option(help="Only this channel.")] = None,
    as_json: AsJson = False,
) -> None:
    """List applications, newest change first."""
    found = service.list_applications(
        workspace(),
        stage=parse_stage(stage) if stage else None,
        channel=parse_choice(Channel, channel, "channel") if channel else None,
    )
    if as_json:
        print_json(found)
    elif not found and (stage or channel):
        console.print("No applications match those filters.")
    elif not found:
        console.print("No applications yet. Add one with: nextyes add COMPANY ROLE")
    else:
        console.print(applications_table(found))


def show(
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: AsJson = False,
) -> None:
    """Show one application with its people, rejections and timeline."""
    detail = service.application_detail(workspace(), application_id)
    if as_json:
        print_json(detail)
    else:
        console.print(application_panel(detail))


def move(
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    stage: Annotated[str, typer.Argument(help="The new stage, e.g. screening or final_round.")],
    on: OnDate = None,
    note: Annotated[str | None, typer.Option(help="A note for the timeline.")] = None,
    as_json: AsJson = False,
) -> None:
    """Move an application to another stage."""
    ws = workspace()
    application = service.move_application(
        ws,
        application_id,
        parse_stage(stage),
        parse_day(on, ws.clock.today()) if on else None,
        note=note,
    )
    if as_json:
        print_json(application)
    else:
        console.print(
            f"#{application.id} {escape(application.company)} is now"
            f" {application.stage.label.lower()} (since {application.stage_since.isoformat()})."
        )


def reject(
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    on: OnDate = None,
    silence: Annotated[
        bool, typer.Option("--silence", help="They stopped replying (ghosting).")
    ] = False,
    reason: Annotated[str | None, typer.Option(help="The reason they gave, if any.")] = None,
    feedback: Annotated[str | None, typer.Option(help="Feedback they shared.")] = None,
    undo: Annotated[
        bool, typer.Option("--undo", help="Remove the latest rejection, entered by mistake.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Record a rejection (an explicit no, or --silence) and start its recovery plan."""
    ws = workspace()
    if undo:
        restored = undo_rejection(ws, application_id)
        if as_json:
            print_json(restored)
        else:
            console.print(
                f"Removed the rejection: #{restored.id} {escape(restored.company)} is back in"
                f" {restored.stage.label.lower()}. Steps you had done stay in its history."
            )
        return
    recorded = service.record_rejection(
        ws,
        application_id,
        RejectionForm.SILENCE if silence else RejectionForm.EXPLICIT,
        parse_day(on, ws.clock.today()) if on else None,
        reason=reason,
        feedback=feedback,
    )
    if as_json:
        print_json(recorded)
        return
    a = recorded.application
    if recorded.already_recorded:
        console.print(f"Already recorded for #{a.id} {escape(a.company)}; nothing changed.")
        return
    reached = recorded.rejection.stage_reached.label.lower()
    console.print(
        f"Recorded for #{a.id} {escape(a.role)} at {escape(a.company)}. You reached {reached};"
        " that took real work, and it counts.\nYour plan back: nextyes plan"
        f" {a.id}  ·  what's due: nextyes today"
    )


def register(app: typer.Typer) -> None:
    app.command()(add)
    app.command(name="list")(list_)
    app.command()(show)
    app.command()(move)
    app.command()(reject)
