# ruff: noqa: RUF001  (en dashes as public bodies and universities write them)
"""Public employers and universities hire in words of their own (classify/public_hiring.py):
a competition's stages, reserve lists, chairs, appointments. A "no" from one of them is job
news, though it speaks of "admission", a jury or results as a university or a grant body
does; and a decision about a degree or a grant, with none of those words, stays something
else. The letters are written for this test; none comes from the corpus or a blind set."""

import pytest

from nextyes.classify import Label, default_classifier
from nextyes.classify.classifier import read_message
from nextyes.classify.rules import ABOUT_SOMETHING_ELSE, NATIVE_NO_HIT, REJECTION_RULES

FIELDS = ("language", "subject", "body", "sender")
REJECTION_HITS = {r.hit for r in REJECTION_RULES} | {NATIVE_NO_HIT}

# (language, subject, body, sender): a public body's or a university's "no".
PUBLIC_NOS = [
    (
        "en",
        "Civil service recruitment: outcome of your sift, ref 4471",
        "Dear applicant,\n\nThank you for applying for the Executive Officer post through the"
        " civil service jobs portal. The panel has now completed the sift of applications.\n\n"
        "Unfortunately your application was not successful on this occasion, as your score"
        " was below the mark needed to go forward to interview.\n\nRecruitment Team",
        "Civil Service Recruitment <noreply@recruit.civilservice.example>",
    ),
    (
        "fr",
        "Résultats d'admission – concours externe d'adjoint administratif, session 2027",
        "Madame,\n\nÀ l'issue des épreuves orales, le jury s'est réuni le 4 mars. Nous avons"
        " le regret de vous informer que vous n'avez pas été déclarée admise au concours"
        " externe d'adjoint administratif principal.\n\nLe service des concours",
        "Centre de gestion du Bas-Val – Concours <concours@cdg-basval.example>",
    ),
    (
        "es",
        "Resolución del concurso de méritos – plaza docente de Química Analítica",
        "Estimada concursante:\n\nLa comisión ha valorado los méritos de las personas"
        " admitidas en el concurso público para la plaza docente de Química Analítica. Le"
        " comunicamos que su candidatura no ha resultado seleccionada.\n\nSecretaría de"
        " Concursos",
        "Universidad del Litoral Alto – Concursos <concursos@ulalto.example>",
    ),
    (
        "de",
        "Einstellungsverfahren Lehrkräfte – Ergebnis",
        "Sehr geehrte Frau Albers,\n\nim Einstellungsverfahren für den Schuldienst zum"
        " 1. August konnten wir Ihnen leider kein Einstellungsangebot machen. Die Stellen"
        " wurden an Bewerberinnen und Bewerber mit einer höheren Ordnungsziffer vergeben.\n\n"
        "Mit freundlichen Grüßen\nRegierungspräsidium Nordtal",
        "Einstellungsportal Schuldienst <keine-antwort@schuldienst-nordtal.example>",
    ),
    (
        "nl",
        "Resultaat selectieproef – dossierbeheerder (niveau B)",
        "Beste kandidaat,\n\nJe nam deel aan de computergestuurde test voor de vergelijkende"
        " selectie van dossierbeheerders. Helaas ben je niet geslaagd voor deze selectieproef"
        " en word je niet opgenomen in de wervingsreserve.\n\nHet selectieteam",
        "Selectiebureau Vlaamse Overheid <selecties@overheid-vlaanderen.example>",
    ),
]

# The same worlds, not a job: a degree's admission and a grant, in the same decision words.
LOOK_ALIKES = [
    (
        "fr",
        "Résultats d'admission – master Sciences politiques",
        "Madame,\n\nLa commission pédagogique a examiné votre dossier d'admission en première"
        " année de master. Nous avons le regret de vous informer que votre candidature n'a pas"
        " été retenue.\n\nLe service scolarité",
        "Scolarité – Université de Bas-Val <scolarite@univ-basval.example>",
    ),
    (
        "es",
        "Resolución de la convocatoria de becas de movilidad",
        "Estimada estudiante:\n\nLe comunicamos que su solicitud de beca de movilidad no ha"
        " resultado seleccionada en esta convocatoria de ayudas al estudio.\n\nSecretaría"
        " académica",
        "Secretaría Académica <becas@ulalto.example>",
    ),
]


@pytest.mark.parametrize(
    ("language", "subject", "body", "sender"), PUBLIC_NOS, ids=[p[0] for p in PUBLIC_NOS]
)
def test_a_public_bodys_no_is_read_as_job_news_with_its_rejection_phrase(
    language: str, subject: str, body: str, sender: str
) -> None:
    signals = read_message(subject, body, sender).signals
    assert signals.job_words
    assert signals.hit != ABOUT_SOMETHING_ELSE
    assert signals.hit in REJECTION_HITS, signals.hit


@pytest.mark.parametrize(
    ("language", "subject", "body", "sender"), PUBLIC_NOS, ids=[p[0] for p in PUBLIC_NOS]
)
def test_a_public_bodys_no_is_classified_as_a_rejection(
    language: str, subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label == Label.REJECTION, found


@pytest.mark.parametrize(FIELDS, LOOK_ALIKES, ids=[p[0] for p in LOOK_ALIKES])
def test_a_degree_or_a_grant_decided_in_the_same_words_is_still_something_else(
    language: str, subject: str, body: str, sender: str
) -> None:
    signals = read_message(subject, body, sender).signals
    assert signals.not_hiring
    found = default_classifier().classify(subject, body, sender)
    assert found.label != Label.REJECTION, found
