"""inbox import mbox|eml|imap, and inbox review: bring email into the tracker."""

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from nextyes.classify.labels import Label
from nextyes.cli.common import JSON_HELP, console, errors, fail, print_json, workspace
from nextyes.domain import inbox_review as words
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.inbox import ReviewStatus
from nextyes.mail.readers import RawMessage, count_mbox, read_eml_folder, read_imap, read_mbox

if TYPE_CHECKING:
    from nextyes.services.inbox import ImportSummary, ReviewEntry, ReviewOutcome, ReviewPage

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
PASSWORD_VARIABLE = "NEXTYES_IMAP_PASSWORD"

import_app = typer.Typer(
    help="Import email: an mbox file, a folder of .eml files, or an IMAP folder.",
    no_args_is_help=True,
)


@import_app.command("mbox")
def import_mbox(
    file: Annotated[Path, typer.Argument(help="The mbox file (e.g. from a mail export).")],
    as_json: AsJson = False,
) -> None:
    """Import the messages of an mbox file."""
    messages = read_mbox(file)
    first = next(messages, None)  # a missing file or a non-mbox fails here, before any work
    total = count_mbox(file) if errors.is_terminal and not as_json else None
    run_import(_again(first, messages), total, as_json)


@import_app.command("eml")
def import_eml(
    folder: Annotated[Path, typer.Argument(help="A folder of .eml files (searched in full).")],
    as_json: AsJson = False,
) -> None:
    """Import every .eml file in a folder and its subfolders."""
    messages = read_eml_folder(folder)
    first = next(messages, None)
    run_import(_again(first, messages), None, as_json)


@import_app.command("imap")
def import_imap(
    host: Annotated[str, typer.Option(help="The mail server, e.g. imap.example.org.")],
    user: Annotated[str, typer.Option(help="Your login on that server.")],
    port: Annotated[int, typer.Option(help="The server's IMAP-over-SSL port.")] = 993,
    folder: Annotated[str, typer.Option(help="The folder to read.")] = "INBOX",
    since: Annotated[
        str | None, typer.Option(help="Only messages from this date on: YYYY-MM-DD.")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Import a folder of an IMAP mailbox over SSL, without marking anything as read.

    The password comes from the NEXTYES_IMAP_PASSWORD environment variable, else a prompt
    that does not echo; it is never stored or printed."""
    day = _since(since)
    if not 1 <= port <= 65535:
        raise InvalidInput(f"--port must be from 1 to 65535, got {port}")
    password = os.environ.get(PASSWORD_VARIABLE) or typer.prompt(
        f"Password for {user} at {host}", hide_input=True, err=True
    )
    messages = read_imap(host, user, password, port=port, folder=folder, since=day)
    del password
    first = next(messages, None)  # connects and logs in: a refusal fails before any work
    # The login is usually the mailbox's own address: mail from it (a Sent folder) is the
    # person's own words, never news.
    run_import(_again(first, messages), None, as_json, own_addresses=(user,))


def _since(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"--since must be a date as YYYY-MM-DD, got {text!r}") from None


def _again(first: RawMessage | None, rest: Iterator[RawMessage]) -> Iterable[RawMessage]:
    if first is None:
        return
    yield first
    yield from rest


def run_import(
    messages: Iterable[RawMessage],
    total: int | None,
    as_json: bool,
    own_addresses: Sequence[str] = (),
) -> None:
    # The classifier (and its numerical libraries) loads only for commands that need it.
    from nextyes.services import inbox as service

    ws = workspace()
    with Progress(
        SpinnerColumn(),
        TextColumn("Reading mail"),
        BarColumn(),
        MofNCompleteColumn(),
        console=errors,
        transient=True,
        disable=as_json or not errors.is_terminal,
    ) as bar:
        task = bar.add_task("import", total=total)
        summary = service.import_messages(
            ws,
            messages,
            progress=lambda p: bar.update(task, completed=p.processed),
            parallel=(os.cpu_count() or 1) > 1,  # parse in a helper process, a chunk ahead
            own_addresses=own_addresses,
        )
    if as_json:
        print_json(summary)
        return
    more = summary.acted - len(summary.changes)
    lines = words.change_lines(summary.changes, 0, ws.clock.today(), more)
    if lines:
        console.print("[bold]What changed[/bold]")
        for line in lines:
            console.print(f"- {escape(words.line_text(line))}", soft_wrap=True)
    console.print(summary_table(summary))
    if summary.queued:
        console.print(
            f"{summary.queued} waiting for you: see them with `nextyes inbox review`."
            " Nothing uncertain was recorded."
        )


def summary_table(s: "ImportSummary") -> Table:
    table = Table(title="Email import", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("how many", justify="right")
    table.add_row("messages read", str(s.read))
    table.add_row("already imported before", str(s.already_seen))
    table.add_row("about your job search", str(s.job_related))
    for label, count in s.by_label.items():
        table.add_row(f"  {label.replace('_', ' ')}", str(count))
    table.add_row("linked to an application", str(s.linked))
    table.add_row("rejections recorded (plans started)", str(s.rejections_recorded))
    table.add_row("applications moved forward", str(s.stages_moved))
    table.add_row("replies noted (silence clock reset)", str(s.replies_noted))
    table.add_row("waiting for your review", str(s.queued))
    table.add_row("  of which: new applications to add", str(s.new_applications_suggested))
    table.add_row("your own mail to others (left alone)", str(s.own_mail))
    table.add_row("skipped (could not be read)", str(s.skipped))
    for reason, count in s.skipped_reasons.items():
        table.add_row(f"  {escape(reason)}", str(count))
    return table


def review(
    confirm: Annotated[
        int | None,
        typer.Option(
            "--confirm",
            help="Accept item ID's guess (or your --label/--application).",
            metavar="ID",
        ),
    ] = None,
    dismiss: Annotated[
        int | None,
        typer.Option("--dismiss", help="Item ID is not about your search.", metavar="ID"),
    ] = None,
    show: Annotated[
        int | None, typer.Option("--show", help="Show item ID in full.", metavar="ID")
    ] = None,
    label: Annotated[
        str | None,
        typer.Option(help="With --confirm: what the message really is (e.g. rejection, other)."),
    ] = None,
    application: Annotated[
        int | None,
        typer.Option(help="With --confirm: the application it is about.", metavar="ID"),
    ] = None,
    create: Annotated[
        bool, typer.Option("--create", help="With --confirm: add the application it names.")
    ] = False,
    done: Annotated[
        bool, typer.Option("--done", help="List items already confirmed or dismissed.")
    ] = False,
    limit: Annotated[int, typer.Option(help="How many items to list.")] = 50,
    as_json: AsJson = False,
) -> None:
    """The messages the import was not sure about: list them, then confirm, correct or
    dismiss each with one command."""
    from nextyes.services import inbox as service

    chosen = [name for name, value in (("--confirm", confirm), ("--dismiss", dismiss),
                                       ("--show", show)) if value is not None]  # fmt: skip
    if len(chosen) > 1:
        fail(f"use one of {' '.join(chosen)} at a time")
    extras = [n for n, v in (("--label", label), ("--application", application)) if v is not None]
    extras += ["--create"] if create else []
    if extras and confirm is None:
        fail(f"{extras[0]} goes with --confirm ID")
    ws = workspace()
    if confirm is not None:
        outcome = service.confirm(
            ws,
            confirm,
            label=parse_choice(Label, label, "label") if label else None,
            application_id=application,
            create_application=create,
        )
        _settled(outcome, as_json)
    elif dismiss is not None:
        _settled(service.dismiss(ws, dismiss), as_json)
    elif show is not None:
        entry = service.review_item(ws, show)
        print_json(entry) if as_json else _show(entry, ws.clock.today())
    else:
        status = ReviewStatus.CONFIRMED if done else ReviewStatus.OPEN
        page = service.review_queue(ws, limit=limit, status=status)
        if done:
            dismissed = service.review_queue(ws, limit=limit, status=ReviewStatus.DISMISSED)
            page = service.ReviewPage(
                page.items + dismissed.items, page.total + dismissed.total, limit, 0
            )
        print_json(page) if as_json else _list(page, done)


def _settled(outcome: "ReviewOutcome", as_json: bool) -> None:
    if as_json:
        print_json(outcome)
        return
    item = outcome.item
    what = "Dismissed" if item.status is ReviewStatus.DISMISSED else "Confirmed"
    said = words.outcome_line(
        item, outcome.label, outcome.application, outcome.done, outcome.corrected,
        outcome.created,
    )  # fmt: skip
    console.print(f"{what} #{item.id}: {escape(said)}", soft_wrap=True)


def _list(page: "ReviewPage", done: bool) -> None:
    if not page.items:
        console.print("Nothing waiting for your review." if not done else "Nothing decided yet.")
        return
    title = f"{page.total} waiting for your review" if not done else "Decided"
    table = Table(title=title, title_justify="left")
    for column in ("id", "date", "subject", "the question" if not done else "settled"):
        table.add_column(column)
    for entry in page.items:
        i = entry.item
        if i.decided_label is not None:
            asked = f"{i.status.value} as {words.KIND_SHORT[i.decided_label]}"
        else:
            asked = words.question(i, entry.application)
            if entry.application is not None:
                asked += f" (#{entry.application.id})"
            elif i.offer_new and i.company:
                asked += " (not in your tracker yet: yes is --create)"
        table.add_row(str(i.id), i.sent_on.isoformat(), escape(i.subject[:60]), escape(asked))
    console.print(table)
    if not done:
        console.print(
            "Answer each with one command. Yes: --confirm ID. It's something else: --confirm"
            " ID --label KIND (and --application ID, or --create for a new one). Not about"
            " my search: --dismiss ID. Read one in full: --show ID."
        )


def _show(entry: "ReviewEntry", today: date) -> None:
    i = entry.item
    a = entry.application
    console.print(f"[bold]#{i.id} {escape(words.question(i, a))}[/bold]", soft_wrap=True)
    console.print(f"From {escape(i.sender_name or '')} <{escape(i.sender)}>, {i.sent_on}")
    console.print(f"Subject: {escape(i.subject)}", soft_wrap=True)
    if a is not None:
        console.print(f"About: #{a.id} {escape(a.role)} at {escape(a.company)} ({a.stage.value})")
    elif i.offer_new and i.company:
        console.print(f"Not in your tracker: {escape(words.who(i, None))}")
    console.print(
        f"How sure NextYes is: {words.sureness(i.confidence)}; it asks because"
        f" {escape(words.why_words(i))}."
    )
    console.print()
    console.print(escape(i.excerpt), soft_wrap=True)
    if i.status is ReviewStatus.OPEN:
        console.print()
        yes = f"--confirm {i.id}"
        if a is None and i.offer_new and i.company:
            yes += " --create"
        elif not words.can_say_yes(i, a):
            yes += " --application ID"
        console.print(f"Yes: {yes}  ({escape(words.yes_does(i, a, today))})", soft_wrap=True)
        console.print(
            f"It's something else: --confirm {i.id} --label KIND (and --application ID or --create)"
        )
        console.print(f"Not about my search: --dismiss {i.id}")
