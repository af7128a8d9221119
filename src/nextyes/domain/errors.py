"""Errors every face turns into a one-line message (exit 2 on the CLI, 4xx on the web)."""


class NextYesError(Exception):
    """A problem with what the person asked for; its message is shown as it is."""


class InvalidInput(NextYesError):
    """A value that breaks a rule: empty company, excitement out of range, a future date."""


class IllegalTransition(InvalidInput):
    """A stage change the search cannot make, such as offer -> applied."""


class NotFound(NextYesError):
    """An id that does not exist for this person (other people's rows look the same)."""
