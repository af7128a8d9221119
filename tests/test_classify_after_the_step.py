# ruff: noqa: RUF001  (en dashes as mail writers use them)
""" "No"s after a step (a test, an interview, a trial shift) that the rules missed: a little
word in the middle of the phrase ("nous ne poursuivrons donc pas"), a score under the bar
read as a test invitation, a choice that "leant towards" someone else, a temp agency's
idiom. Words of another language that only looked like a sign of something else
("contestar" is not a contest, a programmer is not a programme). Job boards counting
profile views; a housing or course receipt; a translator's trial piece; an offer "with
pleasure". The messages are written for this test; none comes from the corpus or a blind
set."""

import pytest

from nextyes.classify import Label, default_classifier
from nextyes.classify.classifier import has_job_signal
from nextyes.classify.rules import FILLERS, read_signals
from nextyes.classify.text import prepare

NOS_AFTER_A_STEP = [
    (
        "Votre test technique – Analyste de données",
        "Bonjour Inès,\n\nMerci pour le temps consacré au test technique. Votre rendu est"
        " soigné, mais la partie SQL n'atteint pas le niveau attendu pour ce poste. Nous ne"
        " poursuivrons donc pas le processus avec vous.\n\nBien cordialement,\nL'équipe"
        " recrutement Dataviva",
        "Recrutement Dataviva <recrutement@dataviva.example>",
    ),
    (
        "Ergebnis Ihres Eignungstests – Ausbildung Industriekaufmann",
        "Guten Tag Herr Brandt,\n\nvielen Dank für Ihre Teilnahme am Online-Eignungstest zu"
        " Ihrer Bewerbung. Leider haben Sie die für das weitere Verfahren nötige"
        " Mindestpunktzahl nicht erreicht. Wir können Sie daher nicht zur nächsten Auswahlstufe"
        " einladen.\n\nFreundliche Grüße\nAusbildungsteam Kranwerk",
        "Ausbildung Kranwerk <ausbildung@kranwerk.example>",
    ),
    (
        "Uitslag schriftelijke proef – medewerker onthaal",
        "Beste kandidaat,\n\nU behaalde 22 op 40 voor de schriftelijke proef van de"
        " selectieprocedure voor medewerker onthaal. Om door te gaan was 24 op 40 nodig. U"
        " bent daarom niet geslaagd.\n\nMet vriendelijke groeten,\nPersoneelsdienst Gemeente"
        " Brakel-Oost",
        "Personeelsdienst Brakel-Oost <personeel@brakel-oost.example>",
    ),
    (
        "Re: ¿Novedades del proceso?",
        "Hola Camila, perdón que no te contestara antes.\n\nTe cuento que el equipo ya decidió"
        " y no vas a continuar en el proceso para el rol de diseñadora. Nos terminamos"
        " inclinando por otra persona con más experiencia en producto. Gracias de verdad por"
        " tu tiempo.\n\nAbrazo,\nJulieta",
        "Julieta Paz <julieta@estudiopaz.example>",
    ),
    (
        "Re: ayudante de cocina",
        "Buenas Marcos, ya hemos cogido a un chico para las mañanas, empezó el lunes. Gracias"
        " por pasarte con el currículum, si en verano necesitamos a alguien te llamo.\n\nPepa"
        "\n\nEl 3/11/2026, Marcos escribió:\n> Hola, ¿seguís buscando ayudante de cocina?",
        "Casa Pepa <casapepa@correo.example>",
    ),
    (
        "FW: bericht van het uitzendbureau",
        "even naar mezelf doorsturen\n\nHoi Sem, met Lotte van Werkpunt. De klant in Venlo"
        " heeft de plekken voor de inpakafdeling vol, jij valt helaas buiten de boot. Ik houd"
        " je op de lijst voor ander werk. Groet, Lotte",
        "Sem de Graaf <semdegraaf@mailbox.example>",
    ),
    (
        "Er is een update over je sollicitatie",
        "Hallo Iris,\n\nDe status van je sollicitatie is gewijzigd.\n\nVacature: Medewerker"
        " klantenservice\nNieuwe status: Afgewezen\n\nLog in op het portaal voor meer"
        " informatie.",
        "Kandidatenportaal Bakkerij Zuid <noreply@kandidaten.bakkerijzuid.example>",
    ),
    (
        "Tu candidatura – Repartidor/a",
        "Hola Álex:\n\nGracias por tu interés. Ya hemos completado las incorporaciones de"
        " esta temporada, así que no vamos a poder contar contigo esta vez.\n\nUn saludo,"
        "\nSelección Rápido Sur",
        "Selección Rápido Sur <seleccion@rapidosur.example>",
    ),
    (
        "AW: Nachfrage Bewerbung Bürokraft",
        "Hallo Herr Yilmaz,\n\nentschuldigen Sie die späte Antwort. Die Stelle ist"
        " mittlerweile vergeben. Alles Gute für Ihre Suche!\n\nViele Grüße\nPraxis Dr. Lenz",
        "Praxis Dr. Lenz <praxis@dr-lenz.example>",
    ),
    (
        "Re: poste de serveur",
        "Salut Hugo,\n\nMerci pour ton CV. L'équipe est au complet pour la saison, donc on ne"
        " pourra pas te prendre cet été. Repasse nous voir en septembre !\n\nJulie – Le Comptoir",
        "Le Comptoir <contact@lecomptoir.example>",
    ),
    (
        "Re: Repartidor fines de semana",
        "Hola Nico, gracias por dejar el CV el martes. Ya contratamos a una chica del barrio"
        " para los findes, pero si en verano necesitamos a alguien te aviso. Suerte!\n\nMarta",
        "Pizzería Marta <pizzeriamarta@correo.example>",
    ),
    (
        "Prácticas – Departamento de Calidad: respuesta",
        "Hola Irene:\n\nGracias por tu interés en nuestras prácticas. Tras revisar tu CV, no"
        " hemos podido seleccionarte para la siguiente fase.\n\nUn saludo,\nEquipo de Talento",
        "Talento Ondas <talento@ondas.example>",
    ),
    (
        "Proceso Auxiliar de Bodega",
        "Estimado Sr. Páez: el proceso de selección concluyó y la vacante ya fue ocupada."
        " Gracias por su participación.\n\nTalento Humano, Frutera Andina",
        "Talento Humano <talento@fruteraandina.example>",
    ),
    (
        "Ihre Bewerbung als Staplerfahrer",
        "Sehr geehrter Herr Kaya,\n\nfür die Stelle ist ein Staplerschein zwingend nötig. Eine"
        " Einstellung ist deshalb nicht möglich; wir haben Ihre Bewerbung aus dem Verfahren"
        " genommen.\n\nMit freundlichen Grüßen\nLogistik Nord Personal",
        "Logistik Nord Personal <personal@logistik-nord.example>",
    ),
    (
        "Uw open sollicitatie",
        "Beste mevrouw Peeters,\n\nDank voor uw spontane sollicitatie. Op dit ogenblik hebben"
        " wij geen openstaande vacature die past bij uw profiel. We houden uw cv bij.\n\n"
        "Met vriendelijke groeten,\nHR Metaalwerken Dender",
        "HR Metaalwerken Dender <hr@metaalwerken-dender.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), NOS_AFTER_A_STEP)
def test_a_no_after_a_test_or_an_interview_is_read_as_one(
    subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.REJECTION, found


def test_little_words_are_dropped_only_between_words() -> None:
    assert FILLERS.sub("", "nous ne poursuivrons donc pas") == "nous ne poursuivrons pas"
    assert FILLERS.sub("", "u bent daarom niet geslaagd") == "u bent niet geslaagd"
    # Not inside a word, and not where it starts the text.
    assert FILLERS.sub("", "nunca dusche") == "nunca dusche"
    assert FILLERS.sub("", "leider nicht") == "leider nicht"


LOOK_ALIKE_WORDS = [
    # Spanish "contestar" (to answer) is no contest.
    (
        "Re: Tu candidatura – Camarero/a",
        "Hola Iván, perdona por tardar en contestarte. Hemos decidido no continuar con tu"
        " candidatura para el puesto de camarero. Mucha suerte.\n\nRRHH Grupo Farol",
        "RRHH Grupo Farol <rrhh@grupofarol.example>",
    ),
    # A programmer's post is not a degree programme.
    (
        "Your application – Junior Programmer",
        "Hi Dev,\n\nThanks for applying for the Junior Programmer position. We have decided"
        " not to move forward with your application.\n\nBest,\nTalent team, Gridlock Games",
        "Gridlock Games Talent <talent@gridlockgames.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), LOOK_ALIKE_WORDS)
def test_a_word_inside_another_word_is_no_sign_of_something_else(
    subject: str, body: str, sender: str
) -> None:
    signals = read_signals(prepare(subject, body, sender))
    assert not signals.not_hiring, signals
    assert default_classifier().classify(subject, body, sender).label is Label.REJECTION


PROFILE_VIEW_COUNTS = [
    (
        "Sara, 5 recruiters have viewed your profile",
        "Your profile is getting noticed! 5 recruiters have viewed your profile this week."
        " See who they are and apply to jobs that match your skills.",
        "Jobvine <notifications@jobvine.example>",
    ),
    (
        "Dein Profil ist gefragt",
        "Hallo Jonas, 4 Unternehmen haben sich dein Profil angesehen. Jetzt passende Stellen"
        " entdecken und dich mit einem Klick bewerben.",
        "Stellenwerk <info@stellenwerk.example>",
    ),
    (
        "Votre profil a été consulté 6 fois",
        "Bonjour Léa, votre profil a été consulté 6 fois cette semaine par des recruteurs."
        " Complétez votre CV pour augmenter vos chances.",
        "EmploiPlus <notification@emploiplus.example>",
    ),
    (
        "Tu perfil está destacando",
        "Hola Nerea, 3 empresas han visto tu perfil en los últimos días. Revisa las ofertas"
        " de empleo que encajan contigo.",
        "Trabajalia <avisos@trabajalia.example>",
    ),
    (
        "Je profiel is bekeken",
        "Hoi Daan, je profiel is bekeken door 2 recruiters. Bekijk welke vacatures bij je passen.",
        "Vacaturebank Noord <meldingen@vacaturebanknoord.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), PROFILE_VIEW_COUNTS)
def test_a_job_boards_count_of_profile_views_is_no_recruiters_approach(
    subject: str, body: str, sender: str
) -> None:
    assert default_classifier().classify(subject, body, sender).label is Label.OTHER


def test_a_recruiter_who_looked_at_the_profile_still_approaches_the_reader() -> None:
    found = default_classifier().classify(
        "Senior Data Engineer role – open to a chat?",
        "Hi Priya,\n\nI viewed your profile and think you'd be a great fit for a Senior Data"
        " Engineer role I'm hiring for at a fintech client in Leeds. Would you be open to a"
        " quick call this week?\n\nBest,\nTom Hale\nNorthgate Recruitment",
        "Tom Hale <tom.hale@northgaterecruitment.example>",
    )
    assert found.label is Label.RECRUITER_OUTREACH, found


NOT_A_JOB_RECEIPT = [
    (
        "Housing application received – ref HA/55120",
        "Dear Ms Okafor,\n\nThank you for your housing application. We have received it and"
        " will assess your priority band within 20 working days.\n\nHousing Options Team",
        "Housing Options <housing@eastvale-council.example>",
    ),
    (
        "Your enrolment: Spreadsheet Skills (Tuesday evenings)",
        "Hi Tom,\n\nThank you for your application for this course. Your enrolment is"
        " confirmed; classes start on 12 January in room B4.\n\nStudent Services",
        "Student Services <enrol@westbury-college.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), NOT_A_JOB_RECEIPT)
def test_a_housing_or_course_receipt_is_no_application_received(
    subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is not Label.APPLICATION_RECEIVED, found


def test_a_translators_trial_piece_is_an_assessment() -> None:
    found = default_classifier().classify(
        "Probeübersetzung – Ihre Bewerbung als Übersetzerin",
        "Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung. Als nächsten Schritt bitten"
        " wir Sie um eine Probeübersetzung von etwa 300 Wörtern (EN>DE, Medizintechnik). Bitte"
        " senden Sie sie bis Freitag zurück.\n\nMit freundlichen Grüßen\nSprachwerk Team",
        "Sprachwerk Projekte <projekte@sprachwerk.example>",
    )
    assert found.label is Label.ASSESSMENT, found


def test_an_offer_made_with_pleasure_in_spanish_is_an_offer() -> None:
    found = default_classifier().classify(
        "Propuesta – Docente de Matemáticas",
        "Estimada Prof. Suárez:\n\nTras la entrevista con la coordinación, tenemos el agrado de"
        " ofrecerle 16 horas semanales de Matemáticas para el próximo año lectivo, con inicio"
        " el 2 de marzo. Le pedimos que nos confirme si acepta antes del 15 de diciembre.\n\n"
        "Dirección Académica, Colegio del Sur",
        "Dirección Académica <direccion@colegiodelsur.example>",
    )
    assert found.label is Label.OFFER, found


POSTS_IN_THE_SUBJECT = [
    ("Re: Assistant manager", "Hi Sam, thanks for coming by on Saturday. We gave it to Jo in"
     " the end, she's been helping out here for a while. Good luck! Dave"),
    ("Re: camarera fines de semana", "Hola Lucía, al final se lo dimos a una chica del"
     " barrio. ¡Gracias por venir! Rufo"),
    ("Re: bediening zaterdag", "Hoi Mila, we hebben het rooster al rond, sorry! Groet, Kees"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), POSTS_IN_THE_SUBJECT)
def test_a_posts_name_in_the_subject_is_a_sign_of_job_mail(subject: str, body: str) -> None:
    """A reply about a job often names the post only in its subject; without it, the
    message was never read past the first look and never shown."""
    sender = "Owner <owner@shop.example>"
    assert has_job_signal(subject, body, sender)
    found = default_classifier().classify(subject, body, sender)
    assert found.reason != "rule: no job-search words", found


def test_a_post_named_outside_the_subject_is_no_such_sign() -> None:
    assert not has_job_signal(
        "Dinner on Friday?", "Our manager booked the table for eight.", "Ann <ann@x.example>"
    )


def test_a_side_jobs_no_without_job_words_is_read_as_one() -> None:
    found = default_classifier().classify(
        "Re: Aushilfe im Café",
        "Hallo Lea,\n\ndanke dir! Wir haben die Samstage jetzt schon mit einer Schülerin besetzt."
        " Im Sommer melde ich mich vielleicht wieder.\n\nLG Anke",
        "Café Anke <info@cafe-anke.example>",
    )
    assert found.label is Label.REJECTION, found


def test_a_manuscripts_decision_is_about_something_else() -> None:
    """Even when the paper is about hiring: its "not selected" is no "no" to a job."""
    message = (
        "Editorial decision on your manuscript",
        "Dear Dr Moss,\n\nThank you for submitting your manuscript on seasonal employment"
        " and the hiring of migrant workers. Unfortunately it was not selected for"
        " publication.\n\nThe editors",
        "Journal of Labour Studies <editor@jls.example>",
    )
    assert read_signals(prepare(*message)).not_hiring
    assert default_classifier().classify(*message).label is Label.OTHER


def test_no_post_open_but_another_way_is_no_rejection() -> None:
    """ "No vacancy right now, but I'll discuss your profile with the team lead" is a
    receipt with a next step, not a "no"."""
    message = (
        "Re: open sollicitatie",
        "Beste Yara,\n\nDank voor je open sollicitatie. Op dit moment hebben we geen passende"
        " vacature, maar ik bespreek je profiel vrijdag met de teamleider. Je hoort voor het"
        " eind van de maand van mij.\n\nGroet,\nHR Delta Zorg",
        "HR Delta Zorg <hr@deltazorg.example>",
    )
    signals = read_signals(prepare(*message))
    assert signals.hit is None or signals.hit.label is not Label.REJECTION, signals


OFFERS_IN_OTHER_WORDS = [
    (
        "Minijob im Service",
        "Hallo Frau Berg,\n\nwir würden Sie gern für unseren Service einstellen, ab Januar, auf"
        " Minijob-Basis. Bitte bringen Sie zur Vertragsunterschrift Ihre Steuer-ID mit.\n\n"
        "Herzliche Grüße\nCafé Eck",
        "Café Eck <kontakt@cafe-eck.example>",
    ),
    (
        "Confirmación de oferta – Asesor de Ventas",
        "Estimado Sr. Quispe:\n\nLe confirmamos la oferta para el puesto de Asesor de Ventas,"
        " con inicio el 4 de enero y una remuneración de S/ 2,100. Por favor responda"
        " aceptando.\n\nGestión Humana",
        "Gestión Humana <gh@comercialandes.example>",
    ),
    (
        "Je aanbod staat klaar",
        "Beste Tim,\n\nJe arbeidsvoorwaarden voor de functie Planner staan in je portaal."
        " Accepteer je aanbod uiterlijk vrijdag.\n\nGroet,\nRecruitment Havenstad",
        "Recruitment Havenstad <careers@havenstad.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), OFFERS_IN_OTHER_WORDS)
def test_an_offer_in_other_words_is_an_offer(subject: str, body: str, sender: str) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.OFFER, found


def test_a_flat_named_in_the_subject_is_about_something_else() -> None:
    """A letting agent borrows the words of hiring ("votre candidature ... n'a pas été
    retenue"); the flat in the subject says what the "no" is about."""
    message = (
        "Votre candidature – Appartement T3, rue des Lilas",
        "Madame,\n\nNous vous remercions pour votre dossier de location. Malheureusement, votre"
        " candidature n'a pas été retenue par le propriétaire.\n\nAgence Lilas Immobilier",
        "Agence Lilas Immobilier <location@lilas-immo.example>",
    )
    signals = read_signals(prepare(*message))
    assert signals.hit is not None, signals
    assert signals.hit.label is Label.OTHER, signals
    assert default_classifier().classify(*message).label is not Label.REJECTION


ROUND_18C_NOS = [
    (
        "Update on the Sales Lead role",
        "Hi Dana,\n\nLeadership has frozen all hiring until spring, so we are closing the search"
        " and won't be moving forward with any candidates, including you. If I can be a"
        " reference for you anywhere, just ask.\n\nBest,\nMark",
        "Mark Ode <mark@harbourbrew.example>",
    ),
    (
        "Convocatoria Auxiliar de Farmacia",
        "Estimada Sra. Ríos: le informamos que la convocatoria para el cargo de Auxiliar de"
        " Farmacia ha sido cancelada y no se realizarán las etapas restantes del proceso."
        " Gracias por su interés.\n\nTalento Humano",
        "Talento Humano <talento@farmaciasur.example>",
    ),
    (
        "Vacante Bodeguero – Sede Norte",
        "Buenas, Sr. Mena. La vacante de bodeguero ya la llenamos con personal de otra sede."
        " Gracias por venir a la entrevista.\n\nJefe de Operaciones",
        "Operaciones Norte <operaciones@cargonorte.example>",
    ),
    (
        "Búsqueda Jefe de Ventas",
        "Hola Pablo, te cuento que el cliente se inclinó por otro de los candidatos de la terna"
        " final, con más experiencia en retail. Tu entrevista les gustó mucho. Abrazo,\nLaura"
        " – Consultora",
        "Laura Paz <laura@pazconsultores.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), ROUND_18C_NOS)
def test_more_nos_in_plain_words_are_read_as_one(subject: str, body: str, sender: str) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.REJECTION, found


def test_being_asked_to_vouch_for_someone_else_is_still_their_hiring() -> None:
    signals = read_signals(
        prepare(
            "Reference request: Sam Lee",
            "Hi Jo,\n\nSam Lee has applied for our Data Analyst position and listed you. Would you"
            " be willing to be a reference for him? A short call this week would do.\n\nAnna,"
            " Talent team",
            "Anna <talent@brightco.example>",
        )
    )
    assert signals.hit is not None, signals
    assert signals.hit.label is Label.OTHER, signals


def test_a_receipt_that_says_when_to_assume_a_no_informally_is_a_receipt() -> None:
    found = default_classifier().classify(
        "Danke für deine Bewerbung!",
        "Hallo Mia,\n\ndeine Bewerbung als Verkäuferin ist bei uns eingegangen. Die Filialleitung"
        " schaut sich deine Unterlagen an. Falls du innerhalb von drei Wochen nichts von uns"
        " hörst, haben wir uns für andere Bewerber entschieden.\n\nDein Recruiting-Team",
        "Markt Recruiting <karriere@markt.example>",
    )
    assert found.label is Label.APPLICATION_RECEIVED, found


WRITTEN_TESTS = [
    (
        "Uitnodiging schriftelijke proef – administratief medewerker",
        "Beste kandidaat,\n\nU bent geslaagd voor de preselectie. Wij nodigen u uit voor de"
        " schriftelijke proef op 12 januari om 9 uur in het stadhuis.\n\nPersoneelsdienst",
        "Personeelsdienst <personeel@gemeente-aalter.example>",
    ),
    (
        "Bitte Persönlichkeitsfragebogen ausfüllen",
        "Hallo Herr Sommer,\n\ndanke für Ihre Bewerbung als Filialleiter. Als nächsten Schritt"
        " bitten wir Sie, bis Freitag unseren Persönlichkeitsfragebogen online auszufüllen.\n\n"
        "Bewerbermanagement",
        "Bewerbermanagement <bewerbung@drogerie.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), WRITTEN_TESTS)
def test_an_invitation_to_a_written_test_or_a_questionnaire_is_an_assessment(
    subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.ASSESSMENT, found


def test_ones_own_redundancy_is_no_rejection() -> None:
    """The current employer ending the job uses a "no"'s words; it answers no application."""
    found = default_classifier().classify(
        "Your role - outcome of consultation",
        "Dear Chris,\n\nFollowing our consultation meetings, I am sorry to confirm that we have"
        " not been able to find a suitable alternative role for you. Your position will"
        " therefore be made redundant from 31 January, and your redundancy payment will be"
        " paid with your final salary.\n\nHR, Calder Foods",
        "HR Calder Foods <hr@calderfoods.example>",
    )
    assert found.label is not Label.REJECTION, found


def test_a_talk_proposal_turned_down_is_about_something_else() -> None:
    found = default_classifier().classify(
        "Tu propuesta de charla para las Jornadas de Datos",
        "Hola Ana:\n\nGracias por tu propuesta de charla. Lamentablemente no ha sido"
        " seleccionada para el programa de este año; recibimos muchas propuestas.\n\nEl comité",
        "Jornadas de Datos <charlas@jornadasdatos.example>",
    )
    assert found.label is not Label.REJECTION or found.confidence < 0.9, found
