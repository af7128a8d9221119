# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 2 in German, French, Spanish and Dutch: the voices the model still misreads.

Mostly rejections that do not sound like rejections (a café owner's two lines, an offer
taken back, a portal's dry status change, an agency passing on the client's no, a no hidden
in praise, a post paused at a university or charity), then hard negatives where the reader
sits on the hiring side or the "interview" is about something else, and one or two other
kinds per language. Slot values (job titles, cities, dates) come from families_languages;
every sentence here is new."""

from families_languages import DE, DE_ATS, ES, ES_ATS, FR, FR_ATS, NL, NL_ATS
from generate import Family

LADEN_DE = [
    "Café Kornblume",
    "Bäckerei Hübner",
    "Buchhandlung Seitenweise",
    "Trattoria da Enzo",
    "Fahrradladen Speiche",
    "Weinbar Rebstock",
]
COMMERCE_FR = [
    "la Boulangerie du Marché",
    "la librairie Les Mots Passants",
    "Chez Gaston",
    "la Crêperie Ty Breizh",
    "le café Le Comptoir",
    "la fromagerie Marcel",
]
NEGOCIO_ES = [
    "Bar La Esquina",
    "la Librería Entrelíneas",
    "la Cafetería Alba",
    "la tienda Nube de Lino",
    "Restaurante Casa Paco",
    "la heladería Polo Norte",
]
ZAAK_NL = [
    "Eetcafé De Gouden Leeuw",
    "Bakkerij Van Dam",
    "Boekhandel Het Leeshuis",
    "Koffiebar Bonen & Zo",
    "Fietsenwinkel De Spaak",
    "Lunchroom Het Pleintje",
]

# German -------------------------------------------------------------------------------
FAMILIES: list[Family] = [
    # idea: café, bakery or bookshop owner answering from a private mailbox after a Probearbeiten, no formal words at all
    Family(
        "rej_de_laden_kurz",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@gmx.de>|{rfirst} <{rfirst}{rlast}@web.de>|{laden} <{rfirst}@t-online.de>]",
        [
            "Re: Probearbeiten",
            "Deine Bewerbung",
            "Re: Aushilfe gesucht",
            "Wegen der Stelle",
            "kurz zu Samstag",
        ],
        [
            "Hi {name},\n\ndanke fürs Probearbeiten am {tag}, hat echt Spaß gemacht mit dir! Wir haben uns jetzt aber für jemanden entschieden, der [auch unter der Woche vormittags kann|schon länger an der Kasse gearbeitet hat]. Die Stelle ist also leider weg.\n\nLG {rfirst} vom {laden}",
            "Hallo {name}, wegen deiner Bewerbung als Aushilfe: hat sich leider erledigt, wir haben schon jemanden. Trotzdem danke dir und alles Gute!\n{rfirst}\n\nVon meinem iPhone gesendet",
            "Moin {name},\n\nsorry, dass ich mich erst jetzt melde. Das mit der Stelle bei uns im {laden} wird diesmal nix – meine Nichte springt jetzt ein und damit sind wir für den Sommer voll. Schau gern im Herbst nochmal vorbei!\n\nGruß {rfirst}",
            "Hey {name}! Kurze Info zu deiner Bewerbung: wir haben die Stelle intern vergeben, eine Kollegin stockt ihre Stunden auf. Tut mir leid, dass es nicht geklappt hat. Komm trotzdem mal auf nen Kaffee vorbei :)\n{rfirst}",
        ],
        n=6,
        extra={**DE, "laden": LADEN_DE},
    ),
    # idea: an employer taking back a Vertragsangebot already made, because of an Einstellungsstopp or a Umstrukturierung
    Family(
        "rej_de_angebot_zurueckgezogen",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|Personalabteilung {company} <personal@{slug}.de>]",
        [
            "Unser Vertragsangebot vom {datum}",
            "Wichtige Information zu Ihrer Einstellung",
            "Leider keine guten Nachrichten",
            "Ihre Stelle als {stelle}",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir müssen Ihnen heute eine Mitteilung machen, die uns selbst sehr schwerfällt. Aufgrund eines kurzfristig beschlossenen [Einstellungsstopps|Sparprogramms der Konzernmutter] sehen wir uns gezwungen, unser Vertragsangebot für die Stelle {stelle} vom {datum} zurückzuziehen. Der Arbeitsvertrag kommt damit nicht zustande.\n\nUns ist bewusst, dass Sie möglicherweise bereits Entscheidungen im Vertrauen auf unser Angebot getroffen haben. Bitte melden Sie sich bei mir, damit wir über eine Aufwandsentschädigung sprechen können.\n\nMit bedauernden Grüßen\n{rfirst} {rlast}\nLeitung Personal, {company}",
            "Hallo {name},\n\nich hätte nie gedacht, dass ich diese Mail schreiben muss. Wir sind mitten in einer Umstrukturierung, und die Stelle, die wir dir vor zwei Wochen angeboten haben, fällt dabei komplett weg. Wir können das Angebot deshalb leider nicht aufrechterhalten – auch wenn wir dich wirklich gerne im Team gehabt hätten.\n\nEs tut mir ehrlich leid. Wenn ich dir mit einer Empfehlung oder Kontakten helfen kann, sag Bescheid.\n\n{rfirst}",
            "Guten Tag {me},\n\nbezugnehmend auf unser Telefonat von heute Vormittag bestätige ich Ihnen schriftlich, dass wir die Besetzung der Position {stelle} nicht weiterverfolgen. Die Budgetfreigabe für die Stelle wurde vom Vorstand zurückgenommen; unser Angebot vom {datum} ist damit gegenstandslos.\n\nWir bedauern die Umstände sehr.\n\nFreundliche Grüße\n{rfirst} {rlast}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: candidate-portal notification that only reports a changed status, in the portal's dry words
    Family(
        "rej_de_portal_status",
        "rejection",
        DE_ATS,
        [
            "Statusänderung Ihrer Bewerbung {ref}",
            "Ihr Bewerbungsstatus wurde aktualisiert",
            "Neuigkeiten in Ihrem Bewerberkonto",
            "Benachrichtigung: Bewerbung {ref}",
        ],
        [
            "Guten Tag {me},\n\nder Status Ihrer Bewerbung hat sich geändert.\n\nStelle: {stelle}\nKennziffer: {ref}\nNeuer Status: [Abgeschlossen – nicht berücksichtigt|Absage erteilt|Verfahren beendet (keine Weiterberücksichtigung)]\n\nWeitere Informationen finden Sie in Ihrem Bewerberkonto.\n\nDiese Nachricht wurde automatisch erzeugt.",
            "Hallo {name},\n\nin deinem Bewerberkonto gibt es eine Aktualisierung: Deine Bewerbung für {stelle} wurde [archiviert|geschlossen], da die Stelle [besetzt wurde|nicht mehr ausgeschrieben ist]. Es sind keine weiteren Schritte vorgesehen.\n\nDu kannst dich jederzeit auf andere offene Stellen bewerben.\n\nDein Bewerbermanagement-System von {company}",
            "Sehr geehrte/r {me},\n\nzu Ihrer Kandidatur liegt eine neue Information vor. Vorgang {ref} ({stelle}): Bewerbung nicht weiterverfolgt.\n\nBitte antworten Sie nicht auf diese E-Mail. Bei Fragen wenden Sie sich an recruiting@{slug}.de.",
        ],
        n=5,
        extra=DE,
    ),
    # idea: Personalberater relaying that the client company has decided against the candidate
    Family(
        "rej_de_personalberatung",
        "rejection",
        "agency",
        [
            "Rückmeldung von {company}",
            "Feedback meines Kunden",
            "Ihre Bewerbung über {agency}",
            "Update: {stelle}",
        ],
        [
            "Hallo {name},\n\nich habe heute das Feedback von meinem Kunden {company} bekommen. Leider möchte man Ihre Bewerbung für die Position {stelle} nicht weiterverfolgen – [der Fachbereich sucht jemanden mit mehr SAP-Erfahrung|es gab einen internen Kandidaten, der den Vorzug bekommen hat|man hat sich nach dem Zweitgespräch für einen anderen Kandidaten entschieden].\n\nIch bin genauso enttäuscht wie Sie, gebe aber nicht auf: Ich habe zwei, drei andere Mandate, die gut passen könnten, und melde mich nächste Woche.\n\nBeste Grüße\n{rfirst} {rlast}\n{agency} Personalberatung",
            "Hi {name},\n\nkurzes Update zu {company}: die haben leider abgewunken. Für die Stelle ist ihnen dein Profil [zu breit aufgestellt|zu weit weg vom Kerngeschäft]. Schade, ich fand's super passend. Ich halte die Augen offen!\n\nVG {rfirst} ({agency})",
            "Guten Tag {me},\n\nwie versprochen melde ich mich mit der Entscheidung meines Mandanten. Das Unternehmen hat sich entschieden, die Position {stelle} mit einer anderen Kandidatin zu besetzen. Ihre Unterlagen ziehe ich dort zurück und behandle sie selbstverständlich weiterhin vertraulich.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nSenior Consultant | {agency}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: a long warm letter full of thanks and praise where the no sits in the middle of a paragraph
    Family(
        "rej_de_lob_mitte",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.de>|{rfirst} {rlast} <{rlast}@{slug}.com>]",
        [
            "Danke für Ihre Zeit",
            "Unser Austausch zur Stelle {stelle}",
            "Ein paar Worte zu Ihrer Bewerbung",
            "Danke!",
        ],
        [
            "Liebe/r {me},\n\nzuerst möchte ich mich ganz herzlich für Ihre Bewerbung und die beiden Gespräche bedanken. Ihre Präsentation hat das ganze Team beeindruckt, und Ihre Fragen zu unserer Produktstrategie waren die besten, die wir in diesem Verfahren gehört haben. Gerade deshalb fällt es mir schwer zu schreiben, dass wir die Stelle am Ende einer Kandidatin geben, die bereits [in unserer Branche|in einer ähnlichen Führungsrolle] gearbeitet hat. Ihre Kenntnisse in [Datenanalyse|Projektsteuerung|Kundenkommunikation] sind aber wirklich herausragend, und ich bin sicher, dass Sie bald das Richtige finden.\n\nWenn Sie mögen, vernetzen wir uns auf LinkedIn.\n\nHerzliche Grüße\n{rfirst} {rlast}",
            "Hallo {name},\n\nwas für ein tolles Kennenlernen! Danke für deine Offenheit, die Zeit, die du dir genommen hast, und die Energie, die du mitgebracht hast. Wir haben lange diskutiert und uns schließlich entschieden, die Stelle mit jemandem zu besetzen, der etwas mehr Erfahrung im [Aufbau von Teams|Enterprise-Vertrieb] mitbringt – das war eine sehr knappe Entscheidung. Dein Portfolio hat hier viele begeistert, und das solltest du wissen.\n\nBleib, wie du bist, und alles Liebe für die nächsten Schritte!\n{rfirst}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: a university, Stiftung or Verein telling applicants the post is frozen or the Verfahren aufgehoben (funding gone)
    Family(
        "rej_de_hochschule_verein",
        "rejection",
        "[Personaldezernat {inst} <personal@{instslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{instslug}.example>|Geschäftsstelle {inst} <info@{instslug}.example>]",
        [
            "Stellenausschreibung {ref} – Aufhebung des Verfahrens",
            "Ihre Bewerbung auf die Stelle {stelle}",
            "Information zum Auswahlverfahren",
            "Ausschreibung vorerst pausiert",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir danken Ihnen für Ihre Bewerbung auf die ausgeschriebene Stelle (Kennziffer {ref}). Leider müssen wir Ihnen mitteilen, dass das Stellenbesetzungsverfahren aufgehoben wurde, da [die Drittmittelfinanzierung des Projekts nicht bewilligt wurde|die Haushaltsmittel für das laufende Jahr gesperrt wurden]. Eine Besetzung findet daher nicht statt.\n\nIhre Unterlagen werden nach Ablauf der gesetzlichen Fristen vernichtet.\n\nMit freundlichen Grüßen\nIm Auftrag\n{rfirst} {rlast}\nPersonaldezernat",
            "Liebe/r {name},\n\nvielen Dank für dein Interesse an der Mitarbeit bei {inst}. Wir haben uns im Vorstand schweren Herzens entschieden, die ausgeschriebene Stelle vorerst nicht zu besetzen: Eine große Förderung ist kurzfristig weggefallen, und wir müssen erst einmal neu planen. Deine Bewerbung können wir deshalb leider nicht weiter berücksichtigen.\n\nWir hoffen sehr, dass wir die Stelle im nächsten Jahr wieder ausschreiben können.\n\nHerzliche Grüße\n{rfirst} für den Vorstand",
        ],
        n=5,
        extra={
            **DE,
            "inst": [
                "Universität Lindenau",
                "Stiftung Grünes Band",
                "Tafel Nordstadt e.V.",
                "Hochschule Sternberg",
                "Kinderhilfe Sonnenhof e.V.",
            ],
            "instslug": [
                "uni-lindenau",
                "stiftung-gruenes-band",
                "tafel-nordstadt",
                "hs-sternberg",
                "kinderhilfe-sonnenhof",
            ],
        },
    ),
    # idea: an agency recruiter saying the client wants to meet the candidate, with proposed slots
    Family(
        "int_de_agentur_kunde",
        "interview",
        "agency",
        [
            "Gute Nachrichten von {company}!",
            "{company} möchte Sie kennenlernen",
            "Gesprächstermin bei meinem Kunden",
            "Nächster Schritt: {stelle}",
        ],
        [
            "Hallo {name},\n\ngute Nachrichten: {company} hat sich Ihr Profil angesehen und möchte Sie für die Stelle {stelle} gerne persönlich kennenlernen! Der Fachbereichsleiter schlägt [{tag} um {uhr} Uhr|{tag} oder Freitagvormittag] vor, [vor Ort in {ort}|per Teams], ca. 60 Minuten. Passt Ihnen das?\n\nIch rufe Sie vorher noch kurz an, um das Gespräch mit Ihnen vorzubereiten.\n\nBeste Grüße\n{rfirst} {rlast}\n{agency}",
            "Hi {name},\n\nder Kunde will dich sehen! {company} lädt dich zum ersten Gespräch für die Stelle {stelle} ein. Schick mir bitte bis morgen zwei Zeitfenster für nächste Woche, dann mache ich den Termin fest.\n\nVG {rfirst}",
        ],
        n=5,
        extra=DE,
    ),
    # idea: the reader on the hiring side: asked to join an Auswahlkommission, give feedback on a candidate, or put in as interviewer
    Family(
        "oth_de_auswahlkommission",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@meinbetrieb.example>|Recruiting Intern <recruiting@meinbetrieb.example>|HR-Portal <noreply@meinbetrieb.personio.de>]",
        [
            "Bitte um Feedback zu {kandidat}",
            "Sie wurden als Interviewer eingeplant",
            "Mitwirkung in der Auswahlkommission",
            "Bewertungsbogen Bewerbungsgespräch {kandidat}",
        ],
        [
            "Hallo {name},\n\ndanke, dass du gestern beim Bewerbungsgespräch mit {kandidat} dabei warst. Könntest du bis morgen Mittag deine Einschätzung im Bewertungsbogen eintragen? Wir wollen am Donnerstag entscheiden, ob wir ihr ein Angebot machen.\n\nDanke dir!\n{rfirst}",
            "Guten Tag {me},\n\nSie wurden als Interviewer für folgendes Gespräch eingeplant:\n\nKandidat/in: {kandidat}\nStelle: {stelle}\nTermin: {tag}, {datum}, {uhr} Uhr\n\nDen Lebenslauf und den Interviewleitfaden finden Sie im HR-Portal. Bitte bestätigen Sie den Termin.",
            "Liebe/r {name},\n\nfür die Besetzung der Stelle {stelle} in unserem Bereich stellen wir gerade die Auswahlkommission zusammen. Hättest du Lust, mitzumachen? Es wären drei Gesprächstage im nächsten Monat; die Bewerbungen sichten wir vorab gemeinsam.\n\nGruß {rfirst}",
        ],
        n=5,
        extra={
            **DE,
            "kandidat": ["Frau Albers", "Herrn Demir", "Lena Krüger", "Tobias Wendt", "Frau Nowak"],
        },
    ),
    # idea: insurer and online-shop customer service saying "leider" and "wir bedauern" about a claim or complaint
    Family(
        "oth_de_versicherung_reklamation",
        "other",
        "[Schadenservice {versicherer} <schaden@{versicherer_slug}.example>|Kundenservice {shop} <service@{shop_slug}.example>]",
        [
            "Ihre Schadenmeldung Nr. {ref}",
            "Ihre Reklamation – Bestellung {ref}",
            "Entscheidung zu Ihrem Leistungsantrag",
            "Ihre Beschwerde vom {datum}",
        ],
        [
            "Sehr geehrte/r {me},\n\nwir haben Ihre Schadenmeldung vom {datum} sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir den Schaden nicht übernehmen können, da [Fahrraddiebstahl aus einem unverschlossenen Keller nicht versichert ist|der Wasserschaden auf eine bereits bekannte Undichtigkeit zurückgeht]. Wir bedauern, Ihnen keine positivere Entscheidung mitteilen zu können.\n\nMit freundlichen Grüßen\nIhr Schadenservice",
            "Hallo {name},\n\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung {ref}. Es tut uns leid, dass die Lieferung beschädigt angekommen ist. Nach Prüfung können wir Ihre Reklamation leider nicht als Garantiefall anerkennen, bieten Ihnen aber aus Kulanz einen Gutschein über 15 € an.\n\nIhr Kundenservice",
        ],
        n=5,
        extra={
            **DE,
            "versicherer": ["Rheinland Versicherung", "Hanse Assekuranz"],
            "versicherer_slug": ["rheinland-vers", "hanse-assekuranz"],
            "shop": ["Möbelwelt24", "Technikhaus"],
            "shop_slug": ["moebelwelt24", "technikhaus"],
        },
    ),
    # idea: family and friends: a mother asking how the Vorstellungsgespräch went, a friend asking for an Empfehlung
    Family(
        "oth_de_familie_freunde",
        "other",
        "[Mama <{mama}@gmx.de>|{rfirst} <{rfirst}{rlast}@gmail.com>|Papa <{papa}@t-online.de>]",
        [
            "Und???",
            "Wie war's?",
            "Kleine Bitte",
            "Re: Vorstellungsgespräch",
            "Frage wegen Empfehlung",
        ],
        [
            "Hallo Schatz,\n\nwie ist denn dein Vorstellungsgespräch gelaufen? Papa und ich haben die ganze Zeit an dich gedacht. Ruf doch heute Abend mal an, wenn du magst!\n\nDicke Umarmung\nMama",
            "Hey {name},\n\nich hab gesehen, dass bei euch eine Stelle als {stelle} ausgeschrieben ist. Könntest du mich vielleicht intern empfehlen? Meinen Lebenslauf schick ich dir gern. Wäre mega lieb!\n\nLG {rfirst}",
            "Na, wie lief's beim Bewerbungsgespräch? Erzähl mal! Hast du schon was gehört?\n\nGesendet von meinem Samsung Galaxy",
        ],
        n=5,
        extra={
            **DE,
            "mama": ["gabi.mueller", "mama.heike", "petra.s"],
            "papa": ["klaus.mueller", "juergen.b"],
        },
    ),
]

# French -------------------------------------------------------------------------------
FAMILIES += [
    # idea: bakery, bookshop or crêperie owner writing after a journée d'essai, casual tu, no formal words
    Family(
        "rej_fr_petit_commerce",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@orange.fr>|{rfirst} <{rfirst}{rlast}@gmail.com>|{rfirst} <{rfirst}@free.fr>]",
        ["Re: journée d'essai", "Ta candidature", "Pour le poste", "Re: CV déposé samedi"],
        [
            "Coucou {name},\n\nmerci encore pour ta journée d'essai {jour} chez {commerce}, c'était chouette de bosser avec toi ! Finalement on a pris quelqu'un qui est dispo aussi le dimanche matin, donc le poste est pris. Désolée !\n\nBonne continuation,\n{rfirst}",
            "Bonjour {name}, pour le poste de vendeur(se) : c'est bon de notre côté, on a trouvé quelqu'un. Merci d'être passé(e) déposer ton CV et bon courage pour la suite.\n{rfirst}\n\nEnvoyé de mon iPhone",
            "Salut {name},\n\ndésolé pour la réponse tardive. Ta candidature m'a plu mais pour cet été ça ne va pas le faire, mon neveu vient nous donner un coup de main et on est au complet. Repasse nous voir à la rentrée si tu cherches toujours !\n\n{rfirst}, {commerce}",
            "Hello {name} ! Petit message pour te dire que le poste en salle est finalement pourvu. Merci pour ton temps et ta bonne humeur pendant l'essai :)\n{rfirst}",
        ],
        n=6,
        extra={**FR, "commerce": COMMERCE_FR},
    ),
    # idea: employer taking back a promesse d'embauche already signed, gel des recrutements or réorganisation
    Family(
        "rej_fr_offre_retiree",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|Direction des Ressources Humaines {company} <drh@{slug}.fr>]",
        [
            "Votre promesse d'embauche du {date_fr}",
            "Information importante concernant votre recrutement",
            "Poste de {poste} – annulation",
            "Suite à notre échange téléphonique",
        ],
        [
            "Madame, Monsieur,\n\nC'est avec un réel regret que nous revenons vers vous au sujet de la promesse d'embauche pour le poste de {poste} qui vous a été adressée le {date_fr}. En raison [d'un gel des recrutements décidé par le groupe|d'une réorganisation de la direction concernée], ce poste est supprimé et nous sommes contraints de revenir sur notre proposition.\n\nNous mesurons pleinement les désagréments que cette décision peut vous causer et restons à votre disposition pour en parler, y compris des modalités d'indemnisation.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n{rfirst} {rlast}\nDRH, {company}",
            "Bonjour {name},\n\nje t'écris avec beaucoup de peine. Suite à la levée de fonds qui n'a pas abouti, nous devons réduire la voilure et nous ne pouvons malheureusement plus maintenir l'offre que nous t'avions faite pour le poste de {poste}. Je sais que ça tombe très mal et j'en suis sincèrement désolé.\n\nSi je peux t'aider à rebondir (recommandations, contacts), n'hésite surtout pas.\n\n{rfirst}",
            "Bonjour {me},\n\ncomme évoqué ce matin par téléphone, je vous confirme par écrit que le recrutement pour le poste de {poste} est annulé : le budget alloué à cette création de poste a été retiré lors du dernier comité de direction. Notre proposition du {date_fr} est donc caduque.\n\nToutes nos excuses pour ce revirement.\n\nCordialement,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: candidate-portal notice of a changed statut, nothing but the portal's words
    Family(
        "rej_fr_statut_portail",
        "rejection",
        FR_ATS,
        [
            "Mise à jour de votre candidature",
            "Le statut de votre candidature a changé",
            "Notification – candidature {ref}",
            "Votre espace candidat : nouvelle information",
        ],
        [
            "Bonjour {me},\n\nle statut de votre candidature a été mis à jour.\n\nOffre : {poste}\nRéférence : {ref}\nStatut : [Clôturée – candidature non retenue|Refusée|Processus terminé]\n\nRetrouvez le détail dans votre espace candidat.\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
            "Bonjour {name},\n\nune nouvelle information est disponible dans ton espace candidat : ta candidature au poste de {poste} a été [archivée|clôturée] car le poste [a été pourvu|n'est plus d'actualité]. Aucune autre étape n'est prévue pour cette offre.\n\nTu peux consulter nos autres offres à tout moment sur notre site carrières.\n\nL'équipe {company}",
            "Madame, Monsieur,\n\nDossier {ref} – {poste} : candidature non poursuivie.\n\nPour toute question, merci d'écrire à recrutement@{slug}.fr.",
        ],
        n=5,
        extra=FR,
    ),
    # idea: cabinet de recrutement passing on the client's refusal, formal and casual
    Family(
        "rej_fr_cabinet_client",
        "rejection",
        "agency",
        [
            "Retour de {company}",
            "Votre candidature chez notre client",
            "Point sur le poste de {poste}",
            "Des nouvelles de mon client",
        ],
        [
            "Bonjour {name},\n\nj'ai eu ce matin le retour de mon client {company} concernant votre candidature au poste de {poste}. Malheureusement, ils ont choisi de poursuivre avec [un profil ayant davantage d'expérience en management|une candidate déjà en poste dans le secteur|un candidat interne]. Je suis déçu(e) car votre profil me semblait vraiment pertinent.\n\nJe reviens vers vous très vite avec d'autres opportunités qui pourraient vous correspondre.\n\nBien à vous,\n{rfirst} {rlast}\nConsultant(e) – {agency}",
            "Salut {name},\n\npetit point rapide : {company} ne donne pas suite pour le poste, ils trouvent ton profil [un peu trop junior|trop éloigné de leur métier]. Dommage, j'y croyais ! Je garde ton CV sous le coude.\n\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: warm letter of thanks and compliments where the refusal is tucked into the middle
    Family(
        "rej_fr_eloges",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{rfirst} {rlast} <{rfirst}@{slug}.com>]",
        [
            "Merci pour ces échanges",
            "Quelques mots après nos entretiens",
            "Votre candidature – {poste}",
            "Un grand merci",
        ],
        [
            "Bonjour {me},\n\nje tenais d'abord à vous remercier chaleureusement pour le temps consacré à notre processus et pour la qualité de nos échanges. Votre présentation du cas a fait l'unanimité sur la forme comme sur le fond, et vos questions ont nourri nos propres réflexions. Après de longues discussions, nous avons néanmoins retenu pour le poste une personne dont l'expérience [en environnement industriel|dans le pilotage d'équipes] correspond davantage à nos besoins immédiats. Votre rigueur et votre curiosité sont de vraies forces, et je ne doute pas qu'elles seront vite reconnues.\n\nAu plaisir de croiser à nouveau votre route,\n{rfirst} {rlast}",
            "Hello {name},\n\nmerci, merci pour ton énergie et ta franchise pendant les entretiens, toute l'équipe a adoré échanger avec toi. On a finalement choisi quelqu'un d'autre pour ce poste, avec un peu plus de bouteille sur [la partie commerciale|le back-end], et franchement ça s'est joué à rien. Ton portfolio a impressionné tout le monde, garde confiance !\n\nBelle suite à toi,\n{rfirst}",
        ],
        n=5,
        extra=FR,
    ),
    # idea: association, université or collectivité suspending a recruitment "pour le moment"
    Family(
        "rej_fr_recrutement_suspendu",
        "rejection",
        "[{inst} <recrutement@{instslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{instslug}.example>]",
        [
            "Recrutement suspendu – {poste}",
            "Votre candidature auprès de {inst}",
            "Information sur l'offre {ref}",
            "Mise en pause du recrutement",
        ],
        [
            "Madame, Monsieur,\n\nnous vous remercions pour votre candidature au poste de {poste} (réf. {ref}). Nous sommes au regret de vous informer que ce recrutement est suspendu jusqu'à nouvel ordre, [faute de financement confirmé pour le projet|suite au gel des créations de postes voté par le conseil d'administration]. Votre candidature ne pourra donc pas être examinée.\n\nNous vous prions d'agréer nos salutations distinguées.\n\nLe service des ressources humaines\n{inst}",
            "Bonjour {name},\n\nmerci beaucoup pour ta candidature et pour l'intérêt que tu portes à {inst}. Nous avons décidé de mettre ce recrutement en pause pour le moment : une subvention importante vient de nous être refusée et nous devons revoir nos priorités. Nous ne donnerons donc pas suite aux candidatures reçues.\n\nOn espère pouvoir republier le poste l'an prochain.\n\nBien à toi,\n{rfirst} pour le bureau de l'association",
        ],
        n=5,
        extra={
            **FR,
            "inst": [
                "Université de Valmont",
                "Association Les Petits Pas",
                "Fondation Horizon Solidaire",
                "Mairie de Saint-Aubin",
                "Secours des Quartiers",
            ],
            "instslug": [
                "univ-valmont",
                "lespetitspas",
                "fondation-horizon",
                "saint-aubin",
                "secours-quartiers",
            ],
        },
    ),
    # idea: reader on the recruiting side: asked to sit on a jury, fill in a compte rendu, or added as interviewer
    Family(
        "oth_fr_jury_recrutement",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@monentreprise.example>|Outil RH <noreply@monentreprise.taleez.com>|Service RH <rh@monentreprise.example>]",
        [
            "Participation au jury de recrutement",
            "Ton retour sur {candidat} ?",
            "Vous êtes ajouté(e) comme recruteur",
            "Compte rendu d'entretien à compléter",
        ],
        [
            "Bonjour {name},\n\nnous organisons le {date_fr} les entretiens pour le poste de {poste} dans ton service. Accepterais-tu de faire partie du jury ? Il y aura cinq candidats à recevoir sur la journée, et je t'enverrai les dossiers la veille.\n\nMerci d'avance,\n{rfirst}",
            "Hello {name},\n\nmerci d'avoir mené l'entretien avec {candidat} hier. Tu peux déposer ton compte rendu dans l'outil avant vendredi ? On doit décider vite si on lui fait une proposition.\n\n{rfirst}",
            "Bonjour {me},\n\nvous avez été ajouté(e) comme recruteur sur l'entretien suivant :\n\nCandidat : {candidat}\nPoste : {poste}\nDate : {jour} {date_fr} à {heure}\n\nLe CV et la grille d'évaluation sont disponibles dans l'outil.",
        ],
        n=5,
        extra={
            **FR,
            "candidat": ["Mme Lefèvre", "M. Benali", "Camille Roux", "Hugo Marchand", "Mme Diallo"],
        },
    ),
    # idea: user-research "entretien" paid with a bon d'achat, and a podcast or press interview request
    Family(
        "oth_fr_entretien_etude",
        "other",
        "[Équipe Recherche Utilisateur <research@{appslug}.example>|{rfirst} {rlast} <{rfirst}@podcast-{appslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@lecho-local.example>]",
        [
            "Participez à un entretien de 45 minutes",
            "Invitation : entretien pour notre podcast",
            "Demande d'interview",
            "Votre avis compte – bon d'achat de 30 €",
        ],
        [
            "Bonjour {name},\n\nvous utilisez notre application depuis quelques mois et votre avis nous intéresse ! Nous cherchons des utilisateurs pour un entretien en visio de 45 minutes sur leur façon de gérer leur budget. En remerciement, vous recevrez un bon d'achat de 30 €.\n\nRéservez votre créneau ici : https://{appslug}.example/recherche\n\nMerci !\nL'équipe produit",
            "Bonjour {name},\n\nje prépare un épisode de notre podcast sur les reconversions professionnelles et j'ai beaucoup aimé votre article sur LinkedIn. Accepteriez-vous un entretien d'une trentaine de minutes, enregistré à distance ?\n\nBien cordialement,\n{rfirst} {rlast}",
            "Madame, Monsieur,\n\njournaliste au quotidien local, je souhaiterais vous interviewer au sujet de l'association de quartier que vous présidez. Seriez-vous disponible {jour} pour un court entretien téléphonique ?\n\n{rfirst} {rlast}",
        ],
        n=5,
        extra={**FR, "appslug": ["budgetapp", "moneo", "pocketly"]},
    ),
    # idea: CROUS-style bursary decision and a private foundation's scholarship result
    Family(
        "oth_fr_bourse",
        "other",
        "[Crous de {ville} <noreply@crous-{villeslug}.example>|Fondation Lumière <bourses@fondation-lumiere.example>]",
        [
            "Décision concernant votre demande de bourse",
            "Votre dossier social étudiant",
            "Résultat de l'appel à candidatures bourses",
        ],
        [
            "Bonjour {me},\n\nvotre dossier social étudiant a été examiné. Nous avons le regret de vous informer que votre demande de bourse sur critères sociaux a reçu un avis défavorable : les revenus de votre foyer fiscal dépassent le plafond applicable. Vous pouvez formuler un recours dans un délai de deux mois.\n\nLe service des bourses",
            "Chère candidate, cher candidat,\n\nnous avons le plaisir de vous annoncer que votre candidature à la bourse d'excellence de la Fondation a été retenue par le jury. Le montant de 3 000 € vous sera versé en deux fois.\n\nFélicitations !\nLa Fondation",
            "Bonjour {name},\n\nmalgré la qualité de votre dossier, le jury n'a pas retenu votre candidature pour la bourse de mobilité internationale cette année. Nous vous encourageons à postuler de nouveau l'an prochain.\n\nCordialement,\nLe comité des bourses",
        ],
        n=5,
        extra={**FR, "villeslug": ["lyon", "nantes", "lille", "rennes"]},
    ),
    # idea: acknowledgement of a candidature made through cooptation (an employee's referral), nothing decided
    Family(
        "rcv_fr_cooptation",
        "application_received",
        FR_ATS,
        [
            "Votre candidature par cooptation",
            "Candidature recommandée par {rfirst} – bien reçue",
            "Cooptation : nous avons bien reçu votre dossier",
        ],
        [
            "Bonjour {me},\n\n{rfirst} {rlast}, collaborateur/collaboratrice chez {company}, vous a recommandé(e) pour le poste de {poste} et nous vous en remercions. Votre candidature a bien été enregistrée et sera étudiée en priorité par l'équipe recrutement.\n\nNous reviendrons vers vous [sous deux semaines|dans les meilleurs délais], quelle que soit l'issue.\n\nL'équipe Talent Acquisition",
            "Hello {name},\n\nbonne nouvelle : ta candidature cooptée par {rfirst} est bien arrivée chez nous ! Elle est en cours d'étude pour le poste de {poste}. On revient vers toi très vite pour te dire la suite.\n\nÀ bientôt,\nLa team {company}",
        ],
        n=4,
        extra=FR,
    ),
    # idea: public-sector épreuve écrite (note de synthèse) sent by a person in the HR service, no live conversation
    Family(
        "ass_fr_epreuve_ecrite",
        "assessment",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{instslug}.example>|Service recrutement <recrutement@{instslug}.example>]",
        [
            "Épreuve écrite – poste de {poste}",
            "Convocation à l'épreuve écrite",
            "Votre candidature : exercice de rédaction à réaliser",
        ],
        [
            "Madame, Monsieur,\n\nvotre candidature au poste de {poste} a retenu notre attention. La prochaine étape de la sélection est une épreuve écrite : la rédaction d'une note de synthèse à partir d'un dossier documentaire, en trois heures, le {jour} {date_fr} à {heure} dans nos locaux (salle du conseil). Merci de vous munir d'une pièce d'identité.\n\nLe service des ressources humaines",
            "Bonjour {name},\n\nvous trouverez ci-joint le sujet de l'exercice écrit prévu dans le cadre de votre candidature : [une note d'aide à la décision sur le projet de piste cyclable|un courrier de réponse à un usager mécontent]. Vous avez 48 heures pour nous le renvoyer au format Word, deux pages maximum.\n\nBon courage,\n{rfirst} {rlast}\nChargé(e) de recrutement",
        ],
        n=4,
        extra={**FR, "instslug": ["mairie-saint-aubin", "cd-valmont", "agglo-bordelais"]},
    ),
]

# Spanish ------------------------------------------------------------------------------
FAMILIES += [
    # idea: bar, bookshop or ice-cream shop owner after a día de prueba, written like a WhatsApp
    Family(
        "rej_es_negocio_pequeno",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@gmail.com>|{rfirst} <{rfirst}{rlast}@hotmail.com>|{rfirst} <{rfirst}@yahoo.es>]",
        ["Re: día de prueba", "Lo del puesto", "Tu candidatura", "Re: CV"],
        [
            "Hola {name}!\n\nGracias por venir el {dia} a la prueba en {negocio}, lo hiciste muy bien. Al final nos quedamos con una chica que puede hacer también los turnos de noche, así que el puesto ya está cogido. Perdona y mucha suerte!!\n\n{rfirst}",
            "Buenas {name}, te escribo por lo del puesto de camarero/a: ya hemos encontrado a alguien, lo siento. Gracias por pasarte a dejar el currículum.\n{rfirst}\n\nEnviado desde mi iPhone",
            "Hola {name},\n\nperdona que te conteste tan tarde. Tu candidatura me gustó, pero este verano no va a poder ser: se queda mi sobrino echando una mano y estamos completos. Si en septiembre sigues buscando, pásate!\n\nUn saludo,\n{rfirst} ({negocio})",
            "Hola! Solo para decirte que el puesto de dependiente/a ya está cubierto. Gracias por tu tiempo y por la buena onda en la prueba :)\n{rfirst}",
        ],
        n=6,
        extra={**ES, "negocio": NEGOCIO_ES},
    ),
    # idea: company withdrawing an offer already made, congelación de contrataciones or reestructuración
    Family(
        "rej_es_oferta_retirada",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|Dirección de Personas {company} <personas@{slug}.es>]",
        [
            "Sobre nuestra oferta del {fecha}",
            "Información importante sobre tu incorporación",
            "Puesto de {puesto}: cambio de situación",
            "Lamentamos comunicarte...",
        ],
        [
            "Estimado/a {me}:\n\nLamentamos profundamente tener que comunicarle que, debido a una congelación de contrataciones aprobada esta semana por la dirección del grupo, nos vemos obligados a retirar la oferta para el puesto de {puesto} que le enviamos el {fecha}. La incorporación prevista queda, por tanto, anulada.\n\nSomos conscientes de los perjuicios que esto puede causarle y quedamos a su disposición para hablarlo, incluida una posible compensación.\n\nAtentamente,\n{rfirst} {rlast}\nDirectora de Personas, {company}",
            "Hola {name}:\n\nte escribo con mucha pena. Con la reestructuración que estamos viviendo, el puesto que te ofrecimos hace diez días desaparece del organigrama y no podemos mantener la oferta. Sé que es un golpe y lo siento de verdad; queríamos contar contigo.\n\nSi te puedo ayudar con referencias o contactos, dímelo sin dudarlo.\n\nUn abrazo,\n{rfirst}",
            "Buenos días, {me}:\n\nTal como le adelanté esta mañana por teléfono, le confirmo por escrito que el proceso para el puesto de {puesto} queda cancelado: el presupuesto de la vacante se ha retirado. Nuestra propuesta del {fecha} queda sin efecto.\n\nLe pedimos disculpas por las molestias.\n\nUn saludo,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: candidate-portal status change (Finalizada, Descartada) with no human words
    Family(
        "rej_es_estado_portal",
        "rejection",
        ES_ATS,
        [
            "Actualización del estado de tu candidatura",
            "Cambio de estado – candidatura {ref}",
            "Novedades en tu área de candidato",
            "Notificación automática: {puesto}",
        ],
        [
            "Hola {name}:\n\nEl estado de tu candidatura ha cambiado.\n\nOferta: {puesto}\nReferencia: {ref}\nEstado: [Finalizada – no seleccionado/a|Descartada|Proceso cerrado]\n\nPuedes consultar el detalle en tu área de candidato.\n\nEste mensaje se ha generado automáticamente. No respondas a este correo.",
            "Estimado/a {me}:\n\nle informamos de que su candidatura para el puesto de {puesto} ha sido [archivada|cerrada] porque la vacante [ya se ha cubierto|ha dejado de estar activa]. No hay más pasos previstos para esta oferta.\n\nPuede consultar otras ofertas disponibles en nuestro portal de empleo.\n\n{company} – Selección",
            "Candidatura {ref} ({puesto}): no continúa en el proceso.\n\nPara cualquier consulta, escriba a seleccion@{slug}.es.",
        ],
        n=5,
        extra=ES,
    ),
    # idea: consultora de selección passing on the client's no, usted and tú
    Family(
        "rej_es_consultora_cliente",
        "rejection",
        "agency",
        [
            "Respuesta de {company}",
            "Tu candidatura con nuestro cliente",
            "Novedades sobre el puesto de {puesto}",
            "Feedback del cliente",
        ],
        [
            "Hola {name}:\n\nAcabo de recibir la respuesta de nuestro cliente, {company}, sobre tu candidatura al puesto de {puesto}. Lamentablemente han decidido seguir con [otro perfil con más experiencia en gestión de equipos|una persona que ya trabaja en el sector|un candidato interno]. Me da mucha pena porque creía que encajabas muy bien.\n\nSigo pendiente de otros procesos que te pueden interesar y te llamo pronto.\n\nUn saludo,\n{rfirst} {rlast}\nConsultor/a de Selección – {agency}",
            "Buenas {name}, te cuento rápido: {company} no sigue adelante con tu candidatura, dicen que buscan un perfil [más técnico|más senior]. Una pena! Me guardo tu CV para lo próximo.\n\n{rfirst}",
            "Estimado/a {me}:\n\nTal como le prometí, le transmito la decisión de nuestro cliente: la posición de {puesto} se cubrirá con otra candidata. Retiramos su candidatura del proceso y, por supuesto, mantendremos sus datos con total confidencialidad.\n\nAtentamente,\n{rfirst} {rlast}\n{agency}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: long grateful note full of compliments, the no hidden in the middle of a paragraph
    Family(
        "rej_es_elogios",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} <{rfirst}@{slug}.com>]",
        [
            "Gracias por todo",
            "Unas palabras tras las entrevistas",
            "Tu candidatura – {puesto}",
            "Muchas gracias, {name}",
        ],
        [
            "Estimado/a {me}:\n\nAnte todo, quería agradecerle sinceramente el tiempo y el esfuerzo que ha dedicado a nuestro proceso. Su presentación del caso fue brillante y sus preguntas sobre nuestra estrategia nos hicieron pensar a todos. Después de mucho debatir, hemos decidido ofrecer el puesto a una persona con más trayectoria [en el sector farmacéutico|en la dirección de equipos], algo que ahora mismo necesitamos de forma inmediata. Su capacidad analítica y su cercanía son cualidades muy valiosas, y estoy convencido/a de que pronto encontrará el lugar que merece.\n\nUn cordial saludo,\n{rfirst} {rlast}",
            "Hola {name}:\n\nMil gracias por tu energía y tu sinceridad en las entrevistas, al equipo le encantó hablar contigo. Al final nos hemos decantado por otra persona para el puesto, con algo más de rodaje en [ventas|backend], y de verdad que ha estado muy reñido. Tu portfolio impresionó a todo el mundo, así que no pierdas la confianza.\n\nTe deseo lo mejor,\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: ONG, universidad or ayuntamiento pausing a selection process "de momento"
    Family(
        "rej_es_proceso_pausado",
        "rejection",
        "[{inst} <empleo@{instslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{instslug}.example>]",
        [
            "Proceso de selección en pausa",
            "Su candidatura en {inst}",
            "Convocatoria {ref}: suspensión",
            "Información sobre el puesto de {puesto}",
        ],
        [
            "Estimado/a {me}:\n\nLe agradecemos su candidatura para el puesto de {puesto} (ref. {ref}). Lamentamos informarle de que la convocatoria queda suspendida hasta nuevo aviso, [al no haberse confirmado la financiación del proyecto|por la congelación de plazas aprobada por el patronato]. Por ello, su candidatura no podrá seguir adelante.\n\nReciba un cordial saludo,\nÁrea de Recursos Humanos\n{inst}",
            "Hola {name}:\n\nGracias de corazón por tu interés en trabajar con {inst}. Hemos decidido pausar de momento este proceso de selección: nos han denegado una subvención importante y tenemos que replantear el presupuesto. No vamos a continuar con las candidaturas recibidas.\n\nOjalá podamos volver a abrir el puesto el año que viene.\n\nUn abrazo,\n{rfirst}, en nombre del equipo",
        ],
        n=5,
        extra={
            **ES,
            "inst": [
                "Fundación Manos Abiertas",
                "Universidad de Valdeolmos",
                "Ayuntamiento de San Lorenzo",
                "ONG Agua Viva",
                "Asociación Raíces",
            ],
            "instslug": [
                "manosabiertas",
                "uvaldeolmos",
                "aytosanlorenzo",
                "aguaviva",
                "asociacionraices",
            ],
        },
    ),
    # idea: the reader is the interviewer: assigned to an entrevista, asked for feedback on a candidate
    Family(
        "oth_es_entrevistador",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@miempresa.example>|Plataforma de Selección <noreply@miempresa.example>|RR. HH. <rrhh@miempresa.example>]",
        [
            "Te han asignado como entrevistador/a",
            "¿Qué te pareció {candidato}?",
            "Formar parte del tribunal de selección",
            "Valoración pendiente: entrevista con {candidato}",
        ],
        [
            "Hola {name}:\n\nGracias por hacer ayer la entrevista con {candidato}. ¿Podrías dejar tu valoración en la plataforma antes del viernes? Queremos decidir cuanto antes si le hacemos una oferta.\n\n{rfirst}",
            "Hola {me}:\n\nHas sido asignado/a como entrevistador/a en la siguiente entrevista:\n\nCandidato/a: {candidato}\nPuesto: {puesto}\nFecha: {dia} {fecha}, {hora}\n\nEl CV y la guía de entrevista están disponibles en la plataforma.",
            "Buenos días, {name}:\n\nEl {fecha} hacemos las entrevistas para el puesto de {puesto} en tu departamento. ¿Te gustaría formar parte del tribunal? Serán cuatro candidatos y te paso los currículums el día antes.\n\nGracias,\n{rfirst}",
        ],
        n=5,
        extra={
            **ES,
            "candidato": [
                "Lucía Herrera",
                "el Sr. Ortega",
                "Javier Molina",
                "la Sra. Campos",
                "Marta Iglesias",
            ],
        },
    ),
    # idea: recruiters' out-of-office autoreplies (vacaciones, baja) naming who handles selección meanwhile
    Family(
        "oth_es_fuera_oficina",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} <{rfirst}@{slug}.com>]",
        [
            "Respuesta automática: {asunto}",
            "Fuera de la oficina",
            "Ausente: {asunto}",
            "Autorespuesta – {asunto}",
        ],
        [
            "Hola,\n\nGracias por tu mensaje. Estoy de vacaciones hasta el {fecha}, con acceso limitado al correo. Para cualquier tema urgente relacionado con procesos de selección, puedes escribir a {rfirst2}@{slug}.es.\n\nUn saludo,\n{rfirst}",
            "Estaré fuera de la oficina del {fecha} al {fecha2} por asistencia a una feria de empleo. Responderé a su correo a mi vuelta.\n\nSi su consulta es sobre una candidatura en curso, contacte con el equipo de Talento en talento@{slug}.com.\n\n{rfirst} {rlast}\nTalent Acquisition – {company}",
            "Este es un mensaje automático. En este momento no me encuentro en la oficina. Su correo no se reenvía. Gracias.",
        ],
        n=4,
        extra={
            **ES,
            "asunto": ["Candidatura {puesto}", "Re: entrevista", "CV adjunto", "Consulta"],
            "rfirst2": ["laura", "sergio", "talento"],
            "fecha2": ["15 de julio", "30 de agosto", "4 de septiembre"],
        },
    ),
    # idea: insurer or telecom answering a reclamación with "lamentablemente" and "no podemos"
    Family(
        "oth_es_reclamacion",
        "other",
        "[Atención al Cliente {marca} <atencion@{marcaslug}.example>|Siniestros {aseguradora} <siniestros@{aseguradoraslug}.example>]",
        [
            "Respuesta a su reclamación {ref}",
            "Resolución de su siniestro n.º {ref}",
            "Su solicitud de reembolso",
            "Hemos revisado tu caso",
        ],
        [
            "Estimado/a cliente:\n\nHemos analizado detenidamente su reclamación {ref}. Lamentablemente, no podemos atender su solicitud de reembolso, ya que la incidencia se produjo fuera del periodo de garantía. Sentimos no poder darle una respuesta favorable.\n\nAtentamente,\nDepartamento de Atención al Cliente",
            "Hola {name}:\n\nTras la visita del perito, lamentamos comunicarte que el siniestro declarado el {fecha} no está cubierto por tu póliza de hogar, porque [los daños se deben a falta de mantenimiento|la póliza no incluye rotura de aparatos electrónicos]. Si no estás de acuerdo, puedes presentar una reclamación ante nuestro Defensor del Cliente.\n\nUn saludo,\nEquipo de Siniestros",
        ],
        n=4,
        extra={
            **ES,
            "marca": ["TelcoMás", "Fibranet"],
            "marcaslug": ["telcomas", "fibranet"],
            "aseguradora": ["Seguros Atalaya", "Mutua del Sur"],
            "aseguradoraslug": ["segurosatalaya", "mutuadelsur"],
        },
    ),
    # idea: recruiter only moving a call: "nueva hora para nuestra llamada"
    Family(
        "int_es_nueva_hora",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} <{rfirst}@{slug}.com>]",
        [
            "Nueva hora para nuestra llamada",
            "Cambio de hora – entrevista",
            "¿Podemos mover la llamada?",
            "Re: entrevista del {dia}",
        ],
        [
            "Hola {name}:\n\nMe ha surgido un imprevisto y no voy a poder hacer la llamada de mañana a la hora que dijimos. ¿Te vendría bien el {dia} a las {hora}? Si no, dime un par de huecos y lo cuadramos. Perdona el cambio.\n\n{rfirst}",
            "Buenos días, {me}:\n\nLe escribo para proponerle una nueva hora para su entrevista con la responsable del área (puesto de {puesto}): {dia} {fecha} a las {hora}, por Teams. El enlace se lo envío en la nueva convocatoria. Le ruego que me confirme si le encaja.\n\nUn saludo,\n{rfirst} {rlast}\nSelección – {company}",
            "{name}, te he movido la llamada sobre el puesto al {dia} a las {hora}, ya tienes la invitación actualizada en el calendario. ¡Hablamos!\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
    # idea: small-company manager's casual "el puesto es tuyo"
    Family(
        "off_es_puesto_tuyo",
        "offer",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} <{rfirst}@{slug}.com>]",
        [
            "¡El puesto es tuyo!",
            "Buenas noticias",
            "Re: entrevista de ayer",
            "Te queremos en el equipo",
        ],
        [
            "¡Hola {name}!\n\nNo te hago esperar más: el puesto es tuyo. A todo el equipo le encantaste ayer. Te ofrecemos {sueldo} y podrías empezar el {fecha}. ¿Qué me dices? Llámame cuando puedas y lo cerramos.\n\n{rfirst}",
            "Hola {name}:\n\nHemos hablado entre los socios y lo tenemos claro: queremos que te incorpores en el puesto de {puesto}. Te mando mañana la oferta por escrito con el sueldo y las condiciones, pero quería decírtelo ya. ¡Enhorabuena!\n\nUn abrazo,\n{rfirst}",
        ],
        n=5,
        extra=ES,
    ),
]

# Dutch --------------------------------------------------------------------------------
FAMILIES += [
    # idea: eetcafé, bakkerij or boekhandel owner after a proefdag or meeloopdag, je-form and short
    Family(
        "rej_nl_kleine_zaak",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@ziggo.nl>|{rfirst} <{rfirst}{rlast}@hotmail.com>|{rfirst} <{rfirst}@kpnmail.nl>]",
        ["Re: proefdraaien", "Je sollicitatie", "Even over de vacature", "Re: bijbaan"],
        [
            "Hoi {name},\n\nbedankt voor het proefdraaien op {dag} bij {zaak}, was gezellig! We hebben toch gekozen voor iemand die ook doordeweeks overdag kan, dus de vacature is vervuld. Sorry en succes verder!\n\nGroetjes {rfirst}",
            "Hoi {name}, over je sollicitatie voor de bijbaan: we hebben al iemand gevonden, dus het gaat helaas niet door. Bedankt dat je langs kwam!\n{rfirst}\n\nVerstuurd vanaf mijn iPhone",
            "Hey {name},\n\nsorry dat ik zo laat reageer. Je sollicitatie zag er leuk uit, maar deze zomer redden we het met de vaste ploeg, mijn nichtje komt helpen. Kom na de zomer gerust nog eens langs als je nog zoekt!\n\n{rfirst} ({zaak})",
            "Hoi! Even een berichtje dat de vacature achter de bar al ingevuld is. Dank voor je tijd op de meeloopdag :)\n{rfirst}",
        ],
        n=6,
        extra={**NL, "zaak": ZAAK_NL},
    ),
    # idea: employer withdrawing an aanbod already made (reorganisatie, vacaturestop)
    Family(
        "rej_nl_aanbod_ingetrokken",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|HR {company} <hr@{slug}.nl>]",
        [
            "Ons aanbod van {datum}",
            "Belangrijk bericht over je indiensttreding",
            "Functie {functie}: gewijzigde situatie",
            "Helaas slecht nieuws",
        ],
        [
            "Geachte {me},\n\nTot onze grote spijt moeten wij u laten weten dat wij het arbeidsvoorwaardenvoorstel voor de functie van {functie}, dat wij u op {datum} deden, moeten intrekken. Als gevolg van een [organisatiebrede vacaturestop|ingrijpende reorganisatie] komt deze functie te vervallen en gaat de indiensttreding niet door.\n\nWij begrijpen dat dit voor u zeer vervelend is en nemen graag contact met u op om de gevolgen te bespreken.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nManager HR, {company}",
            "Hoi {name},\n\nik had nooit gedacht dat ik deze mail zou moeten sturen. Door de reorganisatie verdwijnt de functie die we je twee weken geleden aanboden, en we kunnen ons aanbod daarom helaas niet waarmaken. Ik baal er enorm van, we hadden je graag in het team gehad.\n\nAls ik je ergens mee kan helpen (referentie, netwerk), laat het me weten.\n\n{rfirst}",
            "Beste {me},\n\nZoals ik vanochtend telefonisch aangaf, bevestig ik hierbij dat de procedure voor de functie {functie} is stopgezet: het budget voor de vacature is door de directie ingetrokken. Ons aanbod van {datum} vervalt daarmee.\n\nExcuses voor de ontstane situatie.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: candidate-portal status change (Afgewezen, Gesloten) in the system's own words
    Family(
        "rej_nl_statusupdate",
        "rejection",
        NL_ATS,
        [
            "De status van je sollicitatie is gewijzigd",
            "Update in je kandidatenportaal",
            "Statuswijziging sollicitatie {ref}",
            "Melding: {functie}",
        ],
        [
            "Beste {name},\n\nDe status van je sollicitatie is bijgewerkt.\n\nVacature: {functie}\nReferentie: {ref}\nStatus: [Afgewezen|Gesloten – niet verder in procedure|Procedure beëindigd]\n\nBekijk de details in je kandidatenportaal.\n\nDit is een automatisch bericht, je kunt hier niet op reageren.",
            "Geachte {me},\n\nUw sollicitatie op de functie {functie} is [gearchiveerd|gesloten] omdat de vacature [is vervuld|niet langer openstaat]. Er zijn geen vervolgstappen voor deze vacature.\n\nBekijk onze andere vacatures op werkenbij{slug}.nl.\n\n{company}",
            "Sollicitatie {ref} ({functie}): niet verder in behandeling.\n\nVragen? Mail naar sollicitaties@{slug}.nl.",
        ],
        n=5,
        extra=NL,
    ),
    # idea: recruitment- or uitzendbureau passing on the client's no, je and u
    Family(
        "rej_nl_bureau_klant",
        "rejection",
        "agency",
        [
            "Terugkoppeling van {company}",
            "Je sollicitatie bij onze opdrachtgever",
            "Update over de functie {functie}",
            "Nieuws van de klant",
        ],
        [
            "Hoi {name},\n\nik heb vandaag de terugkoppeling van onze opdrachtgever {company} gekregen over je sollicitatie voor de functie {functie}. Helaas kiezen ze voor [een kandidaat met meer leidinggevende ervaring|iemand die al in de branche werkt|een interne kandidaat]. Jammer, want ik vond je echt goed passen.\n\nIk heb nog een paar andere opdrachten lopen en bel je volgende week.\n\nGroet,\n{rfirst} {rlast}\nIntercedent – {agency}",
            "Hé {name}, kort nieuws: {company} gaat niet verder met je sollicitatie, ze zoeken toch iemand [met meer technische bagage|die wat senior-der is]. Balen! Ik houd je cv bij de hand.\n\n{rfirst}",
            "Beste {me},\n\nZoals beloofd laat ik u het besluit van onze opdrachtgever weten: de functie {functie} wordt ingevuld door een andere kandidaat. Ik trek uw sollicitatie daar terug en ga uiteraard vertrouwelijk met uw gegevens om.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\n{agency}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: a warm thank-you letter full of compliments with the no in the middle
    Family(
        "rej_nl_compliment",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|{rfirst} {rlast} <{rfirst}@{slug}.com>]",
        [
            "Bedankt voor je tijd",
            "Een paar woorden na de gesprekken",
            "Je sollicitatie – {functie}",
            "Dank je wel!",
        ],
        [
            "Beste {me},\n\nAllereerst wil ik u hartelijk bedanken voor de tijd en energie die u in onze procedure hebt gestoken. Uw presentatie van de case maakte veel indruk op de commissie en uw vragen over onze koers waren scherp en relevant. Na lang overleg hebben we de functie toch aangeboden aan iemand met meer ervaring [in de zorgsector|als leidinggevende], die we op dit moment direct nodig hebben. Uw analytisch vermogen en uw betrokkenheid zijn echte sterke punten, en ik twijfel er niet aan dat u snel een mooie plek vindt.\n\nMet hartelijke groet,\n{rfirst} {rlast}",
            "Hoi {name},\n\nsuperbedankt voor je enthousiasme en openheid tijdens de gesprekken, het hele team vond het leuk om je te spreken. Uiteindelijk hebben we de functie aan iemand anders gegeven, met net wat meer ervaring in [sales|backend-ontwikkeling], en eerlijk: het was heel close. Je portfolio maakte op iedereen indruk, dus blijf in jezelf geloven!\n\nAlle goeds,\n{rfirst}",
        ],
        n=5,
        extra=NL,
    ),
    # idea: stichting, gemeente or universiteit putting a vacancy on hold or withdrawing it
    Family(
        "rej_nl_vacature_on_hold",
        "rejection",
        "[{inst} <vacatures@{instslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{instslug}.example>]",
        [
            "Vacature {ref} tijdelijk stopgezet",
            "Uw sollicitatie bij {inst}",
            "Wervingsprocedure {functie} on hold",
            "Bericht over de vacature",
        ],
        [
            "Geachte {me},\n\nHartelijk dank voor uw sollicitatie op de vacature {functie} (ref. {ref}). Helaas moeten wij u meedelen dat de wervingsprocedure tot nader order is stopgezet, [omdat de financiering van het project nog niet rond is|in verband met een bezuinigingsopdracht van het college]. Uw sollicitatie wordt daarom niet verder in behandeling genomen.\n\nMet vriendelijke groet,\nAfdeling HRM\n{inst}",
            "Hoi {name},\n\nheel erg bedankt voor je interesse in werken bij {inst}. We hebben besloten de vacature voorlopig on hold te zetten: een belangrijke subsidie is afgewezen en we moeten onze begroting opnieuw bekijken. We gaan daarom niet verder met de ontvangen sollicitaties.\n\nHopelijk kunnen we de functie volgend jaar opnieuw openstellen.\n\nHartelijke groet,\n{rfirst}, namens het bestuur",
        ],
        n=5,
        extra={
            **NL,
            "inst": [
                "Stichting De Brug",
                "Gemeente Oosterveld",
                "Universiteit Lagewaard",
                "Stichting Voedselhulp West",
                "Hogeschool Noordkust",
            ],
            "instslug": [
                "stichtingdebrug",
                "oosterveld",
                "uni-lagewaard",
                "voedselhulpwest",
                "hs-noordkust",
            ],
        },
    ),
    # idea: reader on the hiring side: selectiecommissie, beoordelingsformulier, ingepland als interviewer
    Family(
        "oth_nl_selectiecommissie",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@mijnwerk.example>|Recruitment <recruitment@mijnwerk.example>|HR-systeem <noreply@mijnwerk.recruitee.com>]",
        [
            "Plaatsnemen in de selectiecommissie?",
            "Jouw feedback op {kandidaat}",
            "Je bent ingepland als interviewer",
            "Beoordelingsformulier sollicitatiegesprek {kandidaat}",
        ],
        [
            "Hoi {name},\n\nop {datum} voeren we de sollicitatiegesprekken voor de functie {functie} in jouw team. Wil je in de selectiecommissie plaatsnemen? Het gaat om vijf kandidaten op één dag; de brieven stuur ik je vooraf.\n\nGroet,\n{rfirst}",
            "Hoi {name},\n\nbedankt dat je gisteren bij het gesprek met {kandidaat} aanschoof. Kun je vóór vrijdag je beoordeling in het systeem zetten? We willen snel beslissen of we een aanbod doen.\n\n{rfirst}",
            "Beste {me},\n\nJe bent ingepland als interviewer voor het volgende gesprek:\n\nKandidaat: {kandidaat}\nVacature: {functie}\nDatum: {dag} {datum}, {tijd}\n\nHet cv en de gespreksleidraad staan in het systeem.",
        ],
        n=5,
        extra={
            **NL,
            "kandidaat": [
                "mevrouw De Wit",
                "de heer Yilmaz",
                "Sanne Bakker",
                "Daan Visser",
                "mevrouw El Amrani",
            ],
        },
    ),
    # idea: user-research interview with a cadeaubon, and a podcast or local-paper interview request
    Family(
        "oth_nl_gebruikersonderzoek",
        "other",
        "[UX-team {app} <onderzoek@{appslug}.example>|{rfirst} {rlast} <{rfirst}@{appslug}-podcast.example>|{rfirst} {rlast} <redactie@dagblad-oost.example>]",
        [
            "Doe mee aan een interview van 30 minuten",
            "Uitnodiging: interview voor onze podcast",
            "Interviewverzoek",
            "Jouw mening = cadeaubon van € 25",
        ],
        [
            "Hoi {name},\n\nje gebruikt {app} al een tijdje en we zijn benieuwd naar je ervaringen! Voor ons onderzoek zoeken we gebruikers voor een videogesprek van 30 minuten. Als dank krijg je een cadeaubon van € 25.\n\nPlan hier een moment in: https://{appslug}.example/onderzoek\n\nGroet,\nHet productteam",
            "Beste {name},\n\nvoor een aflevering van onze podcast over carrièreswitches ben ik op zoek naar gasten, en jouw blog sprak me erg aan. Heb je zin in een interview van een half uur, op afstand opgenomen?\n\nHartelijke groet,\n{rfirst} {rlast}",
            "Geachte {me},\n\nals verslaggever van het Dagblad Oost zou ik u graag interviewen over de buurtmoestuin die u hebt opgezet. Heeft u {dag} tijd voor een kort telefonisch interview?\n\n{rfirst} {rlast}",
        ],
        n=5,
        extra={
            **NL,
            "app": ["Spaarpot", "Fietsmaatje", "Boodschapper"],
            "appslug": ["spaarpot", "fietsmaatje", "boodschapper"],
        },
    ),
    # idea: talent-community welcome and an ATS password reset: portal mail that decides nothing
    Family(
        "oth_nl_talentpool_wachtwoord",
        "other",
        "[Werken bij {company} <noreply@{slug}.recruitee.com>|{company} Talent <talent@{slug}.nl>|Kandidatenportaal {company} <no-reply@{slug}.workday.example>]",
        [
            "Welkom in de talentcommunity van {company}",
            "Wachtwoord opnieuw instellen",
            "Je account is aangemaakt",
            "Je nieuwsbrief: werken bij {company}",
        ],
        [
            "Hoi {name},\n\nwelkom in onze talentcommunity! Je ontvangt voortaan af en toe nieuws over werken bij {company}: verhalen van collega's, evenementen en nieuwe vacatures die bij je interesses passen. Je kunt je voorkeuren altijd aanpassen.\n\nTot snel!\nTeam {company}\n\nAfmelden",
            "Beste {me},\n\nwe hebben een verzoek ontvangen om het wachtwoord van je kandidatenaccount opnieuw in te stellen. Klik op de onderstaande link; deze is 24 uur geldig.\n\nhttps://{slug}.workday.example/reset?token={ref}\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail negeren.",
            "Hallo {name},\n\nje account in het kandidatenportaal van {company} is aangemaakt. Je kunt nu je profiel aanvullen en vacatures opslaan.\n\nDit is een automatisch bericht.",
        ],
        n=5,
        extra=NL,
    ),
    # idea: acknowledgement that asks the applicant to complete the profile before review starts
    Family(
        "rcv_nl_profiel_aanvullen",
        "application_received",
        NL_ATS,
        [
            "Bedankt voor je sollicitatie – nog één stap",
            "Maak je profiel compleet",
            "We hebben je sollicitatie ontvangen: vul je gegevens aan",
            "Je sollicitatie voor {functie}",
        ],
        [
            "Hoi {name},\n\nbedankt voor je sollicitatie op de vacature {functie}! We hebben hem goed ontvangen. Om je sollicitatie in behandeling te nemen, missen we nog [je motivatie|je beschikbaarheid en salarisindicatie|een kopie van je diploma]. Vul dit aan in je profiel via de link hieronder.\n\nhttps://{slug}.recruitee.com/profiel\n\nZodra je profiel compleet is, bekijken we je sollicitatie en hoor je binnen twee weken van ons.\n\nGroet,\nRecruitment {company}",
            "Geachte {me},\n\nHartelijk dank voor uw sollicitatie. Deze is in goede orde ontvangen. Wij verzoeken u vriendelijk uw kandidatenprofiel aan te vullen met [uw cv in pdf-formaat|de gevraagde referenties], zodat de selectiecommissie uw sollicitatie kan beoordelen.\n\nMet vriendelijke groet,\nAfdeling P&O {company}",
        ],
        n=4,
        extra=NL,
    ),
    # idea: detacheerder's urgent aanvraag with uurtarief, locatie and start date
    Family(
        "out_nl_detachering_spoed",
        "recruiter_outreach",
        "agency",
        [
            "SPOED: {functie} – {stad}",
            "Opdracht {functie}, start per direct",
            "Urgente aanvraag – past dit bij jou?",
            "Interim opdracht {stad}, 36 uur",
        ],
        [
            "Hoi {name},\n\nik heb een spoedaanvraag liggen bij een opdrachtgever in {stad} en jouw profiel sprong eruit. Functie: {functie}, 32-40 uur, start per direct, looptijd 6 maanden met optie tot verlenging. Tarief: € {tarief} per uur (ex. btw).\n\nBen je beschikbaar? Stuur me je actuele cv en je uurtarief, dan bel ik je vandaag nog.\n\nGroet,\n{rfirst} {rlast}\n{agency}",
            "Beste {me},\n\nVia LinkedIn kwam ik uw profiel tegen. Voor een overheidsopdrachtgever zoeken wij met spoed een {functie} (36 uur, {stad}, hybride). Sluitingsdatum voor aanbieden is morgen 12:00 uur. Heeft u interesse in deze functie? Dan ontvang ik graag uw cv en beschikbaarheid.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nAccountmanager, {agency}",
        ],
        n=5,
        extra={**NL, "tarief": ["75", "85", "95", "110"]},
    ),
]
