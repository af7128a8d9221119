# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 9b: everyday look-alikes beside round 9, in German, Dutch, French and Spanish.

Round 9 (families_round9.py) wrote tests, approaches, receipts and offers in these four
languages, and `generate.py` does not read it yet. This file is the `other` mail meant to
stand beside it: everyday mail that uses the same words (Termin, Gespräch, Zusage, Vertrag,
toets, gesprek, contract, entretien, refus, contrat, cita, entrevista, prueba, contrato,
"unfortunately", "congratulations", "we received your request") and is not about a job.
`generate.py` does not read this file either.

A. Appointments with doctors, dentists, physiotherapists, labs and vaccination services:
   a booking confirmed in an app, a cancelled slot with a new time offered, a reminder with
   the late-cancellation fee, a blood-test result, an invitation to a flu jab.
B. Appointments with the rest of life: the town hall (Bürgeramt, gemeente, mairie,
   ayuntamiento), the car inspection (HU, APK, contrôle technique, ITV), a bank adviser who
   wants to meet, a parent-teacher evening or a teacher asking one family in.
C. Decisions and receipts: a daycare place offered or not (Kita-Platz, kinderopvang,
   crèche, escuela infantil), a sports club's waiting list, a music school's audition or
   entrance test, a housing co-op's choice, a school-trip grant received.
D. Contracts and congratulations: a phone, internet or energy contract confirmed, a gym
   membership contract, a raffle or tombola win, an IT certificate exam booked privately at
   a test centre and its "congratulations, you passed".

Each family has its own made-up senders on .example domains. Wording ideas come from how
practices, town halls, schools, clubs and utilities in each country usually write, formal
and informal; every sentence is new and each language is written on its own, not
translated from another. Dates, weekdays, times and cities come from families_languages;
the other slot values (reference numbers, children's names, number plates, certificates)
are made up here."""

from families_languages import DE, ES, FR, NL
from generate import Family

# Extra slot values per language (values only; the wording lives in the families).
DE_9B = {
    **DE,
    "vorgang": ["A-20481", "TV-7731-09", "K 4415/26", "NR 330127", "2026-118406"],
    "kind": ["Mia", "Emil", "Lotta", "Ben", "Ida", "Paul", "Frieda", "Jonas"],
    "berater": ["Katrin Sommerfeld", "Tobias Brandl", "Ayşe Demir", "Jens Hollmann"],
    "lehrkraft": ["Frau Albers", "Frau Nikolić", "Herr Weigand", "Frau Lindqvist"],
    "kennzeichen": ["B-KL 2841", "HH-MR 517", "M-TS 9034", "K-AO 1276", "L-JE 88"],
    "los": ["0417", "1182", "0096", "2543", "0738"],
    "zertifikat": [
        "ITIL 4 Foundation",
        "AWS Certified Cloud Practitioner",
        "LPIC-1 (Prüfung 101)",
        "PRINCE2 Foundation",
        "Microsoft Azure Fundamentals (AZ-900)",
    ],
}
NL_9B = {
    **NL,
    "kenmerk": ["A-204817", "2026-0419", "PZ 55302", "KL-7716", "88123-B"],
    "kind": ["Sem", "Noor", "Lieke", "Daan", "Fenna", "Bram", "Saar", "Milan"],
    "adviseur": ["Marieke de Boer", "Joost Hendriks", "Samira El Amrani", "Pieter Vos"],
    "kenteken": ["K-123-BT", "56-RLN-4", "GH-802-P", "3-TXV-17", "ZL-44-KD"],
    "lot": ["004172", "118230", "090561", "231877", "073004"],
    "certificaat": [
        "ITIL 4 Foundation",
        "AWS Certified Cloud Practitioner",
        "Professional Scrum Master I",
        "PRINCE2 Foundation",
        "Microsoft Azure Fundamentals",
    ],
}
FR_9B = {
    **FR,
    "dossier": ["PE-2026-0412", "CL 771 093", "RDV-58214", "2026/1187", "FA-330945"],
    "enfant": ["Léa", "Hugo", "Chloé", "Nathan", "Inès", "Louis", "Jade", "Malo"],
    "conseillere": ["Sophie Garnier", "Nadia Haddad", "Claire Morvan", "Élodie Perret"],
    "prof": ["Durand", "Lefebvre", "Mercier", "Bonnet", "Gauthier"],
    "immat": ["FG-214-KL", "DZ-908-AB", "GB-377-TR", "EK-051-PM"],
    "ticket": ["0147", "0892", "1263", "0035", "0718"],
    "benevole": ["Mathilde", "Karim", "Agnès", "Yann"],
    "certif": [
        "ITIL 4 Foundation",
        "AWS Certified Cloud Practitioner",
        "Professional Scrum Master I",
        "PRINCE2 Foundation",
        "Microsoft Azure Fundamentals (AZ-900)",
    ],
}
ES_9B = {
    **ES,
    "expediente": ["CP-2026-04812", "7731-B", "LOC 55K9QZ", "2026/00418", "EXP-30912"],
    "nino": ["Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Valeria", "Daniel"],
    "gestor": ["Marta Ibáñez", "Javier Romero", "Nuria Castells", "Alberto Gil"],
    "profe": ["Carmen", "Raúl", "Begoña", "Andrés"],
    "matricula": ["4821 KLM", "0917 HBD", "7302 JTR", "5566 LCX"],
    "papeleta": ["0417", "2290", "0063", "1508", "3371"],
    "certificacion": [
        "ITIL 4 Foundation",
        "AWS Certified Cloud Practitioner",
        "Professional Scrum Master I",
        "PRINCE2 Foundation",
        "Microsoft Azure Fundamentals (AZ-900)",
    ],
}

FAMILIES: list[Family] = [
    # German -------------------------------------------------------------------------------
    # idea: my own picture of German practices and booking apps: a Hausarzt booking confirmed, a dental cleaning cancelled with a self-service link, a physio reminder with the no-show fee, a lab result that stays off e-mail, a flu-jab slot
    Family(
        "oth_r9b_de_praxistermine",
        "other",
        "[Praxis Dr. Winterhalder <termine@praxis-winterhalder.example>|Zahnarztpraxis Am Lindenplatz <rezeption@zahnarzt-lindenplatz.example>|Physiotherapie Bewegungsraum <praxis@bewegungsraum-physio.example>|Terminservice MediPlan <noreply@mediplan-termine.example>]",
        [
            "Terminbestätigung: {tag}, {datum} um {uhr} Uhr",
            "Ihr Termin muss leider verschoben werden",
            "Erinnerung: Ihr Termin morgen",
            "Ihre Laborergebnisse liegen vor",
            "Bitte wählen Sie einen neuen Termin",
            "Impftermin gebucht",
        ],
        [
            "Hallo {me},\n\nIhr Termin ist gebucht.\n\nPraxis: Dr. med. Winterhalder, Allgemeinmedizin\nDatum: {tag}, {datum}\nUhrzeit: {uhr} Uhr\nAnlass: [Gesundheits-Check-up|Nachkontrolle|Erstgespräch als neue Patientin / neuer Patient|Besprechung der Befunde]\n\nBitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher in der App ab, damit wir ihn an andere Patientinnen und Patienten vergeben können.\n\nIhr MediPlan-Terminservice",
            "Sehr geehrte/r {me},\n\nleider müssen wir Ihren Termin zur professionellen Zahnreinigung am {datum} absagen, da unsere Prophylaxe-Fachkraft kurzfristig erkrankt ist. Wir bitten um Ihr Verständnis.\n\nÜber den Link in dieser E-Mail können Sie sich selbst einen neuen Termin aussuchen – oder Sie rufen uns während der Sprechzeiten an, dann finden wir gemeinsam etwas Passendes.\n\nMit freundlichen Grüßen\nIhr Praxisteam",
            "Hallo {name}, kurze Erinnerung: Morgen um {uhr} Uhr ist deine Krankengymnastik (Termin {n} von 10 laut Verordnung). Bring bitte ein großes Handtuch und bequeme Kleidung mit. Falls etwas dazwischenkommt, sag bis heute Abend ab – sonst müssen wir die ausgefallene Stunde leider privat in Rechnung stellen. Bis morgen!",
            "Guten Tag {me},\n\ndie Ergebnisse Ihrer Blutuntersuchung vom {datum} sind da. [Die Werte sind unauffällig, eine Besprechung ist nicht nötig.|Die meisten Werte sind unauffällig; den leicht erhöhten Cholesterinwert möchte die Ärztin aber kurz mit Ihnen besprechen.] Gern können Sie dafür einen Telefontermin oder ein kurzes Gespräch in der Sprechstunde vereinbaren.\n\nAus Datenschutzgründen verschicken wir keine Befunde per E-Mail. Den ausgedruckten Laborbericht können Sie am Empfang abholen.\n\nFreundliche Grüße\nIhr Praxisteam",
            "Hallo {name},\n\ndein Impftermin ([Grippeschutz|Grippeschutz und Tetanus-Auffrischung|Corona-Auffrischung]) ist gebucht: {tag}, {datum}, {uhr} Uhr. Bitte bring deinen Impfpass und die Versichertenkarte mit und plane nach der Impfung etwa 15 Minuten im Wartezimmer ein.\n\nDu hast keine Zeit mehr? Dann storniere den Termin bitte über die App, damit jemand anderes nachrücken kann.\n\nDein MediPlan-Team",
        ],
        n=5,
        extra=DE_9B,
    ),
    # idea: my own sketch of German letters from the rest of daily life: a Bürgeramt booking with its Vorgangsnummer, a Sparkasse adviser inviting to a Beratungsgespräch, a school's Elternsprechtag, a teacher asking parents in, a HU appointment
    Family(
        "oth_r9b_de_amt_bank_schule",
        "other",
        "[Bürgeramt Lindenau <terminvergabe@buergeramt-lindenau.example>|Sparkasse Rheinauen <beratung@sparkasse-rheinauen.example>|Grundschule am Weidenhof <sekretariat@gs-weidenhof.example>|Prüfstelle Nord <termine@pruefstelle-nord.example>]",
        [
            "Ihre Terminbuchung beim Bürgeramt",
            "Einladung zum Beratungsgespräch",
            "Elternsprechtag – bitte Zeitfenster wählen",
            "Hauptuntersuchung: Termin bestätigt",
            "Gesprächstermin am {datum}",
        ],
        [
            "Sehr geehrte/r {me},\n\nhiermit bestätigen wir Ihre Terminbuchung.\n\nDienstleistung: [Personalausweis beantragen|Reisepass beantragen|Wohnsitz anmelden|Führungszeugnis beantragen]\nTermin: {tag}, {datum}, {uhr} Uhr\nVorgangsnummer: {vorgang}\n\nBitte bringen Sie alle erforderlichen Unterlagen im Original mit. Ohne Vorgangsnummer können wir Sie leider nicht aufrufen. Wenn Sie den Termin nicht mehr benötigen, stornieren Sie ihn bitte, damit er neu vergeben werden kann.\n\nIhr Bürgeramt\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
            "Guten Tag {me},\n\nvielen Dank für Ihre Anfrage zur Baufinanzierung. Gern lade ich Sie zu einem persönlichen Beratungsgespräch in unsere Filiale ein. Mein Vorschlag: {tag}, {datum}, um {uhr} Uhr; wir sollten etwa eine Stunde einplanen.\n\nDamit wir die Zeit gut nutzen, bringen Sie bitte Ihre letzten drei Gehaltsabrechnungen, eine Übersicht über Ihr Eigenkapital und – falls vorhanden – das Exposé der Immobilie mit. Passt Ihnen der Termin nicht, antworten Sie einfach auf diese Nachricht; das Gespräch geht auch per Video.\n\nFreundliche Grüße\n{berater}\nBaufinanzierung",
            "Liebe Eltern,\n\nam {tag}, den {datum}, findet von 15 bis 19 Uhr unser Elternsprechtag statt. Jedes Gespräch dauert zehn Minuten. Bitte tragen Sie sich bis Ende der Woche im Schulportal in ein freies Zeitfenster bei der Klassenleitung ein; Termine bei Fachlehrkräften können Sie zusätzlich buchen.\n\nWer an diesem Nachmittag verhindert ist, vereinbart bitte direkt mit der Lehrkraft einen anderen Termin.\n\nMit freundlichen Grüßen\nDie Schulleitung",
            "Liebe Eltern von {kind},\n\nich würde gern mit Ihnen über die letzten Wochen sprechen – nichts Dramatisches, aber ein paar Dinge bespreche ich lieber persönlich als per Mail. Hätten Sie am {tag} nach der sechsten Stunde Zeit, so gegen 13:15 Uhr? Falls das nicht geht, telefonieren wir gern auch an einem Abend.\n\nViele Grüße\n{lehrkraft}\nKlassenleitung 3b",
            "Hallo {name},\n\ndein Termin für die Hauptuntersuchung ist bestätigt: {tag}, {datum}, {uhr} Uhr.\nFahrzeug: {kennzeichen}\n\nBitte bring die Zulassungsbescheinigung Teil I mit. Die Prüfung dauert etwa 30 Minuten. Findet der Prüfer erhebliche Mängel, bekommst du keine neue Plakette, sondern einen Monat Zeit für die Nachprüfung.\n\nGute Fahrt!\nDeine Prüfstelle",
        ],
        n=5,
        extra=DE_9B,
    ),
    # idea: my own version of German decisions outside work: a Kita-Platz offered with a Betreuungsvertrag, a Kita refusal that points to the Rechtsanspruch, a portal status change, a sports club's waiting list, a music school's Vorspiel, a Förderverein receiving a request
    Family(
        "oth_r9b_de_kita_verein_zusage",
        "other",
        "[Kita-Platzvergabe Stadt Lindenau <kitaplatz@lindenau.example>|TSV Blau-Weiß 1911 e. V. <mitglieder@tsv-blauweiss.example>|Musikschule Klangwerk <verwaltung@musikschule-klangwerk.example>|Förderverein der Gesamtschule Ost <foerderverein@gesamtschule-ost.example>]",
        [
            "Zusage für einen Betreuungsplatz",
            "Ihre Bewerbung um einen Kita-Platz",
            "Aufnahmeantrag – Warteliste",
            "Ergebnis des Vorspiels",
            "Ihr Antrag ist eingegangen",
            "Neuer Status Ihrer Anmeldung",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen für {kind} ab dem {datum} einen Betreuungsplatz in der Kita Sonnenwiese anbieten zu können (Krippengruppe, 35 Wochenstunden).\n\nBitte nehmen Sie die Zusage innerhalb von 14 Tagen im Elternportal an. Danach schicken wir Ihnen den Betreuungsvertrag und laden Sie zu einem Aufnahmegespräch ein, in dem wir die Eingewöhnung planen. Ohne Rückmeldung vergeben wir den Platz an die nächste Familie auf der Liste.\n\nMit freundlichen Grüßen\nKita-Platzvergabe",
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbung um einen Kita-Platz für {kind}. Leider können wir Ihnen zum gewünschten Termin keinen Platz anbieten: Für das kommende Kita-Jahr lagen uns [über 140|fast 200|rund 170] Anmeldungen für [18|24|30] freie Plätze vor.\n\nIhre Anmeldung bleibt auf der Warteliste, solange Sie sie nicht zurückziehen; wird ein Platz frei, melden wir uns. Unabhängig davon haben Sie einen Rechtsanspruch auf Betreuung – wenden Sie sich dafür bitte an das Jugendamt.\n\nMit freundlichen Grüßen\nIhre Kita-Platzvergabe",
            "Kita-Portal: Der Status Ihrer Anmeldung {vorgang} hat sich geändert.\n\nNeuer Status: [Platzangebot liegt vor|Auf Warteliste|Unterlagen unvollständig]\n\nBitte melden Sie sich im Portal an, um Einzelheiten zu sehen.",
            "Hallo {name},\n\ndanke für deinen Aufnahmeantrag! Unsere [Volleyball|Badminton|Schwimm]-Abteilung ist im Moment leider voll – wir haben nur Hallenzeit für zwei Gruppen. Wir haben dich auf die Warteliste gesetzt (Platz {n}). Sobald jemand aufhört, melden wir uns, und du kannst zu einem Schnuppertraining vorbeikommen.\n\nSportliche Grüße\nMitgliederverwaltung",
            "Liebe Familie,\n\nvielen Dank, dass {kind} beim Vorspiel für unsere Begabtenförderung dabei war. Die Jury war sehr angetan und hat entschieden, {kind} ab dem neuen Schuljahr ins Förderprogramm aufzunehmen: eine zusätzliche Unterrichtsstunde pro Woche und ein Platz im Jugendorchester.\n\nHerzlichen Glückwunsch! Die Vereinbarung für das Schuljahr geht Ihnen in den nächsten Tagen per Post zu.\n\nMusikschule Klangwerk",
            "Sehr geehrte/r {me},\n\nIhr Antrag auf einen Zuschuss zur Klassenfahrt Ihres Kindes [an die Ostsee|nach Prag|in den Harz] ist bei uns eingegangen. Der Vorstand entscheidet in seiner nächsten Sitzung am {datum} über alle Anträge; danach erhalten Sie eine schriftliche Nachricht. Ihre Angaben behandeln wir selbstverständlich vertraulich.\n\nMit freundlichen Grüßen\nFörderverein der Gesamtschule Ost",
        ],
        n=6,
        extra=DE_9B,
    ),
    # idea: my own picture of German contract and congratulation mail from private life: a Mobilfunkvertrag with Widerruf, a Stadtwerke welcome with the Abschlag, a gym's Mitgliedsvertrag in the app, a tombola win, an IT exam booked at a test centre and passed
    Family(
        "oth_r9b_de_vertrag_glueckwunsch",
        "other",
        "[FunkNetz Mobil <service@funknetz-mobil.example>|Stadtwerke Lindenau <kundenservice@stadtwerke-lindenau.example>|Athletikhaus Fitness <vertrag@athletikhaus.example>|Prüfungszentrum CertPoint <exam@certpoint.example>]",
        [
            "Ihre Vertragsbestätigung",
            "Willkommen – Ihr Stromliefervertrag",
            "Dein Mitgliedsvertrag ist aktiv",
            "Herzlichen Glückwunsch – Sie haben gewonnen!",
            "Prüfungstermin bestätigt",
            "Ihr Prüfungsergebnis",
        ],
        [
            "Hallo {me},\n\nvielen Dank für Ihren Auftrag. Hiermit bestätigen wir Ihren neuen Mobilfunkvertrag:\n\nTarif: [Allnet 20 GB|Allnet Unlimited|Basic 8 GB]\nMindestlaufzeit: 24 Monate\nKundennummer: {vorgang}\nRufnummernmitnahme: beantragt\n\nIhre SIM-Karte ist unterwegs. Die Vertragszusammenfassung und die AGB finden Sie im Anhang. Sie können den Vertrag innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen.\n\nIhr Kundenservice",
            "Sehr geehrte/r {me},\n\nherzlich willkommen! Wir haben Ihren Auftrag angenommen und beliefern Ihre Wohnung ab dem {datum} mit Ökostrom. Ihren bisherigen Vertrag kündigen wir für Sie.\n\nIhr monatlicher Abschlag beträgt [58|64|72|81] Euro. Bitte teilen Sie uns zum Lieferbeginn Ihren Zählerstand mit – am einfachsten im Kundenportal.\n\nMit freundlichen Grüßen\nIhre Stadtwerke",
            "Hey {name}, willkommen im Athletikhaus! 💪 Dein Mitgliedsvertrag ist aktiv: 12 Monate Laufzeit, danach monatlich kündbar. Den Vertrag als PDF und deinen Zugangscode für die Tür findest du in der App. Trainingsstart ab sofort!",
            "Liebe/r {me},\n\nherzlichen Glückwunsch! Bei der Tombola auf unserem Sommerfest wurde Ihr Los Nr. {los} gezogen. Sie haben [einen Gutschein für ein Abendessen zu zweit|ein Fahrrad-Service-Paket|ein Wochenende im Harz für zwei Personen] gewonnen.\n\nDen Gewinn können Sie bis zum {datum} in der Geschäftsstelle abholen, dienstags und donnerstags von 17 bis 19 Uhr. Bitte bringen Sie das Los mit.\n\nSportliche Grüße\nDer Festausschuss",
            "Guten Tag {me},\n\nIhre Prüfung ist gebucht.\n\nPrüfung: {zertifikat}\nTermin: {tag}, {datum}, {uhr} Uhr\nOrt: Testcenter {ort}\nBuchungsnummer: {vorgang}\n\nBitte kommen Sie 30 Minuten vor Beginn und bringen Sie einen amtlichen Lichtbildausweis mit. Bis 48 Stunden vor dem Termin können Sie kostenlos umbuchen.\n\nViel Erfolg!\nIhr Prüfungszentrum",
            "Hallo {name},\n\nherzlichen Glückwunsch – Sie haben die Prüfung {zertifikat} bestanden! Erreichte Punktzahl: [812|845|768|903] von 1000 (Bestehensgrenze: 700).\n\nIhr Zertifikat steht ab sofort als PDF und als digitales Abzeichen in Ihrem Kandidatenkonto bereit. Es ist [drei Jahre|unbegrenzt] gültig.\n\nIhr Prüfungsteam",
        ],
        n=6,
        extra=DE_9B,
    ),
    # Dutch --------------------------------------------------------------------------------
    # idea: my own sketch of Dutch care mail: a booking app confirming a huisarts visit, a tandarts moving the halfjaarlijkse controle, a fysio reminder with the afzegregel, a bloeduitslag, a griepprik invitation
    Family(
        "oth_r9b_nl_zorgafspraken",
        "other",
        "[Huisartsenpraktijk De Linde <assistente@hapdelinde.example>|Tandartspraktijk Stralend <afspraken@tandartsstralend.example>|Fysiotherapie In Beweging <planning@fysio-inbeweging.example>|MijnAfspraak Zorg <noreply@mijnafspraak.example>]",
        [
            "Bevestiging van uw afspraak",
            "Uw afspraak is verplaatst",
            "Herinnering: afspraak morgen om {tijd}",
            "Uitslag van uw bloedonderzoek",
            "Uitnodiging griepprik",
        ],
        [
            "Beste {me},\n\nUw afspraak is bevestigd.\n\nWaar: Huisartsenpraktijk De Linde, {stad}\nWanneer: {dag} {datum}, {tijd}\nBij: [de huisarts|de praktijkondersteuner|de doktersassistente]\nDuur: 10 minuten\n\nKunt u niet? Zeg de afspraak dan uiterlijk 24 uur van tevoren af via de app. Bij niet verschijnen kunnen wij kosten in rekening brengen.\n\nMijnAfspraak Zorg",
            "Beste {me},\n\nHelaas moeten wij uw afspraak voor de halfjaarlijkse controle op {datum} verplaatsen, omdat de tandarts die dag een nascholing volgt. Onze excuses voor het ongemak.\n\nWe hebben alvast een nieuwe tijd voor u vastgehouden: de week erna op {dag} om {tijd}. Komt dat niet uit? Bel ons even of kies via de link in deze mail zelf een ander moment.\n\nMet vriendelijke groet,\nDe balie",
            "Hoi {name}, herinnering: morgen om {tijd} heb je fysio. Dit is behandeling {n} van de 9 die je aanvullende verzekering vergoedt. Neem een handdoek mee! Afzeggen kan tot vandaag 17:00 uur, daarna brengen we de behandeling in rekening. Tot morgen!",
            "Beste {me},\n\nDe uitslag van het bloedonderzoek dat op {datum} bij de prikpost is afgenomen, is binnen. De huisarts heeft de waarden bekeken en [ziet geen bijzonderheden|wil het ijzergehalte graag even met u bespreken]. U kunt de uitslag ook zelf inzien in de patiëntenapp.\n\nWilt u een telefonisch consult inplannen? Bel dan op werkdagen tussen 8:00 en 10:00 uur met de assistente.\n\nMet vriendelijke groet,\nHuisartsenpraktijk De Linde",
            "Beste {me},\n\nU bent uitgenodigd voor de jaarlijkse griepprik. U kunt zonder afspraak langskomen op {dag} {datum} tussen 14:00 en 17:00 uur in de praktijk. Neem deze uitnodiging en uw identiteitsbewijs mee, en trek een shirt met korte mouwen aan – dan gaat het sneller.\n\nMet vriendelijke groet,\nDe huisartsen en assistentes",
        ],
        n=5,
        extra=NL_9B,
    ),
    # idea: my own version of Dutch everyday appointments: a gemeente balie booking with an afspraaknummer, a garage reserving a spot for the APK, a bank's oriënterend hypotheekgesprek, the tienminutengesprekken, a one-line reminder
    Family(
        "oth_r9b_nl_gemeente_apk_school",
        "other",
        "[Gemeente Waterland – Publiekszaken <afspraken@gemeente-waterland.example>|Garage Van Dam <werkplaats@garagevandam.example>|Bank Noordkwartier <adviseur@banknoordkwartier.example>|OBS De Regenboog <administratie@obsderegenboog.example>]",
        [
            "Bevestiging afspraak gemeente",
            "Uw APK-afspraak",
            "Uitnodiging voor een kennismakingsgesprek",
            "Tienminutengesprekken: kies een tijd",
            "Herinnering: uw afspraak morgen",
        ],
        [
            "Geachte heer/mevrouw {me},\n\nU heeft een afspraak gemaakt bij de gemeente.\n\nProduct: [paspoort aanvragen|identiteitskaart ophalen|rijbewijs verlengen|verhuizing doorgeven]\nDatum en tijd: {dag} {datum}, {tijd} uur\nLocatie: Stadskantoor, balie Publiekszaken\nAfspraaknummer: {kenmerk}\n\nNeem uw huidige identiteitsbewijs en een recente pasfoto mee. Bent u meer dan vijf minuten te laat, dan kunnen wij u helaas niet meer helpen en moet u een nieuwe afspraak maken.\n\nMet vriendelijke groet,\nGemeente Waterland",
            "Hoi {name},\n\nDe APK van je auto ({kenteken}) verloopt over vier weken. We hebben alvast een plekje voor je vrijgehouden: {dag} {datum} om {tijd}. Breng de auto gerust 's ochtends, dan bellen we je zodra hij klaar is. Vinden we iets waarvoor hij afgekeurd zou worden, dan overleggen we eerst met je voordat we gaan repareren.\n\nKlopt de tijd niet? Stuur even een berichtje terug.\n\nGroeten,\nGarage Van Dam",
            "Beste {me},\n\nBedankt voor uw aanvraag. Graag nodig ik u uit voor een oriënterend hypotheekgesprek op ons kantoor in {stad}, op {dag} {datum} om {tijd}. Het gesprek duurt ongeveer een uur en is kosteloos en vrijblijvend. Wilt u een recente salarisstrook en een overzicht van uw vaste lasten meenemen?\n\nEen videogesprek kan ook. Laat u mij weten wat u het beste uitkomt?\n\nMet vriendelijke groet,\n{adviseur}\nHypotheekadviseur",
            "Beste ouder(s)/verzorger(s),\n\nIn de week van {datum} zijn weer de tienminutengesprekken. U bespreekt dan met de leerkracht het rapport van uw kind. Via de ouderapp kunt u vanaf vandaag zelf een tijd kiezen; vol is vol. Heeft u meer tijd nodig, laat het de leerkracht weten, dan plannen we een apart gesprek.\n\nMet vriendelijke groet,\nTeam OBS De Regenboog",
            "Herinnering: morgen om {tijd} uur heeft u een afspraak bij Publiekszaken (nr. {kenmerk}). Vergeet uw pasfoto en identiteitsbewijs niet. Kunt u niet komen? Annuleer de afspraak dan via de website.",
        ],
        n=5,
        extra=NL_9B,
    ),
    # idea: my own picture of Dutch decisions outside work: a kinderopvang plaatsingsaanbod with an intakegesprek, no place on the wanted days, a hockey club's wachtlijst, a music school's audition that ends in a no, a wooncoöperatie choosing a new resident, a school-trip fund receipt
    Family(
        "oth_r9b_nl_opvang_vereniging",
        "other",
        "[Kinderopvang Het Speelkwartier <plaatsing@speelkwartier.example>|Hockeyclub De Kievit <ledenadministratie@hcdekievit.example>|Muziekschool De Toonladder <info@toonladder.example>|Wooncoöperatie De Hofjes <bestuur@dehofjes.example>]",
        [
            "Plaatsingsaanbod kinderopvang",
            "Uw aanvraag voor kinderopvang",
            "Je aanmelding als lid",
            "Uitslag auditie vooropleiding",
            "Besluit over de vrijgekomen woning",
            "Wij hebben uw aanvraag ontvangen",
        ],
        [
            "Beste {me},\n\nGoed nieuws: wij kunnen {kind} per {datum} een plek aanbieden op onze babygroep, voor twee dagen per week. Het plaatsingsaanbod en de overeenkomst vindt u in de bijlage.\n\nWilt u de overeenkomst binnen tien dagen ondertekend terugsturen? Daarna plannen wij een intakegesprek met de pedagogisch medewerker om de wenperiode af te spreken.\n\nHartelijke groet,\nAfdeling Plaatsing",
            "Beste {me},\n\nHelaas kunnen wij {kind} op dit moment geen plaats aanbieden op de door u gewenste dagen. Vooral op maandag en dinsdag is de wachtlijst lang. Uw inschrijving blijft staan, en uw plek op de wachtlijst hangt af van de inschrijfdatum.\n\nKunt u schuiven met dagen of locatie? Dan lukt het misschien eerder. Laat het ons gerust weten.\n\nMet vriendelijke groet,\nKinderopvang Het Speelkwartier",
            "Hoi {name},\n\nLeuk dat je lid wilt worden! We hebben je aanmelding ontvangen. Op dit moment zitten alle seniorenteams vol, dus je staat op de wachtlijst als nummer {n}. Je mag wel alvast drie keer meetrainen op {dag}avond om kennis te maken.\n\nSportieve groet,\nLedenadministratie",
            "Beste ouders van {kind},\n\nHartelijk dank voor de deelname aan de auditie voor de vooropleiding. De commissie heeft met veel plezier geluisterd. Helaas kunnen wij {kind} dit jaar geen plek aanbieden: er waren [32|41|27] aanmeldingen voor [acht|tien|zes] plaatsen. We moedigen jullie van harte aan om volgend jaar opnieuw auditie te doen; de gewone lessen gaan gewoon door.\n\nMet muzikale groet,\nMuziekschool De Toonladder",
            "Beste {me},\n\nDe ledenvergadering van De Hofjes heeft op {datum} besloten over de vrijgekomen woning aan de Lindegracht. Wij zijn blij u te laten weten dat de keuze op u is gevallen. Het huurcontract en het huishoudelijk reglement sturen wij u volgende week; eerst maken we graag nog kennis bij een kop koffie in de gemeenschappelijke tuin.\n\nGefeliciteerd!\nHet bestuur",
            "Beste {me},\n\nWij hebben uw aanvraag voor een bijdrage aan het schoolkamp van uw kind ontvangen (kenmerk {kenmerk}). Binnen vier weken hoort u of de bijdrage is toegekend. Heeft u intussen vragen, reageer dan gewoon op deze e-mail.\n\nMet vriendelijke groet,\nStichting Schoolreisfonds",
        ],
        n=6,
        extra=NL_9B,
    ),
    # idea: my own version of Dutch contract and congratulation mail: an energiecontract with bedenktijd, a sim-only abonnement activated, a sportschool lidmaatschapsovereenkomst, a buurtloterij prize, an IT exam booked and a certificaat behaald
    Family(
        "oth_r9b_nl_contract_gefeliciteerd",
        "other",
        "[Polderstroom Energie <welkom@polderstroom.example>|Mobiel Plus <service@mobielplus.example>|Sportcentrum Vitaal <leden@sportcentrumvitaal.example>|Examencentrum CertiNed <examens@certined.example>]",
        [
            "Welkom! Je energiecontract is bevestigd",
            "Je nieuwe abonnement is actief",
            "Je lidmaatschap bij Sportcentrum Vitaal",
            "Gefeliciteerd, u heeft een prijs gewonnen!",
            "Examenafspraak bevestigd",
            "Gefeliciteerd met je certificaat",
        ],
        [
            "Beste {me},\n\nWelkom bij Polderstroom! Hierbij bevestigen wij je energiecontract.\n\nLeveringsadres: {stad}\nIngangsdatum: {datum}\nLooptijd: [1 jaar vast|3 jaar vast|onbepaalde tijd, variabel tarief]\nTermijnbedrag: € [96|118|134] per maand\nKlantnummer: {kenmerk}\n\nJe hebt 14 dagen bedenktijd. Wij zeggen je oude contract voor je op; je hoeft zelf niets te doen.\n\nHartelijke groet,\nPolderstroom",
            "Hoi {name}, je nieuwe sim-only abonnement is geactiveerd 🎉 [10 GB|20 GB|onbeperkt] data, looptijd 24 maanden. Je contract en eerste factuur staan in de app, en je nummerbehoud is geregeld. Vragen? Chat met ons via de app.",
            "Beste {name},\n\nLeuk dat je lid bent geworden van Sportcentrum Vitaal! In de bijlage vind je je lidmaatschapsovereenkomst. Je jaarcontract gaat in op {datum}; daarna kun je maandelijks opzeggen, met een opzegtermijn van een maand. Je eerste afspraak met een trainer voor je persoonlijke schema staat op {dag} om {tijd}.\n\nSportieve groet,\nTeam Vitaal",
            "Beste {me},\n\nGefeliciteerd! Bij de trekking van de Buurtloterij Oost op {datum} is uw lot met nummer {lot} getrokken. U heeft [een cadeaubon van € 250|een elektrische fiets|een weekendje Texel voor twee] gewonnen.\n\nOm de prijs te ontvangen, vragen wij u binnen vier weken op deze e-mail te reageren met uw adres en telefoonnummer. Wij vragen nooit om geld of bankgegevens om een prijs uit te keren.\n\nMet vriendelijke groet,\nBuurtloterij Oost",
            "Beste {me},\n\nJe examenafspraak is bevestigd.\n\nExamen: {certificaat}\nDatum: {dag} {datum}, {tijd}\nLocatie: examencentrum {stad}\nBoekingsnummer: {kenmerk}\n\nNeem een geldig legitimatiebewijs mee en wees een halfuur van tevoren aanwezig. Verzetten kan kosteloos tot twee werkdagen voor het examen.\n\nSucces met de voorbereiding!\nCertiNed",
            "Hoi {name},\n\nGefeliciteerd, je bent geslaagd voor {certificaat}! Je score: [78|84|91]% (minimaal 65% nodig). Je digitale certificaat kun je downloaden in je account en delen waar je wilt.\n\nVeel plezier ermee!\nCertiNed",
        ],
        n=6,
        extra=NL_9B,
    ),
    # French -------------------------------------------------------------------------------
    # idea: my own sketch of French health mail: a booking site confirming a médecin traitant visit, a centre dentaire « au regret » of cancelling, a kiné reminder with the 24 h rule, lab results in the espace patient, a pharmacy vaccination slot
    Family(
        "oth_r9b_fr_rdv_sante",
        "other",
        "[Cabinet médical des Tilleuls <secretariat@cabinet-tilleuls.example>|Centre dentaire Sourire Plus <rdv@sourireplus.example>|Laboratoire BioAnalyse <resultats@bioanalyse-labo.example>|RdvSanté <ne-pas-repondre@rdvsante.example>]",
        [
            "Confirmation de votre rendez-vous",
            "Votre rendez-vous du {date_fr} est annulé",
            "Rappel : rendez-vous demain à {heure}",
            "Vos résultats d'analyses sont disponibles",
            "Votre rendez-vous de vaccination",
        ],
        [
            "Bonjour {me},\n\nVotre rendez-vous est confirmé.\n\nPraticien : Dr [Lemaire|Benali|Fournier], médecin généraliste\nDate : {jour} {date_fr} à {heure}\nAdresse : Cabinet médical des Tilleuls, {ville}\nMotif : [consultation de suivi|renouvellement d'ordonnance|certificat médical pour le sport|première consultation]\n\nPensez à apporter votre carte Vitale et votre carte de mutuelle. En cas d'empêchement, merci d'annuler au moins 24 h à l'avance pour libérer le créneau.\n\nL'équipe RdvSanté",
            "Madame, Monsieur,\n\nEn raison d'une absence imprévue du praticien, nous sommes au regret d'annuler votre rendez-vous du {date_fr}. Nous vous prions de nous excuser pour ce contretemps.\n\nNous vous proposons un nouveau créneau le {jour} de la semaine suivante à {heure}. Si cet horaire ne vous convient pas, vous pouvez choisir une autre date en ligne ou appeler le secrétariat.\n\nCordialement,\nLe secrétariat",
            "Bonjour {name}, petit rappel : votre séance de kiné est demain à {heure} (séance {n} sur 10 de votre prescription). Pensez à une serviette et à une tenue souple. Toute séance non annulée 24 h avant sera facturée. À demain !",
            "Bonjour {me},\n\nLes résultats de votre prise de sang du {date_fr} sont disponibles. Vous pouvez les consulter dans votre espace patient avec le code remis lors du prélèvement. Ils ont également été transmis à votre médecin traitant.\n\n[Aucune valeur ne nécessite de démarche urgente.|Une valeur étant en dehors des normes de référence, nous vous conseillons d'en parler à votre médecin.]\n\nLaboratoire BioAnalyse",
            "Bonjour {name},\n\nVotre rendez-vous de vaccination [contre la grippe|contre le Covid-19|de rappel DTP] est bien enregistré pour le {jour} {date_fr} à {heure}, à la pharmacie. Munissez-vous de votre carte Vitale et, si vous l'avez, de votre carnet de vaccination. Prévoyez un quart d'heure sur place après l'injection.\n\nÀ bientôt !",
        ],
        n=5,
        extra=FR_9B,
    ),
    # idea: my own picture of French everyday convocations: a mairie appointment for a passport, a contrôle technique booking with the contre-visite rule, a new conseillère bancaire proposing an entretien, rencontres parents-professeurs, a professeur principal asking a family in
    Family(
        "oth_r9b_fr_mairie_banque_college",
        "other",
        "[Mairie de Saint-Aubin – État civil <etat-civil@mairie-saint-aubin.example>|AutoVérif Contrôle Technique <rdv@autoverif.example>|Banque des Coteaux <votre.conseiller@banquedescoteaux.example>|Collège Jean-Rostand <vie-scolaire@college-rostand.example>]",
        [
            "Confirmation de votre rendez-vous en mairie",
            "Contrôle technique : rendez-vous confirmé",
            "Proposition d'entretien avec votre conseillère",
            "Rencontres parents-professeurs",
            "Demande de rendez-vous – professeur principal",
        ],
        [
            "Madame, Monsieur,\n\nNous vous confirmons votre rendez-vous pour [une demande de passeport|une demande de carte nationale d'identité|le retrait de votre titre d'identité] le {jour} {date_fr} à {heure}, au service État civil.\n\nMerci de vous présenter muni(e) de votre numéro de pré-demande, d'une photo d'identité de moins de six mois et d'un justificatif de domicile. Un dossier incomplet ne pourra pas être traité, et il vous faudra prendre un nouveau rendez-vous.\n\nLe service État civil",
            "Bonjour {name},\n\nVotre rendez-vous pour le contrôle technique du véhicule immatriculé {immat} est confirmé le {jour} {date_fr} à {heure}. Prévoyez environ 45 minutes et apportez la carte grise. En cas de défaillance majeure, une contre-visite devra être faite dans les deux mois.\n\nÀ bientôt,\nAutoVérif",
            "Bonjour {me},\n\nJe suis votre nouvelle conseillère à l'agence de {ville} et je souhaiterais faire votre connaissance. Je vous propose un entretien d'environ 45 minutes pour faire le point sur vos comptes, votre épargne et vos projets : le {jour} {date_fr} à {heure}, en agence ou par téléphone, comme vous préférez.\n\nVous pouvez confirmer ce créneau ou en choisir un autre depuis votre espace client.\n\nBien cordialement,\n{conseillere}\nConseillère clientèle",
            "Madame, Monsieur,\n\nLes rencontres parents-professeurs du premier trimestre auront lieu le {jour} {date_fr}, de 16h30 à 20h. Chaque entretien dure dix minutes. Merci de réserver vos créneaux sur l'ENT avant vendredi ; les familles des élèves en difficulté seront reçues en priorité par le professeur principal.\n\nLa vie scolaire",
            "Bonjour,\n\nJe souhaiterais vous rencontrer pour faire le point sur le trimestre de {enfant}, notamment [son travail en mathématiques|son orientation pour l'an prochain|quelques devoirs non rendus]. Seriez-vous disponible le {jour} à {heure}, au collège ? Si cet horaire ne vous arrange pas, proposez-moi un autre moment.\n\nBien cordialement,\n[M.|Mme] {prof}\nProfesseur principal de 4e B",
        ],
        n=5,
        extra=FR_9B,
    ),
    # idea: my own version of French decisions outside work: a commission d'attribution des places en crèche giving an avis favorable, a « suite favorable » refusal, a swimming club's liste d'attente, a conservatoire's tests d'entrée, a housing co-op turning down a candidature
    Family(
        "oth_r9b_fr_creche_club_conservatoire",
        "other",
        "[Service Petite Enfance – Saint-Aubin <petite-enfance@mairie-saint-aubin.example>|Club de natation Les Dauphins <inscriptions@cn-dauphins.example>|Conservatoire de Saint-Aubin <scolarite@conservatoire-st-aubin.example>|Habitat participatif Le Grand Chêne <contact@legrandchene.example>]",
        [
            "Attribution d'une place en crèche",
            "Votre demande de place en crèche",
            "Inscription au club : liste d'attente",
            "Résultats des tests d'entrée",
            "Votre dossier pour le T3",
            "Accusé de réception de votre demande",
        ],
        [
            "Madame, Monsieur,\n\nNous avons le plaisir de vous informer que la commission d'attribution des places en crèche, réunie le {date_fr}, a émis un avis favorable à votre demande. Une place est proposée à {enfant} à la crèche Les Petits Loups à partir de septembre, quatre jours par semaine.\n\nPour confirmer cette place, merci de prendre rendez-vous avec la directrice dans un délai de quinze jours ; le contrat d'accueil sera signé à cette occasion. Sans réponse de votre part, la place sera proposée à une autre famille.\n\nLe service Petite Enfance",
            "Madame, Monsieur,\n\nNous accusons réception de votre demande de place en crèche et vous en remercions. Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable pour la rentrée : le nombre de places reste très inférieur au nombre de demandes.\n\nVotre dossier est maintenu sur liste d'attente et sera réexaminé lors de la prochaine commission. N'hésitez pas à nous signaler tout changement de situation.\n\nLe service Petite Enfance",
            "Bonjour {name},\n\nMerci pour ton inscription ! Les créneaux adultes du {jour} soir sont complets cette saison, alors on t'a mis(e) sur liste d'attente (tu es {n}e). Dès qu'une place se libère, on te prévient par mail. En attendant, tu peux venir faire une séance d'essai le samedi matin.\n\nSportivement,\nLe bureau des Dauphins",
            "Madame, Monsieur,\n\nÀ l'issue des tests d'entrée du {date_fr}, nous avons le plaisir de vous annoncer que {enfant} est admis(e) en premier cycle de [violon|piano|flûte traversière|violoncelle]. Félicitations !\n\nLes cours débuteront à la rentrée ; l'emploi du temps vous sera remis lors de la réunion d'information. Merci de confirmer l'inscription et de régler les droits avant la fin du mois, faute de quoi la place sera proposée au candidat suivant.\n\nLa scolarité du conservatoire",
            "Bonjour {me},\n\nMerci pour votre candidature et pour votre visite le mois dernier. Après échange en assemblée, nous avons le regret de vous dire que nous ne retenons pas votre dossier pour le T3 qui se libère : nous avons choisi une famille engagée dans le projet depuis deux ans. Ce n'était pas un choix facile.\n\nSi vous le souhaitez, nous gardons vos coordonnées pour le prochain logement disponible.\n\nPour le collectif,\n{benevole}",
            "Nous avons bien reçu votre demande de place en crèche (n° {dossier}). Elle sera étudiée lors de la prochaine commission d'attribution. Vous recevrez la décision par courrier et par e-mail.\n\nService Petite Enfance – Ne pas répondre à ce message.",
        ],
        n=6,
        extra=FR_9B,
    ),
    # idea: my own picture of French contract and congratulation mail: a fibre contract with its rétractation period, an electricity supplier's welcome, a gym's contrat d'adhésion, a kermesse tombola, an IT exam booked at a test centre and passed
    Family(
        "oth_r9b_fr_contrats_felicitations",
        "other",
        "[Fibre Azur <service-client@fibreazur.example>|Énergie des Volcans <contrats@energiedesvolcans.example>|Cardio Club <adhesion@cardioclub.example>|Centre d'examens CertiFrance <examens@certifrance.example>]",
        [
            "Votre contrat est confirmé",
            "Bienvenue ! Votre contrat d'électricité",
            "Ton adhésion est validée",
            "Félicitations, vous avez gagné !",
            "Confirmation de votre inscription à l'examen",
            "Félicitations pour votre certification",
        ],
        [
            "Bonjour {me},\n\nMerci pour votre commande ! Votre contrat Fibre Azur [Essentiel|Premium|Famille] est confirmé.\n\nRéférence client : {dossier}\nEngagement : 12 mois\nRendez-vous d'installation : {jour} {date_fr}, [le matin|l'après-midi]\n\nUn technicien viendra raccorder votre logement. Vous disposez d'un délai de rétractation de 14 jours. Vos conditions contractuelles sont jointes à ce message.\n\nL'équipe Fibre Azur",
            "Bonjour {me},\n\nBienvenue ! Votre contrat d'électricité [à prix fixe|à prix indexé] a bien été souscrit et prendra effet le {date_fr}. Nous nous occupons de la résiliation auprès de votre ancien fournisseur.\n\nVotre mensualité est fixée à [62|75|89] € TTC. Pensez à nous transmettre votre relevé de compteur le jour de la mise en service.\n\nCordialement,\nLe service clients",
            "Salut {name} ! Bienvenue au Cardio Club 🏋️ Ton contrat d'adhésion (12 mois, puis sans engagement) est signé. Télécharge l'appli pour récupérer ton badge et réserver ta première séance de coaching offerte. À très vite !",
            "Bonjour {me},\n\nFélicitations ! Lors du tirage de la tombola de la kermesse, le ticket n° {ticket} est sorti : vous gagnez [un panier garni du marché|un vélo enfant|deux entrées pour le parc d'attractions]. Vous pouvez récupérer votre lot à l'école le {jour} à la sortie des classes, sur présentation du ticket.\n\nMerci d'avoir soutenu les projets de l'école !\nL'Association des parents d'élèves",
            "Bonjour {me},\n\nVotre inscription à l'examen {certif} est confirmée.\n\nDate : {jour} {date_fr} à {heure}\nCentre : {ville}\nNuméro de réservation : {dossier}\n\nPrésentez-vous 30 minutes avant l'épreuve avec une pièce d'identité en cours de validité. Le report est gratuit jusqu'à 48 h avant l'examen.\n\nBonne préparation !\nCertiFrance",
            "Bonjour {name},\n\nFélicitations, vous avez réussi l'examen {certif} avec un score de [81|87|92] % ! Votre certificat numérique est disponible dès maintenant dans votre espace candidat. Il est valable trois ans.\n\nL'équipe CertiFrance",
        ],
        n=6,
        extra=FR_9B,
    ),
    # Spanish ------------------------------------------------------------------------------
    # idea: my own sketch of Spanish health mail: a cita previa confirmed by a regional health app, a clínica dental moving a revisión, a fisio reminder about the bono, blood results in the área de pacientes, a vaccination appointment
    Family(
        "oth_r9b_es_citas_salud",
        "other",
        "[Centro de Salud Las Acacias <citaprevia@cslasacacias.example>|Clínica Dental Sonríe <citas@clinicasonrie.example>|Laboratorio Análisis Mediterráneo <resultados@labmediterraneo.example>|MiCita Salud <no-responder@micitasalud.example>]",
        [
            "Confirmación de su cita",
            "Cambio en su cita del {fecha}",
            "Recordatorio: cita mañana a las {hora}",
            "Resultados de su análisis disponibles",
            "Cita para la vacunación",
        ],
        [
            "Estimado/a {me}:\n\nLe confirmamos su cita.\n\nCentro: Centro de Salud Las Acacias ({ciudad})\nProfesional: [Medicina de familia|Enfermería|Pediatría]\nFecha: {dia} {fecha}\nHora: {hora}\nModalidad: [presencial|telefónica]\n\nSi no puede acudir, anule la cita con antelación para que otra persona pueda aprovecharla. Recuerde traer su tarjeta sanitaria.\n\nMiCita Salud",
            "Hola, {name}:\n\nPor un imprevisto de la doctora, tenemos que cambiar tu cita de revisión del {fecha}. Lamentamos las molestias.\n\nTe proponemos el {dia} de la semana siguiente a las {hora}. Si te viene mal, puedes elegir otro hueco en nuestra web o llamarnos y lo vemos juntos.\n\nUn saludo,\nRecepción",
            "Hola, {name} 👋 Te recordamos tu sesión de fisioterapia mañana a las {hora} (sesión {n} de 10 del bono). Si no puedes venir, avísanos antes de las 20:00 de hoy o la sesión se descontará del bono. ¡Hasta mañana!",
            "Estimado/a paciente:\n\nLos resultados de su análisis de sangre del {fecha} ya están disponibles en el área de pacientes de nuestra web. Para acceder necesitará el número de petición que figura en su resguardo y su fecha de nacimiento.\n\nLe recomendamos revisarlos con su médico, que también los ha recibido.\n\nLaboratorio Análisis Mediterráneo",
            "Estimado/a {me}:\n\nLe informamos de que tiene cita para la vacunación [antigripal|de la gripe y la COVID-19|del tétanos] el {dia} {fecha} a las {hora} en su centro de salud. Traiga su tarjeta sanitaria y, si la tiene, la cartilla de vacunación. Si no puede acudir, puede cambiar la cita en la aplicación de salud de su comunidad.\n\nUn saludo,\nEnfermería",
        ],
        n=5,
        extra=ES_9B,
    ),
    # idea: my own version of Spanish everyday appointments: an ayuntamiento cita previa with a localizador, an ITV booking and the desfavorable rule, a new gestor at the bank proposing a reunión, a tutoría with the family, the start-of-year meeting with entrevistas individuales
    Family(
        "oth_r9b_es_ayuntamiento_itv_colegio",
        "other",
        "[Ayuntamiento de Villaverde del Río <citaprevia@villaverdedelrio.example>|Estación ITV Los Pinos <citas@itvlospinos.example>|Banco del Sureste <gestor.personal@bancosureste.example>|CEIP Miguel Hernández <secretaria@ceipmhernandez.example>]",
        [
            "Justificante de cita previa",
            "Su cita para la ITV",
            "Le propongo una reunión",
            "Tutoría con la familia",
            "Reunión de inicio de curso y entrevistas con las familias",
        ],
        [
            "Estimado/a {me}:\n\nSu cita previa ha quedado registrada.\n\nTrámite: [Alta en el padrón|Certificado de empadronamiento|Registro general|Tarjeta de aparcamiento para residentes]\nOficina: Atención Ciudadana, planta baja\nDía: {dia} {fecha}\nHora: {hora}\nLocalizador: {expediente}\n\nPresente este justificante y su DNI o NIE en la oficina. Si llega con más de diez minutos de retraso, la cita se anulará automáticamente.\n\nAyuntamiento de Villaverde del Río",
            "Hola, {name}:\n\nTu cita para la ITV está confirmada: {dia} {fecha} a las {hora}, línea de turismos. Matrícula: {matricula}.\n\nTrae el permiso de circulación y la tarjeta ITV. Si el resultado es desfavorable, tendrás dos meses para volver con los defectos corregidos, y la segunda inspección no tiene coste.\n\nEstación ITV Los Pinos",
            "Estimado/a {me}:\n\nMe llamo {gestor} y a partir de ahora llevaré sus cuentas en la oficina de {ciudad}. Me gustaría conocerle y repasar con usted sus productos y sus objetivos de ahorro. Le propongo una reunión el {dia} {fecha} a las {hora} en la oficina; si lo prefiere, podemos hacerla por videollamada.\n\nPuede confirmar la cita o proponer otra hora respondiendo a este correo.\n\nUn cordial saludo,\n{gestor}\nBanca Personal",
            "Estimada familia:\n\nOs cito a una tutoría individual para hablar de cómo va {nino} este trimestre. Tengo hueco el {dia} a las {hora} o el jueves a las 16:30. Decidme por la agenda o respondiendo a este correo cuál os viene mejor.\n\nUn saludo,\n{profe}\n[Tutor|Tutora] de 3.º B",
            "Estimadas familias:\n\nEl {dia} {fecha} celebraremos la reunión de inicio de curso con las familias de Educación Primaria, a las 17:00 en el salón de actos. Después, cada tutor o tutora atenderá entrevistas individuales de diez minutos; podéis reservar la vuestra en la plataforma del centro.\n\nLa Dirección",
        ],
        n=5,
        extra=ES_9B,
    ),
    # idea: my own picture of Spanish decisions outside work: an escuela infantil's listado provisional with baremo points, a solicitud not admitted with a lista de espera, a club's cupo completo, a conservatorio's prueba de acceso passed, an AMPA receiving a request, a housing co-op saying no
    Family(
        "oth_r9b_es_escuela_infantil_club",
        "other",
        "[Escuela Infantil Los Gorriones <admision@eilosgorriones.example>|Club Deportivo Ribera <socios@cdribera.example>|Conservatorio Profesional de Música <secretaria@conservatorio-levante.example>|Cooperativa de Viviendas Patio Común <consejo@patiocomun.example>]",
        [
            "Listado provisional de admitidos",
            "Su solicitud de plaza en la escuela infantil",
            "Alta de socio: lista de espera",
            "Resultado de la prueba de acceso",
            "Hemos recibido vuestra solicitud",
            "Respuesta a su solicitud de ingreso",
        ],
        [
            "Estimada familia:\n\nNos complace comunicarles que, según el listado provisional publicado hoy, {nino} ha obtenido plaza en la escuela infantil para el próximo curso (aula de [1 a 2 años|2 a 3 años]), con [62|58,5|71] puntos en el baremo.\n\nPara formalizar la matrícula deberán presentar la documentación antes del {fecha}. Si no lo hacen, se entenderá que renuncian a la plaza.\n\nUn saludo,\nDirección de la Escuela Infantil",
            "Estimada familia:\n\nLamentamos comunicarles que la solicitud de plaza para {nino} no ha resultado admitida en esta convocatoria. La puntuación obtenida ([24|31|37] puntos) no alcanza la del último niño o niña admitido.\n\nLa solicitud queda en lista de espera, en el puesto {n}. Pueden presentar alegaciones al listado provisional hasta el {fecha}.\n\nAtentamente,\nComisión de Escolarización",
            "¡Hola, {name}! Gracias por querer hacerte socio/a del club. Ahora mismo el cupo de [pádel|natación de adultos|yoga] está completo, así que te hemos apuntado en la lista de espera (eres el número {n}). Te avisaremos en cuanto quede una plaza libre. ¡Un saludo deportivo!",
            "Estimado/a {me}:\n\nLe comunicamos que {nino} ha superado la prueba de acceso a 1.º de Enseñanzas Profesionales en la especialidad de [guitarra|piano|violín|clarinete], con una calificación de [7,8|8,25|9,1]. ¡Enhorabuena!\n\nEl plazo de matrícula está abierto hasta el {fecha}. Si no se formaliza en ese plazo, la plaza pasará al siguiente aspirante de la lista.\n\nSecretaría del Conservatorio",
            "Hola, {name}:\n\nHemos recibido vuestra solicitud de ayuda para el viaje de fin de curso de 6.º. La junta del AMPA la estudiará en su próxima reunión y os diremos algo antes del {fecha}. Todos los datos se tratan con total discreción.\n\nUn abrazo,\nAMPA del colegio",
            "Estimado/a {me}:\n\nEl consejo rector de la cooperativa ha estudiado su solicitud de ingreso como socio/a. Lamentamos comunicarle que por ahora no podemos aceptarla, ya que todas las viviendas de la primera fase están adjudicadas. Hemos incluido su nombre en la lista de reserva para la segunda fase, prevista dentro de dos años.\n\nLe agradecemos mucho su interés en el proyecto.\n\nUn saludo,\nConsejo Rector",
        ],
        n=6,
        extra=ES_9B,
    ),
    # idea: my own version of Spanish contract and congratulation mail: a fibra contract with permanencia, an electricity company's Departamento de Contratación, a gym alta sin permanencia, a peña's rifa solidaria, an IT exam booked and passed
    Family(
        "oth_r9b_es_contratos_enhorabuena",
        "other",
        "[Fibra Brisa <clientes@fibrabrisa.example>|Luz Solana Energía <contratacion@luzsolana.example>|Gimnasio Ola Fit <socios@olafit.example>|Centro Examinador CertiPlus <examenes@certiplus.example>]",
        [
            "Tu contrato ya está activo",
            "Bienvenido/a: confirmación de su contrato",
            "Tu alta en Ola Fit",
            "¡Enhorabuena, le ha tocado!",
            "Confirmación de reserva de examen",
            "Enhorabuena: has aprobado",
        ],
        [
            "¡Hola, {name}!\n\nTu contrato de fibra y móvil ya está activo. Resumen:\n\nTarifa: [Fibra 600 Mb + móvil 50 GB|Fibra 1 Gb|Fibra 300 Mb + 2 líneas]\nPermanencia: 12 meses\nN.º de cliente: {expediente}\nInstalación: {dia} {fecha}, a partir de las {hora}\n\nTienes el contrato y las condiciones generales en el área de clientes. Dispones de 14 días naturales para desistir.\n\nEl equipo de Fibra Brisa",
            "Estimado/a {me}:\n\nLe damos la bienvenida. Su contrato de suministro eléctrico ha sido dado de alta y será efectivo a partir del {fecha}; nosotros gestionamos la baja con su comercializadora anterior.\n\nPotencia contratada: [3,45|4,6|5,75] kW\nTarifa: [precio fijo 24 h|discriminación horaria]\n\nAdjuntamos el contrato y las condiciones particulares. Si detecta algún error, responda a este correo.\n\nAtentamente,\nDepartamento de Contratación",
            "¡Bienvenido/a a Ola Fit, {name}! 🏊 Tu alta está confirmada: cuota mensual, matrícula gratis y sin permanencia. Descarga la app para ver el contrato, reservar clases y pedir tu cita de valoración con un entrenador. ¡Nos vemos en la sala!",
            "Estimado/a {me}:\n\n¡Enhorabuena! En el sorteo de la rifa solidaria celebrado el {fecha}, el número {papeleta} ha resultado premiado con [una cesta de Navidad|un jamón ibérico|una bicicleta de paseo|un fin de semana en una casa rural]. Según nuestros registros, esa papeleta es suya.\n\nPuede recoger el premio en la sede de la peña cualquier tarde de esta semana, presentando la papeleta original.\n\nUn saludo,\nLa Junta Directiva",
            "Estimado/a {me}:\n\nSu reserva de examen ha sido confirmada.\n\nExamen: {certificacion}\nFecha: {dia} {fecha}\nHora: {hora}\nCentro: {ciudad}\nLocalizador: {expediente}\n\nLlegue con 30 minutos de antelación y traiga un documento de identidad con fotografía. Puede cambiar la fecha sin coste hasta 48 horas antes.\n\n¡Mucha suerte!\nCentro Examinador CertiPlus",
            "Hola, {name}:\n\n¡Enhorabuena! Has aprobado el examen {certificacion} con una puntuación de [780|842|905] sobre 1000. Ya puedes descargar tu certificado digital desde tu perfil de candidato y compartirlo donde quieras.\n\nEquipo CertiPlus",
        ],
        n=6,
        extra=ES_9B,
    ),
]
