"""``python -m matchwerk.pg_watchdog PARENT_PID PGDATA``: stop the embedded PostgreSQL once its user is gone.

Started by every process that uses the embedded server, in its own session so a terminal's hang-up or Ctrl+C
does not reach it. When the parent exits in any way (normal exit, SIGHUP, kill -9) it is re-parented; the
watchdog then stops the server unless another live process still uses it. A clean exit terminates it first.
"""

import os
import sys
import time
from pathlib import Path

POLL_SECONDS = 0.5


def main(argv: list[str]) -> int:
    """Wait for the parent to go away, then stop the server if nobody uses it."""
    parent, pgdata = int(argv[0]), Path(argv[1])
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    from matchwerk.embedded import stop_if_unused

    stop_if_unused(pgdata)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
