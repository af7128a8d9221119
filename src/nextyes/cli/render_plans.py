"""How plans, the agenda and the weekly plan look in a terminal."""

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nextyes.cli.evidence import card_panel
from nextyes.cli.wellbeing import suggestion_panel
from nextyes.domain.agenda import Agenda, AgendaItem
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.weekly import IfThen, WeeklyPlan, label
from nextyes.services.recovery import PlanView

MARK = {StepStatus.OPEN: "○", StepStatus.DONE: "●", StepStatus.SKIPPED: "⊘"}


def _item_table(items: list[AgendaItem], title: str) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, box=None)
    table.add_column("id", justify="right", style="dim")
    table.add_column("what")
    for item in items:
        late = f" (from {item.step.due_on.isoformat()})" if item.overdue_days else ""
        text = Text(f"{item.step.title}")
        text.append(f"  · {item.company}{late}", style="dim")
        table.add_row(f"#{item.step.id}", text)
    return table


def agenda_view(agenda: Agenda) -> Group:
    parts: list[Table | Text | Panel] = [
        Text(f"Today, {agenda.as_of.strftime('%A %d %B %Y')}", style="bold")
    ]
    for nudge in agenda.nudges:
        parts.append(Text(nudge, style="italic"))
    if agenda.items:
        parts.append(_item_table(agenda.items, "For today"))
    if agenda.quiet:
        parts.append(_item_table(agenda.quiet, "Gone quiet: a polite follow-up"))
    if agenda.more:
        parts.append(
            Text(
                f"{agenda.more} more step(s) are due; the oldest are listed first."
                " Every step of a plan: nextyes plan ID",
                style="dim",
            )
        )
    if agenda.waiting:
        until = agenda.pause_until.isoformat() if agenda.pause_until else "later"
        parts.append(Text(f"{agenda.waiting} other step(s) can wait until {until}.", style="dim"))
    for card in agenda.evidence:
        parts.append(card_panel(card))
    if agenda.support is not None:
        parts.append(suggestion_panel(agenda.support))
    if not (agenda.items or agenda.quiet or agenda.nudges):
        parts.append(Text("Nothing is due today."))
    parts.append(Text("Mark steps with: nextyes step done|snooze|skip STEP_ID", style="dim"))
    return Group(*parts)


def plan_panel(view: PlanView) -> Group:
    a = view.application
    parts: list[Panel | Table | Text] = []
    if view.rejection is None and not view.steps:
        return Group(
            Text(f"#{a.id} {a.role} at {a.company} has no plan: plans start with a rejection.")
        )
    table = Table(title=escape(f"Plan for {a.role} at {a.company}"), title_justify="left")
    for column in ("step", "", "due", "what", "kind"):
        table.add_column(column)
    for step in view.steps:
        table.add_row(
            f"#{step.id}",
            MARK[step.status],
            step.due_on.isoformat(),
            Text(step.title),
            step.kind.value,
        )
    parts.append(table)
    if view.evidence and any(s.kind is StepKind.FEEL and s.is_open for s in view.steps):
        parts.extend(card_panel(card) for card in view.evidence[:2])
    if view.week is not None:
        parts.append(week_panel(view.week))
    if view.if_thens:
        parts.append(if_then_text(view.if_thens))
    return Group(*parts)


def week_panel(plan: WeeklyPlan) -> Panel:
    lines = Text()
    lines.append(f"What: {plan.applications_target} applications")
    if plan.roles:
        lines.append(", starting with " + "; ".join(plan.roles))
    lines.append(f"\nWhen: {plan.schedule}")
    lines.append(f"\nHow: lean on {label(plan.channel)}." if plan.channel else "\nHow:")
    if plan.channel_reason:
        lines.append(f" {plan.channel_reason}", style="dim")
    title = "This week's plan" + (
        "" if plan.saved else " (a suggestion: make it yours with nextyes week)"
    )
    return Panel(lines, title=title, title_align="left")


def if_then_text(plans: list[IfThen]) -> Text:
    text = Text("Your if-then plans:\n", style="bold")
    for p in plans:
        text.append(f"  If {p.cue}, then {p.action}.\n", style="")
    return text
