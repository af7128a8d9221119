"""`nextyes add --from URL|FILE`: read a posting, show what was found, save when the person
says so. What the person typed on the command line wins over what the page says."""

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from nextyes.cli.common import console, print_json, settings
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.stages import Stage
from nextyes.postings.proposal import Proposal
from nextyes.services import applications as service
from nextyes.services.postings import (
    PostingPreview,
    looks_like_address,
    preview_address,
    preview_file,
)
from nextyes.services.workspace import Workspace

DESCRIPTION_LINES = 6  # of the description shown before saving; all of it is kept


def add_from_posting(
    ws: Workspace,
    source: str,
    typed: dict[str, Any],
    channel: Channel,
    stage: Stage,
    on: date | None,
    excitement: int,
    anyway: bool,
    yes: bool,
    dry_run: bool,
    as_json: bool,
) -> None:
    preview = read_source(ws, source)
    proposal = replace(preview.proposal, **{k: v for k, v in typed.items() if v is not None})
    if as_json and dry_run:
        print_json({"found": proposal, "similar": [s.describe() for s in preview.similar]})
        return
    if not as_json:
        show(proposal, preview)
    if dry_run:
        console.print("Nothing was saved (--dry-run).")
        return
    if not proposal.company or not proposal.role:
        missing = " and ".join(
            name
            for name, value in (("COMPANY", proposal.company), ("ROLE", proposal.role))
            if not value
        )
        raise InvalidInput(
            f"the page does not say the {missing.lower()}; give it on the command line:"
            f" nextyes add COMPANY ROLE --from {source}"
        )
    if preview.similar and not anyway:
        raise service.AlreadyInSearch(preview.similar)  # the usual line, exit 2
    if not yes and not typer.confirm("Add it?", default=True):
        console.print("Nothing was added.")
        return
    new = NewApplication(
        company=proposal.company,
        role=proposal.role,
        channel=channel,
        stage=stage,
        on=on,
        excitement=excitement,
        link=proposal.link,
        description=proposal.description,
        location=proposal.location,
        salary_min=proposal.salary_min,
        salary_max=proposal.salary_max,
        salary_currency=proposal.salary_currency,
        notes=proposal.notes,
    )
    added = service.add_application(
        ws, new, allow_duplicate=True, link_earlier=bool(preview.similar)
    )
    if as_json:
        print_json(added)
    else:
        console.print(
            f"Added #{added.id}: {escape(added.role)} at {escape(added.company)}"
            f" ({added.stage.label.lower()})."
        )


def read_source(ws: Workspace, source: str) -> PostingPreview:
    if looks_like_address(source):
        config = settings()
        return preview_address(ws, source, config.hosted(), config.fetch_timeout)
    path = Path(source).expanduser()
    if not path.exists() and "://" in source:
        raise InvalidInput(f"{source!r} is not a web address NextYes can read: use http(s)://")
    return preview_file(ws, path)


def show(proposal: Proposal, preview: PostingPreview) -> None:
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    salary = ""
    if proposal.salary_min is not None or proposal.salary_max is not None:
        figures = [f"{n:,}" for n in (proposal.salary_min, proposal.salary_max) if n is not None]
        salary = f"{' to '.join(figures)} {proposal.salary_currency or ''} a year".strip()
    for label, value in (
        ("Role", proposal.role),
        ("Company", proposal.company),
        ("Location", proposal.location),
        ("Salary", salary),
        ("Link", proposal.link),
    ):
        table.add_row(label, escape(value) if value else "[dim]not found[/dim]")
    if proposal.notes:
        table.add_row("Notes", escape(proposal.notes))
    if proposal.description:
        lines = [line for line in proposal.description.splitlines() if line.strip()]
        shown = escape("\n".join(lines[:DESCRIPTION_LINES]))
        more = len(lines) - DESCRIPTION_LINES
        if more > 0:
            shown += f"\n[dim]… and {more} more lines, all kept[/dim]"
        table.add_row("Description", shown)
    console.print("[bold]Found on the page[/bold]")
    console.print(table)
    for line in proposal.said:
        console.print(f"[yellow]![/yellow] {escape(line)}")
    for found in preview.similar[:3]:
        console.print(f"[yellow]![/yellow] You already have {escape(found.describe())}.")
