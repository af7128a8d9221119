"""The same posting twice: a company and role already in the search, matched loosely.

"Lumen Health Ltd" is "Lumen Health", "Sr. Data Analyst (Remote)" is "Senior Data Analyst";
"Data Analyst" is not "Senior Data Analyst" (another level is another posting), and
"Data Analyst" is not "Data Analytics Lead". A match is a question for the person, never a
refusal: applying again is a fact worth recording too.

The posting's own address settles it first: the same page, once tracking parameters and
the like are set aside (postings/canonical.py), is the same posting whatever the two were
called. Only an address that points at one posting counts: two roles both saved with
`acme.com/careers` are not the same posting."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from nextyes.postings.canonical import canonical_url

# How alike two normalised names must be (0-100) to be the same company, the same role.
COMPANY_SCORE = 92
ROLE_SCORE = 90
# Words a company's legal name adds, and words a posting adds to its role.
COMPANY_NOISE = frozenset(
    {"ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas"}
    | {"bv", "co", "corp", "corporation", "company", "the"}
)
ROLE_NOISE = frozenset({"remote", "hybrid", "onsite", "contract", "permanent", "temporary"})
ROLE_WORDS = {"sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "mgr": "manager"}
BRACKETS = re.compile(r"[(\[{].*?[)\]}]")
NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Posting:
    id: int
    company: str
    role: str
    link: str | None = None


def company_key(name: str) -> str:
    words = _words(name.replace("&", " and "))
    kept = [w for w in words if w not in COMPANY_NOISE]
    return " ".join(kept or words)


def role_key(title: str) -> str:
    words = [ROLE_WORDS.get(w, w) for w in _words(BRACKETS.sub(" ", title))]
    kept = [w for w in words if w not in ROLE_NOISE and w not in ("m", "f", "d", "w")]
    return " ".join(kept or words)


def _words(text: str) -> list[str]:
    return [w for w in NOT_WORD.sub(" ", text.casefold()).split() if w]


def same_posting(company_a: str, role_a: str, company_b: str, role_b: str) -> bool:
    companies = fuzz.ratio(company_key(company_a), company_key(company_b))
    if companies < COMPANY_SCORE:
        return False
    return fuzz.token_sort_ratio(role_key(role_a), role_key(role_b)) >= ROLE_SCORE


def posting_address(link: str | None) -> str | None:
    """The address that names one posting, for comparing: None for the address of a whole
    careers site (`acme.com/careers`), which many postings can share."""
    if not link:
        return None
    canonical = canonical_url(link)
    parts = urlsplit(canonical)
    if parts.scheme not in ("http", "https"):
        return None
    depth = len([p for p in parts.path.split("/") if p])
    return canonical if depth >= 2 or parts.query else None


def alike(known: Iterable[Posting], company: str, role: str, link: str | None = None) -> list[int]:
    """The ids of the known postings that look like this company and role, or that were
    saved from the same posting's address."""
    address = posting_address(link)
    return [
        p.id
        for p in known
        if (address is not None and posting_address(p.link) == address)
        or same_posting(p.company, p.role, company, role)
    ]
