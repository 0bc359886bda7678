"""Team administration on the server: installing the policies, logins, grants.

Every function takes an open SQLAlchemy ``Connection`` inside the caller's transaction
and never commits (the service does). Identifiers (logins) are checked against a strict
pattern and quoted by the dialect; values always travel as bound parameters. Passwords
never reach the server in clear: libpq computes the SCRAM-SHA-256 verifier here.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.storage import team_sql as q
from casedesk.storage.pg import APPLICATION_NAME

_LOGIN = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
_RESERVED = ("pg_", "casedesk_")
_RESERVED_NAMES = {"postgres", "public", "admin", "root"}


def check_login(login: str) -> str:
    """A login name PostgreSQL and a paralegal can both read: refuse anything else."""
    name = login.strip()
    if not _LOGIN.match(name):
        raise ValidationError(
            "name",
            f"{name!r} cannot be a login: use 2 to 63 lower-case letters, digits or _ "
            "starting with a letter (e.g. maria_lopez)",
        )
    if name.startswith(_RESERVED) or name in _RESERVED_NAMES:
        raise ValidationError("name", f"{name!r} is reserved by PostgreSQL or casedesk")
    return name


def check_role(role: str) -> str:
    if role not in q.TEAM_ROLES:
        raise ValidationError("role", f"{role!r} is not a role; use {', '.join(q.TEAM_ROLES)}")
    return role


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _exec(conn: Connection, statements: list[str]) -> None:
    for sql in statements:
        conn.exec_driver_sql(sql)


def _relations(conn: Connection, schema: str, kinds: str) -> list[tuple[str, str]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE n.nspname = :schema AND c.relkind = ANY(:kinds) "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')"
            " ORDER BY c.relname"
        ),
        {"schema": schema, "kinds": list(kinds)},
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def _columns(conn: Connection, schema: str, table: str) -> set[str]:
    rows = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = :schema AND table_name = :table"
        ),
        {"schema": schema, "table": table},
    )
    return {str(r[0]) for r in rows}


def install(conn: Connection) -> list[str]:
    """Roles, membership tables, functions, ownership, privileges, policies and triggers
    on a migrated database; safe to run again (after an upgrade). Returns the tables
    now under row-level security."""
    schema = str(conn.exec_driver_sql("SELECT current_schema()").scalar())
    database = _quote(conn, str(conn.exec_driver_sql("SELECT current_database()").scalar()))
    _exec(conn, q.roles_sql())
    me = _quote(conn, str(conn.exec_driver_sql("SELECT current_user").scalar()))
    # Whoever runs `team init` must be able to hand the tables over and alter them later.
    _exec(
        conn, [f"GRANT {q.OWNER} TO {me}", f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {q.OWNER}"]
    )
    _exec(conn, q.team_tables_sql())
    _exec(conn, [f"DROP FUNCTION IF EXISTS {fn}() CASCADE" for fn in q.RETIRED_FUNCTIONS])
    _exec(conn, q.functions_sql(schema))
    for name, kind in _relations(conn, schema, "rvmSp"):
        noun = {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}.get(kind, "TABLE")
        conn.exec_driver_sql(f"ALTER {noun} {_quote(conn, name)} OWNER TO {q.OWNER}")
        if kind == "v":
            # A view runs with its owner's rights unless told otherwise: the owner may
            # see every row, the person querying the view may not.
            conn.exec_driver_sql(f"ALTER VIEW {_quote(conn, name)} SET (security_invoker = on)")
    functions = [
        "casedesk_team_role()",
        "casedesk_is_admin()",
        "casedesk_readable_matters()",
        "casedesk_writable_matters()",
        "casedesk_created_clients()",
        "casedesk_audit_head_entry()",
        "casedesk_note_creator()",
        "casedesk_notify_change()",
    ]
    for fn in functions:
        _exec(
            conn,
            [
                f"ALTER FUNCTION {fn} OWNER TO {q.OWNER}",
                f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC",
                f"GRANT EXECUTE ON FUNCTION {fn} TO {q.STAFF}",
            ],
        )
    _exec(
        conn,
        [
            f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
            f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {q.STAFF}",
            f"GRANT USAGE ON SCHEMA {schema} TO {q.STAFF}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {q.STAFF}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {q.STAFF}",
        ],
    )
    secured = []
    for table, _kind in _relations(conn, schema, "rp"):
        if table in q.NO_RLS:
            conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {q.STAFF}")
            continue
        rule = q.rule_for(table, _columns(conn, schema, table))
        for (policy,) in conn.execute(
            text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"),
            {"s": schema, "t": table},
        ):
            conn.exec_driver_sql(f"DROP POLICY {_quote(conn, policy)} ON {table}")
        _exec(conn, q.policies_sql(table, rule))
        _exec(conn, q.delete_guard_sql(table, rule, schema))
        if rule.append_only:
            conn.exec_driver_sql(f"REVOKE UPDATE, DELETE ON {table} FROM {q.STAFF}")
        if table not in q.TEAM_TABLES:
            _exec(conn, q.notify_sql(table))
        secured.append(table)
    for table in ("matter", "client"):
        _exec(conn, q.creator_trigger_sql(table))
        conn.exec_driver_sql(f"ALTER FUNCTION casedesk_guard_delete_{table}() OWNER TO {q.OWNER}")
    return secured


# ----------------------------------------------------------------------------- logins
def _role_exists(conn: Connection, login: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
    return found.first() is not None


def password_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed here by libpq (the password
    itself is never sent to the server, nor logged there)."""
    raw: Any = conn.connection.driver_connection
    verifier: bytes = raw.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def add_user(
    conn: Connection, login: str, role: str, *, password: str | None, full_name: str = ""
) -> bool:
    """Create (or re-role) ``login`` as a team member; True when the login is new."""
    login, role = check_login(login), check_role(role)
    name = _quote(conn, login)
    new = not _role_exists(conn, login)
    if new:
        conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
    if password is not None:
        # A verifier, not the password: quoted as a literal because ALTER ROLE takes no
        # bound parameters.
        verifier = password_verifier(conn, login, password).replace("'", "''")
        conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD '{verifier}'")
    # Admins manage the team's logins (CREATEROLE); nobody else may.
    conn.exec_driver_sql(f"ALTER ROLE {name} {'CREATEROLE' if role == 'admin' else 'NOCREATEROLE'}")
    for other in q.TEAM_ROLES:
        if other != role:
            conn.exec_driver_sql(f"REVOKE {q.group_role(other)} FROM {name}")
    conn.exec_driver_sql(f"GRANT {q.group_role(role)} TO {name}")
    conn.execute(
        text(
            "INSERT INTO team_member (login, role, full_name) VALUES (:login, :role, :full) "
            "ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, "
            "full_name = CASE WHEN EXCLUDED.full_name = '' THEN team_member.full_name "
            "ELSE EXCLUDED.full_name END"
        ),
        {"login": login, "role": role, "full": full_name},
    )
    return new


def member_role(conn: Connection, login: str) -> str | None:
    row = conn.execute(text("SELECT role FROM team_member WHERE login = :l"), {"l": login}).first()
    return None if row is None else str(row[0])


def grant(conn: Connection, login: str, matter_id: int, *, read_only: bool) -> bool | None:
    """Give ``login`` access to one matter. Returns the previous read-only flag (None
    when the grant is new)."""
    login = check_login(login)
    if member_role(conn, login) is None:
        raise NotFoundError("team member", login)
    if conn.execute(text("SELECT 1 FROM matter WHERE id = :m"), {"m": matter_id}).first() is None:
        raise NotFoundError("matter", matter_id)
    before = conn.execute(
        text("SELECT read_only FROM team_grant WHERE login = :l AND matter_id = :m"),
        {"l": login, "m": matter_id},
    ).first()
    conn.execute(
        text(
            "INSERT INTO team_grant (login, matter_id, read_only) VALUES (:l, :m, :ro) "
            "ON CONFLICT (login, matter_id) DO UPDATE SET read_only = EXCLUDED.read_only, "
            "granted_by = session_user, granted_at = now()"
        ),
        {"l": login, "m": matter_id, "ro": read_only},
    )
    return None if before is None else bool(before[0])


def revoke(conn: Connection, login: str, matter_id: int) -> bool:
    """Take away ``login``'s access to one matter; returns the read-only flag it had."""
    login = check_login(login)
    row = conn.execute(
        text("DELETE FROM team_grant WHERE login = :l AND matter_id = :m RETURNING read_only"),
        {"l": login, "m": matter_id},
    ).first()
    if row is None:
        raise NotFoundError("grant", f"of matter {matter_id} to {login}")
    return bool(row[0])


@dataclass(frozen=True)
class Grant:
    matter_id: int
    title: str
    read_only: bool


@dataclass(frozen=True)
class Member:
    login: str
    role: str
    full_name: str
    can_log_in: bool
    connected: bool
    grants: list[Grant] = field(default_factory=list)


def connected_logins(conn: Connection) -> list[str]:
    """Logins with a casedesk connection open on this database now (other than ours)."""
    rows = conn.execute(
        text(
            "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = :app AND usename IS NOT NULL AND usename <> session_user "
            "ORDER BY usename"
        ),
        {"app": APPLICATION_NAME},
    )
    return [str(r[0]) for r in rows]


def members(conn: Connection) -> list[Member]:
    """Every team member (that this login may see), with grants and who is connected."""
    connected = {
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name = :app"
            ),
            {"app": APPLICATION_NAME},
        )
    }
    grants: dict[str, list[Grant]] = {}
    for login, matter_id, title, read_only in conn.execute(
        text(
            "SELECT g.login, g.matter_id, coalesce(m.title, ''), g.read_only FROM team_grant g "
            "LEFT JOIN matter m ON m.id = g.matter_id ORDER BY g.login, g.matter_id"
        )
    ):
        grants.setdefault(str(login), []).append(Grant(int(matter_id), str(title), bool(read_only)))
    out = []
    for login, role, full_name, can_login in conn.execute(
        text(
            "SELECT t.login, t.role, t.full_name, coalesce(r.rolcanlogin, false) "
            "FROM team_member t LEFT JOIN pg_roles r ON r.rolname = t.login ORDER BY t.login"
        )
    ):
        out.append(
            Member(
                login=str(login),
                role=str(role),
                full_name=str(full_name),
                can_log_in=bool(can_login),
                connected=str(login) in connected,
                grants=grants.get(str(login), []),
            )
        )
    return out


def can_administer(conn: Connection) -> bool:
    """Whether this login manages the team: an admin, or whoever ran ``team init``."""
    found = conn.execute(
        text(
            "SELECT (to_regprocedure('casedesk_is_admin()') IS NOT NULL AND casedesk_is_admin())"
            " OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :owner"
            " AND pg_has_role(session_user, oid, 'MEMBER'))"
        ),
        {"owner": q.OWNER},
    ).scalar()
    return bool(found)
