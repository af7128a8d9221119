"""Shipped skills: healthcare and nursing, social care, hospitality and kitchens, and
education. Format and marks: see kinds.py."""

from nextyes.skills.kinds import CERTIFICATION, SKILL, TOOL, Entry

# The table is packed by hand, several names a line, so that it reads as a table.
# fmt: off
ENTRIES: tuple[Entry, ...] = (
    # Healthcare and nursing
    (SKILL, "Patient care", (
        "Patientenversorgung", "Patientenbetreuung", "soins aux patients",
        "prise en charge des patients", "atención al paciente", "cuidado de pacientes",
        "patiëntenzorg",
    )),
    (SKILL, "Personal care", (
        "basic care", "Grundpflege", "soins d'hygiène", "soins d'hygiène et de confort",
        "cuidados básicos", "aseo personal", "basiszorg", "persoonlijke verzorging",
    )),
    (SKILL, "Wound care", (
        "wound management", "Wundversorgung", "Wundmanagement", "soins des plaies",
        "curas", "cura de heridas", "wondzorg", "wondverzorging",
    )),
    (SKILL, "Medication administration", (
        "administering medication", "medication management", "Medikamentengabe",
        "Medikamentenverabreichung", "Medikamentenmanagement",
        "administration des médicaments", "distribution des médicaments",
        "administración de medicamentos", "administración de medicación",
        "medicatie toedienen", "medicatiebeheer", "medicatieverstrekking",
    )),
    (SKILL, "Phlebotomy", (
        "blood sampling", "blood draws", "venepuncture", "venipuncture", "Blutentnahme",
        "Blutabnahme", "prise de sang", "prélèvements sanguins", "extracción de sangre",
        "extracciones de sangre", "bloedafname", "bloedprikken",
    )),
    (SKILL, "Vital signs monitoring", (
        "vital signs", "Vitalzeichenkontrolle", "Vitalparameter",
        "surveillance des constantes", "constantes vitales", "signos vitales",
        "vitale functies",
    )),
    (SKILL, "Infection control", (
        "infection prevention", "Infektionsprävention", "Hygienemanagement",
        "hygiène hospitalière", "prévention des infections", "control de infecciones",
        "prevención de infecciones", "infectiepreventie",
    )),
    (SKILL, "Triage", ("triaje",)),
    (SKILL, "Elderly care", (
        "aged care", "geriatric care", "care of the elderly", "Altenpflege",
        "Seniorenbetreuung", "Altenbetreuung", "soins aux personnes âgées", "gériatrie",
        "gérontologie", "cuidado de personas mayores", "atención a personas mayores",
        "geriatría", "ouderenzorg", "geriatrie",
    )),
    (SKILL, "Dementia care", (
        "dementia", "Demenzbetreuung", "Demenz", "maladie d'Alzheimer",
        "demencia", "dementiezorg", "dementie",
    )),
    (SKILL, "Palliative care", (
        "end of life care", "Palliativpflege", "Palliativversorgung", "soins palliatifs",
        "cuidados paliativos", "palliatieve zorg",
    )),
    (SKILL, "Care planning", (
        "care plans", "care plan", "Pflegeplanung", "plan de soins", "plan de cuidados",
        "zorgplan", "zorgplannen",
    )),
    (SKILL, "Care documentation", (
        "clinical documentation", "nursing documentation", "Pflegedokumentation",
        "transmissions ciblées", "dossier de soins", "registros de enfermería",
        "zorgdossier",
    )),
    (SKILL, "Mental health care", (
        "mental health support", "psychiatric care", "psychiatrische Pflege",
        "soins psychiatriques", "santé mentale", "salud mental", "^GGZ", "ggz-ervaring",
    )),
    (SKILL, "Safeguarding", (
        "child protection", "Kinderschutz", "protection de l'enfance",
        "protección de menores", "protección infantil", "kinderbescherming",
    )),
    (SKILL, "Medical terminology", (
        "medizinische Terminologie", "medizinische Fachbegriffe", "terminologie médicale",
        "terminología médica", "medische terminologie",
    )),
    (SKILL, "Electronic health records", (
        "EHR", "EMR", "electronic medical records", "elektronische Patientenakte",
        "dossier patient informatisé", "historia clínica electrónica",
        "elektronisch patiëntendossier", "^EPD",
    )),
    (TOOL, "Epic", ("^==Epic", "Epic EHR", "Epic Systems")),
    (CERTIFICATION, "Basic life support (CPR)", (
        "^BLS", "BLS certification", "CPR", "CPR certification",
        "cardiopulmonary resuscitation", "Reanimation", "Reanimationskurs",
        "réanimation cardio-pulmonaire", "gestes de premiers secours",
        "reanimación cardiopulmonar", "^RCP", "reanimatie",
    )),
    (CERTIFICATION, "ACLS", ("Advanced Cardiac Life Support",)),
    (CERTIFICATION, "Nursing registration", (
        "registered nurse", "^RN", "NMC registration", "NMC PIN",
        "examinierte Pflegefachkraft", "Pflegefachkraft", "Pflegefachfrau",
        "Pflegefachmann", "Gesundheits- und Krankenpfleger",
        "Gesundheits- und Krankenpflegerin", "Krankenpfleger", "Krankenpflegerin",
        "infirmier diplômé d'État", "infirmière diplômée d'État", "diplôme d'État infirmier",
        "enfermero titulado", "enfermera titulada", "grado en enfermería",
        "diplomado en enfermería", "BIG-registratie", "BIG-geregistreerd",
    )),
    (SKILL, "Social work", (
        "Sozialarbeit", "Soziale Arbeit", "travail social", "trabajo social",
        "maatschappelijk werk",
    )),
    (SKILL, "Youth work", (
        "Jugendarbeit", "animation jeunesse", "trabajo con jóvenes", "jongerenwerk",
    )),
    (SKILL, "Childcare", (
        "Kinderbetreuung", "garde d'enfants", "cuidado de niños", "kinderopvang",
    )),
    (CERTIFICATION, "Criminal record check", (
        "DBS check", "enhanced DBS", "^DBS", "erweitertes Führungszeugnis",
        "Führungszeugnis", "extrait de casier judiciaire",
        "certificado de delitos de naturaleza sexual", "certificado negativo de delitos",
        "^VOG", "Verklaring Omtrent het Gedrag",
    )),
    # Hospitality and kitchens
    (SKILL, "Food safety", (
        "food hygiene", "Lebensmittelhygiene", "Lebensmittelsicherheit",
        "hygiène alimentaire", "sécurité alimentaire", "seguridad alimentaria",
        "higiene alimentaria", "voedselveiligheid", "voedselhygiëne",
    )),
    (CERTIFICATION, "HACCP", ("HACCP certification", "méthode HACCP", "APPCC")),
    (CERTIFICATION, "Food hygiene certificate", (
        "Level 2 Food Hygiene", "Level 2 Food Safety", "food handler's card",
        "food handlers card", "food handler certificate", "Gesundheitszeugnis",
        "Infektionsschutzbelehrung", "carnet de manipulador de alimentos",
        "carné de manipulador de alimentos", "manipulador de alimentos",
        "certificado de manipulador de alimentos", "permis d'exploitation",
        "Sociale Hygiëne",
    )),
    (SKILL, "Food preparation", (
        "food prep", "Speisenzubereitung", "Zubereitung von Speisen",
        "préparation culinaire", "préparations culinaires", "preparación de alimentos",
        "elaboración de platos", "voedselbereiding", "bereiden van gerechten",
    )),
    (SKILL, "Cooking", (
        "culinary skills", "Kochkenntnisse", "techniques culinaires", "técnicas culinarias",
        "kookvaardigheden",
    )),
    (SKILL, "Pastry", ("Patisserie", "Konditorei", "pâtisserie", "pastelería", "repostería",
                      "banketbakken")),
    (SKILL, "Baking", ("Backen", "boulangerie", "panadería", "brood bakken")),
    (SKILL, "Barista skills", ("barista", "latte art", "espresso preparation",
                              "Barista-Erfahrung")),
    (SKILL, "Bartending", (
        "mixology", "cocktail making", "Barkeeping", "mixologie", "coctelería",
        "cocktails maken",
    )),
    (SKILL, "Wine knowledge", (
        "wine service", "Weinkenntnisse", "connaissance des vins", "œnologie",
        "conocimientos de vinos", "enología", "wijnkennis",
    )),
    (SKILL, "Table service", (
        "waiting tables", "silver service", "Servieren", "Serviceerfahrung",
        "service en salle", "service à table", "servicio de sala", "servicio de mesa",
        "bediening",
    )),
    (SKILL, "Guest relations", (
        "guest service", "guest services", "Gästebetreuung", "Gästeservice",
        "accueil des clients", "atención al huésped", "gastvrijheid",
    )),
    (TOOL, "Hotel PMS", (
        "property management system", "Opera PMS", "Oracle Opera", "Opera Cloud",
        "Protel", "Mews", "Hotelsoftware", "logiciel hôtelier",
    )),
    (SKILL, "Cash handling", (
        "cash register", "Kassieren", "Kassenführung", "Kassentätigkeit", "encaissement",
        "encaissements", "tenue de caisse", "manejo de caja", "cobro en caja",
        "kassawerkzaamheden",
    )),
    (TOOL, "POS systems", (
        "point of sale", "point-of-sale", "^POS", "Kassensystem", "Kassensysteme",
        "logiciel de caisse", "TPV", "terminal punto de venta", "kassasysteem",
    )),
    (SKILL, "Housekeeping", (
        "room cleaning", "Zimmerreinigung", "entretien des chambres",
        "limpieza de habitaciones", "kamers schoonmaken",
    )),
    (SKILL, "Cleaning", (
        "professional cleaning", "Gebäudereinigung", "Reinigungsarbeiten", "nettoyage",
        "limpieza", "schoonmaak", "schoonmaakwerkzaamheden",
    )),
    (SKILL, "Menu planning", (
        "menu development", "Menüplanung", "Speiseplanung", "élaboration de menus",
        "elaboración de menús", "menuplanning",
    )),
    (SKILL, "Allergen management", (
        "allergens", "Allergenkennzeichnung", "Allergene", "allergènes", "alérgenos",
        "allergenen",
    )),
    (SKILL, "Stock rotation", ("FIFO", "Warenrotation", "rotation des stocks",
                              "rotación de stock")),
    # Education
    (SKILL, "Lesson planning", (
        "lesson plans", "lesson preparation", "Unterrichtsplanung", "Unterrichtsvorbereitung",
        "préparation de cours", "préparation des cours", "planificación de clases",
        "programación didáctica", "lesvoorbereiding", "lessen voorbereiden",
    )),
    (SKILL, "Classroom management", (
        "behaviour management", "behavior management", "Klassenführung",
        "Klassenmanagement", "gestion de classe", "gestión del aula", "klassenmanagement",
    )),
    (SKILL, "Curriculum development", (
        "curriculum design", "Curriculumentwicklung", "Lehrplanentwicklung",
        "élaboration de programmes", "diseño curricular", "desarrollo curricular",
        "curriculumontwikkeling",
    )),
    (SKILL, "Instructional design", (
        "learning design", "Instruktionsdesign", "ingénierie pédagogique",
        "diseño instruccional", "onderwijskundig ontwerp",
    )),
    (SKILL, "Differentiated instruction", (
        "differentiated teaching", "Binnendifferenzierung", "pédagogie différenciée",
        "enseñanza diferenciada", "gedifferentieerd lesgeven", "differentiëren",
    )),
    (SKILL, "Special educational needs", (
        "^SEN", "^SEND", "special needs", "special education", "Förderpädagogik",
        "Sonderpädagogik", "sonderpädagogischer Förderbedarf",
        "besoins éducatifs particuliers", "éducation spécialisée",
        "necesidades educativas especiales", "educación especial", "passend onderwijs",
        "speciaal onderwijs",
    )),
    (SKILL, "E-learning", (
        "eLearning", "online learning design", "formation en ligne", "formación online",
        "aprendizaje en línea",
    )),
    (TOOL, "Moodle", ()),
    (TOOL, "Google Classroom", ()),
    (TOOL, "Articulate Storyline", ("Articulate 360",)),
    (TOOL, "Learning management systems", (
        "LMS", "learning management system", "Lernplattform", "Lernmanagementsystem",
        "plateforme LMS", "plataforma LMS", "leeromgeving",
    )),
    (SKILL, "Tutoring", (
        "Nachhilfe", "soutien scolaire", "clases particulares", "apoyo escolar", "bijles",
        "huiswerkbegeleiding",
    )),
    (CERTIFICATION, "Teaching qualification", (
        "QTS", "qualified teacher status", "PGCE", "teaching certificate",
        "teaching licence", "teaching license", "Lehramt", "Lehrbefähigung",
        "Lehramtsstudium", "CAPES", "CRPE", "máster de profesorado",
        "Máster en Formación del Profesorado", "lesbevoegdheid", "onderwijsbevoegdheid",
        "tweedegraads bevoegdheid", "eerstegraads bevoegdheid", "PABO",
    )),
    (CERTIFICATION, "TEFL", ("TESOL", "TEFL certificate", "TESOL certificate")),
    (CERTIFICATION, "CELTA", ()),
    (SKILL, "Early childhood education", (
        "^Early Years", "early years education", "EYFS", "frühkindliche Bildung",
        "Frühpädagogik", "petite enfance",
        "éducation de la petite enfance", "educación infantil", "primera infancia",
        "voorschoolse educatie",
    )),
    (SKILL, "Pastoral care", ("Schülerbetreuung", "acción tutorial", "leerlingbegeleiding")),
)
# fmt: on
