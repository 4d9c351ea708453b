"""A minimal webhook receiver for trying matchwerk out: verifies each delivery, prints it, answers 204.

.venv/bin/python scripts/webhook_receiver.py --port 8140 --secret whsec_...  (or MATCHWERK_WEBHOOK_SECRET)
"""

import argparse
import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8140)
    parser.add_argument("--secret", default=os.environ.get("MATCHWERK_WEBHOOK_SECRET"))
    args = parser.parse_args()
    verifier = Webhook(args.secret)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            try:
                event = verifier.verify(body, dict(self.headers.items()))
            except WebhookVerificationError as exc:
                print(f"REJECTED ({exc})", flush=True)
                self.send_response(400)
            else:
                print(self.headers["webhook-id"], json.dumps(event), flush=True)
                self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    HTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
