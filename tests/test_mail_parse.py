"""Parsing real mail: multipart, HTML-only, charsets, encodings, broken headers, huge bodies."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from nextyes.mail.parse import MAX_BODY, BadMessage, html_to_text, parse_message

EML = Path(__file__).parent / "fixtures" / "mail" / "eml"


def parse(name: str):
    return parse_message((EML / name).read_bytes())


def test_multipart_mail_gives_the_plain_text_part_and_its_headers() -> None:
    message = parse("greenhouse_multipart_rejection.eml")
    assert message.key == "mid:gh-7731.lumen@us.greenhouse-mail.io"
    assert message.sender == "no-reply@us.greenhouse-mail.io"
    assert message.sender_name == "Lumen Health Hiring Team"
    assert message.subject == "Your application to Lumen Health"
    assert message.sent_at == datetime(2026, 3, 11, 16, 2, 11, tzinfo=UTC)
    assert "move forward with other candidates" in message.body
    assert "<p>" not in message.body


def test_html_only_mail_becomes_clean_text_without_scripts_styles_or_hidden_parts() -> None:
    message = parse("html_only_interview_with_script.eml")
    body = message.body
    assert "invite you to an interview" in body
    assert "Backend Engineer" in body
    assert "interviews take 45 minutes" in body  # entities decoded, &nbsp; is a space
    assert "- Tuesday 17 March" in body
    for never in ("document.cookie", "alert", "evil.example", "font-family", "PREHEADER",
                  "<", "onerror", "Northwind</title>"):  # fmt: skip
        assert never not in body
    # The Date header's zone is honoured: 09:15 at -05:00 is 14:15 UTC.
    assert message.sent_at == datetime(2026, 3, 12, 14, 15, tzinfo=UTC)


def test_nested_multipart_reads_the_plain_alternative_and_skips_the_attachment() -> None:
    message = parse("nested_multipart_with_attachment.eml")
    assert message.body.startswith("Dear Sam,\n\nWe are delighted to offer you the position of")
    assert "Data Engineer at Blue Harbor. The offer letter is attached." in message.body
    assert "JVBERi0" not in message.body  # the PDF
    assert "<p>" not in message.body
    assert "multi-part message in MIME format" not in message.body  # the preamble


def test_an_attached_message_is_read_by_the_email_package() -> None:
    message = parse("forwarded_message.eml")
    assert message.subject == "Fwd: Interview invitation"
    assert message.sender == "sam.rivera@example.org"


def test_quoted_printable_and_encoded_words_are_decoded() -> None:
    message = parse("quoted_printable_utf8.eml")
    assert message.sender_name == "Fjäll Studio"
    assert message.subject == "Tack för din ansökan \u2013 UX Designer"
    assert "Tack för din ansökan till tjänsten som UX-designer" in message.body
    assert "=C3" not in message.body
    assert "=\n" not in message.body


def test_iso_8859_1_headers_and_body() -> None:
    message = parse("iso_8859_1.eml")
    assert message.subject == "Votre candidature à Café Lumière"
    assert "Nous avons bien reçu votre candidature" in message.body
    assert "\ufffd" not in message.body


def test_windows_1252_punctuation_and_euro_sign() -> None:
    body = parse("windows_1252.eml").body
    assert "We\u2019d like you to complete a short take-home assessment" in body
    assert "€0" in body
    assert "\u201cGood luck!\u201d" in body


def test_an_unknown_charset_falls_back_without_losing_the_text() -> None:
    message = parse("bogus_charset.eml")
    assert message.body == "Thanks for applying to Initech — naïve résumé readers welcome."


def test_broken_headers_still_give_what_can_be_read() -> None:
    message = parse("malformed_headers.eml")
    assert message.sender == ""  # "<<not really an address" has no address in it
    assert message.sent_at is None  # "Thirtysecond of Smarch" is no date
    assert message.message_id is None
    assert message.key.startswith("sha256:")  # no Message-ID: the bytes name it
    assert "Unterminated_encoded_word" in message.subject
    assert "Body text after broken headers still deserves to be read." in message.body


def test_a_huge_body_is_cut_to_a_sane_size() -> None:
    raw = (EML / "huge_body.eml").read_bytes()
    assert len(raw) > 100_000
    message = parse_message(raw)
    assert len(message.body) == MAX_BODY
    assert message.body.startswith("This is a very long newsletter paragraph")


def test_the_same_bytes_always_get_the_same_key_and_other_bytes_another() -> None:
    raw = (EML / "malformed_headers.eml").read_bytes()
    assert parse_message(raw).key == parse_message(raw).key
    assert parse_message(raw + b"more\n").key != parse_message(raw).key


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        ((EML / "not_an_email.eml").read_bytes(), "no headers"),
    ],
)
def test_a_message_with_nothing_readable_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(BadMessage, match=reason):
        parse_message(raw)


def test_a_long_message_id_gets_a_fixed_width_key() -> None:
    raw = b"From: a@b.example\nMessage-ID: <" + b"x" * 500 + b"@b.example>\nSubject: hi\n\nhello\n"
    key = parse_message(raw).key
    assert key.startswith("midsha256:")
    assert len(key) <= 200


def test_html_to_text_survives_broken_markup() -> None:
    text = html_to_text("<p>Hello <b>there<script>var x = '</p>';</script> friend<div><p>ok")
    assert "Hello there" in text
    assert "friend" in text
    assert "ok" in text
    assert "var x" not in text
