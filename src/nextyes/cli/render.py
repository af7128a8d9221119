"""How records look in a terminal. Kept apart from the commands so tests can read it."""

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nextyes.domain.applications import Application
from nextyes.domain.contacts import Contact
from nextyes.domain.events import Event, EventKind
from nextyes.domain.history import PastJob
from nextyes.services.applications import ApplicationDetail


def stars(excitement: int) -> str:
    return "★" * excitement + "☆" * (5 - excitement)


def applications_table(applications: list[Application]) -> Table:
    table = Table(title=f"{len(applications)} applications", title_justify="left")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("company")
    table.add_column("role")
    for column in ("stage", "since", "channel", "excitement"):
        table.add_column(column, no_wrap=True)
    for a in applications:
        table.add_row(
            str(a.id),
            Text(a.company),
            Text(a.role),
            a.stage.label,
            a.stage_since.isoformat(),
            a.channel.value.replace("_", " "),
            stars(a.excitement),
        )
    return table


def application_panel(detail: ApplicationDetail) -> Group:
    a = detail.application
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    salary = (
        f"{a.salary_min or '?'} to {a.salary_max or '?'} {a.salary_currency or ''}".strip()
        if a.salary_min or a.salary_max
        else None
    )
    for label, value in (
        ("stage", f"{a.stage.label} since {a.stage_since.isoformat()}"),
        ("channel", a.channel.value.replace("_", " ")),
        ("excitement", stars(a.excitement)),
        ("applied", a.applied_on.isoformat() if a.applied_on else "not yet"),
        ("location", a.location),
        ("salary", salary),
        ("link", a.link),
    ):
        if value:
            facts.add_row(label, Text(value))
    parts: list[Panel | Table | Text] = [
        Panel(facts, title=escape(f"#{a.id} {a.role} at {a.company}"), title_align="left")
    ]
    if a.description:
        parts.append(Text(a.description))
    if a.notes:
        parts.append(Text(f"Your notes: {a.notes}"))
    for rejection in detail.rejections:
        line = Text(
            f"{'No reply' if rejection.form == 'silence' else 'A no'} on "
            f"{rejection.on.isoformat()}, after reaching {rejection.stage_reached.label.lower()}."
        )
        if rejection.reason:
            line.append(f" Reason given: {rejection.reason}")
        if rejection.feedback:
            line.append(f" Feedback: {rejection.feedback}")
        parts.append(line)
    if detail.contacts:
        parts.append(contacts_table(detail.contacts, title="People"))
    parts.append(timeline_table(detail.events))
    return Group(*parts)


def describe_event(event: Event) -> str:
    if event.kind is EventKind.CREATED:
        return f"Added as {event.to_stage.label.lower() if event.to_stage else 'new'}"
    if event.kind is EventKind.CONTACT_LINKED:
        return f"Linked {event.note}"
    if event.kind is EventKind.REJECTION_UNDONE:
        back = event.to_stage.label.lower() if event.to_stage else "?"
        return f"Rejection removed (entered by mistake); back in {back}"
    if event.kind is EventKind.REPLY_RECEIVED:
        return f"They wrote: {event.note}" if event.note else "They wrote"
    before = event.from_stage.label.lower() if event.from_stage else "?"
    after = event.to_stage.label.lower() if event.to_stage else "?"
    text = f"{before} → {after}"
    return f"{text}: {event.note}" if event.note else text


def timeline_table(events: list[Event]) -> Table:
    """Each entry with its id, for `nextyes edit entry ID` and `nextyes delete entry ID`."""
    table = Table(title="Timeline", title_justify="left")
    table.add_column("entry", justify="right")
    table.add_column("date")
    table.add_column("what")
    table.add_column("source", style="dim")
    for event in events:
        table.add_row(
            f"#{event.id}",
            event.occurred_on.isoformat(),
            Text(describe_event(event)),
            event.source.value,
        )
    return table


def contacts_table(contacts: list[Contact], title: str | None = None) -> Table:
    table = Table(title=title or f"{len(contacts)} contacts", title_justify="left")
    for column in ("id", "name", "role", "company", "email", "applications"):
        table.add_column(column, justify="right" if column == "id" else "left")
    for c in contacts:
        table.add_row(
            str(c.id),
            Text(c.name),
            c.role.value.replace("_", " "),
            Text(c.company or ""),
            Text(c.email or ""),
            ", ".join(str(i) for i in c.application_ids),
        )
    return table


def past_jobs_table(jobs: list[PastJob]) -> Table:
    table = Table(title=f"{len(jobs)} past jobs", title_justify="left")
    for column in ("id", "company", "role", "found through", "from", "to"):
        table.add_column(column, justify="right" if column == "id" else "left")
    for job in jobs:
        table.add_row(
            str(job.id),
            Text(job.company),
            Text(job.role),
            job.channel.value.replace("_", " "),
            job.started_on.isoformat() if job.started_on else "",
            job.ended_on.isoformat() if job.ended_on else "",
        )
    return table
