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
from functools import cache, lru_cache

from nextyes.classify.concepts import CONCEPTS
from nextyes.classify.labels import Label
from nextyes.classify.language import OTHER, language_of
from nextyes.classify.no_phrases import PHRASES as NATIVE_NO_PHRASES
from nextyes.classify.public_hiring import PUBLIC_HIRING, PUBLIC_HIRING_ONLY
from nextyes.classify.text import Prepared
from nextyes.classify.words import WordLists, terms

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


# Without any of these a message is not job-search news at all. Mail that has none of them
# (receipts, parcels, friends) is `other` without asking the model: cheap and certain.
JOB_WORDS = terms(
    # Only a door to the model, never a label: a wider net here costs a little speed on
    # everyday mail, a narrower one loses job mail written in unusual words.
    "head of |chief executive|chief financial|chief technology|chief operating|chief product"
    "|m/w/d|w/m/d|m/f/d|(h/f)|(f/h)|(m/v)|(v/m)|nächsten schritt|nächste runde|vor-ort-termin"
    "|ihr besuch bei uns|ihre unterlagen|deine unterlagen|ihren unterlagen|deinen unterlagen"
    "|fallstudie|aufgabe für|gesucht|freelance"
    "|vidéo de présentation|second tour|second round|le jury|en poste|votre venue|recherche de"
    "|reto técnico|ejercicio|cuándo puedes empezar|aspirantes|tribunal calificador|oposici"
    "|contract offer|contract is yours|job is yours|role is yours|executive research|mandaat"
    "|mandat |anderen person|autre personne|otra persona|ander persoon"
    "|on te veut|on vous veut|queremos que seas|que empieces|brutos anuales|brut annuel"
    "|bruts annuels|jahresbrutto|bruto per jaar|bruto jaarsalaris"
    "|casus|thuisopdracht|praktijkopdracht|proefdienst|praktijkproef|procedure voor|"
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
    # German: kinds of job, trial days, tests, hiring people, pay, starting.
    "|praktikum|praktikant|werkstudent|ausbildung|azubi|trainee|volontariat|probearbeit"
    "|probetag|probeschicht|schnuppertag|hospitation|job|karriere|vakanz|anstellung"
    "|beschäftigungsverhältnis|arbeitsverhältnis|personalleit|personalreferent|personaler"
    "|personalwesen|personalvermittl|personaldienstleist|zeitarbeit|rekrutier|lebenslauf"
    "|motivationsschreiben|werdegang|gehaltsv|gehaltsw|jahresgehalt|monatsgehalt"
    "|bruttogehalt|einstiegsgehalt|vergütung|eintrittstermin|eintrittsdatum|arbeitsbeginn"
    "|ersten arbeitstag|erster arbeitstag|einarbeitung|probezeit|arbeitszeugnis|vollzeit"
    "|teilzeit|auswahlverfahren|auswahlprozess|auswahlrunde|engere auswahl"
    "|eignungstest|persönlichkeitstest|fallstudie|probeaufgabe|arbeitsprobe|testaufgabe"
    "|vorstellungstermin|willkommen an bord|willkommen im team|nächste runde|nächsten runde"
    "|zweite runde|zweiten runde|ihre verfügbarkeit|deine verfügbarkeit|sie kennenzulernen"
    "|dich kennenzulernen|wir suchen|suchen wir|anderweitig|neue kollegin|neuen kollegen"
    # French
    "|recrut|un stage|le stage|ce stage|du stage|de stage|en stage|votre stage"
    "|ton stage|alternance|alternant|apprenti|période d'essai|journée d'essai|jour d'essai"
    "|journée d'immersion|offre d'emploi|offres d'emploi|un emploi|nouvel emploi"
    "|recherche d'emploi|prise de poste|fiche de poste|offre de poste|intitulé de poste"
    "|postes ouverts|poste à pourvoir|postes à pourvoir"
    "|poste vacant|postes vacants|prise de fonction|ressources humaines|service rh|équipe rh"
    "|responsable rh|chargée rh|chargé rh|chasseur de têtes|lettre de motivation"
    "|curriculum vitae|salaire|rémunération|carrière|postul|processus de sélection"
    "|procédure de sélection|présélection|test technique|test en ligne|psychotechni"
    "|mise en situation|étude de cas|cas pratique|rejoindre l'équipe|rejoindre notre équipe"
    "|rejoindre nos équipes|intégrer notre équipe|intégrer nos équipes"
    "|bienvenue dans l'équipe|bienvenue à bord|vos disponibilités|tes disponibilités"
    "|vous rencontrer|te rencontrer|échanger avec vous|nous recherchons|ton profil"
    "|ton parcours|intérim"
    # Spanish
    "|reclut|prácticas profesionales|en prácticas|de prácticas|las prácticas|unas prácticas"
    "|tus prácticas|becari|pasantía|pasante|aprendiz|formación dual|día de prueba"
    "|jornada de prueba|prueba técnica|prueba de nivel|psicotécnic|caso práctico"
    "|contratar|contratado|contratada|contrato de trabajo"
    "|contrato laboral|contrato indefinido|contrato temporal|recursos humanos|rrhh"
    "|sueldo|salari|remuneraci|incorporaci|incorporarte|incorporarse|incorporarle"
    "|unirte al equipo|unirte a nuestro equipo|sumarte al equipo|sumarte a nuestro equipo"
    "|bienvenido al equipo|bienvenida al equipo|formar parte de nuestro equipo"
    "|formar parte del equipo|carta de presentación|carta de motivación|currículo"
    "|hoja de vida|tu perfil|tu trayectoria|su trayectoria|preselecci|cazatalentos"
    "|oportunidad laboral|oportunidades laborales|oportunidad profesional|carrera profesional"
    "|trabajar con nosotros|tu primer día|posición|siguiente fase|próxima fase"
    "|siguiente ronda|segunda ronda|tu disponibilidad|conocerte|conocerle|hablar contigo"
    "|buscamos|estamos buscando|encajar|encaja con"
    # Dutch
    "|stagiair|stageplek|stageplaats|stagevergoeding|stageperiode|afstudeerstage"
    "|meeloopstage|stagebegeleid|je stage|uw stage"
    "|leerbaan|leerwerk|proefdag|meeloopdag|proeftijd|proefopdracht|bent aangenomen"
    "|je aan te nemen|u aan te nemen|selectieproce|selectiedag|voorselectie"
    # Flemish and Dutch public-sector selection: its reserve list and its tests.
    "|wervingsreserve|in het kader van de selectie|computergestuurde proef"
    # A café or shop hiring without HR words: a trial shift, working the floor, the owner.
    "|proefdraai|meedraai|in de bediening|achter de bar|zaakvoerder"
    "|personeelszaken|capaciteitentest|persoonlijkheidstest|persoonlijkheidsvragenlijst"
    "|arbeidsvoorwaarden|in dienst|startdatum|ingangsdatum|indiensttreding|eerste werkdag"
    "|motivatiebrief|team versterken|team te versterken|team komt versterken"
    "|team komen versterken|welkom in het team|welkom bij het team|welkom in ons team"
    "|welkom aan boord|bijbaan|vakantiebaan|vakantiewerk|oproepkracht|nieuwe baan"
    "|droombaan|loopbaan|uitzendbureau|uitzendkracht|detacheer|detachering|intercedent"
    "|inwerkperiode|inwerkprogramma|inwerktraject|arbeidscontract|vast contract"
    "|tijdelijk contract|jaarcontract|gesprek|volgende ronde|tweede ronde|je beschikbaarheid"
    "|uw beschikbaarheid|kennismak|kennis te maken|kennis maken|zijn op zoek naar"
    "|we zoeken|wij zoeken|niet met je verder|niet met u verder|niet verder met je"
    "|niet verder met u|voor iemand anders|iemand anders gekozen|andere richting"
    # How a "no" or a "yes" is put when no other job word is there (German, French,
    # Spanish), like "went with" above.
    "|jemand anderen|jemanden anderen|für eine andere person|eine zusage geben"
    "|ihnen eine zusage|dir eine zusage|ihnen die zusage|dir die zusage|donner suite"
    "|aller plus loin avec|une autre personne|un autre profil|otro perfil|otros perfiles"
    "|seguir adelante con|avanzar contigo|continuar contigo"
    # Several languages: human resources, hiring teams.
    "|hr-|hr team|hr manager|hr department|human resources|talent acquisition"
    # Found missing by the hand-written letters (scripts/corpus/letters/): tests named by
    # their platform, tasks and their deadlines, casual hires and casual "no"s, job levels,
    # public-sector job pools, scheduling.
    "|hackerrank|codility|testgorilla|hirevue|codesignal|coderpad|devskiller|test link"
    "|assignment|translation test|test translation|interim|medior|junior|senior "
    "|terminvorschl|exercice|on te prend|on vous prend|desafío|evaluación online"
    "|bolsa de trabajo|ayudante|te cogemos|nos quedamos con otr|ya tomamos a|tomamos a alguien"
    "|de case|je case|uw case|frontend|backend|full-stack|fullstack|commission another"
    "|commissioned another|before your trial|after your trial|chef de partie|sous chef|sous-chef"
    "|proceso selectivo|plaza de|meet the team|rest of the team|teammates|an opening for"
    "|opening on our|on cherche un|nous cherchons|staff engineer|principal engineer"
    "|github|your reference|cook for us|test kitchen|charla informal|una charla|charlamos"
    "|conversemos|el cargo|del cargo|convocatoria|entrevue|jasette|besoin de quelqu'un"
    "|videocall|video call|over het team"
    # A few words of languages NextYes does not classify, so their job mail is reviewed
    # (classify/language.py) rather than ignored: Italian, Portuguese, Polish.
    "|colloquio|assunzione|vaga de|kandydat|rekrutac|stanowisk|"
    + PUBLIC_HIRING
    # The jobs a café, a shop or a warehouse hires for: a casual note names the job, not
    # the hiring ("about the waitress job", "la prueba de mesera").
    + "|waitress|waiter|bartender|barista|line cook|kitchen porter|cashier|shop assistant"
    "|sales assistant|care assistant|support worker|receptionist|front of house"
    "|kellner|servicekraft|aushilfe|minijob|thekenkraft|küchenhilfe|spülkraft|verkäuferin"
    "|kassierer|lagerhelfer|lagerist|pflegehelfer|reinigungskraft"
    "|serveuse|serveur|barman|barmaid|plongeur|commis de cuisine|vendeuse|caissière"
    "|caissier|réceptionniste|aide-soignant|manutentionnaire|préparateur de commandes"
    "|équipier|équipière|saisonnier|saisonnière"
    "|camarera|camarero|mesera|mesero|ayudante de cocina|cocinero|cocinera|dependienta"
    "|cajera|cajero|recepcionista|repartidor|reponedor|operario|operaria"
    "|serveerster|barmedewerker|afwasser|keukenhulp|kassamedewerker|verkoopmedewerker"
    "|magazijnmedewerker|orderpicker|horecamedewerker|vakkenvuller|bezorger"
    # Texts and voicemails a phone app turns into mail: the words are the caller's, often
    # with no hiring word at all, so the model reads them (it has seen the dentist's too).
    "|voicemail|voice message|text message from|sms from|sms von|neue sms|sprachnachricht"
    "|message vocal|messagerie vocale|nouveau sms|sms de +|mensaje de voz|buzón de voz"
    "|nuevo sms|sms van|sms-bericht|ingesproken bericht"
    # Freelance work named by its task, and the boards that appoint directors.
    "|probeübersetzung|prueba de traducción|test de traduction|proefvertaling"
    "|übersetzerpool|prestación de servicios|op een opdracht|opdracht gesloten"
    "|board of directors|aufsichtsrat|conseil d'administration|consejo de administración"
    "|raad van bestuur|raad van commissarissen",
    "job jobs role roles cv resume hire hired talent drh cdi cdd baan gehalt rol moza mozo ober",
)
# Senders that write about hiring, whatever the words: a hiring team's address (jobs@,
# careers@, rrhh@, vacatures@...) or an agency by its name ("Gemma at Pinnacle Staffing").
# Only a door to the model, like the job words: a text from the agency that says "can you do
# the DX12 site Monday?" is job news without a job word.
HIRING_ADDRESS = re.compile(
    r"^(?:jobs?|careers?|recruit\w*|talent\w*|hiring|vacatures?|vacatures|bewerbung\w*"
    r"|rrhh|empleo|seleccion|selección|recrutement|emploi|werving|personalabteilung)\b"
)
AGENCY_SENDER = terms(
    "staffing|recruitment|recruiting|personnel|uitzend|zeitarbeit|personaldienst|intérim"
    "|interim|travail temporaire|empresa de trabajo temporal|headhunt|executive search"
    "|werving en selectie|personalvermittlung|personalberatung"
)
# Everyday words that hint at job news only in a subject line ("Offer: Head of Ops", "Re:
# next steps"); in a body they are everywhere (sales offers, the team at the gym).
SUBJECT_JOB_WORDS = terms(
    "next step|good news|great news|availability|your application|second round|final round"
    "|nächster schritt|nächste schritte|gute nachricht|gute neuigkeit|rückmeldung|kennenlernen"
    "|prochaine étape|prochaines étapes|bonne nouvelle|bonnes nouvelles|disponibilités"
    "|votre dossier|próximo paso|próximos pasos|siguiente paso|siguientes pasos"
    "|buenas noticias|disponibilidad|ronda final|volgende stap|vervolgstap|goed nieuws"
    "|beschikbaarheid|laatste ronde|kennismaking|terugkoppeling",
    "offer offers team round chat call meet congratulations onsite angebot glückwunsch"
    " telefonat zusage offre félicitations équipe échange appel equipo llamada videollamada"
    " enhorabuena felicidades propuesta gefeliciteerd voorstel belletje",
)
# A post's name in the subject ("Re: Assistant manager", "Re: bediening tijdens de
# feestdagen"): a reply about a job often says nothing else of one, so the name is both a
# sign of job mail and the context a "no" needs.
POST_NAMES = terms(
    "",
    "manager developer designer engineer researcher programmer analyst consultant"
    " coordinator specialist technician accountant administrator receptionist barista waiter"
    " waitress bartender cashier electrician mechanic nurse aushilfe minijob werkstudent"
    " werkstudentin praktikant praktikantin erzieher erzieherin auxiliar administrativo"
    " administrativa camarero camarera cocinero cocinera dependiente dependienta repartidor"
    " repartidora analista desarrollador desarrolladora diseñador diseñadora serveur serveuse"
    " vendeur vendeuse technicien technicienne développeur développeuse medewerker"
    " medewerkster bediening verkoper verkoopster monteur bijbaan vakantiewerk",
)
# Signs the message is about a job; a rejection phrase alone is not enough without one.
JOB_CONTEXT = terms(
    "position|candida|vacanc|hiring|recruit|interview|applica|applied|applying|requisition"
    "|shortlist|our team|the team|take-home|assessment|next stage|next round|the panel"
    "|posición"
    "|nächste runde|nächsten runde|zweite runde|coding challenge|coding-challenge|probeaufgabe"
    "|prueba técnica|ejercicio técnico|test technique|proefopdracht"
    "|someone internal|internal candidate"
    "|bewerbung|beworben|bewerben|bewerberin|mitbewerber|andere bewerber|anderen bewerber"
    "|puesto|candidature|le poste|proceso de selecci|candidatura|sollicit|vacature"
    "|kandida|vorstellungsgespräch|stelle als|stelle bei|stelle im|stelle in|stelle zum"
    "|stelle zur|stelle für|stelle des|stelle der|die stelle|der stelle|diese stelle|unsere stelle"
    "|ihre stelle|vorzustellen|stellenaus|stellenangebot|stellenanzeige"
    "|stellenbeschreibung|offene stelle|freie stelle|ausgeschriebene stelle|vakante stelle"
    "|vakanz|auswahlverfahren|auswahlprozess|engere auswahl|personalabteilung|praktikum"
    "|ausbildungsplatz|recrut|ce poste|du poste|au poste|un poste|offre d'emploi"
    "|processus de sélection|procédure de sélection|présélection|embauche|alternance"
    "|stagiaire|entretien téléphonique|entretien en visio"
    "|premier entretien|second entretien|deuxième entretien"
    "|entretien avec|vacante|entrevista|postul|reclut|contrataci|oferta de empleo"
    "|oferta de trabajo|werving|selectieproce|functie van|functie als|functie bij"
    "|functie binnen|openstaande functie|voor de functie|voor deze functie|op de functie"
    "|op deze functie|naar de functie|naar deze functie|in de functie|in deze functie"
    "|functieprofiel|functieomschrijving|functie-eis|functiebeschrijving|bij de functie"
    "|bij deze functie"
    # Temp agencies speak for the post without naming it ("het distributiecentrum heeft de
    # plekken vol"); Spanish and Dutch say "rol".
    "|uitzendbureau|uitzendbur|zeitarbeit|personaldienstleist|intérim|agence d'interim"
    "|trabajo temporal|currículum|currículo|hoja de vida|curriculum vitae|lebenslauf"
    # Side jobs and seasonal work name no "position" or "application".
    "|aushilfe|minijob|seizoenswerk|bijbaan|vakantiewerk|vakantiejob|jobstudent|studentenjob"
    "|job étudiant|job d'été|saisonnier|trabajo de temporada|empleo de temporada|" + PUBLIC_HIRING,
    "role rol job cv resume",
)
# Words only hiring uses: with them, a "not hiring" sign below is not trusted on its own.
STRONG_JOB = terms(
    "position|candidate|candidacy|vacanc|hiring|recruit|interview|employment|salary"
    "|para la posición|la posición de|esta posición"
    "|job offer|graduate scheme|assessment centre|assessment center|early careers|internship"
    "|apprenticeship|hiring manager|bewerbung|candidature|candidatura|puesto"
    "|sollicitatie|vacature|vorstellungsgespräch|proceso de selecci|recrutement"
    "|bewerberin|mitbewerber|andere bewerber|stellenangebot|stellenausschreibung"
    "|stellenanzeige|personalabteilung"
    "|arbeitsvertrag|werkstudent|ausbildungsplatz|einstellungstest|probearbeit|jobangebot"
    "|gehaltsvorstellung|personalberat|entretien d'embauche|offre d'emploi"
    "|contrat de travail|lettre de motivation|ce poste|du poste|fiche de poste|prise de poste"
    "|vacante|oferta de empleo|oferta de trabajo|contrato de trabajo|reclutador|contrataci"
    "|carta de presentación|sollicit|arbeidsovereenkomst|werving|proefdag"
    "|arbeidsvoorwaarden|motivatiebrief"
    # Early careers and public selection: an internship's or a trainee scheme's result, a
    # selection board ("selectiejury") deciding a post, speak of programmes, grants and a
    # jury as well, and are still about a job.
    # ("Auswahlverfahren", "processus de sélection", "selectieprocedure" and "becario" are
    # left out: universities select students and award grants in those words too.)
    "|assessment-center|assessmentcenter|trainee|praktikant|nachwuchsprogramm"
    "|stagiaire|offre de stage|prácticas profesionales|en prácticas|de prácticas|pasantía"
    "|stagiair|stageplaats|stageplek|sollicitatieprocedure|selectiejury|" + PUBLIC_HIRING_ONLY,
    "role cv resume stelle",
)
PUBLIC_HIRING_WORDS = terms(PUBLIC_HIRING_ONLY)
# The public employment service, by its sender name or domain: its appointments and
# counselling talks are about the person's own registration, not an employer's invitation.
JOB_CENTRE = terms(
    "agentur für arbeit|arbeitsagentur|jobcenter|arbeitsmarktservice|arbeitsvermittlung"
    "|france travail|francetravail|pôle emploi|pole-emploi|actiris|le forem|werkplein"
    "|servicio público de empleo|servicio de empleo|oficina de empleo|jobcentre",
    "ams rav uwv vdab sepe dwp werk.nl",
)
# With one of these in its subject, an interview is an employer's even from such a sender.
EMPLOYERS_INTERVIEW = terms(
    "vorstellungsgespräch|sollicitatiegesprek|entretien d'embauche|entrevista de trabajo"
    "|job interview|entretien de recrutement"
)
# The subject a phone app gives a text or a voicemail it forwards by mail.
PHONE_FORWARD = terms(
    "voicemail|voice message|text message from|sms from|sms von|neue sms|sprachnachricht"
    "|message vocal|nouveau sms|sms de |mensaje de voz|nuevo sms|sms van|sms-bericht"
    "|ingesproken bericht"
)
# Signs a decision is about something other than a job (a degree, a flat, a talk, money).
NOT_HIRING = terms(
    "admission|program committee|academic year|place on the|landlord|the flat"
    "|the apartment|the property|the inspection|open home|call for proposals|your proposal"
    "|bed flat|bedroom flat|bed apartment|bedroom apartment|bedroom house|bed house"
    "|parents' evening|parent-teacher|elterngespräch|elternabend|réunion parents"
    "|parents-professeurs|reunión de padres|reunión de apoderados|ouderavond|oudergesprek"
    "|tienminutengesprek"
    "|your talk|fellowship"
    "|scholarship|credit card|your claim|overdraft|mortgage|membership|volunteer|waitlist"
    "|waiting list|hackathon|beta program|school place|passport|visa application"
    "|residence permit|the editors|your entry|podcast|guest on|on our show|for our show"
    "|housing application|housing register|social housing|council housing|housing options"
    "|your enrolment|your enrollment|course enrolment|enrolment confirm|enrollment confirm"
    "|the judges|prize|accelerator|incubator|cohort|your startup|your company's"
    "|subscription|premium plan|annual plan|billing|bank account|business account"
    "|siniestro|reclamación|schadensfall|schadenmeldung|sinistre|réclamation|schademelding"
    "|studienplatz|zulassung|wohnung|mietvertrag|vermieter|stipendi|darlehen"
    "|logement|appartement|bailleur|bourse d|prêt immobilier|admission|inscription"
    "|alquiler|el piso|arrendador|préstamo|admisión|matrícula"
    "|huurwoning|woningzoekend|verhuurder|toelating|inschrijving|hypotheek"
    # German: a degree or course, a school or nursery place, a flat, a grant, a talk or
    # paper, a visa, a loan, an insurance claim, a prize, a club.
    "|immatrikul|einschreibung|hochschulstart|studierendensekretariat"
    "|kitaplatz|kita-platz|betreuungsplatz|kindergartenplatz|schulplatz|schulanmeldung"
    "|mietinteress|mietobjekt|nachmieter|wg-zimmer"
    "|förderantrag|fördermittel|förderzusage|bafög|härtefall|stipendiat"
    "|programmkomitee|tagungsband|konferenzbeitrag|ihr vortrag|ihren vortrag|ihr abstract"
    "|visumantrag|visumsantrag|visaantrag|aufenthaltstitel"
    "|aufenthaltserlaubnis|ausländerbehörde|einbürgerung|kreditantrag|kreditanfrage"
    "|kreditentscheidung|ratenkredit|hypothek"
    "|schufa|schadensmeldung|schadennummer|schadensnummer|versicherungsfall"
    "|leistungsantrag|versicherungsschein|gewinnspiel|preisausschreiben|die jury|der jury"
    "|preisträger|wettbewerbsbeitrag|am wettbewerb|beim wettbewerb|zum wettbewerb"
    "|probetraining|mitgliedsantrag|vereinsmitglied|aufnahmeantrag|warteliste"
    "|inkubator|kontoeröffnung|geschäftskonto|girokonto|bankkonto"
    "|ihr startup|ihr start-up|dein startup|dein start-up|euer startup|förderprogramm"
    # French
    "|parcoursup|monmaster|campus france|commission pédagogique"
    "|dossier de location|contrat de location|votre location|en location|votre loyer|le loyer"
    "|du loyer|en colocation|une colocation|la colocation|le bail|du bail"
    "|votre bail|demande de subvention|votre subvention|le crous|du crous|au crous|aide financière"
    "|appel à projets|comité scientifique"
    "|votre article|votre soumission|colloque|congrès|communication orale|votre manuscrit"
    "|décision éditoriale|comité de rédaction|your manuscript|editorial decision|ihr manuskript"
    "|su manuscrito|uw manuscript|je manuscript"
    "|demande de visa|titre de séjour|carte de séjour|préfecture|naturalisation"
    "|demande de prêt|offre de prêt|prêt personnel|votre prêt|demande de crédit"
    "|crédit immobilier|crédit à la consommation|emprunt|votre assureur"
    "|jeu concours|jeu-concours|lauréat|participation au concours|tirage au sort"
    "|séance d'essai|bénévolat|devenir bénévole|en tant que bénévole|place en crèche"
    "|liste d'attente|incubateur|accélérateur"
    "|votre startup|votre start-up|ta startup|ta start-up|programme d'accélération"
    "|compte bancaire|compte professionnel|droit au compte|ouverture de compte"
    # Spanish
    # ("el curso académico", not "curso académico": a "concurso académico" hires staff.)
    "|preinscripci|el curso académico|del curso académico|este curso académico|nota de corte"
    "|secretaría académica|plaza universitaria"
    "|arrendatari|inquilin|la fianza|tu fianza|su fianza|de fianza|arrendamiento"
    "|solicitud de subvención|tu subvención|su subvención"
    "|ayuda económica|ayudas al estudio|tu ponencia|su ponencia|la ponencia|ponencias"
    "|propuesta de charla|propuestas de charla|lightning talk"
    "|call for papers|call for proposals|this batch|next batch|later batch|winter batch"
    "|summer batch|proposition de conférence|appel à communications|vortragsvorschlag"
    "|comité de programa|comité científico"
    "|congreso|tu artículo|su artículo|solicitud de visado|permiso de residencia"
    "|tarjeta de residencia"
    "|extranjería|hipoteca|solicitud de crédito|solicitud de financiación"
    "|sorteo|jurado|premio|certamen|cuota de socio|alta de socio|hazte socio"
    "|voluntariado|como voluntari|escolarizaci|plaza en la guardería"
    "|plaza escolar|lista de espera|suscripci|incubadora|aceleradora"
    "|tu startup|vuestra startup|su startup|programa de aceleración|convocatoria de ayudas"
    "|ayudas a la innovación|ayudas a la investigación|ayudas a proyectos|concesión de ayudas"
    "|concesión de las ayudas|proyectos de i+d"
    "|cuenta bancaria|apertura de cuenta|cuenta de empresa"
    # Dutch
    "|studielink|numerus fixus|decentrale selectie|studiekeuzecheck|studieplek|studieplaats"
    "|huurder|huurcontract"
    "|huurovereenkomst|huurprijs|kamerverhuur|studiebeurs|subsidieaanvraag|uw subsidie"
    "|je subsidie|studiefinanciering"
    "|programmacommissie|het congres|congresbijdrage|symposium|je artikel|uw artikel|je voordracht"
    "|visumaanvraag|verblijfsvergunning|naturalisatie|kredietaanvraag|persoonlijke lening"
    "|financieringsaanvraag|schadeclaim|uw polis|je polis|polisnummer"
    "|schadenummer|schadedossier|wedstrijd|prijsvraag|winnaar|de loting|door loting"
    "|bij loting|de jury"
    "|je lidmaatschap|uw lidmaatschap|contributie|proeftraining|sportvereniging|ledenadministratie"
    "|vrijwilliger|plek op de kinderopvang|schoolplek|wachtlijst"
    "|zakelijke rekening|rekening openen"
    "|je startup|jullie startup|uw startup|versnellingsprogramma",
    "viewing tenant tenants tenancy letting lettings rental rentals lease grant grants funding"
    " loan loans nursery contest contests programme programmes woning woningen bankrekening"
    " beca becas beurs lening kredit bourse bourses klacht kaution borg",
)
# A flat or a room named in a subject (with a rental word in the text, see read_signals).
RENTAL_SUBJECT = terms(
    "appartement|dossier de location|logement|wohnung|mietobjekt|wg-zimmer|apartment"
    "|the flat|bedroom|alquiler|piso en|huurwoning|kamer in|studio in|studio à",
    "t1 t2 t3 t4 t5 flat woning",
)
# Mail sent to many: alerts, digests, newsletters. Hiring words in them (even "other
# candidates", quoted in an article) are never news about the person's own application.
BULK = terms(
    "unsubscribe|job alert|jobs matching|new jobs|newsletter|in this issue|in this edition"
    "|read the full article|read more|manage alerts|view all jobs|see all jobs"
    "|abmelden|abbestellen|se désabonner|désinscri|darse de baja|cancelar la suscripci"
    "|afmelden|uitschrijven|jobalarm|job-alarm|alerte emploi|alertas de empleo"
    "|neue jobs|passende jobs|jobs für sie|jobs für dich|ähnliche jobs|alle jobs anzeigen"
    "|passende stellen|stellenangebote für sie|jobempfehlung|job-empfehlung|jobagent"
    "|job-agent|suchauftrag|weiterlesen|in dieser ausgabe|nouvelles offres"
    "|offres similaires|voir toutes les offres|lire la suite|lire l'article|dans ce numéro"
    "|gérer mes alertes|gérer vos alertes|lettre d'information|infolettre|votre alerte"
    "|ne plus recevoir|nuevas ofertas|ofertas similares|ver todas las ofertas"
    "|seguir leyendo|sigue leyendo|en este número|boletín|gestionar alertas|tus alertas"
    "|dejar de recibir|darte de baja|date de baja|nieuwe vacatures|vacatures voor jou"
    "|vergelijkbare vacatures|alle vacatures|lees verder|in deze editie|nieuwsbrief"
    "|vacaturemelding|vacature-alert|vacaturealert",
)
# A job board counting who looked at the profile: sent to many however many hiring words it
# uses ("recruiters", "jobs that match"). An agency's "they looked at your profile, but..."
# and a recruiter's "I viewed your profile" name nobody by number, so only counts count.
PROFILE_VIEWS = terms(
    "who viewed your profile|profile views|your profile appeared in|profilaufrufe"
    "|profielweergaven|visitas a tu perfil|vues de votre profil|vues de ton profil"
)
PROFILE_VIEW_COUNT = re.compile(
    r"\b\d+ (?:recruiters?|employers?|compan(?:y|ies)|people|personen|unternehmen|arbeitgeber"
    r"|recruteurs?|entreprises?|personnes?|reclutadores?|empresas?|personas?|werkgevers?"
    r"|bedrijven|bedrijf|mensen) (?:have |has |haben |hat |ont |a |han |ha |hebben |heeft )?"
    r"[^.!?]{0,30}(?:viewed|looked at|angesehen|angeschaut|consulté|visto|visitado|bekeken)"
    r"|(?:viewed|consulté|angesehen|aufgerufen|visto|bekeken) (?:\d+ (?:times|fois|mal|veces"
    r"|keer)|(?:by|par|von|por|door) \d+)"
)
# Hiring news about someone else: the person is the interviewer or the referee.
NOT_MINE = terms(
    "interview a candidate|on the interview panel|interview panel for|scorecard"
    # (Asked to vouch for someone else; not "happy to be a reference for you", which an
    # employer offers the reader at the end of a "no".)
    "|as a referee|be a reference for him|be a reference for her|be a reference for them"
    "|reference request for|given your name as|interview you about|for an article"
    "|guest on our|our podcast|a podcast"
    # The person asked to interview others, in the other four languages (never words a
    # "no" uses of its own process: "after evaluating the candidates").
    "|im panel sitzen|ins auswahlgremium|gespräch übernehmen|zweitgespräch übernehmen"
    "|gespräche mitführen|als interviewerin|als interviewer|bewertungsbogen"
    "|siéger au jury|siéger dans le jury|faire passer les entretiens avec moi"
    "|grille d'évaluation des candidats|formar parte del tribunal|formar parte del panel"
    "|ser entrevistador|ser entrevistadora|como entrevistador|como entrevistadora"
    "|aansluiten bij de gesprekken|aansluiten bij de sollicitatiegesprekken"
    "|in de sollicitatiecommissie zitten|gesprekken met kandidaten voeren"
    "|beoordelingsformulier",
)
# The person's own work: meetings, kickoffs, reviews. Without any word of a hiring process
# (an interview, a candidate, an application), a meeting invitation is not an interview.
OWN_WORK = terms(
    "kickoff|kick-off|all-hands|all hands|stand-up|standup|one-to-one|1:1|sprint|retro"
    "|offsite|off-site|team meeting|planning meeting|quarterly review|performance review"
    "|project update|steering group|town hall|teambesprechung|réunion d'équipe"
    "|reunión de equipo|teamoverleg|teammeeting|team-meeting|jour fixe|jourfixe"
    "|mitarbeitergespräch|mitarbeitendengespräch|jahresgespräch|projektbesprechung"
    "|abteilungsbesprechung|betriebsversammlung|planungsmeeting|statusmeeting"
    "|statusbesprechung|lenkungskreis|zielvereinbarung|point d'équipe|réunion de service"
    "|réunion de lancement|réunion hebdomadaire|comité de pilotage|séminaire d'équipe"
    "|point hebdo|reunión semanal|reunión de seguimiento|reunión de planificación"
    "|evaluación de desempeño|evaluación del desempeño|revisión trimestral"
    "|reunión de lanzamiento|reunión de arranque|teamvergadering|werkoverleg"
    "|afdelingsoverleg|functioneringsgesprek|beoordelingsgesprek|jaargesprek"
    "|planningsoverleg|stuurgroep|heidag|personeelsvergadering|projectoverleg",
)
# One's own job ending: a redundancy or a dismissal at the current employer carries the
# words of a "no" ("unfortunately we have not been able to identify a role for you") but
# is no answer to an application.
REDUNDANCY = terms(
    "made redundant|redundancy payment|at risk of redundancy|redundancy consultation"
    "|collective consultation|your notice of termination|betriebsbedingte kündigung"
    "|betriebsbedingten kündigung|sozialplan|licenciement économique|licenciement pour motif"
    "|plan de sauvegarde de l'emploi|despido objetivo|expediente de regulación|carta de despido"
    "|boventallig|ontslag om bedrijfseconomische|ontslagaanvraag|reorganisatieplan"
)
# Leaving one's own job: an exit interview is a meeting there, never a job interview.
EXIT_INTERVIEW = terms(
    "exit interview|leaving interview|austrittsgespräch|exitgespräch|exit-gespräch"
    "|entretien de départ|entretien de sortie|entrevista de salida|entrevista de egreso"
    "|exitgesprek|vertrekgesprek|exit-gesprek",
)
HIRING_PROCESS = terms(
    "interview|candida|applica|applied|vacanc|hiring manager|recruit|bewerb|entretien"
    "|entrevista|sollicit|gesprek met|kandida|vacature|vacante|vakanz|recrut|reclut|postul"
    "|auswahlverfahren|proceso de selecci|processus de sélection|selectieproce",
)
# The applicant withdrawing, in their own words: a "leider ... nicht" in such a message is
# theirs, never the employer's "no" (their sent mail may be imported with the rest).
WITHDRAWING = terms(
    "withdraw my application|withdrawing my application|withdraw my candidacy"
    "|withdraw from the process|withdraw from consideration|remove me from consideration"
    "|remove myself from consideration|bewerbung zurückziehen|bewerbung zurückzuziehen"
    "|ziehe meine bewerbung|ziehe ich meine bewerbung|retirer ma candidature"
    "|retire ma candidature|retirer ma candidature|me retirer du processus"
    "|retirar mi candidatura|retiro mi candidatura|retirar mi postulación"
    "|retiro mi postulación|sollicitatie intrekken|sollicitatie in te trekken"
    "|trek ik mijn sollicitatie|trek mijn sollicitatie|mijn sollicitatie terugtrekken"
    "|mijn sollicitatie terug te trekken"
    # Other word orders: "meine Bewerbung ziehe ich damit zurück", "wil ik mijn sollicitatie
    # graag intrekken", a subject "Intrekken sollicitatie".
    "|bewerbung ziehe ich|mijn sollicitatie graag intrekken|mijn sollicitatie wil intrekken"
    "|intrekken sollicitatie|intrekking sollicitatie|intrekking van mijn sollicitatie"
    "|retirar mi solicitud|retiro mi solicitud|je retire ma candidature"
    "|withdraw my candidature|withdrawing my candidacy|withdrawing from the process",
)
# Hedged news: the role paused or frozen, no decision yet. Worth a look, never auto-recorded.
HEDGED = terms(
    "on hold|paused|frozen|freeze|reopen|not yet made a|made a final decision yet"
    "|no decision has|still reviewing|still considering|still deciding|may still|might still"
    "|for now|pausier|auf eis|vorerst|en pause|suspendu|gelé|en pausa|congelad|pauzer"
    "|voorlopig|tijdelijk stop"
    "|eingefroren|zurückgestellt|ausgesetzt|bis auf weiteres|noch keine entscheidung"
    "|noch nicht für"
    "|noch keine endgültige|noch nicht entschieden|noch nicht endgültig|prüfen noch"
    "|sichten noch|wieder aufnehmen|wieder aufgenommen|en suspens|mis en attente"
    "|mise en attente|reporté|pas encore pris de décision|pas encore de décision"
    "|aucune décision n'a|rouvrir|jusqu'à nouvel ordre|en stand-by|en standby|en espera"
    "|suspendid|pospuest|aplazad|aún no hemos tomado|todavía no hemos tomado"
    "|aún no hemos decidido|todavía no hemos decidido|seguimos evaluando|seguimos revisando"
    "|hasta nuevo aviso|reabrir|in de wacht|opgeschort|uitgesteld|bevroren|nog geen besluit"
    "|nog geen beslissing|nog geen definitieve|nog niet besloten|heropen|tot nader order"
    "|tot nader bericht",
)
# "If you have not heard from us by ..., assume you were unsuccessful": a receipt, not a no.
CONDITIONAL_NO = terms(
    "if you have not heard|if you haven't heard|if you do not hear|if you don't hear"
    "|assume that your application|assume your application|consider your application"
    "|may only contact shortlisted|only contact shortlisted"
    "|sollten sie nichts von uns|falls sie nichts von uns|wenn sie nichts von uns"
    "|solltest du nichts von uns|falls du nichts von uns|wenn du nichts von uns"
    "|sollten sie bis|falls sie bis|sollten sie innerhalb|falls sie innerhalb"
    "|sollten sie innert|falls sie innert|solltest du innert|falls du innert"
    "|melden uns nur bei|nur ausgewählte bewerber|sans réponse de notre part"
    "|sans retour de notre part|sans nouvelles de notre part|si vous n'avez pas de nouvelles"
    "|si vous n'avez pas eu de nouvelles|si vous n'avez pas de retour|si vous ne recevez pas"
    "|si tu n'as pas de nouvelles|seuls les candidats retenus|seules les candidatures retenues"
    "|si no has recibido|si no tienes noticias|si no recibe|si no ha recibido"
    "|si no tiene noticias|sin respuesta por nuestra parte|solo contactaremos"
    "|sólo contactaremos|únicamente contactaremos|mocht je binnen|mocht u binnen"
    "|mocht je niets|mocht u niets|als je niets van ons|als u niets van ons"
    "|hoor je niets|hoort u niets|nemen alleen contact op"
    # "Without word from us by ..., consider that ...", in more of its wordings.
    "|should you not hear|in the absence of a reply|in the absence of any reply"
    "|en l'absence de retour|en l'absence de réponse|à défaut de retour|à défaut de réponse"
    "|vous pourrez considérer que|vous pouvez considérer que|tu peux considérer que"
    "|en caso de no recibir|de no recibir respuesta|podrá considerar que|puede considerar que"
    "|puedes considerar que|gehen sie bitte davon aus|betrachten sie ihre bewerbung als"
    "|kunt u ervan uitgaan|kun je ervan uitgaan|ga er dan van uit|gaat u er dan van uit"
    "|nichts von uns hörst|nichts von uns hören|von uns nichts hörst|von uns nichts hören"
    "|niets van ons gehoord|niets van ons hoort|niets van ons hoorde"
    "|si no te contactamos|si no le contactamos|si no te hemos contactado"
    "|si vous n'êtes pas contacté|si tu n'es pas contacté|si vous n'avez pas été contacté",
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
    return Rule(label, strength, name, tuple(re.compile(p) for p in _plain_first(phrases)))


def _plain_first(phrases: tuple[str, ...]) -> list[str]:
    """The phrases, each rewritten to start with plain text where it does not: a phrase that
    starts with a choice ("(?:ihnen|dir) ...", "a|b") becomes one phrase per choice, and an
    optional start ("(?:nous )?regrettons") is dropped, as `search` finds the rest anyway.
    A search for a phrase with a plain start skips ahead to that text; one without tries
    every position, several times slower on a long message."""
    done: list[str] = []
    todo = list(phrases)
    while todo:
        phrase = todo.pop(0)
        choices = _top_level_choices(phrase)
        if len(choices) > 1:
            todo[:0] = choices
            continue
        if phrase.startswith("(?:"):
            end = _group_end(phrase)
            after = phrase[end + 1 : end + 2]
            rest = phrase[end + 1 :]
            if after == "?":
                todo.insert(0, rest[1:])
                continue
            if after not in ("*", "+", "{"):
                inner = _top_level_choices(phrase[3:end])
                if len(inner) <= 12:
                    todo[:0] = [choice + rest for choice in inner]
                    continue
        done.append(phrase)
    return list(dict.fromkeys(done))


def _group_end(pattern: str) -> int:
    """Where the group that opens `pattern` closes."""
    depth, at, in_class = 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _top_level_choices(pattern: str) -> list[str]:
    """`pattern` split at each "|" outside any group or character class."""
    choices, start, depth, at, in_class = [], 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            choices.append(pattern[start:at])
            start = at + 1
        at += 1
    choices.append(pattern[start:])
    return choices


OTHER_LANGUAGE_REJECTION = "rejection in another language"
# Not followed, in the same sentence, by a "but" that opens another way.
NO_BUT = (
    r"(?![^.!?]*\b(?:but|however|maar|echter|mais|toutefois|cependant|pero|sin embargo|aber"
    r"|jedoch)\b)"
)
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
        r"(?:we've|we have|i've|i have) (?:already |now )?(?:found|taken on|asked|chosen|picked"
        r"|appointed|offered it to) (?:someone|somebody) (?:else|internal)",
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
    # An offer taken back before the start is a "no", however much of an offer's words it
    # carries (contract, start date, salary); checked before the offer rules for that reason.
    rule(
        REJ,
        0.85,
        "offer withdrawn",
        r"(?:offer|contract)(?: we (?:made|sent|extended))?(?: (?:to )?you)?"
        r" (?:has been|have been|is being|was|is|had to be) "
        r"(?:withdrawn|rescinded|pulled|revoked|cancelled|canceled|retracted)",
        r"(?:withdraw|withdrawing|rescind|rescinding|revoke|revoking|retract|retracting) "
        r"(?:the|our|your|this|my) (?:job )?offer",
        r"(?:can|could|will) no longer (?:honour|honor|proceed with|go ahead with|stand by)"
        r" (?:the|our|your|this) offer",
        r"offer (?:is )?no longer (?:stands|valid|available|on the table)",
        r"(?:take|taking) back (?:the|our|my|this) (?:job )?offer",
        r"angebot (?:ist |wird |wurde )?(?:leider )?(?:hinfällig|zurückgezogen|widerrufen"
        r"|gegenstandslos)",
        r"(?:zusage|vertragsangebot|angebot|einstellung) .{0,80}(?:zurückziehen|zurücknehmen"
        r"|widerrufen|hinfällig)",
        r"(?:ziehen|nehmen) (?:wir|ich) (?:unser|unsere|das|die|ihr|dein)\w* (?:[\w-]+ )?"
        r"(?:angebot|vertragsangebot|zusage)\b.{0,80} zurück\b",
        # The verb's other forms: "wir ziehen daher unser Angebot ... zurück", "sind
        # gezwungen, unser Angebot zurückzuziehen", "dass sie das Angebot zurückzieht", the
        # noun ("Rücknahme des Vertragsangebots"), and the post the offer was for gone.
        r"(?:wir|ich) (?:ziehen|nehmen)\b.{0,40}(?:angebot|zusage)\b.{0,80} zurück\b",
        r"(?:angebot|zusage)\b.{0,100}zurück(?:zuziehen|zunehmen|zieht|nimmt|gezogen|genommen)",
        r"rücknahme (?:des|unseres|ihres|deines|unserer|der|ihrer|deiner) (?:\w+ )?"
        r"(?:vertragsangebots?|angebots?|zusage|einstellungszusage)",
        r"(?:vertragsangebot|angebot|zusage)\b.{0,40}[\u2013-] rücknahme",
        r"(?:vertragsangebot|angebot)\b.{0,60}\bentfällt\b",
        r"(?:promesse d'embauche|proposition d'embauche|offre d'emploi|notre offre|notre "
        r"proposition) .{0,50}(?:retirée|annulée|caduque|révoquée|revenir)",
        r"(?:retirer|annuler|revenir sur) (?:notre|la|votre|cette) (?:promesse|proposition|offre)",
        r"desist\w* de la contratación",
        r"(?:oferta|incorporación|contratación) .{0,50}(?:retirad|anulad|cancelad|sin efecto)",
        r"retir(?:an|amos|ó|aron|ar|ado|ada) (?:la|nuestra|su|tu) (?:\w+ )?oferta",
        r"(?:aanbod|arbeidsvoorwaardenvoorstel|overeenkomst|contractvoorstel) .{0,50}"
        r"(?:intrekken|ingetrokken|ontbinden|vervalt|vervallen|laten vervallen)",
        r"indiensttreding (?:gaat )?niet door",
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
        # Deciding for a (another) candidate is deciding against the reader.
        r"für (?:einen|eine) (?:anderen |andere )?(?:kandidat|bewerber|mitbewerber|person)"
        r"\w*[^.]{0,60} entschieden",
        r"gegen eine weitere berücksichtigung",
        r"regret de vous informer",
        r"ne pouvons pas y donner une suite favorable",
        r"lamentamos comunicarte",
        r"continuar con otros candidatos",
        # German
        r"nicht (?:weiter )?berücksichtigen",
        r"nicht in die (?:nächste|weitere|zweite|finale|letzte) (?:runde|stufe|phase"
        r"|auswahlrunde)",
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
        # The post given to someone (inside), the process closed, no contract to offer.
        r"poste a (?:finalement |donc |déjà )?été attribué",
        r"(?:pourvu|attribué) en interne",
        r"nous clôturons (?:donc |ici )?(?:le|ce|notre) processus de recrutement",
        r"(?:ne sommes|n'est) pas en mesure de (?:vous|te) proposer (?:un contrat|le poste"
        r"|un poste|ce poste)",
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
        r"no (?:fuiste|fue|has sido|ha sido) (?:considerad|tomad[oa] en cuenta|elegid|escogid)",
        # Not going on to the next stage, the post filled, a failed test, said plainly.
        r"no (?:vamos a|podemos|podremos) (?:avanzar|seguir adelante|continuar) (?:con|a|en)",
        r"no (?:pasa|pasas|pasará|pasarás|continuará|continuarás|avanzará|avanzarás|seguirá"
        r"|seguirás)\b.{0,30}(?:fase|etapa|instancia|siguiente|próxima)",
        r"(?:búsqueda|plaza) .{0,30}(?:ya )?(?:fue|ha sido|está|quedó) cubiert",
        r"ya (?:hemos|tenemos) (?:completado|cubierto|cerrado) (?:el equipo|la plantilla"
        r"|el puesto|la vacante|la posición|la plaza)",
        r"no (?:te|le) (?:podemos|podremos) ofrecer (?:plaza|el puesto|la posición|la vacante"
        r"|un puesto)",
        r"\bno apt[oa]\b",
        r"no (?:alcanzando|alcanzó|alcanza|alcanzaste|ha alcanzado|has alcanzado) (?:el )?"
        r"(?:mínimo|puntaje|la puntuación)",
        r"no (?:quedaste|has quedado|quedó|ha quedado) (?:seleccionad|entre|en la lista)",
        r"(?:decidi\w+|optaron|optamos|ha optado|han optado) (?:por )?(?:pasar|avanzar|seguir"
        r"|continuar)\b.{0,50}\bcon (?:otr|los otr|las otr|dos otr|tres otr)",
        # Dutch
        r"helaas.{0,80}(?:niet|geen|andere|ander)",
        r"(?:voor een )?andere kandida(?:at|ten) gekozen",
        # The verb last, as a subordinate clause puts it; Flemish "niet weerhouden".
        r"niet (?:is|zijn|bent|werd|werden) (?:geselecteerd|uitgenodigd|gekozen|weerhouden)",
        r"(?:kandidatuur|sollicitatie)\b.{0,40}niet (?:werd |worden |is )?weerhouden",
        r"(?:werd|bent|ben|is|zijn|werden) (?:helaas )?niet weerhouden",
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
        # More German: formal wordings, a filled post, a withdrawn offer.
        r"nicht (?:mehr |weiter )?berücksichtigt",
        r"(?:wahl|entscheidung) (?:ist |fiel |hat sich )?.{0,40}auf (?:eine andere|einen anderen)",
        r"(?:können|konnten) wir (?:ihre|deine) bewerbung (?:leider )?(?:nicht|keine) "
        r"(?:weiter |mehr )?(?:berücksichtigen|weiterverfolgen|positiv|in betracht)",
        r"nicht (?:zu einem|zum) (?:\w+ )?(?:gespräch|vorstellungsgespräch|interview|kennenlernen) "
        r"(?:ein|einladen)",
        r"(?:ihnen|dir) (?:leider )?keine (?:zusage|positive|stelle)",
        r"(?:position|vakanz) (?:wurde|ist) (?:bereits |inzwischen |schon |zwischenzeitlich )?"
        r"(?:intern )?(?:besetzt|vergeben)",
        r"stelle (?:wurde|ist|konnte) (?:schon |zwischenzeitlich |intern )(?:besetzt|vergeben)",
        r"intern besetzt",
        r"(?:entspricht|entsprechen|passt|passen) (?:leider )?nicht (?:ganz )?(?:unseren|den) "
        r"anforderungen",
        r"(?:bewerbung|kandidatur|bewerbungsprozess|auswahlprozess) .{0,40}nicht (?:weiter |mehr )?"
        r"(?:zu )?(?:berücksichtigen|verfolgen|fortzusetzen|fortsetzen|fortführen|weiterführen)",
        r"(?:unser|unsere) (?:\w+ )?(?:angebot|zusage|vertragsangebot|jobangebot) .{0,40}"
        r"zurück(?:ziehen|nehmen|gezogen|genommen)",
        r"(?:angebot|zusage) (?:wurde|ist) (?:\w+ )?zurückgezogen",
        r"(?:ziehen|nehmen) wir (?:unser|das|unsere|die) (?:\w+ )?(?:angebot|zusage) "
        r".{0,30}zurück",
        r"zu unserem (?:großen )?bedauern",
        r"bedauerlicherweise.{0,80}(?:nicht|kein|andere)",
        r"bedauern wir",
        # More French
        r"(?:pas|plus) en mesure de (?:donner (?:une )?suite|retenir|poursuivre|vous proposer)",
        r"(?:que|car|puisque) (?:votre|ton) (?:profil|parcours|expérience|candidature) ne "
        r"correspond(?:ait)? pas",
        r"ne correspondait pas",
        r"décidé de ne pas (?:retenir|donner suite|poursuivre|aller plus loin|vous proposer)",
        r"(?:retenu|choisi|sélectionné|privilégié|privilégier|orienté|orientés) (?:vers )?"
        r"(?:un autre|une autre|d'autres) (?:candidat|profil|candidature)",
        r"n'(?:a|ont|avons) (?:malheureusement )?pu (?:être )?(?:retenue?|donner suite)",
        r"(?:votre|ta) candidature ne (?:peut|pourra|pourrait) (?:malheureusement )?(?:pas )?"
        r"être retenue",
        r"(?:retirer|retirons|annuler|annulons) (?:notre|cette|l'|la) "
        r"(?:offre|proposition|promesse) d'(?:embauche|emploi)",
        r"(?:retirer|retirons|annuler|annulons) notre (?:offre|proposition|promesse)",
        r"(?:offre|proposition|promesse) d'(?:embauche|emploi) .{0,40}(?:retirée|annulée|caduque)",
        r"pourvu (?:en interne|par un autre|par une autre)",
        r"recrutement a été (?:clôturé|annulé)",
        r"(?:regrettons|regrette) de (?:vous|te) (?:informer|annoncer|faire part|dire)",
        r"avons le regret de",
        r"hélas.{0,80}(?:pas|plus|autre)",
        r"ne pas (?:poursuivre|continuer|aller plus loin) (?:avec votre|votre|le processus"
        r"|la procédure|avec vous)",
        r"(?:ne pouvons|ne pourrons) (?:malheureusement )?pas (?:y )?donner (?:une )?suite",
        r"(?:pas|ne pouvons pas|ne pourrons pas) (?:vous )?(?:convier|inviter|convoquer|recevoir) "
        r"(?:à|pour) (?:un|l'|votre) (?:\w+ )?entretien",
        r"ne (?:retiendrons|retenons) pas",
        r"(?:profils?|candidatures?|candidats?) (?:qui )?"
        r"(?:correspondant|correspondent|correspond) (?:davantage|mieux|plus)",
        r"(?:réponse|suite|avis) (?:négative|défavorable) (?:à|concernant) (?:votre|ta) "
        r"candidature",
        # More Spanish
        r"no (?:ha|has|han) (?:superado|pasado|avanzado) (?:a |al )?(?:la|el) (?:siguiente|próxima"
        r"|proceso|fase|etapa|prueba|entrevista|filtro)",
        r"no (?:podemos|podremos|vamos a) (?:invitarte|invitarle|citarte|citarle|convocarte"
        r"|convocarle) a (?:una|la) (?:\w+ )?entrevista",
        r"(?:decidido|optado por) no (?:continuar|avanzar|seguir|contar|seleccionar)",
        r"no (?:continuarás|continuará|seguirás|seguirá|avanzarás|avanzará|pasarás|pasará) "
        r"(?:en|a|con|al)",
        r"no (?:vamos a|podemos|podremos) (?:seguir|avanzar|continuar) (?:adelante|avanzando"
        r"|contigo|con usted|con tu|con su)",
        r"no (?:se ajusta|encaja|se adecúa|se adecua) (?:del todo |completamente |exactamente )?"
        r"(?:a|con) (?:lo que|los requisitos|las necesidades|nuestras|el perfil)",
        r"(?:lamentamos|sentimos|lamento|siento) (?:decirte|decirle)",
        r"(?:desgraciadamente|tristemente).{0,80}(?:no|otro|otra|otros)",
        r"(?:retirar|retiramos|anular|anulamos|cancelar|cancelamos|rescindir) (?:la|nuestra|esta) "
        r"oferta",
        r"(?:retirar|retiramos|anular|anulamos|rescindir) nuestra propuesta",
        r"(?:oferta|propuesta)(?: de (?:trabajo|empleo))? (?:ha sido|queda|fue) "
        r"(?:retirada|anulada|cancelada|sin efecto)",
        r"(?:seleccionado|elegido|escogido|decantado por|contratado|quedado con) "
        r"(?:a )?otra persona",
        r"no (?:has|ha) resultado (?:seleccionad|elegid)",
        r"(?:candidatura|solicitud|perfil) .{0,30}descartad",
        r"no ha (?:podido )?prosperar|no ha prosperado",
        r"(?:respuesta|resolución) (?:negativa|desfavorable) (?:a|sobre|respecto a) (?:tu|su) "
        r"(?:candidatura|solicitud)",
        # More Dutch
        r"(?:bent|ben|is|zijn) (?:helaas )?niet (?:geselecteerd|uitgenodigd|doorgegaan)",
        r"(?:hebben|heeft) (?:we |wij )?(?:je|jou|u) (?:helaas )?niet (?:geselecteerd|uitgenodigd)",
        r"(?:sollicitatie|kandidatuur|aanmelding) .{0,30}(?:is |wordt )?afgewezen",
        r"(?:moeten|moet) (?:we|wij|ik) (?:je|jou|u) (?:helaas )?afwijzen",
        r"(?:is|was|zien) (?:helaas )?(?:geen|niet de) (?:goede |juiste |perfecte )?(?:match|fit)",
        r"sluit(?:en)? (?:helaas )?(?:niet|onvoldoende) (?:goed |voldoende |helemaal )?aan",
        r"(?:gaan|zullen|kunnen) (?:we|wij) (?:helaas )?niet (?:verder|door) met (?:je|jou|u)",
        r"niet (?:verder|door) in (?:de|het) (?:procedure|proces|selectieproces"
        r"|sollicitatieprocedure)",
        r"(?:aanbod|arbeidsovereenkomst|contractaanbod|voorstel) .{0,40}"
        r"in(?: te)? (?:trekken|getrokken)",
        r"(?:aanbod|voorstel) .{0,30}ingetrokken",
        r"(?:aanbod|voorstel) .{0,40}(?:terug te trekken|terugtrekken|teruggetrokken|terug te nemen"
        r"|terugnemen|teruggenomen)",
        r"trekken (?:we|wij) (?:ons|het|dit) (?:\w+)?(?:aanbod|voorstel) .{0,20}terug",
        r"trekken (?:we|wij) (?:ons|het|dit) (?:aanbod|voorstel) .{0,20}in",
        r"voor (?:een )?andere (?:kandida|sollicitant)",
        r"spijt (?:ons|me|mij) (?:je|jou|u) te (?:moeten )?(?:laten weten|melden|berichten"
        r"|informeren)",
        r"tot (?:onze|mijn) spijt",
        r"jammer genoeg.{0,80}(?:niet|geen|andere)",
        r"spijtig genoeg.{0,80}(?:niet|geen|andere)",
        r"(?:geen positief|een negatief|negatieve) (?:antwoord|bericht|besluit|reactie|uitslag)",
        r"niet met (?:je|jou|u) verder",
        r"niet (?:verder|door) met (?:je|jou|u) (?:in|naar)",
        r"aan (?:een )?andere (?:kandida|sollicitant)",
        r"andere kandida(?:at|ten) (?:gekozen )?(?:die|wiens|wier|met) .{0,40}(?:beter|meer) "
        r"(?:aansluit|past|passen|ervaring)",
        r"(?:profiel|ervaring|achtergrond) (?:past|sluit) (?:helaas )?niet",
        r"(?:positie|rol|baan|plek) is (?:inmiddels |al )?(?:ingevuld|vervuld|vergeven)",
        r"(?:vacature|functie|positie) is (?:inmiddels |helaas )?(?:komen te vervallen|geschrapt)",
        r"für (?:jemand|jemanden) (?:anderen|anders|anderes) entschieden",
        r"ne (?:donnerons|donnons) pas (?:de )?suite",
        r"pas pu (?:être )?retenue?",
        r"candidature (?:a été )?classée sans suite",
        # A test's score below the bar, no invitation to the next stage, the choice leaning
        # to someone else, the Dutch idiom for being left out.
        r"mindest(?:punktzahl|punkte|anforderung|wert)\w* (?:\w+ )?nicht erreicht",
        r"nicht (?:zur|zu der|in die|für die) (?:nächsten?|weiteren?|zweiten?|finalen?|letzten?) "
        r"\w*(?:runde|stufe|phase)",
        r"no (?:vas|va|van) a (?:continuar|seguir|avanzar|pasar)\b.{0,30}(?:proceso|fase|etapa"
        r"|siguiente|próxima|selección)",
        r"(?:inclin|decant)\w* por otr[oa]s? (?:de (?:los|las) )?(?:persona|candidat|perfil"
        r"|postulante|finalista)",
        r"(?:convocatoria|proceso|búsqueda|vacante) .{0,60}(?:ha sido|fue|queda|quedó) "
        r"(?:cancelad|suspendid|anulad)",
        r"no se (?:realizarán|harán|llevarán a cabo) las (?:etapas|fases) (?:restantes|siguientes)",
        r"ya (?:la|lo) (?:llenamos|cubrimos|ocupamos|cerramos|completamos)\b",
        r"buiten de boot",
        r"ya (?:hemos|habíamos|han) (?:cogido|contratado|elegido|encontrado|fichado|incorporado"
        r"|escogido) a (?:alguien|una|un|otra|otro)\b",
        r"(?:bent|ben|is|zijn) (?:\w+ )?niet geslaagd",
        # A portal's status line, and more plain ways: the selected person starting, going
        # on with other profiles, not able to count on the reader, the team complete, the
        # post given meanwhile, the reader not among those invited.
        r"(?:status|estado|statut|stand)\s*:\s*(?:rejected|not selected|unsuccessful|declined"
        r"|afgewezen|niet geselecteerd|descartad[ao]|rechazad[ao]|no seleccionad[ao]|abgelehnt"
        r"|absage|nicht berücksichtigt|refusée?|non retenue?)\b",
        r"la persona seleccionada (?:se incorpora|empieza|comienza|ya)",
        r"seguir adelante con (?:otros |otras )?(?:perfiles|candidat|personas)",
        r"no (?:vamos a poder|podremos|podemos|va a ser posible) contar (?:contigo|con usted"
        r"|con vos|con tu perfil|con su perfil)",
        r"(?:finalizado|cerrado|terminado) el proceso(?: de selección)? contigo",
        r"(?:behoort|behoor|hoort|hoor) (?:er )?(?:\w+ )?(?:\w+ )?niet (?:bij|tot de)",
        r"(?:stelle|position|stelle als [\w ]{1,30}) (?:ist|wurde) (?:mittlerweile|schon|nun|jetzt"
        r"|leider|zwischenzeitlich|bereits anderweitig|leider schon) (?:\w+ )?(?:besetzt|vergeben)",
        r"(?:schon|bereits|jetzt schon) mit [\w ]{1,40} besetzt",
        r"ne (?:pourra|pourrons|peut|pouvons|pourrai) pas (?:te|vous) (?:prendre|embaucher|engager"
        r"|recruter|retenir|garder)",
        r"(?:équipe|effectif) est (?:déjà )?(?:au )?complet",
        # Round 18b: the same, in the past tense and in other words.
        r"ya (?:cogimos|contratamos|elegimos|encontramos|fichamos|incorporamos|escogimos"
        r"|tomamos|conseguimos) a (?:alguien|una|un|otra|otro)\b",
        r"no (?:hemos podido|pudimos|podemos|podremos) (?:seleccionarte|seleccionarle"
        r"|seleccionarla|seleccionarlo|considerarte|considerarle)",
        r"(?:vacante|puesto|posición|plaza) .{0,30}(?:ya )?(?:fue|ha sido|está|quedó) ocupad",
        r"(?:on a|nous avons|j'ai) (?:déjà |finalement |entre-temps )?trouvé (?:quelqu'un"
        r"|une personne|la personne|le bon profil|notre candidat)",
        r"(?:bewerbung|sie|dich) aus dem (?:auswahl|bewerbungs)?verfahren (?:genommen"
        r"|herausgenommen)",
        r"einstellung (?:als [\w/ ]{1,40} )?(?:ist|wäre) (?:\w+ )?nicht möglich",
        # No post open for an open application, unless a "but" follows in the sentence
        # ("geen passende vacature, maar ik bespreek uw profiel met de teamleider").
        r"(?:haben|hat) (?:wir |derzeit |aktuell |momentan |leider )*keine (?:passende |offene "
        r"|freie )+(?:stelle|position|vakanz)" + NO_BUT,
        r"(?:hebben|heeft) (?:wij|we) (?:momenteel |op dit ogenblik |op dit moment |helaas )*"
        r"geen (?:openstaande |passende |vrije )+(?:vacature|functie|plaats|positie)" + NO_BUT,
        r"no (?:tenemos|contamos con|disponemos de) (?:\w+ )?(?:vacantes?|puestos?|posiciones?)"
        r" (?:\w+ )?(?:disponibles?|abiert[ao]s?|que (?:encaje|se ajuste|coincida))" + NO_BUT,
        r"n'(?:avons|a) pas (?:de |d'autre )?(?:poste|ouverture|besoin) (?:\w+ )?(?:ouvert"
        r"|disponible|correspondant|qui correspond)" + NO_BUT,
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
        r"(?:würden|möchten|wollen) (?:sie|dich) (?:sehr )?(?:gern|gerne) (?:[\w-]+ ){0,4}"
        r"(?:einstellen|anstellen)",
        r"(?:confirmamos|confirmarle|confirmarte|le confirmo|te confirmo) la oferta",
        r"(?:accepteer|accepteren|aanvaard|aanvaarden) (?:je|jouw|uw|het) aanbod",
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
        # More German
        r"uns für (?:sie|dich) (?:als [\w ]{1,40} )?entschieden",
        r"(?:wahl|entscheidung) (?:ist |fiel )?(?:auf sie|auf dich)",
        r"(?:ihnen|dir) (?:gerne |hiermit |heute )?(?:eine |die )?zusage",
        r"(?:sie|dich) als (?:neue kollegin|neuen kollegen|neues teammitglied|neuen mitarbeiter"
        r"|neue mitarbeiterin)",
        r"einstellungszusage|stellenzusage|jobzusage|angebotsschreiben",
        # More French
        r"(?:plaisir|heureux|heureuse|ravis|ravie|joie) de vous (?:proposer|offrir) (?:le poste"
        r"|ce poste|un poste|un contrat|un cdi|un cdd|de rejoindre)",
        r"(?:vous|te) (?:accueillir|compter parmi) (?:au sein de )?(?:nos équipes|notre équipe"
        r"|nos collaborateurs)",
        r"lettre d'(?:offre|engagement|embauche)",
        r"proposition (?:salariale|de rémunération)",
        r"(?:souhaitons|souhaiterions|aimerions|voulons|heureux de|ravis de) vous (?:recruter"
        r"|embaucher|engager)",
        # More Spanish
        r"ofrecer(?:te|le) (?:el |este |un |la |esta |una )?(?:puesto|posición|plaza|contrato)",
        r"(?:agrado|gusto|placer|complace|alegra|encanta) (?:de )?ofrecer(?:te|le|les)\b",
        r"(?:has|ha) sido (?:seleccionad|elegid)[oa] para (?:el puesto|la posición|la vacante"
        r"|ocupar|incorporarte|cubrir)",
        r"propuesta (?:económica|salarial|de contratación|de incorporación|laboral)",
        r"carta(?:-| )oferta",
        r"(?:queremos|nos encantaría|deseamos) (?:contratarte|contratarle|ficharte|incorporarte)",
        # More Dutch
        r"bieden (?:we |wij )?(?:je|jou|u) (?:graag |hierbij )?(?:de|een|deze) (?:functie|baan"
        r"|positie|arbeidsovereenkomst|aanstelling)",
        r"(?:je|jij|u) bent aangenomen",
        r"arbeidsvoorwaardenvoorstel (?:voor je|voor u|doen|sturen|toe|in de bijlage|bijgevoegd)",
        r"(?:bijgevoegd|in de bijlage|hierbij) .{0,30}arbeidsvoorwaardenvoorstel",
        r"aanbiedingsbrief|aanstellingsbrief",
        r"(?:willen|zouden) (?:we |wij )?(?:je|jou|u) graag (?:aannemen|in dienst nemen)",
        r"(?:keuze|voorkeur) (?:is )?(?:op|naar) (?:jou|u) (?:gevallen|uitgaat)",
        r"(?:hebben|heeft) (?:we |wij )?(?:voor jou|voor u) gekozen",
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
        r"(?:uitnodiging|oproeping|oproep)\b.{0,40}computergestuurde (?:proef|test|casus"
        r"|screening)",
        r"(?:aufgabe|test) (?:für zu hause|bearbeiten|durchführen)",
        # German: tests, and one-way recorded video interviews
        r"zeitversetzt",
        r"aufgezeichnete[sn]? (?:video|interview)",
        r"antworten .{0,30}(?:aufzeichnen|aufnehmen)",
        r"eignungstest|einstellungstest|persönlichkeitstest|logiktest|onlinetest",
        # An invitation to a written or practical test, a personality questionnaire.
        r"(?:uitnodiging|oproep|oproeping|invitation|invited|convocation|convoqué|einladung"
        r"|eingeladen|convocatoria|citación|convocad)\w*\b.{0,40}(?:schriftelijke proef"
        r"|schriftelijk examen|praktijkproef|written (?:test|exam)\b|épreuve écrite"
        r"|prueba escrita|examen escrito|schriftliche prüfung|schriftlichen test)",
        r"persönlichkeitsfragebogen|persönlichkeitsinventar|questionnaire de personnalité"
        r"|cuestionario de personalidad|persoonlijkheidsvragenlijst",
        # A translator's trial piece, in each language.
        r"probeübersetzung|testübersetzung|traduction (?:d'essai|test)|test de traduction"
        r"|traducción de prueba|prueba de traducción|proefvertaling|vertaaltoets"
        r"|(?:test|trial|sample) translation",
        r"probeaufgabe|arbeitsprobe|testaufgabe|programmieraufgabe|coding-challenge",
        r"fallstudie (?:zu )?(?:bearbeiten|lösen)",
        # French
        r"tests? (?:psychotechniques?|de personnalité|de logique|d'aptitude|de raisonnement"
        r"|de niveau)",
        r"(?:entretien|interview) vidéo (?:différé|enregistré|asynchrone|préenregistré)",
        r"vidéo (?:différée|enregistrée|asynchrone)",
        r"(?:enregistrer|enregistrez|enregistrerez) (?:vos|tes) réponses",
        r"exercice (?:technique|pratique|à domicile|à réaliser)",
        r"(?:réaliser|compléter|passer|effectuer) (?:un|le|votre|ce|notre) (?:court |petit )?"
        r"(?:test (?:technique|en ligne|d'évaluation)|exercice|cas pratique|étude de cas)",
        # Spanish
        r"pruebas? psicotécnic",
        r"(?:prueba|test) de (?:nivel|personalidad|aptitud|inglés|lógica|razonamiento"
        r"|conocimientos)",
        r"(?:entrevista|vídeo|video) (?:en diferido|grabad|pregrabad|asíncron)",
        r"grab(?:ar|a|es|arás) (?:tus|sus) respuestas",
        r"(?:realizar|completar|resolver) (?:una|la|un|el) (?:breve |pequeña |pequeño )?"
        r"(?:prueba (?:técnica|práctica|online|en línea)|test|ejercicio|caso práctico"
        r"|reto técnico)",
        r"(?:reto|desafío) (?:técnico|de programación|de código)",
        # Dutch
        r"capaciteitentest|persoonlijkheidstest|persoonlijkheidsvragenlijst|proefopdracht",
        r"online (?:assessment|test|toets)",
        r"(?:video-?interview|video) (?:opnemen|inspreken|op te nemen)",
        r"(?:opgenomen|eenzijdig|eenzijdige|asynchrone?) (?:video|interview|sollicitatie)",
        r"(?:antwoorden|video) (?:op te nemen|opnemen)",
        r"technische (?:opdracht|test|toets|case)",
        r"case (?:uit te werken|uitwerken)",
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
        # More German
        r"zum (?:\w+ )?(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|interview"
        r"|gespräch|kennenlernen) (?:ein|einladen)",
        r"zu einem (?:\w+ )?(?:kennenlernen|interview|telefonat|videocall|video-call) "
        r"(?:ein|einladen)",
        r"(?:termin|terminvorschläge?) für (?:ein|das|unser|ihr|dein) (?:\w+ )?(?:gespräch"
        r"|vorstellungsgespräch|interview|telefonat|kennenlernen)",
        r"bestätigung (?:ihres|deines|des) (?:\w+ )?(?:vorstellungsgesprächs|bewerbungsgesprächs"
        r"|gesprächs|interviews)",
        r"(?:zur|in die) (?:zweiten|nächsten|finalen) (?:gesprächsrunde|runde)",
        # More French
        r"(?:convocation|invitation) (?:à|pour) (?:un|l'|votre) (?:\w+ )?entretien",
        r"(?:convions|invitons|convoquer|convoquons) à (?:un|l'|votre) (?:\w+ )?entretien",
        r"(?:programmer|planifier|organiser|fixer|caler) (?:un|l'|votre|notre) (?:premier |second "
        r"|deuxième |prochain )?entretien(?! (?:de |du |des |annuel|individuel|d'évaluation"
        r"|professionnel))",
        r"votre entretien (?:est confirmé|aura lieu|est prévu|est programmé|est fixé)",
        r"entretien (?:est )?(?:confirmé|prévu|programmé|fixé) (?:le|pour|au|à)",
        r"(?:vos|tes) disponibilités pour (?:un|l'|votre|notre|cet) (?:\w+ )?(?:entretien"
        r"|échange)",
        r"(?:retenue?|sélectionnée?) pour (?:un|le|l') (?:\w+ )?entretien",
        # More Spanish
        r"(?:invitarte|invitarle|citarte|citarle|convocarte|convocarle) a (?:una|la|tu|su) "
        r"(?:\w+ )?entrevista",
        r"(?:agendar|programar|concertar|coordinar|fijar|organizar) (?:una|la|tu|su) (?:\w+ )?"
        r"entrevista",
        r"(?:tu|su) entrevista (?:está confirmada|queda confirmada|será|es el|tendrá lugar)",
        r"entrevista (?:confirmada|programada|agendada)",
        r"(?:tu|su) disponibilidad para (?:una|la|un|el) (?:\w+ )?(?:entrevista|llamada"
        r"|videollamada|reunión)",
        # More Dutch
        r"(?:sollicitatiegesprek|kennismakingsgesprek|eerste gesprek|tweede gesprek"
        r"|vervolggesprek|selectiegesprek) (?:is )?(?:bevestigd|ingepland|gepland)",
        r"(?:inplannen|plannen|inroosteren) van (?:een|het|je|jouw|uw) (?:kennismakings"
        r"|sollicitatie|selectie|vervolg|tweede |eerste )?(?:gesprek|interview)",
        r"(?:een|het) (?:kennismakings|sollicitatie|selectie|vervolg|tweede |eerste )?gesprek "
        r"(?:in te plannen|te plannen|inplannen)",
        r"(?:je|jouw|uw) beschikbaarheid (?:voor|om) (?:een|het) (?:kennismakings|sollicitatie"
        r"|selectie|vervolg|tweede |eerste )?(?:gesprek|interview)",
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
        # More German
        r"(?:haben|hat) (?:ihre|deine) (?:bewerbung|unterlagen|bewerbungsunterlagen) (?:gut "
        r"|erfolgreich |vollständig )?erhalten",
        r"bewerbung (?:ist |wurde )?(?:gut |erfolgreich )?(?:bei uns )?angekommen",
        r"eingangsbestätigung",
        r"bestätigen (?:hiermit )?den eingang (?:ihrer|deiner) (?:bewerbung|unterlagen)",
        # More French
        r"(?:accusons|accuse) (?:bonne )?réception de (?:votre|ta) (?:candidature|cv|dossier)",
        r"accusé de réception (?:de |pour )?(?:votre|ta) candidature",
        r"(?:votre|ta) candidature (?:a bien été|a été|est bien) (?:reçue|enregistrée|transmise"
        r"|prise en compte)",
        r"(?:avons|a) bien reçu (?:votre|ta) (?:candidature|cv|dossier)",
        r"(?:ta|votre) candidature (?:est )?en cours (?:d'examen|d'étude|de traitement)",
        # More Spanish
        r"hemos recibido (?:correctamente |con éxito )?(?:tu|su) (?:candidatura|postulación"
        r"|solicitud|cv|currículum)",
        r"(?:tu|su) (?:candidatura|postulación|solicitud) (?:ha sido |se ha |fue )(?:recibida"
        r"|registrada|enviada|registrado|enviado)",
        r"confirmamos (?:la )?recepción de (?:tu|su) (?:candidatura|cv|solicitud|currículum)",
        r"(?:tu|su) (?:candidatura|postulación) (?:está )?en (?:revisión|proceso de revisión)",
        # More Dutch
        r"(?:je|jouw|uw) (?:sollicitatie|reactie|aanmelding) (?:op (?:de|onze) vacature )?(?:is )?"
        r"(?:in goede orde|goed|succesvol|correct) (?:ontvangen|binnengekomen|aangekomen)",
        r"(?:wij|we) hebben (?:je|jouw|uw) (?:sollicitatie|cv|reactie|aanmelding) (?:in goede orde "
        r"|goed )?ontvangen",
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
        # German
        r"(?:ihr|dein) profil (?:ist mir|hat mich|hat uns) .{0,30}(?:aufgefallen|angesprochen"
        r"|überzeugt)",
        r"auf (?:ihr|dein) (?:\w+-)?profil (?:gestoßen|aufmerksam)",
        r"offen für (?:eine )?(?:neue|neuen) (?:herausforderung|position|stelle|job|möglichkeit)",
        r"unverbindliche[sn]? (?:austausch|telefonat|gespräch|kennenlernen)",
        r"im auftrag (?:eines|unseres|meines) (?:\w+ )?(?:kunden|mandanten)",
        r"(?:ich bin|wir sind) (?:\w+ )?(?:recruiter|personalberater|headhunter)",
        # French
        r"(?:votre|ton) profil m'a",
        r"(?:tombée?|tombé) sur (?:votre|ton) profil",
        r"(?:ouverte?) à (?:de nouvelles|une nouvelle) (?:opportunités|opportunité|aventure"
        r"|perspective)",
        r"pour le compte (?:d'un|de notre|d'une) (?:de nos )?(?:client|cliente)",
        r"(?:je suis|en tant que) (?:\w+ )?(?:recruteur|recruteuse|chasseur|chasseuse)",
        # Spanish
        r"(?:vi|he visto|encontré|me encontré con|di con) (?:tu|su) perfil",
        r"(?:tu|su) perfil me ha llamado la atención",
        r"(?:abierto|abierta) a (?:nuevas|una nueva) (?:oportunidades|oportunidad|retos|reto)",
        r"búsqueda confidencial",
        r"(?:soy|somos) (?:\w+ )?(?:reclutador|reclutadora|headhunter|recruiter|cazatalentos)",
        # Dutch
        r"(?:je|jouw|uw) (?:linkedin-?)?profiel (?:viel me|sprong|kwam ik)",
        r"(?:kwam|stuitte) (?:ik )?(?:op )?(?:je|jouw|uw) profiel",
        r"open (?:voor|staan voor) (?:een )?(?:nieuwe|andere) (?:uitdaging|baan|functie|stap|kans)",
        r"namens (?:een|mijn|onze) (?:\w+ )?(?:klant|opdrachtgever)",
        r"vertrouwelijke (?:zoektocht|opdracht|search)",
        r"(?:ik ben|ik werk als) (?:\w+ )?(?:recruiter|intercedent|headhunter)",
        r"vrijblijvend (?:kennismaken|gesprek|kennismakingsgesprek|(?:\w+ )?bellen|sparren)",
    ),
)

OFFER_WITHDRAWN = next(r for r in REJECTION_RULES if r.name == "offer withdrawn")

# Checked in this order: the most specific news first. "Unfortunately" after "thank you
# for applying" is a rejection, not a receipt; "offer the role to another" is a rejection.
# Native speakers' ways of saying no (classify/no_phrases.py), found in one pass: a hit
# counts as the rule above for the other four languages.
NATIVE_NO = terms("|".join(NATIVE_NO_PHRASES))

# "Unfortunately we cannot reply to every applicant in person": a receipt's apology for not
# writing to each one, in each language NextYes reads. It carries the words of a "no"
# ("helaas ... niet", "leider ... kein") but is none, so a rejection phrase is looked for
# without it; a real "no" says so in a sentence of its own.
NO_REPLY_TO_EACH = re.compile(
    r"(?:unfortunately|leider|malheureusement|lamentablemente|desafortunadamente|helaas)"
    r"[^.!?]{0,40}?\b(?:not|cannot|can't|unable|nicht|keine?|pas|no|niet|geen)\b[^.!?]{0,25}?"
    r"\b(?:every|each|individual\w*|personal\w*|jede[mnr]?|individuell\w*|persönlich\w*"
    r"|chaque|individuel\w*|personnalis\w*|cada|personalizad\w*|iedere?|elke"
    r"|persoonlijk\w*|individue\w*)\b[^.!?]*"
)

# "Questionnaires not completed cannot be considered": a reminder's condition, not a "no"
# (fr: "passé ce délai, nous ne pourrons pas poursuivre"), looked past the same way.
UNLESS_DONE = re.compile(
    r"(?:nicht abgeschlossene|unvollständige|nicht fristgerecht|if you do not complete"
    r"|if you don't complete|if not completed|incomplete (?:tests?|assessments?)"
    r"|passé ce délai|si vous ne (?:complétez|finalisez|terminez)|si no (?:completas|completa"
    r"|finalizas|finaliza|realizas|realiza)|als (?:je|u) (?:de|het) \w+ niet (?:afrondt"
    r"|voltooit|maakt))[^.!?]*"
)

# Little words a writer drops into the middle of a "no" ("nous ne poursuivrons donc pas",
# "je bent daarom niet geslaagd", "no vas a continuar, por tanto, en..."): a rejection
# phrase is looked for once more without them, so each phrase need not be listed with every
# adverb that can break it up. Only a second look: "unfortunately ... not" keeps its word.
FILLERS = re.compile(
    r"(?<=\w),? (?:therefore|thus|unfortunately|sadly|regrettably|ultimately|at this time"
    r"|leider|daher|deshalb|somit|also|folglich|dementsprechend|diesmal|jedoch|nun|doch"
    r"|bedauerlicherweise|donc|malheureusement|hélas|toutefois|cependant|finalement|ainsi"
    r"|par conséquent|cette fois(?:-ci)?|pour le moment|lamentablemente|desafortunadamente"
    r"|finalmente|entonces|por tanto|por lo tanto|esta vez|en esta ocasión|por ahora"
    r"|por el momento|helaas|daarom|dus|deze keer|dit keer|jammer genoeg|spijtig genoeg"
    r"|uiteindelijk|toch|nu)\b,?(?= )"
)


def said_no(text: str) -> "RuleHit | None":
    """The first rejection rule the text meets, or a native speaker's phrase for a no."""
    found = next((r.hit for r in REJECTION_RULES if r.matches(text)), None)
    return found or (NATIVE_NO_HIT if NATIVE_NO.found(text) else None)


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
    forwarded: bool = False  # its subject says it is a forward: whose news it is is unsure
    withdrawing: bool = False  # the applicant's own words, withdrawing

    @property
    def unknown_language(self) -> bool:
        """Enough text to tell, in none of the languages NextYes reads."""
        return self.language == OTHER


NOT_JOB_MAIL = Signals(False, None, False, False, False)
NATIVE_NO_HIT = next(r.hit for r in REJECTION_RULES if r.name == OTHER_LANGUAGE_REJECTION)
ABOUT_SOMETHING_ELSE = RuleHit(Label.OTHER, 0.8, "about something other than a job")
SENT_TO_MANY = RuleHit(Label.OTHER, 0.8, "an alert or a newsletter")
SOMEONE_ELSES_HIRING = RuleHit(Label.OTHER, 0.8, "someone else's hiring")
PASSED_ON = RuleHit(Label.OTHER, 0.8, "the sender's own news, passed on to you")
OWN_WITHDRAWAL = RuleHit(Label.OTHER, 0.8, "your own withdrawal")
AT_ONES_OWN_WORK = RuleHit(Label.OTHER, 0.8, "a meeting at your own work")
YOUR_JOB_ENDING = RuleHit(Label.OTHER, 0.8, "your current job ending, not an application")
AT_THE_JOB_CENTRE = RuleHit(Label.OTHER, 0.8, "an appointment with the job centre")
RECEIPT_WITH_DEADLINE = RuleHit(Label.APPLICATION_RECEIVED, 0.7, "receipt with a deadline")
TEST_PLATFORM = RuleHit(Label.ASSESSMENT, 0.8, "sent by a test platform")


def sender_is(domain: str, domains: tuple[str, ...]) -> bool:
    """Is `domain` one of `domains` or a sub-domain of one (acme.greenhouse.io)?"""
    return domain in domains or domain.endswith(_dotted(domains))


@cache
def _dotted(domains: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("." + d for d in domains)


# Every list read_signals asks about, and the concept tokens the model reads, found in one
# pass over the text (classify/words.py): far cheaper than a pass per list.
LISTS = WordLists(
    {
        "job": JOB_WORDS,
        "hedged": HEDGED,
        "withdrawing": WITHDRAWING,
        "bulk": BULK,
        "profile_views": PROFILE_VIEWS,
        "not_hiring": NOT_HIRING,
        "strong_job": STRONG_JOB,
        "public_hiring": PUBLIC_HIRING_WORDS,
        "not_mine": NOT_MINE,
        "job_context": JOB_CONTEXT,
        "conditional_no": CONDITIONAL_NO,
        "own_work": OWN_WORK,
        "redundancy": REDUNDANCY,
        "exit_interview": EXIT_INTERVIEW,
        "hiring_process": HIRING_PROCESS,
        **dict(CONCEPTS),
    }
)
CONCEPT_TOKENS = tuple(token for token, _ in CONCEPTS)


@lru_cache(maxsize=8)  # the rules, then the model's text, read the same message
def lists_in(text: str) -> frozenset[str]:
    """The names of the lists (and the concept tokens) with a word in a lower-cased text."""
    return LISTS.scan(text)


def concept_tokens(text: str) -> list[str]:
    """The concept tokens (classify/concepts.py) of a lower-cased text, in a fixed order."""
    found = lists_in(text)
    return [token for token in CONCEPT_TOKENS if token in found]


def read_signals(message: Prepared, linked: bool = False) -> Signals:
    """`linked`: read in full even without a job-search word (the sender writes about one of
    the person's applications); `job_words` still says whether there was one."""
    text = message.fresh
    ats = sender_is(message.domain, ATS_DOMAINS)
    assessing = sender_is(message.domain, ASSESSMENT_DOMAINS)
    # Most of a mailbox has no job word: one quick search settles it before the full scan.
    words = bool(
        ats
        or assessing
        or JOB_WORDS.found(text)
        or SUBJECT_JOB_WORDS.found(message.subject)
        or POST_NAMES.found(message.subject)
        or HIRING_ADDRESS.match(message.address)
        or AGENCY_SENDER.found(f"{message.display} {message.domain}")
    )
    if not (words or linked):
        return NOT_JOB_MAIL
    found = lists_in(text)
    hedged = "hedged" in found
    language = language_of(text)
    forwarded = message.forwarded
    withdrawing = "withdrawing" in found
    # A text or voicemail forwarded by a phone app is one person's words, whatever the
    # app's footer says about unsubscribing.
    counted = not ats and (
        "profile_views" in found
        or ("zzc_profile" in found and bool(PROFILE_VIEW_COUNT.search(text)))
    )
    bulk = counted or (not ats and "bulk" in found and not PHONE_FORWARD.found(message.subject))
    # A public competition's "admission", jury and results are stages of hiring, not of a
    # degree: with its own words there, they do not mark the message as about something else.
    elsewhere = not (ats or assessing) and "not_hiring" in found and "public_hiring" not in found
    # A flat named in the subject settles it, whatever job words the letting agent borrows
    # ("votre candidature pour l'appartement T2 n'a pas été retenue").
    housing = elsewhere and RENTAL_SUBJECT.found(message.subject)
    if (bulk or elsewhere) and not assessing and ("strong_job" not in found or counted or housing):
        # Alerts and newsletters are settled by the rule; a decision about a degree or a
        # flat is read by the model too (classifier.py guard_elsewhere).
        elsewhere_hit = SENT_TO_MANY if bulk else ABOUT_SOMETHING_ELSE
        return Signals(words, elsewhere_hit, hedged, True, False, language, forwarded,
                       withdrawing)  # fmt: skip
    # With hiring words too, a degree or flat word ("a place on the graduate scheme") is
    # not trusted; a newsletter stays a newsletter.
    not_hiring = bulk or elsewhere
    if message.passed_on:  # a friend's "no", forwarded for advice
        return Signals(words, PASSED_ON, hedged, True, False, language, forwarded, withdrawing)
    if not (ats or assessing) and "not_mine" in found:
        return Signals(words, SOMEONE_ELSES_HIRING, hedged, True, False, language, forwarded,
                       withdrawing)  # fmt: skip
    hit = TEST_PLATFORM if assessing else None
    # An offer taken back is a "no" in any job mail: such letters talk of the offer, the
    # checks and the start date, seldom of "your application".
    news = message.news
    if not bulk and "strong_job" in found and OFFER_WITHDRAWN.matches(news):
        hit = OFFER_WITHDRAWN.hit
    elif not bulk and (ats or "job_context" in found or POST_NAMES.found(message.subject)):
        if "conditional_no" in found:
            hit = hit or RECEIPT_WITH_DEADLINE
        else:
            said = UNLESS_DONE.sub(" ", NO_REPLY_TO_EACH.sub(" ", news))
            plain = FILLERS.sub("", said)
            hit = said_no(said) or (said_no(plain) if plain != said else None) or hit
    if hit is None and not bulk:
        hit = next((r.hit for r in ORDERED[len(REJECTION_RULES) :] if r.matches(news)), None)
    # The applicant's own words withdrawing (their sent mail): the "unfortunately ... not"
    # in it is theirs, so it is no "no" from an employer at all.
    if withdrawing and (
        hit is None or (hit.label == Label.REJECTION and hit != OFFER_WITHDRAWN.hit)
    ):
        hit = OWN_WITHDRAWAL
    if "redundancy" in found and (
        hit is None or (hit.label == Label.REJECTION and hit != OFFER_WITHDRAWN.hit)
    ):
        hit = YOUR_JOB_ENDING
    own_work = not (ats or assessing) and "own_work" in found
    if hit is None and own_work and "hiring_process" not in found:
        hit = AT_ONES_OWN_WORK
    if hit is not None and hit.label == Label.INTERVIEW and "exit_interview" in found:
        hit = AT_ONES_OWN_WORK
    # Its invitations only: it also passes on employers' receipts from its own job board.
    if (
        hit is not None
        and hit.label == Label.INTERVIEW
        and JOB_CENTRE.found(f"{message.display} {message.domain}")
        and not EMPLOYERS_INTERVIEW.found(message.subject.lower())
    ):
        hit = AT_THE_JOB_CENTRE
    return Signals(words, hit, hedged, not_hiring, ats or assessing, language, forwarded,
                   withdrawing)  # fmt: skip
