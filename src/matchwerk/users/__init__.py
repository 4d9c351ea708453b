"""Accounts for people (admins, advisors, intake staff) who sign in to the web frontend."""
