"""Hosted mode from the command line, through the real entry point: what `serve` refuses,
`nextyes admin invite` and `reset-link`, and --user choosing whose search a command reads."""

import json
import re
from pathlib import Path

import pytest

from tests.cli_runner import SCRIPT, Cli, assert_one_line_error
from tests.hosted.conftest import SECRET
from tests.test_demo_cli import HOST, free_port
from tests.test_serve_network import first_page

LINK = re.compile(r"https://centre\.example\.org/signup/([A-Za-z0-9_-]{40,})")


def hosted_env(url: str, **more: str) -> dict[str, str]:
    return {
        "NEXTYES_MODE": "hosted",
        "NEXTYES_DATABASE_URL": url,
        "NEXTYES_SECRET_KEY": SECRET,
        "NEXTYES_PUBLIC_URL": "https://centre.example.org",
        **more,
    }


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"NEXTYES_MODE": "hosted"}, "hosted mode needs PostgreSQL"),
        (
            {"NEXTYES_MODE": "hosted", "NEXTYES_DATABASE_URL": "sqlite:////tmp/x.db"},
            "hosted mode needs PostgreSQL",
        ),
        (
            {"NEXTYES_MODE": "hosted", "NEXTYES_DATABASE_URL": "postgresql://u@127.0.0.1/x"},
            "hosted mode needs NEXTYES_SECRET_KEY",
        ),
        (
            {
                "NEXTYES_MODE": "hosted",
                "NEXTYES_DATABASE_URL": "postgresql://u@127.0.0.1/x",
                "NEXTYES_SECRET_KEY": "short",
            },
            "at least 32",
        ),
        (
            {
                "NEXTYES_MODE": "hosted",
                "NEXTYES_DATABASE_URL": "postgresql://u@127.0.0.1/x",
                "NEXTYES_SECRET_KEY": "k" * 40,
                "NEXTYES_SIGNUP": "open",
            },
            "set NEXTYES_SMTP_HOST",
        ),
    ],
)
def test_hosted_mode_refuses_to_start_without_postgresql_and_a_secret_key(
    tmp_path: Path, env: dict[str, str], said: str
) -> None:
    cli = Cli.fresh(tmp_path)
    done = cli("serve", env=env)
    assert_one_line_error(done, said)
    assert list(cli.home.iterdir()) == []  # nothing made, not even a database
    assert "short" not in done.stderr  # a secret is never echoed


def test_hosted_mode_has_no_demo(tmp_path: Path, hosted_url: str) -> None:
    done = Cli.fresh(tmp_path)("serve", "--demo", env=hosted_env(hosted_url))
    assert_one_line_error(done, "hosted mode has no demo")


def test_invite_prints_a_link_that_makes_an_account(tmp_path: Path, hosted_url: str) -> None:
    cli = Cli.fresh(tmp_path)
    out = cli.ok("admin", "invite", "Rosa@Example.org", env=hosted_env(hosted_url))
    assert "Invited rosa@example.org" in out
    assert "no NEXTYES_SMTP_HOST" in out
    assert LINK.search(out)
    again = cli("admin", "invite", "rosa@example.org", "--json", env=hosted_env(hosted_url))
    assert again.returncode == 0  # no account yet: a second invitation is fine
    assert json.loads(again.stdout)["email"] == "rosa@example.org"


def test_admin_refuses_bad_input_in_one_line(tmp_path: Path, hosted_url: str) -> None:
    cli = Cli.fresh(tmp_path)
    assert_one_line_error(
        cli("admin", "invite", "not-an-address", env=hosted_env(hosted_url)),
        "does not look like an email address",
    )
    assert_one_line_error(
        cli("admin", "reset-link", "nobody@example.org", env=hosted_env(hosted_url)),
        "no account has the address nobody@example.org",
    )
    assert_one_line_error(cli("admin", "invite", "a@example.org"), "hosted mode")


def test_a_command_in_hosted_mode_needs_to_know_whose_search(
    tmp_path: Path, hosted_url: str
) -> None:
    cli = Cli.fresh(tmp_path)
    assert_one_line_error(cli("list", env=hosted_env(hosted_url)), "--user EMAIL")
    assert_one_line_error(
        cli("--user", "nobody@example.org", "list", env=hosted_env(hosted_url)),
        "no account has that address",
    )


def test_serve_in_hosted_mode_answers_on_any_address_and_asks_for_sign_in(
    tmp_path: Path, hosted_url: str
) -> None:
    cli = Cli.fresh(tmp_path)
    port = free_port()
    env = cli.env(extra=hosted_env(hosted_url))
    log = tmp_path / "server.log"
    args = [str(SCRIPT), "serve", "--host", "0.0.0.0", "--port", str(port)]
    page = first_page(args, env, log, f"http://{HOST}:{port}/today")  # follows to /signin
    assert "<h1>Sign in</h1>" in page
    assert "no sign-in" not in log.read_text()


def test_user_picks_whose_search_a_command_changes(tmp_path: Path, hosted_url: str) -> None:
    from nextyes.clock import SystemClock
    from nextyes.services.accounts import Accounts
    from nextyes.store.database import Database

    db = Database(hosted_url).prepare()
    accounts = Accounts(db, SystemClock())
    for email in ("sam@example.org", "tia@example.org"):
        accounts.accept_invite(accounts.invite(email), "a long enough passphrase")
    db.dispose()
    cli = Cli.fresh(tmp_path)
    env = hosted_env(hosted_url)
    cli.ok("--user", "SAM@example.org", "add", "Lumen Health", "Data Analyst", env=env)
    sams = cli.ok("--user", "sam@example.org", "list", env=env)
    tias = cli.ok(
        "--user",
        "tia@example.org",
        "list",
        env=env,
    )
    assert "Lumen Health" in sams
    assert "Lumen Health" not in tias
    by_variable = cli.ok("list", env={**env, "NEXTYES_USER": "sam@example.org"})
    assert "Lumen Health" in by_variable


def test_admin_deletes_an_account_and_its_search_only_with_yes(
    tmp_path: Path, hosted_url: str
) -> None:
    from nextyes.clock import SystemClock
    from nextyes.services.accounts import Accounts
    from nextyes.store.database import Database

    db = Database(hosted_url).prepare()
    accounts = Accounts(db, SystemClock())
    accounts.accept_invite(accounts.invite("uma@example.org"), "a long enough passphrase")
    accounts.accept_invite(accounts.invite("vic@example.org"), "a long enough passphrase")
    db.dispose()
    cli = Cli.fresh(tmp_path)
    env = hosted_env(hosted_url)
    cli.ok("--user", "uma@example.org", "add", "Lumen Health", "Data Analyst", env=env)
    cli.ok("--user", "vic@example.org", "add", "Orchard & Co", "Analyst", env=env)
    assert_one_line_error(
        cli("admin", "delete-account", "uma@example.org", env=env), "add --yes if you mean it"
    )
    assert "Lumen Health" in cli.ok("--user", "uma@example.org", "list", env=env)
    out = cli.ok("admin", "delete-account", "UMA@example.org", "--yes", env=env)
    assert "Deleted the account uma@example.org and its search" in out
    assert_one_line_error(cli("--user", "uma@example.org", "list", env=env), "no account")
    assert_one_line_error(
        cli("admin", "delete-account", "uma@example.org", "--yes", env=env),
        "no account has the address uma@example.org",
    )
    assert "Orchard & Co" in cli.ok("--user", "vic@example.org", "list", env=env)
