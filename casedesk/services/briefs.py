"""Producing PDF briefs: read the store, render off the caller's thread, audit the brief.

Rendering can take seconds for a large roster, so the GUI calls these from a worker;
each call opens its own read session and writes one audit entry when the file is done.
"""

from datetime import date, timedelta
from pathlib import Path

from casedesk import briefs as b
from casedesk.briefs.i18n import brief_language
from casedesk.briefs.i18n import normalise as normalise_language
from casedesk.briefs.progress import BriefCancelledError, Progress
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, StoreError, ValidationError
from casedesk.services import audit
from casedesk.services import brief_data as bd
from casedesk.services.context import ServiceContext
from casedesk.services.settings import SettingsService
from casedesk.storage.tables import Client, CourtOrder, Matter

DOCUMENTS = ("client", "matter", "order", "deadlines")

__all__ = ["DOCUMENTS", "BriefCancelledError", "BriefService", "parse_profile"]


def parse_profile(value: str) -> b.Profile:
    try:
        return b.Profile(value.strip().lower())
    except ValueError:
        raise ValidationError(
            "profile", f"{value!r} is not a profile; use full, court or public"
        ) from None


class BriefService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    def options(self, profile: b.Profile, lang: str = "en") -> b.BriefOptions:
        head = self.settings.letterhead()
        logo = Path(head.logo).expanduser() if head.logo else None
        return b.BriefOptions(
            organisation=head.organisation,
            address_lines=head.address_lines,
            logo_path=logo if logo and logo.is_file() else None,
            page_size="a4" if head.page_size == "a4" else "letter",
            generated_at=self.ctx.now().astimezone(self.ctx.zone),
            # The organisation, never the computer's login name; the public version names
            # no author at all.
            author="" if profile is b.Profile.PUBLIC else head.organisation,
            profile=profile,
            # The PDF's /Lang, and the language every heading, label and date prints in.
            lang="es" if normalise_language(lang) == "es" else "en-US",
            audit_anchor=self._audit_anchor(),
        )

    def _audit_anchor(self) -> str:
        """The chain head's first 16 characters (enough for `check --anchor`)."""
        with self.ctx.store.read() as session:
            return audit.head_hash(session)[:16]

    def render(
        self,
        document: str,
        key: int | None,
        profile: str,
        out: Path,
        *,
        start: date | None = None,
        end: date | None = None,
        progress: Progress | None = None,
        lang: str = "en",
    ) -> int:
        """Write one brief to ``out`` in ``lang`` (en or es); returns its page count.

        ``progress(done, total)`` is called once a page (rows placed, rows in all); it may
        raise ``BriefCancelledError`` to stop, and then no file is left at ``out``."""
        chosen = parse_profile(profile)
        options = self.options(chosen, lang)
        with self.ctx.store.read() as session:
            if document == "client":
                client = session.get(Client, key)
                if client is None:
                    raise NotFoundError("client", key)
                data: object = bd.client_brief(session, self.ctx, client)
            elif document == "matter":
                matter = session.get(Matter, key)
                if matter is None:
                    raise NotFoundError("matter", key)
                data = bd.roster(session, self.ctx, matter)
            elif document == "order":
                order = session.get(CourtOrder, key)
                if order is None:
                    raise NotFoundError("order", key)
                data = bd.compliance_report(session, self.ctx, order)
            elif document == "deadlines":
                today = self.ctx.today()
                start = start or today - timedelta(days=30)
                end = end or today + timedelta(days=60)
                if end < start:
                    raise ValidationError("to", "the period ends before it starts")
                data = bd.docket(session, self.ctx, start, end)
            else:
                raise ValidationError(
                    "document", f"{document!r} is not one of {', '.join(DOCUMENTS)}"
                )
        pages = self._write(data, options, out, progress)
        with self.ctx.store.write() as session:
            audit.record(
                session,
                self.ctx,
                AuditAction.BRIEF,
                document,
                key,
                after={"profile": chosen.value, "pages": pages, "file": out.name},
                client_id=key if document == "client" else None,
            )
        return pages

    @staticmethod
    def _write(
        data: object, options: b.BriefOptions, out: Path, progress: Progress | None = None
    ) -> int:
        if out.suffix.lower() != ".pdf":
            raise ValidationError("out", f"{out.name} must end in .pdf")
        if not out.parent.is_dir():
            raise ValidationError("out", f"the folder {out.parent} does not exist")
        partial = out.with_name(out.name + ".part")  # never leave half a PDF under the real name
        try:
            with partial.open("wb") as fh, brief_language(options.lang):
                if isinstance(data, b.ClientBriefData):
                    pages = b.render_client_brief(data, options, fh, progress=progress)
                elif isinstance(data, b.RosterData):
                    pages = b.render_matter_roster(data, options, fh, progress=progress)
                elif isinstance(data, b.ComplianceData):
                    pages = b.render_order_compliance(data, options, fh, progress=progress)
                elif isinstance(data, b.DocketData):
                    pages = b.render_deadline_docket(data, options, fh, progress=progress)
                else:  # pragma: no cover - guarded by render()
                    raise TypeError(type(data).__name__)
            partial.replace(out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"cannot write {out}: {exc.strerror}") from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return pages
