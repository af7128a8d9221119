"""Recovery through the real entry point: the installed `nextyes` console script, run as a
separate process against its own SQLite file under a fresh NEXTYES_HOME per test.

The CLI has no clock override, so every date here is relative to `date.today()`: an
application "sent 30 days ago" is added with `--on <today - 30 days>`, and so on.

Commands covered: today, plan, step done|snooze|skip, sweep, week, ifthen add|list and
reject --undo. Every refused input must exit 2 with exactly one stderr line starting with
"error:", no traceback, and leave the database exactly as it was."""

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import DB_FILE, Cli

KINDS = {
    "feel",
    "thank_you",
    "connect",
    "feedback_request",
    "post_mortem",
    "fit_check",
    "rest",
    "jump_back_in",
    "follow_up",
    "reconnect",
    "watch_company",
}
TODAY = date.today()
STEP_FIELDS = {
    "id",
    "application_id",
    "kind",
    "title",
    "why",
    "due_on",
    "original_due_on",
    "status",
    "rejection_id",
    "contact_id",
    "note",
    "resolved_on",
}


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def ahead(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def kinds(plan: dict[str, Any]) -> list[str]:
    return [s["kind"] for s in plan["steps"]]


def step_of(plan: dict[str, Any], kind: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [s for s in plan["steps"] if s["kind"] == kind]
    assert len(found) == 1, (kind, found)
    return found[0]


# --- plans made by a rejection ------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Built once (subprocesses are slow), read through a copy per test: an application-stage
    "no" 20 days ago (Other Ltd), then a dream job's final-round "no" 2 days ago (Dream Co)
    with the interviewer linked."""
    home = tmp_path_factory.mktemp("seeded")
    shared = Cli(home)
    other = shared.add("Other Ltd", "Analyst", "--on", ago(40))
    shared.ok("reject", other, "--on", ago(20))  # its fit check and jump back in are now due
    dream = shared.add("Dream Co", "Lead Analyst", "--on", ago(30), "--excitement", "5")
    shared.ok("move", dream, "final round", "--on", ago(20))
    person = shared.json(
        "contact", "add", "Priya Shah", "--role", "interviewer", "--application", dream
    )
    said = shared.ok("reject", dream, "--on", ago(2))
    plan = shared.json("plan", dream)
    return {
        "home": home,
        "other": other,
        "dream": dream,
        "person": person,
        "said": said,
        "plan": plan,
        "ids": {s["kind"]: str(s["id"]) for s in plan["steps"]},
    }


@pytest.fixture
def seeded_cli(seeded: dict[str, Any], tmp_path: Path) -> Cli:
    return Cli.copy_of(seeded["home"], tmp_path)


def test_final_round_no_thanks_the_interviewer_and_is_recorded_once(
    seeded: dict[str, Any], seeded_cli: Cli
) -> None:
    cli, dream, plan = seeded_cli, seeded["dream"], seeded["plan"]
    assert f"nextyes plan {dream}" in seeded["said"]
    assert plan["rejection"]["form"] == "explicit"
    assert plan["rejection"]["stage_reached"] == "final_round"
    assert plan["rejection"]["on"] == ago(2)
    assert set(kinds(plan)) <= KINDS
    assert kinds(plan)[0] == "feel"
    assert {"thank_you", "connect", "feedback_request", "post_mortem", "rest"} <= set(kinds(plan))
    assert {"jump_back_in", "watch_company", "reconnect"} <= set(kinds(plan))
    assert "fit_check" not in kinds(plan)
    assert "follow_up" not in kinds(plan)
    for step in plan["steps"]:
        assert set(step) == STEP_FIELDS
        assert step["status"] == "open"
        assert step["due_on"] == step["original_due_on"]
        assert step["rejection_id"] == plan["rejection"]["id"]
    assert [s["due_on"] for s in plan["steps"]] == sorted(s["due_on"] for s in plan["steps"])
    feel = step_of(plan, "feel")
    assert feel["due_on"] == ago(2)
    assert "3 days" in feel["title"]  # a dream job's final round: the longest window
    thanks = step_of(plan, "thank_you")
    assert "Priya Shah" in thanks["title"]
    assert thanks["contact_id"] == seeded["person"]["id"]
    assert thanks["due_on"] == ahead(1)  # the day the three-day window ends
    assert "Priya Shah" in step_of(plan, "connect")["title"]
    # The jump-back-in step is open, so the plan carries this week's (suggested) plan.
    assert plan["week"] is not None
    assert plan["week"]["saved"] is False
    assert plan["if_thens"] == []

    before = cli.snapshot()
    again = cli.ok("reject", dream, "--on", ago(2))
    assert "Already recorded" in again
    assert cli.snapshot() == before  # no second plan, no duplicate steps

    table = cli.ok("plan", dream)
    assert "Plan for Lead Analyst at Dream Co" in table
    assert "Thank Priya Shah for their time" in table
    # Each open step says the command that does what it asks.
    person = seeded["person"]["id"]
    assert f"nextyes draft {dream} thank_you --contact {person}" in table
    assert f"nextyes draft {dream} connection_note --contact {person}" in table
    assert f"nextyes reflect {dream}" in table
    for step in plan["steps"]:
        assert f"#{step['id']}" in table
    assert "This week's plan" in table


def test_application_stage_no_and_a_silence_make_different_plans(cli: Cli) -> None:
    early = cli.add("Early Ltd", "Analyst", "--on", ago(10))
    quiet = cli.add("Quiet Ltd", "Analyst", "--on", ago(30))
    cli.ok("move", quiet, "screening", "--on", ago(25))
    cli.ok("reject", early, "--on", ago(3))
    ghosted = cli.json("reject", quiet, "--silence", "--on", ago(1))
    assert ghosted["application"]["stage"] == "ghosted"

    plan = cli.json("plan", early)
    # Nobody met, nothing said beyond "no": look at the fit and go again.
    assert kinds(plan) == ["feel", "fit_check", "jump_back_in"]
    assert step_of(plan, "feel")["due_on"] == ago(3)

    silent = cli.json("plan", quiet)
    assert silent["rejection"]["form"] == "silence"
    assert silent["rejection"]["stage_reached"] == "screening"
    assert set(kinds(silent)) <= KINDS
    assert kinds(silent)[0] == "follow_up"
    assert silent["steps"][0]["due_on"] == ago(1)
    assert "Quiet Ltd" in silent["steps"][0]["title"]
    assert "feel" in kinds(silent)
    assert "jump_back_in" in kinds(silent)
    # Nobody said anything, so there is nobody to thank and no feedback to ask for.
    assert "thank_you" not in kinds(silent)
    assert "feedback_request" not in kinds(silent)


def test_plan_of_an_application_without_a_rejection_and_of_an_unknown_one(cli: Cli) -> None:
    app_id = cli.add("Calm Ltd", "Analyst")
    assert "has no plan: plans start with a rejection" in cli.ok("plan", app_id)
    cli.refused("plan", "999", problem="no application with id 999")


# --- steps: done, skip, snooze --------------------------------------------------------------


def test_steps_are_done_skipped_and_snoozed_and_plan_shows_it(
    seeded: dict[str, Any], seeded_cli: Cli
) -> None:
    cli, dream, ids = seeded_cli, seeded["dream"], seeded["ids"]
    done = cli.json("step", "done", ids["feel"], "--note", "a long walk helped")
    assert (done["status"], done["resolved_on"]) == ("done", TODAY.isoformat())
    assert done["note"] == "a long walk helped"
    skipped = cli.json("step", "skip", ids["connect"])
    assert (skipped["status"], skipped["resolved_on"]) == ("skipped", TODAY.isoformat())
    snoozed = cli.json("step", "snooze", ids["post_mortem"], "--until", ahead(5))
    assert (snoozed["status"], snoozed["due_on"]) == ("open", ahead(5))
    assert snoozed["original_due_on"] == step_of(seeded["plan"], "post_mortem")["due_on"]
    assert snoozed["resolved_on"] is None

    plan = cli.json("plan", dream)
    by_id = {str(s["id"]): s for s in plan["steps"]}
    assert by_id[ids["feel"]]["status"] == "done"
    assert by_id[ids["feel"]]["note"] == "a long walk helped"
    assert by_id[ids["connect"]]["status"] == "skipped"
    assert by_id[ids["post_mortem"]]["due_on"] == ahead(5)
    assert by_id[ids["post_mortem"]]["original_due_on"] == snoozed["original_due_on"]
    untouched = [s for s in seeded["plan"]["steps"] if s["kind"] not in ("feel", "connect")]
    assert all(by_id[str(s["id"])] == s for s in untouched if s["kind"] != "post_mortem")
    # Steps stay in due order, so the snoozed one moved down the plan.
    assert [s["due_on"] for s in plan["steps"]] == sorted(s["due_on"] for s in plan["steps"])

    table = cli.ok("plan", dream)
    rows = {line.split("│")[1].strip(): line for line in table.splitlines() if "│ #" in line}
    assert "●" in rows[f"#{ids['feel']}"]
    assert "⊘" in rows[f"#{ids['connect']}"]
    assert "○" in rows[f"#{ids['post_mortem']}"]
    assert ahead(5) in rows[f"#{ids['post_mortem']}"]

    cli.refused("step", "done", ids["feel"], problem=f"step {ids['feel']} is already done")
    cli.refused("step", "snooze", ids["connect"], "--until", ahead(3), problem="already skipped")
    cli.refused(
        "step", "snooze", ids["rest"], "--until", ago(1), problem="snooze to a later day than"
    )
    # The rest day is due in three days: a snooze never brings it nearer, by date or by word.
    assert step_of(seeded["plan"], "rest")["due_on"] == ahead(3)
    for nearer in (ahead(2), ahead(3), "tomorrow"):
        cli.refused(
            "step", "snooze", ids["rest"], "--until", nearer, problem="never brings a step nearer"
        )
    cli.refused("step", "snooze", ids["rest"], "--until", "soon", problem="'next-week'")
    cli.refused(
        "step", "snooze", ids["rest"], "--until", ahead(400), problem="snooze at most a year ahead"
    )
    # Not a day anyone means (and the calendar export could not end it a day later).
    cli.refused(
        "step", "snooze", ids["rest"], "--until", "9999-12-31", problem="not a plausible day"
    )
    cli.refused("step", "skip", "999", problem="no step with id 999")
    later = cli.json("step", "snooze", ids["rest"], "--until", "Next-Week")
    assert later["due_on"] == ahead(10)  # a week after the day it was due, not after today


# --- today -------------------------------------------------------------------------------


def test_today_is_gentle_after_a_dream_job_no_and_nudges_long_after_one(
    seeded_cli: Cli,
) -> None:
    cli = seeded_cli
    agenda = cli.json("today")
    assert agenda["as_of"] == TODAY.isoformat()
    assert agenda["gentle"] is True
    assert agenda["pause_until"] == ahead(1)
    assert [(i["step"]["kind"], i["company"]) for i in agenda["items"]] == [("feel", "Dream Co")]
    assert agenda["quiet"] == []
    assert agenda["waiting"] == 2  # Other Ltd's fit check and jump back in
    [nudge] = agenda["nudges"]
    assert "Dream Co" in nudge
    assert "send a single application" not in nudge
    text = cli.ok("today")
    assert "Take it easy today" in text
    assert f"2 other step(s) can wait until {ahead(1)}" in text
    assert "Jump back in" not in text

    # Long after Other Ltd's feel-it window, before the Dream Co news: work, and a nudge.
    earlier = cli.json("today", "--as-of", ago(5))
    assert earlier["gentle"] is False
    assert earlier["pause_until"] is None
    assert [i["step"]["kind"] for i in earlier["items"]] == ["fit_check", "jump_back_in"]
    assert {i["company"] for i in earlier["items"]} == {"Other Ltd"}
    assert all(i["overdue_days"] > 10 for i in earlier["items"])
    assert earlier["waiting"] == 0
    assert len(earlier["nudges"]) == 1
    assert "send a single application" in earlier["nudges"][0]

    cli.refused("today", "--as-of", ahead(1), problem="is in the future")
    assert cli.json("today") == agenda

    # A new application after that "no" is a fresh start: no more nudging.
    cli.add("Fresh Ltd", "Analyst", "--on", ago(8))
    assert cli.json("today", "--as-of", ago(5))["nudges"] == []


# --- sweep -------------------------------------------------------------------------------


def test_sweep_asks_for_one_follow_up_and_never_twice(cli: Cli) -> None:
    old = cli.add("Slow Ltd", "Analyst", "--on", ago(30))
    cli.add("Kept Ltd", "Analyst", "--stage", "saved")
    cli.add("Recent Ltd", "Analyst", "--on", ago(5))

    first = cli.json("sweep", "--as-of", ago(1))
    assert first == {"as_of": ago(1), "quiet": [int(old)], "ghosted": []}
    before = cli.snapshot()
    assert cli.json("sweep", "--as-of", ago(1)) == {"as_of": ago(1), "quiet": [], "ghosted": []}
    said = cli.ok("sweep")
    assert "0 quiet application(s)" in said
    assert "0 marked ghosted" in said
    assert cli.snapshot() == before  # idempotent: nothing new, the same day or the next

    agenda = cli.json("today")
    [asked] = agenda["quiet"]
    assert asked["company"] == "Slow Ltd"
    assert asked["step"]["kind"] == "follow_up"
    assert asked["step"]["rejection_id"] is None
    assert asked["step"]["due_on"] == ago(1)
    assert agenda["items"] == []  # only the follow-up is due, and it is listed as quiet

    cli.refused("sweep", "--as-of", ahead(1), problem="sweep date")

    step_id = str(asked["step"]["id"])
    assert cli.json("step", "done", step_id)["resolved_on"] == TODAY.isoformat()
    # Ghosting needs a week of silence after the follow-up was sent, and the CLI stamps it as
    # sent today, so it cannot happen until today + 7: a sweep today must not ghost it.
    assert cli.json("sweep")["ghosted"] == []

    # Pretend the follow-up went out eight days ago (the CLI has no clock to turn), and the
    # next sweep calls it ghosted, with a silence plan that does not ask for a second one.
    with closing(sqlite3.connect(cli.home / DB_FILE)) as connection, connection:
        connection.execute("UPDATE steps SET resolved_on = ? WHERE id = ?", (ago(8), step_id))
    assert cli.json("sweep") == {"as_of": TODAY.isoformat(), "quiet": [], "ghosted": [int(old)]}
    plan = cli.json("plan", old)
    assert plan["application"]["stage"] == "ghosted"
    assert plan["rejection"]["form"] == "silence"
    follow_ups = [s for s in plan["steps"] if s["kind"] == "follow_up"]
    assert [(s["status"], s["rejection_id"]) for s in follow_ups] == [("done", None)]
    assert "feel" in kinds(plan)


# --- week and if-then plans ----------------------------------------------------------------


def test_week_suggests_then_saves_what_the_person_chooses(cli: Cli) -> None:
    suggested = cli.ok("week")
    assert "This week's plan (a suggestion: make it yours with nextyes week)" in suggested
    assert "What: 3 applications" in suggested

    saved = cli.json(
        "week",
        *("--applications", "5", "--channel", "referral", "--when", "Mon and Wed, 9 to 11"),
        *("--role", "Analyst at Acme", "--role", "BI Developer at Beta"),
    )
    assert saved["saved"] is True
    assert saved["applications_target"] == 5
    assert saved["channel"] == "referral"
    assert saved["schedule"] == "Mon and Wed, 9 to 11"
    assert saved["roles"] == ["Analyst at Acme", "BI Developer at Beta"]
    assert saved["week_of"] == (TODAY - timedelta(days=TODAY.weekday())).isoformat()

    changed = cli.json("week", "--channel", "job board")  # the rest of the plan stays
    assert changed == {**saved, "channel": "job_board", "channel_reason": changed["channel_reason"]}
    text = cli.ok("week")
    assert "a suggestion" not in text
    assert "What: 5 applications, starting with Analyst at Acme; BI Developer at Beta" in text
    assert "lean on job board" in text

    cli.refused("week", "--channel", "pigeon", problem="unknown channel 'pigeon'")
    cli.refused("week", "--applications", "51", problem="from 1 to 50; you wrote 51")
    cli.refused("week", "--when", "  ", problem="when must not be empty")


def test_week_refuses_zero_applications(cli: Cli) -> None:
    cli.ok("week")  # first use creates the database and its local owner
    cli.refused("week", "--applications", "0", problem="from 1 to 50; you wrote 0")


def test_if_then_plans_and_the_jump_back_in_step_shows_them_with_the_week(cli: Cli) -> None:
    first = cli.json("ifthen", "add", "I hear no", "I will take a walk, then send one")
    assert first == {"id": 1, "cue": "I hear no", "action": "I will take a walk, then send one"}
    assert "If it is Monday, then I will [b]plan[/b]." in cli.ok(
        "ifthen", "add", "it is Monday", "I will [b]plan[/b]"
    )
    listed = cli.json("ifthen", "list")
    assert listed == [first, {"id": 2, "cue": "it is Monday", "action": "I will [b]plan[/b]"}]
    cli.refused("ifthen", "add", "", "I will rest", problem="the 'if' part must not be empty")

    app_id = cli.add("Early Ltd", "Analyst", "--on", ago(10))
    cli.ok("reject", app_id, "--on", ago(4))
    plan = cli.json("plan", app_id)
    assert plan["week"]["saved"] is False  # a suggestion, beside the open jump-back-in step
    assert plan["if_thens"] == listed
    text = cli.ok("plan", app_id)
    assert "This week's plan" in text
    assert "a suggestion" in text
    assert "Your if-then plans" in text
    assert "If I hear no, then I will take a walk, then send one." in text
    assert "nextyes week --applications N" in text  # what the step asks, as a command

    cli.ok("week", "--applications", "4", "--channel", "referral", "--when", "Tuesday evening")
    after = cli.json("plan", app_id)
    # Making this week's plan is what the step asked: it is ticked off, and the week no
    # longer needs showing beside it.
    assert step_of(after, "jump_back_in")["status"] == "done"
    assert after["week"] is None
    assert after["if_thens"] == listed
    week = cli.json("week")
    assert (week["saved"], week["applications_target"]) == (True, 4)
    assert week["schedule"] == "Tuesday evening"
    assert "lean on referral" in cli.ok("week")


# --- reject --undo ---------------------------------------------------------------------------


def test_undo_a_rejection_entered_by_mistake(seeded: dict[str, Any], seeded_cli: Cli) -> None:
    cli, dream = seeded_cli, seeded["dream"]
    if "--undo" not in cli.ok("reject", "--help"):
        pytest.skip(
            "!!! SKIPPED: `nextyes reject --help` does not list --undo yet;"
            " the undo tests did NOT run !!!"
        )
    feel = seeded["ids"]["feel"]
    cli.ok("step", "done", feel)

    restored = cli.json("reject", dream, "--undo")
    assert (restored["stage"], restored["stage_since"]) == ("final_round", ago(20))
    after = cli.json("plan", dream)
    assert after["rejection"] is None
    # Open steps went with the rejection; the step already done stays in the history.
    assert [(str(s["id"]), s["status"]) for s in after["steps"]] == [(feel, "done")]
    assert after["week"] is None

    cli.refused("reject", dream, "--undo", problem="has no rejection to undo")
