"""Tests of casedesk.formats: files in and out, and column mapping."""
