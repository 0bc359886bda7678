"""Which candidate pairs the duplicates review shows: filters by name, score band and
decision over the list the search found.

The search for candidates is the slow part (it compares names across the whole store)
and runs once; narrowing its result to "undecided pairs of García scoring 95 or more"
must then answer at once while a person types, so it works on the list in memory with
each pair's names folded once (accents and case ignored, as the search does).
"""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from casedesk.services.duplicates import Candidate


class ScoreBand(StrEnum):
    """Bands of the 50–100 likeness score a reviewer works through in turn."""

    ANY = "any"
    VERY_LIKELY = "very_likely"  # 95 and above: same name, small differences at most
    LIKELY = "likely"  # 85 to 94
    POSSIBLE = "possible"  # below 85: a name missing, a spelling differs a lot

    def admits(self, score: float) -> bool:
        if self is ScoreBand.VERY_LIKELY:
            return score >= 95
        if self is ScoreBand.LIKELY:
            return 85 <= score < 95
        if self is ScoreBand.POSSIBLE:
            return score < 85
        return True


class Decision(StrEnum):
    UNDECIDED = "undecided"
    DIFFERENT = "different"  # recorded as two different people
    ANY = "any"

    def admits(self, decided: bool) -> bool:
        if self is Decision.UNDECIDED:
            return not decided
        if self is Decision.DIFFERENT:
            return decided
        return True


@dataclass(frozen=True)
class PairFilter:
    name: str = ""
    band: ScoreBand = ScoreBand.ANY
    decision: Decision = Decision.UNDECIDED


def fold(text: str) -> str:
    """Case and accents ignored: "José" finds "Jose" and "JOSÉ"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class PairList:
    """The candidates found, each with its names folded once, filtered on demand."""

    def __init__(self, pairs: Sequence[Candidate]) -> None:
        self._pairs = list(pairs)
        self._folded = [fold(f"{p.keep_name}\n{p.other_name}") for p in self._pairs]

    def __len__(self) -> int:
        return len(self._pairs)

    def matching(self, wanted: PairFilter) -> list[Candidate]:
        """The pairs ``wanted`` admits, in the search's order (most likely first). Every
        word typed must appear in one of the two names."""
        words = fold(wanted.name).split()
        return [
            pair
            for pair, names in zip(self._pairs, self._folded, strict=True)
            if wanted.decision.admits(pair.decided)
            and wanted.band.admits(pair.score)
            and all(word in names for word in words)
        ]

    def decide(self, a: int, b: int) -> None:
        """Mark the pair of ``a`` and ``b`` recorded as different people."""
        for number, pair in enumerate(self._pairs):
            if {pair.keep_id, pair.other_id} == {a, b}:
                self._pairs[number] = replace(pair, decided=True)

    def drop_involving(self, client_id: int) -> None:
        """Forget every pair naming ``client_id`` (a record merged away)."""
        kept = [
            (p, f)
            for p, f in zip(self._pairs, self._folded, strict=True)
            if client_id not in (p.keep_id, p.other_id)
        ]
        self._pairs = [p for p, _f in kept]
        self._folded = [f for _p, f in kept]
