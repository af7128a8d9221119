"""Writes the classifier's labelled corpus: src/nextyes/classify/corpus/<label>.jsonl.

    .venv/bin/python scripts/corpus/generate.py

Each family below (in families_*.py) is one way of writing one kind of message, with its own
wording; `[a|b|c]` picks one of the alternatives, `{slot}` fills in a made-up company, role,
person or date. Every line records its family, so the evaluation can hold out whole
families: a message in the test part never shares a template with one the model learned
from. The output is deterministic (fixed seed), so re-running it changes nothing."""

import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import slots  # noqa: E402

OUT = HERE.parent.parent / "src" / "nextyes" / "classify" / "corpus"
LETTERS = HERE / "letters"
CHOICE = re.compile(r"\[([^\[\]]*)\]")
KINDS = ("ats", "company", "person", "agency", "linkedin")


@dataclass(frozen=True)
class Family:
    """One way of writing one kind of message."""

    id: str
    label: str
    sender: str  # ats, ats:<system>, company, person, agency, linkedin, a choice of these
    # ("[ats|company]"), or a literal template
    subjects: list[str]
    bodies: list[str]
    n: int = 5
    quote: bool = False  # may carry the person's own earlier note, quoted
    extra: dict[str, list[str]] = field(default_factory=dict)  # family-specific slots


def pick(rng: random.Random, text: str) -> str:
    while True:
        found = CHOICE.search(text)
        if not found:
            return text
        options = found.group(1).split("|")
        text = text[: found.start()] + rng.choice(options) + text[found.end() :]


def sender_kind(rng: random.Random, sender: str) -> str:
    """A family may name several kinds of sender, "[ats|company]": one is picked per message.
    Lists of literal senders only are left whole (and picked later, as before)."""
    found = CHOICE.fullmatch(sender)
    if found:
        options = found.group(1).split("|")
        if any(option.partition(":")[0] in KINDS for option in options):
            return rng.choice(options)
    return sender


def render(rng: random.Random, family: Family) -> dict[str, str]:
    company = rng.choice(slots.COMPANIES)
    agency = rng.choice(slots.AGENCIES)
    rfirst, rlast = rng.choice(slots.FIRST), rng.choice(slots.LAST)
    me_first, me_last = rng.choice(slots.FIRST), rng.choice(slots.LAST)
    rtitle = rng.choice(slots.RECRUITER_TITLES)
    role = rng.choice(slots.ROLES)
    kind = sender_kind(rng, family.sender)
    if kind.startswith("ats"):
        sender = slots.ats_sender(rng, company, kind.partition(":")[2] or None)
        bye = slots.team_signoff(rng, company)
    elif kind == "company":
        sender = slots.ats_sender(rng, company, "company")
        bye = slots.team_signoff(rng, company)
    elif kind == "person":
        sender = slots.person_sender(rng, company, rfirst, rlast)
        bye = slots.person_signoff(rng, rfirst, rlast, rtitle, company)
    elif kind == "agency":
        sender = slots.person_sender(rng, agency, rfirst, rlast)
        bye = slots.person_signoff(rng, rfirst, rlast, "Recruitment Consultant", agency)
    elif kind == "linkedin":
        sender = f"{rfirst} {rlast} via LinkedIn <inmail-hit-reply@linkedin.com>"
        bye = f"{rfirst} {rlast}\n{rtitle} at {company}"
    else:
        sender = kind
        bye = ""
    values = {
        "company": company,
        "slug": slots.slug(company),
        "agency": agency,
        "role": role,
        "name": me_first,
        "me": f"{me_first} {me_last}",
        "rfirst": rfirst,
        "rlast": rlast,
        "rtitle": rtitle,
        "city": rng.choice(slots.CITIES),
        "city2": rng.choice(slots.CITIES),
        "day": rng.choice(slots.DAYS),
        "date": rng.choice(slots.DATES),
        "time": rng.choice(slots.TIMES),
        "zone": rng.choice(slots.ZONES),
        "n": str(rng.randint(2, 9)),
        "big": str(rng.randint(12, 480)),
        "salary": f"{rng.choice('£€$')}{rng.randint(42, 140)},{rng.choice(['000', '500'])}",
        "ref": f"{rng.choice(['REQ', 'JR', 'R', 'JOB-', ''])}{rng.randint(1000, 99999)}",
        "hi": slots.greeting(rng, me_first, hiring=family.label != "other"),
        "bye": bye,
    }
    for key, options in family.extra.items():
        values[key] = rng.choice(options)
    subject = pick(rng, rng.choice(family.subjects)).format_map(values)
    body = pick(rng, rng.choice(family.bodies)).format_map(values)
    sender = pick(rng, sender).format_map(values)
    quoted = ""
    if family.quote and rng.random() < 0.35:
        quoted = slots.quoted_reply(rng, values["me"], company, role)
    # The world's noise (footers, HTML leftovers, forwarding) draws from its own seeded
    # stream, so adding it leaves every family's own wording exactly as it was.
    noise = random.Random(f"{family.id}\n{subject}\n{body}")
    body = slots.dress(noise, body, kind, sender, family.label != "other", values)
    body = re.sub(r"[ \t]+\n", "\n", body + quoted).strip()
    if noise.random() < slots.FORWARD_RATE:
        subject, body, sender = slots.forwarded(noise, subject.strip(), body, sender, values["me"])
    return {
        "subject": subject.strip(),
        "body": body,
        "sender": sender,
        "label": family.label,
        "family": family.id,
    }


def all_families() -> list[Family]:
    import families_languages
    import families_more
    import families_other
    import families_process
    import families_rejection
    import families_round2
    import families_round2_languages
    import families_round3_languages
    import families_round4_de
    import families_round4_en
    import families_round4_es
    import families_round4_fr
    import families_round4_nl
    import families_round5_negatives
    import families_round7
    import families_round8
    import families_round9
    import families_round9b
    import families_round10_nl
    import families_round18_phone
    import families_world

    return [
        *families_rejection.FAMILIES,
        *families_process.FAMILIES,
        *families_other.FAMILIES,
        *families_more.FAMILIES,
        *families_world.FAMILIES,
        *families_languages.FAMILIES,
        *families_round2.FAMILIES,
        *families_round2_languages.FAMILIES,
        *families_round3_languages.FAMILIES,
        *families_round4_en.FAMILIES,
        *families_round4_de.FAMILIES,
        *families_round4_fr.FAMILIES,
        *families_round4_es.FAMILIES,
        *families_round4_nl.FAMILIES,
        *families_round5_negatives.FAMILIES,
        *families_round7.FAMILIES,
        *families_round8.FAMILIES,
        *families_round9.FAMILIES,
        *families_round9b.FAMILIES,
        *families_round10_nl.FAMILIES,
        *families_round18_phone.FAMILIES,
    ]


def letters() -> list[dict[str, str]]:
    """The hand-written letters, as corpus lines, in file and line order."""
    found: list[dict[str, str]] = []
    for path in sorted(LETTERS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            found.append(
                {
                    "subject": row["subject"].strip(),
                    "body": re.sub(r"[ \t]+\n", "\n", row["body"]).strip(),
                    "sender": row["sender"].strip(),
                    "label": row["label"],
                    "family": f"letter_{path.stem}_{number:03d}",
                }
            )
    return found


def main() -> None:
    rng = random.Random(6)
    families = all_families()
    ids = [f.id for f in families]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, duplicates
    by_label: dict[str, list[dict[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    for family in families:
        made, tries = 0, 0
        while made < family.n and tries < family.n * 20:
            tries += 1
            message = render(rng, family)
            key = (message["subject"].lower(), message["body"].lower())
            if key in seen:
                continue
            seen.add(key)
            by_label.setdefault(family.label, []).append(message)
            made += 1
    for message in letters():
        key = (message["subject"].lower(), message["body"].lower())
        if key not in seen:
            seen.add(key)
            by_label.setdefault(message["label"], []).append(message)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.jsonl"):
        old.unlink()
    for label, messages in sorted(by_label.items()):
        with (OUT / f"{label}.jsonl").open("w", encoding="utf-8") as out:
            for message in messages:
                out.write(json.dumps(message, ensure_ascii=False) + "\n")
        print(f"{label:22} {len(messages):4} messages")
    print(f"{'total':22} {sum(len(m) for m in by_label.values()):4} from {len(families)} families"
          " and the letters")  # fmt: skip


if __name__ == "__main__":
    main()
