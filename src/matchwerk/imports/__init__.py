"""Bulk import of candidates and vacancies (NDJSON, CSV, schema.org JobPosting)."""
