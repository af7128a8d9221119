"""Fetching a posting's page (services/posting_fetch.py) from a real local HTTP server:
the page itself, redirects, and every way a stranger's server can let a person down, each
one line that says what happened and what to do instead."""

import pytest

from nextyes.services.posting_fetch import USER_AGENT, PostingUnavailable, fetch_page
from tests.posting_server import Answer, endless, posting_page, posting_server, slow

PAGE = posting_page("Data Analyst", "Lumen Health")


def test_a_page_is_fetched_with_an_honest_user_agent() -> None:
    with posting_server({"/jobs/1": Answer(body=PAGE)}) as site:
        fetched = fetch_page(site.url("/jobs/1"))
    assert fetched.body == PAGE
    assert fetched.charset == "utf-8"
    assert site.seen[0]["User-Agent"] == USER_AGENT
    assert "NextYes" in USER_AGENT


def test_a_redirect_is_followed_and_the_final_address_kept() -> None:
    answers = {
        "/short": Answer(302, headers={"Location": "/jobs/1"}),
        "/jobs/1": Answer(body=PAGE),
    }
    with posting_server(answers) as site:
        fetched = fetch_page(site.url("/short"))
    assert fetched.url == site.url("/jobs/1")
    assert b"Data Analyst" in fetched.body


def refused(url: str, *fragments: str, **options: object) -> None:
    with pytest.raises(PostingUnavailable) as caught:
        fetch_page(url, **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    assert caught.value.field == "source"


def test_a_server_too_slow_to_answer_is_given_up_on() -> None:
    with posting_server({"/slow": Answer(stream=slow(1.5))}) as site:
        refused(site.url("/slow"), "127.0.0.1", "paste", timeout=0.5)


def test_a_page_far_too_big_is_refused_without_reading_it_all() -> None:
    answers = {
        "/endless": Answer(stream=endless()),
        "/declared": Answer(body=b"<html></html>", headers={}),
    }
    with posting_server(answers) as site:
        refused(site.url("/endless"), "over 5 MB", "save it from your browser")


def test_a_file_that_is_not_a_web_page_is_refused_by_its_type() -> None:
    pdf = Answer(body=b"%PDF-1.7 ...", content_type="application/pdf")
    with posting_server({"/job.pdf": pdf}) as site:
        refused(site.url("/job.pdf"), "application/pdf", "not a web page")


@pytest.mark.parametrize(
    ("status", "fragment"),
    [(404, "taken down"), (410, "taken down"), (403, "signed in"), (500, "answered 500")],
)
def test_an_error_answer_is_said_plainly(status: int, fragment: str) -> None:
    with posting_server({"/job": Answer(status, b"<html>no</html>")}) as site:
        refused(site.url("/job"), fragment)


def test_nothing_listening_is_one_line() -> None:
    with posting_server({}) as site:
        gone = site.url("/job")
    refused(gone, "could not reach 127.0.0.1")


@pytest.mark.parametrize("address", ["ftp://example.com/job", "file:///etc/passwd", "jobs", ""])
def test_only_web_addresses_are_fetched(address: str) -> None:
    refused(address, "is not a web address")


def test_hosted_mode_never_fetches_this_machine_or_a_private_network() -> None:
    with posting_server({"/jobs/1": Answer(body=PAGE)}) as site:
        refused(site.url("/jobs/1"), "not an address on the public internet", hosted=True)
        assert site.seen == []  # not even asked
    refused("http://10.1.2.3/job", "public internet", hosted=True)
    refused("http://[::1]:8080/job", "public internet", hosted=True)
