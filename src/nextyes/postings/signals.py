"""What the words on a page say: the job is closed, the job is fully remote (or hybrid,
or on-site), the page is a job posting at all. English, German, French, Spanish, Dutch.

Phrases are narrow on purpose: "zu besetzen" (to be filled) is not "besetzt" (filled),
"à pourvoir" is not "pourvu", and "hybrid cloud" is not hybrid work."""

import re

_JOB = r"(?:job|position|role|vacancy|posting|listing|opening|job ad|advert|requisition)"
_JOB_DE = r"(?:stelle|stellenanzeige|anzeige|position|job|stellenangebot|ausschreibung|vakanz)"
_JOB_FR = r"(?:offre|annonce|poste|emploi)"
_JOB_ES = r"(?:oferta|vacante|puesto|empleo|anuncio)"
_JOB_NL = r"(?:vacature|functie|baan|positie)"
_NEAR = r"\b[^.!?]{0,40}?\b"

CLOSED = re.compile(
    "|".join(
        (
            # English
            rf"\b{_JOB}{_NEAR}(?:is|has been|was) no longer (?:available|active|open|online"
            r"|accepting applications|listed|posted)",
            r"\bno longer (?:accepting|taking|receiving) (?:applications|applicants|candidates)",
            rf"\b{_JOB} (?:has )?(?:expired|been filled|been closed|been removed|closed)\b",
            rf"\bthis {_JOB} (?:is )?(?:now )?(?:closed|expired|filled)\b",
            r"\bapplications? (?:are|is|have been|has been) (?:now )?closed\b",
            r"\bapplications (?:have )?closed\b",
            r"\bapplications?\b[^.!?]{0,40}\b(?:are|is|have been|has been) (?:now )?closed\b",
            r"\bapplication (?:period|window|deadline)\b[^.!?]{0,20}\b(?:has|is) (?:now )?"
            r"(?:ended|passed|closed|over)\b",
            r"\bthe job you (?:are|were|'re) looking for (?:is no longer|has expired|"
            r"could not be found|no longer exists)",
            # German
            rf"\b{_JOB_DE}{_NEAR}(?:ist|wurde) (?:leider |bereits |inzwischen )*(?:nicht mehr "
            r"(?:verfügbar|aktiv|online|vakant|ausgeschrieben|zu besetzen)|(?:bereits )?besetzt"
            r"|vergeben|abgelaufen|geschlossen|deaktiviert)\b",
            r"\b(?:ist|wurde) (?:diese|die) (?:stelle|position|stellenanzeige|anzeige) (?:leider |"
            r"bereits |schon )*(?:besetzt|vergeben|nicht mehr verfügbar|abgelaufen)\b",
            r"\b(?:stellenangebot|stellenanzeige|anzeige) (?:abgelaufen|geschlossen|deaktiviert)\b",
            r"\bbewerbungs(?:frist|zeitraum|phase)\b[^.!?]{0,20}\b(?:ist|wurde) (?:bereits )?"
            r"(?:abgelaufen|beendet|vorbei)",
            r"\b(?:keine bewerbungen mehr|bewerbungen sind nicht mehr möglich"
            r"|nimmt keine bewerbungen mehr)",
            # French
            rf"\b{_JOB_FR}{_NEAR}(?:n'est plus (?:disponible|active?|en ligne|d'actualité)"
            r"|a (?:expiré|été pourvue?|été clôturée?|été supprimée?|été désactivée?)"
            r"|est (?:expirée?|clôturée?|pourvue?|fermée?))(?!\w)",
            r"\b(?:les )?candidatures (?:sont|ont été) (?:closes|clôturées|fermées)",
            r"\bn'accept(?:e|ons|ent) plus de candidatures",
            r"\boffre (?:expirée|clôturée|pourvue)",
            # Spanish
            rf"\b{_JOB_ES}{_NEAR}(?:ya no está (?:disponible|activ[oa])|(?:ha|han) (?:caducado"
            r"|expirado|finalizado|sido cubiert[oa]|sido cerrad[oa])|está (?:cerrad[oa]"
            r"|caducad[oa]|expirad[oa]|cubiert[oa]))(?!\w)",
            r"\bya no (?:se )?aceptan? (?:candidaturas|solicitudes|inscripciones)",
            r"\bplazo de (?:inscripción|solicitud|presentación)\b[^.!?]{0,20}\b(?:ha )?"
            r"(?:finalizado|terminado|cerrado|vencido)",
            r"\boferta (?:caducada|cerrada|finalizada|expirada)",
            # Dutch
            rf"\b{_JOB_NL}{_NEAR}(?:is|werd|zijn) (?:inmiddels |al |helaas |reeds )*(?:niet "
            r"(?:meer|langer) (?:beschikbaar|actief|online|open)|gesloten|verlopen|vervuld"
            r"|ingevuld|verwijderd)\b",
            r"\b(?:solliciteren|reageren) (?:is|op deze vacature is) niet (?:meer|langer) mogelijk",
            r"\bwe (?:accepteren|nemen) geen sollicitaties meer",
            r"\bvacature (?:verlopen|gesloten|vervuld)\b",
        )
    ),
    re.I,
)

# "Fully remote" in so many words; a bare "remote" counts only in a title or a location.
_FULLY_REMOTE = re.compile(
    r"\b(?:fully|100\s?%|completely|entirely|full|totally)[ -]remote\b|\bremote[ -]only\b"
    r"|\bwork (?:fully )?remotely from anywhere\b|\b100\s?%\s?(?:homeoffice|home-office"
    r"|home office|mobiles arbeiten|télétravail|teletrabajo|remoto|en remoto|thuiswerken)\b"
    r"|\b(?:vollständig|komplett|ausschließlich) (?:remote|im home-?office|aus dem home-?office"
    r"|mobil)\b|\b(?:entièrement|totalement|complètement) (?:en )?(?:télétravail|à distance)"
    r"|\b(?:totalmente|completamente) (?:remoto|en remoto|a distancia)\b"
    r"|\bvolledig (?:remote|op afstand|vanuit huis|thuis)\b",
    re.I,
)
_REMOTE_LABEL = re.compile(
    r"(?:^|[(\[|,;/·•\u2013\u2014-]\s*)(?:fully\s+|100\s?%\s+)?(?:remote|télétravail|remoto|teletrabajo)"
    r"(?:\s*[)\],;/|·•]|\s+[\u2013\u2014-]\s|\s*$|\s*\()",
    re.I,
)
_HYBRID_LABEL = re.compile(
    r"(?:^|[(\[|,;/·•\u2013\u2014-]\s*)(?:hybrid|hybride|híbrido|on-?site|vor ort|presencial"
    r"|présentiel|in-office|office-based|op locatie)(?:\s*[)\],;/|·•]|\s+[\u2013\u2014-]\s|\s*$)",
    re.I,
)
_NOT_REMOTE = re.compile(
    r"\bhybrid(?:e)?[ -](?:work|working|role|position|model|setup|set-up|arbeit|arbeiten"
    r"|arbeitsmodell|modell|job|schedule|mode|werken|télétravail|remote)\b"
    r"|\b(?:work|working|arbeiten|werken|travail|trabajo)\w*\s+(?:in\s+a\s+|im\s+|en\s+)?"
    r"(?:hybrid|hybride|híbrido)\b|\b(?:modalidad|trabajo|modelo) (?:híbrid[oa]|presencial)\b"
    r"|\bmode hybride\b|\btélétravail partiel\b|\bhybride werkvorm\b"
    r"|\b(?:this|the) (?:role|position|job) is (?:fully |an? )?(?:on-?site|in-office"
    r"|office-based|hybrid)\b|\b(?:on-?site|in-office|office-based) (?:role|position|job"
    r"|only)\b|\b(?:\d|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+(?:in|at)\s+"
    r"(?:the|our)\s+(?:office|studio|lab)\b|\b\d\s+tage?\s+(?:pro|die|in der)\s+woche\s+(?:im|ins)"
    r"\s+büro\b|\b(?:no|not|kein|keine|pas de|sin) (?:remote|home-?office|télétravail"
    r"|teletrabajo)\b|\bnot a remote\b",
    re.I,
)

# Signs that a page without JobPosting data still shows one job.
ENOUGH_SIGNS = 2
_GENDER = re.compile(
    r"\((?:[mwfdhxv]\s*/\s*){1,3}[mwfdhxv]\*?\)|\((?:all genders|alle geschlechter|gn)\)", re.I
)
_APPLY = re.compile(
    r"\b(?:apply now|apply for this (?:job|position|role)|submit (?:your |an )?application"
    r"|jetzt bewerben|online bewerben|bewerben sie sich|postuler|je postule|candidater"
    r"|envoyer ma candidature|inscribirme|inscríbete|aplicar (?:a|ahora)|solicitar empleo"
    r"|enviar candidatura|solliciteer|solliciteren|reageer (?:nu|direct))\b",
    re.I,
)
_SECTIONS = re.compile(
    r"\b(?:responsibilities|requirements|qualifications|what you(?:'ll| will) do|your profile"
    r"|about the role|ihre aufgaben|deine aufgaben|ihr profil|dein profil|wir bieten"
    r"|vos missions|votre profil|profil recherché|missions principales|requisitos|funciones"
    r"|responsabilidades|wat ga je doen|wat vragen wij|wat bieden wij|functieomschrijving"
    r"|functie-eisen)\b",
    re.I,
)
_JOB_ADDRESS = re.compile(
    r"/(?:jobs?|careers?|positions?|vacatures?|vacanc(?:y|ies)|stellen\w*|stellenangebote?"
    r"|karriere|offres?|offres?-d-emploi|emplois?|empleos?|ofertas?|ofertas?-de-(?:empleo|trabajo)"
    r"|postings?|openings?|vacantes?|viewjob)(?:[/?#.-]|$)",
    re.I,
)
_JOB_WORDS = re.compile(
    r"\b(?:job|vacancy|stellenangebot|stellenanzeige|offre d'emploi|oferta de (?:empleo|trabajo)"
    r"|vacature|full[- ]time|part[- ]time|vollzeit|teilzeit|temps plein|cdi|cdd"
    r"|jornada completa|voltijd|deeltijd|salary|gehalt|salaire|salario|salaris)\b",
    re.I,
)


def says_closed(text: str) -> bool:
    return bool(CLOSED.search(_plain_quotes(text)))


def remote_wording(labels: list[str], prose: str) -> bool | None:
    """True for fully remote, False for hybrid or on-site, None when the words don't say.
    `labels` are short fields (title, location) where a bare "Remote" means remote;
    `prose` is the description, where only "fully remote" and its kin do."""
    labels = [label for label in labels if label]
    prose = _plain_quotes(prose)
    if any(_HYBRID_LABEL.search(label) for label in labels) or _NOT_REMOTE.search(prose):
        return False
    if any(_REMOTE_LABEL.search(label) or _FULLY_REMOTE.search(label) for label in labels):
        return True
    return True if _FULLY_REMOTE.search(prose) else None


def looks_like_posting(title: str, text: str, address: str = "") -> bool:
    """Whether a page without JobPosting data shows one job: two kinds of signs, one of
    them strong. "Apply now" and the word "job" alone are on careers and company pages too;
    a gender marker, a posting's sections or a job's address are not."""
    text = _plain_quotes(text)
    strong = (
        bool(_JOB_ADDRESS.search(address)),
        bool(_GENDER.search(title)),
        len({m.lower() for m in _SECTIONS.findall(text)}) >= 2,
    )
    weak = (
        bool(_APPLY.search(text)),
        bool(_JOB_WORDS.search(title) or len(_JOB_WORDS.findall(text)) >= 2),
    )
    return any(strong) and sum(strong) + sum(weak) >= ENOUGH_SIGNS


def _plain_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
