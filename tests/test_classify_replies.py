"""Replies and forwards in the five languages NextYes reads, as their mail programs quote;
and decisions that speak of a degree or a grant, which the model may read but never act on."""

import pytest

from nextyes.classify import Label, default_classifier, is_confident
from nextyes.classify.classifier import MAY_BE_ABOUT_SOMETHING_ELSE
from nextyes.classify.rules import OTHER_LANGUAGE_REJECTION, read_signals
from nextyes.classify.text import fresh_body, prepare

# (the new part, the attribution or header block, the quoted "no") per mail program.
QUOTED = [
    ("Thanks, understood.", "On Mon, 2 Mar 2026 at 10:02, Priya Lang from Lumen Health <\n"
     "talent@lumenhealth.com> wrote:", "Unfortunately we will not be moving forward."),
    ("Danke für die Info.", "Am Mo., 2. März 2026 um 10:02 Uhr schrieb Priya Lang <\n"
     "talent@lumenhealth.de>:", "Leider müssen wir Ihnen absagen."),
    ("Danke.", "-----Ursprüngliche Nachricht-----\nVon: Priya Lang", "Leider müssen wir absagen."),
    ("Danke.", "Von: Priya Lang <talent@lumenhealth.de>\nGesendet: Montag, 2. März 2026 10:02",
     "Leider müssen wir Ihnen absagen."),
    ("Merci pour votre retour.", "Le lun. 2 mars 2026 à 10:02, Priya Lang <talent@lumen.fr> a"
     " écrit :", "Nous sommes au regret de ne pas donner suite."),
    ("Merci.", "De : Priya Lang <talent@lumen.fr>\nEnvoyé : lundi 2 mars 2026 10:02",
     "Nous sommes au regret de ne pas donner suite."),
    ("Merci.", "-----Message d'origine-----\nDe : Priya Lang", "Nous regrettons de ne pas"
     " retenir votre candidature."),
    ("Gracias por avisar.", "El lun, 2 mar 2026 a las 10:02, Priya Lang (<talent@lumen.es>)"
     " escribió:", "Lamentamos comunicarle que no ha sido seleccionado."),
    ("Gracias.", "De: Priya Lang <talent@lumen.es>\nEnviado: lunes, 2 de marzo de 2026 10:02",
     "Lamentamos comunicarle que no ha sido seleccionado."),
    ("Gracias.", "-----Mensaje original-----\nDe: Priya Lang", "Lamentamos comunicarle que no"
     " ha sido seleccionado."),
    ("Bedankt voor het bericht.", "Op ma 2 mrt 2026 om 10:02 schreef Priya Lang <\n"
     "talent@lumen.nl>:", "Helaas hebben we gekozen voor een andere kandidaat."),
    ("Bedankt.", "Van: Priya Lang <talent@lumen.nl>\nVerzonden: maandag 2 maart 2026 10:02",
     "Helaas hebben we gekozen voor een andere kandidaat."),
    ("Bedankt.", "-----Oorspronkelijk bericht-----\nVan: Priya Lang", "Helaas hebben we"
     " gekozen voor een andere kandidaat."),
]  # fmt: skip


@pytest.mark.parametrize(("new", "header", "quoted"), QUOTED)
def test_a_reply_is_read_without_what_it_quotes(new: str, header: str, quoted: str) -> None:
    """Quoted history is someone's earlier words: the person's "thanks" over a quoted "no"
    is not a second "no" (nor, sent by them, any news at all)."""
    body = f"{new}\n\n{header}\n\n{quoted}\n"
    fresh = fresh_body(body)
    assert new in fresh
    assert quoted.split()[0] not in fresh


@pytest.mark.parametrize(
    ("subject", "separator"),
    [
        ("WG: Ihre Bewerbung", "---------- Weitergeleitete Nachricht ---------\nVon: Lumen"),
        ("TR: Votre candidature", "---------- Message transféré ---------\nDe : Lumen"),
        ("RV: Tu candidatura", "---------- Mensaje reenviado ---------\nDe: Lumen"),
        ("Doorst: Je sollicitatie", "---------- Doorgestuurd bericht ---------\nVan: Lumen"),
    ],
)
def test_a_forward_is_read_for_what_it_forwards_in_every_language(
    subject: str, separator: str
) -> None:
    body = f"Zur Info\n\n{separator}\n\nThe forwarded news itself.\n"
    assert "forwarded news" in prepare(subject, body, "Sam <sam@example.org>").fresh


def test_words_that_only_look_like_a_header_are_kept() -> None:
    body = "Wir arbeiten von: Montag bis Freitag.\nDie Stelle ist ab März frei."
    assert "die stelle ist ab märz frei" in fresh_body(body).lower()


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Stage 2: Situational Judgement Test",
            "Dear Sam,\n\nThank you for your application to the Lowfield Council"
            " programme: you have passed stage 1. Stage 2 is an online situational"
            " judgement test: please complete it within five days using the link below."
            " Your cohort starts in September.\n\n"
            "Graduate Team",
            "Lowfield Council <grads@lowfield.example.gov.uk>",
        ),
    ],
)
def test_job_news_among_programme_words_is_shown_never_acted_on(
    subject: str, body: str, sender: str
) -> None:
    """ "Programme" and "cohort" are words of admissions too: once the rule was enough to
    call such mail `other`; now the model reads it, and what it finds waits for review."""
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.ASSESSMENT, found
    assert found.confidence <= MAY_BE_ABOUT_SOMETHING_ELSE
    assert not is_confident(found)
    assert found.reason.endswith("may not be about a job")


def test_a_decision_about_a_degree_stays_other() -> None:
    found = default_classifier().classify(
        "Your application to the MSc programme",
        "Dear Sam,\n\nThank you for applying to the MSc Data Science programme for the"
        " 2027/28 academic year. Unfortunately we are unable to offer you a place.\n\n"
        "Admissions Office",
        "Admissions <admissions@uni.example.ac.uk>",
    )
    assert found.label is Label.OTHER, found


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Withdrawing my application - Data Analyst", "Dear Ms Lang,\n\nI have accepted"
         " another position, so unfortunately I must withdraw my application for the Data"
         " Analyst role. Thank you for your time.\n\nSam"),
        ("Rückzug meiner Bewerbung", "Sehr geehrte Frau Lang,\n\nleider kann ich die Stelle"
         " nicht antreten und möchte meine Bewerbung zurückziehen.\n\nSam Rivera"),
        ("Ma candidature", "Madame,\n\nJe suis au regret de devoir retirer ma candidature :"
         " j'ai malheureusement accepté un autre poste.\n\nSam Rivera"),
        ("Mi candidatura", "Estimada Sra. Lang:\n\nLamentablemente debo retirar mi"
         " candidatura, ya que he aceptado otra oferta.\n\nSam Rivera"),
        ("Mijn sollicitatie", "Beste mevrouw Lang,\n\nHelaas moet ik mijn sollicitatie"
         " intrekken: ik heb een andere baan aangenomen.\n\nSam Rivera"),
    ],
)  # fmt: skip
def test_the_applicants_own_withdrawal_is_never_a_recorded_no(subject: str, body: str) -> None:
    """Their sent mail may be imported with the rest, and it says "unfortunately" too."""
    found = default_classifier().classify(subject, body, "Sam Rivera <sam@example.org>")
    assert not (found.label is Label.REJECTION and is_confident(found)), found


def test_a_forwarded_no_waits_for_the_person() -> None:
    """Nothing says whose it is (the mail greets no one by name, nor says whom it went to):
    it may be a friend's, forwarded for advice. Shown, never recorded by itself. (A friend's
    own "no" that says so: tests/test_classify_passed_on.py.)"""
    body = (
        "What do you make of this?\n\n---------- Forwarded message ---------\nFrom: Lumen"
        " Talent <talent@lumenhealth.com>\nSubject: Your application\n\nDear candidate,\n\nThank"
        " you for applying for the Data Analyst role. After careful consideration we have"
        " decided to move forward with other candidates.\n\nLumen Talent"
    )
    found = default_classifier().classify("Fwd: Your application", body, "Alex <alex@mail.example>")
    assert found.label is Label.REJECTION, found
    assert not is_confident(found)
    assert found.reason.endswith("forwarded: whose news is it?")


def test_a_replys_subject_is_not_its_news() -> None:
    """ "AW: Absage" names the message answered; the reply itself asks a question."""
    assert prepare("AW: Absage", "Danke, darf ich nach dem Grund fragen?", "x@y.de").news == (
        "danke, darf ich nach dem grund fragen?"
    )
    assert prepare("Absage", "Leider ...", "x@y.de").news.startswith("absage")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Ihre Bewerbung als Lagerist", "Guten Tag Herr Roth,\n\ndanke für Ihr Interesse. Wir"
         " haben bereits jemanden gefunden. Alles Gute für Sie!\n\nJana Vogt"),
        ("Votre candidature", "Bonjour Hugo,\n\nAprès ces entretiens, notre client a arrêté"
         " son choix sur un autre profil.\n\nCamille, cabinet Delta"),
        ("Tu postulación", "Hola Lucía:\n\nTe cuento que el cliente eligió a otro freelancer"
         " para este proyecto.\n\nMarta"),
        ("Je sollicitatie", "Hoi Daan,\n\nNa de tweede ronde ben je het niet geworden; we"
         " zijn verder gegaan met iemand met meer ervaring.\n\nIlse"),
    ],
)  # fmt: skip
def test_natives_ways_of_saying_no_count_as_a_rejection_phrase(subject: str, body: str) -> None:
    """Phrases from classify/no_phrases.py, none of which the older rules knew, through a
    go-between as often as not."""
    signals = read_signals(prepare(subject, body, "Agency <talent@agency.example>"))
    assert signals.hit is not None
    assert signals.hit.name == OTHER_LANGUAGE_REJECTION
    found = default_classifier().classify(subject, body, "Agency <talent@agency.example>")
    assert found.label is Label.REJECTION, found
