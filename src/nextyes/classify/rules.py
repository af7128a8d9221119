"""High-precision rules: phrases, sender domains and the systems employers hire through.

Rules are data: each is a label, a strength (how much it adds to the model's own belief)
and phrases. They read only the new part of a message (quoted history is cut first). A rule
that names a rejection needs some sign the message is about a job, and is silenced by signs
that it is about something else (a degree, a flat, a talk, a grant, a card).

Speed: every phrase is its own small pattern that starts with plain text, and word lists are
plain substring or word-set checks; one alternation of everything would be several times
slower on a 20,000-message import."""

import re
from dataclasses import dataclass
from functools import cache

from nextyes.classify.labels import Label
from nextyes.classify.language import OTHER, language_of
from nextyes.classify.text import Prepared

# Applicant-tracking systems and the assessment platforms employers send tests through.
ATS_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "myworkdayjobs.com",
    "smartrecruiters.com", "ashbyhq.com", "icims.com", "teamtailor.com", "teamtailor-mail.com",
    "personio.de", "personio.com", "workable.com", "workablemail.com", "bamboohr.com",
    "jobvite.com", "taleo.net", "successfactors.com", "successfactors.eu", "recruitee.com",
    "breezy.hr", "jazzhr.com", "applytojob.com", "pinpointhq.com", "homerun.co",
)  # fmt: skip
ASSESSMENT_DOMAINS = (
    "hackerrank.com", "hackerrankforwork.com", "codility.com", "testgorilla.com",
    "hirevue.com", "codesignal.com", "coderbyte.com", "shl.com", "pymetrics.ai",
    "criteriacorp.com", "devskiller.com", "testdome.com",
)  # fmt: skip


@dataclass(frozen=True)
class Terms:
    """A word list: any of `parts` inside the text, or any of `words` as a whole word."""

    parts: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()

    def found(self, text: str) -> bool:
        # map() keeps the loop in C: this runs on every message of an import.
        return any(map(text.__contains__, self.parts)) or any(
            _whole_word(text, word) for word in self.words
        )


def _whole_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(word, end)
    return False


def terms(parts: str = "", words: str = "") -> Terms:
    return Terms(tuple(p for p in parts.split("|") if p), frozenset(words.split()))


# Without any of these a message is not job-search news at all. Mail that has none of them
# (receipts, parcels, friends) is `other` without asking the model: cheap and certain.
JOB_WORDS = terms(
    "applica|applied|applying|candida|interview|recruit|hiring|vacanc|career|résumé"
    "|offer you|offer letter|your offer|an offer|the offer|offer of|offered"
    "|assessment|take-home|opportunit|headhunt|onboard|salary|shortlist|requisition|position"
    "|looking for a|great fit|good fit|strong fit|your profile|your background|your experience"
    "|case study|next stage|next round|onsite|on-site|hiring manager|portfolio|start date"
    "|notice period|compensation|employment|went with|went another way|different direction"
    "|graduate scheme|internship|apprentice|headcount|coding|technical"
    "|join the team|join our team|on the team|on board|aboard|trial shift|trial day"
    "|when can you start|when could you start|things further|move ahead with you"
    "|meet you|speak with you|chat with you|a call with|your availability"
    "|bewerb|stelle|gespräch|absage|vertrag|candidat|entretien|puesto|oferta|personalberat"
    "|votre profil|votre parcours|un poste|le poste|ce poste|du poste|au poste|recrutement"
    "|embauche|contrat de travail"
    "|vacante|entrevista|contrataci|proceso de selecci|selección|empleo|currículum"
    "|sollicit|vacature|functie|kandida|werving|arbeidsovereenkomst|aanbod|dienstverband"
    "|einstellung|arbeitsvertrag|vorstellungsgespräch|personalabteilung"
    # A few words of languages NextYes does not classify, so their job mail is reviewed
    # (classify/language.py) rather than ignored: Italian, Portuguese, Polish.
    "|colloquio|assunzione|vaga de|kandydat|rekrutac|stanowisk",
    "job jobs role roles cv resume hire hired talent",
)
# Everyday words that hint at job news only in a subject line ("Offer: Head of Ops", "Re:
# next steps"); in a body they are everywhere (sales offers, the team at the gym).
SUBJECT_JOB_WORDS = terms(
    "next step|good news|great news|availability|your application|second round|final round",
    "offer offers team round chat call meet congratulations onsite",
)
# Signs the message is about a job; a rejection phrase alone is not enough without one.
JOB_CONTEXT = terms(
    "position|candida|vacanc|hiring|recruit|interview|applica|applied|applying|requisition"
    "|shortlist|our team|the team|take-home|assessment|next stage|next round|the panel"
    "|someone internal|internal candidate"
    "|bewerbung|stelle|puesto|candidature|le poste|proceso de selecci|candidatura"
    "|sollicitatie|vacature|functie|kandidaat|kandidaten|vorstellungsgespräch",
    "role job cv resume",
)
# Words only hiring uses: with them, a "not hiring" sign below is not trusted on its own.
STRONG_JOB = terms(
    "position|candidate|candidacy|vacanc|hiring|recruit|interview|employment|salary"
    "|job offer|graduate scheme|assessment centre|assessment center|early careers|internship"
    "|apprenticeship|hiring manager|bewerbung|candidature|candidatura|puesto"
    "|sollicitatie|vacature|vorstellungsgespräch|proceso de selecci|recrutement",
    "role cv resume stelle",
)
# Signs a decision is about something other than a job (a degree, a flat, a talk, money).
NOT_HIRING = terms(
    "admission|programme|program committee|academic year|place on the|landlord|the flat"
    "|the apartment|the property|call for proposals|your proposal|your talk|fellowship"
    "|scholarship|credit card|your claim|overdraft|mortgage|membership|volunteer|waitlist"
    "|waiting list|hackathon|beta program|school place|passport|visa application"
    "|residence permit|the editors|your entry|podcast|guest on|our show"
    "|the judges|prize|contest|accelerator|incubator|cohort|your startup|your company's"
    "|subscription|premium plan|annual plan|billing"
    "|siniestro|reclamación|schadensfall|schadenmeldung|sinistre|réclamation|schademelding"
    "|studienplatz|zulassung|wohnung|mietvertrag|vermieter|stipendium|darlehen"
    "|logement|appartement|bailleur|bourse d|prêt immobilier|admission|inscription"
    "|alquiler|el piso|arrendador|préstamo|admisión|matrícula"
    "|huurwoning|woning|verhuurder|toelating|inschrijving|hypotheek",
    "viewing tenant tenants tenancy letting lettings grant grants funding loan loans nursery"
    " beca becas beurs lening kredit bourse bourses klacht",
)
# Mail sent to many: alerts, digests, newsletters. Hiring words in them (even "other
# candidates", quoted in an article) are never news about the person's own application.
BULK = terms(
    "unsubscribe|job alert|jobs matching|new jobs|newsletter|in this issue|in this edition"
    "|read the full article|read more|manage alerts|view all jobs|see all jobs"
    "|abmelden|abbestellen|se désabonner|désinscri|darse de baja|cancelar la suscripci"
    "|afmelden|uitschrijven|jobalarm|job-alarm|alerte emploi|alertas de empleo",
)
# Hiring news about someone else: the person is the interviewer or the referee.
NOT_MINE = terms(
    "interview a candidate|on the interview panel|interview panel for|scorecard"
    "|as a referee|be a reference|given your name as|interview you about|for an article"
    "|guest on our|our podcast|a podcast",
)
# The person's own work: meetings, kickoffs, reviews. Without any word of a hiring process
# (an interview, a candidate, an application), a meeting invitation is not an interview.
OWN_WORK = terms(
    "kickoff|kick-off|all-hands|all hands|stand-up|standup|one-to-one|1:1|sprint|retro"
    "|offsite|off-site|team meeting|planning meeting|quarterly review|performance review"
    "|project update|steering group|town hall|teambesprechung|réunion d'équipe"
    "|reunión de equipo|teamoverleg",
)
HIRING_PROCESS = terms(
    "interview|candida|applica|applied|vacanc|hiring manager|recruit|bewerb|entretien"
    "|entrevista|sollicit|gesprek met",
)
# Hedged news: the role paused or frozen, no decision yet. Worth a look, never auto-recorded.
HEDGED = terms(
    "on hold|paused|frozen|freeze|reopen|not yet made a|made a final decision yet"
    "|no decision has|still reviewing|still considering|still deciding|may still|might still"
    "|for now|pausier|auf eis|vorerst|en pause|suspendu|gelé|en pausa|congelad|pauzer"
    "|voorlopig|tijdelijk stop",
)
# "If you have not heard from us by ..., assume you were unsuccessful": a receipt, not a no.
CONDITIONAL_NO = terms(
    "if you have not heard|if you haven't heard|if you do not hear|if you don't hear"
    "|assume that your application|assume your application|consider your application"
    "|may only contact shortlisted|only contact shortlisted",
)


@dataclass(frozen=True)
class Rule:
    label: Label
    strength: float
    name: str
    phrases: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return any(phrase.search(text) for phrase in self.phrases)

    @property
    def hit(self) -> "RuleHit":
        return RuleHit(self.label, self.strength, self.name)


def rule(label: Label, strength: float, name: str, *phrases: str) -> Rule:
    return Rule(label, strength, name, tuple(re.compile(p) for p in phrases))


OTHER_LANGUAGE_REJECTION = "rejection in another language"
REJ, OFF, ASM, INT, RCV, OUT = (
    Label.REJECTION, Label.OFFER, Label.ASSESSMENT, Label.INTERVIEW,
    Label.APPLICATION_RECEIVED, Label.RECRUITER_OUTREACH,
)  # fmt: skip

REJECTION_RULES = (
    rule(
        REJ,
        0.85,
        "other candidates",
        r"with (?:other|another|a different) (?:candidate|applicant|profile|finalist)",
        r"with candidates whose",
        r"pursu(?:e|ing) (?:other|another) (?:candidate|applicant)",
        r"gone with (?:another|a different) candidate",
        r"(?:go|going) with another candidate",
        r"offer(?:ed)? the (?:role|position|job) to (?:another|someone|a different)",
        r"made an offer to another",
        r"(?:decided|chosen|chose) to (?:hire|proceed with|offer the role to) (?:another|someone)",
        r"continue with other profiles",
        r"(?:hire|hired|went with|go with|going with) someone (?:internal|else|with)",
        r"(?:won't|will not|not) be offering you",
        r"not (?:to )?(?:extend|make) (?:you )?an offer",
        r"(?:won't|will not|not) (?:be )?(?:extending|making) (?:you )?an offer",
    ),
    rule(
        REJ,
        0.85,
        "not moving forward",
        r"n(?:o|')t (?:be )?(?:mov|proceed|progress|tak|advanc|continu|go)\w* "
        r"(?:forward |ahead |further )?(?:with )?(?:your|you|the) ?"
        r"(?:application|candidacy|candidature|profile|process)",
        r"no longer (?:be )?(?:moving|proceeding|progressing|continuing) (?:forward )?with your",
        r"decided not to (?:move forward|proceed|progress|take|advance|continue|invite)",
        r"(?:not|won't|will not) be (?:moving|taking) (?:you|your application|ahead|forward)",
        r"(?:not|n't) (?:be )?(?:progressing|taking) (?:your application|it) any further",
        r"(?:no longer|not) under consideration",
        r"not (?:be )?able to invite you to the next",
        r"unable to offer you (?:an interview|the position|the role|a position)",
        r"won't be scheduling further interviews",
        r"close out your application",
        r"your application (?:has been|will be|is) closed",
        r"closing your application",
        r"decided to pass on|decision to pass on",
        r"(?:will|would) not be (?:advanced|progressed|taken forward)",
        r"application will (?:therefore )?not (?:proceed|progress|go)",
        r"not (?:be )?able to take (?:things|this|it|your application) (?:any )?further",
        r"(?:didn't|did not|does not|doesn't) meet the bar",
        r"unable to offer you a place on (?:the|our) (?:graduate|internship|apprentice|early)",
    ),
    rule(
        REJ,
        0.8,
        "unsuccessful",
        r"(?:has|have|was|were) not been successful",
        r"(?:has|have|was|were) been unsuccessful",
        r"not (?:been )?(?:selected|shortlisted)",
        r"regret (?:to inform|to let you know|to tell|that)",
        r"unfortunately.{0,80}(?:not|won't|unable|another|other|no longer)",
        r"sadly.{0,80}(?:not|won't|unable|another|other|no longer)",
        r"regrettably.{0,80}(?:not|won't|unable|another|other|no longer)",
        r"sorry to (?:say|tell you|let you know)",
        r"not (?:quite )?the right (?:fit|match)",
    ),
    rule(
        REJ,
        0.8,
        "role filled or closed",
        r"(?:position|role|vacancy) has (?:now )?been filled",
        r"(?:role|position|search) (?:was|has been) filled",
        r"filled (?:the [\w ]{1,30} )?(?:role |position )?internally",
        r"requisition .{0,20}(?:has been )?(?:cancelled|canceled|withdrawn|closed)",
        r"closing the (?:external )?(?:search|process)",
        r"(?:won't|will not) be filled",
    ),
    rule(
        REJ,
        0.85,
        OTHER_LANGUAGE_REJECTION,
        r"leider müssen wir",
        r"leider keine positive",
        r"absage",
        r"für (?:eine )?andere(?:n)? (?:bewerber|kandidat)",
        r"für (?:eine kandidatin|einen anderen bewerber) .{0,40}entschieden",
        r"gegen eine weitere berücksichtigung",
        r"regret de vous informer",
        r"ne pouvons pas y donner une suite favorable",
        r"lamentamos comunicarte",
        r"continuar con otros candidatos",
        # German
        r"nicht (?:weiter )?berücksichtigen",
        r"nicht in die engere auswahl",
        r"(?:uns|wir haben uns) .{0,60}(?:anderweitig|für eine andere person) entschieden",
        r"keine positive (?:rückmeldung|nachricht)",
        r"stelle (?:wurde|ist) (?:bereits |inzwischen )?(?:besetzt|vergeben)",
        r"bewerbung .{0,40}nicht (?:weiter )?(?:berücksichtigt|verfolgen)",
        r"wir bedauern",
        r"gegen (?:eine|ihre|deine|sie|dich) .{0,40}entschieden",
        r"für (?:eine andere besetzung|einen anderen kandidaten|eine andere kandidatin)",
        r"anderweitig (?:besetzt|vergeben|entschieden)",
        r"leider.{0,80}(?:nicht|kein|keine|andere|anderen)",
        r"(?:haben|hat) (?:uns|sich) für (?:eine|einen) (?:andere|anderen)",
        # French
        r"nous sommes au regret",
        r"pas été retenue?",
        r"ne (?:pourrons|pouvons) pas (?:donner suite|retenir)",
        r"(?:ne|n'avons pas) .{0,30}(?:donner suite|retenu) (?:à )?votre candidature",
        r"(?:autre|un autre) (?:candidat|profil) .{0,40}(?:retenu|choisi)",
        r"poste (?:a été|est) (?:pourvu|annulé|gelé)",
        r"malheureusement.{0,80}(?:pas|plus|autre)",
        r"poursuivre (?:le processus |la procédure )?avec (?:un autre|une autre|d'autres)",
        r"ne pas (?:retenir|donner suite à) votre candidature",
        r"(?:nous )?regrettons .{0,60}(?:pas|autre)",
        r"ne (?:sera|serez|pourra) pas (?:retenue?|donnée?)",
        r"(?:pas|plus) (?:été )?retenue? pour (?:ce|le) poste",
        # Spanish
        r"no (?:ha|has) sido seleccionad",
        r"no continuar(?:emos)? con tu candidatura",
        r"(?:otro|otra|otros) (?:candidato|candidata|perfil)",
        r"(?:lamentablemente|por desgracia|desafortunadamente).{0,80}(?:no|otro|otra|otros)",
        r"puesto (?:ha sido|ya está) (?:cubierto|cancelado)",
        r"no seguir(?:emos)? adelante con",
        r"optado por otr[ao] (?:persona|candidat|perfil)",
        r"hemos decidido (?:no |cerrar|seguir con otr|continuar con otr)",
        r"no (?:podremos|podemos|vamos a) continuar con (?:su|tu) candidatura",
        r"(?:vacante|puesto|posición) .{0,30}(?:cubiert|cerrad|cancelad)",
        r"(?:siento|sentimos|lamentamos) (?:comunicarte|comunicarle|informarte|informarle)",
        # Dutch
        r"helaas.{0,80}(?:niet|geen|andere|ander)",
        r"(?:voor een )?andere kandida(?:at|ten) gekozen",
        r"niet (?:verder )?(?:gaan|door) met (?:je|jouw|uw) sollicitatie",
        r"niet (?:door|verder) naar de volgende",
        r"(?:functie|vacature) is (?:inmiddels |al )?(?:ingevuld|vervuld|vervallen|geannuleerd)",
        r"afwijzing",
        r"geen vervolg (?:geven|aan)",
        r"niet (?:met u|met je|met jou) (?:te )?vervolgen",
        r"procedure niet .{0,20}(?:te )?vervolgen",
        r"niet (?:verder )?in behandeling",
        r"(?:vacature|functie) .{0,30}(?:vervuld|ingevuld|ingetrokken)",
        r"niet (?:uit|door) te nodigen",
        r"(?:gekozen|besloten) .{0,40}(?:voor een ander|voor iemand anders|niet)",
    ),
)

OFFER_RULES = (
    rule(
        OFF,
        0.8,
        "offer of the job",
        r"(?:pleased|delighted|thrilled|happy|excited) to (?:offer you|make you (?:a|an) "
        r"(?:conditional )?offer|extend (?:you )?an offer|share a revised offer)",
        r"offer of employment",
        r"offer letter",
        r"(?:conditional|revised|formal|written) offer\b",
        r"extend(?:ed)? (?:you )?an offer",
        r"(?:want|love) to offer you",
        r"(?:like|love|want|happy|pleased|delighted|excited) to (?:hire|bring on|take on) you\b",
        r"(?:like|love|want) to (?:hire|bring) you (?:on|aboard|as|for)",
        r"(?:love|like) (?:to have|for) you (?:to )?join (?:us|the team|our team)",
        r"(?:the|this) (?:job|role|position) is yours",
        r"(?:accept|accepting) (?:the|our|this) offer",
        r"your offer (?:is ready|from)",
        r"employment contract",
        r"vertragsangebot",
        r"ihnen die position .{0,30}anbieten",
        r"in unserem team begrüßen",
        r"ofrecerte el puesto",
        r"carta de oferta",
        r"(?:ihnen|dir) (?:gerne |hiermit )?(?:ein angebot|die stelle) ",
        r"zusage für die stelle",
        r"(?:proposer|faire) une (?:offre|proposition) d'embauche",
        r"proposition d'embauche|promesse d'embauche",
        r"(?:nous sommes heureux|ravis) de vous (?:proposer|offrir) le poste",
        r"oferta (?:de trabajo|formal|de empleo)",
        r"nos gustaría (?:ofrecerte|incorporarte|contar contigo)",
        r"(?:een )?(?:aanbod|arbeidsovereenkomst|contractvoorstel) (?:voor je|voor u|doen|sturen)",
        r"(?:graag|blij) .{0,40}(?:aan te nemen|in dienst|aanbieden)",
        r"arbeidsovereenkomst .{0,60}(?:onderteken|klaar)",
        r"arbeitsvertrag .{0,60}(?:unterschreib|unterzeichn|anbei)",
        r"contrat de travail .{0,60}(?:signer|signature|ci-joint)",
        r"contrato (?:de trabajo )?.{0,60}(?:para firmar|firmarlo|tu firma|su firma)",
    ),
)

ASSESSMENT_RULES = (
    rule(
        ASM,
        0.75,
        "test or take-home",
        r"take-home (?:exercise|assignment|project|challenge|task|test)",
        r"(?:coding|programming|technical|online|skills|psychometric|video|sql) "
        r"(?:test|assessment|challenge|exercise)",
        r"(?:complete|take|start) (?:an?|the|your) (?:short )?(?:test|assessment|coding"
        r"|exercise|challenge|case study|writing task|design challenge)",
        r"invited you to (?:take a test|an assessment|complete an assessment)",
        r"online-test",
        r"fachaufgabe",
        r"(?:test|exercice|étude de cas) (?:technique|en ligne|à réaliser)",
        r"(?:prueba|ejercicio) (?:técnic|en línea|online|práctic)",
        r"(?:opdracht|assessment|toets|test) (?:te maken|maken|thuis)",
        r"thuisopdracht|casusopdracht|praktijkopdracht",
        r"(?:aufgabe|test) (?:für zu hause|bearbeiten|durchführen)",
    ),
)

INTERVIEW_RULES = (
    rule(
        INT,
        0.75,
        "interview invitation",
        r"invite you (?:to|for) (?:an? |the )?(?:[\w-]+ ){0,3}interview",
        r"(?:schedule|book|pick a time for|set up) (?:your|an|the|a) (?:[\w-]+ )?interview",
        r"interview (?:is )?confirmed",
        r"confirmed: .{0,40}interview",
        r"your interview (?:is|with|for)",
        r"(?:move|moving) you forward to the",
        r"progressing to the second stage",
        r"reschedule (?:your|our|the) interview",
        r"move your interview",
        r"phone screen",
        r"einladung zum vorstellungsgespr",
        r"zu einem .{0,40}gespräch ein",
        r"persönlich kennenlernen",
        r"vous rencontrer pour un entretien",
        r"invitation à un entretien",
        r"(?:convier|inviter) à un entretien",
        r"(?:vous|te) (?:proposer|proposons|proposer) un entretien",
        r"(?:invitarte|citarte|convocarte|convocarle) a una entrevista",
        r"(?:te|le) (?:proponemos|invitamos a) (?:una|la) entrevista",
        r"(?:uitnodigen|uitnodiging) (?:voor|om) .{0,30}gesprek",
        r"(?:nodigen|nodig) (?:je|jou|u) .{0,40}uit",
        r"einladung zu(?:m| einem) .{0,30}(?:gespräch|interview)",
    ),
)

RECEIVED_RULES = (
    rule(
        RCV,
        0.7,
        "application received",
        r"(?:received|got) your (?:application|cv|resume|submission)",
        r"your application (?:has been |was |is )?(?:received|submitted|sent)",
        r"submitted successfully",
        r"your application is (?:now )?in review",
        r"confirms? (?:that )?we (?:have )?received",
        r"eingegangen",
        r"wir haben ihre unterlagen erhalten",
        r"hemos recibido tu candidatura",
        r"bien reçu votre candidature",
        r"(?:avons|a) bien été (?:reçue|enregistrée)",
        r"hemos recibido (?:tu|su) (?:solicitud|cv|currículum)",
        r"(?:je|jouw|uw) sollicitatie (?:is )?(?:goed )?ontvangen",
        r"(?:wij|we) hebben (?:je|jouw|uw) sollicitatie (?:in )?(?:goed orde )?ontvangen",
        r"ontvangstbevestiging",
        r"(?:confirm|acknowledge) (?:the )?receipt of your application",
        r"(?:read|review|look at) your application within",
        r"your application (?:for [\w ,()-]{1,60} )?is now with",
    ),
)

OUTREACH_RULES = (
    rule(
        OUT,
        0.7,
        "recruiter approach",
        r"came across your profile",
        r"spotted your profile",
        r"saw your profile",
        r"found you through",
        r"(?:open|interested) (?:to|in) (?:a |new )?(?:opportunit|roles?\b|new role|a chat"
        r"|a quick chat|hearing more|a confidential)",
        r"suggested i (?:reach out|get in touch)",
        r"wanted to reach out",
        r"mind me reaching out",
        r"confidential search",
        r"auf ihr profil aufmerksam",
        r"vertrauliche suche",
        r"votre parcours correspond",
        r"(?:contract|founding) .{0,40}(?:role|opportunity)",
        r"i'm (?:a |the )?recruit\w* (?:at|for|with)",
        r"caught my eye",
        r"fancy a (?:quick )?chat",
        r"hiring our first",
        r"exclusive .{0,30}search",
        r"show you what we're building",
    ),
)

# Checked in this order: the most specific news first. "Unfortunately" after "thank you
# for applying" is a rejection, not a receipt; "offer the role to another" is a rejection.
ORDERED = (*REJECTION_RULES, *OFFER_RULES, *ASSESSMENT_RULES, *INTERVIEW_RULES,
           *RECEIVED_RULES, *OUTREACH_RULES)  # fmt: skip


@dataclass(frozen=True)
class RuleHit:
    label: Label
    strength: float
    name: str


@dataclass(frozen=True)
class Signals:
    """What the rules found in one message."""

    job_words: bool  # False: not job-search mail at all
    hit: RuleHit | None  # the first rule that matched, if any
    hedged: bool  # rejection-like news that may not be final
    not_hiring: bool  # about a degree, a flat, a talk, a grant, a card...
    ats: bool  # sent through an applicant-tracking or assessment system
    language: str | None = None  # language.language_of: a KNOWN code, OTHER or None

    @property
    def unknown_language(self) -> bool:
        """Enough text to tell, in none of the languages NextYes reads."""
        return self.language == OTHER


NOT_JOB_MAIL = Signals(False, None, False, False, False)
ABOUT_SOMETHING_ELSE = RuleHit(Label.OTHER, 0.8, "about something other than a job")
SOMEONE_ELSES_HIRING = RuleHit(Label.OTHER, 0.8, "someone else's hiring")
AT_ONES_OWN_WORK = RuleHit(Label.OTHER, 0.8, "a meeting at your own work")
RECEIPT_WITH_DEADLINE = RuleHit(Label.APPLICATION_RECEIVED, 0.7, "receipt with a deadline")
TEST_PLATFORM = RuleHit(Label.ASSESSMENT, 0.8, "sent by a test platform")


def sender_is(domain: str, domains: tuple[str, ...]) -> bool:
    """Is `domain` one of `domains` or a sub-domain of one (acme.greenhouse.io)?"""
    return domain in domains or domain.endswith(_dotted(domains))


@cache
def _dotted(domains: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("." + d for d in domains)


def read_signals(message: Prepared) -> Signals:
    text = message.fresh
    ats = sender_is(message.domain, ATS_DOMAINS)
    assessing = sender_is(message.domain, ASSESSMENT_DOMAINS)
    if not (ats or assessing or JOB_WORDS.found(text) or SUBJECT_JOB_WORDS.found(message.subject)):
        return NOT_JOB_MAIL
    hedged = HEDGED.found(text)
    language = language_of(text)
    bulk = not ats and BULK.found(text)
    elsewhere = not (ats or assessing) and NOT_HIRING.found(text)
    if (bulk or elsewhere) and not assessing and not STRONG_JOB.found(text):
        return Signals(True, ABOUT_SOMETHING_ELSE, hedged, True, False, language)
    # With hiring words too, a degree or flat word ("a place on the graduate scheme") is
    # not trusted; a newsletter stays a newsletter.
    not_hiring = bulk or elsewhere
    if not (ats or assessing) and NOT_MINE.found(text):
        return Signals(True, SOMEONE_ELSES_HIRING, hedged, True, False, language)
    hit = TEST_PLATFORM if assessing else None
    if not bulk and (ats or JOB_CONTEXT.found(text)):
        if CONDITIONAL_NO.found(text):
            hit = hit or RECEIPT_WITH_DEADLINE
        else:
            hit = next((r.hit for r in REJECTION_RULES if r.matches(text)), None) or hit
    if hit is None and not bulk:
        hit = next((r.hit for r in ORDERED[len(REJECTION_RULES) :] if r.matches(text)), None)
    own_work = not (ats or assessing) and OWN_WORK.found(text)
    if hit is None and own_work and not HIRING_PROCESS.found(text):
        hit = AT_ONES_OWN_WORK
    return Signals(True, hit, hedged, not_hiring, ats or assessing, language)
