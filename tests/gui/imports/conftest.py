"""Fixtures for the import, duplicates and export GUI tests: generated Spanish-headed files
and a stand-in for the message boxes a person would click."""

from pathlib import Path

import pytest

HEADERS = "Apellidos;Nombres;Número A;Fecha de nacimiento;Estatus;Fecha del estatus"
GOOD_ROWS = (
    "Pérez Salazar;Luis Alberto;A201-555-001;1994-03-02;asilo pendiente;2024-11-05",
    "Gómez Arrieta;Wilmer;A201-555-002;1990;orden final;2025-01-20",
    "Rivas Castillo;Jhonny Rafael;;1988-07;asilo pendiente;2024",
)
BAD_ROW = "Torres Mejía;Yeferson;A12;2001-02-03;asilo pendiente;2024-10-01"


def write_spanish_csv(path: Path, *, extra: int = 0) -> Path:
    """Three good rows, one with an impossible A-Number, then ``extra`` generated rows."""
    lines = [HEADERS, *GOOD_ROWS[:2], BAD_ROW, GOOD_ROWS[2]]
    for n in range(extra):
        tag = _letters(n)
        lines.append(f"Prueba{tag};Nombre{tag};A3{n:08d};1980-01-01;asilo pendiente;2024")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _letters(n: int) -> str:
    """A distinct lower-case suffix per number (names may not contain digits)."""
    out = ""
    for _ in range(4):
        n, rest = divmod(n, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[rest]
    return out


@pytest.fixture
def spanish_csv(tmp_path: Path) -> Path:
    return write_spanish_csv(tmp_path / "lista.csv")
