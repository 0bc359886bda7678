"""The one exception the formats layer raises for a file it cannot read or write.

Its message is shown to the user as it is, so it names the file, says where the problem
is (line, column, sheet) in the words a paralegal uses, and, where it helps, what to do
next. Programming mistakes (a naive datetime, a missing envelope key written by the
caller) raise ValueError or TypeError instead: those are for developers, not users.
"""

from __future__ import annotations


class FormatError(Exception):
    """A file is unreadable as the format asked for, or too large, or unsafe to take in.

    ``source`` is the file's name as shown in the message, and ``line`` the 1-based
    physical line (or spreadsheet row) of the problem when there is one, so a service
    can point at it in a report without parsing the message.
    """

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        return self.message
