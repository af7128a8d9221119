"""How the insight tables read in the terminal and on the page (the CSV keeps fractions)."""

from nextyes.domain.insights_tables import shown


def test_shares_and_rates_read_as_whole_percentages() -> None:
    assert shown("response_rate", 0.3571) == "36%"
    assert shown("of_applied", 1.0) == "100%"
    assert shown("low", 0.004) == "0%"


def test_counts_days_and_missing_figures_read_as_they_are() -> None:
    assert shown("reached", 28) == "28"
    assert shown("median_days", 5.0) == "5.0"
    assert shown("response_rate", None) == ""
