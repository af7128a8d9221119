"""stats: the search seen honestly — funnel, replies, bounce-back, momentum, the odds."""

import dataclasses
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Group
from rich.panel import Panel
from rich.table import Table as RichTable
from rich.text import Text

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.domain.errors import InvalidInput
from nextyes.domain.insights import DEFAULT_N, MAX_N, Insights, odds_words
from nextyes.domain.insights_tables import Table, all_csv, shown, table_csv, tables
from nextyes.services.insights import insights

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
BAR_WIDTH = 30


def bar(value: int, largest: int) -> Text:
    """A bar of full blocks, its length proportional to value (at least one when not 0)."""
    if not largest or not value:
        return Text("")
    length = max(1, round(BAR_WIDTH * value / largest))
    return Text("█" * length, style="cyan")


def funnel_table(found: Insights) -> RichTable:
    table = RichTable(title="How far your applications got", title_justify="left")
    table.add_column("Stage")
    table.add_column("Reached", justify="right")
    table.add_column("Of sent", justify="right")
    table.add_column("")
    largest = found.funnel.sent
    for step in found.funnel.steps:
        share = "" if step.of_applied is None else f"{round(100 * step.of_applied)}%"
        table.add_row(step.label, str(step.reached), share, bar(step.reached, largest))
    return table


def plain_table(source: Table) -> RichTable:
    table = RichTable(title=source.title, title_justify="left")
    for column in source.columns:
        table.add_column(column.replace("_", " "))
    for row in source.rows:
        table.add_row(*(shown(c, v) for c, v in zip(source.columns, row, strict=True)))
    return table


def render(found: Insights) -> None:
    # Text, never markup: company names and reasons are what the person typed.
    console.print(Panel(Group(*(Text(line) for line in found.summary)), title="Where you stand"))
    console.print(funnel_table(found))
    odds = found.next_yes
    said = odds_words(odds, found.weakest_step)  # in words, as the Insights page says it
    console.print(
        Panel(
            Group(
                Text(said.headline),
                Text(said.meaning),
                *(Text(f"- {mover}") for mover in said.movers),
                Text(f"Source: {odds.source}", style="dim"),
            ),
            title="The next yes",
        )
    )
    if found.weakest_step is not None:
        step = found.weakest_step
        console.print(
            Panel(
                Group(
                    Text(step.sentence), Text(f"A next step: {step.suggestion} ({step.command})")
                ),
                title="Where applications stop",
            )
        )
    lines = [found.bounce_back.sentence, found.momentum.sentence]
    if found.what_worked.suggestion:
        lines.append(found.what_worked.suggestion)
    console.print(Panel(Group(*(Text(line) for line in lines)), title="Momentum"))
    for source in tables(found)[1:]:
        if source.rows:
            console.print(plain_table(source))


def write_csv(found: Insights, target: Path) -> str:
    """A folder gets one file per table; any other path one file with every table."""
    try:
        if target.is_dir():
            for source in tables(found):
                (target / f"{source.name}.csv").write_text(table_csv(source), encoding="utf-8")
            return f"Wrote {len(tables(found))} CSV files to {target}"
        target.write_text(all_csv(found), encoding="utf-8")
    except OSError as problem:
        raise InvalidInput(f"cannot write {target}: {problem.strerror or problem}") from None
    return f"Wrote {target}"


def stats(
    as_json: AsJson = False,
    csv: Annotated[
        Path | None,
        typer.Option(
            "--csv",
            metavar="DIR or FILE",
            help="Also write the figures as CSV: one file per table into a folder, or all"
            " tables in one file.",
        ),
    ] = None,
    next_n: Annotated[
        int,
        typer.Option(
            "--next", metavar="N", help=f"The odds are about the next N applications (1-{MAX_N})."
        ),
    ] = DEFAULT_N,
    skills: Annotated[
        bool,
        typer.Option(
            "--skills",
            help="The skills that keep coming up in your postings instead, and which come up"
            " more where you went furthest than where it stopped early.",
        ),
    ] = False,
) -> None:
    """Your search in figures: how far applications get, replies and silence, bounce-back,
    momentum, what worked before, where applications stop, and the odds of the next yes."""
    if skills:
        show_skills_across(as_json)
        return
    if csv is not None and not csv.is_dir() and not csv.parent.is_dir():
        raise InvalidInput(f"cannot write {csv}: its folder {csv.parent} does not exist")
    found = insights(workspace(), n=next_n)
    written = write_csv(found, csv) if csv is not None else None
    if as_json:
        print_json(found)
        return
    render(found)
    if written:
        console.print(Text(written))


def show_skills_across(as_json: bool) -> None:
    from nextyes.services.fit import skills_across_search

    found = skills_across_search(workspace())
    if as_json:
        print_json({**dataclasses.asdict(found), "compared": found.compared})
        return
    if not found.postings:
        console.print(
            "No posting text saved yet: add applications with nextyes add --from URL, or"
            " give --description."
        )
        return
    console.print(Text(f"From the text of your {found.postings} newest postings with one saved."))
    for seen in found.common:
        mark = " (yours)" if seen.yours else " (on your to-learn list)" if seen.learning else ""
        console.print(Text(f"  {seen.name}: {seen.postings} postings{mark}"))
    if not found.compared:
        console.print(
            Text(
                "The roles that went furthest and those that stopped early are compared once"
                f" each holds 3 (now {found.went_far} and {found.stopped_early})."
            )
        )
        return
    console.print(
        Text(
            f"{found.went_far} reached an interview or further; {found.stopped_early} ended"
            " before one. A pattern to look at, not a cause."
        )
    )
    if found.more_where_far:
        console.print(
            Text(f"More often where you went furthest: {', '.join(found.more_where_far)}")
        )
    if found.more_where_early:
        console.print(
            Text(f"More often where it stopped early: {', '.join(found.more_where_early)}")
        )


def register(app: typer.Typer) -> None:
    app.command()(stats)
