"""Import email in a real Chromium, on the demo search: upload an mbox, read the summary that
names what changed and where, then answer the review queue's one question per message
(Yes / It's something else / Not about my search), each swapped in place with a line in the
live region. Saves screenshots at desktop and phone width into test-output/review/."""

import mailbox
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    REPO_ROOT,
    Server,
    Watched,
    assert_calm_network,
    screenshot,
    visit,
)

pytestmark = pytest.mark.browser

DESKTOP = (1280, 900)
PHONE = (360, 780)
MBOX = Path(__file__).parent.parent / "fixtures" / "mail" / "search.mbox"
SHOTS = REPO_ROOT / "test-output" / "review"
# News about the demo's own applications, dated today (the demo is built around today).
NEWS = [
    ("Atlas Maps Talent <talent@atlasmaps.example>", "Your application for Geospatial Analyst",
     "Dear Sam,\n\nThank you for applying for the Geospatial Analyst role. After careful"
     " consideration, we have decided to move forward with other candidates whose experience"
     " more closely matches our needs.\n\nWe wish you every success.\n\nAtlas Maps Talent Team"),
    ("Tandem Bikes Careers <careers@tandembikes.example>", "Final round interview: Data Analyst",
     "Hi Sam,\n\nGreat news: we would like to invite you to a final round interview for the"
     " Data Analyst position. Please pick a time that suits you next week.\n\nBest,\nTandem"
     " Bikes Recruiting"),
    ("Kite Payments <no-reply@kitepayments.example>",
     "We have received your application: Fraud Analyst",
     "Thank you for applying to Kite Payments for the Fraud Analyst position. We have received"
     " your application and our team will review it shortly."),
    ("Harbor City Hospital HR <jobs@harborcityhospital.example>",
     "Clinical Data Analyst - update",
     "Dear Sam,\n\nWe wanted to let you know the Clinical Data Analyst role has been put on"
     " hold for now while the team reviews its budget. We may reopen it in the new year.\n\n"
     "Harbor City Hospital"),
    ("Solace Insurance <recruiting@solaceinsurance.example>", "Re: Senior Analyst - next steps",
     "Hi Sam,\n\nSorry for the silence. Half the team is away this week, so things are slower"
     " than we hoped. Bear with us.\n\nKind regards,\nSolace Insurance"),
]  # fmt: skip
# The words on each answer of every waiting message (without the words for screen readers).
ANSWER_WORDS = """() => [...document.querySelectorAll("li.review-item .answers")].map(a =>
  [...a.querySelectorAll(":scope > form button, :scope > details > summary")]
    .map(b => b.childNodes[0].textContent.trim()))"""


def news_mbox(folder: Path) -> Path:
    path = folder / "news.mbox"
    box = mailbox.mbox(path)
    today = date.today()
    for number, (sender, subject, body) in enumerate(NEWS):
        message = EmailMessage()
        message["From"] = sender
        message["To"] = "sam.rivera@example.org"
        message["Subject"] = subject
        sent = datetime(today.year, today.month, today.day, 9, tzinfo=UTC)
        message["Date"] = format_datetime(sent)
        message["Message-ID"] = f"<news-{number}@example.org>"
        message.set_content(body)
        box.add(message)
    box.close()
    return path


def shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    screenshot(page, f"inbox-{name}")
    return path


def test_upload_then_answer_one_question_per_message(
    open_page: Callable[[int, int], Watched], server: Server, tmp_path: Path
) -> None:
    watched = open_page(*DESKTOP)
    page = visit(watched, server, "/import/review")
    waiting_before = int(page.locator("#review-count").inner_text())
    page = visit(watched, server, "/import")
    expect(page.get_by_role("heading", level=1)).to_have_text("Import email")
    expect(page.locator("#from-mbox")).to_contain_text(
        "This can take a minute for a large mailbox."
    )
    expect(
        page.get_by_label("Password", exact=False).and_(page.locator("input"))
    ).to_have_attribute("autocomplete", "current-password")
    page.get_by_label("Mailbox file", exact=True).set_input_files(news_mbox(tmp_path))
    shot(page, "import-1280")
    page.get_by_role("button", name="Import this mailbox").click()

    # The summary names what changed, and where, each a link to its application.
    expect(page.get_by_role("heading", level=1)).to_have_text("Import finished")
    changes = page.locator(".change-lines")
    expect(changes).to_contain_text(
        "Recorded a no from Atlas Maps (Geospatial Analyst); its plan starts"
    )
    expect(changes).to_contain_text("Moved Tandem Bikes (Data Analyst) to final round.")
    expect(changes).to_contain_text(
        "1 reply restarted the silence clock: Kite Payments (Fraud Analyst)."
    )
    expect(changes).to_contain_text("2 waiting for you in review.")
    atlas = changes.get_by_role("link", name="Atlas Maps (Geospatial Analyst)")
    expect(atlas).to_have_attribute("href", re.compile(r"^/applications/\d+$"))
    shot(page, "summary-1280")
    changes.get_by_role("link", name="Review them").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Waiting for your review")
    count = page.locator("#review-count")
    expect(count).to_have_text(str(waiting_before + 2))
    # One question per message, naming the company and application; no percentages; three
    # answers, never two with the same words.
    questions = page.locator("h3.question").all_inner_texts()
    assert questions
    assert all(q.startswith("Is this ") and q.endswith("?") for q in questions), questions
    assert not any("%" in q for q in questions)
    for words in page.evaluate(ANSWER_WORDS):
        assert len(words) == len(set(words)) >= 2, words
        assert "Not about my search" in words
    shot(page, "review-1280")

    # Yes: "is this about your application to Solace Insurance?" notes their reply.
    status = page.locator("#review-status")
    found = page.locator("li.review-item", has_text="Re: Senior Analyst - next steps")
    solace = page.locator(f"#{found.get_attribute('id')}")  # the same item once answered
    expect(solace.locator("h3")).to_contain_text("Solace Insurance (Senior Analyst)")
    solace.get_by_role("button", name="Yes", exact=False).first.click()
    expect(status).to_contain_text("Solace Insurance (Senior Analyst)")
    expect(count).to_have_text(str(waiting_before + 1))
    expect(solace).to_have_class("record review-item review-done")

    # It's something else: an interview invitation, for the application it is about.
    harbor = page.locator("li.review-item", has_text="Clinical Data Analyst - update")
    expect(harbor.locator("h3")).to_contain_text("Harbor City Hospital (Clinical Data Analyst)")
    harbor.locator("details.else summary").click()
    harbor.get_by_label("An interview invitation").check()
    expect(harbor.get_by_label("Which application is it about?")).to_contain_text(
        "Harbor City Hospital"
    )
    shot(page, "something-else-1280")
    harbor.get_by_role("button", name="Save this answer").click()
    expect(status).to_contain_text(
        "Moved Harbor City Hospital (Clinical Data Analyst) to interviewing."
    )
    expect(count).to_have_text(str(waiting_before))

    # Not about my search: set aside, nothing else changes.
    other = page.locator("li.review-item:not(.review-done)").first
    subject = other.locator(".subject").inner_text().split("“", 1)[1].split("”", 1)[0]
    other.get_by_role("button", name="Not about my search").click()
    expect(status).to_contain_text("not about your search")
    expect(status).to_contain_text(subject[:40])
    expect(count).to_have_text(str(waiting_before - 1))
    shot(page, "answered-1280")

    # The records changed where a person would look for them.
    visit(watched, server, "/pipeline")
    expect(page.locator('.column[data-stage="interviewing"]')).to_contain_text("Harbor City")
    reloaded = visit(watched, server, "/import/review")
    expect(reloaded.locator("#review-count")).to_have_text(str(waiting_before - 1))
    assert_calm_network(watched, server)

    phone = open_page(*PHONE)
    small = visit(phone, server, "/import/review")
    assert small.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    shot(small, "review-360")
    small.locator("li.review-item details.else summary").first.click()
    assert small.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    shot(small, "something-else-360")
    visit(phone, server, "/import")
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    shot(phone.page, "import-360")


def test_the_shared_fixture_mailbox_imports_with_its_summary(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*PHONE)
    page = visit(watched, server, "/import")
    page.get_by_label("Mailbox file", exact=True).set_input_files(MBOX)
    page.get_by_role("button", name="Import this mailbox").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import finished")
    expect(page.locator(".lede")).to_contain_text("Read 13 messages from search.mbox.")
    summary = page.locator("table.summary")
    expect(summary.locator("tr", has_text="Messages read")).to_contain_text("13")
    expect(page.get_by_text("message 11 (line 187): no headers")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    shot(page, "summary-360")
    assert_calm_network(watched, server)
