"""An adviser's view of the seekers who chose to share with them (hosted mode, docs/hosting.md):
what each seeker can share, and the signals that put someone near the top of a caseload.
No I/O: services/advisers.py reads the data these rules are applied to."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

STUCK_DAYS = 14  # days after a "no" without a new application before it is worth a word
LOW_MOOD = 2  # a check-in mood (1-5) at or under this counts as low
LOW_RUN = 3  # this many low check-ins in a row make a run


class Share(StrEnum):
    """What a seeker may show their adviser, each switched on or off by the seeker alone."""

    FUNNEL = "funnel"
    PLANS = "plans"
    WEEK = "week"
    CHECKINS = "checkins"
    WHO5 = "who5"
    REFLECTIONS = "reflections"
    WRITING = "writing"


# On when an adviser is first added: the search's shape, not the person's inner life.
SHARED_AT_FIRST = frozenset({Share.FUNNEL, Share.PLANS, Share.WEEK})
SHARE_WORDS = {
    Share.FUNNEL: "Your funnel and momentum (how many sent, replies, the weeks' pace)",
    Share.PLANS: "Progress through your recovery plans (steps done, open, skipped)",
    Share.WEEK: "This week's plan",
    Share.CHECKINS: "Your check-ins (mood only, never the notes)",
    Share.WHO5: "Your WHO-5 wellbeing scores",
    Share.REFLECTIONS: "What your reflections add up to (the lessons' themes)",
    Share.WRITING: "Writing you marked as not private",
}


@dataclass(frozen=True)
class Signals:
    """What an adviser is told about one seeker, from what that seeker shares."""

    last_no: date | None
    last_sent: date | None
    stuck_days: int | None  # days since a "no" with no application sent after it
    low_mood_run: bool | None  # None: check-ins not shared

    @property
    def need(self) -> tuple[int, int]:
        """Sort key, most in need first: a low-mood run, then stuck longest."""
        return (0 if self.low_mood_run else 1, -(self.stuck_days or 0))


def signals(
    today: date, last_no: date | None, last_sent: date | None, moods: list[int] | None
) -> Signals:
    """`moods`: the newest check-ins' moods, newest first (None when not shared)."""
    stuck = None
    if last_no is not None and (last_sent is None or last_sent <= last_no):
        days = (today - last_no).days
        stuck = days if days >= STUCK_DAYS else None
    low = None
    if moods is not None:
        low = len(moods) >= LOW_RUN and all(m <= LOW_MOOD for m in moods[:LOW_RUN])
    return Signals(last_no, last_sent, stuck, low)
