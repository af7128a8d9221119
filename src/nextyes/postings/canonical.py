"""One address per posting, to spot the same job saved twice from different links.

canonical_url keeps what names the posting and drops what only says how the person got
there. The rules:

- scheme and host in lower case, "http" read as "https", a leading "www." dropped, and the
  default port (80, 443) dropped; user name and password are dropped too;
- the fragment dropped ("#apply"), except a route in it ("#/jobs/123", "#!/job/7"), which
  single-page career sites use to name the job;
- tracking parameters dropped (TRACKING_PARAMETERS below, compared in lower case, and any
  parameter starting with "utm_"); every other parameter is kept, because it may be the
  one that names the posting (gh_jid, jk, vjk, id, jobId, ...);
- the kept parameters sorted by name, then value;
- a trailing slash on the path dropped ("/jobs/123/" and "/jobs/123" are one page).

Anything that is not an http(s) address comes back stripped and otherwise as given."""

from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit


# Parameters that say where a visit came from, never which posting it is. Lever, Greenhouse,
# LinkedIn, Indeed, HubSpot, Mailchimp and the ad networks' click identifiers among them.
def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.lower().split())


TRACKING_PARAMETERS = _words(
    # ad-network click identifiers
    "gclid gclsrc dclid gbraid wbraid fbclid msclkid twclid ttclid li_fat_id yclid"
    " igshid epik rdt_cid s_kwcid ef_id"
    # e-mail and marketing tools (Mailchimp, HubSpot, Marketo, Google Analytics)
    " mc_cid mc_eid _hsenc _hsmkt __hstc __hssc __hsfp hsctatracking mkt_tok _ga _gl"
    " oly_anon_id oly_enc_id vero_id wickedid"
    # referrers and sources
    " ref refid ref_src ref_url referer referrer src source from via origin"
    " source_id sourceid campaign campaignid cmp icid ncid ocid sc_cid s_cid"
    # job boards and applicant-tracking systems
    " trk trkinfo trackingid tracking_id lipi lici originalsubdomain"
    " lever-origin lever-source lever-via gh_src iis iisn tk advn vjs"
    " jobsource job_source sourcetype source_type trid share"
)
_DEFAULT_PORTS = {80, 443}


def canonical_url(url: str) -> str:
    """The address that names the posting (see the module's rules); never raises."""
    text = url.strip() if isinstance(url, str) else ""
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return text
    if parts.scheme.lower() not in ("http", "https") or not host:
        return text
    host = host.removeprefix("www.")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address keeps its brackets
    netloc = host if port is None or port in _DEFAULT_PORTS else f"{host}:{port}"
    path = parts.path.rstrip("/")
    kept = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    )
    query = urlencode(kept, quote_via=quote, safe="/:@!$'()*,;")
    fragment = parts.fragment if parts.fragment.startswith(("/", "!/")) else ""
    return urlunsplit(("https", netloc, path, query, fragment))


def same_posting_url(a: str, b: str) -> bool:
    """Whether two addresses name the same posting (equal canonical_url)."""
    return canonical_url(a) == canonical_url(b)


def _is_tracking(name: str) -> bool:
    key = name.strip().lower()
    return key.startswith("utm_") or key in TRACKING_PARAMETERS
