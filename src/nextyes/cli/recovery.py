"""today, plan, step done|snooze|skip, sweep, week, ifthen add|list."""

from datetime import date
from typing import Annotated

import typer
from rich.markup import escape

from nextyes.cli.common import JSON_HELP, console, print_json, settings, workspace
from nextyes.cli.render_plans import agenda_view, due_list_view, plan_panel, week_panel
from nextyes.domain.agenda import DueFilter
from nextyes.domain.applications import Channel
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice, parse_day, plausible_day
from nextyes.domain.steps import SnoozeWord
from nextyes.services import recovery as service
from nextyes.services.preferences import effective_resources, sweep_with_preferences
from nextyes.services.today import due_list
from nextyes.services.today import today as agenda_for
from nextyes.services.weekly import add_if_then, list_if_thens, save_week_plan, week_plan

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
AsOf = Annotated[
    str | None, typer.Option("--as-of", help="Look as of this day (YYYY-MM-DD, yesterday).")
]
Note = Annotated[str | None, typer.Option(help="A note to keep with the step.")]

step_app = typer.Typer(help="Mark a plan step done, snooze it, or skip it.", no_args_is_help=True)
ifthen_app = typer.Typer(help='Your "if ..., then I will ..." plans.', no_args_is_help=True)


def today(
    as_of: AsOf = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Every step due today, by application, a page at a time.")
    ] = False,
    page: Annotated[int, typer.Option(help="With --all: which page, from 1.")] = 1,
    only: Annotated[
        str, typer.Option(help="With --all: all, quiet (follow-ups after silence) or plan.")
    ] = "all",
    as_json: AsJson = False,
) -> None:
    """What matters today: at most five things, most important first, the rest counted."""
    ws = workspace()
    if show_all or page != 1 or only != "all":
        if not show_all:
            raise InvalidInput("--page and --only go with --all")
        if as_of:
            raise InvalidInput("--all lists what is due today; leave out --as-of")
        found = due_list(ws, page, parse_choice(DueFilter, only, "only"))
        if as_json:
            print_json(found)
        else:
            console.print(due_list_view(found))
        return
    day = parse_day(as_of, ws.clock.today()) if as_of else None
    agenda = agenda_for(ws, day, effective_resources(ws, settings()))
    if as_json:
        print_json(agenda)
    else:
        console.print(agenda_view(agenda))


def plan(
    application_id: Annotated[int, typer.Argument(metavar="ID")], as_json: AsJson = False
) -> None:
    """Show the recovery plan of an application."""
    view = service.plan_view(workspace(), application_id)
    if as_json:
        print_json(view)
    else:
        console.print(plan_panel(view))


@step_app.command()
def done(
    step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
    note: Note = None,
    as_json: AsJson = False,
) -> None:
    """Mark a step done."""
    step = service.complete_step(workspace(), step_id, note)
    if as_json:
        print_json(step)
    else:
        console.print(f"Done: {escape(step.title)}. Well done.")


@step_app.command()
def snooze(
    step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
    until: Annotated[
        str,
        typer.Option(
            help="The day to bring it back: YYYY-MM-DD, 'tomorrow' or 'next-week' (a week"
            " after today, or after its due day if later). Always after its due day."
        ),
    ],
    note: Note = None,
    as_json: AsJson = False,
) -> None:
    """Move a step to a later day (never nearer: after today and after its due day)."""
    ws = workspace()
    word = until.strip().lower()
    if word in set(SnoozeWord):
        step = service.snooze_step_to(ws, step_id, SnoozeWord(word), note)
    else:
        step = service.snooze_step(ws, step_id, parse_snooze_day(until), note)
    if as_json:
        print_json(step)
    else:
        console.print(f"Snoozed until {step.due_on.isoformat()}: {escape(step.title)}.")


def parse_snooze_day(text: str) -> date:
    try:
        return plausible_day(date.fromisoformat(text.strip()), "snooze date")
    except ValueError:
        raise InvalidInput(
            f"cannot read snooze date {text!r}; use YYYY-MM-DD, 'tomorrow' or 'next-week'"
        ) from None


@step_app.command()
def skip(
    step_id: Annotated[int, typer.Argument(metavar="STEP_ID")],
    note: Note = None,
    as_json: AsJson = False,
) -> None:
    """Set a step aside: not every step fits every time."""
    step = service.skip_step(workspace(), step_id, note)
    if as_json:
        print_json(step)
    else:
        console.print(f"Skipped: {escape(step.title)}.")


def sweep(as_of: AsOf = None, as_json: AsJson = False) -> None:
    """Look for silence: follow-ups for quiet applications, ghosted after an unanswered one."""
    ws = workspace()
    report = sweep_with_preferences(
        ws, settings(), parse_day(as_of, ws.clock.today()) if as_of else None
    )
    if as_json:
        print_json(report)
        return
    console.print(
        f"Swept as of {report.as_of.isoformat()}: {len(report.quiet)} quiet application(s) got"
        f" a follow-up step, {len(report.ghosted)} marked ghosted."
    )


def week(
    applications: Annotated[
        int | None, typer.Option(help="How many applications to send this week.")
    ] = None,
    channel: Annotated[str | None, typer.Option(help="The channel to lean on.")] = None,
    when: Annotated[str | None, typer.Option(help="When you will do it.")] = None,
    role: Annotated[
        list[str] | None, typer.Option(help="A role to send (repeat for more).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """This week's plan: what, when and how. With options, make it yours."""
    ws = workspace()
    if any(v is not None for v in (applications, channel, when, role)):
        current = save_week_plan(
            ws,
            applications_target=applications,
            channel=parse_choice(Channel, channel, "channel") if channel else None,
            schedule=when,
            roles=role,
        )
    else:
        current = week_plan(ws)
    if as_json:
        print_json(current)
    else:
        console.print(week_panel(current))


@ifthen_app.command(name="add")
def ifthen_add(
    cue: Annotated[str, typer.Argument(metavar="IF", help='e.g. "I hear no"')],
    action: Annotated[
        str,
        typer.Argument(metavar="THEN", help='e.g. "I will take a walk, then send one application"'),
    ],
    as_json: AsJson = False,
) -> None:
    """Add an if-then plan."""
    added = add_if_then(workspace(), cue, action)
    if as_json:
        print_json(added)
    else:
        console.print(f"If {escape(added.cue)}, then {escape(added.action)}.")


@ifthen_app.command(name="list")
def ifthen_list(as_json: AsJson = False) -> None:
    """List your if-then plans."""
    plans = list_if_thens(workspace())
    if as_json:
        print_json(plans)
    elif not plans:
        console.print('No if-then plans yet. Try: nextyes ifthen add "I hear no" "I will ..."')
    else:
        for p in plans:
            console.print(f"#{p.id}  If {escape(p.cue)}, then {escape(p.action)}.")


def register(app: typer.Typer) -> None:
    app.command()(today)
    app.command()(plan)
    app.command()(sweep)
    app.command()(week)
    app.add_typer(step_app, name="step")
    app.add_typer(ifthen_app, name="ifthen")
