"""NextYes: a job-search companion built around the hardest moment of a search, the "no"."""

__version__ = "0.1.0"
