"""The command line through its real entry point: the installed `nextyes` console script, run
as a separate process against its own SQLite file under a fresh NEXTYES_HOME.

Subprocesses are slow (about half a second each), so read-only tests share one seeded
database, and tests that write (or must prove they wrote nothing) work on a copy of it."""

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import DB_FILE, SCRIPT, Cli, assert_one_line_error

# The stable names of docs/json.md. (An early `contact_ids` field, never filled in, was
# removed from Application; the people linked to one are in `show --json` under contacts.)
APPLICATION_FIELDS = {
    "id",
    "company",
    "role",
    "channel",
    "stage",
    "stage_since",
    "excitement",
    "created_on",
    "applied_on",
    "link",
    "description",
    "location",
    "salary_min",
    "salary_max",
    "salary_currency",
    "updated_at",
    "notes",
    "earlier_id",
}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """A fresh, empty home folder."""
    return Cli.fresh(tmp_path)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo plus a few known applications and a contact, built once for the module.

    `nextyes demo` builds the demo in a home of its own (NEXTYES_HOME/demo); the commands
    below work on that home. Read it only; tests that write use `seeded_copy`."""
    home = tmp_path_factory.mktemp("seeded")
    demo_message = Cli(home).ok("demo")
    shared = Cli(home / "demo")
    demo_list = shared.json("list")
    ids = {
        "offer": shared.json(
            "add", "Seed Offer", "Analyst", "--stage", "offer", "--on", "2026-01-10"
        )["id"],
        "saved": shared.json("add", "Seed Saved", "Analyst", "--stage", "saved")["id"],
        "final": shared.json(
            "add", "Seed Final", "Analyst", "--stage", "final round", "--channel", "job board"
        )["id"],
        "applied": shared.json(
            "add", "Seed Applied", "Analyst", "--on", "2026-01-10", "--channel", "referral"
        )["id"],
        "contact": shared.json("contact", "add", "Seed Person", "--company", "Seed Offer")["id"],
    }
    everything = shared.json("list")
    ids["rejected"] = next(a["id"] for a in everything if a["stage"] == "rejected")
    return {
        "home": shared.home,
        "demo_message": demo_message,
        "demo_list": demo_list,
        "ids": ids,
        "list": everything,
    }


@pytest.fixture
def shared(seeded: dict[str, Any]) -> Cli:
    return Cli(seeded["home"])


@pytest.fixture
def seeded_copy(seeded: dict[str, Any], tmp_path: Path) -> Cli:
    return Cli.copy_of(seeded["home"], tmp_path)


# --- demo ---------------------------------------------------------------------------------


def test_demo_loads_a_realistic_search_into_its_own_home(seeded):
    assert 25 <= len(seeded["demo_list"]) <= 40
    assert f"{len(seeded['demo_list'])} applications" in seeded["demo_message"]
    assert {a["stage"] for a in seeded["demo_list"]} >= {"applied", "rejected", "ghosted"}
    # One line, naming where the demo went and saying the person's own data is untouched.
    assert seeded["demo_message"].count("\n") == 1
    assert str(seeded["home"]) in seeded["demo_message"]
    assert "your own data is untouched" in seeded["demo_message"]
    assert not (seeded["home"].parent / DB_FILE).exists()


def test_demo_never_touches_the_persons_own_data(seeded, tmp_path):
    mine = Cli.copy_of(seeded["home"], tmp_path)  # a home full of data: theirs, now
    before = mine.snapshot()
    loaded = mine.json("demo")
    assert mine.snapshot() == before
    assert loaded["folder"] == str(mine.home / "demo")
    demo = Cli(mine.home / "demo")
    assert len(demo.json("list")) == loaded["applications"]
    assert not [a for a in demo.json("list") if a["company"].startswith("Seed ")]


def test_demo_starts_the_same_each_time(tmp_path):
    home = Cli.fresh(tmp_path)
    first = home.json("demo")
    demo = Cli(home.home / "demo")

    def shape() -> list[tuple[Any, ...]]:
        return [(a["id"], a["company"], a["stage"], a["stage_since"]) for a in demo.json("list")]

    before = shape()
    demo.ok("add", "Changed In The Demo", "Analyst")
    demo.ok("checkin", "5", "--note", "a change made while exploring")
    assert home.json("demo") == first  # rebuilt from nothing, over the changes
    assert shape() == before
    assert "a change made while exploring" not in demo.ok("wellbeing", "history")
    assert not (home.home / DB_FILE).exists()


def test_demo_json_on_a_fresh_home(cli):
    loaded = cli.json("demo")
    assert set(loaded) == {"applications", "contacts", "past_jobs", "folder"}
    assert 25 <= loaded["applications"] <= 40
    assert loaded["contacts"] > 0
    assert loaded["past_jobs"] > 0
    assert len(Cli(cli.home / "demo").json("history", "list")) == loaded["past_jobs"]
    assert not (cli.home / DB_FILE).exists()


def test_demo_force_is_gone(cli):
    # The demo never replaces anyone's data now, so there is nothing to force.
    assert_one_line_error(cli("demo", "--force"), "--force")
    assert not (cli.home / "demo").exists()


# --- add / show ---------------------------------------------------------------------------


def test_add_json_has_the_stable_fields_and_show_returns_them(cli):
    added = cli.json(
        "add",
        "Acme",
        "Data Analyst",
        "--channel",
        "referral",
        "--stage",
        "screening",
        "--on",
        "2026-01-02",
        "--excitement",
        "5",
        "--link",
        "https://acme.example/jobs/1",
        "--description",
        "SQL and dashboards",
        "--location",
        "Leeds",
        "--salary-min",
        "40000",
        "--salary-max",
        "50000",
        "--currency",
        "gbp",
    )
    assert set(added) == APPLICATION_FIELDS
    assert isinstance(added["id"], int)
    assert added["company"] == "Acme"
    assert added["channel"] == "referral"
    assert added["stage"] == "screening"
    assert added["stage_since"] == "2026-01-02"
    assert added["excitement"] == 5
    assert added["link"] == "https://acme.example/jobs/1"
    assert (added["salary_min"], added["salary_max"]) == (40000, 50000)
    assert added["salary_currency"] == "GBP"

    detail = cli.json("show", str(added["id"]))
    assert set(detail) == {"application", "events", "rejections", "contacts"}
    assert detail["application"] == added
    assert detail["rejections"] == []
    assert detail["contacts"] == []
    [created] = detail["events"]
    assert (created["kind"], created["to_stage"], created["occurred_on"]) == (
        "created",
        "screening",
        "2026-01-02",
    )


def test_add_plain_output_and_a_second_id(cli):
    first = cli.ok("add", "Acme", "Analyst")
    assert "Added #1: Analyst at Acme (applied)." in first
    second = cli.json("add", "Beta", "Engineer", "--stage", "saved")
    assert second["id"] == 2
    assert second["applied_on"] is None


def test_unicode_and_a_long_description_round_trip(cli):
    company = "Zoë Café 東京 🚀"
    role = "Ingénieure données 🎉"
    description = ("Ünïcødé résumé — 東京 ✨ " * 2500)[:50_000].strip()
    assert len(description) > 49_000
    added = cli.json("add", company, role, "--description", description, "--location", "Zürich")
    shown = cli.json("show", str(added["id"]))["application"]
    assert shown["company"] == company
    assert shown["role"] == role
    assert shown["description"] == description
    assert shown["location"] == "Zürich"
    table = cli.ok("list")
    assert company in table
    assert role in table


# --- list ---------------------------------------------------------------------------------


def test_list_json_is_every_application_with_the_stable_fields(seeded):
    everything = seeded["list"]
    assert len(everything) == len(seeded["demo_list"]) + 4
    for application in everything:
        assert set(application) == APPLICATION_FIELDS
    assert len({a["id"] for a in everything}) == len(everything)


@pytest.mark.parametrize(
    ("option", "value", "field", "stored"),
    [
        ("--stage", "final round", "stage", "final_round"),
        ("--stage", "Screening", "stage", "screening"),
        ("--channel", "job board", "channel", "job_board"),
    ],
)
def test_list_filters_accept_human_spellings(seeded, shared, option, value, field, stored):
    expected = [a for a in seeded["list"] if a[field] == stored]
    assert expected, "the seeded data should hold at least one match"
    assert shared.json("list", option, value) == expected


def test_list_with_both_filters_and_as_a_table(seeded, shared):
    expected = [a for a in seeded["list"] if a["stage"] == "applied" and a["channel"] == "referral"]
    found = shared.json("list", "--stage", "applied", "--channel", "referral")
    assert found == expected
    assert seeded["ids"]["applied"] in {a["id"] for a in found}

    table = shared.ok("list")
    assert f"{len(seeded['list'])} applications" in table
    assert "Seed Offer" in table
    assert "Lumen Health" in table


# --- move / show timeline -----------------------------------------------------------------


def test_move_accepts_iso_today_and_yesterday_and_the_timeline_shows_them(cli):
    today = date.today()
    yesterday = today - timedelta(days=1)
    app_id = str(cli.json("add", "Acme", "Analyst", "--on", "2026-01-05")["id"])
    moved = cli.json("move", app_id, "screening", "--on", "2026-02-01")
    assert (moved["stage"], moved["stage_since"]) == ("screening", "2026-02-01")
    said = cli.ok("move", app_id, "interviewing", "--on", "yesterday", "--note", "panel booked")
    assert f"is now interviewing (since {yesterday.isoformat()})" in said
    cli.ok("move", app_id, "Final-Round", "--on", "today")

    timeline = cli.ok("show", app_id)
    assert "Analyst at Acme" in timeline
    assert "Timeline" in timeline
    for line in (
        ("2026-01-05", "Added as applied"),
        ("2026-02-01", "applied → screening"),
        (yesterday.isoformat(), "screening → interviewing: panel booked"),
        (today.isoformat(), "interviewing → final round"),
    ):
        assert any(all(part in row for part in line) for row in timeline.splitlines()), line

    detail = cli.json("show", app_id)
    assert [(e["occurred_on"], e["to_stage"]) for e in detail["events"]] == [
        ("2026-01-05", "applied"),
        ("2026-02-01", "screening"),
        (yesterday.isoformat(), "interviewing"),
        (today.isoformat(), "final_round"),
    ]
    assert detail["application"]["stage"] == "final_round"
    assert detail["application"]["applied_on"] == "2026-01-05"


# --- reject -------------------------------------------------------------------------------


def test_an_explicit_no_is_recorded_once(seeded_copy, seeded):
    app_id = str(seeded["ids"]["final"])
    said = seeded_copy.ok(
        "reject", app_id, "--on", "today", "--reason", "Internal hire", "--feedback", "Great SQL"
    )
    assert "You reached final round" in said
    detail = seeded_copy.json("show", app_id)
    assert detail["application"]["stage"] == "rejected"
    [rejection] = detail["rejections"]
    assert rejection["form"] == "explicit"
    assert rejection["stage_reached"] == "final_round"
    assert (rejection["reason"], rejection["feedback"]) == ("Internal hire", "Great SQL")
    assert rejection["on"] == date.today().isoformat()
    assert detail["events"][-1]["kind"] == "rejected"

    before = seeded_copy.snapshot()
    again = seeded_copy("reject", app_id, "--reason", "Internal hire")
    assert again.returncode == 0, again.stderr
    assert "Already recorded" in again.stdout
    assert "nothing changed" in again.stdout
    assert seeded_copy.snapshot() == before
    assert seeded_copy.json("show", app_id) == detail


def test_silence_is_ghosting_and_a_later_no_keeps_the_stage_reached(cli):
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    app_id = str(cli.json("add", "Quiet Ltd", "Analyst", "--on", "2026-01-05")["id"])
    cli.ok("move", app_id, "screening", "--on", "2026-01-20")
    ghosted = cli.json("reject", app_id, "--silence", "--on", yesterday)
    assert ghosted["application"]["stage"] == "ghosted"
    assert ghosted["rejection"]["form"] == "silence"
    assert ghosted["rejection"]["stage_reached"] == "screening"
    assert ghosted["already_recorded"] is False

    again = cli.json("reject", app_id, "--silence")
    assert again["already_recorded"] is True

    explicit = cli.json("reject", app_id)
    assert explicit["application"]["stage"] == "rejected"
    assert explicit["rejection"]["stage_reached"] == "screening"
    rejections = cli.json("show", app_id)["rejections"]
    assert [r["form"] for r in rejections] == ["silence", "explicit"]


# --- contacts -----------------------------------------------------------------------------


def test_contacts_add_list_and_link(seeded_copy, seeded):
    ids = seeded["ids"]
    applied, offer = str(ids["applied"]), str(ids["offer"])
    person = seeded_copy.json(
        "contact",
        "add",
        "Åsa Öberg 李",
        "--role",
        "hiring manager",
        "--company",
        "Café 東京",
        "--email",
        "asa@example.com",
        "--linkedin",
        "https://www.linkedin.com/in/asa",
        "--application",
        applied,
    )
    assert person["name"] == "Åsa Öberg 李"
    assert person["role"] == "hiring_manager"
    assert person["application_ids"] == [ids["applied"]]
    person_id = str(person["id"])

    at_company = seeded_copy.json("contact", "list", "--company", "CAFÉ 東京")
    assert [c["id"] for c in at_company] == [person["id"]]
    on_application = seeded_copy.json("contact", "list", "--application", applied)
    assert [c["id"] for c in on_application] == [person["id"]]

    first = seeded_copy.json("contact", "link", person_id, offer)
    assert first == {"contact_id": person["id"], "application_id": ids["offer"], "linked": True}
    twice = seeded_copy("contact", "link", person_id, offer)
    assert twice.returncode == 0, twice.stderr
    assert "already linked" in twice.stdout

    everyone = seeded_copy.json("contact", "list")
    [found] = [c for c in everyone if c["id"] == person["id"]]
    assert found["application_ids"] == sorted([ids["applied"], ids["offer"]])
    assert {c["id"] for c in everyone} >= {person["id"], ids["contact"]}
    events = seeded_copy.json("show", offer)["events"]
    assert len([e for e in events if e["kind"] == "contact_linked"]) == 1

    table = seeded_copy.ok("contact", "list", "--application", offer)
    assert "Åsa Öberg 李" in table
    assert "hiring manager" in table


# --- history ------------------------------------------------------------------------------


def test_history_add_and_list(cli):
    older = cli.json(
        "history",
        "add",
        "Corvid",
        "Junior Analyst",
        "--channel",
        "job board",
        *("--from", "2018-03-01", "--to", "2020-06-30"),
    )
    assert older["channel"] == "job_board"
    assert (older["started_on"], older["ended_on"]) == ("2018-03-01", "2020-06-30")
    said = cli.ok(
        "history", "add", "Halcyon", "Analyst", "--channel", "referral", "--from", "2020-07-01"
    )
    assert "Added past job #2: Analyst at Halcyon." in said

    jobs = cli.json("history", "list")
    assert [j["company"] for j in jobs] == ["Halcyon", "Corvid"]
    assert set(jobs[1]) == {"id", "company", "role", "channel", "started_on", "ended_on", "notes"}
    table = cli.ok("history", "list")
    assert "2 past jobs" in table
    assert "2018-03-01" in table


# --- db upgrade and entry points ----------------------------------------------------------


def test_db_upgrade_creates_the_database_then_says_it_is_up_to_date(cli):
    database = cli.home / DB_FILE
    assert not database.exists()
    first = cli.ok("db", "upgrade")
    assert database.is_file()
    assert "Upgraded the database from empty" in first
    second = cli.ok("db", "upgrade")
    assert "up to date" in second


def test_bytes_that_are_not_text_are_refused_in_one_line(cli):
    # A terminal without a UTF-8 locale, or a file in another encoding, hands over bytes that
    # are not text; Python passes them on as lone surrogates, which no database can store.
    cli.ok("list")
    before = cli.snapshot()
    assert_one_line_error(cli("add", "Bad\udcffCo", "Analyst"), "argument 2 is not UTF-8 text")
    # No UTF-8 locale and no PYTHONIOENCODING: Python would read stdin leniently.
    plain = {k: v for k, v in cli.env(extra={"LC_ALL": "C"}).items() if k != "PYTHONIOENCODING"}
    piped = subprocess.run(
        [str(SCRIPT), "write"],
        env=plain,
        input=b"words and then \xff\xfe bytes",
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert piped.returncode == 2
    assert piped.stderr.decode().strip() == (
        "error: what was typed or piped in is not UTF-8 text; nothing was saved"
    )
    assert b"Traceback" not in piped.stderr
    assert cli.snapshot() == before


def test_python_dash_m_nextyes_help(cli):
    done = cli("--help", command=[sys.executable, "-m", "nextyes"])
    assert done.returncode == 0, done.stderr
    for command in ("add", "list", "show", "move", "reject", "contact", "history", "demo", "db"):
        assert command in done.stdout
    assert not (cli.home / DB_FILE).exists()


# --- bad input ----------------------------------------------------------------------------

MISSING = "no application with id 999"
FUTURE = "2999-01-01 is in the future"
PAST_JOB = ("history", "add", "Old", "Job", "--channel", "referral")

BAD_INPUT = [
    pytest.param(("show", "999"), MISSING, id="show-unknown-id"),
    pytest.param(
        ("show", "99999999999999999999"),
        "no application with id 99999999999999999999",
        id="show-id-beyond-any-column",
    ),
    pytest.param(("step", "done", "3000000000"), "no step with id 3000000000", id="step-huge-id"),
    pytest.param(("move", "999", "screening"), MISSING, id="move-unknown-id"),
    pytest.param(("reject", "999"), MISSING, id="reject-unknown-id"),
    pytest.param(("contact", "link", "999", "{applied}"), "no contact with id 999", id="link-who"),
    pytest.param(("contact", "link", "{contact}", "999"), MISSING, id="link-unknown-app"),
    pytest.param(("contact", "add", "Someone", "--application", "999"), MISSING, id="contact-app"),
    pytest.param(
        ("move", "{offer}", "applied"), "cannot move from offer to applied", id="offer-to-applied"
    ),
    pytest.param(("move", "{rejected}", "screening"), "rejected is final", id="move-rejected-one"),
    pytest.param(("move", "{applied}", "screening", "--on", "2999-01-01"), FUTURE, id="move-futr"),
    pytest.param(("add", "Acme", "Analyst", "--on", "2999-01-01"), FUTURE, id="add-future"),
    pytest.param(
        ("move", "{applied}", "screening", "--on", "2026-01-01"),
        "before the application's last change",
        id="move-before-last-change",
    ),
    pytest.param(("add", "", "Analyst"), "company must not be empty", id="empty-company"),
    pytest.param(("add", "   ", "Analyst"), "company must not be empty", id="blank-company"),
    pytest.param(("add", "Acme", "Analyst", "--excitement", "9"), "you wrote 9", id="excitement-9"),
    pytest.param(("add", "Acme", "Analyst", "--excitement", "0"), "you wrote 0", id="excitement-0"),
    pytest.param(
        ("add", "Acme", "Analyst", "--excitement", "lots"), "--excitement", id="excitement-word"
    ),
    pytest.param(
        ("add", "Acme", "Analyst", "--stage", "nope"), "unknown stage 'nope'", id="add-stage"
    ),
    pytest.param(
        ("add", "Acme", "Analyst", "--channel", "pigeon"), "unknown channel 'pigeon'", id="chan"
    ),
    pytest.param(
        ("add", "Acme", "Analyst", "--on", "31/12/2020"),
        "cannot read date '31/12/2020'",
        id="add-bad-date",
    ),
    pytest.param(("frobnicate",), "No such command 'frobnicate'", id="unknown-command"),
    pytest.param(
        ("add", "Acme", "Analyst", "--link", "javascript:alert(1)"),
        "link must start with http",
        id="javascript-link",
    ),
    pytest.param(
        ("add", "Acme", "Analyst", "--salary-min", "90000", "--salary-max", "50000"),
        "salary range is upside down",
        id="salary-upside-down",
    ),
    pytest.param(
        ("add", "Acme", "Analyst", "--salary-max", "99999999999999999999"),
        "salary must be at most 2,147,483,647",
        id="salary-too-large",
    ),
    pytest.param(
        ("add", "Acme", "Analyst", "--on", "0001-01-01"), "not a plausible day", id="year-one"
    ),
    pytest.param(("reject", "{saved}"), "never sent", id="reject-saved"),
    pytest.param(
        (*PAST_JOB, "--from", "2022-01-01", "--to", "2021-01-01"),
        "before start date",
        id="history-backwards",
    ),
]


@pytest.mark.parametrize(("args", "problem"), BAD_INPUT)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(seeded, seeded_copy, args, problem):
    before = seeded_copy.snapshot()
    done = seeded_copy(*(arg.format(**seeded["ids"]) for arg in args))
    assert_one_line_error(done, problem)
    assert seeded_copy.snapshot() == before


def test_a_refused_move_leaves_show_json_unchanged(seeded, seeded_copy):
    offer = str(seeded["ids"]["offer"])
    before = seeded_copy.json("show", offer)
    assert_one_line_error(seeded_copy("move", offer, "screening"), "cannot move from offer")
    assert_one_line_error(seeded_copy("reject", offer, "--on", "2999-01-01"), FUTURE)
    assert seeded_copy.json("show", offer) == before


# --- text that looks like markup, and non-ASCII case ------------------------------------


def test_list_prints_names_that_look_like_markup(cli):
    cli.ok("add", "[/bold]Acme", "Analyst")
    done = cli("list")
    assert "Traceback" not in done.stderr
    assert done.returncode == 0
    assert "[/bold]Acme" in done.stdout


def test_contact_list_finds_a_company_with_a_non_ascii_capital(cli):
    person = cli.json("contact", "add", "Anne", "--company", "École Zoë")
    assert [c["id"] for c in cli.json("contact", "list", "--company", "École Zoë")] == [
        person["id"]
    ]
