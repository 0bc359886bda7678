"""Orders and compliance: orders, their obligations, and per-person compliance."""
