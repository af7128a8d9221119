"""A believable search to explore NextYes with: a data analyst about ten weeks in, two days
after a "no" from the job they wanted most. Days are counted back from today."""

from dataclasses import dataclass, field

from nextyes.domain.applications import Channel
from nextyes.domain.contacts import ContactRole
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


A, S, I, F, X, G = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.REJECTED,
    Stage.GHOSTED,
)

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
