"""The inbox classifier: what a person relies on when NextYes reads their mail.

A false "you were rejected" hurts, so most of these are about rejections: subtle ones are
recognised, look-alikes (a degree, a flat, a talk) are not, and anything doubtful stays
below the threshold where the import would record it without asking."""

import re
from collections import Counter

import pytest

from nextyes.classify import (
    THRESHOLDS,
    Classification,
    Classifier,
    Example,
    Label,
    default_classifier,
    has_job_signal,
    is_confident,
)
from nextyes.classify.dataset import (
    LETTER,
    held_out_examples,
    held_out_families,
    load_corpus,
    training_examples,
)
from nextyes.classify.text import fresh_body, prepare

# One of the generator's own slots (scripts/corpus/generate.py) left in a message.
UNFILLED_SLOT = re.compile(
    r"(?<!\{)\{(?:company|slug|agency|role|name|me|rfirst|rlast|rtitle|city2?|day|date|time"
    r"|zone|n|big|salary|ref|hi|bye)\}(?!\})"
)
ATS = "Quarrystone Talent <no-reply@quarrystone.greenhouse.io>"
PERSON = "Ilse Varga <ilse.varga@quarrystone.com>"


def classify(subject: str, body: str, sender: str = PERSON) -> Classification:
    return default_classifier().classify(subject, body, sender)


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Your application",
            "Hi Sam,\n\nThank you for applying for the Data Analyst role. After a careful "
            "review we have decided to move forward with other candidates whose experience "
            "is closer to what the team needs.\n\nBest wishes,\nQuarrystone Talent",
            ATS,
        ),
        (
            "Update on the Platform Engineer role",
            "Hi Sam, I wanted you to hear it from me: we've filled the role internally, so "
            "we're closing the external search and your application won't go further. "
            "I'm sorry, I know you were keen.\n\nIlse",
            PERSON,
        ),
        (
            "Re: your technical exercise",
            "Hi Sam,\n\nThanks for the time you put into the take-home exercise - the tests "
            "were lovely. Unfortunately we've decided not to move forward to the next stage.",
            PERSON,
        ),
        (
            "Quarrystone - Analyst",
            "Dear Sam,\n\nWe appreciate your interest. We will not be progressing your "
            "application on this occasion, but we will keep your CV on file for future "
            "vacancies.\n\nRecruitment team",
            "Quarrystone Careers <careers@quarrystone.com>",
        ),
        (
            "Thank you, Sam",
            "Hi Sam,\n\nEveryone on the panel loved your walkthrough and your questions "
            "were the best we heard all week. That makes this harder to write: we have "
            "decided to offer the role to another candidate whose background was a closer "
            "match. It was close, and it says nothing about your talent.\n\nWarmly, Ilse",
            PERSON,
        ),
    ],
)
def test_subtle_rejections_are_recognised_and_confident(
    subject: str, body: str, sender: str
) -> None:
    found = classify(subject, body, sender)
    assert found.label == Label.REJECTION, found
    assert is_confident(found), found
    assert found.reason.startswith("rule:")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Withdrawal of conditional offer - Data Analyst",
            "Sam,\n\nWe wrote to you on 3 May with a conditional offer of employment for the "
            "post of Data Analyst, subject to pre-employment checks. The references could not "
            "be confirmed, so we are withdrawing the offer with immediate effect.\n\nHR",
        ),
        (
            "About your start on Monday",
            "Hi Sam, I hate writing this. The client cancelled the project and I have to take "
            "back the offer I made you for the Data Analyst role, so your start on Monday "
            "won't happen. I'm so sorry.\n\nIlse",
        ),
        (
            "Ihr Vertragsangebot - Änderung",
            "Guten Tag Sam Weber,\n\nwegen eines Einstellungsstopps müssen wir das "
            "Vertragsangebot für die Position Sachbearbeiterin Buchhaltung (m/w/d) "
            "zurücknehmen. Der vorgesehene Arbeitsbeginn entfällt.\n\nPersonalabteilung",
        ),
        (
            "Ihr Start am 1. März",
            "Hallo Sam,\n\nda Ihr Abschlusszeugnis bis zur Frist nicht vorlag, ziehen wir "
            "unser Angebot vom 4. Februar für die Stelle als Controller zurück. Ein "
            "Arbeitsverhältnis kommt nicht zustande.\n\nHR Services",
        ),
    ],
)
def test_an_offer_taken_back_is_a_no_not_an_offer(subject: str, body: str) -> None:
    # Such letters speak of the offer, the checks and the start, not of "your application":
    # the offer's own words must not make them read as good news.
    found = classify(subject, body)
    assert found.label == Label.REJECTION, found
    assert found.reason == "rule: offer withdrawn", found


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Decision on your application - MSc Urban Planning",
            "Dear Sam,\n\nThank you for applying to the MSc Urban Planning programme. We "
            "regret to inform you that we are unable to offer you a place this year.\n\n"
            "Graduate Admissions",
            "Admissions <admissions@eastbridge.ac.uk>",
        ),
        (
            "Your application for 9 Mill Lane",
            "Hi Sam, thanks for viewing the flat and sending your application. Unfortunately "
            "the landlord has decided to go with other applicants.\n\nLettings team",
            "Lettings <lettings@keyhouse.example>",
        ),
        (
            "Your talk proposal",
            "Thanks for submitting your proposal to our call for proposals. Sadly we were not "
            "able to accept your talk this year; we received over 400 submissions.",
            "Program Committee <cfp@devdays.example>",
        ),
        (
            "Your credit card application",
            "Dear Sam, thank you for your application for the Gold card. After review we are "
            "unable to approve your application at this time.",
            "Card Services <cards@bank.example>",
        ),
        (
            "Outcome of your grant application",
            "Dear Sam, we regret that your proposal was not selected for funding in this "
            "round of the community fund.",
            "Grants <grants@fund.example>",
        ),
    ],
)
def test_decisions_about_other_things_are_never_confident_rejections(
    subject: str, body: str, sender: str
) -> None:
    found = classify(subject, body, sender)
    assert not (found.label == Label.REJECTION and is_confident(found)), found
    assert found.label == Label.OTHER, found


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Resolución de tu candidatura",
            "Hola Marta: gracias por presentar tu startup a nuestro programa de aceleración. "
            "Lamentablemente, no ha sido seleccionada en esta edición; os animamos a volver a "
            "presentar la candidatura el año que viene.",
            "Lanzadera Sur <hola@lanzaderasur.example>",
        ),
        (
            "Ihre Bewerbung für unser Förderprogramm",
            "Liebe Frau Kurz, vielen Dank, dass Sie Ihr Start-up bei uns vorgestellt haben. "
            "Leider können wir Ihre Bewerbung in dieser Runde nicht berücksichtigen.",
            "Gründerhaus Nord <team@gruenderhaus-nord.example>",
        ),
        (
            "Votre candidature au programme",
            "Bonjour Léa, merci d'avoir présenté votre start-up. Nous sommes au regret de vous "
            "informer que votre candidature n'a pas été retenue pour cette promotion.",
            "Rampe Lancement <contact@rampe-lancement.example>",
        ),
    ],
)
def test_a_startup_programme_saying_no_is_never_recorded_as_a_no_by_itself(
    subject: str, body: str, sender: str
) -> None:
    """It says "application" and "unfortunately", so it may be offered for review as a "no";
    it is never sure enough to be recorded without the person."""
    found = classify(subject, body, sender)
    assert not (found.label == Label.REJECTION and is_confident(found)), found


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Update on the Analyst role",
            "Hi Sam, I'm afraid the Analyst role has been put on hold after a reorganisation, "
            "so we're pausing the process for everyone. If the role reopens I'll be in touch.",
            PERSON,
        ),
        (
            "Update on the Analyst role",
            "Hi Sam, quick update: we haven't made a final decision yet, but other candidates "
            "are further along in the process, so it may take a few more weeks.",
            PERSON,
        ),
        (
            "Clinical Data Analyst - update",
            "Dear Sam, we wanted to let you know the Clinical Data Analyst role has been put on"
            " hold for now while the team reviews its budget. We may reopen it in the new year.",
            "Harbor City Hospital HR <jobs@harborcityhospital.example>",
        ),
    ],
)
def test_borderline_news_waits_for_review(subject: str, body: str, sender: str) -> None:
    """Neither a sure "no" nor mail sure enough to drop: the person sees it in review."""
    found = classify(subject, body, sender)
    assert not is_confident(found), found


def test_rejection_is_the_strictest_threshold() -> None:
    assert set(THRESHOLDS) == set(Label)
    assert THRESHOLDS[Label.REJECTION] == max(THRESHOLDS.values())
    assert all(0 < value < 1 for value in THRESHOLDS.values())


def test_an_old_rejection_quoted_in_a_reply_does_not_count() -> None:
    body = (
        "Hi Sam,\n\nGood news - a new Analyst opening came up and we'd like to invite you to "
        "an interview next week. Could you pick a slot?\n\nIlse\n\n"
        "On Tue, 4 Mar 2025 at 10:02, Ilse Varga <ilse.varga@quarrystone.com> wrote:\n"
        "> Unfortunately we have decided to move forward with other candidates.\n"
    )
    assert "other candidates" not in fresh_body(body)
    found = classify("Re: Analyst role", body)
    assert found.label == Label.INTERVIEW, found


@pytest.mark.parametrize(
    ("subject", "header"),
    [
        (
            "Fwd: Analyst role",
            "---------- Forwarded message ---------\nFrom: Ilse Varga <ilse@quarrystone.com>\n"
            "Date: Tue, 4 Mar 2025 at 10:02\nSubject: Analyst role\nTo: <sam@example.com>\n",
        ),
        (
            "FW: Analyst role",
            "________________________________\nFrom: Ilse Varga <ilse@quarrystone.com>\n"
            "Sent: Tuesday, 4 March 2025 10:02\nTo: Sam Reyes\nSubject: Analyst role\n",
        ),
    ],
)
def test_a_forwarded_message_is_read_for_what_it_forwards(subject: str, header: str) -> None:
    """People forward job mail from another address to the one NextYes reads; a short note
    on top ("FYI") is not the news, the forwarded message is."""
    body = (
        f"FYI\n\n{header}\nDear Sam,\n\nThank you for interviewing for the Analyst role."
        " After careful consideration we have decided to move forward with other candidates."
        "\n\nBest wishes,\nIlse"
    )
    assert "other candidates" in fresh_body(body, forwarded=True)
    found = classify(subject, body, "Sam Reyes <sam.reyes@example.com>")
    assert found.label == Label.REJECTION, found


def test_a_reply_is_not_read_as_a_forward() -> None:
    """Only a forward is read past its header: a reply's quoted history stays cut."""
    body = (
        "Thanks Ilse, understood.\n\n________________________________\n"
        "From: Ilse Varga <ilse@quarrystone.com>\nSent: Tuesday, 4 March 2025 10:02\n"
        "To: Sam Reyes\nSubject: Analyst role\n\nWe have decided to move forward with other"
        " candidates."
    )
    assert "other candidates" not in prepare("RE: Analyst role", body, PERSON).fresh


def test_a_receipt_that_mentions_unsuccessful_is_a_receipt() -> None:
    found = classify(
        "Acknowledgement of your application",
        "Dear Sam, thank you for your application for the post of Archivist. If you have not "
        "heard from us within four weeks, please assume that your application has been "
        "unsuccessful.",
        "HR <jobs@cityarchive.example>",
    )
    assert found.label == Label.APPLICATION_RECEIVED, found


@pytest.mark.parametrize(
    ("subject", "body", "sender", "label"),
    [
        (
            "Interview invitation",
            "Hi Sam, we'd like to invite you to a first interview for the Analyst role. "
            "Please pick a time that suits you.",
            ATS,
            Label.INTERVIEW,
        ),
        (
            "Your offer",
            "Hi Sam, I'm delighted to offer you the Analyst position! The offer letter is "
            "attached.",
            PERSON,
            Label.OFFER,
        ),
        (
            "Quarrystone invited you to a test",
            "Quarrystone has invited you to take a coding test for the Analyst role. You have "
            "90 minutes.",
            "Tests <no-reply@codility.com>",
            Label.ASSESSMENT,
        ),
        (
            "Analyst role at Quarrystone",
            "Hi Sam, I came across your profile and think you'd be a great fit for an Analyst "
            "role we're hiring for. Open to a quick chat?",
            "Ilse Varga via LinkedIn <inmail-hit-reply@linkedin.com>",
            Label.RECRUITER_OUTREACH,
        ),
        (
            "We received your application",
            "Thanks for applying for the Analyst role. We've received your application and "
            "will review it soon.",
            ATS,
            Label.APPLICATION_RECEIVED,
        ),
    ],
)
def test_the_other_kinds_of_news(subject: str, body: str, sender: str, label: Label) -> None:
    found = classify(subject, body, sender)
    assert found.label == label, found
    assert 0 <= found.confidence <= 1


def test_mail_with_no_job_search_words_is_other_at_once() -> None:
    found = classify("Your parcel is on its way", "It arrives Tuesday.", "DHL <track@dhl.example>")
    assert found == Classification(Label.OTHER, found.confidence, "rule: no job-search words")
    assert is_confident(found)


def test_a_batch_gives_the_same_answers_in_the_same_order() -> None:
    items = [
        ("Your parcel", "It arrives Tuesday.", "shop@example.com"),
        ("Interview invitation", "We'd like to invite you to an interview for the role.", ATS),
        ("Receipt", "Thanks for your order.", "shop@example.com"),
        ("Your application", "We decided to move forward with other candidates.", ATS),
    ]
    classifier = default_classifier()
    assert classifier.classify_many(items) == [classifier.classify(*item) for item in items]
    assert classifier.classify_many([]) == []


def test_a_correction_changes_the_answer_for_a_similar_message() -> None:
    garden = "Green Lanes Allotments <plots@greenlanes-allotments.example>"
    first = (
        "Your application for plot 14",
        "Hi Sam, we've received your application for an allotment plot and will review it "
        "at the next committee meeting.",
        garden,
    )
    similar = (
        "Your application for plot 22",
        "Hi Sam, we've received your application for an allotment plot and will review it "
        "at the next committee meeting in May.",
        garden,
    )
    before = default_classifier().classify(*similar)
    assert before.label == Label.APPLICATION_RECEIVED
    corrected = Classifier.trained([Example(*first, label=Label.OTHER)])
    after = corrected.classify(*similar)
    assert after.label == Label.OTHER, after
    # Unrelated mail reads as before.
    job = ("Interview invitation", "We'd like to invite you to an interview for the role.", ATS)
    assert corrected.classify(*job).label == Label.INTERVIEW


def test_a_correction_to_rejection_still_needs_a_rejection_phrase_to_be_recorded() -> None:
    portal = "Quarrystone Careers <quarrystone@myworkday.com>"
    update = (
        "Your candidate status has changed",
        "Hi Sam, the status of your application for Analyst has changed. Sign in to your "
        "candidate home to see it.",
        portal,
    )
    corrected = Classifier.trained([Example(*update, label=Label.REJECTION)])
    again = corrected.classify(
        "Your candidate status has changed",
        "Hi Sam, the status of your application for Data Analyst has changed. Sign in to your "
        "candidate home to see it.",
        portal,
    )
    assert again.label == Label.REJECTION
    assert not is_confident(again), again


def test_training_with_the_same_corrections_is_reused() -> None:
    extra = [
        Example("Plot", "Your allotment application was received.", "a@b.example", Label.OTHER)
    ]
    assert Classifier.trained(extra) is Classifier.trained(list(extra))
    assert default_classifier() is default_classifier()


# The shipped corpus.


def test_the_corpus_has_every_label_and_enough_of_each() -> None:
    counts = Counter(m.example.label for m in load_corpus())
    assert set(counts) == set(Label)
    assert all(n >= 50 for n in counts.values()), counts
    assert sum(counts.values()) >= 600


def test_the_corpus_has_no_duplicate_messages_and_every_field_filled() -> None:
    seen = set()
    for message in load_corpus():
        e = message.example
        assert e.subject.strip(), message
        assert e.body.strip(), message
        assert e.sender.strip(), message
        # No slot the generator left unfilled; a template's own placeholder, as real senders
        # leave them ("{{first_name}}"), is part of the message, and so is every placeholder
        # of a hand-written letter ("{role}"), which no generator fills.
        if not message.family.startswith(LETTER):
            assert not UNFILLED_SLOT.search(e.body + e.subject + e.sender), message
        key = (e.subject.lower(), e.body.lower())
        assert key not in seen, message
        seen.add(key)


def test_the_held_out_split_shares_no_family_with_training() -> None:
    held = held_out_families()
    corpus = load_corpus()
    train_families = {m.family for m in corpus if m.family not in held}
    assert held
    assert train_families
    assert not held & train_families
    assert {e.label for e in held_out_examples()} == set(Label)
    assert len(training_examples()) + len(held_out_examples()) == len(corpus)


def test_no_job_news_in_the_corpus_is_mistaken_for_mail_without_job_words() -> None:
    # The door to the model as an import meets it: the new text's job-search words, the
    # subject's own, or a sender that is an applicant-tracking system or test platform.
    # Every template family passes it. The hand-written letters include job news written
    # on purpose without any such word ("sorry hun, we're all sorted for weekend staff"):
    # the model learns from them, but the door does not open for such mail, a limit
    # docs/inbox.md names (unless the sender writes for an open application); it must stay
    # rare. The briefs of 2026-12-05 asked for casual no's and texts forwarded by phone
    # apps on purpose; since phone apps' subjects and the jobs a café hires for open the
    # door too, 71 of 2,682 letters of job news (2.6%) have no such word.
    shut_out, letters = [], 0
    for message in load_corpus():
        e = message.example
        if e.label == Label.OTHER:
            continue
        opens = has_job_signal(e.subject, e.body, e.sender)
        if message.family.startswith(LETTER):
            letters += 1
            if not opens:
                shut_out.append(message.family)
            continue
        assert opens, message
    assert len(shut_out) <= 0.03 * letters, shut_out


def test_quality_floor_on_held_out_families() -> None:
    """A gate, not the evaluation (bench/classify_eval.py prints the full figures, and the
    blind set is the fair one). The held-out quarter holds whole families, since issue 14
    many of them in German, French, Spanish and Dutch with only a few families per label
    and language, and deliberately hard English ones (placeholders, forwards, one-line
    notes): the floor is lower than it was on a corpus of one voice, and a named rejection
    must still nearly always be one."""
    test = held_out_examples()
    found = default_classifier().classify_many([(e.subject, e.body, e.sender) for e in test])
    pairs = list(zip([e.label for e in test], [c.label for c in found], strict=True))
    f1s = []
    for label in Label:
        tp = sum(1 for t, g in pairs if t == g == label)
        predicted = sum(1 for _, g in pairs if g == label)
        actual = sum(1 for t, _ in pairs if t == label)
        f1s.append(2 * tp / (predicted + actual))
    assert sum(f1s) / len(f1s) >= 0.80
    # Where it matters most: a rejection confident enough to be recorded without asking is
    # always one; named ones that wait for review may now and then be something else.
    sure = [e.label for e, c in zip(test, found, strict=True)
            if c.label == Label.REJECTION and is_confident(c)]  # fmt: skip
    assert sure
    assert all(label == Label.REJECTION for label in sure)
    rejections = [t for t, g in pairs if g == Label.REJECTION]
    assert rejections.count(Label.REJECTION) / len(rejections) >= 0.85
