# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 8: early-career places, trial shifts in small businesses, and the look-alikes.

A. Internships, placement years, apprenticeships, graduate and trainee programmes and
   working-student jobs, from the employer's side, in English, German, French, Spanish and
   Dutch: a summer cohort that is full, an assessment centre that ends in a no, a place
   offered with a start date and a stipend or salary, the receipt, and the invitation to an
   assessment day or a video call with the manager. They share the words "programme",
   "cohort", "intake" and "places" with mail about degrees and accelerators, so each one
   makes the job side plain: a company, a team, a manager, pay, a contract.
B. Owners of cafés, bakeries, salons, shops and workshops writing from a phone about a
   trial shift (Probearbeiten, prueba, journée d'essai, proefdag): come on Saturday, thanks
   for Saturday but no, or you start on Monday. Few words, no HR formulas.
C. Mail that looks like A but is not about a job, so it is `other`: a master's admission
   with an internship semester, a summer school and an online course cohort, a youth
   volunteering placement and a workcamp, a child's trial at a sports academy
   (Probetraining, prueba), an exchange semester, a cooking-class trial session.

Slot values for dates, cities and local job titles come from families_languages; the rest
is made up here; every sentence is new."""

from families_languages import (
    DE,
    DE_ATS,
    DE_PERSON,
    ES,
    ES_ATS,
    ES_PERSON,
    FR,
    FR_ATS,
    FR_PERSON,
    NL,
    NL_ATS,
    NL_PERSON,
)
from generate import Family

REJ, INT, OFF, RCV, OTH = "rejection", "interview", "offer", "application_received", "other"

# Section A: early-career places.
EN_EARLY = {
    "team": [
        "Treasury",
        "Data Platform",
        "Brand Marketing",
        "Supply Chain",
        "Mobile Engineering",
        "Clinical Operations",
        "Risk Analytics",
    ],
    "stipend": [
        "£2,100 a month",
        "£24,500 a year, paid pro rata",
        "€1,650 per month",
        "$28 an hour",
        "£1,850 per month before tax",
        "€1,900 gross a month",
    ],
    "prog": [
        "Summer Internship Programme",
        "Graduate Scheme",
        "Degree Apprenticeship",
        "Industrial Placement Year",
        "Graduate Trainee Programme",
        "Technology Apprenticeship",
    ],
    "year": ["2025", "2026"],
}
DE_EARLY = {
    **DE,
    "ausbildung": [
        "Industriekaufmann/-frau",
        "Fachinformatiker/in für Anwendungsentwicklung",
        "Kaufmann/-frau für Büromanagement",
        "Mechatroniker/in",
        "Bankkaufmann/-frau",
        "Fachkraft für Lagerlogistik",
    ],
    "bereich": [
        "Marketing",
        "Controlling",
        "Einkauf",
        "Softwareentwicklung",
        "Logistik",
        "Personal",
    ],
    "verguetung": [
        "1.150 € brutto im Monat",
        "1.600 € brutto monatlich",
        "1.320 € brutto pro Monat",
        "1.050 € im Monat",
    ],
    "stundenlohn": ["15 € pro Stunde", "16,50 € brutto die Stunde", "14,20 € pro Stunde"],
    "jahr": ["2025", "2026"],
}
FR_EARLY = {
    **FR,
    "service": [
        "contrôle de gestion",
        "marketing digital",
        "achats",
        "ressources humaines",
        "communication",
        "supply chain",
    ],
    "gratif": [
        "4,35 € de l'heure, soit environ 660 € par mois",
        "800 € bruts par mois",
        "1 000 € bruts mensuels",
        "720 € par mois",
    ],
    "alt_sal": ["1 050 € bruts par mois", "900 € bruts mensuels", "1 250 € bruts par mois"],
    "villevie": ["Singapour", "Montréal", "São Paulo", "Tokyo", "Munich", "Madrid"],
    "vie_ind": ["2 900 € nets par mois", "3 100 € nets mensuels", "2 400 € nets par mois"],
}
ES_EARLY = {
    **ES,
    "area": [
        "Finanzas",
        "Marketing",
        "Recursos Humanos",
        "Ingeniería",
        "Compras",
        "Análisis de Datos",
    ],
    "anio": ["2025", "2026"],
}
NL_EARLY = {
    **NL,
    "afdeling": [
        "Finance",
        "Marketing",
        "Data & Analytics",
        "Inkoop",
        "Klantenservice",
        "Logistiek",
    ],
    "stagevergoeding": ["€ 500", "€ 650", "€ 750", "€ 400"],
    "uurloon": ["€ 15,50", "€ 17", "€ 16,25"],
    "jaar": ["2025", "2026"],
}

# Section B: small businesses and their owners' private mailboxes.
EN_SHOP = {
    "shop": [
        "Crumb & Co Bakery",
        "The Daily Grind",
        "Snip Hair Studio",
        "Bramble Kitchen",
        "Rivet Bike Workshop",
        "Oak Lane Deli",
    ],
    "shopmail": [
        "crumbandco.bakes@gmail.com",
        "dailygrind.owner@outlook.com",
        "sniphairstudio@icloud.com",
        "bramble.kitchen.uk@gmail.com",
        "rivetbikes.shop@gmail.com",
    ],
    "wage": ["£11.90", "£12.20", "£12.50", "£13"],
}
DE_SHOP = {
    **DE,
    "laden": [
        "Café Kranich",
        "Bäckerei Sonnenkorn",
        "Salon Haarwerk",
        "Fahrradwerkstatt Speiche",
        "Eisdiele Venezia",
        "Bistro Lindenhof",
    ],
}
ES_SHOP = {
    **ES,
    "negocio": [
        "Panadería La Espiga",
        "Bar El Rincón de Pepa",
        "Peluquería Nuria",
        "Taller Hermanos Gil",
        "Heladería Polo Norte",
        "Cafetería Alba",
    ],
    "sueldo_hora": ["9,50 €", "10 €", "11,20 €"],
}
FR_SHOP = {
    **FR,
    "commerce": [
        "la boulangerie Au Pain Doré",
        "la brasserie Le Comptoir",
        "le salon Coup de Ciseaux",
        "l'épicerie fine Les Halles de Marie",
        "la crèmerie du Marché",
    ],
}
NL_SHOP = {
    **NL,
    "zaak": [
        "Koffiebar De Molen",
        "Bakkerij Van Dijk",
        "Kapsalon Knip",
        "Fietsenmaker Spaak",
        "Eetcafé 't Hoekje",
    ],
}

# Section C: look-alikes that are not about a job.
EN_LOOK = {
    "course": [
        "Data Science",
        "Supply Chain Management",
        "Marketing Analytics",
        "Environmental Engineering",
        "International Business",
    ],
    "uni": [
        "the University of Northhaven",
        "Eastmere University",
        "Kingsbridge University",
        "the University of Westholm",
    ],
    "school": [
        "the Kingsbridge International Summer School",
        "the Eastmere Summer Academy in Economics",
        "the Northhaven Summer School on Climate Policy",
        "the Westholm Summer Institute for Young Writers",
    ],
    "child": ["Alfie", "Maya", "Noah", "Isla", "Theo", "Ava"],
    "age": ["9", "10", "11", "12", "13"],
}
DE_LOOK = {
    **DE,
    "kind": ["Emil", "Mia", "Paul", "Lina", "Jonas", "Ella"],
    "partner": [
        "Universidad de Granada",
        "Universität Uppsala",
        "Università di Bologna",
        "KU Leuven",
        "Université Lyon 2",
    ],
}
ES_LOOK = {
    **ES,
    "nino": ["Lucas", "Martina", "Hugo", "Sofía", "Leo", "Valeria"],
    "pais": ["Portugal", "Rumanía", "Finlandia", "Grecia", "Eslovenia", "Irlanda"],
}
FR_LOOK = {
    **FR,
    "atelier": [
        "L'Atelier des Chefs Amateurs",
        "Cuisine & Compagnie",
        "La Petite Toque",
        "Le Fourneau Partagé",
    ],
    "cours": [
        "Pâtes fraîches maison",
        "Les bases du pain au levain",
        "Cuisine thaïe express",
        "Desserts de bistrot",
    ],
}
NL_LOOK = {
    **NL,
    "zschool": [
        "Summer School Stadsontwerp",
        "Zomerschool Klimaatrecht",
        "Summer School Data & Samenleving",
        "Zomeracademie Journalistiek",
    ],
}

FAMILIES: list[Family] = [
    # A. English ---------------------------------------------------------------------------
    # idea: a bank or tech firm's early-careers team closing a summer internship application: cohort filled, places taken before review, or not chosen after the video answers
    Family(
        "rej_r8_en_summer_intern_not_selected",
        REJ,
        "[ats|company]",
        [
            "{company} Summer Internship {year} – your application",
            "Your internship application ({ref})",
            "Summer internship: update from {company}",
            "Application status: {team} summer intern",
        ],
        [
            "{hi}\n\nThank you for applying for a place on the {company} {year} Summer Internship in our {team} team. Every application was read by someone who works in that team, not only by our recruiters.\n\nWe had far more strong applicants than the [14|20|eight] paid intern positions we can fund, and on this occasion we will not be offering you one. [Your online test results were good, but other candidates described more hands-on project work in their answers.|Given the number of applications, we cannot give individual feedback at this stage.]\n\nIf you are still studying next year, our applications window reopens in September.\n\n{bye}",
            "{hi}\n\nQuick update on your application for the {team} internship: the summer cohort is now filled, so this time it's a no from us. Thank you for the effort you put into the recorded video answers – it showed.\n\n{bye}",
            "{hi}\n\nRe: Summer Internship {year}, reference {ref}\n\nWe have completed selection for this year's internship intake, and I'm sorry to let you know that you haven't been successful this time. Our interns join as paid members of staff, and with only a handful of positions in each business area the decision came down to very fine margins.\n\nWe will hold your details for 12 months unless you ask us to delete them, and we may get in touch if a place opens up because someone withdraws.\n\n{bye}",
            "{hi}\n\nThanks for your interest in interning with {company}. All places for the {year} summer programme have now been offered and accepted, so we have closed the remaining applications, yours included. This isn't a judgement on your CV – we simply ran out of seats before we reached it.\n\nKeep an eye on our early careers page for off-cycle internships in the autumn.\n\n{bye}",
        ],
        n=6,
        extra=EN_EARLY,
    ),
    # idea: a graduate scheme or apprenticeship panel writing after a full assessment centre, from a results table to a manager's personal two lines
    Family(
        "rej_r8_en_assessment_centre_outcome",
        REJ,
        "[ats|company|person]",
        [
            "Assessment centre outcome – {prog}",
            "Your assessment centre result",
            "{company} {prog}: decision after your assessment day",
            "Feedback from the assessment centre",
        ],
        [
            "{hi}\n\nThank you for attending our assessment centre on {date}. We hope the day gave you a real feel for what working at {company} is like.\n\nThe assessors have now met to review every candidate across the group exercise, the case presentation and the interview. I'm sorry to say that we won't be offering you a place on the {prog} this year. Your presentation was clear and well structured; your lower scores came from the group task, where the assessors felt you held back and let others steer the discussion.\n\nYou're welcome to apply for our next intake, and these scores will not count against you.\n\n{bye}",
            "{hi}\n\nThanks for spending the day with us in {city}. After the assessment day, the panel agreed not to put you forward for a place on the {prog}. Competition for the {n} places in the {team} stream was very tight, and we know this will be disappointing to hear.\n\nIf you would like written feedback on each exercise, reply to this email within two weeks and we'll send it over.\n\n{bye}",
            "{hi}\n\nOutcome: unsuccessful\nProgramme: {prog} – {team}\nStage reached: final assessment centre\n\nWe appreciate the time you invested in our selection process. Unfortunately you did not meet the benchmark in the numerical case study and the competency interview, and your application is now closed. You may apply again in the next recruitment cycle.\n\n{bye}",
            "{hi}\n\nI promised I'd tell you myself: it's a no from the assessment centre panel for the apprenticeship, I'm afraid. It was genuinely close between you and the last person we made an offer to. Please go for our next intake in March – with your scores you'd go straight through to the final stage.\n\n{bye}",
        ],
        n=6,
        extra=EN_EARLY,
    ),
    # idea: an internship or working-student offer from the manager or HR, with the start date, the stipend, who the person reports to and the contract to sign
    Family(
        "off_r8_en_internship_place_stipend",
        OFF,
        "[ats|company|person]",
        [
            "Internship offer – {team}, {company}",
            "We'd like to offer you a place",
            "Your {prog} offer",
            "Offer: {team} intern, starting {date}",
        ],
        [
            "{hi}\n\nI'm delighted to offer you a paid internship in the {team} team at {company}, starting on {date} and running for 12 weeks. You'll report to {rfirst} {rlast}, who will be your manager and buddy throughout the summer.\n\nThe stipend is {stipend}, paid through our normal payroll, and we cover your travel to the {city} office in your first and last week. Your offer letter and contract are attached; please sign and return them by {day} next week.\n\nWelcome aboard – the team is really looking forward to working with you.\n\n{bye}",
            "{hi}\n\nGood news! Following your assessment day, we are pleased to offer you a place on the {company} {prog}.\n\nStart date: {date}\nLocation: {city}, hybrid after the first month\nSalary: {stipend}\nLine manager: {rfirst} {rlast}, {team}\n\nThis offer is conditional on right-to-work checks and proof that you are still enrolled at university. Please accept through the candidate portal within seven days.\n\n{bye}",
            "{hi}\n\nThe team loved meeting you, and we'd like to offer you the {team} internship this summer! Start {date}, {stipend}, laptop provided. Could you let me know by Friday whether you're in? Then HR will send the paperwork.\n\n{bye}",
            "{hi}\n\nFurther to your interview, I am pleased to confirm our offer of a six-month working student position in {team}: 20 hours a week during term and full time in the holidays, beginning on {date}. Pay is {stipend}. Your employment contract will follow in a separate email from our HR team.\n\n{bye}",
        ],
        n=6,
        extra=EN_EARLY,
    ),
    # idea: acknowledgements for an apprenticeship, a 12-month industrial placement or a working-student job, with what happens next and a tracking reference
    Family(
        "rcv_r8_en_early_careers_received",
        RCV,
        "[ats|company]",
        [
            "We've received your apprenticeship application",
            "Application received: {prog} ({ref})",
            "Thanks for applying to {company} Early Careers",
            "Your placement year application",
        ],
        [
            "{hi}\n\nThank you – your application for the {prog} in {team} has reached us (reference {ref}).\n\nWhat happens next: our early careers team reads applications in the order they arrive. If you are shortlisted, you'll receive an online test within about two weeks, followed by an invitation to an assessment day. Please check your junk folder now and then, as our emails sometimes end up there.\n\n{bye}",
            "{hi}\n\nThis is to confirm that you have applied for a 12-month industrial placement at {company}, starting in {year}. You don't need to do anything else at the moment. The vacancy closes on {date}, and we will let every applicant know the outcome after that.\n\n{bye}",
            "{hi}\n\nGot it! Your working student application for our {team} team is in. A real person will look at your CV in the next few days.\n\n{bye}",
            "{hi}\n\nWe confirm receipt of your application to the {company} Degree Apprenticeship. Apprentices are employed by us on a full salary while they study towards their degree, so we review these applications exactly as we would for any other role. You can follow its status at any time in your candidate account.\n\nPlease note that we may close the vacancy early if we receive a high volume of applications.\n\n{bye}",
        ],
        n=5,
        extra=EN_EARLY,
    ),
    # idea: an invitation to a graduate or apprenticeship assessment day after online tests, in the office or virtual, with the agenda and a booking link
    Family(
        "int_r8_en_assessment_day_invite",
        INT,
        "[ats|company]",
        [
            "Invitation: {company} assessment day, {date}",
            "You're invited to our assessment centre",
            "Next step: assessment day for the {prog}",
            "Book your assessment day slot",
        ],
        [
            "{hi}\n\nCongratulations – you've passed the online tests for the {prog}, and we'd like to invite you to an assessment day at our {city} office on {date}.\n\nThe day starts at {time} and finishes around 4pm. It includes a group exercise, a short presentation you'll prepare on the day, and a 30-minute interview with a manager from {team}. Lunch is provided and we reimburse reasonable travel costs.\n\nPlease confirm that you can attend using the link in your candidate portal by {day}.\n\n{bye}",
            "{hi}\n\nWe're pleased to move your internship application forward to the final stage: a virtual assessment centre on {date}. You'll need a quiet room, a webcam and about three hours. Choose a morning or afternoon session here: https://careers.{slug}.com/assessment/{ref}\n\nIf you need any adjustments, reply to this email and we will arrange them.\n\n{bye}",
            "{hi}\n\nGood news – you're through to our apprenticeship assessment day! {day} {date}, {time}, {city}. Bring photo ID and a pen. Reply YES to this email to confirm your place.\n\n{bye}",
        ],
        n=5,
        extra=EN_EARLY,
    ),
    # idea: the team manager who would supervise the intern or placement student asking for a video call, in person and from a booking page
    Family(
        "int_r8_en_intern_manager_call",
        INT,
        "person",
        [
            "Quick call about the {team} internship?",
            "Re: internship application – video call",
            "Chat with the {team} team",
            "Video interview for the summer intern role",
        ],
        [
            "{hi}\n\nI'm {rfirst}, and I manage the {team} team – I'd be your supervisor if you join us as an intern. I've read your application and had a look at your project on GitHub, and I'd like a 30-minute video call to talk it through and tell you what the summer would look like.\n\nWould {day} at {time} work? If that doesn't suit, give me a couple of alternatives and I'll send a Teams link.\n\n{bye}",
            "{hi}\n\nThanks for applying for our placement year. The next step is a short interview over Zoom with me and one of our current placement students, so you can ask them what it's really like. Pick any free slot here: https://calendly.com/{slug}-placements\n\n{bye}",
            "{hi}\n\nYour CV stood out for the working student position. Can we do a video call on {day}? Around 20 minutes, nothing to prepare – I'd just like to hear about your studies and how many hours you could work alongside them.\n\n{bye}",
            "{hi}\n\nWe'd like to interview you for the {team} summer internship. It's online via Google Meet, takes about 45 minutes and has two parts: a conversation with {rfirst} {rlast}, who leads the team, and a short technical exercise you'll solve while sharing your screen. Please reply with your availability on {date} or the two days after.\n\n{bye}",
        ],
        n=6,
        extra=EN_EARLY,
    ),
    # A. German ----------------------------------------------------------------------------
    # idea: the result of an Auswahltag for an Ausbildung, an Assessment-Center for a Traineeprogramm, and a team lead's no for a Sommerpraktikum or a Werkstudentenstelle
    Family(
        "rej_r8_de_auswahltag_absage",
        REJ,
        f"[{DE_ATS}|{DE_PERSON}]",
        [
            "Ergebnis des Auswahltags – Ausbildung {jahr}",
            "Ihre Bewerbung für das Traineeprogramm",
            "Rückmeldung zu deiner Praktikumsbewerbung",
            "Assessment-Center am {datum}: Ergebnis",
        ],
        [
            "Sehr geehrte/r {me},\n\nherzlichen Dank für Ihre Teilnahme an unserem Assessment-Center für das Traineeprogramm am {datum} in {ort}. Die Beobachterinnen und Beobachter haben alle Übungen – Gruppendiskussion, Fallstudie und Interview – gemeinsam ausgewertet.\n\nLeider können wir Ihnen keinen Platz im Traineeprogramm anbieten. In der Fallstudie haben Sie überzeugt; in der Gruppenübung haben wir aber vermisst, dass Sie eigene Vorschläge aktiv einbringen. Bei nur {n} Plätzen fiel die Entscheidung sehr knapp aus.\n\nWir würden uns freuen, wenn Sie sich nach Ihrem Abschluss auf eine Direkteinstiegsstelle bei uns bewerben.\n\nMit freundlichen Grüßen\nNachwuchsentwicklung {company}",
            "Hallo {name},\n\ndanke, dass du beim Auswahltag für die Ausbildung zum/zur {ausbildung} dabei warst! Nach dem Einstellungstest und den Gesprächen haben wir uns für andere Bewerberinnen und Bewerber entschieden. Dein Ergebnis im Mathe-Teil lag knapp unter dem, was wir für diesen Ausbildungsberuf brauchen.\n\nFür das nächste Ausbildungsjahr kannst du dich gern wieder bei uns bewerben.\n\nViele Grüße\nDein Ausbildungsteam von {company}",
            "Hi {name},\n\nkurze Rückmeldung zu deiner Bewerbung für das Sommerpraktikum im {bereich}: Wir haben uns im Team für zwei andere Studierende entschieden, deren Schwerpunkt näher an unseren aktuellen Projekten liegt. Schade, dass es diesmal nicht gereicht hat – dein Anschreiben war wirklich stark.\n\nAlles Gute fürs Semester!\n{rfirst}",
            "Guten Tag {me},\n\nzu Ihrer Bewerbung als Werkstudent/in (Kennziffer {ref}) müssen wir Ihnen leider eine Absage erteilen. Wir haben die Stelle mit einer Kandidatin besetzt, die bereits ein Praktikum in unserem Haus absolviert hat.\n\nMit freundlichen Grüßen\nPersonalabteilung {company}",
        ],
        n=6,
        extra=DE_EARLY,
    ),
    # idea: a Zusage for an Ausbildungsplatz with the Ausbildungsvergütung, a Praktikum with the Betreuerin and the Immatrikulationsbescheinigung, a Werkstudent job, a Trainee contract
    Family(
        "off_r8_de_zusage_platz",
        OFF,
        f"[{DE_ATS}|{DE_PERSON}]",
        [
            "Zusage für Ihren Ausbildungsplatz",
            "Dein Praktikum bei {company} – Zusage!",
            "Angebot: Werkstudententätigkeit im {bereich}",
            "Willkommen im Traineeprogramm {jahr}",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen einen Ausbildungsplatz als {ausbildung} in unserem Betrieb in {ort} anbieten zu können. Die Ausbildung beginnt am 1. August und dauert drei Jahre; die Ausbildungsvergütung beträgt im ersten Jahr {verguetung}.\n\nZwei Exemplare des Ausbildungsvertrags gehen Ihnen diese Woche per Post zu; eines davon bekommen wir bitte unterschrieben zurück. Sind Sie noch minderjährig, unterschreiben zusätzlich Ihre Erziehungsberechtigten.\n\nHerzlich willkommen bei {company}!\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nAusbildungsleitung",
            "Hallo {name},\n\nwir hatten nach unserem Gespräch ein richtig gutes Gefühl – deshalb bekommst du von uns die Zusage für das Praktikum im {bereich}! Start wäre am {datum}, Dauer sechs Monate, Vergütung {verguetung}. Deine Betreuerin ist {rfirst}, die du ja schon kennengelernt hast.\n\nSchick mir bitte bis {tag} kurz deine Bestätigung und deine Immatrikulationsbescheinigung, dann geht der Vertrag raus.\n\nLiebe Grüße aus {ort}\n{rfirst}",
            "Hi {name}, gute Nachrichten: Wir möchten dich als Werkstudent/in im Team {bereich} einstellen! 16 bis 20 Stunden pro Woche, {stundenlohn}, Arbeitszeiten rund um deine Vorlesungen. Passt dir ein Start am {datum}? Den Vertrag schicke ich dir dann per DocuSign.\n\nVG {rfirst}",
            "Sehr geehrte/r {me},\n\nnach dem Auswahltag am {datum} freuen wir uns, Ihnen einen der {n} Plätze in unserem Traineeprogramm {jahr} anbieten zu dürfen. Das Programm dauert 18 Monate mit drei Stationen; Sie erhalten von Beginn an einen unbefristeten Arbeitsvertrag mit einem Einstiegsgehalt von {gehalt} im Jahr.\n\nDen Vertragsentwurf finden Sie im Anhang. Wir bitten um Ihre Rückmeldung innerhalb von zehn Tagen.\n\nMit freundlichen Grüßen\nPersonalentwicklung {company}",
        ],
        n=6,
        extra=DE_EARLY,
    ),
    # idea: an invitation to an Auswahltag for Azubis with a test and a Betriebsrundgang, a team lead's video call for a Praktikum, a Teams interview for a Werkstudent job, a Trainee-Kennenlerntag
    Family(
        "int_r8_de_einladung_auswahltag",
        INT,
        f"[{DE_ATS}|{DE_PERSON}]",
        [
            "Einladung zum Auswahltag – Ausbildung {jahr}",
            "Einladung: Videocall zum Praktikum im {bereich}",
            "Nächster Schritt deiner Werkstudenten-Bewerbung",
            "Einladung zum Kennenlerntag für Trainees",
        ],
        [
            "Sehr geehrte/r {me},\n\nIhre Bewerbung um einen Ausbildungsplatz als {ausbildung} hat uns gefallen. Wir laden Sie deshalb herzlich zu unserem Auswahltag am {tag}, {datum}, um {uhr} Uhr an unserem Standort in {ort} ein.\n\nAblauf: ein kurzer schriftlicher Test (ca. 45 Minuten), ein Rundgang durch den Betrieb mit unseren Azubis und ein Einzelgespräch mit der Ausbildungsleitung. Bitte bringen Sie einen Kugelschreiber und Ihr letztes Zeugnis mit; mittags gibt es einen kleinen Imbiss.\n\nBitte bestätigen Sie Ihre Teilnahme bis Ende dieser Woche.\n\nMit freundlichen Grüßen\nAusbildungsteam {company}",
            "Hi {name},\n\ndanke für deine Bewerbung aufs Praktikum bei uns im {bereich}! Ich würde dich gern in einem Videocall kennenlernen – ca. 30 Minuten, ganz locker, mit mir und einer Kollegin aus dem Team. Passt dir {tag} um {uhr} Uhr? Sonst schick mir einfach zwei Alternativen.\n\nBis bald\n{rfirst}",
            "Guten Tag {me},\n\nfür die Werkstudentenstelle (Kennziffer {ref}) möchten wir Sie zu einem Online-Interview über Microsoft Teams einladen. Bitte wählen Sie unter folgendem Link einen Termin in den nächsten zwei Wochen: https://{slug}.softgarden.io/interview/{ref}\n\nMit freundlichen Grüßen\nRecruiting {company}",
            "Hallo {name}, du bist zum Trainee-Kennenlerntag am {datum} in {ort} eingeladen! Los geht's um {uhr} Uhr, Ende gegen 16 Uhr: Fallstudie, Gruppenübung und Gespräche mit den Fachbereichen. Alle Infos zu deiner Bewerbung und zur Anreise im Anhang. Sag bitte kurz zu 🙂\n{rfirst}, Talent Acquisition",
        ],
        n=5,
        extra=DE_EARLY,
    ),
    # A. French ----------------------------------------------------------------------------
    # idea: a jury's decision after a journée de recrutement alternance, a team's no for a six-month stage, a VIE mission given to someone else, a two-line stage refusal
    Family(
        "rej_r8_fr_stage_non_retenu",
        REJ,
        f"[{FR_ATS}|{FR_PERSON}]",
        [
            "Votre candidature au stage en {service}",
            "Alternance : notre décision",
            "Suite à votre journée de recrutement",
            "Votre candidature VIE – {villevie}",
        ],
        [
            "Bonjour {me},\n\nNous vous remercions d'avoir participé à notre journée de recrutement alternance le {date_fr}. Après délibération du jury, nous ne pouvons malheureusement pas retenir votre candidature pour un contrat en alternance au sein du service {service}. Vos épreuves écrites étaient satisfaisantes, mais lors de l'entretien collectif, d'autres candidats ont montré une connaissance plus précise du métier.\n\nNous vous souhaitons de trouver rapidement une entreprise d'accueil pour votre formation.\n\nCordialement,\nService Relations Écoles – {company}",
            "Bonjour {name},\n\nmerci pour ta candidature au stage de six mois dans l'équipe {service}. On a rencontré plusieurs profils très intéressants et on a finalement choisi une personne dont la formation colle davantage à nos projets du moment. Ce ne sera donc pas pour cette fois.\n\nBelle suite dans ta recherche de stage !\n{rfirst}",
            "Madame, Monsieur,\n\nVotre candidature au Volontariat International en Entreprise (VIE) pour notre filiale de {villevie} n'a pas été retenue à l'issue des entretiens. La mission a été confiée à un candidat ayant déjà une expérience à l'international.\n\nNous conservons votre dossier et reviendrons vers vous si une nouvelle mission VIE correspond à votre profil.\n\nCordialement,\nLa Direction des Ressources Humaines",
            "Bonjour {me}, votre candidature au stage (réf. {ref}) n'a pas été retenue : les postes de stagiaires pour la session de printemps sont tous pourvus. Merci de l'intérêt que vous portez à {company}.\n\nL'équipe Recrutement",
        ],
        n=6,
        extra=FR_EARLY,
    ),
    # idea: a tutor confirming a stage with the gratification and the convention de stage, a contrat d'apprentissage with the OPCO, a VIE mission with the Business France allowance
    Family(
        "off_r8_fr_proposition_stage",
        OFF,
        f"[{FR_ATS}|{FR_PERSON}]",
        [
            "Proposition de stage – {company}",
            "Bonne nouvelle pour ton alternance !",
            "Votre mission VIE à {villevie} : proposition",
            "On t'accueille en stage 🎉",
        ],
        [
            "Bonjour {me},\n\nSuite à notre entretien, j'ai le plaisir de vous confirmer que nous vous accueillons en stage au sein du service {service} à partir du {date_fr}, pour une durée de six mois. Vous serez encadré(e) par {rfirst} {rlast}, responsable de l'équipe.\n\nLa gratification s'élève à {gratif}, à laquelle s'ajoutent les titres-restaurant et la prise en charge de la moitié de votre abonnement de transport. Merci de nous transmettre les coordonnées de votre école afin que nous puissions lancer la convention de stage.\n\nBien cordialement,\n{rfirst} {rlast}\n{company}",
            "Salut {name} !\n\nTrès bonne nouvelle : on te propose le contrat d'apprentissage pour ton alternance en {service}, au rythme de trois semaines en entreprise et une semaine à l'école. Début du contrat le {date_fr}, rémunération selon la grille légale, soit environ {alt_sal} la première année. Ta tutrice, ce sera moi 😊\n\nTu peux me confirmer d'ici {jour} ? Je lance le contrat avec l'OPCO dans la foulée.\n\n{rfirst}",
            "Bonjour {me},\n\nNous avons le plaisir de vous proposer une mission de Volontariat International en Entreprise de 18 mois dans notre filiale de {villevie}, au poste de chargé(e) de développement commercial. Le départ est prévu le {date_fr}. L'indemnité mensuelle, fixée par Business France selon le pays, est d'environ {vie_ind}.\n\nMerci de nous faire part de votre accord sous une semaine ; votre dossier sera ensuite transmis à Business France pour validation.\n\nCordialement,\nMobilité internationale – {company}",
            "Bonjour {name}, c'est validé de notre côté : on t'accueille en stage le {date_fr} ! Gratification {gratif}, horaires 9h–17h30, télétravail le vendredi. Je t'envoie la convention demain.\n{rfirst}",
        ],
        n=6,
        extra=FR_EARLY,
    ),
    # idea: receipts for a stage de fin d'études, an alternance application read as it comes, a VIE offer on a careers site, and a campus programme with an online test to come
    Family(
        "rcv_r8_fr_candidature_recue",
        RCV,
        f"[{FR_ATS}|{FR_PERSON}]",
        [
            "Accusé de réception – candidature de stage",
            "On a bien reçu ta candidature en alternance",
            "Candidature VIE enregistrée ({ref})",
            "Votre candidature au Graduate Programme {company}",
        ],
        [
            "Bonjour {me},\n\nNous accusons réception de votre candidature pour un stage de fin d'études au sein du service {service} (référence {ref}). Votre dossier sera étudié par l'équipe opérationnelle dans les trois semaines. Si votre profil est retenu, nous vous contacterons pour un premier échange téléphonique.\n\nCordialement,\nL'équipe Recrutement {company}",
            "Hello {name} !\n\nTa candidature pour l'alternance en {service} est bien arrivée chez nous, merci ! On étudie les dossiers au fil de l'eau jusqu'au {date_fr}. Pense à nous indiquer ton école et ton rythme d'alternance s'ils ne figurent pas déjà sur ton CV.\n\nÀ très vite,\nLa team RH",
            "Bonjour,\n\nVotre candidature à l'offre VIE « Chargé(e) d'affaires – {villevie} » a bien été enregistrée sur notre espace carrières. Vous pouvez suivre son avancement depuis votre compte candidat.\n\nMessage automatique : les réponses à cette adresse ne sont pas lues.",
            "Bonjour {me},\n\nMerci pour votre intérêt pour le Graduate Programme de {company}. Votre dossier de candidature est complet. Prochaine étape : si votre profil passe la présélection, vous recevrez sous dix jours un test en ligne.\n\nBien à vous,\nRecrutement Campus",
        ],
        n=5,
        extra=FR_EARLY,
    ),
    # A. Spanish ---------------------------------------------------------------------------
    # idea: a graduate programme's assessment-centre outcome, a team lead's no for a summer becario post, a formal prácticas extracurriculares refusal, a one-line note that the beca is taken
    Family(
        "rej_r8_es_practicas_no_seleccion",
        REJ,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "Programa de Graduados – resultado del assessment center",
            "Tu candidatura a las prácticas en {area}",
            "Resolución de tu candidatura de becario/a",
            "Beca de prácticas {ref}",
        ],
        [
            "Hola {name}:\n\nGracias por participar en el assessment center de nuestro Programa de Graduados el pasado {fecha}. Tras valorar la dinámica de grupo, el caso práctico y las entrevistas, el comité ha decidido no ofrecerte una de las plazas de esta convocatoria. Tu caso estuvo muy bien planteado, pero en la dinámica te vimos algo menos participativo/a que al resto del grupo.\n\nTe animamos a volver a presentarte cuando abramos la próxima edición.\n\nUn saludo,\nEquipo de Selección de {company}",
            "Hola {name}, te escribo desde el equipo de {area}. Al final hemos elegido a otra persona para el puesto de becario/a de este verano: buscábamos a alguien con algo más de soltura en Excel avanzado. Muchas gracias por la entrevista y mucho ánimo con el último curso.\n\n{rfirst}",
            "Estimado/a {me}:\n\nLamentamos comunicarle que su candidatura para las prácticas extracurriculares en el departamento de {area} no ha resultado seleccionada. Hemos recibido un número muy elevado de solicitudes, y la decisión se ha basado en la adecuación del perfil académico a las tareas del puesto.\n\nAtentamente,\nDepartamento de Recursos Humanos\n{company}",
            "Hola {name}! Solo para avisarte de que la beca de prácticas en {area} ya está asignada. Gracias por mandarnos el CV y suerte!!\n{rfirst}",
        ],
        n=6,
        extra=ES_EARLY,
    ),
    # idea: receipts for a graduate programme with its four phases, a becario post that needs the convenio de cooperación educativa, an automatic portal note, a manager's "me ha llegado tu CV"
    Family(
        "rcv_r8_es_solicitud_recibida",
        RCV,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "Hemos recibido tu solicitud – Programa de Graduados {anio}",
            "Confirmación de candidatura: becario/a en {area}",
            "Tu candidatura a las prácticas de verano",
            "Solicitud {ref} recibida",
        ],
        [
            "Hola {name}:\n\n¡Gracias por inscribirte en el Programa de Graduados {anio} de {company}! Hemos recibido tu candidatura correctamente (n.º {ref}).\n\nEl proceso tiene cuatro fases: test online, videoentrevista grabada, assessment center en {ciudad} e incorporación en septiembre. Te escribiremos en un plazo máximo de tres semanas para contarte si pasas a la primera prueba.\n\nUn saludo,\nSelección {company}",
            "Estimado/a {me}:\n\nLe confirmamos la recepción de su candidatura para la posición de becario/a en el área de {area}. Le recordamos que para formalizar las prácticas es imprescindible estar matriculado/a y que su universidad firme el convenio de cooperación educativa. Revisaremos su perfil y, si encaja, nos pondremos en contacto con usted.\n\nAtentamente,\nRR. HH. {company}",
            "¡Recibida! Tu candidatura para las prácticas de verano en {area} ya está en nuestro sistema. No respondas a este correo: te avisaremos por aquí de cualquier novedad.",
            "Hola {name}, te confirmo que me ha llegado tu CV para las prácticas en el equipo. Esta semana lo reviso con mi responsable y el {dia} te digo algo.\n\nSaludos,\n{rfirst}",
        ],
        n=5,
        extra=ES_EARLY,
    ),
    # idea: a video call with the team lead for prácticas, an in-person assessment day for a graduate programme, a manager's WhatsApp-style "¿hablamos?" about a beca
    Family(
        "int_r8_es_entrevista_practicas",
        INT,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "Videoentrevista – prácticas en {area}",
            "Te invitamos al assessment day del Programa de Graduados",
            "Siguiente paso en tu candidatura de becario/a",
            "¿Hablamos el {dia}?",
        ],
        [
            "Hola {name}:\n\nHemos revisado tu solicitud para las prácticas en {area} y nos gustaría conocerte. Te proponemos una videollamada de unos 30 minutos por Google Meet con {rfirst} {rlast}, responsable del equipo en el que estarías, el {dia} {fecha} a las {hora}. Si no te viene bien, respóndenos con otras dos opciones.\n\nUn saludo,\nSelección {company}",
            "Estimado/a {me}:\n\nEnhorabuena: ha superado las pruebas online del Programa de Graduados. Le invitamos a nuestro assessment day presencial, que tendrá lugar el {fecha} en nuestras oficinas de {ciudad}, de {hora} a 17:00. Incluye un caso práctico en grupo, una presentación individual y una entrevista con dos mánagers del área. Le rogamos que confirme su asistencia a través del portal del candidato.\n\nAtentamente,\nEquipo de Selección",
            "Hola {name}! Soy {rfirst}, de {company}. Me ha gustado tu CV para la beca en {area}. ¿Te va bien una llamada rápida el {dia} por la tarde? Unos 20 min, para conocernos y contarte el puesto.\n\nEnviado desde mi móvil",
        ],
        n=5,
        extra=ES_EARLY,
    ),
    # A. Dutch -----------------------------------------------------------------------------
    # idea: a stageplek confirmed with the stagevergoeding and the stageovereenkomst, a traineeship with an arbeidsovereenkomst and rotations, a werkstudent job offered in two lines, an afstudeerstage
    Family(
        "off_r8_nl_stageplek_aanbod",
        OFF,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Je stage bij {company}: goed nieuws!",
            "Aanbod traineeship {jaar}",
            "Bevestiging stageplek {afdeling}",
            "Welkom als werkstudent",
        ],
        [
            "Hoi {name},\n\nleuk nieuws: je kunt vanaf {datum} stage komen lopen bij de afdeling {afdeling}! {rfirst} wordt je begeleider. De stagevergoeding is {stagevergoeding} per maand, en je krijgt een laptop en een ov-vergoeding. Wil je de stageovereenkomst van je opleiding naar mij sturen? Dan regelen wij de rest.\n\nGroetjes,\n{rfirst} {rlast}",
            "Beste {me},\n\nNa de selectiedag van {datum} bieden wij je graag een plek aan in het {company} Traineeprogramma {jaar}. Je komt bij ons in dienst met een arbeidsovereenkomst voor twee jaar, een startsalaris van {salaris} en drie rotaties van acht maanden. Je contract en de arbeidsvoorwaarden vind je in de bijlage; we horen graag binnen tien dagen of je het aanbod aanneemt.\n\nMet vriendelijke groet,\nRecruitment {company}",
            "Hi {name}, het team is enthousiast, dus de werkstudentbaan is van jou als je wilt! 16 uur per week, {uurloon} per uur, start {datum}. Laat je even weten of je 'm aanneemt?\n{rfirst}",
            "Beste {name},\n\nJe afstudeerstage bij {company} gaat door! Start op {datum}, duur twintig weken, vergoeding {stagevergoeding} per maand. Je werkt aan het onderzoek naar onze planningsdata en hebt elke week een uur met je begeleider. Graag ontvang ik nog je ingevulde gegevensformulier voor de administratie.\n\nHartelijke groet,\n{rfirst}",
        ],
        n=6,
        extra=NL_EARLY,
    ),
    # idea: receipts for a meewerkstage with a two-week promise, a traineeship with a capaciteitentest after the closing date, a werkstudent auto-reply, a team lead forwarding to the stagecoördinator
    Family(
        "rcv_r8_nl_aanmelding_ontvangen",
        RCV,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Ontvangstbevestiging: je sollicitatie voor een stageplek",
            "We hebben je aanmelding voor het traineeship ontvangen",
            "Je sollicitatie als werkstudent",
            "Bevestiging sollicitatie {ref}",
        ],
        [
            "Beste {me},\n\nBedankt voor je sollicitatie voor een meewerkstage bij {company}. Je cv en motivatiebrief zijn goed bij ons binnengekomen (referentie {ref}). Uiterlijk over twee weken hoor je van ons of we je uitnodigen voor een kennismaking.\n\nMet vriendelijke groet,\nHR {company}",
            "Hoi {name}!\n\nJe aanmelding voor ons traineeship {jaar} staat. De volgende stap is een online capaciteitentest; die ontvang je na de sluitingsdatum van {datum}. Tot die tijd hoef je niets te doen.\n\nSucces alvast!\nRecruitment {company}",
            "Dank je wel voor je sollicitatie als werkstudent bij {afdeling}! We kijken er deze week naar. Dit is een automatisch bericht.",
            "Beste {name},\n\nDank voor je mail en je cv. Ik heb je vraag over een afstudeerplek in ons team doorgestuurd naar onze stagecoördinator; zij neemt uiterlijk {dag} contact met je op.\n\nGroet,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=NL_EARLY,
    ),
    # idea: a traineeship selectiedag with a business case and a rollenspel, a teamleider asking for a video call about a stage, a werkstudent interview booked through the portal
    Family(
        "int_r8_nl_selectiedag_uitnodiging",
        INT,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Uitnodiging selectiedag traineeship",
            "Kennismaking over je stage – videocall",
            "Uitnodiging sollicitatiegesprek werkstudent",
            "Plan je gesprek in",
        ],
        [
            "Beste {me},\n\nGefeliciteerd, je bent door naar de selectiedag van het {company} Traineeprogramma! Die vindt plaats op {datum} op ons kantoor in {stad}, van {tijd} tot ongeveer 16:30. Je werkt in een groepje aan een business case, doet een rollenspel en hebt een gesprek met twee managers. We vergoeden je reiskosten.\n\nWil je je deelname vóór {dag} bevestigen via de link in je kandidaatportaal?\n\nMet vriendelijke groet,\nRecruitment {company}",
            "Hoi {name},\n\nik ben {rfirst}, teamleider bij {afdeling}. Je sollicitatie voor de stage sprak me aan en ik wil graag een half uurtje videobellen om kennis te maken. Kan het op {dag} om {tijd}? Anders hoor ik graag wanneer het jou wel uitkomt.\n\nGroet,\n{rfirst}",
            "Hi {name}, we willen je graag spreken over de werkstudentbaan! Kies hier een moment: https://{slug}.recruitee.com/o/werkstudent/{ref} – het gesprek duurt 30 minuten via Teams.\n\nGroetjes, {rfirst}",
        ],
        n=5,
        extra=NL_EARLY,
    ),
    # B. English ---------------------------------------------------------------------------
    # idea: a bakery, café, salon or bike-workshop owner texting back about a CV left in person: come in for a trial shift on Saturday
    Family(
        "int_r8_en_trial_shift_come_in",
        INT,
        "[{rfirst} <{shopmail}>|{shop} <{shopmail}>|{rfirst} {rlast} <{shopmail}>]",
        [
            "trial shift saturday?",
            "Re: weekend job",
            "Re: your CV",
            "come in for a trial?",
        ],
        [
            "Hi {name}, thanks for popping in with your CV yesterday. Can you do a trial shift Saturday 10 till 2? Wear black and comfy shoes. Just text me back yes or no. {rfirst} ({shop})",
            "hiya {name} – saw your application for the weekend job. fancy coming in for a couple of hours on {day} from {time}? you'd just shadow me on the floor and we'll see how it goes. {rfirst}",
            "Hello {name},\n\nThanks for getting in touch about the assistant job at {shop}. Before I decide I always do a paid trial – a morning working alongside me. Would {day} at 8 suit you? [Bring an apron if you have one.|Bring your own scissors if you have them.|Old clothes, it gets oily in here.]\n\n{rfirst}\nSent from my iPhone",
            "{name} are you still after a job? we're short in the kitchen, come in tomorrow at 4 for a trial and we'll have a chat after. ask for {rfirst}",
        ],
        n=5,
        extra=EN_SHOP,
    ),
    # idea: the same owners after the trial: thanks for Saturday, we went with someone else, or it's not going to work out, sometimes paying for the hours
    Family(
        "rej_r8_en_trial_not_working_out",
        REJ,
        "[{rfirst} <{shopmail}>|{shop} <{shopmail}>|{rfirst} {rlast} <{shopmail}>]",
        [
            "Re: Saturday",
            "about the job",
            "Re: trial",
            "after your trial",
        ],
        [
            "Hi {name}, thanks for Saturday, you were lovely with the customers. We've gone with someone else for the job though, they can do weekdays as well. Good luck x {rfirst}",
            "Hey {name}. Honest answer after the trial: it's not going to work out, the kitchen's too fast for someone new right now so I can't give you the job. Appreciate you coming in – I've sent you £40 for the hours. {rfirst}",
            "Hi {name},\n\nThanks for your time at {shop} on {day}. I've had a think and I'm offering the position to someone who's got more experience on the coffee machine. Sorry it isn't better news, and thanks again.\n\n{rfirst}",
            "sorry {name}, we won't be taking you on for the job after the trial. cheers for your help today and all the best",
        ],
        n=5,
        extra=EN_SHOP,
    ),
    # idea: the owner's yes after the trial: you start Monday, the hourly rate, bring bank details, come early to learn the till
    Family(
        "off_r8_en_trial_start_monday",
        OFF,
        "[{rfirst} <{shopmail}>|{shop} <{shopmail}>|{rfirst} {rlast} <{shopmail}>]",
        [
            "you start monday!",
            "Re: trial shift",
            "job's yours",
            "Re: the job",
        ],
        [
            "{name}! Loved having you in on Saturday. If you still want the job, you start Monday 7am. {wage} an hour, the rota's on the back door. Bring your bank details. {rfirst}",
            "Hi {name}, after your trial the girls all said yes 😊 I'd like to offer you the junior stylist job, three days a week to start. Can you begin on {day}? {rfirst} @ {shop}",
            "Hello {name},\n\nThanks for the trial day. I'd like to take you on as our new workshop hand – 30 hours a week, {wage} an hour, starting next Monday at 8. I'll have a contract ready for you to sign when you arrive.\n\nCheers,\n{rfirst}",
            "hey you got the job!! first proper shift is friday 5pm, come 15 min early so I can show you the till. {rfirst}",
        ],
        n=5,
        extra=EN_SHOP,
    ),
    # B. Spanish ---------------------------------------------------------------------------
    # idea: a bar, bakery or hairdresser owner writing from a phone: come on Saturday at ten for a prueba
    Family(
        "int_r8_es_prueba_sabado",
        INT,
        "[{rfirst} <{rfirst}.{rlast}@gmail.com>|{negocio} <{rfirst}{rlast}@hotmail.com>|{rfirst} <{rfirst}@yahoo.es>]",
        [
            "prueba el sábado",
            "Re: el CV que dejaste",
            "Lo de trabajar en {negocio}",
            "¿Puedes venir a hacer una prueba?",
        ],
        [
            "Hola {name}! Soy {rfirst}, de {negocio}. Vi tu currículum, ¿puedes venir el sábado a las 10 a hacer una prueba? Unas tres horitas, trae ropa negra. Dime algo!",
            "Buenas {name}, te escribo por el puesto de ayudante de cocina. Hacemos una prueba el {dia} a las 18:00: te vienes y ves cómo funcionamos. Pregunta por {rfirst} en la barra.",
            "Hola {name},\n\nGracias por tu interés en el puesto de ayudante aquí en {negocio}. Antes de decidir nos gusta que la gente venga una mañana de prueba. ¿Te viene bien el {dia} a las 9:30? Si no, dime qué día puedes.\n\nUn abrazo,\n{rfirst}",
        ],
        n=5,
        extra=ES_SHOP,
    ),
    # idea: the owner's yes after the prueba: you start on Monday, the contract, the DNI and the Seguridad Social number
    Family(
        "off_r8_es_empiezas_lunes",
        OFF,
        "[{rfirst} <{rfirst}.{rlast}@gmail.com>|{negocio} <{rfirst}{rlast}@hotmail.com>|{rfirst} <{rfirst}@yahoo.es>]",
        [
            "Empiezas el lunes!",
            "Re: prueba",
            "El puesto es tuyo",
            "Lo del trabajo",
        ],
        [
            "Hola {name}!! La prueba del sábado genial, a todos les caíste muy bien. Si te sigue interesando el puesto, empiezas el lunes a las 7 en el obrador. Te hacemos contrato de 30 horas. Tráete el DNI y el número de la Seguridad Social. {rfirst}",
            "Buenas {name}, te quedas con el puesto de camarero/a 🙌 Turno de tarde de martes a sábado, {sueldo_hora} la hora más propinas. ¿Puedes empezar el {dia}? {rfirst}",
            "Hola {name},\n\nme gustó mucho cómo trabajaste en la prueba. Te ofrezco el puesto de ayudante en el taller, jornada completa y contrato de seis meses para empezar. Avísame esta semana si aceptas y preparo los papeles con la gestoría.\n\n{rfirst}, {negocio}",
        ],
        n=5,
        extra=ES_SHOP,
    ),
    # B. German ----------------------------------------------------------------------------
    # idea: a café, bakery or bike-workshop owner inviting to Probearbeiten or a bezahlter Probetag after a Bewerbung for an Aushilfe or Minijob
    Family(
        "int_r8_de_probearbeit_einladung",
        INT,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@gmx.de>|{laden} <{rfirst}@web.de>|{rfirst} <{rfirst}{rlast}@t-online.de>]",
        [
            "Probearbeiten am Samstag?",
            "Re: deine Bewerbung als Aushilfe",
            "Probetag",
            "Re: Minijob",
        ],
        [
            "Hallo {name}, danke für deine Bewerbung! Hast du Lust, Samstag um 10 zum Probearbeiten zu kommen? So zwei, drei Stunden, dann sehen wir weiter. Bitte dunkle Hose und feste Schuhe. Gruß {rfirst} ({laden})",
            "Moin {name}, wegen dem Job in der Backstube: komm doch am {tag} früh um sechs zum Probetag. Ich zeig dir alles, danach reden wir in Ruhe. {rfirst}",
            "Hallo {name},\n\nvielen Dank für deine Nachricht und den Lebenslauf. Bevor ich mich entscheide, mache ich mit allen einen bezahlten Probetag in der Werkstatt. Würde dir {tag} ab 8 Uhr passen? Arbeitsschuhe hast du ja, schreibst du.\n\nViele Grüße\n{rfirst} {rlast}\n{laden}",
        ],
        n=5,
        extra=DE_SHOP,
    ),
    # idea: the owner after the Probetag: someone else with more experience got the Stelle, or it simply does not fit, the hours are paid anyway
    Family(
        "rej_r8_de_nach_probearbeit",
        REJ,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@gmx.de>|{laden} <{rfirst}@web.de>|{rfirst} <{rfirst}{rlast}@t-online.de>]",
        [
            "Re: Samstag",
            "wegen dem Probetag",
            "Rückmeldung zum Probearbeiten",
            "kurz zur Stelle",
        ],
        [
            "Hi {name}, danke nochmal für Samstag! Wir nehmen aber jemanden, der schon länger an der Siebträgermaschine steht. Die Stelle ist damit vergeben. Alles Gute dir! {rfirst}",
            "Hallo {name}, ich will ehrlich sein: nach dem Probetag passt es leider nicht mit dem Job. Im Salon brauchen wir jemanden, der schon selbstständig färben kann. Danke, dass du da warst, die Stunden überweise ich dir. {rfirst}",
            "Moin {name},\n\nes wird leider nichts mit dem Job bei uns. Du warst fleißig, aber für die Frühschicht in der Backstube brauchen wir jemanden mit mehr Routine. Trotzdem danke und viel Glück!\n\n{rfirst} vom {laden}",
        ],
        n=5,
        extra=DE_SHOP,
    ),
    # B. French ----------------------------------------------------------------------------
    # idea: a baker, brasserie or shop owner after a journée d'essai: c'est oui, you start Monday, bring the carte Vitale and a RIB
    Family(
        "off_r8_fr_essai_embauche",
        OFF,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@orange.fr>|{rfirst} <{rfirst}{rlast}@gmail.com>|{rfirst} <{rfirst}@laposte.net>]",
        [
            "Suite à ta journée d'essai",
            "C'est bon pour toi !",
            "Re: essai samedi",
            "Le poste",
        ],
        [
            "Coucou {name}, suite à ta journée d'essai c'est oui de notre côté ! Si le poste t'intéresse toujours, tu commences lundi à 6h30 au fournil. CDI de 35h, on signe le contrat mardi. À lundi, {rfirst}",
            "Bonjour {name}, on a bien aimé ta façon de bosser samedi. Je te propose le job de commis en cuisine, contrat de six mois pour commencer, {jour} prochain 9h. Tu me dis ? {rfirst}",
            "Salut {name},\n\nL'essai en boutique s'est super bien passé, l'équipe est partante. Je t'embauche comme vendeur(se) à temps partiel, 24h par semaine, à partir du {date_fr}. Passe avec ta carte Vitale et un RIB, je prépare ton contrat.\n\n{rfirst}, {commerce}",
        ],
        n=5,
        extra=FR_SHOP,
    ),
    # B. Dutch -----------------------------------------------------------------------------
    # idea: a koffiebar, bakkerij or fietsenmaker after a proefdag: chosen someone who can do early mornings, too slow behind the bar, the hours paid anyway
    Family(
        "rej_r8_nl_na_proefdag",
        REJ,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@ziggo.nl>|{zaak} <{rfirst}@kpnmail.nl>|{rfirst} <{rfirst}{rlast}@gmail.com>]",
        [
            "Re: proefdag",
            "Even over zaterdag",
            "Na je proefdag",
            "Re: de baan",
        ],
        [
            "Hoi {name}, dank je voor de proefdag zaterdag! We hebben voor de baan toch voor iemand anders gekozen, die ook 's ochtends vroeg kan. Sorry! Succes met zoeken. {rfirst}",
            "Hey {name}, eerlijk gezegd gaat het na de proefdag niet werken met de baan. Achter de bar moet het sneller dan nu en ik heb geen tijd om iemand helemaal in te werken. De uren krijg je gewoon betaald. Groet {rfirst}",
            "Hallo {name},\n\nbedankt dat je woensdag een dag in de werkplaats hebt meegedraaid. Ik heb besloten de functie aan een andere kandidaat te geven, die al veel aan fietsen heeft gesleuteld. Veel succes verder!\n\n{rfirst} {rlast}\n{zaak}",
        ],
        n=5,
        extra=NL_SHOP,
    ),
    # C. English ---------------------------------------------------------------------------
    # idea: a university's postgraduate admissions office on a master's with an internship semester: conditional offer, refusal for the intake, the compulsory placement workshop, unconditional status
    Family(
        "oth_r8_en_masters_internship_semester",
        OTH,
        "[Postgraduate Admissions <pg-admissions@northhaven-uni.example>|Eastmere University Admissions <admissions@eastmere.ac.example>|School of Business <business-students@kingsbridge-uni.example>]",
        [
            "Offer of admission: MSc {course}",
            "Your application to MSc {course} (with Professional Placement)",
            "Admissions decision – {course}",
            "Semester three: your internship semester",
        ],
        [
            "{hi}\n\nI am pleased to offer you a place on the MSc {course} with Professional Placement at {uni}, starting in September. This is a two-year programme: two taught semesters, then an internship semester with one of our partner organisations, and finally a dissertation.\n\nThe offer is conditional on achieving a 2:1 in your current degree and an IELTS score of 6.5. Please accept or decline through the applicant portal by {date}. Tuition fees for the programme are £14,900 per year.\n\nYours sincerely,\nPostgraduate Admissions Office",
            "{hi}\n\nThank you for applying to the MSc {course}. The admissions committee has reviewed your application and, unfortunately, we are unable to offer you a place for this intake. The programme received over {big} applications for 60 places, and we prioritised applicants with more quantitative modules in their undergraduate degree.\n\nYou may still apply to our one-year MSc without the placement option, which has a later deadline.\n\nPostgraduate Admissions",
            "{hi}\n\nWelcome to the placement route of your master's! Students on this route spend semester three in a host organisation of their choice. On {date} we'll run a compulsory session on finding a host, writing your learning agreement and getting your placement approved by the course leader. It counts towards your professional practice module.\n\nBest wishes,\nStudent Experience Team",
            "Congratulations! Your offer for the MSc {course} is now unconditional. Log in to complete online enrolment before {date}. – {uni}, Admissions",
        ],
        n=6,
        extra=EN_LOOK,
    ),
    # idea: a summer school confirming a place in this year's cohort or putting the applicant on the reserve list, and an online-course platform starting a cohort with limited places
    Family(
        "oth_r8_en_summer_school_cohort",
        OTH,
        "[Summer School Office <summerschool@kingsbridge-uni.example>|Courseport <hello@courseport.example>|Admissions Panel <apply@summer-institute.example>]",
        [
            "Welcome to this year's cohort!",
            "Your place at the summer school",
            "Summer school application: decision",
            "Your cohort starts on {day}",
        ],
        [
            "{hi}\n\nWe're delighted to confirm your place at {school}. This year's cohort is 40 students from 19 countries, and classes run from 7 to 25 July on our {city} campus. The fee of £1,850 covers tuition, a room in halls and the weekend excursions. Please pay the deposit within 14 days to secure your accommodation.\n\nWe can't wait to meet you!\nSummer School Office",
            "{hi}\n\nThank you for applying to {school}. We received many more applications than we have places, and we're sorry to say you have not been selected for this year's programme. You are on our reserve list, though: if a place becomes free before {date}, we'll email you straight away.\n\nKind regards,\nThe Admissions Panel",
            "{hi}\n\nYour cohort starts on {day}! You're enrolled in 'Data Storytelling for Beginners' (six weeks, about four hours a week). Each Monday a new module unlocks, and you'll be put into a peer-review group after week one. Say hello in the cohort forum.\n\nHappy learning,\nThe Courseport team",
            "{hi}\n\nThe intake for the next cohort of our free online Python course closes on {date}. We limit every intake to 500 learners so that mentors can give feedback on each project. Confirm your seat now – it only takes a minute.\n\nCourseport",
        ],
        n=5,
        extra=EN_LOOK,
    ),
    # idea: a children's football or swimming academy: a trial session invitation, no place after the trial as the age group is full, a place in the development squad with a monthly fee
    Family(
        "oth_r8_en_academy_trial_child",
        OTH,
        "[Academy Office <academy@riversidefc.example>|Northhaven Swim Squad <coach@northhaven-swim.example>|Eastmere Juniors FC <juniors@eastmerefc.example>]",
        [
            "{child}'s trial at the academy",
            "Academy trial invitation – U{age}",
            "Trial outcome for {child}",
            "Re: development squad trial",
        ],
        [
            "{hi}\n\nThanks for registering {child} for our academy trials. We'd like to invite {child} to a trial session on {day} {date} at {time} on the Riverside 3G pitches. Sessions last 90 minutes; please arrive 20 minutes early to sign in, with shin pads, boots for artificial grass and a water bottle. Parents are welcome to watch from the viewing area.\n\nAcademy Player Recruitment",
            "{hi}\n\nThank you for bringing {child} along to the trial on Saturday. The coaches enjoyed working with {child}, who tried really hard. On this occasion we won't be offering a place in the development squad, as our U{age} group is now full. We'd encourage {child} to keep playing at grassroots level and to come back for next season's trials.\n\nBest wishes,\nHead of Academy Coaching",
            "{hi}\n\nGreat news – after three trial sessions we're pleased to offer {child} a place in our U{age} development squad for the coming season. Training is on Tuesdays and Thursdays, 5:30–7pm, and the monthly fee is £35. Please fill in the registration and medical forms attached by {date}.\n\nSee you on the pitch!\nAcademy Office",
            "Hi {name}, just confirming {child}'s swim squad trial on {day} at {time}. Goggles and a hat, please. Thanks, {rfirst} (Head Coach)",
        ],
        n=5,
        extra=EN_LOOK,
    ),
    # C. German ----------------------------------------------------------------------------
    # idea: a Sportverein or a Nachwuchsleistungszentrum about a child's Probetraining: invitation, waiting list after the trial, Aufnahme in die Leistungsgruppe, a coach's short note
    Family(
        "oth_r8_de_probetraining_kind",
        OTH,
        "[Jugendabteilung TSV Grünwiese <jugend@tsv-gruenwiese.example>|{rfirst} {rlast} <{rfirst}.{rlast}@gmx.de>|SC Blauwasser Schwimmabteilung <schwimmen@sc-blauwasser.example>]",
        [
            "Probetraining für {kind}",
            "Einladung zum Sichtungstraining U11",
            "Rückmeldung zum Probetraining",
            "Aufnahme in die Leistungsgruppe",
        ],
        [
            "Hallo {name},\n\nvielen Dank für die Anmeldung von {kind} zum Probetraining in unserer Nachwuchsabteilung. Wir laden {kind} herzlich zum Sichtungstraining am {tag}, {datum}, um 16:30 Uhr auf den Kunstrasenplatz ein. Bitte Schienbeinschoner, Trinkflasche und wettergerechte Kleidung mitbringen. Eltern können vom Spielfeldrand aus zuschauen.\n\nSportliche Grüße\nJugendleitung",
            "Hallo {name},\n\n{kind} hat beim Probetraining am Samstag toll mitgemacht, danke fürs Vorbeibringen! Leider ist unsere U10-Trainingsgruppe mit 18 Kindern voll, und wir können {kind} im Moment keinen Platz anbieten. Wir haben {kind} auf die Warteliste gesetzt und melden uns, sobald etwas frei wird.\n\nViele Grüße\n{rfirst}, Trainer",
            "Hallo {name},\n\nschöne Nachricht: Die Trainerinnen haben nach den drei Probeeinheiten entschieden, dass {kind} ab sofort in die Leistungsgruppe aufgenommen wird. Training ist dienstags und donnerstags, der Monatsbeitrag liegt bei 38 €. Das Aufnahmeformular hängt an.\n\nSportliche Grüße\nSchwimmabteilung",
            "Hi {name}, Probetraining für {kind} geht klar: {tag} 17 Uhr, Halle 2. Hallenschuhe nicht vergessen! LG {rfirst}",
        ],
        n=5,
        extra=DE_LOOK,
    ),
    # idea: a university International Office on an Erasmus exchange place: selected for the partner university, no place at the three preferred ones, the learning agreement reminder
    Family(
        "oth_r8_de_auslandssemester",
        OTH,
        "[International Office <international@uni-nordstadt.example>|Akademisches Auslandsamt <auslandsamt@hs-rheintal.example>|Erasmus-Koordination <erasmus@uni-nordstadt.example>]",
        [
            "Zusage für Ihren Erasmus-Platz",
            "Auswahlergebnis Austauschprogramm",
            "Nominierung an der Partnerhochschule",
            "Erinnerung: Learning Agreement",
        ],
        [
            "Liebe/r {me},\n\ngute Nachrichten aus dem Auswahlverfahren: Sie haben für das Wintersemester einen Erasmus+-Studienplatz an der {partner} erhalten. Bitte nehmen Sie den Platz bis zum {datum} im Mobility-Online-Portal an. Danach nominieren wir Sie bei der Partnerhochschule, die Ihnen die weiteren Unterlagen zuschickt.\n\nMit freundlichen Grüßen\nInternational Office",
            "Liebe/r {me},\n\nleider konnten wir Ihnen an keiner Ihrer drei Wunschhochschulen einen Austauschplatz zuteilen. Die Plätze wurden nach Notendurchschnitt und Motivationsschreiben vergeben, und die Nachfrage war in diesem Jahr besonders hoch. Restplätze an anderen Partnerhochschulen werden ab dem {datum} vergeben; dafür können Sie sich noch bewerben.\n\nMit freundlichen Grüßen\nAkademisches Auslandsamt",
            "Hallo {name},\n\nkurze Erinnerung: Dein Learning Agreement für das Auslandssemester an der {partner} muss bis zum {datum} unterschrieben vorliegen, sonst können wir die erste Rate deines Erasmus-Stipendiums nicht auszahlen.\n\nViele Grüße\nDein International Office",
        ],
        n=5,
        extra=DE_LOOK,
    ),
    # C. Spanish ---------------------------------------------------------------------------
    # idea: a children's football or basketball academy: the prueba de acceso, no place after the prueba with a waiting list, admitted for next season with a monthly fee
    Family(
        "oth_r8_es_prueba_academia",
        OTH,
        "[Escuela de Fútbol Los Pinos <cantera@efpinos.example>|{rfirst} {rlast} <{rfirst}.{rlast}@gmail.com>|Academia de Baloncesto Ribera <info@basketribera.example>]",
        [
            "Prueba de acceso para {nino}",
            "Pruebas de la escuela de fútbol",
            "Resultado de las pruebas – Academia",
            "Re: prueba del sábado",
        ],
        [
            "Hola {name}:\n\nGracias por inscribir a {nino} en las pruebas de acceso de nuestra escuela de fútbol. La prueba será el {dia} {fecha} a las 17:30 en el campo municipal. Que venga con espinilleras, botas de tacos y agua. Los padres pueden quedarse en la grada.\n\nUn saludo,\nCoordinación de cantera",
            "Hola {name}, {nino} estuvo muy bien en la prueba del sábado. Este año el grupo alevín está completo y no podemos darle plaza, pero lo dejamos en lista de espera para enero. ¡Gracias por venir!\n{rfirst}, entrenador",
            "Estimada familia:\n\nNos complace comunicarles que {nino} ha superado las pruebas de selección y ha sido admitido/a en la Academia de Baloncesto para la próxima temporada. La cuota mensual es de 45 € y los entrenamientos son lunes, miércoles y viernes. Para formalizar la inscripción, rellenen el formulario adjunto antes del {fecha}.\n\nAtentamente,\nDirección deportiva",
        ],
        n=5,
        extra=ES_LOOK,
    ),
    # idea: a youth volunteering programme abroad and a town hall's summer campo de trabajo: selected with pocket money and training, no place after the draw, an information meeting
    Family(
        "oth_r8_es_voluntariado_juvenil",
        OTH,
        "[Voluntariado Internacional <voluntariado@puentesjovenes.example>|Servicio de Juventud <juventud@ayto-villaclara.example>|Casa de la Juventud <info@casajuventud.example>]",
        [
            "Has sido seleccionado/a para el proyecto de voluntariado",
            "Campos de trabajo de verano: adjudicación de plazas",
            "Reunión informativa – voluntariado juvenil",
            "Tu solicitud de voluntariado en {pais}",
        ],
        [
            "Hola {name}:\n\n¡Enhorabuena! La organización de acogida te ha seleccionado para el proyecto de voluntariado de ocho meses en {pais}. El programa cubre alojamiento, manutención, seguro y una pequeña cantidad mensual de dinero de bolsillo. Antes de salir harás un curso de formación de tres días en {ciudad}.\n\nResponde a este correo para confirmar tu participación antes del {fecha}.\n\nUn abrazo,\nEquipo de Voluntariado Internacional",
            "Hola {name}:\n\nGracias por tu solicitud para los campos de trabajo de verano. Lamentamos comunicarte que no hemos podido asignarte plaza: las plazas para jóvenes de 18 a 25 años se han adjudicado por sorteo y tu número no ha salido. Quedas en reserva por si alguien renuncia.\n\nSaludos,\nServicio de Juventud del Ayuntamiento",
            "Recordatorio: la reunión informativa del programa de voluntariado juvenil es el {dia} a las {hora} en la Casa de la Juventud. Trae el DNI y, si eres menor, la autorización firmada por tu familia.",
        ],
        n=5,
        extra=ES_LOOK,
    ),
    # C. French ----------------------------------------------------------------------------
    # idea: a cooking school's trial session (séance d'essai / atelier découverte): booking confirmed, session full with a waiting list, a place kept in the full course after the trial
    Family(
        "oth_r8_fr_cours_cuisine_essai",
        OTH,
        "[{atelier} <reservations@atelier-cuisine.example>|{rfirst} {rlast} <{rfirst}.{rlast}@atelier-cuisine.example>|Cours de cuisine <bonjour@petitetoque.example>]",
        [
            "Votre séance d'essai le {date_fr}",
            "Atelier découverte : liste d'attente",
            "Envie de continuer après votre cours d'essai ?",
            "Confirmation de réservation – cours d'essai",
        ],
        [
            "Bonjour {name},\n\nMerci pour votre réservation ! Votre cours d'essai « {cours} » a lieu le {jour} {date_fr} à 18h30 dans notre atelier de {ville}. Tablier et ustensiles fournis, et vous repartez avec ce que vous avez préparé. Si le cours vous plaît, cette séance est déduite de l'abonnement trimestriel.\n\nÀ bientôt en cuisine !\nL'équipe de {atelier}",
            "Bonjour {name},\n\nLa séance d'essai du {jour} est malheureusement complète : nous limitons nos ateliers à huit participants pour que chacun ait son propre poste de travail. Nous vous avons inscrit(e) sur la liste d'attente et vous proposons la date suivante, le {date_fr}.\n\nCordialement,\n{atelier}",
            "Bonjour {name}, merci d'être venu(e) à l'atelier d'essai samedi ! Envie de continuer ? Votre place dans le cycle « {cours} » (huit séances) est réservée jusqu'au {date_fr}. Il suffit de régler l'inscription en ligne.\n{rfirst}, chef formateur",
        ],
        n=5,
        extra=FR_LOOK,
    ),
    # C. Dutch -----------------------------------------------------------------------------
    # idea: a university summer school admitting a student to this year's group or putting them on a reserve list, and an online course platform starting a cohort
    Family(
        "oth_r8_nl_zomerschool",
        OTH,
        "[Summer School Office <summerschool@uni-lindeweg.example>|Team Zomerschool <zomerschool@hs-dijkstad.example>|Leerplein <hallo@leerplein.example>]",
        [
            "Toelating {zschool}",
            "Je plek in de zomerschool",
            "Uitslag aanmelding zomerschool",
            "Je cohort begint op {dag}",
        ],
        [
            "Beste {name},\n\nWe zijn blij je te laten weten dat je bent toegelaten tot de {zschool} in {stad}. De cursus duurt twee weken en de groep bestaat dit jaar uit 35 deelnemers uit twaalf landen. Het cursusgeld van € 1.150, inclusief huisvesting, moet vóór {datum} betaald zijn om je plek te behouden.\n\nMet vriendelijke groet,\nSummer School Office",
            "Beste {name},\n\nHelaas kunnen we je dit jaar geen plaats in de zomerschool aanbieden: er waren ruim drie keer zoveel aanmeldingen als plekken. Je staat wel op de reservelijst en hoort uiterlijk {datum} of er toch nog ruimte is.\n\nHartelijke groet,\nTeam Zomerschool",
            "Hoi {name}, je online cohort 'UX-ontwerp voor beginners' start op {dag}! Elke week komt er een nieuwe module vrij, met een opdracht die een medecursist beoordeelt. Stel je alvast voor in het forum. Veel leerplezier!\nLeerplein",
        ],
        n=5,
        extra=NL_LOOK,
    ),
]
