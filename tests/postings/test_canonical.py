"""One address per posting: tracking dropped, what names the job kept."""

import pytest

from nextyes.postings import canonical_url, same_posting_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            "https://boards.greenhouse.io/acme/jobs/123?gh_jid=123&gh_src=abc12&utm_source=li",
            "https://boards.greenhouse.io/acme/jobs/123?gh_jid=123",
        ),
        (
            "https://jobs.lever.co/acme/8d2f/?lever-origin=applied&lever-source=LinkedIn",
            "https://jobs.lever.co/acme/8d2f",
        ),
        (
            "https://de.indeed.com/viewjob?jk=4f1e2d3c&from=serp&vjs=3&tk=1abc",
            "https://de.indeed.com/viewjob?jk=4f1e2d3c",
        ),
        (
            "https://www.linkedin.com/jobs/view/3812345678/?refId=xyz%3D%3D&trackingId=abc&trk=flagship",
            "https://linkedin.com/jobs/view/3812345678",
        ),
        (
            "https://careers.example.com/job?jobId=77&fbclid=IwAR0&gclid=Cj0&msclkid=ab&mc_cid=1"
            "&mc_eid=2&_hsenc=p2&_hsmkt=x&ref=newsletter&src=mail&source=twitter&referrer=x"
            "&iis=Job+Board&iisn=LinkedIn",
            "https://careers.example.com/job?jobId=77",
        ),
    ],
)
def test_tracking_parameters_are_dropped_and_identity_kept(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_scheme_host_case_www_fragment_and_trailing_slash() -> None:
    assert canonical_url("HTTP://WWW.Example.COM/Jobs/Backend-Engineer/#apply") == (
        "https://example.com/Jobs/Backend-Engineer"  # the path keeps its case
    )
    assert canonical_url("https://example.com:443/jobs/") == "https://example.com/jobs"
    assert canonical_url("http://example.com:8080/jobs") == "https://example.com:8080/jobs"
    assert canonical_url("https://example.com/") == "https://example.com"


def test_kept_parameters_are_sorted() -> None:
    assert canonical_url("https://example.com/search?vjk=9&q=nurse&utm_medium=x&id=2") == (
        "https://example.com/search?id=2&q=nurse&vjk=9"
    )


def test_a_route_in_the_fragment_names_the_job() -> None:
    assert canonical_url("https://example.com/careers#/jobs/123") == (
        "https://example.com/careers#/jobs/123"
    )


def test_same_posting_url() -> None:
    assert same_posting_url(
        "http://www.acme.example/jobs/42/?utm_campaign=spring&ref=hn",
        "https://acme.example/jobs/42#description",
    )
    assert not same_posting_url(
        "https://acme.example/jobs?id=42", "https://acme.example/jobs?id=43"
    )


@pytest.mark.parametrize(
    "odd", ["  not a url  ", "mailto:jobs@acme.example", "", "https://[::1", "ftp://x.example/a/"]
)
def test_odd_input_comes_back_stripped(odd: str) -> None:
    assert canonical_url(odd) == odd.strip()
