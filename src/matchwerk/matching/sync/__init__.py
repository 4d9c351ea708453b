"""Keeping the indexes current with PostgreSQL: SQL, row mapping by name, and the index state."""
