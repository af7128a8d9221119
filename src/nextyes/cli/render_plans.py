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
from nextyes.domain.steps import Goes, Step, action_for
from nextyes.domain.weekly import IfThen, WeeklyPlan, label
from nextyes.services.recovery import PlanView
from nextyes.services.today import DueList

MARK = {StepStatus.OPEN: "○", StepStatus.DONE: "●", StepStatus.SKIPPED: "⊘"}


def _item_table(
    items: list[AgendaItem], title: str, commands: bool = False, company: bool = True
) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, box=None)
    table.add_column("id", justify="right", style="dim")
    table.add_column("what")
    for item in items:
        late = f" (from {item.step.due_on.isoformat()})" if item.overdue_days else ""
        text = Text(f"{item.step.title}")
        text.append(f"  · {item.company}{late}" if company else late, style="dim")
        command = step_command(item.step) if commands else None
        if command:
            text.append(f"\n→ {command}", style="dim")
        table.add_row(f"#{item.step.id}", text)
    return table


def _quiet_title(agenda: Agenda) -> str:
    n, shown = agenda.quiet_total, len(agenda.quiet)
    if n == 1:
        return "1 quiet application: a polite follow-up today"
    if shown < n:
        return f"{n} quiet applications: follow up on the {shown} oldest today"
    return f"{n} quiet applications: a polite follow-up to each"


def agenda_view(agenda: Agenda) -> Group:
    """The same things as the Today page, in its order (domain/agenda.py): interviews, the
    next step (or the pause's gentle step), the nudge, the quiet applications, more steps,
    then one line for the rest with the command that lists them."""
    parts: list[Table | Text | Panel] = [
        Text(f"Today, {agenda.as_of.strftime('%A %d %B %Y')}", style="bold")
    ]
    if agenda.gentle:
        parts.extend(Text(nudge, style="italic") for nudge in agenda.nudges)
    for interview in agenda.interviews:
        when = "today" if interview.day == agenda.as_of else "tomorrow"
        parts.append(
            Text(
                f"Interview {when} at {interview.starts_at.strftime('%H:%M')}"
                f" ({interview.minutes} min): {interview.company} · {interview.role}"
                + (f" · {interview.location}" if interview.location else "")
            )
        )
    if agenda.interviews_more:
        parts.append(
            Text(f"And {agenda.interviews_more} more interview(s): nextyes interview list")
        )
    if agenda.items:
        first = agenda.items if agenda.gentle else agenda.items[:1]
        title = "Just this" if agenda.gentle else "Your next step"
        parts.append(_item_table(first, title, commands=not agenda.gentle))
    if not agenda.gentle:
        parts.extend(Text(nudge, style="italic") for nudge in agenda.nudges)
    if agenda.quiet:
        parts.append(_item_table(agenda.quiet, _quiet_title(agenda)))
        if agenda.quiet_total > len(agenda.quiet):
            parts.append(Text("All of them: nextyes today --all --only quiet", style="dim"))
    if not agenda.gentle and len(agenda.items) > 1:
        parts.append(_item_table(agenda.items[1:], "Also due"))
    if agenda.more_steps:
        parts.append(
            Text(
                f"{agenda.more_steps} more step(s) can wait: nextyes today --all --only plan",
                style="dim",
            )
        )
    if agenda.waiting:
        until = agenda.pause_until.isoformat() if agenda.pause_until else "later"
        parts.append(
            Text(
                f"{agenda.waiting} other step(s) can wait until {until}. Nothing else is asked"
                " of you today (they are listed by nextyes today --all, only if you want).",
                style="dim",
            )
        )
    if agenda.support is not None:
        parts.append(suggestion_panel(agenda.support))
    for card in agenda.evidence:
        parts.append(card_panel(card))
    if agenda.is_empty:
        parts.append(Text("Nothing is due today."))
    parts.append(Text("Mark steps with: nextyes step done|snooze|skip STEP_ID", style="dim"))
    return Group(*parts)


def due_list_view(found: DueList) -> Group:
    """Every step due today, by application (nextyes today --all)."""
    parts: list[Table | Text] = []
    if found.gentle:
        until = found.pause_until.isoformat() if found.pause_until else "later"
        parts.append(
            Text(
                f"None of this is asked of you today; it can all wait until {until}.",
                style="italic",
            )
        )
    if not found.groups:
        empty = "Nothing is due today." if found.applications == 0 else f"No page {found.page}."
        parts.append(Text(empty))
    for group in found.groups:
        parts.append(
            _item_table(
                group.items,
                escape(f"{group.company} · {group.role} (#{group.application_id})"),
                company=False,
            )
        )
    if found.pages > 1:
        parts.append(
            Text(
                f"Page {found.page} of {found.pages} ({found.applications} applications):"
                " --page N for another",
                style="dim",
            )
        )
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
        what = Text(step.title)
        command = step_command(step)
        if command:
            what.append(f"\n→ {command}", style="dim")
        table.add_row(
            f"#{step.id}",
            MARK[step.status],
            step.due_on.isoformat(),
            what,
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


def step_command(step: Step) -> str | None:
    """The command that does what an open step asks (writing its draft marks it done once
    sent; saving the reflection or this week's plan ticks it off)."""
    action = action_for(step) if step.is_open else None
    if action is None:
        return None
    app = step.application_id
    if action.goes is Goes.COMPOSE and action.draft is not None:
        to = f" --contact {action.contact_id}" if action.contact_id is not None else ""
        return f"nextyes draft {app} {action.draft.value}{to}"
    if action.goes in (Goes.REFLECT, Goes.FIT):
        return f"nextyes reflect {app}"
    if action.goes is Goes.WEEK:
        return "nextyes week --applications N"
    return f'nextyes contact add "NAME" --role interviewer --application {app}'


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
