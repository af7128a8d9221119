"""nextyes admin: hosted mode's accounts, for whoever runs the server (docs/hosting.md)."""

from typing import Annotated

import typer

from nextyes.cli.common import JSON_HELP, console, fail, print_json, settings
from nextyes.clock import SystemClock
from nextyes.config import Settings
from nextyes.services import mailer
from nextyes.services.accounts import INVITE_DAYS, Accounts
from nextyes.store.database import Database

admin = typer.Typer(help="Hosted mode: invite people, and help them back in.", no_args_is_help=True)


def hosted_accounts() -> tuple[Settings, Accounts]:
    config = settings()
    if not config.hosted():
        fail(
            "accounts are for hosted mode (NEXTYES_MODE=hosted, docs/hosting.md); local mode"
            " has one person and no sign-in"
        )
    problem = config.hosted_problem()
    if problem is not None:
        fail(problem)
    db = Database(config.database_address()).prepare()
    return config, Accounts(db, SystemClock(), config.session_days)


@admin.command()
def invite(
    email: Annotated[str, typer.Argument(help="The address of the person to invite.")],
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Make a single-use sign-up link for EMAIL (it lasts 7 days), mail it when an SMTP
    server is set, and print it to pass on by hand."""
    config, accounts = hosted_accounts()
    token = accounts.invite(email)
    address = email.strip().lower()
    url = mailer.link(config, f"/signup/{token}")
    sent = mailer.send(config, address, *mailer.invitation(config, token))
    if as_json:
        print_json({"email": address, "link": url, "mailed": sent, "days": INVITE_DAYS})
        return
    said = "Mailed it, and here it is" if sent else "Pass it on (no NEXTYES_SMTP_HOST to mail it)"
    console.print(
        f"Invited {address}. {said}; it works once, for {INVITE_DAYS} days:\n{url}",
        soft_wrap=True,
        markup=False,
    )


@admin.command("reset-link")
def reset_link(
    email: Annotated[str, typer.Argument(help="The address of an account.")],
) -> None:
    """Print a single-use link that sets a new password for EMAIL's account (it lasts an
    hour), for a person who cannot receive the reset email."""
    config, accounts = hosted_accounts()
    address, token = accounts.request_reset(email)
    if token is None:
        fail(f"no account has the address {address}")
    console.print(
        f"A new-password link for {address}; it works once, within the hour:\n"
        f"{mailer.link(config, '/reset/' + token)}",
        soft_wrap=True,
        markup=False,
    )


@admin.command("delete-account")
def delete_account(
    email: Annotated[str, typer.Argument(help="The address of the account to delete.")],
    yes: Annotated[
        bool, typer.Option("--yes", help="Yes, delete it: it cannot be undone.")
    ] = False,
) -> None:
    """Delete EMAIL's account and the whole search in it, for good (a person who asked for
    it, and cannot sign in to do it themselves). Needs --yes."""
    if not yes:
        fail("this deletes the account and its whole search for good: add --yes if you mean it")
    _config, accounts = hosted_accounts()
    rows = accounts.delete_by_email(email)
    if rows is None:
        fail(f"no account has the address {email.strip().lower()}")
    console.print(
        f"Deleted the account {email.strip().lower()} and its search ({rows} rows).",
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(admin, name="admin")
