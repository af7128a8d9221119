"""demo, db upgrade, serve."""

from typing import Annotated

import typer

from nextyes.cli.common import JSON_HELP, console, print_json, settings, workspace
from nextyes.services.demo import is_empty, load_demo

db = typer.Typer(help="Database maintenance.", no_args_is_help=True)


def demo(
    force: Annotated[
        bool, typer.Option("--force", help="Replace everything already there with the demo.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Load a realistic demo search (about 30 applications) into an empty database."""
    loaded = load_demo(workspace(), force=force)
    if as_json:
        print_json(loaded)
    else:
        console.print(
            f"Loaded the demo: {loaded.applications} applications, {loaded.contacts} contacts,"
            f" {loaded.past_jobs} past jobs."
        )


@db.command()
def upgrade() -> None:
    """Create the schema, or bring it up to date. Safe to run at any time."""
    from nextyes.store import migrate
    from nextyes.store.database import Database

    database = Database(settings().database_address())
    before = migrate.current_revision(database.engine)
    migrate.upgrade(database.engine)
    after = migrate.current_revision(database.engine)
    if before == after:
        console.print(f"The database is up to date (revision {after}).")
    else:
        console.print(f"Upgraded the database from {before or 'empty'} to {after}.")


def serve(
    demo: Annotated[
        bool, typer.Option("--demo", help="Load the demo search first if the database is empty.")
    ] = False,
    host: Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000).")] = None,
) -> None:
    """Start the web app."""
    import uvicorn

    from nextyes.web.app import create_app

    config = settings()
    ws = workspace()
    if demo:
        if is_empty(ws):
            loaded = load_demo(ws)
            console.print(f"Loaded the demo search ({loaded.applications} applications).")
        else:
            console.print("The database already has data; starting without loading the demo.")
    host = host or config.host
    port = port or config.port
    console.print(f"NextYes is running at http://{host}:{port}/  (Ctrl+C to stop)")
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(demo)
    app.command()(serve)
    app.add_typer(db, name="db")
