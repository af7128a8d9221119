# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 18: everyday texts and voicemails that a phone app forwards by mail, in all five
languages. The letters of round 18 brought many agency texts and transcribed voicemails
carrying job news; without their everyday neighbours the model began to doubt that a
dentist's reminder or a relative's voicemail is everyday mail, and held them for review.
Every sentence here is new, and none is about a job."""

from generate import Family

OTH = "other"

FAMILIES = [
    Family(
        "oth_phone_en_voicemail_everyday",
        OTH,
        "[Visual Voicemail <voicemail@mycarrier.example>|Voicemail to Email <vm@phonelink.example>|Call Notes <notes@callnotes.example>]",
        [
            "Voicemail from +44 7700 900 [412|877|305] (0:[21|38|44])",
            "New voicemail from 0[161|117|131] 496 0[532|118|907]",
            "Voicemail transcript – [yesterday|this morning|Sat]",
        ],
        [
            "Transcript: Hi love, it's [Auntie Jo|Nan|your brother]. Just ringing to see if you're still coming on [Sunday|Saturday] – we're doing [a curry|fish and chips|a barbecue if it stays dry]. Give us a bell when you get this. Bye bye.",
            "Transcript: Hello, this is the pharmacy on [High Street|Market Square]. Your prescription is ready to collect any time before [six|half five] today. Thanks.",
            "Transcript: Hi, it's [Gary|Steve] the plumber. I can come round [Thursday morning|first thing Friday] to look at the boiler, just text me if that suits. Cheers.",
            "Transcript: Hiya, it's [Becca|Mo] – are you still up for the [cinema|pub quiz|park run] [tonight|tomorrow]? Let me know and I'll get the [tickets|table]. See you!",
            "Transcript: Good afternoon, this is [Riverside|Oakfield] Vets calling to remind you that [Biscuit|Max|Luna] is due for [a booster|the annual check-up] next week. Please call us back to book.",
        ],
        n=7,
    ),
    Family(
        "oth_phone_en_texts_everyday",
        OTH,
        "[Text Relay <relay@textrelay.example>|Messages Backup <backup@smsvault.example>|SMS Forwarder <noreply@smsforward.example>]",
        [
            "Text message from [Glow Hair Studio|Parkside Surgery|Dad|Royal Mail]",
            "SMS from +61 4[12|31|77] 555 [019|220|731]",
            "New text message ([1|2] unread)",
        ],
        [
            "Hi, your appointment at Glow Hair Studio is on [Fri|Wed] at [2:30pm|11am]. Reply C to cancel. Thanks!",
            "Parkside Surgery: your flu jab is booked for [Tues 3 Dec|Mon 9 Dec] at [10:10|15:45]. Please arrive 5 minutes early.",
            "Dad: landed safely, phone nearly dead, will call tomorrow x",
            "Royal Mail: we tried to deliver your parcel today. Rebook at the link on your card or collect from the depot after [5pm|midday] tomorrow.",
            "Your [Uber Eats|Deliveroo] order is on its way, arriving in about [15|25] minutes.",
            "Reminder: [physio|eye test|MOT] at [Kingsway Clinic|Specsavers Hillside|Quick Fit Motors] on [Mon 6 Jan|Thu 9 Jan] at [10:20|14:00]. Reply YES to confirm or NO to cancel.",
            "[Brightway|Parkside] Dental: you're due a check-up. Reply Y to book the next free slot or call us on 0161 555 0[102|347].",
        ],
        n=7,
    ),
    Family(
        "oth_phone_de_everyday",
        OTH,
        "[Mobilbox <mobilbox@netzfunk.example>|SMS-Weiterleitung <sms@smsweiter.example>|Sprachbox <sprachbox@telefonie.example>]",
        [
            "Neue Sprachnachricht von 0[30|89|221] 555 [4411|1877|9203]",
            "Neue SMS von [Oma|Praxis Dr. Wendt|Apotheke am Markt]",
            "SMS von +49 1[51|60|72] 555[0134|7781]",
        ],
        [
            "Transkription: Hallo Schatz, hier ist [Oma|Mama]. Denkst du an [Papas Geburtstag am Sonntag|das Essen am Samstag]? Ruf mal zurück, wenn du Zeit hast. Tschüss.",
            "Praxis Dr. Wendt: Ihr Termin zur Kontrolle ist am [Dienstag|Donnerstag] um [08:45|16:20] Uhr. Bitte Versichertenkarte mitbringen.",
            "Apotheke am Markt: Ihre Bestellung liegt ab sofort zur Abholung bereit.",
            "Transkription: Guten Tag, hier ist die Autowerkstatt [Kühn|Bauer]. Ihr Wagen ist fertig, Sie können ihn ab [15|16] Uhr abholen.",
            "Hey, bist du [heute Abend|morgen] beim [Training|Chor|Stammtisch]? Ich bring den Schlüssel mit. LG [Tina|Jörg]",
            "Erinnerung: [Physiotherapie|Sehtest|Friseurtermin] am [Mo., 12.01.|Do., 15.01.] um [10:20|14:00] Uhr. Antworten Sie JA zur Bestätigung oder NEIN zum Absagen.",
        ],
        n=7,
    ),
    Family(
        "oth_phone_fr_everyday",
        OTH,
        "[Messagerie vocale <messagerie@opermobile.example>|Relais SMS <relais@sms-relais.example>|SMS vers mail <sms@transfert-sms.example>]",
        [
            "Nouveau message vocal de 0[6|7] [12|48|91] 55 [30|62] [14|77]",
            "Nouveau SMS de [Maman|Cabinet dentaire Lemoine|Pharmacie du Centre]",
            "SMS de +33 6 [41|58] 55 [20|73] [19|66]",
        ],
        [
            "Transcription : Coucou c'est [maman|ta sœur], tu passes toujours [dimanche|samedi midi] ? On fait [un gigot|une raclette]. Rappelle-moi quand tu peux, bisous.",
            "Cabinet dentaire Lemoine : rappel de votre rendez-vous le [mardi 10|jeudi 12] à [9h30|17h15]. Merci de prévenir en cas d'empêchement.",
            "Pharmacie du Centre : votre commande est prête, vous pouvez passer la récupérer aux heures d'ouverture.",
            "Transcription : Bonjour, c'est le garage [Martin|des Lilas], votre voiture est prête, vous pouvez venir la chercher à partir de [16h|17h]. Bonne journée.",
            "Salut ! Toujours ok pour [le ciné|le foot|le marché] [ce soir|demain] ? Je réserve ? [Julien|Inès]",
            "Rappel : [kiné|contrôle technique|coiffeur] le [lun. 12/01|jeu. 15/01] à [10h20|14h]. Répondez OUI pour confirmer ou NON pour annuler.",
        ],
        n=7,
    ),
    Family(
        "oth_phone_es_everyday",
        OTH,
        "[Buzón de voz <buzon@movilnet.example>|Reenvío SMS <sms@reenvio.example>|Mensajes de voz <voz@telefonia.example>]",
        [
            "Nuevo mensaje de voz de +34 6[12|55|78] 555 [104|829]",
            "Nuevo SMS de [Mamá|Clínica Dental Sonrisa|Farmacia Central]",
            "SMS de +52 55 5[512|874] [3301|0927]",
        ],
        [
            "Transcripción: Hola cariño, soy [mamá|la abuela]. ¿Vienes el [domingo|sábado] a comer? Hago [paella|cocido]. Llámame cuando puedas, un beso.",
            "Clínica Dental Sonrisa: le recordamos su cita el [martes|jueves] a las [10:30|18:00]. Responda SÍ para confirmar.",
            "Farmacia Central: su pedido ya está disponible para recoger.",
            "Transcripción: Buenas, le llamamos del taller [Hermanos Ruiz|El Pistón]. Su coche ya está listo, puede pasar a partir de las [cinco|seis].",
            "Oye, ¿al final vamos [al cine|a la playa|al partido] [esta tarde|mañana]? Dime algo y compro las entradas. [Lucía|Javi]",
            "Recordatorio: [fisioterapia|revisión de la vista|ITV] el [lun. 12/01|jue. 15/01] a las [10:20|14:00]. Responda SÍ para confirmar o NO para anular.",
        ],
        n=7,
    ),
    Family(
        "oth_phone_nl_everyday",
        OTH,
        "[Voicemail naar e-mail <voicemail@mijnmobiel.example>|SMS doorsturen <sms@doorstuur.example>|Ingesproken berichten <berichten@belnet.example>]",
        [
            "Nieuwe voicemail van 06 [1234|5566|8812] [5501|0937]",
            "Nieuw sms-bericht van [Mama|Tandartspraktijk De Linde|Apotheek Centrum]",
            "Ingesproken bericht van 0[20|30|10] 555 [1290|4476]",
        ],
        [
            "Transcriptie: Hoi lieverd, met [mama|oma]. Kom je [zondag|zaterdag] nog eten? We maken [stamppot|gourmet]. Bel je even terug? Doei.",
            "Tandartspraktijk De Linde: herinnering aan uw afspraak op [dinsdag|donderdag] om [09:15|16:40]. Verhinderd? Bel ons tijdig.",
            "Apotheek Centrum: uw medicijnen liggen klaar. U kunt ze ophalen tijdens openingstijden.",
            "Transcriptie: Goedemiddag, u spreekt met garage [Van Dijk|De Vries]. Uw auto is klaar, u kunt hem vanaf [vier|vijf] uur ophalen.",
            "Hee, gaan we [vanavond|morgen] nog [padellen|naar de film|hardlopen]? Laat even weten, dan reserveer ik. [Sanne|Bram]",
            "Herinnering: [fysiotherapie|oogmeting|APK] op [ma 12 jan|do 15 jan] om [10:20|14:00]. Antwoord JA om te bevestigen of NEE om te annuleren.",
        ],
        n=7,
    ),
]
