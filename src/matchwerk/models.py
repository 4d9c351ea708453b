"""Import every table model so the metadata knows them all (for Alembic and tests)."""

from matchwerk.audit.models import AuditEvent
from matchwerk.auth.models import ApiKey
from matchwerk.candidates.models import Candidate, CandidateLanguage, CandidateOccupation, CandidatePersonal
from matchwerk.changes import entity_changes
from matchwerk.employers.models import Employer
from matchwerk.occupations.tables import occupation_catalogue_state, occupation_codes, occupation_labels
from matchwerk.placements.models import Placement, PlacementMove
from matchwerk.privacy.models import server_secrets
from matchwerk.users.models import User, WebSession
from matchwerk.vacancies.models import Vacancy
from matchwerk.web.indexes import SEARCH_INDEXES  # noqa: F401  (trigram indexes of the people search)
from matchwerk.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent

TABLES = (entity_changes, occupation_codes, occupation_labels, occupation_catalogue_state, server_secrets)
TABLE_MODELS = (
    ApiKey,
    AuditEvent,
    Candidate,
    CandidateLanguage,
    CandidateOccupation,
    CandidatePersonal,
    Employer,
    Placement,
    PlacementMove,
    Vacancy,
    User,
    WebSession,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)


def load_all() -> tuple[type, ...]:
    """Every table model."""
    return TABLE_MODELS
