"""Signing in to a team store: the connection a person typed, and where its password lives.

The password is never written in plain text by casedesk: it goes to the operating
system's keyring (Windows Credential Locker, macOS Keychain, the Secret Service on
Linux) through the ``keyring`` package, or nowhere, in which case libpq's own
``~/.pgpass`` file or ``PGPASSWORD`` may supply it. A machine without a usable keyring
(a bare Linux session) is told so, and the connection works with the password typed
each time.
"""

import contextlib
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import keyring
import keyring.errors
from keyring.backends import fail

from casedesk.domain.errors import ValidationError

KEYRING_SERVICE = "casedesk team store"
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamConnection:
    """Where a team store is and who signs in: everything but the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    def checked(self) -> "TeamConnection":
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host:
            raise ValidationError(
                "server", "give the server's name or address (e.g. db.clinic.org)"
            )
        if not database:
            raise ValidationError("database", "give the database's name (e.g. clinic)")
        if not user:
            raise ValidationError("user", "give your login on the server")
        if not 0 < self.port < 65536:
            raise ValidationError("port", f"{self.port} is not a port (usually 5432)")
        if self.sslmode not in SSL_MODES:
            raise ValidationError("sslmode", f"use one of {', '.join(SSL_MODES)}")
        return TeamConnection(host, database, user, self.port, self.sslmode)

    @property
    def key(self) -> str:
        """Names the password in the keyring: one per login per server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The ``postgresql://`` location (with the password only when one is given,
        for opening: it is never stored)."""
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        # A host starting with "/" is a socket folder (a server on this computer).
        if self.host.startswith("/"):
            query = urlencode({"host": self.host, "port": self.port, "sslmode": self.sslmode})
            return f"postgresql://{auth}@/{quote(self.database, safe='')}?{query}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (
            f"postgresql://{auth}@{host}:{self.port}/{quote(self.database, safe='')}"
            f"?{urlencode({'sslmode': self.sslmode})}"
        )


def keyring_available() -> bool:
    """False where the keyring package found no place to keep secrets."""
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def saved_password(conn: TeamConnection) -> str | None:
    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, conn.key)
    except keyring.errors.KeyringError:
        return None  # a locked or broken keyring: ask for the password instead


def save_password(conn: TeamConnection, password: str) -> bool:
    """Keep ``password`` in the system keyring; False when there is none to keep it in."""
    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, conn.key, password)
    except keyring.errors.KeyringError:
        return False
    return True


def forget_password(conn: TeamConnection) -> None:
    if not keyring_available():
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # nothing was kept
        keyring.delete_password(KEYRING_SERVICE, conn.key)


def connection_from_url(location: str) -> TeamConnection | None:
    """The connection a ``postgresql://`` location names (its password left out), to
    fill in File ▸ Open team store… when that location could not be opened; None when
    it names no user or database."""
    parts = urlsplit(location)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    host = query.get("host") or parts.hostname or ""
    database = unquote(parts.path.lstrip("/"))
    user = unquote(parts.username or "")
    if not (database and user):
        return None
    try:
        port = int(query.get("port") or parts.port or DEFAULT_PORT)
    except ValueError:
        port = DEFAULT_PORT
    sslmode = query.get("sslmode", "prefer")
    return TeamConnection(host, database, user, port, sslmode if sslmode in SSL_MODES else "prefer")
