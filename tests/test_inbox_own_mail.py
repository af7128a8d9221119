"""The person's own mail is their words, never news: "I'm delighted to accept your offer"
must not record an offer, "could you tell me why?" over a quoted "no" must not record a
rejection. An export of a whole mailbox (Gmail's "All mail") holds such mail beside the
news; the import tells it by the person's own addresses and by Gmail's Sent label."""

from datetime import date
from email.message import EmailMessage

import pytest

from nextyes.classify import Label
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.stages import Stage
from nextyes.mail.parse import parse_message
from nextyes.services import inbox
from nextyes.services.applications import add_application, application_detail
from nextyes.services.workspace import Workspace
from tests.inbox_helpers import Scripted, mail, raw

ME = "sam.rivera@example.org"
LUMEN = "talent@lumenhealth.com"
OFFER = "offer 0.97: Your offer from Lumen Health"
# What the person wrote back. The scripted classifier would act on it (an offer at 0.97, a
# "no" at 0.95) were it read as news.
ACCEPTING = "offer 0.97: Re: Your offer from Lumen Health"
ASKING_WHY = "rejection 0.95: Re: Your application"


def headed(data: bytes, **headers: str) -> bytes:
    """The same message with headers put on top, as a mail server or an export adds them."""
    top = "".join(f"{name.replace('_', '-')}: {value}\r\n" for name, value in headers.items())
    return top.encode() + data


def received(subject: str, body: str = "Dear Sam, ...", n: int = 1) -> bytes:
    return headed(mail(subject, body, sender=LUMEN, message_id=f"in-{n}@x"), Delivered_To=ME)


def sent(subject: str, n: int = 1, **headers: str) -> bytes:
    body = "Dear Priya,\n\nThank you, I'm delighted to accept.\n\nSam"
    return headed(mail(subject, body, sender=ME, name="Sam Rivera", message_id=f"out-{n}@x"),
                  **headers)  # fmt: skip


def interviewing(ws: Workspace) -> Application:
    new = NewApplication(
        "Lumen Health", "Analyst", Channel.DIRECT, Stage.INTERVIEWING, date(2026, 2, 2)
    )
    return add_application(ws, new)


def stage_of(ws: Workspace, application: Application) -> Stage:
    return application_detail(ws, application.id).application.stage


def test_the_headers_that_say_whose_mail_it_is_are_read() -> None:
    message = parse_message(headed(mail("Hi", "Hello"), Delivered_To=f"Sam <{ME.upper()}>"))
    assert (message.delivered_to, message.sent_label) == (ME, False)
    message = parse_message(headed(mail("Hi", "Hello"), X_Original_To=ME))
    assert message.delivered_to == ME
    message = parse_message(headed(mail("Hi", "Hello"), X_Gmail_Labels="Opened,Sent,Category"))
    assert (message.delivered_to, message.sent_label) == ("", True)
    plain = parse_message(mail("Hi", "Hello"))
    assert (plain.delivered_to, plain.sent_label) == ("", False)


def test_the_persons_own_reply_is_left_alone_beside_the_news_it_answers(ws: Workspace) -> None:
    """Their address is the one the mailbox's mail was delivered to; their acceptance is
    not a second offer, and their question over a quoted "no" is not a rejection."""
    lumen = interviewing(ws)
    summary = inbox.import_messages(
        ws,
        raw(received(OFFER), sent(ACCEPTING), sent(ASKING_WHY, n=2)),
        classifier=Scripted(),
    )
    assert summary.own_mail == 2
    assert (summary.job_related, summary.acted, summary.queued) == (1, 1, 0)
    assert stage_of(ws, lumen) is Stage.OFFER  # from Lumen's own letter, and only that
    assert inbox.review_queue(ws).items == []
    # Seen once, never again: a second import of the same mailbox adds nothing.
    again = inbox.import_messages(ws, raw(sent(ACCEPTING)), classifier=Scripted())
    assert (again.already_seen, again.own_mail) == (1, 0)


@pytest.mark.parametrize("parallel", [False, True])
def test_own_mail_is_known_whichever_chunk_told_the_address(ws: Workspace, parallel: bool) -> None:
    """The address is learnt from the mail as the import goes, so a reply in a later chunk
    is known; with the parsing helper process too."""
    lumen = interviewing(ws)
    first = [received(f"Newsletter {n}", n=n) for n in range(3)]
    summary = inbox.import_messages(ws, raw(*first, sent(ASKING_WHY)), chunk_size=3,
                                    classifier=Scripted(), parallel=parallel)  # fmt: skip
    assert (summary.own_mail, summary.acted) == (1, 0)
    assert stage_of(ws, lumen) is Stage.INTERVIEWING


def test_gmails_sent_label_is_enough(ws: Workspace) -> None:
    lumen = interviewing(ws)
    summary = inbox.import_messages(
        ws, raw(sent(ASKING_WHY, X_Gmail_Labels="Sent,Opened")), classifier=Scripted()
    )
    assert (summary.own_mail, summary.acted) == (1, 0)
    assert stage_of(ws, lumen) is Stage.INTERVIEWING


def test_an_address_the_person_names_counts_too(ws: Workspace) -> None:
    """An IMAP Sent folder has no delivered mail to learn the address from: the command line
    passes the login, which is usually the address."""
    lumen = interviewing(ws)
    summary = inbox.import_messages(
        ws, raw(sent(ASKING_WHY)), classifier=Scripted(), own_addresses=[f" {ME.upper()} "]
    )
    assert (summary.own_mail, summary.acted) == (1, 0)
    assert stage_of(ws, lumen) is Stage.INTERVIEWING


def test_a_forward_to_themselves_is_still_read(ws: Workspace) -> None:
    """Sent from their address AND delivered to it: news from elsewhere (a work account, a
    phone) forwarded to the mailbox NextYes reads."""
    lumen = interviewing(ws)
    summary = inbox.import_messages(
        ws,
        raw(received("Newsletter"), sent(OFFER.replace("Your", "Fwd: Your"), Delivered_To=ME)),
        classifier=Scripted(),
    )
    assert (summary.own_mail, summary.acted) == (0, 1)
    assert stage_of(ws, lumen) is Stage.OFFER


def test_without_any_sign_of_whose_mailbox_it_is_nothing_is_set_aside(ws: Workspace) -> None:
    """A folder of .eml files with no delivery headers: the classifier reads everything, as
    before (and the person's own words are in its training: see docs/inbox.md)."""
    interviewing(ws)
    summary = inbox.import_messages(ws, raw(sent(ASKING_WHY)), classifier=Scripted())
    assert summary.own_mail == 0
    assert summary.by_label == {Label.REJECTION.value: 1}


def test_the_real_classifier_and_a_real_reply(ws: Workspace) -> None:
    """End to end with the shipped model: a reply asking for feedback, the "no" quoted
    below in Outlook's German form, from the person's own address."""
    lumen = interviewing(ws)
    body = (
        "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Nachricht. Darf ich fragen, woran es"
        " gelegen hat? Eine kurze Rückmeldung würde mir sehr helfen.\n\nViele Grüße\nSam Rivera"
        "\n\nVon: Priya Lang <talent@lumenhealth.com>\nGesendet: Montag, 2. März 2026 10:02\n"
        "An: Sam Rivera\nBetreff: Ihre Bewerbung\n\nLeider müssen wir Ihnen mitteilen, dass wir"
        " uns für eine andere Bewerberin entschieden haben."
    )
    message = EmailMessage()
    message["From"] = f"Sam Rivera <{ME}>"
    message["Subject"] = "AW: Ihre Bewerbung"
    message["Date"] = "Tue, 03 Mar 2026 09:00:00 +0000"
    message.set_content(body)
    summary = inbox.import_messages(ws, raw(received("Newsletter"), message.as_bytes()))
    assert summary.own_mail == 1
    assert summary.rejections_recorded == 0
    assert stage_of(ws, lumen) is Stage.INTERVIEWING
