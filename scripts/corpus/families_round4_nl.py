# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 4 in Dutch: more voices for every label, so Dutch mail stops leaning one way.

The model had few Dutch messages, most of them rejections, and on held-out Dutch families it
missed rejections that avoid the stock "helaas" sentence and confused the other labels.
Here: rejections as portal notices, warm notes after a call, cancelled roles, full
internship places, test results, offers pulled before day one, public-sector letters with a
kenmerk and "we keep your cv" closings; offers casual, formal, public-sector and via an
agency; interview logistics, two-line call requests, video links, rescheduling and panels;
tests, recorded video reminders and take-home cases; recruiter approaches; receipts with
broken merge fields; and hard negatives from study, housing, funds, conferences,
auto-replies, one's own job and portal housekeeping. Slot values partly come from
families_languages; every sentence here is new."""

from families_languages import NL, NL_ATS, NL_PERSON
from generate import Family

ORG_NL = [
    "Waterschap Lage Landen",
    "Provincie Noordwaard",
    "Gemeente Bergeloo",
    "Rijksdienst voor Vergunningen",
    "Veiligheidsregio Midden-West",
    "Gemeente Zandvoorde",
]
ORGSLUG_NL = ["lagelanden", "noordwaard", "bergeloo", "rvv-rijk", "vr-middenwest", "zandvoorde"]
UNI_NL = [
    "Universiteit van Lagewaard",
    "Hogeschool Noordkust",
    "Hogeschool De Delta",
    "Radboud van Asch Universiteit",
]
UNISLUG_NL = ["uni-lagewaard", "hs-noordkust", "hsdedelta", "rvau"]
ADRES_NL = [
    "Stationsplein 14",
    "Lange Voorhout 7",
    "Industrieweg 221",
    "Oudegracht 88",
    "Kanaaldijk 3",
    "Kastanjelaan 12-II",
    "Molenstraat 45a",
]

FAMILIES: list[Family] = [
    # Rejections ----------------------------------------------------------------------
    # idea: a Workday/SuccessFactors-style candidate-portal notice ("er is iets veranderd in je overzicht") whose body spells out that the procedure stops
    Family(
        "rej_nl_r4_portaal_melding",
        "rejection",
        "[Mijn Sollicitaties {company} <noreply@{slug}.myworkday.example>|{company} Carrièreportaal <no-reply@{slug}.successfactors.example>|Werken bij {company} <werkenbij@{slug}.nl>]",
        [
            "Er is een update over je sollicitatie",
            "Wijziging in uw sollicitatie-overzicht",
            "{company}: nieuw bericht over vacature {ref}",
            "Update: {functie} ({stad})",
        ],
        [
            "Hallo {name},\n\nin je sollicitatie-overzicht bij {company} is iets veranderd.\n\nFunctie: {functie}\nLocatie: {stad}\nNieuwe fase: Procedure afgerond – geen vervolg\n\nWat betekent dit? We hebben alle kandidaten voor deze vacature naast elkaar gelegd, en jouw sollicitatie gaat niet door naar de volgende ronde. Je hoeft verder niets te doen. Je profiel blijft actief, dus reageren op andere vacatures kan gewoon.\n\nBekijk je overzicht: https://{slug}.myworkday.example/kandidaat\n\nDeze melding is automatisch verstuurd.",
            "Geachte {me},\n\nU ontvangt dit bericht omdat de status van uw kandidatuur in ons portaal werd gewijzigd. Na beoordeling door de hiring manager is beslist uw kandidatuur voor vacature {ref} ({functie}) niet verder te behandelen. Deze vacature is voor u hiermee afgesloten.\n\nUw eventuele andere lopende sollicitaties kunt u blijven volgen via Mijn Sollicitaties.\n\nMet vriendelijke groeten,\n{company} Talent Acquisition\n\nOpgelet: dit adres wordt niet gelezen.",
            "Hoi {name}!\n\nJe sollicitatie voor {functie} heeft een nieuwe status: ❌ Niet geselecteerd.\n\nWe snappen dat dit niet het bericht is waar je op hoopte. De vacature wordt ingevuld door een andere kandidaat. Nieuwe vacatures die bij je zoekprofiel passen, vind je op je dashboard.\n\nTeam {company}",
            "Status sollicitatie gewijzigd\n\nKandidaat: {me}\nVacature: {ref} – {functie}\nFase: afgewezen na eerste selectie\nToelichting: andere kandidaten sluiten beter aan op de functie-eisen\n\nDe procedure is voor u beëindigd. Uw gegevens worden vier weken na sluiting van de vacature verwijderd (AVG).\n\n— automatisch bericht, niet beantwoorden —",
        ],
        n=6,
        extra=NL,
    ),
    # idea: a hiring manager writing the evening after a kennismakingsgesprek, warm, the no wrapped in "ik denk dat we elkaar nu niet verder kunnen helpen"; one from an expat manager writing imperfect Dutch
    Family(
        "rej_nl_r4_na_belletje",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|{rfirst} <{rfirst}@{slug}.nl>|{rfirst} {rlast} <{rfirst}{rlast}@gmail.com>]",
        [
            "Na ons belletje",
            "Re: kennismaking {dag}",
            "Even terugkomen op ons gesprek",
            "Fijn om je gesproken te hebben",
        ],
        [
            "Hoi {name},\n\ndank je voor het open gesprek van {dag}, ik vond het echt leuk om je verhaal te horen. Ik heb er daarna nog over nagedacht en het met {collega} besproken. Eerlijk gezegd denk ik dat wat jij zoekt – veel ruimte om zelf projecten op te zetten – niet is wat we je de komende tijd kunnen bieden. Daarom laten we het hierbij, hoe jammer ik dat ook vind.\n\nAls ik iets voor je kan betekenen met een introductie in mijn netwerk, hoor ik het graag.\n\nHartelijke groet,\n{rfirst}",
            "Beste {me},\n\nNogmaals bedankt voor het telefoongesprek van vanmiddag. U gaf zelf al aan te twijfelen over de reistijd naar {stad} en de onregelmatige diensten, en na afloop hadden wij eerlijk gezegd hetzelfde gevoel. Wij zetten de procedure met u daarom niet voort; ik denk dat dat voor beide kanten de juiste keuze is.\n\nDank voor uw openheid en veel succes met uw zoektocht.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hi {name},\n\nthanks again voor het gesprek, en sorry voor mijn Nederlands, ik leer het nog. Wij hebben intern besproken en wij kiezen om verder te gaan met een kandidaat die meer ervaring met onze klanten heeft. Het lag niet aan jouw motivatie, die was heel goed. Ik hoop wij komen elkaar later weer tegen.\n\nBest,\n{rfirst}",
            "Hoi {name}, nog even kort n.a.v. ons belletje. Ik heb je zo goed mogelijk proberen te verkopen bij de directie, maar ze willen voor deze plek toch iemand die al [in de installatietechniek|in de kinderopvang|bij een gemeente] heeft gewerkt. Dus voor nu houdt het helaas op. Zonde! Laten we wel in contact blijven.\n\n{rfirst}\n\nVerzonden vanaf mijn Samsung Galaxy",
        ],
        n=6,
        extra={**NL, "collega": ["mijn compagnon", "onze teamlead", "Marloes", "de directeur"]},
    ),
    # idea: the job itself disappears: a tender withdrawn, the budget voted down, a merger closing all vacancies, work redistributed in-house
    Family(
        "rej_nl_r4_functie_geschrapt",
        "rejection",
        "[{company} P&O <sollicitaties@{slug}.nl>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Werving {company} <werving@{slug}.nl>]",
        [
            "Vacature {functie} gaat niet door",
            "Bericht over de procedure {ref}",
            "Wijziging: de functie {functie} vervalt",
            "Je sollicitatie – er komt een streep door",
        ],
        [
            "Beste {me},\n\nU heeft onlangs gesolliciteerd op de functie {functie}. Inmiddels is duidelijk dat het project waarvoor deze functie bedoeld was niet doorgaat: de opdrachtgever heeft [de aanbesteding ingetrokken|het contract met ons niet verlengd]. Daarmee vervalt ook de functie en sluiten wij de wervingsprocedure per vandaag. Uw sollicitatie wordt dus niet verder behandeld.\n\nWij betreuren dit en danken u voor de moeite die u in uw brief heeft gestoken.\n\nMet vriendelijke groet,\nP&O {company}",
            "Hoi {name},\n\nvervelend nieuws, en ik vertel het je liever zelf dan dat je het uit een systeemmail haalt. De begroting voor volgend jaar is gisteren door de raad van bestuur afgekeurd en de nieuwe plek in mijn team is daarbij geschrapt. We stoppen dus met de werving en ik kan je helaas geen gesprek meer aanbieden.\n\nJe cv was een van de sterkste die ik binnenkreeg, dat meen ik. Succes!\n\n{rfirst}",
            "Geachte heer/mevrouw,\n\nIn verband met de aangekondigde fusie met {partner} is besloten alle openstaande vacatures, waaronder {functie} (ref. {ref}), per direct te sluiten. Lopende sollicitatieprocedures worden beëindigd, ook die van u. Wij hechten eraan te benadrukken dat dit besluit losstaat van uw persoonlijke geschiktheid.\n\nHoogachtend,\nAfdeling Werving",
            "Hallo {name}, korte update: de vacature {functie} is komen te vervallen, omdat we het werk toch intern gaan verdelen. Je sollicitatie is daarmee afgesloten. Sorry voor het ongemak en bedankt voor je interesse!\n\nGroet, {rfirst} – {company}",
        ],
        n=6,
        extra={
            **NL,
            "partner": [
                "Noordzee Groep",
                "Holland Zorgpartners",
                "De Vries & Zn.",
                "Regio Logistiek BV",
            ],
        },
    ),
    # idea: a student asking for a stageplek or a graduate traineeship: all places already taken, the cohort is complete, the supervisor has no room
    Family(
        "rej_nl_r4_stage_vol",
        "rejection",
        "[Stagebureau {company} <stages@{slug}.nl>|{company} Traineeships <traineeship@{slug}.nl>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>]",
        [
            "Je stage-aanvraag bij {company}",
            "Uitslag selectie stages en traineeships {jaar}",
            "Re: stageplek {periode}",
            "Je aanmelding bij {company}",
        ],
        [
            "Hoi {name},\n\nleuk dat je bij ons stage wilt lopen! Helaas zijn alle stageplekken voor het {periode} al vergeven; we kregen dit jaar ongewoon veel aanvragen van scholen uit de regio. We kunnen je daarom geen plek aanbieden.\n\nMisschien past een stage in een latere periode? Vanaf [januari|de zomer] kun je een nieuwe aanvraag doen.\n\nSucces met zoeken!\nStagecoördinator {company}",
            "Beste {me},\n\nDank voor je deelname aan de selectie voor het {company} Traineeprogramma {jaar}. De groep van [twaalf|acht|vijftien] trainees is inmiddels compleet, en jij maakt daar helaas geen deel van uit. Met ruim {big} aanmeldingen voor een handvol plekken moesten we keuzes maken die ook sterke kandidaten raken.\n\nWe wensen je een mooie start van je loopbaan.\n\nMet vriendelijke groet,\nTeam Traineeships",
            "Beste {name},\n\nje mail over een afstudeerstage kwam bij mij terecht. Ik moet je teleurstellen: ik begeleid dit semester al drie afstudeerders en meer kan ik er naast mijn eigen werk echt niet bij hebben. Ook de andere afdelingen hebben geen ruimte. Sorry, en veel succes met het vinden van een plek!\n\nGroet,\n{rfirst} {rlast}\nTeamleider",
            "Geachte student,\n\nUw aanmelding voor een meewerkstage bij {company} kan niet worden gehonoreerd: de maximale capaciteit voor het {periode} is bereikt. Uw aanmelding wordt niet verder in behandeling genomen. Neem voor alternatieven contact op met het stagebureau van uw opleiding.\n\nDit bericht is automatisch verzonden.",
        ],
        n=6,
        extra={
            **NL,
            "periode": ["voorjaarssemester", "najaar", "tweede semester", "studiejaar 2025-2026"],
            "jaar": ["2025", "2026"],
        },
    ),
    # idea: the result of a language/numeracy test, a trial shift in a care home, or a coding task: below the bar, so no next round
    Family(
        "rej_nl_r4_uitslag_toets",
        "rejection",
        "[{company} Recruitment <noreply@{slug}.recruitee.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Selectie {company} <selectie@{slug}.nl>]",
        [
            "Jouw testresultaat",
            "Uitslag selectie {functie}: de volgende stap",
            "Terugkoppeling op je test",
            "Hoe het verder gaat – {functie}",
        ],
        [
            "Beste {me},\n\nVorige week heeft u de [taaltoets Nederlands|rekentoets|Excel-vaardigheidstoets] gemaakt als onderdeel van de procedure voor {functie}. Uw resultaat: {score} punten. De ondergrens voor deze functie ligt op 70 punten. Omdat u deze grens niet heeft gehaald, kunnen wij u niet uitnodigen voor het vervolg van de procedure.\n\nU kunt uw resultaat per onderdeel opvragen tot {datum}.\n\nMet vriendelijke groet,\nSelectie & Assessment",
            "Hoi {name},\n\nfijn dat je {dag} een proefdienst op de afdeling hebt meegedraaid. De collega's vonden je vriendelijk naar de bewoners toe, maar we zagen ook dat het tempo en de fysieke kant van het werk nog erg zwaar voor je waren. We hebben daarom besloten je geen contract aan te bieden.\n\nDank voor je inzet en veel succes,\n{rfirst}\nTeamleider zorg",
            "Hi {name},\n\nthanks voor het inleveren van de technische opdracht. Twee van onze developers hebben je code bekeken. De basis werkte, maar tests ontbraken grotendeels en de opbouw was lastig te volgen voor de schaal waarop wij werken. Voor deze rol stoppen we daarom hier. Over een jaar nog eens kijken? Dat raden we je zeker aan.\n\nGr,\n{rfirst}",
            "{me},\n\nUitslag online test {functie}: onvoldoende. U gaat niet door naar de gespreksronde.\n\nMet vriendelijke groet,\nHR {company}",
        ],
        n=6,
        extra={**NL, "score": ["52", "58", "61", "64"]},
    ),
    # idea: an offer pulled before day one: the VOG or screening came back wrong, a start-up's funding round collapsed, a US head office froze hiring including signed contracts
    Family(
        "rej_nl_r4_aanbod_vervalt",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|HR {company} <hr@{slug}.nl>|{rfirst} <{rfirst}@{slug}.io>]",
        [
            "Betreft: uw indiensttreding",
            "Ons aanbod – slecht nieuws",
            "Re: contract {functie}",
            "Intrekking voorwaardelijk aanbod",
        ],
        [
            "Geachte {me},\n\nOp {datum} hebben wij u een voorwaardelijk aanbod gedaan voor de functie van {functie}, onder voorbehoud van een Verklaring Omtrent het Gedrag (VOG) en een screening. Wij hebben vernomen dat [de VOG niet is afgegeven|de screening niet positief is afgerond]. Wij zijn daarom genoodzaakt het aanbod in te trekken; de arbeidsovereenkomst komt niet tot stand.\n\nMeent u dat er sprake is van een vergissing, neem dan binnen tien werkdagen contact op met ondergetekende.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nHR Business Partner",
            "Hoi {name},\n\nik zit al de hele dag naar deze lege mail te staren. Onze investeringsronde is gisteravond op het laatste moment geklapt, en zonder dat geld kunnen we niemand aannemen – ook jou niet, terwijl je contract al klaarlag. Je begint dus helaas niet op de eerste van de maand. Het spijt me oprecht, zeker als je hiervoor andere opties hebt laten lopen.\n\nIk schrijf graag een aanbeveling voor je en ik bel je morgen.\n\n{rfirst}\nFounder, {company}",
            "Beste {me},\n\nVanuit ons hoofdkantoor is vorige week een wereldwijde hiring freeze afgekondigd, die ook geldt voor contracten die getekend zijn maar nog niet zijn ingegaan. Tot mijn spijt betekent dit dat wij de overeenkomst voor de functie {functie} moeten ontbinden voordat u in dienst treedt. Als tegemoetkoming bieden wij u één bruto maandsalaris; de afhandeling loopt via onze afdeling Legal.\n\nIk besef dat dit bijzonder teleurstellend is.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nCountry HR Manager Benelux",
        ],
        n=6,
        extra=NL,
    ),
    # idea: a waterschap / provincie outcome letter with kenmerk, onderwerp and the selection committee's formal wording, before and after a selectiegesprek
    Family(
        "rej_nl_r4_overheid_kenmerk",
        "rejection",
        "[{org} – P&O <werving@{orgslug}.example>|Werving & Selectie {org} <noreply@{orgslug}.werkenvoornederland.example>]",
        [
            "Uw sollicitatie, ons kenmerk {ref}",
            "Besluit selectiecommissie – vacature {ref}",
            "Brief inzake uw sollicitatie",
            "Uitkomst briefselectie {functie}",
        ],
        [
            "Ons kenmerk: {ref}\nOnderwerp: uw sollicitatie naar de functie van {functie}\n\nGeachte {me},\n\nWij ontvingen uw brief waarin u solliciteert naar de functie van {functie} bij {org}. De selectiecommissie heeft alle sollicitaties beoordeeld aan de hand van de functie-eisen uit de vacaturetekst. Tot haar spijt heeft de commissie besloten u niet uit te nodigen voor een selectiegesprek.\n\nVoor vragen kunt u zich onder vermelding van bovenstaand kenmerk wenden tot de afdeling P&O.\n\nHoogachtend,\nnamens de selectiecommissie,\n\n{rfirst} {rlast}\nvoorzitter",
            "Datum: {datum}\nKenmerk: {ref}\n\nBeste {me},\n\nOp {dag} heeft u een selectiegesprek gevoerd bij {org}. Inmiddels heeft de commissie de gesprekken met alle kandidaten afgerond en een andere kandidaat voorgedragen voor benoeming. Uw sollicitatieprocedure is hiermee beëindigd.\n\nWenst u een toelichting, dan kunt u binnen veertien dagen contact opnemen met de secretaris van de commissie.\n\nWij danken u voor uw belangstelling voor een functie bij de overheid.\n\nMet vriendelijke groet,\n{org}",
            "Geachte {me},\n\nBetreft: vacature {functie}, kenmerk {ref}\n\nHierbij deel ik u mee dat uw sollicitatie niet heeft geleid tot een uitnodiging voor het vervolg van de procedure. Het aantal reacties was groot en de commissie heeft de voorkeur gegeven aan kandidaten wier ervaring meer overeenkomt met het profiel. Conform de sollicitatiecode worden uw gegevens uiterlijk vier weken na afronding van de procedure vernietigd.\n\nMet vriendelijke groet,\nde afdelingsmanager P&O",
        ],
        n=6,
        extra={**NL, "org": ORG_NL, "orgslug": ORGSLUG_NL},
    ),
    # idea: "not this one, but your cv stays in our talentpool / wervingsreserve" closings: a mid-size firm, a Flemish recruiter, a one-liner, and a template with the recruiter's name left unfilled
    Family(
        "rej_nl_r4_cv_bewaren",
        "rejection",
        "[{company} Recruitment <noreply@{slug}.recruitee.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.be>|{rfirst} {rlast} <{rfirst}@{slug}.nl>]",
        [
            "Je cv in onze talentpool",
            "Uw kandidatuur voor {functie}",
            "Bedankt – we houden je in beeld",
            "Re: sollicitatie {functie}",
        ],
        [
            "Beste {name},\n\nWe hebben je sollicitatie voor {functie} met interesse gelezen. Voor deze vacature hebben we inmiddels iemand gevonden wiens profiel net iets beter aansloot. We zagen wel genoeg in je cv om het niet zomaar weg te leggen: met jouw toestemming plaatsen we je in onze talentpool, zodat we je kunnen benaderen als er een passende rol vrijkomt. Wil je liever niet in de pool, laat het ons dan weten.\n\nHartelijke groet,\nRecruitment {company}",
            "Beste {me},\n\nBedankt voor uw kandidatuur. Wij hebben beslist om voor deze functie niet verder te gaan met uw kandidatuur. Uw cv blijft wel twaalf maanden in onze wervingsreserve, zodat wij u kunnen contacteren bij een nieuwe opening die beter aansluit.\n\nMet vriendelijke groeten,\n{rfirst} {rlast}\nTalent Acquisition",
            "Hoi {name},\n\nkort maar eerlijk: deze keer word je het niet. Ik stop je cv wel in mijn map 'bewaren', en die map open ik vaker dan je denkt. Komt er iets voorbij dat beter past, dan bel ik je.\n\nGroet,\n{rfirst}",
            "Geachte {me},\n\nUw sollicitatie op de vacature {functie} heeft helaas niet tot een uitnodiging geleid. Wij nemen uw gegevens, met uw instemming, voor de duur van één jaar op in ons bestand van open kandidaten. Bent u het daar niet mee eens, dan kunt u dit melden via privacy@{slug}.nl.\n\nMet vriendelijke groet,\n(Naam recruiter)\n{company}",
        ],
        n=6,
        extra=NL,
    ),
    # Offers ---------------------------------------------------------------------------
    # idea: a small firm's owner or team lead, giddy and short: "de baan is van jou", "we willen je erbij"; one from a manager writing Dutch as a second language
    Family(
        "off_nl_r4_baan_is_van_jou",
        "offer",
        "[{rfirst} <{rfirst}@{slug}.nl>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>]",
        [
            "De baan is van jou!",
            "Welkom bij het team (bijna 😉)",
            "Goed nieuws!!",
            "Re: gesprek van {dag}",
        ],
        [
            "Hoi {name}!\n\nik hou het kort, want ik had het je liever gebeld, maar je nam niet op 😄: de baan is van jou! We willen je er echt graag bij hebben als {functie}. Salaris zoals besproken, {salaris}, en je mag wat ons betreft beginnen zodra je opzegtermijn erop zit.\n\nBel je me terug? Dan spreken we de rest door.\n\n{rfirst}",
            "Hé {name},\n\nna je gesprek met het team hadden we nog geen vijf minuten nodig: we willen jou. Welkom (als je ja zegt natuurlijk)! Ik laat de papieren deze week opstellen; de hoofdlijnen zijn {salaris}, 32 tot 36 uur naar keuze en een vast contract na zeven maanden.\n\nLaat je vóór {dag} weten of je erin gaat? Ik hoop het heel erg.\n\nGroet,\n{rfirst}",
            "Hoi {name}, goed nieuws: je bent aangenomen! 🎉 Iedereen was enthousiast na je meewerkdag. Kun je {dag} even langskomen om je contract te tekenen? Dan regel ik meteen je sleutel en je rooster.\n\nGroetjes {rfirst}\n\nVerstuurd vanaf mijn iPhone",
            "Beste {name},\n\nwij willen heel graag dat je bij ons komt werken als {functie}. Het team zegt 100% ja. Morgen stuur ik je de aanbieding met alle details (salaris {salaris}, laptop, thuiswerkvergoeding). Als je vragen hebt, bel mij gerust.\n\nGroeten,\n{rfirst}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: the formal HR letter with the arbeidsovereenkomst in tweevoud, proeftijd and parafen; an e-signature platform's notice; a warm HR adviser sending the contract
    Family(
        "off_nl_r4_contract_bijlage",
        "offer",
        "[HR {company} <hr@{slug}.nl>|{company} P&O <personeelszaken@{slug}.nl>|{company} via ValidSign <noreply@validsign.example>]",
        [
            "Arbeidsovereenkomst ter ondertekening",
            "Uw arbeidsovereenkomst – {functie}",
            "Document klaar om te tekenen: contract {me}",
            "Bevestiging aanstelling en contract",
        ],
        [
            "Geachte {me},\n\nIn vervolg op ons telefonisch contact van {dag} bevestigen wij met genoegen dat u bij {company} in dienst treedt als {functie}. Bijgaand treft u de arbeidsovereenkomst in tweevoud aan, alsmede het personeelshandboek en het reglement voor het gebruik van ICT-middelen.\n\nDe belangrijkste bepalingen:\n• ingangsdatum: {datum}\n• bepaalde tijd, twaalf maanden, met een proeftijd van één maand\n• salaris: {salaris}, exclusief 8% vakantietoeslag\n• arbeidsduur: [38|40] uur per week\n\nWij verzoeken u beide exemplaren te paraferen en te ondertekenen en één exemplaar binnen tien werkdagen aan ons te retourneren.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nHoofd P&O",
            '{company} heeft u een document gestuurd om te ondertekenen.\n\nDocument: Arbeidsovereenkomst {functie} – {me}\nAfzender: {rfirst} {rlast}, HR {company}\nBericht van de afzender: "Beste {name}, hierbij je contract zoals besproken. Welkom aan boord!"\n\nBekijken en ondertekenen: https://validsign.example/s/{ref}\n\nDeze uitnodiging verloopt over 14 dagen.',
            "Beste {name},\n\nZoals beloofd stuur ik je hierbij het contract voor de functie {functie}. Het salaris bedraagt {salaris}; daarnaast ontvang je een dertiende maand en bouw je pensioen op via het bedrijfstakpensioenfonds. Lees alles rustig door. Klopt alles, teken dan via de link in de bijlage; daarna plannen we je eerste werkdag op {datum}.\n\nVragen over het concurrentiebeding of de reiskosten? Ik sta voor je klaar.\n\nHartelijke groet,\n{rfirst} {rlast}\nHR-adviseur",
        ],
        n=6,
        extra=NL,
    ),
    # idea: a gemeente / ministerie "voorstel tot aanstelling": schaal, IKB, onder voorbehoud van VOG or veiligheidsonderzoek, an aanstellingsbesluit to follow
    Family(
        "off_nl_r4_overheid_aanstelling",
        "offer",
        "[{org} – P&O <werving@{orgslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{orgslug}.example>]",
        [
            "Voorstel tot aanstelling – kenmerk {ref}",
            "Uw aanstelling bij {org}",
            "Arbeidsvoorwaardenvoorstel {functie}",
            "Voornemen tot indiensttreding",
        ],
        [
            "Geachte {me},\n\nNaar aanleiding van de gevoerde gesprekken heeft de selectiecommissie besloten u voor te dragen voor de functie van {functie} bij {org}. Het doet mij genoegen u namens het college het volgende voorstel te doen:\n\n– aanstelling per {datum} voor 36 uur per week\n– inschaling in schaal {schaal}, salaris {salaris}\n– individueel keuzebudget van 17,05% van uw salaris\n\nDit voorstel geldt onder voorbehoud van een positieve Verklaring Omtrent het Gedrag. Wij verzoeken u binnen vijf werkdagen schriftelijk uw akkoord te geven, waarna het aanstellingsbesluit wordt opgemaakt.\n\nHoogachtend,\n{rfirst} {rlast}\nteamleider P&O",
            "Beste {name},\n\nIk had je vanmiddag al aan de telefoon, maar hierbij ook zwart op wit: we willen je graag aannemen als {functie}! Het formele voorstel zit in de bijlage. Kort samengevat: schaal {schaal}, trede op basis van je ervaring, ingangsdatum in overleg (we denken aan {datum}), een jaarcontract met de intentie om daarna vast te gaan.\n\nOmdat het een vertrouwensfunctie is, volgt nog een veiligheidsonderzoek; reken op een paar weken doorlooptijd.\n\nIk hoor graag of je akkoord bent!\n\nGroet,\n{rfirst} {rlast}\nleidinggevende",
            "Kenmerk: {ref}\n\nGeachte {me},\n\nHierbij bied ik u, onder voorbehoud van de uitkomst van de pre-employment screening, een aanstelling aan als {functie} in schaal {schaal}. De ingangsdatum is vastgesteld op {datum}. Bijgevoegd vindt u het overzicht van de arbeidsvoorwaarden en het formulier 'Aanvaarding aanbod', dat wij graag binnen een week ondertekend terugontvangen.\n\nMet vriendelijke groet,\nnamens de secretaris-generaal,\nde directeur Bedrijfsvoering",
        ],
        n=6,
        extra={
            **NL,
            "org": ORG_NL,
            "orgslug": ORGSLUG_NL,
            "schaal": ["8", "9", "10", "11"],
            "salaris": [
                "€ 3.412 bruto per maand",
                "€ 3.980 bruto per maand",
                "€ 4.310 bruto per maand",
                "€ 4.875 bruto per maand",
            ],
        },
    ),
    # idea: an uitzend- or recruitmentbureau consultant passing on the client's yes: "je hebt hem!", the offer terms relayed, the contract coming from the client
    Family(
        "off_nl_r4_bureau_je_hebt_hem",
        "offer",
        "agency",
        [
            "JE HEBT HEM! 🎉",
            "Aanbod van {company}",
            "Goed nieuws van de klant",
            "Re: terugkoppeling tweede gesprek",
        ],
        [
            "Hoi {name},\n\nik heb net {company} aan de lijn gehad en ik mag het je vertellen: je hebt hem! Ze willen je aannemen als {functie}. Het aanbod: {salaris}, reiskosten volledig vergoed, start {datum}. De eerste zes maanden werk je via ons, daarna neemt {company} je in principe over in vaste dienst.\n\nBel me even als je dit leest, dan loop ik alles met je door!\n\n{rfirst}\n{agency}",
            "Beste {me},\n\nGraag bevestig ik namens onze opdrachtgever {company} het aanbod voor de functie {functie}. Zij bieden u een arbeidsovereenkomst voor onbepaalde tijd aan met een bruto jaarsalaris van {jaarsalaris} inclusief vakantiegeld, plus een leaseauto.\n\nHet contract ontvangt u rechtstreeks van {company}. Wilt u mij laten weten of u het aanbod aanvaardt? Dan stem ik daarna uw startdatum met hen af.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nSenior Consultant – {agency}",
            "Hey {name}! Topnieuws: {company} zegt JA 🙌 Ze waren om na jouw tweede gesprek. Het aanbod staat: {salaris}, 36 uur, ingang {datum}. Details volgen straks per mail, maar ik wilde je dit niet laten wachten. Gefeliciteerd!!\n\n{rfirst} ({agency})\n\nVerzonden vanaf mijn Samsung Galaxy",
        ],
        n=6,
        extra={**NL, "jaarsalaris": ["€ 58.000", "€ 64.500", "€ 71.000", "€ 49.000"]},
    ),
    # Interviews -------------------------------------------------------------------------
    # idea: an office manager's practical note before an on-site gesprek: address, station, parking list, back entrance, who you meet, ID at the gate, closed shoes for the shop floor
    Family(
        "int_nl_r4_route_ontvangst",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Receptie {company} <receptie@{slug}.nl>|Secretariaat {company} <secretariaat@{slug}.nl>]",
        [
            "Praktische info voor je gesprek op {dag}",
            "Routebeschrijving en parkeren – {company}",
            "Wie je {dag} ontmoet",
            "Uw bezoek aan {company} op {datum}",
        ],
        [
            "Hoi {name},\n\nfijn dat je {dag} om {tijd} uur langskomt voor het gesprek! Even wat praktische zaken:\n\n📍 {adres}, {stad}\n🚆 Vanaf het station is het tien minuten lopen\n🚗 Parkeren kan in de garage onder het gebouw; stuur me je kenteken, dan zet ik je op de gastenlijst\n\nBij de receptie vraag je naar mij. Je spreekt met [onze teamlead Ilse en mij|Jeroen van HR en de afdelingsmanager|twee toekomstige collega's en de directeur]; reken op ongeveer een uur.\n\nTot {dag}!\n{rfirst}",
            "Geachte {me},\n\nHierbij bevestigen wij uw sollicitatiegesprek op {dag} {datum} om {tijd} uur op ons hoofdkantoor aan de {adres} te {stad}.\n\nU wordt ontvangen door de heer {rlast} (afdelingshoofd) en mevrouw Bakker (P&O). Wij verzoeken u zich tien minuten van tevoren te melden bij de centrale balie en een geldig legitimatiebewijs mee te nemen; zonder legitimatie kunnen wij u helaas geen toegang tot het pand geven.\n\nMet vriendelijke groet,\nSecretariaat",
            "Hi {name}, nog even voor morgen: de ingang zit aan de achterkant van het pand (naast de fietsenstalling), niet bij de glazen deur aan de straatkant – die is van de buren 🙂. Bel aan bij {company}, tweede verdieping, dan haal ik je beneden op. Neem je je laptop mee? Dan kun je ons tijdens het gesprek je portfolio laten zien.\n\n{rfirst}",
            "Beste {name},\n\nLeuk dat je bij ons op gesprek komt! Omdat we op een bedrijventerrein zitten, hier de route: neem afrit {afrit}, volg de borden 'Industrieterrein Noord' en na de rotonde is het de derde hal rechts. Je kunt op het bezoekersparkeerterrein staan. Meld je bij de portier, dan haalt de productieleider je op.\n\nNa het gesprek nemen we je even mee de werkvloer op, dus trek dichte schoenen aan.\n\nGroet,\n{rfirst} {rlast}\nP&O",
        ],
        n=6,
        extra={**NL, "adres": ADRES_NL, "afrit": ["12", "27", "8", "31"]},
    ),
    # idea: a hiring manager's two lines from the phone after reading the cv: "kwartiertje bellen deze week?"
    Family(
        "int_nl_r4_even_bellen",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|{rfirst} <{rfirst}@{slug}.nl>]",
        [
            "Re: sollicitatie {functie}",
            "kort bellen?",
            "Re: je cv",
            "Even bellen deze week?",
        ],
        [
            "Hoi {name}, je cv ziet er goed uit. Heb je deze week een kwartiertje om te bellen? {dag} na {tijd} kan ik sowieso.\n\n{rfirst}\n\nVerstuurd vanaf mijn iPhone",
            "Beste {me}, dank voor uw sollicitatiebrief. Zou u deze week tijd hebben voor een kort telefonisch gesprek? Laat u maar weten wanneer het u schikt, dan bel ik u.\n\nGroet, {rfirst} {rlast}",
            "Hey! Leuk dat je op de vacature hebt gereageerd. Zullen we {dag} even kort bellen om kennis te maken? Stuur me je nummer, dan bel ik je rond {tijd}.\n{rfirst}",
            "{name} – ik wil je graag even spreken over je sollicitatie. Donderdag of vrijdag twintig minuutjes aan de telefoon? Jij zegt het maar.\n\nGr. {rfirst}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: a Teams / Google Meet / Zoom invitation for the online gesprek, with the join block, meeting ID and who joins
    Family(
        "int_nl_r4_videolink",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Recruitment {company} <recruitment@{slug}.nl>|{rfirst} {rlast} (Google Agenda) <calendar-notification@google.example>]",
        [
            "Uitnodiging: videogesprek {functie} – {dag} {tijd}",
            "Videogesprek met {company}",
            "Online sollicitatiegesprek: de link",
            "Bijgewerkte uitnodiging: kennismaking {me} / {company}",
        ],
        [
            "Beste {me},\n\nZoals afgesproken hierbij de uitnodiging voor ons online gesprek over de functie {functie}.\n\nWanneer: {dag} {datum}, {tijd} – ongeveer 45 minuten\nWaar: Microsoft Teams\nDeelnemen: https://teams.microsoft.example/l/meetup-join/{ref}\nVergadering-ID: 382 991 {code}\n\nNamens {company} schuiven {rfirst} {rlast} (recruiter) en de manager van het team aan. We beginnen met een korte voorstelronde, daarna is er volop ruimte voor jouw vragen.\n\nTip: test vooraf even je camera en geluid.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Kennismaking {me} / {company}\n{dag} {datum} ⋅ {tijd} – 30 min\nGoogle Meet: https://meet.google.example/{code}\nOrganisator: {rfirst} {rlast}\n\nBeschrijving: eerste videogesprek over de vacature {functie}. Camera graag aan 🙂\n\nGaat u? Ja – Misschien – Nee",
            "Hoi {name},\n\nhierbij de Zoom-link voor ons gesprek van {dag}: https://zoom.example/j/{ref}\nWachtwoord: {code}\n\nJe praat met mij en met een van de developers. Het gesprek is informeel; voorbereiden hoeft niet, behalve misschien een paar vragen voor ons. Mocht de verbinding haperen, bel me dan op 06-{tel}.\n\nTot dan!\n{rfirst}",
        ],
        n=6,
        extra={
            **NL,
            "code": ["xqa-mtrn-pfe", "4471", "vg7k2", "hbd-qwze-kor"],
            "tel": ["41 87 22 90", "18 30 56 47", "29 64 11 03"],
        },
    ),
    # idea: moving an interview: the manager is ill, the director has an urgent meeting, a train strike turns it into a video call, the candidate's exam clashes (Flemish "Dag")
    Family(
        "int_nl_r4_verzetten",
        "interview",
        NL_PERSON,
        [
            "Ons gesprek van {dag} – ander tijdstip?",
            "Verzoek tot verplaatsen: gesprek {functie}",
            "Re: uitnodiging gesprek – wijziging",
            "Sorry, kunnen we schuiven?",
        ],
        [
            "Hoi {name},\n\nvervelend nieuws: {manager} is ziek en kan {dag} niet bij het gesprek zijn. Omdat ik graag wil dat jullie elkaar echt spreken, stel ik voor het gesprek te verzetten. Lukt een van deze momenten?\n\n– {dag2} om {tijd}\n– vrijdag om 11:00\n\nSorry voor het geschuif, en dank voor je flexibiliteit!\n{rfirst}",
            "Beste {me},\n\nDoor een onverwachte verplichting van onze directeur moeten wij uw sollicitatiegesprek van {datum} helaas verplaatsen. Wij bieden u graag een nieuwe afspraak aan op {dag2} om {tijd} uur, op dezelfde locatie. Wilt u laten weten of dit tijdstip u schikt? Zo niet, dan zoeken wij samen een ander moment.\n\nOnze excuses voor het ongemak.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hi {name}, met die NS-staking morgen: zullen we het gesprek online doen in plaats van op kantoor? Zelfde tijd ({tijd}), dan stuur ik je een Teams-link. Of kom je liever een andere dag langs? Beide prima!\n\n{rfirst}",
            "Dag {name},\n\nBedankt voor je bericht dat {dag} niet meer lukt door je examen. Geen probleem hoor. Ik heb ons gesprek verzet naar {dag2} om {tijd}; de nieuwe uitnodiging komt zo binnen. Laat je weten als ook dat niet past?\n\nGroetjes,\n{rfirst}",
        ],
        n=6,
        extra={
            **NL,
            "manager": ["Annelies", "onze teamleider", "mijn collega Fleur", "de afdelingsmanager"],
            "dag2": ["dinsdag", "woensdagochtend", "donderdagmiddag", "volgende maandag"],
        },
    ),
    # idea: a second round with a panel: an adviescommissie with OR and cliëntenraad in healthcare, a start-up's small panel, a directie round booked via the ATS
    Family(
        "int_nl_r4_tweede_ronde_panel",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Secretariaat Raad van Bestuur {company} <secretariaat@{slug}.nl>|{company} Recruitment <noreply@{slug}.recruitee.com>]",
        [
            "Uitnodiging tweede gespreksronde",
            "Vervolggesprek met de adviescommissie",
            "Je bent door naar ronde 2!",
            "Panelgesprek {functie} op {datum}",
        ],
        [
            "Geachte {me},\n\nNaar aanleiding van het eerste gesprek nodigt de selectiecommissie u uit voor de tweede ronde. Dit gesprek vindt plaats op {dag} {datum} om {tijd} uur en duurt circa een uur. U spreekt met een adviescommissie, bestaande uit twee leden van de ondernemingsraad, een lid van de cliëntenraad en de bestuurder.\n\nWilt u uw komst binnen twee dagen bevestigen?\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nmanagementassistent",
            "Hoi {name},\n\nje bent door naar de volgende ronde! 🎉 We willen je graag nog een keer spreken, dit keer met een klein panel: [de CTO, een productmanager en iemand van support|onze twee oprichters en de lead van het team|twee mensen van sales en de operationeel directeur]. Ze zijn vooral benieuwd hoe je samenwerkt en hoe je met lastige klanten omgaat.\n\nKun je {dag} {datum} om {tijd}? Op kantoor in {stad}; reken op anderhalf uur, koffie inbegrepen.\n\nGroet,\n{rfirst}",
            "Beste {name},\n\nDank voor het prettige eerste gesprek. Graag nodigen we je uit voor een tweede gesprek, nu met de directie. Plan zelf een moment in via https://{slug}.recruitee.com/o/ronde2/{ref}; het gesprek vindt plaats in {stad} en duurt een uur.\n\nTot snel,\nTeam Recruitment {company}",
        ],
        n=6,
        extra=NL,
    ),
    # Assessments ------------------------------------------------------------------------
    # idea: an assessment bureau's login mail for online capaciteitentests with access code and hard deadline; a friendly ATS version; a public-sector knowledge test
    Family(
        "asm_nl_r4_online_test",
        "assessment",
        "[{bureau} <noreply@{bureauslug}.example>|{company} Recruitment <noreply@{slug}.recruitee.com>|Selectie {company} <selectie@{slug}.nl>]",
        [
            "Uitnodiging online testen – uiterlijk {datum}",
            "Je inloggegevens voor de testomgeving",
            "Actie vereist: maak je test vóór {datum}",
            "Onderdeel van de selectie: online toetsen",
        ],
        [
            "Beste {me},\n\nIn opdracht van {company} nodigen wij u uit voor het online testgedeelte van de selectieprocedure voor {functie}. Het gaat om drie onderdelen: verbaal redeneren, numeriek redeneren en een persoonlijkheidsvragenlijst. Trek er ongeveer 75 minuten voor uit en zorg voor een rustige plek zonder onderbrekingen.\n\nInloggen: https://{bureauslug}.example/start\nGebruikersnaam: {login}\nToegangscode: {ref}\n\nDe tests moeten uiterlijk {datum} om 23:59 uur zijn afgerond; daarna vervalt de code.\n\nMet vriendelijke groet,\n{bureau}",
            "Hoi {name},\n\nleuk dat je verder gaat in de procedure! De volgende stap is een korte online test (ca. 30 minuten) die kijkt naar je logisch denkvermogen. Geen stress: er bestaat geen 'goed profiel', we leggen de uitslag naast wat we in de gesprekken zien.\n\nStart de test hier: https://{slug}.recruitee.com/test/{ref}\nDeadline: {dag} {datum}\n\nSucces!\nTeam Recruitment",
            "Geachte kandidaat,\n\nU bent uitgenodigd voor de digitale vakkennistoets {functie}. De toets bestaat uit 40 meerkeuzevragen over wet- en regelgeving en duurt maximaal 60 minuten. U kunt de toets maken tot en met {datum}.\n\nLink: https://toets.{slug}.nl/{ref}\n\nLet op: hulpmiddelen zijn tijdens de toets niet toegestaan. De uitslag ontvangt u binnen vijf werkdagen.\n\nDit is een automatisch bericht.",
        ],
        n=6,
        extra={
            **NL,
            "bureau": [
                "Selectiepunt Assessments",
                "Psytest Nederland",
                "Bureau Vakbekwaam",
                "TalentMeter",
            ],
            "bureauslug": ["selectiepunt", "psytest", "vakbekwaam", "talentmeter"],
            "login": ["kandidaat_4821", "NL-20931", "sel-77310", "tm-55802"],
        },
    ),
    # idea: the automated nudge that a one-way recorded video interview is still open: link expires, nobody watches live, one with a {{voornaam}} merge field left in
    Family(
        "asm_nl_r4_video_herinnering",
        "assessment",
        "[{company} via HireVue <noreply@hirevue.example>|{company} Recruitment <noreply@{slug}.recruitee.com>|Werken bij {company} <werkenbij@{slug}.nl>]",
        [
            "Herinnering: je video-interview staat nog open",
            "Nog 48 uur: neem je antwoorden op",
            "Je hebt je video-interview nog niet afgerond",
            "Vergeet je opname voor {functie} niet",
        ],
        [
            "Hoi {name},\n\nwe zien dat je het video-interview voor {functie} nog niet hebt afgerond. Je link verloopt over 48 uur, op {datum}.\n\nTer herinnering: je krijgt telkens een vraag op je scherm, hebt even bedenktijd en neemt dan je antwoord op. Er kijkt niemand live mee; het team bekijkt de opnames later. Je kunt eerst een oefenvraag doen.\n\nStart hier: https://{slug}.hirevue.example/i/{ref}\n\nSucces!\n{company}",
            "Beste {me},\n\nDit is een vriendelijke herinnering. U bent uitgenodigd om via ons platform een opgenomen video-interview af te leggen, maar wij hebben uw opname nog niet ontvangen. De uiterste datum is {datum}; opnames die later worden gestart, kunnen niet meer worden meegenomen in de beoordeling.\n\nTechnische problemen? Mail naar support@{slug}.nl met uw kandidaatnummer {ref}.\n\nMet vriendelijke groet,\nRecruitment",
            "{{voornaam}}, je bent er bijna!\n\nJe hebt 1 van de 4 vragen van je video-sollicitatie opgenomen. Neem de overige vragen op vóór {datum} – het kost nog zo'n tien minuten.\n\nVerder gaan: https://video.{slug}.nl/verder/{ref}\n\nJe krijgt deze herinnering automatisch omdat je opname nog niet compleet is.",
        ],
        n=6,
        extra=NL,
    ),
    # idea: a take-home: a data case for an analyst, a beleidsnotitie for a gemeente, a paid coding task as a pull request, and a template with (Naam kandidaat) and XX left unfilled
    Family(
        "asm_nl_r4_thuisopdracht",
        "assessment",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|{rfirst} <{rfirst}@{slug}.io>|HR {company} <hr@{slug}.nl>]",
        [
            "Thuisopdracht {functie}",
            "De case voor de volgende stap",
            "Opdracht: inleveren vóór {dag}",
            "Praktijkopdracht – de details",
        ],
        [
            "Hoi {name},\n\nzoals beloofd de thuisopdracht! In de bijlage vind je een (verzonnen) dataset met klantgegevens van een webwinkel. We vragen je om:\n\n1. drie opvallende trends te beschrijven\n2. één visualisatie te maken die je aan een niet-technische manager zou laten zien\n3. op maximaal één A4 een advies te schrijven\n\nJe mag elke tool gebruiken die je wilt. Reken op drie à vier uur; stuur het resultaat uiterlijk {dag} 17:00 naar mij terug.\n\nVeel plezier ermee!\n{rfirst}",
            "Beste {me},\n\nAls onderdeel van de procedure voor {functie} ontvangt u bijgaand een schriftelijke casus. Daarin wil een gemeente haar dienstverlening aan ondernemers verbeteren. Wij vragen u een beleidsnotitie van maximaal twee pagina's te schrijven met uw analyse en aanbevelingen.\n\nU heeft zeven dagen de tijd; wij ontvangen uw notitie graag uiterlijk {datum} per e-mail. De commissie beoordeelt de notitie op inhoud, opbouw en schrijfvaardigheid.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Hi {name},\n\nde volgende stap is een kleine programmeeropdracht: bouw een eenvoudige API waarmee je [boekingen|bestellingen|afspraken] kunt aanmaken en opvragen. Alle eisen staan in de README van deze repo: https://git.{slug}.nl/opdracht-{ref}. Lever het in als pull request, uiterlijk een week na vandaag. We betalen je er trouwens € 150 voor, omdat we je tijd waarderen.\n\nVragen? Gewoon mailen.\n{rfirst}",
            "Beste (Naam kandidaat),\n\nBijgevoegd vindt u de praktijkopdracht voor de vacature (Functienaam). U dient de uitwerking binnen XX werkdagen in te leveren via het sollicitatieportaal. Te laat ingeleverde opdrachten worden niet beoordeeld.\n\nMet vriendelijke groet,\nHR {company}",
        ],
        n=6,
        extra=NL,
    ),
    # Recruiter outreach -----------------------------------------------------------------
    # idea: an uitzendbureau's URGENT vacancy mail with ✔ requirement list and what's on offer; a zorg-bemiddelaar's dry list; a recruiter's breathless mobile note
    Family(
        "out_nl_r4_bureau_urgent_eisen",
        "recruiter_outreach",
        "agency",
        [
            "URGENT: {functie} gezocht in {stad}",
            "Vacature met spoed – ben jij beschikbaar?",
            "Nieuwe vacature voor jou: {functie}",
            "⚡ Direct starten als {functie}",
        ],
        [
            "Hoi {name},\n\nvoor een van onze vaste opdrachtgevers in {stad} zoek ik met spoed een {functie}. Je profiel staat in onze database en volgens mij zou dit weleens goed kunnen passen!\n\nWat vragen we?\n✔ minimaal 2 jaar ervaring in een vergelijkbare functie\n✔ mbo-4 of hbo werk- en denkniveau\n✔ goed Nederlands en Engels\n✔ beschikbaar voor minimaal 32 uur\n\nWat bieden we?\n• {salaris}\n• direct starten, uitzicht op vast\n• reiskostenvergoeding\n\nInteresse? Reageer op deze mail of app me, dan bel ik je vandaag nog.\n\nGroet,\n{rfirst} {rlast}\n{agency}",
            "Beste {me},\n\nWij zoeken een {functie} voor een grote zorgorganisatie in de regio {stad}. Start: zo snel mogelijk. Eisen:\n- relevante diploma's (BIG-registratie is een pré)\n- rijbewijs B\n- flexibel inzetbaar, ook in het weekend\n\nHerkent u zich hierin? Stuur ons dan uw actuele cv. Wij gaan vertrouwelijk met uw gegevens om.\n\nMet vriendelijke groet,\n{agency}",
            "Hey {name}! Snelle vraag: sta je open voor iets nieuws? Ik heb een SUPER urgente vacature ({functie}, {stad}, 36 uur) en de klant wil deze week nog gesprekken voeren. Must-haves: Excel, ervaring met SAP, en je kunt per de eerste van volgende maand beginnen. Klinkt dat als jou? Stuur me even een berichtje!\n\n{rfirst} – {agency}\n\nVerstuurd vanaf mijn iPhone",
        ],
        n=6,
        extra=NL,
    ),
    # idea: an executive-search partner's discreet approach for a board or C-level role: mandate, name via the network, the incumbent leaving is not yet public
    Family(
        "out_nl_r4_search_directie",
        "recruiter_outreach",
        "[agency|linkedin]",
        [
            "Discrete vraag over uw volgende stap",
            "Directiefunctie – vertrouwelijk verzoek",
            "Search {senior}",
            "Uw naam viel in ons netwerk",
        ],
        [
            "Geachte {me},\n\nOns bureau heeft de opdracht gekregen een {senior} te werven voor een [beursgenoteerde onderneming|middelgrote woningcorporatie|internationaal familiebedrijf] met het hoofdkantoor in {stad}. De opdracht wordt in volledige vertrouwelijkheid uitgevoerd; de naam van onze opdrachtgever kan ik pas in een later stadium delen.\n\nUw naam werd ons genoemd door iemand uit ons netwerk die u zeer hoog heeft zitten. Ik wissel graag met u van gedachten, al is het maar om te horen welke stap u voor uzelf ziet. Schikt een gesprek van een half uur, telefonisch of bij ons op kantoor?\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nPartner",
            "Beste {name},\n\nik leid een search naar een {senior} voor een organisatie die midden in een transitie zit. Het is geen openbare vacature en ook intern is nog niet bekend dat de huidige bestuurder vertrekt, dus ik reken op je discretie. Op basis van wat ik van je loopbaan weet, denk ik dat je een serieuze kandidaat zou zijn.\n\nZin om er vrijblijvend over te praten? Ik kom graag naar je toe.\n\nHartelijke groet,\n{rfirst}",
            "Goedemiddag {name}, ik werk als executive researcher aan een vertrouwelijk mandaat voor een {senior} (Benelux), totaalpakket ruim boven de twee ton. Mag ik je hierover bellen? Graag je mobiele nummer en een moment dat je schikt.",
        ],
        n=6,
        extra={
            **NL,
            "senior": [
                "CFO",
                "lid Raad van Bestuur",
                "algemeen directeur",
                "Chief Technology Officer",
                "directeur Operations",
            ],
        },
    ),
    # idea: a company's own recruiter who came across the profile (LinkedIn, talent database) and points to a different open role there; the reader never applied for it
    Family(
        "out_nl_r4_eigen_recruiter_andere_rol",
        "recruiter_outreach",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|linkedin]",
        [
            "Zag je profiel – misschien iets voor jou?",
            "Een vacature bij {company} die bij je past",
            "Vraagje vanuit {company}",
            "Open rol: {functie}",
        ],
        [
            "Hoi {name},\n\nik ben recruiter bij {company} en kwam je profiel tegen op LinkedIn. Je ervaring met [klantprocessen|data en rapportages|het aansturen van een team] viel me op, en we hebben nu een openstaande vacature voor {functie} in {stad} waarbij ik direct aan jou moest denken. Het team groeit en zoekt iemand die meteen kan meedenken.\n\nSta je open voor een vrijblijvend belletje? Dan vertel ik je er meer over.\n\nGroet,\n{rfirst} {rlast}\nCorporate Recruiter, {company}",
            "Beste {me},\n\nBij het doorzoeken van onze kandidatendatabase kwam ik uw profiel tegen. Uw achtergrond lijkt mij goed te passen bij een nieuwe functie die wij binnenkort openen: {functie}. De vacature is nog niet gepubliceerd. Ik stuur u graag de functieomschrijving als u interesse heeft.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nRecruitment {company}",
            "Hi {name} 👋 Ik zocht naar mensen met jouw ervaring in de regio {stad} en jouw profiel sprong eruit. Wij zoeken bij {company} een {functie} – niet de rol die je nu hebt, maar volgens mij een logische volgende stap. Zin om een keer koffie te drinken op ons kantoor?\n\n{rfirst} – Talent team {company}",
        ],
        n=6,
        extra=NL,
    ),
    # Application received ---------------------------------------------------------------
    # idea: ATS receipts whose merge fields failed: {{voornaam}}, (Functienaam), <<VACATURE>>, XX werkdagen, an English salutation left in a Dutch template
    Family(
        "rcv_nl_r4_lege_velden",
        "application_received",
        NL_ATS,
        [
            "Bevestiging van je sollicitatie: {{vacature_titel}}",
            "Sollicitatie ontvangen – (Functie)",
            "Bedankt voor je sollicitatie bij {company}",
            "We hebben je sollicitatie ontvangen",
        ],
        [
            "Beste {{voornaam}},\n\nBedankt voor je sollicitatie op de functie {{vacature_titel}} bij {company}. We hebben je gegevens in goede orde ontvangen.\n\nOns recruitmentteam bekijkt je sollicitatie zo snel mogelijk. Je hoort binnen XX werkdagen van ons.\n\nMet vriendelijke groet,\n{{recruiter_naam}}\n{company}",
            "Geachte heer/mevrouw (Achternaam),\n\nHierbij bevestigen wij de ontvangst van uw sollicitatie voor de vacature (Functienaam) met vacaturenummer {ref}. Uw sollicitatie wordt behandeld door (Naam contactpersoon). Wij nemen binnen twee weken contact met u op over het vervolg.\n\nMet vriendelijke groet,\nAfdeling P&O",
            "Hoi {name},\n\nje sollicitatie voor <<VACATURE>> is goed aangekomen 🙌 We kijken er zo snel mogelijk naar en laten je binnen %DAGEN% dagen weten of we een gesprek willen plannen.\n\nTeam {company}\n\nPS Dit bericht is automatisch verstuurd; antwoorden op deze mail worden niet gelezen.",
            "Dear {{first_name}},\n\nhartelijk dank voor uw sollicitatie. Wij hebben deze ontvangen en zullen haar zorgvuldig bekijken. U ontvangt zo spoedig mogelijk bericht over de volgende stap.\n\nKind regards / Met vriendelijke groet,\nTalent Acquisition Team {company}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: receipts that warn "alleen kandidaten die door de eerste selectie komen worden benaderd": formal P&O, a casual start-up, a Flemish HR-dienst ("weerhouden", "gecontacteerd")
    Family(
        "rcv_nl_r4_alleen_geselecteerden",
        "application_received",
        "[{company} P&O <sollicitaties@{slug}.nl>|Werken bij {company} <werkenbij@{slug}.nl>|{company} Jobs <jobs@{slug}.be>]",
        [
            "Uw sollicitatie is ontvangen",
            "Ontvangstbevestiging {functie}",
            "Bedankt voor je interesse in {company}",
            "Sollicitatie {ref} geregistreerd",
        ],
        [
            "Geachte {me},\n\nWij bevestigen de ontvangst van uw sollicitatie voor de functie {functie}. Vanwege het grote aantal reacties nemen wij uitsluitend contact op met kandidaten die worden geselecteerd voor een eerste gesprek. Heeft u binnen vier weken na de sluitingsdatum niets van ons gehoord, dan mag u ervan uitgaan dat uw sollicitatie niet verder is gekomen.\n\nWij danken u voor uw belangstelling.\n\nMet vriendelijke groet,\nP&O {company}",
            "Hoi {name},\n\nthanks voor je sollicitatie als {functie}! 🙏 Eerlijk is eerlijk: we krijgen veel reacties en kunnen niet iedereen persoonlijk antwoorden. Past je profiel bij wat we zoeken, dan hoor je binnen twee weken van ons voor een kennismaking.\n\nDuimen maar!\nTeam {company}",
            "Beste kandidaat,\n\nUw kandidatuur voor {functie} (ref. {ref}) werd goed ontvangen. Enkel de kandidaten die voor de volgende selectiefase worden weerhouden, worden gecontacteerd. Wij danken u voor uw interesse in {company}.\n\nMet vriendelijke groeten,\nHR-dienst",
        ],
        n=6,
        extra=NL,
    ),
    # Other (hard negatives) -------------------------------------------------------------
    # idea: a university/hogeschool admissions office: master refused for missing statistics courses (with beroep), a part-time programme accepted, a minor full with a waiting list
    Family(
        "oth_nl_r4_toelating_opleiding",
        "other",
        "[Toelatingscommissie {uni} <toelating@{unislug}.example>|Studentenservice {uni} <noreply@{unislug}.example>|Onderwijsbureau {uni} <onderwijsbureau@{unislug}.example>]",
        [
            "Besluit over je toelatingsverzoek",
            "Uw aanmelding voor de opleiding {opleiding}",
            "Uitslag aanmelding minor",
            "Belangrijk: beslissing toelatingscommissie",
        ],
        [
            "Beste {name},\n\nDe toelatingscommissie van de master {opleiding} heeft je aanmelding voor het studiejaar dat in september begint beoordeeld. Helaas moeten we je laten weten dat je niet wordt toegelaten: je vooropleiding bevat te weinig vakken op het gebied van methoden en statistiek. Je kunt je wel aanmelden voor het premastertraject.\n\nBen je het niet eens met dit besluit, dan kun je binnen zes weken beroep instellen bij het College van Beroep voor de Examens.\n\nMet vriendelijke groet,\nToelatingscommissie {opleiding}\n{uni}",
            "Geachte {me},\n\nMet genoegen delen wij u mee dat u bent toegelaten tot de deeltijdopleiding {opleiding}. Uw inschrijving wordt definitief zodra u via Studielink het collegegeld heeft voldaan. De introductiebijeenkomst vindt plaats op {datum}.\n\nMet vriendelijke groet,\nStudentenservice {uni}",
            "Hoi {name},\n\nje aanvraag voor de minor '{minor}' is helaas niet gehonoreerd: de minor zat binnen een dag vol en plaatsing gaat op volgorde van aanmelding. Je staat op plek {n} van de wachtlijst. Kies in de tweede ronde een andere minor als je zeker wilt zijn van een plek.\n\nGroet,\nOnderwijsbureau {uni}",
        ],
        n=6,
        extra={
            **NL,
            "uni": UNI_NL,
            "unislug": UNISLUG_NL,
            "opleiding": [
                "Bestuurskunde",
                "Data Science",
                "Jeugdzorg",
                "Bedrijfskunde",
                "Verpleegkunde",
            ],
            "minor": [
                "Duurzaam Ondernemen",
                "Gamedesign",
                "Sportmarketing",
                "Filosofie van de Techniek",
            ],
        },
    ),
    # idea: housing: a corporatie's ranking result (not invited to view), a verhuurmakelaar's "de eigenaar koos iemand anders", and a toewijzing that asks for loonstroken
    Family(
        "oth_nl_r4_woning_besluit",
        "other",
        "[Woonstichting {corp} <verhuur@{corpslug}.example>|WoonMatch Regio <noreply@woonmatch.example>|{rfirst} {rlast} <{rfirst}@verhuurmakelaar-{corpslug}.example>]",
        [
            "Uitslag van uw reactie op {adres}",
            "Besluit over uw huuraanvraag",
            "Helaas – de woning is verhuurd",
            "Uw inschrijving: aanbieding woning",
        ],
        [
            "Geachte {me},\n\nU heeft gereageerd op de woning aan de {adres} in {stad}. Op deze woning kwamen {big} reacties binnen. U stond op positie {pos} van de rangorde en bent daarom helaas niet uitgenodigd voor een bezichtiging. De woning is aangeboden aan de kandidaat met de langste inschrijfduur.\n\nUw inschrijving blijft gewoon geldig; u kunt direct op ander aanbod reageren.\n\nMet vriendelijke groet,\nTeam Verhuur",
            "Beste {name},\n\nDank voor je aanvraag voor het appartement aan de {adres}. Na de bezichtigingen heeft de eigenaar besloten het te verhuren aan een andere kandidaat. We kunnen je dus helaas geen huurovereenkomst aanbieden. Wil je op de hoogte blijven van nieuw aanbod in {stad}? Zet dan een zoekprofiel aan op onze website.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nVerhuurmakelaar",
            "Geachte {me},\n\nGefeliciteerd! Wij bieden u de woning aan de {adres} te {stad} aan. Om de toewijzing definitief te maken, ontvangen wij binnen vijf werkdagen graag: een inkomensverklaring van de Belastingdienst, uw drie meest recente loonstroken en een werkgeversverklaring. De sleuteloverdracht staat gepland op {datum}.\n\nMet vriendelijke groet,\nWoonstichting {corp}",
        ],
        n=6,
        extra={
            **NL,
            "adres": ADRES_NL,
            "corp": ["Thuisbaas", "De Woonkring", "Woonwaard Oost"],
            "corpslug": ["thuisbaas", "woonkring", "woonwaard"],
            "pos": ["37", "112", "8", "64"],
        },
    ),
    # idea: money decisions: a cultural fund's board says no, a travel scholarship granted, a student noodfonds refusal, a gemeente's bijzondere-bijstand besluit with bezwaar
    Family(
        "oth_nl_r4_fonds_beurs",
        "other",
        "[{fonds} <aanvragen@{fondsslug}.example>|Bureau Beurzen {uni} <beurzen@{unislug}.example>|Gemeente – Bijzondere bijstand <noreply@gemeente-loket.example>]",
        [
            "Besluit op uw aanvraag {ref}",
            "Uitslag van je aanvraag",
            "Je aanvraag: de beslissing",
            "Beslissing over uw aanvraag",
        ],
        [
            "Geachte {me},\n\nHet bestuur van {fonds} heeft in zijn vergadering van {datum} uw aanvraag voor een bijdrage aan [uw project|uw studiereis|de uitgave van uw boek] besproken. Tot onze spijt heeft het bestuur besloten uw aanvraag niet te honoreren. Het aantal aanvragen overstijgt ruim het beschikbare budget, en projecten met een regionale verankering kregen deze ronde voorrang.\n\nWij wensen u succes bij het vinden van andere financiering.\n\nMet vriendelijke groet,\nhet secretariaat van {fonds}",
            "Beste {name},\n\nGoed nieuws: je aanvraag voor de {beurs} is toegekend! Je ontvangt een eenmalige bijdrage van € {bedrag}, die binnen tien werkdagen op je rekening wordt gestort. Vergeet niet na afloop een kort verslag in te leveren.\n\nHartelijke groet,\nBureau Beurzen {uni}",
            "Beste {name},\n\nWe hebben je aanvraag bij het noodfonds voor studenten zorgvuldig bekeken. Helaas kunnen we je geen ondersteuning bieden, omdat je nog aanspraak kunt maken op een aanvullende lening bij DUO. We raden je aan een afspraak te maken met een studentendecaan om je situatie te bespreken.\n\nWe begrijpen dat dit niet het antwoord is waarop je hoopte.\n\nMet vriendelijke groet,\nCommissie Noodfonds",
            "Geachte {me},\n\nBetreft: besluit op uw aanvraag bijzondere bijstand, kenmerk {ref}\n\nU heeft een vergoeding aangevraagd voor de kosten van [een wasmachine|bewindvoering|een bril]. Wij hebben besloten deze aanvraag af te wijzen, omdat uw inkomen boven de geldende norm ligt. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.\n\nMet vriendelijke groet,\nhet college van burgemeester en wethouders",
        ],
        n=6,
        extra={
            **NL,
            "fonds": [
                "Fonds Cultuur Oost",
                "Stichting Het Ambachtsfonds",
                "Prins Willem Studiefonds",
            ],
            "fondsslug": ["cultuuroost", "ambachtsfonds", "pwstudiefonds"],
            "uni": UNI_NL,
            "unislug": UNISLUG_NL,
            "beurs": ["reisbeurs", "excellentiebeurs", "beurs voor internationale stages"],
            "bedrag": ["750", "1.500", "2.500", "5.000"],
        },
    ),
    # idea: a conference programme committee on a call-for-papers: talk not selected (with ticket discount), abstract accepted, a lightning slot instead of a full talk
    Family(
        "oth_nl_r4_congres_voorstel",
        "other",
        "[Programmacommissie {congres} <programma@{congresslug}.example>|{congres} <noreply@sessionize.example>|{rfirst} {rlast} <{rfirst}@{congresslug}.example>]",
        [
            "Uw sessievoorstel voor {congres}",
            "Besluit programmacommissie",
            "Call for papers: de uitslag",
            "Over je talk voor {congres}",
        ],
        [
            "Beste {name},\n\nBedankt voor het indienen van je voorstel '{talk}' voor {congres}. We ontvingen dit jaar ruim {big} voorstellen voor maar dertig plekken in het programma. Helaas heeft de programmacommissie besloten jouw sessie niet op te nemen. Dat zegt niets over de kwaliteit; we zochten een balans in thema's en sprekers.\n\nAls indiener krijg je 25% korting op een ticket. Hopelijk zien we je daar!\n\nNamens de programmacommissie,\n{rfirst} {rlast}",
            "Geachte {me},\n\nMet genoegen delen wij u mee dat uw abstract '{talk}' is geaccepteerd voor een presentatie van twintig minuten tijdens {congres} in {stad}. Wilt u uw deelname uiterlijk {datum} bevestigen en uw sprekersbiografie aanleveren via het portaal?\n\nMet vriendelijke groet,\nCongressecretariaat",
            "Hoi {name},\n\nhelaas geen plek in het hoofdprogramma voor je talk '{talk}', maar de commissie vond het onderwerp sterk genoeg om je een slot van tien minuten in de lightning-sessie aan te bieden. Laat je vóór {dag} weten of je dat ziet zitten?\n\nGroet,\n{rfirst}, {congres}",
        ],
        n=6,
        extra={
            **NL,
            "congres": [
                "DevDagen 2025",
                "Nationaal Zorgcongres",
                "Data Summit Utrecht",
                "Het Onderwijsfestival",
            ],
            "congresslug": ["devdagen", "zorgcongres", "datasummit", "onderwijsfestival"],
            "talk": [
                "Tien jaar legacy-code opruimen",
                "Wat de wijkverpleging ons leert over roosteren",
                "Open data in de gemeente",
                "Van stagiair naar teamlead",
            ],
        },
    ),
    # idea: out-of-office replies from a recruiter or HR mailbox to the person's own mail about an application: holiday, fixed days off, "dit is géén ontvangstbevestiging", leave with a deputy
    Family(
        "oth_nl_r4_afwezig",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.nl>|Recruitment {company} <recruitment@{slug}.nl>|{rfirst} {rlast} <{rfirst}@{slug}.be>]",
        [
            "Automatisch antwoord: sollicitatie {functie}",
            "Afwezig: Re: mijn sollicitatie",
            "Out of office / Afwezig",
            "Automatisch antwoord: vraag over vacature {ref}",
        ],
        [
            "Beste afzender,\n\nDank voor je bericht. Ik ben met vakantie tot en met {datum} en lees in die periode mijn mail niet. Voor vragen over lopende sollicitaties kun je terecht bij mijn collega's via recruitment@{slug}.nl. Je mail wordt niet automatisch doorgestuurd.\n\nMet vriendelijke groet,\n{rfirst} {rlast}",
            "Ik ben afwezig op {dag} en vrijdag (vaste vrije dagen). Maandag reageer ik zo snel mogelijk op je bericht.\n\nGroet, {rfirst}\n\n--\nDit is een automatisch antwoord. This is an automatic reply.",
            "Bedankt voor uw e-mail. Door de grote hoeveelheid berichten kan het langer duren voordat u antwoord krijgt. Let op: dit is een automatisch antwoord en géén bevestiging dat een sollicitatie is ontvangen of in behandeling is genomen. Solliciteren kan uitsluitend via het formulier op onze website.\n\nTeam Recruitment {company}",
            "Hallo,\n\nik ben tot {datum} met verlof. Voor vacatures en sollicitaties kunt u contact opnemen met Dennis de Groot (d.degroot@{slug}.nl). Voor overige zaken: info@{slug}.nl.\n\nHartelijke groet,\n{rfirst} {rlast}\nHR-adviseur",
        ],
        n=6,
        extra=NL,
    ),
    # idea: meetings at one's own current job: a project kick-off, the yearly functioneringsgesprek booked by the manager, the weekly team meeting moved
    Family(
        "oth_nl_r4_eigen_werk_overleg",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{werk}.nl>|Agenda {werk} <noreply@{werk}.nl>|{rfirst} {rlast} via Teams <noreply@teams.example>]",
        [
            "Uitnodiging: kick-off project {project}",
            "Je functioneringsgesprek – plannen",
            "Wekelijks teamoverleg verplaatst naar {dag}",
            "Uitnodiging: 1-op-1 {name} / {rfirst}",
        ],
        [
            "Hoi allemaal,\n\nvolgende week starten we met project {project}! Jullie zijn uitgenodigd voor de kick-off op {dag} van {tijd} tot 12:00 in vergaderzaal De Dam. Op de agenda: doelen, planning en wie wat oppakt. Neem je laptop mee.\n\nVoor wie thuiswerkt staat de Teams-link in de uitnodiging.\n\nGroet,\n{rfirst}",
            "Hoi {name},\n\nhet is weer tijd voor je jaarlijkse functioneringsgesprek. Wil je vooraf het formulier op het intranet invullen? Ik heb {dag} {datum} om {tijd} in je agenda gezet; past dat niet, schuif dan gerust.\n\nGroet,\n{rfirst}\nTeammanager",
            "Het wekelijkse teamoverleg van maandag gaat niet door vanwege de studiedag. We schuiven door naar {dag}, zelfde tijd. Agendapunten graag uiterlijk de dag ervoor in het gedeelde document.\n\n{rfirst}",
        ],
        n=6,
        extra={
            **NL,
            "project": ["Horizon", "Klantportaal 2.0", "Verhuizing magazijn", "Datawarehouse"],
            "werk": ["mijnwerkgever", "intranet-bedrijf", "hetkantoor"],
        },
    ),
    # idea: candidate-portal housekeeping that decides nothing: a privacy-statement update, an inactive account about to be deleted, an AVG consent renewal for the talent database
    Family(
        "oth_nl_r4_portaal_privacy",
        "other",
        "[Werken bij {company} <noreply@{slug}.recruitee.com>|{company} Kandidatenportaal <no-reply@{slug}.workday.example>|Privacyteam {company} <privacy@{slug}.nl>]",
        [
            "Je gegevens bij {company}",
            "Bericht over je kandidatenaccount",
            "Privacy en je kandidatenprofiel",
            "Belangrijk: je gegevens in ons kandidatenportaal",
        ],
        [
            "Beste {name},\n\nPer {datum} passen wij onze privacyverklaring voor sollicitanten aan. De belangrijkste wijzigingen: we beschrijven duidelijker welke gegevens we tijdens de werving gebruiken, en we stappen over op een nieuwe leverancier voor ons sollicitatiesysteem. Je hoeft niets te doen; de nieuwe verklaring lees je op werkenbij.{slug}.nl/privacy.\n\nMet vriendelijke groet,\nFunctionaris Gegevensbescherming {company}",
            "Hallo {name},\n\nje hebt al twaalf maanden niet ingelogd in je kandidatenaccount bij {company}. Volgens ons bewaarbeleid verwijderen we je account en de bijbehorende documenten over 30 dagen. Wil je je account houden? Log dan vóór {datum} in.\n\nDit is een automatisch bericht.",
            "Beste {me},\n\nJe gegevens staan in onze kandidatendatabase. Volgens de AVG mogen we ze alleen langer dan een jaar bewaren als je daar uitdrukkelijk toestemming voor geeft. Mogen we ze nog een jaar houden? Klik dan op 'Ja, bewaar mijn gegevens'. Doe je niets, dan wissen we alles automatisch op {datum}.\n\nJa, bewaar mijn gegevens · Nee, verwijder alles\n\nTeam Recruitment {company}",
        ],
        n=6,
        extra=NL,
    ),
    # idea: job alerts: a job site's weekly digest for a saved search, a single employer's "nieuwe vacature die bij je profiel past", a regional board's plain-text week list
    Family(
        "oth_nl_r4_vacature_digest",
        "other",
        "[Vacaturezoeker <alerts@vacaturezoeker.example>|Werken bij {company} <jobalert@{slug}.nl>|Banenbank Regio <noreply@banenbank.example>]",
        [
            "{n} nieuwe vacatures voor '{functie}'",
            "Je wekelijkse vacatureoverzicht",
            "Nieuw bij {company}: past deze vacature bij jou?",
            "Jobalert: {functie} in {stad}",
        ],
        [
            "Hoi {name},\n\nop basis van je zoekopdracht '{functie}' in {stad} vonden we deze week {n} nieuwe vacatures:\n\n• {functie} – {company} – {salaris}\n• {functie} (32-40 uur) – Zorggroep Maasland\n• {functie} – Gemeente {stad}\n\nBekijk alle vacatures en solliciteer direct met je opgeslagen cv.\n\nJe ontvangt deze jobalert omdat je een zoekopdracht hebt bewaard. Wijzig of stop je alerts in je account.",
            "Beste {me},\n\nEr staat een nieuwe vacature bij {company} die aansluit bij de interesses in je profiel: {functie} in {stad}. Bekijk de vacature en solliciteer vóór {datum}.\n\nGeen meldingen meer? Pas je voorkeuren aan via je account.\n\nWerken bij {company}",
            "VACATUREOVERZICHT WEEK {week}\n\nNieuw in jouw regio:\n- Medewerker Klantenservice, {stad}, 24-32 uur\n- Chauffeur C/E, {stad}, nachtdiensten\n- Administratief medewerker, thuiswerken mogelijk\n\nTip van de week: zet je beschikbaarheid in je profiel, dan vinden recruiters je sneller.\n\nAfmelden voor dit overzicht",
        ],
        n=6,
        extra={**NL, "week": ["7", "19", "33", "46"]},
    ),
]
