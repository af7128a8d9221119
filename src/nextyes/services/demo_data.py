"""A believable search to explore NextYes with: a data analyst about ten weeks in, two days
after a "no" from the job they wanted most. Days are counted back from today."""

from dataclasses import dataclass, field

from nextyes.classify.labels import Label
from nextyes.domain.applications import Channel
from nextyes.domain.contacts import ContactRole
from nextyes.domain.draft_wording import DraftKind, Tone
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.stages import Stage

R, J, D, B, N = (
    Channel.REFERRAL,
    Channel.RECRUITER,
    Channel.DIRECT,
    Channel.JOB_BOARD,
    Channel.NETWORKING,
)


@dataclass(frozen=True)
class DemoApplication:
    company: str
    role: str
    channel: Channel
    excitement: int
    location: str
    # (stage, days ago) from the first stage on; REJECTED or GHOSTED last records a rejection.
    path: tuple[tuple[Stage, int], ...]
    reason: str | None = None
    feedback: str | None = None
    salary: tuple[int, int] | None = None
    contacts: tuple[tuple[str, ContactRole], ...] = field(default=())
    notes: str | None = None  # the application's own notes
    description: str | None = None  # the posting's text, as `add --from` keeps it


A, S, I, F, X, G = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.REJECTED,
    Stage.GHOSTED,
)

LUMEN_POSTING = """Senior Data Analyst, Clinical Insights

Lumen Health runs twelve clinics across Yorkshire. Our insights team turns patient-flow and
outcomes data into decisions that clinicians can act on.

What you'll do
- Own the monthly outcomes reporting for our clinical leads
- Build and maintain dashboards in Tableau
- Present findings to clinicians and the executive team

What you bring
- Strong SQL and Python (pandas)
- Experience with statistics and A/B testing
- Stakeholder management and presenting to non-technical audiences
- Data modelling

Nice to have
- dbt
- Experience with healthcare data
- Airflow
"""


def _posting(title: str, asks: str, nice: str = "") -> str:
    """A short posting in the shape most job boards give: title, requirements, extras."""
    text = f"{title}\n\nWhat we are looking for\n" + "\n".join(
        f"- {line.strip()}" for line in asks.split(";")
    )
    if nice:
        text += "\n\nNice to have\n" + "\n".join(f"- {line.strip()}" for line in nice.split(";"))
    return text + "\n"


# The postings of a few more applications, so Insights has skills to count: the roles that
# got to interviews ask for presenting and Python, the quick "no"s for BI tools and Excel.
POSTINGS: dict[str, str] = {
    "Fernwood Bank": _posting(
        "Analytics Engineer",
        "SQL and dbt; Python; stakeholder management across risk and finance",
        "Airflow",
    ),
    "Kestrel Games": _posting(
        "Product Analyst", "SQL; Python; A/B testing; presentation skills", "Looker"
    ),
    "Solace Insurance": _posting(
        "Senior Analyst", "SQL; Python; stakeholder management; statistics", "Tableau"
    ),
    "Zephyr Air": _posting(
        "Revenue Analyst", "SQL; Excel; stakeholder management; presentation skills", "Python"
    ),
    "Pico Robotics": _posting("Data Analyst", "SQL; Power BI; Excel (VBA)", "SAP"),
    "Quill Publishing": _posting("Marketing Analyst", "Google Analytics; Excel; Power BI", "SQL"),
    "Iris Telecom": _posting("Data Analyst", "SQL; Power BI; Excel", "DAX"),
    "Xylo Music": _posting("Data Analyst", "Excel; Power BI; SQL"),
    "Brightline Logistics": _posting("Data Analyst", "Excel; SQL; Power BI", "SAP"),
}

APPLICATIONS: tuple[DemoApplication, ...] = (
    DemoApplication(
        "Lumen Health",
        "Senior Data Analyst",
        R,
        5,
        "Leeds (hybrid)",
        ((A, 40), (S, 35), (I, 28), (F, 12), (X, 2)),
        reason="They offered the role to an internal candidate.",
        feedback="Strong SQL and a clear case study; the team wanted more time presenting to "
        "clinicians.",
        salary=(52000, 60000),
        contacts=(
            ("Priya Natarajan", ContactRole.RECRUITER),
            ("Tom Okafor", ContactRole.HIRING_MANAGER),
            ("Ana Ribeiro", ContactRole.INTERVIEWER),
            ("Dev Patel", ContactRole.REFERRER),
        ),
        notes="Dev put my name forward; we worked together at Halcyon. The final round was a"
        " case study on readmission rates, presented to Tom and Ana. Priya kept me posted at"
        " every step.",
        description=LUMEN_POSTING,
    ),
    DemoApplication("Brightline Logistics", "Data Analyst", B, 3, "Manchester", ((A, 60), (G, 30))),
    DemoApplication(
        "Fernwood Bank",
        "Analytics Engineer",
        J,
        4,
        "Remote (UK)",
        ((A, 50), (S, 45), (I, 38), (X, 30)),
        reason="The role needed more dbt experience.",
        contacts=(("Jonas Weber", ContactRole.RECRUITER),),
    ),
    DemoApplication(
        "Kestrel Games",
        "Product Analyst",
        D,
        4,
        "Remote (UK)",
        ((A, 20), (S, 14), (I, 6)),
        contacts=(("Carlos Mendes", ContactRole.INTERVIEWER),),
        notes="Carlos ran the first interview. They want someone to own the experiment"
        " dashboards; the second interview is a product case.",
    ),
    DemoApplication("Northwind Energy", "BI Developer", B, 2, "Sheffield", ((A, 25),)),
    DemoApplication("Orchard & Co", "Insights Analyst", N, 3, "York", ((A, 9), (S, 4))),
    DemoApplication("Pico Robotics", "Data Analyst", B, 3, "Bristol", ((A, 45), (X, 40))),
    DemoApplication("Quill Publishing", "Marketing Analyst", B, 2, "London", ((A, 35), (X, 33))),
    DemoApplication(
        "Riverbend Council",
        "Performance Analyst",
        D,
        3,
        "Wakefield",
        ((A, 55), (S, 48), (X, 44)),
        reason="The panel shortlisted candidates with public-sector experience.",
    ),
    DemoApplication(
        "Solace Insurance",
        "Senior Analyst",
        J,
        3,
        "Leeds",
        ((A, 30), (S, 26), (I, 19)),
        salary=(48000, 55000),
    ),
    DemoApplication(
        "Tandem Bikes",
        "Data Analyst",
        R,
        4,
        "Leeds",
        ((A, 15), (I, 10)),
        contacts=(("Mei Chen", ContactRole.REFERRER),),
    ),
    DemoApplication("Umbra Studio", "Analytics Lead", N, 5, "Remote", ((Stage.SAVED, 3),)),
    DemoApplication(
        "Vela Travel",
        "Pricing Analyst",
        B,
        3,
        "Manchester",
        ((A, 28), (Stage.CLOSED, 20)),
    ),
    DemoApplication("Willow Schools Trust", "Data Officer", D, 3, "Harrogate", ((A, 12),)),
    DemoApplication("Xylo Music", "Data Analyst", B, 2, "London", ((A, 65), (G, 40))),
    DemoApplication(
        "Yarrow Foods", "Supply Chain Analyst", B, 3, "Hull", ((A, 42), (S, 37), (X, 35))
    ),
    DemoApplication(
        "Zephyr Air",
        "Revenue Analyst",
        J,
        4,
        "Manchester Airport",
        ((A, 38), (S, 33), (I, 27), (F, 20), (X, 15)),
        reason="Another finalist had airline pricing experience.",
        feedback="Loved the take-home; suggested reading up on fare classes.",
        contacts=(("Ruth Adeyemi", ContactRole.RECRUITER),),
    ),
    DemoApplication("Atlas Maps", "Geospatial Analyst", B, 3, "Remote (UK)", ((A, 5),)),
    DemoApplication("Beacon Charity", "Impact Analyst", N, 4, "Leeds", ((A, 7), (S, 2))),
    DemoApplication("Cobalt Software", "Data Analyst", B, 3, "Remote (UK)", ((A, 33),)),
    DemoApplication(
        "Delta Dental Group",
        "Reporting Analyst",
        B,
        2,
        "Bradford",
        ((A, 50), (Stage.WITHDRAWN, 44)),
    ),
    DemoApplication("Ember Retail", "Customer Analyst", J, 3, "Leeds", ((A, 22), (S, 18), (X, 16))),
    DemoApplication("Fjord Shipping", "Operations Analyst", B, 2, "Hull", ((A, 70), (G, 45))),
    DemoApplication("Gable Architecture", "Data Coordinator", D, 2, "York", ((Stage.SAVED, 10),)),
    DemoApplication(
        "Harbor City Hospital", "Clinical Data Analyst", B, 4, "Leeds", ((A, 18), (S, 11))
    ),
    DemoApplication("Iris Telecom", "Data Analyst", B, 3, "Remote (UK)", ((A, 48), (X, 47))),
    DemoApplication(
        "Juniper Labs",
        "Analytics Engineer",
        R,
        4,
        "Cambridge (hybrid)",
        ((A, 26), (S, 22), (I, 16), (X, 9)),
        reason="They hired someone more senior.",
        contacts=(("Aisha Bello", ContactRole.HIRING_MANAGER),),
    ),
    DemoApplication("Kite Payments", "Fraud Analyst", J, 3, "London (hybrid)", ((A, 4),)),
    DemoApplication("Loom Textiles", "Data Analyst", B, 2, "Halifax", ((A, 58), (G, 36))),
    DemoApplication(
        "Meridian University", "Institutional Research Analyst", D, 3, "Leeds", ((A, 3),)
    ),
)

# (company, role, channel, years ago started, years ago ended or None)
PAST_JOBS: tuple[tuple[str, str, Channel, int, int], ...] = (
    ("Corvid Retail", "Junior Data Analyst", B, 8, 6),
    ("Halcyon Media", "Data Analyst", R, 6, 0),
)

# --- the rest of the story: what a person ten weeks in has written, felt and planned ------
# Each item is dated in days before today (or after, for what lies ahead). The words are
# the demo person's own, written for NextYes.

PROFILE_NAME = "Sam Rivers"
PROFILE_HEADLINE = "Data analyst: SQL, Python and dashboards people actually use"
PROFILE_SKILLS = (
    "SQL, Python, pandas, Tableau, Excel, statistics, A/B testing, stakeholder management,"
    " presentation skills"
)


@dataclass(frozen=True)
class DemoReflection:
    company: str  # the application whose latest "no" it looks back on
    days_ago: int
    answers: ReflectionAnswers


REFLECTIONS: tuple[DemoReflection, ...] = (
    DemoReflection(
        "Yarrow Foods",
        34,
        ReflectionAnswers(
            preparation="A quick look at their website the night before. Not enough.",
            caught_out=("What do you already know about how our supply chain works?",),
            fit_score=2,
            fit_why="I have never worked in logistics, and it showed: the whole sector was new"
            " to me.",
            to_learn=("Supply chain basics",),
            learned_self="The people side of data matters more to me than the logistics.",
            keep_doing="Asking what a good first three months would look like.",
            tags=("domain-knowledge", "preparation"),
        ),
    ),
    DemoReflection(
        "Fernwood Bank",
        27,
        ReflectionAnswers(
            preparation="Read their annual report and rebuilt one of their public dashboards"
            " over a weekend. Solid on SQL, thin on how I would structure dbt models.",
            caught_out=(
                "How would you test a dbt model before it reaches production?",
                "Walk us through a data model you designed from scratch.",
            ),
            fit_score=3,
            fit_why="The role leaned further into engineering than my experience; the analysis"
            " side fitted well.",
            impressed="The story of cutting the weekly sales report from a day to an hour.",
            feedback="Jonas said the team liked me but wanted someone who had run dbt in"
            " production.",
            to_learn=("dbt", "Data modelling (Kimball)"),
            learned_self="I enjoy building the pipeline more than I expected.",
            learned_company="Small team, long backlog: they need someone who can start fast.",
            keep_doing="Rebuilding one of their dashboards before the interview: it gave me"
            " real examples to talk about.",
            tags=("dbt", "technical-depth"),
        ),
    ),
    DemoReflection(
        "Zephyr Air",
        12,
        ReflectionAnswers(
            preparation="Two evenings on the take-home, and a practice run of the presentation"
            " with Dev.",
            caught_out=(
                "How would you explain a price change to someone who distrusts the data?",
                "Which figure would you watch first after a fare change, and why?",
            ),
            fit_score=4,
            fit_why="The analysis was right up my street; airline domain knowledge was the gap.",
            impressed="The take-home, and bringing real examples from my churn dashboard.",
            feedback="Loved the take-home; suggested reading up on fare classes.",
            to_learn=("Pricing and revenue management basics", "dbt"),
            learned_industry="Airline pricing runs on fare classes and years of history; it"
            " rewards people who have lived in it.",
            keep_doing="Practising the presentation out loud with someone first.",
            tags=("domain-knowledge", "presenting", "take-home"),
        ),
    ),
)
SKILL_LEARNING = "dbt"  # the skill the person has started on

# (question, days ago, how it felt 1-5, a note)
PRACTICE: tuple[tuple[str, int, int, str], ...] = (
    (
        "How would you test a dbt model before it reaches production?",
        20,
        3,
        "Talked through tests on keys and not-null columns; forgot freshness checks.",
    ),
    (
        "Walk us through a data model you designed from scratch.",
        10,
        2,
        "Rambled. Start with the business question next time.",
    ),
    (
        "Walk us through a data model you designed from scratch.",
        4,
        3,
        "Better: drew it on paper first and kept to three tables.",
    ),
)

# (days ago, hour, mood 1-5, note): a few times a week, low after each "no", lifting after.
CHECKINS: tuple[tuple[int, int, int, str], ...] = (
    (33, 18, 3, "Slow week. Two applications out."),
    (29, 19, 2, "Fernwood said no. I expected it, and it still stings."),
    (28, 9, 4, "Lumen Health want to interview me! Dev's referral worked."),
    (24, 20, 3, "Rewrote the summary on my CV. It reads sharper now."),
    (19, 17, 4, "First interview at Lumen went well. Tired but happy."),
    (15, 21, 2, "Zephyr Air said no after the final round. Long walk this evening."),
    (12, 12, 4, "Through to the final round at Lumen Health."),
    (8, 10, 3, "Practised the data-model question again. A little better."),
    (5, 18, 4, "Final round at Lumen today. I think the case study landed."),
    (2, 20, 2, "Lumen said no. They chose someone internal. Gutted."),
    (1, 19, 3, "Canal walk and pizza with Jo. A bit lighter today."),
)

# (days ago, the five WHO-5 answers, 0-5 each)
WHO5: tuple[tuple[int, tuple[int, int, int, int, int]], ...] = (
    (35, (4, 3, 4, 3, 3)),
    (1, (3, 2, 3, 3, 3)),
)

# (days ago, text): private expressive writing; the prompts are NextYes's own, in turn.
WRITING: tuple[tuple[int, str], ...] = (
    (
        14,
        "Zephyr Air said no yesterday. I keep replaying the presentation, looking for the"
        " moment it went wrong, and I am not sure there was one. Someone else had years of"
        " airline pricing behind them. That is not a verdict on me. Writing it down makes it"
        " smaller. Tomorrow: one application, one walk.",
    ),
    (
        1,
        "The Lumen no hurts more than the others because I let myself picture it: the"
        " commute, the team, the work. They gave the job to someone already inside. My"
        " feedback was good, better than I expected. I want to remember that next week, when"
        " I am reading job adverts again.",
    ),
)

IF_THENS: tuple[tuple[str, str], ...] = (
    (
        "I hear no from a job I really wanted",
        "I will take the evening off, tell Jo, and open the search again the day after",
    ),
    (
        "it is nine o'clock on a weekday morning",
        "I will send one application before I open my email",
    ),
    (
        "I catch myself scrolling job boards after ten at night",
        "I will close the laptop and write down the one role worth a look tomorrow",
    ),
)

WEEK_TARGET = 3  # applications this week: a gentle week after the Lumen news
WEEK_CHANNEL = R
WEEK_SCHEDULE = "Tuesday and Thursday mornings at the library, from Wednesday on"
WEEK_ROLES = ("Analytics Lead at Umbra Studio", "Data Coordinator at Gable Architecture")


@dataclass(frozen=True)
class DemoInterview:
    company: str
    weekdays_ahead: int  # working days from today
    hour: int  # local time
    minutes: int
    title: str
    location: str
    notes: str


INTERVIEWS: tuple[DemoInterview, ...] = (
    DemoInterview(
        "Kestrel Games",
        3,
        10,
        60,
        "Second interview: product case",
        "Video call (the link is in Carlos's email)",
        "A product case: how would we know a new level keeps players coming back? Ask about"
        " the experiment backlog, and who owns the dashboards today.",
    ),
)


@dataclass(frozen=True)
class DemoDraft:
    company: str
    kind: DraftKind
    contact: str
    tone: Tone
    days_ago: int
    sent: bool


DRAFTS: tuple[DemoDraft, ...] = (
    DemoDraft("Fernwood Bank", DraftKind.FEEDBACK_REQUEST, "Jonas Weber", Tone.WARM, 29, True),
    DemoDraft("Lumen Health", DraftKind.THANK_YOU, "Priya Natarajan", Tone.WARM, 1, False),
)


@dataclass(frozen=True)
class DemoMail:
    """A message an import was not sure of, waiting in the review queue."""

    key: str  # its Message-ID
    sender: str
    sender_name: str
    subject: str
    days_ago: int
    excerpt: str
    label: Label  # the import's guess
    confidence: float
    company: str  # the company it names; linked when the search has it
    role: str | None = None


REVIEW_MESSAGES: tuple[DemoMail, ...] = (
    DemoMail(
        "<update-4471@mail.orchardandco.example>",
        "careers@orchardandco.example",
        "Hannah at Orchard & Co",
        "Your application: Insights Analyst",
        1,
        "Hello Sam, thank you for your time on the phone last week. We have had a great many"
        " strong applications for this role and are now talking about next steps with the"
        " hiring team. We will let you know either way by the end of next week. Best wishes,"
        " Hannah",
        Label.REJECTION,
        0.54,
        "Orchard & Co",
        "Insights Analyst",
    ),
    DemoMail(
        "<chat-2026@beaconcharity.example>",
        "nadia.hussain@beaconcharity.example",
        "Nadia Hussain",
        "Another conversation?",
        0,
        "Hi Sam, thanks again for Friday's chat. We would love to carry on the conversation"
        " with you and our head of impact. Are you free for an hour one afternoon next week?"
        " Warmly, Nadia",
        Label.INTERVIEW,
        0.61,
        "Beacon Charity",
        "Impact Analyst",
    ),
    DemoMail(
        "<received-88213@tidewater.example>",
        "no-reply@tidewater.example",
        "Tidewater Water careers",
        "We have received your application",
        3,
        "Thank you for applying for Reporting Analyst at Tidewater Water. Our team reads"
        " every application, and we will be in touch within three weeks.",
        Label.APPLICATION_RECEIVED,
        0.66,
        "Tidewater Water",
        "Reporting Analyst",
    ),
    DemoMail(
        "<digest-3312@alerts.jobsnearyou.example>",
        "alerts@jobsnearyou.example",
        "Jobs Near You",
        "12 new data jobs near Leeds",
        2,
        "Twelve new roles match your saved search: Data Analyst, BI Developer, Reporting"
        " Analyst and more. See them all before they close.",
        Label.OTHER,
        0.41,
        "",
    ),
)
