"""Derive the OpenAPI document the Python client is generated from (used by `make client`).

openapi-python-client cannot send one body in several media types; the client sends imports as NDJSON,
the machine format, so the import routes keep only that one here. openapi/openapi.json stays complete.
"""

import json
import sys

IMPORT_PATHS = ("/api/v1/candidates/import", "/api/v1/vacancies/import")
CLIENT_MEDIA_TYPE = "application/x-ndjson"


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as handle:
        document = json.load(handle)
    for path in IMPORT_PATHS:
        body = document["paths"][path]["post"]["requestBody"]
        body["content"] = {CLIENT_MEDIA_TYPE: body["content"][CLIENT_MEDIA_TYPE]}
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
