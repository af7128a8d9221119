"""read_posting: what a saved or fetched job-posting page says, from the most trusted place
that says it.

Order of trust, field by field: schema.org JobPosting in JSON-LD, then in microdata, then
OpenGraph and <meta> tags, then the page's <title> and first <h1>. A pure function: no
network, no files, no clock (a posting is "closed" only when the page says so, never
because validThrough has passed on the day it is read)."""

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urljoin

from nextyes.postings import jsonld
from nextyes.postings.canonical import canonical_url
from nextyes.postings.document import Page, decode, parse
from nextyes.postings.schema import Found, read_job
from nextyes.postings.signals import looks_like_posting, remote_wording, says_closed
from nextyes.postings.text import element_text, readable_text, squeeze_plain
from nextyes.postings.titles import clean_title, is_board

MAIN_FIELDS = ("title", "company", "location", "salary", "date_posted", "description")
# Pages that are something else: an article, a shop item, a list of many jobs.
_NOT_POSTINGS = {
    "Article", "BlogPosting", "NewsArticle", "Blog", "TechArticle", "ScholarlyArticle",
    "Report", "Product", "Recipe", "Event", "Course", "Movie", "Book", "Review", "ProfilePage",
    "AboutPage", "ContactPage", "CollectionPage", "SearchResultsPage", "ItemList",
}  # fmt: skip
_NOT_POSTING_OG = ("article", "blog", "profile", "product", "book", "video", "music")
MANY_JOBS = 3  # distinct JobPostings on one page, none its own: a list, not a posting


@dataclass(frozen=True)
class PostingRead:
    """What one page says. None or empty where it says nothing; `missing` names the
    MAIN_FIELDS not found (salary counts as found when either bound is)."""

    is_posting: bool  # a job posting, and still open
    closed: bool  # the page says the job is no longer available
    title: str | None
    company: str | None
    location: str | None
    remote: bool | None
    date_posted: date | None
    valid_through: date | None
    salary_min: Decimal | None
    salary_max: Decimal | None
    salary_currency: str | None
    salary_period: str | None
    employment_type: tuple[str, ...]
    description: str | None
    skills: tuple[str, ...]
    qualifications: str | None
    source: str  # "json-ld", "microdata", "opengraph", "title" or "none": where the title was
    url: str | None
    language: str | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class _Layers:
    page: Page
    json: Found
    micro: Found
    og: dict[str, str]
    has_job: bool
    not_posting: bool


def read_posting(page: str | bytes, url: str | None = None) -> PostingRead:
    """Read one job-posting page (HTML as str, or bytes in the charset it declares)."""
    layers = _layers(parse(decode(page)), url)
    return _merge(layers, url)


def _layers(page: Page, url: str | None) -> _Layers:
    values = jsonld.blocks(page.tree)
    resolve = jsonld.resolver(jsonld.index_ids(values))
    base = urljoin(url or "", page.canonical or "") or None
    jobs: list[tuple[tuple[int, ...], dict[str, Any]]] = []
    types: set[str] = set()
    for order, (node, depth, listed) in enumerate(
        found for value in values for found in jsonld.walk(value)
    ):
        kinds = jsonld.types_of(node)
        types |= kinds if depth <= 1 else set()
        if "JobPosting" in kinds:
            own = _same_page(node.get("url"), base)
            rank = (int(listed), int(not own), int(not node.get("title")), depth, order)
            jobs.append((rank, node))
    jobs.sort(key=lambda job: job[0])
    main_job = next((node for key, node in jobs if not key[0]), None)
    shown = {str(node.get("title")) for key, node in jobs if not key[0]}
    many = len(shown) >= MANY_JOBS and not any(not key[1] for key, _ in jobs)
    if many:
        main_job = None  # a careers page listing jobs, none of them this page's own
    json_found = read_job(main_job, resolve, base) if main_job else Found()

    micro_items, og = _extruct(page, base)
    micro_job = next(
        (
            node
            for item in micro_items
            for node, _, _ in jsonld.walk(item)
            if "JobPosting" in jsonld.types_of(node)
        ),
        None,
    )
    micro_found = read_job(micro_job, lambda value: value, base) if micro_job else Found()
    if micro_job is not None:
        micro_found = _with_description(micro_found, micro_job)
    types |= {kind for item in micro_items for kind in jsonld.types_of(item)}
    og_type = og.get("@type", "").lower()
    return _Layers(
        page=page,
        json=json_found,
        micro=micro_found,
        og=og,
        has_job=main_job is not None or micro_job is not None,
        not_posting=many or bool(types & _NOT_POSTINGS) or og_type.startswith(_NOT_POSTING_OG),
    )


def _extruct(page: Page, base: str | None) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Microdata items and OpenGraph properties. Each syntax is asked on its own: with
    errors="ignore", extruct loses every syntax when one fails to extract."""
    import extruct  # type: ignore[import-untyped]

    found: dict[str, list[dict[str, Any]]] = {}
    syntaxes = ("microdata", "opengraph") if page.has_microdata else ("opengraph",)
    for syntax in syntaxes:
        try:
            found |= extruct.extract(
                page.tree,
                base_url=base,
                syntaxes=[syntax],
                uniform=True,
                errors="strict",
                return_html_node=True,
            )
        except Exception:  # a page's broken markup must not stop the reading
            found[syntax] = []
    og: dict[str, str] = {}
    for item in found.get("opengraph", []):
        for key, value in item.items():
            if isinstance(value, str) and squeeze_plain(value):
                og.setdefault(key, squeeze_plain(value))
    return found.get("microdata", []), og


def _with_description(found: Found, node: dict[str, Any]) -> Found:
    """extruct flattens a microdata description to one run of text; read the element
    itself so its paragraphs and list items stay lines."""
    element = node.get("htmlNode")
    if element is None:
        return found
    for prop in element.iter():
        if "description" not in (prop.get("itemprop") or "").split():
            continue
        scope = prop.getparent()
        while scope is not None and scope.get("itemscope") is None:
            scope = scope.getparent()
        if scope is element:
            content = prop.get("content")
            text = readable_text(content) if content else element_text(prop)
            return replace(found, description=text or found.description)
    return found


def _same_page(value: Any, base: str | None) -> bool:
    return (
        isinstance(value, str)
        and base is not None
        and (canonical_url(urljoin(base, value)) == canonical_url(base))
    )


def _merge(layers: _Layers, url: str | None) -> PostingRead:
    page, json, micro, og = layers.page, layers.json, layers.micro, layers.og
    site_names = tuple(name for name in (og.get("og:site_name"),) if name)
    company = json.company or micro.company
    title, source, named = _title(layers, company, site_names)
    company = company or named
    description = (
        json.description or micro.description or og.get("og:description") or page.meta_description
    )
    location = json.location or micro.location
    remote = json.remote if json.remote is not None else micro.remote
    if remote is None:
        remote = remote_wording(
            [title or "", *(location or "").split("; ")],
            "\n".join(filter(None, (description, json.qualifications or micro.qualifications))),
        )
    if remote and not location:
        location = "Remote"
    salary = json.salary or micro.salary
    closed = says_closed(" ".join(filter(None, (page.title, page.heading, page.visible_text))))
    address = _own_url(layers, url)
    looks_like_one = looks_like_posting(title or "", page.visible_text, address or "")
    is_posting = not closed and (layers.has_job or (not layers.not_posting and looks_like_one))
    values: dict[str, Any] = {
        "title": title,
        "company": company,
        "location": location,
        "salary": salary,
        "date_posted": json.date_posted or micro.date_posted,
        "description": description,
    }
    return PostingRead(
        is_posting=is_posting,
        closed=closed,
        title=title,
        company=company,
        location=location,
        remote=remote,
        date_posted=values["date_posted"],
        valid_through=json.valid_through or micro.valid_through,
        salary_min=salary.minimum if salary else None,
        salary_max=salary.maximum if salary else None,
        salary_currency=salary.currency if salary else None,
        salary_period=salary.period if salary else None,
        employment_type=json.employment_type or micro.employment_type,
        description=description,
        skills=json.skills or micro.skills,
        qualifications=json.qualifications or micro.qualifications,
        source=source,
        url=address,
        language=page.language or _locale(og.get("og:locale")),
        missing=tuple(name for name in MAIN_FIELDS if values[name] is None),
    )


def _title(
    layers: _Layers, company: str | None, site_names: tuple[str, ...]
) -> tuple[str | None, str, str | None]:
    """The title, the layer it came from, and an employer the title text named."""
    page = layers.page
    heading = _usable(page.heading, company, site_names)
    # An <h2> only helps pick the title out of a longer one; alone it may be any section.
    guide = heading or _usable(page.subheading, company, site_names)
    candidates = (
        (layers.json.title, "json-ld"),
        (layers.micro.title, "microdata"),
        (layers.og.get("og:title"), "opengraph"),
        (page.title, "title"),
        (heading, "title"),
    )
    named: str | None = None
    chosen: tuple[str | None, str] = (None, "none")
    for raw, source in candidates:
        if not raw:
            continue
        # Structured data's title is the title: only parts naming the employer or a site
        # are cut from it, never what the heading leaves out.
        structured = source in ("json-ld", "microdata")
        title, employer = clean_title(raw, company, site_names, None if structured else guide)
        named = named or (employer if employer and not is_board(employer) else None)
        if title and chosen[0] is None:
            chosen = (title, source)
        if chosen[0] is not None and (company or named):
            break
    return chosen[0], chosen[1], named


def _usable(heading: str | None, company: str | None, site_names: tuple[str, ...]) -> str | None:
    """A heading that may be the title: not the employer's or the site's name."""
    if not heading or is_board(heading) or heading in site_names:
        return None
    return None if company and heading.casefold() == company.casefold() else heading


def _own_url(layers: _Layers, url: str | None) -> str | None:
    candidates = (layers.json.url, layers.micro.url, layers.page.canonical, layers.og.get("og:url"))
    found = next((candidate for candidate in candidates if candidate), None)
    return urljoin(url or "", found) if found else url


def _locale(value: str | None) -> str | None:
    if not value:
        return None
    primary = value.replace("-", "_").split("_")[0].strip().lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
