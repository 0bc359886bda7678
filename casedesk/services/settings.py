"""Store-wide settings that travel with the store: letterhead and paper size for briefs."""

from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.changes import Changes
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import ValidationError, clip
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.storage.queries import settings as settings_q
from casedesk.storage.tables import Setting

#: Known keys, their defaults, and what they hold.
KNOWN: dict[str, tuple[str, str]] = {
    "organisation": ("casedesk", "organisation name printed at the top of every brief"),
    "address": ("", "letterhead address; lines separated by ' | '"),
    "logo": ("", "path to a PNG or JPEG logo for the letterhead"),
    "page_size": ("letter", "paper for briefs: letter or a4"),
    "backups_keep": ("10", "automatic backups kept (on close and daily), 1 to 365"),
}
MAX_KEEP = 365


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    address_lines: tuple[str, ...]
    logo: str
    page_size: str


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def all(self) -> dict[str, str]:
        with self.ctx.store.read() as session:
            stored = settings_q.all_settings(session)
        return {key: stored.get(key, default) for key, (default, _) in KNOWN.items()}

    def backups_keep(self) -> int:
        """How many automatic backups to keep."""
        return int(self.all()["backups_keep"])

    def letterhead(self) -> Letterhead:
        values = self.all()
        lines = tuple(line.strip() for line in values["address"].split("|") if line.strip())
        return Letterhead(values["organisation"], lines, values["logo"], values["page_size"])

    def set(self, key: str, value: str) -> Changes:
        if key not in KNOWN:
            raise ValidationError(
                "key", f"{clip(key)!r} is not a setting; known: {', '.join(KNOWN)}"
            )
        value = v.text(value, key, max_len=500)
        if key == "page_size" and value not in ("letter", "a4"):
            raise ValidationError(
                "page_size", f"{clip(value)!r} is not a paper size; use letter or a4"
            )
        if key == "backups_keep" and not (
            value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_KEEP
        ):
            raise ValidationError(
                "backups_keep", f"{clip(value)!r} is not a number of backups from 1 to {MAX_KEEP}"
            )
        with self.ctx.store.write() as session:
            row = session.get(Setting, key)
            before = row.value if row else KNOWN[key][0]
            session.merge(Setting(key=key, value=value))
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE,
                "setting",
                None,
                before={key: before},
                after={key: value},
                also=[("setting", key)],  # a setting has no id: sealed by its name
            )
        return Changes(everything=True)


_LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def set_letterhead(
    service: SettingsService,
    *,
    organisation: str,
    address_lines: list[str],
    logo: str,
    page_size: str,
) -> Changes:
    """Letterhead and paper in one use case (the Settings dialog): every value is checked
    before any is stored, and all are stored in one transaction with one audit entry."""
    values = {
        "organisation": v.text(organisation, "organisation", max_len=500),
        "address": " | ".join(
            line for line in (v.text(x, "address", max_len=200) for x in address_lines) if line
        ),
        "logo": v.text(logo, "logo", max_len=500),
        "page_size": page_size.strip().lower(),
    }
    if len(values["address"]) > 500:
        raise ValidationError("address", "is too long (at most 500 characters in all)")
    if values["page_size"] not in ("letter", "a4"):
        raise ValidationError(
            "page_size", f"{clip(page_size)!r} is not a paper size; use letter or a4"
        )
    if values["logo"]:
        path = Path(values["logo"]).expanduser()
        if path.suffix.lower() not in _LOGO_SUFFIXES:
            raise ValidationError("logo", "must be a PNG or JPEG picture")
        if not path.is_file():
            raise ValidationError("logo", f"there is no file at {clip(str(path))}")
    with service.ctx.store.write() as session:
        before: dict[str, str] = {}
        for key in values:
            row = session.get(Setting, key)
            before[key] = row.value if row else KNOWN[key][0]
        # Only what changed is written: a row stored without an entry would be a
        # record the audit trail never saw (and `check` would say so).
        changed = {k: val for k, val in values.items() if before[k] != val}
        for key, value in changed.items():
            session.merge(Setting(key=key, value=value))
        if changed:
            audit.record(
                session,
                service.ctx,
                AuditAction.UPDATE,
                "setting",
                None,
                before={k: before[k] for k in changed},
                after=changed,
                also=[("setting", k) for k in changed],
            )
    return Changes(everything=True)
