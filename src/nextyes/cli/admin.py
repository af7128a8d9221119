"""demo, db upgrade, serve."""

import ipaddress
import socket
from dataclasses import asdict
from typing import Annotated

import typer

from nextyes.cli.common import JSON_HELP, console, errors, fail, print_json, settings
from nextyes.services.demo import fresh_demo

db = typer.Typer(help="Database maintenance.", no_args_is_help=True)


def demo(as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False) -> None:
    """Build the demo search (about 30 applications) in a database of its own, apart from
    your data; `serve --demo` opens it."""
    config = settings()
    started = fresh_demo(config)
    if as_json:
        print_json({**asdict(started.loaded), "folder": str(started.folder)})
        return
    # NEXTYES_DATABASE_URL wins over the home folder: with it set, the home alone would
    # point the commands at the person's own database, not at the demo.
    unset = " and NEXTYES_DATABASE_URL unset" if config.database_url is not None else ""
    console.print(
        f"Built the demo ({started.loaded.applications} applications) in its own folder,"
        f" {started.folder}; your own data is untouched. Open it with `nextyes serve --demo`,"
        f" or try commands on it with NEXTYES_HOME={started.folder}{unset}.",
        soft_wrap=True,
        markup=False,
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
        bool,
        typer.Option(
            "--demo",
            help="Open the demo search, rebuilt in a database of its own; your data is not"
            " touched, and a button on every page leaves the demo for it.",
        ),
    ] = False,
    host: Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000).")] = None,
    allow_network: Annotated[
        bool,
        typer.Option(
            "--allow-network",
            help="Allow a --host other machines can reach. There is no sign-in: anyone who"
            " reaches it can read and change everything.",
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="App processes to start (hosted mode on PostgreSQL: they share everything"
            " through the database).",
        ),
    ] = 1,
) -> None:
    """Start the web app."""
    import uvicorn

    from nextyes.web.app import create_app

    config = settings()
    named = f"--host {host}" if host else f"NEXTYES_HOST={config.host}"
    host = host or config.host
    port = port or config.port
    hosted = config.hosted_problem()
    if hosted is not None:
        fail(hosted)
    if demo and config.hosted():
        fail("--demo is for one person on their own machine; hosted mode has no demo")
    if workers > 1 and (demo or config.sqlite_file() is not None):
        fail(
            "--workers above 1 needs a database server (hosted mode on PostgreSQL): one"
            " person's SQLite file, or the demo, is served by one process"
        )
    # Hosted mode signs people in: being reachable is its purpose.
    reachable = not is_loopback(host) and not config.hosted()
    if reachable and not (allow_network or config.allow_network):
        fail(
            f"{named} would open NextYes to other machines, and it has no sign-in: anyone who"
            " reaches it could read and change your whole search. Keep the default"
            " (127.0.0.1), or add --allow-network if you mean it (docs/web.md)"
        )
    if not port_is_free(host, port):
        # Before the demo is rebuilt: a demo already running on this port keeps its state.
        fail(
            f"http://{host}:{port}/ is already in use: is NextYes running there already?"
            " Open it, or choose another --port",
            status=1,
        )
    if demo:
        started = fresh_demo(config)
        console.print(
            f"Opening the demo ({started.loaded.applications} applications), built afresh in"
            f" its own folder, {started.folder}; your own data is untouched.",
            soft_wrap=True,
            markup=False,
        )
    if reachable:
        errors.print(
            f"note: {host} is reachable from other machines and NextYes has no sign-in:"
            " anyone who reaches it can read and change your search.",
            markup=False,
            soft_wrap=True,
        )
    console.print(f"NextYes is running at http://{host}:{port}/  (Ctrl+C to stop)")
    if workers > 1:
        # Each worker builds its own app from the same environment (web/app.py).
        uvicorn.run(
            "nextyes.web.app:from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
        )
        return
    uvicorn.run(create_app(config, demo=demo), host=host, port=port, log_level="warning")


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach `host`: a loopback address or "localhost". Any
    other name counts as reachable (what it resolves to can change)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def port_is_free(host: str, port: int) -> bool:
    """Whether the server could listen there now (the same check uvicorn's bind makes)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET  # as uvicorn chooses
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError:
        return False
    return True


def register(app: typer.Typer) -> None:
    app.command()(demo)
    app.command()(serve)
    app.add_typer(db, name="db")
