"""contact add | list | link."""

from typing import Annotated

import typer
from rich.markup import escape

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.cli.render import contacts_table
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.fields import parse_choice, parse_day
from nextyes.services import contacts as service

app = typer.Typer(
    help="People you meet: recruiters, hiring managers, interviewers, referrers.",
    no_args_is_help=True,
)
AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]


@app.command()
def add(
    name: Annotated[str, typer.Argument(help="Their name.")],
    role: Annotated[
        str, typer.Option(help="recruiter, hiring_manager, interviewer, referrer or other.")
    ] = "other",
    company: Annotated[str | None, typer.Option(help="Where they work.")] = None,
    email: Annotated[str | None, typer.Option(help="Their email address.")] = None,
    linkedin: Annotated[str | None, typer.Option(help="Their LinkedIn profile address.")] = None,
    notes: Annotated[str | None, typer.Option(help="Anything worth remembering.")] = None,
    next_touch: Annotated[
        str | None, typer.Option(help="When to get in touch next (YYYY-MM-DD).")
    ] = None,
    application: Annotated[
        int | None, typer.Option(help="Link them to this application id.")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Add a contact."""
    ws = workspace()
    contact = service.add_contact(
        ws,
        NewContact(
            name=name,
            role=parse_choice(ContactRole, role, "contact role"),
            company=company,
            email=email,
            linkedin=linkedin,
            notes=notes,
            next_touch_on=parse_day(next_touch, ws.clock.today()) if next_touch else None,
        ),
        application_id=application,
    )
    if as_json:
        print_json(contact)
    else:
        console.print(f"Added contact #{contact.id}: {escape(contact.name)}.")


@app.command(name="list")
def list_(
    company: Annotated[str | None, typer.Option(help="Only people at this company.")] = None,
    application: Annotated[
        int | None, typer.Option(help="Only people linked to this application id.")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """List contacts."""
    found = service.list_contacts(workspace(), company=company, application_id=application)
    if as_json:
        print_json(found)
    elif not found:
        console.print("No contacts yet. Add one with: nextyes contact add NAME")
    else:
        console.print(contacts_table(found))


@app.command()
def link(
    contact_id: Annotated[int, typer.Argument(metavar="CONTACT_ID")],
    application_id: Annotated[int, typer.Argument(metavar="APPLICATION_ID")],
    as_json: AsJson = False,
) -> None:
    """Link a contact to an application."""
    linked = service.link_contact(workspace(), contact_id, application_id)
    if as_json:
        print_json({"contact_id": contact_id, "application_id": application_id, "linked": linked})
    elif linked:
        console.print(f"Linked contact #{contact_id} to application #{application_id}.")
    else:
        console.print(f"Contact #{contact_id} was already linked to #{application_id}.")


def register(cli: typer.Typer) -> None:
    cli.add_typer(app, name="contact")
