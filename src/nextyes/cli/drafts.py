"""draft ID KIND | draft sent DRAFT_ID (the profile drafts sign with: cli/profile.py)."""

from typing import Annotated

import typer
from rich.text import Text

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.domain.drafts import CONNECTION_LIMIT, Draft, DraftKind, Tone
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.services import drafts as service

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
KINDS = ", ".join(kind.value for kind in DraftKind)


def draft(
    target: Annotated[
        str, typer.Argument(metavar="ID|sent", help="An application id, or the word 'sent'.")
    ],
    kind_or_id: Annotated[
        str,
        typer.Argument(metavar="KIND|DRAFT_ID", help=f"What to write ({KINDS}), or a draft id."),
    ],
    contact: Annotated[
        int | None, typer.Option("--contact", help="The contact id it is for.")
    ] = None,
    tone: Annotated[str, typer.Option(help="warm, brief or formal.")] = "warm",
    with_reason: Annotated[
        bool, typer.Option("--with-reason", help="Refer politely to the reason they gave.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Write a message for an application, or mark one sent.

    nextyes draft ID KIND writes a draft of that KIND for application ID.

    nextyes draft sent DRAFT_ID marks a draft sent and ticks off its plan step.
    """
    if target.strip().lower() == "sent":
        if contact is not None or tone != "warm" or with_reason:
            raise InvalidInput("--contact, --tone and --with-reason are for writing a draft")
        _sent(_number(kind_or_id, "draft id"), as_json)
        return
    written = service.create_draft(
        workspace(),
        _number(target, "application id"),
        parse_choice(DraftKind, kind_or_id, "draft kind"),
        contact_id=contact,
        tone=parse_choice(Tone, tone, "tone"),
        include_reason=with_reason,
    )
    if as_json:
        print_json(written)
    else:
        _show(written)


def _sent(draft_id: int, as_json: bool) -> None:
    sent = service.mark_sent(workspace(), draft_id)
    if as_json:
        print_json(sent)
        return
    console.print(f"Marked draft #{draft_id} as sent. That took courage; well done.")
    if sent.logged:
        console.print("It is logged with the contact.")
    if sent.step is not None:
        console.print(Text(f"Plan step done: {sent.step.title}"))


def _number(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(f"{what} must be a number, got {text!r}") from None


def _show(written: Draft) -> None:
    console.print(f"Draft #{written.id} ({written.kind.value}, {written.tone.value})")
    if written.subject is not None:
        console.print(Text(f"Subject: {written.subject}"), soft_wrap=True)
    console.print()
    # soft_wrap: long lines stay whole, so a copy from the terminal pastes as written.
    console.print(Text(written.body), soft_wrap=True)
    console.print()
    if written.kind is DraftKind.CONNECTION_NOTE:
        console.print(f"{len(written.body)} of {CONNECTION_LIMIT} characters.")
    else:
        console.print(Text(f"Email link: {written.mailto}"), soft_wrap=True)
    if written.missing:
        console.print("To make it yours, you could add:")
        for hint in written.missing:
            console.print(Text(f"  - {hint}"), soft_wrap=True)
    console.print(f"When you have sent it: nextyes draft sent {written.id}")


def register(app: typer.Typer) -> None:
    app.command()(draft)
