# ruff: noqa: RUF001  (en dashes as mail writers use them)
""" "No"s said plainly in Spanish and German that the rules did not know: an offer taken back
in the verb's other forms ("zurückzuziehen", "Rücknahme", "retiran la oferta"), not going on
to the next stage, the post already filled, a failed test. And what must stay as it was: an
offer that is not withdrawn, a test that is passed. The messages are written for this test;
none comes from the corpus or a blind set."""

import pytest

from nextyes.classify import Label, default_classifier

PLAIN_NOS = [
    (
        "Ihr Vertragsangebot vom 12.11. – Rücknahme",
        "Sehr geehrte Frau Kühn,\n\nwegen eines Einstellungsstopps sind wir leider gezwungen,"
        " unser Vertragsangebot für die Position als Laborleiterin zurückzuziehen. Es tut mir"
        " sehr leid.\n\nMit freundlichen Grüßen\nDr. Anke Sommer",
        "Dr. Anke Sommer <a.sommer@biolab-nord.example>",
    ),
    (
        "Rücknahme unseres Angebots",
        "Sehr geehrter Herr Aydin,\n\nwir ziehen daher unser Angebot für die Stelle als"
        " Schichtleiter vom 3. November zurück, da der Standort geschlossen wird.\n\nIhre"
        " Personalabteilung",
        "Personal Werk Süd <personal@werk-sued.example>",
    ),
    (
        "Feedback zu deiner Probeaufgabe",
        "Hallo Mia,\n\ndanke für deine Abgabe. Die Struktur war gut, aber das Datenmodell hat"
        " uns nicht überzeugt. Deshalb gehen wir mit dir nicht in die nächste Runde.\n\nLG Tom",
        "Tom Weiß <tom@pixelhaus.example>",
    ),
    (
        "Oferta – Coordinador de Almacén",
        "Hola Diego:\n\nTe escribo con pena: la empresa congeló las contrataciones y retiran la"
        " oferta que te hicieron para el puesto de coordinador de almacén. Lo siento mucho.\n\n"
        "Lucía – Talento Sur",
        "Lucía Ramos <lramos@talentosur.example>",
    ),
    (
        "Resultado prueba técnica – Desarrollador Backend",
        "Hola Martín,\n\ngracias por el ejercicio técnico. Lo revisamos con el equipo y no vamos"
        " a avanzar con tu candidatura a la entrevista final.\n\nSaludos,\nSelección Nimbo",
        "Selección Nimbo <seleccion@nimbo.example>",
    ),
    (
        "Puesto de recepcionista",
        "Estimada Sra. Vidal: le informamos que la plaza de recepcionista ya fue cubierta."
        " Gracias por su postulación.\n\nRRHH Hotel Mirador",
        "RRHH Hotel Mirador <rrhh@hotelmirador.example>",
    ),
    (
        "Tu postulación – Auxiliar de Almacén",
        "Hola Raúl: gracias por tu postulación y por venir a la entrevista. Revisamos todos los"
        " perfiles y no fuiste considerado para esta posición.\n\nSaludos,\nRRHH Distribuidora"
        " Lagos",
        "RRHH Distribuidora Lagos <rrhh@distribuidoralagos.example>",
    ),
    (
        "Je kandidatuur als jobstudent",
        "Dag Lotte, bedankt voor je sollicitatie als jobstudent. Alle plaatsen zijn ingevuld en"
        " je kandidatuur kunnen we daarom niet weerhouden.\n\nHet jobteam",
        "Jobteam Bakkerij Peeters <jobs@bakkerijpeeters.example>",
    ),
    (
        "Uw sollicitatie – Medewerker planning",
        "Geachte heer Visser, wij moeten u meedelen dat uw sollicitatie niet is geselecteerd"
        " voor de volgende fase van de procedure.\n\nTalent Acquisition",
        "Careers Noordkust <careers@noordkust.example>",
    ),
    (
        "RE: Point sur ma candidature",
        "Bonjour Madame Faure, merci pour votre relance. Le poste a finalement été attribué à une"
        " collaboratrice en interne ; nous clôturons donc le processus de recrutement.\n\n"
        "Service RH",
        "Service RH Ormeaux <rh@ormeaux.example>",
    ),
    (
        "Resultado de la prueba de aptitudes – Conductor/a",
        "Estimado Sr. Pardo: una vez corregida la prueba de aptitudes del proceso de selección"
        " para conductor/a, su resultado ha sido no apto, por lo que no pasa a la fase de"
        " entrevista.\n\nDepartamento de Selección",
        "Selección Autobuses Urbanos <seleccion@autobuses-urbanos.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), PLAIN_NOS)
def test_a_plain_no_in_spanish_or_german_is_read_as_one(
    subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.REJECTION, found


STILL_GOOD_NEWS = [
    (
        "Resolución definitiva – Ayudas a proyectos de I+D",
        "Estimada solicitante: se ha publicado la resolución de concesión de las ayudas a"
        " proyectos de I+D. Estado: denegada, no alcanza la puntuación mínima para ser"
        " financiada.\n\nAgencia de Investigación",
        "Agencia de Investigación <convocatorias@agencia-id.example>",
        Label.OTHER,
    ),
    (
        "Ihr Vertragsangebot – Laborleiterin",
        "Sehr geehrte Frau Kühn,\n\nwir freuen uns, Ihnen die Position als Laborleiterin"
        " anzubieten. Das Vertragsangebot finden Sie im Anhang; bitte senden Sie es bis zum"
        " 20.12. unterschrieben zurück.\n\nDr. Anke Sommer",
        "Dr. Anke Sommer <a.sommer@biolab-nord.example>",
        Label.OFFER,
    ),
    (
        "Resultado prueba técnica – Desarrollador Backend",
        "Hola Martín,\n\ngracias por el ejercicio técnico: nos gustó mucho. Queremos avanzar"
        " con tu candidatura: ¿te viene bien una entrevista final el jueves a las 10?\n\n"
        "Selección Nimbo",
        "Selección Nimbo <seleccion@nimbo.example>",
        Label.INTERVIEW,
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "label"), STILL_GOOD_NEWS)
def test_good_news_in_the_same_words_stays_good_news(
    subject: str, body: str, sender: str, label: Label
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is label, found


OWN_WITHDRAWALS = [
    (
        "AW: Einladung zum Kennenlernen",
        "Hallo Herr Brandt,\n\ndanke für die Einladung. Ich habe inzwischen eine andere Stelle"
        " angenommen und muss den Termin leider absagen. Meine Bewerbung ziehe ich damit"
        " zurück.\n\nViele Grüße\nElif Kaya",
    ),
    (
        "Intrekken sollicitatie – Magazijnmedewerker",
        "Beste mevrouw Dekker,\n\nDoor een verhuizing is de functie helaas niet meer haalbaar"
        " voor mij, daarom wil ik mijn sollicitatie graag intrekken.\n\nMet vriendelijke groet,"
        "\nRuben Smit",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OWN_WITHDRAWALS)
def test_the_applicants_own_withdrawal_is_no_rejection_in_any_word_order(
    subject: str, body: str
) -> None:
    found = default_classifier().classify(subject, body, "Elif Kaya <elif.kaya@post.example>")
    assert found.label is not Label.REJECTION, found


RECEIPTS_WITH_A_DATE = [
    (
        "Accusé de réception – Responsable des achats",
        "Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste de"
        " responsable des achats. En l'absence de retour de notre part d'ici le 15 janvier,"
        " vous pourrez considérer que votre candidature n'a pas été retenue.\n\nService RH",
        "Service RH Ardoise <rh@ardoise-industrie.example>",
    ),
    (
        "Hemos recibido tu candidatura",
        "Hola Pablo:\n\nHemos recibido tu candidatura para el puesto de técnico de soporte. En"
        " caso de no recibir respuesta en tres semanas, puedes considerar que no ha sido"
        " seleccionada.\n\nEquipo de Talento",
        "Talento Brisa <talento@brisa.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), RECEIPTS_WITH_A_DATE)
def test_a_receipt_that_says_when_to_assume_a_no_is_no_rejection(
    subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.APPLICATION_RECEIVED, found


NEITHER_NO_NOR_INTERVIEW = [
    (
        "Your exit interview",
        "Hi Sam,\n\nAs you leave us at the end of the month, we'd like to book your exit"
        " interview with HR. Please pick a slot next week.\n\nPeople Team",
        "People Team <people@harrowfoods.example>",
        {Label.OTHER},
    ),
    (
        "Einladung zum Elterngespräch",
        "Liebe Eltern von Mia,\n\nhiermit lade ich Sie zum Elterngespräch am Dienstag um 16 Uhr"
        " ein. Bitte bestätigen Sie den Termin.\n\nKlassenleitung 6a",
        "Klassenleitung 6a <klasse6a@gymnasium-nord.example>",
        {Label.OTHER},
    ),
    (
        "Ihre Bewerbung als Kaufmann EFZ",
        "Guten Tag Herr Meier\n\nWir bestätigen den Eingang Ihres Bewerbungsdossiers. Sollten"
        " Sie innert vier Wochen nichts von uns hören, können wir Ihre Bewerbung leider nicht"
        " berücksichtigen.\n\nFreundliche Grüsse\nHR Service",
        "HR Service Bergbahnen <hr@bergbahnen.example>",
        {Label.APPLICATION_RECEIVED},
    ),
    (
        "Erinnerung: Ihr Online-Test ist noch offen",
        "Sehr geehrte Frau Kaya, Sie haben Ihren Online-Test für die Stelle als Analystin noch"
        " nicht abgeschlossen. Der Link gilt bis Freitag. Nicht abgeschlossene Tests können wir"
        " leider nicht berücksichtigen.\n\nIhr Recruiting-Team",
        "Recruiting Team <recruiting@nordbank.example>",
        {Label.ASSESSMENT},
    ),
    (
        "Oproeping computergestuurde proef – Dossierbeheerder",
        "Beste kandidaat, u bent geslaagd voor de eerste screening. Wij nodigen u uit voor de"
        " computergestuurde proef op 12 januari om 9u00 in ons testcentrum.\n\nSelectiedienst",
        "Selectiedienst Provincie <selectie@provincie.example>",
        {Label.ASSESSMENT},
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "labels"), NEITHER_NO_NOR_INTERVIEW)
def test_what_reads_like_a_no_or_an_interview_and_is_neither(
    subject: str, body: str, sender: str, labels: set[Label]
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label in labels, found
