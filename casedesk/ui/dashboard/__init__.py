"""Dashboard: pictures of the caseload."""
