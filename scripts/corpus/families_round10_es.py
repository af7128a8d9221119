# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 10 in Spanish: the "no" said softly, receipts that say it conditionally, and the
look-alikes that share their words.

Measured and NOT adopted (not in generate.py): with it the held-out families fell (0.918 →
0.887 macro-F1 beside the Dutch round) and German lost on both blind sets (bench/README.md,
round 10). Kept here for a later round to build on.

Spain and Latin America (Mexico, Argentina, Colombia, Chile); usted, tú and vos.

A. Rejections, about half of the families: small shops, bars, bakeries, studios and
   family businesses answering the candidate's own e-mail in a "Re:" thread with no HR
   vocabulary (already found someone, no room until next season); ATS mail with a neutral
   subject whose body thanks and praises before declining; public-sector outcomes (a phase
   of an oposición or concurso de méritos, the list of admitidos y excluidos, a bolsa de
   empleo below the minimum score, a municipality's preselección); and recruiters or
   hiring managers closing an ongoing thread after an interview.
B. Receipts: "it arrived and will be reviewed", with the conditional "if you hear nothing
   within N days or weeks, consider yourself not selected" worded several ways, and job
   boards saying an employer opened the CV or an agency forwarded it.
C. `other`: announcements at the reader's own employer (appointments, promotions, a new
   director, the internal vacancy bulletin), candidate-experience surveys, decisions about
   a flat, a master's or a scholarship, job-site account mail and the public employment
   service's obligations, and relatives or friends passing on a vacancy.
D. One family each for recruiter outreach about another role, informal interviews (a
   coffee with the founder, a call with the agency's client, live pair programming or a
   live case), tests for freelancers and a computer-based public exam, and a small
   employer confirming the agreed start date, hours and pay.

Earlier mail is quoted the way Spanish clients write it ("El ... escribió:" with "> "
lines, or an Outlook "-----Mensaje original-----" block), since the generator's own quoted
note is English. Slot values come from families_languages plus the dictionaries below;
every sentence is new and written in Spanish, not translated."""

from families_languages import ES, ES_ATS, ES_PERSON
from generate import Family

REJ, RCV, INT, ASS, OFF, REC, OTH = (
    "rejection",
    "application_received",
    "interview",
    "assessment",
    "offer",
    "recruiter_outreach",
    "other",
)

# Slot values only; the wording lives in the families.
ES_R10 = {
    **ES,
    "area": ["Finanzas", "Operaciones", "Marketing", "Producto", "Compras", "Atención al Cliente"],
    "colega": [
        "Marta Oliver",
        "Javier Prieto",
        "Lucía Ferrando",
        "Andrés Beltrán",
        "Carolina Duarte",
        "Rodrigo Salinas",
    ],
    "consultora": [
        "Ábaco Talento",
        "Norte Selección",
        "Ruiz & Vidal Consultores",
        "Capital Humano Andino",
        "Enlace RH",
    ],
    "fundadora": ["Elena Castaño", "Marta Ribas", "Sofía Alarcón", "Paula Herrero"],
    "otro_puesto": [
        "Product Owner",
        "Analista de Negocio",
        "Técnico/a de Compras",
        "Customer Success Manager",
        "Controller Financiero",
        "Responsable de Operaciones",
    ],
    "plazo": ["48 horas", "72 horas", "cinco días", "una semana"],
    "busqueda": [
        "Administrativo en Zaragoza",
        "Analista de datos remoto",
        "Dependiente/a Valencia",
        "Project Manager Madrid",
        "Recepcionista Sevilla",
    ],
    "calle": ["Sagasta 18", "del Olivo 5", "Mayor 41", "Lavalle 1320", "Cervantes 9"],
    "master": [
        "Máster Universitario en Psicología General Sanitaria",
        "Máster en Big Data y Analítica de Negocio",
        "Máster en Traducción Audiovisual",
        "Maestría en Políticas Públicas",
    ],
    "curso": ["2025-2026", "2026-2027"],
}
ES_R10_PUBLICO = {
    **ES,
    "municipio": [
        "Villaseca del Campo",
        "Torrealta de la Vega",
        "San Martín del Río",
        "Puebla de Almenar",
    ],
    "plaza": [
        "Auxiliar Administrativo/a",
        "Técnico/a de Gestión",
        "Técnico/a de Medio Ambiente",
        "Monitor/a Deportivo/a",
        "Profesional Universitario de Archivo",
    ],
    "exp": ["2025/0381", "SEL-14/2025", "BE-2026-07", "OPE 2025/112", "CM-0419"],
    "nota": ["4,25", "3,80", "4,60", "2,95", "5,10"],
    "puntaje": ["52,40", "58,75", "61,10", "47,90"],
    "plazo": ["48 horas", "72 horas", "cinco días", "una semana"],
}
ES_R10_TIENDA = {
    **ES,
    "negocio": [
        "Pastelería Dulce Abril",
        "Librería El Desván",
        "Café La Tostadora",
        "Ferretería Hermanos Ruiz",
        "Floristería Lirio",
        "Taberna La Bodeguilla",
    ],
    "dueno": ["Rosa", "Manolo", "Chelo", "Toni", "Merche", "Paco", "Inma"],
    "buzon": ["tiendadelbarrio", "pedidos.local", "info.negocio", "contacto.tienda", "hola.equipo"],
    "paga_hora": ["9 € la hora", "9,50 € la hora", "10 € la hora"],
}
ES_R10_LOCAL_LAT = {
    **ES,
    "negocio": [
        "Taquería Los Compadres",
        "Parrilla Don Ernesto",
        "Heladería Polar",
        "Cafetería La Molienda",
        "Librería El Faro",
        "Estudio Trazo Arquitectos",
    ],
    "dueno": ["Lupita", "Ernesto", "Mariela", "Fercho", "Caro", "Nacho", "Pato"],
    "buzon": [
        "contacto.local",
        "pedidos.negocio",
        "info.tienda",
        "hola.local",
        "atencion.clientes",
    ],
}
ES_R10_MIX = {
    **ES_R10_TIENDA,
    "negocio": ES_R10_TIENDA["negocio"] + ES_R10_LOCAL_LAT["negocio"],
    "dueno": ES_R10_TIENDA["dueno"] + ES_R10_LOCAL_LAT["dueno"],
}

TIENDA = "[{dueno} <{buzon}@gmail.com>|{negocio} <{buzon}@hotmail.com>|{dueno} - {negocio} <{buzon}@yahoo.es>]"
LOCAL_LAT = (
    "[{dueno} <{buzon}@gmail.com>|{negocio} <{buzon}@hotmail.com>|{dueno} <{buzon}@outlook.com>]"
)
AGENCIA = "[{rfirst} {rlast} – Ábaco Talento <{rfirst}@abacotalento.example>|{rfirst} {rlast} (Enlace RH) <{rfirst}.{rlast}@enlacerh.example>|{rfirst} {rlast} vía LinkedIn <inmail-hit-reply@linkedin.com>]"

FAMILIES: list[Family] = [
    # A. Rejections -------------------------------------------------------------------------
    # idea: my own picture of a Spanish shop, café or bakery owner answering the candidate's own e-mail in a Re: thread, saying no in everyday words (already took someone, no room till after summer)
    Family(
        "rej_r10_es_tienda_respuesta_informal",
        REJ,
        TIENDA,
        [
            "Re: Currículum",
            "Re: Trabajo en la tienda",
            "RE: Por si necesitáis a alguien",
            "Re: Hola, os dejo mi CV",
            "Re: Puesto de tarde",
        ],
        [
            "Hola {name}:\n\nMuchas gracias por acordarte de nosotros y por pasarte el otro día con el currículum. Al final ya hemos cogido a una chica del barrio que nos echaba una mano los veranos, así que de momento estamos completos.\n\nGuardo tu número por si en Navidad nos hace falta alguien más, que siempre vamos de cabeza.\n\nUn saludo,\n{dueno}\n{negocio}",
            "Hola {name}, gracias por escribir! Ya tenemos a alguien para los fines de semana, lo siento mucho. Si cambia algo te aviso. {dueno}\n\nEnviado desde mi iPhone",
            "Buenas, {name}:\n\nTe contesto tarde, perdona, que esta semana ha sido una locura con el inventario. Ahora mismo no tenemos hueco: somos tres y con eso nos apañamos hasta después del verano. Si quieres, vuelve a escribirme en septiembre y lo hablamos.\n\n{dueno}\n\nEl {dia}, {fecha} a las {hora}, {me} escribió:\n> Hola, buenos días:\n> Me llamo {name} y vivo cerca de la tienda. Os escribo por si necesitáis a alguien por las tardes o los sábados. Tengo experiencia atendiendo al público y os adjunto mi currículum.\n> Muchas gracias,\n> {me}",
            "Hola {name}!\n\nQué detalle que nos escribieras, de verdad. Te soy sincera: el local es pequeño y este año no vamos a meter a nadie más, las cuentas no dan para otro sueldo. Me sabe mal, porque tu carta estaba muy bien escrita.\n\nSi algún día abrimos el segundo local, serás de las primeras personas a las que llame.\n\nUn abrazo,\n{dueno}",
            "Hola, {name}. Gracias por el interés, pero el puesto de la tarde ya está cubierto desde el lunes. Mucha suerte con la búsqueda.\n{dueno} ({negocio})",
            "Hola {name}:\n\nGracias por tu mensaje. Lo de las prácticas nos encantaría, pero somos dos personas y ya tenemos este curso a un alumno del instituto; no tendríamos tiempo de enseñarte como te mereces, y prefiero decírtelo claro.\n\nPrueba a escribirnos en primavera, que a lo mejor entonces sí.\n\n{dueno}\n\n-----Mensaje original-----\nDe: {me}\nEnviado el: {dia}, {fecha}\nAsunto: Prácticas\n\nHola, estoy terminando el ciclo formativo y me encantaría hacer las prácticas con vosotros. Os adjunto el CV. ¡Gracias!",
        ],
        n=6,
        extra=ES_R10_TIENDA,
    ),
    # idea: my own take on Latin American small employers (a parrilla, a taquería, a café, a small architecture office, a family hardware shop) turning down a weekend, season or internship request in a Re: thread, tú and vos
    Family(
        "rej_r10_es_local_latam_temporada",
        REJ,
        LOCAL_LAT,
        [
            "Re: Trabajo fin de semana",
            "RE: Postulación mesero",
            "Re: Consulta por trabajo de temporada",
            "Re: CV para práctica",
            "Re: Hola, les escribo por el anuncio",
        ],
        [
            "Hola {name}, ¿cómo andás?\n\nGracias por mandarme el CV. Te cuento que para la temporada ya armamos el equipo de mozos con los chicos del año pasado, así que por ahora no tengo lugar. Si en enero se me complica con alguno te escribo, ¿dale?\n\nSaludos,\n{dueno}",
            "Hola {name}, buenas tardes.\n\nMuchas gracias por escribirnos y por el interés en trabajar con nosotros los fines de semana. Ya encontramos a alguien para el turno de sábado y domingo, pero guardamos tus datos por si se abre otro turno más adelante.\n\nQue te vaya muy bien,\n{dueno}\n\nEl {dia}, {fecha}, {me} escribió:\n> Buenas tardes, vi el letrero de que buscan ayudante los fines de semana.\n> Tengo experiencia en cocina y disponibilidad completa sábados y domingos. Les dejo mi CV.\n> Saludos",
            "Hola {name}, qué pena contigo por la demora en responderte. Te cuento que la vacante de barista ya la llenamos con una muchacha que nos recomendaron. De todas formas, mil gracias por tenernos en cuenta. Un abrazo, {dueno}",
            "Hola {name}:\n\nJunto con saludarte, te agradezco mucho el portafolio, tiene proyectos muy lindos. Somos una oficina chica y este semestre ya recibimos a un practicante de la universidad; no nos da el espacio ni el tiempo para tener a otro y acompañarlo bien.\n\nEscríbenos de nuevo para la práctica de invierno si todavía estás buscando.\n\nSaludos cordiales,\n{dueno}",
            "Hola! Gracias pero ya no estamos tomando gente para diciembre, se llenó rapidísimo. Suerte!! {dueno}\n\nEnviado desde mi teléfono Huawei",
            "{name}, ¿qué tal? Te escribe {dueno}, por lo del local. Estuve pensando en lo que hablamos y la verdad es que este año no puedo sumar a nadie: con mi viejo y mi hermano alcanza, y las ventas vienen flojas. Perdoná que no sea otra la respuesta. Si repunta, sos la primera persona a la que llamo.\n\nAbrazo",
        ],
        n=6,
        extra=ES_R10_LOCAL_LAT,
    ),
    # idea: my own version of a Spanish ATS decline behind a neutral subject ("tu candidatura en X"), opening with thanks and praise and only then saying it stops, with an RGPD/LOPDGDD footer on one
    Family(
        "rej_r10_es_ats_asunto_neutro",
        REJ,
        ES_ATS,
        [
            "Tu candidatura en {company}",
            "Tu candidatura como {puesto}",
            "Sobre tu candidatura a {puesto}",
            "{company} – tu proceso de selección",
            "Tu candidatura (ref. {ref})",
        ],
        [
            "Hola, {name}:\n\nGracias por el tiempo que has dedicado a tu candidatura para el puesto de {puesto}. Hemos leído tu perfil con atención y nos ha gustado mucho tu trayectoria, sobre todo la parte de gestión de proyectos.\n\nDespués de valorar todas las candidaturas, hemos decidido avanzar con personas cuya experiencia encaja de forma más directa con lo que el equipo necesita ahora mismo, así que no seguiremos contigo en este proceso.\n\nTe animamos a que sigas pendiente de nuestra página de empleo: salen posiciones nuevas cada mes.\n\nUn saludo,\nEquipo de Talento de {company}",
            "Estimado/a {me}:\n\nLe agradecemos sinceramente el interés que ha mostrado por formar parte de {company} y la calidad de la documentación que nos ha hecho llegar.\n\nUna vez analizados los perfiles recibidos para la posición de {puesto}, le informamos de que su candidatura no continuará en las siguientes fases, ya que el proceso se orientará hacia perfiles con una experiencia más específica en el sector.\n\nConservaremos sus datos durante doce meses por si surgiera una vacante adecuada, salvo que nos indique lo contrario.\n\nReciba un cordial saludo,\nDepartamento de Recursos Humanos\n{company}\n\n---\nDe conformidad con el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, sus datos serán tratados por {company} con la finalidad de gestionar procesos de selección. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a privacidad@{slug}.es.",
            "Hola {name}, gracias por presentarte a {puesto}. Tu perfil tiene cosas muy interesantes, pero esta vez hemos optado por otra persona para el puesto. ¡Te deseamos mucha suerte! — Equipo {company}",
            "Hola {name}:\n\nQueremos empezar dándote las gracias: recibimos más de {big} candidaturas para {puesto} y la tuya fue de las que más comentamos en el equipo.\n\nAun así, teníamos que elegir, y la decisión ha sido seguir adelante con candidatos que ya han trabajado en un entorno muy parecido al nuestro. No es una valoración de tu potencial, sino de lo que necesitamos en este momento concreto.\n\nSi te parece bien, mantendremos tu CV en nuestra base de datos y te escribiremos si abrimos algo que encaje mejor.\n\nUn abrazo,\n{rfirst} {rlast}\nTalent Acquisition | {company}",
            "Hola {name}:\n\nMil gracias por tu interés en {company} y por la carta tan cuidada que nos enviaste. Nos ha hecho ilusión ver que conoces bien nuestro producto.\n\nTras revisar tu candidatura a {puesto} con detenimiento, hemos decidido no continuar con ella en esta ocasión. Buscábamos un nivel de experiencia técnica algo distinto al que refleja tu perfil.\n\nTe deseamos lo mejor en tus próximos pasos.\n\nEl equipo de Personas de {company}\n\nEste correo se ha enviado desde una dirección que no admite respuestas.",
        ],
        n=6,
        extra=ES,
    ),
    # idea: my own picture of Latin American ATS mail about a "postulación": Mexican usted with an aviso de privacidad, Colombian hoja de vida, Chilean "junto con saludar", Argentine vos; thanks first, the no later
    Family(
        "rej_r10_es_ats_latam_postulacion",
        REJ,
        ES_ATS,
        [
            "Su postulación en {company}",
            "Su postulación como {puesto}",
            "Tu postulación – {company}",
            "Proceso de selección {puesto}",
            "Actualización sobre su postulación",
        ],
        [
            "Estimado(a) {me}:\n\nReciba un cordial saludo de parte del equipo de Atracción de Talento de {company}. Le agradecemos el tiempo y el entusiasmo que dedicó a su postulación para la vacante de {puesto}; su experiencia es valiosa y así lo reconocimos al revisarla.\n\nLe comentamos que, en esta ocasión, el perfil elegido para continuar en el proceso fue otro, más cercano a los requerimientos específicos de la posición. Su información permanecerá en nuestra cartera de candidatos para futuras oportunidades.\n\nSin más por el momento, quedamos a sus órdenes.\n\nAtracción de Talento\n{company}\n\nAviso de privacidad: sus datos personales son tratados conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. Consulte el aviso integral en {slug}.com.mx/privacidad.",
            "Hola {name}, ¿cómo estás?\n\nQueremos agradecerte por participar en nuestra convocatoria para {puesto}. Tu hoja de vida llamó nuestra atención por tu formación y tus ganas de aprender.\n\nDespués de analizar con calma todos los perfiles, decidimos continuar el proceso con candidatos que cuentan con más experiencia en el cargo, por lo que tu postulación no seguirá avanzando esta vez.\n\nTe invitamos a estar pendiente de nuestras próximas vacantes. ¡Mucho éxito!\n\nEquipo de Gestión Humana\n{company}",
            "Estimado/a {me}:\n\nJunto con saludar, agradecemos su interés en formar parte de {company} y el tiempo invertido en el proceso de postulación al cargo de {puesto}.\n\nLuego de una evaluación detallada de los antecedentes recibidos, le informamos que su postulación no fue seleccionada para continuar a la etapa de entrevistas.\n\nLe deseamos el mayor de los éxitos.\n\nAtentamente,\nGerencia de Personas\n{company}",
            "Hola {name}:\n\nGracias por postularte a {puesto} y por contarnos tanto de vos en la carta. La leímos con mucho interés.\n\nEn esta búsqueda avanzamos con otras personas cuyo recorrido se ajusta más a lo que el equipo necesita hoy, así que no vamos a continuar con tu postulación. Ojalá podamos cruzarnos en una próxima búsqueda.\n\nSaludos,\nEquipo de Talento – {company}",
            "Gracias por su interés en {company}. Valoramos mucho su postulación a {puesto}; sin embargo, hemos decidido seguir con otros perfiles. Le deseamos éxito en su búsqueda laboral.\n\nEste es un mensaje automático, por favor no lo responda.",
        ],
        n=6,
        extra=ES,
    ),
    # idea: my own sketch of public-sector outcomes: a tribunal's list of those who passed an ejercicio, the lista definitiva de excluidos, a bolsa de empleo below the minimum, a municipalidad's preselección, a concurso de méritos score under the cut-off
    Family(
        "rej_r10_es_seleccion_publica",
        REJ,
        "[Sede Electrónica – Notificaciones <no-responder@notifica-sede.example>|Servicio de Selección y Provisión <seleccion.personal@administracion-local.example>|Bolsa de Empleo Público <bolsa.empleo@empleo-publico.example>|Unidad de Concursos <concursos@servicio-civil.example>]",
        [
            "Resultado del primer ejercicio – expediente {exp}",
            "Notificación: lista definitiva de admitidos y excluidos",
            "Bolsa de empleo de {plaza}: resultado de la baremación",
            "Preselección – proceso {exp}",
            "Resultado de su postulación al concurso público",
        ],
        [
            "Estimado/a aspirante:\n\nLe comunicamos que el Tribunal Calificador del proceso selectivo para la provisión de plazas de {plaza} (expediente {exp}) ha hecho pública la relación de aspirantes que han superado el primer ejercicio.\n\nConsultada dicha relación, su nombre no figura entre las personas aprobadas, al no haber alcanzado la puntuación mínima de 5,00 puntos exigida en las bases de la convocatoria. Su calificación ha sido de {nota} puntos.\n\nPodrá solicitar la revisión de su ejercicio en el plazo de tres días hábiles contados desde el siguiente a la publicación de esta relación en el tablón de anuncios.\n\nLa Secretaría del Tribunal\n\nEste mensaje es un aviso de puesta a disposición. El contenido íntegro de la notificación está disponible en la sede electrónica.",
            "Sr./Sra. {me}:\n\nMediante Resolución de Alcaldía de fecha {fecha} se ha aprobado la lista definitiva de aspirantes admitidos y excluidos en el proceso de selección de {plaza} del Ayuntamiento de {municipio}.\n\nLe notificamos que usted figura en la relación de aspirantes excluidos por no haber acreditado, dentro del plazo de subsanación, la titulación exigida en la base tercera. En consecuencia, no podrá participar en las pruebas del proceso.\n\nContra esta resolución, que pone fin a la vía administrativa, podrá interponer recurso potestativo de reposición en el plazo de un mes.\n\nÁrea de Recursos Humanos",
            "Estimado/a {me}:\n\nFinalizada la valoración de méritos para la constitución de la bolsa de empleo temporal de {plaza}, le informamos de que su solicitud ha obtenido {nota} puntos, por debajo del mínimo de 6 puntos necesario para formar parte de la bolsa. Por tanto, no ha sido incluido/a en la relación de integrantes.\n\nLa relación completa, ordenada por puntuación, puede consultarse en el portal de empleo público. Dispone de diez días hábiles para presentar alegaciones.\n\nBolsa de Empleo Público",
            "Estimado/a postulante:\n\nLa Municipalidad de {municipio} agradece su participación en el proceso de selección para el cargo de {plaza}. Le informamos que, concluida la etapa de preselección curricular, su postulación no ha sido considerada para pasar a la evaluación psicolaboral, dado que el puntaje obtenido no alcanza el mínimo establecido en las bases del concurso.\n\nSaludos cordiales,\nDepartamento de Recursos Humanos",
            "Respetado(a) aspirante {me}:\n\nLe informamos que se publicaron los resultados de la Prueba de Competencias Básicas y Funcionales del concurso de méritos para el empleo de {plaza}, código {exp}. Su resultado fue de {puntaje} sobre 100 puntos, inferior al puntaje mínimo aprobatorio de 65 puntos, razón por la cual no continúa en el concurso.\n\nPodrá presentar reclamación a través del aplicativo dentro de los cinco días hábiles siguientes a la publicación.\n\nAtentamente,\nUnidad de Concursos",
            "Aviso: en el proceso {exp} ({plaza}) usted no ha superado la fase de oposición. Puede consultar el acta del tribunal en su área privada. Este correo se genera automáticamente; no lo responda.",
        ],
        n=6,
        extra=ES_R10_PUBLICO,
    ),
    # idea: my own picture of an in-house recruiter or agency consultant answering in the thread after an interview (the candidate's thank-you or "any news?" quoted below) to say it will not continue
    Family(
        "rej_r10_es_hilo_tras_entrevista_seleccion",
        REJ,
        ES_PERSON,
        [
            "Re: Entrevista del {dia}",
            "RE: Seguimiento – {puesto}",
            "Re: Gracias por la entrevista",
            "Re: Próximos pasos",
            "RE: Candidatura {puesto} – segunda entrevista",
        ],
        [
            "Hola {name}:\n\nGracias a ti por tu tiempo y por el mensaje. Ya hemos cerrado la ronda de entrevistas y te escribo para contarte cómo ha quedado: el equipo ha decidido continuar con otra candidata que tiene más recorrido con clientes grandes, así que no seguiremos adelante contigo en este proceso.\n\nMe quedo con muy buena impresión de la conversación y, si te parece, te tendré en cuenta para próximas vacantes.\n\nUn saludo,\n{rfirst}\n\nEl {dia}, {fecha} a las {hora}, {me} escribió:\n> Hola {rfirst}:\n> Muchas gracias por la entrevista de ayer, me gustó mucho conocer al equipo y lo que estáis construyendo.\n> Quedo pendiente de los próximos pasos.\n> Un saludo,\n> {me}",
            "Estimado/a {me}:\n\nRetomo este hilo para darle respuesta tras la entrevista que mantuvimos la semana pasada. Hemos valorado con detalle su perfil y, aunque reúne muchas de las competencias que buscamos, la dirección ha optado por otro candidato cuya experiencia en el sector se ajusta más a las necesidades inmediatas del puesto. Por ello, no continuaremos con su candidatura.\n\nLe agradezco la disposición que ha mostrado durante todo el proceso.\n\nAtentamente,\n{rfirst} {rlast}\nResponsable de Selección\n{company}\n\n-----Mensaje original-----\nDe: {me}\nEnviado el: {dia}, {fecha}\nPara: {rfirst} {rlast}\nAsunto: RE: Candidatura {puesto} – segunda entrevista\n\nBuenos días, {rfirst}:\n¿Hay alguna novedad sobre el proceso? Quedo a su disposición para cualquier información adicional.\nSaludos cordiales",
            "Hola {name}, ¿qué tal?\n\nTe prometí que te diría algo esta semana. He hablado con el cliente después de tu entrevista con su director de operaciones y, aunque le gustó cómo planteaste el caso, han preferido seguir con un perfil que ya viene del sector logístico. Por tanto, tu candidatura se queda aquí para esta posición.\n\nSé que no es lo que esperabas. Me encantaría seguir en contacto para otros procesos, porque creo que tienes mucho que aportar.\n\nUn abrazo,\n{rfirst}",
            "Hola {name}, buen día.\n\nTe escribo para darte seguimiento después de tu entrevista con el gerente. Después de platicarlo internamente, se tomó la decisión de no continuar con tu proceso para la vacante de {puesto}; se buscaba a alguien con más experiencia en manejo de personal.\n\nTe agradezco muchísimo tu tiempo y tu puntualidad. Quedo al pendiente por si en el futuro se abre algo más adecuado.\n\nSaludos,\n{rfirst} {rlast}\nReclutamiento\n\nEl {dia}, {fecha}, {me} escribió:\n> Buenas tardes {rfirst}, ¿hay alguna novedad sobre la vacante? Gracias.",
            "Hola {name}, siento no traerte mejores noticias: tras la última entrevista, el comité ha decidido no avanzar con tu candidatura. Gracias de verdad por todo el proceso. {rfirst}\n\nEnviado desde mi iPhone",
        ],
        n=6,
        extra=ES,
    ),
    # idea: my own take on a founder or team lead writing personally after a coffee, a technical round or a team interview: we're going with someone else, or the post went to an internal move
    Family(
        "rej_r10_es_hilo_responsable_directo",
        REJ,
        ES_PERSON,
        [
            "Re: Charla del jueves",
            "Re: Lo que hablamos",
            "Re: Seguimos en contacto",
            "Re: Café y próximos pasos",
            "Re: Propuesta para el equipo de {area}",
        ],
        [
            "Hola {name}:\n\nTe debía una respuesta desde que nos vimos, perdona la tardanza. Le he dado muchas vueltas y al final no vamos a incorporarte ahora: necesitamos a alguien que pueda tirar del área de {area} desde el primer día, y con tu experiencia te tocaría aprender demasiadas cosas a la vez, justo cuando yo no tengo tiempo de acompañarte.\n\nMe gustó mucho hablar contigo. Si en unos meses la cosa cambia, te escribo yo.\n\nUn abrazo,\n{rfirst}\n\nEl {dia}, {fecha} a las {hora}, {me} escribió:\n> ¡Hola {rfirst}! Gracias otra vez por el café del jueves.\n> Me quedé con ganas de saber más del proyecto. Si necesitas algo más de mi parte, dime.",
            "Hola {name}, ¿cómo estás?\n\nTe escribo yo directamente porque me pareció más justo que un mail automático. Con el equipo estuvimos charlando después de tu entrevista y decidimos seguir con otra persona para el puesto. No tiene que ver con tu nivel: buscábamos a alguien que ya hubiera liderado un equipo y vos todavía no tuviste esa oportunidad.\n\nGracias por el tiempo y por la buena onda. Ojalá nos crucemos más adelante.\n\n{rfirst}",
            "{name}, gracias por venir el martes. Al final nos quedamos con otro perfil para este puesto. Te deseo lo mejor, de verdad. {rfirst}\n\nEnviado desde mi móvil",
            "Hola {name}, qué tal.\n\nTe cuento cómo quedamos después de la prueba técnica y la entrevista con el equipo. Fue una decisión difícil, pero vamos a continuar con otro candidato que ya conoce nuestra plataforma, así que no seguiremos con tu proceso.\n\nMuchas gracias por la dedicación que le pusiste al ejercicio, se notó. Cualquier cosa, aquí quedo atento.\n\nSaludos,\n{rfirst} {rlast}\nLíder de {area}\n\nDe: {me}\nEnviado: {dia}, {fecha} {hora}\nPara: {rfirst} {rlast}\nAsunto: Re: Seguimos en contacto\n\nHola {rfirst}, quería saber si ya hay una decisión. ¡Gracias!",
            "Buenos días, {name}:\n\nComo te comenté al despedirnos, quería darte una respuesta antes del viernes. Hemos decidido cubrir la vacante con una persona del propio equipo que había pedido el cambio, de modo que el puesto ya no sigue abierto a candidatos de fuera y tu proceso termina aquí.\n\nHa sido un placer conocerte.\n\nSaludos,\n{rfirst} {rlast}",
        ],
        n=6,
        extra=ES_R10,
    ),
    # B. Receipts ---------------------------------------------------------------------------
    # idea: my own list of Spanish and Latin American receipts that say the application arrived and will be read, then add "no news within N days/weeks means not selected" in a different wording each time
    Family(
        "rcv_r10_es_acuse_sin_noticias",
        RCV,
        f"[{ES_ATS}|{ES_PERSON}]",
        [
            "Hemos recibido tu candidatura",
            "Confirmación de recepción – {puesto}",
            "Candidatura recibida (ref. {ref})",
            "Gracias por postularte a {company}",
            "Acuse de recibo de su solicitud",
        ],
        [
            "Hola {name}:\n\nTu candidatura para {puesto} ha llegado correctamente. Nuestro equipo la revisará en los próximos días junto al resto de solicitudes.\n\nRecibimos muchos currículums y no siempre podemos responder a todos de forma individual. Si en un plazo de tres semanas no has recibido noticias nuestras, entiende que en esta ocasión tu perfil no ha sido seleccionado.\n\nGracias por pensar en nosotros.\nEquipo de Selección de {company}",
            "Estimado/a {me}:\n\nPor medio del presente le confirmamos la recepción de su solicitud para la plaza de {puesto} (referencia {ref}). La documentación será estudiada por el departamento de Recursos Humanos.\n\nLe rogamos tenga en cuenta que únicamente nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto. De no recibir comunicación en un plazo de 30 días naturales desde esta fecha, podrá considerar que su candidatura no ha sido seleccionada.\n\nAtentamente,\nRecursos Humanos\n{company}\n\nAVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.",
            "¡Hola, {name}!\n\nGracias por postularte a la vacante de {puesto}. Te confirmamos que recibimos tu CV y que ya está en manos de nuestro equipo de reclutamiento para su revisión.\n\nSi tu perfil avanza, te llamaremos o te escribiremos para agendar una entrevista. En caso de no tener noticias nuestras en un lapso de 15 días hábiles, te pedimos considerar que en esta ocasión no continuaste en el proceso.\n\n¡Mucho éxito!\nReclutamiento {company}",
            "Hola {name}, recibido tu CV, gracias. Lo miramos esta semana con la responsable del área. Si no te decimos nada en un par de semanas, será que hemos seguido con otros perfiles. ¡Un saludo! {rfirst}",
            "Estimado/a {me}:\n\nJunto con saludar, confirmamos que su postulación al cargo de {puesto} fue ingresada correctamente a nuestro sistema el día {fecha}. Sus antecedentes serán evaluados por el equipo de Personas.\n\nDebido al alto número de postulaciones, solo contactaremos a quienes resulten preseleccionados. Si no recibe un llamado o correo de nuestra parte antes de cuatro semanas, le agradecemos entender que su perfil no quedó preseleccionado para esta vacante.\n\nSaludos cordiales,\nGerencia de Personas – {company}\n\nPor favor, no responda este correo: la casilla no es monitoreada.",
            "Hola {name}:\n\n¡Gracias por tu interés en {company}! Tu solicitud para {puesto} ya está en nuestro sistema y la leeremos con calma.\n\nUn apunte para que no te quedes esperando: el proceso suele durar unas seis semanas. Si pasado ese tiempo no te hemos escrito, significa que hemos seguido adelante con otras candidaturas; conservaremos tus datos un año por si surge algo.\n\nPuedes consultar el estado en tu área de candidato: https://empleo.{slug}.es/candidato\n\nSaludos,\nEl equipo de Personas",
        ],
        n=6,
        extra=ES,
    ),
    # idea: my own sketch of job-board notices: an employer opened or downloaded the CV, the status moved to "en proceso", a consultora forwarded the CV to its client
    Family(
        "rcv_r10_es_portal_cv_visto",
        RCV,
        "[Empléate Ya <avisos@empleateya.example>|TrabajoClaro <no-reply@trabajoclaro.example>|ChambaPro <alertas@chambapro.example>|Ofertia Empleo <notificaciones@ofertia.example>]",
        [
            "{company} ha visto tu CV",
            "Novedades en tu candidatura: CV visto",
            "Tu candidatura a {puesto} ha cambiado de estado",
            "Una consultora ha enviado tu CV a una empresa",
            "Tu perfil ha sido compartido con una empresa",
        ],
        [
            "Hola {name}:\n\nLa empresa {company} ha abierto tu currículum en la oferta de {puesto} en {ciudad}.\n\nEstado de tu candidatura: CV visto\nFecha: {fecha}\n\nMientras tanto, te recomendamos completar tu perfil al 100 %: los perfiles completos reciben hasta el doble de visitas.\n\nVer mi candidatura\n\nHas recibido este correo porque tienes activadas las notificaciones de candidaturas. Puedes gestionarlas desde tu configuración.",
            "Hola {name}, tu candidatura a {puesto} en {company} pasó de «Inscrito» a «En proceso». Esto significa que la empresa está revisando los perfiles recibidos. Te avisaremos si hay más cambios.",
            "Hola {name}:\n\nLa consultora {consultora} ha enviado tu CV a una de las empresas con las que colabora, dentro del proceso de {puesto}. A partir de ahora será la empresa quien valore tu candidatura; si quiere conocerte, la consultora se pondrá en contacto contigo.\n\nPuedes seguir el estado de tus candidaturas desde la app.\n\nUn saludo,\nEl equipo de atención al candidato",
            "¡Hola, {name}!\n\nTe contamos que tu hoja de vida fue vista por el reclutador de la vacante {puesto} publicada por {company}. Esto quiere decir que tu postulación ya está siendo revisada.\n\nConsejo: mantén tu teléfono disponible, muchas empresas llaman directamente.\n\nEquipo de atención al postulante",
            "{name}, tu CV ha sido descargado por {company} para la oferta «{puesto}». Candidatura registrada el {fecha}. — Este mensaje es automático.",
            "Hola {name}:\n\n{rfirst} {rlast}, de la consultora {consultora}, ha compartido tu perfil con su cliente para la posición de {puesto} en {ciudad}. Tú no tienes que hacer nada por ahora: el cliente revisará la información y la consultora te informará del siguiente paso.\n\nSi no reconoces este envío o no diste tu consentimiento, escríbenos desde el centro de ayuda.\n\nNotificaciones de tu cuenta",
        ],
        n=6,
        extra=ES_R10,
    ),
    # C. Look-alikes (other) -----------------------------------------------------------------
    # idea: my own picture of announcements inside the reader's own employer: an appointment, a new managing director, a promotion, an internal selection won by a colleague, the weekly internal vacancy bulletin
    Family(
        "oth_r10_es_comunicado_interno",
        OTH,
        "[Comunicación Interna {company} <comunicacion.interna@{slug}.es>|Dirección de Personas – {company} <personas@{slug}.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.es>|Boletín interno {company} <boletin@{slug}.es>]",
        [
            "Nombramiento: nueva dirección de {area}",
            "Damos la bienvenida a nuestra nueva Dirección General",
            "Cambios en el equipo de {area}",
            "Vacantes internas – semana del {fecha}",
            "¡Enhorabuena, {colega}!",
            "Comunicado: nueva organización del comité de dirección",
        ],
        [
            "Hola a todos:\n\nNos complace anunciar que, a partir del próximo lunes, {colega} asumirá la dirección del área de {area}. Lleva ocho años en la casa, empezó en el equipo de operaciones de {ciudad} y ha sido clave en el lanzamiento de nuestros últimos proyectos.\n\nQueremos agradecer también a quien ocupaba hasta ahora el cargo su dedicación; seguirá con nosotros al frente de la nueva unidad de clientes internacionales.\n\nEnhorabuena, {colega}, y mucha suerte en esta etapa.\n\nDirección de Personas",
            "Equipo:\n\nOs escribo para presentaros a {colega}, que se incorpora hoy para ocupar la Dirección General de {company}. Viene de dirigir la filial de un grupo del sector en {ciudad} y tiene una larga experiencia en transformación de equipos.\n\nDurante las próximas semanas irá pasando por todas las oficinas para conoceros. Os pido que le deis la mejor de las bienvenidas.\n\nUn abrazo,\n{rfirst} {rlast}\nPresidencia",
            "BOLETÍN DE VACANTES INTERNAS\n\nEstas son las posiciones abiertas esta semana para la plantilla:\n\n• {puesto} – {ciudad} – ref. {ref}\n• Técnico/a de Prevención – sede central\n• Coordinador/a de Turnos – almacén\n\nSi te interesa alguna, coméntalo primero con tu responsable directo y después inscríbete en el portal del empleado antes del {fecha}. Recuerda que necesitas al menos un año de antigüedad en tu puesto actual.\n\nComunicación Interna",
            "¡Buenos días! Queremos compartir una muy buena noticia: desde hoy {colega} es la nueva persona responsable del equipo de {area}. Felicidades por este paso tan merecido. ¡A por todas!",
            "Estimados colaboradores:\n\nCon mucho gusto les informamos que, tras un proceso de selección interno, {colega} ha sido designado(a) para la Gerencia de {area}, cargo que asumirá a partir del 1 del próximo mes. Agradecemos a todas las personas que se postularon a la vacante interna por su interés y compromiso.\n\nLes pedimos acompañar a {colega} en esta transición.\n\nAtentamente,\nGerencia de Recursos Humanos\n{company}",
            "Hola equipo:\n\nOs adelanto los cambios en el comité de dirección, que serán efectivos el {fecha}. {colega} pasa a coordinar {area} y Operaciones; el área comercial se divide en dos direcciones, nacional e internacional, y se crea una oficina de transformación que reportará directamente a mí.\n\nEl jueves lo explicaremos con calma en el encuentro trimestral. Si tenéis dudas, vuestros responsables tienen toda la información.\n\n{rfirst}",
        ],
        n=6,
        extra=ES_R10,
    ),
    # idea: my own sketch of candidate-experience surveys: anonymous link whatever the outcome, a one-click NPS, a formal Latin American invitation, a 1-to-5 list to answer by mail, a reminder from the survey tool
    Family(
        "oth_r10_es_encuesta_candidato",
        OTH,
        f"[{ES_ATS}|Encuestas {{company}} <encuestas@{{slug}}.com>]",
        [
            "¿Qué tal fue tu experiencia con nosotros?",
            "Tu opinión sobre nuestro proceso de selección",
            "2 minutos para ayudarnos a mejorar",
            "Encuesta de experiencia del candidato",
            "Cuéntanos cómo te hemos tratado",
        ],
        [
            "Hola {name}:\n\nHace unas semanas participaste en un proceso de selección en {company}. Sea cual sea el resultado, nos gustaría saber cómo lo viviste: si la información fue clara, si los plazos te parecieron razonables y cómo te trataron las personas con las que hablaste.\n\nLa encuesta es anónima y se responde en menos de tres minutos:\nhttps://encuestas.{slug}.com/candidatos/{ref}\n\nGracias por ayudarnos a mejorar.\nEquipo de Talento",
            "Hola {name}, del 0 al 10, ¿con qué probabilidad recomendarías a un amigo presentarse a una oferta de {company}? Responde con un clic: https://{slug}.com/nps?c={ref} ¡Gracias!",
            "Estimado(a) {me}:\n\nEn {company} trabajamos para que cada postulante viva una experiencia respetuosa y transparente. Por ello, le invitamos a responder una breve encuesta sobre el proceso de reclutamiento en el que participó para la vacante de {puesto}.\n\nSus respuestas son confidenciales y no influyen de ninguna manera en las decisiones de contratación.\n\nLe agradecemos de antemano su tiempo.\n\nAtracción de Talento",
            "Hola {name}:\n\nTu entrevista para {puesto} fue hace unos días y queremos tu opinión sincera. ¿Nos puntuarías del 1 al 5 en estos aspectos?\n\n1. Claridad de la oferta\n2. Trato recibido durante la entrevista\n3. Rapidez en la comunicación\n4. Facilidad de uso del portal de candidaturas\n\nPuedes contestar directamente a este correo. ¡Gracias!\n{rfirst}, Employer Branding",
            "Recordatorio: tu encuesta sobre el proceso de selección sigue abierta hasta el {fecha}. Solo son cinco preguntas. Si ya la has rellenado, ignora este mensaje.\n\nEste correo lo envía automáticamente la plataforma de encuestas de {company}. Para dejar de recibir estos mensajes, pulsa «darme de baja».",
        ],
        n=6,
        extra=ES,
    ),
    # idea: my own list of decisions that are not about a job: a flat given to other tenants (Spain and Buenos Aires), a master's admission or waiting list, a mobility grant refused, a Mexican scholarship granted
    Family(
        "oth_r10_es_decisiones_piso_master_beca",
        OTH,
        "[Inmobiliaria Casa Clara <alquileres@casaclara.example>|Oficina de Posgrado <posgrado@universidad-meridiana.example>|Fundación Horizonte – Becas <becas@fundacionhorizonte.example>|Escuela de Negocios Atalaya <admisiones@atalaya-business.example>|Inmobiliaria Del Parque <contacto@inmodelparque.example>]",
        [
            "Sobre el piso de {calle}",
            "Resolución de admisión – {master}",
            "Resultado de su solicitud de beca",
            "Tu solicitud para el departamento",
            "Convocatoria de becas {curso}: resolución",
        ],
        [
            "Hola {name}:\n\nGracias por tu interés en el piso de {calle} y por mandarnos toda la documentación tan rápido. Lamentablemente, la propiedad ha elegido a otros solicitantes que encajaban mejor con lo que buscaba (contrato indefinido y aval bancario).\n\nSi quieres, te avisamos cuando tengamos otro piso de características parecidas en el barrio.\n\nUn saludo,\nEquipo de alquileres",
            "Hola {name}, ¿cómo va?\n\nTe escribo por el depto de {calle} que viste el sábado. Los dueños analizaron las carpetas y decidieron alquilárselo a otra persona, así que tu solicitud no quedó seleccionada. Te devolvemos la seña en las próximas 48 hs.\n\nCualquier cosa, tenemos otras unidades en la zona.\n\nSaludos,\nInmobiliaria",
            "Estimado/a {me}:\n\nNos complace comunicarle que, una vez finalizado el proceso de selección, la Comisión Académica ha resuelto ADMITIRLE en el {master} para el curso {curso}.\n\nPara asegurar su plaza deberá abonar la reserva de matrícula antes del {fecha}. En caso contrario, la plaza se ofrecerá a la siguiente persona de la lista de espera.\n\nEnhorabuena.\n\nOficina de Posgrado",
            "Estimado/a {me}:\n\nLe informamos de que su solicitud de admisión al {master} no ha sido aceptada en la primera adjudicación de plazas. Ha quedado en la posición {n} de la lista de espera, que se irá actualizando conforme se produzcan renuncias.\n\nAtentamente,\nSecretaría de Admisiones",
            "Estimado/a {me}:\n\nTras la evaluación de las solicitudes presentadas a la convocatoria de Becas de Movilidad Internacional {curso}, el comité ha resuelto no conceder la ayuda solicitada. La nota media de su expediente no alcanzó el umbral que fija el número de becas disponibles.\n\nAgradecemos su participación y le animamos a presentarse a próximas convocatorias.\n\nFundación Horizonte",
            "¡Felicidades, {name}!\n\nNos da mucho gusto informarte que fuiste seleccionado(a) como beneficiario(a) de la Beca de Excelencia para estudios de maestría. La beca cubre el 70 % de la colegiatura durante dos años.\n\nEn los próximos días recibirás la carta compromiso, que deberás firmar y regresar.\n\nComité de Becas",
        ],
        n=6,
        extra=ES_R10,
    ),
    # idea: my own picture of job-site account mail (Premium invoice, password reset, saved-search digest, a Mexican membership renewal) and the public employment service's obligations (prove active job search, an appointment with the orientador laboral)
    Family(
        "oth_r10_es_portal_cuenta_y_oficina_empleo",
        OTH,
        "[TrabajoClaro <no-reply@trabajoclaro.example>|ChambaPro <cuenta@chambapro.example>|Oficina de Empleo – Cita previa <citaprevia@servicio-empleo.example>|Servicio Público de Empleo <notificaciones@servicio-empleo.example>]",
        [
            "Tu factura de la suscripción Premium",
            "Restablece tu contraseña",
            "{n} ofertas nuevas para tu búsqueda guardada",
            "Recordatorio: acredite su búsqueda activa de empleo",
            "Cita con su orientador/a laboral",
            "Tu membresía se renueva el {fecha}",
        ],
        [
            "Hola {name}:\n\nGracias por seguir con Premium. Te adjuntamos la factura de este mes.\n\nConcepto: Suscripción Premium Candidato (1 mes)\nImporte: 14,99 € (IVA incluido)\nFecha de cargo: {fecha}\nMétodo de pago: tarjeta terminada en 4821\n\nCon Premium tus candidaturas aparecen destacadas y puedes ver quién ha visitado tu perfil. Puedes cancelar la renovación cuando quieras desde Ajustes > Suscripción.\n\nEl equipo de facturación",
            "Hola {name}, hemos recibido una solicitud para restablecer la contraseña de tu cuenta. Pulsa en el enlace para crear una nueva (caduca en 30 minutos): https://cuenta.trabajoclaro.example/restablecer?t={ref}\n\nSi no has sido tú, ignora este correo; tu contraseña actual seguirá funcionando.",
            "Hola {name}:\n\nHay {n} ofertas nuevas que coinciden con tu búsqueda guardada «{busqueda}»:\n\n• {puesto} – {company} – {ciudad}\n• Auxiliar administrativo/a – jornada parcial\n• {puesto} – empresa confidencial – teletrabajo\n\nVer todas las ofertas\n\nRecibes este aviso diario porque guardaste esta búsqueda. Puedes cambiar la frecuencia o eliminarla en cualquier momento.",
            "Estimado/a {me}:\n\nLe recordamos que, como beneficiario/a de una prestación por desempleo, está obligado/a a acreditar ante el Servicio Público de Empleo las actuaciones de búsqueda activa de empleo que haya realizado: candidaturas enviadas, entrevistas, cursos de formación o inscripción en agencias de colocación.\n\nDeberá presentar dicha justificación antes del {fecha} a través de la sede electrónica o en su oficina de empleo. La falta de acreditación puede dar lugar a la suspensión de la prestación.\n\nEste es un mensaje automático. No responda a este correo.",
            "Estimado/a usuario/a:\n\nLe comunicamos que tiene una cita con su orientador/a laboral el {dia}, {fecha}, a las {hora}, en su oficina de empleo. En la entrevista revisaremos su itinerario personalizado de inserción y las ofertas a las que se ha inscrito.\n\nLa asistencia es obligatoria. Si no puede acudir, comuníquelo con antelación llamando al teléfono de cita previa.\n\nTraiga su documento de identidad y la tarjeta de demanda de empleo.\n\nOficina de Empleo",
            "Hola {name}:\n\nTu membresía Plus se renovará automáticamente el {fecha} por $199 MXN. Si quieres cancelarla, hazlo antes de esa fecha desde Mi cuenta > Membresía. ¡Gracias por confiar en nosotros para tu búsqueda de chamba!",
        ],
        n=6,
        extra=ES_R10,
    ),
    # idea: my own sketch of relatives and friends passing on a vacancy: a mother about the pharmacy on the square, a forwarded group-chat ad, a mate at work, an Argentine "che, ¿viste esto?", a Mexican aunt's compadre, a one-line "mira"
    Family(
        "oth_r10_es_familia_amigos_vacante",
        OTH,
        "[Mari Carmen <maricarmen.lopez61@hotmail.com>|José Antonio <jose.antonio.vera@gmail.com>|Conchi <conchi.tejedor@yahoo.es>|Dani <dani.rubio.88@gmail.com>|Caro <caro.mendez@gmail.com>|Pili <pilar.sanz.45@gmail.com>]",
        [
            "Mira esto",
            "Fwd: Oferta de empleo – {puesto}",
            "RV: Se busca personal",
            "oye, en mi curro buscan gente",
            "te paso esto por si acaso",
            "Che, ¿viste esto?",
        ],
        [
            "Hola cariño,\n\nMe ha dicho la vecina del cuarto que en la farmacia de la plaza buscan a alguien para las tardes. Yo no sé si te interesa, pero por si acaso te lo digo. Pásate un día y pregunta por Encarna, que es muy maja.\n\nBesos\n\nEnviado desde mi iPad",
            "Te reenvío esto que me ha llegado por el grupo del trabajo, a lo mejor te cuadra. Un beso.\n\n---------- Mensaje reenviado ---------\nDe: Recursos Humanos <rrhh@{slug}.es>\nFecha: {dia}, {fecha}\nAsunto: Oferta de empleo – {puesto}\n\n{company} busca {puesto} para su oficina de {ciudad}. Se ofrece contrato indefinido y {sueldo}. Interesados, enviar CV a rrhh@{slug}.es indicando la referencia {ref}.",
            "Oye, en mi curro están buscando a alguien de {puesto} y me he acordado de ti. Ni idea de lo que pagan, pero el ambiente está bien y la jefa es maja. Si quieres te paso el contacto de la de personal o le doy yo tu CV, tú dime.\n\nUn abrazo",
            "Che, ¿viste esto? Una amiga de mi hermana labura en {company} y dice que están buscando gente para {puesto}. Te paso el link, fijate: https://{slug}.com/empleos/{ref}\n\nSi querés le pregunto cómo es el proceso.",
            "Hola mijo, ¿cómo estás? Oye, el compadre de tu tío tiene una empresa de logística y me comentó que necesita a alguien para la oficina. Le dije que tú andabas buscando chamba. ¿Quieres que le pase tu número? Avísame.\n\nTe quiero mucho",
            "mira, en el súper de al lado de casa han puesto un cartel de que buscan reponedores. no sé si te pega, pero ahí lo dejo 😘",
        ],
        n=6,
        extra=ES,
    ),
    # D. Other labels -----------------------------------------------------------------------
    # idea: my own take on a recruiter or consultant writing first about a different, newly opened role that "fits you better", for someone who never applied to it; Spain, Mexico, Argentina, a LinkedIn one-liner
    Family(
        "rec_r10_es_otra_vacante_encaja",
        REC,
        f"[{ES_PERSON}|{AGENCIA}]",
        [
            "Una vacante que puede encajarte mejor",
            "Otra posición que creo que te encaja",
            "Nueva vacante: {otro_puesto}",
            "{name}, ¿te interesaría esto?",
            "Propuesta: {otro_puesto} en {ciudad}",
        ],
        [
            "Hola {name}:\n\nSoy {rfirst}, del equipo de Talento de {company}. Tu perfil está en nuestra base de candidatos y, repasándolo, creo que la vacante de {otro_puesto} que acabamos de abrir te puede encajar mejor que casi nada de lo que hemos publicado este año: mucho trabajo con datos, trato con clientes y un equipo pequeño en {ciudad}.\n\nNo hace falta que te inscribas en el portal todavía. ¿Te apetece que lo hablemos en una llamada de quince minutos esta semana?\n\nUn saludo,\n{rfirst} {rlast}",
            "Buenos días, {name}:\n\nTe escribo desde la consultora porque estamos cubriendo una posición de {otro_puesto} para un cliente del sector [farmacéutico|energético|de la distribución] y tu experiencia me parece muy alineada. Es un puesto de nueva creación, con una banda salarial de {sueldo} y dos días de teletrabajo.\n\nSé que no es exactamente lo que estás haciendo ahora, pero creo que encaja con hacia dónde quieres ir. ¿Tienes un rato el {dia} para contarte más?\n\nSaludos,\n{rfirst} {rlast}\nConsultora de Selección",
            "Estimado(a) {me}:\n\nLe saluda {rfirst} {rlast}, de {company}. Revisando perfiles en nuestra bolsa de talento, identificamos que su experiencia podría ser una muy buena opción para otra vacante que acabamos de abrir: {otro_puesto}, con sede en {ciudad}. Consideramos que este rol aprovecha mejor sus fortalezas.\n\n¿Le interesaría conocer los detalles? Con gusto le agendo una llamada en el horario que le acomode.\n\nSaludos cordiales,\n{rfirst} {rlast}\nAtracción de Talento",
            "Hola {name}! Vi tu perfil y tengo una posición de {otro_puesto} que creo que te queda pintada. Remoto, buen equipo, {sueldo}. ¿Hablamos 10 min?",
            "Hola {name}, ¿cómo va? Soy {rfirst}, recruiter en {company}. Te escribo porque se abrió una búsqueda de {otro_puesto} y pensé en vos enseguida: tenés justo la mezcla de análisis y negocio que estamos buscando. ¿Te copa que hablemos esta semana? Te paso el detalle por acá o por llamada, como prefieras.\n\nSaludos,\n{rfirst}",
        ],
        n=6,
        extra=ES_R10,
    ),
    # idea: my own sketch of informal live conversations: a coffee with the founder, an agency's call with its client, a live pair-programming hour, a live business case with two partners, a Mexican "cafecito", a one-line video call
    Family(
        "int_r10_es_cafe_llamada_en_vivo",
        INT,
        f"[{ES_PERSON}|{AGENCIA}]",
        [
            "¿Un café con nuestra fundadora?",
            "Llamada con nuestro cliente – {dia} a las {hora}",
            "Sesión de pair programming – {puesto}",
            "Siguiente paso: caso en vivo con el equipo",
            "¿Nos tomamos un cafecito?",
        ],
        [
            "Hola {name}:\n\nDespués de leer tu candidatura para {puesto}, nuestra fundadora, {fundadora}, tiene muchas ganas de conocerte. Nada de entrevista formal: la idea es tomar un café tranquilo en la oficina de {ciudad} y charlar sobre el proyecto y sobre lo que te mueve.\n\n¿Te viene bien el {dia} a las {hora}? Si no, dinos otra hora y nos adaptamos.\n\nUn saludo,\n{rfirst}",
            "Hola {name}:\n\nA mi cliente le ha encantado tu perfil y quiere tener una primera llamada contigo. Será con la responsable del equipo, unos 30 minutos por Teams, el {dia} a las {hora}.\n\nTe mando la invitación en cuanto me confirmes. Antes, si quieres, hablamos tú y yo diez minutos para prepararla.\n\nUn abrazo,\n{rfirst}",
            "Hola {name}:\n\nEl siguiente paso del proceso para {puesto} es una sesión de pair programming en directo con dos personas del equipo. Trabajaremos juntos durante una hora sobre un problema pequeño de nuestro código; no buscamos que lo termines, sino ver cómo piensas y cómo colaboras.\n\nSerá por videollamada el {dia} a las {hora}. Usa tu editor habitual y comparte pantalla.\n\nNos vemos,\n{rfirst} {rlast}\nEngineering Manager",
            "Estimado/a {me}:\n\nLe invitamos a la siguiente entrevista del proceso, que incluirá la resolución de un caso de negocio en directo junto a dos socios de la firma. Le plantearemos la situación al comenzar y la trabajaremos juntos durante unos 45 minutos, en formato de conversación.\n\nFecha: {dia}, {fecha}\nHora: {hora}\nLugar: oficinas de {company} en {ciudad}\n\nLe rogamos que confirme su asistencia respondiendo a este correo.\n\nAtentamente,\n{rfirst} {rlast}\nRecruiting",
            "¡Hola, {name}! ¿Qué tal? Te escribe {rfirst}. Al director le gustó mucho tu CV y quiere echarse un cafecito contigo esta semana para platicar de la vacante. ¿Te late el {dia} a las {hora} en la cafetería de abajo de la oficina? Quedo al pendiente.",
            "{name}, ¿puedes el {dia} a las {hora} para una videollamada con el cliente? 20 min, informal. Confírmame y te paso el enlace. {rfirst}\n\nEnviado desde mi iPhone",
        ],
        n=6,
        extra=ES_R10,
    ),
    # idea: my own list of tests: an unpaid translation test before joining a vendor base, a paid-if-hired writing sample, a proofreading test, a convocatoria to a computer-based tipo test ejercicio, a proctored virtual written exam in a concurso de méritos
    Family(
        "ass_r10_es_prueba_traduccion_y_examen",
        ASS,
        f"[{ES_PERSON}|Gestión de Proveedores {{company}} <vendors@{{slug}}.com>|Tribunal de Selección <procesos.selectivos@administracion-local.example>]",
        [
            "Prueba de traducción EN>ES – colaboración freelance",
            "Texto de prueba para colaborar con nosotros",
            "Convocatoria al primer ejercicio (soporte informático)",
            "Prueba de corrección",
            "Prueba escrita virtual – concurso {exp}",
        ],
        [
            "Hola {name}:\n\nGracias por tu interés en colaborar con nosotros como traductor/a autónomo/a. Antes de darte de alta en nuestra base de proveedores, te pedimos una breve prueba de traducción del inglés al español: un texto de unas 300 palabras de temática [técnica|jurídica|de marketing].\n\nTienes {plazo} para devolvérnosla. La prueba no es remunerada y la revisará un revisor sénior con una hoja de evaluación estándar.\n\nEncontrarás el texto adjunto. ¡Mucha suerte!\n\n{rfirst}, Vendor Management",
            "Hola {name}, ¿qué tal?\n\nNos encantaron tus textos publicados. Antes de encargarte artículos, a todas las personas que colaboran con la revista les pedimos un texto de prueba: 600 palabras sobre «[Cómo ahorrar en la factura de la luz|Cinco escapadas para el otoño|Qué es el interés compuesto]», con un titular pensado para SEO y dos ladillos. Si luego empezamos a trabajar juntos, la prueba se paga como un artículo normal.\n\nEntrégalo antes del {dia}. Cualquier duda, escríbeme.\n\n{rfirst} {rlast}\nRedacción",
            "Estimado/a aspirante:\n\nSe le convoca a la realización del primer ejercicio del proceso selectivo para la provisión de plazas de {plaza} (expediente {exp}), que tendrá lugar el {fecha} a las {hora} en el aula de informática del Centro de Formación.\n\nEl ejercicio consistirá en un cuestionario tipo test de 60 preguntas que se responderá en soporte informático, con una duración de 70 minutos. Deberá presentarse con el DNI original; no se permitirá el uso de teléfonos móviles.\n\nLa Secretaría del Tribunal",
            "Respetado(a) aspirante:\n\nLe informamos que la prueba escrita de competencias funcionales del concurso {exp} se aplicará de manera virtual el {fecha} a partir de las {hora}. Deberá ingresar a la plataforma con su usuario y contraseña, con cámara y micrófono activos durante toda la sesión, que será monitoreada.\n\nLe recomendamos verificar su conexión a internet y hacer la prueba de equipo disponible en el aplicativo antes del día del examen.\n\nCoordinación de Concursos",
            "Hola {name}:\n\nComo te comenté por teléfono, te mando la prueba de corrección: dos páginas de un manuscrito con erratas, fallos de concordancia y algún problema de estilo. Márcalo con control de cambios y devuélvemelo en {plazo}.\n\nGracias,\n{rfirst}",
        ],
        n=6,
        extra=ES_R10_PUBLICO,
    ),
    # idea: my own picture of a small employer putting the agreed terms in writing: start day, hours, net or gross pay, contract length; Spain, Mexico, Argentina, Colombia, one with the candidate's question quoted
    Family(
        "off_r10_es_condiciones_acordadas",
        OFF,
        TIENDA,
        [
            "Lo que hablamos",
            "Re: Confirmación",
            "Tu incorporación el lunes",
            "Condiciones, para que lo tengas por escrito",
            "Re: Trabajo de ayudante",
        ],
        [
            "Hola {name}:\n\nTe lo pongo por escrito para que no haya dudas. Como quedamos ayer, empiezas con nosotros el lunes {fecha}:\n\n– Horario: de martes a sábado, de 7:00 a 14:00\n– Sueldo: 1.280 € netos al mes, con las pagas prorrateadas\n– Contrato: seis meses y, si todo va bien, indefinido\n\nTrae el DNI, el número de la Seguridad Social y la cuenta del banco para que la gestoría prepare el alta.\n\n¡Qué alegría tenerte con nosotros!\n{dueno}",
            "{name}, confirmado: sábados y domingos de 10 a 18, a {paga_hora}, empiezas este finde. Cualquier cosa me dices. {dueno}\n\nEnviado desde mi iPhone",
            "Hola {name}, buenas noches.\n\nNada más para confirmarte lo que platicamos: el puesto es tuyo. Entras el lunes a las 9, con horario de lunes a viernes de 9 a 6 y sábados medio día. El sueldo es de 11,500 pesos al mes más prestaciones de ley, y te damos de alta en el Seguro desde el primer día.\n\nSi estás de acuerdo, contéstame este correo y te espero el lunes.\n\nSaludos,\n{dueno}",
            "Hola {name}!\n\nTe confirmo lo que hablamos: arrancás el {dia} de la semana que viene, media jornada de 14 a 18, de lunes a viernes. Empezamos con $ 650.000 por mes en blanco y a los tres meses lo revisamos. Si te parece bien, respondeme y te mando los papeles para el alta.\n\nAbrazo,\n{dueno}",
            "Perfecto, {name}. Entonces quedamos así: empiezas el día 1, jornada de 30 horas (de 9 a 15, de lunes a viernes), 1.150 € brutos al mes en catorce pagas. Te espero a las nueve menos cuarto para enseñarte todo.\n\n{dueno}\n\nEl {dia}, {fecha} a las {hora}, {me} escribió:\n> Hola {dueno}, muchas gracias por la oportunidad. Sí, me interesa mucho.\n> ¿Me puedes confirmar horario y sueldo para organizarme? ¡Un saludo!",
            "Hola {name}, ¿cómo vas?\n\nTe confirmo que te quedas con el puesto de auxiliar en el local. Empiezas el próximo lunes, turno de 8 a. m. a 5 p. m. con una hora de almuerzo, contrato a término fijo por seis meses y salario de 1.600.000 pesos más auxilio de transporte. El viernes te mando el contrato para que lo revises.\n\n¡Te esperamos!\n{dueno}",
        ],
        n=6,
        extra=ES_R10_MIX,
    ),
]
