"""Undo and Redo: each takes back a change by making a new, audited change.

Nothing is rewound: undoing an edit writes the earlier values back as an edit, undoing
an addition moves the entry to the Trash, undoing a removal restores it from the
Trash. What to do is read from the change's own audit entry, so the window's undo
stack (the changes made through these services, :class:`Journal`) and ``casedesk
undo`` (the last change by this user on this store) share one implementation.
``undo_link`` records what an undo reversed, so it is never reversed twice.
"""

import json
from dataclasses import dataclass, fields
from typing import Any

from casedesk.domain.changes import Changes
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services.clients import ClientService
from casedesk.services.context import ServiceContext
from casedesk.services.matters import MatterService
from casedesk.services.records import BY_ENTITY, KINDS, RecordService, derived, load, raw_values
from casedesk.services.schemas import ClientUpdate
from casedesk.services.trash import TrashService
from casedesk.storage import trash as rows
from casedesk.storage.queries import audit as audit_q
from casedesk.storage.tables import AuditEntry, UndoLink

#: Actions that change records and can be taken back.
UNDOABLE = (
    AuditAction.CREATE.value,
    AuditAction.UPDATE.value,
    AuditAction.DELETE.value,
    AuditAction.RESTORE.value,
    AuditAction.ARCHIVE.value,
)


@dataclass(frozen=True)
class UndoResult:
    """What an undo or redo changed, and the name of what it took back or redid."""

    changes: Changes
    label: str


def _values(raw: str) -> dict[str, Any]:
    return json.loads(raw) if raw else {}


def _adds_compliance(entry: AuditEntry) -> bool:
    # Recording compliance adds a record (audited as an update of the person's
    # compliance); an edit of a record carries no obligation id.
    return entry.entity == "compliance" and "obligation_id" in _values(entry.after)


def _ref(ref: Any) -> tuple[int | None, str]:
    """(id, hash) of what the journal kept for an entry: the entry, or the row dict the
    audit trail fills in when the transaction commits."""
    if isinstance(ref, dict):
        return ref.get("id"), str(ref.get("hash", ""))
    return ref.id, ref.hash


def describe_change(entry: AuditEntry) -> str:
    """'edit of legal status entry', 'removal of note', 'mark done'... for Edit ▸ Undo."""
    kind = BY_ENTITY.get(entry.entity)
    noun = kind.noun if kind else entry.entity.replace("_", " ")
    after = _values(entry.after)
    if entry.action == AuditAction.CREATE.value or _adds_compliance(entry):
        return f"adding {noun}"
    if entry.action == AuditAction.UPDATE.value:
        if entry.entity == "deadline" and set(after) == {"done"}:
            return "mark done" if after["done"] else "mark not done"
        return f"edit of {noun}"
    if entry.action == AuditAction.DELETE.value:
        return f"removal of {noun}" if "trash_id" in after else f"unlinking {noun}"
    if entry.action == AuditAction.RESTORE.value:
        return f"restoring {noun}" if "trash_id" in after else f"unarchiving {noun}"
    if entry.action == AuditAction.ARCHIVE.value:
        return f"archiving {noun}"
    return f"{entry.action} of {noun}"


class UndoService:
    def __init__(
        self,
        ctx: ServiceContext,
        records: RecordService,
        trash: TrashService,
        clients: ClientService,
        matters: MatterService,
    ) -> None:
        self.ctx = ctx
        self.records = records
        self.trash = trash
        self.clients = clients
        self.matters = matters
        self._names: dict[int, str] = {}

    # ------------------------------------------------------------------ this window
    def undo_label(self) -> str | None:
        """What Undo would take back (None: nothing; disable the action)."""
        group = self._top()
        if not group:
            return None
        return self._names.get(id(self.ctx.journal.done[-1])) or describe_change(group[0])

    def redo_label(self) -> str | None:
        undone = self.ctx.journal.undone
        return undone[-1][0] if undone else None

    def undo(self) -> UndoResult:
        entries = self._top()
        if not entries:
            raise ValidationError("undo", "there is nothing to undo")
        journal = self.ctx.journal
        refs = journal.done.pop()
        name = self._names.pop(id(refs), None) or describe_change(entries[0])
        try:
            captured, changes = self._reverse(entries)
        except Exception:
            journal.done.append(refs)
            raise
        journal.undone.append((name, captured))
        return UndoResult(changes, name)

    def redo(self) -> UndoResult:
        journal = self.ctx.journal
        if not journal.undone:
            raise ValidationError("redo", "there is nothing to redo")
        name, refs = journal.undone.pop()
        entries = self._stored(refs)
        if entries is None:
            raise ValidationError("redo", f"the {name} was changed elsewhere; it cannot be redone")
        try:
            captured, changes = self._reverse(entries)
        except Exception:
            journal.undone.append((name, refs))
            raise
        journal.done.append(captured)
        self._names[id(captured)] = name  # a redo is undone under the original's name
        return UndoResult(changes, name)

    def _top(self) -> list[AuditEntry] | None:
        """The newest change of this window that is still in the store as recorded
        (a rolled-back transaction, or one undone elsewhere, is dropped)."""
        done = self.ctx.journal.done
        while done:
            entries = self._stored(done[-1])
            if entries:
                return entries
            done.pop()
        return None

    def _stored(self, refs: list[Any]) -> list[AuditEntry] | None:
        """The audit entries a journal group refers to, as stored; None when one of them
        is missing, differs, or was already undone."""
        found = []
        with self.ctx.store.read() as session:
            for ref in refs:
                key, digest = _ref(ref)
                stored = session.get(AuditEntry, key) if key is not None else None
                if stored is None or stored.hash != digest:
                    return None
                if session.get(UndoLink, key) is not None:
                    return None
                found.append(stored)
        return found or None

    # ------------------------------------------------------------------ command line
    def undo_last_by_actor(self) -> UndoResult:
        """Take back the last change this user made on this store (``casedesk undo``)."""
        with self.ctx.store.read() as session:
            entry = audit_q.last_undoable(session, self.ctx.actor, UNDOABLE)
        if entry is None:
            raise ValidationError("undo", f"{self.ctx.actor} has made no change to undo here")
        name = describe_change(entry)
        _, changes = self._reverse([entry])
        return UndoResult(changes, name)

    # ------------------------------------------------------------------ reversing
    def _reverse(self, entries: list[AuditEntry]) -> tuple[list[Any], Changes]:
        journal = self.ctx.journal
        journal.capture = []
        changes = Changes()
        try:
            for entry in reversed(entries):
                changes = changes | self._invert(entry)
        finally:
            captured, journal.capture = journal.capture, None
        if captured:
            first, _ = _ref(captured[0])
            with self.ctx.store.write() as session:
                for entry in entries:
                    if entry.id is not None and first is not None:
                        session.merge(UndoLink(audit_id=entry.id, undone_by=first))
        return captured, changes

    def _invert(self, entry: AuditEntry) -> Changes:
        before, after = _values(entry.before), _values(entry.after)
        kind = BY_ENTITY.get(entry.entity)
        eid = entry.entity_id
        name = describe_change(entry)
        if kind is None or eid is None:
            raise ValidationError("undo", f"{name} cannot be undone")
        action = entry.action
        if action == AuditAction.CREATE.value or _adds_compliance(entry):
            return self.records.remove(kind.name, eid, f"Undo: {name}")
        if action == AuditAction.DELETE.value and "trash_id" in after:
            try:
                return self.trash.restore(int(after["trash_id"]))
            except NotFoundError:
                raise ValidationError(
                    "undo", f"{name} cannot be undone: it was purged from the Trash"
                ) from None
        if action == AuditAction.DELETE.value and kind.name == "party":
            return self.matters.link(before["client_id"], before["matter_id"], before["role"])
        if action == AuditAction.RESTORE.value and "trash_id" in after:
            return self.records.remove(kind.name, eid, str(after.get("reason") or f"Undo: {name}"))
        if kind.name == "client" and action in (
            AuditAction.ARCHIVE.value,
            AuditAction.RESTORE.value,
        ):
            return self.clients.set_archived(eid, action == AuditAction.RESTORE.value)
        if action == AuditAction.UPDATE.value and kind.name == "client":
            names = {f.name for f in fields(ClientUpdate)}
            return self.clients.update(
                eid,
                ClientUpdate(
                    **{k: "" if v is None else str(v) for k, v in before.items() if k in names}
                ),
            )
        if action == AuditAction.UPDATE.value and not (
            kind.name == "order" and "date" in after  # a status change adds a history entry
        ):
            return self._write_back(kind.name, eid, before, after)
        raise ValidationError("undo", f"{name} cannot be undone")

    def _write_back(
        self, kind_name: str, eid: int, before: dict[str, Any], after: dict[str, Any]
    ) -> Changes:
        """Write earlier stored values back over an entry, as an audited edit."""
        kind = KINDS[kind_name]
        table = kind.table.__table__  # type: ignore[attr-defined]
        with self.ctx.store.write() as session:
            rows.secure_delete(session)
            try:
                row = load(session, kind, eid)
            except NotFoundError:
                raise ValidationError(
                    "undo", f"the {kind.noun} has been removed since; restore it from the Trash"
                ) from None
            values = {k: v for k, v in before.items() if k in table.c or k == "client_ids"}
            for key in values:
                now = (
                    raw_values(session, kind, row)[key]
                    if key == "client_ids"
                    else getattr(row, key)
                )
                if key in after and now != after[key]:
                    raise ValidationError(
                        "undo",
                        f"the {kind.noun} was changed again since ({key}); "
                        "undoing would overwrite that change",
                    )
            return self.records.apply(session, kind, row, derived(kind, row, values, self.ctx))
