"""Email in: raw bytes from a mailbox (mbox, .eml folder, IMAP) turned into clean messages."""
