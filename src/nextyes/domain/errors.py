"""Errors every face turns into a one-line message (exit 2 on the CLI, 4xx on the web)."""

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


class NextYesError(Exception):
    """A problem with what the person asked for; its message is shown as it is."""


class InvalidInput(NextYesError):
    """A value that breaks a rule: empty company, excitement out of range, a future date.

    `field` names the input it is about, when there is one, so a form can show the message
    beside that field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def problems(self) -> list["InvalidInput"]:
        """Every problem this error stands for (one, unless it gathers several)."""
        return [self]


class InvalidFields(InvalidInput):
    """Several problems found at once, each about its own field: a form shows them all,
    next to their fields, instead of one at a time. Its message joins theirs."""

    def __init__(self, problems: Sequence[InvalidInput]) -> None:
        super().__init__("; ".join(str(p) for p in problems), problems[0].field)
        self._problems = list(problems)

    @property
    def problems(self) -> list[InvalidInput]:
        return list(self._problems)


class Checks:
    """Runs a record's checks one field at a time and keeps every problem, so a person sees
    all of them at once: `value = checks.field("company", required_text, text, "company")`,
    then `checks.done()` raises them together (a single one as itself)."""

    def __init__(self) -> None:
        self.found: list[InvalidInput] = []

    def field(self, name: str, check: Callable[..., T], *args: object) -> T:
        try:
            return check(*args)
        except InvalidInput as problem:
            for each in problem.problems:
                self.found.append(InvalidInput(str(each), each.field or name))
            return None  # type: ignore[return-value]  # done() raises before it is used

    def done(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise InvalidFields(self.found)


class IllegalTransition(InvalidInput):
    """A stage change the search cannot make, such as offer -> applied."""


class NotFound(NextYesError):
    """An id that does not exist for this person (other people's rows look the same)."""
