"""What a spreadsheet's columns and words mean: "Employer" is the company, "Job Title" the
role, "Not Selected" a rejection, "Indeed" a job board. Matched generously (case, accents,
punctuation and small typos do not matter) in English, German, French, Spanish and Dutch."""

import re
import unicodedata
from enum import StrEnum

from rapidfuzz import fuzz, process

from nextyes.domain.applications import Channel
from nextyes.domain.stages import PIPELINE, Stage


class Field(StrEnum):
    """What a column of the file can hold, as NextYes keeps it."""

    COMPANY = "company"
    ROLE = "role"
    STAGE = "stage"
    SAVED_ON = "saved_on"
    APPLIED_ON = "applied_on"
    INTERVIEW_ON = "interview_on"
    STAGE_ON = "stage_on"  # when the row reached its stage (or its outcome)
    LINK = "link"
    LOCATION = "location"
    CHANNEL = "channel"
    EXCITEMENT = "excitement"
    SALARY = "salary"
    DESCRIPTION = "description"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return LABELS.get(self, self.value.replace("_", " ").capitalize())


LABELS = {
    Field.SAVED_ON: "Saved on",
    Field.APPLIED_ON: "Applied on",
    Field.INTERVIEW_ON: "Interview on",
    Field.STAGE_ON: "Stage reached on",
}
DATE_FIELDS = frozenset({Field.SAVED_ON, Field.APPLIED_ON, Field.INTERVIEW_ON, Field.STAGE_ON})

# Header names, already plain (see `plain`). English first, then de, fr, es, nl.
HEADERS: dict[Field, str] = {
    Field.COMPANY: "company | company name | employer | organisation | organization | org"
    " | firm | business | hiring company | firma | unternehmen | arbeitgeber | entreprise"
    " | societe | employeur | empresa | compania | bedrijf | werkgever | organisatie",
    Field.ROLE: "role | title | job title | position | job | job position | position title"
    " | role title | job name | job role | stelle | jobtitel | stellenbezeichnung"
    " | berufsbezeichnung | poste | intitule du poste | titre du poste | titre | emploi"
    " | puesto | cargo | titulo | titulo del puesto | functie | functietitel | vacature",
    Field.STAGE: "stage | status | state | application status | pipeline stage | phase | list"
    " | current stage | stand | bewerbungsstatus | statut | etape | etat | estado | etapa"
    " | fase | sollicitatiestatus",
    Field.SAVED_ON: "date saved | saved on | saved | date added | added | added on | created"
    " | created at | created on | date created | bookmarked | bookmarked on | erstellt"
    " | hinzugefuegt | hinzugefugt | erstellt am | date d ajout | ajoute le | cree le"
    " | fecha de creacion | anadido | toegevoegd | aangemaakt",
    Field.APPLIED_ON: "date applied | applied on | applied | application date | applied date"
    " | date"
    " | date of application | submitted | date submitted | submitted on | sent on"
    " | beworben am | bewerbungsdatum | datum der bewerbung | beworben | date de candidature"
    " | candidature | postule le | date d envoi | fecha de solicitud | fecha de aplicacion"
    " | fecha de postulacion | aplicado | sollicitatiedatum | datum sollicitatie"
    " | gesolliciteerd op",
    Field.INTERVIEW_ON: "interview date | interview | first interview | interview on"
    " | date of interview | interview scheduled | vorstellungsgespraech | vorstellungsgesprach"
    " | interviewtermin | gespraechstermin | date d entretien | entretien | fecha de entrevista"
    " | entrevista | sollicitatiegesprek | datum gesprek",
    Field.STAGE_ON: "status date | stage date | last updated | updated | updated at"
    " | last update | date updated | modified | last modified | date modified | outcome date"
    " | decision date | response date | rejected on | rejection date | date rejected"
    " | closed on | date closed | status changed | letzte aenderung | aktualisiert"
    " | absage am | datum absage | mis a jour | date de reponse | derniere mise a jour"
    " | fecha de respuesta | actualizado | ultima actualizacion | laatst bijgewerkt"
    " | datum afwijzing | bijgewerkt",
    Field.LINK: "link | url | job link | job url | posting | posting url | job posting"
    " | listing | posting link | job listing | link to posting | website | stellenanzeige"
    " | anzeige | link zur anzeige | lien | annonce | lien de l annonce | enlace | anuncio"
    " | vacaturelink | link vacature",
    Field.LOCATION: "location | city | place | where | office | job location | ort | standort"
    " | stadt | arbeitsort | lieu | ville | localisation | ubicacion | ciudad | lugar"
    " | locatie | plaats | stad | werkplek",
    Field.CHANNEL: "source | channel | found via | how found | found through | where found"
    " | referral source | lead source | job source | quelle | kanal | gefunden ueber"
    " | gefunden uber | canal | provenance | fuente | origen | bron | kanaal",
    Field.EXCITEMENT: "excitement | interest | priority | rating | stars | how excited"
    " | enthusiasm | prioritaet | prioritat | interesse | priorite | prioridad | interes"
    " | prioriteit | motivatie",
    Field.SALARY: "salary | compensation | pay | salary range | gehalt | gehaltsvorstellung"
    " | salaire | remuneration | salario | sueldo | salaris",
    Field.DESCRIPTION: "description | job description | details | beschreibung"
    " | stellenbeschreibung | description du poste | descripcion | omschrijving"
    " | functieomschrijving",
    Field.NOTES: "notes | note | comments | comment | remarks | memo | notizen | notiz"
    " | bemerkungen | kommentar | anmerkungen | remarques | commentaires | notas"
    " | comentarios | opmerkingen | notities",
}

# How alike a header must be to a known name (0-100): typos pass, other words do not.
HEADER_SCORE = 85
# A header that holds a known name among other words ("Company (required)") counts a
# little less than one that is that name, so a closer column wins a tie.
WITHIN_PENALTY = 6

NOT_WORD = re.compile(r"[^a-z0-9]+")


def plain(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: 'Société ' -> 'societe'."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(NOT_WORD.sub(" ", bare).split())


def _names(table: str) -> list[str]:
    return [name.strip() for name in table.split("|")]


HEADER_NAMES: dict[str, Field] = {
    name: field for field, table in HEADERS.items() for name in _names(table)
}


def header_score(header: str, field: Field) -> float:
    """How surely `header` names `field`, 0-100."""
    key = plain(header)
    if not key:
        return 0.0
    names = _names(HEADERS[field])
    if key in names:
        return 100.0
    best = process.extractOne(key, names, scorer=fuzz.ratio)
    score = best[1] if best else 0.0
    words = f" {key} "
    if any(f" {name} " in words for name in names):
        score = max(score, 100.0 - WITHIN_PENALTY)
    return score if score >= HEADER_SCORE else 0.0


def match_headers(headers: list[str]) -> dict[Field, int]:
    """Which column holds each field: every (column, field) pair scored, the surest taken
    first, each column and each field used once."""
    pairs = [
        (header_score(header, field), -index, field, index)
        for index, header in enumerate(headers)
        for field in Field
    ]
    taken: dict[Field, int] = {}
    for score, _, field, index in sorted(pairs, reverse=True):
        if score and field not in taken and index not in taken.values():
            taken[field] = index
    return taken


# Stage words. A status may name an outcome and how far it got: "Rejected after interview".
STAGE_WORDS: dict[Stage, str] = {
    Stage.SAVED: "saved | wishlist | wish list | bookmarked | bookmark | interested | to apply"
    " | not applied | not started | not yet applied | applying | draft | idea | planned"
    " | gemerkt | vorgemerkt | merkliste | geplant | sauvegarde | a postuler | favori"
    " | guardado | por aplicar | interesado | opgeslagen | bewaard | te solliciteren",
    Stage.APPLIED: "applied | submitted | sent | application sent | application submitted"
    " | in review | under review | pending | waiting | awaiting response | beworben"
    " | gesendet | eingereicht | abgeschickt | in pruefung | postule | candidature envoyee"
    " | envoye | en attente | aplicado | postulado | enviado | enviada | solicitado"
    " | en revision | gesolliciteerd | verstuurd | ingediend | in behandeling",
    Stage.SCREENING: "screening | screen | phone screen | phone screening | recruiter call"
    " | recruiter screen | hr call | hr screen | phone call | phone interview | initial call"
    " | intro call | first call | telefoninterview | telefonat | erstgespraech"
    " | entretien telephonique | preselection | preseleccion | llamada | entrevista telefonica"
    " | telefonisch gesprek | telefoongesprek | kennismakingsgesprek",
    Stage.INTERVIEWING: "interviewing | interview | interviews | onsite | on site"
    " | technical interview | video interview | second interview | assessment | case study"
    " | take home | interview scheduled | vorstellungsgespraech | gespraech | entretien"
    " | entretiens | entrevista | entrevistas | sollicitatiegesprek | gesprek",
    Stage.FINAL_ROUND: "final round | final interview | final | last round | finalist"
    " | final stage | finale runde | letzte runde | dernier entretien | entretien final"
    " | ronda final | entrevista final | laatste ronde | eindgesprek",
    Stage.OFFER: "offer | offered | offer received | negotiating | negotiation | angebot"
    " | vertragsangebot | zusage | offre | proposition | oferta | aanbod",
    Stage.ACCEPTED: "accepted | accepted offer | offer accepted | hired | signed"
    " | got the job | angenommen | eingestellt | accepte | embauche | aceptado | contratado"
    " | aangenomen | geaccepteerd",
    Stage.REJECTED: "rejected | rejection | declined | no | not selected | not moving forward"
    " | unsuccessful | turned down | denied | no offer | absage | abgelehnt | abgesagt"
    " | refuse | refusee | rejete | candidature refusee | rechazado | rechazada | descartado"
    " | no seleccionado | afgewezen | afwijzing | niet geselecteerd",
    Stage.GHOSTED: "ghosted | no response | no reply | no answer | never heard back | silence"
    " | no news | keine antwort | keine rueckmeldung | sans reponse | pas de reponse"
    " | sin respuesta | geen reactie | geen antwoord",
    Stage.WITHDRAWN: "withdrawn | withdrew | i withdrew | withdraw | declined offer"
    " | offer declined | not interested | no longer interested | zurueckgezogen | retire"
    " | retiree | desiste | retirado | teruggetrokken",
    Stage.CLOSED: "closed | position closed | role closed | filled | position filled"
    " | cancelled | canceled | posting removed | expired | hiring freeze | stelle besetzt"
    " | besetzt | geschlossen | ferme | pourvu | annule | cerrado | cubierto | cancelado"
    " | gesloten | vervuld",
}
STAGE_NAMES: dict[str, Stage] = {
    name: stage for stage, table in STAGE_WORDS.items() for name in _names(table)
} | {plain(stage.value): stage for stage in Stage}
# Longest first, so "no response" is read before "no", "final round" before "final".
STAGE_NAMES_LONGEST = sorted(STAGE_NAMES, key=len, reverse=True)
STAGE_SCORE = 88


def read_stage(text: str) -> tuple[Stage, Stage | None] | None:
    """The stage a status names and, for an outcome, the furthest stage it names too
    ("Rejected after final round" -> rejected, final_round); None if it names none."""
    key = plain(text)
    if key in STAGE_NAMES:
        return STAGE_NAMES[key], None
    found: list[Stage] = []
    rest = f" {key} "
    for name in STAGE_NAMES_LONGEST:
        if f" {name} " in rest:
            found.append(STAGE_NAMES[name])
            rest = rest.replace(f" {name} ", " | ")
    if not found:
        best = process.extractOne(key, STAGE_NAMES.keys(), scorer=fuzz.ratio)
        return (STAGE_NAMES[best[0]], None) if best and best[1] >= STAGE_SCORE else None
    outcomes = [s for s in found if s not in PIPELINE]
    steps = [s for s in found if s in PIPELINE]
    furthest = max(steps, key=PIPELINE.index) if steps else None
    if outcomes:
        return outcomes[0], furthest
    assert furthest is not None
    return furthest, None


CHANNEL_WORDS: dict[Channel, str] = {
    Channel.REFERRAL: "referral | referred | referred by | employee referral | friend"
    " | empfehlung | recommandation | cooptation | referido | recomendacion | referentie"
    " | doorverwijzing | via via",
    Channel.RECRUITER: "recruiter | headhunter | agency | recruitment agency | recruiting"
    " | personalvermittler | personalvermittlung | cabinet | chasseur de tetes | reclutador"
    " | agencia | werving en selectie | bureau",
    Channel.DIRECT: "direct | company website | careers page | career site | career page"
    " | website | company site | applied directly | karriereseite | webseite | initiativ"
    " | site de l entreprise | candidature spontanee | sitio web | pagina de empleo"
    " | website bedrijf | open sollicitatie",
    Channel.JOB_BOARD: "job board | jobboard | linkedin | indeed | glassdoor | stepstone"
    " | monster | ziprecruiter | welcome to the jungle | xing | infojobs | otta | wellfound"
    " | angellist | dice | seek | reed | totaljobs | cv library | jobboerse | jobborse"
    " | google jobs | handshake | hellowork | apec | france travail | pole emploi"
    " | arbeitsagentur | nationale vacaturebank | jobbird | indeed nl | builtin | built in",
    Channel.NETWORKING: "networking | network | event | meetup | career fair | job fair"
    " | conference | alumni | netzwerk | messe | reseau | salon | red de contactos | feria"
    " | netwerk | netwerken | beurs",
}
CHANNEL_NAMES: dict[str, Channel] = {
    name: channel for channel, table in CHANNEL_WORDS.items() for name in _names(table)
} | {plain(channel.value): channel for channel in Channel}


def read_channel(text: str) -> Channel:
    """How an application came about, from a tracker's "Source": "LinkedIn Easy Apply" is a
    job board. Anything not known is `other` (never a problem: it is only a label)."""
    key = plain(text)
    if key in CHANNEL_NAMES:
        return CHANNEL_NAMES[key]
    words = f" {key} "
    for name in sorted(CHANNEL_NAMES, key=len, reverse=True):
        if f" {name} " in words:
            return CHANNEL_NAMES[name]
    return Channel.OTHER
