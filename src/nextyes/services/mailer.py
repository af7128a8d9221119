"""Account emails of hosted mode (sign-up and reset links), sent over SMTP when
NEXTYES_SMTP_HOST names a server. The words are ours; nothing else is ever mailed."""

import logging
import smtplib
from email.message import EmailMessage

from nextyes.config import Settings

SMTP_TIMEOUT = 15  # seconds: a slow server must not hold a worker for long
log = logging.getLogger(__name__)


def send(settings: Settings, to: str, subject: str, body: str) -> bool:
    """Send one plain-text email; False (and one line in the log, never the link) when no
    server is set or it refused."""
    if not settings.smtp_host:
        log.warning("no NEXTYES_SMTP_HOST: an account email to one address was not sent")
        return False
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_user and settings.smtp_password is not None:
                smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as problem:
        log.warning("an account email could not be sent: %s", type(problem).__name__)
        return False
    return True


def link(settings: Settings, path: str) -> str:
    return settings.public_url.rstrip("/") + path


def invitation(settings: Settings, token: str) -> tuple[str, str]:
    return (
        "Your NextYes invitation",
        "Hello,\n\nYou have been invited to NextYes, a companion for your job search.\n"
        f"Choose a password and start here (the link works once, for 7 days):\n\n"
        f"{link(settings, '/signup/' + token)}\n\n"
        "If you did not expect this, you can ignore this email.\n",
    )


def already_have_account(settings: Settings) -> tuple[str, str]:
    return (
        "You already have a NextYes account",
        "Hello,\n\nSomeone (probably you) asked to make a NextYes account with this address,"
        " and it has one already.\nSign in here:\n\n"
        f"{link(settings, '/signin')}\n\n"
        f"Forgot your password? Set a new one here: {link(settings, '/reset')}\n",
    )


def reset(settings: Settings, token: str) -> tuple[str, str]:
    return (
        "Set a new NextYes password",
        "Hello,\n\nTo set a new password for your NextYes account, open this link (it works"
        f" once, for one hour):\n\n{link(settings, '/reset/' + token)}\n\n"
        "Setting it signs you out everywhere else. If you did not ask for this, ignore this"
        " email: your password stays as it is.\n",
    )
