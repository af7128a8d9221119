"""What the rules and the model read: the new part of a message, and who sent it."""

import re
import unicodedata
from dataclasses import dataclass

# Where a reply's quoted history starts: the person's own earlier words, or an older
# message, must not decide what this one says.
# In each language NextYes reads, as its mail programs write it: the attribution line
# ("On ... wrote:", "Am ... schrieb ...:", "Le ... a écrit :", "El ... escribió:",
# "Op ... schreef ...:"), which Gmail wraps when the sender's name is long; the separator
# line ("-----Original Message-----" and its translations); and Outlook's header block
# ("From: ... / Sent: ...", "Von: ... / Gesendet: ...", "De : ... / Envoyé : ...",
# "De: ... / Enviado: ...", "Van: ... / Verzonden: ...").
_WRAPPED = r"[^\n]{0,160}(?:\n[^\n]{0,100})?"
QUOTE_START = re.compile(
    rf"^(on {_WRAPPED}wrote:\s*$|am {_WRAPPED}schrieb{_WRAPPED}:\s*$"
    rf"|le {_WRAPPED}a écrit\s*:\s*$|el {_WRAPPED}escribió\s*:\s*$"
    rf"|op {_WRAPPED}schreef{_WRAPPED}:\s*$"
    r"|-{2,}\s*(?:original message|original nachricht|ursprüngliche nachricht"
    r"|message d'origine|mensaje original|oorspronkelijk bericht)\s*-{2,}"
    r"|-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré"
    r"|mensaje reenviado|doorgestuurd bericht)"
    r"|(?:from|von|de|van)\s?: .+\n(?:sent|date|gesendet|datum|envoyé|date|enviado|fecha"
    r"|verzonden)\s?: )",
    re.I | re.M,
)
# A forward's subject, in the mail programs of the languages NextYes reads.
FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|doorst)\s*:", re.I)
# A reply's subject: the earlier message's, with the mail program's prefix.
REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|sv|vs|ré)\s*(?:\[\d+\])?\s*:", re.I)
FORWARD_NOTE = 300  # a note above a forward longer than this is news of its own
# The header lines a forward carries (From:, Sent:, To:, Subject:, Date:, Cc:, and Gmail's
# Datum: and Fecha:), up to the
# first blank line or ordinary line.
FORWARD_HEADER = re.compile(
    r"\A(?:\s*\n)?(?:[ \t]*(?:from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de"
    r"|envoyé|à|objet|enviado|fecha|para|asunto|van|verzonden|aan|onderwerp)\s*:.*\n?)+",
    re.I,
)
# A forward's "To:" line: whom the forwarded message was sent to.
FORWARD_TO = re.compile(r"^[ \t]*(?:to|an|à|para|aan)[ \t]*:(.*)$", re.I | re.M)
# A note that talks to its reader ("what do you think?", "findest du", "¿qué pensás vos?").
TO_THE_READER = re.compile(
    r"\b(?:you|your|u|du|dir|dich|dein\w*|euch|tu|te|toi|ton|ta|tes|vos|tú|usted|jij|jou"
    r"|jouw|jullie)\b|\b(?:heb|kun|wil|denk|weet|ben|zie|moet|zou|mag|vind|ga|kan) je\b",
    re.I,
)
# A message that speaks to its addressee as the one who applied (or is offered the job).
AS_APPLICANT = re.compile(
    r"\byour (?:application|candidacy|cv|resume|interview)|\byou applied|\boffer you\b"
    r"|\b(?:ihre|deine|ihrer|deiner) bewerbung|\b(?:ihnen|dir)\b.{0,40}\banbieten"
    r"|\b(?:votre|ta) candidature|\bvous proposer le poste|\bte proposer le poste"
    r"|\b(?:tu|su) (?:candidatura|postulación|solicitud|cv|entrevista)|\bofrecer(?:le|te)\b"
    r"|\b(?:je|uw|jouw) (?:sollicitatie|kandidatuur)|\b(?:je|u)\b.{0,40}\baanbieden",
    re.I,
)
# A greeting's own words, around the name it greets ("Dear", "Sehr geehrter Herr", "Hola").
SALUTATION = (
    "dear hi hello hey good morning afternoon evening mr mrs ms miss mx dr hallo liebe lieber"
    " sehr geehrte geehrter herr frau guten tag moin servus bonjour bonsoir salut madame"
    " monsieur cher chère hola estimada estimado querida querido buenos buenas días tardes sr"
    " sra srta señor señora beste geachte mevrouw meneer heer hoi dag goedemorgen"
    " candidate applicant bewerber bewerberin candidat candidate candidato candidata"
    " postulante kandidaat sollicitant"
)
MAX_CHARS = 2500  # signatures, footers and legal text add nothing past this
# Cheap signs that a body may hold quoted history; the pattern above runs only then.
QUOTE_MARKERS = (
    "wrote:", "schrieb", "écrit", "escribió", "schreef", "-----",
    "From:", "from:", "FROM:", "Von:", "De :", "De:", "Van:",
)  # fmt: skip
SENDER_ADDRESS = re.compile(r"<([^<>]+)>\s*$")


@dataclass(frozen=True)
class Prepared:
    subject: str
    fresh: str  # subject and body without quoted history, lower case, whitespace squeezed
    # What a decision phrase is looked for in: `fresh`, but a reply's subject left out. "AW:
    # Absage" or "Re: Your offer" names the message being answered, not this one's news.
    news: str
    # A forward read past its header: someone's news passed on (the person's own, from
    # another account, or a friend's, sent for advice).
    forwarded: bool
    address: str  # the sender's address, lower case
    domain: str  # its domain, lower case ("" when there is none)
    display: str  # the sender's display name, lower case
    # A forward of the sender's own news: mail sent to them about their own application,
    # passed on with a note to the reader (a friend asking for advice). See `passed_on`.
    passed_on: bool = False


def fresh_body(body: str, forwarded: bool = False) -> str:
    """The body without quoted history: cut at the first reply header, drop '>' lines.

    A forward (`forwarded`: its subject says "Fwd:") with at most a short note on top is
    read past its header instead: what was forwarded is the news ("FYI" is not)."""
    if any(map(body.__contains__, QUOTE_MARKERS)):
        cut = QUOTE_START.search(body)
        if cut and forwarded and len(body[: cut.start()].strip()) <= FORWARD_NOTE:
            # The rest of the marker's line, then the header lines under it.
            rest = body[cut.end() :].partition("\n")[2]
            rest = FORWARD_HEADER.sub("", rest, count=1)
            return fresh_body(f"{body[: cut.start()]}\n{rest}")
        if cut:
            body = body[: cut.start()]
    if ">" in body:
        body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(">"))
    return body[:MAX_CHARS]


def passed_on(body: str, address: str, display: str) -> bool:
    """Is this forward the sender's own news? The forwarded message was sent to the sender
    (its "To:" line or its greeting names them), it speaks to its addressee as the one who
    applied, and the note on top talks to the reader. The person's own mail forwarded from
    another account has no such note; an agency passing on a client's decision forwards
    mail about the candidate, not to them; mail that came to the family's address greets
    the person, not the sender."""
    cut = QUOTE_START.search(body)
    if cut is None or not TO_THE_READER.search(body[: cut.start()]):
        return False
    rest = body[cut.end() :].partition("\n")[2]
    header = FORWARD_HEADER.match(rest)
    inner = rest[header.end() if header else 0 :][:MAX_CHARS]
    if not AS_APPLICANT.search(rest[:MAX_CHARS]):
        return False
    names = _names(f"{display} {address.partition('@')[0]}")
    greeted = _greeted(inner)
    # "Florencia" greets "Flor", "Miriam" greets "Miri".
    if any(not any(g.startswith(n) or n.startswith(g) for n in names) for g in greeted):
        return False
    addressee = FORWARD_TO.search(header.group(0)) if header else None
    to = addressee.group(1).lower() if addressee else ""
    return bool(greeted) or bool(address and address in to) or bool(display and display in to)


def _names(text: str) -> set[str]:
    """The words of a name, lower case, without accents ("Róisín" and "roisin" alike)."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return set(re.findall(r"[a-z]{2,}", "".join(c for c in plain if not unicodedata.combining(c))))


def _greeted(inner: str) -> set[str]:
    """The name a message's greeting line greets ("Dear Tasha," -> {"tasha"}), if it opens
    with one."""
    first = next((line.strip() for line in inner.splitlines() if line.strip()), "")
    if len(first) > 60 or not first.endswith((",", "!", ":")):
        return set()
    return _names(first) - _SALUTATION


_SALUTATION = _names(SALUTATION)


def sender_parts(sender: str) -> tuple[str, str, str]:
    sender = sender.strip()
    found = SENDER_ADDRESS.search(sender)
    if found:
        address = found.group(1).strip().lower()
        display = sender[: found.start()].strip().strip('"').lower()
    else:
        address, display = sender.lower(), ""
    domain = address.rpartition("@")[2] if "@" in address else ""
    return address, domain, display


def prepare(subject: str, body: str, sender: str) -> Prepared:
    address, domain, display = sender_parts(sender)
    forwarded = FORWARD_SUBJECT.match(subject) is not None
    new_text = fresh_body(body[: MAX_CHARS * 4], forwarded)
    fresh = " ".join(f"{subject}\n{new_text}".lower().split())
    news = " ".join(new_text.lower().split()) if REPLY_SUBJECT.match(subject) else fresh
    own = forwarded and passed_on(body[: MAX_CHARS * 4], address, display)
    return Prepared(subject.lower(), fresh, news, forwarded, address, domain, display, own)
