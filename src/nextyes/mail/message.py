"""A message as the rest of NextYes sees it: who, when, what, in clean text. No I/O."""

import hashlib
from dataclasses import dataclass
from datetime import datetime

# A Message-ID longer than this is stored by its hash: the ledger key has a fixed width.
MAX_KEY = 190


@dataclass(frozen=True)
class MailMessage:
    key: str  # "mid:<message-id>" or "sha256:<hex of the raw bytes>": one per message, ever
    message_id: str | None
    sender: str  # the address, lower case ("" when the From header is unreadable)
    sender_name: str  # the display name ("" when there is none)
    subject: str
    sent_at: datetime | None  # timezone-aware; None when the Date header is missing or broken
    body: str  # clean text: no markup, no scripts, bounded in size
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # Whose mailbox it was delivered to (Delivered-To, else X-Original-To), lower case: the
    # person's own address when the mail came in; "" on mail they sent to someone else.
    delivered_to: str = ""
    sent_label: bool = False  # Gmail's export marks it Sent (X-Gmail-Labels)

    @property
    def sender_domain(self) -> str:
        return self.sender.rpartition("@")[2]


def message_key(message_id: str | None, raw: bytes) -> str:
    """The ledger key: the Message-ID when there is one, else a hash of the exact bytes."""
    if message_id:
        key = f"mid:{message_id}"
        if len(key) <= MAX_KEY:
            return key
        return "midsha256:" + hashlib.sha256(message_id.encode("utf-8", "replace")).hexdigest()
    return "sha256:" + hashlib.sha256(raw).hexdigest()
