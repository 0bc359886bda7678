"""Long lists a brief reads as it lays them out, instead of holding them whole.

A class roster can name hundreds of thousands of people. ``StreamedRows`` is a
``Sequence`` whose length is known up front (the count the title prints) but whose
items come from a function that yields them in bounded chunks each time the sequence
is iterated, so neither the data nor the layout ever holds the whole list. A plain tuple
works wherever a ``StreamedRows`` does: small briefs and tests keep passing tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar, overload

T = TypeVar("T")
U = TypeVar("U")


class StreamedRows(Sequence[T]):
    """``count`` items, produced afresh by ``produce()`` on every iteration."""

    def __init__(self, count: int, produce: Callable[[], Iterable[T]]) -> None:
        self._count = count
        self._produce = produce

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:
        # The count was taken first; a store changed meanwhile must not make the rows
        # disagree with the title, so never yield more than it announced.
        return islice(iter(self._produce()), self._count)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        # Linear, and meant for tests and small checks only: layout iterates.
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return next(islice(iter(self), index, None))

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"StreamedRows({self._count} rows)"

    def map(self, fn: Callable[[T], U]) -> StreamedRows[U]:
        """The same rows passed through ``fn`` one at a time, still streamed."""
        produce = self._produce
        return StreamedRows(self._count, lambda: (fn(item) for item in produce()))


def map_rows(rows: Sequence[T], fn: Callable[[T], U]) -> Sequence[U]:
    """``fn`` over ``rows``: lazily for streamed rows, as a tuple for anything else."""
    if isinstance(rows, StreamedRows):
        return rows.map(fn)
    return tuple(fn(item) for item in rows)
