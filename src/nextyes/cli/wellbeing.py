"""checkin MOOD, wellbeing (the WHO-5), wellbeing history."""

from typing import Annotated

import typer
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nextyes.cli.common import JSON_HELP, console, print_json, settings, workspace
from nextyes.domain.wellbeing import (
    WHO5_ITEMS,
    WHO5_LEAD,
    WHO5_NAME,
    WHO5_SCALE,
    WHO5_SOURCE,
    SupportSuggestion,
    parse_answers,
)
from nextyes.services import wellbeing as service
from nextyes.services.preferences import effective_resources

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]

wellbeing_app = typer.Typer(
    help=f"The {WHO5_NAME}: five questions about the last two weeks.",
    invoke_without_command=True,
)


def checkin(
    mood: Annotated[int, typer.Argument(metavar="MOOD", help="How you feel: 1 (low) to 5 (good).")],
    note: Annotated[str | None, typer.Option(help="A line about how it is going.")] = None,
    as_json: AsJson = False,
) -> None:
    """Check in: a mood from 1 to 5 and, if you like, a line of text."""
    ws = workspace()
    result = service.check_in(ws, mood, note, effective_resources(ws, settings()))
    if as_json:
        print_json(result)
        return
    console.print(Text(result.message))
    if result.suggestion is not None:
        console.print(suggestion_panel(result.suggestion))


@wellbeing_app.callback()
def wellbeing(
    ctx: typer.Context,
    answers: Annotated[
        str | None,
        typer.Option(help="Your five answers, 0 to 5, in order, e.g. 3,4,2,3,4 (no questions)."),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Take the WHO-5 Well-Being Index; without --answers it asks the five questions."""
    if ctx.invoked_subcommand is not None:
        return
    given = parse_answers(answers) if answers is not None else ask_who5(to_stderr=as_json)
    ws = workspace()
    result = service.take_who5(ws, given, effective_resources(ws, settings()))
    if as_json:
        print_json(result)
        return
    taken = result.questionnaire
    console.print(
        Text(f"{WHO5_NAME}: {taken.raw_score} out of 25, {taken.percent} out of 100.", "bold")
    )
    if result.change is not None:
        console.print(Text(result.change.message or _steady(result.change.points)))
    if result.suggestion is not None:
        console.print(suggestion_panel(result.suggestion))
    else:
        console.print(Text("Thank you for taking a moment for yourself."))


@wellbeing_app.command()
def history(
    limit: Annotated[int, typer.Option(help="How many of each to show, newest first.")] = 30,
    as_json: AsJson = False,
) -> None:
    """Your recent check-ins and WHO-5 results."""
    past = service.wellbeing_history(workspace(), limit)
    if as_json:
        print_json(past)
        return
    if not past.checkins and not past.questionnaires:
        console.print("Nothing yet. Try: nextyes checkin 3")
        return
    if past.checkins:
        table = Table(title="Check-ins", title_justify="left")
        for column in ("id", "when", "mood", "note"):
            table.add_column(column)
        for c in past.checkins:
            when = c.checked_at.strftime("%Y-%m-%d %H:%M")
            table.add_row(f"#{c.id}", when, str(c.mood), Text(c.note or ""))
        console.print(table)
    if past.questionnaires:
        table = Table(title=WHO5_NAME, title_justify="left")
        for column in ("id", "when", "answers", "score (0-25)", "out of 100"):
            table.add_column(column)
        for q in past.questionnaires:
            answers = ",".join(str(a) for a in q.answers)
            when = q.taken_at.strftime("%Y-%m-%d %H:%M")
            table.add_row(f"#{q.id}", when, answers, str(q.raw_score), str(q.percent))
        console.print(table)


def ask_who5(to_stderr: bool) -> tuple[int, ...]:
    """Ask the five items with their scale, worded exactly as the WHO-5 has them."""
    echo = Console(stderr=True, highlight=False) if to_stderr else console
    echo.print(Text(f"{WHO5_SOURCE}\n{WHO5_LEAD}", "bold"))
    for value, label in WHO5_SCALE:
        echo.print(Text(f"  {value} = {label}", "dim"))
    answers = [
        _ask(f"{number}. {item}", to_stderr) for number, item in enumerate(WHO5_ITEMS, start=1)
    ]
    return tuple(answers)


def _ask(question: str, to_stderr: bool) -> int:
    # Ask again on a slip of the keyboard rather than losing the answers given so far.
    while True:
        typed = str(typer.prompt(question, prompt_suffix=" [0-5]: ", err=to_stderr)).strip()
        if typed in {"0", "1", "2", "3", "4", "5"}:
            return int(typed)
        typer.echo("Please answer with a whole number from 0 to 5.", err=True)


def suggestion_panel(suggestion: SupportSuggestion) -> Panel:
    lines: list[Text] = [Text(suggestion.message)]
    if suggestion.resources:
        lines.append(Text("\nPlaces to turn:"))
        lines.extend(Text(f"  • {resource}") for resource in suggestion.resources)
    return Panel(Group(*lines), title="A gentle suggestion", title_align="left")


def _steady(points: int) -> str:
    if points == 0:
        return "The same score as last time."
    return f"{abs(points)} points {'higher' if points > 0 else 'lower'} than last time."


def register(app: typer.Typer) -> None:
    app.command()(checkin)
    app.add_typer(wellbeing_app, name="wellbeing")
