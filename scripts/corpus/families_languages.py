# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""German, French, Spanish and Dutch: the same kinds of news in other languages.

Formal (Sie/vous/usted/u) and informal (du/tu/tú/je) voices, local job titles, dates and
salaries written the local way, and decisions about flats, degrees, loans and grants that
use the same words as a rejection or an offer but are not about a job. The English slots
(greetings, sign-offs, dates) are not used here: each language has its own below."""

from generate import Family

# Slot values per language (values, not wording: every family writes its own sentences).
DE = {
    "stelle": [
        "Softwareentwickler (m/w/d)",
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Werkstudent Marketing (m/w/d)",
        "Projektmanager IT (m/w/d)",
        "Data Analyst (m/w/d)",
        "Personalreferent (m/w/d)",
        "Mitarbeiter Vertriebsinnendienst (m/w/d)",
        "Junior Controller (w/m/d)",
        "UX Designer (all genders)",
        "Teamleitung Kundenservice (m/w/d)",
    ],
    "ort": [
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt am Main",
        "Stuttgart",
        "Leipzig",
        "Düsseldorf",
        "Wien",
        "Zürich",
    ],
    "tag": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "datum": [
        "04.03.",
        "12.03.",
        "02.04.",
        "17.04.",
        "21.05.",
        "06.06.",
        "09.07.",
        "15.09.",
        "01.10.",
        "18.10.",
        "05.11.",
    ],
    "uhr": ["9:00", "9:30", "10:00", "11:00", "13:30", "14:00", "15:30", "16:00"],
    "gehalt": ["58.000 €", "62.500 €", "71.000 €", "48.000 €", "85.000 €"],
}
FR = {
    "poste": [
        "Développeur Full Stack (H/F)",
        "Chargé(e) de recrutement H/F",
        "Comptable fournisseurs (H/F)",
        "Chef de projet digital H/F",
        "Data Analyst (F/H)",
        "Responsable marketing H/F",
        "Commercial(e) sédentaire",
        "DevOps Engineer H/F",
        "Stage - Assistant(e) communication",
        "Business Developer en alternance",
    ],
    "ville": [
        "Paris",
        "Lyon",
        "Nantes",
        "Bordeaux",
        "Lille",
        "Toulouse",
        "Marseille",
        "Rennes",
        "Bruxelles",
        "Genève",
        "Montréal",
    ],
    "jour": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "date_fr": [
        "3 mars",
        "12 mars",
        "2 avril",
        "16 avril",
        "21 mai",
        "5 juin",
        "8 juillet",
        "9 septembre",
        "1er octobre",
        "17 octobre",
        "6 novembre",
    ],
    "heure": ["9h", "9h30", "10h", "11h15", "14h", "14h30", "16h", "17h"],
    "salaire": [
        "42 000 € bruts annuels",
        "48 k€ brut annuel",
        "55 000 € brut par an",
        "38 500 € bruts annuels",
    ],
}
ES = {
    "puesto": [
        "Desarrollador/a Backend",
        "Técnico/a de Selección",
        "Administrativo/a contable",
        "Responsable de Marketing Digital",
        "Analista de Datos",
        "Ingeniero/a de Calidad",
        "Comercial B2B",
        "Becario/a de Comunicación",
        "Project Manager",
        "Jefe/a de Tienda",
    ],
    "ciudad": [
        "Madrid",
        "Barcelona",
        "Valencia",
        "Sevilla",
        "Bilbao",
        "Málaga",
        "Zaragoza",
        "Ciudad de México",
        "Buenos Aires",
        "Bogotá",
    ],
    "dia": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fecha": [
        "3 de marzo",
        "12 de marzo",
        "2 de abril",
        "16 de abril",
        "21 de mayo",
        "5 de junio",
        "8 de julio",
        "9 de septiembre",
        "1 de octubre",
        "17 de octubre",
        "6 de noviembre",
    ],
    "hora": ["9:00", "9:30", "10:00", "11:30", "12:00", "16:00", "17:30"],
    "sueldo": [
        "32.000 € brutos anuales",
        "38.500 € brutos al año",
        "45.000 € brutos anuales",
        "28.000 € brutos anuales",
    ],
}
NL = {
    "functie": [
        "Medewerker Klantenservice",
        "Junior Data Analist",
        "Backend Developer (Java)",
        "Financieel Administratief Medewerker",
        "Marketingcoördinator",
        "Teamleider Logistiek",
        "Verpleegkundige",
        "Accountmanager",
        "Beleidsmedewerker",
        "Stagiair HR",
    ],
    "stad": [
        "Amsterdam",
        "Utrecht",
        "Rotterdam",
        "Eindhoven",
        "Den Haag",
        "Groningen",
        "Arnhem",
        "Zwolle",
        "Antwerpen",
        "Gent",
    ],
    "dag": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "datum": [
        "3 maart",
        "12 maart",
        "2 april",
        "16 april",
        "21 mei",
        "5 juni",
        "8 juli",
        "9 september",
        "1 oktober",
        "17 oktober",
        "6 november",
    ],
    "tijd": ["9:00", "9:30", "10:00", "11:00", "13:30", "14:00", "15:30", "16:00"],
    "salaris": [
        "€ 3.800 bruto per maand",
        "€ 4.250 bruto per maand",
        "€ 52.000 bruto per jaar",
        "€ 3.200 bruto per maand (schaal 9)",
    ],
}

DE_ATS = "[{company} Recruiting <noreply@jobs.personio.de>|{company} Karriere <karriere@{slug}.de>|{company} Personalabteilung <bewerbung@{slug}.de>|{company} <no-reply@{slug}.softgarden.io>|{company} Jobs <jobs@{slug}.de>]"
DE_PERSON = "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} {rlast} <bewerbung@{slug}.de>|{rfirst} von {company} <{rfirst}@{slug}.de>]"
FR_ATS = "[{company} Recrutement <recrutement@{slug}.fr>|{company} <no-reply@welcomekit.co>|Équipe RH {company} <rh@{slug}.fr>|{company} <noreply@{slug}.taleez.com>|{company} Carrières <carrieres@{slug}.com>]"
FR_PERSON = "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>|{rfirst} {rlast} <recrutement@{slug}.fr>]"
ES_ATS = "[{company} Selección <seleccion@{slug}.es>|Talento {company} <talento@{slug}.com>|{company} RR. HH. <rrhh@{slug}.es>|{company} Empleo <empleo@{slug}.es>]"
ES_PERSON = "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>|{rfirst} {rlast} <seleccion@{slug}.es>]"
NL_ATS = "[{company} Recruitment <noreply@{slug}.recruitee.com>|Werken bij {company} <werkenbij@{slug}.nl>|HR {company} <hr@{slug}.nl>|{company} <no-reply@homerun.co>|{company} P&O <sollicitaties@{slug}.nl>]"
NL_PERSON = "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.nl>|{rfirst} {rlast} <recruitment@{slug}.nl>]"

# German -------------------------------------------------------------------------------
FAMILIES: list[Family] = [
    # idea: German ATS boilerplate (Personio/softgarden) rejection, formal and start-up du
    Family(
        "rej_de_ats",
        "rejection",
        DE_ATS,
        [
            "Ihre Bewerbung als {stelle}",
            "Ihre Bewerbung bei {company}",
            "Rückmeldung zu Ihrer Bewerbung – {stelle}",
            "Bewerbung {stelle} – Rückmeldung",
            "Ihre Bewerbung vom {datum}",
        ],
        [
            "[Sehr geehrte/r {me}|Guten Tag {me}],\n\nvielen Dank für Ihr Interesse an {company} und die Zusendung Ihrer Bewerbungsunterlagen für die Position {stelle}.\n\n[Nach sorgfältiger Prüfung|Nach eingehender Prüfung Ihrer Unterlagen|Nach reiflicher Überlegung] müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung [nicht weiter berücksichtigen können|im weiteren Auswahlverfahren nicht berücksichtigen können]. [Diese Entscheidung ist keine Bewertung Ihrer Qualifikation, sondern|Die Entscheidung ist uns bei der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen und] ergibt sich aus dem Abgleich mit dem konkreten Anforderungsprofil der Stelle.[\n\nIhre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.|\n\nGerne würden wir Ihre Daten in unserem Talentpool speichern, um Sie bei passenden Vakanzen zu kontaktieren. Ihre Einwilligung können Sie über den Link unten erteilen.|]\n\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.\n\nMit freundlichen Grüßen\n[Ihr Recruiting-Team von {company}|{rfirst} {rlast}\nHR Business Partner\n{company} GmbH|Das {company} Talent Acquisition Team]",
            "Hallo {name},\n\ndanke, dass du dich bei uns als {stelle} beworben hast! Wir haben deine Bewerbung [mit viel Interesse gelesen|im Team besprochen] und uns am Ende leider gegen eine Einladung zum Gespräch entschieden. [Für diese Rolle suchen wir jemanden mit mehr Erfahrung in [B2B-SaaS|der Führung von Teams|regulierten Branchen].|Bei über {big} Bewerbungen mussten wir eine Auswahl treffen, die uns nicht leichtgefallen ist.]\n\nSchau gerne immer mal wieder auf unserer Karriereseite vorbei – wir würden uns freuen, wieder von dir zu hören.\n\nLiebe Grüße\nDein {company} People Team",
            "Guten Tag {me},\n\nzu Ihrer Bewerbung (Kennziffer {ref}) haben wir leider keine positive Nachricht für Sie: [Wir haben uns für andere Kandidat*innen entschieden, deren Profil den Anforderungen noch besser entspricht.|Ihr Profil passt derzeit nicht ausreichend zu den Anforderungen der Stelle.] Wir bedanken uns für das entgegengebrachte Vertrauen.\n\nFreundliche Grüße\n{company} | Personalabteilung\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
        ],
        n=6,
        extra=DE,
    ),
    # idea: a German hiring manager writing personally after one or two interview rounds
    Family(
        "rej_de_nach_gespraech",
        "rejection",
        DE_PERSON,
        [
            "Ihr Vorstellungsgespräch bei {company}",
            "Feedback zu unserem Gespräch",
            "AW: Zweitgespräch {stelle}",
            "Rückmeldung nach unserem Kennenlernen",
        ],
        [
            "[Sehr geehrte/r {me}|Hallo {name}],\n\nherzlichen Dank, dass Sie sich am {tag} die Zeit für [das Gespräch mit unserer Bereichsleitung und mir|unser Zweitgespräch vor Ort in {ort}|die Vorstellung Ihrer Fallstudie] genommen haben. Wir haben den Austausch als sehr angenehm empfunden.\n\nNach Abschluss aller Gespräche haben wir uns jedoch [für eine andere Besetzung entschieden|für einen anderen Kandidaten entschieden|für eine Bewerberin mit mehr Erfahrung im Konzernumfeld entschieden]. Das war wirklich knapp, und ich bedauere, Ihnen keine positivere Nachricht geben zu können.[\n\nWenn Sie möchten, gebe ich Ihnen gerne telefonisch ein kurzes Feedback.|\n\nGerne behalten wir Ihr Profil für zukünftige Positionen im Blick, sofern Sie einverstanden sind.|]\n\nMit besten Grüßen\n{rfirst} {rlast}\n[Leitung Personal|Head of Engineering|Teamleiterin Controlling]\n{company}",
            "Hi {name},\n\nich wollte mich nach unserem [Gespräch letzte Woche|Case-Interview am {tag}|Kennenlernen im Büro] persönlich bei dir melden. Leider wird es diesmal nichts mit der Stelle: Wir haben uns [im Team|nach langem Hin und Her] für jemanden entschieden, der [schon mal ein Team aufgebaut hat|mehr Erfahrung mit unserem Tech-Stack mitbringt]. Ehrlich gesagt war es sehr knapp.\n\nDanke für deine Zeit und die guten Fragen. Ich drück dir die Daumen für die weitere Suche und würde mich freuen, wenn wir in Kontakt bleiben!\n\nViele Grüße\n{rfirst}",
        ],
        n=6,
        extra=DE,
    ),
    # idea: German notices that a post was filled internally, withdrawn, or put on hold by a hiring freeze
    Family(
        "rej_de_besetzt",
        "rejection",
        DE_ATS,
        [
            "Ihre Bewerbung – {stelle}",
            "Information zur ausgeschriebenen Stelle {stelle}",
            "Stellenausschreibung {ref}: aktueller Stand",
            "Update zur Stelle {stelle}",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir danken Ihnen für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass die Stelle [bereits intern besetzt wurde|inzwischen besetzt ist|aufgrund einer internen Umstrukturierung nicht mehr nachbesetzt wird]. Ihre Bewerbung kann daher nicht weiter berücksichtigt werden.\n\nWir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen alles Gute.\n\nMit freundlichen Grüßen\nPersonalabteilung {company}",
            "Hallo {name},\n\nkurzes Update von uns: [Aufgrund eines unternehmensweiten Einstellungsstopps|Weil sich unsere Budgetplanung für dieses Jahr geändert hat|Da die Position intern neu bewertet wird] [haben wir die Ausschreibung für {stelle} vorerst pausiert|legen wir die Besetzung der Stelle {stelle} bis auf Weiteres auf Eis]. Das heißt leider auch, dass wir deinen Bewerbungsprozess an dieser Stelle beenden müssen. Das hat nichts mit deinem Profil zu tun – wir fanden deine Bewerbung stark.[\n\nSobald die Stelle wieder offen ist, melden wir uns gern bei dir.|]\n\nViele Grüße\n{rfirst} aus dem People-Team",
            "Guten Tag {me},\n\ndie Ausschreibung {stelle} (Kennziffer {ref}) wurde [zurückgezogen|ersatzlos gestrichen|geschlossen]. Wir bedauern, Ihnen mitteilen zu müssen, dass das Auswahlverfahren damit ohne Besetzung beendet ist und Ihre Bewerbung nicht weiter bearbeitet wird.\n\nVielen Dank für Ihr Verständnis.\n\nIhr Recruiting-Team",
        ],
        n=5,
        extra=DE,
    ),
    # idea: German no after an Online-Assessment or a take-home case, with a line of feedback
    Family(
        "rej_de_nach_test",
        "rejection",
        DE_ATS,
        [
            "Ergebnis Ihres Online-Assessments",
            "Deine Case Study – unsere Rückmeldung",
            "Absage: {stelle}",
        ],
        [
            "Guten Tag {me},\n\nvielen Dank, dass Sie an unserem Online-Assessment teilgenommen haben. Nach Auswertung der Ergebnisse müssen wir Ihnen leider absagen: [Ihr Ergebnis lag unter dem für diese Position erforderlichen Wert.|Andere Bewerber*innen haben in den Testverfahren besser abgeschnitten.] Wir können Sie daher nicht in die engere Auswahl aufnehmen.\n\n[Eine erneute Bewerbung ist frühestens in zwölf Monaten möglich.|Detailliertes Feedback zu einzelnen Testergebnissen können wir leider nicht geben.]\n\nMit freundlichen Grüßen\nTalent Acquisition {company}",
            "Hallo {name},\n\ndanke für deine Case Study – man hat gesehen, wie viel Mühe du dir gegeben hast! Wir haben sie im Team durchgesprochen und sind zu dem Ergebnis gekommen, dass wir den Prozess mit dir nicht fortsetzen. [Uns hat vor allem eine klare Priorisierung der Maßnahmen gefehlt.|Die Analyse war solide, aber bei der Umsetzung hätten wir uns mehr Tiefe gewünscht.] Wir hoffen, das Feedback hilft dir trotzdem weiter.\n\nAlles Gute und viele Grüße\n{rfirst}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: German "Einladung zum Vorstellungsgespräch" with a fixed slot or booking link, and a casual start-up invite
    Family(
        "int_de_einladung",
        "interview",
        DE_ATS,
        [
            "Einladung zum Vorstellungsgespräch – {stelle}",
            "Einladung zum Kennenlerngespräch bei {company}",
            "Ihre Bewerbung: Einladung zum Interview",
            "Kennenlernen bei {company}",
        ],
        [
            "[Sehr geehrte/r {me}|Guten Tag {me}],\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an {company}. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern [zu einem persönlichen Gespräch an unseren Standort in {ort}|zu einem ersten Videointerview über Microsoft Teams|zu einem telefonischen Erstgespräch] einladen.\n\n[Bitte wählen Sie über den folgenden Link einen passenden Termin aus:\nhttps://{slug}.softgarden.io/termin/{ref}|Als Termin schlagen wir {tag}, den {datum}, um {uhr} Uhr vor. Bitte bestätigen Sie uns kurz, ob dieser Termin für Sie passt.] Das Gespräch dauert etwa [30|45|60] Minuten; Ihre Gesprächspartner sind [die zukünftige Teamleitung und eine Kollegin aus der Personalabteilung|{rfirst} {rlast} aus dem Fachbereich und ich].\n\nWir freuen uns auf das Kennenlernen!\n\nMit freundlichen Grüßen\nIhr Recruiting-Team von {company}",
            "Hey {name},\n\nwir haben deine Bewerbung gelesen und würden dich gerne kennenlernen! Im ersten Schritt wäre das ein [lockerer 30-minütiger Video-Call|kurzes Telefonat] mit {rfirst} aus unserem [People-Team|Engineering-Team], in dem wir uns gegenseitig beschnuppern. Buch dir einfach einen Slot, der dir passt: https://cal.{slug}.de/kennenlernen\n\nBis bald!\n{rfirst} von {company}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: German recruiter confirming, moving or reminding of a (second) interview appointment
    Family(
        "int_de_termin",
        "interview",
        DE_PERSON,
        [
            "Terminbestätigung: Zweitgespräch am {datum}",
            "Verschiebung unseres Gesprächs",
            "Erinnerung: Ihr Gespräch morgen um {uhr} Uhr",
            "Unser Termin am {tag}",
        ],
        [
            "Hallo {name},\n\nhiermit bestätige ich Ihnen gerne den Termin für das Zweitgespräch am {tag}, {datum}, um {uhr} Uhr [bei uns vor Ort in {ort}|per Videocall – den Teams-Link finden Sie in der Kalendereinladung]. Mit dabei sind [unser Geschäftsführer und ich|die Bereichsleitung sowie eine Kollegin aus dem Team]. [Bitte melden Sie sich am Empfang im 3. OG.|Planen Sie bitte etwa 90 Minuten ein, inklusive einer kurzen Präsentation Ihrerseits.]\n\nBei Rückfragen können Sie mich jederzeit erreichen.\n\nBeste Grüße\n{rfirst} {rlast}",
            "Hallo {name},\n\nleider muss ich unser für {tag} geplantes Gespräch kurzfristig verschieben, da [unser Teamleiter krankheitsbedingt ausfällt|mir ein Termin dazwischengekommen ist]. Wäre der {datum} um {uhr} Uhr für dich auch möglich? Alternativ schick mir gern zwei, drei Zeitfenster, die dir besser passen.\n\nSorry für die Umstände und viele Grüße\n{rfirst}",
            "Guten Tag {me},\n\nwir möchten Sie an Ihr Vorstellungsgespräch für die Position {stelle} erinnern:\n\nDatum: {datum}\nUhrzeit: {uhr} Uhr\nOrt: [{company}, Hauptstraße 12, {ort}|Online via Zoom (Link folgt separat)]\nGesprächspartner: {rfirst} {rlast}\n\nFalls Sie verhindert sind, geben Sie uns bitte rechtzeitig Bescheid.\n\nMit freundlichen Grüßen\n{company}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: German "Zusage"/Vertragsangebot, formal HR letter and an excited du-form call
    Family(
        "off_de_vertragsangebot",
        "offer",
        DE_PERSON,
        [
            "Ihr Vertragsangebot von {company}",
            "Angebot für die Position {stelle}",
            "Willkommen an Bord!",
            "Zusage: {stelle}",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen nach den angenehmen Gesprächen mitteilen zu dürfen, dass wir Ihnen die Position {stelle} anbieten möchten. Anbei erhalten Sie [Ihren Arbeitsvertrag in zweifacher Ausfertigung|unser Vertragsangebot] mit einem Bruttojahresgehalt von {gehalt} und einem geplanten Eintrittsdatum zum [1. April|1. Juli|1. Oktober|nächstmöglichen Zeitpunkt].\n\n[Bitte senden Sie uns ein unterschriebenes Exemplar bis zum {datum} zurück.|Wir würden uns über Ihre Rückmeldung bis Ende nächster Woche freuen.] Für Fragen zum Vertrag stehe ich Ihnen jederzeit zur Verfügung.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nPersonalleitung, {company}",
            "Hallo {name},\n\nich habe richtig gute Neuigkeiten: Das Team war begeistert von dir und wir möchten dich sehr gerne als {stelle} einstellen! [Unser Angebot: {gehalt} brutto im Jahr, 30 Urlaubstage, Homeoffice nach Absprache.|Die Details zu Gehalt, Startdatum und Benefits habe ich dir im angehängten Angebot zusammengefasst.] Lass uns gern [morgen kurz telefonieren|diese Woche noch telefonieren], dann klären wir alle offenen Fragen.\n\nIch freu mich riesig!\n{rfirst}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: German Eingangsbestätigung from an ATS, with privacy footer, and a friendly start-up version
    Family(
        "rcv_de_eingang",
        "application_received",
        DE_ATS,
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung ist bei uns eingegangen",
            "Bewerbung eingegangen: {stelle}",
            "Bewerbung als {stelle} – Eingangsbestätigung",
        ],
        [
            "[Sehr geehrte/r {me}|Guten Tag {me}],\n\nvielen Dank für Ihre Bewerbung als {stelle} und das damit verbundene Interesse an {company}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n[Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.|Die Sichtung der Bewerbungen nimmt erfahrungsgemäß einige Zeit in Anspruch. Wir bitten Sie daher um etwas Geduld.] [Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.|]\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n{company}\n\nHinweise zum Datenschutz finden Sie unter https://{slug}.de/datenschutz",
            "Hi {name},\n\ncool, dass du dich für die Stelle als {stelle} interessierst! Deine Bewerbung ist gut bei uns angekommen. [Unser Team schaut sie sich in Ruhe an und du hörst spätestens in zehn Tagen von uns.|Wir melden uns bei dir, sobald wir sie gesichtet haben – versprochen, das dauert nicht ewig.]\n\nBis dahin alles Gute!\nDein {company} Team",
        ],
        n=5,
        extra=DE,
    ),
    # idea: German online test invitation, a take-home case study, and a zeitversetztes Videointerview
    Family(
        "ass_de_online",
        "assessment",
        DE_ATS,
        [
            "Nächster Schritt: Online-Assessment",
            "Ihre Bewerbung – Einladung zum Online-Test",
            "Deine Case Study für {company}",
            "Zeitversetztes Videointerview – {stelle}",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbung. Als nächsten Schritt im Auswahlverfahren bitten wir Sie, einen [Online-Test zu logischem Denken und Zahlenverständnis|Persönlichkeitsfragebogen sowie einen kurzen Englischtest] zu bearbeiten. Der Test dauert ca. [35|45|60] Minuten und sollte ohne Unterbrechung durchgeführt werden.\n\nBitte schließen Sie ihn bis spätestens {datum} ab:\nhttps://assessment.{slug}.de/start?id={ref}\n\nViel Erfolg!\nIhr Recruiting-Team {company}",
            "Hallo {name},\n\nwie besprochen schicke ich dir hier unsere kleine Case Study. [Es geht um die Analyse eines Datensatzes zur Kundenabwanderung.|Die Aufgabe: ein Konzept für die Neugestaltung unseres Onboarding-Flows.] Plane dafür etwa [drei bis vier Stunden|einen halben Tag] ein – mehr Aufwand erwarten wir ausdrücklich nicht. Schick uns dein Ergebnis bitte bis {tag} als PDF oder Link zurück.\n\nBei Fragen melde dich jederzeit!\n{rfirst}",
            "Guten Tag {me},\n\nwir laden Sie ein, an einem zeitversetzten Videointerview teilzunehmen. Sie beantworten dabei [vier|fünf|sechs] Fragen, die auf dem Bildschirm erscheinen, und zeichnen Ihre Antworten mit der Webcam auf – ganz flexibel, wann es Ihnen passt. Für jede Antwort haben Sie bis zu zwei Minuten Zeit.\n\nDer Link ist [sieben|fünf] Tage gültig: https://{slug}.video-interview.de/{ref}\n\nMit freundlichen Grüßen\nPersonalabteilung {company}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: in-house German recruiter writing cold on XING/LinkedIn, du and Sie
    Family(
        "out_de_direktansprache",
        "recruiter_outreach",
        DE_PERSON,
        [
            "Spannende Position bei {company}?",
            "{stelle} bei {company} – wäre das was für dich?",
            "Ihr Profil auf XING",
        ],
        [
            "Hallo {name},\n\nich bin {rfirst} und kümmere mich bei {company} ums Recruiting. Beim Stöbern auf [XING|LinkedIn] bin ich auf dein Profil gestoßen und war direkt angetan – vor allem von deiner Erfahrung [im E-Commerce|mit Cloud-Infrastruktur|im Controlling]. Wir suchen gerade eine/n {stelle} [in {ort}|remote aus ganz Deutschland].\n\nHättest du Lust auf ein unverbindliches Telefonat, damit ich dir mehr erzählen kann? Falls du gerade nicht wechselwillig bist, ist das natürlich völlig okay.\n\nViele Grüße\n{rfirst} {rlast}\n{company}",
            "Guten Tag {me},\n\nentschuldigen Sie bitte die direkte Ansprache. Wir bauen derzeit unseren Standort in {ort} aus und besetzen in diesem Zuge die Position {stelle}. Ihr Werdegang passt aus meiner Sicht hervorragend zu dem, was wir suchen. Wären Sie offen für ein vertrauliches Gespräch in den nächsten Tagen?\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nTalent Acquisition | {company}",
        ],
        n=4,
        extra=DE,
    ),
    # idea: German property managers answering a flat application (Absage, and an invitation to a Besichtigung)
    Family(
        "oth_de_wohnung",
        "other",
        "[Hausverwaltung Brandt <vermietung@hv-brandt.example>|Körner & Partner Immobilien <info@koerner-immo.example>]",
        [
            "Ihre Anfrage zur Wohnung {strasse}",
            "Ihre Mietbewerbung",
            "Besichtigungstermin {strasse}",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihr Interesse an der [3-Zimmer-Wohnung|2-Zimmer-Wohnung mit Balkon|Dachgeschosswohnung] in der {strasse} und Ihre vollständigen Unterlagen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. [Die Nachfrage war außergewöhnlich hoch.|Wir hatten über {big} Anfragen.]\n\nWir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.\n\nMit freundlichen Grüßen\nIhre Hausverwaltung",
            "Guten Tag {me},\n\nwir laden Sie herzlich zur Besichtigung der Wohnung in der {strasse} am {tag}, {datum}, um {uhr} Uhr ein. Bitte bringen Sie Ihre Mieterselbstauskunft, eine SCHUFA-Auskunft sowie die letzten drei Gehaltsnachweise mit.\n\nFreundliche Grüße\nIhre Hausverwaltung",
        ],
        n=5,
        extra={
            **DE,
            "strasse": [
                "Lindenstraße 8",
                "Gneisenaustraße 41",
                "Schillerstraße 5",
                "Bergmannstraße 17",
            ],
        },
    ),
    # idea: a shared flat (WG) writing back after a WG-Casting, a no and an invitation
    Family(
        "oth_de_wg_zimmer",
        "other",
        "[{rfirst} {rlast} <{rfirst}.wg@mailbox.example>|{rfirst} via WG-Börse <nachrichten@wg-boerse.example>]",
        [
            "Re: WG-Zimmer in {ort}",
            "Dein Zimmer-Gesuch",
            "WG-Casting am {tag}",
        ],
        [
            "Hey {name},\n\nsorry für die späte Antwort! Danke, dass du beim WG-Casting am {tag} da warst, war echt nett mit dir. Wir haben uns jetzt aber für jemand anderen entschieden, [der schon länger in {ort} wohnt|die besser zu unseren Arbeitszeiten passt]. Viel Glück bei der Suche!\n\nLG, {rfirst} & Mitbewohner*innen",
            "Hi {name},\n\ndanke für deine liebe Nachricht! Du klingst super sympathisch. Magst du am {tag} um {uhr} Uhr zum Kennenlernen vorbeikommen? Wir sind zu dritt, das Zimmer hat 16 m² und die Miete liegt bei 480 € warm. Schreib kurz, ob es passt!\n\nLiebe Grüße\n{rfirst}",
        ],
        n=4,
        extra=DE,
    ),
    # idea: German university admission notices (Ablehnungsbescheid, Zulassung) from a Studierendensekretariat
    Family(
        "oth_de_studienplatz",
        "other",
        "[Studierendensekretariat <studsek@uni-lindenau.example>|Zulassungsstelle <zulassung@hs-sternberg.example>|Bewerbungsportal {uni} <noreply@bewerbung.tu-nordwalde.example>]",
        [
            "Ihr Zulassungsbescheid für den Studiengang {fach}",
            "Bescheid über Ihren Antrag auf Zulassung",
            "Entscheidung zu Ihrer Bewerbung um einen Studienplatz",
        ],
        [
            "Sehr geehrte/r {me},\n\nIhre Bewerbung um einen Studienplatz im [Masterstudiengang|Bachelorstudiengang] {fach} zum Wintersemester wurde geprüft. Leider können wir Ihnen keinen Studienplatz anbieten, da [Ihre Durchschnittsnote den Grenzwert im Auswahlverfahren nicht erreicht hat|die Zahl der Bewerbungen die verfügbaren Plätze deutlich überstieg|die Zugangsvoraussetzungen nicht vollständig nachgewiesen wurden]. Den Ablehnungsbescheid finden Sie in Ihrem Bewerbungsportal.\n\n[Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden.|Sie nehmen automatisch am Nachrückverfahren teil.]\n\nMit freundlichen Grüßen\nStudierendenservice – {uni}",
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie für den Studiengang {fach} an der {uni} zugelassen sind. Bitte nehmen Sie den Studienplatz bis zum {datum} im Bewerbungsportal an und überweisen Sie den Semesterbeitrag.\n\nHerzlich willkommen!\nIhr Studierendensekretariat",
        ],
        n=4,
        extra={
            **DE,
            "uni": ["Universität Lindenau", "Hochschule Sternberg", "TU Nordwalde"],
            "fach": ["Wirtschaftsinformatik", "Psychologie", "Soziale Arbeit", "Maschinenbau"],
        },
    ),
    # idea: invitations at the reader's current job (Jahresgespräch, Quartalsplanung) that read like interview mail
    Family(
        "oth_de_mitarbeitergespraech",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@stadtwerke-auental.example>|{rfirst} {rlast} <{rlast}@meinbetrieb.example>]",
        [
            "Einladung: Jahresgespräch am {datum}",
            "Termin für unser Mitarbeitergespräch",
            "Einladung zur Quartalsplanung",
        ],
        [
            "Hallo {name},\n\nwie jedes Jahr möchte ich mit dir unser Jahresgespräch führen. Ich habe uns den {datum} um {uhr} Uhr im [Besprechungsraum 2|Raum Elbe] eingetragen. Bitte füll vorher den Selbsteinschätzungsbogen im HR-Portal aus – dann können wir über deine Ziele, Weiterbildungen und die Gehaltsrunde sprechen.\n\nViele Grüße\n{rfirst}",
            "Liebe Kolleginnen und Kollegen,\n\nhiermit lade ich euch zur Quartalsplanung am {tag} um {uhr} Uhr ein. [Bitte bringt eure Zahlen aus dem letzten Quartal mit.|Agenda: Rückblick, Ziele, Urlaubsplanung.] Außerdem verstärkt uns ab nächster Woche eine neue Kollegin im Vertrieb – herzlich willkommen!\n\nBeste Grüße\n{rfirst} {rlast}\nAbteilungsleitung",
        ],
        n=4,
        extra=DE,
    ),
]

# French -------------------------------------------------------------------------------
FAMILIES += [
    # idea: French ATS "nous sommes au regret" letter, a Welcome-to-the-Jungle-style tu version, and a terse DRH note
    Family(
        "rej_fr_ats",
        "rejection",
        FR_ATS,
        [
            "Votre candidature chez {company}",
            "Suite à votre candidature – {poste}",
            "Réponse à votre candidature",
            "{company} – retour sur votre candidature",
        ],
        [
            "Bonjour {me},\n\nNous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature au poste de {poste}.\n\nAprès une étude attentive de votre dossier, nous sommes au regret de vous informer que [celle-ci n'a pas été retenue|nous ne pouvons pas y donner une suite favorable]. [Nous avons en effet reçu de nombreuses candidatures de qualité et avons privilégié des profils plus proches des exigences du poste.|Votre profil, bien qu'intéressant, ne correspond pas entièrement aux besoins actuels du poste.][\n\nAvec votre accord, nous conserverons votre CV dans notre vivier de talents afin de vous recontacter si une opportunité correspondant à votre profil se présentait.|]\n\nNous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer l'expression de nos salutations distinguées.\n\nLe service Ressources Humaines\n{company}",
            "Hello {name},\n\nMerci d'avoir postulé chez {company} pour le poste de {poste} ! On a pris le temps de lire ta candidature et, malheureusement, on ne va pas pouvoir aller plus loin cette fois-ci : [on cherche un profil avec davantage d'expérience en gestion de projet|d'autres candidatures correspondaient davantage à nos besoins du moment].\n\nOn te souhaite plein de succès pour la suite, et n'hésite pas à garder un œil sur nos offres !\n\nÀ bientôt,\nLa team {company}",
            "Madame, Monsieur,\n\nVotre candidature (réf. {ref}) a retenu toute notre attention. Cependant, nous avons le regret de vous faire savoir qu'elle ne correspond pas au profil recherché pour ce poste.\n\nCordialement,\nDirection des Ressources Humaines – {company}\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
        ],
        n=6,
        extra=FR,
    ),
    # idea: French manager writing after interviews, vouvoiement and a frank tutoiement version
    Family(
        "rej_fr_apres_entretien",
        "rejection",
        FR_PERSON,
        [
            "Suite à notre entretien",
            "Retour sur votre entretien – {poste}",
            "Re: Entretien {company}",
        ],
        [
            "Bonjour {name},\n\nJe tenais à vous remercier pour [notre échange de {jour} dernier|les entretiens que vous avez passés avec l'équipe|votre présentation lors du second entretien]. Nous avons sincèrement apprécié votre parcours et la qualité de nos discussions.\n\nToutefois, après mûre réflexion, nous avons décidé de poursuivre le processus avec [un autre candidat|une autre candidate] dont l'expérience [dans le secteur bancaire|en management d'équipe|sur des projets similaires] correspond davantage à nos attentes. La décision a été difficile à prendre.[\n\nJe reste à votre disposition si vous souhaitez un retour plus détaillé.|\n\nJe me permets de garder vos coordonnées pour de futures opportunités.|]\n\nBien à vous,\n{rfirst} {rlast}\n[Responsable recrutement|Directrice financière|CTO], {company}",
            "Salut {name},\n\nMerci encore pour ton temps [et ton énergie pendant le cas pratique|et l'échange avec l'équipe mardi]. Je ne vais pas tourner autour du pot : on a choisi d'avancer avec une autre personne, qui avait déjà [monté une équipe commerciale de zéro|travaillé sur une stack très proche de la nôtre]. C'était vraiment serré.\n\nJe te souhaite le meilleur pour la suite, et on reste en contact sur LinkedIn si tu veux !\n\n{rfirst}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: French notices that a poste is pourvu, suspended by a gel des embauches, or the offer cancelled
    Family(
        "rej_fr_poste_pourvu",
        "rejection",
        FR_ATS,
        [
            "Votre candidature au poste de {poste}",
            "Information concernant le poste de {poste}",
            "Mise à jour du recrutement {ref}",
        ],
        [
            "Bonjour {me},\n\nNous vous remercions pour votre candidature. Nous vous informons que le poste de {poste} [a été pourvu|a été pourvu en interne|vient d'être pourvu]. Nous ne sommes donc malheureusement pas en mesure de donner suite à votre candidature.\n\nNous vous souhaitons bonne continuation.\n\nCordialement,\nL'équipe RH de {company}",
            "Bonjour {name},\n\nPetit point sur le recrutement pour le poste de {poste} : [suite à une réorganisation interne|en raison d'un gel des embauches décidé par la direction|pour des raisons budgétaires], nous avons décidé de [suspendre ce recrutement jusqu'à nouvel ordre|mettre ce recrutement en pause pour le moment|ne pas ouvrir ce poste cette année]. Nous clôturons donc ta candidature, mais ce n'est en aucun cas lié à ton profil.\n\nMerci pour ta compréhension,\nL'équipe {company}",
            "Madame, Monsieur,\n\nNous vous informons que l'offre {ref} – {poste} a été annulée [et ne sera pas republiée|à la demande de notre client]. Le processus de recrutement est par conséquent clos et votre candidature ne pourra pas être étudiée plus avant.\n\nNous vous remercions de votre compréhension.\n\nService recrutement, {company}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French "nous avons décidé de ne pas retenir" after online tests, and a frank note on a cas pratique
    Family(
        "rej_fr_apres_test",
        "rejection",
        FR_ATS,
        [
            "Résultat de vos tests en ligne",
            "Ton cas pratique – notre retour",
            "Candidature {poste} : décision",
        ],
        [
            "Bonjour {me},\n\nNous vous remercions d'avoir complété les tests en ligne dans le cadre de votre candidature au poste de {poste}. Après analyse de vos résultats, nous avons décidé de ne pas retenir votre candidature pour la suite du processus. [Les résultats obtenus ne correspondent pas au niveau attendu pour ce poste.|Les places pour l'étape suivante sont limitées et d'autres candidats ont obtenu de meilleurs résultats.]\n\nNous vous souhaitons une bonne continuation.\n\nL'équipe Talent Acquisition\n{company}",
            "Salut {name},\n\nMerci pour le rendu de ton cas pratique pour le poste de {poste}, on voit que tu y as passé du temps. Après relecture avec l'équipe, on a décidé de ne pas donner suite. [Il nous a manqué une vraie prise de position sur la stratégie de prix.|Le code fonctionne, mais on attendait davantage de tests et une architecture plus claire.] J'espère que ce retour te sera utile.\n\nBonne route,\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French "convocation à un entretien" with practical details, and a start-up Calendly invite
    Family(
        "int_fr_convocation",
        "interview",
        FR_ATS,
        [
            "Convocation à un entretien – {poste}",
            "Proposition d'entretien téléphonique",
            "On se rencontre ? – {company}",
            "Vos disponibilités pour un premier échange",
        ],
        [
            "Bonjour {me},\n\nSuite à l'examen de votre candidature au poste de {poste}, nous avons le plaisir de vous convier à un [entretien individuel|premier entretien RH|entretien avec le manager opérationnel] [le {jour} {date_fr} à {heure}|dans le courant de la semaine prochaine].\n\n[L'entretien se déroulera dans nos bureaux à {ville} ; merci de vous présenter à l'accueil muni d'une pièce d'identité.|L'entretien aura lieu en visioconférence via Google Meet ; le lien vous sera transmis la veille.] Merci de bien vouloir nous confirmer votre présence par retour de mail.\n\nBien cordialement,\n{rfirst} {rlast}\nChargé(e) de recrutement – {company}",
            "Hello {name} !\n\nTon profil nous a beaucoup plu et on aimerait échanger avec toi autour du poste de {poste}. Est-ce que tu serais dispo pour un call de 30 minutes avec {rfirst}, [notre Head of Product|notre CTO|notre responsable des opérations], cette semaine ? Tu peux réserver directement un créneau ici : https://calendly.com/{slug}-recrutement\n\nÀ très vite,\nL'équipe {company}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French recruiter confirming, postponing or announcing the second round of interviews
    Family(
        "int_fr_second_tour",
        "interview",
        FR_PERSON,
        [
            "Confirmation de votre entretien du {date_fr}",
            "Report de notre entretien",
            "Rappel : entretien demain à {heure}",
            "Deuxième entretien – {poste}",
        ],
        [
            "Bonjour {name},\n\nJe vous confirme notre entretien le {jour} {date_fr} à {heure} [au siège de {company}, à {ville}|par Teams]. Vous rencontrerez [le directeur du pôle Data ainsi que moi-même|deux futurs collègues de l'équipe]. Prévoyez environ une heure.\n\nEn cas d'empêchement, n'hésitez pas à me prévenir.\n\nCordialement,\n{rfirst} {rlast}",
            "Bonjour {name},\n\nJe suis désolée, un imprévu m'oblige à décaler notre entretien prévu {jour}. Seriez-vous disponible [le {date_fr} à {heure}|en fin de semaine, plutôt en matinée] ? Je m'adapte volontiers à vos contraintes.\n\nMerci de votre compréhension et à bientôt,\n{rfirst} {rlast}",
            "Bonjour {me},\n\nNous avons le plaisir de vous informer que vous êtes retenu(e) pour le second tour d'entretiens pour le poste de {poste}. Cet entretien, d'une durée d'environ 1h30, se tiendra en présence [du directeur général|de la DRH et du responsable d'équipe] et inclura une mise en situation orale. Merci de nous indiquer vos disponibilités pour la semaine du {date_fr}.\n\nCordialement,\n{rfirst} {rlast}\n{company}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French promesse d'embauche in CDI, and a tutoiement "tu as été retenu(e)" call announcement
    Family(
        "off_fr_promesse",
        "offer",
        FR_PERSON,
        [
            "Proposition d'embauche – {poste}",
            "Bonne nouvelle !",
            "Votre promesse d'embauche",
            "{company} : notre proposition",
        ],
        [
            "Bonjour {me},\n\nSuite à nos différents échanges, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein de {company} en tant que {poste}, en CDI, à compter du [1er avril|1er septembre|{date_fr}]. Vous trouverez ci-joint votre promesse d'embauche précisant votre rémunération ({salaire}), votre période d'essai et vos avantages.\n\n[Nous vous remercions de nous la retourner signée avant le {date_fr}.|Merci de nous faire part de votre décision d'ici la fin de la semaine.]\n\nAu plaisir de vous compter bientôt parmi nous,\n{rfirst} {rlast}\nDRH, {company}",
            "Salut {name},\n\nJ'ai le plaisir de t'annoncer que tu as été retenu(e) pour le poste de {poste} ! Toute l'équipe a adoré échanger avec toi. Je t'appelle [demain matin|dans la journée] pour te présenter notre proposition ({salaire}, télétravail deux jours par semaine, tickets resto) et répondre à tes questions.\n\nBienvenue (presque) à bord !\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French candidate-portal confirmation (incl. "sans réponse sous quatre semaines") and a start-up "bien reçu"
    Family(
        "rcv_fr_enregistree",
        "application_received",
        FR_ATS,
        [
            "Confirmation de candidature – {poste}",
            "Merci pour votre candidature !",
            "{company} : votre candidature est enregistrée",
            "Candidature n° {ref}",
        ],
        [
            "Bonjour {me},\n\nVotre candidature au poste de {poste} (réf. {ref}) a été transmise avec succès à l'équipe recrutement de {company}.\n\n[Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.|Si votre profil correspond à nos attentes, un membre de l'équipe prendra contact avec vous rapidement.|Vous pouvez suivre l'avancement de votre dossier depuis votre espace candidat.]\n\nCordialement,\nLe service recrutement\n\nConformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données.",
            "Hello {name},\n\nBien reçu ! Merci d'avoir postulé au poste de {poste} chez {company}. On lit toutes les candidatures nous-mêmes, donc ça peut prendre [une dizaine de jours|un peu de temps]. Dans tous les cas, tu auras un retour de notre part.\n\nÀ bientôt,\nL'équipe {company}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French online tests, a cas pratique to send back, and an entretien vidéo différé
    Family(
        "ass_fr_test",
        "assessment",
        FR_ATS,
        [
            "Étape suivante : test en ligne",
            "Votre cas pratique – {poste}",
            "Invitation à un entretien vidéo différé",
            "Test technique {company}",
        ],
        [
            "Bonjour {me},\n\nNous avons le plaisir de vous inviter à passer la prochaine étape de notre processus de sélection : [un test de personnalité et de raisonnement|un test technique en ligne de trois exercices d'algorithmie|un test d'anglais en ligne]. Comptez environ [40|50|90] minutes. Le test est à réaliser avant le {date_fr} via le lien suivant :\nhttps://tests.{slug}.fr/candidat/{ref}\n\nNous vous conseillons de vous installer dans un endroit calme.\n\nBonne chance !\nL'équipe Recrutement {company}",
            "Bonjour {name},\n\nComme convenu, voici le cas pratique pour la suite du processus de recrutement : [proposer une stratégie d'acquisition pour le lancement de notre offre en Belgique|analyser le jeu de données joint et en tirer trois recommandations|concevoir la maquette d'une page de paiement]. Tu as jusqu'au {jour} pour nous le renvoyer, sous le format de ton choix. Inutile d'y passer plus de quatre heures !\n\nBon courage,\n{rfirst}",
            "Bonjour {me},\n\nPour poursuivre votre candidature, nous vous invitons à réaliser un entretien vidéo différé. Vous répondrez à [quatre|cinq] questions en vous enregistrant, à votre rythme, sans recruteur en ligne. Vous disposerez de 30 secondes de préparation et de 2 minutes de réponse par question.\n\nLien valable jusqu'au {date_fr} : https://video.{slug}.fr/{ref}\n\nCordialement,\n{company} – Ressources Humaines",
        ],
        n=5,
        extra=FR,
    ),
    # idea: French cabinet de recrutement / chasseur de têtes approach, formal and casual
    Family(
        "out_fr_cabinet",
        "recruiter_outreach",
        "agency",
        [
            "Opportunité confidentielle – {poste}",
            "Un poste qui pourrait vous intéresser",
            "Approche directe : {poste} à {ville}",
        ],
        [
            "Bonjour {me},\n\nConsultante au sein du cabinet {agency}, j'accompagne actuellement l'un de nos clients, [un acteur reconnu de la fintech|une ETI industrielle en forte croissance|un éditeur de logiciels SaaS], dans le recrutement d'un(e) {poste} basé(e) à {ville}. Votre parcours a retenu mon attention.\n\nAccepteriez-vous que nous en discutions de manière confidentielle lors d'un court appel ?\n\nBien cordialement,\n{rfirst} {rlast}\n{agency}",
            "Hello {name},\n\nJe suis {rfirst}, consultant(e) chez {agency}. Je suis tombé(e) sur ton profil GitHub et franchement, tes projets m'ont bluffé(e). Un de nos clients a un poste de {poste} à pourvoir dans son équipe à {ville} (ou en full remote). Partant(e) pour un café virtuel de 20 minutes pour que je t'en dise plus ? Aucun engagement, promis.\n\n{rfirst}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: French master's admission decisions (avis défavorable, acceptance, liste complémentaire)
    Family(
        "oth_fr_admission",
        "other",
        "[Service des admissions <admissions@esc-rivemont.example>|Scolarité – Master <scolarite.master@univ-valombre.example>]",
        [
            "Réponse à votre candidature en Master {filiere}",
            "Décision d'admission",
            "Votre dossier de candidature – rentrée de septembre",
        ],
        [
            "Madame, Monsieur,\n\nLa commission pédagogique s'est réunie pour examiner votre candidature en [Master 1|Master 2] {filiere}. Nous sommes au regret de vous informer qu'elle a émis un avis défavorable à votre admission[, le nombre de places étant limité|].\n\nVous pouvez consulter le détail de cette décision sur la plateforme de candidature.\n\nLe service de scolarité\n{ecole}",
            "Bonjour {name},\n\nFélicitations ! Nous avons le plaisir de vous annoncer que votre candidature à {ecole} a été acceptée pour la rentrée de septembre. Pour confirmer votre place, merci de valider votre inscription et de verser l'acompte avant le {date_fr}.\n\nLe service des admissions",
            "Bonjour {me},\n\nVotre candidature en {filiere} est placée sur liste complémentaire (rang {big}). Vous serez informé(e) par courriel si une place se libère.\n\nCordialement,\nScolarité – {ecole}",
        ],
        n=5,
        extra={
            **FR,
            "ecole": [
                "Université de Valombre",
                "École supérieure de commerce de Rivemont",
                "Institut Saint-Aubrac",
            ],
            "filiere": ["Finance", "Droit des affaires", "Sciences de l'éducation", "Informatique"],
        },
    ),
    # idea: French bank answering a loan request (refus for taux d'endettement, accord de principe with an offre de prêt)
    Family(
        "oth_fr_pret",
        "other",
        "[Banque Rivière – Crédit <credit@banque-riviere.example>|Votre conseiller <conseiller@caisse-valmont.example>]",
        [
            "Votre demande de prêt immobilier",
            "Réponse à votre demande de financement",
            "Votre dossier de crédit n° {ref}",
        ],
        [
            "Bonjour {me},\n\nNous avons étudié avec attention votre demande de [prêt immobilier|prêt personnel|crédit auto] d'un montant de {big} 000 €. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable, votre taux d'endettement dépassant le seuil autorisé.\n\nVotre conseiller reste à votre disposition pour étudier d'autres solutions.\n\nCordialement,\nService Crédit",
            "Bonjour {name},\n\nBonne nouvelle : votre demande de financement a reçu un accord de principe ! Votre offre de prêt vous sera envoyée par courrier sous huit jours. Vous disposerez ensuite d'un délai de réflexion de dix jours avant de l'accepter.\n\nVotre conseiller,\n{rfirst} {rlast}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: French job-board alert listing new offers, and a "recruteurs ont vu votre profil" nudge
    Family(
        "oth_fr_alerte_emploi",
        "other",
        "[Alertes emploi <alertes@emploi-hebdo.example>|JobRadar <no-reply@jobradar.example>]",
        [
            "{big} nouvelles offres pour « {poste} »",
            "Votre alerte emploi : {ville}",
            "Ces entreprises recrutent près de chez vous",
        ],
        [
            "Bonjour {name},\n\nVoici les nouvelles offres correspondant à votre alerte « {poste} – {ville} » :\n\n• {poste} – {company} – {ville} – CDI\n• [Chef de projet|Consultant(e) junior|Responsable de compte] – Groupe Lavandin – [Télétravail|Hybride]\n• [Stage|Alternance] – Atelier Brume – {ville}\n\nPostulez en un clic depuis l'application.\n\n[Vous recevez cet e-mail car vous avez créé une alerte.|Alerte créée le {date_fr}.]\nGérer mes alertes | Se désabonner",
            "Bonjour {name},\n\nCette semaine, {n} recruteurs ont consulté des profils comme le vôtre. [Complétez votre profil pour être plus visible.|Découvrez les entreprises qui recrutent à {ville}.]\n\nL'équipe JobRadar\nSe désabonner",
        ],
        n=4,
        extra=FR,
    ),
]

# Spanish ------------------------------------------------------------------------------
FAMILIES += [
    # idea: Spanish HR-department rejection (usted), a friendly tú version, and an automatic "no ha sido seleccionado"
    Family(
        "rej_es_ats",
        "rejection",
        ES_ATS,
        [
            "Tu candidatura en {company}",
            "Actualización de tu candidatura – {puesto}",
            "Proceso de selección {puesto}",
            "Respuesta a su candidatura",
        ],
        [
            "Estimado/a {me}:\n\nLe agradecemos sinceramente el interés mostrado en formar parte de {company} y el tiempo dedicado a su candidatura para el puesto de {puesto}.\n\nTras analizar detenidamente su perfil, lamentamos comunicarle que [en esta ocasión no ha sido seleccionado/a para continuar en el proceso|hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto]. [Conservaremos su currículum en nuestra base de datos para futuras vacantes, salvo que nos indique lo contrario.|]\n\nLe deseamos mucho éxito en su carrera profesional.\n\nAtentamente,\nDepartamento de Recursos Humanos\n{company}",
            "Hola {name}:\n\nGracias por tu interés en la posición de {puesto}. Hemos revisado tu candidatura con atención y, lamentablemente, no vamos a avanzar con ella en esta ocasión. [Hemos recibido más de {big} candidaturas y el nivel ha sido muy alto.|Buscábamos un perfil con más experiencia en el sector.]\n\nTe animamos a seguir atento/a a nuestras ofertas en la web de empleo. ¡Mucha suerte!\n\nUn saludo,\nEl equipo de Talento de {company}",
            "Estimado/a candidato/a:\n\nEn relación con su candidatura a la oferta de {puesto} (ref. {ref}), le informamos de que su perfil no ha sido seleccionado para la siguiente fase del proceso. Agradecemos su participación.\n\nSaludos cordiales,\n{company}\n\nEste es un mensaje automático; por favor, no responda a este correo.",
        ],
        n=6,
        extra=ES,
    ),
    # idea: Spanish recruiter or director writing after the interviews, tú and usted
    Family(
        "rej_es_tras_entrevista",
        "rejection",
        ES_PERSON,
        [
            "Tras nuestra entrevista",
            "Feedback proceso {puesto}",
            "RE: Entrevista en {company}",
        ],
        [
            "Hola {name}:\n\nAnte todo, muchas gracias por [la entrevista del {dia}|tu tiempo en las dos entrevistas con el equipo|la prueba y la entrevista con dirección]. Disfrutamos mucho de la conversación contigo.\n\nSiento comunicarte que finalmente hemos optado por otra persona cuyo perfil [tiene más experiencia en gestión de equipos|encaja algo mejor con lo que necesita el equipo en este momento|ya conocía el sector retail]. Ha sido una decisión muy ajustada.[\n\nSi quieres, te puedo dar feedback más detallado por teléfono.|\n\nMe gustaría mantener el contacto para futuras oportunidades.|]\n\nUn abrazo,\n{rfirst} {rlast}\n{company}",
            "Estimado/a {me}:\n\nQuisiera agradecerle su participación en el proceso de selección para el puesto de {puesto} y el interés demostrado durante las entrevistas. Lamentablemente, debo informarle de que hemos decidido no continuar con su candidatura en la fase final. Valoramos mucho su trayectoria y no descartamos contactarle si surge una vacante más acorde a su perfil.\n\nReciba un cordial saludo,\n{rfirst} {rlast}\n[Directora de Personas|Responsable de Selección], {company}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: Spanish notices that the vacante is cubierta, or the proceso suspended or cancelled
    Family(
        "rej_es_vacante_cubierta",
        "rejection",
        ES_ATS,
        [
            "Proceso de selección {puesto}: actualización",
            "Información sobre la vacante {ref}",
            "Candidatura a {puesto}",
        ],
        [
            "Hola {name}:\n\nTe escribimos para informarte de que la vacante de {puesto} [ya ha sido cubierta|se ha cubierto con una promoción interna], por lo que cerramos el proceso de selección. Agradecemos mucho tu interés y el tiempo que nos has dedicado.\n\nUn saludo,\nEquipo de Selección – {company}",
            "Estimado/a {me}:\n\nLe comunicamos que, [por motivos organizativos|debido a una reestructuración interna|por una congelación temporal de contrataciones], el proceso de selección para el puesto de {puesto} [queda suspendido hasta nuevo aviso|ha sido cancelado]. En consecuencia, no podremos continuar con su candidatura. Si la posición se reabre en el futuro, nos pondremos en contacto con usted.\n\nAtentamente,\nRecursos Humanos, {company}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish "candidatura descartada" after psicotécnicos, and feedback on a prueba técnica
    Family(
        "rej_es_tras_prueba",
        "rejection",
        ES_ATS,
        [
            "Resultado de las pruebas de selección",
            "Tu prueba técnica – valoración",
            "Candidatura {puesto}: resolución",
        ],
        [
            "Estimado/a {me}:\n\nGracias por completar las pruebas online del proceso de {puesto}. Una vez analizados los resultados, le comunicamos que su candidatura ha sido descartada para las siguientes fases. [La puntuación obtenida no alcanza el mínimo establecido para el puesto.|El número de plazas en la siguiente fase es limitado y otros perfiles han obtenido mejores resultados.]\n\nLe agradecemos su tiempo y le deseamos suerte en su búsqueda.\n\nEquipo de Selección\n{company}",
            "Hola {name}:\n\nMil gracias por el esfuerzo que has puesto en la prueba técnica. La hemos revisado entre varias personas del equipo y, aunque tiene cosas muy buenas, hemos decidido no seguir adelante con tu candidatura. [Echamos en falta más cobertura de tests y algo de documentación.|El análisis se quedaba algo corto en las conclusiones de negocio.] Ojalá este feedback te sirva para próximos procesos.\n\nUn saludo,\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish "convocatoria a entrevista" after the first filter, and a casual tú video-call invite
    Family(
        "int_es_convocatoria",
        "interview",
        ES_ATS,
        [
            "Invitación a entrevista – {puesto}",
            "Entrevista en {company}",
            "¿Hablamos? Proceso {puesto}",
            "Convocatoria a entrevista personal",
        ],
        [
            "Estimado/a {me}:\n\nNos complace comunicarle que su candidatura para el puesto de {puesto} ha superado la primera fase de selección. Por ello, nos gustaría convocarle a una entrevista [presencial en nuestras oficinas de {ciudad}|por videoconferencia (Microsoft Teams)|telefónica con el responsable del área] el próximo {dia}, {fecha}, a las {hora} h.\n\nLe rogamos que nos confirme su asistencia respondiendo a este correo. [Si la fecha no le viene bien, indíquenos otra disponibilidad.|Traiga su DNI para acceder al edificio.]\n\nUn cordial saludo,\n{rfirst} {rlast}\nTécnico/a de Selección – {company}",
            "¡Hola {name}!\n\nHemos leído tu CV y nos encantaría conocerte. ¿Te vendría bien una videollamada de unos 30 minutos esta semana con {rfirst}, [nuestra responsable de producto|nuestro CTO|la responsable del equipo]? Puedes elegir el hueco que mejor te encaje aquí: https://meet.{slug}.es/agenda\n\n¡Hablamos pronto!\nEquipo de {company}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish confirmation of a second interview, moving it, and a recordatorio the day before
    Family(
        "int_es_segunda",
        "interview",
        ES_PERSON,
        [
            "Confirmación de entrevista – {fecha}",
            "Cambio de hora de la entrevista",
            "Recordatorio: entrevista mañana a las {hora}",
            "Segunda entrevista – {puesto}",
        ],
        [
            "Hola {name}:\n\nTe confirmo la segunda entrevista para el puesto de {puesto} el {dia} {fecha} a las {hora}. [Será en nuestra oficina de {ciudad}; pregunta por mí en recepción.|Será por Google Meet; te llegará la invitación al calendario.] Estarán [el director del área y una persona del equipo|nuestra CEO y yo]. Calcula aproximadamente una hora.\n\nCualquier cosa, me dices.\n\nSaludos,\n{rfirst}",
            "Hola {name}:\n\nTe pido disculpas, pero por un imprevisto tenemos que mover la entrevista del {dia}. ¿Te iría bien [el {fecha} a las {hora}|el mismo día, pero una hora más tarde]? Si no, proponme tú un par de opciones.\n\nGracias por la flexibilidad,\n{rfirst} {rlast}",
            "Estimado/a {me}:\n\nLe recordamos que mañana tiene una entrevista con {company}:\n\nPuesto: {puesto}\nHora: {hora} h\nLugar: [Calle Mayor 14, 3.ª planta, {ciudad}|videollamada, enlace en la invitación]\n\nSi no pudiera asistir, le rogamos que nos avise con antelación.\n\n{rfirst} {rlast}\nDepartamento de Selección",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish "propuesta de incorporación" with contrato indefinido, and a warm tú "queremos que te unas"
    Family(
        "off_es_incorporacion",
        "offer",
        ES_PERSON,
        [
            "Propuesta de incorporación – {puesto}",
            "Enhorabuena – {puesto}",
            "Propuesta económica para el puesto de {puesto}",
        ],
        [
            "Estimado/a {me}:\n\nTras finalizar el proceso de selección, tenemos el placer de comunicarle que ha sido seleccionado/a para incorporarse a {company} como {puesto}. Le proponemos un contrato indefinido con una retribución de {sueldo} y fecha de incorporación el [1 de abril|1 de septiembre|{fecha}].\n\nEn el documento adjunto encontrará las condiciones detalladas. Le agradeceríamos que nos confirmara su aceptación antes del {fecha}.\n\nBienvenido/a al equipo.\n\nAtentamente,\n{rfirst} {rlast}\nDirección de Personas",
            "¡Hola {name}!\n\nTengo muy buenas noticias: ¡queremos que te unas al equipo en el puesto de {puesto}! A todo el equipo le encantó conocerte. Te paso por aquí un resumen de la propuesta: {sueldo}, [jornada intensiva los viernes|teletrabajo tres días a la semana|seguro médico y formación]. ¿Te viene bien que lo hablemos mañana por teléfono?\n\n¡Un abrazo!\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish ATS "hemos recibido tu candidatura" and a formal acuse de recibo with RGPD note
    Family(
        "rcv_es_recibida",
        "application_received",
        ES_ATS,
        [
            "Hemos recibido tu candidatura",
            "Confirmación de recepción – {puesto}",
            "Gracias por inscribirte en nuestra oferta",
            "Candidatura registrada: {ref}",
        ],
        [
            "Hola {name}:\n\nGracias por inscribirte en la oferta de {puesto}. Te confirmamos que tu candidatura se ha registrado correctamente y que nuestro equipo de selección la revisará en los próximos días.\n\n[Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.|Puedes consultar el estado de tu candidatura en cualquier momento desde tu área privada.]\n\nUn saludo,\nEquipo de Talento | {company}",
            "Estimado/a {me}:\n\nAcusamos recibo de su currículum para el puesto de {puesto} (ref. {ref}). [Debido al elevado número de candidaturas, el proceso puede demorarse algunas semanas.|Su candidatura será valorada junto con las demás recibidas.] Le mantendremos informado/a.\n\nDe conformidad con el RGPD, sus datos serán tratados únicamente con fines de selección.\n\nRecursos Humanos – {company}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish psicotécnicos online, a prueba técnica to send back, and an entrevista en diferido
    Family(
        "ass_es_prueba",
        "assessment",
        ES_ATS,
        [
            "Siguiente paso: pruebas online",
            "Prueba técnica – {puesto}",
            "Entrevista en diferido: instrucciones",
            "Tests psicotécnicos {company}",
        ],
        [
            "Hola {name}:\n\nEnhorabuena por pasar a la siguiente fase del proceso de {puesto}. El siguiente paso es realizar [unos tests psicotécnicos online de razonamiento numérico y verbal|una prueba de nivel de inglés online|un cuestionario de personalidad], que te llevará unos [30|45|60] minutos. Tienes de plazo hasta el {fecha}:\n\nhttps://evaluacion.{slug}.es/{ref}\n\nTe recomendamos hacerlo desde un ordenador y con buena conexión.\n\n¡Mucha suerte!\nEquipo de Selección",
            "Hola {name}:\n\nComo te comentamos, te enviamos la prueba técnica del proceso de selección. [Tienes que desarrollar una pequeña API REST con tests.|Se trata de analizar un dataset de ventas y preparar un breve informe.|Consiste en diseñar el flujo de alta de un usuario en nuestra app.] Puedes dedicarle el tiempo que quieras, pero no esperamos más de [3|4] horas. Envíanos el enlace al repositorio o el PDF antes del {dia}.\n\nSaludos,\n{rfirst}",
            "Estimado/a {me}:\n\nLe invitamos a realizar una entrevista en diferido: la plataforma le mostrará [cuatro|cinco] preguntas y podrá grabar sus respuestas en vídeo cuando le resulte más cómodo, sin necesidad de conectarse con nadie. Dispondrá de un minuto para pensar y dos para responder.\n\nEnlace (válido hasta el {fecha}): https://video.{slug}.es/{ref}\n\nAtentamente,\n{company} – Selección",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish consultora de selección approaching a passive candidate
    Family(
        "out_es_consultora",
        "recruiter_outreach",
        "agency",
        [
            "Oportunidad como {puesto} en {ciudad}",
            "¿Abierto/a a nuevos retos?",
            "Perfil LinkedIn – {puesto}",
        ],
        [
            "Hola {name}, ¿qué tal?\n\nSoy {rfirst}, consultor/a de selección en {agency}. Estoy trabajando en un proceso para [una empresa líder del sector energético|una startup de pagos que acaba de cerrar ronda|una consultora tecnológica] y buscamos un/a {puesto} en {ciudad}. Tu experiencia me ha parecido muy interesante para el puesto.\n\n¿Te apetecería que habláramos 15 minutos esta semana? Sin compromiso.\n\nSaludos,\n{rfirst} {rlast}\n{agency}",
            "Estimado/a {me}:\n\nLe escribo desde {agency}, consultora de selección, porque estamos buscando un/a {puesto} para uno de nuestros clientes y su trayectoria encaja muy bien con lo que necesitan. La posición ofrece [un proyecto estable y posibilidades reales de crecimiento|modalidad híbrida y salario competitivo]. ¿Estaría abierto/a a conocer más detalles?\n\nQuedo a su disposición.\n\n{rfirst} {rlast}, {agency}",
        ],
        n=4,
        extra=ES,
    ),
    # idea: Spanish grant (beca) resolutions and a master's admission list
    Family(
        "oth_es_beca",
        "other",
        "[Convocatorias Becas <becas@fundacion-alcor.example>|Secretaría de Posgrado <posgrado@universidad-del-sur.example>]",
        [
            "Resolución de la convocatoria de becas",
            "Su solicitud de beca {ref}",
            "Resultado de tu solicitud de ayuda",
            "Admisión al máster",
        ],
        [
            "Estimado/a {me}:\n\nLe informamos de que la comisión de evaluación ha resuelto la convocatoria de becas de [movilidad internacional|máster|investigación]. Lamentablemente, su solicitud no ha sido seleccionada en esta ocasión, ya que la puntuación obtenida no alcanza el mínimo requerido.\n\nPodrá presentar alegaciones en un plazo de diez días hábiles.\n\nAtentamente,\nSecretaría de la Fundación",
            "Hola {name}:\n\n¡Enhorabuena! Tu solicitud de beca ha sido aceptada. Para formalizarla, debes firmar el documento de aceptación antes del {fecha} y enviarnos tu número de cuenta.\n\nUn saludo,\nOficina de Becas",
            "Estimado/a {me}:\n\nTras el proceso de admisión al Máster en [Dirección de Empresas|Ciencia de Datos|Periodismo], lamentamos comunicarle que no ha obtenido plaza. Ha quedado en la posición {big} de la lista de espera.\n\nSecretaría Académica",
        ],
        n=5,
        extra=ES,
    ),
    # idea: Spanish flat rental replies (private landlord, agency reviewing payslips, a portal relaying a message)
    Family(
        "oth_es_piso",
        "other",
        "[{rfirst} {rlast} - Inmobiliaria Solana <{rfirst}@inmosolana.example>|{rfirst} vía PisosYa <mensajes@pisosya.example>]",
        [
            "Sobre el piso de la calle {calle}",
            "Re: Interesado en la habitación",
            "Respuesta del anunciante",
            "Su solicitud de alquiler",
        ],
        [
            "Hola {name}:\n\nGracias por tu interés en el piso de la calle {calle} y por venir a verlo el {dia}. Al final lo hemos alquilado a otra persona que podía entrar antes. ¡Suerte con la búsqueda!\n\nUn saludo,\n{rfirst}",
            "Estimado/a {me}:\n\nLe comunicamos que el propietario ha revisado la documentación presentada (contrato de trabajo y nóminas) y, lamentablemente, ha decidido no continuar con su solicitud de alquiler para la vivienda de la calle {calle}. Ponemos a su disposición otras viviendas de nuestra cartera.\n\nAtentamente,\n{rfirst} {rlast}\nInmobiliaria Solana",
            "Hola {name}, {rfirst} te ha respondido sobre el anuncio «Habitación luminosa en la calle {calle}»:\n\n«¡Hola! Sí, sigue disponible. ¿Puedes pasarte a verla el {dia} a las {hora}?»\n\nResponder en PisosYa",
        ],
        n=5,
        extra={**ES, "calle": ["Embajadores", "Sant Antoni", "Ruzafa", "Alameda", "Ercilla"]},
    ),
    # idea: Spanish meeting invites inside the reader's own company (weekly team meeting, performance review)
    Family(
        "oth_es_reunion",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@grupoandana.example>|{rfirst} {rlast} <{rlast}@mitrabajo.example>]",
        [
            "Convocatoria: reunión de equipo del {dia}",
            "Invitación: revisión trimestral",
            "Reunión de evaluación del desempeño",
        ],
        [
            "Hola equipo:\n\nOs convoco a la reunión de seguimiento semanal el {dia} a las {hora} en la sala Mediterráneo (o por Teams para quien teletrabaje). Orden del día: estado de los proyectos, vacaciones de verano y ruegos y preguntas.\n\nGracias,\n{rfirst}",
            "Hola {name}:\n\nTe he enviado una invitación para nuestra reunión de evaluación del desempeño el {fecha} a las {hora}. Antes de la reunión, rellena por favor la autoevaluación en el portal del empleado.\n\nUn saludo,\n{rfirst} {rlast}\nRecursos Humanos",
        ],
        n=4,
        extra=ES,
    ),
]

# Dutch --------------------------------------------------------------------------------
FAMILIES += [
    # idea: Dutch ATS "helaas" afwijzing (u and je), and a terse vacancy-number note
    Family(
        "rej_nl_ats",
        "rejection",
        NL_ATS,
        [
            "Je sollicitatie bij {company}",
            "Reactie op uw sollicitatie",
            "Update over je sollicitatie voor {functie}",
            "Uw sollicitatie naar de functie van {functie}",
        ],
        [
            "Beste {me},\n\nHartelijk dank voor uw sollicitatie naar de functie van {functie} en uw interesse in {company}.\n\nWij hebben uw brief en cv zorgvuldig bekeken. Helaas moeten wij u mededelen dat wij u niet uitnodigen voor een gesprek. [Er waren veel sollicitanten en andere kandidaten sloten beter aan bij het gevraagde profiel.|Uw ervaring sluit op dit moment onvoldoende aan bij de functie-eisen.]\n\n[Met uw toestemming bewaren wij uw gegevens nog een jaar in onze database.|Conform de AVG verwijderen wij uw gegevens binnen vier weken na afronding van de procedure.]\n\nWij wensen u veel succes bij uw verdere zoektocht.\n\nMet vriendelijke groet,\nAfdeling HR\n{company}",
            "Hoi {name},\n\nBedankt voor je sollicitatie als {functie}! We hebben er met aandacht naar gekeken, maar helaas gaan we niet met je verder in de procedure. [We zochten iemand met net wat meer ervaring in een vergelijkbare rol.|De keuze was lastig, want we kregen veel sterke reacties.]\n\nWe wensen je veel succes en wie weet tot een volgende keer!\n\nGroetjes,\nTeam {company}",
            "Geachte {me},\n\nNaar aanleiding van uw sollicitatie (vacaturenummer {ref}) berichten wij u dat wij uw kandidatuur niet verder in behandeling nemen. Wij danken u voor uw belangstelling.\n\nMet vriendelijke groet,\nWerving & Selectie {company}\n\nDit is een automatisch gegenereerd bericht.",
        ],
        n=6,
        extra=NL,
    ),
    # idea: Dutch recruiter or selectiecommissie calling it off after the sollicitatiegesprek
    Family(
        "rej_nl_na_gesprek",
        "rejection",
        NL_PERSON,
        [
            "Terugkoppeling sollicitatiegesprek",
            "Na ons gesprek van {dag}",
            "RE: Tweede gesprek {functie}",
        ],
        [
            "Hoi {name},\n\nNogmaals bedankt voor [het fijne gesprek van {dag}|de twee gesprekken en je presentatie|je tijd en energie in de afgelopen weken]. Ik heb helaas geen goed nieuws: we hebben gekozen voor een andere kandidaat, die [al ervaring had in de zorgsector|iets meer leidinggevende ervaring meebracht|al eerder met ons systeem had gewerkt]. Het was echt een lastige afweging.[\n\nMocht je feedback willen, bel me gerust.|\n\nIk houd je graag in gedachten voor een volgende vacature.|]\n\nHartelijke groet,\n{rfirst} {rlast}\n{company}",
            "Beste {me},\n\nDank u wel voor uw komst naar ons kantoor in {stad} en het prettige sollicitatiegesprek. Na zorgvuldige overweging heeft de selectiecommissie besloten de procedure niet met u te vervolgen. Wij realiseren ons dat dit een teleurstellend bericht is.\n\nGraag licht ik de beslissing telefonisch toe als u dat op prijs stelt.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\n[Manager Financiën|Recruiter|Hoofd Klantenservice]",
        ],
        n=6,
        extra=NL,
    ),
    # idea: Dutch "vacature vervuld", vacaturestop or vacancy put on hold
    Family(
        "rej_nl_vervuld",
        "rejection",
        NL_ATS,
        [
            "Vacature {functie} vervuld",
            "Update vacature {ref}",
            "Sollicitatie {functie}: vacature ingetrokken",
        ],
        [
            "Beste {me},\n\nBedankt voor uw interesse in de vacature {functie}. Wij laten u weten dat de vacature inmiddels is vervuld[ door een interne kandidaat|]. Uw sollicitatie nemen wij daarom niet verder in behandeling.\n\nMet vriendelijke groet,\nHR {company}",
            "Hoi {name},\n\nEven een update over de vacature voor {functie}: [door een reorganisatie|vanwege een vacaturestop|omdat het budget voor dit jaar is herzien] hebben we besloten de vacature [voorlopig in de wacht te zetten|in te trekken]. Dat betekent helaas dat we je sollicitatie op dit moment niet verder kunnen oppakken. Dit ligt echt niet aan jou![\n\nZodra de vacature weer opengaat, laten we het je weten.|]\n\nGroet,\n{rfirst}\n{company}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch afwijzing after the online assessment or the praktijkcase
    Family(
        "rej_nl_na_assessment",
        "rejection",
        NL_ATS,
        [
            "Uitslag assessment",
            "Terugkoppeling praktijkcase",
            "Afwijzing sollicitatie {functie}",
        ],
        [
            "Beste {me},\n\nDank voor het maken van het online assessment voor de functie {functie}. Op basis van de uitslag hebben wij helaas moeten besluiten u niet uit te nodigen voor de volgende ronde. [Uw score op de capaciteitentest lag onder de norm die wij voor deze functie hanteren.|Andere kandidaten scoorden hoger op de onderdelen die voor deze functie zwaar wegen.]\n\nWij danken u voor de tijd en moeite en wensen u veel succes.\n\nMet vriendelijke groet,\nRecruitment {company}",
            "Hoi {name},\n\nBedankt voor je uitwerking van de praktijkcase! We hebben hem met het team besproken en besloten om niet met je verder te gaan in de sollicitatieprocedure. [We misten vooral een duidelijke onderbouwing van je keuzes.|Je analyse was netjes, maar we zochten meer eigen visie.] Hopelijk heb je iets aan deze feedback.\n\nSucces en groet,\n{rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch "uitnodiging sollicitatiegesprek" with place and time, and a je-form Recruitee booking link
    Family(
        "int_nl_uitnodiging",
        "interview",
        NL_ATS,
        [
            "Uitnodiging sollicitatiegesprek – {functie}",
            "Uitnodiging kennismakingsgesprek",
            "Zullen we kennismaken?",
        ],
        [
            "Beste {me},\n\nNaar aanleiding van uw sollicitatie voor de functie {functie} nodigen wij u graag uit voor een [eerste sollicitatiegesprek|kennismakingsgesprek|gesprek met de selectiecommissie] op {dag} {datum} om {tijd} uur.\n\n[Het gesprek vindt plaats op ons kantoor aan de Stationsweg 21 in {stad}. U kunt zich melden bij de receptie.|Het gesprek vindt online plaats via Teams; de link ontvangt u in een aparte agenda-uitnodiging.] Het gesprek duurt ongeveer [45 minuten|een uur].\n\nWilt u laten weten of dit tijdstip u schikt?\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nRecruiter {company}",
            "Hoi {name},\n\nLeuk dat je hebt gesolliciteerd! Je cv sprak ons erg aan en we willen je graag beter leren kennen. Heb je deze of volgende week tijd voor een [videocall van een half uur|kort telefoongesprek] met {rfirst}, [onze teamlead|de hiring manager]? Je kunt hier zelf een moment kiezen: https://{slug}.recruitee.com/afspraak\n\nTot snel!\nTeam {company}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch confirmation of a tweede gesprek, moving it ("helaas moet ik verzetten"), and a herinnering
    Family(
        "int_nl_tweede_gesprek",
        "interview",
        NL_PERSON,
        [
            "Bevestiging tweede gesprek {datum}",
            "Verzetten van ons gesprek",
            "Herinnering: gesprek morgen om {tijd} uur",
        ],
        [
            "Hoi {name},\n\nHierbij bevestig ik het tweede gesprek voor de functie {functie} op {dag} {datum} om {tijd} uur. Je spreekt dan met [onze directeur en een collega uit het team|de afdelingsmanager en mij]. [We verwachten je op kantoor in {stad}; parkeren kan in de garage om de hoek.|We doen het via Google Meet; de link staat in de uitnodiging.] Reken op ongeveer een uur.\n\nTot dan!\n{rfirst}",
            "Beste {name},\n\nHelaas moet ik ons sollicitatiegesprek van {dag} verzetten, omdat [de hiring manager onverwacht afwezig is|er iets tussen is gekomen]. Zou [{datum} om {tijd} uur|dezelfde dag later in de middag] ook schikken? Anders hoor ik graag een paar andere momenten.\n\nExcuses voor het ongemak.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Beste {me},\n\nGraag herinneren wij u aan uw sollicitatiegesprek bij {company}:\n\nDatum: {datum}\nTijd: {tijd} uur\nLocatie: [Stationsplein 5, {stad}|online via Teams]\nGesprekspartner: {rfirst} {rlast}\n\nBent u verhinderd? Laat het ons dan zo snel mogelijk weten.\n\nMet vriendelijke groet,\nHR {company}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch arbeidsvoorwaardenvoorstel with vakantiegeld, and a je-form "we willen je aannemen"
    Family(
        "off_nl_aanbod",
        "offer",
        NL_PERSON,
        [
            "Aanbod: {functie}",
            "Goed nieuws!",
            "Arbeidsvoorwaardenvoorstel {company}",
            "Je arbeidsovereenkomst",
        ],
        [
            "Beste {me},\n\nNa de prettige gesprekken die wij met u hebben gevoerd, bieden wij u graag de functie van {functie} aan. Het aanbod omvat [een arbeidsovereenkomst voor een jaar met uitzicht op een vast contract|een vast dienstverband van 36 uur per week] en een salaris van {salaris}, exclusief 8% vakantiegeld. Als beoogde startdatum stellen wij [1 april|1 september|{datum}] voor.\n\nIn de bijlage vindt u het volledige arbeidsvoorwaardenvoorstel. Wij horen graag vóór {datum} of u ons aanbod aanneemt.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nManager HR, {company}",
            "Hoi {name},\n\nGoed nieuws: we willen je heel graag aannemen als {functie}! Iedereen was enthousiast na het laatste gesprek. [Ik bel je morgen even om het aanbod door te nemen ({salaris}, 25 vakantiedagen, thuiswerkvergoeding).|De arbeidsovereenkomst staat klaar om digitaal te tekenen; je krijgt zo een mail van onze tekentool.] Laat maar weten als je vragen hebt.\n\nGroetjes,\n{rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch ontvangstbevestiging from P&O (with "acquisitie niet op prijs gesteld") and a cheerful je-version
    Family(
        "rcv_nl_ontvangst",
        "application_received",
        NL_ATS,
        [
            "Bedankt voor uw sollicitatie",
            "Ontvangstbevestiging sollicitatie {functie}",
            "Sollicitatie ontvangen – {functie}",
            "Uw sollicitatie is in goede orde ontvangen",
        ],
        [
            "Beste {me},\n\nHierbij bevestigen wij de ontvangst van uw sollicitatie voor de functie {functie} (vacaturenummer {ref}). [Binnen twee weken na het sluiten van de vacature ontvangt u bericht over het vervolg.|De selectiecommissie beoordeelt alle sollicitaties na de sluitingsdatum van {datum}.]\n\nMet vriendelijke groet,\nAfdeling P&O\n{company}\n\nAcquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.",
            "Hoi {name},\n\nTop dat je hebt gesolliciteerd als {functie}! We hebben je sollicitatie goed ontvangen. [Een van onze recruiters bekijkt hem binnen vijf werkdagen.|We laten je binnen een week weten hoe het verder gaat.] [Alvast een kijkje nemen? Check onze Instagram.|]\n\nHartelijke groet,\nTeam {company}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch online capaciteitentest, a praktijkcase, and an opgenomen video-interview
    Family(
        "ass_nl_assessment",
        "assessment",
        NL_ATS,
        [
            "Volgende stap: online assessment",
            "Je praktijkcase voor {company}",
            "Uitnodiging video-interview (opgenomen)",
            "Capaciteitentest – {functie}",
        ],
        [
            "Beste {me},\n\nOnderdeel van onze selectieprocedure is een online assessment, bestaande uit een [capaciteitentest en een persoonlijkheidsvragenlijst|numerieke en verbale redeneertest|Engelse taaltoets]. U kunt het assessment thuis maken; reken op ongeveer [60|90] minuten. Wij vragen u het assessment uiterlijk {datum} af te ronden via onderstaande link:\n\nhttps://assessment.{slug}.nl/{ref}\n\nSucces!\n\nMet vriendelijke groet,\nHR {company}",
            "Hoi {name},\n\nZoals beloofd hierbij de praktijkcase, de volgende stap in de sollicitatieprocedure. [Maak een plan van aanpak voor de migratie van ons klantportaal.|Analyseer de bijgevoegde verkoopcijfers en geef drie aanbevelingen.|Schrijf een korte campagne-opzet voor onze nieuwe app.] Besteed er niet meer dan [drie|vier] uur aan; het gaat ons vooral om je denkwijze. Stuur je uitwerking uiterlijk {dag} terug.\n\nSucces!\n{rfirst}",
            "Beste {name},\n\nWe nodigen je uit voor een opgenomen video-interview. Je krijgt [vier|vijf] vragen op je scherm en neemt je antwoorden zelf op, wanneer het jou uitkomt – er kijkt niemand live mee. Per vraag heb je 30 seconden bedenktijd en twee minuten om te antwoorden.\n\nDe link is zeven dagen geldig: https://video.{slug}.nl/{ref}\n\nMet vriendelijke groet,\nRecruitment {company}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: Dutch corporate recruiter reaching out on LinkedIn, je and u
    Family(
        "out_nl_linkedin",
        "recruiter_outreach",
        NL_PERSON,
        [
            "Nieuwe uitdaging als {functie}?",
            "Interessante rol bij {company}",
            "Even kennismaken?",
        ],
        [
            "Hoi {name},\n\nIk kwam je profiel tegen op LinkedIn en werd meteen enthousiast over je achtergrond [in de logistiek|als developer|in de zorg]. Ik ben recruiter bij {company} en we zoeken een {functie} voor ons team in {stad}. Heb je zin om eens vrijblijvend te bellen? Ook als je niet actief zoekt, vertel ik je graag meer.\n\nGroet,\n{rfirst} {rlast}\nCorporate Recruiter | {company}",
            "Beste {me},\n\nVanuit {company} ben ik op zoek naar een ervaren {functie}. Uw profiel viel mij op, met name uw ervaring [bij overheidsorganisaties|met grote implementatietrajecten]. Staat u open voor een kort, vertrouwelijk gesprek over deze functie?\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
        ],
        n=4,
        extra=NL,
    ),
    # idea: Dutch rental replies: woningportaal "komt niet in aanmerking" and a makelaar's bezichtiging
    Family(
        "oth_nl_huurwoning",
        "other",
        "[Woningportaal Middenland <noreply@woonportaal.example>|Verhuurmakelaar De Gevel <verhuur@degevel.example>]",
        [
            "Reactie op woning {straat}",
            "Uw reactie op een woning",
            "Bezichtiging {straat}",
        ],
        [
            "Beste {me},\n\nU heeft gereageerd op de woning aan de {straat} in {stad}. Helaas komt u niet in aanmerking voor deze woning: [de woning is toegewezen aan een kandidaat met een langere inschrijfduur|uw inkomen valt buiten de inkomensgrens voor deze woning|er waren {big} reacties en u stond op plek {n}].\n\nBlijf reageren op het aanbod; uw inschrijving blijft gewoon geldig.\n\nMet vriendelijke groet,\nTeam Verhuur",
            "Hoi {name},\n\nBedankt voor je interesse in het appartement aan de {straat}. Je bent uitgenodigd voor een bezichtiging op {dag} om {tijd} uur. Neem je ID, een werkgeversverklaring en je laatste drie loonstroken mee.\n\nGroet,\nTeam Verhuur",
        ],
        n=5,
        extra={
            **NL,
            "straat": [
                "Oudegracht 112",
                "Kanaalstraat 9",
                "Vondelstraat 44",
                "Nieuwe Binnenweg 230",
            ],
        },
    ),
    # idea: Dutch student house after a hospiteeravond (kamer vergeven, or an invite to come hospiteren)
    Family(
        "oth_nl_hospiteren",
        "other",
        "[{rfirst} {rlast} <{rfirst}.kamer@mailbox.example>|{rfirst} via Kamerzoeker <berichten@kamerzoeker.example>]",
        [
            "Kamer {straat}",
            "Re: reactie op kamer in {stad}",
            "Hospiteeravond {dag}",
        ],
        [
            "Beste {name},\n\nDank voor je reactie op de kamer. We hebben de hospiteeravond gehad en helaas hebben we voor iemand anders gekozen. Heel veel succes met zoeken!\n\nGroetjes,\nDe bewoners van de {straat}",
            "Hoi {name}!\n\nLeuk berichtje! We willen je graag uitnodigen voor onze hospiteeravond op {dag} om 20:00 uur. Je maakt dan kennis met ons vijven en ziet de kamer (14 m², € 520 all-in). Laat je even weten of je komt?\n\nGroetjes,\n{rfirst}, namens het huis",
        ],
        n=4,
        extra={
            **NL,
            "straat": [
                "Oudegracht 112",
                "Kanaalstraat 9",
                "Vondelstraat 44",
                "Nieuwe Binnenweg 230",
            ],
        },
    ),
    # idea: Dutch numerus-fixus selection result and master admission decisions
    Family(
        "oth_nl_toelating",
        "other",
        "[Studentenadministratie <toelating@hogeschool-ijsselland.example>|Admissions Office <admissions@uni-noordenveld.example>]",
        [
            "Uitslag selectieprocedure {opleiding}",
            "Besluit over je toelating",
            "Je aanmelding voor de master {opleiding}",
        ],
        [
            "Beste {name},\n\nJe hebt deelgenomen aan de selectieprocedure voor de opleiding {opleiding}. Helaas moeten we je laten weten dat je rangnummer ({big}) niet hoog genoeg is voor een plaats in het komende studiejaar. [Je kunt je volgend jaar opnieuw aanmelden.|Als er plaatsen vrijkomen, nemen we contact met je op.]\n\nMet vriendelijke groet,\nToelatingscommissie",
            "Beste {me},\n\nGefeliciteerd! De toelatingscommissie heeft besloten je toe te laten tot de masteropleiding {opleiding}. Je ontvangt binnenkort een bewijs van toelating. Rond je inschrijving in Studielink af vóór {datum}.\n\nMet vriendelijke groet,\nStudentenadministratie",
            "Beste {me},\n\nOp basis van je vooropleiding voldoe je helaas niet aan de toelatingseisen van de master {opleiding}. Je kunt overwegen eerst een premaster te volgen.\n\nToelatingscommissie",
        ],
        n=5,
        extra={**NL, "opleiding": ["Geneeskunde", "Psychologie", "Fysiotherapie", "Bestuurskunde"]},
    ),
    # idea: Dutch vacaturemelding listing new jobs, and a "werkgevers bekeken je cv" nudge
    Family(
        "oth_nl_vacaturemelding",
        "other",
        "[Vacaturemelder <alerts@banenradar.example>|Werkzoeker <noreply@werkzoeker.example>]",
        [
            "{big} nieuwe vacatures voor '{functie}'",
            "Nieuwe banen in {stad} die bij je passen",
            "Jouw vacaturemelding van vandaag",
        ],
        [
            "Hoi {name},\n\nEr zijn nieuwe vacatures die passen bij je zoekopdracht '{functie}' in {stad}:\n\n• {functie} – {company} – {stad} – 32-40 uur\n• [Medewerker Planning|Projectleider|Customer Success Manager] – Bakkerij Korenmaat – [Hybride|Op locatie]\n• [Stage|Traineeship] – Stichting Lichtpunt – {stad}\n\n[Solliciteer snel, sommige vacatures sluiten binnenkort!|Bekijk alle vacatures in de app.]\n\nMeldingen aanpassen | Afmelden",
            "Hoi {name},\n\nGoed nieuws: {n} werkgevers hebben deze week je cv bekeken. [Werk je profiel bij om meer op te vallen.|Zet je profiel op zichtbaar voor recruiters.]\n\nTeam Werkzoeker\nAfmelden",
        ],
        n=4,
        extra=NL,
    ),
]

# Second wordings per language for the labels that had one family each, so that a held-out
# family still leaves the model a same-language example of its kind.
FAMILIES += [
    # idea: German recruiter proposing a short Telefoninterview, then a Fachinterview with live coding
    Family(
        "int_de_telefoninterview",
        "interview",
        DE_PERSON,
        [
            "Kurzes Telefoninterview?",
            "Fachinterview am {tag}",
            "Ihre Bewerbung als {stelle}: nächster Schritt",
        ],
        [
            "Hallo {name},\n\ndanke für Ihre Bewerbung als {stelle}! Bevor wir tiefer einsteigen, würde ich gerne ein kurzes Telefoninterview von etwa 20 Minuten mit Ihnen führen. Passt Ihnen {tag} zwischen [10 und 12 Uhr|14 und 16 Uhr]? Ich rufe Sie dann unter der Nummer aus Ihrem Lebenslauf an.\n\nViele Grüße\n{rfirst} {rlast}",
            "Hi {name},\n\nwie telefonisch besprochen schicke ich dir hier die Einladung zum Fachinterview mit [unserem CTO|der Teamleitung] am {tag}, {datum}, um {uhr} Uhr. Den Google-Meet-Link findest du im Kalendereintrag. Plan etwa eine Stunde ein – [es wird auch ein bisschen Live-Coding geben|ihr geht gemeinsam ein Praxisbeispiel durch].\n\nBis dann!\n{rfirst}",
        ],
        n=4,
        extra=DE,
    ),
    # idea: German Arbeitsvertrag sent for signature after a verbal yes, and an unbefristet offer with Probezeit
    Family(
        "off_de_arbeitsvertrag",
        "offer",
        DE_PERSON,
        [
            "Ihr Arbeitsvertrag zur Unterschrift",
            "Angebot: {stelle}",
            "Wir möchten dich an Bord holen",
        ],
        [
            "Guten Tag {me},\n\nwie am Telefon besprochen, freuen wir uns sehr, dass Sie als {stelle} zu uns kommen möchten. Im Anhang finden Sie Ihren Arbeitsvertrag [zur digitalen Unterschrift|in zweifacher Ausfertigung] – unbefristet, mit sechs Monaten Probezeit und einem Jahresbruttogehalt von {gehalt}. Bitte senden Sie ihn bis zum {datum} unterschrieben zurück.\n\nHerzliche Grüße\n{rfirst} {rlast}\nHR, {company}",
            "Hallo {name},\n\nnach unseren Gesprächen steht fest: Wir möchten dich als {stelle} an Bord holen! Unser Angebot: {gehalt} im Jahr, [unbefristeter Vertrag|zunächst auf zwei Jahre befristet], 30 Tage Urlaub und ein Jobrad. Sag uns bis {datum} Bescheid, ob du annimmst – und ruf mich gerne an, wenn du noch Fragen hast.\n\nViele Grüße\n{rfirst}",
        ],
        n=4,
        extra=DE,
    ),
    # idea: German ATS note that the documents were forwarded to the Fachabteilung, plus a candidate-portal version
    Family(
        "rcv_de_weitergeleitet",
        "application_received",
        DE_ATS,
        [
            "Vielen Dank für Ihre Onlinebewerbung",
            "Ihre Bewerbungsnummer {ref}",
            "Bewerbung über unser Karriereportal",
        ],
        [
            "Guten Tag {me},\n\nvielen Dank für Ihre Onlinebewerbung. Ihre Unterlagen sind vollständig bei uns eingegangen und wurden an die zuständige Fachabteilung weitergeleitet. Wir bitten um Verständnis, dass die Bearbeitung einige Zeit in Anspruch nehmen kann.\n\nIhre Bewerbungsnummer lautet {ref}.\n\nMit freundlichen Grüßen\nPersonalabteilung {company}",
            "Hallo {name},\n\nsuper, deine Bewerbung als {stelle} über unser Karriereportal ist da! Unser Recruiting-Team meldet sich in den nächsten Tagen bei dir. Bis dahin kannst du den Status jederzeit in deinem Bewerberkonto verfolgen.\n\nViele Grüße\nDein Team von {company}",
        ],
        n=4,
        extra=DE,
    ),
    # idea: German Coding Challenge link with a time limit, and an Arbeitsprobe for a writing role
    Family(
        "ass_de_arbeitsprobe",
        "assessment",
        DE_ATS,
        [
            "Nächster Schritt in Ihrer Bewerbung",
            "Bitte um eine Arbeitsprobe",
            "Bewerbung {stelle}: Programmieraufgabe",
        ],
        [
            "Hallo {name},\n\ndanke für Ihr Interesse an der Stelle als {stelle}. Im nächsten Schritt möchten wir Sie bitten, unsere Coding Challenge zu lösen. Sie haben dafür [90|120] Minuten Zeit, sobald Sie die Aufgabe starten; der Link ist fünf Tage gültig:\n\nhttps://challenge.{slug}.de/{ref}\n\nViel Spaß beim Knobeln!\nIhr Recruiting-Team",
            "Guten Tag {me},\n\nim Rahmen Ihrer Bewerbung bitten wir Sie um eine kurze Arbeitsprobe: [Verfassen Sie bitte einen Newsletter-Text von etwa 300 Wörtern zu einem unserer Produkte.|Übersetzen Sie bitte den beigefügten Pressetext ins Englische.] Senden Sie uns Ihr Ergebnis bis zum {datum} per E-Mail zurück.\n\nMit freundlichen Grüßen\n{company}",
        ],
        n=4,
        extra=DE,
    ),
    # idea: French chargée de recrutement proposing a short phone call, then a visio with the manager
    Family(
        "int_fr_visio",
        "interview",
        FR_PERSON,
        [
            "Votre candidature – échange téléphonique",
            "Entretien visio avec le manager",
            "Invitation : entretien {poste}",
        ],
        [
            "Bonjour {name},\n\nJe suis {rfirst}, chargé(e) de recrutement chez {company}. J'ai bien reçu votre CV pour le poste de {poste} et j'aimerais échanger quelques minutes avec vous par téléphone. Seriez-vous joignable {jour} [en fin de matinée|en début d'après-midi] ?\n\nBelle journée,\n{rfirst} {rlast}",
            "Bonjour {me},\n\nVoici l'invitation pour votre entretien avec [le manager de l'équipe|la directrice commerciale] : {jour} {date_fr} à {heure}, en visio (lien Teams dans l'invitation calendrier). Au programme : 45 minutes, présentation de votre parcours puis questions sur le poste.\n\nÀ très bientôt,\n{rfirst} {rlast}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: French contrat de travail to sign electronically after an oral yes, and a proposition with RTT and mutuelle
    Family(
        "off_fr_contrat",
        "offer",
        FR_PERSON,
        [
            "Votre contrat de travail",
            "Notre proposition pour le poste de {poste}",
            "Rejoindre {company}",
        ],
        [
            "Bonjour {me},\n\nSuite à votre accord oral, veuillez trouver ci-joint votre contrat de travail (CDI) à signer électroniquement. Votre prise de poste est prévue le {date_fr}, avec une rémunération de {salaire}. N'hésitez pas à me contacter pour toute question.\n\nCordialement,\n{rfirst} {rlast}\nRessources Humaines, {company}",
            "Bonjour {name},\n\nC'est avec grand plaisir que nous vous proposons de rejoindre l'équipe en tant que {poste} ! Notre proposition : {salaire}, [12 jours de RTT|deux jours de télétravail par semaine], mutuelle prise en charge à 100 %. Pouvez-vous nous donner votre réponse d'ici {jour} ?\n\nBien à vous,\n{rfirst}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: French acknowledgement of a candidature spontanée, and a careers-site confirmation with a delay
    Family(
        "rcv_fr_spontanee",
        "application_received",
        FR_ATS,
        [
            "Votre candidature spontanée",
            "Accusé de réception – {poste}",
            "Nous avons bien votre dossier",
        ],
        [
            "Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature spontanée et vous remercions de l'intérêt que vous portez à {company}. Nous ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait à se libérer.\n\nCordialement,\nLe service Ressources Humaines",
            "Bonjour {name},\n\nVotre candidature pour le poste de {poste} a bien été transmise via notre site carrières. Notre équipe l'étudie actuellement ; vous recevrez une réponse [sous 15 jours|dans les trois semaines].\n\nL'équipe recrutement {company}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: French questionnaire de personnalité online, and an exercice de rédaction to send back
    Family(
        "ass_fr_questionnaire",
        "assessment",
        FR_ATS,
        [
            "Questionnaire en ligne – {poste}",
            "Exercice de rédaction",
            "Votre candidature : prochaine étape",
        ],
        [
            "Bonjour {me},\n\nDans le cadre de votre candidature, nous vous invitons à remplir [un questionnaire de personnalité|un test d'aptitudes verbales et numériques] en ligne. Il n'y a pas de bonne ou de mauvaise réponse ; comptez environ [25|40] minutes. Date limite : {date_fr}.\n\nhttps://questionnaire.{slug}.fr/{ref}\n\nCordialement,\nL'équipe RH",
            "Bonjour {name},\n\nPour poursuivre le processus de recrutement, nous vous proposons un court exercice de rédaction : [un article de 500 mots sur les tendances du e-commerce|la réécriture d'une page de notre site]. Merci de nous l'envoyer par mail avant le {date_fr}.\n\nBonne rédaction !\n{company}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: Spanish recruiter asking for a quick call, and a formal videollamada with the department head
    Family(
        "int_es_llamada",
        "interview",
        ES_PERSON,
        [
            "¿Tienes 15 minutos para una llamada?",
            "Entrevista por videollamada – {puesto}",
            "Tu candidatura: siguiente paso",
        ],
        [
            "Hola {name}:\n\nSoy {rfirst}, del equipo de selección de {company}. He visto tu candidatura para {puesto} y me gustaría hacerte una llamada breve para conocerte y contarte más del puesto. ¿Te viene bien el {dia} [por la mañana|a primera hora de la tarde]?\n\nUn saludo,\n{rfirst} {rlast}",
            "Estimado/a {me}:\n\nLe escribo para concertar una entrevista por videollamada con [la directora del departamento|el responsable del equipo] para el puesto de {puesto}. Le propongo el {dia} {fecha} a las {hora}; la reunión durará unos 45 minutos. Le agradecería que me confirmara su disponibilidad.\n\nAtentamente,\n{rfirst} {rlast}",
        ],
        n=4,
        extra=ES,
    ),
    # idea: Spanish contract sent for signature after a yes, and a formal oferta with salary and start date
    Family(
        "off_es_contrato",
        "offer",
        ES_PERSON,
        [
            "Tu contrato con {company}",
            "Oferta formal – {puesto}",
            "Bienvenida a {company}",
        ],
        [
            "Hola {name}:\n\n¡Qué alegría que hayas aceptado! Te adjuntamos el contrato para el puesto de {puesto} para que lo firmes digitalmente. La incorporación será el {fecha}; ese día te esperamos a las 9:00 en la oficina de {ciudad}.\n\nUn abrazo,\n{rfirst}",
            "Estimado/a {me}:\n\nEs un placer hacerle llegar nuestra oferta formal para el puesto de {puesto}: contrato [indefinido|de un año con posibilidad de renovación], {sueldo} y [jornada flexible|retribución flexible]. Quedamos a la espera de su respuesta antes del {fecha}.\n\nUn cordial saludo,\n{rfirst} {rlast}\nRecursos Humanos",
        ],
        n=4,
        extra=ES,
    ),
    # idea: Spanish careers-portal "candidatura enviada" and a promise to answer either way
    Family(
        "rcv_es_enviada",
        "application_received",
        ES_ATS,
        [
            "Tu candidatura ha sido enviada",
            "Gracias por tu interés en {company}",
            "Candidatura para {puesto}",
        ],
        [
            "Hola {name}:\n\nTu candidatura para {puesto} se ha enviado correctamente a {company}. Recuerda que puedes actualizar tu CV desde tu perfil en cualquier momento.\n\nEl equipo de Talento",
            "Hola {name}:\n\nGracias por tu interés en trabajar con nosotros. Estamos revisando todos los perfiles recibidos para el puesto de {puesto} y te escribiremos tanto si avanzas como si no, [en un plazo de dos semanas|lo antes posible].\n\nSaludos,\nSelección {company}",
        ],
        n=4,
        extra=ES,
    ),
    # idea: Spanish caso práctico to prepare and an online Excel level test
    Family(
        "ass_es_caso",
        "assessment",
        ES_ATS,
        [
            "Caso práctico – {puesto}",
            "Prueba de nivel de Excel",
            "Siguiente fase del proceso",
        ],
        [
            "Hola {name}:\n\nPara la siguiente fase del proceso de selección te proponemos un caso práctico: [preparar un plan de marketing para el lanzamiento de un producto|analizar la cuenta de resultados adjunta]. Envíanos tu propuesta en PDF antes del {fecha}.\n\nUn saludo,\nEquipo de Selección",
            "Estimado/a {me}:\n\nComo parte del proceso de selección para {puesto}, le invitamos a realizar una prueba online de nivel de Excel de unos 40 minutos. Puede hacerla cuando quiera hasta el {fecha}:\n\nhttps://pruebas.{slug}.es/{ref}\n\nAtentamente,\n{company}",
        ],
        n=4,
        extra=ES,
    ),
    # idea: Dutch recruiter planning a telefonisch kennismakingsgesprek, and a vervolggesprek with the directie
    Family(
        "int_nl_belafspraak",
        "interview",
        NL_PERSON,
        [
            "Korte belafspraak?",
            "Vervolggesprek {functie}",
            "Je sollicitatie: even bellen?",
        ],
        [
            "Hoi {name},\n\nDank voor je sollicitatie als {functie}! Ik plan graag een telefonisch kennismakingsgesprek van een kwartiertje in. Schikt {dag} [in de ochtend|na de lunch]? Dan bel ik je op het nummer uit je cv.\n\nGroet,\n{rfirst} {rlast}",
            "Beste {me},\n\nNaar aanleiding van ons eerste gesprek nodigen wij u graag uit voor een vervolggesprek met [de directie|de teammanager en een collega] op {dag} {datum} om {tijd} uur in {stad}. U kunt zich melden bij de receptie.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
        ],
        n=4,
        extra=NL,
    ),
    # idea: Dutch contract ready to sign after a mondeling aanbod, and a written aanbod letter
    Family(
        "off_nl_contract",
        "offer",
        NL_PERSON,
        [
            "Je contract ligt klaar",
            "Schriftelijke bevestiging aanbod",
            "Welkom bij {company}!",
        ],
        [
            "Hoi {name},\n\nSuper dat je ons aanbod hebt geaccepteerd! Je arbeidsovereenkomst als {functie} staat klaar om digitaal te ondertekenen. Je eerste werkdag is {datum}; we verwachten je om 9:00 uur op kantoor in {stad}.\n\nTot snel!\n{rfirst}",
            "Beste {me},\n\nHierbij bevestigen wij schriftelijk ons mondelinge aanbod voor de functie {functie}: [een contract voor 32 uur per week|een fulltime dienstverband], een salaris van {salaris} en een eindejaarsuitkering. Wij ontvangen graag uw reactie vóór {datum}.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nHR-adviseur",
        ],
        n=4,
        extra=NL,
    ),
    # idea: Dutch "je sollicitatie is verstuurd" from a careers site, and a promise of contact within ten working days
    Family(
        "rcv_nl_verstuurd",
        "application_received",
        NL_ATS,
        [
            "Je sollicitatie is verstuurd",
            "Sollicitatie {functie} ontvangen",
            "Bedankt voor je interesse in {company}",
        ],
        [
            "Hoi {name},\n\nJe sollicitatie voor de functie {functie} is verstuurd naar {company}. Je kunt de status volgen in je kandidatenaccount.\n\nGroet,\nWerken bij {company}",
            "Beste {name},\n\nBedankt voor je interesse in {company}! We hebben je cv en motivatie voor de vacature {functie} ontvangen en nemen binnen tien werkdagen contact met je op.\n\nMet vriendelijke groet,\nRecruitment",
        ],
        n=4,
        extra=NL,
    ),
    # idea: Dutch online persoonlijkheidsvragenlijst and a schrijfopdracht as part of the procedure
    Family(
        "ass_nl_schrijfopdracht",
        "assessment",
        NL_ATS,
        [
            "Online vragenlijst – {functie}",
            "Schrijfopdracht sollicitatieprocedure",
            "Je sollicitatie: volgende stap",
        ],
        [
            "Beste {me},\n\nAls volgende stap in de sollicitatieprocedure vragen wij u een online persoonlijkheidsvragenlijst in te vullen. Dit duurt ongeveer [30|45] minuten en kan tot en met {datum}:\n\nhttps://vragenlijst.{slug}.nl/{ref}\n\nMet vriendelijke groet,\nHR {company}",
            "Hoi {name},\n\nVoor de vacature {functie} vragen we je een korte schrijfopdracht te maken: [een nieuwsbericht van 300 woorden over een van onze projecten|een advies van één A4 aan een fictieve klant]. Mail je tekst uiterlijk {dag} naar ons terug.\n\nSucces!\nTeam {company}",
        ],
        n=4,
        extra=NL,
    ),
]
