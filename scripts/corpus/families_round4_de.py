# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes and German quotes as the mail writes them)
"""Round 4 in German: every label, in wordings the earlier German families do not use.

The model had few German messages and most of them were rejections written with the stock
phrases ("leider", "nicht berücksichtigen"). Here rejections come as portal status changes,
warm notes after a call, cancelled budgets, full internship programmes, failed trial days,
withdrawn offers, public-sector letters and talent-pool closings; the other labels get
offers, interview logistics, tests, recruiter approaches, receipts with unfilled
placeholders, and hard negatives (admissions, flats, grants, talk proposals, auto-replies,
portal accounts, job alerts, one's own team meetings). Slot values come from
families_languages.DE plus a few of our own; every sentence here is new."""

from families_languages import DE
from generate import Family

# Extra slot values (values only; the wording lives in the families).
X = {
    **DE,
    "behoerde": [
        "Landratsamt",
        "Bezirksamt",
        "Stadtverwaltung",
        "Landesamt für Statistik",
        "Universitätsklinikum",
        "Amt für Digitalisierung und IT",
    ],
    "strasse": [
        "Hafenstraße 14",
        "Am Wall 3",
        "Industriestraße 88",
        "Lindenallee 5a",
        "Kaiserstraße 120",
        "Gutenbergweg 7",
    ],
    "egr": ["E 9b", "E 10", "E 11", "E 12", "E 13"],
    "az": ["P 2-0312/24", "PA 12 – 882/25", "Z 4.1-2093", "I/3-0471/24", "31-P-1187"],
    "bereich": ["Vertrieb", "IT", "Finanzen", "Operations", "Marketing", "Einkauf"],
    "zeitraum": ["Sommersemester", "Wintersemester", "Herbst", "Frühjahr"],
    "jahr": ["2025", "2026"],
    "punkte": ["48", "52", "57", "61"],
    "rfirst2": ["Katrin", "Jonas", "Sabine", "Felix", "Miriam", "Torsten", "Leonie"],
    "nummer": ["4829113", "2290457", "8812306", "6617042"],
    "meet": ["xkb-qwze-rtn", "pod-hmfa-yzc", "ger-tnwq-abv", "mvs-ktpe-hwo"],
    "senior": [
        "Geschäftsführer (m/w/d)",
        "CFO (m/w/d)",
        "Leitung Finanzen und Controlling",
        "VP Engineering",
        "Bereichsleitung Vertrieb DACH",
        "Werkleitung (m/w/d)",
    ],
    "studiengang": [
        "Wirtschaftsinformatik (M.Sc.)",
        "Soziale Arbeit (M.A.)",
        "Data Science (M.Sc.)",
        "Public Management (M.A.)",
        "Maschinenbau (B.Eng.)",
    ],
    "semester": ["Wintersemester 2025/26", "Sommersemester 2026", "Wintersemester 2026/27"],
    "kurs": [
        "Excel für Fortgeschrittene",
        "Spanisch A2",
        "Buchführung Grundlagen",
        "Python für Einsteiger",
        "Rhetorik im Beruf",
    ],
    "projekt": [
        "Lesepaten im Kiez",
        "Offene Fahrradwerkstatt",
        "Kulturcafé am Markt",
        "Digitale Sprechstunde für Senioren",
    ],
    "betrag": ["4.800 €", "12.000 €", "2.500 €", "7.350 €"],
    "konf": [
        "Konferenz Data Days Rhein-Main",
        "Tagung UX Nord",
        "Jahrestagung Verwaltungsinformatik",
        "Konferenz DevOps Süd",
        "Fachtagung Controlling",
    ],
    "talk": [
        "Monitoring ohne Tränen",
        "Barrierefreiheit im Formularbau",
        "Wie wir unseren Monolithen zerlegt haben",
        "Excel ist auch eine Datenbank",
        "Kennzahlen, die niemand liest",
    ],
    "einreichung": ["#112", "#287", "#45", "#391", "#1034"],
    "kw": ["12", "19", "27", "41", "46"],
    "projektname": ["Phoenix", "ERP-Migration", "Relaunch Website", "Kundenportal 2.0"],
}

FAMILIES: list[Family] = [
    # ---------------------------------------------------------------- rejection
    # idea: an ATS portal's "Statusänderung" notification whose body says the process ended (SuccessFactors/Workday style, some English leftovers)
    Family(
        "rej_de_r4_portal_statusaenderung",
        "rejection",
        "[{company} Karriereportal <status@{slug}.successfactors.example>|{company} Talent Acquisition <no-reply@{slug}.myworkday.example>|{company} Bewerberkonto <konto@karriere.{slug}.de>]",
        [
            "Statusänderung Ihrer Bewerbung ({ref})",
            "Neuigkeiten in Ihrem Bewerberkonto",
            "Aktualisierung: {stelle}",
            "Ihr Bewerbungsstatus hat sich geändert",
        ],
        [
            "Guten Tag {me},\n\nin Ihrem Bewerberkonto gibt es eine Änderung.\n\nStelle: {stelle}\nReferenz: {ref}\nNeuer Status: Verfahren beendet – keine Berücksichtigung\n\nDas bedeutet, dass Ihre Bewerbung für diese Ausschreibung nicht weiterverfolgt wird. Andere offene Stellen können Sie weiterhin über Ihr Konto einsehen und sich dort direkt bewerben.\n\nDies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.",
            "Hallo {name},\n\nwir haben den Stand deiner Bewerbung als {stelle} aktualisiert – du findest ihn wie immer unter „Meine Bewerbungen“.\n\nKurz zusammengefasst: Wir machen mit anderen Kandidat:innen weiter, dein Prozess bei uns ist damit abgeschlossen. Danke, dass du dir die Zeit genommen hast. [Dein Profil bleibt aktiv, falls du dich auf weitere Jobs bewerben möchtest.|Wir würden uns freuen, dich bei einer anderen Ausschreibung wiederzusehen.]\n\nDein Recruiting-Team\n{company}",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nzu Ihrer Bewerbung Nr. {ref} liegt eine neue Statusmeldung vor:\n\n» Abgelehnt (Auswahl abgeschlossen)\n\nWir bedanken uns für Ihr Interesse an einer Tätigkeit bei {company}. Eine Begründung der Auswahlentscheidung erfolgt aus Gründen der Gleichbehandlung nicht. Ihre personenbezogenen Daten löschen wir spätestens sechs Monate nach Abschluss des Verfahrens.\n\nPersonalmanagement\n\n---\nSie erhalten diese Nachricht, weil Sie ein Bewerberkonto bei {company} angelegt haben.",
            "Hallo {me},\n\nUpdate zu Ihrer Bewerbung: Candidate status changed to „Not selected“.\n\nFür die Position {stelle} in {ort} haben wir uns für ein anderes Profil entschieden. Danke für Ihre Geduld während des Prozesses – für Ihre weitere Suche wünschen wir Ihnen viel Erfolg.\n\nTalent Acquisition | {company}\n\nInformationen zur Verarbeitung Ihrer Daten: {slug}.de/datenschutz",
        ],
        n=6,
        extra=X,
    ),
    # idea: a hiring manager writing warmly and a bit indirectly after a phone or video call, including a non-native writer and a mobile one-liner
    Family(
        "rej_de_r4_nach_telefonat_warm",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} <{rfirst}@{slug}.com>|{rfirst} {rlast} <{rlast}@{slug}.de>]",
        [
            "Danke für das nette Gespräch",
            "Nach unserem Telefonat",
            "Re: Kennenlernen am {tag}",
            "Kurze Rückmeldung von mir",
        ],
        [
            "Hallo {name},\n\nich hab nach unserem Telefonat noch eine Weile über dich nachgedacht, und das meine ich positiv. Wie du dich nach dem Umzug nach {ort} in das neue Thema reingefuchst hast, hat mich beeindruckt.\n\nWir sind am Ende trotzdem mit einer anderen Person weitergegangen, die genau die Branchenerfahrung mitbringt, die wir im Moment brauchen. Das fühlt sich für mich gar nicht gut an, weil es so knapp war.\n\nWenn du magst, vernetz dich mit mir auf LinkedIn – ich empfehle dich gern weiter, wenn mir etwas Passendes über den Weg läuft.\n\nHerzlich\n{rfirst}",
            "Liebe/r {me},\n\nherzlichen Dank nochmal für Ihre Offenheit im Gespräch am {tag}. Ich möchte Sie nicht unnötig warten lassen: Mit der Rolle als {stelle} wird es nicht klappen. Das Team hat sich für jemanden entschieden, der bereits [in einem Konzern|im Schichtbetrieb|mit SAP S/4HANA] gearbeitet hat, und genau das hat den Ausschlag gegeben.\n\nIch bin sicher, dass Sie bald etwas Passendes finden – Sie haben einiges zu bieten.\n\nAlles Gute und herzliche Grüße\n{rfirst} {rlast}",
            "Hi {name}, ich wollte mich selbst melden, bevor du irgendeine Standardmail aus dem System bekommst: Wir haben uns für jemand anderen entschieden. Du warst bis zum Schluss im Rennen, ehrlich. Danke für deine Zeit und viel Glück bei der Suche!\n\n{rfirst}\n\nVon unterwegs gesendet",
            "Hallo {me},\n\nvielen Dank für das Video-Call letzte Woche, es war sehr schön mit Ihnen zu sprechen. Wir haben jetzt intern alle Kandidaten verglichen, und ich muss Ihnen sagen, dass wir werden die Position mit einer anderen Person besetzen. Es tut mir wirklich leid, Sie hatten sehr gute Antworten.\n\nIch wünsche Ihnen viel Glück und bleiben Sie gesund!\n\nBest regards / Viele Grüße\n{rfirst} {rlast}\n{company}",
        ],
        n=6,
        extra=X,
    ),
    # idea: the role disappears: a small firm losing its big client, a public body cancelling the procedure for budget reasons, a merger, a start-up whose funding round slipped
    Family(
        "rej_de_r4_stelle_gestrichen",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{behoerde} {ort} – Personal <personal@{slug}.example>|{company} HR <hr@{slug}.de>|{rfirst} von {company} <{rfirst}@{slug}.io>]",
        [
            "Zur Stelle {stelle} – keine guten Nachrichten",
            "Ausschreibung {ref} aufgehoben",
            "Ihre Bewerbung: Wegfall der Position",
            "Planänderung bei uns",
        ],
        [
            "Hallo {name},\n\nes tut mir leid, dir das schreiben zu müssen: Unser größter Kunde hat den Rahmenvertrag zum Quartalsende gekündigt, und damit fällt das Projekt weg, für das wir die Stelle als {stelle} geschaffen hatten. Wir stellen deshalb vorerst niemanden ein und schließen die Ausschreibung heute.\n\nDein Bewerbungsverfahren bei uns ist damit beendet. Mit deiner Qualifikation hat das null zu tun.\n\nViele Grüße\n{rfirst} {rlast}\nGeschäftsführer",
            "Sehr geehrte/r {me},\n\ndas Stellenbesetzungsverfahren zur Ausschreibung {ref} ({stelle}) wird aufgehoben, da die haushaltsrechtlichen Voraussetzungen für die Besetzung entfallen sind. Eine Auswahlentscheidung wird nicht mehr getroffen. Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen datenschutzgerecht vernichtet.\n\nWir danken Ihnen für Ihr Interesse an einer Tätigkeit im öffentlichen Dienst.\n\nIm Auftrag\n{rlast}\n{behoerde} {ort}",
            "Guten Tag {me},\n\nim Zuge der angekündigten Zusammenlegung unserer Standorte [in {ort}|in der DACH-Region] wurde die Position {stelle} aus der Personalplanung genommen. Wir haben alle laufenden Auswahlprozesse für diese Rolle gestoppt, auch Ihren. Uns ist bewusst, dass Sie bereits Zeit in Gespräche investiert haben, und wir bitten die Umstände zu entschuldigen.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nHR Business Partner, {company}",
            "Hey {name},\n\nehrliche Info von uns: Die Finanzierungsrunde hat sich verschoben, und ohne sie gibt es kein Budget für neue Leute. Wir haben die {stelle}-Rolle deshalb gestrichen und führen den Prozess mit dir nicht weiter. Richtig ärgerlich, weil wir dich gern im zweiten Gespräch gesehen hätten.\n\nSorry & alles Gute\n{rfirst}, {company}",
        ],
        n=6,
        extra=X,
    ),
    # idea: internship, working-student and graduate-programme places already taken (campus recruiting, a team lead, a Pflichtpraktikum office)
    Family(
        "rej_de_r4_plaetze_vergeben",
        "rejection",
        "[Campus Recruiting {company} <campus@{slug}.de>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{company} Ausbildung & Praktika <praktikum@{slug}.de>]",
        [
            "Dein Praktikum bei {company}",
            "Traineeprogramm {jahr}: Ihre Bewerbung",
            "Pflichtpraktikum – Rückmeldung",
            "Werkstudentenstelle: aktueller Stand",
        ],
        [
            "Hallo {name},\n\nvielen Dank für dein Interesse an einem Praktikum in unserem Bereich [Marketing|Controlling|Produktentwicklung]. Für das {zeitraum} sind alle Praktikumsplätze schon vergeben, wir können dir deshalb keinen Platz anbieten. Wir nehmen pro Halbjahr nur eine Handvoll Praktikant:innen, damit jede:r gut betreut wird.\n\nWenn du magst, bewirb dich gern für einen späteren Zeitraum noch einmal – dafür legst du bitte eine neue Bewerbung an.\n\nViele Grüße\nCampus Recruiting {company}",
            "Sehr geehrte/r {me},\n\nfür unser Traineeprogramm {jahr} haben uns deutlich mehr Bewerbungen erreicht, als wir Plätze haben. Die zwölf Plätze sind inzwischen vollständig besetzt; eine Teilnahme ist für Sie daher nicht möglich. Diese Nachricht geht an alle Bewerberinnen und Bewerber, die wir nicht mehr berücksichtigen konnten.\n\nFür den Berufseinstieg wünschen wir Ihnen viel Erfolg.\n\nMit freundlichen Grüßen\nHochschulmarketing & Nachwuchsprogramme\n{company}",
            "Hallo {name},\n\ndanke für deine Mail und den Lebenslauf. Ich muss dich enttäuschen: Unsere beiden Werkstudentenstellen im Team sind seit letzter Woche belegt, und mehr gibt das Budget nicht her. Ich will dich nicht hinhalten, deshalb lieber gleich ehrlich.\n\nViel Erfolg im Studium und bei der Suche!\n{rfirst}",
            "Guten Tag {me},\n\nIhre Bewerbung um ein Pflichtpraktikum (Bewerbungsnummer {ref}) können wir nicht berücksichtigen. Sämtliche Praktikumsplätze bis einschließlich {zeitraum} {jahr} sind vergeben, eine Warteliste führen wir nicht.\n\nFreundliche Grüße\nAusbildung & Praktika\n{company}",
        ],
        n=6,
        extra=X,
    ),
    # idea: the outcome after a Probetag or a test: a kitchen owner, a public written test with the score, a coding task review, a tax office's trial day
    Family(
        "rej_de_r4_probetag_testergebnis",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}@{slug}.de>|Personalauswahl {behoerde} <auswahl@{slug}.example>|{company} Hiring Team <jobs@{slug}.io>|Kanzlei {rlast} <kanzlei@{slug}.de>]",
        [
            "Ihr Testergebnis",
            "Nach deinem Probetag bei uns",
            "Auswertung Ihres Einstellungstests",
            "Re: Probearbeiten am {tag}",
        ],
        [
            "Hallo {name},\n\nschön, dass du am {tag} den ganzen Tag bei uns in der Küche mitgelaufen bist. Das Team und ich haben uns danach zusammengesetzt. Beim Tempo im Mittagsgeschäft fehlt dir noch die Routine, und wir brauchen gerade jemanden, der sofort voll mitzieht. Deshalb stellen wir dich nicht ein.\n\nNimm's nicht persönlich – du warst super freundlich, das sagen hier alle.\n\nGruß\n{rfirst}",
            "Sehr geehrte/r {me},\n\nSie haben am {datum} an unserem schriftlichen Auswahltest für die Stelle {stelle} teilgenommen. Die Mindestpunktzahl für eine Einladung zum Vorstellungsgespräch haben Sie nicht erreicht; Ihre Bewerbung kann im weiteren Verfahren daher nicht berücksichtigt werden.\n\nIhr Ergebnis: {punkte} von 100 Punkten (erforderlich: 65)\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalauswahl",
            "Hallo {name},\n\nvielen Dank für die Bearbeitung unserer Programmieraufgabe. Unser Engineering-Team hat sich deinen Code angeschaut: Die Lösung läuft, aber [die Tests decken nur einen kleinen Teil ab|die Struktur wäre in unserer Codebasis schwer wartbar|mehrere Randfälle werden nicht behandelt], und das ist für diese Rolle entscheidend. Wir gehen daher mit anderen Bewerber:innen in die nächste Runde.\n\nDanke für die investierte Zeit!\nDein Hiring-Team bei {company}",
            "Guten Tag {me},\n\nnochmals danke für Ihren Einsatz beim Probearbeiten am {datum}. Nach Rücksprache mit den Kolleginnen aus der Buchhaltung vergeben wir die Stelle anderweitig. Ihre fachlichen Grundlagen sind gut, im Tagesgeschäft hat uns aber die Erfahrung mit DATEV gefehlt.\n\nFür Ihren weiteren Weg wünschen wir Ihnen alles Gute.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nKanzleileitung",
        ],
        n=6,
        extra=X,
    ),
    # idea: an offer taken back before the first day: restructuring, a board-level hiring freeze, a missing certificate in the background check
    Family(
        "rej_de_r4_angebot_widerrufen",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{company} HR Services <hr-services@{slug}.com>|{rfirst} <{rfirst}@{slug}.de>]",
        [
            "Ihr Arbeitsvertrag – wichtige Information",
            "Rücknahme unseres Angebots",
            "Zu deinem Start am {datum}",
            "Vertragsangebot für {stelle} – Änderung",
        ],
        [
            "Sehr geehrte/r {me},\n\nes fällt uns schwer, Ihnen diese Nachricht zu schreiben. Wegen einer kurzfristigen Restrukturierung im Bereich {bereich} müssen wir das Vertragsangebot für die Position {stelle} zurücknehmen. Der vorgesehene Arbeitsbeginn entfällt.\n\nUns ist bewusst, dass Sie im Vertrauen auf unsere Zusage Entscheidungen getroffen haben. Unsere Personalabteilung ruft Sie in den nächsten Tagen an, um über eine Erstattung der entstandenen Kosten zu sprechen.\n\nMit bedauernden Grüßen\n{rfirst} {rlast}\nLeitung Personal, {company}",
            "Hallo {name},\n\nich hätte dir lieber etwas anderes geschrieben. Gestern kam vom Vorstand ein sofortiger Einstellungsstopp, der auch Zusagen betrifft, deren Start noch aussteht. Das heißt: Dein erster Tag am {datum} findet nicht statt, und unser Angebot ist hinfällig.\n\nIch weiß, wie bitter das ist, gerade wenn du deinen alten Job schon gekündigt hast. Ruf mich bitte an – bei Referenzen und Kontakten helfe ich, wo ich kann.\n\n{rfirst}",
            "Guten Tag {me},\n\nwie im Angebotsschreiben angekündigt, stand Ihre Einstellung unter dem Vorbehalt der Prüfung Ihrer Nachweise. Da das angeforderte Abschlusszeugnis bis zur gesetzten Frist nicht vorlag, ziehen wir unser Angebot vom {datum} zurück. Ein Arbeitsverhältnis kommt somit nicht zustande.\n\nMit freundlichen Grüßen\nHR Services\n{company}",
        ],
        n=6,
        extra=X,
    ),
    # idea: a public employer's formal outcome letter with Kennziffer/Aktenzeichen, Entgeltgruppe, Konkurrentenmitteilung and Personalrat wording
    Family(
        "rej_de_r4_behoerde_mitteilung",
        "rejection",
        "[{behoerde} {ort} <personalgewinnung@{slug}.example>|Dezernat Personal <dezernat-personal@{slug}.example>|{behoerde} – Sachgebiet Personal <bewerbung@{slug}.example>]",
        [
            "Stellenbesetzungsverfahren {ref} – Mitteilung über den Ausgang",
            "Az. {az}: Ihre Bewerbung",
            "Ausgang des Auswahlverfahrens {stelle}",
            "Ihre Bewerbung vom {datum} – Mitteilung",
        ],
        [
            "Sehr geehrte/r {me},\n\nIhre Bewerbung auf die Stelle {stelle} (Entgeltgruppe {egr} TVöD), Kennziffer {ref}, wurde in das Auswahlverfahren einbezogen. Nach dessen Abschluss teile ich Ihnen mit, dass sich die Auswahlkommission für eine andere Bewerberin bzw. einen anderen Bewerber entschieden hat. Die ausgewählte Person erfüllt die Anforderungen des Stellenprofils in der Gesamtschau besser.\n\nDie Stelle wird frühestens zwei Wochen nach Zugang dieses Schreibens besetzt.\n\nIhre Unterlagen werden nach sechs Monaten vernichtet, sofern Sie sie nicht vorher zurückfordern.\n\nMit freundlichen Grüßen\nIm Auftrag\n{rlast}\n{behoerde} {ort}",
            "Aktenzeichen: {az}\n\nGuten Tag {me},\n\nwir danken Ihnen für die Teilnahme an unserem strukturierten Auswahlgespräch. Die Besetzung der ausgeschriebenen Stelle ist zugunsten einer Mitbewerberin bzw. eines Mitbewerbers erfolgt; Personalrat und Gleichstellungsbeauftragte wurden beteiligt. Wir können Ihnen daher keine Stelle anbieten.\n\nFür Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nDezernat Personal",
            "Sehr geehrte/r {me},\n\nbezugnehmend auf Ihre Bewerbung (Kennziffer {ref}) teilen wir Ihnen mit, dass Sie nicht in die engere Wahl gekommen sind. Maßgeblich für die Vorauswahl waren die in der Ausschreibung genannten zwingenden Anforderungen, insbesondere [ein abgeschlossenes Hochschulstudium (Diplom/Master)|die Befähigung für die Laufbahn des gehobenen Dienstes|mehrjährige Erfahrung in der öffentlichen Verwaltung].\n\nDieses Schreiben ergeht ausschließlich per E-Mail.\n\nIm Auftrag\n{rfirst} {rlast}\nSachgebiet Personalgewinnung",
        ],
        n=6,
        extra=X,
    ),
    # idea: "we keep your CV" closings: a Talentpool consent button, a small firm's card index, an agency whose client picked someone else, a 12-month database note
    Family(
        "rej_de_r4_kartei_behalten",
        "rejection",
        "[company|{rfirst} {rlast} <{rfirst}@{slug}.de>|agency]",
        [
            "Ihre Unterlagen bleiben bei uns",
            "Bewerbung {stelle}: unser Stand",
            "Talentpool – Ihre Bewerbung bei {company}",
            "Danke für Ihre Geduld",
        ],
        [
            "Guten Tag {me},\n\nIhr Profil hat uns gut gefallen. Für die Position {stelle} haben wir uns am Ende aber für eine Kandidatin entschieden, deren Schwerpunkt näher an unserem Projektgeschäft liegt. Weil wir weiter wachsen, würden wir Ihre Unterlagen gern in unserem Talentpool behalten – natürlich nur mit Ihrem Einverständnis, das Sie über den Button unten geben und jederzeit widerrufen können.\n\nMit herzlichen Grüßen\nRecruiting {company}\n\n( Zustimmung zum Talentpool erteilen )",
            "Hallo {name},\n\ndiesmal hat es nicht gereicht, die Stelle geht an jemand anderen. Aber: Wir haben dich in unserer Kartei mit dem Vermerk „unbedingt wieder ansprechen“ abgelegt. Wenn im Herbst die nächste Stelle im Team frei wird, bist du die erste Person, die wir anrufen.\n\nBis dahin alles Gute!\n{rfirst}",
            "Hallo {me},\n\nmein Kunde hat sich nach den Zweitgesprächen für einen anderen Kandidaten entschieden, damit ist dieses Mandat für Sie beendet. Ihr Lebenslauf bleibt aber in unserer Datenbank, und ich habe mir Ihre Wunschkriterien (Region {ort}, Teilzeit ab 30 Stunden) notiert. Sobald ein passendes Projekt reinkommt, melde ich mich.\n\nBeste Grüße\n{rfirst} {rlast}\n{agency}",
            "Sehr geehrte/r {me},\n\nwir bedanken uns für Ihre Bewerbung. Die ausgeschriebene Stelle {stelle} haben wir inzwischen an eine andere Person vergeben. Mit Ihrem Einverständnis bewahren wir Ihre Unterlagen zwölf Monate in unserer Bewerberdatenbank auf und kommen bei einer passenden Vakanz von uns aus auf Sie zu. Möchten Sie das nicht, genügt eine kurze Nachricht an datenschutz@{slug}.de.\n\nFreundliche Grüße\nPersonalabteilung",
        ],
        n=6,
        extra=X,
    ),
    # ---------------------------------------------------------------- offer
    # idea: a shop owner or team lead telling the person casually "der Job gehört dir", including a two-line manager note before HR sends the paperwork
    Family(
        "off_de_r4_job_gehoert_dir",
        "offer",
        "[{rfirst} {rlast} <{rfirst}@{slug}.de>|{rfirst} <{rfirst}.{rlast}@{slug}.com>|{rfirst} {rlast} <info@{slug}.de>]",
        [
            "Der Job gehört dir!",
            "Gute Nachrichten 🙂",
            "Re: Probetag",
            "Wir wollen dich im Team",
        ],
        [
            "Hi {name},\n\nlange Rede, kurzer Sinn: Der Job gehört dir, wenn du ihn willst! Das Team war sich nach dem Probetag einig. Wir würden dich gern ab dem {datum} mit 32 Stunden einstellen, Gehalt wie besprochen.\n\nSag mir kurz Bescheid, ob du dabei bist, dann setze ich den Vertrag auf.\n\nLG {rfirst}",
            "Hallo {name},\n\nwir haben gestern noch lange zusammengesessen und sind uns einig: Wir wollen dich bei uns als {stelle}. Einstieg mit {gehalt} im Jahr, flexible Arbeitszeiten, und dein Wunsch nach zwei Homeoffice-Tagen ist kein Problem.\n\nRuf mich an, wenn du Fragen hast – ansonsten freue ich mich einfach auf dein Ja!\n\n{rfirst}\n\nGesendet von meinem Handy",
            "{name}, kurz und knapp: Du hast die Stelle! Das offizielle Angebot kommt morgen von HR, ich wollte es dir aber selbst sagen. 🎉\n\n{rfirst}",
            "Moin {name},\n\nwir möchten dich gern fest einstellen – als {stelle} bei uns in {ort}. Hast du Lust? Die Details (Gehalt {gehalt}, 30 Tage Urlaub, Start ab {datum}) stehen in der Mail von unserer Buchhaltung, die gleich bei dir ankommt.\n\nBeste Grüße aus dem Büro\n{rfirst}",
        ],
        n=6,
        extra=X,
    ),
    # idea: a formal HR letter with the employment contract enclosed for signature, an e-signature link, and a managing director's written offer
    Family(
        "off_de_r4_vertrag_anbei",
        "offer",
        "[{company} Personalabteilung <personal@{slug}.de>|{company} HR <hr@{slug}.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>]",
        [
            "Ihr Arbeitsvertrag zur Unterzeichnung",
            "Vertragsunterlagen – {stelle}",
            "Einstellungsangebot der {company}",
            "Angebotsschreiben und Arbeitsvertrag",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen die Position {stelle} an unserem Standort {ort} anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung sowie den Personalfragebogen.\n\nDie Eckdaten:\n• Beginn: {datum}\n• Jahresbruttogehalt: {gehalt}\n• Wochenarbeitszeit: 40 Stunden\n• Probezeit: sechs Monate\n\nBitte senden Sie uns ein unterschriebenes Exemplar bis {tag} nächster Woche zurück. Für Rückfragen steht Ihnen {rfirst} {rlast} gern zur Verfügung.\n\nMit freundlichen Grüßen\nPersonalabteilung\n{company} GmbH",
            "Guten Tag {me},\n\nIhr Vertragsangebot für die Stelle {stelle} liegt zur elektronischen Signatur für Sie bereit. Über den folgenden Link können Sie die Dokumente einsehen und unterschreiben:\n\nhttps://sign.{slug}.de/vertrag/{ref}\n\nDer Link ist zehn Tage gültig. Nach Ihrer Unterschrift erhalten Sie automatisch eine Kopie sowie erste Informationen zum Onboarding.\n\nWir freuen uns auf die Zusammenarbeit!\n\nIhr HR-Team von {company}",
            "Sehr geehrte/r {me},\n\nbezugnehmend auf unsere Gespräche bestätigen wir Ihnen hiermit schriftlich unser Angebot, Sie als {stelle} einzustellen. Im Anhang finden Sie das Angebotsschreiben ({gehalt} p. a. zuzüglich einer variablen Vergütung von bis zu 10 %) sowie den Entwurf des Arbeitsvertrags. Wir bitten um Annahme innerhalb von sieben Kalendertagen.\n\nHochachtungsvoll\n{rfirst} {rlast}\nGeschäftsführung",
        ],
        n=6,
        extra=X,
    ),
    # idea: a public employer's appointment proposal: Personalrat reservation, TVöD/TV-L grouping, Beamtenverhältnis auf Probe, Führungszeugnis
    Family(
        "off_de_r4_einstellungszusage_amt",
        "offer",
        "[{behoerde} {ort} – Personalstelle <personalstelle@{slug}.example>|Personaldezernat <personaldezernat@{slug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.example>]",
        [
            "Einstellungszusage – Kennziffer {ref}",
            "Ihre Bewerbung: Auswahlentscheidung zu Ihren Gunsten",
            "Angebot zur Einstellung – {behoerde} {ort}",
            "Mitteilung über Ihre Auswahl",
        ],
        [
            "Sehr geehrte/r {me},\n\nich freue mich, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle {stelle} (Kennziffer {ref}) ausgewählt hat. Vorbehaltlich der Zustimmung des Personalrats beabsichtigen wir, Sie zum {datum} unbefristet einzustellen. Die Eingruppierung erfolgt in Entgeltgruppe {egr} TVöD.\n\nBitte teilen Sie uns bis Ende der kommenden Woche mit, ob Sie das Angebot annehmen. Für die Einstellung benötigen wir anschließend ein erweitertes Führungszeugnis sowie Ihre Zeugnisse in beglaubigter Kopie.\n\nMit freundlichen Grüßen\nIm Auftrag\n{rlast}\n{behoerde} {ort}",
            "Sehr geehrte/r {me},\n\nim Anschluss an das Auswahlverfahren bieten wir Ihnen die Einstellung in das Beamtenverhältnis auf Probe an (Besoldungsgruppe A 11). Der Dienstantritt ist für den {datum} vorgesehen; den Termin für die amtsärztliche Untersuchung teilen wir Ihnen gesondert mit.\n\nWir bitten um Ihre schriftliche Erklärung, ob Sie mit der Einstellung einverstanden sind.\n\nMit freundlichen Grüßen\nPersonalstelle\n{behoerde} {ort}",
            "Guten Tag {me},\n\nherzlichen Glückwunsch: Sie sind unsere Wunschbesetzung für die Stelle {stelle}! Die Beteiligung der Gremien ist abgeschlossen, einer Einstellung zum {datum} steht nichts mehr im Weg. Die Vergütung richtet sich nach TV-L, Entgeltgruppe {egr}, Stufe 2.\n\nBitte bestätigen Sie uns Ihre Zusage kurz per E-Mail; den Arbeitsvertrag erhalten Sie danach per Post.\n\nFreundliche Grüße\n{rfirst} {rlast}\nPersonaldezernat",
        ],
        n=6,
        extra=X,
    ),
    # idea: an agency consultant (permanent placement and temp work) passing on the client's yes by phone-style email
    Family(
        "off_de_r4_agentur_zusage",
        "offer",
        "agency",
        [
            "Sie haben es geschafft!",
            "Zusage vom Kunden 🙌",
            "Gute Nachricht aus {ort}",
            "Re: Zweitgespräch bei meinem Kunden",
        ],
        [
            "Hallo {name},\n\nich habe gerade mit meinem Kunden telefoniert – sie wollen dich! Das Angebot: {gehalt} fix plus Dienstwagen, Start zum {datum}. Den Vertrag schickt dir deren Personalabteilung direkt, ich wollte dir die Nachricht aber persönlich überbringen.\n\nLass uns heute Abend kurz sprechen, dann gehen wir die Details zusammen durch. Glückwunsch!!\n\n{rfirst} {rlast}\n{agency}",
            "Guten Tag {me},\n\nich freue mich sehr, Ihnen mitteilen zu dürfen, dass die {company} Ihnen die Position {stelle} anbieten möchte. Die Konditionen entsprechen weitgehend unserem letzten Gespräch; das schriftliche Angebot habe ich Ihnen angehängt.\n\nDer Kunde bittet um Rückmeldung bis {tag}. Gern begleite ich Sie auch bei der Verhandlung, falls Sie an einzelnen Punkten noch etwas ändern möchten.\n\nMit besten Grüßen\n{rfirst} {rlast}\nSenior Consultant | {agency}",
            "Hallo {name}, gute Nachrichten: Der Einsatz bei unserem Kunden in {ort} ist fix! Du fängst am {datum} als {stelle} an, Stundenlohn wie besprochen. Komm bitte morgen kurz in unserer Filiale vorbei, damit wir den Arbeitsvertrag unterschreiben können.\n\nGruß {rfirst} ({agency})",
        ],
        n=6,
        extra=X,
    ),
    # ---------------------------------------------------------------- interview
    # idea: on-site logistics for a plant, a start-up loft and a corporate campus: gate, visitor badge, safety shoes, who you meet, no parking
    Family(
        "int_de_r4_anreise_ablauf",
        "interview",
        "[{company} Personalwesen <personalwesen@{slug}.de>|{rfirst} {rlast} <{rfirst}@{slug}.io>|{company} Recruiting <recruiting@{slug}.com>]",
        [
            "Ihr Besuch bei uns am {datum} – Ablauf",
            "Anreise und Ansprechpartner für {tag}",
            "Wegbeschreibung zum Gespräch",
            "Programm für Ihren Vor-Ort-Termin",
        ],
        [
            "Sehr geehrte/r {me},\n\nanbei die Informationen zu Ihrem Vorstellungsgespräch am {tag}, {datum}:\n\nAdresse: {company}, {strasse}, {ort} – bitte nutzen Sie Tor 2 und melden Sie sich an der Pforte.\nBesucherausweis: liegt auf Ihren Namen bereit, bitte Personalausweis mitbringen.\nAblauf: {uhr} Uhr Gespräch mit Herrn {rlast} (Werkleitung) und Frau Yilmaz (Personal), danach Rundgang durch die Fertigung. Festes Schuhwerk ist erforderlich.\n\nDie Reisekosten erstatten wir Ihnen gemäß beigefügtem Formular.\n\nMit freundlichen Grüßen\nPersonalwesen",
            "Hallo {name},\n\nfreu mich auf {tag}! Damit du nicht suchen musst: Unser Büro ist in der {strasse}, Eingang im Innenhof neben dem Fahrradladen. Parkplätze gibt es keine, aber die Tram hält direkt vor der Tür. Oben triffst du mich und [Jana aus dem Produktteam|unseren CTO Malte]; wir haben etwa eine Stunde geblockt und zeigen dir danach noch kurz das Büro.\n\nBis dann!\n{rfirst}",
            "Guten Tag {me},\n\ndanke für die Terminbestätigung. Für Ihren Besuch am {datum} um {uhr} Uhr noch ein paar Hinweise: Unser Empfang befindet sich im Erdgeschoss von Haus B, bitte planen Sie zehn Minuten für die Anmeldung ein. Ihre Gesprächspartner sind {rfirst} {rlast} ({rtitle}) und die künftige Teamleitung. Besucherplätze in der Tiefgarage sind knapp, wir empfehlen die Anreise mit Bus und Bahn.\n\nWir freuen uns auf Sie!\n\nIhr Recruiting-Team",
        ],
        n=6,
        extra=X,
    ),
    # idea: a hiring manager's two or three lines asking for a short phone call this week, from desk and from phone
    Family(
        "int_de_r4_kurzer_anruf",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} <{rfirst}@{slug}.com>]",
        [
            "Kurzes Telefonat?",
            "Re: Bewerbung {stelle}",
            "15 Minuten diese Woche?",
            "Quick Call",
        ],
        [
            "Hallo {name}, deine Bewerbung klingt spannend. Hast du diese Woche 20 Minuten für einen kurzen Call? {tag} nachmittags würde bei mir gut passen.\n\nGruß {rfirst}",
            "Guten Tag {me},\n\nich leite das Team, für das die Stelle ausgeschrieben ist, und würde gern kurz mit Ihnen telefonieren, bevor wir ein ausführliches Gespräch planen. Passt Ihnen {tag} um {uhr} Uhr? Meine Nummer: 0171 {nummer}.\n\nBeste Grüße\n{rfirst} {rlast}",
            "Hi {name}, hab deinen Lebenslauf von HR bekommen. Lust auf nen kurzen Austausch am Telefon? Schreib mir einfach, wann's dir passt. {rfirst}\n\nVon meinem iPhone gesendet",
            "Hallo {me}, danke für Ihre Unterlagen! Bevor wir Sie offiziell einladen, hätte ich gern ein erstes Telefonat von maximal 15 Minuten – morgen oder übermorgen? Nennen Sie mir einfach zwei Uhrzeiten.\n\nVG {rfirst} {rlast}",
        ],
        n=6,
        extra=X,
    ),
    # idea: video-interview invitations with the link itself: a Teams calendar invite, a Zoom mail from HR, a Google Meet line from a team lead, a public-sector Webex panel
    Family(
        "int_de_r4_videolink",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{company} Personalabteilung <personal@{slug}.de>|Personalgewinnung {behoerde} <auswahl@{slug}.example>]",
        [
            "Einladung: Videointerview {stelle} – {datum}",
            "Ihr Gespräch per Microsoft Teams",
            "Zoom-Link für unser Gespräch",
            "Kalendereinladung: Kennenlernen {company} / {me}",
        ],
        [
            "Kennenlernen {company} – {stelle}\n\nWann: {tag}, {datum}, {uhr} Uhr (MEZ), Dauer 45 Minuten\nWo: Microsoft Teams-Besprechung\n\nJetzt an der Besprechung teilnehmen:\nhttps://teams.microsoft.com/l/meetup-join/{ref}\nBesprechungs-ID: 381 552 907 14\nKennung: x7Qe2B\n\nTeilnehmer: {rfirst} {rlast}; {me}\n\nHallo {name}, anbei wie besprochen die Einladung für unser Gespräch. Kamera wäre schön, ist aber kein Muss. Bis dann!",
            "Guten Tag {me},\n\nwie telefonisch vereinbart, laden wir Sie zu einem Videogespräch am {datum} um {uhr} Uhr ein. Sie erreichen uns über folgenden Link, eine Installation ist nicht nötig:\n\nhttps://{slug}.zoom.us/j/{ref}?pwd=Kq82n\n\nIhre Gesprächspartner sind {rfirst} {rlast} und ein Mitglied des Fachteams. Bitte testen Sie vorab Mikrofon und Kamera. Sollte die Verbindung abbrechen, rufen wir Sie unter der Nummer aus Ihrer Bewerbung an.\n\nMit freundlichen Grüßen\nPersonalabteilung {company}",
            "Hi {name},\n\nhier der Link für morgen: https://meet.google.com/{meet}\n\nWir sind zu dritt: ich, {rfirst2} aus dem Team und jemand aus HR. Plan ca. 45 Minuten ein, davon zehn für deine Fragen.\n\nBis morgen um {uhr}!\n{rfirst}",
            "Sehr geehrte/r {me},\n\nIhr Auswahlgespräch für die Stelle {stelle} (Kennziffer {ref}) findet als Videokonferenz über Webex statt:\n\nTermin: {datum}, {uhr} Uhr\nZugang: https://{slug}.webex.com/meet/auswahlverfahren\n\nBitte halten Sie einen amtlichen Lichtbildausweis bereit. Der Auswahlkommission gehören neben der Fachvorgesetzten eine Vertretung des Personalrats und die Gleichstellungsbeauftragte an.\n\nIm Auftrag\n{rlast}",
        ],
        n=6,
        extra=X,
    ),
    # idea: moving an interview: an interviewer off sick, a management diary clash with two alternative slots, accepting the candidate's own request, an ATS "Termin geändert" notice
    Family(
        "int_de_r4_termin_verlegt",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|Assistenz der Geschäftsleitung <assistenz@{slug}.de>|{company} Bewerbermanagement <noreply@{slug}.softgarden.io>]",
        [
            "Terminänderung: Ihr Gespräch am {tag}",
            "Können wir verschieben?",
            "Neuer Termin für unser Interview",
            "Re: Gespräch am {datum} – Änderung",
        ],
        [
            "Hallo {name},\n\nes tut mir wirklich leid, aber ich muss unser Gespräch am {tag} verlegen – ich liege mit Grippe flach. Würde dir stattdessen der {datum} um {uhr} Uhr passen? Alles andere bleibt gleich, also gleicher Raum bzw. gleicher Link.\n\nGruß und nochmal sorry\n{rfirst}",
            "Sehr geehrte/r {me},\n\nwegen einer kurzfristigen Terminüberschneidung in der Geschäftsleitung können wir Ihr Vorstellungsgespräch nicht wie geplant führen. Wir schlagen Ihnen folgende Ausweichtermine vor:\n\n1) {tag}, {datum}, {uhr} Uhr\n2) Freitag derselben Woche, 11:00 Uhr\n\nBitte teilen Sie uns mit, welcher Termin Ihnen besser passt, und entschuldigen Sie die Verschiebung.\n\nMit freundlichen Grüßen\nAssistenz der Geschäftsleitung",
            "Hallo {me},\n\nkein Problem, dass Sie den Termin wegen Ihres Arztbesuchs verschieben müssen. Ich habe Sie jetzt für {tag}, {uhr} Uhr eingetragen, die neue Kalendereinladung kommt gleich. Gesprächspartner und Ort bleiben unverändert.\n\nViele Grüße\n{rfirst} {rlast}\nRecruiting",
            "Guten Tag {me},\n\nIhr Interviewtermin für die Position {stelle} wurde geändert.\n\nBisheriger Termin: entfällt\nNeuer Termin: {datum}, {uhr} Uhr\nFormat: [vor Ort in {ort}|Videocall, Link folgt]\n\nFalls der neue Termin nicht passt, können Sie in Ihrem Bewerberkonto einen anderen Slot wählen.\n\nDiese Nachricht wurde automatisch erzeugt.",
        ],
        n=6,
        quote=True,
        extra=X,
    ),
    # idea: invitations to a second or final round: a cross-team panel, a formal panel with works council, a coffee with the founders
    Family(
        "int_de_r4_zweite_runde",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} – People Team <people@{slug}.io>|{company} Personalleitung <personal@{slug}.de>]",
        [
            "Einladung zur zweiten Runde",
            "Nächste Runde: Gespräch mit dem Panel",
            "Finales Gespräch bei {company}",
            "Zweitgespräch – {stelle}",
        ],
        [
            "Hallo {name},\n\ndas erste Gespräch hat uns viel Freude gemacht, und wir würden gern den nächsten Schritt gehen! In der zweiten Runde triffst du drei Personen aus unterschiedlichen Bereichen: [Produkt, Engineering und Customer Success|die Bereichsleitung, einen Kollegen aus dem Vertrieb und mich]. Das Gespräch dauert etwa 90 Minuten und findet bei uns in {ort} statt. Vorbereiten musst du nichts Besonderes – wir sprechen vor allem über konkrete Situationen aus deinem bisherigen Job.\n\nPasst dir {tag}, {datum}, ab {uhr} Uhr?\n\nViele Grüße\n{rfirst}",
            "Sehr geehrte/r {me},\n\nwir freuen uns, Sie nach dem Erstgespräch zu einem weiteren Gespräch einladen zu dürfen. Diesmal sind Vertreterinnen und Vertreter der Geschäftsführung, der Fachabteilung und des Betriebsrats dabei. Bitte bereiten Sie eine kurze Vorstellung Ihrer Person vor (ca. zehn Minuten, ohne Folien).\n\nTermin: {datum}, {uhr} Uhr, Besprechungsraum 4.02\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nPersonalleitung",
            "Hi {name},\n\ngute Neuigkeiten: Du bist in der finalen Runde! Zum Schluss würden dich unsere Gründer gern persönlich kennenlernen – ganz entspannt bei einem Kaffee im Büro, ca. 45 Minuten. Sag mir, welcher Tag nächste Woche bei dir geht, dann trage ich es ein.\n\nLiebe Grüße\n{rfirst}, People Team",
        ],
        n=6,
        extra=X,
    ),
    # ---------------------------------------------------------------- assessment
    # idea: online test links with a hard deadline: an aptitude test, a personality questionnaire reminder, a HackerRank challenge, a public-sector computer pre-selection
    Family(
        "asm_de_r4_onlinetest_frist",
        "assessment",
        "[{company} Recruiting <recruiting@{slug}.de>|Talent Team {company} <talent@{slug}.com>|{rfirst} {rlast} <{rfirst}@{slug}.io>|Personalgewinnung {behoerde} <auswahl@{slug}.example>]",
        [
            "Ihr Online-Test – bitte bis {datum} bearbeiten",
            "Nächster Schritt: Eignungstest",
            "Zugangsdaten für Ihren Online-Test",
            "Erinnerung: Test noch nicht abgeschlossen",
        ],
        [
            "Guten Tag {me},\n\nim nächsten Schritt des Auswahlverfahrens für {stelle} bitten wir Sie, einen Online-Eignungstest zu absolvieren. Er besteht aus drei Teilen (Zahlenreihen, Textverständnis, logisches Denken) und dauert etwa 50 Minuten. Bitte sorgen Sie für eine ungestörte Umgebung.\n\nIhr persönlicher Zugang: https://assessment.{slug}.de/start?token={ref}\n\nDer Link ist bis zum {datum}, 23:59 Uhr, gültig. Danach ist keine Teilnahme mehr möglich.\n\nViel Erfolg!\nIhr Recruiting-Team",
            "Hallo {name},\n\nwir haben gesehen, dass du den Persönlichkeitsfragebogen für die Stelle {stelle} noch nicht abgeschlossen hast. Du hast dafür noch [48 Stunden|drei Tage] Zeit. Den Link findest du in unserer Mail von letzter Woche oder hier: https://{slug}.testportal.example/p/{ref}\n\nDer Fragebogen dauert ca. 25 Minuten, richtige oder falsche Antworten gibt es nicht.\n\nViele Grüße\nTalent Team {company}",
            "Hi {name},\n\ndanke für das nette Erstgespräch! Wie angekündigt bekommst du jetzt unsere Coding Challenge über HackerRank. Ab dem Start hast du 90 Minuten; erledigt sein muss sie bis spätestens {tag} um Mitternacht. Die Sprache ist egal, wir achten vor allem auf Lesbarkeit.\n\nLink: https://www.hackerrank.com/test/{meet}\n\nViel Spaß!\n{rfirst}",
            "Sehr geehrte/r {me},\n\nfür die Stelle {stelle} (Kennziffer {ref}) führen wir eine computergestützte Vorauswahl durch. Ihre Zugangsdaten:\n\nBenutzername: {ref}\nPasswort: folgt in einer separaten E-Mail\nBearbeitungszeitraum: bis {datum}\n\nDer Test umfasst Aufgaben zu Rechtschreibung, Grundrechenarten und räumlichem Denken. Im weiteren Verfahren berücksichtigt werden kann nur, wer ihn vollständig bearbeitet.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalgewinnung",
        ],
        n=6,
        extra=X,
    ),
    # idea: reminders for a one-way recorded video interview (questions on screen, answers recorded, nobody live), formal, chatty and a last-call system notice
    Family(
        "asm_de_r4_videoaufnahme_erinnerung",
        "assessment",
        "[{company} Recruiting <noreply@{slug}.hirevue.example>|{company} Team <talent@{slug}.de>|{company} Bewerbermanagement <noreply@{slug}.cammio.example>]",
        [
            "Erinnerung: Ihr Video-Interview wartet",
            "Noch {n} Tage für deine Videoantworten",
            "Bitte nehmen Sie Ihre Antworten auf",
            "Letzte Erinnerung: zeitversetztes Interview",
        ],
        [
            "Guten Tag {me},\n\nSie haben Ihr zeitversetztes Video-Interview für {stelle} noch nicht aufgezeichnet. Zur Erinnerung: Ihnen werden nacheinander fünf Fragen eingeblendet, für jede Antwort haben Sie bis zu zwei Minuten Aufnahmezeit. Niemand ist live zugeschaltet; unser Team sieht sich Ihre Aufnahmen später an.\n\nAufnahme starten: https://{slug}.hirevue.example/i/{ref}\nFrist: {datum}\n\nMit freundlichen Grüßen\nRecruiting {company}",
            "Hallo {name},\n\nnur ein kleiner Schubs: Dein Video-Interview ist noch offen! Du kannst die Antworten jederzeit am Handy oder Laptop aufnehmen, pro Frage hast du einen Probeversuch. Bitte erledige es bis {tag}, damit wir deine Bewerbung weiter bearbeiten können.\n\nHier geht's los: https://app.{slug}.video/record/{ref}\n\nDein {company} Team",
            "Sehr geehrte/r Bewerber/in,\n\ndies ist eine automatische Erinnerung. Die Frist für Ihr aufgezeichnetes Video-Interview endet morgen um 12:00 Uhr. Sie beantworten die eingeblendeten Fragen per Aufnahme vor der Kamera; Aufnahmen, die nach Fristablauf hochgeladen werden, kann das System nicht mehr annehmen.\n\nTipp: Prüfen Sie vorab Licht und Ton über den Technik-Check auf der Startseite.\n\n{company} | Bewerbermanagement",
        ],
        n=6,
        extra=X,
    ),
    # idea: a case study or home assignment to hand in: a churn analysis on slides, a written concept for a ticket system, a small API take-home on GitHub
    Family(
        "asm_de_r4_fallstudie_abgabe",
        "assessment",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|Personalentwicklung {company} <pe@{slug}.de>|{rfirst} <{rfirst}@{slug}.io>]",
        [
            "Ihre Fallstudie für den nächsten Schritt",
            "Home Assignment – {stelle}",
            "Aufgabe zur Bearbeitung bis {datum}",
            "Case Study: Unterlagen und Abgabe",
        ],
        [
            "Hallo {name},\n\nwie besprochen schicke ich dir die Aufgabe für den nächsten Schritt. Im Anhang findest du einen anonymisierten Datensatz mit Bestellungen aus einem halben Jahr. Schau dir bitte an, welche Kundengruppen abwandern, und fass deine wichtigsten Erkenntnisse auf höchstens fünf Folien zusammen.\n\nAbgabe bitte bis {tag}, 18 Uhr, einfach als Antwort auf diese Mail. Mehr als vier Stunden solltest du nicht investieren.\n\nViel Erfolg!\n{rfirst}",
            "Sehr geehrte/r {me},\n\nals Teil des Auswahlverfahrens bitten wir Sie, die beigefügte Fallstudie schriftlich zu bearbeiten. Es geht um die Einführung eines neuen Ticketsystems in einem Kundenservice mit 40 Mitarbeitenden. Erwartet wird ein Konzept von höchstens drei Seiten mit Vorgehen, Risiken und grobem Zeitplan.\n\nBitte reichen Sie Ihre Ausarbeitung bis zum {datum} über das Bewerberportal ein. Die Bewertung übernimmt die Fachabteilung.\n\nMit freundlichen Grüßen\nPersonalentwicklung {company}",
            "Hi {name},\n\nhier kommt die Take-Home-Aufgabe: Bau eine kleine API, die Termine verwaltet (anlegen, verschieben, löschen). Die Anforderungen stehen im README: https://github.com/{slug}/hiring-task\n\nSchick uns bis {datum} den Link zu deinem Fork. Ein paar Tests wären schön, Perfektion erwarten wir nicht.\n\nCheers\n{rfirst}\nEngineering Lead",
        ],
        n=6,
        extra=X,
    ),
    # ---------------------------------------------------------------- recruiter_outreach
    # idea: an agency's "dringend" vacancy with a bullet list of must-haves, from XING, by mail and a freelance broker in Denglisch
    Family(
        "out_de_r4_agentur_dringend",
        "recruiter_outreach",
        "[agency|{rfirst} {rlast} via XING <mailrobot@xing.example>]",
        [
            "DRINGEND: {stelle} in {ort} gesucht",
            "Sofort zu besetzen – passt das zu Ihnen?",
            "Neue Vakanz, Start kurzfristig möglich",
            "Eilt: Projekt als {stelle}",
        ],
        [
            "Hallo {name},\n\nich bin auf Ihr Profil bei XING gestoßen und habe eine dringende Vakanz, die sehr gut passen könnte. Mein Kunde, ein Mittelständler aus der Region {ort}, sucht ab sofort eine/n {stelle}.\n\nDas sollten Sie mitbringen:\n– abgeschlossene Ausbildung oder Studium\n– mindestens drei Jahre Berufserfahrung\n– sehr gutes Deutsch, verhandlungssicheres Englisch\n– Führerschein Klasse B\n\nGeboten werden bis zu {gehalt}, 30 Tage Urlaub und ein unbefristeter Vertrag. Haben Sie morgen zehn Minuten für ein kurzes Telefonat?\n\nBeste Grüße\n{rfirst} {rlast}\n{agency}",
            "Guten Tag {me},\n\nfür einen namhaften Kunden suche ich schnellstmöglich Verstärkung als {stelle} (Vollzeit, hybrid). Die Stelle soll bis Monatsende besetzt sein, deshalb melde ich mich so direkt.\n\nMuss-Kriterien:\n* Erfahrung mit SAP FI/CO oder DATEV\n* Hands-on-Mentalität\n* Verfügbarkeit innerhalb von vier Wochen\n\nWenn das nach Ihnen klingt, schicken Sie mir gern Ihren aktuellen Lebenslauf – alles Weitere besprechen wir am Telefon. Ihre Unterlagen gebe ich nur mit Ihrer Freigabe weiter.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nPersonalberaterin | {agency}",
            "Hi {name},\n\nsorry für die direkte Nachricht! Ich habe ein sehr dringendes Freelance-Projekt (6 Monate, remote, 100 %) für eine/n {stelle}. Start ist ASAP, Stundensatz je nach Erfahrung. Requirements: Python, AWS, Kubernetes und gutes Deutsch für die Kundentermine.\n\nHast du heute oder morgen Zeit für einen Call? Oder kennst du vielleicht jemanden?\n\nBest,\n{rfirst}\n{agency}",
        ],
        n=6,
        extra=X,
    ),
    # idea: an executive-search partner approaching someone for a confidential senior mandate (family firm, private-equity portfolio, NDA before the profile)
    Family(
        "out_de_r4_executive_search",
        "recruiter_outreach",
        "agency",
        [
            "Vertrauliche Anfrage",
            "Mandat {senior} – diskret",
            "Persönlich/vertraulich: Führungsposition in {ort}",
            "Ein Gedanke zu Ihrer nächsten Station",
        ],
        [
            "Sehr geehrte/r {me},\n\nich wende mich mit einer vertraulichen Anfrage an Sie. Im Auftrag eines familiengeführten Industrieunternehmens mit rund 1.200 Mitarbeitenden besetzen wir die Position {senior}. Den Namen des Auftraggebers kann ich Ihnen erst im persönlichen Gespräch nennen.\n\nIhr Werdegang ist mir im Markt mehrfach empfohlen worden. Wären Sie offen für ein unverbindliches Telefonat in der kommenden Woche? Ihr Interesse behandeln wir selbstverständlich mit absoluter Diskretion.\n\nMit besten Empfehlungen\n{rfirst} {rlast}\nPartner, {agency} Executive Search",
            "Guten Tag {me},\n\nein Portfoliounternehmen eines Private-Equity-Hauses in Süddeutschland sucht für die Position {senior} eine Persönlichkeit mit Erfahrung in Wachstumsphasen und Buy-and-Build. Die Vergütung liegt deutlich im sechsstelligen Bereich, ergänzt um eine Beteiligung.\n\nVielleicht ist das für Sie selbst nicht interessant – dann wäre ich für einen Hinweis auf jemanden aus Ihrem Netzwerk dankbar. Ich rufe Sie gern zu einer Zeit an, die Ihnen passt, auch abends.\n\nHerzliche Grüße\n{rfirst} {rlast}\n{agency}",
            "Hallo {name},\n\nkurz und diskret: Ich betreue gerade eine Suche, über die ich per Mail wenig schreiben darf. Es geht um die Position {senior} bei einem bekannten Unternehmen in {ort}, Berichtslinie direkt an den Vorstand. Wenn Sie grundsätzlich gesprächsbereit sind, schicke ich Ihnen eine Vertraulichkeitsvereinbarung und danach das Profil.\n\nBeste Grüße\n{rfirst} {rlast}\n\nSent from my iPhone",
        ],
        n=6,
        extra=X,
    ),
    # idea: a company's in-house recruiter who spotted the profile (talent pool, LinkedIn, a parallel application) and suggests a different open role
    Family(
        "out_de_r4_interne_recruiterin",
        "recruiter_outreach",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} {rlast} via LinkedIn <inmail-hit-reply@linkedin.com>|{company} Talent Acquisition <{rfirst}@{slug}.com>]",
        [
            "Ihr Profil passt vielleicht zu einer anderen Stelle",
            "Offene Position bei {company}",
            "Idee für dich: {stelle}",
            "Interesse an einer weiteren Position?",
        ],
        [
            "Hallo {name},\n\nich bin {rfirst}, Recruiterin bei {company}. Dein Profil ist mir in unserem Talentpool aufgefallen – du hattest dich vor einiger Zeit bei uns beworben. Gerade haben wir eine neue Stelle als {stelle} in {ort} ausgeschrieben, und ich musste sofort an dich denken.\n\nHättest du Lust auf 15 Minuten unverbindlichen Austausch? Dann erzähle ich dir mehr über das Team.\n\nViele Grüße\n{rfirst} {rlast}\nTalent Acquisition, {company}",
            "Guten Tag {me},\n\nich betreue bei {company} die Rekrutierung für unseren neuen Standort in {ort}. Beim Durchsehen von Profilen auf LinkedIn bin ich auf Ihres gestoßen und glaube, dass unsere offene Position {stelle} Sie interessieren könnte: ein neu aufgebautes Team, viel Gestaltungsspielraum, hybrides Arbeiten.\n\nDarf ich Ihnen die Stellenbeschreibung schicken?\n\nFreundliche Grüße\n{rfirst} {rlast}\nRecruiting {company}",
            "Hallo {me},\n\nbeim Sichten Ihrer Unterlagen ist mir aufgefallen, dass Sie umfangreiche Erfahrung im Projektmanagement mitbringen. Unabhängig von Ihrer laufenden Bewerbung möchte ich Sie auf eine zweite Stelle hinweisen, die wir gerade ausgeschrieben haben: Projektleitung Digitalisierung, ebenfalls in {ort}. Wenn Sie möchten, nehme ich Sie auch für diese Position ins Verfahren auf – eine kurze Antwort genügt.\n\nBeste Grüße\n{rfirst} {rlast}",
        ],
        n=6,
        extra=X,
    ),
    # ---------------------------------------------------------------- application_received
    # idea: ATS receipts sent with the template placeholders left unfilled ((Firmenname), {{first_name}}, XX, %STANDORT%)
    Family(
        "rcv_de_r4_platzhalter",
        "application_received",
        "[{company} <noreply@{slug}.recruitee.example>|(Firmenname) Karriere <karriere@{slug}.de>|{company} Jobs <jobs@{slug}.de>]",
        [
            "Eingangsbestätigung: (Stellentitel)",
            "Ihre Bewerbung bei (Firmenname)",
            "Vielen Dank für Ihre Bewerbung, {{{{Vorname}}}}",
            "Bewerbungseingang – Ref. XX",
        ],
        [
            "Hallo {{{{candidate.firstName}}}},\n\nvielen Dank für Ihre Bewerbung als {stelle}! Wir haben Ihre Unterlagen erhalten und prüfen sie sorgfältig. Sie hören innerhalb von XX Werktagen von uns.\n\nMit freundlichen Grüßen\n(Name der Ansprechperson)\n{company}",
            "Sehr geehrte/r Frau/Herr (Nachname),\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung vom {datum} für die Position (Stellenbezeichnung). Ihre Unterlagen liegen derzeit der zuständigen Fachabteilung zur Prüfung vor.\n\nBitte haben Sie Verständnis dafür, dass die Bearbeitung einige Zeit dauern kann.\n\nIhr Team von (Firmenname)",
            "Hi {name},\n\nwir haben deine Bewerbung für {{{{job_title}}}} erhalten – danke! 🙌 Unser Team meldet sich bei dir, sobald wir alles gesichtet haben.\n\nDeine Bewerbungs-ID: {ref}\n\n{{{{company_signature}}}}",
            "Guten Tag {me},\n\nIhre Bewerbung ist eingegangen.\n\nReferenznummer: XX-XXXX\nStandort: %STANDORT%\n\nDen Status Ihrer Bewerbung können Sie jederzeit im Kandidatenportal einsehen. Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.\n\n{company} Bewerbermanagement",
        ],
        n=6,
        extra=X,
    ),
    # idea: receipts saying only shortlisted people will hear back (a large employer, a small team, an agency's database intake)
    Family(
        "rcv_de_r4_nur_engere_auswahl",
        "application_received",
        "[company|{company} <hallo@{slug}.de>|agency]",
        [
            "Bewerbung erhalten – {stelle}",
            "Danke für Ihr Interesse an {company}",
            "Ihre Unterlagen sind angekommen",
            "Bestätigung: Bewerbung Nr. {ref}",
        ],
        [
            "Guten Tag {me},\n\nwir bestätigen den Eingang Ihrer Bewerbung als {stelle}. Wegen der großen Zahl an Zuschriften bitten wir um Verständnis, dass wir uns nur bei Kandidatinnen und Kandidaten melden, die in die engere Auswahl kommen.\n\nMit freundlichen Grüßen\nPersonalabteilung {company}",
            "Hallo {name},\n\nschön, dass du dich beworben hast! Deine Unterlagen liegen jetzt bei unserem Team in {ort}. Wir sichten alle Bewerbungen bis {datum} und rufen danach die Leute an, die wir kennenlernen möchten. Eine Einzelrückmeldung an alle schaffen wir als kleines Team nicht.\n\nWir drücken dir die Daumen!\n{company}",
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbung über unser Portal. Ihr Profil wurde in unsere Datenbank aufgenommen und wird mit den aktuellen Anforderungen unserer Kunden abgeglichen. Wir kontaktieren Sie, sobald sich eine konkrete Übereinstimmung ergibt; eine Rückmeldung zu jeder einzelnen Bewerbung ist uns nicht möglich.\n\nBeste Grüße\n{agency}",
        ],
        n=6,
        extra=X,
    ),
    # ---------------------------------------------------------------- other (hard negatives)
    # idea: study and course admission decisions: a Master's refusal with Bescheid in the campus portal, an admission to accept, a Volkshochschule waiting list
    Family(
        "oth_de_r4_zulassung_kurs",
        "other",
        "[Studierendensekretariat <studsek@hs-{slug}.example>|Studienberatung <studienberatung@uni-{slug}.example>|Volkshochschule {ort} <anmeldung@vhs-{slug}.example>]",
        [
            "Zulassungsentscheidung Masterstudiengang {studiengang}",
            "Ihr Antrag auf Zulassung – Bescheid im Portal",
            "Ihre Kursanmeldung: {kurs}",
            "Ergebnis des Auswahlverfahrens {semester}",
        ],
        [
            "Sehr geehrte/r {me},\n\nder Prüfungsausschuss hat über Ihren Antrag auf Zulassung zum Masterstudiengang {studiengang} zum {semester} entschieden. Leider können wir Ihnen keinen Studienplatz anbieten, da Sie die Mindestnote im fachlichen Teil nicht erreicht haben. Den rechtsverbindlichen Bescheid mit Rechtsbehelfsbelehrung finden Sie in Ihrem Konto im Campusportal.\n\nMit freundlichen Grüßen\nStudierendensekretariat",
            "Hallo {name},\n\nherzlichen Glückwunsch! Deine Bewerbung um einen Platz im Studiengang {studiengang} war erfolgreich. Um die Zulassung anzunehmen, lade bitte bis {datum} deinen Krankenversicherungsnachweis hoch und überweise den Semesterbeitrag. Danach wirst du eingeschrieben.\n\nDein Team der Studienberatung",
            "Guten Tag {me},\n\nvielen Dank für Ihre Anmeldung zum Kurs „{kurs}“. Der Kurs ist leider bereits ausgebucht; wir haben Sie auf Platz {n} der Warteliste gesetzt. Sobald ein Platz frei wird, informieren wir Sie per E-Mail. Die Kursgebühr wird erst mit einer verbindlichen Platzzusage fällig.\n\nFreundliche Grüße\nIhre Volkshochschule {ort}",
        ],
        n=6,
        extra=X,
    ),
    # idea: rental-flat decisions: a property manager's no after the Selbstauskunft, a housing cooperative's offer, a previous tenant picking people for a viewing
    Family(
        "oth_de_r4_mietwohnung",
        "other",
        "[Hausverwaltung {rlast} & Partner <vermietung@hv-{slug}.example>|Wohnungsbaugenossenschaft {ort} eG <vermietung@wbg-{slug}.example>|{rfirst} <{rfirst}.{rlast}@gmx.example>]",
        [
            "Ihre Mietbewerbung – {strasse}",
            "Wohnung {strasse}, 2. OG links",
            "Entscheidung des Eigentümers",
            "Besichtigungstermin {strasse}",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der {strasse} und für die eingereichte Mieterselbstauskunft. Der Eigentümer hat sich für andere Mietinteressenten entschieden. Wir bedauern, Ihnen keine positive Nachricht übermitteln zu können, und wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.\n\nMit freundlichen Grüßen\nHausverwaltung {rlast} & Partner",
            "Guten Tag {me},\n\nwir freuen uns, Ihnen die Wohnung Nr. {punkte} in der {strasse} anbieten zu können. Voraussetzung ist der Erwerb von Genossenschaftsanteilen in Höhe von 1.500 €. Bitte teilen Sie uns bis {datum} mit, ob Sie das Angebot annehmen, damit wir den Nutzungsvertrag vorbereiten können.\n\nMit genossenschaftlichen Grüßen\nWohnungsbaugenossenschaft {ort} eG",
            "Hallo {name},\n\nunter den vielen Anfragen für unsere Wohnung haben wir dich für eine Besichtigung ausgewählt. Termin: {tag}, {uhr} Uhr, direkt vor dem Haus in der {strasse}. Bring bitte Gehaltsnachweise der letzten drei Monate und eine SCHUFA-Auskunft mit. Falls du nicht kannst, sag kurz ab, dann rückt jemand nach.\n\nVG\n{rfirst} (Vormieter)",
        ],
        n=6,
        extra=X,
    ),
    # idea: funding decisions: a scholarship selection committee's no, a student union hardship fund refusal with Widerspruch, a civic foundation's project grant
    Family(
        "oth_de_r4_foerderbescheid",
        "other",
        "[Stipendienbüro <stipendien@uni-{slug}.example>|Studierendenwerk {ort} – Sozialberatung <sozialberatung@stw-{slug}.example>|Bürgerstiftung {ort} <foerderung@buergerstiftung-{slug}.example>]",
        [
            "Entscheidung über Ihren Stipendienantrag",
            "Bescheid: Antrag auf Unterstützung aus dem Härtefonds",
            "Ihr Förderantrag vom {datum}",
            "Ergebnis der Stipendienauswahl {jahr}",
        ],
        [
            "Sehr geehrte/r {me},\n\ndie Auswahlkommission hat in ihrer Sitzung vom {datum} über die Vergabe der Stipendien entschieden. Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte. In diesem Jahr standen 40 Stipendien für über 600 Bewerbungen zur Verfügung.\n\nWir ermutigen Sie, sich in der nächsten Runde erneut zu bewerben.\n\nMit freundlichen Grüßen\nStipendienbüro",
            "Guten Tag {me},\n\nIhr Antrag auf eine einmalige Beihilfe aus dem Härtefonds des Studierendenwerks wurde geprüft. Leider liegen die Voraussetzungen nicht vor, da die eingereichten Kontoauszüge keinen unverschuldeten finanziellen Engpass belegen. Gegen diese Entscheidung können Sie innerhalb eines Monats schriftlich Widerspruch einlegen.\n\nMit freundlichen Grüßen\nSozialberatung, Studierendenwerk {ort}",
            "Liebe/r {me},\n\nwir freuen uns sehr: Ihr Projekt „{projekt}“ wird im Rahmen unseres Förderprogramms mit {betrag} unterstützt! Die Förderzusage und den Zuwendungsvertrag erhalten Sie in den nächsten Tagen per Post. Die erste Rate zahlen wir aus, sobald der unterschriebene Vertrag bei uns eingegangen ist.\n\nHerzliche Grüße\nBürgerstiftung {ort}",
        ],
        n=6,
        extra=X,
    ),
    # idea: a conference's call-for-papers outcomes: a community event's no with a ticket discount, a programme committee's acceptance, a terse review-system notice
    Family(
        "oth_de_r4_vortrag_cfp",
        "other",
        "[Orga-Team {konf} <cfp@{slug}-konferenz.example>|Programmkomitee {konf} <programm@{slug}-tagung.example>|{konf} Tagungsbüro <noreply@conftool.example>]",
        [
            "Ihr Vortragsvorschlag für die {konf}",
            "Call for Papers: Entscheidung",
            "Einreichung {einreichung} – Ergebnis des Reviews",
            "Dein Talk bei der {konf} 🎤",
        ],
        [
            "Hallo {name},\n\nvielen Dank für deine Einreichung „{talk}“ für die {konf}. Wir hatten über 300 Vorschläge für 40 Slots, und leider hat es dein Talk diesmal nicht ins Programm geschafft. Das Programmkomitee fand das Thema spannend, es gab aber schon mehrere ähnliche Beiträge.\n\nAls kleines Dankeschön bekommst du 30 % Rabatt auf dein Ticket – der Code steht im Anhang.\n\nDein Orga-Team der {konf}",
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihr Beitrag „{talk}“ für die {konf} angenommen wurde. Ihr Vortrag ist für den zweiten Konferenztag vorgesehen (30 Minuten inklusive Fragen). Bitte bestätigen Sie Ihre Teilnahme bis {datum} und laden Sie Ihre Kurzbiografie im Referentenportal hoch.\n\nMit freundlichen Grüßen\nProgrammkomitee",
            "Guten Tag {me},\n\ndie Begutachtung Ihrer Einreichung {einreichung} ist abgeschlossen.\n\nEntscheidung: abgelehnt\n\nDie Gutachten können Sie im Konferenzsystem einsehen. Wir würden uns freuen, Sie dennoch als Teilnehmer/in begrüßen zu dürfen.\n\n{konf} – Tagungsbüro",
        ],
        n=6,
        extra=X,
    ),
    # idea: out-of-office replies from HR people to the person's own mail about an application (holiday, parental leave with a deputy, business trip)
    Family(
        "oth_de_r4_abwesend_hr",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} {rlast} <personal@{slug}.de>]",
        [
            "Automatische Antwort: Bewerbung als {stelle}",
            "Abwesenheitsnotiz: AW: Unterlagen für das Gespräch",
            "Automatische Antwort: Nachfrage zu meiner Bewerbung",
            "Out of Office: Re: Rückfrage",
        ],
        [
            "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich {datum} nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@{slug}.de oder an unsere Zentrale.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nPersonalreferentin",
            "Guten Tag,\n\ndanke für Ihre E-Mail. Ich bin derzeit in Elternzeit. Anfragen zu laufenden Auswahlverfahren übernimmt in dieser Zeit meine Kollegin {rfirst2}, erreichbar unter recruiting@{slug}.de.\n\nBeste Grüße\n{rfirst} {rlast}",
            "Hallo,\n\nich bin gerade auf Dienstreise und lese meine Mails nur unregelmäßig. Ab {tag} bin ich wieder erreichbar und melde mich dann.\n\n--\nThis is an automatic reply. / Dies ist eine automatische Antwort.\n{company}",
        ],
        n=6,
        extra=X,
    ),
    # idea: ATS account housekeeping: password reset, account created with e-mail verification, privacy-notice update, dormant-account deletion warning
    Family(
        "oth_de_r4_bewerberkonto",
        "other",
        "[{company} Karriereportal <noreply@karriere.{slug}.de>|{company} Jobs <no-reply@{slug}.softgarden.io>|Datenschutz {company} <datenschutz@{slug}.de>]",
        [
            "Passwort zurücksetzen – {company} Karriereportal",
            "Ihr Bewerberkonto wurde angelegt",
            "Aktualisierung unserer Datenschutzhinweise für Bewerbende",
            "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        ],
        [
            "Hallo,\n\nfür Ihr Bewerberkonto bei {company} wurde das Zurücksetzen des Passworts angefordert. Über den folgenden Link legen Sie ein neues Passwort fest; er ist 60 Minuten gültig.\n\nhttps://karriere.{slug}.de/reset?t={ref}\n\nWenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren.\n\nIhr {company} Karriereportal",
            "Guten Tag {me},\n\nIhr Kandidatenkonto wurde erfolgreich erstellt. Ab sofort können Sie Ihr Profil vervollständigen, Ihren Lebenslauf hochladen und sich mit wenigen Klicks auf ausgeschriebene Stellen bewerben. Bitte bestätigen Sie zunächst Ihre E-Mail-Adresse: https://jobs.{slug}.de/verify/{ref}\n\nViele Grüße\nIhr Recruiting-Team",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir haben unsere Datenschutzhinweise für das Bewerbungsverfahren aktualisiert. Wichtigste Änderung: Daten aus beendeten Verfahren speichern wir künftig sechs statt drei Monate, sofern Sie nicht widersprechen. Die vollständige Fassung finden Sie unter {slug}.de/datenschutz-bewerbende.\n\nSie müssen nichts weiter tun.\n\nMit freundlichen Grüßen\nDatenschutzbeauftragte der {company}",
            "Hallo {name},\n\ndu hast dich seit 18 Monaten nicht mehr in deinem Bewerberkonto angemeldet. Wenn du es behalten möchtest, logg dich einfach innerhalb von 30 Tagen einmal ein. Andernfalls löschen wir das Konto samt aller gespeicherten Daten automatisch.\n\nDein Karriereportal von {company}",
        ],
        n=6,
        extra=X,
    ),
    # idea: job-alert digests: a job board's saved search, a Bundesagentur-style radius search, a company's talent-network "new roles" mail
    Family(
        "oth_de_r4_jobalarm",
        "other",
        "[Jobbörse Jobalarm <alerts@jobboerse.example>|StepStone Jobagent <jobagent@stepstone.example>|{company} Talent-Netzwerk <talent@{slug}.de>]",
        [
            "{n} neue Jobs für „{stelle}“",
            "Ihr Jobalarm: neue Stellen in {ort}",
            "Diese Jobs könnten dich interessieren",
            "Wöchentlicher Stellenüberblick",
        ],
        [
            "Hallo {name},\n\nhier sind die neuesten Stellen zu deinem Suchauftrag:\n\n• {stelle} – {company}, {ort} – vor 2 Tagen\n• Junior Consultant (m/w/d) – Beratungshaus, remote – neu\n• Sachbearbeitung Einkauf – Stadtwerke, {ort} – vor 5 Tagen\n\nAlle Ergebnisse ansehen\n\nDu bekommst diese E-Mail, weil du einen Jobalarm eingerichtet hast. Abbestellen · Einstellungen",
            "Guten Tag,\n\nfür Ihren Suchauftrag „{stelle}, Umkreis 25 km um {ort}“ gibt es {n} neue Angebote. Schnell sein lohnt sich: Bei vielen Stellen endet die Bewerbungsfrist bald.\n\n→ Stellenangebote anzeigen\n\nIhre Jobbörse\nImpressum · Datenschutz · Suchauftrag löschen",
            "Hi {name},\n\nbei {company} sind diese Woche neue Positionen online gegangen, die zu deinen Interessen im Talent-Netzwerk passen: {stelle} sowie zwei Rollen im Bereich Operations. Schau doch mal rein!\n\nBeste Grüße\nDein {company} Karriere-Team\n\nBenachrichtigungen verwalten",
        ],
        n=6,
        extra=X,
    ),
    # idea: meetings at the person's own current job: a weekly team sync, a cancelled jour fixe with a colleague, a project kickoff invitation
    Family(
        "oth_de_r4_eigenes_team",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} <{rfirst}@{slug}.de>]",
        [
            "Einladung: Team-Sync KW {kw}",
            "Kickoff Projekt {projektname}",
            "Jour fixe diese Woche fällt aus",
            "Quartalsplanung – bitte Termin blocken",
        ],
        [
            "Hallo zusammen,\n\nich lade euch zu unserem wöchentlichen Team-Sync am {tag} um {uhr} Uhr ein (Raum Elbe bzw. Teams-Link in der Einladung). Themen: Stand Release, Urlaubsplanung, Sonstiges.\n\nBitte tragt eure Punkte vorher ins Board ein.\n\nDanke & Gruß\n{rfirst}",
            "Hi {name},\n\nunser Jour fixe muss diese Woche ausfallen, ich bin den ganzen Tag im Workshop beim Kunden. Wenn du bei der Angebotskalkulation Hilfe brauchst, lass uns {tag} kurz telefonieren.\n\nLG {rfirst}",
            "Liebe Kolleginnen und Kollegen,\n\nzum Start des Projekts {projektname} laden wir alle Beteiligten zum Kickoff am {datum} von {uhr} bis ca. 12:00 Uhr ein. Agenda und Projektsteckbrief liegen im SharePoint. Bitte sagt bis Freitag zu oder ab.\n\nViele Grüße\n{rfirst} {rlast}\nProjektleitung",
        ],
        n=6,
        extra=X,
    ),
]
