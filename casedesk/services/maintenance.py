"""Store health: integrity, foreign keys, search index, audit chain (``casedesk check``)."""

from dataclasses import dataclass, field
from pathlib import Path

from casedesk.services import audit, audit_scope, stored_values
from casedesk.services.context import ServiceContext
from casedesk.storage import anchor as anchors
from casedesk.storage import leftovers, schema, team_scope
from casedesk.storage import search as fts
from casedesk.storage.queries import clients as client_q


@dataclass(frozen=True)
class CheckReport:
    path: str
    schema: str | None
    integrity: str
    foreign_key_problems: int
    search_index_missing: int
    audit_entries: int
    audit_last_hash: str
    audit_broken_at: int | None
    clients: int
    encrypted: bool
    problems: list[str] = field(default_factory=list)
    #: "whole", or "visible" when row-level security hides part of the audit trail
    #: from this login (a team store's non-admin): only what it sees was checked.
    audit_scope: str = "whole"
    #: What the user should know that is not a problem (what could not be checked).
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class StoreHealth:
    """Whether the store can be written, and if not, what the integrity check found."""

    read_only: bool
    problem: str | None


class MaintenanceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def health(self) -> StoreHealth:
        store = self.ctx.store
        return StoreHealth(store.read_only, store.damage)

    def quick_check(self) -> StoreHealth:
        """SQLite's quick integrity check (about a second per 100,000 clients); a damaged
        store is switched to read-only so nothing is written over the damage. The GUI
        runs this in the background once the window is usable."""
        problem = self.ctx.store.quick_check()
        if problem != "ok":
            self.ctx.store.mark_damaged(problem)
        return self.health()

    def check(self, anchor: str | None = None) -> CheckReport:
        """Every check; ``anchor`` is an audit hash the user kept elsewhere (say, on a
        brief filed with a court): the trail must still contain it."""
        store = self.ctx.store
        kept = None if anchor is None else anchors.parse_hash(anchor)
        beside = anchors.read_anchor(store.path)
        with store.read() as session:
            integrity, fk = store.integrity_problems(session)
            missing = fts.check(session)
            sealed: dict[audit.Sealed, str] = {}
            whole = team_scope.sees_everything(session)
            notes: list[str] = []
            if whole:
                chain = audit.verify_chain(session, records=sealed)
                unaudited = audit.verify_records(session, sealed) if chain.ok else []
            else:
                # A colleague's entries are hidden: the whole chain is an admin's check.
                chain, links = audit_scope.verify_visible(session)
                unaudited = []
                notes.append(audit_scope.ADMINS_ONLY.format(entries=chain.entries, links=links))
            invalid = list(stored_values.stored_problems(session))
            last_id = audit.last_entry_id(session)
            cut = audit.anchor_problems(
                session, (beside.entry_id, beside.hash) if beside else None, kept, last_id
            )
            if not whole and kept is not None and cut:
                # The kept hash may be a colleague's entry, hidden from this login.
                notes.append(
                    f"the hash {anchor} is not among the audit entries you can see; "
                    "an administrator's check can tell whether the trail still holds it"
                )
                cut = []
            clients = client_q.total(session)
        problems = []
        if integrity != "ok":
            problems.append(f"integrity check failed: {integrity}")
        if fk:
            problems.append(f"{fk} rows point at missing records")
        if missing:
            problems.append(f"{missing} clients are missing from the search index")
        if chain.key_missing:
            problems.append(
                f"the audit trail cannot be verified: its key file {chain.key_path} is not on "
                "this computer (copy it from the computer the store came from)"
            )
        elif not chain.ok:
            problems.append(
                f"audit trail altered at or before entry {chain.first_broken_id}: {chain.reason}"
            )
        problems.extend(cut)
        problems.extend(_leftover_problems(store.path, store.encrypted))
        problems.extend(unaudited)
        problems.extend(invalid)
        return CheckReport(
            path=store.store_info().location,
            schema=schema.stored_revision(store.engine),
            integrity=integrity,
            foreign_key_problems=fk,
            search_index_missing=missing,
            audit_entries=chain.entries,
            audit_last_hash=chain.last_hash,
            audit_broken_at=chain.first_broken_id,
            clients=clients,
            encrypted=store.encrypted,
            problems=problems,
            audit_scope="whole" if whole else "visible",
            notes=notes,
        )


def _leftover_problems(path: Path, encrypted: bool) -> list[str]:
    """Files an interrupted operation left beside the store (see storage.leftovers)."""
    problems = [
        f"an interrupted operation left {p} (it is removed the next time the store is opened "
        "with no other window using it)"
        for p in leftovers.partials(path)
    ]
    if encrypted:
        problems += [
            f"{p} is a plain SQLite file beside this encrypted store: anyone can read it; "
            "delete it if it is a copy of this store"
            for p in leftovers.plain_files(path)
        ]
    problems += [
        f"the backup {p} has no manifest, so it was never verified (an interrupted backup?)"
        for p in leftovers.backups_without_manifest(path)
    ]
    return problems
