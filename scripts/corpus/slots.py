"""Invented names, roles, senders and sign-offs that fill the corpus templates.

Every company here is made up; any likeness to a real firm is an accident."""

import random
import re

COMPANIES = [
    "Acme Robotics",
    "Lumen Health",
    "Brightwater Analytics",
    "Northwind Logistics",
    "Kestrel Games",
    "Oakridge Insurance",
    "Pinecone Labs",
    "Tidal Energy",
    "Quillfeather",
    "Harbor & Finch",
    "Meridian Bank",
    "Sablewood Studios",
    "Copperleaf Software",
    "Vantage Mobility",
    "Blue Heron Foods",
    "Fernhill Pharma",
    "Granite Peak Systems",
    "Orbital Freight",
    "Wren Education",
    "Saltmarsh Media",
    "Ironbark Security",
    "Cloudberry",
    "Nimbus Payments",
    "Redwood Civic",
    "Silverline Telecom",
    "Mosaic Retail",
    "Juniper Grid",
    "Arrowroot Bio",
    "Clearbrook Water",
    "Hollowtree Books",
    "Lattice AI",
    "Pebble Finance",
    "Starling Travel",
    "Thistle Design",
    "Umber Architecture",
    "Velvet Audio",
    "Willowmere Care",
    "Yarrow Farms",
    "Zephyr Aerospace",
    "Basalt Cloud",
    "Cinder Labs",
    "Driftwood Hotels",
    "Emberline",
    "Foxglove Insights",
    "Gull Maritime",
    "Hazel Legal",
    "Inkwell Publishing",
    "Jetstream Data",
    "Kiln Ceramics",
    "Loomwork",
    "Marrow Health",
    "Nettle & Co",
    "Otterbox Learning",
    "Parsnip Kitchen",
    "Quarry Mining",
    "Rookery Partners",
    "Skylark Drones",
    "Tamarind Hospitality",
    "Upland Outdoors",
    "Verdant Homes",
    "Wayfarer Maps",
    "Xylo Music",
    "Yellowfin Seafood",
    "Zinnia Beauty",
    "Halcyon Robotics",
    "Brambleway",
    "Cobalt Ledger",
    "Dunmore Engineering",
    "Evergreen Transit",
    "Fjordline Shipping",
    "Glasshouse Ventures",
    "Heliotrope Solar",
]

AGENCIES = [
    "TalentBridge",
    "Northstar Search",
    "Keystone Recruitment",
    "Peak People",
    "Harbourside Talent",
    "Crestview Partners",
    "Signal Hire",
    "BlueOak Resourcing",
]

ROLES = [
    "Senior Data Analyst",
    "Backend Engineer",
    "Product Designer",
    "Marketing Manager",
    "Customer Success Lead",
    "Frontend Developer",
    "Data Scientist",
    "DevOps Engineer",
    "Project Coordinator",
    "Financial Analyst",
    "UX Researcher",
    "Content Strategist",
    "Sales Development Representative",
    "Operations Manager",
    "HR Business Partner",
    "Machine Learning Engineer",
    "QA Engineer",
    "Technical Writer",
    "Account Executive",
    "Supply Chain Analyst",
    "Software Engineer II",
    "Staff Platform Engineer",
    "Junior Accountant",
    "Communications Officer",
    "Program Manager",
    "Mobile Developer (iOS)",
    "Business Intelligence Developer",
    "Site Reliability Engineer",
    "Office Manager",
    "Graduate Software Engineer",
    "Clinical Data Manager",
    "Brand Designer",
    "Research Assistant",
    "Engineering Manager",
    "Legal Counsel",
    "Procurement Specialist",
    "Full Stack Developer",
    "Security Analyst",
    "Partnerships Manager",
    "Data Engineer",
]

FIRST = [
    "Anna",
    "Ben",
    "Chloe",
    "Daniel",
    "Elif",
    "Farah",
    "Gabriel",
    "Hana",
    "Ivan",
    "Julia",
    "Kwame",
    "Laura",
    "Mateo",
    "Nadia",
    "Oliver",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tomoko",
    "Uma",
    "Victor",
    "Wiebke",
    "Xavier",
    "Yusuf",
    "Zoe",
    "Aisha",
    "Bjorn",
    "Carmen",
    "Dmitri",
    "Emma",
    "Felix",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Keiko",
    "Lucas",
    "Maya",
    "Niamh",
    "Omar",
    "Paula",
    "Rahul",
    "Sofia",
    "Theo",
    "Valentina",
    "Wei",
    "Yara",
    "Leon",
    "Mia",
]

LAST = [
    "Schmidt",
    "Okafor",
    "Nguyen",
    "Garcia",
    "Kowalski",
    "Haddad",
    "Larsen",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Rossi",
    "Patel",
    "Fischer",
    "Andersson",
    "Mensah",
    "Silva",
    "O'Connor",
    "Novak",
    "Yilmaz",
    "Dubois",
    "Kim",
    "Hughes",
    "Bauer",
    "Costa",
    "Ivanova",
    "Murphy",
    "Lindqvist",
    "Adeyemi",
    "Chen",
    "Walsh",
    "Romero",
    "Sato",
    "Berg",
    "Khan",
]

RECRUITER_TITLES = [
    "Talent Acquisition Partner",
    "Senior Recruiter",
    "Technical Recruiter",
    "People Partner",
    "Recruitment Coordinator",
    "Head of Talent",
    "Talent Sourcer",
    "Recruiting Lead",
    "Hiring Manager",
    "Engineering Manager",
    "Director of Product",
    "Co-founder & CTO",
]

CITIES = [
    "Berlin",
    "London",
    "Amsterdam",
    "Lisbon",
    "Dublin",
    "Toronto",
    "Austin",
    "Melbourne",
    "Barcelona",
    "Stockholm",
    "Munich",
    "Manchester",
    "Remote",
    "Zurich",
    "Warsaw",
    "Denver",
]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DATES = [
    "3 March",
    "11 March",
    "April 2",
    "April 16",
    "22 May",
    "June 5",
    "14 June",
    "July 8",
    "9 September",
    "September 23",
    "October 1",
    "17 October",
    "November 6",
    "2 December",
]
TIMES = ["9:00", "9:30", "10:00", "11:15", "13:00", "14:30", "15:00", "16:45", "10am", "2pm"]
ZONES = ["CET", "GMT", "BST", "EST", "PT", "CEST", "UTC"]


def slug(company: str) -> str:
    return re.sub(r"[^a-z0-9]", "", company.lower().replace("&", "and"))


def ats_sender(rng: random.Random, company: str, kind: str | None = None) -> str:
    s = slug(company)
    team = rng.choice(["Talent", "Recruiting", "Careers", "Hiring Team", "Talent Acquisition"])
    styles = {
        "greenhouse": [
            f"{company} {team} <no-reply@{s}.greenhouse.io>",
            f"{company} <no-reply@us.greenhouse-mail.io>",
        ],
        "lever": [f"{company} <no-reply@hire.lever.co>", f"{company} {team} <{s}@hire.lever.co>"],
        "workday": [f"{company} <{s}@myworkday.com>", f"{company} Careers <{s}@myworkdayjobs.com>"],
        "smartrecruiters": [
            f"{company} <noreply@smartrecruiters.com>",
            f"{company} {team} <{s}@smartrecruiters.com>",
        ],
        "ashby": [f"{company} <no-reply@ashbyhq.com>", f"{company} {team} <{s}@ashbyhq.com>"],
        "icims": [f"{company} Careers <{s}@talent.icims.com>", f"{company} <noreply@icims.com>"],
        "teamtailor": [
            f"{company} <no-reply@{s}.teamtailor-mail.com>",
            f"{company} <mail@teamtailor.com>",
        ],
        "personio": [
            f"{company} <{s}@jobs.personio.de>",
            f"{company} Recruiting <noreply@personio.de>",
        ],
        "workable": [
            f"{company} <noreply@candidates.workablemail.com>",
            f"{company} <{s}@workable.com>",
        ],
        "bamboohr": [f"{company} <{s}@bamboohr.com>", f"{company} Hiring <noreply@bamboohr.com>"],
        "company": [
            f"{company} Careers <careers@{s}.com>",
            f"{company} {team} <talent@{s}.com>",
            f"{company} <jobs@{s}.io>",
            f"{company} Recruiting <recruiting@{s}.co.uk>",
            f"no-reply@{s}.com",
        ],
    }
    key = kind or rng.choice(sorted(styles))
    return rng.choice(styles[key])


def person_sender(rng: random.Random, company: str, first: str, last: str) -> str:
    s = slug(company)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", first, f"{first}{last[0]}"])
    local = re.sub(r"[^a-z.]", "", local.lower())
    tld = rng.choice(["com", "io", "co", "de", "co.uk", "com"])
    return f"{first} {last} <{local}@{s}.{tld}>"


def greeting(rng: random.Random, name: str, hiring: bool = True) -> str:
    """A salutation; "Dear Candidate" only from employers."""
    casual = [f"Hi {name},", f"Hey {name},", f"Hi {name}!", f"{name},", f"Hello {name},"]
    polite = [f"Dear {name},", f"Hello {name},", f"Dear {name}", "Hi there,"]
    if hiring:
        polite.append("Dear Candidate,")
    return rng.choice(casual + polite)


def team_signoff(rng: random.Random, company: str) -> str:
    close = rng.choice(
        [
            "Best regards,",
            "Kind regards,",
            "Warm regards,",
            "Thank you,",
            "Best,",
            "Sincerely,",
            "All the best,",
            "Cheers,",
        ]
    )
    team = rng.choice(
        [
            f"The {company} Talent Team",
            f"{company} Recruiting",
            f"The Hiring Team at {company}",
            f"{company} People Team",
            f"Talent Acquisition | {company}",
            f"The {company} team",
        ]
    )
    footer = rng.choice(
        [
            "",
            "\n\nPlease do not reply to this email; this mailbox is not monitored.",
            f"\n\n{company} is an equal opportunity employer.",
            "\n\nThis message was sent from an automated system.",
            "\n\nYou are receiving this email because you applied for a position with us.",
        ]
    )
    return f"{close}\n{team}{footer}"


def person_signoff(rng: random.Random, first: str, last: str, title: str, company: str) -> str:
    close = rng.choice(
        [
            "Best,",
            "Thanks,",
            "Kind regards,",
            "Cheers,",
            "Many thanks,",
            "Talk soon,",
            "Best wishes,",
            "Regards,",
            "--",
        ]
    )
    lines = rng.choice(
        [
            f"{first}",
            f"{first} {last}\n{title} | {company}",
            f"{first} {last}\n{title}\n{company}",
            f"{first} {last}\n{title}, {company}\n+44 20 7946 {rng.randint(1000, 9999)}",
            f"{first}\n\n{first} {last} | {title}\n{company} | {rng.choice(CITIES)}",
            f"{first} {last} (she/her)\n{title} @ {company}",
            f"{first} {last} (he/him)\n{title}",
        ]
    )
    mobile = rng.choice(
        ["", "", "", "\n\nSent from my iPhone", "\n\nSent from my phone, please excuse typos"]
    )
    return f"{close}\n{lines}{mobile}"


def quoted_reply(rng: random.Random, me: str, company: str, role: str) -> str:
    """The person's own earlier note, quoted below a reply."""
    mine = rng.choice(
        [
            f"Thanks so much for getting back to me. I'm still very interested in the {role} role.",
            "Just checking in on my application - is there an update on timing?",
            f"Thank you for the conversation today, I enjoyed learning more about {company}.",
            "Please find my updated CV attached. Happy to answer any questions.",
            "Thanks for reaching out! Happy to chat, what times work for you?",
        ]
    )
    weekday = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
    when = f"{weekday}, {rng.choice(DATES)} at {rng.choice(TIMES)}"
    header = rng.choice(
        [
            f"On {when}, {me} <{me.split()[0].lower()}.{me.split()[1].lower()}@gmail.com> wrote:",
            f"-----Original Message-----\nFrom: {me}\nSent: {when}\nSubject: Re: {role}",
        ]
    )
    quoted = "\n".join(f"> {line}" for line in ["Hi,", "", mine, "", me.split()[0]])
    return f"\n\n{header}\n{quoted}"


# The world's noise: each treatment touches about one message in ten, of every family. None
# of them says anything about the application, so none can change a message's label.
MOBILE_RATE = LEGAL_RATE = HTML_RATE = FORWARD_RATE = 0.1
# Forwards in the three common header styles; classify/text.py reads past the header of a
# forward (its subject says "Fwd:") when the note above it is short.
FORWARD_STYLES = ("apple", "gmail", "outlook")
AUTOMATED = re.compile(
    r"(no-?reply|news|alert|notif|info|hello|team|billing|offers|deals|mail|update|tickets"
    r"|results|jobs|careers|talent|recruit|admissions|apply)[^<>@]*@",
    re.I,
)


def mobile_footer(rng: random.Random) -> str:
    return rng.choice(
        [
            "Sent from my iPhone",
            "Get Outlook for Android",
            "Get Outlook for iOS",
            "Sent from my Galaxy",
            "Sent from Yahoo Mail for iPhone",
            "Sent from my mobile - please excuse brevity and typos",
            "Sent from Proton Mail mobile",
        ]
    )


def legal_footer(rng: random.Random, org: str, hiring: bool) -> str:
    """Small print: equal-opportunity and candidate-privacy lines only on hiring mail."""
    s = slug(org)
    common = [
        f"CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended "
        f"solely for the addressee. If you have received it in error, please notify the sender "
        f"and delete it. Any unauthorised use, disclosure or copying is strictly prohibited. "
        f"{org} accepts no liability for viruses transmitted by this e-mail.",
        f"{org} Ltd. Registered office: {rng.randint(2, 90)} King Street, {rng.choice(CITIES)}. "
        f"Registered in England and Wales, No. {rng.randint(1000000, 9999999)}. VAT No. "
        f"GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}.",
        "Please consider the environment before printing this e-mail.",
        "This message (including any attachments) may contain privileged information. If you "
        "are not the intended recipient, please let us know and delete it from your system.",
        f"{org} GmbH | Sitz der Gesellschaft: {rng.choice(['Berlin', 'München', 'Hamburg'])} | "
        f"Amtsgericht HRB {rng.randint(10000, 99999)} | Geschäftsführung: "
        f"{rng.choice(FIRST)} {rng.choice(LAST)}",
    ]
    hiring_only = [
        f"{org} is an equal opportunity employer. We celebrate diversity and do not discriminate "
        "on the basis of race, religion, colour, national origin, sex, sexual orientation, "
        "gender identity, age, veteran status or disability.",
        f"Your personal data is processed in line with our privacy notice "
        f"(https://{s}.com/privacy). Under the GDPR you may ask to see, correct or erase the "
        "data we hold about you at any time.",
        "We are committed to an inclusive process. If you need any adjustments, please let us "
        "know.",
    ]
    return rng.choice(common + hiring_only if hiring else common)


def html_leftovers(rng: random.Random, org: str) -> tuple[str, str]:
    """What an HTML mail leaves behind once flattened to text: a line on top, links below."""
    s = slug(org)
    top = rng.choice(
        [
            "View this email in your browser",
            f"[image: {org}]",
            "[image: Logo]",
            "Having trouble viewing this email? View it online.",
            f"View in browser\n[image: {org} logo]",
        ]
    )
    bottom = rng.choice(
        [
            "Unsubscribe | Privacy",
            f"[image: LinkedIn] [image: Instagram] [image: X]\n\n© {org}\n"
            "Privacy Policy | Terms | Unsubscribe",
            f"https://www.{s}.com\nhttps://www.linkedin.com/company/{s}\nhttps://twitter.com/{s}",
            f"Website <https://www.{s}.com> | Blog <https://blog.{s}.com> | "
            f"Privacy <https://www.{s}.com/privacy>",
            f"{org}, {rng.randint(1, 99)} Market Street, {rng.choice(CITIES)}\n"
            "Manage email preferences | Unsubscribe",
        ]
    )
    return top, bottom


def sender_org(sender: str) -> str:
    """The organisation behind a literal sender, read from its address: "Eventbrite" from
    noreply@eventbrite.example; "" for personal mailboxes."""
    domain = sender.rpartition("@")[2].strip(" >").lower()
    name = domain.split(".")[0]
    if not name or name in ("gmail", "outlook", "icloud", "gmx", "yahoo", "hotmail"):
        return ""
    return name.replace("-", " ").title()


def dress(
    rng: random.Random, body: str, kind: str, sender: str, hiring: bool, values: dict[str, str]
) -> str:
    """A mobile footer, small print or HTML leftovers, each at random; often none at all."""
    person = kind in ("person", "agency", "linkedin")
    employer = kind.startswith(("ats", "company"))
    automated = employer or (not person and bool(AUTOMATED.search(sender)))
    org = values["agency"] if kind == "agency" else values["company"]
    if not person and not employer:
        org = sender_org(sender) or org
    parts = [body.rstrip()]
    changed = False
    if person and rng.random() < MOBILE_RATE and "Sent from" not in body:
        parts.append(mobile_footer(rng))
        changed = True
    if rng.random() < LEGAL_RATE:
        parts.append(legal_footer(rng, org, hiring))
        changed = True
    if automated and rng.random() < HTML_RATE:
        top, bottom = html_leftovers(rng, org)
        parts = [top, *parts, bottom]
        changed = True
    return "\n\n".join(parts) if changed else body


def forwarded(
    rng: random.Random, subject: str, body: str, sender: str, me: str
) -> tuple[str, str, str]:
    """The whole message forwarded from the person's other address, with a short neutral
    note on top; what was forwarded still decides the label."""
    first, _, last = me.partition(" ")
    local = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower())
    address = f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com', 'gmx.de'])}"
    weekday = rng.choice(DAYS)
    when_date, when_time = rng.choice(DATES), rng.choice(TIMES)
    notes = ["", "", "", "FYI", "Forwarding for my records.", "see below", "Saved.", "fwd"]
    note = rng.choice(notes)
    style = rng.choice(FORWARD_STYLES)
    if style == "gmail":
        header = (
            f"---------- Forwarded message ---------\nFrom: {sender}\n"
            f"Date: {weekday[:3]}, {when_date} at {when_time}\nSubject: {subject}\nTo: <{address}>"
        )
        prefix = "Fwd: "
    elif style == "outlook":
        header = (
            f"________________________________\nFrom: {sender}\nSent: {weekday}, {when_date} "
            f"{when_time}\nTo: {me}\nSubject: {subject}"
        )
        prefix = rng.choice(["FW: ", "Fw: "])
    else:
        header = (
            f"Begin forwarded message:\n\nFrom: {sender}\nSubject: {subject}\n"
            f"Date: {when_date} at {when_time}\nTo: {me} <{address}>"
        )
        prefix = "Fwd: "
    text = f"{note}\n\n{header}\n\n{body}" if note else f"{header}\n\n{body}"
    return prefix + subject, text, f"{me} <{address}>"
