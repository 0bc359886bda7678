"""All services of one open store, built once by the composition root (``casedesk.app``).

Each service is made, and its module imported, the first time it is used: a command
such as ``casedesk search`` then loads what searching needs and not openpyxl, PIL,
icalendar or rapidfuzz, which only imports, exports and duplicate checks use. The GUI
touches most services soon after opening, so it pays the same total, spread out.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from casedesk.services.context import ServiceContext

if TYPE_CHECKING:
    from casedesk.services.audit import AuditService
    from casedesk.services.backup import BackupService
    from casedesk.services.briefs import BriefService
    from casedesk.services.clients import ClientService
    from casedesk.services.court_calendar import CourtCalendarService
    from casedesk.services.dashboard import DashboardService
    from casedesk.services.deadlines import DeadlineService
    from casedesk.services.demo import DemoService
    from casedesk.services.documents import DocumentService
    from casedesk.services.duplicates import DuplicateService
    from casedesk.services.exports import ExportService
    from casedesk.services.findings import FindingService
    from casedesk.services.hearings import HearingService
    from casedesk.services.imports import ImportService
    from casedesk.services.maintenance import MaintenanceService
    from casedesk.services.matters import MatterService
    from casedesk.services.orders import OrderService
    from casedesk.services.records import RecordService
    from casedesk.services.reminders import ReminderService
    from casedesk.services.search import SearchService
    from casedesk.services.security import SecurityService
    from casedesk.services.settings import SettingsService
    from casedesk.services.trash import TrashService
    from casedesk.services.undo import UndoService

# The imports below are deliberately inside the properties (lazy registry).
# ruff: noqa: PLC0415


class Services:
    """The services of one store, each made on first use and kept."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @classmethod
    def create(cls, ctx: ServiceContext) -> "Services":
        return cls(ctx)

    @cached_property
    def settings(self) -> "SettingsService":
        from casedesk.services.settings import SettingsService

        return SettingsService(self.ctx)

    @cached_property
    def backups(self) -> "BackupService":
        from casedesk.services.backup import BackupService

        return BackupService(self.ctx)

    @cached_property
    def deadlines(self) -> "DeadlineService":
        from casedesk.services.deadlines import DeadlineService

        return DeadlineService(self.ctx)

    @cached_property
    def documents(self) -> "DocumentService":
        from casedesk.services.documents import DocumentService

        return DocumentService(self.ctx)

    @cached_property
    def dashboard(self) -> "DashboardService":
        from casedesk.services.dashboard import DashboardService

        return DashboardService(self.ctx)

    @cached_property
    def imports(self) -> "ImportService":
        from casedesk.services.imports import ImportService

        return ImportService(self.ctx)

    @cached_property
    def exports(self) -> "ExportService":
        from casedesk.services.exports import ExportService

        return ExportService(self.ctx)

    @cached_property
    def duplicates(self) -> "DuplicateService":
        from casedesk.services.duplicates import DuplicateService

        return DuplicateService(self.ctx)

    @cached_property
    def briefs(self) -> "BriefService":
        from casedesk.services.briefs import BriefService

        return BriefService(self.ctx, self.settings)

    @cached_property
    def security(self) -> "SecurityService":
        from casedesk.services.security import SecurityService

        return SecurityService(self.ctx, self.backups)

    @cached_property
    def audit(self) -> "AuditService":
        from casedesk.services.audit import AuditService

        return AuditService(self.ctx)

    @cached_property
    def records(self) -> "RecordService":
        from casedesk.services.records import RecordService

        return RecordService(self.ctx)

    @cached_property
    def trash(self) -> "TrashService":
        from casedesk.services.trash import TrashService

        return TrashService(self.ctx)

    @cached_property
    def undo(self) -> "UndoService":
        from casedesk.services.undo import UndoService

        return UndoService(self.ctx, self.records, self.trash, self.clients, self.matters)

    @cached_property
    def clients(self) -> "ClientService":
        from casedesk.services.clients import ClientService

        return ClientService(self.ctx)

    @cached_property
    def matters(self) -> "MatterService":
        from casedesk.services.matters import MatterService

        return MatterService(self.ctx)

    @cached_property
    def orders(self) -> "OrderService":
        from casedesk.services.orders import OrderService

        return OrderService(self.ctx)

    @cached_property
    def search(self) -> "SearchService":
        from casedesk.services.search import SearchService

        return SearchService(self.ctx)

    @cached_property
    def demo(self) -> "DemoService":
        from casedesk.services.demo import DemoService

        return DemoService(self.ctx)

    @cached_property
    def maintenance(self) -> "MaintenanceService":
        from casedesk.services.maintenance import MaintenanceService

        return MaintenanceService(self.ctx)

    @cached_property
    def court_calendar(self) -> "CourtCalendarService":
        from casedesk.services.court_calendar import CourtCalendarService

        return CourtCalendarService(self.ctx)

    @cached_property
    def findings(self) -> "FindingService":
        from casedesk.services.findings import FindingService

        return FindingService(self.ctx)

    @cached_property
    def hearings(self) -> "HearingService":
        from casedesk.services.hearings import HearingService

        return HearingService(self.ctx)

    @cached_property
    def reminders(self) -> "ReminderService":
        from casedesk.services.reminders import ReminderService

        return ReminderService(self.ctx)

    def close(self) -> None:
        self.ctx.store.close()
