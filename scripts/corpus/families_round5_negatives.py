# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 5: hard negatives in English, German, French, Spanish and Dutch.

Every family is `other`: decisions about an insurance claim or complaint, a start-up
programme or innovation grant, a bank or loan application, and social or student housing.
They borrow the words of hiring mail ("we regret", "your application", "not been
successful", "selected", "next round") without being about a job. Slot values for dates and
cities come from families_languages; organisations are made up here; every sentence is new."""

from families_languages import DE, ES, FR, NL
from generate import Family

EN = {
    "nr": ["2024-08713", "A-551903", "W 18342", "0047-2291", "25/01866", "HX-30917"],
    "amount": ["£1,240.00", "£386.50", "€2,915.00", "$4,780.00", "£712.20", "€9,300.00"],
    "paid": ["£420.00", "£95.00", "€1,150.00", "$1,600.00", "£233.40"],
    "claimno": ["CLM-4418207", "HH/22/093771", "MTR-7730154", "TRV 0081-5523", "PRP-1190-62"],
    "limit": ["£2,500", "£6,000", "$8,000", "€4,000", "£1,200"],
    "mortgage": ["£240,000", "£315,000", "€280,000", "$410,000"],
    "loan": ["£15,000", "£7,500", "$25,000", "€12,000", "£32,000"],
    "scheme": [
        "Greenhouse Ventures Spring Cohort",
        "the Northlight Accelerator (Batch 9)",
        "the City Innovation Challenge",
        "SeedBridge Founders Programme",
        "the Clean Tech Launchpad",
    ],
    "band": ["Band B", "Band C", "Gold Band", "Priority Band 2", "Band D"],
}
DEX = {
    **DE,
    "nr": ["2024-08713", "A-551903", "W 18342", "0047-2291", "25/01866", "HX-30917"],
    "betrag": ["1.240,00 €", "386,50 €", "2.915,00 €", "4.780,00 €", "712,20 €", "9.300,00 €"],
    "teil": ["420,00 €", "95,00 €", "1.150,00 €", "1.600,00 €", "233,40 €"],
    "schadennr": [
        "SCH-2024-118207",
        "HR 7730154-02",
        "KFZ/93/771044",
        "RS-0081-5523",
        "GW-1190-620",
    ],
    "kredit": ["15.000 €", "7.500 €", "25.000 €", "12.000 €", "280.000 €"],
    "programm": [
        "Gründungswettbewerb Digitale Innovationen",
        "Accelerator-Programm StartHub Nord",
        "Innovationspreis der Region",
        "Inkubator Werkstatt 3",
        "Förderprogramm Gründerstipendium",
    ],
}
FRX = {
    **FR,
    "nr": ["2024-08713", "A-551903", "W 18342", "0047-2291", "25/01866", "HX-30917"],
    "montant": ["1 240,00 €", "386,50 €", "2 915,00 €", "4 780,00 €", "712,20 €"],
    "verse": ["420,00 €", "95,00 €", "1 150,00 €", "1 600,00 €"],
    "dossier": ["SIN-24-118207", "RC 7730154", "DDE/93/771044", "MRH-0081-5523", "REC-1190-620"],
    "pret": ["15 000 €", "7 500 €", "25 000 €", "12 000 €", "210 000 €"],
    "programme": [
        "programme d'incubation Pépinière Atlantique",
        "concours Innov'Avenir",
        "accélérateur Tremplin Start",
        "Prix de l'innovation sociale",
        "appel à projets French Tech Émergence",
    ],
}
ESX = {
    **ES,
    "nr": ["2024-08713", "A-551903", "W 18342", "0047-2291", "25/01866", "HX-30917"],
    "importe": ["1.240,00 €", "386,50 €", "2.915,00 €", "4.780,00 €", "712,20 €"],
    "abonado": ["420,00 €", "95,00 €", "1.150,00 €", "1.600,00 €"],
    "expediente": [
        "SIN-2024-118207",
        "HOG/7730154",
        "AUT-93-771044",
        "REC-0081-5523",
        "DC-1190-620",
    ],
    "prestamo": ["15.000 €", "7.500 €", "25.000 €", "12.000 €", "180.000 €"],
    "programa": [
        "programa de aceleración Impulsa Sur",
        "Premio Jóvenes Emprendedores",
        "incubadora Lanzadera Norte",
        "convocatoria de Ayudas a la Innovación",
        "reto de emprendimiento Ciudad Abierta",
    ],
}
NLX = {
    **NL,
    "nr": ["2024-08713", "A-551903", "W 18342", "0047-2291", "25/01866", "HX-30917"],
    "bedrag": ["€ 1.240,00", "€ 386,50", "€ 2.915,00", "€ 4.780,00", "€ 712,20"],
    "deel": ["€ 420,00", "€ 95,00", "€ 1.150,00", "€ 1.600,00"],
    "schadenr": ["SCH-24-118207", "WA 7730154", "INB/93/771044", "RB-0081-5523", "KL-1190-620"],
    "lening": ["€ 15.000", "€ 7.500", "€ 25.000", "€ 12.000", "€ 310.000"],
    "programma": [
        "accelerator Startblok Oost",
        "de Innovatieprijs van de provincie",
        "incubator De Broedplaats",
        "MKB-innovatieregeling",
        "pitchwedstrijd Jonge Ondernemers",
    ],
}

FAMILIES: list[Family] = [
    # English -----------------------------------------------------------------------------
    # idea: a home/motor insurer's claims decision letter with policy exclusions, a partial settlement and the ombudsman route
    Family(
        "oth_en_r5_claim_decision",
        "other",
        "[Claims Team <claims@hollowayshield-insurance.example>|Customer Relations <complaints@brookfield-mutual.example>|Northgate Insurance <noreply@northgate-insure.example>]",
        [
            "Your claim {claimno} – our decision",
            "Outcome of your complaint (ref {claimno})",
            "Update on claim {claimno}",
            "Final response to your complaint",
        ],
        [
            "Dear {me},\n\nThank you for your patience while we assessed your claim {claimno} for the escape of water at your property.\n\nUnfortunately we are unable to accept this claim. Our loss adjuster found that the damage built up gradually over several months, and gradual leaks are excluded under Section 4(c) of your home insurance policy.\n\nIf you do not agree with our decision, you can ask us to review it by replying to this email within 8 weeks. If you remain unhappy after that, you may refer the matter to the Financial Ombudsman Service free of charge.\n\nYours sincerely,\nClaims Handling Team",
            "Hello {name},\n\nWe've finished looking at your travel claim ({claimno}). You claimed {amount}; we have approved {paid}, which will reach your bank account within 3–5 working days.\n\nWhy not the full amount? Your policy has a £100 excess, and the cancelled excursion was booked after the policy start date, so it isn't covered. A full breakdown is attached.\n\nNot happy with this? Reply to this message or call us and quote your claim number – we'll take a fresh look.\n\nThanks,\nTravel Claims",
            "Dear {me},\n\nFINAL RESPONSE – COMPLAINT {claimno}\n\nWe have now completed our investigation into your complaint about the time taken to settle your motor claim. Having reviewed the call recordings and file notes, we have not upheld your complaint: the delay was caused by waiting for the third party's insurer, which was outside our control.\n\nWe appreciate this is not the outcome you hoped for. You have the right to refer your complaint to the Financial Ombudsman Service within six months of the date of this letter. Their leaflet is enclosed.\n\nRegards,\nCustomer Relations Manager\n\nThis email is confidential. Authorised and regulated by the Financial Conduct Authority.",
            "Hi {name},\n\nquick update on your phone insurance claim {claimno}: we've reviewed the photos and the repair quote, and the claim has been declined because the device was reported lost more than 30 days after the date of loss.\n\nYou can appeal within 14 days at https://claims.northgate-insure.example/appeal – just add any extra evidence you have.\n\nSorry we don't have better news.\nNorthgate Claims (do not reply to this address)",
        ],
        n=6,
        extra=EN,
    ),
    # idea: a start-up accelerator's selection-committee emails, one declining the batch, one inviting to demo/pitch day
    Family(
        "oth_en_r5_accelerator",
        "other",
        "[Selection Committee <apply@northlight-accelerator.example>|SeedBridge Programme Team <hello@seedbridge.example>|City Innovation Challenge <challenge@innovate-city.example>]",
        [
            "Your application to {scheme}",
            "Selection outcome – {scheme}",
            "News about your application",
            "Update on your startup application",
        ],
        [
            "Dear {me},\n\nThank you for applying to {scheme} with your company. We received over {big} applications for just 12 places this cohort.\n\nAfter careful review, we regret to tell you that your startup has not been selected for this batch. This is not a judgement on the potential of your idea; the committee was looking for teams with paying customers already in place.\n\nApplications for the autumn cohort open on {date} and we'd genuinely encourage you to apply again.\n\nWarm wishes,\nThe Programme Team",
            "Hi {name},\n\nGreat news – your application to {scheme} made it through the first screening, and you are one of 30 teams invited to Pitch Day on {date} in {city}.\n\nYou'll have 5 minutes to pitch and 10 minutes of Q&A with our investment panel. Please upload your deck by {day} evening and let us know who from your founding team will attend.\n\nSee you there!\nSeedBridge",
            "Hello {me},\n\nThe judges have now scored all entries to the City Innovation Challenge. Unfortunately your project was not shortlisted for the final round this year, so it will not receive funding in this call.\n\nYour scores and the judges' comments are available in your applicant dashboard. We hope they are useful, and we'd love to see you at our free founder workshops.\n\nBest regards,\nInnovation Office",
            "{name} – short one: you're in the final 8 for the Clean Tech Launchpad grant (£50k, no equity). Final interviews with the panel are on {date}, online, 20 min each. Reply with your two preferred slots and I'll lock it in.\n\nProgramme manager, Clean Tech Launchpad\nSent from my phone",
        ],
        n=6,
        extra=EN,
    ),
    # idea: a high-street bank's credit decisions: card declined after credit check, personal loan approved, mortgage agreement in principle
    Family(
        "oth_en_r5_credit_decision",
        "other",
        "[Meridale Bank <no-reply@meridale-bank.example>|Lending Team <lending@fairway-building-society.example>|Cobalt Card Services <decisions@cobaltcard.example>]",
        [
            "Your credit card application",
            "Decision on your personal loan application",
            "Update on your application ({nr})",
            "Your application: our decision",
        ],
        [
            "Dear {me},\n\nThank you for applying for a Cobalt Rewards credit card.\n\nWe're sorry, but on this occasion we have not been able to approve your application. Our decision was based on information from a credit reference agency together with our own lending criteria. Please note that this search will be visible on your credit file.\n\nYou can ask us to reconsider or request the name of the agency we used by calling the number on our website. We'd suggest waiting at least three months before applying for credit again.\n\nCobalt Card Services",
            "Hi {name},\n\nYour personal loan of {loan} has been approved! 🎉\n\nRepayment term: 48 months\nRepresentative APR: 7.9%\n\nTo receive the money, sign your loan agreement in the app within 14 days. Once signed, funds usually arrive the same working day.\n\nMeridale Bank",
            "Dear {me},\n\nWe are pleased to confirm that your mortgage application has been given an Agreement in Principle for up to {mortgage}. This is not a formal offer – a full application, a valuation of the property and verification of your income will follow.\n\nYour Agreement in Principle is valid for 90 days. Your mortgage adviser, {rfirst} {rlast}, will call you to arrange the next steps.\n\nYours faithfully,\nMortgage Services",
            "Dear {me},\n\nRE: Business current account application {nr}\n\nFollowing our review, we regret that we are unable to open a business account for your company at this time, as we could not complete our identity and ownership checks with the documents provided.\n\nIf you are able to supply certified copies of the shareholder register and proof of the registered address, you are welcome to submit a new application.\n\nKind regards,\nBusiness Onboarding",
        ],
        n=6,
        extra=EN,
    ),
    # idea: a housing association / council housing register and a university residence office writing about bids and waiting lists
    Family(
        "oth_en_r5_housing_allocation",
        "other",
        "[Housing Options <housingregister@eastvale-council.example>|Riverside Homes Lettings <lettings@riverside-homes.example>|Residence Life Office <accommodation@student-halls.example>]",
        [
            "Your housing register application – decision",
            "Result of your bid for property ref {nr}",
            "Your accommodation application",
            "Update: your place on the waiting list",
        ],
        [
            "Dear {me},\n\nWe have assessed your application to join the housing register. You have been placed in {band} with an effective date of {date}.\n\nAverage waiting times in {band} are long, so we recommend you also explore private renting and shared ownership. If you think your banding is wrong, you can request a review in writing within 21 days of this letter.\n\nHousing Options Team",
            "Hello {name},\n\nThank you for bidding on the two-bedroom flat, property ref {nr}.\n\nUnfortunately your bid was not successful. The property has been offered to an applicant with a higher priority band. We received {big} bids for this home.\n\nYou can keep bidding every week on our lettings portal. Your position in each shortlist is shown once bidding closes.\n\nRiverside Homes Lettings",
            "Hi {name}!\n\nGood news – we're pleased to offer you a room in Halls for the coming academic year. You have been allocated a single en-suite room in Ash Court.\n\nPlease accept the offer and pay your deposit through the accommodation portal within 7 days, otherwise the room will go to the next student on the waiting list.\n\nWelcome!\nResidence Life Office",
            "Dear (Applicant Name),\n\nWe regret to inform you that all rooms in university-managed accommodation have now been allocated, and we are unable to offer you a place at this time. You remain on the waiting list at position {big}.\n\nThe Student Housing Advice service can help you find approved private accommodation. Thank you for your understanding.\n\nAccommodation Office",
        ],
        n=6,
        extra=EN,
    ),
    # German ------------------------------------------------------------------------------
    # idea: Schadenabteilung einer Versicherung: Ablehnung oder Teilregulierung mit Schadennummer, Widerspruch und Ombudsmann
    Family(
        "oth_de_r5_schadenregulierung",
        "other",
        "[Schadenservice Rheintal Versicherung <schaden@rheintal-versicherung.example>|Hausrat-Team Elbufer Assekuranz <service@elbufer-assekuranz.example>|Beschwerdemanagement Alpina Direkt <beschwerde@alpina-direkt.example>]",
        [
            "Ihr Schaden {schadennr} – unsere Entscheidung",
            "Leistungsentscheidung zum Schadenfall {schadennr}",
            "Ihre Beschwerde vom {datum}",
            "Regulierung Ihres Schadens",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir haben Ihre Schadenmeldung {schadennr} (Wasserschaden vom {datum}) sorgfältig geprüft.\n\nLeider können wir Ihnen keine Leistung anbieten. Nach dem Gutachten des Sachverständigen ist der Schaden durch eine über längere Zeit undichte Silikonfuge entstanden. Solche Schäden sind nach § 5 Nr. 3 der Versicherungsbedingungen vom Versicherungsschutz ausgeschlossen.\n\nSind Sie mit unserer Entscheidung nicht einverstanden, können Sie sich innerhalb eines Monats schriftlich an uns wenden oder kostenlos den Versicherungsombudsmann anrufen.\n\nMit freundlichen Grüßen\nIhr Schadenservice",
            "Guten Tag {me},\n\nzu Ihrem Fahrraddiebstahl (Schadennummer {schadennr}) haben Sie {betrag} geltend gemacht. Wir erstatten Ihnen {teil}. Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen.\n\nDie Differenz ergibt sich aus der vereinbarten Selbstbeteiligung und dem Zeitwertabzug, weil das Rad älter als drei Jahre war. Die Berechnung finden Sie in der Anlage.\n\nFreundliche Grüße\nHausrat-Team\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.",
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Beschwerde über die Bearbeitungsdauer Ihres Kfz-Schadens.\n\nWir haben den Vorgang noch einmal vollständig überprüft. Die Verzögerung beruhte auf dem fehlenden Polizeibericht, den wir mehrfach angefordert hatten. Einen Fehler unsererseits können wir nicht feststellen; Ihrer Beschwerde können wir daher leider nicht abhelfen.\n\nSie haben die Möglichkeit, die Schlichtungsstelle (Versicherungsombudsmann e. V., Postfach 08 06 32, 10006 Berlin) oder die BaFin einzuschalten.\n\nMit freundlichen Grüßen\nBeschwerdemanagement",
            "Hallo {name},\n\nschlechte Nachrichten zu deiner Handyversicherung: Den Schaden {schadennr} können wir leider nicht übernehmen, da der Displaybruch vor Vertragsbeginn entstanden ist.\n\nDu findest die Begründung in deinem Kundenkonto. Widerspruch kannst du dort mit einem Klick einlegen.\n\nDein Alpina-Direkt-Team",
        ],
        n=6,
        extra=DEX,
    ),
    # idea: Jury eines Gründerwettbewerbs bzw. ein Accelerator: Absage für den Jahrgang oder Einladung zum Pitch-Finale
    Family(
        "oth_de_r5_gruenderwettbewerb",
        "other",
        "[Jury-Geschäftsstelle <wettbewerb@gruenden-nord.example>|StartHub Nord <team@starthub-nord.example>|Projektträger Innovation <foerderung@pt-innovation.example>]",
        [
            "Ihre Bewerbung beim {programm}",
            "Ergebnis der Jurysitzung",
            "Ihre Bewerbung – wie es weitergeht",
            "Förderantrag Nr. {nr} – Entscheidung",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Teilnahme am {programm}. Insgesamt haben sich {big} Gründungsteams beworben.\n\nNach intensiver Beratung hat die Jury entschieden, Ihr Vorhaben in diesem Jahr nicht für die Finalrunde auszuwählen. Wir wissen, wie viel Arbeit in einem Businessplan steckt, und möchten Sie ermutigen, am Ball zu bleiben. Das schriftliche Feedback der Gutachter senden wir Ihnen in den nächsten Wochen zu.\n\nMit freundlichen Grüßen\nIhre Jury-Geschäftsstelle",
            "Hallo {name},\n\nherzlichen Glückwunsch – euer Startup hat es in die nächste Runde vom {programm} geschafft! Am {datum} findet in {ort} der Pitch-Day statt: 5 Minuten Pitch, danach Fragen von Investoren und Mentorinnen.\n\nBitte ladet euer Pitch-Deck bis {tag} hoch und sagt uns, wer aus dem Gründerteam dabei ist.\n\nWir drücken euch die Daumen!\nEuer StartHub-Team",
            "Sehr geehrte/r {me},\n\nzu Ihrem Antrag Nr. {nr} auf Förderung Ihres Innovationsprojekts teilen wir Ihnen mit, dass eine Förderung im aktuellen Förderaufruf leider nicht möglich ist. Die verfügbaren Mittel reichen nicht aus, um alle positiv begutachteten Projekte zu berücksichtigen; Ihr Vorhaben lag in der Rangfolge unterhalb der Förderschwelle.\n\nGegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch eingelegt werden.\n\nIm Auftrag\nProjektträger Innovation",
            "Hi {name}, leider hat's diesmal nicht gereicht für den Accelerator – wir hatten nur 8 Plätze. Euer Prototyp hat uns aber gefallen, bewerbt euch gern im Herbst wieder. Für ein Feedback-Telefonat stehe ich bereit.\n\nLG aus {ort}\n(Programmleitung)",
        ],
        n=6,
        extra=DEX,
    ),
    # idea: Bank/Sparkasse: Kreditkarte abgelehnt nach SCHUFA, Ratenkredit genehmigt, Baufinanzierung, Geschäftskonto
    Family(
        "oth_de_r5_kreditentscheidung",
        "other",
        "[Nordsee Sparkasse <service@nordsee-sparkasse.example>|Kreditservice Hanse Direktbank <kredit@hanse-direktbank.example>|Kartenservice Lindenbank <karten@lindenbank.example>]",
        [
            "Ihr Kreditantrag – Entscheidung",
            "Ihr Antrag auf eine Kreditkarte",
            "Ihr Antrag {nr} – Ergebnis der Prüfung",
            "Eröffnung Ihres Geschäftskontos",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihr Interesse an unserer Kreditkarte.\n\nNach Prüfung Ihrer Angaben und einer Auskunft der SCHUFA Holding AG können wir Ihrem Antrag leider nicht entsprechen. Bitte haben Sie Verständnis, dass wir die Gründe im Einzelnen nicht nennen können.\n\nSie haben das Recht, eine Selbstauskunft bei der SCHUFA anzufordern und eine erneute Prüfung durch eine Mitarbeiterin oder einen Mitarbeiter zu verlangen.\n\nMit freundlichen Grüßen\nIhr Kartenservice",
            "Hallo {name},\n\ngute Nachrichten: Dein Ratenkredit über {kredit} ist genehmigt!\n\nLaufzeit: 60 Monate\nEffektiver Jahreszins: 6,49 %\n\nUnterschreibe den Vertrag einfach digital per Video-Ident. Das Geld ist in der Regel am nächsten Bankarbeitstag auf deinem Konto.\n\nDein Kreditservice der Hanse Direktbank",
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen für die Finanzierung Ihrer Eigentumswohnung in {ort} ein Darlehensangebot über {kredit} unterbreiten zu können. Das Angebot ist bis zum {datum} gültig; die Auszahlung erfolgt nach Eintragung der Grundschuld.\n\nIhr Berater, Herr {rlast}, meldet sich in den nächsten Tagen für einen Unterschriftstermin.\n\nFreundliche Grüße\nBaufinanzierung",
            "Guten Tag {me},\n\nleider müssen wir Ihnen mitteilen, dass wir die Eröffnung eines Geschäftskontos für Ihre GmbH derzeit ablehnen. Die eingereichten Unterlagen zum wirtschaftlich Berechtigten reichen für unsere gesetzlichen Prüfpflichten nicht aus.\n\nGerne können Sie einen neuen Antrag mit Transparenzregisterauszug und Gesellschafterliste stellen.\n\nMit freundlichen Grüßen\nFirmenkundenservice",
        ],
        n=6,
        extra=DEX,
    ),
    # idea: Wohnungsgenossenschaft, Wohnungsamt (WBS/Dringlichkeit) und Studierendenwerk mit Wohnheimplatz/Warteliste
    Family(
        "oth_de_r5_wohnungsvergabe",
        "other",
        "[Wohnungsbaugenossenschaft Lindenhof eG <vermietung@wbg-lindenhof.example>|Amt für Wohnen <wohnungsamt@stadt-nordheim.example>|Studierendenwerk – Abteilung Wohnen <wohnen@studierendenwerk-mitte.example>]",
        [
            "Ihre Bewerbung um einen Wohnheimplatz",
            "Ihr Antrag auf Wohnberechtigungsschein",
            "Ihre Wohnungsanfrage – Objekt {nr}",
            "Ihre Vormerkung auf unserer Warteliste",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in {ort}, Objekt-Nr. {nr}.\n\nLeider müssen wir Ihnen mitteilen, dass wir die Wohnung an andere Mitglieder vergeben haben. Bei der Vergabe berücksichtigen wir vorrangig die Dauer der Mitgliedschaft und die Haushaltsgröße. Ihre Vormerkung bleibt selbstverständlich bestehen.\n\nMit freundlichen Grüßen\nVermietungsteam",
            "Sehr geehrte/r {me},\n\nIhr Antrag auf Erteilung eines Wohnberechtigungsscheins wurde bewilligt. Der Bescheid ist ein Jahr gültig und gilt für eine Wohnung mit bis zu 50 m². Einen Dringlichkeitsstatus konnten wir Ihnen leider nicht zuerkennen.\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.\n\nIm Auftrag\nAmt für Wohnen",
            "Hallo {name},\n\ndu hast einen Platz im Wohnheim! Ab dem 1. des kommenden Monats ist ein Einzelzimmer (14 m², Gemeinschaftsküche) für dich reserviert.\n\nBitte nimm das Angebot bis {datum} im Wohnheimportal an und überweise die Kaution. Ohne Rückmeldung vergeben wir das Zimmer an die nächste Person auf der Warteliste.\n\nDein Studierendenwerk",
            "Guten Tag {me},\n\nzurzeit können wir Ihnen leider keinen Wohnheimplatz anbieten. Sie stehen auf Platz {big} der Warteliste. Bitte bestätigen Sie alle vier Wochen im Portal, dass Ihr Interesse weiterhin besteht – sonst wird die Bewerbung gelöscht.\n\nFreundliche Grüße\nAbteilung Wohnen",
        ],
        n=6,
        extra=DEX,
    ),
    # French ------------------------------------------------------------------------------
    # idea: service sinistres d'un assureur : refus de garantie, indemnisation partielle, réclamation non retenue, médiateur
    Family(
        "oth_fr_r5_sinistre_reclamation",
        "other",
        "[Service Sinistres Mutuelle du Littoral <sinistres@mutuelle-littoral.example>|Service Réclamations Assurances Armor <reclamations@assur-armor.example>|Garance Assurances <ne-pas-repondre@garance-assur.example>]",
        [
            "Votre dossier sinistre n° {dossier}",
            "Suite donnée à votre réclamation",
            "Décision concernant votre déclaration de sinistre",
            "Traitement de votre sinistre – dossier {dossier}",
        ],
        [
            "Madame, Monsieur,\n\nNous accusons réception du rapport d'expertise relatif au dégât des eaux survenu le {date_fr} (dossier n° {dossier}).\n\nNous avons le regret de vous informer que ce sinistre ne peut être pris en charge : l'expert a constaté un défaut d'entretien de la toiture, cas d'exclusion prévu à l'article 7 des conditions générales de votre contrat.\n\nSi vous contestez cette décision, vous pouvez adresser une réclamation écrite à notre service Réclamations, puis, le cas échéant, saisir gratuitement la Médiation de l'Assurance.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\nLe Service Sinistres",
            "Bonjour {name},\n\nVotre dossier {dossier} a été étudié. Vous nous aviez déclaré un préjudice de {montant} ; nous vous versons {verse}, après déduction de la franchise contractuelle et de la vétusté appliquée aux appareils de plus de cinq ans.\n\nLe virement sera effectué sous 48 heures. Le détail du calcul est disponible dans votre espace client.\n\nBien cordialement,\nGarance Assurances",
            "Madame, Monsieur,\n\nVous nous avez fait part de votre mécontentement concernant le délai de traitement de votre sinistre automobile. Après réexamen complet de votre dossier, nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre réclamation : les pièces justificatives nous sont parvenues tardivement.\n\nCette réponse constitue notre position définitive. Vous pouvez saisir le Médiateur de l'Assurance dans un délai d'un an à compter de votre réclamation écrite.\n\nCordialement,\nLe Service Réclamations",
            "Bonjour {me},\n\nnous sommes désolés : le sinistre déclaré pour votre téléphone (réf. {dossier}) n'est pas couvert, le vol sans effraction n'étant pas garanti par votre formule Essentielle.\n\nPour contester, répondez via votre espace client sous 30 jours.\n\nL'équipe Garance\nCe message est généré automatiquement, merci de ne pas y répondre.",
        ],
        n=6,
        extra=FRX,
    ),
    # idea: incubateur ou concours d'innovation : candidature non retenue pour la promotion / sélection pour le jury final
    Family(
        "oth_fr_r5_incubateur_concours",
        "other",
        "[Pépinière Atlantique <candidatures@pepiniere-atlantique.example>|Concours Innov'Avenir <jury@innovavenir.example>|Tremplin Start <equipe@tremplin-start.example>]",
        [
            "Résultat de votre candidature – {programme}",
            "Votre candidature : résultat de la sélection",
            "Décision du comité de sélection",
            "Candidature n° {nr} : suite donnée",
        ],
        [
            "Madame, Monsieur,\n\nNous vous remercions d'avoir présenté votre projet d'entreprise au {programme}. Le comité de sélection s'est réuni le {date_fr} et a examiné {big} dossiers.\n\nNous avons le regret de vous annoncer que votre projet n'a pas été retenu pour la prochaine promotion. Le comité a privilégié des équipes disposant déjà d'un premier prototype testé auprès de clients.\n\nNous vous encourageons à candidater à nouveau lors du prochain appel.\n\nBien à vous,\nL'équipe de sélection",
            "Bonjour {name},\n\nFélicitations ! Votre start-up fait partie des 10 finalistes du {programme}. La finale aura lieu le {date_fr} à {ville} : 4 minutes de pitch devant le jury, puis 6 minutes d'échange.\n\nMerci de nous transmettre votre support de présentation avant {jour} midi.\n\nÀ très vite,\nL'équipe du concours",
            "Bonjour {me},\n\nSuite à l'instruction de votre demande d'aide (dossier {nr}) au titre du dispositif régional d'aide à l'innovation, nous vous informons que votre projet n'a pas été jugé éligible : le caractère innovant de la solution n'a pas été suffisamment démontré.\n\nVous pouvez déposer un nouveau dossier lors de la prochaine vague de l'appel.\n\nCordialement,\nChargé(e) d'affaires Innovation",
            "Salut {name}, petit mot rapide : pas retenus cette fois pour la promo de Tremplin Start, on avait 9 places seulement. J'ai bien aimé votre démo, n'hésitez pas à revenir vers moi si vous voulez un retour détaillé.\n\nBonne continuation,\nResponsable programme\nEnvoyé de mon iPhone",
        ],
        n=6,
        extra=FRX,
    ),
    # idea: banque de détail : prêt personnel accordé, carte refusée, accord de principe immobilier, ouverture de compte pro refusée
    Family(
        "oth_fr_r5_decision_credit",
        "other",
        "[Banque du Val <conseiller@banqueduval.example>|Service Crédit Crédit Solane <credit@solane-finance.example>|Néobanque Flux <no-reply@flux-banque.example>]",
        [
            "Réponse à votre demande de prêt",
            "Votre demande de carte de crédit",
            "Accord de principe pour votre financement immobilier",
            "Votre demande d'ouverture de compte professionnel",
        ],
        [
            "Madame, Monsieur,\n\nNous avons bien étudié votre demande de prêt personnel de {pret}.\n\nNous avons le plaisir de vous informer qu'elle a reçu un avis favorable. Votre offre de contrat de crédit est disponible dans votre espace client ; vous disposez d'un délai de rétractation de 14 jours à compter de sa signature.\n\nUn crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.\n\nCordialement,\nService Crédit",
            "Bonjour {name},\n\nMerci pour votre demande de carte Flux Premium. Malheureusement, nous ne pouvons pas y donner suite pour le moment : vos revenus déclarés ne permettent pas d'atteindre le plafond demandé.\n\nVotre compte reste actif avec la carte Flux Standard. Vous pourrez refaire une demande dans trois mois.\n\nL'équipe Flux",
            "Bonjour {me},\n\nSuite à notre rendez-vous, j'ai le plaisir de vous confirmer un accord de principe pour le financement de votre résidence principale à {ville}, à hauteur de {pret}, sous réserve de l'acceptation de l'assurance emprunteur et de l'évaluation du bien.\n\nJe vous recontacte dès réception du compromis de vente.\n\nBien cordialement,\n{rfirst} {rlast}\nConseiller(ère) clientèle",
            "Madame, Monsieur,\n\nNous regrettons de ne pas pouvoir donner une suite favorable à votre demande d'ouverture d'un compte professionnel. Conformément à nos obligations de vigilance, les justificatifs fournis concernant le bénéficiaire effectif ne nous ont pas permis de finaliser l'ouverture.\n\nEn cas de refus, vous pouvez solliciter la Banque de France au titre du droit au compte.\n\nSalutations distinguées,\nService Clients Entreprises",
        ],
        n=6,
        extra=FRX,
    ),
    # idea: bailleur social (commission d'attribution HLM) et CROUS pour un logement étudiant, liste d'attente
    Family(
        "oth_fr_r5_attribution_logement",
        "other",
        "[Habitat Sud Bailleur Social <attributions@habitat-sud.example>|Crous – Service Logement <logement@crous-region.example>|Office Public de l'Habitat <demande@oph-ville.example>]",
        [
            "Décision de la commission d'attribution",
            "Votre demande de logement social n° {nr}",
            "Votre demande de logement étudiant",
            "Votre demande de logement : liste d'attente",
        ],
        [
            "Madame, Monsieur,\n\nVotre candidature a été présentée à la commission d'attribution des logements du {date_fr} pour le T3 situé à {ville}.\n\nNous avons le regret de vous informer que le logement a été attribué à un autre candidat, classé en rang 1. Votre demande de logement social reste active et sera à nouveau examinée lors de prochaines vacances de logements.\n\nVeuillez agréer nos salutations distinguées.\nService Attributions",
            "Bonjour {name},\n\nBonne nouvelle : une chambre en résidence universitaire t'est proposée pour l'année universitaire (studio de 18 m², {ville}).\n\nTu dois accepter la proposition et régler le dépôt de garantie sur ta messagerie étudiante avant le {date_fr}. Passé ce délai, la chambre sera proposée à l'étudiant suivant sur liste complémentaire.\n\nLe Service Logement",
            "Madame, Monsieur,\n\nNous vous informons que votre demande de logement n° {nr} a bien été renouvelée. À ce jour, aucun logement correspondant à votre composition familiale n'est disponible. Le délai d'attente moyen sur votre secteur est de 28 mois.\n\nSi votre situation évolue (naissance, séparation, handicap), pensez à mettre à jour votre dossier.\n\nCordialement,\nL'Office Public de l'Habitat",
        ],
        n=6,
        extra=FRX,
    ),
    # Spanish -----------------------------------------------------------------------------
    # idea: aseguradora: rehúse de siniestro, indemnización parcial y respuesta del Servicio de Atención al Cliente con Defensor del Asegurado
    Family(
        "oth_es_r5_siniestro_reclamacion",
        "other",
        "[Siniestros Seguros Alborán <siniestros@alboran-seguros.example>|Atención al Cliente Mutua Ribera <reclamaciones@mutuaribera.example>|Seguros Faro <no-responder@segurosfaro.example>]",
        [
            "Siniestro {expediente}: resolución",
            "Respuesta a su reclamación",
            "Comunicación sobre su parte de siniestro",
            "Expediente {expediente}: estado de su siniestro",
        ],
        [
            "Estimado/a {me}:\n\nUna vez analizado el informe pericial del siniestro {expediente}, lamentamos comunicarle que no procede la indemnización solicitada. Los daños se deben a filtraciones continuadas por falta de mantenimiento, circunstancia excluida en el artículo 9 de las condiciones generales de su póliza de hogar.\n\nSi no está conforme, puede presentar reclamación ante nuestro Servicio de Atención al Cliente en el plazo de dos meses y, posteriormente, ante el Servicio de Reclamaciones de la Dirección General de Seguros.\n\nAtentamente,\nDepartamento de Siniestros",
            "Hola, {name}:\n\nHemos revisado tu parte por el robo de la bicicleta (exp. {expediente}). Reclamabas {importe}; te abonaremos {abonado} en los próximos días.\n\nLa diferencia corresponde a la franquicia y a la depreciación por antigüedad. Tienes el detalle en el área de clientes, desde donde también puedes pedir una revisión.\n\nUn saludo,\nSeguros Faro",
            "Estimado/a cliente:\n\nEn relación con su reclamación sobre la demora en la reparación de su vehículo, le informamos de que, tras estudiar el expediente {expediente}, no podemos estimar su queja, ya que el retraso se debió a la falta de piezas del fabricante.\n\nLe recordamos que puede dirigirse al Defensor del Asegurado o al Banco de España / DGSFP si lo considera oportuno.\n\nReciba un cordial saludo,\nServicio de Atención al Cliente",
        ],
        n=6,
        extra=ESX,
    ),
    # idea: aceleradora, concurso de emprendimiento o convocatoria pública de ayudas a la innovación para la empresa del destinatario
    Family(
        "oth_es_r5_aceleradora_ayudas",
        "other",
        "[Impulsa Sur <convocatoria@impulsasur.example>|Jurado Premio Jóvenes Emprendedores <premio@emprende-joven.example>|Agencia de Innovación <ayudas@agencia-innovacion.example>]",
        [
            "Resultado de tu candidatura a {programa}",
            "Novedades sobre vuestra candidatura",
            "Resolución provisional de la convocatoria",
            "Tu startup y {programa}",
        ],
        [
            "Hola, {name}:\n\nGracias por presentar tu startup al {programa}. Este año hemos recibido {big} candidaturas para 10 plazas.\n\nLamentablemente, tu proyecto no ha sido seleccionado para esta edición. El comité ha valorado mucho la propuesta, pero ha priorizado equipos con clientes de pago.\n\nTe animamos a presentarte de nuevo en la próxima convocatoria, que abrirá el {fecha}.\n\nUn abrazo,\nEquipo Impulsa Sur",
            "¡Enhorabuena, {name}!\n\nVuestro proyecto ha pasado a la siguiente fase del {programa}. El Demo Day será el {fecha} en {ciudad}: 5 minutos de pitch y preguntas del jurado de inversores.\n\nEnviadnos la presentación antes del {dia} y confirmad quién del equipo fundador asistirá.\n\n¡Nos vemos allí!\nEl equipo organizador",
            "Estimado/a {me}:\n\nSe le comunica la resolución provisional de la convocatoria de Ayudas a la Innovación para pymes. Su solicitud (expediente {nr}) ha sido DESESTIMADA por no alcanzar la puntuación mínima de 60 puntos en la evaluación técnica.\n\nDispone de un plazo de diez días hábiles para presentar alegaciones a través de la sede electrónica.\n\nAgencia de Innovación",
            "Hola {name}, te escribo rápido: no habéis entrado en el programa esta vez, sólo había 8 huecos 😕 Me gustó mucho el prototipo, si quieres te cuento por teléfono qué vio el comité.\n\nSaludos,\nDirectora del programa\nEnviado desde mi móvil",
        ],
        n=6,
        extra=ESX,
    ),
    # idea: banco: préstamo personal concedido, tarjeta denegada por scoring, hipoteca preaprobada, cuenta de empresa denegada
    Family(
        "oth_es_r5_decision_prestamo",
        "other",
        "[Banco Mediterráneo Digital <avisos@bancomediterraneo.example>|Caja Rural del Valle <gestor@cajavalle.example>|Financiera Prisma <decisiones@prisma-finance.example>]",
        [
            "Respuesta a tu solicitud de préstamo",
            "Tu solicitud de tarjeta de crédito",
            "Sobre tu solicitud de financiación",
            "Solicitud de cuenta para empresas",
        ],
        [
            "Hola, {name}:\n\n¡Buenas noticias! Tu préstamo personal de {prestamo} ha sido aprobado.\n\nPlazo: 60 meses\nTAE: 8,15 %\n\nFirma el contrato desde la app en los próximos 7 días y recibirás el dinero en tu cuenta en menos de 24 horas.\n\nBanco Mediterráneo Digital",
            "Estimado/a {me}:\n\nLe agradecemos su interés en nuestra tarjeta de crédito. Tras analizar su solicitud y consultar los ficheros de solvencia, lamentamos comunicarle que no podemos concederla en este momento.\n\nPuede solicitar una revisión de la decisión por una persona o ejercer su derecho de acceso a los datos utilizados.\n\nAtentamente,\nFinanciera Prisma",
            "Hola {me}:\n\nTal como hablamos en la oficina, te confirmo que tu hipoteca está preaprobada por un importe máximo de {prestamo}, a falta de la tasación del piso y de revisar tus últimas nóminas.\n\nCuando tengas el contrato de arras, me lo envías y seguimos.\n\nUn saludo,\n{rfirst} {rlast}\nGestor/a de clientes",
            "Estimado/a cliente:\n\nLamentamos informarle de que no es posible abrir la cuenta de empresa solicitada. La documentación sobre el titular real de la sociedad no cumple los requisitos de la normativa de prevención del blanqueo de capitales.\n\nPodrá presentar una nueva solicitud con la escritura de constitución y el certificado del Registro Mercantil.\n\nCaja Rural del Valle",
        ],
        n=6,
        extra=ESX,
    ),
    # idea: adjudicación de vivienda protegida (sorteo/baremo municipal) y residencia universitaria con lista de espera
    Family(
        "oth_es_r5_adjudicacion_vivienda",
        "other",
        "[Empresa Municipal de Vivienda <adjudicaciones@emv-ciudad.example>|Residencia Universitaria Campus Norte <admisiones@resi-campusnorte.example>|Registro de Demandantes de Vivienda <registro@vivienda-junta.example>]",
        [
            "Resultado del sorteo de vivienda protegida",
            "Tu solicitud de plaza en la residencia",
            "Inscripción en el Registro de Demandantes",
            "Lista de espera – solicitud {nr}",
        ],
        [
            "Estimado/a {me}:\n\nLe comunicamos que, celebrado el sorteo de las viviendas en alquiler asequible de la promoción de {ciudad}, su solicitud no ha resultado adjudicataria. Ha quedado en la posición {big} de la lista de reserva.\n\nSi alguna persona adjudicataria renuncia, nos pondremos en contacto con usted por orden de lista.\n\nAtentamente,\nÁrea de Adjudicaciones",
            "¡Hola, {name}!\n\nNos alegra decirte que has sido admitido/a en la residencia para el próximo curso. Se te ha asignado una habitación individual con baño.\n\nPara confirmar la plaza, abona la reserva antes del {fecha}. Si no lo haces, la plaza pasará a la siguiente persona en lista de espera.\n\nResidencia Campus Norte",
            "Estimado/a solicitante:\n\nLamentamos comunicarle que ya no quedan plazas libres en la residencia y no podemos admitir su solicitud ({nr}) por el momento. Permanece en lista de espera en el puesto {big}.\n\nLe recomendamos consultar la bolsa de alojamiento de la universidad.\n\nUn saludo,\nOficina de Admisiones",
            "Estimado/a {me}:\n\nSe ha resuelto favorablemente su inscripción en el Registro de Demandantes de Vivienda Protegida. Esta inscripción no supone la adjudicación de una vivienda; tiene una validez de tres años y deberá renovarla antes de su vencimiento.\n\nContra esta resolución puede interponerse recurso de alzada en el plazo de un mes.\n\nRegistro de Demandantes",
        ],
        n=6,
        extra=ESX,
    ),
    # Dutch -------------------------------------------------------------------------------
    # idea: verzekeraar: schadeclaim afgewezen of deels vergoed, klacht ongegrond met verwijzing naar het Kifid
    Family(
        "oth_nl_r5_schade_klacht",
        "other",
        "[Schadeafdeling Polderzeker <schade@polderzeker.example>|Klachtenteam Delta Verzekeringen <klachten@deltaverzekeringen.example>|Noordkaap Verzekeren <geen-antwoord@noordkaap.example>]",
        [
            "Uw schademelding {schadenr}",
            "Besluit over uw schadeclaim",
            "Reactie op uw klacht",
            "Afhandeling schade {schadenr}",
        ],
        [
            "Geachte heer/mevrouw {me},\n\nWij hebben uw schademelding {schadenr} (waterschade op {datum}) beoordeeld aan de hand van het rapport van de schade-expert.\n\nHelaas kunnen wij de schade niet vergoeden. De lekkage is ontstaan door achterstallig onderhoud aan de dakgoot, en dat is volgens artikel 6 van uw polisvoorwaarden uitgesloten.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen drie maanden bezwaar maken bij onze klachtencommissie. Daarna kunt u zich wenden tot het Klachteninstituut Financiële Dienstverlening (Kifid).\n\nMet vriendelijke groet,\nSchadeafdeling",
            "Hoi {name},\n\nWe hebben je claim {schadenr} voor de gestolen fiets afgehandeld. Je vroeg {bedrag}; wij keren {deel} uit. Het verschil komt door het eigen risico en de afschrijving vanwege de leeftijd van de fiets.\n\nHet geld staat binnen 5 werkdagen op je rekening. Niet eens met de berekening? Laat het ons weten via Mijn Noordkaap.\n\nGroetjes,\nNoordkaap Verzekeren",
            "Geachte heer/mevrouw {me},\n\nU heeft een klacht ingediend over de lange behandelduur van uw autoschade. Wij hebben uw dossier opnieuw bekeken en vinden uw klacht ongegrond: de vertraging ontstond doordat het expertiserapport van de tegenpartij lang uitbleef.\n\nDit is ons definitieve standpunt. U kunt uw klacht binnen drie maanden voorleggen aan het Kifid.\n\nMet vriendelijke groet,\nKlachtenteam",
        ],
        n=6,
        extra=NLX,
    ),
    # idea: accelerator, pitchwedstrijd of subsidieregeling voor innovatie: niet geselecteerd / door naar de pitchdag
    Family(
        "oth_nl_r5_accelerator_subsidie",
        "other",
        "[Startblok Oost <team@startblok-oost.example>|Jury Pitchwedstrijd Jonge Ondernemers <jury@jongeondernemers.example>|Regionaal Innovatieloket <subsidie@innovatieloket.example>]",
        [
            "Uitslag van je aanmelding voor {programma}",
            "Nieuws over jullie aanmelding",
            "Besluit op uw subsidieaanvraag {nr}",
            "Je aanmelding voor de nieuwe lichting",
        ],
        [
            "Hoi {name},\n\nBedankt dat je je startup hebt aangemeld voor {programma}. We kregen dit keer {big} aanmeldingen voor 10 plekken.\n\nHelaas zijn jullie niet geselecteerd voor deze lichting. De selectiecommissie koos vooral teams die al betalende klanten hebben. Dat zegt niets over de potentie van jullie idee – meld je vooral opnieuw aan voor de volgende ronde!\n\nSucces,\nTeam Startblok",
            "Hi {name},\n\nGefeliciteerd! Jullie zijn door naar de volgende ronde van {programma}. De pitchdag is op {dag} {datum} in {stad}: 5 minuten pitchen en daarna vragen van de jury.\n\nStuur je pitchdeck uiterlijk drie dagen van tevoren en laat weten wie van het oprichtersteam komt.\n\nTot dan!\nDe organisatie",
            "Geachte heer/mevrouw {me},\n\nU heeft subsidie aangevraagd voor uw innovatieproject (aanvraagnummer {nr}). Wij hebben besloten uw aanvraag af te wijzen, omdat het subsidieplafond is bereikt en uw project lager is gerangschikt dan de gehonoreerde projecten.\n\nTegen dit besluit kunt u binnen zes weken na de verzenddatum bezwaar maken.\n\nMet vriendelijke groet,\nnamens Gedeputeerde Staten,\nRegionaal Innovatieloket",
            "{name}, even kort: jullie zijn niet door naar de finale van de pitchwedstrijd, het was echt nipt. Mocht je feedback van de jury willen, bel me gerust.\n\nGr,\nProgrammamanager\nVerzonden vanaf mijn telefoon",
        ],
        n=6,
        extra=NLX,
    ),
    # idea: bank: persoonlijke lening afgewezen na BKR-toetsing, creditcard goedgekeurd, hypotheekofferte, zakelijke rekening
    Family(
        "oth_nl_r5_kredietbesluit",
        "other",
        "[Lindeboom Bank <noreply@lindeboombank.example>|Kredietdesk Hollandsche Spaarbank <krediet@hollandsche-spaarbank.example>|Zakelijk Team Tulp Bank <zakelijk@tulpbank.example>]",
        [
            "Uw aanvraag voor een persoonlijke lening",
            "Besluit op je aanvraag",
            "Uw hypotheekofferte",
            "Aanvraag zakelijke rekening – besluit",
        ],
        [
            "Geachte heer/mevrouw {me},\n\nBedankt voor uw aanvraag voor een persoonlijke lening van {lening}. Wij hebben uw aanvraag getoetst, onder andere bij het BKR in Tiel.\n\nHelaas kunnen wij u op dit moment geen lening verstrekken. Verantwoord lenen staat voor ons voorop, en op basis van uw inkomen en lasten past dit bedrag niet bij uw financiële situatie.\n\nU kunt ons vragen dit besluit te laten herbeoordelen door een medewerker.\n\nMet vriendelijke groet,\nKredietdesk",
            "Hoi {name},\n\nGoed nieuws: je creditcard is goedgekeurd! Je bestedingslimiet is € 2.500. De kaart komt binnen vijf werkdagen met de post; je pincode ontvang je apart.\n\nLet op! Geld lenen kost geld.\n\nLindeboom Bank",
            "Beste {me},\n\nHierbij ontvangt u de bindende hypotheekofferte voor uw woning in {stad}, voor een bedrag van {lening}. De offerte is geldig tot {datum}. Stuur de getekende offerte samen met het taxatierapport naar uw adviseur.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nHypotheekadviseur",
            "Geachte heer/mevrouw {me},\n\nWij hebben uw aanvraag voor een zakelijke rekening beoordeeld. Helaas kunnen wij geen rekening openen voor uw onderneming, omdat wij onvoldoende inzicht hebben gekregen in de uiteindelijk belanghebbenden (UBO's).\n\nU kunt een nieuwe aanvraag doen met een actueel uittreksel van de Kamer van Koophandel.\n\nMet vriendelijke groet,\nZakelijk Team",
        ],
        n=6,
        extra=NLX,
    ),
    # idea: woningcorporatie via het woonruimteverdeelsysteem (reactie op woning, urgentie) en studentenhuisvester
    Family(
        "oth_nl_r5_woningtoewijzing",
        "other",
        "[Woonstichting De Linde <verhuur@woonstichting-delinde.example>|WoonNet Regio <noreply@woonnet-regio.example>|Studentenhuisvesting Campuswonen <info@campuswonen.example>]",
        [
            "Uitslag van uw reactie op woning {nr}",
            "Besluit op uw urgentieaanvraag",
            "Je inschrijving bij Campuswonen",
            "Wachtlijst studentenkamers",
        ],
        [
            "Beste {me},\n\nU heeft gereageerd op de woning aan de Lindelaan in {stad} (advertentie {nr}). Helaas is de woning niet aan u toegewezen. Er waren {big} reacties en een andere woningzoekende had een langere inschrijfduur.\n\nU kunt blijven reageren op het actuele aanbod. Uw inschrijving blijft gewoon geldig.\n\nMet vriendelijke groet,\nWoonNet Regio",
            "Geachte heer/mevrouw {me},\n\nDe urgentiecommissie heeft uw aanvraag voor een urgentieverklaring behandeld. De commissie heeft besloten uw aanvraag af te wijzen, omdat uw woonprobleem niet valt onder de urgentiecategorieën van de huisvestingsverordening.\n\nBent u het niet eens met dit besluit? U kunt binnen zes weken bezwaar maken.\n\nMet vriendelijke groet,\nWoonstichting De Linde",
            "Hoi {name}!\n\nJe bent aan de beurt: we bieden je een kamer aan in ons complex in {stad} (16 m², gedeelde keuken), per de 1e van volgende maand.\n\nAccepteer de kamer vóór {datum} via je account, anders gaat hij naar de volgende op de wachtlijst.\n\nTot snel,\nCampuswonen",
            "Beste {{{{voornaam}}}},\n\nHelaas hebben we op dit moment geen kamer voor je beschikbaar. Je staat op plek {big} van de wachtlijst. Houd je inschrijving actief door elke drie maanden in te loggen.\n\nGroet,\nCampuswonen",
        ],
        n=6,
        extra=NLX,
    ),
]
