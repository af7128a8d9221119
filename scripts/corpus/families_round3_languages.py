# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 3 in German, French, Spanish and Dutch: the good news and the plain news.

Rounds 1 and 2 wrote these four languages mostly as rejections, so a foreign-language
message with job words leaned towards "rejection". Here every language gets receipts,
interview invitations and reminders, offers, tests, recruiter approaches and hard
negatives (newsletters, job fairs, surveys, out-of-office replies) in many voices: portals
and public sector, start-ups, agencies, a manager's two lines. Slot values come from
families_languages; every sentence here is new."""

from families_languages import DE, ES, FR, NL
from generate import Family

# German -------------------------------------------------------------------------------
FAMILIES: list[Family] = [
    # idea: public-sector / large-employer Bewerbermanagement receipt with Kennziffer, Bewerbungsfrist and expected timeline
    Family(
        "rcv_de_kennziffer_zeitplan",
        "application_received",
        "[{company} Bewerbermanagement <bewerbermanagement@{slug}.de>|Stadtverwaltung {ort} – Personalamt <stellen@stadt-{slug}.example>|{company} <noreply@{slug}.interamt.example>]",
        [
            "Bestätigung Ihrer Bewerbung – Kennziffer {ref}",
            "Ihre Bewerbung auf die Ausschreibung {ref}",
            "Bewerbung erfolgreich übermittelt",
            "Eingang Ihrer Unterlagen: {stelle}",
        ],
        [
            "Sehr geehrte/r {me},\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle {stelle} (Kennziffer {ref}).\n\nZum weiteren Ablauf: Die Bewerbungsfrist endet am {datum}. Anschließend sichten wir alle Unterlagen; die Auswahlgespräche finden voraussichtlich [in vier bis sechs Wochen|Ende des Folgemonats] statt. Bis dahin bitten wir von Sachstandsanfragen abzusehen.\n\nSchwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalservice",
            "Guten Tag {me},\n\nIhre Bewerbung ist vollständig bei uns angekommen. Vielen Dank!\n\nVorgangsnummer: {ref}\nStelle: {stelle}\nStandort: {ort}\n\nWas passiert jetzt? Unser Recruiting-Team prüft Ihre Unterlagen gemeinsam mit dem Fachbereich. In der Regel erhalten Sie innerhalb von [zwei|drei] Wochen eine Rückmeldung. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen.\n\nIhr Team Talent Acquisition\n{company}",
            "Hallo {name},\n\ndeine Bewerbung als {stelle} (Nr. {ref}) wurde erfolgreich übermittelt. Wir schauen sie uns in den nächsten [10 Arbeitstagen|zwei Wochen] genau an und melden uns dann per E-Mail bei dir.\n\nBitte antworte nicht direkt auf diese Nachricht – sie wurde automatisch versendet.\n\nViele Grüße\nDein Recruiting bei {company}",
        ],
        n=6,
        extra=DE,
    ),
    # idea: a team lead at a small firm answering the application personally, two lines: arrived, will look next week
    Family(
        "rcv_de_kurz_persoenlich",
        "application_received",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} <{rfirst}@{slug}.de>|{rfirst} {rlast} <info@{slug}.de>]",
        [
            "Re: Bewerbung als {stelle}",
            "Re: Ihre Bewerbung",
            "AW: Initiativbewerbung",
            "Re: Bewerbung – {me}",
        ],
        [
            "Hallo {name},\n\ndanke für deine Bewerbung, ist gut angekommen! Ich bin diese Woche noch auf Messe und schaue mir deine Unterlagen in Ruhe nächste Woche an. Du hörst dann von mir.\n\nVG {rfirst}",
            "Guten Tag {me},\n\nvielen Dank für Ihre Unterlagen. Ich habe sie an unseren Geschäftsführer weitergeleitet; wir sprechen am {tag} darüber und melden uns im Anschluss bei Ihnen.\n\nFreundliche Grüße\n{rfirst} {rlast}\nAssistenz der Geschäftsleitung",
            "Hi {name}, kurze Bestätigung: deine Initiativbewerbung liegt bei mir. Aktuell ist zwar keine Stelle ausgeschrieben, aber wir planen fürs nächste Quartal – ich melde mich spätestens Ende des Monats.\n\nGruß\n{rfirst}\n\nVon meinem iPhone gesendet",
            "Hallo {me},\n\nmerci für die Bewerbung! Unser {stelle}-Team ist gerade im Sprint, deshalb dauert es ein paar Tage. Ich gebe dir bis [Mitte nächster Woche|Freitag nächster Woche] Bescheid, wie es weitergeht.\n\nLiebe Grüße aus {ort}\n{rfirst}",
        ],
        n=6,
        extra=DE,
    ),
    # idea: Calendly/ATS self-scheduling invite: "bitte buchen Sie selbst einen Termin" with a link and a list of free slots
    Family(
        "int_de_terminbuchung",
        "interview",
        "[ats:personio|company|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>]",
        [
            "Bitte wählen Sie Ihren Gesprächstermin",
            "Terminbuchung: Kennenlernen {stelle}",
            "Ihre Bewerbung – buchen Sie Ihr Interview",
            "Einladung zum Video-Call mit {company}",
        ],
        [
            "Guten Tag {me},\n\nIhre Bewerbung als {stelle} hat uns überzeugt, und wir würden Sie gern in einem ersten Gespräch (ca. 45 Minuten, per Microsoft Teams) kennenlernen.\n\nÜber den folgenden Link können Sie sich selbst einen passenden Termin aussuchen:\nhttps://{slug}.personio.de/interview/book/{ref}\n\nDer Link ist [fünf|sieben] Tage gültig. Sollte keiner der Termine passen, antworten Sie einfach auf diese E-Mail.\n\nFreundliche Grüße\nRecruiting {company}",
            "Hallo {name},\n\nwir möchten dich gern zum Interview für die Stelle {stelle} einladen! Freie Slots:\n\n– {tag}, {datum}, {uhr} Uhr\n– {tag}, {datum}, 15:00 Uhr\n– Freitag, 10:30 Uhr\n\nAlternativ kannst du direkt hier buchen: https://calendly.com/{slug}-recruiting/kennenlernen\n\nIm Gespräch sind [deine zukünftige Teamleiterin und ich|ich und jemand aus dem Entwicklerteam] dabei. Bis bald!\n\n{rfirst} {rlast}\nPeople & Culture",
            "Sehr geehrte/r {me},\n\nim Rahmen Ihrer Bewerbung laden wir Sie herzlich zu einem Video-Interview ein. Bitte reservieren Sie sich über unser Bewerberportal einen der angebotenen Termine zwischen {datum} und Monatsende. Die Einwahldaten erhalten Sie nach der Buchung automatisch.\n\nMit besten Grüßen\nIhr Personalteam",
        ],
        n=6,
        extra=DE,
    ),
    # idea: office assistant reminding of the on-site interview tomorrow: address, Empfang, Parkplatz, Ausweis
    Family(
        "int_de_vor_ort_erinnerung",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|Empfang {company} <empfang@{slug}.de>|{company} Personalabteilung <bewerbung@{slug}.de>]",
        [
            "Erinnerung: Ihr Vorstellungsgespräch morgen",
            "Anfahrt zu unserem Gespräch am {tag}",
            "Ihr Termin bei {company} – Infos zur Anreise",
            "Morgen {uhr} Uhr – wir freuen uns auf Sie",
        ],
        [
            "Guten Tag {me},\n\nzur Erinnerung: Ihr Vorstellungsgespräch für die Stelle {stelle} findet morgen, {tag}, um {uhr} Uhr bei uns in {ort} statt.\n\nBitte melden Sie sich am Empfang im Erdgeschoss und bringen Sie einen Lichtbildausweis mit. Besucherparkplätze finden Sie direkt vor dem Gebäude. Geplant sind etwa 90 Minuten mit Frau {rlast} und der Abteilungsleitung.\n\nGute Anreise!\n{rfirst} {rlast}\nOffice Management",
            'Hallo {name},\n\nnur kurz, damit morgen alles klappt: Wir sehen uns um {uhr} Uhr im [3. OG|Hinterhaus, 2. Stock]. Klingel bei "{company}", dann holt dich jemand ab. Falls die Bahn streikt oder sonst was ist, ruf mich einfach an – wir können das Gespräch auch kurzfristig auf Video umstellen.\n\nBis morgen!\n{rfirst}',
            "Sehr geehrte/r {me},\n\nwir bestätigen Ihren Gesprächstermin am {datum} um {uhr} Uhr. Bitte planen Sie etwas Zeit für einen kurzen Rundgang durch [die Produktion|unser Lager|das Büro] ein. Eine Wegbeschreibung haben wir Ihnen angehängt.\n\nSollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte bis morgen früh Bescheid.\n\nMit freundlichen Grüßen\nIhre Personalabteilung",
        ],
        n=5,
        extra=DE,
    ),
    # idea: a start-up founder telling the candidate "wir wollen dich", with salary, start date and the contract coming by DocuSign
    Family(
        "off_de_startup_zusage",
        "offer",
        "[{rfirst} {rlast} <{rfirst}@{slug}.io>|{rfirst} von {company} <{rfirst}@{slug}.de>]",
        [
            "Wir wollen dich! 🎉",
            "Unser Angebot für dich",
            "Re: Gespräch mit dem Team",
            "Zusage + nächste Schritte",
        ],
        [
            "Hey {name},\n\nich mach's kurz: Das ganze Team war begeistert, und wir möchten dich als {stelle} einstellen! Unser Angebot: {gehalt} brutto im Jahr, dazu [virtuelle Anteile (VSOP)|ein Jobticket und 30 Urlaubstage], Start gern zum 1. des übernächsten Monats oder wann es bei dir passt.\n\nDen Arbeitsvertrag schicke ich dir heute noch per DocuSign. Lass uns gern morgen telefonieren, falls du Fragen hast.\n\nFreu mich riesig!\n{rfirst}\nCo-Founder, {company}",
            "Hallo {name},\n\nnach unserem letzten Gespräch steht fest: Wir würden dich sehr gerne bei {company} an Bord holen. Für die Stelle {stelle} bieten wir dir ein Jahresgehalt von {gehalt}, 100 % remote möglich, Startdatum nach Absprache.\n\nIm Anhang findest du das Angebot als PDF; wenn alles passt, bekommst du den Vertrag zur digitalen Unterschrift. Gib mir bis {tag} nächster Woche Bescheid, wie du dich entscheidest.\n\nBeste Grüße\n{rfirst}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: one-way recorded video interview (zeitversetzt): questions on screen, record answers, deadline, no live person
    Family(
        "ass_de_video_aufzeichnung",
        "assessment",
        "[ats|company|{company} Recruiting <noreply@{slug}.recright.example>]",
        [
            "Ihr Video-Interview für {stelle}",
            "Nächster Schritt: Videobewerbung aufnehmen",
            "Einladung zur zeitversetzten Videovorstellung",
            "Bitte bis {datum}: Ihre Videoantworten",
        ],
        [
            "Guten Tag {me},\n\nvielen Dank für Ihre Bewerbung als {stelle}. Im nächsten Schritt bitten wir Sie um ein zeitversetztes Video-Interview: Ihnen werden nacheinander [vier|fünf] Fragen angezeigt, für jede haben Sie 30 Sekunden Bedenkzeit und bis zu zwei Minuten Antwortzeit. Eine Gesprächspartnerin ist dabei nicht live zugeschaltet; unser Team sieht sich die Aufnahmen anschließend an.\n\nBitte nehmen Sie Ihre Antworten bis zum {datum} auf:\nhttps://video.{slug}.de/i/{ref}\n\nTipp: Testen Sie vorab Kamera und Mikrofon.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
            "Hallo {name},\n\ndeine Bewerbung hat uns neugierig gemacht! Statt eines ersten Telefonats nutzen wir eine kurze Videoaufnahme: Du beantwortest drei Fragen vor der Kamera, wann und wo es dir passt – dauert etwa 15 Minuten. Hier geht's los: https://{slug}.recright.example/{ref}\n\nDer Link ist bis {datum} aktiv. Wiederholen kannst du jede Antwort einmal.\n\nViele Grüße\nDas Talent-Team von {company}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: Executive-Search consultant's discreet first approach by phone-style e-mail, role never applied for
    Family(
        "out_de_headhunter_diskret",
        "recruiter_outreach",
        "agency",
        [
            "Vertrauliche Anfrage",
            "Diskrete Ansprache – {stelle}",
            "Eine Position, die zu Ihrem Werdegang passt",
            "Kurzer Austausch?",
        ],
        [
            "Sehr geehrte/r {me},\n\nich bin Partnerin bei einer auf den Mittelstand spezialisierten Personalberatung und wende mich vertraulich an Sie. Im Auftrag eines [familiengeführten Maschinenbauers|wachsenden Softwarehauses] in der Region {ort} besetze ich die Stelle {stelle}. Ihr Werdegang, wie er auf Ihrem Profil zu sehen ist, passt aus meiner Sicht sehr gut zu dem, was mein Mandant sucht.\n\nHätten Sie in den nächsten Tagen 15 Minuten für ein unverbindliches Telefonat? Selbstverständlich behandle ich unseren Kontakt absolut diskret.\n\nMit besten Grüßen\n{rfirst} {rlast}",
            "Hallo {name},\n\nentschuldige die direkte Nachricht – ich bin auf dein Profil gestoßen und wollte fragen, ob du offen für einen Wechsel wärst. Einer meiner Kunden sucht gerade eine/n {stelle}, Gehaltsband bis {gehalt}, hybrid in {ort}. Die Stelle ist nicht öffentlich ausgeschrieben.\n\nWenn du neugierig bist, schick mir gern eine Nummer, dann erzähle ich dir mehr.\n\nBeste Grüße\n{rfirst}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: a career-magazine newsletter with tips for the Vorstellungsgespräch and salary talks (other)
    Family(
        "oth_de_karriere_newsletter",
        "other",
        "[Karriere-Kompass <newsletter@karriere-kompass.example>|Jobletter von Stellenfuchs <news@stellenfuchs.example>|Berufsstart Magazin <redaktion@berufsstart-magazin.example>]",
        [
            "Die 7 häufigsten Fragen im Vorstellungsgespräch",
            "Gehaltsverhandlung: So holen Sie mehr raus",
            "Ihr Karriere-Newsletter – Ausgabe {n}",
            "Bewerbung 2026: Was Personaler wirklich lesen",
        ],
        [
            'Hallo {name},\n\nin dieser Ausgabe:\n\n1. "Was ist Ihre größte Schwäche?" – und wie Sie souverän antworten\n2. Anschreiben oder nicht? Was Personaler heute erwarten\n3. Checkliste für das Video-Interview: Licht, Ton, Hintergrund\n\nPlus: unser kostenloses Webinar zur Gehaltsverhandlung am {tag}.\n\nJetzt lesen: https://karriere-kompass.example/ausgabe-{n}\n\nSie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden',
            "Liebe Leserin, lieber Leser,\n\nder Herbst ist Bewerbungssaison. Wir haben mit [zwölf|acht] Recruiterinnen gesprochen: Worauf achten sie im Lebenslauf, welche Fragen stellen sie im Gespräch am liebsten, und wann lohnt sich das Nachhaken nach einer Bewerbung? Die Antworten lesen Sie in unserem Schwerpunkt.\n\nAußerdem: Quereinstieg mit 40 – drei Erfahrungsberichte.\n\nIhre Redaktion\n\nNewsletter abbestellen | Datenschutz | Impressum",
        ],
        n=5,
        extra=DE,
    ),
    # idea: automatic Abwesenheitsnotiz from a recruiter or a company mailbox, answering the reader's own mail
    Family(
        "oth_de_abwesenheit",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} {rlast} <bewerbung@{slug}.de>]",
        [
            "Abwesenheitsnotiz: {betreff}",
            "Automatische Antwort: {betreff}",
            "Abwesend: {betreff}",
            "AW: {betreff} (nicht im Büro)",
        ],
        [
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {datum} nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin unter personal@{slug}.de.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}",
            "Hallo,\n\nich bin im Urlaub und ab {tag}, den {datum}, wieder erreichbar. Ich melde mich dann so schnell wie möglich.\n\nViele Grüße\n{rfirst}",
            "Guten Tag,\n\ndiese Adresse ist vom {datum} bis Monatsende wegen Betriebsferien nur eingeschränkt besetzt. Ihre E-Mail wird nach unserer Rückkehr bearbeitet.\n\nIhr Team von {company}\n\n*** Dies ist eine automatisch erzeugte Antwort ***",
        ],
        n=5,
        extra={
            **DE,
            "betreff": [
                "Nachfrage zu meiner Bewerbung",
                "Rückfrage zu meinen Unterlagen",
                "Unterlagen nachgereicht",
                "Termin nächste Woche",
            ],
        },
    ),
]

# French -------------------------------------------------------------------------------
FAMILIES += [
    # idea: large French employer / public body candidate portal: numéro de dossier, délai de traitement, étapes du processus
    Family(
        "rcv_fr_dossier_delais",
        "application_received",
        "[{company} Talents <talents@{slug}.fr>|Mairie de {ville} – Service Recrutement <recrutement@mairie-{slug}.example>|{company} <no-reply@{slug}.jobaffinity.example>]",
        [
            "Votre candidature n° {ref} a bien été transmise",
            "Accusé de réception – offre {ref}",
            "Nous avons reçu votre dossier",
            "Candidature au poste de {poste} : prochaines étapes",
        ],
        [
            "Bonjour {me},\n\nnous accusons réception de votre candidature au poste de {poste} (référence {ref}).\n\nComment se déroule la suite ?\n1. Étude des candidatures par le service RH et le manager (environ [deux|trois] semaines après la clôture de l'offre le {date_fr})\n2. Si votre profil est retenu, un premier échange téléphonique\n3. Entretien avec l'équipe\n\nVous pouvez suivre l'avancement de votre dossier dans votre espace candidat.\n\nCordialement,\nLa Direction des Ressources Humaines",
            "Madame, Monsieur,\n\nvotre dossier de candidature pour l'emploi de {poste} a été enregistré sous le numéro {ref}. Il sera examiné par la commission après la date limite de dépôt. Les candidats présélectionnés seront contactés par courriel ou par téléphone.\n\nNous vous remercions de l'intérêt que vous portez à notre collectivité.\n\nLe Service Recrutement",
            "Bonjour {name} !\n\nc'est noté, ta candidature pour le poste de {poste} à {ville} est bien arrivée chez nous. Notre équipe recrutement la lit attentivement et revient vers toi sous 15 jours maximum, quelle que soit la réponse.\n\nÀ très vite,\nL'équipe Talents de {company}\n\nCet e-mail est envoyé automatiquement, merci de ne pas y répondre.",
        ],
        n=6,
        extra=FR,
    ),
    # idea: the hiring manager answering the application himself in a few lines: bien reçu, je regarde la semaine prochaine
    Family(
        "rcv_fr_mot_manager",
        "application_received",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{rfirst} <{rfirst}@{slug}.com>]",
        [
            "Re: Candidature {poste}",
            "RE: candidature",
            "Re: Votre annonce",
            "Re: CV – {me}",
        ],
        [
            "Bonjour {name},\n\nmerci pour ta candidature, bien reçue ! Je suis en déplacement jusqu'à {jour} mais je la regarde tranquillement la semaine prochaine et je te fais un retour.\n\nBonne journée,\n{rfirst}",
            "Bonjour {me},\n\nje vous remercie pour votre CV et votre lettre. Je transmets votre dossier à la responsable de l'équipe ; nous faisons un point sur les candidatures {jour} prochain et je reviens vers vous ensuite.\n\nBien cordialement,\n{rfirst} {rlast}",
            "Hello {name}, bien reçu ton mail pour le poste de {poste}, merci ! On est en pleine clôture trimestrielle donc je te réponds d'ici une dizaine de jours. Pas d'inquiétude si c'est un peu long :)\n\n{rfirst}\n\nEnvoyé de mon iPhone",
        ],
        n=5,
        extra=FR,
    ),
    # idea: invitation with a booking link and a few créneaux to pick, from an ATS or a chargée de recrutement
    Family(
        "int_fr_creneaux",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{company} Recrutement <recrutement@{slug}.fr>|{company} <noreply@{slug}.taleez.com>]",
        [
            "Choisissez votre créneau d'entretien",
            "Entretien {poste} – vos disponibilités",
            "Planifions notre premier échange",
            "Invitation à un entretien avec {company}",
        ],
        [
            "Bonjour {me},\n\nvotre profil a retenu toute notre attention et nous souhaitons vous rencontrer dans le cadre de votre candidature au poste de {poste}.\n\nMerci de réserver directement le créneau qui vous convient via ce lien :\nhttps://calendly.com/{slug}-rh/entretien-45min\n\nL'entretien durera environ 45 minutes, en visio (Google Meet). Le lien de connexion vous sera envoyé dès la réservation.\n\nBien à vous,\n{rfirst} {rlast}\nChargé(e) de recrutement",
            "Bonjour {name},\n\nmerci pour ta candidature ! On aimerait beaucoup en discuter avec toi. Voici quelques créneaux pour un premier entretien :\n\n• {jour} {date_fr} à {heure}\n• {jour} {date_fr} à 17h30\n• le vendredi suivant à 11h\n\nDis-moi ce qui t'arrange le mieux (en visio ou dans nos locaux à {ville}, comme tu préfères).\n\nÀ bientôt,\n{rfirst}",
            "Madame, Monsieur,\n\nsuite à l'examen de votre candidature, nous avons le plaisir de vous proposer un entretien. Vous pouvez sélectionner la date et l'heure de votre choix parmi les créneaux disponibles dans votre espace candidat, rubrique « Mes entretiens », jusqu'au {date_fr}.\n\nCordialement,\nLe service Recrutement de {company}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: recruitment agency consultant: "mon client souhaite vous rencontrer", with the format and a call to prepare
    Family(
        "int_fr_cabinet_rencontre",
        "interview",
        "agency",
        [
            "Mon client souhaite vous rencontrer",
            "Bonne nouvelle pour le poste de {poste}",
            "Entretien chez {company} – à caler",
            "Suite de votre candidature via {agency}",
        ],
        [
            "Bonjour {me},\n\nexcellente nouvelle : mon client {company} a été très intéressé par votre profil et souhaite vous rencontrer pour le poste de {poste}. Il propose un premier entretien [le {jour} {date_fr} à {heure}|en début de semaine prochaine] dans ses bureaux de {ville}, avec le directeur administratif et financier.\n\nPouvez-vous me confirmer votre disponibilité ? Je vous appellerai la veille pour vous briefer sur l'entreprise et les attentes du poste.\n\nBien cordialement,\n{rfirst} {rlast}\nConsultant(e) – {agency}",
            "Salut {name},\n\n{company} veut te voir ! Ils proposent un entretien en visio avec la manager de l'équipe, 1 heure. Tu peux m'envoyer deux ou trois dispos pour la semaine prochaine ? Je cale tout de mon côté.\n\nOn s'appelle avant pour préparer ?\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: lettre d'offre with salary, start date and an e-signature link (Yousign), in a polished corporate voice
    Family(
        "off_fr_lettre_signature",
        "offer",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|Équipe RH {company} <rh@{slug}.fr>|{company} <noreply@yousign.example>]",
        [
            "Votre lettre d'offre – {poste}",
            "Document à signer : proposition d'embauche",
            "Félicitations, {name} !",
            "Nous serions ravis de vous accueillir",
        ],
        [
            "Bonjour {me},\n\nfélicitations ! Nous avons le plaisir de vous proposer de rejoindre {company} au poste de {poste}, en CDI, à compter du {date_fr}.\n\nVotre rémunération annuelle sera de {salaire}, sur 12 mois, à laquelle s'ajoutent [une prime sur objectifs|la mutuelle prise en charge à 100 % et des tickets restaurant]. Le poste est basé à {ville}, avec deux jours de télétravail par semaine.\n\nVous trouverez la lettre d'offre détaillée en pièce jointe. Pour l'accepter, il vous suffit de la signer électroniquement via le lien ci-dessous avant le {date_fr} :\nhttps://yousign.example/sign/{ref}\n\nNous avons hâte de travailler avec vous.\n\n{rfirst} {rlast}\nResponsable RH",
            "Bonjour {name},\n\nsuite à ton dernier entretien, c'est un grand oui de toute l'équipe : on aimerait que tu nous rejoignes comme {poste} ! Notre proposition : {salaire}, démarrage dès que possible (idéalement début du mois prochain).\n\nTon contrat t'attend dans ta boîte mail pour signature électronique. Si tu as la moindre question sur le package, appelle-moi.\n\nBienvenue (presque) chez {company} !\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: link to an online aptitude/personality test battery with a deadline and practical advice (calme, sans interruption)
    Family(
        "ass_fr_tests_aptitude",
        "assessment",
        "[ats|{company} Recrutement <recrutement@{slug}.fr>|{company} <noreply@{slug}.assess.example>]",
        [
            "Tests en ligne à compléter avant le {date_fr}",
            "Votre candidature : évaluation en ligne",
            "Invitation – tests de raisonnement",
            "Action requise : test d'aptitudes {poste}",
        ],
        [
            "Bonjour {me},\n\ndans le cadre de votre candidature au poste de {poste}, nous vous invitons à passer une série de tests en ligne : raisonnement numérique, raisonnement verbal et questionnaire de personnalité. Comptez environ [40|50] minutes au total.\n\nLien personnel : https://tests.{slug}.fr/candidat/{ref}\nDate limite : {date_fr}, 23h59\n\nNos conseils : installez-vous au calme, avec une connexion stable, et prévoyez une feuille de brouillon. Les résultats sont analysés par l'équipe recrutement.\n\nBonne chance !\nLe service Recrutement",
            "Bonjour {name},\n\ntu passes à l'étape suivante ! Avant de fixer un entretien, on te propose un petit test technique en ligne ([SQL et Python|logique et Excel]), chronométré à 60 minutes. Tu peux le lancer quand tu veux d'ici {jour} prochain via ce lien : https://{slug}.coderpad.example/{ref}\n\nAucun piège, on veut juste voir comment tu raisonnes.\n\nL'équipe {company}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: in-house talent acquisition partner writing through LinkedIn, tutoiement, role the reader never applied to
    Family(
        "out_fr_linkedin_interne",
        "recruiter_outreach",
        "[linkedin|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>]",
        [
            "Une opportunité chez {company} ?",
            "{poste} – ça te parle ?",
            "Ton profil m'a tapé dans l'œil",
            "Échange rapide ?",
        ],
        [
            "Bonjour {name},\n\nje suis {rfirst}, Talent Acquisition chez {company}. Je me permets de te contacter car ton parcours m'a beaucoup plu et nous ouvrons un poste de {poste} à {ville}. L'équipe est en pleine croissance, avec pas mal d'autonomie et un vrai impact.\n\nEst-ce que tu serais ouvert(e) à en discuter 20 minutes cette semaine, sans engagement ?\n\nBelle journée,\n{rfirst}",
            "Bonjour {me},\n\nje recrute actuellement pour {company} un(e) {poste} et votre expérience correspond très bien à ce que nous recherchons. Le poste n'est pas encore publié. Rémunération autour de {salaire}, hybride.\n\nSi le sujet vous intéresse, je serais ravi(e) de vous en dire plus lors d'un court appel.\n\nCordialement,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: candidate-experience survey after an application (satisfaction questionnaire, no decision in it)
    Family(
        "oth_fr_enquete_candidat",
        "other",
        "[{company} Recrutement <enquete@{slug}.fr>|Enquête {company} <noreply@survey.{slug}.example>]",
        [
            "Votre avis sur notre processus de recrutement",
            "2 minutes pour nous aider à nous améliorer ?",
            "Questionnaire expérience candidat",
            "Comment s'est passée votre candidature ?",
        ],
        [
            "Bonjour {name},\n\nvous avez récemment été en contact avec nos équipes recrutement. Nous cherchons à améliorer l'expérience de nos candidats et votre avis nous est précieux, quelle que soit l'issue de votre démarche.\n\nRépondez à notre questionnaire anonyme (5 questions, 2 minutes) :\nhttps://survey.{slug}.example/c/{ref}\n\nMerci d'avance !\n\nVous ne souhaitez plus recevoir nos enquêtes ? Se désinscrire",
            "Bonjour,\n\nsur une échelle de 0 à 10, recommanderiez-vous {company} comme employeur à un proche, au vu de votre expérience avec notre processus de recrutement ?\n\n0 1 2 3 4 5 6 7 8 9 10\n\nCliquez sur une note pour répondre. Vos réponses restent confidentielles et n'ont aucune incidence sur le traitement des candidatures.\n\nL'équipe Marque Employeur",
        ],
        n=5,
        extra=FR,
    ),
    # idea: registration confirmation for a salon de l'emploi / forum entreprises with badge, programme and CV advice
    Family(
        "oth_fr_salon_emploi",
        "other",
        "[Salon Emploi & Alternance <inscriptions@salon-emploi.example>|Forum Entreprises {ville} <contact@forum-entreprises.example>|Eventbrite <noreply@eventbrite.example>]",
        [
            "Votre inscription au Salon de l'emploi de {ville}",
            "Votre badge d'accès – Forum Entreprises",
            "J-3 : préparez votre venue au salon",
            "Confirmation d'inscription : job dating {jour}",
        ],
        [
            "Bonjour {name},\n\nvotre inscription au Salon de l'emploi de {ville} est confirmée ! Rendez-vous le {date_fr}, de 9h à 18h, au Parc des Expositions.\n\nVotre badge nominatif est en pièce jointe : imprimez-le ou présentez-le sur votre téléphone à l'entrée.\n\nAu programme : plus de {big} entreprises qui recrutent, des ateliers « réussir son entretien d'embauche » et des relectures de CV gratuites. Pensez à apporter plusieurs exemplaires de votre CV.\n\nL'équipe organisatrice",
            "Bonjour,\n\nmerci pour votre inscription au job dating du {jour} {date_fr} ({heure}–18h). Le principe : des entretiens express de 10 minutes avec les recruteurs présents, sans rendez-vous.\n\nAdresse, plan d'accès et liste des exposants : https://forum-entreprises.example/{ref}\n\nÀ très bientôt !",
        ],
        n=5,
        extra=FR,
    ),
]

# Spanish ------------------------------------------------------------------------------
FAMILIES += [
    # idea: public body / large company portal: número de registro, plazo de presentación, fases del proceso selectivo
    Family(
        "rcv_es_registro_plazos",
        "application_received",
        "[{company} Talento <talento@{slug}.com>|Ayuntamiento de {ciudad} – Recursos Humanos <rrhh@ayto-{slug}.example>|{company} <no-reply@{slug}.jobs.example>]",
        [
            "Justificante de presentación de candidatura",
            "Candidatura registrada con el número {ref}",
            "Hemos recibido tu solicitud – {puesto}",
            "Proceso de selección {ref}: recepción de solicitud",
        ],
        [
            "Estimado/a {me}:\n\nle confirmamos que su solicitud para el puesto de {puesto} ha quedado registrada con el número {ref}.\n\nEl plazo de presentación de candidaturas finaliza el {fecha}. A continuación se publicará la lista provisional de personas admitidas y excluidas, y se abrirá un plazo de diez días hábiles para subsanaciones. Le recomendamos consultar periódicamente el tablón de anuncios de la sede electrónica.\n\nAtentamente,\nServicio de Recursos Humanos",
            "Hola {name}:\n\n¡Gracias por postularte como {puesto}! Tu candidatura (ref. {ref}) ya está en nuestro sistema.\n\nEstos son los próximos pasos:\n1. Revisión de CV: en las próximas [dos|tres] semanas\n2. Si encajas, te llamaremos para una primera conversación\n3. Entrevista con el equipo en {ciudad}\n\nPuedes consultar el estado en tu área de candidato cuando quieras.\n\nUn saludo,\nEquipo de Talento de {company}",
            "Buenos días:\n\nconfirmamos la recepción de su currículum para la oferta {ref}, puesto de {puesto}. Nuestro equipo de selección está analizando los perfiles recibidos y contactará con los candidatos preseleccionados antes del {fecha}.\n\nEste mensaje se ha generado automáticamente; por favor, no responda.\n\n{company}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: referral / spontaneous CV received, answered by an in-house recruiter in a friendly personal note
    Family(
        "rcv_es_referido_espontanea",
        "application_received",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>]",
        [
            "Re: Candidatura espontánea",
            "Tu CV nos ha llegado a través de {amigo}",
            "Re: currículum – {me}",
            "Recibido, {name}",
        ],
        [
            "Hola {name}:\n\n{amigo} me ha pasado tu CV y me ha hablado muy bien de ti. ¡Gracias por tu interés en {company}! Ya he dado de alta tu candidatura para el puesto de {puesto}; esta semana estoy cerrando otros procesos, así que la revisaré con calma la que viene y te digo algo.\n\nUn abrazo,\n{rfirst}",
            "Buenas tardes, {me}:\n\nhemos recibido su candidatura espontánea. Aunque en este momento no tenemos abierta ninguna vacante de {puesto}, la hemos incorporado a nuestra base de datos y la tendremos en cuenta en los procesos de los próximos meses.\n\nReciba un cordial saludo,\n{rfirst} {rlast}\nDepartamento de Personas",
            "¡Hola, {name}! Solo para confirmarte que tu candidatura ha llegado bien. Lo comparto con la responsable del área el {dia} y te escribo en cuanto tengamos una valoración.\n\nSaludos,\n{rfirst}\n\nEnviado desde mi móvil",
        ],
        n=5,
        extra={
            **ES,
            "amigo": ["Lucía", "Javier", "tu excompañero Andrés", "Marta, de Producto", "Pablo"],
        },
    ),
    # idea: invitation with a booking link (Calendly/Google Calendar), interview by video, from ATS or recruiter
    Family(
        "int_es_enlace_agenda",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} Selección <seleccion@{slug}.es>|Talento {company} <talento@{slug}.com>]",
        [
            "Reserva tu entrevista – {puesto}",
            "Elige día y hora para tu entrevista",
            "Invitación a entrevista por videollamada",
            "Queremos conocerte, {name}",
        ],
        [
            "Hola {name}:\n\n¡Nos ha encantado tu perfil! Queremos invitarte a una primera entrevista de unos 30 minutos para el puesto de {puesto}.\n\nReserva el hueco que mejor te venga aquí:\nhttps://calendly.com/{slug}-talento/entrevista\n\nLa entrevista será por Google Meet; recibirás el enlace al confirmar. Si ninguna hora te encaja, respóndeme a este correo y lo buscamos.\n\n¡Hablamos pronto!\n{rfirst}",
            "Estimado/a {me}:\n\ntras revisar su candidatura, nos gustaría mantener una entrevista con usted. Le proponemos las siguientes opciones:\n\n- {dia} {fecha}, a las {hora}\n- {dia} {fecha}, a las 12:30\n- el viernes siguiente, a las 10:00\n\nLa entrevista será presencial en nuestras oficinas de {ciudad} y durará aproximadamente una hora. Le rogamos que nos confirme la opción elegida.\n\nUn cordial saludo,\n{rfirst} {rlast}\nResponsable de Selección",
            "Hola:\n\nte invitamos a programar tu entrevista con {company}. Entra en tu portal de candidato y selecciona una fecha disponible antes del {fecha}. Te enviaremos un recordatorio 24 horas antes.\n\nEquipo de Selección",
        ],
        n=6,
        extra=ES,
    ),
    # idea: consultora/ETT recruiter: "el cliente quiere conocerte", reminder of the interview the day before with address
    Family(
        "int_es_consultora_cliente",
        "interview",
        "agency",
        [
            "¡El cliente quiere conocerte!",
            "Entrevista con {company} confirmada",
            "Recordatorio: mañana entrevista en {company}",
            "Siguiente paso – {puesto}",
        ],
        [
            "Hola {name}:\n\n¡buenas noticias! He presentado tu candidatura a {company} para el puesto de {puesto} y quieren conocerte. Proponen una entrevista [el {dia} a las {hora}|esta misma semana] en su sede de {ciudad}, con la directora del departamento.\n\n¿Te viene bien? Antes te llamo para contarte cómo suelen ser sus entrevistas.\n\nUn saludo,\n{rfirst} {rlast}\nConsultor/a de Selección – {agency}",
            "Buenos días, {me}:\n\nle recuerdo que mañana, {dia}, tiene la entrevista con {company} a las {hora}. La dirección es la que le envié el lunes; pregunte en recepción por el señor {rlast}. Lleve una copia de su CV y el DNI.\n\nCuando termine, llámeme y me cuenta qué tal ha ido.\n\nSaludos cordiales,\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: formal carta de oferta attached: salario bruto anual, fecha de incorporación, contrato indefinido, plazo para aceptar
    Family(
        "off_es_carta_oferta",
        "offer",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} RR. HH. <rrhh@{slug}.es>]",
        [
            "Carta de oferta – {puesto}",
            "Nos encantaría que te unieras a {company}",
            "Oferta de empleo: condiciones",
            "Tu oferta para firmar",
        ],
        [
            "Estimado/a {me}:\n\nes un placer comunicarle que nos gustaría contar con usted en el puesto de {puesto} en {company}. Adjuntamos la carta de oferta con las condiciones:\n\n- Contrato: indefinido, jornada completa\n- Salario: {sueldo}, en [14|12] pagas\n- Fecha de incorporación: {fecha}\n- Centro de trabajo: {ciudad} (modelo híbrido)\n\nLe agradeceríamos que nos devolviera la carta firmada antes del {fecha}. Una vez aceptada, le enviaremos el contrato y la documentación de alta.\n\nQuedamos a su disposición para cualquier duda.\n\nAtentamente,\n{rfirst} {rlast}\nDirección de Personas",
            "¡Hola, {name}!\n\nDespués de las entrevistas lo tenemos clarísimo: queremos que te unas al equipo como {puesto}. Te ofrecemos {sueldo}, seguro médico y jornada intensiva en verano; podrías empezar el {fecha}.\n\nTe mando la oferta por escrito en el adjunto. Si todo te cuadra, fírmala por DocuSign y arrancamos con los papeles del contrato.\n\n¡Ojalá sea un sí!\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: take-home exercise (ejercicio práctico para casa) with a brief, 72 h deadline and how to hand it in
    Family(
        "ass_es_ejercicio_casa",
        "assessment",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} Selección <seleccion@{slug}.es>|Talento {company} <talento@{slug}.com>]",
        [
            "Ejercicio práctico – proceso {puesto}",
            "Tu prueba para casa",
            "Siguiente fase: reto técnico",
            "Candidatura {puesto}: ejercicio a entregar",
        ],
        [
            "Hola {name}:\n\ngracias por tu interés en el puesto de {puesto}. La siguiente fase del proceso es un ejercicio práctico que puedes hacer desde casa. En el PDF adjunto tienes el enunciado: [un conjunto de datos de ventas para analizar y una propuesta de tres recomendaciones|una pequeña API que hay que completar con tests|un plan de campaña para el lanzamiento de un producto].\n\nCalculamos que te llevará unas 3 horas. Tienes 72 horas desde que recibas este correo para enviárnoslo respondiendo a este mismo email o subiéndolo a {slug}.es/entregas/{ref}.\n\n¡Mucha suerte!\n{rfirst}",
            "Estimado/a {me}:\n\ncomo parte del proceso de selección para el puesto de {puesto}, le pedimos que realice un caso práctico por escrito. Encontrará las instrucciones en el siguiente enlace, que estará activo hasta el {fecha}:\n\nhttps://retos.{slug}.es/{ref}\n\nNo es necesario que dedique más de medio día. El equipo evaluará la entrega y le comunicaremos el resultado.\n\nUn saludo,\nDepartamento de Selección",
        ],
        n=5,
        extra=ES,
    ),
    # idea: in-house recruiter cold e-mail or LinkedIn message, tuteo, about an unadvertised role
    Family(
        "out_es_interno_directo",
        "recruiter_outreach",
        "[linkedin|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>]",
        [
            "¿Te apetece un nuevo reto en {company}?",
            "Puesto de {puesto} – he pensado en ti",
            "Hola {name}, una propuesta",
            "¿Charlamos 15 minutos?",
        ],
        [
            "Hola {name}:\n\nsoy {rfirst}, del equipo de Talento de {company}. He visto tu perfil y creo que encajarías muy bien en un puesto de {puesto} que estamos abriendo en {ciudad} (también 100 % remoto dentro de España). Banda salarial: {sueldo}.\n\n¿Estarías abierto/a a una llamada corta para contarte más? Sin compromiso.\n\n¡Un saludo!\n{rfirst}",
            "Buenos días, {me}:\n\nme pongo en contacto con usted porque tenemos abierto un puesto de {puesto} para reforzar nuestro equipo y su experiencia me ha parecido muy interesante. Todavía no hemos publicado la vacante.\n\nSi le apetece conocer el proyecto, dígame cuándo le vendría bien hablar.\n\nSaludos cordiales,\n{rfirst} {rlast}\nTalent Acquisition, {company}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: job-board alert (InfoJobs-style): new offers matching a saved search, with a list and an unsubscribe line
    Family(
        "oth_es_alerta_ofertas",
        "other",
        "[Alertas Empleoya <alertas@empleoya.example>|Trabajando.example <noreply@trabajando.example>|Portal Empleo {ciudad} <avisos@portalempleo.example>]",
        [
            "{big} ofertas nuevas de {puesto}",
            "Tu alerta de empleo: {ciudad}",
            "Nuevas ofertas que encajan contigo",
            "Empresas que buscan perfiles como el tuyo",
        ],
        [
            "Hola {name}:\n\nhay {big} ofertas nuevas que coinciden con tu búsqueda «{puesto}» en {ciudad}:\n\n• {puesto} – {company} – {sueldo}\n• {puesto} junior – empresa confidencial – 24.000 € brutos anuales\n• {puesto} (remoto) – Grupo Ortega\n\nVer todas las ofertas: https://empleoya.example/alertas/{ref}\n\nRecibes este correo porque creaste una alerta. Puedes modificarla o darte de baja aquí.",
            "Buenos días:\n\nestas son las ofertas publicadas hoy en tu zona:\n\n{puesto} · {ciudad} · Jornada completa\nAdministrativo/a · {ciudad} · Media jornada\n\n¿No te interesan? Ajusta tus preferencias para recibir ofertas más precisas.\n\nEl equipo de Trabajando",
        ],
        n=5,
        extra=ES,
    ),
    # idea: job-fair registration (feria de empleo / foro universitario) with QR ticket and CV workshop
    Family(
        "oth_es_feria_empleo",
        "other",
        "[Feria de Empleo {ciudad} <inscripciones@feriaempleo.example>|Foro de Empleo Universitario <foro@universidad-del-sur.example>]",
        [
            "Inscripción confirmada – Feria de Empleo {ciudad}",
            "Tu entrada para el Foro de Empleo",
            "Faltan 3 días: prepara tu visita a la feria",
            "Programa de talleres: entrevista y CV",
        ],
        [
            "Hola {name}:\n\n¡ya estás inscrito/a en la Feria de Empleo de {ciudad}! Te esperamos el {fecha}, de 10:00 a 19:00.\n\nTu entrada con código QR va adjunta. Allí encontrarás más de {big} empresas con procesos de selección abiertos, además de talleres sobre cómo preparar una entrevista de trabajo y revisión gratuita de currículum.\n\nConsejo: lleva varias copias de tu CV.\n\nLa organización",
            "Estimado/a estudiante:\n\nle confirmamos su inscripción en el Foro de Empleo Universitario del {dia} {fecha}. Consulte el listado de empresas participantes y el horario de las charlas en la web del foro.\n\nPara cualquier duda, escriba a foro@universidad.example.\n\nServicio de Orientación y Empleo",
        ],
        n=5,
        extra=ES,
    ),
]

# Dutch --------------------------------------------------------------------------------
FAMILIES += [
    # idea: municipality / zorginstelling receipt: sluitingsdatum, selectiegesprekken in week X, kenmerk
    Family(
        "rcv_nl_kenmerk_planning",
        "application_received",
        "[Gemeente {stad} – Werving <werving@gemeente-{slug}.example>|{company} P&O <sollicitaties@{slug}.nl>|Werken bij {company} <werkenbij@{slug}.nl>]",
        [
            "Ontvangstbevestiging – kenmerk {ref}",
            "Je sollicitatie is binnen",
            "Uw sollicitatie op vacature {ref}",
            "Bevestiging sollicitatie {functie}",
        ],
        [
            "Beste {me},\n\nhartelijk dank voor uw sollicitatie naar de functie van {functie} (vacaturenummer {ref}).\n\nDe sluitingsdatum van de vacature is {datum}. Daarna beoordeelt de selectiecommissie alle brieven. De eerste gesprekken staan gepland in week [14|22|38]; u hoort uiterlijk een week daarvoor of u wordt uitgenodigd.\n\nEen assessment kan onderdeel zijn van de procedure.\n\nMet vriendelijke groet,\nTeam Werving & Selectie",
            "Hoi {name},\n\nleuk dat je hebt gesolliciteerd als {functie} in {stad}! We hebben je cv en motivatie goed ontvangen.\n\nWat kun je verwachten? Binnen [tien werkdagen|twee weken] laten we je weten of we kennis willen maken. Je kunt de status van je sollicitatie altijd volgen in je account.\n\nGroetjes,\nTeam Recruitment {company}",
            "Geachte heer/mevrouw,\n\nuw sollicitatie is in goede orde geregistreerd onder kenmerk {ref}. Wij streven ernaar u binnen drie weken na de sluitingsdatum van de vacature te informeren over het vervolg.\n\nDit bericht is automatisch verzonden.",
        ],
        n=6,
        extra=NL,
    ),
    # idea: open sollicitatie or a referral via a colleague, answered personally: "dank je, ik kijk er volgende week naar"
    Family(
        "rcv_nl_open_via_collega",
        "application_received",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|{rfirst} <{rfirst}@{slug}.nl>]",
        [
            "Re: open sollicitatie",
            "Re: sollicitatie via {collega}",
            "Je cv is binnen",
            "RE: Sollicitatie {functie}",
        ],
        [
            "Hoi {name},\n\n{collega} zei al dat je zou mailen, leuk! Ik heb je cv en brief ontvangen. Deze week zit ik vol met andere gesprekken, maar volgende week kijk ik er rustig naar en dan bel ik je.\n\nGroet,\n{rfirst}",
            "Beste {me},\n\ndank voor uw open sollicitatie. Op dit moment hebben we geen passende vacature, maar ik bespreek uw profiel {dag} met de teamleider {functie}. U hoort in elk geval van mij voor het eind van de maand.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nHR-adviseur",
            "Hi {name}, goed ontvangen, dank je! Ik stuur je sollicitatie door naar de manager en laat je begin volgende week weten hoe het verder gaat.\n\n{rfirst}\n\nVerstuurd vanaf mijn iPhone",
        ],
        n=5,
        extra={
            **NL,
            "collega": ["Sanne", "Joris", "Fatima", "je oud-collega Pieter", "Noor van Finance"],
        },
    ),
    # idea: invitation with a booking link (ATS self-scheduling) and a short description of who is in the gesprek
    Family(
        "int_nl_plan_zelf",
        "interview",
        "[{company} Recruitment <noreply@{slug}.recruitee.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Werken bij {company} <werkenbij@{slug}.nl>]",
        [
            "Plan je sollicitatiegesprek in",
            "Uitnodiging kennismaking – kies een moment",
            "We willen je graag spreken!",
            "Eerste gesprek {functie}: plan zelf een tijd",
        ],
        [
            "Hoi {name},\n\nwat leuk dat je hebt gesolliciteerd! We willen je graag beter leren kennen in een eerste gesprek van 45 minuten via Teams. Je praat met [de teamleider en een collega uit het team|mij en de afdelingsmanager].\n\nKies zelf een moment dat jou uitkomt:\nhttps://{slug}.recruitee.com/o/gesprek/{ref}\n\nLukt geen van de tijden? Laat het even weten, dan zoeken we samen iets.\n\nTot snel!\n{rfirst}",
            "Beste {me},\n\nnaar aanleiding van uw sollicitatie op de functie {functie} nodigen wij u graag uit voor een gesprek. Wij hebben de volgende momenten beschikbaar:\n\n– {dag} {datum} om {tijd} uur\n– {dag} {datum} om 15:00 uur\n\nHet gesprek vindt plaats op ons kantoor in {stad}. Wilt u laten weten welk moment uw voorkeur heeft?\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nRecruiter",
        ],
        n=6,
        extra=NL,
    ),
    # idea: recruitment bureau: "de opdrachtgever wil je spreken", then a reminder of the gesprek the day before
    Family(
        "int_nl_bureau_opdrachtgever",
        "interview",
        "agency",
        [
            "De opdrachtgever wil je spreken!",
            "Gesprek bij {company} ingepland",
            "Herinnering: morgen je gesprek bij {company}",
            "Update sollicitatie {functie}",
        ],
        [
            "Hoi {name},\n\ngoed nieuws: {company} is enthousiast over je cv en wil graag een gesprek met je voor de functie van {functie}! Ze stellen {dag} om {tijd} uur voor, op hun kantoor in {stad}. Past dat?\n\nIk bel je morgen even om het gesprek samen voor te bereiden.\n\nGroet,\n{rfirst} {rlast}\n{agency}",
            "Beste {me},\n\nter herinnering: morgen, {dag} {datum}, heeft u om {tijd} uur uw sollicitatiegesprek bij {company}. U wordt ontvangen door mevrouw {rlast} van HR en de leidinggevende van de afdeling. Parkeren kan in de garage naast het pand.\n\nBel mij gerust na afloop, ik ben benieuwd hoe het is gegaan!\n\nMet vriendelijke groet,\n{rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: public-sector / healthcare aanbod: inschaling, schaal, trede, ingangsdatum, arbeidsvoorwaardenbrief to sign
    Family(
        "off_nl_inschaling",
        "offer",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|HR {company} <hr@{slug}.nl>]",
        [
            "Voorstel arbeidsvoorwaarden {functie}",
            "We willen je graag aannemen!",
            "Je aanstelling bij {company}",
            "Aanbod na ons laatste gesprek",
        ],
        [
            "Beste {me},\n\nmet genoegen laten wij u weten dat de selectiecommissie u heeft gekozen voor de functie van {functie}. Wij bieden u graag een arbeidsovereenkomst aan.\n\nDe belangrijkste voorwaarden:\n– Inschaling: schaal [9|10], trede [4|6] ({salaris})\n– Dienstverband: 36 uur per week, [voor een jaar met uitzicht op vast|voor onbepaalde tijd]\n– Ingangsdatum: {datum}\n\nDe volledige arbeidsvoorwaardenbrief vindt u in de bijlage. Wilt u deze binnen vijf werkdagen ondertekend retourneren?\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nAdviseur P&O",
            "Hoi {name},\n\nik heb goed nieuws: we willen je heel graag aannemen in de functie van {functie}! Ons aanbod: {salaris}, 8% vakantiegeld, een laptop en reiskostenvergoeding. Je kunt wat ons betreft per {datum} beginnen.\n\nIk stuur je vandaag het contract om digitaal te tekenen. Bel me gerust als je nog vragen hebt over de voorwaarden.\n\nHartelijke groet,\n{rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: one-way recorded video-sollicitatie: questions on screen, record, deadline; no live interviewer
    Family(
        "ass_nl_video_opname",
        "assessment",
        "[{company} Recruitment <noreply@{slug}.recruitee.com>|Werken bij {company} <werkenbij@{slug}.nl>|{company} <no-reply@{slug}.videosollicitatie.example>]",
        [
            "Volgende stap: neem je video-sollicitatie op",
            "Uitnodiging voor een video-opname – {functie}",
            "Graag vóór {datum}: jouw videoantwoorden",
            "Je sollicitatie: korte video-opdracht",
        ],
        [
            "Hoi {name},\n\nbedankt voor je sollicitatie als {functie}! Als volgende stap vragen we je om een korte video-sollicitatie op te nemen. Je krijgt [drie|vier] vragen op je scherm en neemt je antwoorden op wanneer het jou uitkomt; er kijkt niemand live mee. Per vraag heb je maximaal twee minuten.\n\nStart hier: https://{slug}.videosollicitatie.example/{ref}\nDe link werkt tot en met {datum}.\n\nSucces!\nTeam Recruitment",
            "Beste {me},\n\nin het kader van uw sollicitatie nodigen wij u uit voor een digitaal video-interview waarbij u uw antwoorden vooraf opneemt. U kunt dit doen op een moment naar keuze, uiterlijk {datum}. De opnames worden daarna door de selectiecommissie bekeken.\n\nLink naar de opname-omgeving: https://video.{slug}.nl/{ref}\n\nMet vriendelijke groet,\nAfdeling Werving & Selectie",
        ],
        n=5,
        extra=NL,
    ),
    # idea: werving-en-selectiebureau headhunter, vertrouwelijk, role the reader never applied to
    Family(
        "out_nl_headhunter_vertrouwelijk",
        "recruiter_outreach",
        "[agency|linkedin]",
        [
            "Vertrouwelijk: functie {functie}",
            "Mag ik je iets voorleggen?",
            "Directie-opdracht in {stad}",
            "Interessante functie, niet openbaar",
        ],
        [
            "Beste {me},\n\nvanuit ons bureau zijn wij door een [familiebedrijf in de maakindustrie|snelgroeiende scale-up] gevraagd om een {functie} te vinden. De vacature wordt niet gepubliceerd. Op basis van uw profiel denk ik dat deze functie goed bij uw ervaring past.\n\nZou u openstaan voor een vrijblijvend en vertrouwelijk telefoongesprek deze of volgende week?\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hoi {name},\n\nik kwam je profiel tegen en wilde je iets voorleggen: ik zoek voor een klant in {stad} iemand voor de functie {functie}, {salaris}, hybride werken. Je hebt hier niet op gesolliciteerd, ik weet het, maar je achtergrond sluit er echt mooi op aan.\n\nZin om even te bellen? Laat maar weten wanneer het jou uitkomt.\n\nGroet,\n{rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: careers newsletter with tips for the sollicitatiegesprek and a CV-check, from a job site (other)
    Family(
        "oth_nl_loopbaan_nieuwsbrief",
        "other",
        "[Loopbaanlab <nieuwsbrief@loopbaanlab.example>|Banenzoeker Magazine <redactie@banenzoeker.example>]",
        [
            "5 vragen die je in elk sollicitatiegesprek krijgt",
            "Je nieuwsbrief: zo onderhandel je over salaris",
            "Loopbaantips van deze maand",
            "Zo val je op met je cv",
        ],
        [
            "Hoi {name},\n\ndeze maand in de nieuwsbrief:\n\n• Vertel eens iets over jezelf – zo pak je die openingsvraag aan\n• Wat trek je aan naar een sollicitatiegesprek?\n• Salaris onderhandelen: vijf zinnen die werken\n\nEn: gratis cv-check door onze loopbaancoaches tot en met {datum}.\n\nLees verder op loopbaanlab.example\n\nJe ontvangt deze e-mail omdat je je hebt aangemeld. Afmelden",
            "Beste lezer,\n\nsteeds meer werkgevers gebruiken video-interviews en assessments. Wat kun je verwachten, en hoe bereid je je voor? Onze redactie sprak met [drie recruiters|een assessmentpsycholoog] en zette de belangrijkste tips op een rij.\n\nVerder: werken op de zorgvacaturemarkt in {stad}, en de vijf meest gemaakte fouten in een motivatiebrief.\n\nVeel leesplezier!\nDe redactie",
        ],
        n=5,
        extra=NL,
    ),
    # idea: careers fair / banenmarkt registration confirmation, plus a candidate-experience survey from a werkgever
    Family(
        "oth_nl_banenmarkt_enquete",
        "other",
        "[Carrièrebeurs {stad} <aanmelden@carrierebeurs.example>|Banenmarkt {stad} <info@banenmarkt.example>|{company} Candidate Experience <enquete@{slug}.nl>]",
        [
            "Je aanmelding voor de Carrièrebeurs {stad}",
            "Je ticket voor de banenmarkt van {dag}",
            "Hoe heb je onze sollicitatieprocedure ervaren?",
            "Korte vragenlijst: jouw ervaring als kandidaat",
        ],
        [
            "Hoi {name},\n\nje bent aangemeld voor de Carrièrebeurs {stad} op {datum}! Je e-ticket zit in de bijlage.\n\nMeer dan {big} werkgevers staan klaar om kennis te maken, en je kunt gratis een professionele LinkedIn-foto laten maken. Tip: kijk vooraf welke bedrijven je wilt spreken en neem een paar cv's mee.\n\nTot dan!\nTeam Carrièrebeurs",
            "Beste {me},\n\nje hebt onlangs bij {company} gesolliciteerd. We zijn benieuwd hoe je de procedure hebt ervaren – ongeacht de uitkomst. Wil je vijf korte vragen beantwoorden? Het kost twee minuten en je antwoorden zijn anoniem.\n\nNaar de vragenlijst: https://enquete.{slug}.nl/{ref}\n\nAlvast bedankt!\nTeam Candidate Experience",
        ],
        n=5,
        extra=NL,
    ),
]
