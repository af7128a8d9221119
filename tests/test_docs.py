"""The docs cover what the code offers: every command and option, setting and JSON field."""

import dataclasses
import re
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from nextyes.cli import app
from nextyes.config import Settings
from nextyes.domain.agenda import Agenda
from nextyes.domain.applications import Application
from nextyes.domain.contacts import Contact
from nextyes.domain.drafts import Draft, Profile
from nextyes.domain.events import Event
from nextyes.domain.evidence import EvidenceCard
from nextyes.domain.history import PastJob
from nextyes.domain.inbox import ReviewItem
from nextyes.domain.insights import (
    BounceBack,
    BounceMonth,
    ChannelMix,
    CompanyReplyTime,
    Funnel,
    FunnelStep,
    Insights,
    Momentum,
    NextYes,
    OddsOutlook,
    ReasonCount,
    ReplyTimes,
    WeakestStep,
    WeekMomentum,
    WhatWorked,
)
from nextyes.domain.interviews import Interview
from nextyes.domain.lessons import Lessons, PracticeEntry, PracticeItem, Skill, Theme
from nextyes.domain.preferences import Preferences
from nextyes.domain.reflections import Reflection, ReflectionAnswers
from nextyes.domain.rejections import Rejection
from nextyes.domain.steps import Step
from nextyes.domain.weekly import IfThen, WeeklyPlan
from nextyes.domain.wellbeing import CheckIn, SupportSuggestion, Who5, Who5Change
from nextyes.domain.writing import WritingEntry, WritingSummary
from nextyes.services.drafts import DraftSent
from nextyes.services.inbox import ImportSummary, ReviewEntry, ReviewOutcome, ReviewPage
from nextyes.services.sweep import SweepReport
from nextyes.services.trash import Deleted
from nextyes.services.wellbeing import CheckInResult, WellbeingHistory, Who5Result
from nextyes.store.trash import Restored, TrashItem

DOCS = Path(__file__).parent.parent / "docs"


def commands(group: typer.Typer) -> list[tuple[str, list[str]]]:
    """Every leaf command as ("contact add", ["--role", ...])."""
    found: list[tuple[str, list[str]]] = []

    def walk(command: object, path: str) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, f"{path} {name}".strip())
            return
        options = [
            opt
            for param in getattr(command, "params", [])
            for opt in param.opts
            if opt.startswith("--") and opt != "--help"
        ]
        found.append((path, options))

    walk(get_command(group), "")
    return found


@pytest.mark.parametrize(("name", "options"), commands(app))
def test_every_command_and_option_is_documented(name: str, options: list[str]) -> None:
    text = (DOCS / "cli.md").read_text()
    heading = re.search(
        rf"^### `nextyes {re.escape(name)}\b[^`]*`$(.*?)(?=^##|\Z)", text, re.M | re.S
    )
    assert heading, f"docs/cli.md has no section for `nextyes {name}`"
    for option in options:
        documented = re.search(rf"(?<![\w-]){re.escape(option)}\b", heading.group(0))
        assert documented, f"`nextyes {name}` {option} is not documented"


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_documented(field: str) -> None:
    assert f"`NEXTYES_{field.upper()}`" in (DOCS / "configuration.md").read_text()


@pytest.mark.parametrize(
    "record",
    [
        Application,
        Event,
        Rejection,
        Contact,
        PastJob,
        Step,
        Agenda,
        SweepReport,
        WeeklyPlan,
        IfThen,
        Interview,
        EvidenceCard,
        Reflection,
        ReflectionAnswers,
        Lessons,
        Theme,
        Skill,
        PracticeItem,
        PracticeEntry,
        WritingEntry,
        WritingSummary,
        CheckInResult,
        CheckIn,
        Who5Result,
        Who5,
        Who5Change,
        SupportSuggestion,
        WellbeingHistory,
        Draft,
        DraftSent,
        Profile,
        Preferences,
        Insights,
        Funnel,
        FunnelStep,
        ReplyTimes,
        CompanyReplyTime,
        BounceBack,
        BounceMonth,
        Momentum,
        WeekMomentum,
        WhatWorked,
        ChannelMix,
        NextYes,
        OddsOutlook,
        WeakestStep,
        ReasonCount,
        ImportSummary,
        ReviewPage,
        ReviewEntry,
        ReviewItem,
        ReviewOutcome,
        Deleted,
        TrashItem,
        Restored,
    ],
)
def test_every_json_field_is_documented(record: type) -> None:
    text = (DOCS / "json.md").read_text()
    for field in dataclasses.fields(record):
        assert f"| `{field.name}` |" in text, f"{record.__name__}.{field.name} is not in json.md"


def test_the_readme_opens_with_the_two_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text()
    first_block = readme.split("```")[1]
    assert "bash scripts/run" in first_block
    assert "bash scripts/test" in first_block
    assert (DOCS.parent / ".ci" / "run").read_text().count("scripts/test") == 1
