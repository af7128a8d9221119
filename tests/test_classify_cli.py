"""`nextyes inbox classify FILE.jsonl` through the real entry point (the installed script)."""

import json
from pathlib import Path

import pytest

from tests.cli_runner import Cli, assert_one_line_error
from tests.inbox_helpers import CachedCli

REJECTION = {
    "subject": "Your application to Quarrystone",
    "body": "Hi Sam, thank you for applying. We have decided to move forward with other "
    "candidates for the Analyst role.",
    "sender": "Quarrystone Talent <no-reply@quarrystone.greenhouse.io>",
}
PARCEL = {"subject": "Your parcel", "body": "It arrives on Tuesday.", "sender": "shop@example.com"}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return CachedCli.fresh(tmp_path)


def lines(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_each_line_comes_back_with_a_label_and_a_confidence(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "mail.jsonl"
    source.write_text(lines({**REJECTION, "id": "m-1"}, PARCEL) + "\n", encoding="utf-8")
    out = [json.loads(line) for line in cli.ok("inbox", "classify", str(source)).splitlines()]
    assert [r["label"] for r in out] == ["rejection", "other"]
    assert out[0]["id"] == "m-1"  # the caller's own fields are kept
    assert {k: out[1][k] for k in PARCEL} == PARCEL
    assert all(0 <= r["confidence"] <= 1 for r in out)
    assert out[0]["confidence"] >= 0.9


def test_a_dash_reads_standard_input(cli: Cli) -> None:
    out = cli.ok("inbox", "classify", "-", stdin=lines(PARCEL))
    assert json.loads(out)["label"] == "other"


def test_an_empty_input_prints_nothing(cli: Cli) -> None:
    assert cli.ok("inbox", "classify", "-", stdin="") == ""


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (lines(PARCEL) + "{not json\n", "line 2: not JSON"),
        (lines(PARCEL) + "\n" + json.dumps(["a", "list"]) + "\n", "line 3: expected a JSON object"),
        (lines(PARCEL, {"subject": "x", "sender": "y"}), "line 2: body is missing"),
        (lines({**PARCEL, "sender": None}), "line 1: sender must be a string"),
    ],
)
def test_a_bad_line_is_one_error_naming_it_and_nothing_is_printed(
    cli: Cli, text: str, problem: str
) -> None:
    done = cli("inbox", "classify", "-", stdin=text)
    assert_one_line_error(done, problem)
    assert done.stdout == ""


def test_a_missing_file_is_one_error(cli: Cli, tmp_path: Path) -> None:
    assert_one_line_error(
        cli("inbox", "classify", str(tmp_path / "nope.jsonl")), "no such file", "nope.jsonl"
    )
