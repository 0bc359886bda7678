"""Where the store lives: ``--db``, then ``CASEDESK_DB``, then the platform's user data folder."""

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "casedesk"
DB_ENV = "CASEDESK_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def is_team_url(value: str) -> bool:
    """A ``postgresql://`` (or ``postgres://``) URL names a team store on a server."""
    return (
        value.strip().lower().startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))
    )


def store_location(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """The store to open: a file path, or a team store's URL (kept as text: a URL is
    not a path, and ``Path`` would fold its ``//``)."""
    given = str(explicit) if explicit else os.environ.get(DB_ENV)
    if given and is_team_url(given):
        return given.strip()
    return store_path(explicit)


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store file to open, from the most specific source given."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "casedesk.sqlite"
