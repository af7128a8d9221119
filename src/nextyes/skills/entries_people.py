"""Shipped soft skills: ways of working that postings name as requirements.

Only phrasings that ask for the skill count: "communication skills", "Teamfähigkeit",
"esprit d'équipe". The bare words ("communication", "team", "leadership") describe a job
or an employer as often as they ask for anything, so they are left out on purpose.
Format and marks: see kinds.py."""

from nextyes.skills.kinds import SOFT, Entry

# The table is packed by hand, several names a line, so that it reads as a table.
# fmt: off
ENTRIES: tuple[Entry, ...] = (
    (SOFT, "Communication", (
        "==Communication", "communication skills", "strong communicator", "excellent communicator",
        "good communicator", "written and verbal communication",
        "verbal and written communication", "written and oral communication",
        "oral and written communication",
        "Kommunikationsfähigkeit", "Kommunikationsstärke", "Kommunikationsgeschick",
        "kommunikative Fähigkeiten", "kommunikationsstark", "kommunikativ",
        "compétences en communication", "qualités de communication",
        "capacités de communication", "habilidades de comunicación",
        "habilidades comunicativas", "capacidad de comunicación",
        "capacidades comunicativas", "communicatieve vaardigheden", "communicatief vaardig",
        "communicatief sterk",
    )),
    (SOFT, "Writing", (
        "==Writing", "writing skills", "excellent writing", "strong writing", "Schreibkompetenz",
        "qualités rédactionnelles", "aisance rédactionnelle", "capacités rédactionnelles",
        "compétences rédactionnelles", "capacidad de redacción", "schrijfvaardigheid",
        "schrijfvaardigheden",
    )),
    (SOFT, "Teamwork", (
        "team player", "team-player", "teamplayer", "team working", "working in a team",
        "Teamfähigkeit", "Teamgeist", "Teamarbeit", "esprit d'équipe",
        "travail en équipe", "sens du travail en équipe", "trabajo en equipo",
        "capacidad de trabajo en equipo", "teamspeler", "teamgericht", "teamspirit",
    )),
    (SOFT, "Problem solving", (
        "problem-solving", "problem solving skills", "Problemlösungskompetenz",
        "Problemlösungsfähigkeit", "lösungsorientiert", "lösungsorientiertes Denken",
        "résolution de problèmes", "resolución de problemas", "probleemoplossend vermogen",
        "probleemoplossend", "oplossingsgericht",
    )),
    (SOFT, "Time management", (
        "prioritisation", "prioritization", "ability to prioritise", "ability to prioritize",
        "Zeitmanagement", "gestion du temps", "gestión del tiempo", "timemanagement",
    )),
    (SOFT, "Attention to detail", (
        "detail-oriented", "detail oriented", "eye for detail", "keen eye for detail",
        "meticulous", "Detailgenauigkeit", "Sorgfalt", "sorgfältige Arbeitsweise",
        "Genauigkeit", "souci du détail", "sens du détail", "rigueur",
        "atención al detalle", "atención a los detalles", "meticulosidad", "oog voor detail",
        "nauwkeurigheid", "nauwkeurig",
    )),
    (SOFT, "Leadership", (
        "=Leadership", "leadership skills", "leadership experience", "leadership qualities",
        "strong leadership", "proven leadership", "Führungskompetenz", "Führungsqualitäten",
        "Führungsstärke", "qualités de leadership", "sens du leadership",
        "capacidad de liderazgo", "dotes de liderazgo", "habilidades de liderazgo",
        "leiderschapsvaardigheden", "leiderschapskwaliteiten",
    )),
    (SOFT, "People management", (
        "team leadership", "team management", "line management", "managing a team",
        "managing teams", "leading a team", "leading teams", "Personalführung",
        "Mitarbeiterführung", "Teamleitung", "Teamführung", "Führungserfahrung",
        "management d'équipe", "encadrement d'équipe", "gestion d'équipe",
        "gestión de equipos", "dirección de equipos", "liderazgo de equipos",
        "leidinggeven", "leidinggevende ervaring", "teamleiding",
    )),
    (SOFT, "Organisational skills", (
        "organizational skills", "organisation skills", "well organised", "well organized",
        "highly organised", "highly organized", "Organisationstalent",
        "Organisationsfähigkeit", "Organisationsgeschick", "organisatorisches Geschick",
        "organisatorische Fähigkeiten", "sens de l'organisation", "capacité d'organisation",
        "capacités d'organisation", "capacidad de organización", "capacidad organizativa",
        "habilidades organizativas", "organisatietalent", "organisatorische vaardigheden",
        "organisatorisch sterk", "organisatievermogen",
    )),
    (SOFT, "Presentation skills", (
        "Präsentationsfähigkeit", "Präsentationsfähigkeiten", "Präsentationskompetenz",
        "Präsentationsstärke", "capacités de présentation", "habilidades de presentación",
        "presentatievaardigheden",
    )),
    (SOFT, "Public speaking", (
        "freies Sprechen", "Rhetorik", "rhetorische Fähigkeiten", "aisance à l'oral",
        "prise de parole en public", "hablar en público", "spreken in het openbaar",
    )),
    (SOFT, "Critical thinking", (
        "kritisches Denken", "esprit critique", "pensamiento crítico", "kritisch denken",
        "kritisch denkvermogen",
    )),
    (SOFT, "Analytical skills", (
        "analytical thinking", "analytical mindset", "analytical ability",
        "analytisches Denkvermögen", "analytisches Denken", "analytische Fähigkeiten",
        "analytische Denkweise", "esprit d'analyse", "capacité d'analyse",
        "capacités d'analyse", "capacités analytiques", "capacidad analítica",
        "capacidad de análisis", "pensamiento analítico", "analytisch vermogen",
        "analytisch denkvermogen", "analytische vaardigheden", "analytisch sterk",
    )),
    (SOFT, "Customer focus", (
        "customer orientation", "customer-focused", "customer-oriented", "customer-centric",
        "customer centric", "client focus", "service-minded", "Kundenorientierung",
        "kundenorientiert", "Dienstleistungsorientierung", "dienstleistungsorientiert",
        "orientation client", "sens du service", "sens du client", "orientación al cliente",
        "vocación de servicio", "klantgericht", "klantgerichtheid", "klantvriendelijk",
        "klantvriendelijkheid", "servicegericht",
    )),
    (SOFT, "Resilience", (
        "=Resilience", "stress resistance", "ability to work under pressure",
        "working under pressure",
        "work well under pressure", "Belastbarkeit", "belastbar", "Stressresistenz",
        "résistance au stress", "gestion du stress", "capacité à travailler sous pression",
        "tolerancia a la presión", "trabajo bajo presión",
        "capacidad de trabajar bajo presión", "stressbestendig", "stressbestendigheid",
        "bestand tegen werkdruk",
    )),
    (SOFT, "Empathy", (
        "empathetic", "empathic", "Empathie", "Einfühlungsvermögen", "empathisch",
        "empatía", "empático", "empática", "empathisch vermogen", "inlevingsvermogen",
    )),
    (SOFT, "Conflict resolution", (
        "conflict management", "Konfliktfähigkeit", "Konfliktlösung", "Konfliktmanagement",
        "gestion des conflits", "résolution de conflits", "resolución de conflictos",
        "gestión de conflictos", "conflicthantering", "conflictbemiddeling",
    )),
    (SOFT, "Decision making", (
        "decision-making", "Entscheidungsfähigkeit", "Entscheidungsfreude",
        "prise de décision", "toma de decisiones", "besluitvaardigheid", "besluitvaardig",
    )),
    (SOFT, "Independent working", (
        "work independently", "working independently", "ability to work independently",
        "self-starter", "self-motivated", "selbstständige Arbeitsweise",
        "selbständige Arbeitsweise", "selbstständiges Arbeiten", "selbständiges Arbeiten",
        "eigenverantwortliches Arbeiten", "autonomie", "autonomía",
        "capacidad de trabajar de forma autónoma", "trabajo autónomo", "zelfstandig werken",
        "zelfstandigheid",
    )),
    (SOFT, "Interpersonal skills", (
        "people skills", "relationship building", "building relationships",
        "Sozialkompetenz", "soziale Kompetenz", "soziale Kompetenzen",
        "zwischenmenschliche Fähigkeiten", "aisance relationnelle", "qualités relationnelles",
        "sens du relationnel", "habilidades interpersonales", "habilidades sociales",
        "don de gentes", "sociale vaardigheden", "interpersoonlijke vaardigheden",
    )),
    (SOFT, "Adaptability", (
        "adaptable", "Anpassungsfähigkeit", "adaptabilité", "capacité d'adaptation",
        "adaptabilidad", "capacidad de adaptación", "aanpassingsvermogen",
        # Bare, each is also a benefit ("flexibilidad horaria"), so only among skills:
        "=Flexibilität", "=flexibilité", "=flexibilidad", "=flexibiliteit",
    )),
    (SOFT, "Creativity", (
        "creative thinking", "Kreativität", "créativité", "creatividad", "creativiteit",
    )),
    (SOFT, "Initiative", (
        "=Initiative", "proactive", "proactivity", "Eigeninitiative", "proaktiv",
        "prise d'initiative",
        "proactivité", "proactividad", "proactief",
    )),
    (SOFT, "Intercultural competence", (
        "intercultural skills", "cross-cultural skills", "interkulturelle Kompetenz",
        "compétences interculturelles", "competencia intercultural",
        "interculturele vaardigheden",
    )),
    (SOFT, "Reliability", (
        "=Reliability", "dependable", "Zuverlässigkeit", "zuverlässig", "fiabilité", "fiabilidad",
        "betrouwbaarheid",
    )),
    (SOFT, "Multitasking", ("multi-tasking", "multitâche", "multitarea", "multitasken")),
    (SOFT, "Active listening", (
        "aktives Zuhören", "écoute active", "sens de l'écoute", "escucha activa",
        "actief luisteren",
    )),
    (SOFT, "Discretion", (
        "=Discretion", "Diskretion", "discrétion", "discreción", "discretie",
    )),
    (SOFT, "Strategic thinking", (
        "strategisches Denken", "vision stratégique", "pensamiento estratégico",
        "strategisch denken", "strategisch inzicht",
    )),
    (SOFT, "Entrepreneurial thinking", (
        "entrepreneurial mindset", "unternehmerisches Denken", "esprit entrepreneurial",
        "mentalidad emprendedora", "ondernemerschap",
    )),
    (SOFT, "Negotiation", (
        "negotiation skills", "negotiating", "Verhandlungsgeschick", "Verhandlungsführung",
        "Verhandlungsstärke", "négociation", "techniques de négociation",
        "sens de la négociation", "negociación", "capacidad de negociación",
        "onderhandelen", "onderhandelingsvaardigheden",
    )),
    (SOFT, "Telephone manner", (
        "phone etiquette", "telephone skills", "Telefonkompetenz", "aisance téléphonique",
        "atención telefónica", "telefonische vaardigheden",
    )),
)
# fmt: on
