"""The A-Number (Alien Registration Number), the strongest identifier a client may have.

It is written many ways ("A123-456-789", "a# 12345678", "123 456 789"); it is stored as
exactly nine digits, shorter numbers padded with leading zeros as USCIS and EOIR do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casedesk.domain.errors import ValidationError

_PREFIX = re.compile(r"\A[Aa]\s*[#\-]?\s*")
_SEPARATORS = frozenset(" -.")
_CANDIDATE_WITH_A = re.compile(r"\A\s*[Aa]\s*[#\-]?\s*[0-9]")
_ONLY_DIGITS_AND_SEPARATORS = re.compile(r"\A[0-9 .\-]+\Z")

MIN_DIGITS = 7
MAX_DIGITS = 9
EXAMPLE = "A-123-456-789"


@dataclass(frozen=True)
class ANumber:
    """An A-Number as nine ASCII digits. Build one with :meth:`parse`."""

    digits: str

    def __post_init__(self) -> None:
        if len(self.digits) != MAX_DIGITS or not self.digits.isascii() or not self.digits.isdigit():
            raise ValidationError(
                "a_number", f"an A-Number is stored as 9 digits; got {self.digits!r}"
            )

    @classmethod
    def parse(cls, text: str, *, field: str = "a_number") -> ANumber:
        """Read an A-Number as people type it; refuse anything that is not one."""
        stripped = text.strip()
        if not stripped:
            raise ValidationError(field, f"enter an A-Number, for example {EXAMPLE}")
        body = _PREFIX.sub("", stripped, count=1)
        digits: list[str] = []
        for ch in body:
            if "0" <= ch <= "9":
                digits.append(ch)
            elif ch not in _SEPARATORS:
                raise ValidationError(
                    field,
                    "an A-Number is an A followed by digits, optionally separated by "
                    f"spaces, dashes or dots (like {EXAMPLE}); found {ch!r}",
                )
        count = len(digits)
        if not MIN_DIGITS <= count <= MAX_DIGITS:
            raise ValidationError(
                field, f"an A-Number has {MIN_DIGITS} to {MAX_DIGITS} digits; got {count}"
            )
        number = "".join(digits).zfill(MAX_DIGITS)
        if number == "0" * MAX_DIGITS:
            raise ValidationError(field, "an A-Number cannot be all zeros")
        return cls(number)

    @staticmethod
    def is_candidate(text: str) -> bool:
        """Whether ``text`` looks like an A-Number rather than, say, a record id.

        True for "A" followed by digits, or for 7 to 9 digits with only separators. It
        does not validate: "A12" is a candidate, so the caller can report why it is wrong.
        """
        if _CANDIDATE_WITH_A.match(text):
            return True
        stripped = text.strip()
        if not _ONLY_DIGITS_AND_SEPARATORS.match(stripped):
            return False
        count = sum(ch.isdigit() for ch in stripped)
        return MIN_DIGITS <= count <= MAX_DIGITS

    @property
    def display(self) -> str:
        """The conventional written form, "A-123-456-789"."""
        d = self.digits
        return f"A-{d[0:3]}-{d[3:6]}-{d[6:9]}"

    @property
    def masked(self) -> str:
        """Only the last three digits, for court and public versions: "A-XXX-XXX-789"."""
        return f"A-XXX-XXX-{self.digits[6:9]}"

    def __str__(self) -> str:
        return self.display
