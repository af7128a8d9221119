"""The model's own reading of a message: the words it is fitted on, and how the languages of
the corpus are weighed."""

from nextyes.classify.model import NAME, fold_words, language_weights, model_text
from nextyes.classify.text import prepare


def text(subject: str, body: str, sender: str) -> str:
    return model_text(prepare(subject, body, sender))


def test_the_sender_s_company_and_person_names_become_one_placeholder() -> None:
    folded = fold_words(text(
        "Your application at Meridian Bank",
        "Dear Chloe, the Meridian Bank team has decided to move forward with other candidates."
        "\n\nCarmen Okafor",
        "Carmen Okafor, Meridian Bank <carmen@meridianbank.example>",
    ))  # fmt: skip
    for name in ("meridian", "meridianbank", "carmen", "okafor"):
        assert name not in folded
    assert folded.count(NAME) >= 9
    assert "other candidates" in folded  # the wording itself is kept


def test_words_that_say_who_sends_job_mail_are_kept() -> None:
    folded = fold_words(text("Thanks for applying", "We received your application.",
                             "Careers Team <no-reply@acme.greenhouse.io>"))  # fmt: skip
    for word in ("careers", "team", "greenhouse", "zzats", "zznoreply"):
        assert word in folded
    assert "acme" not in folded


def test_accents_are_stripped_and_digits_collapsed() -> None:
    folded = fold_words(text("Candidature n° 14074", "Votre candidature a été retenue le 12/03.",
                             "recrutement@societe.example"))  # fmt: skip
    for kept in ("ete retenue", "candidature", "00000", "00/00"):
        assert kept in folded
    assert not any(c.isdigit() and c != "0" for c in folded)


def test_a_text_without_a_sender_part_is_only_folded() -> None:
    assert fold_words("") == ""
    assert fold_words("zz") == "zz"
    assert fold_words("déjà 2024") == "deja 0000"


def test_each_language_weighs_as_much_as_english_in_the_fit() -> None:
    languages = ["en"] * 6 + ["de"] * 2 + ["fr"] * 3 + [None, "other"]
    weights = language_weights(languages)
    total = {lang: sum(w for w, code in zip(weights, languages, strict=True) if code == lang)
             for lang in ("en", "de", "fr")}  # fmt: skip
    assert total == {"en": 6.0, "de": 6.0, "fr": 6.0}
    assert weights[-2:] == [1.0, 1.0]  # too short to say, or a language we do not read
    assert language_weights(["de", "de"]) == [1.0, 1.0]  # no English to match: unweighted
