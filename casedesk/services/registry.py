"""All services of one open store, built once by the composition root (``casedesk.app``)."""

from dataclasses import dataclass

from casedesk.services.audit import AuditService
from casedesk.services.backup import BackupService
from casedesk.services.briefs import BriefService
from casedesk.services.clients import ClientService
from casedesk.services.context import ServiceContext
from casedesk.services.dashboard import DashboardService
from casedesk.services.deadlines import DeadlineService
from casedesk.services.demo import DemoService
from casedesk.services.documents import DocumentService
from casedesk.services.duplicates import DuplicateService
from casedesk.services.exports import ExportService
from casedesk.services.imports import ImportService
from casedesk.services.maintenance import MaintenanceService
from casedesk.services.matters import MatterService
from casedesk.services.orders import OrderService
from casedesk.services.records import RecordService
from casedesk.services.search import SearchService
from casedesk.services.security import SecurityService
from casedesk.services.settings import SettingsService
from casedesk.services.trash import TrashService
from casedesk.services.undo import UndoService


@dataclass
class Services:
    ctx: ServiceContext
    clients: ClientService
    matters: MatterService
    orders: OrderService
    search: SearchService
    demo: DemoService
    maintenance: MaintenanceService
    settings: SettingsService
    deadlines: DeadlineService
    documents: DocumentService
    dashboard: DashboardService
    imports: ImportService
    exports: ExportService
    duplicates: DuplicateService
    briefs: BriefService
    backups: BackupService
    audit: AuditService
    security: SecurityService
    records: RecordService
    trash: TrashService
    undo: UndoService

    @classmethod
    def create(cls, ctx: ServiceContext) -> "Services":
        settings = SettingsService(ctx)
        backups = BackupService(ctx)
        clients, matters = ClientService(ctx), MatterService(ctx)
        records, trash = RecordService(ctx), TrashService(ctx)
        return cls(
            records=records,
            trash=trash,
            undo=UndoService(ctx, records, trash, clients, matters),
            ctx=ctx,
            settings=settings,
            deadlines=DeadlineService(ctx),
            documents=DocumentService(ctx),
            dashboard=DashboardService(ctx),
            imports=ImportService(ctx),
            exports=ExportService(ctx),
            duplicates=DuplicateService(ctx),
            briefs=BriefService(ctx, settings),
            backups=backups,
            security=SecurityService(ctx, backups),
            audit=AuditService(ctx),
            clients=clients,
            matters=matters,
            orders=OrderService(ctx),
            search=SearchService(ctx),
            demo=DemoService(ctx),
            maintenance=MaintenanceService(ctx),
        )

    def close(self) -> None:
        self.ctx.store.close()
