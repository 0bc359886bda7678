"""What encryption costs, at 100,000 demo clients: each figure on an encrypted store
beside the same operation on a plain store in the same run (the floor), plus the time
to unlock, to encrypt a store in place, and the quick integrity check run on open."""

import shutil
import tempfile
import time
from pathlib import Path

from casedesk.app import open_services
from casedesk.services.schemas import ClientQuery
from tests.benchmarks.common import Result, median_time, once

CLIENTS = 100_000
PASS = "banco de pruebas nocturno"
SURNAMES = ("Hernández", "Muñoz", "Peña", "Quiñones", "Villalobos", "Urdaneta", "de la Cruz")


def _open_time(path: Path, passphrase: str | None, repeat: int = 5) -> float:
    """Median time to open a store ready for use (key derivation included)."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        svc = open_services(path, passphrase=passphrase)
        svc.clients.list(ClientQuery(limit=1))
        samples.append(time.perf_counter() - start)
        svc.close()
    samples.sort()
    return samples[len(samples) // 2]


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        plain_path, enc_path = work / "plain.sqlite", work / "encrypted.sqlite"
        plain = open_services(plain_path)
        enc = open_services(enc_path, passphrase=PASS)
        demo_plain = once(lambda: plain.demo.generate(clients=CLIENTS, seed=1))
        demo_enc = once(lambda: enc.demo.generate(clients=CLIENTS, seed=1))
        results.append(
            Result(
                f"encrypted: demo --clients {CLIENTS:,}",
                demo_enc,
                demo_plain,
                "< 60 s",
                "the same on a plain store",
            )
        )

        def slowest_search(svc: object) -> float:
            return max(median_time(lambda w=w: svc.search.clients(w)) for w in SURNAMES)  # type: ignore[attr-defined]

        results.append(
            Result(
                "encrypted: search a surname (slowest of 7)",
                slowest_search(enc),
                slowest_search(plain),
                "< 50 ms",
                "the same on a plain store",
            )
        )
        query = ClientQuery(status="pending_asylum", limit=200)
        results.append(
            Result(
                "encrypted: clients list page 1",
                median_time(lambda: enc.clients.list(query)),
                median_time(lambda: plain.clients.list(query)),
                "< 100 ms",
                "the same on a plain store",
            )
        )
        backup_enc = median_time(lambda: enc.backups.backup(work / "b-enc.sqlite"), repeat=3)
        backup_plain = median_time(lambda: plain.backups.backup(work / "b-plain.sqlite"), repeat=3)
        results.append(
            Result(
                "encrypted: verified backup",
                backup_enc,
                backup_plain,
                "—",
                "the same on a plain store",
            )
        )
        check_plain = median_time(plain.maintenance.quick_check, repeat=3)
        results.append(
            Result(
                "quick integrity check (plain store)",
                check_plain,
                median_time(plain_path.read_bytes, repeat=3),
                "—",
                "reading the file once",
            )
        )
        results.append(
            Result(
                "encrypted: quick integrity check",
                median_time(enc.maintenance.quick_check, repeat=3),
                check_plain,
                "—",
                "the same on a plain store",
            )
        )
        plain.close()
        enc.close()

        results.append(
            Result(
                "time to unlock (open + first page)",
                _open_time(enc_path, PASS),
                _open_time(plain_path, None),
                "< 1 s",
                "opening the plain store",
            )
        )

        copy = work / "to-encrypt.sqlite"
        shutil.copyfile(plain_path, copy)
        copy_time = once(lambda: shutil.copyfile(plain_path, work / "copy.sqlite"))
        svc = open_services(copy)
        encrypt = once(lambda: svc.security.encrypt(PASS))
        svc.close()
        results.append(
            Result(
                "encrypt a 100,000-client store in place",
                encrypt,
                copy_time,
                "—",
                "copying the file",
            )
        )
    return results
