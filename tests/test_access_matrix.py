"""Every route of the app, called by every role (and by keys of the wrong employer / reception centre).

The expected status of each call is in ACCESS_RULES below. A route without a rule fails this module, so a new
route cannot ship without a decision on who may use it: add a line to ACCESS_RULES with your route.
"""

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from matchwerk.app import create_app
from matchwerk.auth import service as auth_service
from matchwerk.auth.models import SYSTEM, KeyScope, Principal, Role
from matchwerk.candidates import service as candidate_service
from matchwerk.candidates.schemas import CandidateCreate
from matchwerk.config import Settings
from matchwerk.employers import service as employer_service
from matchwerk.employers.models import EmployerCreate
from matchwerk.matching import service as matching_service
from matchwerk.placements import proposals as placement_proposals
from matchwerk.placements.models import PlacementCreate
from matchwerk.privacy.pseudonyms import pseudonym_secret
from matchwerk.vacancies import service as vacancy_service
from matchwerk.vacancies.models import VacancyCreate
from matchwerk.webhooks import service as webhook_service
from matchwerk.webhooks.models import EndpointCreate
from tests.conftest import make_token
from tests.factories import candidate_body, employer_body, vacancy_body
from tests.web.page_rules import call_page, is_page, page_expect

# Who calls. "employer" owns the test vacancy, "intake" works at the test candidate's reception centre;
# the "_other" keys are the same roles scoped to another employer / reception centre.
ACTORS = (
    "anonymous",
    "admin",
    "advisor",
    "intake",
    "intake_other",
    "employer",
    "employer_other",
    "partner",
    "partner_handover",
)
OWN_CENTRE, OTHER_CENTRE = "ZUE Ratingen", "ZUE Bonn"
OWN_EXTERNAL_ID = "ACL-EXT-1"
NIL = UUID(int=0)


@dataclass
class World:
    """What the calls run against: one of each resource, in the scope of "employer" and "intake"."""

    tokens: dict[str, str]
    employer_id: UUID
    other_employer_id: UUID
    vacancy_id: UUID
    candidate_id: UUID
    key_id: UUID
    placement_id: UUID
    employer_candidate_id: UUID  # how "employer" sees the candidate in its matches
    webhook_id: UUID = NIL
    delivery_id: UUID = NIL

    def path_params(self) -> dict[str, str]:
        return {
            "placement_id": str(self.placement_id),
            "candidate_id": str(self.candidate_id),
            "employer_id": str(self.employer_id),
            "vacancy_id": str(self.vacancy_id),
            "external_id": OWN_EXTERNAL_ID,
            "key_id": str(self.key_id),
            "kldb_code": "26212",
            "asset": "swagger-ui.css",
            "webhook_id": str(self.webhook_id),
            "delivery_id": str(self.delivery_id),
        }


@dataclass(frozen=True)
class Rule:
    """Expected status per actor, and what to send."""

    expect: dict[str, int]
    body: Callable[[World], dict[str, Any] | list[dict[str, Any]]] | None = None
    params: dict[str, str] = field(default_factory=dict)
    path_params: Callable[[World], dict[str, str]] | None = None  # overrides of World.path_params


STAFF = frozenset({"admin", "advisor"})
CANDIDATE_ROLES = STAFF | {"intake", "intake_other"}
EMPLOYER_ROLES = STAFF | {"employer", "employer_other"}
EVERY_ROLE = frozenset(ACTORS) - {"anonymous"}
HANDOVER = frozenset({"admin", "partner_handover"})
WEBHOOK_ROLES = frozenset({"admin", "employer", "employer_other"})
OTHER_EMPLOYER = frozenset({"employer_other"})
IMPORT_ROW = [candidate_body("ACL-IMPORT", reception_centre=OWN_CENTRE)]
PUBLIC_HOOK = "https://93.184.215.14/hooks/matchwerk"  # a public address literal: passes the SSRF guard
STATISTICS_ROLES = STAFF | {"partner", "partner_handover"}


def expect(
    ok: int,
    allowed: frozenset[str],
    *,
    not_found: frozenset[str] = frozenset(),
    overrides: dict[str, int] | None = None,
) -> dict[str, int]:
    """``ok`` for the allowed actors, 404 for those among them outside the resource's scope, 403 for other
    roles, 401 without a key."""
    statuses = {
        actor: 401
        if actor == "anonymous"
        else (404 if actor in not_found else ok)
        if actor in allowed
        else 403
        for actor in ACTORS
    }
    return statuses | (overrides or {})


PUBLIC = dict.fromkeys(ACTORS, 200)

# ======================================================================================================
# ACCESS RULES — one entry per (method, path) of the app. Adding a route? Add its rule here (API.md, Roles).
# ======================================================================================================
ACCESS_RULES: dict[tuple[str, str], Rule] = {
    # operations and API docs: public
    ("GET", "/healthz"): Rule(PUBLIC),
    ("GET", "/readyz"): Rule(PUBLIC),
    ("GET", "/metrics"): Rule(PUBLIC),  # no API key; MATCHWERK_METRICS_TOKEN guards it where set
    ("GET", "/openapi.json"): Rule(PUBLIC),
    ("GET", "/docs"): Rule(PUBLIC),
    ("GET", "/docs/assets/{asset}"): Rule(PUBLIC),
    ("GET", "/redoc"): Rule(PUBLIC),
    # candidates: admin, advisor; intake only in its own reception centre and without erasure
    ("POST", "/api/v1/candidates"): Rule(
        expect(201, CANDIDATE_ROLES), body=lambda w: candidate_body("ACL-NEW")
    ),
    ("GET", "/api/v1/candidates"): Rule(expect(200, CANDIDATE_ROLES)),
    ("GET", "/api/v1/candidates/{candidate_id}"): Rule(
        expect(200, CANDIDATE_ROLES, not_found=frozenset({"intake_other"}))
    ),
    ("PATCH", "/api/v1/candidates/{candidate_id}"): Rule(
        expect(200, CANDIDATE_ROLES, not_found=frozenset({"intake_other"})),
        body=lambda w: {"skills": ["Löten"]},
    ),
    ("DELETE", "/api/v1/candidates/{candidate_id}"): Rule(expect(204, STAFF)),
    # employers: admin and advisor write; an employer key reads its own record only
    ("POST", "/api/v1/employers"): Rule(expect(201, STAFF), body=lambda w: employer_body(name="Neu GmbH")),
    ("GET", "/api/v1/employers"): Rule(expect(200, EMPLOYER_ROLES)),
    ("GET", "/api/v1/employers/{employer_id}"): Rule(
        expect(200, EMPLOYER_ROLES, not_found=frozenset({"employer_other"}))
    ),
    ("PATCH", "/api/v1/employers/{employer_id}"): Rule(
        expect(200, STAFF), body=lambda w: {"sector": "Elektrotechnik"}
    ),
    ("DELETE", "/api/v1/employers/{employer_id}"): Rule(expect(204, STAFF)),
    # vacancies: admin, advisor; an employer key only its own (what it writes is its own, whatever the body)
    ("POST", "/api/v1/vacancies"): Rule(
        expect(201, EMPLOYER_ROLES), body=lambda w: vacancy_body(str(w.employer_id), external_id="ACL-NEW")
    ),
    ("GET", "/api/v1/vacancies"): Rule(expect(200, EMPLOYER_ROLES)),
    ("PUT", "/api/v1/vacancies/external/{external_id}"): Rule(
        # replaces the employer's vacancy; the other employer's key creates a vacancy of its own
        expect(200, EMPLOYER_ROLES, overrides={"employer_other": 201}),
        body=lambda w: {k: v for k, v in vacancy_body(str(w.employer_id)).items() if k != "external_id"},
    ),
    ("GET", "/api/v1/vacancies/{vacancy_id}"): Rule(
        expect(200, EMPLOYER_ROLES, not_found=frozenset({"employer_other"}))
    ),
    ("PATCH", "/api/v1/vacancies/{vacancy_id}"): Rule(
        expect(200, EMPLOYER_ROLES, not_found=frozenset({"employer_other"})), body=lambda w: {"positions": 3}
    ),
    ("DELETE", "/api/v1/vacancies/{vacancy_id}"): Rule(
        expect(204, EMPLOYER_ROLES, not_found=frozenset({"employer_other"}))
    ),
    # matches (announced): advisors all; an employer only for its own vacancies; nobody else
    ("GET", "/api/v1/vacancies/{vacancy_id}/matches"): Rule(
        expect(200, EMPLOYER_ROLES, not_found=frozenset({"employer_other"}))
    ),
    ("GET", "/api/v1/candidates/{candidate_id}/matches"): Rule(expect(200, STAFF)),
    # assignment across vacancies: advisors and admins only (it ranks every consenting candidate)
    ("POST", "/api/v1/assignments"): Rule(expect(200, STAFF), body=lambda w: {"min_score": 0.0}),
    # occupations: a public catalogue, for every role (partners included)
    ("GET", "/api/v1/occupations"): Rule(expect(200, EVERY_ROLE), params={"q": "Elektriker"}),
    ("GET", "/api/v1/occupations/{kldb_code}"): Rule(expect(200, EVERY_ROLE)),
    # keys and the audit log: admins only
    ("POST", "/api/v1/keys"): Rule(
        expect(201, frozenset({"admin"})), body=lambda w: {"role": "partner", "name": "new partner"}
    ),
    ("GET", "/api/v1/keys"): Rule(expect(200, frozenset({"admin"}))),
    ("GET", "/api/v1/keys/{key_id}"): Rule(expect(200, frozenset({"admin"}))),
    ("DELETE", "/api/v1/keys/{key_id}"): Rule(expect(204, frozenset({"admin"}))),
    ("GET", "/api/v1/audit"): Rule(expect(200, frozenset({"admin"}))),
    # placements: staff propose and move any; an employer sees and moves those of its own vacancies
    ("POST", "/api/v1/placements"): Rule(
        expect(201, STAFF),
        body=lambda w: {"candidate_id": str(w.candidate_id), "vacancy_id": str(w.vacancy_id)},
    ),
    ("GET", "/api/v1/placements"): Rule(expect(200, EMPLOYER_ROLES)),
    ("GET", "/api/v1/placements/{placement_id}"): Rule(
        expect(200, EMPLOYER_ROLES, not_found=frozenset({"employer_other"}))
    ),
    ("POST", "/api/v1/placements/{placement_id}/transitions"): Rule(
        expect(200, EMPLOYER_ROLES, not_found=frozenset({"employer_other"})),
        body=lambda w: {"to": "closed", "reason": "employer_declined"},
    ),
    # interest: employers only, with the pseudonymous id of their own vacancy's match
    ("POST", "/api/v1/vacancies/{vacancy_id}/matches/{candidate_id}/interest"): Rule(
        expect(201, frozenset({"employer", "employer_other"}), not_found=frozenset({"employer_other"})),
        body=lambda w: {"note": "Bitte Kontakt"},
        path_params=lambda w: {"candidate_id": str(w.employer_candidate_id)},
    ),
    # bulk import: candidates like creating them (intake into its own centre), vacancies likewise
    # (the matrix sends JSON: roles past authorisation get 415; CSV/NDJSON are tested in tests/imports)
    ("POST", "/api/v1/candidates/import"): Rule(expect(415, CANDIDATE_ROLES), body=lambda w: IMPORT_ROW),
    ("GET", "/api/v1/candidates/import/template"): Rule(expect(200, CANDIDATE_ROLES)),
    ("POST", "/api/v1/vacancies/import"): Rule(
        expect(200, EMPLOYER_ROLES),
        body=lambda w: [{"@type": "JobPosting", "identifier": "I-1", "title": "x"}],
    ),
    ("GET", "/api/v1/vacancies/import/template"): Rule(expect(200, EMPLOYER_ROLES)),
    # hand-over to the employment agency: partners with the key scope "handover" (and admins)
    ("GET", "/api/v1/handover/candidates"): Rule(expect(200, HANDOVER)),
    ("GET", "/api/v1/handover/erasures"): Rule(expect(200, HANDOVER)),
    # webhooks: an employer its own endpoints, admins all (and admin-wide ones)
    ("POST", "/api/v1/webhooks"): Rule(
        expect(201, WEBHOOK_ROLES), body=lambda w: {"url": PUBLIC_HOOK, "events": ["vacancy.filled"]}
    ),
    ("GET", "/api/v1/webhooks"): Rule(expect(200, WEBHOOK_ROLES)),
    ("GET", "/api/v1/webhooks/{webhook_id}"): Rule(expect(200, WEBHOOK_ROLES, not_found=OTHER_EMPLOYER)),
    ("DELETE", "/api/v1/webhooks/{webhook_id}"): Rule(expect(204, WEBHOOK_ROLES, not_found=OTHER_EMPLOYER)),
    ("POST", "/api/v1/webhooks/{webhook_id}/rotate-secret"): Rule(
        expect(200, WEBHOOK_ROLES, not_found=OTHER_EMPLOYER)
    ),
    ("GET", "/api/v1/webhooks/{webhook_id}/deliveries"): Rule(
        expect(200, WEBHOOK_ROLES, not_found=OTHER_EMPLOYER)
    ),
    ("POST", "/api/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver"): Rule(
        expect(202, WEBHOOK_ROLES, not_found=OTHER_EMPLOYER)
    ),
    # statistics: anonymous counts for partners, advisors and admins; never employers or intake
    **{
        ("GET", f"/api/v1/statistics/{path}"): Rule(expect(200, STATISTICS_ROLES))
        for path in (
            "candidates",
            "candidates/chart.svg",
            "supply-demand",
            "supply-demand/chart.svg",
            "placements",
            "placements/chart.svg",
        )
    },
}
# pages of the web frontend: people sign in (cookie session); employer/partner keys are anonymous there
USERS = frozenset({"admin", "advisor", "intake", "intake_other"})
PAGE_STAFF = frozenset({"admin", "advisor"})
ADMINS = frozenset({"admin"})
ACCESS_RULES |= {
    ("GET", "/"): Rule(page_expect(ACTORS, 303, USERS, anonymous=200)),
    ("GET", "/login"): Rule(PUBLIC),
    ("POST", "/login"): Rule(
        dict.fromkeys(ACTORS, 403), body=lambda w: {"email": "x@example.org"}
    ),  # no cookie
    ("POST", "/logout"): Rule(dict.fromkeys(ACTORS, 303)),
    ("GET", "/lang/{code}"): Rule(dict.fromkeys(ACTORS, 303)),
    ("GET", "/candidates"): Rule(page_expect(ACTORS, 200, USERS), params={"q": "Kovalenko"}),
    ("GET", "/candidates/new"): Rule(page_expect(ACTORS, 200, USERS)),
    ("POST", "/candidates/new"): Rule(
        page_expect(ACTORS, 303, USERS),
        body=lambda w: {"reference": "ACL-WEB", "reception_centre": OWN_CENTRE, "occ-0-title": "Elektriker"},
    ),
    ("GET", "/candidates/{candidate_id}"): Rule(
        page_expect(ACTORS, 200, USERS, not_found=frozenset({"intake_other"}))
    ),
    ("GET", "/vacancies"): Rule(page_expect(ACTORS, 200, PAGE_STAFF)),
    ("GET", "/vacancies/{vacancy_id}"): Rule(page_expect(ACTORS, 200, PAGE_STAFF)),
    ("GET", "/lookup/occupations"): Rule(page_expect(ACTORS, 200, USERS), params={"occ-0-title": "електрик"}),
    ("GET", "/lookup/place"): Rule(page_expect(ACTORS, 200, USERS), params={"postal_code": "40878"}),
    ("GET", "/admin/users"): Rule(page_expect(ACTORS, 200, ADMINS)),
    ("POST", "/admin/users"): Rule(
        page_expect(ACTORS, 201, ADMINS),
        body=lambda w: {"email": "new@example.org", "name": "Neu", "role": "advisor"},
    ),
    ("POST", "/admin/users/{user_id}"): Rule(
        page_expect(ACTORS, 200, ADMINS), body=lambda w: {"action": "reset_password"}
    ),
    ("GET", "/admin/keys"): Rule(page_expect(ACTORS, 200, ADMINS)),
    ("POST", "/admin/keys"): Rule(
        page_expect(ACTORS, 201, ADMINS), body=lambda w: {"role": "partner", "name": "Partner"}
    ),
    ("POST", "/admin/keys/{key_id}/revoke"): Rule(page_expect(ACTORS, 200, ADMINS)),
    ("GET", "/admin/audit"): Rule(page_expect(ACTORS, 200, ADMINS)),
    ("GET", "/placements"): Rule(page_expect(ACTORS, 200, PAGE_STAFF)),
    ("POST", "/placements"): Rule(
        page_expect(ACTORS, 303, PAGE_STAFF),
        body=lambda w: {"candidate_id": str(w.candidate_id), "vacancy_id": str(w.vacancy_id)},
    ),
    ("GET", "/placements/{placement_id}"): Rule(page_expect(ACTORS, 200, PAGE_STAFF)),
    ("POST", "/placements/{placement_id}/transitions"): Rule(
        page_expect(ACTORS, 303, PAGE_STAFF), body=lambda w: {"to": "released"}
    ),
    ("GET", "/assignments"): Rule(page_expect(ACTORS, 200, PAGE_STAFF), params={"run": "true"}),
    ("POST", "/assignments/accept"): Rule(
        page_expect(ACTORS, 200, PAGE_STAFF), body=lambda w: {"pairs": f"{w.candidate_id}:{w.vacancy_id}"}
    ),
    ("GET", "/statistics"): Rule(page_expect(ACTORS, 200, PAGE_STAFF), params={"group_by": "german_level"}),
    ("GET", "/statistics/chart.svg"): Rule(page_expect(ACTORS, 200, PAGE_STAFF)),
}
# Rules for routes other work has announced; they apply as soon as the route exists.
ANNOUNCED_ROUTES = {
    ("GET", "/api/v1/vacancies/{vacancy_id}/matches"),
    ("GET", "/api/v1/candidates/{candidate_id}/matches"),
}


def app_routes() -> list[tuple[str, str]]:
    """Every (method, path) the app answers (HEAD is GET's twin and left out)."""
    app = create_app(Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False))
    found: set[tuple[str, str]] = set()
    for route in iter_route_contexts(app.routes):  # flattens included routers
        assert route.path is not None, f"a route without a path (a mount?) cannot be checked: {route}"
        found.update((method, route.path) for method in (route.methods or ()) if method != "HEAD")
    return sorted(found)


ROUTES = app_routes()


def _cases() -> list[Any]:
    cases = []
    for method, path in ROUTES:
        if (method, path) not in ACCESS_RULES:
            cases.append(pytest.param(method, path, None, id=f"{method} {path} NO RULE"))
            continue
        cases.extend(pytest.param(method, path, actor, id=f"{method} {path} as {actor}") for actor in ACTORS)
    return cases


def test_every_route_has_a_rule_and_every_rule_a_route() -> None:
    missing = [route for route in ROUTES if route not in ACCESS_RULES]
    assert missing == [], f"add rules to ACCESS_RULES in {__file__} for {missing}"
    stale = [route for route in ACCESS_RULES if route not in ROUTES and route not in ANNOUNCED_ROUTES]
    assert stale == [], f"ACCESS_RULES names routes the app does not have: {stale}"
    assert all(set(rule.expect) == set(ACTORS) for rule in ACCESS_RULES.values())


async def build_world(session: AsyncSession) -> World:
    """Two employers, a vacancy of the first, a candidate at OWN_CENTRE and a key for every actor."""
    employer = await employer_service.create(session, EmployerCreate.model_validate(employer_body()))
    other = await employer_service.create(
        session, EmployerCreate.model_validate(employer_body(name="Andere"))
    )
    vacancy = await vacancy_service.create(
        session,
        SYSTEM,
        VacancyCreate.model_validate(vacancy_body(str(employer.id), external_id=OWN_EXTERNAL_ID)),
    )
    candidate = await candidate_service.create(
        session, SYSTEM, CandidateCreate.model_validate(candidate_body("ACL-1", reception_centre=OWN_CENTRE))
    )
    proposed = await candidate_service.create(
        session, SYSTEM, CandidateCreate.model_validate(candidate_body("ACL-2", reception_centre=OWN_CENTRE))
    )
    placement = await placement_proposals.propose(
        session, SYSTEM, PlacementCreate(candidate_id=proposed.candidate.id, vacancy_id=vacancy.id)
    )
    public_id = matching_service.employer_candidate_id(
        employer.id, candidate.candidate.id, await pseudonym_secret(session)
    )
    tokens = {
        "admin": await make_token(session, Role.ADMIN),
        "advisor": await make_token(session, Role.ADVISOR),
        "intake": await make_token(session, Role.INTAKE, reception_centre=OWN_CENTRE),
        "intake_other": await make_token(session, Role.INTAKE, reception_centre=OTHER_CENTRE),
        "employer": await make_token(session, Role.EMPLOYER, employer_id=employer.id),
        "employer_other": await make_token(session, Role.EMPLOYER, employer_id=other.id),
        "partner": await make_token(session, Role.PARTNER),
        "partner_handover": await make_token(session, Role.PARTNER, scope=KeyScope.HANDOVER),
    }
    target, _ = await auth_service.create_key(session, role=Role.PARTNER, name="target of key routes")
    owner = Principal(key_id=target.id, role=Role.EMPLOYER, employer_id=employer.id)
    endpoint, _ = await webhook_service.create(
        session,
        owner,
        EndpointCreate.model_validate({"url": PUBLIC_HOOK, "events": ["vacancy.filled"]}),
        allow_private=False,
    )
    await webhook_service.emit(
        session, "vacancy.filled", {"vacancy_id": str(vacancy.id)}, employer_id=employer.id
    )
    await session.commit()
    delivery_id = (
        await session.execute(
            sa.text("SELECT id FROM webhook_deliveries WHERE endpoint_id = :e"), {"e": endpoint.id}
        )
    ).scalar_one()
    return World(
        tokens,
        employer.id,
        other.id,
        vacancy.id,
        candidate.candidate.id,
        target.id,
        placement.id,
        public_id,
        webhook_id=endpoint.id,
        delivery_id=delivery_id,
    )


@pytest.fixture(scope="module")
async def world_connection(engine: AsyncEngine) -> AsyncIterator[tuple[AsyncConnection, World]]:
    """The world, built once for the module's ~770 calls in a transaction that is never committed (building
    it for each call took 30 % of the module's time); each call runs in a savepoint of it (``connection``)."""
    async with engine.connect() as conn:
        transaction = await conn.begin()
        maker = async_sessionmaker(
            bind=conn, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        async with maker() as session:
            world = await build_world(session)
        yield conn, world
        await transaction.rollback()


@pytest.fixture
async def connection(
    world_connection: tuple[AsyncConnection, World],
) -> AsyncIterator[AsyncConnection]:
    """Overrides conftest's: the world's connection, inside a savepoint rolled back after each call, so every
    call starts from the same world and nothing it writes reaches the next one."""
    conn, _ = world_connection
    savepoint = await conn.begin_nested()
    yield conn
    await savepoint.rollback()


@pytest.fixture(scope="module")
def module_app() -> FastAPI:
    """One app object for the module. FastAPI builds an app's route handlers on the first request to each
    router (about 10 ms a router, 55 ms the pages): with a new app for each of the ~770 calls that was most
    of this module's time."""
    return create_app(Settings(database_url="postgresql://unused", demo_data=False, migrate_on_start=False))


@pytest.fixture
def app(
    module_app: FastAPI,
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
) -> FastAPI:
    """Overrides conftest's: the module's app with a new app's state for each call (rate limiter, failed
    sign-in and key throttles, match index and statistics caches start empty), as conftest's fresh app has.
    Middleware and routes only hold configuration, which is the same settings."""
    fresh = create_app(settings, engine=engine)
    assert fresh.state.settings == module_app.state.settings, "the module's app has other settings"
    module_app.state._state.clear()
    module_app.state._state.update(fresh.state._state)
    module_app.state.sessionmaker = sessionmaker
    return module_app


@pytest.mark.parametrize(("method", "path", "actor"), _cases())
async def test_access(
    method: str,
    path: str,
    actor: str | None,
    client: httpx.AsyncClient,
    session: AsyncSession,
    world_connection: tuple[AsyncConnection, World],
) -> None:
    rule = ACCESS_RULES.get((method, path))
    assert rule is not None, f"{method} {path} has no access rule: add one to ACCESS_RULES in {__file__}"
    assert actor is not None
    _, world = world_connection
    if is_page(path):
        body = rule.body(world) if rule.body else None
        assert not isinstance(body, list), "pages take forms, not JSON lists"
        page = await call_page(client, session, method, path, world.path_params(), rule.params, actor, body)
        expected = rule.expect[actor]
        assert page.status_code == expected, (
            f"{method} {path} as {actor}: {page.status_code}: {page.text[:300]}"
        )
        return
    headers = {} if actor == "anonymous" else {"Authorization": f"Bearer {world.tokens[actor]}"}
    response = await client.request(
        method,
        path.format(**(world.path_params() | (rule.path_params(world) if rule.path_params else {}))),
        headers=headers,
        params=rule.params,
        json=rule.body(world) if rule.body else None,
    )
    expected = rule.expect[actor]
    assert response.status_code == expected, (
        f"{method} {path} as {actor}: expected {expected}, got {response.status_code}: {response.text[:300]}"
    )
    if expected >= 400 and path.startswith("/api/"):
        assert response.headers["content-type"] == "application/problem+json"
