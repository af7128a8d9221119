"""The fields of one schema.org JobPosting node, from JSON-LD or from extruct's microdata
(which, read with uniform=True, has the same shape: "@type" and property names as keys)."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin

from nextyes.postings.dates import read_date
from nextyes.postings.salary import Salary, read_salary
from nextyes.postings.text import looks_like_html, readable_text, squeeze
from nextyes.postings.titles import is_board

Resolve = Callable[[Any], Any]


@dataclass(frozen=True)
class Found:
    """What one layer of the page says; None or empty where it says nothing."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    remote: bool | None = None  # from jobLocationType alone; wording is read elsewhere
    date_posted: date | None = None
    valid_through: date | None = None
    salary: Salary | None = None
    employment_type: tuple[str, ...] = ()
    description: str | None = None
    skills: tuple[str, ...] = ()
    qualifications: str | None = None
    url: str | None = None


_EMPLOYMENT_WORDS = {
    "full_time": "full_time fulltime vollzeit festanstellung unbefristet permanent"
    " cdi temps_plein temps_complet tiempo_completo jornada_completa indefinido voltijd",
    "part_time": "part_time parttime teilzeit minijob werkstudent working_student temps_partiel"
    " tiempo_parcial media_jornada jornada_parcial deeltijd",
    "contractor": "contractor contract freelance freelancer freiberuflich freie_mitarbeit"
    " indépendant independant autónomo autonomo zzp contracting",
    "temporary": "temporary temp befristet zeitarbeit cdd intérim interim saisonnier seasonal"
    " temporal temporaire tijdelijk uitzend",
    "intern": "intern internship praktikum stage stagiaire prácticas practicas becario stagiair",
    "volunteer": "volunteer ehrenamt ehrenamtlich bénévole benevole bénévolat voluntariado"
    " voluntario vrijwilliger vrijwilligerswerk",
    "per_diem": "per_diem perdiem",
    "other": "other",
}
_EMPLOYMENT = {w: kind for kind, words in _EMPLOYMENT_WORDS.items() for w in words.split()}
_REMOTE_TYPES = frozenset(("telecommute", "remote", "fully_remote"))
_ONSITE_TYPES = frozenset(("on_site", "onsite", "in_office", "hybrid", "office"))


def read_job(node: dict[str, Any], resolve: Resolve, base_url: str | None) -> Found:
    remote = _remote_type(node.get("jobLocationType"))
    countries = _names(resolve, node.get("applicantLocationRequirements"))
    if remote:
        location: str | None = f"Remote ({', '.join(countries)})" if countries else "Remote"
    else:
        places = _items(resolve, node.get("jobLocation"))
        location = _join(_place(resolve, place) for place in places)
    url = text_of(node.get("url"))
    return Found(
        title=text_of(node.get("title")) or text_of(node.get("name")),
        company=company_of(resolve, node.get("hiringOrganization")),
        location=location,
        remote=remote,
        date_posted=read_date(node.get("datePosted")),
        valid_through=read_date(node.get("validThrough")),
        salary=read_salary(resolve(node.get("baseSalary")), node.get("salaryCurrency")),
        employment_type=employment_types(node.get("employmentType")),
        description=_long_text(node.get("description")),
        skills=skills_of(resolve, node.get("skills")),
        qualifications=_qualifications(resolve, node),
        url=urljoin(base_url or "", url) if url else None,
    )


def text_of(value: Any) -> str | None:
    """A short text value (a title, a name): tags stripped, entities decoded, one line."""
    if isinstance(value, list):
        return next((found for item in value if (found := text_of(item))), None)
    if isinstance(value, dict):
        return text_of(value.get("name", value.get("@value")))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        return None
    if looks_like_html(value):
        value = readable_text(value).replace("\n", " ")
    return squeeze(value) or None


def company_of(resolve: Resolve, value: Any) -> str | None:
    """The employer's name; a job board or ATS named as the employer is no employer."""
    for item in _items(resolve, value):
        if isinstance(item, dict):
            name = text_of(item.get("name")) or text_of(item.get("legalName"))
        else:
            name = text_of(item)
            if name and re.match(r"^(?:https?:|#|_:)", name):
                name = None
        if name and not is_board(name):
            return name
    return None


def employment_types(value: Any) -> tuple[str, ...]:
    """schema.org employment types in lower case, in the page's order, each once."""
    raw = value if isinstance(value, list) else [value]
    kinds: list[str] = []
    for item in raw:
        if not isinstance(item, str):
            continue
        for part in re.split(r"[,;|/]", item):
            word = re.split(r"[/#]", part.strip())[-1].lower()
            key = re.sub(r"[\s-]+", "_", word).strip("_")
            if key:
                kind = _EMPLOYMENT.get(key) or _EMPLOYMENT.get(key.replace("_", ""), "other")
                if kind not in kinds:
                    kinds.append(kind)
    return tuple(kinds)


def skills_of(resolve: Resolve, value: Any) -> tuple[str, ...]:
    """Skills as listed: strings (split on commas, semicolons, lines) or DefinedTerms."""
    found: list[str] = []
    for item in _items(resolve, value):
        if isinstance(item, dict):
            parts = [text_of(item.get("name")) or text_of(item.get("termCode")) or ""]
        elif isinstance(item, str):
            text = readable_text(item) if looks_like_html(item) else item
            parts = re.split(r"[,;\n•]", text)
        else:
            parts = []
        for part in parts:
            skill = squeeze(part).removeprefix("- ").strip()
            if skill and skill.casefold() not in {s.casefold() for s in found}:
                found.append(skill)
    return tuple(found)


def _qualifications(resolve: Resolve, node: dict[str, Any]) -> str | None:
    texts: list[str] = []
    for key in ("qualifications", "experienceRequirements", "educationRequirements"):
        for item in _items(resolve, node.get(key)):
            text = _requirement(resolve, item)
            if text and text not in texts:
                texts.append(text)
    return "\n".join(texts) or None


def _requirement(resolve: Resolve, item: Any) -> str | None:
    if isinstance(item, str):
        return _long_text(item)
    if not isinstance(item, dict):
        return None
    months = item.get("monthsOfExperience")
    if isinstance(months, int | float | str) and str(months).strip():
        return f"{str(months).strip()} months of experience"
    category = resolve(item.get("credentialCategory"))
    return text_of(category) or _long_text(item.get("description")) or text_of(item.get("name"))


def _long_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str))
    if isinstance(value, dict):
        value = value.get("@value") or value.get("text")
    if not isinstance(value, str):
        return None
    return readable_text(value) or None


def _remote_type(value: Any) -> bool | None:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            key = re.sub(r"[\s-]+", "_", re.split(r"[/#:]", item.strip())[-1].lower())
            if key in _REMOTE_TYPES:
                return True
            if key in _ONSITE_TYPES:
                return False
    return None


def _items(resolve: Resolve, value: Any) -> list[Any]:
    raw = value if isinstance(value, list) else [value]
    return [resolve(item) for item in raw if item not in (None, "", [], {})]


def _names(resolve: Resolve, value: Any) -> list[str]:
    names: list[str] = []
    for item in _items(resolve, value):
        if isinstance(item, dict):
            name = text_of(item.get("name")) or _address(resolve, item.get("address"))
        else:
            name = text_of(item)
        if name and name not in names:
            names.append(name)
    return names


def _place(resolve: Resolve, place: Any) -> str | None:
    if not isinstance(place, dict):
        return text_of(place)
    address = _address(resolve, place.get("address"))
    return address or text_of(place.get("name"))


def _address(resolve: Resolve, value: Any) -> str | None:
    address = resolve(value)
    if isinstance(address, list):
        return _join(_address(resolve, item) for item in address)
    if not isinstance(address, dict):
        return text_of(address)
    parts: list[str] = []
    for key in ("addressLocality", "addressRegion", "addressCountry"):
        part = text_of(resolve(address.get(key)))
        # "Berlin, Berlin, Germany" says Berlin twice; once is enough.
        if part and part.casefold() not in {p.casefold() for p in parts}:
            parts.append(part)
    return ", ".join(parts) or text_of(address.get("name"))


def _join(places: Iterable[str | None]) -> str | None:
    unique: list[str] = []
    for place in places:
        if place and place not in unique:
            unique.append(place)
    return "; ".join(unique) or None
