"""CSV export is written as it goes and replaces the target only when complete."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.formats.csv_rows import write_csv


def test_a_csv_is_streamed_and_a_failure_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"
    assert write_csv(target, ["name", "n"], ([f"Ana {i}", str(i)] for i in range(50_000))) == 50_000
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfname,n\r\nAna 0,0\r\n")
    assert data.endswith(b"Ana 49999,49999\r\n")

    def stopped() -> Iterator[list[str]]:
        yield ["Rosa", "1"]
        raise KeyboardInterrupt  # a cancelled export

    with pytest.raises(KeyboardInterrupt):
        write_csv(target, ["name", "n"], stopped())
    assert target.read_bytes() == data  # the previous export is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["clients.csv"]  # no temporary left
