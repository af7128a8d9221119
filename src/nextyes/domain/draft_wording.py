"""The words of every draft: one entry per kind and tone, written fresh for NextYes.

A body is a list of lines. A line is a sentence with fields such as {company}, or one of the
slots below, filled only when the data is there (and otherwise left out, never shown empty).
`drop` orders the sentences a LinkedIn note may lose when it runs long: the highest goes
first; 0 never goes.
"""

from dataclasses import dataclass
from enum import StrEnum


class DraftKind(StrEnum):
    THANK_YOU = "thank_you"
    FEEDBACK_REQUEST = "feedback_request"
    DOOR_OPEN = "door_open"
    CONNECTION_NOTE = "connection_note"
    FOLLOW_UP = "follow_up"
    RECONNECT = "reconnect"


class Tone(StrEnum):
    WARM = "warm"
    BRIEF = "brief"
    FORMAL = "formal"


REASON = "@reason"  # thanks for explaining the decision, only when asked and explained
NEWS = "@news"  # something new the person did (a skill, a recent job)
HEADLINE = "@headline"  # the person's own one-line headline
BREAK = "@break"  # a new paragraph


@dataclass(frozen=True)
class Line:
    text: str
    drop: int = 0


@dataclass(frozen=True)
class Wording:
    subject: str | None
    lines: tuple[Line, ...]


def _w(subject: str | None, *lines: str | Line) -> Wording:
    return Wording(subject, tuple(x if isinstance(x, Line) else Line(x) for x in lines))


# Greeting with a name, and closing words with and without a name after them.
GREETING = {Tone.WARM: "Hi {first},", Tone.BRIEF: "Hi {first},", Tone.FORMAL: "Dear {name},"}
NO_NAME_GREETING = "Hello,"
CLOSING = {
    Tone.WARM: ("Warm wishes,", "Warm wishes."),
    Tone.BRIEF: ("Thanks,", "Thanks again."),
    Tone.FORMAL: ("Kind regards,", "Kind regards."),
}

# What a thank-you thanks someone for depends on the part they played.
THANKS_FOR = {
    "recruiter": "guiding me through the process",
    "hiring_manager": "the time you spent with me",
    "interviewer": "taking the time to interview me",
    "referrer": "putting my name forward",
}
THANKS_FOR_ANYONE = "your time and consideration"

# They explained their decision: thanked for in general words. A draft never quotes the
# reason back: their words (or the person's own note of them) read oddly returned to their
# author, can sound like an argument, and may hold something not meant to be repeated.
REASON_LINE = {
    Tone.WARM: "I appreciated you explaining the decision; it helps to understand it.",
    Tone.BRIEF: "It helped to hear why.",
    Tone.FORMAL: "I appreciate you taking the time to explain your decision.",
}
NEWS_LINE = {
    "learning": "Since then I have been learning {what}.",
    "done": "Since then I have added {what} to what I can offer.",
    "job": "My most recent role has been {what} at {where}.",
}
HEADLINE_LINE = "A little about me: {headline}."

T, K = Tone, DraftKind

# A thank-you to the person who referred them tells them how it went first.
REFERRER_THANKS: dict[Tone, Wording] = {
    T.WARM: _w(
        "Thank you for the referral to {company}",
        "Thank you again for putting my name forward for the {role} role at {company}.",
        "I wanted to let you know how it went: it didn't work out this time, but I'm glad I "
        "had the chance, and I learned a lot from the process.",
        BREAK,
        "I really appreciate you vouching for me, and I'd be glad to return the favour any time.",
    ),
    T.BRIEF: _w(
        "Thanks for the referral",
        "Thanks again for referring me for the {role} role at {company}.",
        "A quick update: it didn't work out this time. I appreciated the chance, and your help.",
    ),
    T.FORMAL: _w(
        "Thank you for your recommendation to {company}",
        "Thank you for recommending me for the {role} position at {company}.",
        "I wanted to let you know that I was not selected on this occasion.",
        BREAK,
        "I am grateful for your support, and I would be glad to return it whenever I can.",
    ),
}

WORDING: dict[tuple[DraftKind, Tone], Wording] = {
    (K.THANK_YOU, T.WARM): _w(
        "Thank you, from the {role} process",
        "Thank you for {thanks_for} for the {role} role at {company}.",
        "I'm disappointed it didn't work out this time, but I really enjoyed learning about "
        "the team and the work.",
        REASON,
        BREAK,
        "I'd be glad to stay in touch, and I hope our paths cross again.",
    ),
    (K.THANK_YOU, T.BRIEF): _w(
        "Thank you: {role} at {company}",
        "Thanks for {thanks_for} for the {role} role at {company}.",
        REASON,
        "I enjoyed our conversations and would be glad to stay in touch.",
    ),
    (K.THANK_YOU, T.FORMAL): _w(
        "Thank you: the {role} position at {company}",
        "Thank you for {thanks_for} for the {role} position at {company}.",
        "I valued learning about your work and your team.",
        REASON,
        BREAK,
        "I would welcome the chance to be considered for future openings.",
    ),
    (K.FEEDBACK_REQUEST, T.WARM): _w(
        "A small request about the {role} process",
        "Thank you again for considering me for the {role} role at {company}.",
        REASON,
        "If you have a few minutes, I would really value your thoughts on where I could have "
        "been stronger. Even one or two points would help me prepare for the next one.",
        BREAK,
        "I completely understand if that isn't possible.",
    ),
    (K.FEEDBACK_REQUEST, T.BRIEF): _w(
        "Feedback on my {role} application?",
        "Thanks again for considering me for the {role} role at {company}.",
        REASON,
        "If you can share one or two things I could do better, I'd be grateful. No worries if not.",
    ),
    (K.FEEDBACK_REQUEST, T.FORMAL): _w(
        "Request for feedback: {role} at {company}",
        "Thank you for letting me know your decision on the {role} position at {company}.",
        REASON,
        "If your time allows, I would be grateful for any feedback on my application or "
        "interviews, so that I can keep improving.",
        BREAK,
        "I understand entirely if this is not possible.",
    ),
    (K.DOOR_OPEN, T.WARM): _w(
        "Staying in touch after the {role} process",
        "Thank you for letting me know about the {role} role at {company}.",
        REASON,
        "I enjoyed getting to know the team, and I'm still very interested in {company}.",
        BREAK,
        "If another role opens that fits my experience, I'd love to hear about it. Wishing "
        "you and the team all the best.",
    ),
    (K.DOOR_OPEN, T.BRIEF): _w(
        "Future roles at {company}",
        "Thanks for letting me know about the {role} role.",
        REASON,
        "I'm still keen on {company}, so please keep me in mind if something similar opens.",
    ),
    (K.DOOR_OPEN, T.FORMAL): _w(
        "Future opportunities at {company}",
        "Thank you for informing me of your decision on the {role} position.",
        REASON,
        "I remain very interested in {company} and would welcome being considered for future "
        "openings that match my background.",
        BREAK,
        "I wish you and your team continued success.",
    ),
    (K.CONNECTION_NOTE, T.WARM): _w(
        None,
        "Thank you for {thanks_for} for the {role} role at {company}.",
        Line("I really enjoyed our conversations.", drop=2),
        Line(HEADLINE, drop=3),
        Line("I'd love to stay connected.", drop=1),
    ),
    (K.CONNECTION_NOTE, T.BRIEF): _w(
        None,
        "Thanks for {thanks_for} for the {role} role at {company}.",
        Line(HEADLINE, drop=2),
        Line("Let's stay in touch.", drop=1),
    ),
    (K.CONNECTION_NOTE, T.FORMAL): _w(
        None,
        "Thank you for {thanks_for} for the {role} position at {company}.",
        Line(HEADLINE, drop=3),
        Line("I valued our conversations.", drop=2),
        Line("I would be glad to remain connected.", drop=1),
    ),
    (K.FOLLOW_UP, T.WARM): _w(
        "Checking in: my {role} application",
        "I hope you're well. I applied for the {role} role at {company} a little while ago "
        "and wanted to check in on where things stand.",
        BREAK,
        "I'm still very interested, and happy to share anything else that would help. Thank "
        "you for your time.",
    ),
    (K.FOLLOW_UP, T.BRIEF): _w(
        "Following up: {role}",
        "I'm following up on my application for the {role} role at {company}. Is there any "
        "news you can share? I'm still interested.",
    ),
    (K.FOLLOW_UP, T.FORMAL): _w(
        "Follow-up on my application for {role}",
        "I am writing to follow up on my application for the {role} position at {company}.",
        "I remain very interested in the role and would be grateful for any update on the "
        "timeline.",
        BREAK,
        "Please let me know if I can provide any further information.",
    ),
    (K.RECONNECT, T.WARM): _w(
        "Catching up, a few months on",
        "It's been a few months since the {role} process at {company}, and I wanted to say hello.",
        NEWS,
        "I hope things are going well for you and the team.",
        BREAK,
        "If anything opens up that might fit, I'd be glad to hear about it.",
    ),
    (K.RECONNECT, T.BRIEF): _w(
        "Hello again",
        "It's been a while since the {role} process at {company}.",
        NEWS,
        "I'm still keen on {company}; if a fitting role opens, I'd love to hear.",
    ),
    (K.RECONNECT, T.FORMAL): _w(
        "Reconnecting after the {role} process",
        "Some months have passed since my application for the {role} position at {company}, "
        "and I wanted to reconnect.",
        NEWS,
        "I remain interested in {company} and would welcome hearing about suitable openings.",
        BREAK,
        "I hope all is well with you and your team.",
    ),
}
