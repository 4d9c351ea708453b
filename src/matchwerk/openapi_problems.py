"""The OpenAPI document's problem responses that every operation of a kind shares."""

from typing import Any

from fastapi import FastAPI

from matchwerk.errors import PROBLEM_MEDIA_TYPE, problems


def declare_common_problems(app: FastAPI, api_prefix: str = "/api/") -> None:
    """Declare on every operation the problems any operation of its kind can answer (none undocumented).

    Every API operation: 429 (rate limit), 503 (database unreachable); every operation with a body: 400
    (body not decodable) and 413 (too large). Applied to the generated document, so routes that other
    features add later get them too.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        for path, operations in document.get("paths", {}).items():
            for operation in operations.values():
                statuses = [429, 503] if path.startswith(api_prefix) else []
                if "requestBody" in operation:
                    statuses += [400, 413]
                for status, entry in problems(*statuses).items():
                    schema = entry["content"][PROBLEM_MEDIA_TYPE]["schema"]
                    operation["responses"].setdefault(
                        str(status),
                        {
                            "description": entry["description"],
                            "content": {"application/json": {"schema": schema}, **entry["content"]},
                        },
                    )
        return document

    app.openapi = openapi  # type: ignore[method-assign]
