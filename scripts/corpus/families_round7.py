# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 7: "not this one, but another", decisions that are not about a job, everyday mail
with job words, and receipts in unusual shapes.

A. A recruiter, hiring manager, founder or agency consultant writes about the person's
   application and proposes a different opening, team or client. Half ask for a call or
   meeting about the other opening (interview), half only point to it and ask whether the
   person is interested (recruiter_outreach). A few say softly that the first search is going
   another way, but the point of each message is the new opportunity, never a closed door.
B. Portal-style decisions from residencies, fellowships, hackathons, travel grants,
   co-working spaces, studios, housing co-ops, councils, insurers, sports clubs and
   volunteer programmes: "Application decision", "not selected", "we regret", "approved",
   "waitlisted". None of them is about a job, so all are `other`.
C. Spanish and Dutch everyday mail that borrows job words: a paid user-research
   "entrevista", a friend asking to refer a cousin, a mother asking how it went, an alumni
   newsletter, a gym's trial session and intake, a colleague asking the person to sit in on
   an interview as the interviewer.
D. Receipts in Spanish, French and Dutch: formal acknowledgements from research bodies with
   a registration number and a later test or interview only if shortlisted, and a small
   firm's "¡Recibido!" / "Reçu !" / "Ontvangen!" with a two-week promise.

Slot values for dates, cities and local job titles come from families_languages; the
organisations are made up here; every sentence is new."""

from families_languages import DE, DE_PERSON, ES, ES_PERSON, FR, FR_PERSON, NL, NL_PERSON
from generate import Family

INT, OUT, OTH, RCV = "interview", "recruiter_outreach", "other", "application_received"

# Section A: the other opening, the team that has it, and the colleague who runs it.
EN_ALT = {
    "alt": [
        "Solutions Engineer",
        "Customer Insights Analyst",
        "Product Operations Lead",
        "Business Systems Analyst",
        "Partner Success Manager",
        "Growth Marketing Manager",
        "Technical Account Manager",
        "Data Platform Engineer",
    ],
    "team": ["Payments", "Partnerships", "Platform", "Customer Operations", "Risk", "Growth"],
    "colleague": [
        "Hannah Osei",
        "Marcus Feld",
        "Leila Brandt",
        "Tom Achterberg",
        "Ruth Okonjo",
        "Sven Aalto",
    ],
}
DE_ALT = {
    **DE,
    "andere": [
        "Produktmanager (m/w/d)",
        "Business Analyst (m/w/d)",
        "Referent Einkauf (m/w/d)",
        "Key Account Manager (m/w/d)",
        "Data Engineer (m/w/d)",
        "Teamassistenz Vertrieb (m/w/d)",
    ],
    "bereich": [
        "Controlling",
        "Vertrieb",
        "IT-Infrastruktur",
        "Einkauf",
        "Kundenservice",
        "Produktentwicklung",
    ],
    "kollege": ["Frau Albrecht", "Herr Yıldız", "Frau Petersen", "Herr Nowak", "Frau Demir"],
}
FR_ALT = {
    **FR,
    "autre": [
        "Product Owner H/F",
        "Chargé(e) d'études marketing",
        "Contrôleur de gestion H/F",
        "Ingénieur(e) support client",
        "Responsable partenariats H/F",
        "Analyste crédit H/F",
    ],
    "equipe": ["finance", "produit", "service client", "partenariats", "data", "achats"],
    "collegue": [
        "Claire Fontaine",
        "Mehdi Benali",
        "Sophie Lambert",
        "Antoine Mercier",
        "Nathalie Roux",
    ],
}
ES_ALT = {
    **ES,
    "otro": [
        "Product Owner",
        "Analista de Negocio",
        "Técnico/a de Compras",
        "Customer Success Manager",
        "Ingeniero/a de Datos",
        "Responsable de Alianzas",
    ],
    "area": ["Finanzas", "Compras", "Operaciones", "Producto", "Atención al Cliente", "Datos"],
    "companero": ["Pablo Sáez", "Irene Castro", "Jorge Navarro", "Alba Ferrer", "Diego Luna"],
}
NL_ALT = {
    **NL,
    "andere": [
        "Productowner",
        "Business Controller",
        "Inkoper",
        "Customer Success Manager",
        "Data Engineer",
        "Projectleider Implementatie",
    ],
    "afdeling": ["Finance", "Inkoop", "Klantcontact", "IT-beheer", "Marketing", "Operations"],
    "collega": ["Fleur de Jong", "Ruben Smit", "Esther Mulder", "Joost van Dijk", "Naima Bouali"],
}

FAMILIES: list[Family] = [
    # =====================================================================================
    # A. "Not this one, but maybe another": interview / recruiter_outreach, not rejection
    # =====================================================================================
    # English ------------------------------------------------------------------------------
    # idea: an in-house recruiter who passed the application sideways to another team lead; that lead wants a video call about a different opening, with a proposed time
    Family(
        "int_r7_en_internal_transfer_call",
        INT,
        "person",
        [
            "Your application – a conversation with our {team} team?",
            "Quick change of plan: {alt} instead of {role}?",
            "{company}: talking about {alt}",
            "Re: {role} application",
        ],
        [
            "{hi}\n\nThank you again for applying for the {role} opening. While I was going through applications with our hiring managers, {colleague}, who leads the {team} team, read your CV and asked whether they could speak to you about the {alt} opening in that group. It's a newer, smaller team, and the work is close to what you describe in your cover letter.\n\nWould {day} {date} at {time} {zone} suit you for a [30-minute|45-minute] video call with {colleague}? If not, send me two or three times that work this week or next and I'll line it up.\n\nYour {role} application stays open in the meantime, so there's nothing you need to withdraw.\n\n{bye}",
            "{hi}\n\nShort one. {colleague} from {team} saw your profile in our system and thinks you'd be a closer match for {alt} than for {role}. Are you up for a call with them? I can see {day} at {time} or the following morning free in their calendar.\n\n{bye}",
            "{hi}\n\nI wanted to be open with you about where things stand. For the {role} opening the team is leaning towards people with more hands-on time in regulated environments. What stood out in your application, though, was the way you handled customer data in your last job, and our {team} group has just been given budget for a {alt}.\n\nI'd like to set up an introductory call between you and {colleague}, who manages that group. Could you reply with a few slots between {date} and the end of that week? Forty-five minutes is plenty, on [Teams|Zoom|the phone], whichever you prefer.\n\n{bye}",
            "{hi}\n\nI've held 30 minutes on {day} at {time} for you and {colleague} to talk about {alt} on the {team} side. The invite should already be in your inbox; if the time doesn't work, just decline it and suggest another, no need to explain.\n\nSome context, in case it helps: {colleague} read your application for {role} and wanted to meet you before the {alt} opening goes up on the careers site.\n\n{bye}",
        ],
        n=6,
        extra=EN_ALT,
    ),
    # idea: an agency consultant whose first client is still deciding, pivoting to a different client's opening and booking a call with that client's hiring manager or a prep call
    Family(
        "int_r7_en_agency_other_client_call",
        INT,
        "agency",
        [
            "Different opportunity – can we talk {day}?",
            "Re: {role} – something that fits you better",
            "Another client would like to speak with you",
            "Call about the {alt} brief",
        ],
        [
            "{hi}\n\nI've had some feedback from the {role} client. They're now looking for someone who has already run a team, so that search is drifting away from your profile. But I've just taken a brief from a different client for a {alt}, and honestly it reads as if they wrote it with your CV open in front of them.\n\nTheir hiring manager has a window on {day} at {time} for a first 30-minute chat by video. Shall I confirm you for that? If it doesn't suit, tell me when you're free and I'll go back to them.\n\n{bye}",
            "{hi}\n\nHope the week is treating you well. I'm working on a new {alt} vacancy with one of my longest-standing clients in {city}, and you were the first person I thought of. Before I send your CV over, could we do 15 minutes on the phone so I can walk you through it and check salary and notice period? I'm free {day} at {time}, or any time after 4pm on {date}.\n\n{bye}",
            "{hi}\n\nGood news of a different sort: I showed your profile, anonymised, to the team at another client, and they'd like to meet you for their {alt} opening. They've offered {day} {date} at {time} at their office in {city}, or a video call at the same time if that's easier.\n\nCan you let me know today which you'd prefer? Once it's confirmed I'll send the full job description and a few notes on the people you'll meet.\n\n{bye}",
            "{name} – while {role} is still being discussed on the client's side, I've got a {alt} role that I think suits you better anyway. Free for a quick call {day} at {time}?\n\n{bye}",
        ],
        n=6,
        extra=EN_ALT,
    ),
    # idea: a startup founder who reads every application, sees the person in a different opening that is about to be advertised, and asks whether they want to be considered
    Family(
        "out_r7_en_founder_next_opening",
        OUT,
        "person",
        [
            "Your application + something coming up",
            "Not {role}, but maybe this?",
            "A heads-up from {company}",
            "Would {alt} interest you?",
        ],
        [
            "{hi}\n\nI'm one of the two founders here, and I go through the applications myself. Reading yours, I kept thinking less about {role} and more about a {alt} we're about to advertise. We're a team of {n}, and your years in small teams are exactly what I'll be looking for there.\n\nWould you want to be considered for it? If so, just reply yes and I'll send you the draft description before it's public.\n\n{rfirst}\nCo-founder, {company}",
            "{hi}\n\nquick note from my phone. Your application made me think of the {alt} we're opening next month rather than {role}. Interested? If yes I'll send over the notes I've written so far.\n\n{rfirst}",
            "{hi}\n\nThanks for applying to {company}. I'm writing as the founder, not from a template.\n\nHere's the honest picture: the {role} hire is being reshaped around someone who can also cover our sales calls, and that may take it somewhere different from what you applied for. At the same time our investors have just agreed the budget for a {alt}, and the work there (building things from scratch, lots of autonomy, messy data) looks a lot like what you did at your last two companies.\n\nIs that something you'd want to be in the running for? No pressure either way. If it is, tell me and I'll share the description and the salary band, and you can decide from there.\n\n{rfirst} {rlast}\nFounder & CEO, {company}",
            "{hi}\n\nWe're small, so roles tend to change shape while we're filling them. The one you applied for did: {role} has turned into something closer to {alt}. Before we post the new version, I wanted to check whether it still appeals to you. A one-line reply is enough.\n\n{rfirst}",
        ],
        n=5,
        extra=EN_ALT,
    ),
    # idea: a hiring manager who enjoyed the person's application and asks permission to pass their CV to a colleague who has an opening in another team
    Family(
        "out_r7_en_hm_pass_to_colleague",
        OUT,
        "[person|linkedin]",
        [
            "Mind if I share your CV with a colleague?",
            "An opening in {team} you might like",
            "Following up on your {role} application",
            "Another team at {company}",
        ],
        [
            "{hi}\n\nI'm the hiring manager for {role}, and I enjoyed reading your application, particularly the project where you rebuilt the reporting pipeline. My colleague {colleague} runs the {team} team and is looking for a {alt} right now, and I think you'd be a strong candidate there too.\n\nWould you be happy for me to forward your CV to {colleague}? I won't pass anything on without your OK.\n\n{bye}",
            "{hi}\n\nYour name came up in our weekly hiring sync. The {team} group has an open {alt}, and nobody on their list has your mix of analytics and customer work. Is that an opening you'd consider alongside {role}? Let me know and I'll add you to their process.\n\n{bye}",
            "{hi}\n\nNo news yet on {role}, we're still reviewing, but I wanted to flag something in parallel: {company} has just posted a {alt} in {city}, in the {team} team. Here's the link if you'd like a look: https://careers.{slug}.com/jobs/{ref}\n\nIf it appeals, reply here and I'll make sure the recruiter for that one reads your application this week.\n\n{bye}",
            "{hi}\n\nmight be a long shot, but are you open to {team} work as well? There's a {alt} role open there that I keep thinking you'd suit. Say the word and I'll introduce you.\n\n{bye}",
        ],
        n=5,
        extra=EN_ALT,
    ),
    # German -------------------------------------------------------------------------------
    # idea: eine Personalerin, die die Bewerbung an einen anderen Fachbereich weitergereicht hat und für dessen Vakanz einen Gesprächstermin vorschlägt oder nach Zeitfenstern fragt
    Family(
        "int_r7_de_anderer_bereich_termin",
        INT,
        DE_PERSON,
        [
            "Ihre Bewerbung – Gespräch mit dem Bereich {bereich}?",
            "Alternative zu {stelle}: Termin für ein Kennenlernen",
            "Vorschlag: Gespräch zur Position {andere}",
            "Kurzer Austausch zu einer anderen Vakanz",
        ],
        [
            "Guten Tag {me},\n\nvielen Dank für Ihre Bewerbung als {stelle}. Beim Durchsehen Ihrer Unterlagen ist uns aufgefallen, dass Ihr Profil ausgesprochen gut zu einer Vakanz passt, die wir im Bereich {bereich} gerade besetzen: {andere}. Die Leitung dort, {kollege}, würde Sie gern kennenlernen.\n\nWäre ein Videogespräch am {tag}, {datum}, um {uhr} Uhr für Sie möglich? Geplant sind etwa [45|60] Minuten. Falls der Termin nicht passt, nennen Sie mir gern zwei Alternativen.\n\nIhre ursprüngliche Bewerbung bleibt davon unberührt.\n\nMit freundlichen Grüßen\n{rfirst} {rlast}\nHR Business Partner\n{company}",
            "Hallo {name},\n\nkurze Frage: Hättest du Lust, statt über {stelle} über unsere offene Stelle als {andere} zu sprechen? {kollege} aus dem Bereich {bereich} hat deine Unterlagen gesehen und möchte dich gern treffen. Mir würden {tag} um {uhr} Uhr oder der {datum} vormittags passen – sag einfach, was dir lieber ist.\n\nViele Grüße\n{rfirst}",
            "Sehr geehrte/r {me},\n\nfür die Stelle {stelle} konzentrieren wir uns inzwischen auf Profile mit stärkerem Schwerpunkt im Außendienst. Ihre Erfahrung hat uns dennoch überzeugt, und im Bereich {bereich} ist aktuell die Position {andere} zu besetzen, die aus unserer Sicht sogar besser zu Ihnen passt.\n\nWir möchten Sie daher zu einem ersten Gespräch mit {kollege} einladen. Bitte teilen Sie uns mit, an welchen Tagen Sie in der kommenden Woche Zeit haben; das Gespräch kann [vor Ort in {ort}|per Teams] stattfinden.\n\nFreundliche Grüße\n{rfirst} {rlast}\n{company}",
            "Hallo {name}, ich hab dir für {tag} um {uhr} Uhr einen Slot bei {kollege} eingetragen – es geht um {andere}, nicht um {stelle}. Passt das? Sonst schieben wir.\n\n{rfirst}",
        ],
        n=6,
        extra=DE_ALT,
    ),
    # idea: ein Personalberater, bei dessen erstem Mandanten die Suche in eine andere Richtung läuft und der eine zweite Vakanz anbietet, ohne schon einen Termin zu machen
    Family(
        "out_r7_de_berater_andere_vakanz",
        OUT,
        "agency",
        [
            "Eine andere Vakanz, die zu Ihnen passen könnte",
            "Zu Ihrer Bewerbung über {agency}",
            "Neues Mandat – Interesse?",
            "Kurze Rückfrage zu einer weiteren Position",
        ],
        [
            "Guten Tag {me},\n\nich melde mich, weil ich seit gestern ein neues Mandat betreue, bei dem mir sofort Ihr Lebenslauf eingefallen ist: Ein mittelständisches Unternehmen in {ort} sucht eine/n {andere}. Die Stelle ist noch nicht ausgeschrieben.\n\nBei dem Unternehmen, für das Sie sich ursprünglich beworben hatten, entwickelt sich die Suche gerade in eine etwas andere Richtung. Umso lieber würde ich Ihnen diese Alternative vorstellen.\n\nDarf ich Ihr Profil dort vorschlagen? Selbstverständlich erst nach Ihrer Freigabe.\n\nMit besten Grüßen\n{rfirst} {rlast}\n{agency}",
            "Hallo {name},\n\nhast du grundsätzlich Interesse an einer Stelle als {andere}? Ich hab gerade etwas auf dem Tisch, das meiner Meinung nach besser zu dir passt als {stelle}. Gib mir kurz Bescheid, dann schicke ich dir die Details.\n\nGruß\n{rfirst} ({agency})",
            "Sehr geehrte/r {me},\n\nvielen Dank nochmals für Ihr Vertrauen in {agency}. Neben der Position {stelle}, zu der wir noch mit dem Kunden im Austausch stehen, ist mir eine weitere Vakanz aufgefallen: {andere} bei einem Unternehmen aus der [Logistikbranche|Medizintechnik|Energiewirtschaft], Standort {ort}, hybrides Arbeiten möglich, Gehaltsrahmen um {gehalt}.\n\nWenn Sie möchten, nehme ich Sie parallel in diesen Prozess auf. Eine kurze Antwort per E-Mail genügt.\n\nFreundliche Grüße\n{rfirst} {rlast}\nSenior Consultant, {agency}",
        ],
        n=5,
        extra=DE_ALT,
    ),
    # French -------------------------------------------------------------------------------
    # idea: une chargée de recrutement qui propose un entretien avec le manager d'une autre équipe pour un autre poste, créneau fixé ou à choisir
    Family(
        "int_r7_fr_autre_equipe_rencontre",
        INT,
        FR_PERSON,
        [
            "Votre candidature – une rencontre avec l'équipe {equipe} ?",
            "Proposition d'échange sur le poste de {autre}",
            "Autre piste chez {company}",
            "Entretien pour un autre poste ?",
        ],
        [
            "Bonjour {me},\n\nMerci pour votre candidature au poste de {poste}. En la partageant avec nos managers, {collegue}, responsable de l'équipe {equipe}, a été très intéressé(e) par votre parcours et souhaiterait vous rencontrer pour un poste de {autre} qui s'ouvre dans son équipe.\n\nSeriez-vous disponible le {jour} {date_fr} à {heure} pour un entretien en visio d'environ 45 minutes ? Si ce créneau ne vous convient pas, indiquez-moi vos disponibilités de la semaine prochaine.\n\nBien cordialement,\n{rfirst} {rlast}\nChargé(e) de recrutement – {company}",
            "Bonjour {name},\n\nPetit changement de programme : pour le poste de {poste}, l'équipe s'oriente plutôt vers un profil plus senior. En revanche, ton parcours colle très bien à un poste de {autre} côté {equipe}. Est-ce que tu serais partant(e) pour un premier appel avec {collegue} ? Envoie-moi deux ou trois créneaux qui t'arrangent cette semaine.\n\nÀ bientôt,\n{rfirst}",
            "Bonjour {me},\n\nComme évoqué au téléphone, je vous confirme un échange avec {collegue} (équipe {equipe}) au sujet du poste de {autre}, le {date_fr} à {heure}, dans nos locaux de {ville}. Merci de vous présenter à l'accueil dix minutes avant.\n\nCordialement,\n{rfirst} {rlast}",
            "{name}, suite à ta candidature, dispo {jour} à {heure} pour parler d'un autre poste chez nous ({autre}) ? 20 min au téléphone, pas plus. Dis-moi.\n\n{rfirst}",
        ],
        n=6,
        extra=FR_ALT,
    ),
    # idea: un fondateur de start-up qui a lu la candidature et signale un autre poste qui va s'ouvrir, en demandant simplement si la personne serait intéressée
    Family(
        "out_r7_fr_fondateur_nouveau_poste",
        OUT,
        FR_PERSON,
        [
            "Votre candidature et un poste qui s'ouvre",
            "Une autre idée pour toi chez {company}",
            "Intéressé(e) par {autre} ?",
            "Suite à votre candidature",
        ],
        [
            "Bonjour {name},\n\nJe fais partie des fondateurs de {company} et je lis moi-même chaque candidature. En lisant la tienne pour le poste de {poste}, j'ai surtout pensé à un poste de {autre} que nous ouvrons le mois prochain : moins de process, beaucoup de terrain, une équipe de {n} personnes.\n\nEst-ce que ça pourrait t'intéresser ? Si oui, réponds-moi simplement et je t'envoie la fiche de poste avant sa publication.\n\nBelle journée,\n{rfirst}",
            "Bonjour {me},\n\nMerci d'avoir postulé chez {company}. Je me permets de vous écrire directement : le poste de {poste} est en train d'évoluer et nous allons probablement le redéfinir. Par ailleurs, nous venons de boucler notre levée de fonds et nous recrutons un(e) {autre} à {ville}, pour lequel votre expérience me semble particulièrement pertinente.\n\nSeriez-vous intéressé(e) par ce second poste ? Je peux vous transmettre le descriptif et la fourchette de rémunération ({salaire}) pour que vous puissiez vous faire une idée.\n\nBien à vous,\n{rfirst} {rlast}\nCEO et cofondateur·rice, {company}",
            "Salut {name} ! Ta candidature m'a fait penser à autre chose : on cherche un(e) {autre}. Ça te tente ? Je t'envoie les détails si oui 🙂\n\n{rfirst}",
        ],
        n=5,
        extra=FR_ALT,
    ),
    # Spanish ------------------------------------------------------------------------------
    # idea: una técnica de selección que deriva la candidatura a otro departamento y propone una videollamada con su responsable para otra vacante
    Family(
        "int_r7_es_otra_vacante_llamada",
        INT,
        ES_PERSON,
        [
            "Tu candidatura: ¿hablamos de otra vacante?",
            "Propuesta de entrevista para {otro}",
            "Otra oportunidad en {company}",
            "Cambio de enfoque en tu proceso",
        ],
        [
            "Hola {name}:\n\nGracias por tu candidatura para {puesto}. Al revisarla con el equipo, {companero}, responsable de {area}, se fijó en tu experiencia y le gustaría hablar contigo sobre una vacante de {otro} que acaba de abrirse en su departamento.\n\n¿Te vendría bien una videollamada el {dia} {fecha} a las {hora}? Serían unos 30 minutos. Si no te encaja, mándame un par de huecos y lo cuadramos.\n\nUn saludo,\n{rfirst} {rlast}\nSelección – {company}",
            "Estimado/a {me}:\n\nLe escribimos en relación con su candidatura al puesto de {puesto}. Para ese proceso la dirección ha decidido priorizar perfiles con experiencia en el sector industrial; sin embargo, consideramos que su trayectoria encaja muy bien con la vacante de {otro} del área de {area}.\n\nNos gustaría citarle a una entrevista con {companero} en nuestras oficinas de {ciudad}. Le agradeceríamos que nos indicara su disponibilidad para la próxima semana, en horario de mañana o de tarde.\n\nAtentamente,\n{rfirst} {rlast}\nDepartamento de Personas",
            "{name}, ¿te va bien el {dia} a las {hora} para hablar de {otro}? Lo lleva {companero} y le ha gustado mucho tu CV. Media hora por Meet.\n\n{rfirst}",
            "Hola {me}:\n\nTe confirmo lo que hablamos por teléfono: el {fecha} a las {hora} tendrás una primera conversación con {companero} sobre el puesto de {otro}, en lugar de la entrevista para {puesto}. Te llegará la invitación de Teams en un rato.\n\nCualquier cosa, me dices.\n\n{rfirst}",
        ],
        n=6,
        extra=ES_ALT,
    ),
    # idea: una consultora de selección que, mientras el cliente original valora otros perfiles, ofrece otra vacante y pregunta si interesa, sin cerrar todavía ninguna cita
    Family(
        "out_r7_es_consultora_otra_oportunidad",
        OUT,
        "agency",
        [
            "Otra vacante que te puede encajar",
            "Sobre tu candidatura con {agency}",
            "¿Te interesaría {otro}?",
            "Una alternativa para ti",
        ],
        [
            "Hola {name}:\n\nTe escribo desde {agency}. Para el puesto de {puesto} el cliente está valorando perfiles algo distintos al tuyo, pero esta semana nos ha entrado otra vacante de {otro} en {ciudad} que me parece hecha a tu medida: empresa mediana, contrato indefinido, {sueldo}.\n\n¿Te interesa que presente tu candidatura? Si me dices que sí, te paso la descripción completa.\n\nUn saludo,\n{rfirst} {rlast}\n{agency}",
            "Buenos días, {me}:\n\nAdemás del proceso de {puesto}, que sigue abierto, tenemos una segunda vacante de {otro} con otro cliente del sector [logístico|farmacéutico|energético]. Antes de enviar su perfil, quería saber si le interesaría. Le bastará con responder a este correo.\n\nCordialmente,\n{rfirst} {rlast}\nConsultor/a de Selección, {agency}",
            "¡Hola {name}! Me ha llegado una vacante de {otro} y me he acordado de ti al instante. ¿Te lo planteas? Si te apetece, te mando la info por aquí.\n\n{rfirst} – {agency}",
        ],
        n=5,
        extra=ES_ALT,
    ),
    # Dutch --------------------------------------------------------------------------------
    # idea: een recruiter die de sollicitatie doorspeelt naar een andere afdeling en een kennismaking met die manager inplant of om tijden vraagt
    Family(
        "int_r7_nl_andere_afdeling_gesprek",
        INT,
        NL_PERSON,
        [
            "Je sollicitatie – kennismaken met {afdeling}?",
            "Gesprek over een andere functie",
            "Uitnodiging: kennismaking {andere}",
            "Andere vacature bij {company}",
        ],
        [
            "Beste {me},\n\nDank voor je sollicitatie op de functie {functie}. {collega}, manager van {afdeling}, heeft je cv ook gelezen en zou graag met je praten over de vacature {andere} binnen die afdeling.\n\nKun je op {dag} {datum} om {tijd} voor een online kennismaking van een halfuur? Past dat niet, stuur me dan een paar momenten die wel uitkomen.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nRecruiter, {company}",
            "Hoi {name},\n\nvoor {functie} kijken we inmiddels vooral naar mensen met meer ervaring in de zorgsector, maar ik zie jou eigenlijk beter passen bij {andere} op {afdeling}. Zullen we daar een gesprek over plannen? Ik heb {dag} om {tijd} nog ruimte, of je noemt zelf twee tijden.\n\nGroet,\n{rfirst}",
            "Geachte heer/mevrouw {me},\n\nNaar aanleiding van uw sollicitatie nodigen wij u graag uit voor een oriënterend gesprek over een andere vacature binnen onze organisatie: {andere} bij de afdeling {afdeling}.\n\nDatum: {dag} {datum}\nTijd: {tijd}\nLocatie: [ons kantoor in {stad}|online via Teams]\nGesprekspartners: {collega} en ondergetekende\n\nWilt u de afspraak per e-mail bevestigen?\n\nMet vriendelijke groet,\n{rfirst} {rlast}\nP&O, {company}",
            "Hi {name}, heb je {dag} om {tijd} even? {collega} wil je spreken over {andere}. Kwartiertje bellen.\n\n{rfirst}",
        ],
        n=6,
        extra=NL_ALT,
    ),
    # idea: een teamleider die de sollicitatie goed vond en wijst op een andere openstaande vacature, met alleen de vraag of de sollicitant daarin interesse heeft
    Family(
        "out_r7_nl_andere_vacature_interesse",
        OUT,
        NL_PERSON,
        [
            "Misschien iets anders voor jou?",
            "Een tweede vacature bij {company}",
            "Je sollicitatie en {andere}",
            "Interesse in {andere}?",
        ],
        [
            "Hoi {name},\n\nIk ben teamleider bij {company} en las je sollicitatie voor {functie}. Wat me opviel: je ervaring sluit bijna één op één aan bij een vacature die we volgende week openzetten, {andere} bij {afdeling}.\n\nZou je daarvoor in aanmerking willen komen? Laat het me weten, dan zorg ik dat je sollicitatie ook daar terechtkomt.\n\nGroet,\n{rfirst} {rlast}",
            "Beste {me},\n\nNaast de procedure voor {functie}, die nog loopt, wil ik u wijzen op de vacature {andere} in {stad}: https://werkenbij.{slug}.nl/vacatures/{ref}\n\nHeeft u interesse, dan hoor ik dat graag. U hoeft niet opnieuw te solliciteren; een korte reactie op deze mail is voldoende.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\n{company}",
            "Hey {name}! Ik moest aan jou denken toen {collega} vertelde dat ze op {afdeling} een vacature voor {andere} hebben. Zou dat wat voor je zijn? Dan breng ik jullie met elkaar in contact.\n\n{rfirst}",
        ],
        n=5,
        extra=NL_ALT,
    ),
    # =====================================================================================
    # B. Decisions that are not about a job: other
    # =====================================================================================
    # English ------------------------------------------------------------------------------
    # idea: a writers' and artists' residency and a civic research fellowship sending portal-style decisions: not selected, waitlisted, offered a place, unsuccessful with scores
    Family(
        "oth_r7_en_residency_fellowship",
        OTH,
        "[Residency Office <residencies@saltmeadow-arts.example>|Fellowship Programme <noreply@civicfellows.example>|Applications Portal <applications@harbourhouse-residency.example>]",
        [
            "Application decision",
            "Decision on your application",
            "Your application status has changed",
            "{prog}: outcome",
        ],
        [
            "{hi}\n\nThe selection panel for {prog} has now met. We're sorry to let you know that your proposal was not selected for this year's residency. We had {big} applications for six studios, and many strong projects could not be accommodated.\n\nWe hope you'll apply again when the next call opens.\n\nResidency Office",
            'Application ID: {nr}\nProgramme: {prog}\nStatus: Waitlisted\n\nYour application has moved from "Under review" to "Waitlisted". If a place becomes available before {date}, we will email you with an offer. No action is needed from you at this stage.\n\nThis is an automated message.',
            "Dear {me},\n\nIt is a pleasure to offer you a place on {prog}. It runs for ten months from {date} and includes a monthly stipend, a desk in our reading room and a mentor from our advisory board.\n\nPlease confirm in the portal within 14 days. A welcome pack with travel and accommodation details will follow.\n\nWith warm congratulations,\nFellowship Programme",
            "{hi}\n\nUnfortunately you were unsuccessful this round. Your scores and two short reviewer comments are now visible on your applicant page.\n\n{prog} team",
        ],
        n=6,
        extra={
            "prog": [
                "the Saltmeadow Writers' Residency",
                "the Civic Futures Fellowship",
                "Harbour House Studio Residency",
                "the Autumn Translation Residency",
            ],
            "nr": ["RES-25-0417", "CFF/2025/112", "HH-0938", "ATR-7731"],
        },
    ),
    # idea: a scientific society's conference travel grant and a weekend founders' hackathon deciding on the person's own application: awarded, declined, accepted, reserve list
    Family(
        "oth_r7_en_travel_grant_hackathon",
        OTH,
        "[Travel Awards <travelgrants@eusoc-meetings.example>|BuildWeekend Hackathon <crew@buildweekend.example>|Student Bursary Committee <bursaries@annual-symposium.example>]",
        [
            "Decision on your application",
            "Travel grant application – decision",
            "Your application status has changed",
            "Hackathon application: you're in",
        ],
        [
            "Dear {me},\n\nThank you for applying for a travel grant to attend the Annual Symposium in {city}. The committee received far more requests than it can fund this year, and we regret that your application has not been successful.\n\nThe early registration rate is still available until {date}, and poster presenters may apply for a reduced fee.\n\nKind regards,\nStudent Bursary Committee",
            "{hi}\n\nYou're in! 🎉 Your application for BuildWeekend has been accepted. Doors open Friday at 6pm, pitches on Saturday morning, demos on Sunday afternoon. Bring a laptop, a charger and an idea if you have one; we'll form teams on the night.\n\nPlease confirm your spot by {day}, otherwise it goes to the next person on the waitlist.\n\nThe BuildWeekend crew",
            "Application reference: {nr}\n\nThe status of your travel grant application has changed to: AWARDED (partial)\n\nAmount: {amt}\nCovers: economy travel and three nights' accommodation\n\nReceipts must be uploaded within 30 days of the meeting. Details are in the grant conditions.\n\nEUSOC Meetings Office",
            "{hi}\n\nThanks for applying to BuildWeekend. We had room for 120 hackers and received {big} applications, so this time you haven't made it in. You're on our reserve list; if someone drops out we'll let you know by {day}.\n\nBuildWeekend",
        ],
        n=6,
        extra={
            "nr": ["TG-2025-0331", "EUS/TA/118", "TRV-4402", "SB-25-067"],
            "amt": ["€450", "£380", "$600", "€720"],
        },
    ),
    # idea: a co-working space, a shared makers' studio and a housing co-op answering membership requests: waitlisted, a unit offered, not accepted under the co-op's rules
    Family(
        "oth_r7_en_cowork_studio_coop",
        OTH,
        "[Foundry Membership <members@foundry-cowork.example>|Tannery Yard Studios <studios@tanneryyard.example>|Allocations Panel <allocations@greenlane-housing-coop.example>]",
        [
            "Your application status has changed",
            "Decision on your membership application",
            "Application decision",
            "Studio waitlist update",
        ],
        [
            "Hi {name},\n\nYour application for a dedicated desk at Foundry has moved to: Waitlist.\n\nWe currently have no dedicated desks free at the {city} site. You're number {n} on the list, and desks usually free up at the start of each month. Hot-desk day passes are available in the meantime.\n\nFoundry Membership",
            "Dear {me},\n\nGood news: a shared studio (Unit 14, 22 m², north light) has come up, and the studio committee has agreed to offer it to you from {date}. The licence fee is {fee} per month including electricity; a deposit of one month's fee is due on signing.\n\nPlease let us know within a week whether you'd like to take it.\n\nTannery Yard Studios",
            "Dear {me},\n\nThank you for coming to the open evening and for your application to become a member of Greenlane Housing Co-operative. The allocations panel met on {date}. We are sorry to tell you that we cannot accept your application at this time: the co-op's rules require a local connection of at least two years, and the panel could not find evidence of this in your form.\n\nYou may ask the panel to reconsider if you can provide further documents.\n\nOn behalf of the Allocations Panel",
            "{hi}\n\nQuick update: we've looked at your studio application and we'd love to have you, but every unit is taken until spring. You're on the waiting list and we'll email the moment one frees up.\n\nTannery Yard Studios",
        ],
        n=6,
        extra={"fee": ["£320", "£285", "€340", "£410"]},
    ),
    # idea: a local council's permit portal: residents' parking permit refused or approved, a householder planning decision, a dropped-kerb request refused
    Family(
        "oth_r7_en_council_permit",
        OTH,
        "[Parking Services <parking.permits@eastmoor-council.example>|Planning Portal <planning-noreply@westbridge-council.example>|Highways Team <highways@eastmoor-council.example>]",
        [
            "Decision on your application",
            "Your application status has changed",
            "Residents' parking permit – application decision",
            "Application decision: {planref}",
        ],
        [
            "Dear {me},\n\nApplication reference: {nr}\n\nWe have reviewed your application for a residents' parking permit for Zone {zl}. Unfortunately we cannot issue a permit, because the vehicle registration document you uploaded shows an address outside the zone.\n\nYou can reapply with a V5C showing your current address, or with a letter from your insurer confirming where the vehicle is kept.\n\nParking Services",
            "Your application {nr} has been updated.\n\nNew status: Approved\n\nYour virtual permit for Zone {zl} is valid from {date} for 12 months. There is no paper permit to display; civil enforcement officers check registrations electronically.\n\nParking Services – please do not reply to this email",
            "Dear {me},\n\nTown and Country Planning Act 1990\nApplication no: {planref}\nProposal: single-storey rear extension and loft conversion with rear dormer\n\nThe Council has decided to GRANT permission subject to the conditions listed in the attached decision notice. Work must begin within three years of the date of this decision.\n\nPlease read the conditions carefully; some must be met before building work starts.\n\nDevelopment Management",
            "Hello {name},\n\nThe Highways Team has assessed your request for a dropped kerb outside your home. We regret that it has been refused: the front garden is shallower than the 4.8 metres needed for a car to park without overhanging the footway.\n\nThe £95 assessment fee is non-refundable. If you disagree, you can appeal within 28 days.\n\nHighways Team",
        ],
        n=6,
        extra={
            "nr": ["RPP-0048211", "PP/25/19370", "RPP-0051763", "PRM-330914"],
            "planref": ["24/01873/HOUSE", "PA/2025/0412", "25/00391/FUL", "HH/25/0716"],
            "zl": ["C", "K", "D2", "WH", "F"],
        },
    ),
    # German -------------------------------------------------------------------------------
    # idea: eine Studienstiftung und eine Fachgesellschaft, die über Stipendium und Reisekostenzuschuss für eine Tagung entscheiden, teils im nüchternen Portalton
    Family(
        "oth_r7_de_stipendium_reisezuschuss",
        OTH,
        "[Auswahlausschuss Stiftung Lindenhof <stipendien@stiftung-lindenhof.example>|Bewerbungsportal Begabtenförderung <noreply@foerderportal-lindenhof.example>|Sekretariat der Gesellschaft für Bodenkunde <tagung@gfb-ev.example>]",
        [
            "Entscheidung über Ihre Bewerbung",
            "Statusänderung in Ihrem Bewerbungsportal",
            "Ihr Antrag auf Reisekostenzuschuss",
            "Ergebnis des Auswahlverfahrens",
        ],
        [
            "Sehr geehrte/r {me},\n\nder Auswahlausschuss hat in seiner Sitzung am {datum} über die Aufnahme in die Förderung entschieden. Zu unserem Bedauern können wir Ihnen kein Stipendium anbieten. In diesem Jahr konnten wir nur etwa jede zehnte Bewerbung berücksichtigen.\n\nEine erneute Bewerbung ist im nächsten Semester möglich.\n\nMit freundlichen Grüßen\nStiftung Lindenhof – Begabtenförderung",
            "Guten Tag,\n\nder Status Ihrer Bewerbung (Vorgangsnummer {nr}) hat sich geändert.\n\nAlter Status: In Begutachtung\nNeuer Status: Zusage – Stipendium bewilligt\n\nDie Förderung beginnt zum Ersten des Folgemonats. Bitte laden Sie bis zum {datum} Ihre Immatrikulationsbescheinigung hoch.\n\nDiese Nachricht wurde automatisch erzeugt.",
            "Hallo {name},\n\nschöne Nachricht aus dem Sekretariat: Dein Antrag auf einen Reisekostenzuschuss für die Jahrestagung in {ort} wurde bewilligt. Wir übernehmen die Bahnfahrt (2. Klasse) und bis zu zwei Übernachtungen, insgesamt höchstens {betrag}. Bitte reich die Belege spätestens vier Wochen nach der Tagung ein.\n\nViele Grüße\nSekretariat der GfB",
            "Sehr geehrte/r {me},\n\nIhr Antrag auf Reisekostenzuschuss liegt derzeit noch beim Vorstand. Eine Entscheidung ist bis Ende des Monats zu erwarten; bis dahin müssen Sie nichts weiter tun.\n\nFreundliche Grüße\nSekretariat",
        ],
        n=6,
        extra={
            **DE,
            "nr": ["SL-2025-0417", "BF/118/25", "LH-09342", "2025-ST-2271"],
            "betrag": ["350 €", "420 €", "280 €", "500 €"],
        },
    ),
    # idea: ein Sportverein, ein Ruderclub und eine Wohnungsbaugenossenschaft entscheiden über einen Aufnahmeantrag: Warteliste, Aufnahme, Ablehnung nach Satzung, noch in Prüfung
    Family(
        "oth_r7_de_verein_genossenschaft",
        OTH,
        "[Ruderclub Germania Mitgliederverwaltung <mitglieder@rc-germania.example>|TSV Eichwalde Vereinsbüro <info@tsv-eichwalde.example>|Wohnungsbaugenossenschaft Am Stadtpark eG <mitgliedschaft@wbg-stadtpark.example>]",
        [
            "Ihr Aufnahmeantrag",
            "Entscheidung über deinen Antrag",
            "Statusänderung: Aufnahmeantrag {nr}",
            "Warteliste Tennisabteilung",
        ],
        [
            "Hallo {name},\n\nvielen Dank für deinen Aufnahmeantrag in die Tennisabteilung. Leider ist die Abteilung derzeit voll; wir haben dich auf die Warteliste gesetzt (Platz {n}). Sobald etwas frei wird, melden wir uns. Bis dahin kannst du gern am offenen Schnuppertraining am {tag} teilnehmen.\n\nSportliche Grüße\nTSV Eichwalde",
            "Sehr geehrte/r {me},\n\nder Vorstand hat Ihren Antrag auf Aufnahme als Mitglied der Genossenschaft in seiner Sitzung vom {datum} abgelehnt. Nach § 4 unserer Satzung nehmen wir derzeit nur Personen auf, denen gleichzeitig eine Wohnung zugewiesen werden kann; eine Aufnahme auf Vorrat ist nicht möglich.\n\nIhre eingezahlten Anteile in Höhe von {betrag} erhalten Sie innerhalb von 14 Tagen zurück.\n\nMit freundlichen Grüßen\nWohnungsbaugenossenschaft Am Stadtpark eG",
            "Willkommen im Ruderclub Germania!\n\nHallo {name}, der Vorstand hat deinen Aufnahmeantrag bestätigt. Dein Mitgliedsausweis liegt ab {tag} im Bootshaus bereit, der erste Beitrag wird zum Monatsanfang per Lastschrift eingezogen. Die Einweisung in die Boote ist samstags um 9 Uhr.\n\nRiemen- und Dollenbruch!\nMitgliederverwaltung",
            "Status Ihres Antrags {nr}: In Prüfung\n\nIhr Aufnahmeantrag ist eingegangen und wird in der nächsten Vorstandssitzung behandelt. Über das Ergebnis informieren wir Sie schriftlich.",
        ],
        n=6,
        extra={
            **DE,
            "nr": ["M-2025-0183", "A/447", "2025-118", "AUF-0932"],
            "betrag": ["1.250 €", "600 €", "2.100 €", "900 €"],
        },
    ),
    # French -------------------------------------------------------------------------------
    # idea: espace client d'un assureur voyage ou auto : statut du dossier modifié, remboursement accepté, refus de prise en charge, pièce manquante
    Family(
        "oth_r7_fr_dossier_assurance",
        OTH,
        "[Assurance Voyage Horizon <sinistres@horizon-voyage-assurance.example>|Mutuelle Auto du Littoral <espace-client@mal-assurances.example>|Service Indemnisation <noreply@assur-trajet.example>]",
        [
            "Décision concernant votre demande",
            "Le statut de votre dossier a changé",
            "Votre demande de remboursement {dossier}",
            "Décision sur votre dossier",
        ],
        [
            "Bonjour {name},\n\nLe statut de votre dossier {dossier} a été mis à jour : Accepté.\n\nLe remboursement de vos frais d'annulation, soit {montant}, sera versé sur votre compte sous 5 jours ouvrés. Vous pouvez suivre le virement depuis votre espace client.\n\nAssurance Voyage Horizon",
            "Madame, Monsieur,\n\nNous avons examiné votre déclaration concernant le bris de glace survenu le {date_fr}. Nous sommes au regret de vous informer que ce sinistre ne peut pas être pris en charge : votre contrat, souscrit en formule Tiers simple, n'inclut pas la garantie bris de glace.\n\nSi vous contestez cette décision, vous pouvez écrire à notre service réclamations puis, le cas échéant, au Médiateur de l'Assurance.\n\nMutuelle Auto du Littoral",
            "Votre dossier {dossier} est en cours d'instruction.\n\nPièce manquante : facture de l'hôtel. Sans ce document sous 15 jours, votre demande sera classée sans suite.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.",
            "Bonjour {me},\n\nSuite à l'expertise de votre véhicule, nous vous confirmons l'indemnisation de votre sinistre à hauteur de {montant}, franchise déduite. Le rapport de l'expert est disponible dans votre espace.\n\nBien cordialement,\nService Indemnisation",
        ],
        n=6,
        extra={
            **FR,
            "dossier": ["AV-2025-41877", "SIN 0093-1172", "HZ/25/06631", "IND-771204"],
            "montant": ["640,00 €", "1 180,50 €", "312,40 €", "2 075,00 €"],
        },
    ),
    # idea: un festival qui choisit ses bénévoles et une résidence d'écriture qui répond aux dossiers : accepté, pas de créneau, non retenu, liste complémentaire
    Family(
        "oth_r7_fr_benevolat_residence",
        OTH,
        "[Festival des Mille Lanternes – Bénévoles <benevoles@millelanternes.example>|Résidence La Grange aux Mots <candidatures@grangeauxmots.example>|Plateforme Candidatures <noreply@grangeauxmots.example>]",
        [
            "Réponse à votre candidature",
            "Décision concernant votre candidature",
            "Le statut de votre candidature a changé",
            "Bénévolat : c'est tout bon !",
        ],
        [
            "Salut {name} !\n\nBonne nouvelle : ta candidature comme bénévole pour le festival est acceptée 🎉 Tu es dans l'équipe accueil du public, du vendredi au dimanche. Un repas par service et le pass trois jours sont offerts. Le briefing aura lieu le {jour} précédent à 18h sous le grand chapiteau.\n\nÀ très vite,\nL'équipe bénévoles",
            "Bonjour {name},\n\nMerci pour ton envie de rejoindre l'aventure. Cette année, nous avons reçu {big} candidatures de bénévoles pour 150 places, et nous ne pouvons malheureusement pas te proposer de créneau. Tu restes sur notre liste en cas de désistement.\n\nL'équipe du festival",
            "Madame, Monsieur,\n\nLe comité de sélection de la résidence d'écriture s'est réuni le {date_fr}. Nous avons le regret de vous annoncer que votre projet n'a pas été retenu pour la session d'automne. Le nombre de dossiers reçus était exceptionnellement élevé.\n\nNous vous remercions de l'intérêt porté à La Grange aux Mots.\n\nLa direction artistique",
            "Dossier n° {nr}\nStatut : Liste complémentaire\n\nVotre candidature à la résidence figure sur la liste complémentaire. Vous serez contacté(e) uniquement en cas de désistement.\n\nMessage automatique.",
        ],
        n=6,
        extra={**FR, "nr": ["GAM-25-031", "2025/0418", "RES-0972", "GM-1183"]},
    ),
    # Spanish ------------------------------------------------------------------------------
    # idea: un coworking, un taller compartido y una cooperativa de vivienda en cesión de uso contestando solicitudes: lista de espera, taller ofrecido, alta de socio denegada, pendiente
    Family(
        "oth_r7_es_coworking_cooperativa",
        OTH,
        "[Comunidad La Colmena Coworking <hola@lacolmena-cowork.example>|Cooperativa de Vivienda Entrepatios del Sur <socios@entrepatiosdelsur.example>|Nave Taller Abierto <espacios@navetaller.example>]",
        [
            "Resolución de tu solicitud",
            "El estado de tu solicitud ha cambiado",
            "Decisión sobre su solicitud de alta como socio/a",
            "Lista de espera – mesa fija",
        ],
        [
            "¡Hola, {name}!\n\nTu solicitud de mesa fija en La Colmena ha cambiado de estado: ahora estás en lista de espera (número {n}). No queda ninguna mesa libre en la sala grande, pero suelen quedar huecos a principios de mes. Mientras tanto puedes usar el bono de 10 días en la zona flexible.\n\nUn abrazo,\nEquipo La Colmena",
            "Estimado/a {me}:\n\nLa asamblea de la Cooperativa Entrepatios del Sur, reunida el {fecha}, ha estudiado su solicitud de incorporación como socio/a. Lamentamos comunicarle que no ha sido aceptada, ya que en esta fase solo se admiten unidades de convivencia que puedan aportar el capital inicial de {aporte} antes de final de año.\n\nSu solicitud quedará archivada y podrá renovarla en la próxima fase del proyecto.\n\nUn saludo cordial,\nConsejo Rector",
            "Hola {name}:\n\nBuenas noticias: ha quedado libre un taller de 18 m² en la primera planta y el grupo de gestión ha decidido ofrecértelo a partir del {fecha}. La cuota es de {cuota} al mes, con luz y agua incluidas. Contéstanos antes del {dia} si lo quieres.\n\nNave Taller Abierto",
            "Solicitud n.º {nr}\nEstado: Pendiente de revisión\n\nHemos recibido tu documentación y la comisión de convivencia la revisará en su próxima reunión. No tienes que hacer nada más por ahora.\n\nMensaje automático, por favor no respondas.",
        ],
        n=6,
        extra={
            **ES,
            "aporte": ["18.000 €", "24.500 €", "15.000 €", "21.000 €"],
            "cuota": ["190 €", "240 €", "165 €", "210 €"],
            "nr": ["COL-2025-117", "EPS/0418", "NTA-093", "2025-SOC-231"],
        },
    ),
    # idea: un hackathon de fundadores, un programa de voluntariado ambiental y una bolsa de viaje para un congreso científico, con resoluciones breves
    Family(
        "oth_r7_es_hackathon_voluntariado_bolsa",
        OTH,
        "[Hackathon Ciudad Abierta <equipo@hackciudadabierta.example>|Voluntariado Costas Limpias <voluntariado@costaslimpias.example>|Secretaría del Congreso <becas@congreso-ecologia.example>]",
        [
            "Resolución de tu solicitud",
            "Decisión sobre tu solicitud",
            "Tu solicitud ha cambiado de estado",
            "Bolsa de viaje: resolución",
        ],
        [
            "¡Hola, {name}!\n\nEstás dentro 🙌 Tu solicitud para el hackathon ha sido aceptada. Nos vemos el viernes {fecha} a las 18:00 en {ciudad}: formaremos equipos esa misma noche y las demos serán el domingo por la tarde. Trae portátil, cargador y ganas.\n\nConfirma tu asistencia antes del {dia} o liberaremos tu sitio.\n\nEl equipo organizador",
            "Hola {name}:\n\nGracias por querer participar en el programa de voluntariado de verano. Este año hemos recibido muchísimas solicitudes y, por desgracia, no podemos contar contigo para los turnos de julio. Te hemos apuntado como reserva por si alguien se da de baja.\n\nUn abrazo,\nCostas Limpias",
            "Estimado/a {me}:\n\nLe informamos de que el comité científico ha resuelto concederle una bolsa de viaje de {importe} para asistir al congreso. El importe se abonará tras el evento, previa presentación de las facturas de transporte y alojamiento.\n\nAtentamente,\nSecretaría Técnica del Congreso",
            "Estimado/a {me}:\n\nLamentamos comunicarle que su solicitud de bolsa de viaje no ha sido concedida. Debido al elevado número de peticiones, se ha dado prioridad a quienes presentan comunicación oral. Recuerde que la inscripción reducida sigue abierta hasta el {fecha}.\n\nSecretaría del Congreso",
        ],
        n=6,
        extra={**ES, "importe": ["300 €", "450 €", "250 €", "600 €"]},
    ),
    # Dutch --------------------------------------------------------------------------------
    # idea: een gemeente die beslist over een bewonersparkeervergunning, een omgevingsvergunning voor een dakkapel en een vergunning voor een buurtfeest
    Family(
        "oth_r7_nl_gemeente_vergunning",
        OTH,
        "[Gemeente Zuiderveen Parkeren <parkeren@zuiderveen.example>|Omgevingsloket gemeente Zuiderveen <noreply@omgevingsloket-zuiderveen.example>|Team Vergunningen <vergunningen@gemeente-lindwoude.example>]",
        [
            "Besluit op uw aanvraag",
            "De status van uw aanvraag is gewijzigd",
            "Uw aanvraag parkeervergunning",
            "Besluit omgevingsvergunning {zaak}",
        ],
        [
            "Geachte heer/mevrouw {me},\n\nU heeft een bewonersparkeervergunning aangevraagd voor vergunninggebied {gebied}. Wij hebben besloten uw aanvraag af te wijzen. Op uw adres zijn al twee vergunningen uitgegeven, het maximum per adres in dit gebied.\n\nBent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken.\n\nMet vriendelijke groet,\nTeam Parkeren",
            "Zaaknummer: {zaak}\nOnderwerp: plaatsen dakkapel aan de achterzijde\n\nDe status van uw aanvraag is gewijzigd in: Vergunning verleend.\n\nHet besluit staat in uw berichtenbox op MijnOverheid. Let op: de vergunning wordt pas van kracht na afloop van de bezwaartermijn van zes weken.\n\nDit bericht is automatisch verstuurd.",
            "Beste {name},\n\nGoed nieuws: de vergunning voor het buurtfeest op {datum} is verleend. De straat mag van 14:00 tot 23:00 worden afgesloten en de muziek moet om 22:30 uit. De verkeersborden kun je de dag ervoor ophalen bij de gemeentewerf.\n\nGroet,\nTeam Vergunningen",
            "Geachte heer/mevrouw {me},\n\nUw aanvraag (zaaknummer {zaak}) is in behandeling. Wij nemen binnen acht weken een besluit; deze termijn kunnen wij eenmaal met zes weken verlengen. U hoeft op dit moment niets te doen.\n\nMet vriendelijke groet,\nOmgevingsloket",
        ],
        n=6,
        extra={
            **NL,
            "zaak": ["Z-2025-018344", "OLO 9932174", "Z/25/004127", "2025-0771"],
            "gebied": ["Centrum-Oost", "B2", "Havenkwartier", "Oude Stad Noord"],
        },
    ),
    # idea: een hockeyclub en een roeivereniging over het lidmaatschap (wachtlijst, toegelaten) en een congresbureau over een reisbeurs (afgewezen, toegekend)
    Family(
        "oth_r7_nl_vereniging_reisbeurs",
        OTH,
        "[Ledenadministratie MHC De Vlieger <leden@mhcdevlieger.example>|Roeivereniging Aemstel <secretaris@rv-aemstel.example>|Congresbureau NVG <reisbeurs@nvg-congres.example>]",
        [
            "Besluit op je aanvraag",
            "De status van je aanmelding is gewijzigd",
            "Je aanmelding als lid",
            "Reisbeurs: uitslag",
        ],
        [
            "Hoi {name},\n\nBedankt voor je aanmelding bij MHC De Vlieger. Helaas zitten alle seniorenteams vol, dus we kunnen je dit seizoen nog niet indelen. Je staat op de wachtlijst op nummer {n}. Meetrainen bij de recreanten op {dag}avond kan wel alvast.\n\nSportieve groet,\nLedenadministratie",
            "Beste {name},\n\nWelkom bij Aemstel! Het bestuur heeft je aanmelding goedgekeurd. Je eerste instructieles is zaterdag om 9:00; neem sportkleding mee die nat mag worden. De contributie wordt per kwartaal geïnd.\n\nMet roeigroet,\nde secretaris",
            "Geachte {me},\n\nDe commissie heeft alle aanvragen voor een reisbeurs voor het jaarcongres beoordeeld. Tot onze spijt kunnen wij u geen beurs toekennen: er kwamen dit jaar ruim drie keer zoveel aanvragen binnen als er beurzen beschikbaar zijn.\n\nU kunt zich nog tot {datum} registreren tegen het vroegboektarief.\n\nMet vriendelijke groet,\nCongresbureau NVG",
            "Aanvraag {nr}\nNieuwe status: toegekend\n\nU ontvangt een reisbeurs van {bedrag}. Het bedrag wordt na het congres uitbetaald op basis van uw declaratie met bonnetjes.\n\nCongresbureau NVG – dit is een automatisch bericht",
        ],
        n=6,
        extra={
            **NL,
            "nr": ["RB-2025-044", "NVG/0318", "RB-117", "2025-RB-09"],
            "bedrag": ["€ 350", "€ 500", "€ 275", "€ 420"],
        },
    ),
    # =====================================================================================
    # C. Everyday Spanish and Dutch mail that borrows job words: other
    # =====================================================================================
    # Spanish ------------------------------------------------------------------------------
    # idea: el equipo de producto de una app de finanzas personales que busca usuarios para una entrevista de 30 minutos pagada con una tarjeta regalo, más la confirmación y el recordatorio
    Family(
        "oth_r7_es_estudio_usuarios",
        OTH,
        "[Equipo de Producto de Monedero <research@monedero-app.example>|Paula de Monedero <paula.investigacion@monedero-app.example>|Panel de Usuarios Monedero <panel@monedero-app.example>]",
        [
            "¿Nos dedicas 30 minutos? Te regalamos 25 €",
            "Invitación: entrevista de 30 minutos sobre Monedero",
            "Buscamos usuarios para un estudio",
            "Confirmación de tu sesión de investigación",
        ],
        [
            "Hola {name}:\n\nEstamos rediseñando la parte de la app donde se reparten los gastos entre amigos y queremos escucharte. Buscamos personas que la usen al menos una vez a la semana para una entrevista de 30 minutos por videollamada. No hay respuestas buenas ni malas: solo te pediremos que nos cuentes cómo la usas y que pruebes un par de pantallas nuevas.\n\nComo agradecimiento, recibirás una tarjeta regalo de 25 € para canjear en tiendas online.\n\nElige un hueco aquí: https://monedero-app.example/estudio\n\nGracias,\nEl equipo de Producto de Monedero",
            "¡Hola {name}! Te confirmamos tu sesión del estudio de usuarios el {dia} {fecha} a las {hora}. Durará media hora y te entrevistará Paula, de nuestro equipo de diseño. Te enviaremos el enlace de Meet una hora antes, y el código de tu tarjeta regalo llegará por correo en las 48 horas siguientes.\n\nMonedero",
            "Hola:\n\nHas sido seleccionado/a para participar en nuestro panel de usuarios. ¿Tienes 30 minutos esta semana para una entrevista sobre cómo gestionas tus ahorros? Responde a este correo con el día que mejor te venga.\n\nPaula – Investigación de Usuarios",
            "Hola {name}:\n\nUn recordatorio rápido: mañana a las {hora} es tu entrevista para el estudio de la app. Si al final no puedes, dínoslo y buscamos otro día. ¡Gracias por ayudarnos a mejorarla!\n\nPaula",
        ],
        n=6,
        extra=ES,
    ),
    # idea: una amiga que escribe desde su correo personal para pedir un favor: pasar el CV de su primo en tu empresa, recomendar a una prima, o darte las gracias porque al primo ya le han llamado
    Family(
        "oth_r7_es_favor_primo",
        OTH,
        "[Marta Ruiz <martaruiz.87@gmail.com>|Lucía Beltrán <lucia.beltran.v@outlook.es>|Sara <sara.montes.g@gmail.com>]",
        [
            "Un favor enorme 🙏",
            "Lo de mi primo",
            "¿Me echas un cable?",
            "Re: el CV de Dani",
        ],
        [
            "¡Hola {name}!\n\n¿Qué tal todo? Oye, te escribo para pedirte un favor, y dime que no sin problema si te pone en un compromiso. Mi primo Dani acaba de terminar el ciclo de desarrollo web y ha visto que en tu empresa buscan gente junior. ¿Podrías pasar su CV a quien lleve la selección, o meterlo por el programa de referidos ese que me contaste? Te lo adjunto.\n\nTe debo una cena. ¡Un abrazo!",
            "{name}, ¿te acuerdas de mi prima Elena, la que vino a mi cumple? Está buscando trabajo de administrativa y le he dicho que tú conoces a medio {ciudad} 😅 ¿Te importa si le doy tu correo para que te pregunte un par de cosas? Solo consejo, nada más.\n\nBesos",
            "Hola {name}:\n\nMil gracias por lo del otro día. Mi primo me ha dicho que ya le han llamado para una entrevista, ¡así que tu recomendación ha servido! Ya te contaré cómo le va. Cuando quieras quedamos y te invito a algo.\n\nUn abrazo fuerte",
            "Oye, pregunta rápida: ¿en tu empresa dais algo por recomendar a alguien? Es que mi primo quiere mandar el CV y no sé si es mejor que lo haga por la web o que se lo pases tú. Sin prisa 😘",
        ],
        n=5,
        extra=ES,
    ),
    # idea: una madre que escribe desde su correo para preguntar "¿y qué tal?" por la entrevista y mandar ánimos, con noticias de casa mezcladas
    Family(
        "oth_r7_es_madre_y_que_tal",
        OTH,
        "[Mamá <carmen.lopez.1961@hotmail.es>|Carmen López <carmenlopez61@gmail.com>|Mami <c.lopez.vidal@yahoo.es>]",
        [
            "¿Y qué tal?",
            "¿Cómo te fue?",
            "Ánimo mañana",
            "Noticias de casa",
        ],
        [
            "Hola, cariño:\n\n¿Y qué tal la entrevista? Tu padre y yo hemos estado pendientes todo el día. Llámanos cuando puedas, aunque sea un minuto.\n\nUn beso muy fuerte,\nMamá",
            "{name}, no te he querido molestar antes. ¿Cómo te fue con esa empresa? Seguro que genial. El domingo hacemos paella, ¿vienes?\n\nMamá",
            "[Hola, hijo|Hola, hija|Hola, cielo]:\n\nTe escribo por aquí porque no me coges el teléfono. Mucho ánimo para lo de mañana, ya sabes que vales muchísimo. Duerme bien, desayuna algo y no te agobies.\n\nPor cierto, la abuela ya está mejor de la cadera y te manda besos.\n\nTe quiero,\nMamá",
            "¿Y? 😊 Cuéntame algo, que me tienes en ascuas.\n\nEnviado desde mi iPhone",
        ],
        n=5,
        extra=ES,
    ),
    # Dutch --------------------------------------------------------------------------------
    # idea: het alumnibureau van een universiteit met een nieuwsbrief vol activiteiten (netwerkborrel, carrièrecafé, alumnidag, mentorprogramma), met een oproep voor een onderzoeksinterview van 30 minuten
    Family(
        "oth_r7_nl_alumni_nieuwsbrief",
        OTH,
        "[Alumnibureau Universiteit Lindenhaven <alumni@uni-lindenhaven.example>|Alumninetwerk Lindenhaven <nieuwsbrief@alumni-lindenhaven.example>]",
        [
            "Alumninieuws – {maand}",
            "Agenda: netwerkborrel, lezing en meer",
            "Nieuwsbrief voor alumni",
            "Kom je ook naar de alumnidag?",
        ],
        [
            "Beste {name},\n\nIn deze nieuwsbrief:\n\n• Netwerkborrel in {stad} op {dag} {datum}, vanaf 17:30 in het Academiegebouw\n• Carrièrecafé 'Van promotie naar bedrijfsleven', met drie oud-studenten die de overstap maakten\n• Lezing over AI en de arbeidsmarkt, gratis voor leden\n• Oproep: de universiteitsbibliotheek zoekt alumni voor een interview van 30 minuten over de nieuwe zoekomgeving. Je ontvangt een boekenbon van € 20.\n\nAanmelden voor alles kan via het alumniportaal.\n\nHartelijke groet,\nAlumnibureau",
            "Hoi {name},\n\nOver drie weken is het zover: de jaarlijkse alumnidag! Rondleidingen door de nieuwe faculteit, een debat met de rector en 's avonds een diner in de oude aula. Tickets kosten € 35, inclusief diner.\n\nWe zien je graag terug op de campus.\n\nAlumninetwerk Lindenhaven\n\nJe ontvangt deze mail omdat je bent afgestudeerd aan onze universiteit. Afmelden kan via je profiel.",
            "Beste alumnus,\n\nDe aanmeldingen voor het mentorprogramma zijn weer open: help een student uit je oude studierichting met een paar gesprekken per jaar. Verder in {maand}: een sollicitatietraining voor pas afgestudeerden, een excursie naar de haven en de uitreiking van de scriptieprijs.\n\nMet vriendelijke groet,\nAlumnibureau",
        ],
        n=5,
        extra={**NL, "maand": ["maart", "april", "mei", "september", "oktober", "november"]},
    ),
    # idea: een sportschool en een boulderhal die een gratis proefles en intakegesprek inplannen, herinneren en na afloop een lidmaatschap aanbieden
    Family(
        "oth_r7_nl_sportschool_proefles",
        OTH,
        "[Sportschool Kracht & Balans <welkom@krachtenbalans.example>|Boulderhal De Grip <info@boulderhal-degrip.example>|Coach Sanne – Kracht & Balans <sanne@krachtenbalans.example>]",
        [
            "Je proefles staat gepland",
            "Bevestiging intakegesprek",
            "Hoe vond je je proeftraining?",
            "Herinnering: morgen je gratis proefles",
        ],
        [
            "Hoi {name},\n\nLeuk dat je een gratis proefles komt doen! Je bent ingepland op {dag} {datum} om {tijd}. We beginnen met een kort intakegesprek over je doelen en eventuele blessures, daarna train je een half uur mee met een coach.\n\nNeem sportschoenen, een handdoek en een flesje water mee. Kun je toch niet? Laat het even weten, dan plannen we een nieuw moment.\n\nSportieve groet,\nKracht & Balans",
            "Hi {name}, morgen om {tijd} je proeftraining bij De Grip! Klimschoenen kun je bij de balie lenen. Tot dan 🧗",
            "Beste {name},\n\nBedankt voor je komst afgelopen {dag}, ik hoop dat je de proefles leuk vond! Wil je lid worden, dan kan dat deze week nog met 50% korting op de eerste maand en zonder inschrijfgeld. Aanmelden kan aan de balie of via de app.\n\nGroetjes,\nSanne",
            "Beste {me},\n\nHierbij bevestigen wij uw intakegesprek op {datum} om {tijd}. Tijdens dit gesprek van ongeveer 45 minuten meten wij uw conditie en stellen wij een persoonlijk trainingsschema op. Graag tien minuten voor aanvang aanwezig zijn.\n\nMet sportieve groet,\nReceptie",
        ],
        n=6,
        extra=NL,
    ),
    # idea: een collega bij de eigen werkgever die vraagt of je als interviewer bij sollicitatiegesprekken aanschuift, de planning die HR rondstuurt, en de taakverdeling vooraf
    Family(
        "oth_r7_nl_collega_interviewer",
        OTH,
        "[{rfirst} {rlast} <{rfirst}@vandermeer-groep.example>|Planning HR <hr-planning@vandermeer-groep.example>]",
        [
            "Wil jij meedoen in de gesprekken met kandidaten?",
            "Vraagje: interviewpanel {functie}",
            "Planning sollicitatiegesprekken {dag}",
            "Jouw deel van het gesprek vrijdag",
        ],
        [
            "Hoi {name},\n\nWe hebben drie kandidaten voor de vacature {functie} in ons team en ik zou het fijn vinden als jij bij de gesprekken aanschuift, juist omdat jij straks het meest met de nieuwe collega samenwerkt. Het gaat om {dag} {datum}, tussen 9:00 en 12:30. De cv's en een paar vragen stuur ik je vooraf.\n\nKun jij dan?\n\nGroet,\n{rfirst}",
            "Hi {name}, zou jij het vakinhoudelijke deel van het sollicitatiegesprek willen doen op {dag} om {tijd}? Half uurtje: jij stelt de vakvragen, ik doe de rest. Zeg het maar als het niet uitkomt.\n\n{rfirst}",
            "Beste {me},\n\nDank dat je wilt deelnemen aan het interviewpanel. Hierbij de planning voor {dag} {datum}:\n\n09:30 – gesprek met kandidaat A (30 min)\n10:15 – gesprek met kandidaat B (30 min)\n11:00 – nabespreking met de selectiecommissie\n\nDe sollicitatiebrieven en het beoordelingsformulier staan in de gedeelde map. Vul het formulier graag direct na elk gesprek in.\n\nMet vriendelijke groet,\nPlanning HR",
            "Hoi {name},\n\nNog even over vrijdag: jij opent het gesprek met een korte toelichting op het team, daarna neemt {collega} de casus door. Na afloop gaan we samen om de tafel en geven we HR onze voorkeur door.\n\nThanks dat je meedoet!\n{rfirst}",
        ],
        n=6,
        extra=NL_ALT,
    ),
    # =====================================================================================
    # D. Acknowledgements with unusual shapes: application_received
    # =====================================================================================
    # Spanish ------------------------------------------------------------------------------
    # idea: un organismo público de investigación o una universidad que envía un acuse de recibo formal con número de registro, y explica que solo habrá entrevista o prueba práctica si se es preseleccionado/a
    Family(
        "rcv_r7_es_acuse_organismo_investigacion",
        RCV,
        "[Registro Electrónico – Instituto de Investigación Agroalimentaria del Ebro <registro@iiae-ebro.example>|Servicio de Personal Investigador – Universidad de Valdelira <pi.convocatorias@uvaldelira.example>|Unidad de Recursos Humanos – Centro BioMar <rrhh.investigacion@centro-biomar.example>]",
        [
            "Acuse de recibo de su solicitud",
            "Justificante de registro – convocatoria {conv}",
            "Confirmación de presentación de solicitud",
            "Acuse de recibo – {plaza_inv}",
        ],
        [
            "Estimado/a {me}:\n\nLe confirmamos que su solicitud para la convocatoria {conv} ({plaza_inv}) ha quedado registrada con el número {nreg}, con fecha de entrada {fecha}.\n\nPróximos pasos:\n1. Publicación de la lista provisional de personas admitidas y excluidas en el tablón electrónico.\n2. Plazo de diez días hábiles para subsanar, en su caso.\n3. Valoración de méritos por la comisión de selección.\n4. Si resulta preseleccionado/a, se le convocará a una entrevista personal o a una prueba práctica con al menos cinco días de antelación.\n\nConserve este justificante. Toda la información del proceso se publicará en la sede electrónica.\n\nAtentamente,\nServicio de Personal Investigador",
            "ACUSE DE RECIBO\n\nNúmero de registro: {nreg}\nConvocatoria: {conv}\nPuesto: {plaza_inv}\nSolicitante: {me}\n\nSu solicitud y la documentación adjunta se han recibido correctamente. Este documento no implica la admisión al proceso selectivo.\n\nEste mensaje se ha generado automáticamente. No responda a esta dirección.",
            "Estimado/a {me}:\n\nAcusamos recibo de su candidatura a la plaza de {plaza_inv}, financiada con cargo a un proyecto de investigación. La comisión revisará los currículums una vez cerrado el plazo de presentación. Las personas que superen esta primera fase serán citadas a una entrevista por videoconferencia, previsiblemente en la segunda quincena de {mes}.\n\nPara cualquier consulta, indique siempre el número de registro {nreg}.\n\nUn saludo cordial,\nUnidad de Recursos Humanos",
        ],
        n=6,
        extra={
            **ES,
            "plaza_inv": [
                "Técnico/a de Laboratorio (proyecto LIFE-AGUA)",
                "Investigador/a Postdoctoral en Genómica",
                "Gestor/a de Proyectos de I+D",
                "Técnico/a de Apoyo a la Investigación",
                "Ingeniero/a de Datos para el Observatorio Marino",
            ],
            "conv": ["PTA-2025-014", "INV/03/2025", "CONV-RRHH-27", "OEP-2025/118"],
            "nreg": [
                "REGAGE25e00012873",
                "2025-E-RE-004417",
                "O00009871e2500031122",
                "RE-118734/2025",
            ],
            "mes": ["marzo", "abril", "mayo", "junio", "octubre", "noviembre"],
        },
    ),
    # idea: una pequeña empresa (taller, estudio de diseño, tienda online) que contesta casi al momento "¡Recibido!" y promete responder en dos semanas
    Family(
        "rcv_r7_es_recibido_pequena_empresa",
        RCV,
        "[{rfirst} de {company} <hola@{slug}.es>|{rfirst} {rlast} <{rfirst}@{slug}.com>]",
        [
            "¡Recibido!",
            "Re: Candidatura {puesto}",
            "Recibido tu CV 👍",
            "Gracias, {name}",
        ],
        [
            "¡Recibido, {name}!\n\nGracias por escribirnos. Somos un equipo pequeño, así que tu CV lo vamos a leer con calma entre mi socia y yo. En dos semanas como mucho te decimos algo, sea lo que sea.\n\n¡Un saludo!\n{rfirst}",
            "Hola {name}, tu CV, recibido 👍 Lo miro esta semana con mi socio y en unos quince días te contesto. ¡Gracias por pensar en nosotros!\n\n{rfirst}",
            "Hola {me}:\n\nTe confirmo que nos ha llegado tu candidatura para {puesto}, con el CV y el portfolio. Ahora mismo estamos en plena temporada y voy algo justo de tiempo, pero te prometo que antes del {fecha} tendrás respuesta nuestra.\n\nGracias por el interés en {company}.\n\n{rfirst} {rlast}",
            "¡Hola!\n\nTu CV, recibido, mil gracias. Lo revisamos todo el {dia} que viene y te escribimos en un par de semanas.\n\nEquipo de {company}",
        ],
        n=5,
        extra=ES,
    ),
    # French -------------------------------------------------------------------------------
    # idea: un établissement public de recherche ou une université envoyant un accusé de réception formel avec numéro de dossier, l'audition ou le test n'arrivant que pour les dossiers retenus
    Family(
        "rcv_r7_fr_accuse_reception_recherche",
        RCV,
        "[Service des Ressources Humaines – Université de Loire-Atlantique Sud <recrutement.biatss@univ-las.example>|Bureau des Concours – Institut National de Recherche Littorale <concours@inrl.example>|Plateforme Candidatures Recherche <ne-pas-repondre@inrl.example>]",
        [
            "Accusé de réception de votre candidature",
            "Accusé de réception – dossier {dossier_fr}",
            "Votre candidature a bien été enregistrée",
            "Accusé de réception – {poste_rech}",
        ],
        [
            "Madame, Monsieur,\n\nNous accusons réception de votre dossier de candidature pour l'emploi de {poste_rech}, enregistré sous le numéro {dossier_fr}.\n\nLa commission de sélection examinera l'ensemble des dossiers recevables après la date de clôture. Les candidat(e)s dont le dossier sera retenu seront convoqué(e)s à une audition, qui pourra comprendre une mise en situation pratique. Les convocations seront envoyées par courriel au moins huit jours avant la date prévue.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nLe Service des Ressources Humaines",
            "Bonjour {me},\n\nVotre candidature a bien été enregistrée.\n\nNuméro de dossier : {dossier_fr}\nPoste : {poste_rech}\nDate de dépôt : {date_fr}\n\nVous pouvez suivre l'avancement de votre dossier dans votre espace candidat. Cet accusé de réception ne préjuge pas de la recevabilité de votre candidature.\n\nMessage automatique – merci de ne pas répondre.",
            "Bonjour,\n\nNous avons bien reçu votre candidature au poste de {poste_rech} au sein de notre unité de {ville}. Elle sera étudiée par le responsable scientifique du projet. Si votre profil correspond, un entretien en présentiel ou en visioconférence vous sera proposé, éventuellement précédé d'un court test technique.\n\nMerci de rappeler la référence {dossier_fr} dans tout échange.\n\nCordialement,\nBureau des Concours",
        ],
        n=6,
        extra={
            **FR,
            "poste_rech": [
                "Ingénieur(e) d'études en analyse de données",
                "Technicien(ne) de laboratoire en biologie",
                "Chargé(e) de valorisation de la recherche",
                "Assistant(e) ingénieur(e) en instrumentation",
                "Post-doctorant(e) en océanographie",
            ],
            "dossier_fr": ["2025-IE-0471", "CDD-REC-118", "BAP-E/2025/093", "N° 45127"],
        },
    ),
    # idea: une petite structure (atelier, agence de trois personnes, librairie) qui répond vite et de façon détendue "Reçu !" en promettant un retour sous deux semaines
    Family(
        "rcv_r7_fr_recu_petite_structure",
        RCV,
        "[{rfirst} – {company} <{rfirst}@{slug}.fr>|{company} <bonjour@{slug}.fr>]",
        [
            "Reçu !",
            "Re: Candidature – {poste}",
            "Bien arrivé 📬",
            "Merci {name} !",
        ],
        [
            "Bonjour {name},\n\nReçu, merci ! On est une petite équipe et on lit chaque candidature à deux, donc laisse-nous un peu de temps : tu auras une réponse de notre part d'ici deux semaines, quoi qu'il arrive.\n\nÀ bientôt,\n{rfirst}",
            "Hello {name}, ton CV est bien arrivé 📬 On revient vers toi dans quinze jours maximum. Bonne journée !\n\n{rfirst}",
            "Bonjour {me},\n\nUn petit mot pour vous dire que votre candidature pour le poste de {poste} nous est bien parvenue. Nous sommes sur un salon toute la semaine, mais nous prendrons le temps de la lire attentivement à notre retour et vous répondrons au plus tard le {date_fr}.\n\nBelle fin de semaine,\n{rfirst} {rlast}\n{company}",
            "CV reçu 5 sur 5, merci ! Réponse sous deux semaines, promis.\n\nL'équipe {company}",
        ],
        n=5,
        extra=FR,
    ),
    # Dutch --------------------------------------------------------------------------------
    # idea: een universiteit, hogeschool of onderzoeksinstituut met een formele ontvangstbevestiging: registratienummer, sluitingsdatum, en een gesprek of proefcollege alleen bij uitnodiging
    Family(
        "rcv_r7_nl_ontvangstbevestiging_onderzoek",
        RCV,
        "[Afdeling HR – Universiteit van Noordwaard <vacatures@uni-noordwaard.example>|Werken bij het Instituut voor Kustonderzoek <noreply@kustonderzoek-werkenbij.example>|HR Servicecentrum Hogeschool IJsselmond <hrsc@hogeschool-ijsselmond.example>]",
        [
            "Ontvangstbevestiging sollicitatie",
            "Ontvangstbevestiging – vacature {vacnr}",
            "Uw sollicitatie is geregistreerd",
            "Bevestiging van ontvangst: {functie_ond}",
        ],
        [
            "Geachte heer/mevrouw {me},\n\nHierbij bevestigen wij de ontvangst van uw sollicitatie voor de functie {functie_ond} (vacaturenummer {vacnr}). Uw sollicitatie is geregistreerd onder nummer {regnr}.\n\nNa de sluitingsdatum beoordeelt de selectiecommissie alle sollicitaties. Kandidaten die voor de volgende ronde in aanmerking komen, worden uitgenodigd voor een eerste gesprek; bij docentfuncties hoort daar ook een proefcollege bij. Wij streven ernaar u binnen vier weken na de sluitingsdatum over de voortgang te informeren.\n\nMet vriendelijke groet,\nAfdeling HR",
            "Beste {name},\n\nBedankt voor je sollicitatie! We hebben je gegevens goed ontvangen.\n\nRegistratienummer: {regnr}\nVacature: {functie_ond}\nSluitingsdatum: {datum}\n\nMocht je worden uitgenodigd, dan bestaat de procedure uit een gesprek met de commissie en een korte presentatie over je onderzoeksvoorstel. Je status kun je volgen in het sollicitantenportaal.\n\nHR Servicecentrum",
            "Dit is een automatische ontvangstbevestiging.\n\nUw sollicitatie ({regnr}) is op {datum} in goede orde ontvangen. Er heeft nog geen beoordeling plaatsgevonden. Reageer niet op dit bericht.",
        ],
        n=6,
        extra={
            **NL,
            "functie_ond": [
                "Promovendus Waterbeheer (1,0 fte)",
                "Onderzoeksassistent Sociologie",
                "Docent Statistiek (0,8 fte)",
                "Laboratoriumanalist",
                "Postdoc Kustmorfologie",
            ],
            "vacnr": ["AT-2025-0142", "V25.0317", "WP-118-2025", "24/0893"],
            "regnr": ["SOL-77310", "2025-004182", "HRSC/25/1937", "R-041166"],
        },
    ),
    # idea: een klein bedrijf (webbureau, fietsenmaker, koffiebranderij) dat meteen "Ontvangen!" terugschrijft en belooft binnen twee weken te reageren
    Family(
        "rcv_r7_nl_ontvangen_klein_bedrijf",
        RCV,
        "[{rfirst} van {company} <{rfirst}@{slug}.nl>|{company} <hallo@{slug}.nl>]",
        [
            "Ontvangen!",
            "Re: sollicitatie {functie}",
            "Je mail is binnen 👍",
            "Dankjewel {name}",
        ],
        [
            "Hoi {name},\n\nOntvangen! Leuk dat je aan ons denkt. We zijn met z'n zessen, dus sollicitaties lezen we naast ons gewone werk. Uiterlijk over twee weken hoor je van ons, hoe dan ook.\n\nGroetjes,\n{rfirst}",
            "Hi {name}, je cv is binnen, dank je! Ik kijk er samen met {collega} naar en binnen twee weken laat ik iets weten.\n\n{rfirst}",
            "Beste {me},\n\nDank voor je sollicitatie als {functie}, die is goed aangekomen. We verzamelen eerst alle reacties en nemen daarna contact met je op, in elk geval vóór {datum}.\n\nMet vriendelijke groet,\n{rfirst} {rlast}\n{company}",
            "Je cv is ontvangen, top! Binnen twee weken krijg je antwoord van ons.\n\nTeam {company}",
        ],
        n=5,
        extra=NL_ALT,
    ),
]
