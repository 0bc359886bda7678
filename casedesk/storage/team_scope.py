"""How much of a team store this login can see: everything, or its granted matters.

Row-level security hides colleagues' rows from a non-admin without an error, so
whole-store operations would silently work on a part of the store: a ``pg_dump`` would
write a backup missing every matter the login was not granted, and the audit chain
would look broken where a colleague's entry is hidden. Those operations ask here
first. A store file is one person's: they see everything.
"""

from sqlalchemy import text
from sqlmodel import Session

from casedesk.storage import team_roles
from casedesk.storage.dialect import is_postgres


def sees_everything(session: Session) -> bool:
    """Whether no row of this store is hidden from this login.

    True on a store file; on a team store for a superuser or a role that bypasses
    row-level security, a team admin, a member of the tables' owner role (whoever ran
    ``team init``), and on a database where ``team init`` has not run (no table has
    row-level security yet)."""
    if not is_postgres(session):
        return True
    conn = session.connection()
    bypass = conn.execute(
        text(
            "SELECT r.rolsuper OR r.rolbypassrls OR NOT EXISTS (SELECT 1 FROM pg_class c "
            "WHERE c.relnamespace = current_schema()::regnamespace AND c.relrowsecurity) "
            "FROM pg_roles r WHERE r.rolname = session_user"
        )
    ).scalar()
    return bool(bypass) or team_roles.can_administer(conn)
