"""Job titles without what sites add around them: " | Indeed", " - Acme GmbH",
" at Acme", "Job Application for ... at ...". Gender markers such as (m/w/d) or (H/F)
are part of the title as shown and stay.

Only parts that can be named are cut: the employer, the site's own name, a known job board
or ATS, or a generic word ("Careers"). A title like "Backend Engineer - Payments" keeps its
dash, because "Payments" is none of those."""

import re

# Job boards and applicant-tracking systems: never the employer, always cut from titles.
_BOARDS = (
    "indeed|linkedin|stepstone|glassdoor|monster|xing|welcome to the jungle|greenhouse"
    "|lever|workday|myworkdayjobs|ashby|ashbyhq|smartrecruiters|personio|recruitee"
    "|workable|bamboohr|join|join.com|jobs.ch|jobup|infojobs|jobteaser|apec|pôle emploi"
    "|pole emploi|france travail|hellowork|cadremploi|regionsjob|meteojob"
    "|nationale vacaturebank|werkzoeken|jobat|talent.com|ziprecruiter|simplyhired"
    "|careerbuilder|jobindex|totaljobs|reed|reed.co.uk|adzuna|otta|wellfound|angellist"
    "|remote ok|remoteok|we work remotely|jooble|teamtailor|taleo|icims|successfactors"
    "|jobvite|breezy|breezy hr|pinpoint|homerun|softgarden|rexx|d.vinci|jobylon|factorial"
    "|talentsoft|tecnoempleo|computrabajo|laboris|karriere.at|stellenanzeigen.de|jobware"
    "|kimeta|arbeitsagentur|bundesagentur für arbeit|jobbörse|indeed.com|linkedin.com"
    "|glassdoor.com|stepstone.de|monster.de|jobsite|job board|jobboard"
)
_BOARD_NAMES = frozenset(_BOARDS.split("|"))
# Words a site puts next to the title that are not part of it.
_GENERIC = re.compile(
    r"^(?:jobs?|careers?|karriere|stellenangebote?|stellenanzeige|jobbörse|emplois?"
    r"|offres? d'emploi|offre d'emploi|empleos?|ofertas? de (?:empleo|trabajo)|trabajo"
    r"|vacatures?|vacature|werken bij.*|job details?|job description|job application"
    r"|apply|apply now|home|open positions?|open roles|we're hiring|we are hiring)$",
    re.I,
)
_SITE_WORDS = re.compile(
    r"^(?:careers?|jobs?|karriere|jobs und karriere|emplois?|empleo|vacatures?|werken)"
    r"\s+(?:at|bei|chez|en|bij|@)\s+|\s+(?:careers?|jobs?|karriere|job board|jobs page"
    r"|career site|emplois?|empleo|vacatures?|recruiting|hiring)$",
    re.I,
)
_SEPARATOR = re.compile(r"\s+[|\u2013\u2014·•»:~/-]\s+|\s+::\s+|\s*\|\s*")
_GREENHOUSE = re.compile(r"^job application for (.+?) at (.+)$", re.I)
_LINKEDIN = re.compile(r"^(.+?) (?:is )?hiring (?:for )?(.+?)(?: in (.+))?$", re.I)
_IS_HIRING = re.compile(
    r"^(.+?) (?:is hiring|sucht|recrute|busca|zoekt)(?: an?| eine?n?| une?| una?| een)?:? (.+)$",
    re.I,
)
_AT_COMPANY = re.compile(r"^(.+?)\s+(?:at|@|bei|chez)\s+(.+)$", re.I)
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:gmbh(?: & co\.? kg)?|ag|se|kg|ug(?: \(haftungsbeschränkt\))?|e\.v\.|inc\.?"
    r"|ltd\.?|llc|plc|corp\.?|co\.?|sa|sas|sarl|s\.a\.|s\.l\.|sl|bv|b\.v\.|nv|n\.v\.)$",
    re.I,
)


def is_board(name: str) -> bool:
    key = _key(name)
    return key in _BOARD_NAMES or re.sub(r"\.(?:com|de|fr|es|nl|co\.uk|ch|at)$", "", key) in (
        _BOARD_NAMES
    )


def clean_title(
    raw: str, company: str | None, site_names: tuple[str, ...] = (), heading: str | None = None
) -> tuple[str | None, str | None]:
    """The title, and the employer when the text names one ("... at Acme", "Acme hiring
    ..."). `heading` (the page's first <h1>) wins when it is one of the parts."""
    text = re.sub(r"\s+", " ", raw).strip()
    found_company: str | None = None
    greenhouse = _GREENHOUSE.match(text)
    if greenhouse:
        text, found_company = greenhouse.group(1), _cut_parts(greenhouse.group(2), site_names)
    elif (linkedin := _LINKEDIN.match(_strip_named(text, company, site_names))) and (
        is_board(text.rsplit("|", 1)[-1]) or "linkedin" in text.lower()
    ):
        found_company, text = linkedin.group(1), linkedin.group(2)
    elif hiring := _IS_HIRING.match(_strip_named(text, company, site_names)):
        found_company, text = hiring.group(1), hiring.group(2)
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    known = company or found_company
    kept = [p.strip() for p in parts if not _is_named(p, known, site_names)]
    if heading:
        wanted = _key(heading)
        for index, part in enumerate([*kept, text]):
            if _key(part) != wanted:
                continue
            if index == 1 and len(kept) == 2 and not (known or _looks_like_place(kept[0])):
                found_company = kept[0]  # "Acme - Product Designer" over <h1>Product Designer
            elif index == 0 and len(parts) > len(kept) >= 2 and not known:
                # "Title - Acme - Leeds | Board": a board's title names the employer next.
                found_company = None if _looks_like_place(kept[1]) else kept[1]
            return part, found_company
        if _key(text).startswith(wanted) and _SEPARATOR.match(text[len(heading) :]):
            return heading, found_company  # "Title - Vollzeit | Site" under <h1>Title - Vollzeit
    if not kept:
        return None, found_company
    # What follows a pipe is the site's in nearly every "Title | Site" title, named or not.
    title = _rejoin(text, kept).split("|")[0].strip() or _rejoin(text, kept)
    at = _AT_COMPANY.match(title)
    if at and (
        (known and _same_company(at.group(2), known))
        or (not known and not company and _looks_like_company(at.group(2)))
    ):
        title, found_company = at.group(1), found_company or _without_place(at.group(2))
    return title.strip() or None, found_company


def _rejoin(text: str, kept: list[str]) -> str:
    """The kept parts with the separators the page put between them."""
    start = text.find(kept[0])
    end_part = kept[-1]
    end = text.rfind(end_part)
    if start >= 0 and end >= start:
        joined = text[start : end + len(end_part)]
        if all(part in joined for part in kept):
            return joined
    return " - ".join(kept)


def _strip_named(text: str, company: str | None, site_names: tuple[str, ...]) -> str:
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    kept = [p for p in parts if not _is_named(p, company, site_names)]
    return " | ".join(kept) if kept else text


def _cut_parts(text: str, site_names: tuple[str, ...]) -> str:
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    kept = [p for p in parts if not _is_named(p, None, site_names)]
    return (kept or parts or [text])[0]


def _is_named(part: str, company: str | None, site_names: tuple[str, ...]) -> bool:
    stripped = part.strip()
    if not stripped or _GENERIC.match(stripped) or is_board(stripped):
        return True
    if company and _same_company(_SITE_WORDS.sub("", stripped), company):
        return True
    if _SITE_WORDS.search(stripped) and not company:
        return True
    return any(
        _key(stripped) == _key(name)
        or _key(_SITE_WORDS.sub("", stripped)) == _key(_SITE_WORDS.sub("", name))
        for name in site_names
        if name
    )


def _same_company(text: str, company: str) -> bool:
    a, b = _key(_LEGAL_FORM.sub("", text)), _key(_LEGAL_FORM.sub("", company))
    return bool(a) and (a == b or a == _key(company) or _key(text) == b)


def _looks_like_company(text: str) -> bool:
    """After " at ": a short capitalised name, not a place ("at home", "at our office")."""
    words = text.split()
    return (
        0 < len(words) <= 5
        and text[:1].isupper()
        and not re.match(r"^(?:home|our|the|a|an|least|any)\b", text, re.I)
    )


def _without_place(company: str) -> str:
    """ "Acme GmbH in Berlin" (StepStone's "... bei Acme GmbH in Berlin") is Acme GmbH."""
    return re.sub(r"\s+(?:in|à|en)\s+\S.*$", "", company) or company


def _looks_like_place(text: str) -> bool:
    return bool(re.match(r"^(?:remote|hybrid|homeoffice|télétravail|remoto)\b", text, re.I))


def _key(text: str) -> str:
    return re.sub(r"[\s\u00a0]+", " ", text).strip().casefold()
