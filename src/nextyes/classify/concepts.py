# ruff: noqa: E501  (one concept per entry, its words in five languages on a few long lines)
"""Ideas that mean the same in every language NextYes reads, as tokens for the model.

The model learns from far more English mail than German, French, Spanish or Dutch. A word
like "leider" or "helaas" is rare in its training data, but the idea behind it
("unfortunately") is everywhere in English rejections. Each concept below lists how the five
languages write one idea; a message that contains any of them gets the concept's token
(`zzc_unfortunately`), and what the model learns of the token from English mail carries
over to the other languages. Words are the lists' own, written for this purpose; they are
found together with the rules' own lists in one pass (classify/rules.py `lists_in`)."""

from nextyes.classify.public_hiring import PUBLIC_HIRING
from nextyes.classify.words import Terms, terms

# (token, word parts found anywhere, whole words). Parts are lower case; the text is too.
CONCEPTS: tuple[tuple[str, Terms], ...] = tuple(
    (f"zzc_{name}", terms(parts, words))
    for name, parts, words in (
        # How news is broken
        ("unfortunately", "unfortunately|sadly|regrettably|leider|malheureusement|hélas|lamentablemente|desafortunadamente|por desgracia|desgraciadamente|helaas|jammer genoeg|spijtig genoeg", ""),
        ("regret", "we regret|i regret|sorry to|bedauer|au regret|regrettons|désolé|lamentamos|sentimos comunicar|sentimos informar|lo siento|het spijt|spijt ons", ""),
        ("othercandidates", "other candidate|another candidate|other applicant|candidates whose|someone else|anderen bewerber|andere bewerber|anderen kandidat|andere kandidat|andere person|autre candidat|autres candidat|autre profil|autres profils|une autre personne|otro candidato|otros candidatos|otra candidata|otras candidatas|otro perfil|otros perfiles|otra persona|andere kandidaat|andere kandidaten|ander profiel|iemand anders", ""),
        ("notselected", "not been selected|not selected|unsuccessful|not successful|not shortlisted|nicht berücksichtig|nicht ausgewählt|nicht in die engere|pas été retenu|pas retenu|non retenu|pas été sélectionné|no ha sido seleccionad|no has sido seleccionad|no hemos seleccionado|no seleccionad|niet geselecteerd|niet gekozen|niet uitgekozen", ""),
        ("notproceed", "not move forward|not moving forward|not proceed|not progress|no longer|won't be taking|not be taking|nicht weiter|nicht fortsetzen|keine weitere|ne pas donner suite|pas donner suite|ne pourrons pas|ne pouvons pas|no seguir|no continuar|no podemos continuar|no avanzar|niet verder|niet door|geen vervolg", ""),
        ("decision", "decision|decided|entscheidung|entschieden|décision|décidé|decisión|decidido|hemos optado|besluit|besloten|beslissing", ""),
        ("future", "future opportunit|keep your cv|keep your details|talent pool|on file|zukünftig|künftig|talentpool|bewerberpool|in evidenz|à l'avenir|futures opportunités|vivier|prochaines opportunités|futuras oportunidades|futuros procesos|bolsa de|base de datos|en el futuro|toekomst|talentenpool|in de toekomst", ""),
        ("withdrawn", "withdrawn|cancelled|canceled|no longer available|budget|zurückgezogen|gestrichen|storniert|entfällt|annulé|annulée|retiré|supprimé|cancelad|retirad|anulad|ingetrokken|geannuleerd|vervallen|geschrapt", ""),
        ("filled", "been filled|filled the|filled internally|besetzt|vergeben|pourvu|cubierto|cubierta|ingevuld|vervuld", ""),
        ("thanksinterest", "interest in|interesse an|interesse für|intérêt pour|intérêt que|interés en|interés por|interés que|interesse in|interesse voor", ""),
        ("congrats", "congratulations|congrats|glückwunsch|gratulier|félicitations|enhorabuena|felicidades|felicitaciones|gefeliciteerd|proficiat", ""),
        ("pleased", "pleased to|delighted to|happy to|thrilled to|freuen uns|freue mich|ravis de|heureux de|heureuse de|plaisir de|nos complace|encantados de|nos alegra|con mucho gusto|blij je|verheugd|met plezier", ""),
        # Progress and meetings
        ("nextround", "next round|next stage|next step|second round|final round|nächste runde|nächsten schritt|nächste phase|zweite runde|prochaine étape|étape suivante|second entretien|deuxième tour|siguiente fase|siguiente paso|próxima fase|segunda entrevista|segunda ronda|volgende ronde|volgende stap|tweede gesprek|tweede ronde", ""),
        ("interview", "interview|vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|entretien|entrevista|sollicitatiegesprek|kennismakingsgesprek|gesprek", ""),
        ("invite", "invite|invitation|einlad|laden sie|laden dich|inviter|invitons|invitar|invitamos|invitación|convoc|uitnodig|nodigen", ""),
        ("meet", "meet you|meeting you|get to know you|kennenlernen|kennen lernen|vous rencontrer|te rencontrer|faire connaissance|conocerte|conocerle|conocernos|kennismaken|ontmoeten|leren kennen", ""),
        ("schedule", "schedule|time slot|your availability|calendar|gesprächstermin|terminvorschl|einen termin|ihren termin|deinen termin|termine|uhrzeit|créneau|rendez-vous|disponibilités|disponibilidad|horario|franja|afspraak|tijdslot|beschikbaarheid", "slot slots cita"),
        ("videocall", "zoom|google meet|video call|videocall|video-call|microsoft teams|videoanruf|videokonferenz|visio|videollamada|videoconferencia|videogesprek|beeldbellen", ""),
        ("onsite", "reception|front desk|parking|bring your id|empfang|parkplatz|pforte|accueil|se présenter|recepción|aparcamiento|receptie|parkeer|melden bij", ""),
        ("phonecall", "phone call|quick call|short call|a call|telefonat|anruf|telefonisch|appel téléphonique|un appel|llamada|telefonisch|belletje|telefoongesprek", ""),
        # Offers and starting
        ("offer", "offer you|offer of employment|offer letter|job offer|your offer|vertragsangebot|stellenangebot an|ein angebot|zusage|offre d'emploi|proposition d'embauche|promesse d'embauche|proposition de poste|oferta de empleo|oferta de trabajo|carta de oferta|oferta formal|propuesta de incorporación|aanbod|arbeidsvoorwaarden|contractvoorstel", ""),
        ("contract", "contract|vertrag|contrat|contrato|overeenkomst", ""),
        ("startdate", "start date|first day|starting date|eintrittsdatum|ersten arbeitstag|starttermin|arbeitsbeginn|date de démarrage|prise de poste|premier jour|date d'arrivée|fecha de incorporación|primer día|incorporación|fecha de inicio|startdatum|eerste werkdag|ingangsdatum", ""),
        ("salary", "salary|compensation|gehalt|vergütung|jahresbrutto|salaire|rémunération|brut annuel|salario|sueldo|retribución|bruto anual|salaris|bruto per|jaarsalaris", ""),
        ("welcome", "welcome aboard|welcome to the team|join the team|join our team|on board|an bord|willkommen im team|im team begrüßen|rejoindre l'équipe|bienvenue dans l'équipe|nous rejoindre|unirte al equipo|bienvenid|formar parte del equipo|welkom in het team|welkom aan boord|ons team komen versterken", ""),
        # Receipts
        ("received", "received your|have received|has been received|erhalten|eingegangen|angekommen|bien reçu|avons reçu|a été reçue|hemos recibido|ha sido recibid|ontvangen", ""),
        ("willreview", "will review|are reviewing|will be reviewed|carefully review|prüfen|sichten|geprüft|étudier|étudierons|examiner|examinée|revisar|revisaremos|analizar|analizaremos|bekijken|beoordelen|beoordeeld", ""),
        ("willcontact", "be in touch|get back to you|contact you|hear from us|melden uns|bei ihnen melden|bei dir melden|reviendrons vers vous|vous recontacter|nous contacterons|reviendrons vers toi|nos pondremos en contacto|contactaremos|nos comunicaremos|nemen contact|laten we je weten|hoor je van ons|hoort u van ons", ""),
        # Tests
        ("test", "assessment|case study|take-home|coding challenge|exercise|aufgabe|fallstudie|testverfahren|eignungstest|exercice|étude de cas|cas pratique|mise en situation|prueba|ejercicio|caso práctico|opdracht|casus|toets|assessment", "test tests"),
        ("recorded", "record your|recorded video|one-way|pre-recorded|aufzeichn|aufgezeichnet|vidéo différé|enregistrer vos|enregistrées|grabar|grabación|grabadas|opnemen|opgenomen", ""),
        ("deadline", "deadline|within 48|within 72|within 5|within five|within seven|within 7|by the end of|frist|bis zum|spätestens|date limite|avant le|au plus tard|fecha límite|plazo|antes del|a más tardar|uiterlijk|vóór", ""),
        # Approaches
        ("profile", "your profile|your background|your experience|your linkedin|ihr profil|dein profil|ihren werdegang|deinen werdegang|votre profil|ton profil|votre parcours|ton parcours|tu perfil|su perfil|tu experiencia|tu trayectoria|je profiel|uw profiel|jouw profiel|je achtergrond|je ervaring", ""),
        ("opportunity", "opportunit|gelegenheit|spannende position|spannende stelle|opportunité|poste à pourvoir|oportunidad|kans|mogelijkheid|uitdaging", ""),
        ("recruiter", "recruiter|headhunter|executive search|personalberat|chasseur de têtes|cabinet de recrutement|reclutador|cazatalentos|consultora de selección|headhunter|werving|recruitmentbureau", ""),
        ("confidential", "confidential|discreet|vertraulich|diskret|confidentiel|discrét|confidencial|discreción|vertrouwelijk|discreet", ""),
        ("urgent", "urgent|immediate|asap|immediately|dringend|sofort|ab sofort|urgent|immédiat|urgente|inmediat|cuanto antes|spoed|per direct|met spoed", ""),
        # Public employers and universities hiring: competitions, reserve lists, chairs
        ("publichiring", PUBLIC_HIRING, ""),
        # Not about a job
        ("outofoffice", "out of office|out of the office|away from|automatic reply|auto-reply|abwesend|nicht im büro|außer haus|abwesenheit|automatische antwort|absent|absente|en congé|réponse automatique|fuera de la oficina|ausente|respuesta automática|afwezig|niet aanwezig|automatisch antwoord|afwezigheid", ""),
        ("account", "password|your account|passwort|ihr konto|dein konto|mot de passe|votre compte|contraseña|tu cuenta|wachtwoord|je account|uw account", ""),
        ("studies", "admission|university|degree programme|degree program|semester|enrolment|enrollment|studiengang|studienplatz|hochschule|universität|immatrikul|zulassung|université|admission|inscription|licence|universidad|admisión|matrícula|grado en|universiteit|hogeschool|opleiding|toelating|inschrijving", ""),
        ("rental", "apartment|tenancy|landlord|the property|wohnung|miete|mietvertrag|vermiet|appartement|logement|loyer|propriétaire|alquiler|vivienda|arrendador|arrendamiento|woning|huur|verhuur", "flat rent rental bail piso"),
        ("grant", "scholarship|bursary|hardship fund|fellowship|stipendium|förderung|fördermittel|bourse|subvention|beca|ayuda económica|subvención|beurs|subsidie|fonds", "grant grants"),
        ("conference", "conference|your talk|your paper|call for papers|your proposal|submission|konferenz|vortrag|einreichung|conférence|votre proposition|congrès|conferencia|ponencia|congreso|conferentie|lezing|inzending", ""),
        ("finance", "loan|mortgage|credit card|insurance claim|kredit|darlehen|versicherung|prêt immobilier|prêt personnel|crédit|assurance|sinistre|préstamo|hipoteca|crédito|siniestro|lening|hypotheek|krediet|verzekering|schadeclaim", ""),
        ("visa", "residence permit|immigration|aufenthalt|visum|titre de séjour|préfecture|visado|permiso de residencia|extranjería|verblijfsvergunning", "visa visas"),
        ("bulk", "unsubscribe|newsletter|job alert|jobs for you|jobs you may|new jobs|abmelden|abbestellen|stellenangebote für sie|se désabonner|désinscri|offres pour vous|darse de baja|ofertas para ti|afmelden|uitschrijven|vacatures voor jou|jobalarm", ""),
        ("ownwork", "sync|kickoff|kick-off|all-hands|standup|stand-up|1:1|one-to-one|besprechung|jour fixe|réunion|point hebdo|reunión|overleg|vergadering|weekstart", ""),
        ("payslip", "payslip|pay slip|payroll|gehaltsabrechnung|lohnabrechnung|bulletin de paie|fiche de paie|nómina|loonstrook|salarisstrook", ""),
    )
)  # fmt: skip
