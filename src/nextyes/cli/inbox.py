"""inbox ...: read email and recognise job-search news."""

from typing import Annotated

import typer

from nextyes.cli.inbox_classify import classify_file
from nextyes.cli.inbox_import import import_app, review

inbox_app = typer.Typer(
    help="Your email: recognise rejections, interviews and other job-search news.",
    no_args_is_help=True,
)
inbox_app.add_typer(import_app, name="import")
inbox_app.command("review")(review)


@inbox_app.command("classify")
def classify(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE.jsonl",
            help="One JSON object per line with subject, body and sender; - reads stdin.",
        ),
    ],
) -> None:
    """Label each message (application_received, rejection, interview, offer, assessment,
    recruiter_outreach, other) with a confidence; prints one JSON line per message."""
    classify_file(file)


def register(app: typer.Typer) -> None:
    app.add_typer(inbox_app, name="inbox")
