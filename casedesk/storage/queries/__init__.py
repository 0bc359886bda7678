"""The SQL the services run, one module per topic.

Each function takes a ``Session`` and plain values and returns rows or plain values; none
commits (the service that calls it owns the transaction) and none applies a rule. Plain
SQLAlchemy expressions, or SQL text that means the same on SQLite and PostgreSQL; what
differs between the two lives in ``storage.dialect``.
"""
