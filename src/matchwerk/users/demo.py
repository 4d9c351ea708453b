"""Demo accounts created with the demo data, so a first run can sign in right away."""

from sqlalchemy.ext.asyncio import AsyncSession

from matchwerk.users import service
from matchwerk.users.models import UserRole

# Public on purpose: they exist only where the demo data was loaded (MATCHWERK_DEMO_DATA=false: none).
DEMO_ACCOUNTS = (
    ("beratung@demo.matchwerk.example", "Demo-Beratung-2026", "Bea Berater", UserRole.ADVISOR, None),
    (
        "aufnahme@demo.matchwerk.example",
        "Demo-Aufnahme-2026",
        "Ali Aufnahme",
        UserRole.INTAKE,
        "ZUE Ratingen",
    ),
)


async def ensure_demo_users(session: AsyncSession) -> bool:
    """Create the demo accounts in a database that has no users yet."""
    if await service.any_user_exists(session):
        return False
    for email, password, name, role, centre in DEMO_ACCOUNTS:
        await service.create_user(
            session, email=email, name=name, role=role, password=password, reception_centre=centre
        )
    return True


def sign_in_help(base_url: str) -> str:
    """What `matchwerk serve` prints about signing in."""
    lines = [f"web frontend: {base_url}/  (demo accounts, if the demo data was loaded:)"]
    lines += [
        f"  {role.value:8} {email}  password {password}" for email, password, _, role, _ in DEMO_ACCOUNTS
    ]
    lines.append(
        "  create an admin: matchwerk users create --role admin --email you@example.org --name 'Your Name'"
    )
    return "\n".join(lines)
