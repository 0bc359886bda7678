"""Files in and out: CSV, Excel, the JSON export, iCalendar, and column mapping.

This layer turns files into plain rows of text and rows into files; it knows nothing of
the database or the interface. Validation of values through the domain types, matching
against stored records and transactions belong to the services built on top of it.
Every problem a user can cause raises :class:`casedesk.formats.errors.FormatError`.
"""
