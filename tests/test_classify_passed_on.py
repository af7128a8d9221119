# ruff: noqa: RUF001  (en dashes as mail writers use them)
"""Whose news is it? A friend forwarding their own "no" for advice, and the forwards that
are the person's own: from another account, from an agency, from the family's address.
And two more kinds of mail with the words of a "no" that is none: a receipt sorry it
cannot answer each applicant in person, and a flat let to someone else. The messages are
written for this test; none comes from the corpus or a blind set."""

import pytest

from nextyes.classify import Label, default_classifier, is_confident
from nextyes.classify.classifier import read_message
from nextyes.classify.rules import PASSED_ON

FRIENDS_FORWARDS = [
    (
        "Fwd: Update on your application",
        "Well that's that then. Do you think it's worth asking them why? You read these for a"
        " living, tell me honestly.\nOwen\n\n---------- Forwarded message ---------\nFrom:"
        " Halden Logistics <careers@haldenlogistics.example>\nDate: Tue, 1 Dec 2026 at 09:10\n"
        "Subject: Update on your application\nTo: Owen Price <owen.price@postbox.example>\n\n"
        "Dear Owen,\n\nThank you for your application for Transport Planner. We have decided"
        " to progress other candidates whose experience more closely matches the role.\n\n"
        "Halden Logistics Recruitment",
        "Owen Price <owen.price@postbox.example>",
    ),
    (
        "WG: Ihre Bewerbung als Erzieherin",
        "Hi, schau mal. Hättest du Lust, mit mir die nächste Bewerbung durchzugehen?\nLG Jana\n\n"
        "---------- Weitergeleitete Nachricht ----------\nVon: Kita Sonnenhof"
        " <bewerbung@kita-sonnenhof.example>\nDatum: Mo., 30. Nov. 2026 um 14:02\nBetreff: Ihre"
        " Bewerbung als Erzieherin\nAn: Jana Roth <jana.roth@webpost.example>\n\nSehr geehrte"
        " Frau Roth,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere"
        " Bewerberin entschieden haben.\n\nIhr Kita-Team",
        "Jana Roth <jana.roth@webpost.example>",
    ),
    (
        "TR: Votre candidature – Assistant comptable",
        "Coucou, tu as deux minutes pour relire ça avec moi ? Je ne sais pas quoi répondre.\n"
        "Léo\n\n---------- Message transféré ---------\nDe : Cabinet Morel"
        " <recrutement@cabinet-morel.example>\nDate : lun. 30 nov. 2026 à 10:15\nObjet : Votre"
        " candidature – Assistant comptable\nÀ : Léo Garnier <leo.garnier@boite.example>\n\n"
        "Monsieur Garnier,\n\nNous sommes au regret de vous informer que votre candidature n'a"
        " pas été retenue.\n\nCabinet Morel",
        "Léo Garnier <leo.garnier@boite.example>",
    ),
    (
        "RV: Tu postulación en Ferretería Ruiz",
        "Mirá lo que me mandaron. ¿Vos qué harías, les escribo o lo dejo pasar?\nBeso, Caro\n\n"
        "---------- Mensaje reenviado ---------\nDe: Ferretería Ruiz <rrhh@ferreteriaruiz.example>"
        "\nFecha: lun, 30 nov 2026 a las 12:40\nAsunto: Tu postulación en Ferretería Ruiz\nPara:"
        " Carolina Paz <caro.paz@correo.example>\n\nHola Carolina,\n\nGracias por tu postulación"
        ". Lamentablemente decidimos seguir con otros candidatos.\n\nRRHH Ferretería Ruiz",
        "Carolina Paz <caro.paz@correo.example>",
    ),
    (
        "Doorst: Je sollicitatie bij Bakkerij Smit",
        "Balen! Heb je tips hoe ik om feedback kan vragen?\nGr. Sanne\n\n---------- Doorgestuurd"
        " bericht ---------\nVan: Bakkerij Smit <vacatures@bakkerijsmit.example>\nDatum: ma 30"
        " nov. 2026 om 16:05\nOnderwerp: Je sollicitatie bij Bakkerij Smit\nAan: Sanne Visser"
        " <sanne.visser@mailtje.example>\n\nBeste Sanne,\n\nBedankt voor je sollicitatie."
        " Helaas hebben we gekozen voor een andere kandidaat.\n\nBakkerij Smit",
        "Sanne Visser <sanne.visser@mailtje.example>",
    ),
]

REJECTION = (
    "Dear Sam,\n\nThank you for your application for Warehouse Supervisor. We have decided to"
    " progress other candidates whose experience more closely matches the role.\n\nHalden"
    " Logistics Recruitment"
)
OWN_FORWARDS = {
    "from the person's other account, no note": (
        "Fwd: Update on your application",
        "---------- Forwarded message ---------\nFrom: Halden Logistics"
        " <careers@haldenlogistics.example>\nDate: Tue, 1 Dec 2026 at 09:10\nSubject: Update on"
        f" your application\nTo: Sam Reid <sam.reid@work.example>\n\n{REJECTION}",
        "Sam Reid <sam.reid@work.example>",
    ),
    "from the family's address, greeting the person": (
        "Fwd: Update on your application",
        "This came to the house email, love. Sorry. Call me later if you want to talk.\nDad\n\n"
        "---------- Forwarded message ---------\nFrom: Halden Logistics"
        " <careers@haldenlogistics.example>\nDate: Tue, 1 Dec 2026 at 09:10\nSubject: Update on"
        f" your application\nTo: reid.family@homemail.example\n\n{REJECTION}",
        "Alan Reid <reid.family@homemail.example>",
    ),
    "from an agency, the client's decision about the candidate": (
        "Fwd: Warehouse Supervisor - Sam Reid",
        "Hi Sam, I'm sorry, you'll see below that the client has decided not to go ahead. I"
        " have two more roles I'd like to talk to you about.\nMaya\n\n---------- Forwarded"
        " message ---------\nFrom: Halden Logistics <t.ward@haldenlogistics.example>\nDate:"
        " Tue, 1 Dec 2026 at 09:10\nSubject: Warehouse Supervisor - Sam Reid\nTo: Maya Cole"
        " <maya@brightstaff.example>\n\nHi Maya,\n\nThanks for introducing Sam. We have"
        " decided not to take Sam forward for this role.\n\nTom",
        "Maya Cole <maya@brightstaff.example>",
    ),
}


@pytest.mark.parametrize(("subject", "body", "sender"), FRIENDS_FORWARDS)
def test_a_friends_own_no_forwarded_for_advice_is_not_the_persons(
    subject: str, body: str, sender: str
) -> None:
    assert read_message(subject, body, sender).signals.hit == PASSED_ON
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.OTHER, found
    assert is_confident(found)  # the person is not asked about a friend's mail


@pytest.mark.parametrize("case", OWN_FORWARDS)
def test_the_persons_own_news_forwarded_to_them_is_still_theirs(case: str) -> None:
    subject, body, sender = OWN_FORWARDS[case]
    assert read_message(subject, body, sender).signals.hit != PASSED_ON
    found = default_classifier().classify(subject, body, sender)
    assert found.label is Label.REJECTION, found


NO_REPLY_TO_EACH = [
    (
        "Bewerbung eingegangen – Sachbearbeitung Einkauf",
        "Hallo Frau Öztürk,\n\nvielen Dank für Ihre Bewerbung, sie ist bei uns eingegangen. Wir"
        " melden uns, sobald wir alle Unterlagen gesichtet haben. Leider können wir nicht jedem"
        " Bewerber eine persönliche Rückmeldung zum Stand geben.\n\nIhr Personalteam",
        "Personal Brandt GmbH <personal@brandt-gmbh.example>",
        Label.APPLICATION_RECEIVED,
    ),
    (
        "Sollicitatie ontvangen – Medewerker klantenservice",
        "Beste Daan,\n\nWe hebben je sollicitatie ontvangen en bekijken die zorgvuldig. Helaas"
        " kunnen we niet iedere sollicitant persoonlijk te woord staan; past je profiel, dan"
        " bellen we je.\n\nTeam Werving",
        "Werving Nooren <werving@nooren.example>",
        Label.APPLICATION_RECEIVED,
    ),
    (
        "Hemos recibido tu candidatura",
        "Hola Lucía,\n\nHemos recibido tu candidatura para el puesto de administrativa."
        " Lamentablemente no podemos responder a cada candidatura de forma individual.\n\n"
        "Equipo de Selección",
        "Selección Grupo Ibarra <seleccion@grupoibarra.example>",
        Label.APPLICATION_RECEIVED,
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "label"), NO_REPLY_TO_EACH)
def test_a_receipt_sorry_it_cannot_answer_each_applicant_is_no_rejection(
    subject: str, body: str, sender: str, label: Label
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label is not Label.REJECTION, found


def test_a_no_that_also_cannot_give_each_applicant_feedback_is_still_a_no() -> None:
    found = default_classifier().classify(
        "Ihre Bewerbung – Sachbearbeitung Einkauf",
        "Sehr geehrte Frau Öztürk,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine"
        " andere Bewerberin entschieden haben. Leider können wir nicht jedem Bewerber eine"
        " persönliche Rückmeldung geben.\n\nIhr Personalteam",
        "Personal Brandt GmbH <personal@brandt-gmbh.example>",
    )
    assert found.label is Label.REJECTION, found
    assert is_confident(found)


def test_a_flat_let_to_another_applicant_is_never_an_automatic_rejection() -> None:
    found = default_classifier().classify(
        "Your application for 3/18 Harbour Road",
        "Hi Priya,\n\nThanks for coming to the inspection on Thursday. The owner has reviewed"
        " every application and has unfortunately accepted another applicant. Your rental"
        " application was not successful this time.\n\nKind regards,\nWestshore Realty",
        "Westshore Realty <rentals@westshore.example>",
    )
    assert not (found.label is Label.REJECTION and is_confident(found)), found
