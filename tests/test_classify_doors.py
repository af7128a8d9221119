"""Job news with no hiring word still reaches the model: a text or a voicemail a phone app
turns into mail, a café owner's note that names the job, a freelance task, a board's
meeting. And the everyday texts and voicemails that now reach it too (the dentist, a
parent, the garage, a parcel) are read as everyday mail surely enough never to wait for
review. The messages are written for this test; none comes from the corpus or a blind set."""

import pytest

from nextyes.classify import Label, default_classifier, is_confident
from nextyes.classify.classifier import read_message
from nextyes.classify.rules import SENT_TO_MANY

# (subject, body, sender): job news in words no hiring list had.
WITHOUT_HIRING_WORDS = [
    (
        "Nuevo mensaje de voz de +34 611 555 204 (0:38)",
        "Transcripción: Hola Marta, soy Inés de Flexa. Al final el cliente se queda con otra"
        " persona para lo del almacén. Lo siento mucho, te aviso si sale algo más.",
        "Buzón de voz <buzon@movil.example>",
    ),
    (
        "Neue SMS von +49 176 5550 812",
        "Hi Jana, hier Mehmet vom Café Linde. Kannst du Samstag ab 10 zum Reinschnuppern"
        " kommen? Dann zeig ich dir alles.",
        "SMS-Weiterleitung <sms@telco.example>",
    ),
    (
        "prueba del sábado",
        "Hola Lucía, gracias por venir el sábado. Al final nos quedamos con otra chica para"
        " mesera, que tenía más experiencia en barra. Suerte!",
        "Rodrigo <rodrigo@barelpuerto.example>",
    ),
    (
        "Nieuw sms-bericht van +31 6 5555 0192",
        "Hoi Sanne, Ruud hier van De Wildeman. Kun je morgen om 4 even langskomen om een"
        " avondje mee te draaien als serveerster?",
        "SMS doorsturen <sms@provider.example>",
    ),
]

EVERYDAY = [
    (
        "Voicemail from +44 7700 900 123 (0:32)",
        "Transcription: Hi love, it's Mum. Just checking you're still coming Sunday for lunch,"
        " your dad's doing a roast. Call me back when you can. Bye.",
        "Visual Voicemail <voicemail@carrier.example>",
    ),
    (
        "Text message from Bright Smile Dental",
        "Reminder: your check-up with Dr Patel is on Tue 14 Jan at 09:40. Reply YES to"
        " confirm or call 0161 555 0199 to rearrange.",
        "Pocket Relay <relay@pocketrelay.example>",
    ),
    (
        "Neue SMS von +49 171 5550123",
        "Hallo, hier ist Herr Brandt von der Hausverwaltung. Der Handwerker kommt morgen"
        " zwischen 8 und 12 Uhr wegen der Heizung. Bitte jemand zu Hause sein.",
        "SMS-Weiterleitung <sms@telco.example>",
    ),
    (
        "Nuevo mensaje de voz de +34 600 555 111 (0:40)",
        "Transcripción: Hola, le llamamos del taller. Su coche ya está listo, puede pasar a"
        " recogerlo a partir de las cinco.",
        "Buzón de voz <buzon@movil.example>",
    ),
    (
        "Nieuw sms-bericht van PostNL",
        "Je pakket wordt morgen tussen 14:00 en 16:00 bezorgd. Niet thuis? Kies een ander"
        " moment in de app.",
        "SMS doorsturen <sms@provider.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), WITHOUT_HIRING_WORDS)
def test_job_news_without_a_hiring_word_reaches_the_model(
    subject: str, body: str, sender: str
) -> None:
    reading = read_message(subject, body, sender)
    assert reading.signals.job_words
    assert reading.text is not None


@pytest.mark.parametrize(("subject", "body", "sender"), EVERYDAY)
def test_everyday_texts_and_voicemails_are_surely_everyday_mail(
    subject: str, body: str, sender: str
) -> None:
    found = default_classifier().classify(subject, body, sender)
    assert found.label == Label.OTHER, found
    assert is_confident(found), found  # never waits for review


FORWARDED_TEXT = (
    "Nouveau SMS de +33 6 55 12 40 87",
    "Bonjour Camille, c'est Sophie de l'agence Intermix. Le client a finalement choisi"
    " quelqu'un d'autre pour la mission de préparateur de commandes, désolée.\n\n--\n"
    "SMS Relay : pour ne plus recevoir vos SMS par e-mail, désabonnez-vous ici.",
    "SMS Relay <relay@sms-relay.example>",
)


def test_a_forwarded_text_is_one_persons_words_whatever_the_apps_footer_says() -> None:
    reading = read_message(*FORWARDED_TEXT)
    assert reading.signals.hit != SENT_TO_MANY
    assert reading.text is not None
    found = default_classifier().classify(*FORWARDED_TEXT)
    assert found.label == Label.REJECTION, found


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "FW: Peak picker - DX12 site",
            "Hi Dan, sorry, the site filled the last picker spots from their own list this"
            " morning, so Monday is off. I'll ring you when the next lot comes in.\nGemma",
            "Gemma at Pinnacle Staffing <gemma.h@pinnaclestaffing.example>",
        ),
        (
            "Re: Cellar hand",
            "Hi Shaz, thanks for coming by. We've gone with someone local this time, sorry.",
            "Red Gum Cellars <jobs@redgumcellars.example>",
        ),
    ],
)
def test_news_from_a_hiring_address_or_an_agency_reaches_the_model(
    subject: str, body: str, sender: str
) -> None:
    """No job-search word at all, but a hiring team's address (jobs@) or an agency's name:
    the model reads it (a door, never a label by itself)."""
    assert read_message(subject, body, sender).signals.job_words
    assert read_message(subject, body, sender).text is not None
