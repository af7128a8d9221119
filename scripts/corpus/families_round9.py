# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 9: German, French, Spanish and Dutch tests, approaches, receipts and offers.

Alone it read German and Dutch everyday mail as job news more often; it is in the corpus
together with the look-alikes of families_round9b.py (bench/README.md, round 9).

The corpus had few non-English messages for these four labels, and German least of all.

A. Assessment and recruiter outreach, in each of the four languages. Tests: an online
   aptitude or personality test with a deadline, a coding or Excel test link, a reminder
   that the link expires, a one-way recorded video interview (questions on screen, no
   person on the other side) and a take-home case study. Outreach: agency consultants and
   temp agencies writing first about a named role, and in-house recruiters, team leads and
   owners of small firms doing the same; mobile one-liners and long letters, some with a
   salary band, most asking for a call.
B. Application receipts and offers. Receipts from ATS portals with the data-protection
   small print each country uses (DSGVO/BDSG, RGPD/CNIL, RGPD/LOPDGDD and the Mexican
   Aviso de Privacidad, AVG and the NVP Sollicitatiecode), receipts that say the review
   takes some weeks, receipts whose template placeholders were never filled in, and short
   personal "got your CV" notes. Offers: a plain "you've got the job", a formal contract
   letter with the terms, a revised offer after a salary talk, a contract waiting in the
   candidate portal.
C. `other` look-alikes that share the words test, Termin, entretien, prueba, intake and
   Bewerbung with the mail above but are about driving-theory exams, language-school
   placement tests, a gym's trial session, a university entrance test or an online course's
   graded assignment.

Wording ideas come from how recruiters, HR portals, agencies and schools in each country
usually write (formal Sie/vous/usted/u and informal du/tu/tú/je); every sentence is new and
each language is written on its own, not translated from another. Slot values for dates,
cities, local job titles and salaries come from families_languages; unfilled placeholders
in square brackets live in slot values, because a square bracket in a template is a
choice."""

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

ASS, REC, RCV, OFF, OTH = (
    "assessment",
    "recruiter_outreach",
    "application_received",
    "offer",
    "other",
)
LINKEDIN = "{rfirst} {rlast} via LinkedIn <inmail-hit-reply@linkedin.com>"

# Extra slot values per language (values only; the wording lives in the families).
DE_R9 = {
    **DE,
    "plattform": ["HireVue", "Talentcube", "viasto", "Cammio", "Spark Hire"],
    "testportal": ["Aon", "SHL", "cut-e", "TestGorilla", "Eignungsdiagnostik Online"],
    "codeplattform": ["Codility", "HackerRank", "CodeSignal", "TestDome"],
    "frist": ["48 Stunden", "72 Stunden", "fünf Tage", "eine Woche"],
    "luecke_firma": ["[Firmenname]", "(Firmenname)", "[UNTERNEHMEN]", "<<Firma>>"],
    "luecke_stelle": ["[Stellenbezeichnung]", "(Stellentitel)", "[JOB_TITLE]", "%Stelle%"],
    "luecke_name": ["[Nachname]", "(Anrede) (Nachname)", "[Vorname Nachname]", "%NAME%"],
}
FR_R9 = {
    **FR,
    "plateforme": ["Easyrecrue", "HireVue", "Visiotalent", "Spark Hire"],
    "testeur": ["AssessFirst", "Central Test", "SHL", "TestGorilla"],
    "codeplat": ["CodinGame", "HackerRank", "Codility"],
    "delai": ["48 heures", "72 heures", "cinq jours", "une semaine"],
    "trou_poste": ["[Nom du poste]", "[INTITULÉ DU POSTE]", "(intitulé du poste)", "<<poste>>"],
    "trou_entreprise": ["[Nom de l'entreprise]", "(Société)", "[ENTREPRISE]"],
    "trou_nom": ["[Prénom]", "(Nom du candidat)", "[NOM]", "%prenom%"],
}
ES_R9 = {
    **ES,
    "plataforma": ["HireVue", "Spark Hire", "Vervoe", "VideoSelección"],
    "prueba": ["SHL", "Evalart", "TestGorilla", "cut-e"],
    "codigo": ["HackerRank", "Codility", "CodeSignal"],
    "plazo": ["48 horas", "72 horas", "cinco días", "una semana"],
    "hueco_puesto": ["[Nombre del puesto]", "(puesto)", "[PUESTO]", "%VACANTE%"],
    "hueco_empresa": ["[Nombre de la empresa]", "(Empresa)", "[EMPRESA S.L.]"],
    "hueco_nombre": ["[Nombre]", "(nombre del candidato)", "[NOMBRE_CANDIDATO]"],
}
NL_R9 = {
    **NL,
    "platform": ["Cammio", "HireVue", "Spark Hire", "Harver"],
    "toets": ["Ixly", "SHL", "TestGorilla", "Aon"],
    "codeplatform": ["Codility", "HackerRank", "CodeSignal"],
    "termijn": ["48 uur", "72 uur", "vijf dagen", "een week"],
    "gat_functie": ["[Functienaam]", "(functietitel)", "[VACATURE]", "%functie%"],
    "gat_bedrijf": ["[Bedrijfsnaam]", "(organisatie)", "[BEDRIJF]"],
    "gat_naam": ["[Voornaam]", "(naam kandidaat)", "[NAAM]"],
}

# Made-up agencies; the bodies speak of "our client" and never name the agency, so any of
# these senders fits any body.
DE_AGENCY = f"[{{rfirst}} {{rlast}} – Kessler Personalberatung <{{rfirst}}.{{rlast}}@kessler-personal.de>|{{rfirst}} {{rlast}} <{{rfirst}}@nordlicht-recruiting.de>|{{rfirst}} {{rlast}} (Brückner Executive Search) <kontakt@brueckner-search.de>|{{rfirst}} {{rlast}} <{{rlast}}@talentwerk-rhein.de>|{LINKEDIN}]"
FR_AGENCY = f"[{{rfirst}} {{rlast}} – Arpège Conseil <{{rfirst}}.{{rlast}}@arpege-conseil.fr>|{{rfirst}} {{rlast}} <{{rfirst}}@talents-rive-gauche.fr>|{{rfirst}} {{rlast}} (Boussole RH) <contact@boussole-rh.fr>|{LINKEDIN}]"
ES_AGENCY = f"[{{rfirst}} {{rlast}} – Brújula Talento <{{rfirst}}.{{rlast}}@brujulatalento.es>|{{rfirst}} {{rlast}} <{{rfirst}}@selecta-norte.es>|{{rfirst}} {{rlast}} (Puente Headhunting) <hola@puenteheadhunting.com>|{LINKEDIN}]"
NL_AGENCY = f"[{{rfirst}} {{rlast}} – Polder Werving & Selectie <{{rfirst}}.{{rlast}}@polderwerving.nl>|{{rfirst}} {{rlast}} <{{rfirst}}@kanaalrecruitment.nl>|{{rfirst}} {{rlast}} (Brugwachter Search) <info@brugwachtersearch.nl>|{LINKEDIN}]"

FAMILIES: list[Family] = [
    # A. German ----------------------------------------------------------------------------
    # idea: my own picture of a German HR portal sending an aptitude or personality test with a deadline, an expiry warning, and a developer team's casual coding or Excel test link
    Family(
        "ass_r9_de_onlinetest",
        ASS,
        f"[{DE_ATS}|{DE_PERSON}]",
        [
            "Ihre Bewerbung als {stelle}: Online-Test",
            "Nächster Schritt: Eignungstest bis {datum}",
            "Erinnerung: Ihr Testlink läuft bald ab",
            "Einladung zum Online-Assessment – {company}",
            "Dein Coding-Test für die Stelle {stelle}",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbung als {stelle}. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie im nächsten Schritt zu unserem Online-Eignungstest einladen.\n\nDer Test besteht aus drei Teilen – [logisches Denken, Zahlenverständnis und ein Persönlichkeitsfragebogen|Sprachverständnis, Zahlenreihen und ein kurzer Fragebogen zu Ihrer Arbeitsweise] – und dauert insgesamt etwa [40|45|60] Minuten. Bitte planen Sie eine ungestörte Zeit ein; einmal begonnen, lässt sich der Test nicht unterbrechen.\n\nDen persönlichen Zugangslink erhalten Sie in einer separaten E-Mail von {testportal}. Bitte schließen Sie den Test bis spätestens {datum} um 23:59 Uhr ab.\n\nBei technischen Problemen wenden Sie sich bitte direkt an den Support des Anbieters.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n{company}",
            "Guten Tag {me},\n\nwir haben festgestellt, dass Sie den Online-Test zu Ihrer Bewerbung (Kennziffer {ref}) noch nicht abgeschlossen haben. Ihr Zugang ist nur noch [24 Stunden|48 Stunden|bis morgen Abend] gültig. Danach verfällt der Link automatisch, und wir können das Verfahren für Sie leider nicht fortsetzen.\n\nZum Test: https://assessment.{slug}.de/start/{ref}\n\nFalls Sie den Test bereits absolviert haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n\nFreundliche Grüße\nPersonalabteilung {company}\n\nDies ist eine automatisch erzeugte Nachricht.",
            "Hi {name},\n\nschön, dass du Lust auf die Stelle als {stelle} hast! Bevor wir uns persönlich unterhalten, schicken wir allen Kandidat*innen einen kurzen Coding-Test über {codeplattform}. Das sind [zwei|drei] Aufgaben, für die du ungefähr 90 Minuten brauchst – Sprache deiner Wahl, Google ist erlaubt.\n\nDer Link kommt gleich in einer eigenen Mail und ist {frist} gültig. Wenn das zeitlich gerade gar nicht passt, sag kurz Bescheid, dann verlängern wir.\n\nViele Grüße\n{rfirst}",
            "Hallo {name},\n\nwie telefonisch besprochen, bekommen Sie hier den Link zu unserem Excel-Test für die Position {stelle}: https://{slug}.testgorilla.com/invite/{ref}\n\nSie werten darin [einen Datensatz mit Umsatzzahlen|eine kleine Kostenstellenübersicht] mit SVERWEIS, Pivot-Tabellen und ein paar WENN-Formeln aus. Sobald Sie starten, läuft eine Uhr von 40 Minuten; der Link selbst ist bis {tag}, {datum}, aktiv.\n\nViel Erfolg!\n{rfirst} {rlast}\nHR {company}",
            "Sehr geehrte/r {me},\n\nim Rahmen des Auswahlverfahrens für die Stelle {stelle} bitten wir alle Bewerberinnen und Bewerber, einen Persönlichkeitsfragebogen auszufüllen. Es gibt dabei keine richtigen oder falschen Antworten; antworten Sie am besten spontan. Die Bearbeitung dauert rund 25 Minuten.\n\nFrist: {datum}\nAnbieter: {testportal}\nZugangscode: {ref}\n\nDie Ergebnisse verwenden wir ausschließlich für diese Bewerbung und löschen sie nach Abschluss des Verfahrens.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nTalent Acquisition",
        ],
        n=6,
        extra=DE_R9,
    ),
    # idea: my own sketch of a German one-way video interview invitation and its reminder, plus a take-home case study sent after a first phone call
    Family(
        "ass_r9_de_video_fallstudie",
        ASS,
        f"[{DE_ATS}|{DE_PERSON}]",
        [
            "Einladung zum zeitversetzten Videointerview",
            "Ihre Bewerbung: Videointerview über {plattform}",
            "Erinnerung: Videointerview noch offen",
            "Fallstudie für die Stelle {stelle}",
            "Deine Probeaufgabe – {company}",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir freuen uns, Sie zum nächsten Schritt im Bewerbungsprozess für die Position {stelle} einzuladen: einem zeitversetzten Videointerview über {plattform}.\n\nSo funktioniert es: Sie sehen nacheinander [vier|fünf|sechs] Fragen auf dem Bildschirm, haben jeweils 30 Sekunden Bedenkzeit und bis zu zwei Minuten für Ihre Antwort. Ihre Antworten werden aufgezeichnet; es ist niemand live zugeschaltet. Sie brauchen nur eine Kamera, ein Mikrofon und eine stabile Internetverbindung.\n\nBitte nehmen Sie das Interview bis zum {datum} auf. Vorher können Sie eine Probefrage beliebig oft üben.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team {company}",
            "Hallo {name},\n\nkleine Erinnerung: Dein Videointerview für die Stelle {stelle} ist noch nicht aufgezeichnet. Der Link funktioniert noch bis {tag}. Plan ungefähr 20 Minuten ein und such dir einen ruhigen Ort – vor jeder Frage hast du kurz Zeit zum Nachdenken, und am anderen Ende sitzt niemand, der dir zuschaut.\n\nDen Link findest du in unserer ersten Mail oder in deinem Bewerberkonto.\n\nBeste Grüße\nTeam Recruiting",
            "Hallo {name},\n\nvielen Dank noch mal für das nette Telefonat. Wie angekündigt kommt hier die Probeaufgabe für die Stelle {stelle}: Im Anhang findest du ein kurzes Briefing zu [einer Kampagne für ein neues Produkt|der Neugestaltung unseres Onboardings|einer Analyse unserer Kundenabwanderung]. Bitte bereite dazu eine Präsentation mit höchstens zehn Folien vor.\n\nWir rechnen mit etwa vier Stunden Aufwand – bitte investier nicht mehr. Schick uns dein Ergebnis bis {tag}, {datum}, dann schauen wir es uns im Team an.\n\nBei Fragen melde dich einfach!\n{rfirst}",
            "Sehr geehrte/r {me},\n\nals nächsten Schritt im Auswahlverfahren bitten wir Sie, die beigefügte Fallstudie zu bearbeiten. Sie enthält [Kennzahlen eines fiktiven Mittelständlers|einen anonymisierten Datensatz aus unserem Vertrieb|eine typische Fragestellung aus dem Projektalltag], zu der wir Ihre Einschätzung und einen Lösungsvorschlag erwarten.\n\nBearbeitungszeit: {frist} ab Erhalt dieser E-Mail\nUmfang: höchstens fünf Seiten oder zehn Folien\nEinreichung: als PDF per Antwort auf diese Nachricht\n\nIhre Ausarbeitung nutzen wir ausschließlich zur Beurteilung Ihrer Bewerbung.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nPersonalreferat\n{company}",
            "Hi {name}, wie besprochen: Die Aufnahme fürs Video-Interview (3 Fragen, keine Live-Person, über {plattform}) bitte bis {datum} erledigen. Danach melden wir uns zu deiner Bewerbung. LG {rfirst}",
        ],
        n=6,
        extra=DE_R9,
    ),
    # idea: my own version of how German Personalberater and temp agencies open: a discreet client mandate with salary and benefits, a phone-first nudge, a follow-up
    Family(
        "rec_r9_de_personalberatung",
        REC,
        DE_AGENCY,
        [
            "Spannende Position als {stelle} in {ort}",
            "Vertrauliche Anfrage: {stelle}",
            "Kurze Frage zu einer Vakanz bei unserem Kunden",
            "Ihr Profil / {stelle}",
            "Offen für einen Wechsel?",
        ],
        [
            "Sehr geehrte/r {me},\n\nich bin über Ihr XING-Profil auf Sie aufmerksam geworden und melde mich mit einer Anfrage, die für Sie interessant sein könnte. Im Auftrag eines [familiengeführten Industrieunternehmens|etablierten Versicherers|wachsenden Softwarehauses] in der Region {ort} suche ich eine/n {stelle}.\n\nDie Position ist unbefristet, das Zielgehalt liegt bei etwa {gehalt} zuzüglich Bonus, und bis zu zwei Tage Homeoffice pro Woche sind möglich. Den Namen unseres Mandanten nenne ich Ihnen gern in einem ersten vertraulichen Telefonat.\n\nHätten Sie in den nächsten Tagen 15 Minuten Zeit? Selbstverständlich behandle ich Ihre Angaben absolut diskret.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nSenior Consultant",
            "Hi {name}, ich hab gesehen, dass du seit ein paar Jahren in dem Bereich unterwegs bist – ich hab gerade eine offene Stelle als {stelle} in {ort} auf dem Tisch, remote-first, {gehalt}. Lust auf einen kurzen Call diese Woche? VG {rfirst}\n\nVon meinem iPhone gesendet",
            "Guten Tag {me},\n\nentschuldigen Sie die unaufgeforderte Nachricht. Als Personalberater/in mit Schwerpunkt Finanzen und Controlling besetze ich derzeit für einen Kunden die Stelle {stelle}. Ihr Profil aus unserer Kandidatendatenbank passt aus meiner Sicht sehr gut dazu.\n\nDas Wichtigste in Kürze:\n– Standort: {ort}, hybrid\n– Gehaltsrahmen: {gehalt} brutto im Jahr\n– 30 Tage Urlaub, Jobrad, betriebliche Altersvorsorge\n– Berichtslinie direkt an die kaufmännische Geschäftsführung\n\nWenn Sie offen für einen Wechsel sind, schicken Sie mir gern Ihren aktuellen Lebenslauf oder nennen Sie mir einen Zeitpunkt für ein Telefonat.\n\nBeste Grüße\n{rfirst} {rlast}",
            "Hallo {name},\n\nich hatte Ihnen letzte Woche wegen der Vakanz als {stelle} geschrieben und wollte kurz nachhaken. Die Stelle ist noch offen, und mein Kunde würde Sie gern kennenlernen. Passt Ihnen ein kurzes Telefonat am {tag} gegen {uhr} Uhr?\n\nViele Grüße\n{rfirst} {rlast}",
            "Moin {name},\n\nwir sind eine Personalvermittlung aus {ort} und suchen für einen Kunden ab sofort Verstärkung als {stelle} – mit Option auf Übernahme nach sechs Monaten. Dein Lebenslauf aus der Jobbörse passt gut. Ruf mich gern an oder antworte kurz mit deiner Telefonnummer, dann melde ich mich.\n\nGruß\n{rfirst} {rlast}\nPersonaldisposition",
        ],
        n=6,
        extra=DE,
    ),
    # idea: my own take on German team leads, in-house recruiters and small-firm owners approaching someone directly, with or without a posting yet
    Family(
        "rec_r9_de_direktansprache_intern",
        REC,
        f"[{DE_PERSON}|{LINKEDIN}]",
        [
            "Ihr Profil hat mich neugierig gemacht",
            "{stelle} bei {company} – Interesse?",
            "Wir bauen ein neues Team in {ort} auf",
            "Direktansprache: {stelle}",
        ],
        [
            "Hallo {name},\n\nich bin {rfirst}, Teamlead bei {company}. Wir suchen gerade eine/n {stelle}, und ehrlich gesagt hat mich dein Profil mehr angesprochen als die meisten Bewerbungen, die bei uns reinkommen. Besonders [dein Projekt zur Prozessautomatisierung|deine Erfahrung mit internationalen Kunden|deine Zeit im Start-up-Umfeld] passt super zu dem, was wir vorhaben.\n\nKein Anschreiben nötig – hättest du Lust, dass wir uns einfach mal 20 Minuten per Video austauschen? Ich erzähl dir, was wir machen, und du entscheidest danach, ob du dich bewerben willst.\n\nViele Grüße\n{rfirst} {rlast}",
            "Sehr geehrte/r {me},\n\nmein Name ist {rfirst} {rlast}; im Talent-Acquisition-Team von {company} bin ich für die Besetzung technischer Positionen zuständig. Auf der Suche nach Verstärkung für unseren Standort {ort} bin ich auf Ihr Profil gestoßen.\n\nFür die Position {stelle} bieten wir ein Fixgehalt ab {gehalt} plus variablen Anteil, flexible Arbeitszeiten und ein jährliches Weiterbildungsbudget. Die Stellenbeschreibung finden Sie unter https://karriere.{slug}.de/jobs/{ref}.\n\nWenn Sie grundsätzlich Interesse haben, freue ich mich über eine kurze Rückmeldung mit zwei, drei Terminvorschlägen für ein unverbindliches Telefonat.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nTalent Acquisition Partner\n{company}",
            "Guten Tag {me}, wir haben bei {company} eine neue Stelle als {stelle} geschaffen, und ich glaube, Sie wären genau die richtige Person dafür. Darf ich Sie dazu kurz anrufen? Beste Grüße, {rfirst} {rlast}, Abteilungsleitung",
            "Hallo {name},\n\nwir kennen uns nicht, aber ein gemeinsamer Kontakt hat mir Ihren Namen genannt. Ich leite {company} – wir sind rund 40 Leute in {ort} – und suche jemanden für die Stelle {stelle}. Die Ausschreibung ist noch gar nicht online.\n\nHätten Sie Lust auf einen Kaffee oder ein Telefonat, ganz unverbindlich? Ich würde Ihnen gern erzählen, was wir vorhaben.\n\nHerzliche Grüße\n{rfirst} {rlast}\nGeschäftsführung",
        ],
        n=5,
        extra=DE,
    ),
    # A. French ----------------------------------------------------------------------------
    # idea: my own rendering of French psychometric and technical tests: an AssessFirst-style questionnaire, an expiry warning, a CodinGame link in tu, an Excel test with RECHERCHEV
    Family(
        "ass_r9_fr_tests_en_ligne",
        ASS,
        f"[{FR_ATS}|{FR_PERSON}]",
        [
            "Votre candidature – tests en ligne à compléter",
            "Prochaine étape : questionnaire {testeur}",
            "Rappel : votre test expire bientôt",
            "Test technique pour le poste de {poste}",
            "Candidature {ref} : évaluation en ligne",
        ],
        [
            "Bonjour {me},\n\nNous vous remercions pour votre candidature au poste de {poste} et avons le plaisir de vous informer qu'elle a retenu notre attention.\n\nAvant d'aller plus loin, nous vous invitons à compléter un questionnaire de personnalité ainsi qu'un test de raisonnement sur la plateforme {testeur}. Comptez environ 35 minutes au total ; il n'y a pas de bonne ou de mauvaise réponse au questionnaire, soyez simplement vous-même.\n\nVous recevrez vos identifiants dans un e-mail séparé. Merci de finaliser l'ensemble avant le {jour} {date_fr} à minuit.\n\nBien cordialement,\nLe service Recrutement\n{company}",
            "Bonjour {me},\n\nSauf erreur de notre part, vous n'avez pas encore passé le test en ligne lié à votre candidature (réf. {ref}). Votre lien d'accès expirera dans [24|48] heures. Passé ce délai, nous ne pourrons malheureusement pas poursuivre l'étude de votre dossier.\n\nAccéder au test : https://evaluation.{slug}.fr/session/{ref}\n\nSi vous l'avez déjà terminé, merci de ne pas tenir compte de ce message.\n\nCordialement,\nL'équipe RH\n\nMessage automatique, merci de ne pas y répondre.",
            "Salut {name} !\n\nMerci pour ta candidature, ton profil nous plaît bien. Chez nous, l'étape suivante pour le poste de {poste}, c'est un petit test technique sur {codeplat} : trois exercices, environ 1h30, dans le langage de ton choix. Tu peux le faire quand tu veux, le lien reste actif {delai}.\n\nSi tu bloques sur un souci technique, réponds simplement à ce mail.\n\nÀ très vite,\n{rfirst}",
            "Bonjour {name},\n\nComme convenu lors de notre échange téléphonique, voici le lien vers le test Excel prévu pour le poste de {poste} : https://{slug}.testgorilla.com/fr/{ref}\n\nAu programme : tableaux croisés dynamiques, RECHERCHEV et quelques formules conditionnelles sur un fichier de ventes. Le chrono est de 40 minutes une fois le test lancé. Merci de le passer avant {jour} soir.\n\nBonne chance !\n{rfirst} {rlast}\nTalent Acquisition",
            "Madame, Monsieur,\n\nDans le cadre du processus de recrutement pour le poste de {poste} à {ville}, vous êtes invité(e) à passer des tests psychotechniques en ligne (logique, aptitude numérique et compréhension verbale). Ces épreuves sont chronométrées et doivent être réalisées en une seule fois, dans un endroit calme.\n\nDate limite : {date_fr}\nDurée estimée : 50 minutes\nPrestataire : {testeur}\n\nLes résultats seront exploités uniquement dans le cadre de votre candidature.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nDirection des Ressources Humaines\n{company}",
        ],
        n=6,
        extra=FR_R9,
    ),
    # idea: my own sketch of the French « entretien vidéo différé » (questions on screen, no recruiter live), a written case study and a developer's take-home exercise
    Family(
        "ass_r9_fr_video_differe_cas",
        ASS,
        f"[{FR_ATS}|{FR_PERSON}]",
        [
            "Entretien vidéo différé – {poste}",
            "Invitation à enregistrer votre entretien vidéo",
            "Rappel : entretien vidéo en attente",
            "Votre étude de cas – {company}",
            "Exercice à réaliser pour le poste de {poste}",
        ],
        [
            "Bonjour {me},\n\nSuite à l'étude de votre candidature pour le poste de {poste}, nous avons le plaisir de vous convier à un entretien vidéo différé via {plateforme}.\n\nConcrètement, [quatre|cinq] questions s'afficheront à l'écran l'une après l'autre. Vous disposerez d'une minute pour préparer chaque réponse et de deux minutes pour l'enregistrer. Aucun recruteur ne sera connecté en direct : nous visionnerons vos réponses ensuite.\n\nMerci d'enregistrer vos réponses avant le {date_fr}. Un ordinateur ou un smartphone équipé d'une caméra suffit.\n\nBien à vous,\nL'équipe Recrutement de {company}",
            "Hello {name}, petit rappel : ton entretien vidéo enregistré pour le poste de {poste} n'est pas encore fait. Le lien expire {jour}. Ça prend un quart d'heure, pas de recruteur en face, juste toi et ta caméra. Bon courage ! {rfirst}",
            "Bonjour {name},\n\nMerci encore pour notre échange de mardi. Comme annoncé, voici l'étude de cas pour la suite du processus de recrutement : vous trouverez en pièce jointe un dossier sur [le lancement d'une offre d'abonnement|l'optimisation de notre chaîne logistique|la baisse de fidélité de nos clients en région]. Nous attendons une note de synthèse de trois pages maximum avec vos recommandations.\n\nVous avez {delai} pour nous la renvoyer. Inutile d'y passer plus d'une demi-journée : nous regardons surtout votre raisonnement.\n\nBien cordialement,\n{rfirst} {rlast}\nManager, {company}",
            "Salut {name},\n\nVoici le test technique à faire à la maison pour le poste de {poste} : un petit projet à cloner depuis notre dépôt, avec une API à compléter et quelques tests unitaires à faire passer. Les consignes sont dans le README.\n\nOn estime le travail à trois ou quatre heures. Envoie-nous le lien de ton dépôt d'ici {delai}, ou dis-nous si tu as besoin de plus de temps.\n\nBonne journée,\n{rfirst}",
            "Madame, Monsieur,\n\nNous vous rappelons que l'enregistrement de votre entretien vidéo pour le poste de {poste} (référence {ref}) doit être effectué au plus tard le {date_fr}. Après cette date, l'invitation ne sera plus valable.\n\nEn cas de difficulté technique, le support de {plateforme} est joignable depuis la page d'accueil de l'entretien.\n\nCordialement,\nService Recrutement",
        ],
        n=6,
        extra=FR_R9,
    ),
    # idea: my own picture of French cabinet de recrutement and intérim approaches: a LinkedIn message with CDI and salary, a confidential mission, a relance
    Family(
        "rec_r9_fr_cabinet",
        REC,
        FR_AGENCY,
        [
            "Opportunité : {poste} à {ville}",
            "Un poste qui pourrait vous intéresser",
            "Votre profil LinkedIn – {poste}",
            "Échange rapide ?",
            "Mission de recrutement confidentielle",
        ],
        [
            "Bonjour {me},\n\nJe me permets de vous contacter car votre parcours a retenu mon attention sur LinkedIn. Je travaille dans un cabinet de recrutement spécialisé dans les fonctions support, et j'accompagne actuellement l'un de nos clients, [un groupe industriel|une fintech en forte croissance|une ETI familiale], sur le recrutement d'un(e) {poste} basé(e) à {ville}.\n\nLe poste est en CDI, avec une rémunération de {salaire} selon profil, deux jours de télétravail par semaine et de vraies perspectives d'évolution.\n\nSeriez-vous disponible pour un échange téléphonique d'une quinzaine de minutes cette semaine ? Je vous présenterai le contexte plus en détail.\n\nBien à vous,\n{rfirst} {rlast}\nSenior Consultant",
            "Hello {name}, je recrute pour une startup parisienne un(e) {poste}, full remote possible, {salaire}. Ton profil colle pile à ce qu'ils cherchent. Partant pour en parler 10 min ? {rfirst}",
            "Madame, Monsieur,\n\nDans le cadre d'une mission confidentielle, notre cabinet recherche pour le compte d'un acteur reconnu du secteur [bancaire|de la santé|de la grande distribution] un(e) {poste}. Votre CV, présent dans notre base de candidats, correspond aux compétences recherchées.\n\nPoste : {poste}\nLieu : {ville}\nContrat : CDI, statut cadre\nRémunération : {salaire} + variable\n\nSi ce poste vous intéresse, merci de nous faire parvenir votre CV actualisé ou de nous indiquer vos disponibilités pour un appel.\n\nCordialement,\n{rfirst} {rlast}\nChargé de mission",
            "Bonjour {name},\n\nJe reviens vers vous au sujet du poste de {poste} dont je vous parlais la semaine dernière. Le client avance vite et j'aimerais vous présenter avant la fin du mois si cela vous intéresse. Un créneau {jour} vers {heure} vous conviendrait-il pour en discuter ?\n\nBelle journée,\n{rfirst}",
            "Bonjour {me},\n\nNotre agence d'intérim de {ville} recherche pour une entreprise cliente un(e) {poste} pour une mission de six mois, avec possibilité d'embauche en CDI à l'issue. Nous avons vu votre CV sur un site d'emploi et il nous semble bien correspondre. Pouvez-vous nous rappeler ou répondre à ce message avec vos disponibilités ?\n\nL'équipe de l'agence",
        ],
        n=6,
        extra=FR,
    ),
    # idea: my own version of a French product lead, a responsable recrutement and a PME founder contacting someone first, before or instead of a posting
    Family(
        "rec_r9_fr_approche_directe",
        REC,
        f"[{FR_PERSON}|{LINKEDIN}]",
        [
            "Rejoindre {company} ?",
            "Votre profil a retenu mon attention",
            "Nous recrutons un(e) {poste}",
            "Prise de contact – {poste} chez {company}",
        ],
        [
            "Salut {name},\n\nJe suis {rfirst}, je dirige l'équipe produit chez {company}. On ouvre un poste de {poste} et, en parcourant ton profil, je me suis dit que ça pourrait vraiment te parler : [ton expérience en SaaS B2B|ton passage en agence digitale|tes projets open source] correspond à ce qu'on cherche.\n\nPas besoin de lettre de motivation : on pourrait juste prendre un café virtuel de 20 minutes pour que je te présente l'équipe ? Si ça te tente, dis-moi quel moment t'arrange.\n\nÀ bientôt,\n{rfirst} {rlast}",
            "Bonjour {me},\n\nJe suis {rfirst} {rlast}, responsable du recrutement chez {company}. Nous renforçons nos équipes à {ville} et je me permets de vous solliciter directement pour un poste de {poste} en CDI.\n\nNous proposons une rémunération de {salaire}, une mutuelle prise en charge à 100 %, des RTT et un accord de télétravail. L'annonce complète est disponible ici : https://carrieres.{slug}.com/offres/{ref}\n\nSi le poste éveille votre intérêt, je vous propose d'en parler lors d'un court appel, au moment qui vous arrange.\n\nCordialement,\n{rfirst} {rlast}\nResponsable Talent Acquisition\n{company}",
            "Bonjour {me}, nous avons un poste de {poste} à pourvoir chez {company} et un ancien collègue à vous m'a donné votre nom. Auriez-vous quelques minutes pour un appel cette semaine ? Bien à vous, {rfirst} {rlast}",
            "Bonjour {name},\n\nJe fais partie des fondateurs de {company}, une PME d'une trentaine de personnes basée à {ville}. Nous créons un poste de {poste} qui n'est pas encore publié, et votre parcours correspond exactement au profil que nous avons en tête.\n\nSeriez-vous ouvert(e) à une discussion informelle, sans engagement ? Je peux m'adapter à vos horaires.\n\nBien cordialement,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=FR,
    ),
    # A. Spanish ---------------------------------------------------------------------------
    # idea: my own sketch of Spanish and Latin American online tests: a psychometric battery, a HackerRank link in tú, an expiring link, a BUSCARV Excel test, a Mexican evaluación psicométrica
    Family(
        "ass_r9_es_pruebas_online",
        ASS,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "Siguiente paso: pruebas online – {puesto}",
            "Tu candidatura: test de aptitudes",
            "Recordatorio: tu prueba caduca pronto",
            "Prueba técnica para el puesto de {puesto}",
            "Evaluación online – ref. {ref}",
        ],
        [
            "Estimado/a {me}:\n\nLe agradecemos el interés mostrado en el puesto de {puesto}. Tras revisar su candidatura, nos complace invitarle a la siguiente fase del proceso de selección: una batería de pruebas online de razonamiento numérico, verbal y abstracto, además de un cuestionario de personalidad.\n\nLa duración aproximada es de 50 minutos. Le recomendamos realizarla en un lugar tranquilo y de una sola vez. Recibirá el enlace de acceso de la plataforma {prueba} en un correo aparte.\n\nFecha límite: {fecha}\n\nAtentamente,\nDepartamento de Selección\n{company}",
            "¡Hola, {name}!\n\nGracias por presentarte a la vacante de {puesto}. El siguiente paso es una prueba técnica en {codigo}: son tres ejercicios de programación y te llevará unos 90 minutos. Puedes usar el lenguaje que prefieras.\n\nEl enlace estará activo durante {plazo} desde que lo recibas. Si ese plazo no te viene bien por trabajo o vacaciones, escríbeme y lo ampliamos sin problema.\n\nUn saludo,\n{rfirst}",
            "Hola {name}:\n\nTe recordamos que aún tienes pendiente la prueba online asociada a tu candidatura (ref. {ref}). El enlace caduca [mañana a las 23:59|en 24 horas|el {dia} a medianoche] y, una vez vencido, no podremos continuar con tu proceso.\n\nAcceder a la prueba: https://evaluacion.{slug}.es/{ref}\n\nSi ya la has completado, ignora este mensaje.\n\nEquipo de Talento\n\nEste es un mensaje automático. Por favor, no respondas a este correo.",
            "Buenos días, {name}:\n\nTal y como hablamos por teléfono, te envío el enlace a la prueba de Excel para el puesto de {puesto}: https://{slug}.testgorilla.com/es/{ref}\n\nIncluye tablas dinámicas, BUSCARV y algo de formato condicional sobre un fichero de ventas. Tienes 40 minutos una vez que empieces. Te pido que la hagas antes del {dia}.\n\n¡Mucha suerte!\n{rfirst} {rlast}\nEquipo de Selección",
            "Estimado(a) {me}:\n\nReciba un cordial saludo. Como parte del proceso de reclutamiento para la vacante de {puesto} en {ciudad}, le solicitamos atentamente responder una evaluación psicométrica en línea. La prueba no tiene respuestas correctas ni incorrectas y toma alrededor de 30 minutos.\n\nFavor de completarla a más tardar el {fecha}. Sin la evaluación, su postulación no podrá avanzar a la siguiente etapa.\n\nQuedamos a sus órdenes.\n\nReclutamiento y Selección\n{company}",
        ],
        n=6,
        extra=ES_R9,
    ),
    # idea: my own picture of the Spanish videoentrevista diferida (recorded, no live interviewer), its reminder, a caso práctico and a formal prueba práctica for a plaza
    Family(
        "ass_r9_es_video_caso",
        ASS,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "Invitación a videoentrevista diferida",
            "Graba tu videoentrevista – {puesto}",
            "Recordatorio: videoentrevista pendiente",
            "Caso práctico para tu candidatura",
            "Ejercicio para el puesto de {puesto}",
        ],
        [
            "Hola {name}:\n\nNos alegra contarte que tu candidatura para el puesto de {puesto} pasa a la siguiente fase: una videoentrevista grabada a través de {plataforma}.\n\nVerás [tres|cuatro|cinco] preguntas en pantalla, una detrás de otra. Tendrás 30 segundos para pensar cada respuesta y hasta dos minutos para grabarla. No habrá nadie conectado en directo; el equipo revisará las grabaciones después.\n\nPuedes hacerla desde el móvil o el ordenador, cuando mejor te venga, siempre antes del {fecha}.\n\n¡Mucha suerte!\nEquipo de Selección de {company}",
            "Estimado/a {me}:\n\nLe recordamos que todavía no ha completado la entrevista en vídeo diferida del proceso de selección de {puesto}. El enlace dejará de estar disponible el {fecha}. Se trata de una grabación, por lo que no es necesario concertar ninguna cita.\n\nAtentamente,\nRecursos Humanos",
            "Hola {name}:\n\nGracias de nuevo por la charla del otro día. Como te comenté, el siguiente paso del proceso de selección es un caso práctico. En el adjunto tienes el enunciado: se trata de [diseñar un plan de captación para una nueva línea de producto|analizar las ventas de un trimestre y proponer mejoras|reorganizar el servicio de atención al cliente]. Queremos ver cómo lo planteas, no un trabajo perfecto.\n\nEnvíanos tu propuesta (máximo ocho diapositivas) en un plazo de {plazo}. Calcula unas cuatro horas de trabajo.\n\nUn abrazo,\n{rfirst} {rlast}",
            "Hola {name}, te paso el enlace de la videoentrevista grabada para el puesto de {puesto}. Son 4 preguntas, sin entrevistador en directo. Tienes hasta el {dia}. ¡Ánimo! {rfirst}",
            "Estimado/a {me}:\n\nEn el marco del proceso de selección para la plaza de {puesto}, le remitimos la prueba práctica que deberá resolver de forma individual. Encontrará las instrucciones y los datos necesarios en el documento adjunto.\n\nPlazo de entrega: {plazo} desde la recepción de este correo\nFormato: un único archivo PDF\nEnvío: respondiendo a este mensaje\n\nLa prueba será valorada por el responsable del área junto con el resto de su candidatura.\n\nReciba un cordial saludo,\n{rfirst} {rlast}\nDepartamento de Personas",
        ],
        n=6,
        extra=ES_R9,
    ),
    # idea: my own version of Spanish consultoras, headhunters and LatAm agencies writing first: a LinkedIn note with a salary band, a confidential search, a WhatsApp-style line, a follow-up
    Family(
        "rec_r9_es_consultora",
        REC,
        ES_AGENCY,
        [
            "Oportunidad como {puesto} en {ciudad}",
            "¿Te interesaría un nuevo reto profesional?",
            "Proceso de selección confidencial – {puesto}",
            "Tu perfil en LinkedIn",
            "¿Hablamos?",
        ],
        [
            "Hola {name}:\n\nTe escribo desde una consultora de selección especializada en perfiles tecnológicos. He visto tu perfil en LinkedIn y creo que encajarías muy bien en un proceso que estoy llevando para uno de nuestros clientes: buscan un/a {puesto} en {ciudad}, con modelo híbrido.\n\nLa banda salarial ronda los {sueldo}, más variable según objetivos. ¿Tendrías 15 minutos esta semana para una llamada? Así te cuento los detalles.\n\nUn saludo,\n{rfirst} {rlast}\nSenior Consultant",
            "Estimado/a {me}:\n\nMe pongo en contacto con usted en nombre de una empresa líder del sector [energético|farmacéutico|de la distribución], cliente de nuestra firma, que busca incorporar un/a {puesto}. Su trayectoria profesional encaja con el perfil que nos han solicitado.\n\nLa posición ofrece contrato indefinido, una retribución de {sueldo} y flexibilidad horaria. Por motivos de confidencialidad, solo podré facilitarle el nombre de la compañía en una conversación posterior.\n\nSi le interesa, le agradecería que me indicase un momento para llamarle.\n\nAtentamente,\n{rfirst} {rlast}",
            "Buenas {name}! Tengo una vacante de {puesto} en una startup de {ciudad}, 100 % remoto y {sueldo}. ¿Te cuadra? Si quieres te llamo mañana. {rfirst}",
            "Hola de nuevo, {name}:\n\nTe escribí hace unos días por la vacante de {puesto} y no quería dejarlo pasar. El cliente quiere cerrar la primera ronda de candidatos antes de fin de mes. Si te interesa, mándame tu CV actualizado y te presento esta misma semana.\n\nGracias,\n{rfirst}",
            "Hola {me}:\n\nSomos una agencia de reclutamiento en {ciudad} y estamos buscando {puesto} para una empresa cliente. Encontramos tu CV en una bolsa de empleo y nos pareció muy interesante. ¿Podrías confirmarnos si sigues buscando trabajo y en qué horario te podemos llamar?\n\nSaludos cordiales,\nEquipo de Reclutamiento",
        ],
        n=6,
        extra=ES,
    ),
    # idea: my own take on a Spanish team lead, a Talent Acquisition person and the gerente of a family firm approaching a candidate directly
    Family(
        "rec_r9_es_contacto_directo",
        REC,
        f"[{ES_PERSON}|{LINKEDIN}]",
        [
            "¿Te vienes a {company}?",
            "Buscamos {puesto} y he pensado en ti",
            "Contacto directo – puesto de {puesto}",
            "Una propuesta desde {company}",
        ],
        [
            "Hola {name}:\n\nSoy {rfirst}, responsable del equipo de datos en {company}. Estamos ampliando el equipo y tenemos abierto un puesto de {puesto}. Vi [tu charla en el meetup del mes pasado|tus proyectos en GitHub|tu experiencia en el sector retail] y me pareció justo el perfil que buscamos.\n\nNo hace falta que prepares nada: ¿te apetece una videollamada informal de 20 minutos para que te cuente el proyecto? Luego tú decides si quieres presentar tu candidatura.\n\nUn saludo,\n{rfirst} {rlast}",
            "Estimado/a {me}:\n\nMi nombre es {rfirst} {rlast} y formo parte del equipo de Talent Acquisition de {company}. Me pongo en contacto con usted porque buscamos un/a {puesto} para nuestra oficina de {ciudad} y su perfil nos ha parecido muy interesante.\n\nOfrecemos contrato indefinido, {sueldo}, jornada intensiva los viernes y un plan de formación anual. Puede consultar la oferta completa en https://empleo.{slug}.es/ofertas/{ref}.\n\nSi le interesa conocer más detalles, podemos hablar por teléfono cuando le venga bien.\n\nSaludos cordiales,\n{rfirst} {rlast}\n{company}",
            "Hola {name}, un excompañero tuyo me ha hablado muy bien de ti. En {company} tenemos abierto un puesto de {puesto} y creo que podrías encajar. ¿Te llamo el {dia}? {rfirst}",
            "Buenos días, {me}:\n\nLe escribo como gerente de {company}, una empresa familiar de {ciudad} con unos 50 empleados. Queremos incorporar un/a {puesto} y todavía no hemos publicado la vacante. Un cliente común nos ha dado su nombre.\n\n¿Le parecería bien que tomáramos un café la semana que viene, sin ningún compromiso?\n\nUn cordial saludo,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=ES,
    ),
    # A. Dutch -----------------------------------------------------------------------------
    # idea: my own sketch of Dutch and Flemish online assessments: a capaciteitentest with a deadline, a programmeeropdracht, an expiry reminder, a VERT.ZOEKEN Excel test, Belgian online proeven
    Family(
        "ass_r9_nl_online_assessment",
        ASS,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Uitnodiging online assessment – {functie}",
            "Je sollicitatie: capaciteitentest",
            "Herinnering: je test verloopt bijna",
            "Programmeeropdracht voor de functie {functie}",
            "Volgende stap in je sollicitatie",
        ],
        [
            "Beste {me},\n\nHartelijk dank voor uw sollicitatie naar de functie van {functie}. Wij nodigen u graag uit voor de volgende stap in de procedure: een online assessment, bestaande uit een capaciteitentest (verbaal, numeriek en abstract redeneren) en een persoonlijkheidsvragenlijst.\n\nHet invullen duurt ongeveer een uur. U ontvangt de inloggegevens van {toets} in een aparte e-mail. Wij vragen u het assessment uiterlijk {dag} {datum} af te ronden.\n\nMet vriendelijke groet,\nAfdeling P&O\n{company}",
            "Hoi {name},\n\nLeuk dat je hebt gesolliciteerd op onze vacature voor {functie}! Voordat we een gesprek plannen, vragen we iedereen een korte programmeeropdracht te maken op {codeplatform}. Reken op ongeveer anderhalf uur; de programmeertaal kies je zelf.\n\nDe link blijft {termijn} geldig. Lukt dat niet door werk of vakantie? Laat het even weten, dan zetten we hem opnieuw voor je klaar.\n\nGroetjes,\n{rfirst}",
            "Beste {name},\n\nWe zien dat je de online test bij je sollicitatie (referentie {ref}) nog niet hebt gemaakt. Je uitnodiging verloopt [over 24 uur|over twee dagen|morgen om 23:59 uur]. Daarna kunnen we je sollicitatie helaas niet verder in behandeling nemen.\n\nNaar de test: https://assessment.{slug}.nl/start/{ref}\n\nHeb je de test al afgerond? Dan kun je dit bericht negeren.\n\nTeam Recruitment\n\nDit is een automatisch bericht; reageren is niet mogelijk.",
            "Hallo {name},\n\nZoals telefonisch besproken stuur ik je hierbij de link naar de Excel-toets voor de functie {functie}: https://{slug}.testgorilla.com/nl/{ref}\n\nJe werkt met draaitabellen, VERT.ZOEKEN en een paar formules op een bestand met omzetcijfers. Zodra je begint, heb je 45 minuten. Maak hem graag vóór {dag}.\n\nSucces!\n{rfirst} {rlast}\nRecruiter",
            "Geachte {me},\n\nIn het kader van de selectieprocedure voor de functie {functie} te {stad} nodigen wij u uit om enkele online proeven af te leggen: een redeneertest en een situationele beoordelingstest. De proeven zijn getimed en moeten in één keer worden afgelegd.\n\nUiterste datum: {datum}\nGeschatte duur: 55 minuten\n\nDe resultaten worden uitsluitend voor deze selectie gebruikt.\n\nMet vriendelijke groeten,\nDienst Selectie\n{company}",
        ],
        n=6,
        extra=NL_R9,
    ),
    # idea: my own version of a Dutch recorded video interview (Cammio-style, nobody watching live), its reminder, a praktijkcase after the first talk and a thuisopdracht for developers
    Family(
        "ass_r9_nl_video_praktijkcase",
        ASS,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Uitnodiging video-interview (opgenomen)",
            "Neem je video-sollicitatie op",
            "Herinnering: je video-interview staat nog open",
            "Praktijkcase voor de functie {functie}",
            "Thuisopdracht – {company}",
        ],
        [
            "Beste {name},\n\nBedankt voor je sollicitatie als {functie}. De volgende stap is een video-interview via {platform}, dat je zelf opneemt wanneer het jou uitkomt.\n\nHoe het werkt: je krijgt [drie|vier|vijf] vragen in beeld. Per vraag heb je 30 seconden bedenktijd en maximaal twee minuten om je antwoord op te nemen. Er kijkt niemand live mee; wij bekijken de opnames achteraf.\n\nRond het video-interview graag af vóór {datum}. Je hebt alleen een laptop of telefoon met camera nodig.\n\nHartelijke groet,\nTeam Recruitment {company}",
            "Geachte {me},\n\nWij herinneren u eraan dat de opname van uw video-interview voor de functie {functie} nog openstaat. De link vervalt op {dag} {datum}. Het gaat om een opgenomen interview; u hoeft dus geen afspraak te maken.\n\nMet vriendelijke groet,\nP&O",
            "Hoi {name},\n\nNogmaals dank voor het fijne kennismakingsgesprek. Zoals beloofd hierbij de praktijkcase voor de volgende ronde van je sollicitatie. In de bijlage vind je een beschrijving van [een campagne voor een nieuwe dienst|de inrichting van ons magazijnproces|een dalende klanttevredenheid in regio Zuid]. We zijn benieuwd naar jouw aanpak en advies.\n\nStuur je uitwerking (maximaal vijf pagina's) binnen {termijn} terug. Besteed er niet meer dan een middag aan: het gaat ons om je denkwijze.\n\nGroet,\n{rfirst} {rlast}\nTeamleider",
            "Hi {name}! Hierbij de link voor het opgenomen video-interview voor {functie}. Drie vragen, geen live gesprek, kost je max 15 minuten. Graag vóór {dag}. Succes! {rfirst}",
            "Hallo {name},\n\nHier is de thuisopdracht voor de functie {functie}: een kleine applicatie in onze repository, waar je een API-endpoint aan toevoegt en een paar tests voor schrijft. In de README staat alles wat je nodig hebt.\n\nWe schatten het op drie à vier uur werk. Stuur ons binnen {termijn} de link naar je oplossing.\n\nGroeten,\n{rfirst}",
        ],
        n=6,
        extra=NL_R9,
    ),
    # idea: my own picture of Dutch werving-en-selectiebureaus and uitzendbureaus benaderen: a LinkedIn note with salary, an app-style line, a confidential opdracht, a follow-up
    Family(
        "rec_r9_nl_bureau",
        REC,
        NL_AGENCY,
        [
            "Vacature {functie} in {stad}",
            "Interessante functie voor jou?",
            "Je profiel op LinkedIn",
            "Even bellen over een nieuwe uitdaging?",
            "Vertrouwelijke opdracht: {functie}",
        ],
        [
            "Hoi {name},\n\nIk kwam je profiel tegen op LinkedIn en wilde je even benaderen voor een vacature waar ik momenteel mee bezig ben. Voor een opdrachtgever in de regio {stad} zoek ik een {functie}. Het gaat om een vaste baan met {salaris}, een goede pensioenregeling en twee dagen thuiswerken per week.\n\nHeb je deze week een kwartiertje voor een belletje? Dan vertel ik je meer over het bedrijf en het team.\n\nGroet,\n{rfirst} {rlast}\nRecruitment Consultant",
            "Hoi {name}, ik heb een vacature voor {functie} bij een scale-up in {stad}, {salaris}, veel vrijheid. Past volgens mij precies bij je achtergrond. Zin om even te bellen? {rfirst}",
            "Geachte {me},\n\nNamens ons werving- en selectiebureau benader ik u voor een vertrouwelijke opdracht. Onze opdrachtgever, een gerenommeerde organisatie in de [zorg|financiële dienstverlening|technische groothandel], zoekt een {functie}. Uw cv, dat in onze database staat, sluit goed aan op het gevraagde profiel.\n\nHet betreft een functie voor 36 uur per week, met een salaris van {salaris} en uitzicht op een vast contract. De naam van de opdrachtgever deel ik graag in een persoonlijk gesprek.\n\nIk hoor graag of u hiervoor openstaat.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hallo {name},\n\nVorige week stuurde ik je een bericht over de functie {functie}. De vacature staat nog open en mijn opdrachtgever wil graag vóór het eind van de maand kennismaken met kandidaten. Mag ik je {dag} rond {tijd} bellen?\n\nFijne dag,\n{rfirst}",
            "Hallo {me},\n\nWij zijn een uitzendbureau in {stad} en zoeken voor een klant per direct een {functie}: eerst zes maanden via ons, met de intentie om je daarna in vaste dienst te nemen. We zagen je cv op een vacaturesite. Bel of app ons gerust, dan plannen we een kennismaking.\n\nMet vriendelijke groet,\nTeam Uitzendbureau",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own take on a Dutch team manager, a corporate recruiter and a small-business owner reaching out first about a role that may not be posted yet
    Family(
        "rec_r9_nl_werkgever_direct",
        REC,
        f"[{NL_PERSON}|{LINKEDIN}]",
        [
            "Zin om bij {company} te komen werken?",
            "We zoeken een {functie} – interesse?",
            "Directe benadering: {functie}",
            "Je profiel sprak me aan",
        ],
        [
            "Hoi {name},\n\nIk ben {rfirst}, manager van het team Finance bij {company}. We hebben een nieuwe functie als {functie} en toen ik je profiel zag, dacht ik meteen aan jou: [je ervaring met ERP-implementaties|je achtergrond in de logistiek|je werk bij een internationaal bureau] is precies wat we zoeken.\n\nGeen motivatiebrief nodig. Zullen we gewoon eens een half uurtje videobellen? Dan vertel ik wat we doen, en beslis jij of je wilt solliciteren.\n\nGroeten,\n{rfirst} {rlast}",
            "Beste {me},\n\nMijn naam is {rfirst} {rlast}, corporate recruiter bij {company}. Voor onze vestiging in {stad} zijn wij op zoek naar een {functie}, en via LinkedIn kwam ik uw profiel tegen.\n\nWij bieden {salaris}, een dertiende maand, 27 vakantiedagen en een opleidingsbudget. De volledige vacaturetekst vindt u op https://werkenbij.{slug}.nl/vacatures/{ref}.\n\nMocht u interesse hebben, dan plan ik graag een vrijblijvend telefoongesprek in.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\n{company}",
            "Dag {me}, een oud-collega van u noemde uw naam toen we het over onze vacature voor {functie} hadden. Zou u het leuk vinden om daar eens over te praten? Hartelijke groet, {rfirst} {rlast}",
            "Hallo {name},\n\nIk ben eigenaar van {company}, een bedrijf met zo'n 25 medewerkers in {stad}. We zoeken een {functie} en hebben de vacature nog niet eens online gezet. Via via hoorde ik dat je misschien openstaat voor iets nieuws.\n\nZin om een keer vrijblijvend koffie te drinken? Ik pas me aan jouw agenda aan.\n\nHartelijke groet,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=NL,
    ),
    # B. German ----------------------------------------------------------------------------
    # idea: my own rendering of German ATS receipts with DSGVO/BDSG small print, a public-sector acknowledgement, and templates whose placeholders were never filled in
    Family(
        "rcv_r9_de_eingang_datenschutz",
        RCV,
        DE_ATS,
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung als {stelle} ist eingegangen",
            "Bewerbung eingegangen – Kennziffer {ref}",
            "Ihre Bewerbung bei {luecke_firma}",
            "Vielen Dank für Ihre Bewerbung als (Stellenbezeichnung)",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbung als {stelle} und Ihr Interesse an {company}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\nWir prüfen alle Bewerbungen sorgfältig und melden uns bei Ihnen, sobald wir über das weitere Vorgehen entschieden haben. Bitte haben Sie Verständnis, dass dies [zwei bis drei Wochen|bis zu vier Wochen|einige Wochen] dauern kann.\n\nMit freundlichen Grüßen\nIhr Personalteam\n\n---\nHinweis zum Datenschutz: Ihre personenbezogenen Daten verarbeiten wir ausschließlich zur Durchführung des Bewerbungsverfahrens (Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG). Kommt kein Arbeitsverhältnis zustande, werden Ihre Unterlagen sechs Monate nach Abschluss des Verfahrens gelöscht. Informationen zu Ihren Rechten auf Auskunft, Berichtigung und Löschung finden Sie unter https://{slug}.de/datenschutz.",
            "Sehr geehrte/r {luecke_name},\n\nvielen Dank für Ihre Bewerbung als {luecke_stelle}. Wir haben Ihre Unterlagen erhalten und werden sie schnellstmöglich prüfen. Sie hören in Kürze von uns.\n\nMit freundlichen Grüßen\nDas Recruiting-Team von {luecke_firma}\n\nDiese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.",
            "Guten Tag {me},\n\nIhre Bewerbung für die Stelle (Stellenbezeichnung) am Standort {ort} ist bei uns eingegangen. Ihre Referenznummer lautet {ref}; bitte geben Sie diese bei Rückfragen an.\n\nDen aktuellen Stand sehen Sie jederzeit in unserem Bewerberportal. Die Sichtung der Unterlagen nimmt erfahrungsgemäß etwa drei Wochen in Anspruch.\n\nFreundliche Grüße\n(Name Ansprechpartner)\nPersonalabteilung\n\nDatenschutzhinweis gemäß Art. 13 DSGVO: Verantwortlich für die Verarbeitung Ihrer Bewerberdaten ist die {company} GmbH. Eine Weitergabe an Dritte findet nicht statt. Ihre Einwilligung zur Aufnahme in unseren Talentpool können Sie jederzeit widerrufen.",
            "Sehr geehrte Bewerberin, sehr geehrter Bewerber,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die ausgeschriebene Stelle {stelle} (Kennziffer {ref}). Nach Ablauf der Bewerbungsfrist am {datum} sichtet die Auswahlkommission alle Unterlagen. Bitte sehen Sie von telefonischen Nachfragen zum Stand des Verfahrens ab; wir informieren Sie schriftlich.\n\nSchwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nIm Auftrag\nPersonalservice\n\nIhre Daten werden nach den Vorgaben der DSGVO und des Landesdatenschutzgesetzes verarbeitet und nach Abschluss des Verfahrens gelöscht.",
            "Hallo {name},\n\ndanke für deine Bewerbung als {stelle}! Sie ist gut bei uns angekommen. Wir schauen uns jede Bewerbung persönlich an – gib uns bitte [ein bis zwei Wochen|etwa zehn Tage|bis Ende des Monats] Zeit, dann hörst du von uns.\n\nDein {company} Recruiting\n\nDatenschutz: Wir speichern deine Daten nur für dieses Bewerbungsverfahren. Mehr dazu in unserer Datenschutzerklärung.",
        ],
        n=6,
        extra=DE_R9,
    ),
    # idea: my own sketch of a German HR person or team lead answering by hand: got your CV, will read it next week, colleague on holiday, collecting until month end
    Family(
        "rcv_r9_de_kurz_persoenlich",
        RCV,
        DE_PERSON,
        [
            "AW: Bewerbung {stelle}",
            "AW: Ihre Unterlagen",
            "Danke für Ihren Lebenslauf",
            "AW: Initiativbewerbung",
            "Ihre Bewerbung ist angekommen",
        ],
        [
            "Hallo {name},\n\ndanke für deinen Lebenslauf! Ich bin diese Woche noch auf einer Messe, schau ihn mir aber Anfang nächster Woche in Ruhe an und melde mich dann bei dir.\n\nViele Grüße\n{rfirst}",
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbungsunterlagen, die ich gern an die Fachabteilung weitergeleitet habe. Wir sammeln noch bis Ende des Monats Bewerbungen und treffen danach eine Vorauswahl. Spätestens Mitte nächsten Monats melde ich mich bei Ihnen.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}",
            "Guten Tag {me}, Ihre Bewerbung ist angekommen, danke! Der zuständige Kollege ist gerade im Urlaub; er meldet sich nach seiner Rückkehr am {datum}. Beste Grüße {rfirst} {rlast}",
            "Hi {name},\n\ncool, dass du dich auf die Stelle {stelle} beworben hast – dein CV liegt jetzt bei mir. Ich gehe die Bewerbungen immer freitags durch, du hörst also spätestens Anfang nächster Woche von mir.\n\nLG {rfirst}",
            "Hallo {me},\n\nherzlichen Dank für Ihre Initiativbewerbung. Ob wir gerade etwas Passendes haben, kann ich noch nicht sagen, aber ich habe Ihr Profil an unsere Teamleitung in {ort} weitergegeben. Sobald ich eine Rückmeldung habe, gebe ich Ihnen Bescheid – das kann ein paar Wochen dauern.\n\nFreundliche Grüße\n{rfirst} {rlast}\nPersonal",
        ],
        n=5,
        extra=DE,
    ),
    # idea: my own version of a German hiring manager saying yes in plain words: you've got the job, we decided for you, a heads-up before the written offer
    Family(
        "off_r9_de_zusage_kurz",
        OFF,
        DE_PERSON,
        [
            "Gute Nachrichten!",
            "Zusage: {stelle}",
            "Wir wollen dich im Team!",
            "Unser Angebot für Sie",
            "AW: Zweitgespräch {stelle}",
        ],
        [
            "Hallo {name},\n\nich mach's kurz: Du hast den Job! Das ganze Team war nach dem Gespräch am {tag} begeistert, und wir würden dich sehr gern als {stelle} bei uns sehen. Der Vertrag kommt in den nächsten Tagen per Post. Ruf mich gern an, wenn du vorher Fragen hast.\n\nFreu mich riesig!\n{rfirst}",
            "Sehr geehrte/r {me},\n\nich freue mich, Ihnen mitteilen zu dürfen, dass wir uns für Sie entschieden haben. Wir möchten Ihnen die Stelle {stelle} anbieten – zu einem Jahresgehalt von {gehalt} und mit Start zum {datum}. Bitte geben Sie mir bis Ende der Woche Bescheid, ob Sie das Angebot annehmen; danach bereiten wir den Arbeitsvertrag vor.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}",
            "Guten Morgen {name}, kurze Info vorab, bevor die offizielle Mail kommt: Wir möchten Ihnen die Stelle geben! Ich rufe Sie heute Nachmittag an, um die Details zu besprechen. Herzliche Grüße {rfirst}",
            "Hallo {name},\n\nnach den Gesprächen waren wir uns schnell einig: Wir hätten dich gern ab {datum} als {stelle} in {ort}. Zu den Konditionen – {gehalt} im Jahr, 30 Urlaubstage, zwei Tage Homeoffice – schicken wir dir gleich ein schriftliches Angebot. Sag einfach Ja, dann geht's los!\n\nLiebe Grüße\n{rfirst} {rlast}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: my own picture of German and Austrian contract letters (Arbeitsvertrag, Dienstvertrag), a revised offer after a salary talk, and a contract waiting for e-signature
    Family(
        "off_r9_de_vertrag_nachbesserung",
        OFF,
        f"[{DE_ATS}|{DE_PERSON}]",
        [
            "Ihr Arbeitsvertrag – {stelle}",
            "Vertragsangebot {company}",
            "Überarbeitetes Angebot nach unserem Gespräch",
            "Angepasstes Vertragsangebot: {stelle}",
            "Ihre Vertragsunterlagen zur Unterschrift",
        ],
        [
            "Sehr geehrte/r {me},\n\nwie telefonisch vereinbart, übersenden wir Ihnen anbei Ihren Arbeitsvertrag für die Position {stelle} in zweifacher Ausfertigung.\n\nDie wesentlichen Eckpunkte:\n– Beginn des Arbeitsverhältnisses: {datum}\n– Jahresbruttogehalt: {gehalt}, zahlbar in zwölf Monatsraten\n– Probezeit: sechs Monate\n– Arbeitsort: {ort}\n\nBitte senden Sie uns ein unterschriebenes Exemplar bis [Ende der Woche|nächsten Freitag|spätestens in zehn Tagen] zurück. Für Rückfragen stehe ich Ihnen gern zur Verfügung.\n\nWir freuen uns auf die Zusammenarbeit!\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nPersonalabteilung {company}",
            "Sehr geehrte/r {me},\n\nvielen Dank für das offene Gespräch über Ihre Gehaltsvorstellungen. Wir haben intern noch einmal Rücksprache gehalten und können Ihnen ein angepasstes Angebot machen: ein Fixgehalt von {gehalt} statt des ursprünglich genannten Betrags, dazu einen Zuschuss zum Deutschlandticket und einen zusätzlichen Urlaubstag.\n\nAlle übrigen Konditionen bleiben unverändert. Das aktualisierte Angebotsschreiben finden Sie im Anhang; es gilt bis zum {datum}.\n\nWir würden uns sehr freuen, Sie an Bord zu haben.\n\nFreundliche Grüße\n{rfirst} {rlast}",
            "Hi {name},\n\ngute Nachrichten zur Stelle: Wir haben intern nachverhandelt und können beim Gehalt auf {gehalt} hochgehen. Außerdem ist der Starttermin flexibel – wenn dir der {datum} lieber ist, passt das auch. Die neue Version unseres Angebots hängt an. Ich hoffe, jetzt passt alles für dich!\n\nViele Grüße\n{rfirst}",
            "Guten Tag {me},\n\nIhr Vertragsangebot für die Position {stelle} (Referenz {ref}) steht ab sofort in unserem Bewerberportal zur digitalen Unterschrift bereit. Bitte prüfen Sie die Unterlagen und unterzeichnen Sie sie innerhalb von sieben Tagen.\n\nBei Fragen zum Vertrag wenden Sie sich bitte an Ihre Ansprechperson in der Personalabteilung.\n\nMit freundlichen Grüßen\nHR Services {company}\n\nDiese E-Mail wurde automatisch versendet.",
            "Sehr geehrte/r {me},\n\nwir freuen uns, Ihnen nach Abschluss des Auswahlverfahrens die Stelle {stelle} an unserem Standort {ort} anbieten zu können. Anbei erhalten Sie den Dienstvertrag mit allen Details zu Entgelt, Arbeitszeit und Kündigungsfristen. Das Bruttojahresgehalt beträgt {gehalt}.\n\nBitte retournieren Sie den unterfertigten Vertrag bis spätestens {datum}.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nLeitung Human Resources",
        ],
        n=6,
        extra=DE,
    ),
    # B. French ----------------------------------------------------------------------------
    # idea: my own rendering of French accusés de réception with the RGPD/CNIL paragraph, the classic « sans réponse de notre part » line, and unfilled template fields
    Family(
        "rcv_r9_fr_accuse_rgpd",
        RCV,
        FR_ATS,
        [
            "Accusé de réception de votre candidature",
            "Votre candidature au poste de {poste}",
            "Candidature bien reçue – réf. {ref}",
            "Merci pour votre candidature chez {trou_entreprise}",
            "Confirmation : candidature {trou_poste} reçue",
        ],
        [
            "Bonjour {me},\n\nNous accusons bonne réception de votre candidature au poste de {poste} et vous remercions de l'intérêt que vous portez à {company}.\n\nVotre dossier va être étudié avec attention par notre équipe. Compte tenu du nombre important de candidatures, le délai de réponse peut atteindre [trois|quatre|six] semaines. Si votre profil correspond à nos attentes, nous reviendrons vers vous pour convenir d'un premier entretien.\n\nCordialement,\nLe service Ressources Humaines\n\n—\nConformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, les informations recueillies servent exclusivement au traitement de votre candidature. Elles sont conservées deux ans à compter de notre dernier contact, sauf opposition de votre part. Vous disposez d'un droit d'accès, de rectification et d'effacement en écrivant à dpo@{slug}.fr, et pouvez introduire une réclamation auprès de la CNIL.",
            "Bonjour {trou_nom},\n\nMerci pour votre candidature au poste de {trou_poste}. Elle a bien été transmise au responsable du recrutement, qui l'examinera dans les meilleurs délais.\n\nÀ très bientôt,\nL'équipe {trou_entreprise}\n\nCeci est un message automatique, merci de ne pas y répondre.",
            "Madame, Monsieur,\n\nNous avons bien reçu votre candidature pour le poste (intitulé du poste) à pourvoir dans notre établissement de {ville}. Elle sera examinée par la direction concernée dans un délai de quatre à six semaines. Sans réponse de notre part à l'issue de ce délai, vous pourrez considérer que votre candidature n'a pas été retenue.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n(Signature)\nService du personnel",
            "Hello {name} 👋\n\nTa candidature pour le poste de {poste} est bien arrivée ! On la lit avec attention et on revient vers toi d'ici deux semaines maximum, quelle que soit la réponse.\n\nL'équipe {company}\n\nTes données sont traitées uniquement pour ce recrutement et supprimées au bout de 24 mois. Pour exercer tes droits : rgpd@{slug}.fr",
            "Bonjour {me},\n\nNous vous confirmons la réception de votre dossier de candidature (référence {ref}) pour la fonction de {poste}. Une première sélection sur dossier aura lieu après la clôture de l'offre, le {date_fr}. Vous serez informé(e) par e-mail de la suite donnée à votre candidature.\n\nVos données personnelles sont traitées conformément au RGPD et à notre politique de confidentialité, disponible sur notre site.\n\nService Recrutement\n{company}",
        ],
        n=6,
        extra=FR_R9,
    ),
    # idea: my own sketch of a French recruiter or manager replying personally: CV bien reçu, I'll look next week, applications open until a date, one document missing
    Family(
        "rcv_r9_fr_mot_personnel",
        RCV,
        FR_PERSON,
        [
            "RE: Candidature {poste}",
            "RE: CV",
            "Bien reçu votre CV",
            "RE: Candidature spontanée",
        ],
        [
            "Bonjour {name},\n\nMerci pour votre CV, bien reçu. Je suis en déplacement jusqu'à vendredi ; je le regarde tranquillement la semaine prochaine et je reviens vers vous.\n\nBonne journée,\n{rfirst}",
            "Salut {name}, j'ai bien eu ta candidature, merci ! Je la transmets au manager de l'équipe et je te tiens au courant d'ici une dizaine de jours. {rfirst}",
            "Bonjour {me},\n\nJe vous remercie pour votre candidature spontanée, que j'ai lue avec intérêt. Je l'ai partagée avec nos responsables d'agence à {ville}. Je ne peux pas encore vous dire si un poste correspondant va s'ouvrir, mais je reviendrai vers vous d'ici quelques semaines dans tous les cas.\n\nCordialement,\n{rfirst} {rlast}\nRessources humaines",
            "Bonjour,\n\nBien reçu, merci. Les candidatures pour le poste de {poste} sont ouvertes jusqu'au {date_fr} ; nous ferons le point après cette date et vous aurez une réponse au début du mois suivant.\n\n{rfirst} {rlast}",
            "Bonjour {name},\n\nJuste un petit mot pour vous dire que votre dossier de candidature est bien arrivé. Il manque simplement la copie de votre dernier diplôme : pourriez-vous me l'envoyer en PDF ? Je transmets ensuite l'ensemble au jury.\n\nMerci d'avance,\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: my own version of French offers: a manager's « c'est oui », a promesse d'embauche with CDI terms and Syntec, a revised proposal after a call, a portal e-signature notice
    Family(
        "off_r9_fr_proposition",
        OFF,
        f"[{FR_ATS}|{FR_PERSON}]",
        [
            "Bonne nouvelle !",
            "Proposition d'embauche – {poste}",
            "Votre promesse d'embauche",
            "Proposition révisée suite à notre échange",
            "Votre contrat de travail {company}",
        ],
        [
            "Bonjour {name},\n\nJe ne vais pas vous faire attendre plus longtemps : c'est oui ! Toute l'équipe a été convaincue par nos échanges et nous serions ravis de vous accueillir sur le poste de {poste}. Je vous appelle demain pour parler de la date d'arrivée, et le contrat suivra.\n\nÀ très vite,\n{rfirst}",
            "Bonjour {me},\n\nSuite à nos différents entretiens, nous avons le plaisir de vous confirmer notre proposition d'embauche pour le poste de {poste}, en contrat à durée indéterminée, à compter du {date_fr}.\n\nRémunération : {salaire}, versés sur douze mois\nLieu de travail : {ville}\nPériode d'essai : quatre mois, renouvelable une fois\nStatut : cadre, convention collective Syntec\n\nVous trouverez ci-joint la promesse d'embauche ; merci de nous la retourner signée sous huit jours. Votre contrat de travail vous sera remis le jour de votre arrivée.\n\nNous nous réjouissons de vous compter bientôt parmi nous.\n\nBien cordialement,\n{rfirst} {rlast}\nDRH",
            "Bonjour {me},\n\nMerci pour votre franchise lors de notre dernier appel. Après discussion avec la direction, nous sommes en mesure de revoir notre proposition : la rémunération fixe passe à {salaire}, et nous ajoutons une prime d'arrivée ainsi qu'un troisième jour de télétravail.\n\nVous trouverez la proposition mise à jour en pièce jointe ; le reste des conditions est inchangé. Nous espérons sincèrement que cette nouvelle offre vous permettra de nous rejoindre.\n\nBien à vous,\n{rfirst} {rlast}",
            "Hello {name} ! On a le plaisir de te proposer le poste 🎉 Tu commencerais le {date_fr}, à {salaire}. Dis-moi si ça te va et je lance le contrat. {rfirst}",
            "Bonjour {me},\n\nVotre proposition d'embauche pour le poste de {poste} (réf. {ref}) est disponible dans votre espace candidat. Vous pouvez la consulter, la télécharger et la signer électroniquement jusqu'au {date_fr}.\n\nPour toute question sur les conditions proposées, contactez directement votre interlocuteur RH.\n\nService Recrutement {company}",
        ],
        n=6,
        extra=FR,
    ),
    # B. Spanish ---------------------------------------------------------------------------
    # idea: my own rendering of Spanish acuses de recibo with the layered « Información básica sobre protección de datos » block, a Mexican Aviso de Privacidad, and unfilled template fields
    Family(
        "rcv_r9_es_acuse_proteccion_datos",
        RCV,
        ES_ATS,
        [
            "Hemos recibido tu candidatura",
            "Confirmación de recepción de candidatura – {puesto}",
            "Tu candidatura para {hueco_puesto}",
            "Candidatura registrada (ref. {ref})",
            "Gracias por postularte",
        ],
        [
            "Hola {name}:\n\nGracias por tu interés en {company}. Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de {puesto}.\n\nNuestro equipo revisará todos los CV recibidos. Debido al elevado volumen de candidaturas, el proceso puede prolongarse [entre tres y cuatro semanas|hasta un mes|varias semanas]. Si tu perfil encaja, nos pondremos en contacto contigo.\n\nUn saludo,\nEquipo de Talento\n\n—\nInformación básica sobre protección de datos. Responsable: {company}. Finalidad: gestionar tu participación en nuestros procesos de selección. Legitimación: tu consentimiento. Conservación: hasta dos años. Derechos: acceso, rectificación, supresión, oposición, limitación y portabilidad, escribiendo a protecciondedatos@{slug}.es, conforme al RGPD y a la LOPDGDD.",
            "Estimado/a {hueco_nombre}:\n\nLe agradecemos su candidatura para la posición de {hueco_puesto}. La hemos recibido correctamente y la estudiaremos con atención. Si su perfil se ajusta a lo que buscamos, nos pondremos en contacto con usted.\n\nAtentamente,\nDepartamento de RR. HH. de {hueco_empresa}\n\nEste correo se ha generado automáticamente. Por favor, no responda a este mensaje.",
            "Hola {name}:\n\nTu candidatura para la oferta (puesto) en {ciudad} se ha registrado con el número {ref}. Puedes consultar el estado de tu proceso en cualquier momento desde tu área privada.\n\nGracias por confiar en nosotros.\n\n(Firma del reclutador)\n\nEn cumplimiento del Reglamento (UE) 2016/679 y de la Ley Orgánica 3/2018, le informamos de que sus datos personales se tratarán con la única finalidad de gestionar su candidatura.",
            "Estimado(a) postulante:\n\nConfirmamos la recepción de su postulación a la vacante de {puesto}. Una vez concluido el periodo de recepción de currículums, el área de Reclutamiento evaluará todos los perfiles y contactará únicamente a las personas preseleccionadas. Este proceso suele tardar entre cuatro y seis semanas.\n\nSus datos personales serán tratados conforme a nuestro Aviso de Privacidad, disponible en nuestro sitio web.\n\nAtentamente,\nCapital Humano\n{company}",
            "¡Hola, {name}! Tu CV ya está con nosotros 🙌 Lo revisaremos en los próximos 15 días y te diremos algo, sea cual sea la respuesta. Equipo de {company}",
        ],
        n=6,
        extra=ES_R9,
    ),
    # idea: my own sketch of a Spanish recruiter's personal acknowledgement: I'll look on Monday, the manager is travelling, collecting until month end, please send your título
    Family(
        "rcv_r9_es_nota_personal",
        RCV,
        ES_PERSON,
        [
            "RE: Candidatura {puesto}",
            "RE: CV",
            "Recibido, gracias",
            "RE: Candidatura espontánea",
        ],
        [
            "Hola {name}:\n\nGracias por mandarme tu CV. Esta semana estoy a tope con el cierre de mes, pero lo miro con calma el lunes y te escribo.\n\nUn saludo,\n{rfirst}",
            "Buenas tardes, {me}:\n\nAcuso recibo de su candidatura. La he hecho llegar al responsable del área, que está de viaje hasta el {fecha}. En cuanto vuelva la revisaremos juntos y le daré una respuesta.\n\nSaludos,\n{rfirst} {rlast}",
            "Recibido, {name}, ¡gracias! Estamos recogiendo candidaturas para el puesto hasta final de mes y luego hacemos la criba. Te digo algo antes del {fecha}. {rfirst}",
            "Estimado/a {me}:\n\nMuchas gracias por su candidatura espontánea. Aunque ahora mismo no puedo decirle si habrá una vacante que encaje, he guardado su CV y lo he compartido con los responsables de [Administración|Logística|Ventas]. Le escribiré en unas semanas.\n\nUn cordial saludo,\n{rfirst} {rlast}\nRecursos Humanos",
            "Hola, {name}. Tu currículum me ha llegado bien. Solo me falta una copia de tu título; cuando puedas, envíamela y paso tu candidatura al equipo. Gracias, {rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: my own version of Spanish and Mexican offers: « el puesto es tuyo », a carta oferta with 14 pagas and periodo de prueba, an improved offer after negotiation, a portal notice
    Family(
        "off_r9_es_propuesta",
        OFF,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "¡Buenas noticias!",
            "Propuesta de incorporación – {puesto}",
            "Carta oferta {company}",
            "Propuesta revisada",
            "Tu contrato con {company}",
        ],
        [
            "¡Hola, {name}!\n\nTe escribo con una sonrisa: ¡el puesto es tuyo! Al equipo le encantó la entrevista del {dia} y queremos que te unas a nosotros como {puesto}. Mañana te llamo para hablar de la fecha de incorporación y te mandamos el contrato.\n\n¡Enhorabuena!\n{rfirst}",
            "Estimado/a {me}:\n\nNos complace ofrecerle el puesto de {puesto} en {company}, con las siguientes condiciones:\n\n· Tipo de contrato: indefinido, jornada completa\n· Retribución: {sueldo}, en 14 pagas\n· Periodo de prueba: seis meses\n· Fecha de incorporación: {fecha}\n· Centro de trabajo: {ciudad}\n\nLe rogamos que nos confirme su aceptación firmando la carta oferta adjunta en un plazo de siete días naturales.\n\nSin otro particular, reciba un cordial saludo.\n\n{rfirst} {rlast}\nDirección de Personas",
            "Hola {name}:\n\nGracias por contarnos con sinceridad lo que necesitabas. Lo hemos hablado con dirección y podemos mejorar nuestra oferta para el puesto: subimos el fijo a {sueldo} y añadimos un día más de teletrabajo a la semana. El resto de condiciones se mantiene.\n\nTe adjunto la propuesta actualizada. Ojalá ahora sí podamos contar contigo.\n\nUn abrazo,\n{rfirst} {rlast}",
            "Estimado(a) {me}:\n\nPor medio de la presente nos es grato informarle que ha sido seleccionado(a) para ocupar la vacante de {puesto}. Adjuntamos la carta oferta con el detalle de sueldo, prestaciones de ley y superiores, y fecha de ingreso.\n\nLe pedimos devolverla firmada a más tardar el {fecha}.\n\nAtentamente,\nCapital Humano {company}",
            "Hola {name}:\n\nTu propuesta de contratación para el puesto de {puesto} (ref. {ref}) ya está disponible en tu portal de candidato. Revísala y fírmala digitalmente antes del {fecha}. Si tienes alguna duda sobre las condiciones, responde a este correo.\n\nEquipo de Talento {company}",
        ],
        n=6,
        extra=ES,
    ),
    # B. Dutch -----------------------------------------------------------------------------
    # idea: my own rendering of Dutch and Flemish ontvangstbevestigingen with AVG wording, the four-weeks-or-one-year retention rule, the NVP Sollicitatiecode, and unfilled fields
    Family(
        "rcv_r9_nl_ontvangst_avg",
        RCV,
        NL_ATS,
        [
            "Ontvangstbevestiging van je sollicitatie",
            "Bedankt voor je sollicitatie als {functie}",
            "Je sollicitatie is ontvangen (ref. {ref})",
            "Sollicitatie {gat_functie}",
            "We hebben je sollicitatie goed ontvangen",
        ],
        [
            "Beste {name},\n\nBedankt voor je sollicitatie naar de functie {functie} bij {company}. Hierbij bevestigen we dat we je cv en motivatie in goede orde hebben ontvangen.\n\nWe bekijken alle sollicitaties zorgvuldig. Omdat de vacature nog openstaat tot {datum}, kan het [twee tot drie weken|ongeveer vier weken|enkele weken] duren voordat je van ons hoort.\n\nMet vriendelijke groet,\nTeam Recruitment\n\n---\nPrivacy: wij verwerken je persoonsgegevens uitsluitend voor deze sollicitatieprocedure, in overeenstemming met de Algemene verordening gegevensbescherming (AVG). Na afloop bewaren wij je gegevens maximaal vier weken, of met jouw toestemming één jaar in onze talentpool. Inzage of verwijdering kun je altijd aanvragen via privacy@{slug}.nl.",
            "Beste {gat_naam},\n\nHartelijk dank voor je sollicitatie op de vacature {gat_functie}. We hebben je gegevens ontvangen en nemen zo snel mogelijk contact met je op.\n\nMet vriendelijke groet,\nHR {gat_bedrijf}\n\nDit bericht is automatisch verzonden. Je kunt niet op deze e-mail reageren.",
            "Beste {me},\n\nJe sollicitatie voor de functie (functietitel) op onze locatie in {stad} is geregistreerd onder nummer {ref}. In je persoonlijke omgeving kun je de status volgen.\n\nDe selectiecommissie bekijkt de brieven na de sluitingsdatum; binnen drie weken daarna ontvang je bericht.\n\nMet vriendelijke groet,\n(naam recruiter)\n\nOp deze procedure is de NVP Sollicitatiecode van toepassing. Je gegevens worden vertrouwelijk behandeld conform de AVG.",
            "Geachte heer/mevrouw {me},\n\nWij bevestigen de ontvangst van uw kandidatuur voor de functie {functie} (referentie {ref}). Na het afsluiten van de kandidaturen op {datum} volgt een eerste selectie op basis van cv. U wordt schriftelijk op de hoogte gebracht van het resultaat.\n\nUw persoonsgegevens worden verwerkt overeenkomstig de Algemene Verordening Gegevensbescherming en onze privacyverklaring.\n\nMet vriendelijke groeten,\nDienst Personeel",
            "Hoi {name}! Je sollicitatie is binnen 🎉 We lezen elke brief zelf en laten binnen twee weken van ons horen, wat de uitkomst ook is. Groetjes, team {company}",
        ],
        n=6,
        extra=NL_R9,
    ),
    # idea: my own sketch of a Dutch HR adviser or manager answering by hand: thanks for your cv, I'll read it next week, the manager is on holiday, one diploma missing
    Family(
        "rcv_r9_nl_persoonlijk",
        RCV,
        NL_PERSON,
        [
            "RE: Sollicitatie {functie}",
            "RE: cv",
            "Ontvangen, dank je!",
            "RE: Open sollicitatie",
        ],
        [
            "Hoi {name},\n\nDank voor je cv! Ik zit deze week vol met afspraken, maar ik lees het begin volgende week rustig door en laat je dan weten hoe we verdergaan.\n\nGroet,\n{rfirst}",
            "Beste {me},\n\nUw sollicitatie is in goede orde ontvangen. Ik heb haar doorgestuurd naar de leidinggevende van de afdeling, die tot {datum} met vakantie is. Daarna beslissen we samen over een eventueel gesprek en hoort u van mij.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Ontvangen, dank! De vacature staat nog tot het eind van de maand open, daarna gaan we selecteren. Je hoort uiterlijk {datum} van me. {rfirst}",
            "Beste {me},\n\nDank voor uw open sollicitatie. Ik kan nog niet zeggen of er binnenkort een passende functie vrijkomt, maar ik heb uw cv gedeeld met onze teamleiders in {stad}. Binnen een paar weken laat ik u weten of er interesse is.\n\nHartelijke groet,\n{rfirst} {rlast}\nHR-adviseur",
            "Hoi {name}, je brief en cv zijn binnen. Wil je nog een kopie van je diploma sturen? Dan gaat je sollicitatie meteen door naar het team. Thanks! {rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: my own version of Dutch offers: « je bent aangenomen », an arbeidsvoorwaardenvoorstel with vakantiegeld and a one-year contract, a revised offer, a contract in the portal
    Family(
        "off_r9_nl_aanbod",
        OFF,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Goed nieuws!",
            "Arbeidsvoorwaardenvoorstel {functie}",
            "Je aanbod van {company}",
            "Aangepast aanbod na ons gesprek",
            "Je arbeidsovereenkomst",
        ],
        [
            "Hoi {name},\n\nIk hou het kort: je bent aangenomen! Het hele team was enthousiast na het gesprek van {dag}, en we willen je heel graag als {functie} bij ons hebben. Ik bel je morgen om de startdatum door te spreken; het contract volgt daarna.\n\nGefeliciteerd!\n{rfirst}",
            "Beste {me},\n\nNaar aanleiding van de gesprekken die wij met u hebben gevoerd, doen wij u met genoegen een aanbod voor de functie van {functie}.\n\nDe belangrijkste arbeidsvoorwaarden:\n• Salaris: {salaris}, exclusief 8% vakantiegeld\n• Dienstverband: 36 uur per week, contract voor één jaar met uitzicht op een vast dienstverband\n• Startdatum: {datum}\n• Standplaats: {stad}\n\nBijgaand ontvangt u de arbeidsovereenkomst in tweevoud. Wij verzoeken u één exemplaar binnen tien werkdagen ondertekend aan ons te retourneren.\n\nWij zien uit naar een prettige samenwerking.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nManager HR",
            "Beste {name},\n\nDank voor je openheid tijdens ons laatste gesprek. We hebben intern overlegd en kunnen ons aanbod aanpassen: je startsalaris wordt {salaris}, en daarnaast vergoeden we je ov-abonnement volledig.\n\nDe overige voorwaarden blijven gelijk. In de bijlage vind je het aangepaste aanbod. We hopen van harte dat je nu ja zegt!\n\nHartelijke groet,\n{rfirst} {rlast}",
            "Hi {name}! We willen je graag aannemen als {functie} 🙂 Start op {datum}, {salaris}. Laat je even weten of je akkoord bent? Dan stuur ik het contract. {rfirst}",
            "Beste {name},\n\nJe arbeidsovereenkomst voor de functie {functie} (ref. {ref}) staat klaar in je kandidatenportaal. Je kunt hem daar bekijken en tot {datum} digitaal ondertekenen.\n\nVragen over de voorwaarden? Reageer dan op deze e-mail.\n\nHR {company}",
        ],
        n=6,
        extra=NL,
    ),
    # C. Look-alikes that are not job mail -------------------------------------------------
    # idea: my own list of German tests and trials outside work: a language school's Einstufungstest, a TÜV theory exam, a gym's Probetraining, an online course's Einsendeaufgabe, a university aptitude test
    Family(
        "oth_r9_de_pruefungen_kurse",
        OTH,
        "[Sprachschule Lingua Nova <kurse@linguanova.example>|Fahrschule Grünpfeil <info@fahrschule-gruenpfeil.example>|Volkshochschule Am Fluss <anmeldung@vhs-amfluss.example>|FitWerk Studio <team@fitwerk.example>|Lernplattform Kursraum <noreply@kursraum.example>|Studierendensekretariat <studium@hs-lindenau.example>]",
        [
            "Ihr Einstufungstest am {datum}",
            "Termin für deine Theorieprüfung",
            "Ergebnis Ihres Einstufungstests",
            "Dein Probetraining ist gebucht",
            "Bewertung deiner Einsendeaufgabe",
            "Ergebnis des Studierfähigkeitstests",
        ],
        [
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Anmeldung zum Spanischkurs. Bevor wir Sie einer Gruppe zuordnen, laden wir Sie zu einem Einstufungstest am {tag}, {datum}, um {uhr} Uhr in Raum 2.14 ein. Der Test besteht aus einem schriftlichen Teil (45 Minuten) und einem kurzen Gespräch mit einer Lehrkraft. Alternativ können Sie den Online-Einstufungstest bis zum Vortag zu Hause bearbeiten.\n\nMit freundlichen Grüßen\nIhre Sprachschule Lingua Nova",
            "Hallo {name},\n\ndeine Theorieprüfung ist beim TÜV für {tag}, den {datum}, um {uhr} Uhr angemeldet. Bitte sei 15 Minuten vorher da und bring deinen Personalausweis mit. Die Prüfungsgebühr hast du schon bezahlt. Übe bis dahin noch fleißig mit der App – du darfst höchstens zehn Fehlerpunkte haben.\n\nViel Erfolg!\nDeine Fahrschule Grünpfeil",
            "Guten Tag {me},\n\ndas Ergebnis Ihres Einstufungstests liegt vor: Sie haben das Niveau B1 erreicht. Wir bieten Ihnen daher einen Platz im Kurs „Französisch B1.2“ an – Beginn am {datum}, jeweils dienstags von 18 bis 19:30 Uhr. Bitte bestätigen Sie die Teilnahme innerhalb einer Woche, sonst geht der Platz an die Warteliste.\n\nFreundliche Grüße\nVolkshochschule Am Fluss",
            "Hi {name}, dein kostenloses Probetraining ist für {tag} um {uhr} Uhr gebucht! Einer unserer Trainer zeigt dir die Geräte und erstellt mit dir einen ersten Trainingsplan. Handtuch und saubere Sportschuhe nicht vergessen. Bis bald im FitWerk!",
            "Hallo {name},\n\ndeine Einsendeaufgabe 3 im Kurs „Projektmanagement kompakt“ wurde bewertet: 17 von 20 Punkten. Das Feedback deiner Tutorin findest du im Kursbereich. Die nächste Aufgabe – eine kleine Fallstudie zur Zeitplanung – ist bis {datum} fällig.\n\nDein Kursraum-Team",
            "Sehr geehrte/r {me},\n\nvielen Dank für Ihre Bewerbung um einen Studienplatz im Bachelorstudiengang Psychologie. Im Studierfähigkeitstest haben Sie 112 Punkte erreicht. Das Ergebnis fließt zu 49 % in die Auswahlentscheidung ein; den Zulassungsbescheid erhalten Sie voraussichtlich im August über das Bewerbungsportal.\n\nMit freundlichen Grüßen\nStudierendensekretariat",
        ],
        n=6,
        extra=DE,
    ),
    # idea: my own list of French look-alikes: a code de la route exam slot, a language school's test de positionnement, a gym's séance d'essai, a grande école's admissibilité, a MOOC's graded devoir
    Family(
        "oth_r9_fr_examens_essais",
        OTH,
        "[Auto-école La Priorité <contact@autoecole-lapriorite.example>|Institut Langues & Cultures <inscriptions@ilc-langues.example>|Salle Forme Olympe <accueil@forme-olympe.example>|Service des concours <concours@ecole-hautes-etudes.example>|Plateforme Savoirs Ouverts <noreply@savoirsouverts.example>]",
        [
            "Votre place à l'examen du code",
            "Votre test de positionnement",
            "Séance d'essai confirmée",
            "Résultats d'admissibilité",
            "Votre devoir a été évalué",
        ],
        [
            "Bonjour {name},\n\nVotre place à l'examen théorique du code de la route est réservée pour le {jour} {date_fr} à {heure}, au centre d'examen de {ville}. Pensez à vous munir d'une pièce d'identité en cours de validité et de votre convocation. Pour réussir, il vous faudra au moins 35 bonnes réponses sur 40.\n\nBonnes révisions !\nVotre auto-école",
            "Bonjour {me},\n\nMerci pour votre inscription aux cours d'italien du soir. Afin de vous orienter vers le groupe adapté, nous vous invitons à passer un test de positionnement en ligne (environ 30 minutes), suivi d'un court entretien oral avec l'un de nos professeurs. Merci de le réaliser avant le {date_fr}.\n\nCordialement,\nLe secrétariat pédagogique",
            "Salut {name} ! Ta séance d'essai gratuite est confirmée pour {jour} à {heure}. Un coach t'accueillera pour un bilan forme et te fera découvrir les machines. Pense à ta serviette et à un cadenas pour le vestiaire. À bientôt !\nL'équipe Forme Olympe",
            "Madame, Monsieur,\n\nNous avons le plaisir de vous informer que vous êtes déclaré(e) admissible au concours d'entrée de notre école (filière Gestion). Vous êtes convoqué(e) aux épreuves orales le {date_fr} : un entretien de motivation de 30 minutes devant un jury, puis une épreuve d'anglais.\n\nVeuillez agréer nos salutations distinguées.\nLe Service des concours",
            "Bonjour {name},\n\nVotre devoir du module 4, « Étude de cas : lancer un produit », a été corrigé par vos pairs. Note obtenue : 16/20. Les commentaires sont disponibles dans votre espace. Le prochain devoir est à rendre avant le {date_fr}.\n\nL'équipe Savoirs Ouverts",
        ],
        n=5,
        extra=FR,
    ),
    # idea: my own list of Spanish look-alikes: a DGT theory exam booked by the autoescuela, an escuela de idiomas prueba de nivel, a gym's clase de prueba, PAU grades, a graded online caso práctico
    Family(
        "oth_r9_es_examenes_pruebas",
        OTH,
        "[Autoescuela Semáforo <info@autoescuelasemaforo.example>|Escuela de Idiomas Babel <secretaria@idiomasbabel.example>|Gimnasio Vitalia <hola@gimnasiovitalia.example>|Oficina de Acceso a la Universidad <acceso@universidad-levante.example>|Aula Abierta Online <noreply@aulaabierta.example>]",
        [
            "Cita para el examen teórico",
            "Tu prueba de nivel",
            "Clase de prueba confirmada",
            "Calificaciones de la prueba de acceso",
            "Tu tarea ha sido calificada",
        ],
        [
            "Hola {name}:\n\nYa tienes fecha para el examen teórico del permiso B: {dia} {fecha} a las {hora} en el centro de exámenes de Tráfico de {ciudad}. Lleva el DNI original. Recuerda que puedes fallar como máximo tres de las 30 preguntas.\n\n¡A por ello!\nAutoescuela Semáforo",
            "Estimado/a {me}:\n\nGracias por su matrícula en el curso de alemán. Antes de asignarle grupo, le pedimos que realice una prueba de nivel online (unos 40 minutos) y una breve entrevista oral con un profesor el {dia} a las {hora}.\n\nAtentamente,\nSecretaría de la Escuela de Idiomas Babel",
            "¡Hola, {name}! Tu clase de prueba gratuita de spinning está reservada para el {dia} a las {hora}. Ven 10 minutos antes para que un monitor te enseñe las instalaciones. ¡Te esperamos!\nGimnasio Vitalia",
            "Estimado/a estudiante:\n\nYa están disponibles las calificaciones de la Prueba de Acceso a la Universidad. Puede consultarlas con su DNI y su código de acceso en la sede electrónica. El plazo para solicitar la revisión termina el {fecha}. Recuerde que la preinscripción en los grados es un trámite aparte.\n\nOficina de Acceso a la Universidad",
            "Hola {name}:\n\nTu tarea «Caso práctico: plan de marketing» del curso de Marketing Digital ha sido calificada con un 8,5. Encontrarás los comentarios de tu tutora en el aula virtual. La siguiente entrega vence el {fecha}.\n\nAula Abierta",
        ],
        n=5,
        extra=ES,
    ),
    # idea: my own list of Dutch look-alikes: a CBR theory exam, a language institute's intaketoets with a kennismakingsgesprek, a gym's proefles, a selectietoets result, a graded course assignment
    Family(
        "oth_r9_nl_toetsen_proeflessen",
        OTH,
        "[Rijschool Groen Licht <info@rijschoolgroenlicht.example>|Taalinstituut De Brug <intake@taalinstituutdebrug.example>|Sportschool Kracht & Co <welkom@krachtenco.example>|Bureau Toelating <toelating@hogeschool-waterland.example>|Leeromgeving Studiemaat <noreply@studiemaat.example>]",
        [
            "Je theorie-examen is gereserveerd",
            "Uitnodiging intaketoets",
            "Je proefles staat gepland",
            "Uitslag selectietoets",
            "Je opdracht is beoordeeld",
        ],
        [
            "Hoi {name},\n\nJe theorie-examen auto is gereserveerd bij het CBR in {stad}, op {dag} {datum} om {tijd}. Neem een geldig identiteitsbewijs mee en zorg dat je op tijd bent. Oefen nog even gevaarherkenning, want daar zakken de meeste mensen op.\n\nSucces!\nRijschool Groen Licht",
            "Beste {me},\n\nBedankt voor uw aanmelding voor de cursus Spaans. Om u in de juiste groep te plaatsen, nodigen wij u uit voor een intaketoets en een kort kennismakingsgesprek met een docent op {dag} {datum} om {tijd}. Houd rekening met ongeveer een uur.\n\nMet vriendelijke groet,\nTaalinstituut De Brug",
            "Hey {name}! Je gratis proefles bootcamp staat op {dag} om {tijd}. Onze trainer doet eerst een korte intake met je en laat je daarna de zaal zien. Neem een handdoek en een bidon mee. Tot dan!\nKracht & Co",
            "Beste {me},\n\nDe uitslag van de selectie voor de opleiding Fysiotherapie is bekend. Op basis van je score op de selectietoets heb je rangnummer 212 gekregen. Op 15 april ontvang je via Studielink een bewijs van toelating of een plaats op de wachtlijst.\n\nMet vriendelijke groet,\nBureau Toelating",
            "Hoi {name},\n\nJe eindopdracht voor de module Projectmanagement is beoordeeld: je hebt een 7,8 gehaald. De feedback van je docent staat in je leeromgeving. De volgende opdracht, een casus over planning, moet vóór {datum} zijn ingeleverd.\n\nStudiemaat",
        ],
        n=5,
        extra=NL,
    ),
]
