"""Running a clinic's team store: policies, logins, grants, moving a store in.

Every use case here needs a team store (PostgreSQL); on a store file it says so. The
server enforces who sees what (:mod:`casedesk.storage.team_sql`); this service checks
input before anything is written, owns the transaction and writes the audit trail,
whose actor on a team store is the server login (``session_user``).
"""

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import ConflictError, StoreError, ValidationError
from casedesk.services import audit
from casedesk.services.context import ServiceContext
from casedesk.storage import dialect, search, team_push, team_roles
from casedesk.storage.pg import PgStore
from casedesk.storage.store import Store
from casedesk.storage.tables import metadata
from casedesk.storage.team_listen import ChangeListener, Notice
from casedesk.storage.team_roles import Member, check_login, check_role

__all__ = ["ChangeListener", "Member", "Notice", "PushReport", "TeamService"]

#: A password a colleague cannot guess in an afternoon: length beats rules.
MIN_PASSWORD = 10


@dataclass(frozen=True)
class PushReport:
    rows: dict[str, int]
    audit_head: str
    compared: int


class TeamService:
    """Administration of the open team store (the CLI's ``casedesk team ...``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _require_team(self) -> None:
        info = self.ctx.store_info()
        if not info.is_team:
            raise StoreError(
                f"{info.name} is a store file for one person; team commands work on a team "
                "store (--db postgresql://user@host/dbname)"
            )

    def _require_admin(self, session: Any) -> None:
        # The server would refuse anyway; this says why, before a confusing "not found"
        # about logins and matters a non-admin cannot see.
        if not team_roles.can_administer(session.connection()):
            raise StoreError(
                "no permission: only an admin of this team store manages logins and grants"
            )

    # ------------------------------------------------------------------ setting up
    def install(self) -> list[str]:
        """Roles, membership and row-level security on the (migrated) team store."""
        self._require_team()
        with self.ctx.store.write() as session:
            return team_roles.install(session.connection())

    def add_user(self, login: str, role: str, *, password: str | None, full_name: str = "") -> bool:
        """Create a login for a staff member (or change their role); True when new."""
        self._require_team()
        login, role = check_login(login), check_role(role)
        if password is not None and len(password) < MIN_PASSWORD:
            raise ValidationError(
                "password", f"use at least {MIN_PASSWORD} characters (a short phrase is fine)"
            )
        with self.ctx.store.write() as session:
            self._require_admin(session)
            conn = session.connection()
            before = team_roles.member_role(conn, login)
            team_roles.add_user(conn, login, role, password=password, full_name=full_name)
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE if before is None else AuditAction.UPDATE,
                "team_member",
                None,
                before={"login": login, "role": before} if before else None,
                after={"login": login, "role": role, "full_name": full_name},
            )
        return before is None

    def grant(self, login: str, matter_id: int, *, read_only: bool = False) -> None:
        self._require_team()
        with self.ctx.store.write() as session:
            self._require_admin(session)
            before = team_roles.grant(session.connection(), login, matter_id, read_only=read_only)
            after = {"login": login, "matter_id": matter_id, "read_only": read_only}
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE if before is None else AuditAction.UPDATE,
                "team_grant",
                matter_id,
                before=None if before is None else {**after, "read_only": before},
                after=after,
            )

    def revoke(self, login: str, matter_id: int) -> None:
        self._require_team()
        with self.ctx.store.write() as session:
            self._require_admin(session)
            read_only = team_roles.revoke(session.connection(), login, matter_id)
            audit.record(
                session,
                self.ctx,
                AuditAction.DELETE,
                "team_grant",
                matter_id,
                before={"login": login, "matter_id": matter_id, "read_only": read_only},
            )

    # ------------------------------------------------------------------ reading
    def members(self) -> list[Member]:
        self._require_team()
        with self.ctx.store.read() as session:
            return team_roles.members(session.connection())

    def members_json(self) -> list[dict[str, Any]]:
        return [asdict(m) for m in self.members()]

    def others_connected(self) -> list[str]:
        """Colleagues with casedesk open on this store now (for the status bar)."""
        if not self.ctx.store_info().is_team:
            return []
        with self.ctx.store.read() as session:
            return team_roles.connected_logins(session.connection())

    def listen(self) -> ChangeListener:
        """A listener for colleagues' changes (the caller closes it)."""
        self._require_team()
        store = self.ctx.store
        assert isinstance(store, PgStore)
        return ChangeListener(store)

    # ------------------------------------------------------------------ moving in
    def push_from(
        self, source: Store, progress: Callable[[str, int], None] | None = None
    ) -> PushReport:
        """Copy the single-user store ``source`` into this (empty) team store, whole:
        every table, ids kept, the audit chain carried over and continued with one
        entry saying so. Compared table by table before it commits: all or nothing."""
        self._require_team()
        with source.read() as src, self.ctx.store.write() as dst:
            owner = team_push.owner_membership(dst)
            if owner is not None:
                if not owner:
                    raise StoreError(
                        "moving a store in needs the login that ran `casedesk team init` "
                        "(it writes every colleague's audit entries as they were)"
                    )
                # As the tables' owner: the copied audit entries keep their actors.
                team_push.become_owner(dst)
            present = {k: v for k, v in team_push.row_counts(dst).items() if v}
            if present:
                raise ConflictError(
                    "the team store already holds data ("
                    + ", ".join(f"{n} {t}" for t, n in sorted(present.items()))
                    + "); push into a new, empty team store"
                )
            rows = team_push.copy_tables(src, dst, progress)
            for table in metadata.sorted_tables:
                if "id" in table.c and table.c.id.primary_key:
                    dialect.sync_id_sequence(dst, table)
            search.rebuild_all(dst)
            source_digest = team_push.table_digests(src)
            problems = team_push.differences(source_digest, team_push.table_digests(dst))
            if problems:
                raise StoreError("the copy does not match the original: " + "; ".join(problems))
            entry = audit.record(
                dst,
                self.ctx,
                AuditAction.IMPORT,
                "store",
                None,
                after={
                    "from": source.store_info().name,
                    "encrypted": source.encrypted,
                    "rows": sum(rows.values()),
                    "clients": rows.get("client", 0),
                    "audit_entries": rows.get("audit_entry", 0),
                },
            )
            return PushReport(rows=rows, audit_head=entry.hash, compared=len(source_digest))
