"""The web frontend: server-rendered pages for advisors, intake staff and admins (Jinja2 + htmx)."""
