"""settings show|set|reset: your own reply windows and support resources."""

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from nextyes.cli.common import JSON_HELP, console, print_json, settings, workspace
from nextyes.domain.errors import InvalidInput
from nextyes.domain.preferences import RESOURCES, RULES, WINDOW_RULES, Preferences, window_from_text
from nextyes.services.preferences import preferences, reset_preferences, save_preferences

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
DEFAULT_WORD = "default"

settings_app = typer.Typer(
    help="Your own settings: how long to wait for a reply, and where to turn for support.",
    no_args_is_help=True,
)


def window_option(name: str) -> Any:
    rule = RULES[name]
    return typer.Option(
        help=f"{rule.explains} In {rule.unit} ({rule.low}-{rule.high}), or 'default' for"
        " this installation's.",
        metavar="N|default",
    )


def window_choice(name: str, typed: str) -> int | None:
    """A number of days, or None for 'default' (the installation's)."""
    if typed.strip().lower() == DEFAULT_WORD:
        return None
    if not typed.strip():
        raise InvalidInput(f"--{name.replace('_', '-')} needs a number or 'default'")
    return window_from_text(name, typed)


@settings_app.command()
def show(as_json: AsJson = False) -> None:
    """Show the settings that apply to you, and which of them are your own."""
    mine = preferences(workspace(), settings())
    if as_json:
        print_json(mine)
    else:
        render(mine)


@settings_app.command(name="set")
def set_settings(
    reply_days_applied: Annotated[str | None, window_option("reply_days_applied")] = None,
    reply_days_screening: Annotated[str | None, window_option("reply_days_screening")] = None,
    reply_business_days_interviewing: Annotated[
        str | None, window_option("reply_business_days_interviewing")
    ] = None,
    reply_business_days_final_round: Annotated[
        str | None, window_option("reply_business_days_final_round")
    ] = None,
    ghost_after_follow_up_days: Annotated[
        str | None, window_option("ghost_after_follow_up_days")
    ] = None,
    resource: Annotated[
        list[str] | None,
        typer.Option(
            help="A place to turn for support (repeat for more, up to 10); replaces your list."
        ),
    ] = None,
    default_resources: Annotated[
        bool,
        typer.Option("--default-resources", help="Use this installation's support resources."),
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Change some of your settings; the others stay as they are."""
    typed = {
        "reply_days_applied": reply_days_applied,
        "reply_days_screening": reply_days_screening,
        "reply_business_days_interviewing": reply_business_days_interviewing,
        "reply_business_days_final_round": reply_business_days_final_round,
        "ghost_after_follow_up_days": ghost_after_follow_up_days,
    }
    changes: dict[str, Any] = {
        name: window_choice(name, value) for name, value in typed.items() if value is not None
    }
    if resource and default_resources:
        raise InvalidInput("give --resource or --default-resources, not both")
    if resource:
        changes[RESOURCES] = resource
    elif default_resources:
        changes[RESOURCES] = None
    if not changes:
        raise InvalidInput(
            "nothing to change: give an option such as --reply-days-applied 14"
            " (see nextyes settings set --help)"
        )
    saved = save_preferences(workspace(), settings(), **changes)
    if as_json:
        print_json(saved)
    else:
        console.print("Saved. NextYes goes by these from now on.")
        render(saved)


@settings_app.command()
def reset(as_json: AsJson = False) -> None:
    """Go back to this installation's settings (your calendar link stays as it is)."""
    cleared = reset_preferences(workspace(), settings())
    if as_json:
        print_json(cleared)
    else:
        console.print("Done. You are back on this installation's defaults.")
        render(cleared)


def render(mine: Preferences) -> None:
    table = Table(title="How long to wait for a reply", title_justify="left", box=None)
    table.add_column("When")
    table.add_column("Wait", justify="right")
    table.add_column("Whose")
    for rule in WINDOW_RULES:
        value = getattr(mine, rule.name)
        default = getattr(mine.defaults, rule.name)
        whose = f"yours (default {default})" if mine.is_own(rule.name) else "default"
        table.add_row(rule.label, f"{value} {rule.unit}", whose)
    console.print(table)
    whose = "your own list" if mine.is_own(RESOURCES) else "this installation's list"
    console.print(f"\nWhere to turn for support ({whose}):")
    for line in mine.support_resources:
        console.print(f"  • {escape(line)}")


def register(app: typer.Typer) -> None:
    app.add_typer(settings_app, name="settings")
