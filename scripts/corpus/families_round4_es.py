# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 4 in Spanish: more of every label, in voices the earlier rounds did not use.

The classifier still read Spanish poorly: rejections that never say "lamentablemente"
(a portal's phase tracker, a manager's warm note after a call, a budget that vanished, a
full graduate programme, a failed test or trial shift, an offer taken back, a town hall's
resolución), offers from public bodies and agencies, interview logistics, recorded video
reminders, urgent agency vacancies, receipts with unfilled placeholders, and hard
negatives from universities, landlords, foundations, conferences and auto-replies.
Spain, Mexico, Argentina and Colombia; usted and tú/vos; portals, public sector, small
firms and non-native writers. Slot values come from families_languages; every sentence
here is new."""

from families_languages import ES, ES_ATS, ES_PERSON
from generate import Family

AREA = ["Finanzas", "Marketing", "Ingeniería", "Operaciones", "Datos", "Atención al Cliente"]
ORGANISMO = [
    "Ayuntamiento de Valdeolmos del Río",
    "Universidad Pública de Sierra Alta",
    "Diputación Provincial de Montenegro",
    "Consorcio de Aguas del Levante",
    "Ayuntamiento de Santa Olalla de Campos",
]
ORGMAIL = [
    "seleccion@aytovaldeolmos.example",
    "personal@upsierraalta.example",
    "empleo.publico@dipmontenegro.example",
    "rrhh@consorcioaguaslevante.example",
    "personal@santaolalla.example",
]
PUBLICO = {
    **ES,
    "organismo": ORGANISMO,
    "orgmail": ORGMAIL,
    "exp": ["2024/0317", "SP-118/2025", "PER-2025-0042", "RRHH 56/2024", "BT-09/2025"],
    "plaza": [
        "Técnico/a de Administración General",
        "Auxiliar Administrativo/a",
        "Técnico/a de Juventud",
        "Técnico/a Informático/a",
        "Técnico/a de Comunicación",
        "Conserje de centros educativos",
    ],
    "punt": ["11,40", "8,75", "14,20", "9,05", "12,60"],
}

FAMILIES: list[Family] = [
    # ---------------------------------------------------------------------------------
    # rejection
    # ---------------------------------------------------------------------------------
    # idea: a candidate portal's "seguimiento" mail that shows the phase tracker and ends on a closed phase
    Family(
        "rej_es_r4_seguimiento_portal",
        "rejection",
        ES_ATS,
        [
            "Hay novedades en tu proceso con {company}",
            "Seguimiento de tu candidatura {ref}",
            "{company}: actualización de estado",
            "Tu proceso para {puesto} ha cambiado de fase",
        ],
        [
            "Hola {name}:\n\nEntra en tu área personal para ver el detalle; aquí tienes un resumen:\n\n✔ Candidatura recibida\n✔ Revisión del perfil\n✖ Entrevista con el equipo – no disponible\n\nResultado: tu participación en el proceso de {puesto} ha terminado. Esta oferta no admitirá más pasos con tu perfil, aunque puedes inscribirte en otras vacantes de {company} cuando quieras.\n\nNotificación enviada por el sistema de gestión de candidaturas. No contestes a esta dirección.",
            "Estimado/a {me}:\n\nSe ha registrado un cambio en el expediente de su candidatura n.º {ref} ({puesto}).\n\nFase anterior: Evaluación curricular\nFase actual: Cerrada sin continuidad\nMotivo: el perfil no se ajusta a los requisitos definidos para esta posición\n\nDe acuerdo con nuestra política de privacidad, sus datos se conservarán durante doce meses y después se suprimirán. Para ejercer sus derechos, escriba a privacidad@{slug}.es.\n\n{company} · Sistema de Selección",
            "Hola de nuevo, {name} 👋\n\nQueríamos contarte en qué punto está tu postulación a {puesto}. Después de revisar todas las solicitudes, el equipo ha cerrado la lista de personas que pasan a entrevista y la tuya no figura en ella, así que tu postulación queda finalizada.\n\nGracias por pensar en {company}. ¿Quieres que te avisemos cuando abramos vacantes parecidas? Puedes activarlo en tu perfil.\n\nEl equipo de People",
            "Estado de la solicitud: FINALIZADA\nPuesto: {puesto} – {ciudad}\nCódigo: {ref}\n\nEstimado candidato: la empresa ha revisado su solicitud y ha decidido no avanzar con ella. Este aviso es definitivo para esta vacante; no necesita realizar ninguna acción.\n\n(Mensaje generado automáticamente desde el portal de empleo de {company}.)",
        ],
        n=6,
        extra=ES,
    ),
    # idea: a hiring manager writing the day after a phone or video call, warm, circling around the no before saying it
    Family(
        "rej_es_r4_tras_llamada",
        "rejection",
        ES_PERSON,
        [
            "Re: nuestra charla del {dia}",
            "Después de la llamada",
            "Gracias por la conversación, {name}",
            "Re: {puesto}",
        ],
        [
            "Hola {name}:\n\nTe escribo con calma después de la llamada del {dia}. Me gustó mucho cómo contaste el proyecto de tu último trabajo y me quedé dándole vueltas a varias cosas que dijiste. Lo he hablado con el equipo y, siendo sincero/a, para lo que necesitamos ahora buscamos a alguien que ya haya llevado un equipo propio, así que no vamos a dar el siguiente paso contigo en este proceso.\n\nNo quería dejarte sin respuesta ni mandarte una plantilla. Si algún día te apetece tomar un café, aquí me tienes.\n\nUn abrazo,\n{rfirst}",
            "Buenas tardes, {me}:\n\nMuchas gracias por dedicarme casi una hora el otro día; fue de las conversaciones más interesantes de todo el proceso. Estas decisiones nunca son fáciles y esta vez me ha costado especialmente: la persona que finalmente hemos elegido viene de [un rol casi idéntico al que ofrecemos|nuestro mismo sector], y eso ha inclinado la balanza. Siento no tener mejores noticias para usted.\n\nLe deseo lo mejor y espero sinceramente que nuestros caminos vuelvan a cruzarse.\n\n{rfirst} {rlast}\n{company}",
            "{name}, ¡hola!\n\nPrometí escribirte antes del viernes y aquí estoy. No te voy a marear: no seguimos adelante contigo para {puesto}. No fue nada que hicieras mal en la llamada; el puesto ha ido cambiando mientras hablábamos con gente y ahora pide un perfil más [comercial|técnico|de gestión] que el tuyo.\n\nGracias por la paciencia con nuestros tiempos.\n{rfirst}",
            "Hola {name},\n\nperdoná la demora, quería contestarte yo y no el sistema. Después de nuestra videollamada lo pensamos bastante, pero decidimos cerrar la búsqueda con otra persona del proceso. Me quedo con tu contacto por si más adelante abrimos algo en tu línea.\n\nUn saludo grande desde {ciudad},\n{rfirst}\n\nEnviado desde mi celular",
        ],
        n=6,
        extra=ES,
    ),
    # idea: a company closing the vacancy because its budget line was pulled or a client walked away; one written by a non-native HR partner of a foreign group
    Family(
        "rej_es_r4_sin_presupuesto",
        "rejection",
        "[{company} RR. HH. <rrhh@{slug}.es>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>]",
        [
            "El puesto de {puesto} se cierra",
            "Cambio de planes con la vacante {ref}",
            "Aviso sobre tu proceso en {company}",
            "Cancelación del proceso de selección",
        ],
        [
            "Estimado/a {me}:\n\nNos ponemos en contacto con usted para informarle de que la partida presupuestaria asignada a la posición de {puesto} ha sido retirada en la última revisión del plan anual. Como consecuencia, la vacante desaparece y el proceso en el que participaba se da por concluido sin contratación.\n\nSentimos el tiempo que ha invertido y le agradecemos la disposición mostrada en todo momento.\n\nUn saludo cordial,\nÁrea de Personas – {company}",
            "Hola {name}:\n\nmalas noticias, y me sabe fatal dártelas: el cliente principal del proyecto para el que íbamos a contratar se ha echado atrás, y sin ese contrato no podemos sostener el puesto. Hemos parado la contratación y no vamos a continuar con ningún candidato, tampoco contigo.\n\nGracias por todo lo que le dedicaste a las entrevistas.\n{rfirst}",
            "Hola {name},\n\nte escribimos sobre la posición {puesto} en nuestra oficina de {ciudad}. Nuestra casa matriz ha decidido de no abrir esta posición este año, por eso cancelamos el proceso completo y tu candidatura no puede continuar. Pedimos disculpa por esta noticia y gracias para tu interés en {company}.\n\nSaludos cordiales\n{rfirst} {rlast}\nHR Business Partner Iberia",
            "Estimado/a candidato/a:\n\nLe comunicamos que la oferta {ref} ({puesto}) ha sido dada de baja por la empresa y no se realizará ninguna contratación. Todas las candidaturas asociadas quedan cerradas.\n\nGracias por su participación.\n{company}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: a graduate-programme / internship office telling applicants every place of this edition is taken
    Family(
        "rej_es_r4_programa_completo",
        "rejection",
        "[Programa Talento Joven {company} <graduates@{slug}.com>|Prácticas {company} <practicas@{slug}.es>|Oficina de Prácticas – {company} <becarios@{slug}.es>]",
        [
            "Programa de Prácticas {anio}: tu solicitud",
            "Plazas del Graduate Program cubiertas",
            "Respuesta a tu solicitud de prácticas",
            "{company} Trainee Program – resultado",
        ],
        [
            "Hola {name}:\n\nGracias por presentarte a nuestro programa de prácticas {anio} en el área de {area}. Este año hemos recibido más de {big} solicitudes para muy pocas plazas y ya están todas asignadas, así que tu solicitud no sigue adelante en esta edición.\n\nLa próxima convocatoria se abre en [octubre|febrero]; si sigues estudiando, te animamos a volver a intentarlo.\n\nEquipo de Talento Joven",
            "Estimado/a {me}:\n\nLe informamos de que el Graduate Program {anio} de {company} ha completado su cupo de participantes. Aunque su expediente cumplía los requisitos de acceso, no ha sido posible ofrecerle una plaza en esta promoción, por lo que su solicitud se considera cerrada.\n\nLe deseamos mucho éxito en el inicio de su carrera profesional.\n\nAtentamente,\nGraduate Recruitment",
            "Hola {name}!\n\nTe escribo de parte de la oficina de prácticas. Nos mandaste tu CV para las prácticas curriculares en {area}: lo sentimos, pero ya cerramos el cupo con los alumnos que firmaron el convenio el mes pasado y no podemos sumar a nadie más este cuatrimestre.\n\nSi querés, volvé a enviarnos el CV para el segundo cuatrimestre.\n\nSaludos,\n{rfirst}\nOficina de Prácticas",
            "Todas las plazas del programa de becarios de verano {anio} están ocupadas. No continuaremos con su solicitud ({ref}). Gracias por el interés.\n\n{company} – Recursos Humanos",
        ],
        n=6,
        extra={**ES, "anio": ["2025", "2026"], "area": AREA},
    ),
    # idea: "tu resultado" after a knowledge test, an assessed exercise or a shop trial shift, with the score or the reason
    Family(
        "rej_es_r4_resultado_prueba",
        "rejection",
        "[{company} Selección <seleccion@{slug}.es>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|Evaluaciones {company} <evaluaciones@{slug}.com>]",
        [
            "Tu resultado en la prueba de {puesto}",
            "Resultado de la jornada de prueba",
            "Valoración de tu ejercicio",
            "Prueba de conocimientos – resultado",
        ],
        [
            "Hola {name}:\n\nYa tenemos tu resultado de la prueba de conocimientos: {nota} puntos sobre 100. Para pasar a la entrevista final pedíamos un mínimo de 70, así que en este proceso no podemos seguir contigo.\n\nSabemos que preparar la prueba lleva su tiempo y te lo agradecemos. Si quieres el desglose por bloques, contesta a este correo y te lo enviamos.\n\nEquipo de Selección",
            "Hola {name}:\n\nGracias por venir el {dia} a hacer la jornada de prueba en la tienda de {ciudad}. Estuvimos comentando cómo fue el día con la encargada y, aunque se notó tu buena actitud, echamos en falta algo más de soltura con la caja y el almacén para el ritmo que llevamos en temporada alta. Hemos decidido no contratarte esta vez.\n\nMucho ánimo,\n{rfirst}",
            "Estimado/a {me}:\n\nEl comité técnico ha corregido el ejercicio práctico que entregó para el puesto de {puesto}. Lamentamos comunicarle que la solución no alcanza el nivel exigido en los apartados de [arquitectura y pruebas|rigor del análisis|estructura y claridad], por lo que su candidatura no pasa a la fase de entrevistas.\n\nAgradecemos el esfuerzo realizado.\n\nAtentamente,\n{company}",
            "Resultado de evaluación\n\nCandidato/a: {me}\nPrueba: razonamiento lógico y numérico\nResultado: NO APTO\n\nCon este resultado finaliza su participación en el proceso {ref}. Gracias por su tiempo.\n\n{company} – Evaluaciones",
        ],
        n=6,
        extra={**ES, "nota": ["48", "55", "61", "64", "52"]},
    ),
    # idea: an offer already accepted taken back days before the first day: takeover by an investor, cancelled project with compensation, role deleted from the org chart
    Family(
        "rej_es_r4_incorporacion_anulada",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|Dirección de Recursos Humanos {company} <rrhh@{slug}.es>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>]",
        [
            "Tu fecha de incorporación del {fecha}",
            "Sobre tu contrato con {company}",
            "Comunicación importante antes de tu primer día",
            "Re: bienvenida al equipo",
        ],
        [
            "Hola {name}:\n\nNo encuentro una buena forma de decirte esto. Hace diez días celebrábamos tu sí y hoy tengo que contarte que no podrás empezar con nosotros el {fecha}. Tras la compra de {company} por un grupo inversor, los nuevos dueños han anulado todas las contrataciones que todavía no habían arrancado, y la tuya está en esa lista. Nuestra oferta deja de tener validez.\n\nSé que quizá dijiste que no a otras opciones por nosotros. Llámame cuando quieras y vemos cómo te puedo echar una mano.\n\n{rfirst}",
            "Estimado/a {me}:\n\nPor medio de la presente le comunicamos que {company} desiste de la contratación acordada para el puesto de {puesto}, cuya incorporación estaba prevista para el {fecha}. La decisión obedece a la cancelación del proyecto al que iba destinado el puesto. Dado que el contrato no había llegado a iniciarse, le abonaremos como compensación el importe equivalente a [quince días|un mes] de salario.\n\nLamentamos sinceramente los perjuicios ocasionados.\n\nDirección de Recursos Humanos",
            "{name}:\n\nte confirmo por escrito lo que hablamos por teléfono esta tarde. La plaza de {puesto} que te ofrecimos, y que aceptaste, ha quedado suprimida en el nuevo organigrama, así que retiramos la oferta y no habrá incorporación. Te adjunto la anulación del documento de aceptación para que conste.\n\nLo siento muchísimo.\n{rfirst} {rlast}\nDirector/a de Operaciones",
            "Buenos días, {me}. Lamentamos informarle de que la oferta de empleo que le enviamos para {puesto} queda revocada con efecto inmediato y no procede su incorporación. Recibirá además una carta oficial por correo postal.\n\nAtentamente,\nRR. HH. {company}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: a town hall's / public university's notification on a temporary hiring process: expediente, tribunal, puntuación, recurso de alzada
    Family(
        "rej_es_r4_resolucion_publica",
        "rejection",
        "[Servicio de Personal <{orgmail}>|Notificaciones Electrónicas <no-reply@notifica.example>|Empleo Público – Servicio de Personal <empleopublico@sedeelectronica.example>]",
        [
            "Resolución del proceso selectivo – Exp. {exp}",
            "Notificación: bolsa de empleo temporal {exp}",
            "Resultado de la convocatoria de {plaza}",
            "Comunicación del tribunal calificador",
        ],
        [
            "Estimado/a Sr./Sra. {me}:\n\nEn relación con el proceso selectivo para la provisión con carácter temporal de una plaza de {plaza} (expediente {exp}), le comunicamos que, a la vista de la valoración de méritos efectuada por el tribunal calificador, no ha resultado propuesto/a para el nombramiento. Su puntuación total ha sido de {punt} puntos.\n\nContra la presente resolución podrá interponer recurso de alzada en el plazo de un mes contado desde el día siguiente a su notificación.\n\nEl/La Jefe/a del Servicio de Personal",
            "Expediente: {exp}\nAsunto: Lista definitiva de personas aspirantes admitidas y excluidas\n\nSe le notifica que figura como EXCLUIDO/A en la lista definitiva del proceso para la constitución de una bolsa de {plaza}, por la causa siguiente: no acreditar la titulación exigida en la base tercera. Al tratarse de la lista definitiva, no continuará en el proceso.\n\nPuede consultar la resolución completa en la sede electrónica.\n\n{organismo}",
            "Buenos días, {name}:\n\nLe escribimos desde el Servicio de Personal ({organismo}). Finalizadas la entrevista y la prueba práctica del proceso {exp} ({plaza}), el tribunal ha propuesto la contratación de otra persona aspirante con mayor puntuación. Usted ha obtenido {punt} puntos, pero al existir una única plaza su candidatura no prospera.\n\nAgradecemos su participación.\n\nUn saludo,\nServicio de Personal",
        ],
        n=6,
        extra=PUBLICO,
    ),
    # idea: "not this time, but your CV stays in our pool" closings where the no is wrapped in a positive sentence (Spain and Colombia)
    Family(
        "rej_es_r4_bolsa_talento",
        "rejection",
        ES_ATS,
        [
            "Tu CV se queda con nosotros",
            "Proceso {puesto}: cierre",
            "Gracias por participar – {company}",
            "Seguimos en contacto",
        ],
        [
            "Hola {name}:\n\nHemos terminado el proceso de {puesto} y, aunque esta vez la posición se la ha llevado otra persona, tu perfil nos ha dejado muy buen sabor de boca. Por eso, con tu permiso, lo guardamos en nuestra bolsa de talento: cuando salga algo que encaje contigo, estarás entre las primeras personas a las que llamemos.\n\nSi prefieres que borremos tus datos, solo tienes que decírnoslo.\n\nUn saludo,\nTalento {company}",
            "Estimado/a {me}:\n\nLe agradecemos la confianza depositada en {company}. En esta ocasión no podremos contar con usted para la vacante de {puesto}, pero su currículum pasa a formar parte de nuestra base de candidatos durante los próximos [12|24] meses, de acuerdo con el consentimiento que nos otorgó al inscribirse.\n\nAtentamente,\nDepartamento de Selección",
            "¡Hola {name}!\n\nNo te hemos elegido para este puesto, pero no queremos perderte de vista 🙂 Te hemos añadido a nuestro pool de candidatos de {area}, así que puede que te escribamos más adelante con otra propuesta.\n\nGracias por tu tiempo y ¡suerte!\nEl equipo de People de {company}",
            "Buenas tardes:\n\nPor el momento no vamos a avanzar con su postulación a {puesto}. Conservamos su hoja de vida en nuestro banco de candidatos y la tendremos presente para futuras convocatorias en {ciudad}.\n\nCordialmente,\nGestión Humana – {company}",
        ],
        n=6,
        extra={**ES, "area": AREA},
    ),
    # ---------------------------------------------------------------------------------
    # offer
    # ---------------------------------------------------------------------------------
    # idea: a small-firm boss, an Argentine and a Mexican manager telling the person the job is theirs, casual
    Family(
        "off_es_r4_decision_tomada",
        "offer",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} <{rfirst}@{slug}.com>|{rfirst} {rlast} <{rfirst}@{slug}.com.ar>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.com.mx>]",
        [
            "¿Cuándo puedes empezar?",
            "¡Quedaste! 🎉",
            "Decisión tomada",
            "Re: charla con el equipo",
        ],
        [
            "¡{name}! Lo hemos hablado esta mañana y no hizo falta ni votar: queremos que seas nuestro/a nuevo/a {puesto}. Te llamo luego para hablar de números, pero la idea es {sueldo} y que empieces cuando tú puedas. ¿Te animas?\n\n{rfirst}",
            "Hola {name}, ¿cómo andás?\n\nTe escribo con una linda noticia: quedaste seleccionado/a para el puesto de {puesto}. El equipo te eligió por unanimidad. Mañana te mando la propuesta formal con el sueldo y los beneficios; si te cierra, arrancarías el {fecha}.\n\n¡Bienvenido/a a bordo!\n{rfirst}",
            "Hola {name}:\n\nTe escribo corto porque estoy entre reuniones: después de tu visita al taller lo tenemos clarísimo, el trabajo es para ti. ¿Te vienes con nosotros? Dime qué día puedes pasarte a firmar y lo dejo todo preparado.\n\nUn abrazo,\n{rfirst}\n\nEnviado desde mi móvil",
            "Hola {name}:\n\n¡Muchas felicidades! Te quedaste con la vacante de {puesto}. Nos encantaría que te integres al equipo a partir del {fecha}. En un rato te mando la carta oferta con el sueldo mensual y las prestaciones (aguinaldo, vales de despensa y seguro de gastos médicos mayores).\n\nSaludos,\n{rfirst} {rlast}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: HR administration sending the employment contract for signature with the documents needed for the alta; a Mexican "contrato individual de trabajo"
    Family(
        "off_es_r4_contrato_firma",
        "offer",
        "[{company} RR. HH. <rrhh@{slug}.es>|Administración de Personal {company} <personal@{slug}.es>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|Capital Humano {company} <capitalhumano@{slug}.com.mx>]",
        [
            "Documentación contractual – {puesto}",
            "Contrato de trabajo para su firma",
            "Formalización de su incorporación a {company}",
            "Contrato y anexos – {me}",
        ],
        [
            "Estimado/a {me}:\n\nDe acuerdo con la propuesta que aceptó verbalmente, le remitimos adjunto el contrato de trabajo [indefinido a jornada completa|indefinido con jornada de 35 horas semanales] para el puesto de {puesto}, junto con el anexo de retribución ({sueldo}) y la política de teletrabajo.\n\nLe rogamos que revise la documentación y la firme a través de la plataforma de firma electrónica antes del {fecha}. Para tramitar su alta en la Seguridad Social necesitaremos además copia de su DNI, su número de afiliación y un certificado de titularidad bancaria.\n\nQuedamos a su disposición.\n\nAdministración de Personal\n{company}",
            "Hola {name}:\n\nTal y como te adelantó {rfirst2}, aquí tienes el contrato para que lo leas con tranquilidad. Lo más importante:\n\n• Puesto: {puesto}\n• Salario: {sueldo}\n• Periodo de prueba: [seis meses|dos meses]\n• Incorporación: {fecha}\n\nFírmalo desde el enlace de DocuSign que te llegará en unos minutos. Si ves algo que no te cuadra, escríbeme antes de firmar.\n\nUn saludo,\n{rfirst}\nPeople Ops",
            "Estimado/a {me}:\n\nNos complace enviarle su contrato individual de trabajo por tiempo indeterminado para ocupar el cargo de {puesto}, con fecha de ingreso el {fecha}. Adjuntamos también el reglamento interior de trabajo y el aviso de privacidad.\n\nFavor de traer el contrato firmado en dos tantos el día de su ingreso, junto con su RFC, CURP y un comprobante de domicilio.\n\nAtentamente,\nCapital Humano – {company}",
        ],
        n=6,
        extra={**ES, "rfirst2": ["Marta", "Íñigo", "tu futura responsable", "Andrés", "Begoña"]},
    ),
    # idea: public-sector appointment: propuesta de nombramiento interino, a bolsa call offering a contract within 24 h, and a summons to sign
    Family(
        "off_es_r4_nombramiento_publico",
        "offer",
        "[Servicio de Personal <{orgmail}>|Notificaciones Electrónicas <no-reply@notifica.example>|Empleo Público – Servicio de Personal <empleopublico@sedeelectronica.example>]",
        [
            "Propuesta de nombramiento – {plaza}",
            "Llamamiento de bolsa de trabajo: oferta de contratación",
            "Citación para la firma del contrato – Exp. {exp}",
            "Oferta de nombramiento interino",
        ],
        [
            "Estimado/a Sr./Sra. {me}:\n\nUna vez concluido el proceso selectivo {exp}, el tribunal calificador ha elevado al órgano competente la propuesta de nombramiento a su favor como funcionario/a interino/a en la plaza de {plaza}.\n\nPara formalizar el nombramiento deberá presentar en el Registro General, en el plazo de veinte días naturales, la documentación acreditativa de los requisitos (titulación original, declaración responsable de no haber sido separado/a del servicio y certificado médico). La toma de posesión está prevista para el {fecha}.\n\nLo que se le comunica para su conocimiento y efectos.\n\nPor delegación,\nla Dirección de Recursos Humanos\n{organismo}",
            "Buenos días, {name}:\n\nLe hemos llamado esta mañana sin éxito, por eso le escribimos. Según el orden de la bolsa de {plaza}, le corresponde a usted la siguiente oferta:\n\nEntidad: {organismo}\nTipo: contrato de interinidad para sustituir a una persona en excedencia\nJornada: completa\nInicio: {fecha}\n\nNecesitamos que acepte o renuncie en un plazo de 24 horas contestando a este correo o llamando al 9XX XXX XXX. Si no responde, pasará al final de la lista según lo previsto en las bases.\n\nNegociado de Personal",
            "NOTIFICACIÓN\n\nExpediente: {exp}\nInteresado/a: {me}\n\nVista la propuesta del órgano de selección, se le ofrece la contratación laboral temporal como {plaza} con una retribución de {sueldo}. Deberá comparecer el {dia} {fecha} a las {hora} en el Servicio de Personal para la firma del contrato, provisto/a de DNI y número de la Seguridad Social.\n\nSi no comparece sin causa justificada, se entenderá que renuncia a la oferta.\n\n{organismo}",
        ],
        n=6,
        extra=PUBLICO,
    ),
    # idea: an agency consultant who just hung up with the client: "te han elegido", one WhatsApp-style, one formal partner note
    Family(
        "off_es_r4_agencia_lo_tienes",
        "offer",
        "agency",
        [
            "¡Lo tienes! {company} te quiere",
            "Noticias del cliente 🙌",
            "Oferta de {company} para ti",
            "Re: proceso {puesto}",
        ],
        [
            "Hola {name}:\n\n¡Tengo noticias buenísimas! Acabo de colgar con {company}: te han elegido para el puesto de {puesto}. Su propuesta es {sueldo}, contrato indefinido desde el primer día y dos días de teletrabajo, y quieren que empieces el {fecha}.\n\nTe reenvío la oferta oficial en cuanto me la manden. Mientras tanto, ¿me confirmas que sigues interesado/a? Si quieres pedir algo más, yo me encargo de negociarlo.\n\n¡Enhorabuena!\n{rfirst} {rlast}\n{agency}",
            "Buenas, {name}! Lo que te adelanté por WhatsApp: oferta cerrada con {company} 🎉 El puesto en {ciudad} es tuyo. Ahora te paso la carta con las condiciones para que la firmes. Un abrazo!\n{rfirst}",
            "Estimado/a {me}:\n\nLe comunico que nuestro cliente, {company}, ha decidido presentarle una oferta de empleo para la posición de {puesto} tras la última entrevista con su comité de dirección. Adjunto encontrará el resumen de condiciones (retribución fija de {sueldo} más variable y vehículo de empresa). El cliente agradecería una respuesta antes del {fecha}.\n\nQuedo a su disposición para comentarlo.\n\nCordialmente,\n{rfirst} {rlast}\nSocio/a, {agency}",
        ],
        n=6,
        extra=ES,
    ),
    # ---------------------------------------------------------------------------------
    # interview
    # ---------------------------------------------------------------------------------
    # idea: on-site interview logistics: street address, security desk, who you will meet, where to park (incl. a warehouse foreman's text)
    Family(
        "int_es_r4_como_llegar",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} Selección <seleccion@{slug}.es>|{rfirst} <{rfirst}@{slug}.com.ar>]",
        [
            "Cómo llegar a nuestra oficina – {dia}",
            "Detalles para tu entrevista presencial",
            "Su visita a {company} el {fecha}",
            "Mañana nos vemos: acceso al edificio",
        ],
        [
            "Hola {name}:\n\nTe dejo todo lo necesario para el {dia}:\n\n📍 Dirección: {direccion}, {ciudad}\n🕙 Hora: {hora} (llega diez minutos antes, que en recepción piden el DNI)\n👥 Te reciben: {rfirst}, de Selección, y [la jefa del equipo de {area}|el director de operaciones]\n\nEl metro más cercano está a cinco minutos andando. No hay aparcamiento para visitas, así que mejor en transporte público.\n\n¡Hasta el {dia}!\n{rfirst}",
            "Estimado/a {me}:\n\nLe confirmamos su entrevista presencial para el puesto de {puesto} el {fecha} a las {hora}. Al llegar a {direccion}, diríjase al control de seguridad de la planta baja e indique que tiene cita con el Departamento de Personas; allí le entregarán una tarjeta de visitante.\n\nLa entrevista tendrá dos partes: una conversación con [la responsable de selección|el jefe de área] y una breve visita a las instalaciones. Duración estimada: 75 minutos.\n\nUn cordial saludo,\n{company}",
            "Hola {name}, soy {rfirst}. Para lo de mañana: el almacén está en el polígono, nave 12. No entres por la puerta de camiones, sino por la de al lado, la del cartel azul. Puedes dejar el coche dentro. Pregunta por mí en la oficina y hacemos la entrevista allí mismo. ¡Nos vemos a las {hora}!",
            "Buen día, {name}:\n\nTe recordamos que tu entrevista es este {dia} a las {hora} en nuestra sede de {ciudad} ({direccion}, piso 4). Preguntá por {rfirst} en la recepción. Vas a conocer a tu futuro líder y a alguien del equipo. Si tenés algún problema para llegar, escribinos.\n\nSaludos,\nEquipo de Talento",
        ],
        n=6,
        extra={
            **ES,
            "area": AREA,
            "direccion": [
                "Calle de Alcalá 212",
                "Avinguda Diagonal 450",
                "Paseo de la Castellana 95",
                "Calle Colón 18",
                "Gran Vía 33",
            ],
        },
    ),
    # idea: a hiring manager's two lines asking for a short call this week, from a phone or between meetings
    Family(
        "int_es_r4_dos_lineas",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} <{rfirst}@{slug}.com>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>]",
        [
            "¿Llamada corta esta semana?",
            "Re: tu candidatura",
            "{puesto} – ¿hablamos?",
            "Un rato para hablar?",
        ],
        [
            "Hola {name}, he visto tu CV para {puesto} y me gustaría charlar 20 minutos contigo. ¿Te va bien el {dia} a las {hora}?\n{rfirst}",
            "{name}, ¿tienes un hueco esta semana para una llamada rápida sobre el puesto? Pásame tu número y una hora y te llamo yo.\n\nSaludos,\n{rfirst} ({company})",
            "Buenas tardes, {me}. Soy {rfirst} {rlast}, responsable del área. Quisiera mantener una breve conversación telefónica con usted sobre su candidatura; ¿le encaja el {dia} por la mañana?",
            "Hola! Me pasaron tu postulación. ¿Podemos hacer una videollamada cortita el {dia}? 15 min, para conocernos.\n{rfirst}\n\nEnviado desde mi iPhone",
        ],
        n=6,
        extra=ES,
    ),
    # idea: a calendar invitation and two e-mails with the Meet / Teams / Zoom link for a live video interview
    Family(
        "int_es_r4_enlace_video",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} Selección <seleccion@{slug}.es>|Secretaría de Dirección {company} <direccion@{slug}.es>]",
        [
            "Invitación: entrevista {puesto} – {dia} {hora}",
            "Enlace para nuestra videollamada",
            "Entrevista online con {company}",
            "Confirmada: entrevista por Teams",
        ],
        [
            "{rfirst} {rlast} le ha invitado a un evento\n\nEntrevista – {puesto}\n{dia}, {fecha} · {hora} (hora peninsular) · 45 min\n\nUnirse con Google Meet: https://meet.google.com/{meet}\nUnirse por teléfono: (ES) +34 9XX XX XX XX  PIN: XXXXXX\n\nInvitados: {rfirst} {rlast} (organizador), {me}\n\n¿Asistirá? Sí · No · Quizás",
            "Hola {name}:\n\nTe confirmo la entrevista del {dia} a las {hora} con [nuestra CTO|el responsable de producto|la directora financiera]. Será por Microsoft Teams; aquí tienes el enlace:\n\nhttps://teams.microsoft.com/l/meetup-join/{meet}\n\nNo hace falta instalar nada, se abre desde el navegador. Ten la cámara encendida, por favor, y busca un sitio tranquilo. Si surge cualquier problema técnico, llámame.\n\nUn saludo,\n{rfirst}",
            "Estimado/a {me}:\n\nPor indicación de la responsable del proceso, le remito el enlace de acceso a la entrevista por videoconferencia prevista para el {fecha} a las {hora} (hora de {ciudad}):\n\nZoom: https://zoom.us/j/{zoomid}\nCódigo de acceso: {pin}\n\nLe rogamos que se conecte cinco minutos antes para comprobar el audio y el vídeo.\n\nAtentamente,\nSecretaría de Dirección – {company}",
        ],
        n=6,
        extra={
            **ES,
            "meet": ["abc-defg-hij", "kpt-wzqa-mro", "xvn-ubje-tsa", "qre-mmko-pld"],
            "zoomid": ["84512093311", "91273650044", "76120948835"],
            "pin": ["482913", "Entrevista24", "730191"],
        },
    ),
    # idea: rescheduling in four voices: granting the candidate's request, a panel member off sick, an ATS "reprogramada" notice, a manager asking to push an hour
    Family(
        "int_es_r4_reprogramar",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} Selección <seleccion@{slug}.es>|Talento {company} <talento@{slug}.com>]",
        [
            "Nueva fecha para su entrevista",
            "Re: cambio de día – entrevista {puesto}",
            "Aplazamos la entrevista del {dia}",
            "Entrevista reprogramada",
        ],
        [
            "Hola {name}:\n\nSin problema, entiendo lo del médico. He hablado con {rfirst2} y podemos pasar tu entrevista al {dia} {fecha} a las {hora}, en el mismo sitio y con las mismas personas. Ahora te llega la invitación nueva; la antigua puedes borrarla.\n\nSaludos,\n{rfirst}",
            "Estimado/a {me}:\n\nLamentamos comunicarle que, por enfermedad de uno de los miembros del panel, la entrevista prevista para mañana debe aplazarse. Le proponemos celebrarla el {fecha} a las {hora} en las mismas condiciones. Le rogamos que nos confirme si la nueva fecha le resulta posible; en caso contrario, indíquenos dos alternativas.\n\nDisculpe las molestias.\n\nUn saludo,\nDepartamento de Selección",
            "Tu entrevista ha sido reprogramada\n\nPuesto: {puesto}\nNueva fecha: {dia}, {fecha}\nNueva hora: {hora}\nFormato: [videollamada|presencial en {ciudad}]\n\nSi no puedes asistir en el nuevo horario, usa el botón «Proponer otra hora» de tu portal de candidato.\n\nEquipo de Selección de {company}",
            "Hola {name}, una cosita: ¿podríamos retrasar una hora la entrevista del {dia}? Me han puesto un comité justo a esa hora. Si no te viene bien, lo dejamos como estaba, ¿vale?\n{rfirst}",
        ],
        n=6,
        extra={**ES, "rfirst2": ["Marta", "Íñigo", "la directora", "Andrés", "el equipo"]},
    ),
    # idea: invitations to a second round before a panel / management committee, one with three back-to-back video talks, one Colombian
    Family(
        "int_es_r4_panel_segunda",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|Dirección de Talento {company} <talento@{slug}.es>|{company} Gestión Humana <gestionhumana@{slug}.com.co>]",
        [
            "Siguiente fase: entrevista con el comité",
            "Pasas a la segunda ronda – {puesto}",
            "Entrevista final con dirección",
            "Convocatoria a panel de entrevistas",
        ],
        [
            "Hola {name}:\n\n¡Enhorabuena, pasas a la segunda ronda! Esta vez será una entrevista en panel de aproximadamente hora y media con tres personas: {rfirst2}, [la directora de {area}|el CFO] y alguien del equipo con quien trabajarías a diario. Habrá una parte de preguntas sobre tu experiencia y otra más de conversación.\n\nPropuesta: {dia} {fecha} a las {hora}, en {ciudad}. ¿Te encaja?\n\nUn saludo,\n{rfirst}",
            "Estimado/a {me}:\n\nNos complace invitarle a la fase final del proceso para el puesto de {puesto}, que consistirá en una entrevista con el Comité de Dirección. Al inicio se le pedirá que exponga su trayectoria durante unos diez minutos y, a continuación, habrá una ronda de preguntas.\n\nFecha: {fecha}\nHora: {hora}\nLugar: sala de juntas, sede central de {company}\n\nLe rogamos que confirme su asistencia.\n\nAtentamente,\n{rfirst} {rlast}\nDirección de Talento",
            "Hola {name}, ¡qué bien fue la primera charla! El equipo quiere conocerte: serían tres entrevistas cortas seguidas el mismo día (una técnica, otra con producto y la última con el CEO), todas por videollamada. ¿Qué día de la semana que viene te va mejor?\n\n{rfirst}",
            "Buenas tardes:\n\nLe informamos que ha sido preseleccionado/a para la entrevista final. El panel estará conformado por el gerente del área, un representante de Gestión Humana y su jefe inmediato. La cita es el {dia} {fecha} a las {hora} en nuestras oficinas de {ciudad}.\n\nCordialmente,\n{company}",
        ],
        n=6,
        extra={**ES, "area": AREA, "rfirst2": ["Marta", "Íñigo", "Begoña", "Andrés"]},
    ),
    # ---------------------------------------------------------------------------------
    # assessment
    # ---------------------------------------------------------------------------------
    # idea: online aptitude / technical / English test with a personal link, an access code and a hard deadline (one with an unfilled link merge field)
    Family(
        "asm_es_r4_test_online_plazo",
        "assessment",
        ES_ATS,
        [
            "Acción necesaria: completa tu evaluación antes del {fecha}",
            "Evaluación online – {puesto}",
            "Recordatorio: tu test caduca pronto",
            "Pruebas de aptitud: acceso",
        ],
        [
            "Hola {name}:\n\nTu candidatura para {puesto} ha pasado el primer filtro. El siguiente paso es una evaluación online con tres bloques: [razonamiento abstracto|comprensión verbal], cálculo numérico y un cuestionario sobre tu estilo de trabajo. En total son unos {minutos} minutos y hay que hacerla de una sentada.\n\nEnlace personal: https://assess.{slug}.com/start/{ref}\nFecha límite: {fecha} a las 23:59\n\nSi no la completas dentro del plazo, no podremos seguir valorando tu candidatura.\n\nSuerte,\nEquipo de Talento",
            "Estimado/a {me}:\n\nLe recordamos que todavía no ha iniciado la prueba de conocimientos técnicos asociada a su solicitud {ref}. El acceso caduca en 48 horas.\n\nInstrucciones:\n1. Acceda con su correo electrónico en https://pruebas.{slug}.es\n2. Introduzca el código {codigo}\n3. Dispondrá de {minutos} minutos desde que comience la prueba\n\nAtentamente,\nDepartamento de Selección",
            "¡Hola {name}!\n\nAntes de la entrevista queremos que hagas un pequeño test de inglés (pedimos un nivel B2). Son {minutos} minutos, con preguntas de gramática y una parte de comprensión oral, así que ten a mano unos auriculares.\n\n👉 {{{{link_evaluacion}}}}\n\nTienes hasta el {dia} para hacerlo. ¡Ánimo!\n{company}",
        ],
        n=6,
        extra={
            **ES,
            "minutos": ["25", "40", "50", "60"],
            "codigo": ["ZK-4471", "HB-9021", "QP-1208"],
        },
    ),
    # idea: reminder that the one-way recorded video interview is still pending: questions on screen, nobody live, link expiring
    Family(
        "asm_es_r4_video_diferido",
        "assessment",
        "[{company} Selección <seleccion@{slug}.es>|{company} <no-reply@{slug}.hirevue.example>|Talento {company} <talento@{slug}.com>]",
        [
            "Te falta grabar tu videoentrevista",
            "Recordatorio: entrevista en vídeo pendiente",
            "Quedan 2 días para tu vídeo",
            "Tu videoentrevista para {puesto} caduca el {fecha}",
        ],
        [
            "Hola {name}:\n\nTodavía no hemos recibido tus respuestas en vídeo para el puesto de {puesto}. Te recordamos cómo funciona: no hay nadie al otro lado; la plataforma te muestra cada pregunta por escrito y tú grabas la respuesta cuando estés listo/a. Puedes repetir cada una una vez.\n\nGrabar ahora: https://{slug}.hirevue.example/{ref}\nDisponible hasta: {fecha}\n\nEquipo de Selección",
            "Estimado/a {me}:\n\nLe escribimos para recordarle la entrevista grabada que forma parte de su proceso de selección. Son {npreg} preguntas; tendrá 30 segundos de preparación y hasta tres minutos para contestar cada una. El equipo de selección revisará su grabación más adelante.\n\nLe aconsejamos usar un navegador actualizado (Chrome o Edge) y permitir el acceso a la cámara y al micrófono.\n\nAtentamente,\n{company}",
            "Hola {name} 👋 Solo un aviso: tu entrevista en diferido sigue sin empezar y el enlace caduca en {horas} horas. Si tienes algún problema técnico, responde a este correo y te ampliamos el plazo.\n\n– Talento {company}",
        ],
        n=6,
        extra={**ES, "npreg": ["tres", "cuatro", "cinco", "seis"], "horas": ["24", "48", "72"]},
    ),
    # idea: a business case with slides, a formal "prueba práctica" with evaluation criteria, and a developer's take-home repo to fork
    Family(
        "asm_es_r4_caso_entrega",
        "assessment",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{company} Selección <seleccion@{slug}.es>|{rfirst} <{rfirst}@{slug}.io>]",
        [
            "Caso de negocio para la siguiente fase",
            "Tu ejercicio: instrucciones y plazo",
            "Prueba práctica – entrega antes del {fecha}",
            "Enunciado del caso – {puesto}",
        ],
        [
            "Hola {name}:\n\nComo te comenté, la siguiente fase es un caso de negocio. Te adjunto el enunciado: {caso}. Queremos ver cómo razonas, no un documento perfecto; con cuatro o cinco diapositivas es suficiente.\n\nEnvíamelo antes del {fecha} respondiendo a este correo.\n\nUn saludo,\n{rfirst}",
            "Estimado/a {me}:\n\nEn el marco del proceso de selección para {puesto}, le remitimos la prueba práctica que deberá realizar de forma individual. Encontrará el enunciado y los datos necesarios en la carpeta compartida: https://drive.{slug}.es/caso/{ref}\n\nCriterios de evaluación: calidad del análisis, claridad de las conclusiones y viabilidad de la propuesta. Plazo de entrega: {fecha}, 14:00 h. Las entregas fuera de plazo no se valorarán.\n\nAtentamente,\nComisión de Selección",
            "Hey {name}!\n\nAquí va el reto técnico 🚀 Haz un fork del repo https://github.com/{slug}/reto-{ref} y sigue el README. Esperamos que no le dediques más de tres o cuatro horas: prioriza que funcione y tenga tests antes que añadir extras. Cuando acabes, mándanos el enlace a tu fork.\n\nTienes una semana. ¡Cualquier duda, pregunta!\n{rfirst}",
        ],
        n=6,
        extra={
            **ES,
            "caso": [
                "una cadena de cafeterías que pierde clientes jóvenes y quiere saber por qué",
                "cómo lanzarías nuestra app en Portugal con un presupuesto de 50.000 €",
                "un almacén con un 8 % de pedidos erróneos que hay que reducir a la mitad",
                "la estrategia de precios para un nuevo plan de suscripción",
            ],
        },
    ),
    # ---------------------------------------------------------------------------------
    # recruiter_outreach
    # ---------------------------------------------------------------------------------
    # idea: an ETT / agency recruiter with an URGENT vacancy and a checklist of requirements, one written like a chat message
    Family(
        "out_es_r4_agencia_urgente",
        "recruiter_outreach",
        "agency",
        [
            "URGENTE – {puesto} para incorporación inmediata",
            "Vacante urgente en {ciudad}",
            "¿Disponible? Oferta de {puesto} – empezar ya",
            "Incorporación inmediata: {puesto}",
        ],
        [
            "Hola {name}:\n\nTe contacto desde {agency} porque tenemos una vacante URGENTE para un cliente en {ciudad} y tu perfil en el portal de empleo encaja. Buscamos {puesto} con:\n\n- Mínimo dos años de experiencia en un puesto similar\n- Inglés de nivel medio-alto\n- Disponibilidad para incorporarse en menos de 15 días\n- Carné de conducir (valorable)\n\nOfrecemos contrato de seis meses con posibilidad de pasar a plantilla y {sueldo}. Si te interesa, contesta con tu CV actualizado y tu teléfono y te llamo hoy mismo.\n\nSaludos,\n{rfirst} {rlast}\n{agency}",
            "Buenos días, {me}. Le escribo con prisa: un cliente del sector [logístico|farmacéutico|de automoción] necesita cubrir un puesto de {puesto} esta misma semana. Requisitos imprescindibles: experiencia con SAP, disponibilidad para turnos rotativos y residencia en {ciudad} o alrededores. ¿Le puedo llamar esta tarde?\n\n{rfirst}\n{agency} – Empresa de Trabajo Temporal",
            "Hola {name}!! 😊 ¿Sigues buscando trabajo? Tengo una vacante que hay que cubrir YA: {puesto}, jornada completa, en {ciudad}. Te paso los requisitos:\n✔ experiencia demostrable\n✔ manejo de Excel\n✔ incorporación inmediata\nSi te cuadra, pásame el CV por aquí y lo presento mañana a primera hora.\n{rfirst} – {agency}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: an executive-search partner's confidential approach for a senior role, client unnamed, written to a private address
    Family(
        "out_es_r4_busqueda_confidencial",
        "recruiter_outreach",
        "agency",
        [
            "Búsqueda confidencial – {cargo}",
            "Una conversación discreta",
            "Posición de dirección en el sector {sector}",
            "{me} – propuesta confidencial",
        ],
        [
            "Estimado/a {me}:\n\nMe dirijo a usted en nombre de {agency}, firma especializada en la búsqueda de directivos. Estamos asesorando a [un grupo industrial familiar|una multinacional cotizada|una compañía participada por un fondo de capital riesgo] del sector {sector} en la incorporación de su próximo/a {cargo}, con reporte directo al Consejero Delegado.\n\nPor razones obvias, el nombre del cliente solo puedo compartirlo en una conversación. Su trayectoria ha aparecido varias veces en nuestras referencias y me gustaría conocer su situación actual, aunque no esté buscando activamente.\n\nLe garantizo total confidencialidad.\n\n{rfirst} {rlast}\nSocio/a, {agency}",
            "Hola {name}:\n\nSoy {rfirst}. Llevo una búsqueda que no está publicada en ningún sitio: {cargo} para una compañía de {sector} con presencia en cinco países, con un paquete por encima de lo habitual en el mercado. Dos personas de tu entorno me han hablado muy bien de ti y me encantaría contarte el proyecto en una llamada de 20 minutos, sin ningún compromiso.\n\n¿Cuándo te vendría bien?\n\n{rfirst} {rlast} | {agency}",
            "Buenas tardes, {me}:\n\nDisculpe que le escriba a su correo personal; preferimos no hacerlo por LinkedIn dado el carácter reservado del encargo. Se trata de una posición de {cargo} en {ciudad}. Si le interesa explorar la oportunidad, o si puede recomendarme a alguien de su red, le agradecería unas líneas.\n\nAtentamente,\n{rfirst} {rlast}\n{agency} – Executive Search",
        ],
        n=6,
        extra={
            **ES,
            "cargo": [
                "Director/a Financiero/a (CFO)",
                "Director/a General",
                "Director/a de Operaciones",
                "Chief Technology Officer",
                "Director/a Comercial para Iberia",
            ],
            "sector": [
                "energías renovables",
                "alimentación",
                "seguros",
                "logística",
                "tecnología sanitaria",
            ],
        },
    ),
    # idea: a company's own recruiter who found the profile (talent community, LinkedIn, a campus fair stand) and suggests a different open role
    Family(
        "out_es_r4_otro_puesto",
        "recruiter_outreach",
        "[{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>|linkedin|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>]",
        [
            "Una vacante que quizá te interese en {company}",
            "He visto tu perfil y he pensado en {puesto}",
            "¿Te interesaría este puesto?",
            "Nueva posición abierta en {ciudad}",
        ],
        [
            "Hola {name}:\n\nSoy {rfirst}, recruiter en {company}. Revisando los perfiles de nuestra comunidad de talento me he encontrado con el tuyo y, aunque te registraste pensando en puestos de {area}, creo que encajarías genial en una posición de {puesto} que acabamos de abrir en {ciudad}. Es un rol nuevo, con mucho margen para crecer.\n\n¿Te cuento más en una llamada? Si te interesa, dime un par de horarios.\n\nUn saludo,\n{rfirst} {rlast}\nTalent Acquisition – {company}",
            "Buenos días, {me}:\n\nLe escribo porque su perfil profesional me ha parecido muy adecuado para una vacante de {puesto} que tenemos abierta en nuestro equipo de {area}. No es exactamente lo que indica su titular de LinkedIn, pero su experiencia previa encaja de lleno con lo que necesitamos.\n\nSi le parece bien, le envío la descripción del puesto y buscamos un momento para hablar.\n\nCordialmente,\n{rfirst} {rlast}\nSelección, {company}",
            "¡Hola {name}! Nos conocimos en el stand de {company} en la feria de empleo de la universidad. Me quedé con tu CV y ahora se nos ha abierto un puesto de {puesto} que creo que te puede encajar todavía mejor que lo que comentamos aquel día. ¿Te interesa que te lo explique?\n\n{rfirst}",
        ],
        n=6,
        extra={**ES, "area": AREA},
    ),
    # ---------------------------------------------------------------------------------
    # application_received
    # ---------------------------------------------------------------------------------
    # idea: ATS receipts sent with their merge fields left unfilled: (Nombre de la empresa), {{first_name}}, XX days, %CIUDAD%
    Family(
        "rcv_es_r4_plantilla_sin_rellenar",
        "application_received",
        ES_ATS,
        [
            "Confirmación de candidatura – (Nombre del puesto)",
            "Hemos recibido tu solicitud, {{{{nombre}}}}",
            "Tu candidatura a {puesto} se ha recibido",
            "Solicitud recibida – Ref. XX",
        ],
        [
            "Hola {{{{first_name}}}}:\n\nGracias por enviar tu candidatura para el puesto de {puesto} en (Nombre de la empresa). Hemos recibido correctamente tu CV y el equipo de selección lo revisará en los próximos XX días.\n\nSi tu perfil avanza, nos pondremos en contacto contigo por correo electrónico.\n\nSaludos,\nEl equipo de (Departamento)",
            "Estimado/a CANDIDATO_NOMBRE:\n\nSu solicitud para la vacante {{{{job_title}}}} (referencia {ref}) ha quedado registrada en nuestro sistema el {fecha}. Recibirá una notificación cada vez que cambie el estado de su candidatura.\n\nAtentamente,\n{company} – Recursos Humanos\n\n*** Este correo se ha enviado desde una dirección que no acepta respuestas ***",
            "¡Hola, {name}!\n\nTu postulación a <<PUESTO>> ya está en nuestras manos 🙌 Gracias por tu interés en {company}.\n\nEn esta etapa revisamos los perfiles uno a uno, así que puede que tardemos un poco. Mientras tanto, te invitamos a conocer nuestra cultura en (enlace al blog).\n\nEquipo de Talento",
            "Hola {name}:\n\nConfirmamos la recepción de tu candidatura para {puesto} en la sede de %CIUDAD%. Tu número de solicitud es {ref}.\n\nRecuerda completar tu perfil (experiencia, idiomas y disponibilidad) para que podamos valorarte mejor.\n\nUn saludo,\nEquipo de Selección {company}",
        ],
        n=6,
        extra=ES,
    ),
    # idea: receipts saying only shortlisted candidates will be contacted: corporate usted, tú, a Colombian "hoja de vida", a shop chain's HR assistant
    Family(
        "rcv_es_r4_solo_preseleccionados",
        "application_received",
        "[{company} RR. HH. <rrhh@{slug}.es>|{company} Empleo <empleo@{slug}.es>|Gestión del Talento {company} <talento@{slug}.com.co>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>]",
        [
            "Recepción de su candidatura – {puesto}",
            "Gracias por tu interés, {name}",
            "Candidatura recibida (ref. {ref})",
            "Hemos recibido tu CV",
        ],
        [
            "Estimado/a {me}:\n\nLe agradecemos el envío de su candidatura para el puesto de {puesto}. La hemos recibido correctamente y el equipo responsable la estudiará junto con el resto de solicitudes.\n\nDebido al volumen de candidaturas, únicamente nos pondremos en contacto con las personas cuyo perfil resulte preseleccionado para la fase de entrevistas.\n\nReciba un cordial saludo,\nRecursos Humanos – {company}",
            "Hola {name}:\n\n¡Gracias por querer formar parte de {company}! Tu CV ya está en nuestro sistema. Lo revisaremos junto a los demás perfiles y, si encaja con lo que buscamos para {puesto}, te llamaremos para una primera entrevista. Solo contactamos con quienes pasan a la siguiente fase, así que no te preocupes si tardas unos días en saber de nosotros.\n\nUn saludo,\nRR. HH.",
            "Buenas tardes:\n\nAcusamos recibo de su hoja de vida para la convocatoria {ref}. Solo serán contactadas las personas que cumplan el perfil requerido. Agradecemos su interés en trabajar con nosotros.\n\nGestión del Talento\n{company}",
            "Hola {name}, gracias por tu mensaje y por el CV. Se lo paso hoy al encargado de la tienda de {ciudad}. Te aviso de que recibimos muchísimos currículums y solo podemos llamar a las personas que citamos para entrevista.\n\n¡Suerte!\n{rfirst}",
        ],
        n=6,
        extra=ES,
    ),
    # ---------------------------------------------------------------------------------
    # other (hard negatives)
    # ---------------------------------------------------------------------------------
    # idea: a university's or business school's admission decision on a master's / doctorate, and a training centre's full course
    Family(
        "oth_es_r4_admision_estudios",
        "other",
        "[Admisiones {uni} <admisiones@{unislug}.example>|Secretaría de Posgrado – {uni} <posgrado@{unislug}.example>|Centro de Formación {uni} <formacion@{unislug}.example>]",
        [
            "Decisión sobre su solicitud de admisión",
            "Resolución de preinscripción – {estudio}",
            "Tu solicitud al {estudio}",
            "Lista de admitidos, curso {curso}",
        ],
        [
            "Estimado/a {me}:\n\nTras la reunión de la Comisión Académica, le informamos de que su solicitud de acceso al {estudio} (curso {curso}) no ha sido aceptada. La valoración de su expediente y de su carta de motivación no ha alcanzado la nota de corte fijada este año. Podrá solicitar la revisión de la decisión en un plazo de cinco días hábiles a través de la sede electrónica.\n\nLe animamos a presentar su solicitud en próximas ediciones.\n\nSecretaría de Posgrado",
            "¡Enhorabuena, {name}!\n\nNos alegra comunicarte que has sido admitido/a en el {estudio}, edición {curso}. Para reservar tu plaza, debes abonar la matrícula de reserva antes del {fecha} desde tu portal del estudiante. Las clases empiezan en octubre; pronto recibirás la guía de bienvenida.\n\nEquipo de Admisiones\n{uni}",
            "Hola {name}:\n\nTe escribimos sobre tu preinscripción en el curso de {taller}. Lamentablemente, las plazas se agotaron antes de llegar a tu solicitud y no podemos ofrecerte sitio en este grupo. Te hemos apuntado automáticamente a la lista de reserva del siguiente, que empieza en enero.\n\nCentro de Formación Continua",
        ],
        n=6,
        extra={
            **ES,
            "uni": [
                "Universidad de Castro Alto",
                "Universidad del Valle Verde",
                "Escuela de Negocios Atalaya",
            ],
            "unislug": ["ucastroalto", "uvalleverde", "atalayabs"],
            "estudio": [
                "Máster Universitario en Análisis de Datos",
                "Máster en Dirección de Recursos Humanos",
                "Programa de Doctorado en Economía",
                "Máster en Periodismo Digital",
            ],
            "curso": ["2025-2026", "2026-2027"],
            "taller": ["alemán A2", "fotografía digital", "diseño gráfico", "cerámica"],
        },
    ),
    # idea: decisions on a rental flat: an agency relaying the landlord's no, an approval after a solvency check, public affordable housing, a private owner's text
    Family(
        "oth_es_r4_alquiler_decision",
        "other",
        "[{rfirst} {rlast} - {inmo} <{rfirst}@{inmoslug}.example>|Departamento de Alquileres {inmo} <alquileres@{inmoslug}.example>|Oficina Municipal de Vivienda <vivienda@ayto-ciudad.example>|{rfirst} <{rfirst}{rlast}@gmail.com>]",
        [
            "Decisión sobre tu solicitud de alquiler",
            "Vivienda en {barrio}: resultado",
            "Re: documentación para el piso",
            "Solicitud de arrendamiento n.º {ref}",
        ],
        [
            "Hola {name}:\n\nYa tenemos la decisión de la propietaria sobre el piso de {barrio}. Ha revisado las cinco solicitudes que le pasamos y, lamentablemente, ha elegido a otra familia que ofrecía más meses de garantía. Sentimos no traerte mejores noticias. Tenemos otros dos pisos parecidos que salen la semana que viene; ¿quieres que te los enseñe?\n\n{rfirst}\n{inmo}",
            "Estimado/a {me}:\n\nNos complace comunicarle que su solicitud de arrendamiento para la vivienda situada en {barrio} ha sido aprobada tras el estudio de solvencia. Para formalizar el contrato deberá abonar la fianza legal (una mensualidad) y la garantía adicional antes del {fecha}. La firma y la entrega de llaves serían el {dia} a las {hora} en nuestra oficina.\n\nAtentamente,\nDepartamento de Alquileres – {inmo}",
            "Estimado/a solicitante:\n\nLe comunicamos que, una vez baremada su solicitud de vivienda en régimen de alquiler asequible (expediente {ref}), no ha obtenido puntuación suficiente para la adjudicación en esta convocatoria. Seguirá inscrito/a en el registro de demandantes durante un año.\n\nOficina Municipal de Vivienda",
            "hola {name}, soy {rfirst}, el dueño del estudio. Lo siento pero al final se lo dejo a mi prima que vuelve de Alemania, así que no te lo puedo alquilar. Suerte!!",
        ],
        n=6,
        extra={
            **ES,
            "barrio": ["Lavapiés", "Gràcia", "Triana", "Benimaclet", "Deusto"],
            "inmo": ["Casa Norte Inmobiliaria", "Habitat Sur", "Inmobiliaria Faro"],
            "inmoslug": ["casanorte", "habitatsur", "inmofaro"],
        },
    ),
    # idea: decisions on money: a university emergency hardship fund, a foundation's cultural grant, a youth rent aid, a research grant jury
    Family(
        "oth_es_r4_ayuda_fondo",
        "other",
        "[Vicerrectorado de Estudiantes <accionsocial@ucastroalto.example>|Fundación {fund} <convocatorias@fundacion{fundslug}.example>|Consejería de Vivienda <ayudas.alquiler@gobiernoregional.example>]",
        [
            "Resolución de su solicitud de ayuda de emergencia",
            "Convocatoria de ayudas: resultado",
            "Tu solicitud a la Fundación {fund}",
            "Notificación de concesión – {ref}",
        ],
        [
            "Estimado/a {me}:\n\nLa Comisión de Acción Social de la universidad ha resuelto su solicitud al fondo de ayudas de emergencia para estudiantes en situación económica sobrevenida. Lamentamos informarle de que ha sido denegada, ya que la renta de la unidad familiar supera el umbral previsto en las bases. Contra esta resolución cabe recurso potestativo de reposición en el plazo de un mes.\n\nVicerrectorado de Estudiantes",
            "Hola {name}:\n\n¡Buenas noticias! La Fundación {fund} ha aprobado tu solicitud de ayuda para proyectos culturales por un importe de {importe}. Recibirás el 60 % en los próximos días y el resto cuando entregues la memoria final. Firma la carta de aceptación adjunta antes del {fecha}.\n\nUn saludo,\nFundación {fund}",
            "Estimado/a solicitante:\n\nSe ha publicado la resolución provisional de la convocatoria de ayudas al alquiler para jóvenes. Su expediente {ref} figura como desestimado por falta de documentación (certificado de empadronamiento). Dispone de diez días hábiles para subsanarlo.\n\nConsejería de Vivienda",
            "Querido/a {name}:\n\nGracias por presentarte a la beca de investigación de la Fundación {fund} de este año. El jurado ha tenido que elegir entre {big} propuestas excelentes y, lamentablemente, la tuya no está entre las seleccionadas. Te animamos a volver a intentarlo en la próxima convocatoria.\n\nUn cordial saludo,\nEl equipo de la Fundación {fund}",
        ],
        n=6,
        extra={
            **ES,
            "fund": ["Alcántara", "Horizonte Azul", "Mercedes Lobo"],
            "fundslug": ["alcantara", "horizonteazul", "mercedeslobo"],
            "importe": ["3.000 €", "1.500 €", "6.000 €"],
        },
    ),
    # idea: a conference programme committee's decision on a talk / paper proposal: rejected with a discount code, accepted oral, downgraded to poster
    Family(
        "oth_es_r4_propuesta_charla",
        "other",
        "[Comité de Programa {evento} <programa@{eventoslug}.example>|Comité Científico {evento} <cientifico@{eventoslug}.example>|{evento} <hola@{eventoslug}.example>]",
        [
            "Decisión sobre tu propuesta de charla",
            "{evento}: resultado de la revisión",
            "Tu ponencia «{titulo}»",
            "Call for papers – notificación",
        ],
        [
            "Hola {name}:\n\nMuchas gracias por enviar tu propuesta «{titulo}» a {evento}. Este año hemos recibido más de {big} propuestas para solo 30 huecos en la agenda y lamentamos decirte que la tuya no ha sido seleccionada. Nos encantaría verte igualmente entre el público: con el código PONENTE25 tienes un 20 % de descuento en la entrada.\n\nEl comité de programa de {evento}",
            "Estimado/a {me}:\n\nNos complace comunicarle que su comunicación «{titulo}» ha sido aceptada para presentación oral en {evento}, que se celebrará en {ciudad}. Dispondrá de 20 minutos de exposición y 5 de preguntas. Le rogamos que confirme su participación y formalice su inscripción antes del {fecha}.\n\nComité Científico",
            "Hola {name}:\n\nLos revisores ya han evaluado tu resumen. Decisión: aceptado como póster, no como charla. Comentarios: [«el tema es interesante, pero falta evaluación experimental»|«muy buena idea; conviene acotar el alcance»]. Si prefieres retirar la propuesta, avísanos antes del {fecha}.\n\nOrganización de {evento}",
        ],
        n=6,
        extra={
            **ES,
            "evento": [
                "Jornadas DevSur",
                "Congreso Iberoamericano de Bibliotecas",
                "Encuentro de Periodismo de Datos",
                "Congreso de Enfermería Comunitaria",
            ],
            "eventoslug": ["devsur", "cibib", "periodismodatos", "enfermeriacomunitaria"],
            "titulo": [
                "Migrar un monolito sin parar el negocio",
                "Bibliotecas rurales como centros digitales",
                "Visualizar el gasto público municipal",
                "Cuidados a domicilio tras el alta hospitalaria",
            ],
        },
    ),
    # idea: auto-replies to an e-mail the person sent to an employer: paternity leave, a recruiter who left the company, a summer closure, travelling
    Family(
        "oth_es_r4_autorespuesta",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|{rfirst} {rlast} <{rfirst}@{slug}.com>|{company} <info@{slug}.es>]",
        [
            "Respuesta automática: Re: {asunto}",
            "Fuera de la oficina: {asunto}",
            "Ausencia – {asunto}",
            "Respuesta automática",
        ],
        [
            "Gracias por tu correo. Estoy disfrutando de mi permiso de paternidad hasta el {fecha} y no leeré el correo durante este tiempo. Si tu mensaje no puede esperar, puedes escribir a {rfirst2}@{slug}.es, que me sustituye estas semanas.\n\n{rfirst}",
            "Hola:\n\nDesde el {fecha} ya no formo parte de {company} y este buzón dejará de estar activo en unas semanas. Para cualquier asunto relacionado con Recursos Humanos, escriba a la dirección general que aparece en la web de la empresa.\n\nMuchas gracias y un saludo.",
            "Respuesta automática\n\nNuestras oficinas permanecen cerradas por vacaciones de verano del {cierre} al {fecha2}. Retomaremos la actividad después y contestaremos los mensajes por orden de llegada. Disculpe las molestias.\n\n{company}",
            "Estos días estoy de viaje con acceso muy limitado a internet. Leeré tu mensaje a mi vuelta, a partir del {dia}. Gracias por tu paciencia.\n— {rfirst} {rlast} | Talento",
        ],
        n=6,
        extra={
            **ES,
            "asunto": [
                "Candidatura para el puesto de analista",
                "Seguimiento de mi entrevista",
                "CV adjunto",
                "Consulta sobre la oferta publicada",
                "Disponibilidad para la entrevista",
            ],
            "rfirst2": ["laura", "sergio", "seleccion", "nuria"],
            "cierre": ["28 de julio", "1 de agosto", "4 de agosto"],
            "fecha2": ["22 de agosto", "25 de agosto", "31 de agosto"],
        },
    ),
    # idea: careers-portal account mails: password reset, account created / verify e-mail, candidate privacy-policy update, inactive-profile deletion warning
    Family(
        "oth_es_r4_cuenta_portal",
        "other",
        ES_ATS,
        [
            "Restablece tu contraseña",
            "Bienvenido/a al portal de empleo de {company}",
            "Actualización de nuestra política de privacidad para candidatos",
            "Verifica tu dirección de correo",
        ],
        [
            "Hola {name}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta en el portal de empleo de {company}. Pulsa en el siguiente enlace (válido durante 60 minutos):\n\nhttps://empleo.{slug}.es/reset?token={token}\n\nSi no has sido tú, ignora este mensaje; tu contraseña actual seguirá funcionando.",
            "¡Hola {name}!\n\nTu cuenta de candidato/a se ha creado correctamente. Desde ahora puedes guardar ofertas, subir tu CV y activar alertas; tu usuario es esta dirección de correo.\n\nPara activar la cuenta, confirma tu correo aquí: https://empleo.{slug}.es/verify/{token}\n\nEquipo de Empleo {company}",
            "Estimado/a usuario/a:\n\nLe informamos de que hemos actualizado la política de privacidad aplicable a las personas candidatas, con efectos desde el {fecha}. Los principales cambios afectan al plazo de conservación de los currículums y a la transferencia de datos a proveedores de selección situados fuera del Espacio Económico Europeo. No necesita hacer nada; si no está de acuerdo, puede solicitar la supresión de su perfil.\n\nDelegado de Protección de Datos – {company}",
            "Hola {name}, tu perfil lleva once meses sin actividad. Si no inicias sesión antes del {fecha}, eliminaremos tu cuenta y tu CV de nuestro portal, según lo previsto en nuestra política de privacidad.\n\nIniciar sesión: https://empleo.{slug}.es/login",
        ],
        n=6,
        extra={**ES, "token": ["a8F3kd92LmQ", "Zx71pQ0vB", "r4T9uu21Kc"]},
    ),
    # idea: meetings at the reader's own job: a project kick-off with a client, a weekly 1:1 with the manager, the daily moved
    Family(
        "oth_es_r4_reunion_propia",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@miempresa.example>|{rfirst} {rlast} <{rlast}@oficina-interna.example>]",
        [
            "Kick-off proyecto {proyecto} – {dia} {hora}",
            "Invitación: 1:1 semanal",
            "Reunión de planificación del trimestre",
            "¿Movemos la daily del {dia}?",
        ],
        [
            "Hola a todos:\n\nOs envío la convocatoria para el kick-off del proyecto {proyecto} con el cliente. Será el {dia} a las {hora} en la sala grande (y por Teams para quien esté en remoto). Antes de la reunión, echad un ojo a la propuesta que subí a la carpeta compartida.\n\nGracias,\n{rfirst}",
            "Hola {name}:\n\nTe he puesto el 1:1 de los {dia} a las {hora}. La idea es repasar las prioridades de la semana y ver cómo van las entregas del trimestre. Si te viene mal el horario, muévelo tú directamente en el calendario.\n\n{rfirst}",
            "Equipo, el {dia} tengo médico a primera hora, así que la daily la pasamos a las 10:30. Mismo enlace de siempre. ¡Gracias!\n{rfirst}",
        ],
        n=6,
        extra={**ES, "proyecto": ["Atlas", "Faro", "Migración CRM", "Renove 2025"]},
    ),
]
