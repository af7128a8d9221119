"""evidence [ID]: "it is rarely about you", shown with the person's own numbers."""

from typing import Annotated

import typer
from rich.console import Group
from rich.panel import Panel
from rich.text import Text

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.domain.evidence import EvidenceCard
from nextyes.services.evidence import evidence_cards

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]


def card_panel(card: EvidenceCard) -> Panel:
    # Text, never markup: the body quotes company names the person typed.
    parts = [Text(card.body)]
    if card.source:
        parts.append(Text(f"Source: {card.source}", style="dim"))
    return Panel(Group(*parts), title=Text(card.headline, style="bold"), title_align="left")


def evidence(
    application_id: Annotated[
        int | None,
        typer.Argument(metavar="ID", help="A rejected application: its cards come first."),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """It is rarely about you: how far you got, how often anyone answers, how common
    silence is, with your own numbers and published figures."""
    cards = evidence_cards(workspace(), application_id)
    if as_json:
        print_json(cards)
        return
    for card in cards:
        console.print(card_panel(card))


def register(app: typer.Typer) -> None:
    app.command()(evidence)
