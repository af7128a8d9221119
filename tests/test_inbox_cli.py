"""`nextyes inbox import` and `nextyes inbox review` through the installed entry point."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli_runner import Cli, assert_one_line_error
from tests.imap_server import ImapServer, imap_server
from tests.inbox_helpers import CachedCli

MAIL = Path(__file__).parent / "fixtures" / "mail"


@pytest.fixture(scope="module")
def two_applications(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with two applications, typed in once (each command is a new process)."""
    cli = CachedCli(tmp_path_factory.mktemp("two-applications"))
    cli.add("Lumen Health", "Senior Data Analyst", "--stage", "interviewing", "--on", "2026-02-02")
    cli.add("Northwind", "Backend Engineer", "--on", "2026-02-02")
    return cli.home


@pytest.fixture
def cli(two_applications: Path, tmp_path: Path) -> Cli:
    return CachedCli.copy_of(two_applications, tmp_path)


def test_importing_an_mbox_prints_a_summary_and_records_the_news(cli: Cli) -> None:
    out = cli.ok("inbox", "import", "mbox", str(MAIL / "search.mbox"))
    # What changed, by name, before the counts.
    assert "What changed" in out
    assert "- Recorded a no from Lumen Health (Senior Data Analyst); its plan" in out
    assert "- Moved Northwind (Backend Engineer) to interviewing." in out
    assert "messages read" in out
    assert "13" in out
    assert "rejections recorded (plans started)" in out
    assert "no headers: this does not look like an email" in out
    assert "waiting for you: see them with `nextyes inbox review`" in out
    lumen = cli.json("show", "1")
    assert lumen["application"]["stage"] == "rejected"
    assert lumen["events"][-1]["source"] == "imported"
    assert cli.json("show", "2")["application"]["stage"] == "interviewing"

    again = cli.json("inbox", "import", "mbox", str(MAIL / "search.mbox"))
    assert again["already_seen"] == 13
    assert (again["acted"], again["queued"], again["changes"]) == (0, 0, [])


def test_the_json_summary_lists_each_change(cli: Cli) -> None:
    summary = cli.json("inbox", "import", "mbox", str(MAIL / "search.mbox"))
    assert summary["rejections_recorded"] == 1  # the counts are as before
    rejection = next(c for c in summary["changes"] if c["change"] == "rejection_recorded")
    assert rejection["application_id"] == 1
    assert (rejection["company"], rejection["role"]) == ("Lumen Health", "Senior Data Analyst")
    assert rejection["stage"] == "rejected"
    assert rejection["plan_starts"] > rejection["on"]
    assert len(summary["changes"]) == summary["acted"]


def test_the_review_queue_lists_shows_confirms_and_dismisses(cli: Cli) -> None:
    summary = cli.json("inbox", "import", "eml", str(MAIL / "eml"))
    assert summary["read"] == 14
    assert summary["skipped"] == 1
    page = cli.json("inbox", "review")
    assert page["total"] == summary["queued"] == len(page["items"])
    offers = {e["item"]["company"]: e["item"] for e in page["items"] if e["item"]["offer_new"]}
    fjall = offers["Fjäll Studio"]

    listed = cli.ok("inbox", "review", env={"COLUMNS": "250"})
    assert "waiting for your review" in listed
    assert "Is this a confirmation of your application to Fjäll Studio" in listed
    assert "Yes: --confirm ID" in listed
    shown = cli.ok("inbox", "review", "--show", str(fjall["id"]))
    assert "Is this a confirmation of your application to Fjäll Studio" in shown
    assert "Tack för din ansökan" in shown
    assert "Not in your tracker: Fjäll Studio" in shown
    assert f"Yes: --confirm {fjall['id']} --create" in shown
    assert f"Not about my search: --dismiss {fjall['id']}" in shown
    assert "%" not in shown.split("Tack för din ansökan")[0]

    created = cli.json("inbox", "review", "--confirm", str(fjall["id"]), "--create")
    assert created["application"]["company"] == "Fjäll Studio"
    assert created["application"]["stage"] == "applied"
    assert created["item"]["status"] == "confirmed"

    others = [e["item"] for e in page["items"] if e["item"]["id"] != fjall["id"]]
    said = cli.ok("inbox", "review", "--dismiss", str(others[0]["id"]))
    assert said.startswith(f"Dismissed #{others[0]['id']}: Set aside “")
    assert "not about your search. Similar mail will be left alone." in said
    left = cli.json("inbox", "review")
    assert left["total"] == summary["queued"] - 2
    decided = cli.json("inbox", "review", "--done")
    assert {i["item"]["status"] for i in decided["items"]} == {"confirmed", "dismissed"}


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["inbox", "import", "mbox", "missing.mbox"], "no such file: missing.mbox"),
        (["inbox", "import", "mbox", str(MAIL / "not_an_mbox.txt")], "is not an mbox file"),
        (["inbox", "import", "eml", "no-such-folder"], "no such folder"),
        (["inbox", "import", "imap", "--host", "127.0.0.1", "--user", "sam", "--since",
          "next tuesday"], "--since must be a date as YYYY-MM-DD"),
        (["inbox", "import", "imap", "--host", "127.0.0.1", "--user", "sam", "--port", "0"],
         "--port must be from 1 to 65535"),
        (["inbox", "review", "--confirm", "99"], "no review item with id 99"),
        (["inbox", "review", "--label", "rejection"], "--label goes with --confirm ID"),
        (["inbox", "review", "--confirm", "1", "--dismiss", "1"], "one of --confirm --dismiss"),
        (["inbox", "review", "--confirm", "1", "--label", "maybe"], "unknown label 'maybe'"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, args: list[str], problem: str
) -> None:
    cli.refused(*args, problem=problem)


# --- IMAP, against a real Dovecot ------------------------------------------------------------


@pytest.fixture(scope="module")
def imap() -> Iterator[ImapServer]:
    with imap_server() as server:
        for name in ("greenhouse_multipart_rejection.eml", "lever_interview.eml"):
            raw = (MAIL / "eml" / name).read_bytes()
            server.append("INBOX", raw, datetime(2026, 3, 12, tzinfo=UTC))
        yield server


def imap_args(imap: ImapServer) -> list[str]:
    return ["inbox", "import", "imap", "--host", imap.host, "--port", str(imap.port),
            "--user", imap.user, "--since", "2026-03-01"]  # fmt: skip


def test_importing_from_imap_with_the_password_from_the_environment(
    cli: Cli, imap: ImapServer
) -> None:
    env = {"NEXTYES_IMAP_PASSWORD": imap.password, "SSL_CERT_FILE": str(imap.cafile)}
    done = cli(*imap_args(imap), "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert '"read": 2' in done.stdout
    assert imap.password not in done.stdout + done.stderr
    assert cli.json("show", "1")["application"]["stage"] == "rejected"
    # Never stored: not in the database file.
    assert imap.password.encode() not in (cli.home / "nextyes.db").read_bytes()


def test_the_imap_password_can_be_typed_and_a_wrong_one_is_refused(
    cli: Cli, imap: ImapServer
) -> None:
    env = {"SSL_CERT_FILE": str(imap.cafile)}
    typed = cli(*imap_args(imap), "--json", stdin=imap.password + "\n", env=env)
    assert typed.returncode == 0, typed.stderr
    assert imap.password not in typed.stdout + typed.stderr
    wrong = cli(*imap_args(imap), stdin="not-it\n", env=env)
    assert wrong.returncode == 2
    assert wrong.stderr.splitlines()[-1] == "error: the server refused the login for sam"
    assert "not-it" not in wrong.stdout + wrong.stderr


def test_an_untrusted_certificate_is_refused(cli: Cli, imap: ImapServer) -> None:
    done = cli(*imap_args(imap), env={"NEXTYES_IMAP_PASSWORD": imap.password})
    assert_one_line_error(done, "cannot open a secure connection", "CERTIFICATE_VERIFY_FAILED")
