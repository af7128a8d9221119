"""Mail in other languages: a "no" in German, French, Spanish or Dutch is read as one, and a
"no" in a language NextYes does not know always waits for the person.

The messages here are written for these tests in wordings of their own; none comes from the
corpus or from the blind set under bench/."""

import pytest

from nextyes.classify import Label, default_classifier, has_job_signal, is_confident
from nextyes.classify.language import KNOWN, OTHER, language_of

SENDER = "Recruiting <jobs@lindqvist-optik.example>"

REJECTIONS = {
    "de": (
        "Ihre Bewerbung bei Lindqvist Optik",
        "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihr Interesse an der Stelle als"
        " Vertriebsassistentin und die Zeit, die Sie sich für Ihre Bewerbung genommen haben."
        " Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre"
        " Bewerbung nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen für Ihre"
        " berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Personalteam",
    ),
    "fr": (
        "Votre candidature - Assistant commercial",
        "Bonjour Madame Berger,\n\nNous vous remercions pour l'intérêt que vous portez à notre"
        " entreprise. Après étude attentive de votre dossier, nous sommes au regret de vous"
        " informer que votre candidature n'a pas été retenue pour ce poste.\n\nNous vous"
        " souhaitons une bonne continuation.\n\nCordialement,\nL'équipe recrutement",
    ),
    "es": (
        "Tu candidatura para Asistente comercial",
        "Hola Laura:\n\nGracias por tu interés en el puesto y por el tiempo dedicado al proceso"
        " de selección. Lamentablemente, hemos decidido seguir adelante con otros candidatos"
        " cuyo perfil se ajusta más a lo que buscamos en este momento.\n\nTe deseamos mucha"
        " suerte.\n\nUn saludo,\nEquipo de selección",
    ),
    "nl": (
        "Je sollicitatie bij Lindqvist Optiek",
        "Beste Laura,\n\nBedankt voor je sollicitatie op de functie van commercieel"
        " medewerker en voor de tijd die je erin hebt gestoken. Helaas moeten we je laten"
        " weten dat we niet verder gaan met je sollicitatie; we hebben gekozen voor een"
        " kandidaat met meer ervaring in de branche.\n\nMet vriendelijke groet,\nTeam Werving",
    ),
}
# The same news in Italian and Polish: languages the rules and the corpus do not cover.
UNKNOWN_LANGUAGE_REJECTIONS = {
    "it": (
        "La tua candidatura - Assistente commerciale",
        "Gentile Laura,\n\ngrazie per l'interesse dimostrato verso la posizione di assistente"
        " commerciale. Dopo un'attenta valutazione, purtroppo abbiamo deciso di proseguire"
        " con altri candidati il cui profilo è più in linea con le nostre esigenze.\n\n"
        "Cordiali saluti,\nUfficio del personale",
    ),
    "pl": (
        "Twoja aplikacja - Asystent handlowy",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji na stanowisko asystenta"
        " handlowego. Niestety po analizie zgłoszeń zdecydowaliśmy się kontynuować proces z"
        " innymi kandydatami, których doświadczenie lepiej odpowiada naszym potrzebom.\n\n"
        "Z poważaniem,\nDział kadr",
    ),
}


@pytest.mark.parametrize("language", sorted(REJECTIONS))
def test_the_language_of_a_message_is_known(language: str) -> None:
    subject, body = REJECTIONS[language]
    assert language_of(f"{subject}\n{body}".lower()) == language


@pytest.mark.parametrize("language", sorted(UNKNOWN_LANGUAGE_REJECTIONS))
def test_a_language_we_do_not_read_is_said_to_be_other(language: str) -> None:
    subject, body = UNKNOWN_LANGUAGE_REJECTIONS[language]
    assert language_of(f"{subject}\n{body}".lower()) == OTHER


def test_a_one_line_note_is_too_short_to_tell() -> None:
    assert language_of("we went with someone else, sorry! ruth") is None


@pytest.mark.parametrize("language", sorted(REJECTIONS))
def test_a_no_in_a_language_we_know_is_read_as_a_rejection(language: str) -> None:
    subject, body = REJECTIONS[language]
    found = default_classifier().classify(subject, body, SENDER)
    assert found.label is Label.REJECTION, found
    assert language in KNOWN


@pytest.mark.parametrize("language", sorted(UNKNOWN_LANGUAGE_REJECTIONS))
def test_a_no_in_a_language_we_do_not_know_always_waits_for_the_person(language: str) -> None:
    subject, body = UNKNOWN_LANGUAGE_REJECTIONS[language]
    found = default_classifier().classify(subject, body, SENDER)
    assert not (found.label is Label.REJECTION and is_confident(found)), found


@pytest.mark.parametrize("language", sorted(UNKNOWN_LANGUAGE_REJECTIONS))
def test_job_mail_in_a_language_we_do_not_know_is_neither_acted_on_nor_ignored(
    language: str,
) -> None:
    """An import puts an unsure message with a job-search sign in the review queue."""
    subject, body = UNKNOWN_LANGUAGE_REJECTIONS[language]
    found = default_classifier().classify(subject, body, SENDER)
    assert not is_confident(found), found
    assert has_job_signal(subject, body, SENDER)


SENDER_DE = "Personal <jobs@lager-nord.example>"


def test_deciding_for_a_candidate_is_a_no_and_not_yet_deciding_is_never_a_sure_one() -> None:
    classifier = default_classifier()
    decided = classifier.classify(
        "Ihre Bewerbung als Lagerist",
        "Hallo Herr Kaya,\n\nwir haben uns nach vielen Gesprächen für einen Kandidaten"
        " entschieden, dessen Erfahrung besser zu unserem Lager passt.\n\nViele Grüße\nPersonal",
        SENDER_DE,
    )
    assert decided.label == Label.REJECTION
    assert is_confident(decided)
    undecided = classifier.classify(
        "Ihre Bewerbung als Lagerist",
        "Hallo Herr Kaya,\n\nwir haben uns noch nicht für einen Kandidaten entschieden und"
        " melden uns nächste Woche bei Ihnen.\n\nViele Grüße\nPersonal",
        SENDER_DE,
    )
    assert not (undecided.label == Label.REJECTION and is_confident(undecided))
