"""Big blocks of namesakes are split by birth date without losing a single pair."""

import random
from itertools import combinations

from casedesk.services.duplicate_match import NameIndex, compare
from casedesk.services.duplicates import _TopPairs


def _dob(rng: random.Random) -> str | None:
    year = rng.choice((1990, 1991, 1993))
    shape = rng.randrange(6)
    if shape == 0:
        return None
    if shape == 1:
        return f"~{year}"
    if shape == 2:
        return str(year)
    if shape == 3:
        return f"{year}-{rng.randint(1, 3):02d}"
    return f"{year}-{rng.randint(1, 3):02d}-{rng.randint(1, 4):02d}"


def test_split_blocks_find_exactly_the_pairs_a_full_comparison_finds() -> None:
    rng = random.Random(7)
    index = NameIndex()
    for cid in range(1, 400):  # hundreds of one name: blocks far past the split threshold
        given = rng.choice(("María José", "Maria", "María"))
        second = rng.choice(("Peña", "", "Pena"))
        index.add(cid, given, "Hernández", second, _dob(rng))
    found = {tuple(sorted((a.cid, b.cid))) for a, b, _s, _r in index.pairs()}
    expected = {
        tuple(sorted((a.cid, b.cid)))
        for a, b in combinations(index.names, 2)
        if a.cid != b.cid and compare(a, b) is not None
    }
    assert found == expected
    assert len(found) > 1000


def test_top_pairs_keeps_the_best_as_they_stream_in() -> None:
    top = _TopPairs(2)
    top.offer((1, 2), 80.0, False, 0, "a")
    top.offer((3, 4), 90.0, False, 0, "b")
    top.offer((5, 6), 70.0, True, 0, "c")  # worse than both: never kept
    top.offer((1, 2), 95.0, True, 0, "d")  # the same pair found better through an alias
    top.offer((7, 8), 85.0, False, 2, "e")  # pushes (3, 4)? no: 85 < 90
    assert top.ranked() == [(1, 2), (3, 4)]
    assert top.found[(1, 2)] == (95.0, "d")
    top.offer((7, 8), 99.0, False, 0, "f")
    assert top.ranked() == [(7, 8), (1, 2)]
    assert _TopPairs(0).ranked() == []
