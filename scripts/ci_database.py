"""Create or drop a throwaway database on a PostgreSQL server (used by .ci/run)."""

import asyncio
import sys

from matchwerk.db import create_database, drop_database


async def main(server_url: str, name: str, action: str) -> None:
    """Run the action."""
    if action == "create":
        await create_database(server_url, name)
    else:
        await drop_database(server_url, name)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
