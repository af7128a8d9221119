"""Evidence cards: every number comes from the person's own search or a published figure,
small counts read "2 of 3", and nothing divides by zero. Domain first (fast, with a
hypothesis property), then the service on a real database."""

import math
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.errors import NotFound
from nextyes.domain.events import Event, EventKind, EventSource
from nextyes.domain.evidence import EvidenceCard, Focus, evidence_cards, tally, tracks
from nextyes.domain.evidence_figures import ALL_FIGURES
from nextyes.domain.evidence_texts import MIN_SENT_FOR_RATES, share
from nextyes.domain.rejections import Rejection, RejectionForm
from nextyes.domain.stages import PIPELINE, Stage, allowed_moves
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.demo import load_demo
from nextyes.services.evidence import evidence_cards as cards_for
from nextyes.services.recovery import undo_rejection
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

DAY = timedelta(days=1)
START = date(2026, 1, 1)
A, S, N, F, X, G = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.REJECTED,
    Stage.GHOSTED,
)
# Every published number a card may print: figures, their years, and the minimum sent.
PUBLISHED = (
    {f.value for f in ALL_FIGURES} | {f.year for f in ALL_FIGURES if f.year} | {MIN_SENT_FOR_RATES}
)

Search = tuple[list[Application], list[Event], list[Rejection]]


def search(*paths: Sequence[Stage]) -> Search:
    """Domain records for applications that walked these stage paths, one day a step.
    Ending in rejected or ghosted records the rejection, with the stage reached before."""
    applications: list[Application] = []
    events: list[Event] = []
    rejections: list[Rejection] = []
    for number, path in enumerate(paths, start=1):
        reached: Stage = path[0]
        applied_on = None
        for step, stage in enumerate(path):
            day = START + step * DAY
            if applied_on is None and stage not in (Stage.SAVED, Stage.WITHDRAWN, Stage.CLOSED):
                applied_on = day
            if stage in (X, G):
                form = RejectionForm.EXPLICIT if stage is X else RejectionForm.SILENCE
                rejections.append(Rejection(len(rejections) + 1, number, form, reached, day))
            elif stage in PIPELINE:
                reached = stage
            kind = EventKind.CREATED if step == 0 else EventKind.STAGE_CHANGED
            events.append(
                Event(
                    len(events) + 1,
                    number,
                    kind,
                    day,
                    datetime(2026, 1, 1, tzinfo=UTC),
                    EventSource.TYPED,
                    to_stage=stage,
                )
            )
        applications.append(
            Application(
                id=number,
                company="Acme",
                role="Analyst",
                channel=Channel.OTHER,
                stage=path[-1],
                stage_since=START,
                excitement=3,
                created_on=START,
                applied_on=applied_on,
            )
        )
    return applications, events, rejections


def cards(found: Search, focus: Focus | None = None) -> list[EvidenceCard]:
    return evidence_cards(tracks(*found), focus)


def by_kind(found: list[EvidenceCard]) -> dict[str, EvidenceCard]:
    return {card.kind: card for card in found}


def numbers_in(card: EvidenceCard) -> list[float]:
    return [float(n) for n in re.findall(r"\d+(?:\.\d+)?", f"{card.headline} {card.body}")]


# --- phrasing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "said"),
    [
        (2, 3, "2 of 3"),
        (0, 9, "0 of 9"),
        (9, 9, "9 of 9"),
        (1, 1, "1 of 1"),
        (3, 10, "3 of 10 (30%)"),
        (2, 28, "2 of 28 (7%)"),
        (1, 200, "1 of 200 (under 1%)"),
        (199, 200, "199 of 200 (99%)"),  # rounded down: never 100% until it is
        (40, 40, "40 of 40 (100%)"),
        (0, 40, "0 of 40 (0%)"),
    ],
)
def test_small_numbers_are_counts_and_percentages_never_round_up(
    part: int, whole: int, said: str
) -> None:
    assert share(part, whole) == said


def test_one_application_is_singular() -> None:
    assert share(1, 1, " applications") == "1 of 1 application"
    assert share(1, 2, " applications") == "1 of 2 applications"


# --- edge cases -----------------------------------------------------------------------------


def test_no_data_yet_says_nothing_is_measured_and_quotes_only_published_figures() -> None:
    found = cards(search())
    assert [c.kind for c in found] == ["too_early", "silence", "not_about_you"]
    assert found[0].headline == "Nothing sent yet, so nothing to measure"
    assert "Across your search" not in found[1].body
    for card in found:
        assert set(numbers_in(card)) <= PUBLISHED


def test_saved_applications_are_not_counted_as_sent() -> None:
    counts = tally(tracks(*search([Stage.SAVED], [Stage.SAVED, Stage.CLOSED])))
    assert counts.sent == 0
    assert counts.closed == 0


def test_one_application_is_too_early_to_read() -> None:
    too_early = by_kind(cards(search([A])))["too_early"]
    assert "You have sent 1 application so far" in too_early.body
    assert "%" not in too_early.body


def test_four_sent_is_still_too_early_and_five_shows_replies() -> None:
    assert "too_early" in by_kind(cards(search(*[[A]] * 4)))
    replies = by_kind(cards(search(*[[A]] * 4, [A, S])))["replies"]
    assert replies.headline == "Answers to 1 of 5 applications"
    assert "%" not in replies.headline
    assert "TalentWorks" in (replies.source or "")


def test_everything_rejected_counts_each_no_as_an_answer_in_small_numbers() -> None:
    found = search(*[[A, X]] * 6)
    focus = Focus("Acme", A, RejectionForm.EXPLICIT)
    first, *rest = cards(found, focus)
    assert first.kind == "how_far"
    assert "None of yours has reached a call yet" in first.body
    replies = by_kind(rest)["replies"]
    assert replies.headline == "Answers to 6 of 6 applications"
    assert "You reached an interview in 0 of 6 applications." in replies.body
    assert "higher interview rate" not in replies.body  # no comparison that would sting


def test_all_ghosted_says_so_plainly() -> None:
    silence = by_kind(cards(search(*[[A, G]] * 12)))["silence"]
    assert "12 of 12 applications (100%) went quiet" in silence.body
    assert "reached an interview" not in silence.body
    assert silence.numbers["quiet"] == 12


def test_how_far_counts_history_not_only_the_current_stage() -> None:
    found = search([A, S, N, F, X], [A, S, N, F, Stage.OFFER, Stage.ACCEPTED], [A, N, X], [A])
    first = cards(found, Focus("Lumen", F, RejectionForm.EXPLICIT))[0]
    assert first.headline == "Final round in 2 of 4 applications"
    assert first.body.startswith("With Lumen you got as far as the final round.")
    assert first.numbers == {"reached": 2, "sent": 4}
    assert first.source is None


def test_cards_about_the_rejection_come_first() -> None:
    found = search(*[[A, S, N, X]] * 3, *[[A]] * 9)
    said_no = cards(found, Focus("Acme", N, RejectionForm.EXPLICIT))
    assert [c.kind for c in said_no] == ["how_far", "not_about_you", "replies", "silence"]
    assert said_no[0].headline == "Interviews in 3 of 12 applications (25%)"
    went_quiet = cards(found, Focus("Acme", N, RejectionForm.SILENCE))
    assert [c.kind for c in went_quiet] == ["how_far", "silence", "not_about_you", "replies"]
    assert went_quiet[1].body.startswith("This one went quiet after an interview.")


def test_silence_after_an_interview_is_counted_against_interviews() -> None:
    found = search([A, S, N, G], [A, N, X], [A, G], [A, S], [A])
    silence = by_kind(cards(found))["silence"]
    assert "2 of 5 applications went quiet" in silence.body
    assert "of those that reached an interview, 1 of 2 did" in silence.body
    assert silence.numbers["greenhouse_2024_percent"] == 61


def test_a_silence_that_got_a_late_reply_still_went_quiet_and_was_answered() -> None:
    counts = tally(tracks(*search([A, G, S])))
    assert (counts.quiet, counts.answered) == (1, 1)


def test_closed_postings_are_named_among_reasons_not_about_you() -> None:
    card = by_kind(cards(search([A, Stage.CLOSED], [A, Stage.CLOSED], [A])))["not_about_you"]
    assert "2 postings were closed or cancelled" in card.body
    assert "588" in card.body
    one = by_kind(cards(search([A, Stage.CLOSED])))["not_about_you"]
    assert "1 posting was closed" in one.body


# --- property -------------------------------------------------------------------------------


@st.composite
def paths(draw: st.DrawFn) -> list[Stage]:
    """A walk an application could really take, along allowed moves."""
    path = [draw(st.sampled_from(PIPELINE))]
    for _ in range(draw(st.integers(0, 5))):
        moves = sorted(allowed_moves(path[-1]))
        if not moves:
            break
        path.append(draw(st.sampled_from(moves)))
    return path


@given(st.lists(paths(), max_size=30), st.data())
def test_every_number_shown_is_derived_and_no_percentage_exceeds_100(
    walks: list[list[Stage]], data: st.DataObject
) -> None:
    found = search(*walks)
    focus = None
    if found[2]:
        chosen = data.draw(st.sampled_from(found[2]))
        focus = Focus("Acme", chosen.stage_reached, chosen.form)
    n = len(walks)
    counts = set(range(n + 1))
    percents = {a * 100 // b for b in range(10, n + 1) for a in range(b + 1)}
    for card in cards(found, focus):
        text = f"{card.headline} {card.body}"
        assert not re.search(r"\b(nan|inf)\b", text, re.I)
        for shown in re.findall(r"(\d+(?:\.\d+)?)%", text):
            assert float(shown) <= 100
            if n < 10:  # a small search never gets a percentage of its own
                assert float(shown) in PUBLISHED
        for value in numbers_in(card):
            assert value in PUBLISHED | counts | percents, (value, text)
        for value in card.numbers.values():
            assert math.isfinite(value)
            assert value in PUBLISHED | counts


# --- the service on a real database -----------------------------------------------------------


def rejected_after_interview(ws: Workspace, company: str = "Dream Co") -> int:
    application = add_application(ws, NewApplication(company, "Analyst", on=TODAY - 30 * DAY))
    move_application(ws, application.id, N, TODAY - 10 * DAY)
    record_rejection(ws, application.id, RejectionForm.EXPLICIT, TODAY - 2 * DAY)
    return application.id


def test_service_on_an_empty_database(ws: Workspace) -> None:
    assert [c.kind for c in cards_for(ws)] == ["too_early", "silence", "not_about_you"]


def test_service_puts_the_rejection_first(ws: Workspace) -> None:
    dream = rejected_after_interview(ws)
    add_application(ws, NewApplication("Other", "Analyst", on=TODAY - 5 * DAY))
    first, *rest = cards_for(ws, dream)
    assert first.kind == "how_far"
    assert first.headline == "Interviews in 1 of 2 applications"
    assert "With Dream Co you got as far as interviews." in first.body
    assert [c.kind for c in rest] == ["not_about_you", "too_early", "silence"]


def test_service_without_a_rejection_shows_the_whole_search(ws: Workspace) -> None:
    open_one = add_application(ws, NewApplication("Still Open", "Analyst"))
    assert cards_for(ws, open_one.id) == cards_for(ws)


def test_service_forgets_an_undone_silence(ws: Workspace) -> None:
    application = add_application(ws, NewApplication("Quiet Co", "Analyst", on=TODAY - 40 * DAY))
    record_rejection(ws, application.id, RejectionForm.SILENCE, TODAY - 5 * DAY)
    assert by_kind(cards_for(ws))["silence"].numbers["quiet"] == 1
    undo_rejection(ws, application.id)
    assert by_kind(cards_for(ws))["silence"].numbers["quiet"] == 0


def test_service_is_scoped_to_one_person(ws: Workspace) -> None:
    mine = rejected_after_interview(ws)
    theirs = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    with pytest.raises(NotFound, match=f"no application with id {mine}"):
        cards_for(theirs, mine)
    assert cards_for(theirs)[0].numbers == {"sent": 0, "minimum": 5}
    other_one = rejected_after_interview(theirs, "Their Co")
    assert cards_for(ws, mine)[0].headline == "Interviews in 1 of 1 application"
    assert cards_for(theirs, other_one)[0].headline == "Interviews in 1 of 1 application"


def test_service_on_the_demo_final_round(ws: Workspace) -> None:
    load_demo(ws)
    lumen = next(a for a in _applications(ws) if a.company == "Lumen Health")
    first, second, *_ = cards_for(ws, lumen.id)
    assert first.headline == "Final round in 2 of 28 applications (7%)"
    assert "Lumen Health" in first.body
    assert second.kind == "not_about_you"
    assert by_kind(cards_for(ws))["replies"].numbers["sent"] == 28


def test_unknown_application_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="no application with id 404"):
        cards_for(ws, 404)


def _applications(ws: Workspace) -> list[Application]:
    from nextyes.services.applications import list_applications

    return list_applications(ws)
