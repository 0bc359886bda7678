"""Alembic migrations of the casedesk store."""
