"""Name matching for duplicate detection: the rules, and an index that applies them fast.

Two name records (a client's name or one of its aliases) may be one person when:
- the first given names agree (same spelling key, a rapidfuzz ratio of at least 85, or an
  initial), and every given name of one record is found in the other;
- every surname of one record is found in the other's, in any order (equal sets; or a
  missing second surname), each word allowing for spelling (ratio of at least 85);
- the dates of birth agree as far as both are known (approximate ones within two years;
  an unknown date fits anything), and the records do not hold different A-Numbers.
Spelling keys fold accents and case, drop particles and hyphens, split glued particles
("Delacruz" is "Cruz"), and merge letters that Spanish spellings swap: v/b, z/s, c/s
before e and i, y/j/i, silent h, doubled letters ("Yeferson" and "Jefferson" agree).
Only records sharing a block (surname key, compatible first-given key, compatible birth
year) are compared, so 100,000 clients take seconds, not hours.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations, product
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process
from sqlmodel import Session

from casedesk.domain.dates import PartialDate
from casedesk.domain.errors import ValidationError
from casedesk.domain.names import PARTICLES, fold
from casedesk.storage.queries import duplicates as q

CUTOFF = 85.0  # rapidfuzz ratio for two spellings of one name word
_PARTICLE_WORDS = frozenset(w for p in PARTICLES for w in p.split())
_GLUED = ("delos", "delas", "dela", "del", "dos", "das", "de", "da", "do")
_LETTERS = {"h": "", "y": "i", "j": "i", "v": "b", "z": "s", "q": "k"}
_UNKNOWN = -1  # year-bucket code for an unknown date of birth
_SMALL_BUCKETS = 400  # pairs below which a bucket is not split by month and day
Dob = tuple[int, int | None, int | None, bool]


def simplify(word: str) -> str:
    """Spanish-aware spelling key of one folded word: "vazquez" and "vasquez" → "baskues"."""
    out: list[str] = []
    for i, letter in enumerate(word):
        if letter == "c":
            key = "s" if word[i + 1 : i + 2] in ("e", "i") else "k"
        else:
            key = _LETTERS.get(letter, letter)
        if key and (not out or out[-1] != key):
            out.append(key)
    return "".join(out) or word


def _unglue(word: str) -> str:
    """Undo a particle written together with a surname: "delacruz" → "cruz": (3+ letters left)."""
    for particle in _GLUED:
        if word.startswith(particle) and len(word) - len(particle) >= 3:
            return word[len(particle) :]
    return word


@lru_cache(maxsize=1 << 16)
def _given_words(given: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    folded = tuple(w for w in fold(given).split() if w not in _PARTICLE_WORDS)
    return folded, tuple(simplify(w) for w in folded)


@lru_cache(maxsize=1 << 16)
def _surname_words(surnames: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    folded = tuple(w for w in fold(surnames).split() if w not in _PARTICLE_WORDS)
    return folded, tuple(simplify(_unglue(w)) for w in folded)


@lru_cache(maxsize=1 << 14)
def _dob(value: str | None) -> Dob | None:
    if not value:
        return None
    try:
        d = PartialDate.parse(value)
    except ValidationError:
        return None  # a damaged stored value must not stop the search
    return d.year, d.month, d.day, d.approximate


def _dob_code(dob: Dob | None) -> int:
    return _UNKNOWN if dob is None else dob[0] * 2 + int(dob[3])


def _compatible_codes(code: int, present: dict[int, list[int]]) -> list[int]:
    """Year buckets whose dates of birth may agree with bucket ``code`` (symmetric)."""
    if code == _UNKNOWN:
        return list(present)
    year, approximate = divmod(code, 2)
    near = [y * 2 + a for y in range(year - 2, year + 3) for a in (0, 1)]
    wanted = near if approximate else [year * 2] + [y * 2 + 1 for y in range(year - 2, year + 3)]
    return [c for c in (*wanted, _UNKNOWN) if c in present]


class _Name(NamedTuple):
    cid: int
    given: tuple[str, ...]  # spelling keys
    surnames: tuple[str, ...]
    fgiven: tuple[str, ...]  # folded words
    fsurnames: tuple[str, ...]
    dob: Dob | None
    number: str | None
    alias: bool


def _name(
    cid: int,
    given: str,
    surname: str,
    second: str,
    dob: Any,
    number: str | None,
    alias: bool = False,
) -> _Name | None:
    fg, sg = _given_words(given)
    fs, ss = _surname_words(f"{surname} {second}")
    if not sg or not ss:
        return None  # a name with no given name or no surname is too little to match on
    d = _dob(dob.iso() if isinstance(dob, PartialDate) else dob)
    return _Name(cid, sg, ss, fg, fs, d, number, alias)


def _close(a: str, b: str) -> float:
    """Similarity of two spelling keys: 100 equal, 90 an initial, else the ratio."""
    if a == b:
        return 100.0
    if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return 90.0
    return fuzz.ratio(a, b, score_cutoff=CUTOFF)


def _fit(
    a: tuple[str, ...], b: tuple[str, ...], fa: tuple[str, ...], fb: tuple[str, ...]
) -> tuple[float, int, list[int], int] | None:
    """Find every word of the shorter list in the longer one.

    Returns (spelling penalty, words missing, positions found, words spelt differently).
    """
    if a == b:
        return 0.0, 0, list(range(len(a))), sum(x != y for x, y in zip(fa, fb, strict=False))
    if len(a) > len(b):
        a, b, fa, fb = b, a, fb, fa
    if len(set(a)) == len(a) and set(a) <= set(b):  # every word found as spelt
        used = [b.index(word) for word in a]
        return 0.0, len(b) - len(a), used, sum(fa[i] != fb[j] for i, j in enumerate(used))
    used = []
    penalty, spelt = 0.0, 0
    for i, word in enumerate(a):
        best, where = 0.0, -1
        for j, other in enumerate(b):
            if j not in used:
                score = _close(word, other)
                if score > best:
                    best, where = score, j
                if best == 100.0:
                    break
        if where < 0:
            return None
        used.append(where)
        penalty += (100.0 - best) / 2
        spelt += fa[i] != fb[where]
    return penalty, len(b) - len(a), used, spelt


def _dob_fit(a: Dob | None, b: Dob | None) -> tuple[float, str] | None:
    if a is None or b is None:
        return (6.0, "no date of birth on one record") if a or b else (8.0, "no dates of birth")
    if a[3] or b[3]:
        gap = abs(a[0] - b[0])
        return None if gap > 2 else (4.0 + gap, "approximate birth year")
    if a[0] != b[0] or (None not in (a[1], b[1]) and a[1] != b[1]):
        return None
    if None not in (a[2], b[2]) and a[2] != b[2]:
        return None
    return (0.0, "") if a[1:3] == b[1:3] else (3.0, "date of birth known only in part")


def compare(a: _Name, b: _Name) -> tuple[float, str] | None:
    """Score (0-100) and reason when two name records may be one person, else None."""
    if a.number and b.number and a.number != b.number:
        return None
    dob = _dob_fit(a.dob, b.dob)
    if dob is None:
        return None
    given = _fit(a.given, b.given, a.fgiven, b.fgiven)
    if given is None or given[2][0] != 0:
        return None  # first given names must correspond
    surnames = _fit(a.surnames, b.surnames, a.fsurnames, b.fsurnames)
    if surnames is None:
        return None
    notes, penalty = [], dob[0] + given[0] + surnames[0]
    if a.number and a.number == b.number:
        notes.append("same A-Number")
    if given[3] + surnames[3]:
        notes.append("spelling differs")
        penalty += 2.0 * (given[3] + surnames[3])
    if surnames[1]:
        if surnames[2] != [0]:
            # The issue tolerates a missing *second* surname; one record holding only the
            # other's second surname is a different family name, not a shortened one.
            return None
        notes.append("second surname missing")
        penalty += 8.0
    elif surnames[2] != sorted(surnames[2]):
        notes.append("surnames in another order")
        penalty += 2.0
    if given[1]:
        notes.append("a given name missing")
        penalty += 5.0 * given[1]
    if a.alias or b.alias:
        notes.append("matches an alias")
        penalty += 1.0
    if dob[1]:
        notes.append(dob[1])
    return max(50.0, 100.0 - penalty), "; ".join(notes) or "same name and date of birth"


class _Split(NamedTuple):
    """One exact birth year's records: year alone, month known, full date known."""

    year_only: list[int]
    month: dict[int, list[int]]
    day: dict[tuple[int, int], list[int]]


class NameIndex:
    """Name records blocked by (surname key, first-given key, birth-year bucket)."""

    def __init__(self) -> None:
        self.names: list[_Name] = []
        self.blocks: dict[tuple[str, str], dict[int, list[int]]] = {}
        self._firsts: dict[str, set[str]] = {}  # first-given keys by initial
        self._near: dict[str, list[str]] = {}
        self._splits: dict[int, tuple[list[int], _Split]] = {}

    def add(
        self,
        cid: int,
        given: str,
        surname: str,
        second: str,
        dob: Any = None,
        number: str | None = None,
        *,
        alias: bool = False,
    ) -> None:
        """Index one name record (a client's name or alias)."""
        name = _name(cid, given, surname, second, dob, number, alias)
        if name is None:
            return
        idx, first, code = len(self.names), name.given[0], _dob_code(name.dob)
        self.names.append(name)
        for key in set(name.surnames):
            self.blocks.setdefault((key, first), {}).setdefault(code, []).append(idx)
        if first not in self._firsts.setdefault(first[0], set()):
            self._firsts[first[0]].add(first)
            self._near.clear()

    def neighbours(self, first: str) -> list[str]:
        """First-given keys close to ``first`` (itself included), found by rapidfuzz in C."""
        if first not in self._near:
            pool = sorted(self._firsts.get(first[0], ()))
            if len(first) == 1:
                self._near[first] = pool
            else:
                found = process.extract(
                    first, pool, scorer=fuzz.ratio, score_cutoff=CUTOFF, limit=None
                )
                self._near[first] = [m[0] for m in found] + [p for p in pool if len(p) == 1]
        return self._near[first]

    def matches(self, given: str, surname: str, second: str = "", dob: Any = None) -> list[int]:
        """Clients whose name (or alias) matches this one, best first."""
        query = _name(0, given, surname, second, dob, None)
        if query is None:
            return []
        best: dict[int, float] = {}
        code = _dob_code(query.dob)
        for key in set(query.surnames):
            for first in {query.given[0], *self.neighbours(query.given[0])}:
                block = self.blocks.get((key, first))
                for bucket in _compatible_codes(code, block) if block else ():
                    for idx in block[bucket]:  # type: ignore[index]
                        found = compare(query, self.names[idx])
                        cid = self.names[idx].cid
                        if found and found[0] > best.get(cid, -1.0):
                            best[cid] = found[0]
        return sorted(best, key=lambda c: (-best[c], c))

    def _split(self, members: list[int]) -> _Split:
        """``members`` (one exact birth year) by how much of the date is known."""
        found = self._splits.get(id(members))
        if found is None or found[0] is not members:
            split = _Split([], {}, {})
            for idx in members:
                dob = self.names[idx].dob
                if dob is None or dob[1] is None:
                    split.year_only.append(idx)
                elif dob[2] is None:
                    split.month.setdefault(dob[1], []).append(idx)
                else:
                    split.day.setdefault((dob[1], dob[2]), []).append(idx)
            found = self._splits[id(members)] = (members, split)
        return found[1]

    def _index_pairs(
        self, members: list[int], rest: list[int], code: int, same_list: bool
    ) -> Iterator[tuple[int, int]]:
        """Pairs of records from two buckets whose dates of birth may agree.

        Buckets of one exact birth year are split by what else is known: a full date
        meets only the same day, the same month known alone, or the year alone; a month
        meets the same month. So a bucket of a thousand namesakes born in one year costs
        about what its true pairs cost, not a million comparisons (near-linear blocks).
        Approximate and unknown dates stay loose: they may agree with anything near.
        """
        # Small buckets (nearly all of them) are cheaper compared whole than split.
        if code == _UNKNOWN or code % 2 or len(members) * len(rest) <= _SMALL_BUCKETS:
            if same_list:
                yield from combinations(members, 2)
            else:
                yield from product(members, rest)
            return
        a, b = self._split(members), self._split(rest)
        if same_list:
            yield from combinations(a.year_only, 2)
            dated = [i for group in (*a.month.values(), *a.day.values()) for i in group]
            yield from product(a.year_only, dated)
            for month, known in a.month.items():
                yield from combinations(known, 2)
                for (m, _d), days in a.day.items():
                    if m == month:
                        yield from product(known, days)
            for days in a.day.values():
                yield from combinations(days, 2)
            return
        yield from product(a.year_only, rest)
        for month, known in a.month.items():
            yield from product(known, b.year_only)
            yield from product(known, b.month.get(month, ()))
            for (m, _d), days in b.day.items():
                if m == month:
                    yield from product(known, days)
        for (month, day), days in a.day.items():
            yield from product(days, b.year_only)
            yield from product(days, b.month.get(month, ()))
            yield from product(days, b.day.get((month, day), ()))

    def pairs(self) -> Iterator[tuple[_Name, _Name, float, str]]:
        """Every pair of records of different clients that may be one person."""
        names = self.names
        self._splits.clear()
        for (key, first), block in self.blocks.items():
            others = [(block, True)] + [
                (near, False)
                for f in self.neighbours(first)
                if f > first and (near := self.blocks.get((key, f))) is not None
            ]
            for other, same in others:
                for code, members in block.items():
                    for bucket in _compatible_codes(code, other):
                        if same and bucket < code:
                            continue
                        rest = other[bucket]
                        same_list = same and bucket == code
                        # Across buckets one date is approximate or unknown: every pair.
                        code_used = code if bucket == code else _UNKNOWN
                        for ia, ib in self._index_pairs(members, rest, code_used, same_list):
                            a, b = names[ia], names[ib]
                            if a.cid == b.cid or min(set(a.surnames) & set(b.surnames)) != key:
                                continue  # the same client, or met in another block
                            found = compare(a, b)
                            if found:
                                yield a, b, found[0], found[1]


def build_index(session: Session, *, include_archived: bool = True) -> NameIndex:
    """An index of every client's name and aliases, built once (for an import)."""
    index = NameIndex()
    own, aliases = q.all_names(session, include_archived=include_archived)
    for alias, found in ((False, own), (True, aliases)):
        for row in found:
            index.add(*row, alias=alias)
    return index


def _prefixes(word: str) -> set[str]:
    """Folded two-letter beginnings a spelling key may come from ("bas" → ba, va, hba...)."""
    back = {"b": "bv", "s": "szc", "i": "iyj", "k": "kcq"}
    key = simplify(word)
    firsts, seconds = back.get(key[0], key[0]), back.get(key[1:2], key[1:2])
    found = {f + s for f in firsts for s in seconds}
    return found | {"h" + p[0] for p in found} | {p[0] + "h" for p in found}


def looks_like(
    session: Session, given: str, surname: str, second: str = "", dob: Any = None
) -> list[int]:
    """Existing clients whose name matches, found through the indexed match keys (a range
    scan per likely beginning of each surname) without reading the whole table."""
    folded = fold(f"{surname} {second}").split()
    if not folded or not _given_words(given)[0]:
        return []
    starts = {w[:2] for w in folded}
    starts |= {p for w in folded if w not in _PARTICLE_WORDS for p in _prefixes(_unglue(w))}
    rows: set[tuple[bool, tuple[Any, ...]]] = set()
    for start in starts:
        own, aliases = q.names_starting(session, start)
        for alias, found in ((False, own), (True, aliases)):
            rows.update((alias, row) for row in found)
    index = NameIndex()
    for alias, row in rows:
        index.add(*row, alias=alias)
    return index.matches(given, surname, second, dob)


__all__ = ["NameIndex", "build_index", "compare", "looks_like", "simplify"]
