"""E-mail channel (smtplib): a multipart/alternative message, plain text and HTML, UTF-8 throughout.

The subject is RFC 2047-encoded when it holds Arabic; both bodies are base64 so no 8-bit transport is needed; the
HTML marks the evidence right-to-left. The Message-ID is derived from the alert's idempotency key, so a mail
system (or the desk) can drop a duplicate delivery. The password is never in the config file: `password_env`
names the environment variable that holds it.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

from marsad.watch.alerts import Alert, ChannelError, render_html, render_text
from marsad.watch.channels import OptionError


def build_message(alert: Alert, sender: str, recipients: list[str], subject_prefix: str = "[marsad]") -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"{subject_prefix} {alert.title}".strip()
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = f"<{alert.key}@marsad.alert>"
    message["X-Marsad-Alert-Key"] = alert.key
    message.set_content(render_text(alert), charset="utf-8", cte="base64")
    message.add_alternative(render_html(alert), subtype="html", charset="utf-8", cte="base64")
    return message


class EmailChannel:
    def __init__(self, name: str, host: str, port: int, sender: str, recipients: list[str], *,
                 starttls: bool = False, use_ssl: bool = False, username: str | None = None,
                 password_env: str | None = None, timeout: float = 10.0, subject_prefix: str = "[marsad]",
                 env: Mapping[str, str] | None = None):
        self.name = name
        self.host = host
        self.port = port
        self.sender = sender
        self.recipients = recipients
        self.starttls = starttls
        self.use_ssl = use_ssl
        self.username = username
        self.password_env = password_env
        self.timeout = timeout
        self.subject_prefix = subject_prefix
        self._env = env if env is not None else os.environ

    @classmethod
    def from_options(cls, name: str, options: Mapping[str, Any]) -> EmailChannel:
        known = {"host", "port", "from", "to", "starttls", "ssl", "username", "password_env", "timeout",
                 "subject_prefix"}
        for option in options:
            if option not in known:
                raise OptionError(option, f"unknown email option; expected one of {', '.join(sorted(known))}")
        host = options.get("host")
        if not isinstance(host, str) or not host:
            raise OptionError("host", "give the SMTP server's host name")
        sender = options.get("from")
        if not isinstance(sender, str) or "@" not in sender:
            raise OptionError("from", f"give the sender address, got {sender!r}")
        recipients = options.get("to")
        recipients = [recipients] if isinstance(recipients, str) else recipients
        if not isinstance(recipients, list) or not recipients or not all(
                isinstance(r, str) and "@" in r for r in recipients):
            raise OptionError("to", "give one recipient address or a list of them")
        for flag in ("starttls", "ssl"):
            if not isinstance(options.get(flag, False), bool):
                raise OptionError(flag, "must be true or false")
        use_ssl = options.get("ssl", False)
        port = options.get("port", 465 if use_ssl else 587 if options.get("starttls") else 25)
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise OptionError("port", f"must be a TCP port number, got {port!r}")
        if options.get("password_env") and not options.get("username"):
            raise OptionError("username", "password_env is set but username is not; give both to log in")
        timeout = options.get("timeout", 10.0)
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
            raise OptionError("timeout", f"must be a number of seconds, got {timeout!r}")
        return cls(name, host, port, sender, list(recipients), starttls=bool(options.get("starttls", False)),
                   use_ssl=use_ssl, username=options.get("username"), password_env=options.get("password_env"),
                   timeout=float(timeout), subject_prefix=str(options.get("subject_prefix", "[marsad]")))

    def send(self, alert: Alert) -> int:
        message = build_message(alert, self.sender, self.recipients, self.subject_prefix)
        try:
            smtp_class = smtplib.SMTP_SSL if self.use_ssl else smtplib.SMTP
            with smtp_class(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username:
                    password = self._env.get(self.password_env or "", "")
                    if not password:
                        raise ChannelError(f"email {self.name}: the environment variable {self.password_env} "
                                           "holding the SMTP password is not set", retryable=False)
                    smtp.login(self.username, password)
                smtp.send_message(message)
        except smtplib.SMTPAuthenticationError as error:
            raise ChannelError(f"email {self.name}: the SMTP server refused the login ({error.smtp_code}); check "
                               "username and password", retryable=False) from error
        except smtplib.SMTPRecipientsRefused as error:
            raise ChannelError(f"email {self.name}: every recipient was refused ({', '.join(error.recipients)}); "
                               "check the to: addresses", retryable=False) from error
        except (smtplib.SMTPException, OSError) as error:
            raise ChannelError(f"email {self.name} via {self.host}:{self.port}: {type(error).__name__}: {error}") \
                from error
        return 1
