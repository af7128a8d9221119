"""What a posting requires and what is only nice to have, in five languages."""

import pytest

from nextyes.skills.finder import SkillsFound, find_skills
from nextyes.skills.vocabulary import Vocabulary
from tests.skills import postings

VOCABULARY = Vocabulary.shipped()


def found(text: str, listed: tuple[str, ...] = ()) -> SkillsFound:
    return find_skills(text, VOCABULARY, listed=listed)


def test_an_english_posting() -> None:
    result = found(postings.ENGLISH)
    assert result.required == (
        "Python", "SQL", "PostgreSQL", "Docker", "Kubernetes", "Communication",
        "Stakeholder management",
    )  # fmt: skip
    # Kafka is "a plus" inside the requirements; the duties name tools the job uses.
    assert result.nice_to_have == (
        "ETL", "Apache Airflow", "Forecasting", "Snowflake", "Tableau", "Apache Kafka",
        "Terraform", "dbt", "R", "Go", "Rust",
    )  # fmt: skip


def test_what_the_employer_offers_or_is_does_not_count() -> None:
    result = found(postings.ENGLISH)
    assert "AWS" not in result.names  # in "What we offer"
    assert "React" not in result.names  # "React quickly when a pipeline fails"


def test_a_german_posting() -> None:
    result = found(postings.GERMAN)
    assert result.required == (
        "Forklift licence", "German", "Reliability", "Resilience", "Teamwork",
    )  # fmt: skip
    assert result.nice_to_have == (
        "Order picking", "RF scanners", "Goods receipt", "Shipping and dispatch", "WMS",
        "SAP", "Driving licence", "Inventory management",
    )  # fmt: skip
    assert "First aid" not in result.names  # "Wir bieten"
    assert "Procurement" not in result.names  # "Unser Einkauf" under "Über uns"


def test_a_french_posting() -> None:
    result = found(postings.FRENCH)
    assert result.required == (
        "Nursing registration", "Wound care", "Attention to detail", "Teamwork",
        "Active listening",
    )  # fmt: skip
    assert result.nice_to_have == (
        "Patient care", "Vital signs monitoring", "Medication administration",
        "Care documentation", "Palliative care", "English", "Electronic health records",
    )  # fmt: skip


def test_a_spanish_posting() -> None:
    result = found(postings.SPANISH)
    assert result.required == ("Food hygiene certificate", "Teamwork", "Resilience")
    assert result.nice_to_have == (
        "Food preparation", "Inventory management", "Cleaning", "English", "Pastry",
        "HACCP", "Allergen management",
    )  # fmt: skip
    assert "Food safety" not in result.names  # "Ofrecemos"


def test_a_dutch_posting() -> None:
    result = found(postings.DUTCH)
    assert result.required == (
        "Accounting", "Exact Online", "Excel", "Attention to detail", "Communication",
        "Dutch",
    )  # fmt: skip
    # "Engels is een pré" and "Kennis van btw-aangiftes is een pré" inside the requirements.
    assert result.nice_to_have == (
        "Accounts payable", "Accounts receivable", "Month-end close", "English", "VAT",
        "Power BI",
    )  # fmt: skip
    assert "Power Query" not in result.names  # "Wat wij bieden"


def test_a_posting_without_headings() -> None:
    result = found(postings.NO_HEADINGS)
    assert result == SkillsFound(("Customer service", "Zendesk"), ("Shopify",))


def test_duties_are_required_when_there_is_no_requirements_part() -> None:
    assert found(postings.DUTIES_ONLY) == SkillsFound(("Xero", "Payroll", "VAT"), ())


@pytest.mark.parametrize(
    ("line", "required", "nice"),
    [
        ("Strong SQL skills, experience with Kafka is a plus.", ("SQL",), ("Apache Kafka",)),
        ("Kafka, RabbitMQ or SQL is a plus.", (), ("Apache Kafka", "RabbitMQ", "SQL")),
        ("SQL, ideally Tableau as well.", ("SQL",), ("Tableau",)),
        ("Python (required), Kafka (a plus)", ("Python",), ("Apache Kafka",)),
        ("Sehr gute SQL-Kenntnisse, idealerweise auch Power BI", ("SQL",), ("Power BI",)),
        ("SAP-Kenntnisse sind von Vorteil.", (), ("SAP",)),
        ("Maîtrise d'Excel ; la connaissance de SAP est un plus.", ("Excel",), ("SAP",)),
        ("Se valorará experiencia con Salesforce.", (), ("Salesforce",)),
        ("Ervaring met Power BI is een pré.", (), ("Power BI",)),
        ("Excel is a must, but ideally you also know Tableau.", ("Excel",), ("Tableau",)),
    ],
)
def test_nice_to_have_said_inside_a_line(
    line: str, required: tuple[str, ...], nice: tuple[str, ...]
) -> None:
    posting = f"Requirements\n- {line}\n"
    assert found(posting) == SkillsFound(required, nice)


def test_headings_with_markdown_and_colons() -> None:
    posting = (
        "## Your profile \u2013 what you bring\n"
        "* Figma and user research\n"
        "Nice to have: Canva\n"  # a heading with its text on one line: that line only
        "* Photoshop\n"
        "**Bonus points:**\n"
        "* Webflow, Framer or Adobe After Effects\n"
    )
    assert found(posting) == SkillsFound(
        ("Figma", "User research", "Adobe Photoshop"), ("Canva", "Adobe After Effects")
    )


def test_a_skill_named_both_ways_is_required() -> None:
    posting = "Requirements\n- Python\n- SQL\nNice to have\n- SQL and Kafka\n"
    assert found(posting) == SkillsFound(("Python", "SQL"), ("Apache Kafka",))


def test_required_skills_keep_the_order_they_first_appear_in() -> None:
    posting = "Nice to have\n- Kafka\n- Airflow\nRequirements\n- Python and Kafka\n"
    assert found(posting) == SkillsFound(("Apache Kafka", "Python"), ("Apache Airflow",))


def test_listed_skills_count_as_required() -> None:
    posting = "Requirements\n- Python\nNice to have\n- Kubernetes\n"
    result = found(posting, listed=("Kubernetes; Guidewire", "100% remote, Excel"))
    assert result == SkillsFound(("Python", "Kubernetes", "Guidewire", "Excel"), ())


def test_a_posting_with_no_skills_we_know() -> None:
    assert found("Lovely team, great coffee, apply today.") == SkillsFound((), ())


def test_the_title_names_what_the_job_needs() -> None:
    posting = (  # with Windows line ends, as a pasted posting may have
        "Senior Python Developer\r\n\r\nAbout the role\r\nWe build with Django.\r\n\r\n"
        "Requirements\r\n- SQL\r\n"
    )
    assert found(posting) == SkillsFound(("Python", "SQL"), ("Django",))
