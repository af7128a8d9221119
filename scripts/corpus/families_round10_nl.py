# ruff: noqa: E501, RUF001, RUF002  (one paragraph per line; en dashes as the mail writes them)
"""Round 10 in Dutch: everyday "no" without HR words, public-sector outcomes, conditional
receipts, and the look-alikes that sit next to them.

A. Rejections (seven families). Small employers answering the candidate's own mail in a
   "Re:" thread – a bakery, a cheese shop, a family business, a café, a beach pavilion, a
   photo studio or an architect's office taking no intern – saying no in everyday words:
   someone from the street already took the Saturdays, the team for this season is full,
   there is no desk for an intern, maybe next year. ATS mail with a neutral subject that
   thanks and praises first and declines softly later, without "helaas" up front.
   Public-sector outcomes: a written test below the minimum score, no place in the
   wervingsreserve or the flexpool, a municipality's brievenselectie or preselectie and
   the list of admitted candidates the reader is not on. And a recruiter, hiring manager
   or agency consultant answering in a running thread after the interview.
B. Receipts (two families). "We received it and will read it", with the Dutch and Flemish
   ways of saying "no word within N weeks means not selected" (niet geselecteerd, een
   andere keuze gemaakt, kandidatuur niet weerhouden); job sites saying an employer opened
   the cv or that it was sent on, and an intercedent forwarding the cv to a client.
C. `other` look-alikes (five families): the reader's own employer announcing an
   appointment, a new director or the internal vacancy bulletin; surveys about the
   selection process; decisions on a rental flat, a master's admission and a study grant,
   worded with toegewezen, afgewezen, toegelaten and proficiat; a job site's invoice,
   password and saved search next to UWV and VDAB obligations (sollicitatieactiviteiten,
   an appointment with the werkcoach or bemiddelaar); parents and friends passing on a
   vacancy.
D. One family each for recruiter outreach (a different or new role than the one the reader
   looked at), interview (coffee with the founder, a call with the agency's client, a live
   pair-programming or case session), assessment (a freelance proefvertaling or proefstuk,
   a computer-based exam in a public procedure) and offer (a small employer putting start
   date, hours and hourly wage on a row).

Both voices (je and u) and both countries (the Netherlands and Flanders: kandidatuur,
proficiat, zaakvoerder, studentenjob, niet weerhouden). Quoted earlier mail uses the Dutch
Gmail, Outlook and Apple Mail headers with "> " lines. Dates, weekdays, times, cities,
job titles and salaries come from families_languages; shop names, municipalities,
colleagues and streets are made up here. Every sentence is new, written in Dutch from the
start, not translated."""

from families_languages import NL, NL_ATS, NL_PERSON
from generate import Family

REJ, RCV, OTH, REC, INT, ASS, OFF = (
    "rejection",
    "application_received",
    "other",
    "recruiter_outreach",
    "interview",
    "assessment",
    "offer",
)
LINKEDIN = "{rfirst} {rlast} via LinkedIn <inmail-hit-reply@linkedin.com>"

# Extra slot values (values only; the wording lives in the families).
NL_WINKEL = {
    **NL,
    "zaak": [
        "Bakkerij De Graanschuur",
        "Kaashandel De Gouwe",
        "Bloemenzaak Madelief",
        "Fietshandel Spaak & Zn.",
        "Boekhandel Het Leesteken",
        "Slagerij Peeters",
        "Groentezaak Vers van 't Land",
        "IJzerwaren Bosman",
    ],
}
NL_HORECA = {
    **NL,
    "zaak": [
        "Eetcafé De Zwaan",
        "Strandpaviljoen Zeezicht",
        "Café 't Pleintje",
        "Pizzeria Da Nico",
        "Brasserie Het Veerhuis",
        "Lunchroom Zoet & Zout",
        "Frituur De Kaai",
    ],
}
NL_ATELIER = {
    **NL,
    "zaak": [
        "Fotostudio Lichtval",
        "Ontwerpstudio Kade 12",
        "Architectenbureau Veld & Vorm",
        "Keramiekatelier De Draaischijf",
        "Tuinontwerp Groenrijk",
        "Kapsalon Knip & Kleur",
    ],
}
NL_KLEIN = {
    **NL,
    "zaak": [
        *NL_WINKEL["zaak"][:5],
        *NL_HORECA["zaak"][:4],
        "Keramiekatelier De Draaischijf",
    ],
}
NL_OVERHEID = {
    **NL,
    "org": [
        "Stad Scheldewerve",
        "Provincie Heuvelland",
        "Agentschap Wegen en Kanalen",
        "Waterschap De Vliet",
        "Ministerie van Binnenwaarden",
        "Gemeente Polderhaven",
    ],
}
NL_GEMEENTE = {
    **NL,
    "gemeente": ["Polderhaven", "Oosterwoude", "Lindeveld", "Beekdal", "Westerzand", "Kempenrode"],
}
NL_INTERN = {
    **NL,
    "werkgever": [
        "Zorggroep Lindenhof",
        "Bouwbedrijf Van Ommen",
        "Woningcorporatie Thuisbasis",
        "Gemeente Polderhaven",
        "Transportgroep Dijkman",
        "Hogeschool Kempenland",
    ],
    "collega": [
        "Marieke van Dam",
        "Joost Verbeek",
        "Sanne de Wit",
        "Pieter Claes",
        "Fatima El Amrani",
        "Koen Janssens",
        "Lotte Mulder",
    ],
    "afdeling": ["Operations", "Financiën", "Zorg", "ICT", "Klantcontact", "Vastgoed"],
}
NL_BESLUIT = {
    **NL,
    "straat": [
        "Meidoornstraat 14-B",
        "Havenkade 3",
        "Kerkweg 112",
        "Lindelaan 27-I",
        "Sint-Jansplein 8",
        "Molenstraat 51",
    ],
}
NL_FAMILIE = {
    **NL,
    "afzender": [
        "Mam <m.devries1962@hotmail.com>",
        "Papa <jan.bakker@ziggo.nl>",
        "Tante Ria <ria.smit@kpnmail.nl>",
        "Sanne <sannetje.92@gmail.com>",
        "Bram van Dijk <bramvd@outlook.com>",
        "Lies Claes <lies.claes@telenet.be>",
        "Oom Kees <kees.hoogland@planet.nl>",
    ],
}

# Small employers mostly write from a private mailbox with the shop's name on it.
KLEIN_SENDER = "[{rfirst} {rlast} <{rfirst}.{rlast}@[gmail.com|hotmail.com|ziggo.nl|telenet.be]>|{zaak} <{rfirst}@[kpnmail.nl|gmail.com|outlook.com]>|{rfirst} van {zaak} <{rfirst}{rlast}@gmail.com>]"
# Made-up agencies; the bodies say "mijn opdrachtgever" and never name the agency.
NL_AGENCY = "[{rfirst} {rlast} – Dijkstra Uitzendgroep <{rfirst}@dijkstra-uitzend.example>|{rfirst} {rlast} (Lagewaard Recruitment) <{rfirst}.{rlast}@lagewaardrecruitment.example>|{rfirst} {rlast} <{rfirst}@talentsluis.example>]"
OVERHEID_SENDER = "[Dienst Selectie – {org} <selectie@overheidsjobs.example>|{org} – Team Werving <noreply@werkenbijdeoverheid.example>|Selectieverantwoordelijke {org} <jobs@jobpunt-publiek.example>]"
GEMEENTE_SENDER = "[Gemeente {gemeente} – Werving & Selectie <werving@gemeente-{gemeente}.example>|Personeelsdienst stad {gemeente} <personeel@stad-{gemeente}.example>|{rfirst} {rlast} (gemeente {gemeente}) <{rfirst}.{rlast}@gemeente-{gemeente}.example>]"

FAMILIES: list[Family] = [
    # A. Rejections --------------------------------------------------------------------------
    # idea: my own picture of a baker, a cheese seller or a family shop answering the candidate's "do you need help on Saturdays?" mail: someone from the street already started, the numbers don't allow it, maybe around the holidays
    Family(
        "rej_r10_nl_winkel_reply",
        REJ,
        KLEIN_SENDER,
        [
            "Re: Sollicitatie zaterdaghulp",
            "Re: Bijbaan in de winkel?",
            "RE: open sollicitatie {me}",
            "Re: naar aanleiding van het briefje op de deur",
            "Re: vakantiewerk",
        ],
        [
            "Hoi {name},\n\nLeuk dat je ons mailde! Maar eerlijk is eerlijk: vorige week is er al een meisje uit de straat begonnen op de zaterdagen, en meer handen hebben we op dit moment niet nodig. Als het weer gaat spelen, denk ik aan je.\n\nGroetjes,\n{rfirst}\n{zaak}",
            "Hallo {name},\n\nDank je voor je berichtje. We hebben er samen even over gepraat, maar met z'n drieën redden we het in de winkel prima en extra uren kunnen we er nu gewoon niet bij betalen. Sorry dat het geen leuker antwoord is.\n\nGroet,\n{rfirst} {rlast}\n\nOp {dag} {datum} om {tijd} schreef {me}:\n> Beste meneer/mevrouw,\n>\n> Ik woon sinds kort in {stad} en zou graag bij u in de winkel komen werken, [op zaterdag|een paar ochtenden per week|in de schoolvakanties]. Ik ben [17|19|22] jaar en heb al ervaring met kassawerk.\n>\n> Met vriendelijke groet,\n> {me}",
            "Hoi {name}, ons plekje is inmiddels vergeven aan mijn nichtje, sorry! Misschien na de zomer weer eens proberen. Gr {rfirst}\n\nVerstuurd vanaf mijn iPhone",
            "Dag {name},\n\nMerci voor je mail en je cv. We hebben de job ondertussen aan iemand anders gegeven, die hier vroeger al als student werkte en dus meteen kon starten. Ik hou je gegevens wel bij, want rond de feestdagen is het hier altijd drummen achter de toonbank.\n\nVriendelijke groeten,\n{rfirst}\n{zaak}",
            "Beste {me},\n\nMijn man en ik hebben uw brief met plezier gelezen. Wij zijn een klein familiebedrijf en hadden gehoopt dit jaar iemand extra in dienst te kunnen nemen, maar de omzet laat dat op dit moment niet toe. We doen het voorlopig dus weer met de familie.\n\nWij wensen u veel succes bij het vinden van een mooie baan.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\n{zaak}",
        ],
        n=6,
        extra=NL_WINKEL,
    ),
    # idea: my own sketch of horeca owners replying about weekend and season work: the terrace team is complete, two lads who already stood behind the bar got the weekends, the kitchen is full until September, try again around Easter
    Family(
        "rej_r10_nl_horeca_seizoen_reply",
        REJ,
        KLEIN_SENDER,
        [
            "Re: Werken in de bediening",
            "Re: bijbaan weekend",
            "Re: Vakantiewerk deze zomer",
            "Re: Studentenjob",
            "Re: proefdraaien?",
        ],
        [
            "Hey {name}! Top dat je bij ons wil komen werken, maar het team voor dit seizoen is al rond. Vanaf maart zoeken we weer mensen voor het terras, stuur dan gerust nog een berichtje 👍\n{rfirst}",
            "Hoi {name},\n\nSorry voor de late reactie, het was hier een gekkenhuis met de feestdagen. Voor de weekenden hebben we inmiddels twee jongens gevonden die al ervaring hadden achter de bar, dus voorlopig zitten we vol. Haakt er iemand af, dan bel ik je.\n\nGroetjes,\n{rfirst}\n\nOp {datum} schreef {me}:\n> Hoi,\n> Ik zag op Instagram dat jullie nog mensen zoeken voor de bediening in het weekend. Ik heb [een jaar in een lunchroom gewerkt|al twee zomers in een strandtent gestaan|nog geen horeca-ervaring, maar ik leer snel]. Wanneer kan ik een keer langskomen?\n> Groetjes, {name}",
            "Hallo {name},\n\nBedankt dat je vrijdag kwam meedraaien, dat was gezellig. We hebben uiteindelijk gekozen voor iemand die ook doordeweeks kan, want daar zitten we het krapst. Voor alleen de zaterdagen is er nu even geen ruimte.\n\nSucces, en kom vooral eens een biertje drinken!\n{rfirst}\n{zaak}",
            "Dag {name}, bedankt voor je interesse in een studentenjob bij ons. Voor deze zomer hebben we al genoeg volk op de vloer, het spijt me. Probeer het volgend jaar rond de paasvakantie gerust opnieuw. Groetjes, {rfirst}",
            "Nee sorry {name}, de keuken is vol bezet tot en met september. Wie weet volgend seizoen! {rfirst}\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone.",
        ],
        n=6,
        extra=NL_HORECA,
    ),
    # idea: my own take on a photo studio, a design studio or an architect's office answering a request for an internship or a side job: the one intern desk is taken, two of us cannot supervise anyone, too little work coming in, students we already knew
    Family(
        "rej_r10_nl_atelier_stage_reply",
        REJ,
        KLEIN_SENDER,
        [
            "Re: Stageplaats",
            "Re: Stage vanaf september",
            "Re: Bijbaan als assistent",
            "RE: Vraag over meelopen of stage",
            "Re: portfolio {me}",
        ],
        [
            "Hoi {name},\n\nWat een mooi portfolio heb je gestuurd! Alleen zitten we voor dit semester al vol: we hebben maar één werkplek voor een stagiair en die is tot de zomer bezet. Voor het najaar mag je het gerust nog eens proberen.\n\nGroet,\n{rfirst}\n{zaak}",
            "Beste {name},\n\nBedankt voor je mail. We zijn hier met z'n tweeën en hebben simpelweg te weinig tijd om een stagiair goed te begeleiden, dus we beginnen er dit jaar niet aan. Ik hoop dat je snel een andere plek vindt.\n\nHartelijke groet,\n{rfirst} {rlast}\n\nVan: {me}\nVerzonden: {dag} {datum} {tijd}\nAan: {rfirst} {rlast}\nOnderwerp: Stageplaats [grafisch ontwerp|fotografie|bouwkunde]\n\nBeste {rfirst},\n\nVoor mijn opleiding zoek ik een stageplek van [twintig|vijftien|tien] weken vanaf september. Mijn cv en portfolio stuur ik mee. Ik hoor graag of er bij jullie mogelijkheden zijn.\n\nGroet,\n{me}",
            "Hey {name}, bedankt voor je reactie op onze post! We hebben intussen iemand gevonden voor de assistentenklus op zaterdag. Ik zet je naam wel op mijn lijstje voor als het drukker wordt. {rfirst}",
            "Dag {name},\n\nIk heb je vraag over een bijbaan besproken met mijn compagnon. Je motivatie spreekt ons echt aan, maar er komt de komende maanden te weinig werk binnen om er iemand bij te nemen. Zodra dat verandert, laat ik het je weten.\n\nGroetjes,\n{rfirst}",
            "Dag {name},\n\nDankjewel voor je kandidatuur voor een stage in ons atelier. We kregen dit jaar meer aanvragen dan we plaatsen hebben en kozen voor twee studenten die eerder al bij ons over de vloer kwamen. Veel succes nog met je zoektocht, en je bent altijd welkom op onze opendeurdag.\n\nGroeten,\n{rfirst} {rlast}\n{zaak}",
        ],
        n=6,
        extra=NL_ATELIER,
    ),
    # idea: my own version of a Dutch or Flemish ATS note that opens with thanks and praise under a neutral subject and only declines in the second paragraph, without helaas or afwijzing in the first sentence
    Family(
        "rej_r10_nl_ats_neutraal",
        REJ,
        NL_ATS,
        [
            "Je sollicitatie bij {company}",
            "Uw sollicitatie als {functie}",
            "Jouw sollicitatie voor {functie}",
            "Over je sollicitatie (ref. {ref})",
            "{company} – je sollicitatie",
        ],
        [
            "Beste {name},\n\nDank je wel voor de tijd die je in je sollicitatie als {functie} hebt gestoken. Je motivatie las prettig en je ervaring met [klantcontact|data en rapportages|projecten in een snelgroeiende organisatie] viel ons zeker op.\n\nNa een zorgvuldige vergelijking van alle profielen gaan we het gesprek aan met kandidaten van wie de ervaring nog iets dichter bij deze functie ligt. Dat maakte de keuze er niet makkelijker op.\n\nWe hopen je bij een andere vacature nog eens tegen te komen.\n\nHartelijke groet,\nRecruitmentteam {company}",
            "Geachte {me},\n\nWij danken u hartelijk voor uw belangstelling voor {company} en voor de zorg waarmee u uw sollicitatie heeft opgesteld. Uw cv laat een mooie loopbaan zien.\n\nVoor de functie {functie} ontvingen wij een groot aantal reacties. Na afweging zetten wij de procedure voort met een beperkt aantal kandidaten; u behoort daar op dit moment niet toe.\n\nWij wensen u alle goeds in uw verdere loopbaan.\n\nMet vriendelijke groet,\nAfdeling HR\n{company}\n\nDeze e-mail is automatisch verzonden; antwoorden op dit adres worden niet gelezen.",
            "Hoi {name}!\n\nWat leuk dat je op onze vacature voor {functie} reageerde – we hebben je profiel met plezier doorgenomen. Voor deze rol kiezen we voor iemand anders, maar we hopen echt dat je {company} blijft volgen. Er komen dit jaar nog een paar nieuwe functies bij, en wie weet zit daar iets voor jou tussen.\n\nWarme groet,\nTeam {company}",
            "Beste {me},\n\nBedankt om te solliciteren voor de functie van {functie}. We waren onder de indruk van je achtergrond en hebben je kandidatuur grondig bekeken.\n\nUiteindelijk beslisten we om je niet uit te nodigen voor een gesprek: andere kandidaten sloten beter aan bij wat het team vandaag nodig heeft. Met jouw toestemming houden we je cv graag bij voor toekomstige vacatures.\n\nVriendelijke groeten,\nHR-team {company}",
            "Beste {name},\n\nBedankt voor je sollicitatie op de vacature {functie} (nummer {ref}). We waarderen je enthousiasme en de moeite die je in je brief hebt gestoken.\n\nGelet op de eisen van deze functie nemen we je sollicitatie niet verder mee in de selectie. Je gegevens bewaren we nog vier weken na afloop van de procedure; daarna verwijderen we ze, tenzij je ons toestemming geeft om ze langer te bewaren.\n\nSucces met je zoektocht!\n\nMet vriendelijke groet,\n{company}\n\n--\n{company} B.V. | KvK 5[1|6|8]0[2|4]7713\nDit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Bent u niet de bedoelde ontvanger, verwijder het dan en stel de afzender op de hoogte.",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own rendering of Flemish and Dutch public-sector selection outcomes: a written test below the required 12/20, a total score under the cut-off for the wervingsreserve, no place in a flexpool, a practical test ending the procedure, a capacity test below the floor
    Family(
        "rej_r10_nl_overheid_selectieproef",
        REJ,
        OVERHEID_SENDER,
        [
            "Uitslag selectieproef {functie}",
            "Resultaat fase 2 – procedure {ref}",
            "Uitkomst selectie {org}",
            "Selectieprocedure {ref}: resultaat",
            "Bericht over de wervingsreserve {functie}",
        ],
        [
            "Beste {me},\n\nOp {datum} nam je deel aan de schriftelijke proef van de selectieprocedure voor {functie} (referentie {ref}). De jury heeft intussen alle proeven verbeterd.\n\nVoor dit onderdeel behaalde je [9|10|11]/20. Om door te stromen naar het mondelinge gedeelte was minstens 12/20 vereist. Je bent dus niet geslaagd en kan niet verder deelnemen aan deze procedure.\n\nJe kan je verbeterde proef op afspraak inkijken tot [veertien dagen|een maand] na ontvangst van dit bericht.\n\nMet vriendelijke groeten,\nDe selectieverantwoordelijke\n{org}",
            "Geachte {me},\n\nHierbij informeren wij u over de uitkomst van de selectie voor de [flexpool|talentpool|traineepool] van {org}. Na het assessment en het selectiegesprek heeft de commissie een rangorde van geschikte kandidaten opgesteld.\n\nUw naam is niet opgenomen in de lijst van kandidaten die tot de pool worden toegelaten. Deze beslissing geldt voor de huidige ronde en is definitief.\n\nWel kunt u binnen tien werkdagen om een mondelinge toelichting op de uitslag vragen.\n\nHoogachtend,\nnamens de selectiecommissie,\n{rfirst} {rlast}",
            "Beste kandidaat,\n\nDe selectieprocedure {functie} bij {org} is afgerond. De eindrangschikking is opgemaakt; wie geslaagd is, wordt opgenomen in een wervingsreserve die twee jaar geldig blijft.\n\nJe totaalscore bedraagt [48|52|55|57]/100 en blijft daarmee onder de grens van 60/100. Je wordt bijgevolg niet opgenomen in deze wervingsreserve.\n\nWe danken je voor je deelname en hopen je terug te zien bij een volgende vacature.\n\nMet vriendelijke groet,\nTeam Selectie en Rekrutering\n{org}",
            "Geachte {me},\n\nUitslag fase 2 (praktijkproef) – procedure {ref}\n\nU heeft voor de praktijkproef het minimaal vereiste resultaat niet behaald. Uw deelname aan de procedure eindigt hiermee. De resultaten van fase 1 worden niet bewaard voor latere procedures.\n\nMet vriendelijke groeten,\nSelectiedienst {org}",
            "Beste {me},\n\nAfgelopen {dag} heeft u de capaciteitentest voor de functie {functie} gemaakt, de tweede stap in deze procedure. Uw score bleef onder de ondergrens die vooraf voor deze functie was vastgesteld. Daarom gaat u niet door naar de gespreksronde.\n\nOp verzoek sturen wij u een kopie van het testrapport toe.\n\nMet vriendelijke groet,\nTeam Werving\n{org}",
        ],
        n=6,
        extra=NL_OVERHEID,
    ),
    # idea: my own sketch of a Dutch or Flemish municipality's brievenselectie and preselectie: the letter not chosen for the first round, not on the list of admitted candidates, a hard requirement not met, eight invited out of a hundred
    Family(
        "rej_r10_nl_gemeente_voorselectie",
        REJ,
        GEMEENTE_SENDER,
        [
            "Uw sollicitatie naar de functie {functie}",
            "Voorselectie vacature {functie}",
            "Uitslag preselectie {functie}",
            "Sollicitatie gemeente {gemeente}",
            "Kenmerk {ref} – uw sollicitatie",
        ],
        [
            "Geachte {me},\n\nOp {datum} is de vacature {functie} bij de gemeente {gemeente} gesloten. De selectiecommissie heeft alle sollicitatiebrieven beoordeeld aan de hand van de eisen uit het functieprofiel.\n\nUw brief is niet gekozen voor de eerste gespreksronde. Wij beseffen dat u veel werk in uw sollicitatie heeft gestoken en danken u voor uw belangstelling voor onze organisatie.\n\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n{rfirst} {rlast}\nAdviseur werving en selectie",
            "Geachte kandidaat,\n\nDe preselectie voor de functie van {functie} (niveau [A|B|C]) bij stad en OCMW {gemeente} is afgerond. Alleen kandidaten die aan de diplomavoorwaarden voldoen en het hoogst scoorden op de preselectieproef, zijn toegelaten tot de volgende proeven.\n\nU komt niet voor op de lijst van toegelaten kandidaten. Uw deelname aan deze procedure stopt daarmee.\n\nMet vriendelijke groeten,\nPersoneelsdienst stad {gemeente}",
            "Beste {name},\n\nBedankt voor je sollicitatie als {functie} bij de gemeente {gemeente}. We ontvingen [63|87|112] reacties en hebben op basis van de brieven en cv's [vijf|zes|acht] kandidaten uitgenodigd voor een gesprek. Jij zit daar deze keer niet bij.\n\nWe wensen je veel succes met je verdere zoektocht.\n\nHartelijke groet,\nTeam HRM gemeente {gemeente}",
            "Geachte heer/mevrouw {me},\n\nBij brief van {datum} heeft u gesolliciteerd naar de functie {functie}. Uit de voorselectie is gebleken dat u niet voldoet aan [de opleidingseis op hbo-niveau|het gevraagde aantal jaren werkervaring|de eis van een rijbewijs B], die in de vacature als harde voorwaarde was opgenomen. Om die reden nemen wij uw sollicitatie niet verder in behandeling.\n\nWij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\nMet vriendelijke groet,\nBurgemeester en wethouders van {gemeente},\nnamens dezen,\n{rfirst} {rlast}",
            "Beste {me},\n\nDe lijst met kandidaten die worden toegelaten tot het assessment voor {functie} is vastgesteld. Je naam staat niet op deze lijst. De commissie gaf de voorkeur aan kandidaten met recente ervaring binnen een gemeentelijke organisatie.\n\nHeb je vragen? Tot en met {dag} kun je het team Werving bellen via 14 0[5|7|3]0.\n\nMet vriendelijke groet,\nGemeente {gemeente}",
        ],
        n=6,
        extra=NL_GEMEENTE,
    ),
    # idea: my own version of a recruiter, a hiring manager or an agency consultant answering in the running thread after the interview (the candidate asked for news): not going on, with Gmail, Outlook and Apple Mail quote headers
    Family(
        "rej_r10_nl_na_gesprek_thread",
        REJ,
        f"[{NL_PERSON}|{NL_AGENCY}]",
        [
            "RE: Bedankt voor het gesprek",
            "Re: Gesprek {functie}",
            "RE: Vervolg procedure",
            "Re: Vraagje over de volgende stap",
            "RE: Opvolging sollicitatie {functie}",
        ],
        [
            "Hoi {name},\n\nFijn dat je even mailde, en dank voor je geduld. Ik heb inmiddels met het team om tafel gezeten en we gaan niet met je door naar de tweede ronde. Inhoudelijk kwam je sterk over, maar we twijfelden of [de rol genoeg uitdaging voor je biedt|je ervaring met leidinggeven al ver genoeg reikt|het tempo van onze klantenservice bij je past].\n\nAls je wilt, licht ik het telefonisch nog wat verder toe.\n\nGroet,\n{rfirst}\n\nOp {dag} {datum} om {tijd} schreef {me}:\n> Hoi {rfirst},\n> Nogmaals bedankt voor het gesprek van vorige week. Ik ben benieuwd hoe het ervoor staat; weet je al iets meer over de planning?\n> Groet, {name}",
            "Beste {me},\n\nDank voor uw bericht en nogmaals voor uw bezoek aan ons kantoor in {stad}. Na de gesprekken met alle kandidaten hebben mijn collega en ik de balans opgemaakt. Wij zetten de procedure voort met een kandidaat wiens achtergrond beter past bij de huidige samenstelling van het team. Ik had u graag beter nieuws gegeven.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nAfdelingshoofd\n\n-----Oorspronkelijk bericht-----\nVan: {me}\nVerzonden: {dag} {datum}\nOnderwerp: Bedankt voor het gesprek\n\nBeste heer/mevrouw {rlast}, hartelijk dank voor het prettige gesprek. Ik kijk uit naar uw reactie.",
            "Hi {name},\n\nIk heb net de terugkoppeling van mijn opdrachtgever binnen na jullie gesprek van {dag}. Ze waren positief over je kennis, maar kiezen voor een andere kandidaat, iemand die al in dezelfde branche werkte. Balen, ik had er echt een goed gevoel over.\n\nIk blijf voor je uitkijken en bel je zodra ik iets tegenkom dat beter aansluit.\n\nGroet,\n{rfirst} {rlast}",
            "Hoi {name}, kort tussendoor: we gaan het niet samen doen, de keus is op iemand anders gevallen. Dank voor je tijd en heel veel succes! {rfirst}\n\nVerstuurd vanaf mijn iPhone\n\n> Op {datum} om {tijd} heeft {me} het volgende geschreven:\n>\n> Hoi {rfirst}, is er al nieuws over de vacature? Ik hoor het graag.",
            "Dag {name},\n\nNog bedankt voor het gesprek van vorige week en voor je geduld. We hebben intussen een beslissing genomen: voor deze functie gaan we niet verder met jouw kandidatuur. Het niveau was hoog, en uiteindelijk gaf de praktijkervaring van een andere kandidaat de doorslag.\n\nIk wens je veel succes en hoop dat onze wegen nog eens kruisen.\n\nVriendelijke groeten,\n{rfirst} {rlast}\n\nVan: {me}\nVerzonden: {dag} {datum} {tijd}\nAan: {rfirst} {rlast}\nOnderwerp: Opvolging sollicitatie {functie}\n\nDag {rfirst}, ik wou even polsen of er al nieuws is over de procedure. Alvast bedankt!",
        ],
        n=6,
        extra=NL,
    ),
    # B. Receipts ----------------------------------------------------------------------------
    # idea: my own list of receipts that promise a reading and add the conditional silence rule: niets gehoord binnen drie weken, een andere keuze gemaakt, kandidatuur niet weerhouden, uiterlijk een datum
    Family(
        "rcv_r10_nl_geen_bericht_termijn",
        RCV,
        f"[{NL_ATS}|{NL_PERSON}]",
        [
            "Ontvangstbevestiging sollicitatie {functie}",
            "We hebben je sollicitatie ontvangen",
            "Bevestiging: uw sollicitatie (ref. {ref})",
            "Je sollicitatie bij {company} is binnen",
            "Automatisch antwoord: sollicitatie {functie}",
        ],
        [
            "Beste {name},\n\nDank je wel voor je sollicitatie als {functie}. Je gegevens zijn goed bij ons aangekomen en worden de komende tijd bekeken door de recruiter en de leidinggevende.\n\nOp deze vacature komen veel reacties binnen en we kunnen niet iedereen persoonlijk antwoorden. Heb je binnen drie weken niets van ons gehoord, dan ben je helaas niet geselecteerd voor een gesprek.\n\nMet vriendelijke groet,\nRecruitment {company}",
            "Geachte {me},\n\nHierbij bevestigen wij de ontvangst van uw sollicitatie voor de functie {functie}. Wij nemen uw sollicitatie in behandeling en laten u binnen [tien werkdagen|twee weken|vier weken] na de sluitingsdatum weten als wij u willen uitnodigen.\n\nHeeft u na die termijn niets van ons vernomen, dan kunt u ervan uitgaan dat wij een andere keuze hebben gemaakt.\n\nMet vriendelijke groet,\nP&O {company}\n\nDeze bevestiging is automatisch verstuurd.",
            "Beste {name},\n\nWe hebben je kandidatuur voor {functie} goed ontvangen, bedankt! Ons team bekijkt alle cv's na de deadline van {datum}.\n\nOmdat we heel wat reacties verwachten, nemen we enkel contact op met de kandidaten die we graag beter leren kennen. Kreeg je na veertien dagen geen nieuws, beschouw je kandidatuur dan als niet weerhouden.\n\nVriendelijke groeten,\nHR {company}",
            "Hoi {name}, je mail en cv zijn binnen, dank! Ik kijk er volgende week naar. Hoor je binnen tien dagen niks, dan is het deze keer niet gelukt – al stuur ik meestal wel even een berichtje 🙂 Groet, {rfirst}",
            "Beste {me},\n\nBedankt voor je interesse in {company}. Je sollicitatie (ref. {ref}) is geregistreerd en staat klaar voor beoordeling.\n\nWat kun je verwachten?\n1. Binnen twee weken lezen we je cv en motivatie.\n2. Past je profiel, dan bellen we je voor een korte kennismaking.\n3. Heb je uiterlijk {datum} niets gehoord, dan gaan we niet met je verder.\n\nSucces!\nTeam Werving\n\n—\nWe verwerken je gegevens volgens de AVG en verwijderen ze uiterlijk vier weken na het einde van de procedure.",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own picture of job-site status mail (sent to the employer, opened by the employer, no decision yet) and an intercedent or Flemish jobconsulent telling the candidate the cv went to the client
    Family(
        "rcv_r10_nl_vacaturesite_bureau",
        RCV,
        f"[Vacaturevink <noreply@vacaturevink.example>|Banenplein <meldingen@banenplein.example>|WerkWijzer Jobs <alerts@werkwijzer.example>|{NL_AGENCY}]",
        [
            "Je sollicitatie is bekeken",
            "Update: {company} heeft je cv geopend",
            "Je cv is doorgestuurd naar de werkgever",
            "Status van je sollicitatie voor {functie}",
            "Een werkgever heeft je sollicitatie bekeken",
        ],
        [
            "Hoi {name},\n\n{company} heeft je sollicitatie voor {functie} in {stad} bekeken. De recruiter heeft je cv dus geopend; een beslissing is er nog niet.\n\nStatus: bekeken door werkgever\nGesolliciteerd op: {datum}\n\nTip: houd je telefoon bij de hand, werkgevers bellen vaak binnen een paar dagen.\n\nVeel succes!\n\nJe ontvangt deze e-mail omdat je via ons hebt gesolliciteerd. Afmelden kan in je accountinstellingen.",
            "Beste {me},\n\nJe sollicitatie op de vacature {functie} is verstuurd naar {company}. De werkgever ontvangt je cv en motivatie rechtstreeks in de eigen mailbox.\n\nHoe nu verder? De werkgever neemt zelf contact met je op als er interesse is. De status van je sollicitatie volg je onder Mijn sollicitaties.\n\nMet vriendelijke groet,\nKlantenservice",
            "Hoi {name},\n\nZoals beloofd heb ik je cv vandaag doorgestuurd naar mijn opdrachtgever voor de functie {functie} in {stad}. Ik heb er een korte toelichting bij gezet over je ervaring en je beschikbaarheid per {datum}.\n\nZe bekijken de profielen deze week; ik laat het je weten zodra ik iets hoor. Een gesprek is nog niet zeker, maar ik heb er een goed gevoel bij.\n\nGroet,\n{rfirst} {rlast}\nIntercedent",
            "Je sollicitatie is bekeken!\n\n{functie} – {company}, {stad}\nBekeken op {dag} {datum} om {tijd}\n\nWe laten je weten als de status verandert. Meer vacatures zoals deze vind je in de app.",
            "Dag {name},\n\nBedankt voor je inschrijving bij ons kantoor in {stad}. Met je akkoord heb ik je kandidatuur voorgesteld aan een klant die een {functie} zoekt. Zij beslissen de komende dagen wie ze uitnodigen voor een gesprek; ik hou je op de hoogte.\n\nVriendelijke groeten,\n{rfirst}\nJobconsulent",
        ],
        n=6,
        extra=NL,
    ),
    # C. Look-alikes -------------------------------------------------------------------------
    # idea: my own sketch of all-staff mail at the reader's own employer: a director appointed after a procedure, a new manager coming from outside, a colleague becoming teamleider, the weekly internal vacancy bulletin
    Family(
        "oth_r10_nl_intern_benoeming",
        OTH,
        "[Interne Communicatie <nieuws@intranet.example>|Raad van Bestuur <secretariaat-rvb@intranet.example>|P&O Nieuwsbrief <po-nieuws@intranet.example>|{rfirst} {rlast} <{rfirst}.{rlast}@intranet.example>]",
        [
            "Benoeming nieuwe directeur {afdeling}",
            "Welkom aan onze nieuwe manager {afdeling}",
            "Personeelsnieuws: benoemingen per {datum}",
            "Interne vacatures week [12|19|33|41]",
            "Even voorstellen: onze nieuwe teamleider",
        ],
        [
            "Beste collega's,\n\nMet veel plezier maken wij bekend dat {collega} per {datum} is benoemd tot directeur {afdeling}. {collega} werkt al [acht|elf|vijftien] jaar bij {werkgever} en gaf de afdeling het afgelopen halfjaar al ad interim leiding. Na een zorgvuldige procedure, waarin ook de ondernemingsraad om advies is gevraagd, heeft de raad van bestuur unaniem voor deze benoeming gekozen.\n\nWe wensen {collega} veel succes in de nieuwe rol. Op {dag} is er om 16.00 uur een borrel in het restaurant.\n\nHartelijke groet,\nRaad van Bestuur",
            "Hoi allemaal,\n\nGoed nieuws: vanaf {datum} versterkt {collega} ons als nieuwe manager {afdeling}. {collega} komt over van [een ziekenhuis in {stad}|een groot accountantskantoor|een internationaal logistiek bedrijf] en volgt [Hans|Ingrid|Erik] op, die na 23 jaar met pensioen gaat.\n\nDe eerste weken gebruikt {collega} om kennis te maken met alle teams. Loop gerust even binnen!\n\nGroet,\nInterne Communicatie",
            "Beste collega's,\n\nDe vacature voor teamleider {afdeling} is ingevuld. We zijn blij te kunnen melden dat {collega}, nu nog senior medewerker in het team, deze rol per {datum} op zich neemt. Met de ervaring en het vertrouwen die {collega} al heeft opgebouwd, is het team in goede handen.\n\nDank aan de selectiecommissie voor het zorgvuldige werk.\n\nNamens het MT,\n{rfirst} {rlast}",
            "Interne vacaturebulletin – {werkgever}\n\nDeze week staan de volgende functies intern open:\n\n• {functie} – {afdeling}, 32-36 uur\n• Projectsecretaris – Bestuursbureau, 24 uur\n• Senior adviseur {afdeling}, 36 uur\n\nInterne kandidaten hebben voorrang tot {datum}. Reageren doe je via het intranet onder Werken & Ontwikkelen. Ken je iemand buiten de organisatie die hier goed zou passen? Kijk dan naar onze aanbrengpremie.\n\nP&O\n\nJe ontvangt deze nieuwsbrief omdat je in dienst bent van {werkgever}.",
            "Vanaf {datum} is {collega} onze nieuwe directeur {afdeling}. Meer over de benoeming lees je op het intranet. Fijn weekend! – Team Communicatie",
        ],
        n=6,
        extra=NL_INTERN,
    ),
    # idea: my own version of candidate-experience surveys: an anonymous questionnaire whatever the outcome, a 0-10 recommendation question, a one-minute poll, a Flemish reminder, an outside research bureau with a prize draw
    Family(
        "oth_r10_nl_enquete_procedure",
        OTH,
        f"[{NL_ATS}|Peilwijzer Onderzoek <uitnodiging@peilwijzer.example>]",
        [
            "Hoe was jouw ervaring met onze sollicitatieprocedure?",
            "Jouw mening over je sollicitatie bij {company}",
            "Korte enquête: uw ervaring als kandidaat",
            "Twee minuten voor een paar vragen?",
            "Herinnering: vragenlijst kandidaatervaring",
        ],
        [
            "Beste {name},\n\nOnlangs heb je gesolliciteerd bij {company}. Hoe je sollicitatie ook is afgelopen, we horen graag hoe jij de procedure hebt beleefd: van de vacaturetekst tot het contact met onze recruiters.\n\nDe vragenlijst telt [zes|acht|tien] vragen en kost ongeveer drie minuten. Je antwoorden zijn anoniem en hebben geen enkele invloed op je sollicitatie.\n\nNaar de vragenlijst: https://{slug}.survey.example/k/{ref}\n\nAlvast bedankt!\nTeam Recruitment",
            "Geachte {me},\n\nWij willen iedere kandidaat een zorgvuldige en respectvolle procedure bieden. Om te weten of dat lukt, vragen wij u een korte vragenlijst in te vullen over de procedure voor de functie {functie}.\n\nOp een schaal van 0 tot 10: hoe waarschijnlijk is het dat u een bekende aanraadt om bij {company} te solliciteren?\n\n0  1  2  3  4  5  6  7  8  9  10\n\nKlik op een cijfer om te antwoorden; daarna kunt u desgewenst een toelichting geven.\n\nMet vriendelijke groet,\n{company}",
            "Hoi {name}! Je hebt onlangs met ons kennisgemaakt. Hoe vond je dat? We zijn benieuwd waar het beter kan 🙏 Laat het ons weten in deze poll van één minuut: https://{slug}.survey.example/{ref}",
            "Beste {name},\n\nEnkele dagen geleden vroegen we je om je ervaring met onze selectieprocedure te delen. Nog geen tijd gevonden? De bevraging staat open tot {datum}.\n\nJe feedback gaat rechtstreeks naar ons HR-team en dient enkel om onze manier van werken te verbeteren. Je naam wordt niet aan je antwoorden gekoppeld.\n\nAlvast bedankt!\nHR {company}",
            "Beste {me},\n\nIn opdracht van {company} onderzoekt ons bureau hoe sollicitanten de selectie beleven. U ontvangt deze uitnodiging omdat u de afgelopen drie maanden aan een procedure heeft deelgenomen.\n\nHet onderzoek duurt ongeveer vijf minuten. Onder de deelnemers verloten wij tien cadeaubonnen van € 25.\n\nStart het onderzoek: https://panel.peilwijzer.example/{ref}\n\nMet vriendelijke groet,\nOnderzoeksbureau Peilwijzer\n\nGeen uitnodigingen meer ontvangen? Meld u dan af via de link onderaan deze e-mail.",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own list of decisions that are not about a job: a rental flat given to another house-hunter, a flat offered with a lease to sign, a master's admission refused or granted (proficiat), a fund's study grant refused or awarded
    Family(
        "oth_r10_nl_besluit_woning_studie",
        OTH,
        "[Woonstichting Het Anker <verhuur@hetanker.example>|Verhuurmakelaar Dijk & Dak <info@dijkendak.example>|Toelatingscommissie Master <toelating@universiteit-veldhoven.example>|Studentenadministratie <noreply@hogeschool-scheldeland.example>|Fonds Talentontwikkeling <aanvragen@fondstalent.example>]",
        [
            "Besluit over je aanvraag",
            "Uitkomst selectie",
            "Beslissing over uw kandidatuur",
            "Je aanmelding – resultaat",
            "Belangrijk bericht over je aanvraag",
        ],
        [
            "Beste {name},\n\nBedankt voor je interesse in de woning aan de {straat} en voor je komst naar de bezichtiging. Er meldden zich [31|47|60] kandidaat-huurders. De verhuurder heeft de woning toegewezen aan een andere kandidaat, die het langst ingeschreven stond.\n\nJe inschrijving blijft gewoon actief; je kunt meteen weer reageren op ander aanbod.\n\nMet vriendelijke groet,\nTeam Verhuur",
            "Hoi {name},\n\nGefeliciteerd! De woning aan de {straat} wordt aan jou aangeboden. Je hebt tot {dag} {tijd} om het aanbod te accepteren. Daarna plannen we de ondertekening van het huurcontract en de sleuteloverdracht.\n\nNeem bij de ondertekening je identiteitsbewijs en je laatste drie loonstroken mee.\n\nTot binnenkort!\nTeam Verhuur",
            "Beste {me},\n\nDe toelatingscommissie van de masteropleiding [Bestuurskunde|Data Science|Klinische Psychologie] heeft je aanmelding beoordeeld. Op grond van je vooropleiding heeft de commissie besloten je niet toe te laten tot de opleiding in het komende studiejaar. Vooral het aantal studiepunten [statistiek|methoden en technieken|wiskunde] is onvoldoende.\n\nTegen dit besluit kun je binnen zes weken beroep instellen bij het College van Beroep voor de Examens.\n\nMet vriendelijke groet,\nToelatingscommissie",
            "Beste {name},\n\nProficiat! Je bent toegelaten tot de [Master in de Bedrijfseconomie|Master in de Biologie|Postgraduaat Digitale Communicatie] voor het volgende academiejaar. Vanaf {datum} kan je je online inschrijven; het inschrijvingsgeld betaal je binnen dertig dagen daarna.\n\nWelkom op onze campus in {stad}!\n\nStudentenadministratie",
            "Geachte {me},\n\nHet bestuur van het fonds heeft uw aanvraag voor een studiebeurs besproken in de vergadering van {datum}. Tot onze spijt moeten wij u berichten dat uw aanvraag is afgewezen. Het aantal aanvragen lag ruim boven het beschikbare budget, en het bestuur heeft voorrang gegeven aan opleidingen in het buitenland.\n\nWij wensen u veel succes met uw studie.\n\nMet vriendelijke groet,\nnamens het bestuur,\n{rfirst} {rlast}, secretaris",
            "Beste {name}, goed nieuws: je beurs is toegekend! Je ontvangt € [1.500|2.500|4.000] voor je uitwisseling. Het eerste deel maken we vóór {datum} over. Stuur ons wel binnen twee weken het ondertekende beursreglement terug.",
        ],
        n=6,
        extra=NL_BESLUIT,
    ),
    # idea: my own picture of account mail from job sites (a Premium invoice, a password link, a saved search) next to UWV and VDAB obligations: report your sollicitatieactiviteiten, an appointment with the werkcoach or bemiddelaar
    Family(
        "oth_r10_nl_vacaturesite_uwv",
        OTH,
        "[Vacaturevink <service@vacaturevink.example>|Banenplein <noreply@banenplein.example>|UWV <noreply@mijn.uwv.example>|UWV WERKbedrijf <werkbedrijf@uwv.example>|VDAB <noreply@vdab.example>]",
        [
            "Er staat een bericht voor je klaar",
            "Herinnering: actie nodig",
            "Bevestiging",
            "Bericht over je account",
            "Nieuw bericht in uw persoonlijke omgeving",
        ],
        [
            "Beste {name},\n\nBedankt voor je betaling. Je Premium-lidmaatschap is verlengd tot {datum}.\n\nFactuurnummer: F-{ref}\nOmschrijving: Premium werkzoekende, 3 maanden\nBedrag: € 29,95 (incl. btw)\nBetaald via: iDEAL\n\nMet Premium zie je nieuwe vacatures als eerste en staat je cv bovenaan bij werkgevers die zoeken. Je factuur vind je ook in je account onder Betalingen.\n\nMet vriendelijke groet,\nKlantenservice",
            "Hoi {name},\n\nWe kregen een verzoek om het wachtwoord van je account te wijzigen. Klik binnen 60 minuten op de link hieronder om een nieuw wachtwoord te kiezen:\n\nhttps://account.banenplein.example/reset/{ref}\n\nHeb jij dit niet aangevraagd? Dan hoef je niets te doen; je huidige wachtwoord blijft geldig.",
            "Je zoekopdracht is opgeslagen ✔\n\n‘{functie}’ binnen 25 km van {stad}\n\nWe mailen je [dagelijks|wekelijks] de nieuwe vacatures die hierbij passen. Je kunt deze melding altijd aanpassen of stopzetten onder Mijn zoekopdrachten.",
            "Geachte {me},\n\nU ontvangt een WW-uitkering. Daarom moet u elke vier weken minstens vier sollicitatieactiviteiten doen en die aan ons doorgeven. Over de periode die eindigde op {datum} heeft u nog geen activiteiten doorgegeven.\n\nGeef uw sollicitatieactiviteiten [binnen vijf werkdagen|vóór het einde van deze week] door via Mijn UWV. Doet u dit niet op tijd, dan kan dat gevolgen hebben voor uw uitkering.\n\nMet vriendelijke groet,\nUWV\n\nDit is een automatisch bericht. U kunt deze e-mail niet beantwoorden.",
            "Geachte {me},\n\nU heeft een afspraak met uw werkcoach, {rfirst} {rlast}, op {dag} {datum} om {tijd} uur in ons kantoor in {stad}. We bespreken hoe uw zoektocht naar werk verloopt en welke ondersteuning u nog nodig heeft.\n\nNeem uw identiteitsbewijs mee en een overzicht van de vacatures waarop u heeft gereageerd. Kunt u niet komen? Meld dit dan uiterlijk een werkdag van tevoren. Wegblijven zonder geldige reden kan gevolgen hebben voor uw uitkering.\n\nMet vriendelijke groet,\nUWV WERKbedrijf",
            "Dag {name},\n\nJe bemiddelaar heeft een afspraak voor je ingepland: {dag} {datum} om {tijd}, via videogesprek. We overlopen samen je actieplan en de vacatures waarop je de voorbije weken hebt gesolliciteerd.\n\nPast het niet? Verplaats de afspraak dan zelf via Mijn loopbaan. Blijf je zonder verwittigen weg, dan kan dat gevolgen hebben voor je werkloosheidsuitkering.\n\nVDAB",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own sketch of parents, an aunt and friends passing on a vacancy: a newspaper ad typed over, a forwarded LinkedIn post, "they need someone at my work", a contact from the tennis club, a Flemish brother-in-law
    Family(
        "oth_r10_nl_familie_tip",
        OTH,
        "{afzender}",
        [
            "Vacature voor jou?",
            "Fwd: Vacature {functie} in {stad}",
            "Zag dit en dacht aan jou",
            "iets voor jou??",
            "Re: hoe gaat het met zoeken?",
        ],
        [
            "Hoi lieverd,\n\nIn de krant van vandaag stond een vacature bij [de gemeente|het ziekenhuis|de bibliotheek] hier in {stad}, voor {functie}. Ik heb hem even overgetypt, want ik weet niet hoe je een foto stuurt 🙂\n\n‘Wij zoeken een enthousiaste collega, 24-32 uur, reageren vóór {datum}.’\n\nMisschien is het niks, maar je weet maar nooit. Zondag eet je toch bij ons?\n\nDikke kus",
            "Kwam dit tegen op LinkedIn, is dit niet precies wat jij zoekt? Laat maar weten als ik je moet voorstellen, ik ken de teamleider nog van vroeger.\n\n---------- Doorgestuurd bericht ---------\nVan: Werken bij {company} <jobs@{slug}.nl>\nOnderwerp: Nieuwe vacature: {functie}\n\nVoor ons team in {stad} zoeken wij per direct een {functie}. Je krijgt veel eigen verantwoordelijkheid en een salaris van {salaris}. Solliciteren kan via onze website.",
            "Heey! Bij ons op het werk zoeken ze iemand als {functie}, ik moest meteen aan jou denken haha. Geen idee wat ze betalen, maar de sfeer is echt top. Zal ik je naam doorgeven aan mijn baas? x",
            "Hallo {name},\n\nIk sprak gisteren Henk van de tennisclub, en die vertelde dat ze bij zijn bedrijf in {stad} mensen tekortkomen. Volgens hem zoeken ze onder andere een {functie}. Ik heb gezegd dat jij misschien belangstelling hebt; hij wil je nummer wel hebben. Laat maar even weten of dat goed is.\n\nGroet, pa",
            "Hey {name}, ik weet dat je aan het zoeken bent, dus misschien heb je hier iets aan: mijn schoonbroer werkt bij een firma in {stad} en ze zoeken dringend een {functie}. Vast contract, goeie sfeer, zegt hij. Zal ik hem je cv bezorgen? Laat maar iets weten! Groetjes",
            "Fijn dat het gesprek van vorige week goed voelde, duimen maar! En mocht het toch niks worden: de buurvrouw zei dat de bakker op de hoek een zaterdaghulp zoekt. Liefs\n\nOp {dag} {datum} om {tijd} schreef {me}:\n> Het gaat wel, ik heb vorige week een gesprek gehad en wacht nu af. Spannend!",
        ],
        n=6,
        extra=NL_FAMILIE,
    ),
    # D. Outreach, interview, assessment, offer ------------------------------------------------
    # idea: my own version of a recruiter or intercedent writing first about another or a new role than the one the reader looked at: from the talent pool, from the agency's files, a LinkedIn one-liner, a Flemish in-house recruiter with a role not yet online
    Family(
        "rec_r10_nl_andere_vacature",
        REC,
        f"[{NL_PERSON}|{NL_AGENCY}|{LINKEDIN}]",
        [
            "Een andere vacature die misschien beter past",
            "Nieuwe functie bij {company} – iets voor jou?",
            "Ander idee: {functie}",
            "Je profiel en een nieuwe vacature",
            "Misschien een betere match",
        ],
        [
            "Hoi {name},\n\nJe staat sinds vorig jaar in onze talentpool, en deze week kwam ik je profiel weer tegen toen we een nieuwe vacature openden: {functie} in ons team in {stad}. Eerlijk gezegd denk ik dat deze rol nog beter bij je past dan de functie waar je toen naar keek, omdat [je veel meer met klanten zou werken|je meer ruimte krijgt voor analyse|er doorgroei naar teamleider in zit].\n\nZin om hier vrijblijvend over te bellen?\n\nGroet,\n{rfirst} {rlast}\nRecruiter {company}",
            "Beste {me},\n\nUw cv staat bij ons ingeschreven voor functies in de administratieve hoek. Inmiddels heb ik een nieuwe opdracht binnen die volgens mij nog beter aansluit bij uw ervaring: {functie} bij een middelgrote organisatie in {stad}, 32 tot 36 uur, {salaris}.\n\nZal ik u de functieomschrijving toesturen, of belt u liever even?\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hoi {name}, heel ander idee dan waar je nu zit: we openen binnenkort een rol als {functie} die volgens mij precies bij je profiel past. Even bellen deze week? {rfirst}",
            "Hallo {name},\n\nToen we vorige maand kennismaakten, vertelde je dat je meer richting [projectmanagement|data|beleid] wilde. Ik vul nu voor een klant in {stad} een andere functie in die daar goed bij aansluit: {functie}, met een salaris rond {salaris}.\n\nLijkt het je iets? Dan vertel ik je graag meer over het team.\n\nGroeten,\n{rfirst} {rlast}",
            "Dag {name},\n\nBij {company} zoeken we momenteel een {functie}; de vacature staat nog niet online. Bij het doornemen van onze kandidatendatabank viel jouw profiel op als een sterke match. Sta je open voor een korte kennismaking, telefonisch of bij ons op kantoor in {stad}?\n\nVriendelijke groeten,\n{rfirst} {rlast}\nTalent Acquisition {company}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own take on informal live conversations: coffee with the founder, an agency setting up a video call with its client, a live pair-programming session, a case discussed on the spot with two partners, a call with the owner, a Flemish zaakvoerder
    Family(
        "int_r10_nl_koffie_live_sessie",
        INT,
        f"[{NL_PERSON}|{NL_AGENCY}]",
        [
            "Koffie met onze oprichter?",
            "Kennismaking met de opdrachtgever",
            "Uitnodiging: live pair-programmingsessie",
            "Zullen we even bellen?",
            "Volgende stap: casusgesprek {functie}",
        ],
        [
            "Hoi {name},\n\nLeuk, je cv! Onze oprichter drinkt graag eerst een kop koffie met iedereen die bij ons wil beginnen, gewoon om te kijken of het klikt. Geen formeel sollicitatiegesprek, geen presentatie nodig.\n\nSchikt {dag} {datum} om {tijd} bij ons op kantoor in {stad}? De koffie is van ons.\n\nGroet,\n{rfirst}",
            "Hoi {name},\n\nGoed nieuws: mijn opdrachtgever wil graag met je kennismaken! Ze stellen een videocall voor op {dag} om {tijd}, ongeveer drie kwartier, met de teamleider en iemand van HR. Ik stuur je vandaag nog de Teams-link en een korte briefing over het bedrijf.\n\nLaat je even weten of dat tijdstip past?\n\nGroet,\n{rfirst} {rlast}",
            "Hi {name},\n\nDank voor je sollicitatie als {functie}. We nodigen je graag uit voor een live pair-programmingsessie van anderhalf uur met twee van onze developers. Jullie werken samen aan een klein probleem uit onze codebase; het gaat ons om hoe je denkt en communiceert, niet om een perfecte oplossing.\n\nVoorstel: {dag} {datum}, {tijd}, via Google Meet. Je deelt je scherm en werkt in je eigen editor.\n\nTot dan!\n{rfirst}",
            "Beste {me},\n\nGraag nodigen wij u uit voor het tweede gesprek voor de functie {functie}. Tijdens dit gesprek bespreekt u met twee partners een casus die u ter plekke ontvangt; u krijgt twintig minuten voorbereidingstijd.\n\nDatum: {dag} {datum}\nTijd: {tijd}\nLocatie: ons kantoor in {stad}\n\nWilt u uw komst bevestigen?\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hoi {name}, heb je {dag} tijd voor een belletje met de eigenaar? Half uurtje, gewoon kennismaken. Rond {tijd}? Groet, {rfirst}",
            "Dag {name}, onze zaakvoerder wil je graag eens ontmoeten bij een tas koffie, heel informeel. Past {dag} om {tijd} op ons kantoor in {stad}? Laat maar iets weten! {rfirst}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own sketch of tests outside the usual ATS: a translation agency's unpaid proefvertaling, an editor's paid proefstuk for freelance writers, a Flemish computer-based proef at an exam centre, a Dutch digital exam on location
    Family(
        "ass_r10_nl_proefvertaling_examen",
        ASS,
        f"[{NL_PERSON}|Dienst Selectie <examens@selectie-overheid.example>]",
        [
            "Proefvertaling voor ons freelancebestand",
            "Schrijftoets – samenwerking als freelancer",
            "Oproeping computergestuurde proef",
            "Uitnodiging digitaal examen – procedure {ref}",
            "Je testopdracht",
        ],
        [
            "Beste {name},\n\nBedankt voor je interesse om als freelance vertaler voor ons bureau te werken. Alle nieuwe vertalers maken eerst een proefvertaling. In de bijlage vind je een tekst van ongeveer 350 woorden [uit een technische handleiding|uit een juridische overeenkomst|van een toeristische website], die we graag van het Engels naar het Nederlands vertaald zien.\n\nLever je vertaling binnen vijf werkdagen in als Word-bestand. De proefvertaling is onbetaald en wordt beoordeeld door twee ervaren revisoren; binnen twee weken hoor je de uitslag.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nVendor Manager",
            "Hoi {name},\n\nWat leuk dat je voor ons wilt schrijven! Voordat we je opdrachten geven, vragen we alle nieuwe freelancers om een proefstuk. Schrijf een blog van zo'n 600 woorden over [duurzaam verbouwen|sparen voor later|de mooiste fietsroutes rond {stad}] in onze schrijfstijl (zie de bijgevoegde schrijfwijzer).\n\nDeadline: {dag} {datum}. Voor het proefstuk betalen we een vast bedrag van € 50, ook als we daarna niet gaan samenwerken.\n\nGroeten,\n{rfirst}\nEindredactie",
            "Beste {me},\n\nJe bent geslaagd voor de eerste screening en wordt uitgenodigd voor de computergestuurde proef in het kader van de selectie {functie} (referentie {ref}).\n\nDatum: {dag} {datum}\nUur: {tijd}\nPlaats: examencentrum {stad}\n\nDe proef bestaat uit een test redeneervaardigheden en vragen over situationeel beoordelen en duurt ongeveer twee uur. Breng je identiteitskaart mee; zonder geldig identiteitsbewijs kan je niet deelnemen.\n\nMet vriendelijke groeten,\nDienst Selectie",
            "Geachte {me},\n\nIn het kader van de selectieprocedure voor {functie} nodigen wij u uit voor een digitaal examen op locatie. U beantwoordt op een computer [60|80] meerkeuzevragen over wet- en regelgeving en maakt een korte schrijfopdracht.\n\nTijdstip: {dag} {datum}, aanvang {tijd}\nLocatie: toetscentrum in {stad}\nDuur: 90 minuten\n\nHulpmiddelen zijn niet toegestaan. Wij verzoeken u een kwartier voor aanvang aanwezig te zijn.\n\nMet vriendelijke groet,\nTeam Werving en Selectie",
            "Hi {name}, zoals besproken: in de bijlage de testvertaling (±300 woorden, NL→EN). Graag terug uiterlijk {dag}. Dank! {rfirst}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: my own picture of a shop, café or workshop owner confirming what was agreed after a trial day: start date, hours, hourly wage, contract to sign at the counter; a Flemish studentenjob with Student@work
    Family(
        "off_r10_nl_kleine_werkgever",
        OFF,
        KLEIN_SENDER,
        [
            "Re: proefdag",
            "Afspraken voor je start",
            "Welkom bij ons!",
            "Re: bijbaan",
            "Even alles op een rij",
        ],
        [
            "Hoi {name},\n\nLeuk dat je zaterdag kwam meedraaien, de klanten vonden je ook top. We willen je graag aannemen! Even op een rij wat we hebben afgesproken:\n\n- Start: zaterdag {datum}\n- Werktijden: zaterdag van 8.00 tot 16.00 uur, in de vakanties eventueel meer\n- Loon: € [14,06|14,40|15,10] bruto per uur, plus vakantiegeld\n\nKlopt dit voor jou? Neem maandag je ID en bankpas mee, dan regelen we het contract.\n\nGroetjes,\n{rfirst}\n{zaak}",
            "Beste {me},\n\nNaar aanleiding van ons gesprek bevestig ik graag dat u per {datum} bij ons in dienst kunt komen als [medewerker bediening|verkoopmedewerker|assistent in het atelier]. Wij spraken af: 24 uur per week, verdeeld over donderdag tot en met zaterdag, een uurloon van € [14,50|15,25|16,00] bruto en een contract voor zes maanden met de bedoeling het daarna te verlengen.\n\nHet contract ligt voor u klaar in de zaak; u kunt het tekenen wanneer u langskomt.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nEigenaar, {zaak}",
            "Top gesprek gister! Je bent welkom vanaf {dag}, drie avonden per week, € 14,50 per uur plus de fooienpot. Deal? {rfirst}\n\nVerstuurd vanaf mijn iPhone",
            "Dag {name},\n\nGoed nieuws: je mag deze zomer bij ons komen werken! Zoals besproken start je op {datum} met een studentencontract, vier dagen per week van 10 tot 18 uur, aan € [12,50|13,20] bruto per uur. Kijk wel even na hoeveel studentenuren je nog over hebt op Student@work.\n\nTot binnenkort!\n{rfirst}\n{zaak}",
            "Hoi {name},\n\nPrima, dan doen we het zo: je begint {dag} {datum} om {tijd} en werkt voorlopig de woensdagmiddagen en de zaterdagen. Uurloon zoals afgesproken, het contract leg ik die dag voor je klaar. Welkom in het team!\n\n{rfirst}\n\n{me} schreef:\n> Hoi {rfirst}, bedankt voor het fijne gesprek! Ik kan vanaf volgende week beginnen, als dat uitkomt?",
        ],
        n=6,
        extra=NL_KLEIN,
    ),
]
