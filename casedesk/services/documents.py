"""Documents kept inside the store: attach, list, read back, verify their SHA-256."""

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from casedesk.domain.changes import Changes
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, StoreError, ValidationError, clip
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.storage.queries import client_file as files
from casedesk.storage.tables import Client, Document, DocumentBlob

MAX_BYTES = 200 * 1024 * 1024  # a scanned file can be large; beyond this, keep it elsewhere


@dataclass(frozen=True)
class DocumentView:
    id: int
    client_id: int | None
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    created_at: str


def _view(d: Document) -> DocumentView:
    return DocumentView(
        id=d.id or 0,
        client_id=d.client_id,
        filename=d.filename,
        media_type=d.media_type,
        size=d.size,
        sha256=d.sha256,
        description=d.description,
        created_at=d.created_at.isoformat(timespec="seconds"),
    )


class DocumentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def attach(self, client_id: int, path: Path, *, description: str = "") -> Changes:
        """Copy the file at ``path`` into the store, beside ``client_id``'s record."""
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ValidationError(
                    "file",
                    f"{path.name} is {size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB",
                )
            content = path.read_bytes()
        except FileNotFoundError:
            raise ValidationError("file", f"{path} does not exist") from None
        except IsADirectoryError:
            raise ValidationError("file", f"{path} is a folder, not a file") from None
        except PermissionError:
            raise ValidationError("file", f"cannot read {path}: permission denied") from None
        except OSError as exc:  # a name too long for the file system, a device gone, ...
            raise ValidationError(
                "file", f"cannot read {clip(str(path))!r}: {exc.strerror}"
            ) from None
        except ValueError:  # a NUL or a broken character in the path: no file has that name
            raise ValidationError(
                "file", f"{clip(str(path))!r} is not a usable file name"
            ) from None
        return self.attach_bytes(client_id, path.name, content, description=description)

    def attach_bytes(
        self,
        client_id: int,
        filename: str,
        content: bytes,
        *,
        media_type: str | None = None,
        description: str = "",
    ) -> Changes:
        name = v.text(filename, "filename", required=True)
        if len(content) > MAX_BYTES:
            raise ValidationError("file", f"{name} is larger than {MAX_BYTES // 2**20} MB")
        kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(content).hexdigest()
        with self.ctx.store.write() as session:
            if session.get(Client, v.existing_id(client_id, "client")) is None:
                raise NotFoundError("client", client_id)
            doc = Document(
                client_id=client_id,
                filename=name,
                media_type=kind,
                size=len(content),
                sha256=digest,
                description=v.text(description, "description", max_len=2000),
                created_at=self.ctx.now(),
            )
            session.add(doc)
            session.flush()
            assert doc.id is not None
            session.add(DocumentBlob(document_id=doc.id, content=content))
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "document",
                doc.id,
                after={"filename": name, "sha256": digest, "size": len(content)},
                client_id=client_id,
            )
            return Changes(clients=frozenset({client_id}), new_id=doc.id)

    def list(self, client_id: int) -> list[DocumentView]:
        with self.ctx.store.read() as session:
            docs = files.documents(session, client_id)
            return [_view(d) for d in docs]

    def content(self, document_id: int) -> bytes:
        with self.ctx.store.read() as session:
            blob = session.get(DocumentBlob, v.existing_id(document_id, "document"))
            if blob is None:
                raise NotFoundError("document", document_id)
            return bytes(blob.content)

    def verify(self, document_id: int) -> bool:
        """True when the stored bytes still hash to the SHA-256 recorded at attach time."""
        with self.ctx.store.read() as session:
            doc = session.get(Document, v.existing_id(document_id, "document"))
            blob = session.get(DocumentBlob, document_id)
            if doc is None or blob is None:
                raise NotFoundError("document", document_id)
            return hashlib.sha256(blob.content).hexdigest() == doc.sha256

    def save_copy(self, document_id: int, dest: Path) -> Path:
        data = self.content(document_id)
        try:
            dest.write_bytes(data)
        except OSError as exc:
            raise StoreError(f"cannot write {dest}: {exc.strerror}") from exc
        return dest
