"""The command line: `nextyes ...`. Commands call services only; rendering stays here."""

import sys

import typer
from sqlalchemy.exc import OperationalError

from nextyes.cli import (
    admin,
    applications,
    calendar,
    contacts,
    drafts,
    evidence,
    history,
    inbox,
    preferences,
    recovery,
    reflect,
    stats,
    wellbeing,
)
from nextyes.cli.common import fail
from nextyes.domain.errors import NextYesError

app = typer.Typer(
    name="nextyes",
    help="NextYes: a job-search companion built around the hardest moment of a search, the 'no'.",
    no_args_is_help=True,
    add_completion=False,
    # Locals in a traceback could show private writing or a database password.
    pretty_exceptions_show_locals=False,
)
applications.register(app)
recovery.register(app)
app.add_typer(contacts.app, name="contact")
app.add_typer(history.app, name="history")
app.add_typer(calendar.interview_app, name="interview")
app.add_typer(calendar.calendar_app, name="calendar")
app.add_typer(preferences.settings_app, name="settings")
app.add_typer(inbox.inbox_app, name="inbox")
wellbeing.register(app)
reflect.register(app)
drafts.register(app)
evidence.register(app)
stats.register(app)
admin.register(app)


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except NextYesError as problem:
        fail(str(problem))
    except typer.Abort:
        fail("aborted", status=1)
    except typer.TyperException as problem:
        # Usage errors (an unknown command, a word where a number goes) in one line too.
        format_message = getattr(problem, "format_message", None)
        fail(format_message() if format_message else str(problem))
    except OperationalError as problem:
        # The driver's own first line says what went wrong; the URL (and any password) is
        # not part of it.
        reason = str(problem.orig).strip().splitlines()[0] if problem.orig else "unknown error"
        fail(f"cannot use the database: {reason}", status=1)
    sys.exit(code if isinstance(code, int) else 0)
