"""history add | list: past jobs and how they were found."""

from typing import Annotated

import typer
from rich.markup import escape

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.cli.render import past_jobs_table
from nextyes.domain.applications import Channel
from nextyes.domain.fields import parse_choice, parse_day
from nextyes.domain.history import NewPastJob
from nextyes.services import history as service

app = typer.Typer(help="Past jobs and how you found them.", no_args_is_help=True)
AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]


@app.command()
def add(
    company: Annotated[str, typer.Argument(help="The company's name.")],
    role: Annotated[str, typer.Argument(help="The job title.")],
    channel: Annotated[
        str,
        typer.Option(
            help="How you got it: referral, recruiter, direct, job_board, networking, other."
        ),
    ],
    started: Annotated[str | None, typer.Option("--from", help="Start date (YYYY-MM-DD).")] = None,
    ended: Annotated[str | None, typer.Option("--to", help="End date (YYYY-MM-DD).")] = None,
    notes: Annotated[str | None, typer.Option(help="What helped you land it.")] = None,
    as_json: AsJson = False,
) -> None:
    """Add a past job."""
    ws = workspace()
    today = ws.clock.today()
    job = service.add_past_job(
        ws,
        NewPastJob(
            company=company,
            role=role,
            channel=parse_choice(Channel, channel, "channel"),
            started_on=parse_day(started, today) if started else None,
            ended_on=parse_day(ended, today) if ended else None,
            notes=notes,
        ),
    )
    if as_json:
        print_json(job)
    else:
        console.print(f"Added past job #{job.id}: {escape(job.role)} at {escape(job.company)}.")


@app.command(name="list")
def list_(as_json: AsJson = False) -> None:
    """List past jobs, most recent first."""
    jobs = service.list_past_jobs(workspace())
    if as_json:
        print_json(jobs)
    elif not jobs:
        console.print(
            "No past jobs yet. Add one with: nextyes history add COMPANY ROLE --channel X"
        )
    else:
        console.print(past_jobs_table(jobs))


def register(cli: typer.Typer) -> None:
    cli.add_typer(app, name="history")
