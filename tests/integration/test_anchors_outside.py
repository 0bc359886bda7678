"""The audit chain's head is kept outside the store: in the footer of full and court
briefs (a short hash), in every whole-store export and backup manifest; `check --anchor`
with that hash proves the trail still holds it, and fails once entries are cut off."""

import json
import re
import sqlite3
from pathlib import Path

from pypdf import PdfReader

from casedesk.app import open_services
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate


def _footer_hash(pdf: Path) -> str | None:
    text = PdfReader(pdf).pages[0].extract_text()
    found = re.search(r"audit ([0-9a-f]{16})", text)
    return found.group(1) if found else None


def _two_clients(services: Services) -> tuple[int, str]:
    """Ana's id and the chain head after Ana and Luis were added (entries 1 and 2)."""
    cid = services.clients.add(ClientCreate(given="Ana", surname="Quispe")).new_id
    assert cid is not None
    services.clients.add(ClientCreate(given="Luis", surname="Soto"))
    return cid, services.audit.history(limit=1)[0].hash


def test_brief_footer_export_and_manifest_carry_the_chain_head(
    services: Services, tmp_path: Path
) -> None:
    cid, head = _two_clients(services)
    services.briefs.render("client", cid, "full", tmp_path / "full.pdf")
    services.briefs.render("client", cid, "court", tmp_path / "court.pdf")
    services.briefs.render("client", cid, "public", tmp_path / "public.pdf")
    assert _footer_hash(tmp_path / "full.pdf") == head[:16]
    court = _footer_hash(tmp_path / "court.pdf")  # after the first brief's own entry
    assert court is not None
    assert court != head[:16]
    assert _footer_hash(tmp_path / "public.pdf") is None
    assert services.maintenance.check(anchor=court).ok
    services.exports.store_json(tmp_path / "store.json")
    exported = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))["audit_head"]
    manifest = json.loads(services.backups.backup().manifest.read_text(encoding="utf-8"))
    assert services.maintenance.check(anchor=head[:16]).ok
    assert services.maintenance.check(anchor=exported).ok
    assert services.maintenance.check(anchor=manifest["audit_head"]).ok


def test_check_anchor_fails_once_the_trail_is_cut(sqlite_services: Services) -> None:
    # A store file only: the cut is made in the file behind casedesk's back, and the
    # anchor file kept beside it is hidden too (a team store has neither; its trail is
    # guarded by the server's access rules instead).
    services = sqlite_services
    _cid, head = _two_clients(services)
    # Someone cuts the trail back to Ana's entry and hides the anchor file too.
    path = services.ctx.store.path
    services.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM audit_entry WHERE id >= 2")
        conn.execute("DELETE FROM client WHERE id = 2")
        conn.commit()
    finally:
        conn.close()
    path.with_name(f".{path.name}.anchor").unlink()
    again = open_services(path)
    try:
        report = again.maintenance.check(anchor=head[:16])
        assert report.problems == [
            f"the audit trail does not contain the hash {head[:16]}: entries were cut off or "
            "rewritten since that hash was noted"
        ]
    finally:
        again.close()
