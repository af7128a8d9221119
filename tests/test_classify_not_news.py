# ruff: noqa: RUF001  (en dashes as mail writers use them)
"""Meetings that are not the person's job news, in the other four languages: being asked to
interview someone else, and an appointment with the public employment service. And the
news they must not swallow: a "no" that speaks of evaluating the candidates, an employer's
interview that the job centre passes on. The messages are written for this test; none
comes from the corpus or a blind set."""

import pytest

from nextyes.classify import Label, default_classifier
from nextyes.classify.classifier import read_message
from nextyes.classify.rules import AT_THE_JOB_CENTRE, SOMEONE_ELSES_HIRING

ASKED_TO_INTERVIEW = [
    (
        "Kannst du am Dienstag mit im Panel sitzen?",
        "Hallo Jonas, wir haben Dienstag drei Gespräche für die Teamleitung Lager. Magst du"
        " mit im Panel sitzen? Den Bewertungsbogen schicke ich dir vorher.",
        "Petra Lenz <p.lenz@holzwerk-lenz.example>",
    ),
    (
        "Jury de recrutement du 14 – pouvez-vous siéger au jury ?",
        "Bonjour Nadia, pour le poste de chargé de mission, accepteriez-vous de siéger au jury"
        " le 14 au matin ? Trois candidats sont convoqués.",
        "Service RH <rh@mairie-valbonne.example>",
    ),
    (
        "¿Puedes formar parte del tribunal el jueves?",
        "Hola Irene, necesitamos a alguien de tu área para formar parte del tribunal de la"
        " plaza de técnico de laboratorio este jueves. ¿Te viene bien?",
        "Recursos Humanos <rrhh@labsur.example>",
    ),
    (
        "Wil je aansluiten bij de sollicitatiegesprekken?",
        "Hoi Bas, vrijdag voeren we de tweede ronde voor de vacature planner. Wil je aansluiten"
        " bij de sollicitatiegesprekken? Het beoordelingsformulier staat in Teams.",
        "Mirjam de Groot <m.degroot@transportdegroot.example>",
    ),
]

JOB_CENTRE_APPOINTMENTS = [
    (
        "Einladung zu einem Gespräch am 12.01.",
        "Sehr geehrter Herr Yilmaz, bitte kommen Sie am 12.01. um 9:30 Uhr zu einem Gespräch"
        " über Ihre berufliche Situation und Ihre Bewerbungen. Bringen Sie Ihren Lebenslauf"
        " mit.\n\nIhre Arbeitsvermittlerin",
        "Agentur für Arbeit Nordtal <nordtal.arbeitsvermittlung@arbeitsagentur.example>",
    ),
    (
        "Convocation à un entretien avec votre conseillère",
        "Madame, vous êtes convoquée le 8 janvier à 14 h à votre agence pour faire le point"
        " sur votre recherche d'emploi avec votre conseillère.",
        "France Travail <ne-pas-repondre@francetravail.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), ASKED_TO_INTERVIEW)
def test_being_asked_to_interview_someone_else_is_not_an_interview(
    subject: str, body: str, sender: str
) -> None:
    assert read_message(subject, body, sender).signals.hit == SOMEONE_ELSES_HIRING
    assert default_classifier().classify(subject, body, sender).label == Label.OTHER


@pytest.mark.parametrize(("subject", "body", "sender"), JOB_CENTRE_APPOINTMENTS)
def test_an_appointment_with_the_job_centre_is_not_an_employers_interview(
    subject: str, body: str, sender: str
) -> None:
    assert read_message(subject, body, sender).signals.hit == AT_THE_JOB_CENTRE
    assert default_classifier().classify(subject, body, sender).label == Label.OTHER


def test_a_no_that_speaks_of_evaluating_the_candidates_is_still_read() -> None:
    found = default_classifier().classify(
        "Proceso de selección – Analista de Compras",
        "Estimada Laura: después de evaluar a los candidatos finalistas, lamentamos"
        " comunicarle que hemos decidido continuar con otra persona para el puesto.",
        "Talento Humano <talento@ferreteriacentral.example>",
    )
    assert found.label == Label.REJECTION, found


def test_an_employers_interview_passed_on_by_the_job_centre_stays_an_interview() -> None:
    signals = read_message(
        "Einladung zum Vorstellungsgespräch – Lagerfachkraft",
        "Sehr geehrter Herr Yilmaz, die Firma Kessler Logistik lädt Sie zu einem"
        " Vorstellungsgespräch am 15.01. um 10 Uhr ein. Bitte bestätigen Sie den Termin.",
        "Jobcenter Nordtal <jobcenter-nordtal@jobcenter.example>",
    ).signals
    assert signals.hit != AT_THE_JOB_CENTRE
